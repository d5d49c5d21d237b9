package detect

import "testing"

// Invented wire-style sentences for words of the cue table that are nouns
// in a noun phrase, for speech that was refused ("would neither confirm
// nor deny", "has not yet said"), and for subjects the noun-phrase scan
// takes that are no noun phrases: a list dash, a phrase opening with a
// preposition, a lone participle.

// TestCueWordAsNoun: "unconfirmed reports", "a share offer", "grand slams",
// "land claims" name things; the same words as verbs, or before "that",
// report; "The land claims organization urged" is the organisation's.
func TestCueWordAsNoun(t *testing.T) {
	det := mustNew(t)
	for _, in := range []string{
		"Residents had received unconfirmed reports the bridge was closed.",
		"The two-part share offer was the group's second attempt to buy the miner.",
		"Lind, who holds four career grand slams and served an ace on the last point, went home.",
		"The land claims organization opened a new office in Iqaluit this spring.",
		"She took the dispute to small claims court in March.",
	} {
		if a := det.Detect(in); len(a.Quotes) > 0 {
			t.Errorf("%q: a noun taken as a verb of speech:%s", in, dump([]rune(in), a))
		}
	}
	for _, c := range []struct{ in, want string }{
		{"Local radio reports the bridge was closed on Friday.", "the bridge was closed"},
		{"About 64 percent report that the ferry runs late most mornings.", "the ferry runs late most mornings"},
		{"Nearly 40 residents said the water was brown.", "the water was brown"},
		{"The union claims management lied to workers.", "management lied to workers"},
	} {
		runes := []rune(c.in)
		if a := det.Detect(c.in); quoteWith(a, runes, c.want) == nil {
			t.Errorf("%q: want a quote holding %q:%s", c.in, c.want, dump(runes, a))
		}
	}
	checkSpeakerNames(t, det, []nameCase{
		{"Nunavut Tunngavik Inc. said in a statement that the delay was disappointing. The land claims organization also urged the territory to publish monthly updates.",
			"to publish monthly updates", "Nunavut Tunngavik Inc."},
	})
}

// TestNoOneSpoke: with the speech scope "Not everyone agrees X" and a bare
// "no" before a cue word read as a verb ("there were no reports of …")
// report nothing; "No group claimed responsibility" stays (PolNeAR's).
func TestNoOneSpoke(t *testing.T) {
	det := mustNew(t)
	for _, in := range []string{
		"Not everyone agrees more money alone will fix the problem.",
		"As of Wednesday afternoon, there were no reports of structures lost.",
		"Not all residents say the new route is safer.",
	} {
		if a := det.Detect(in); len(a.Quotes) > 0 {
			t.Errorf("%q: no one spoke, got%s", in, dump([]rune(in), a))
		}
	}
	in := "No group claimed responsibility for the attack, officials said."
	if a := det.Detect(in); len(a.Quotes) == 0 {
		t.Errorf("%q: want a quote", in)
	}
}

// TestRefusedSpeech: with the speech scope "would neither confirm nor
// deny", "has not yet said" and "neither … nor … could say" report
// nothing, nor does a duty to speak ("will be required to tell") or a
// request to go unnamed ("asked that his name not be used"); "has said"
// does.
func TestRefusedSpeech(t *testing.T) {
	det := mustNew(t)
	for _, in := range []string{
		"Police would neither confirm nor deny the man had been arrested.",
		"The captain has not yet said which ferry she will sail next summer.",
		"Buses stayed parked on Monday, and neither the city nor the union representing its drivers could say when the two sides might sit down again.",
		"Neither side could say whether talks would resume.",
		// a duty to speak, and a request to go unnamed
		"Carriers will be required to tell customers what their new price will be.",
		"Carriers will also be required to notify customers at least 30 days before a discount ends and tell them what their new monthly price will be.",
		"The captain, who asked that his name not be used, was at sea.",
	} {
		if a := det.Detect(in); len(a.Quotes) > 0 {
			t.Errorf("%q: refused speech reported:%s", in, dump([]rune(in), a))
		}
	}
	for _, c := range []struct{ in, want string }{
		{"The coach has already said he will play in Spain next season.", "he will play in Spain"},
		{"A mediator representing neither side would say only that talks would resume Monday.", "talks would resume Monday"}, // "neither" in a modifier
		{"With neither side budging the mediator will say Friday whether talks can continue.", "whether talks can continue"},
	} {
		runes := []rune(c.in)
		if a := det.Detect(c.in); quoteWith(a, runes, c.want) == nil {
			t.Errorf("%q: want the speech reported:%s", c.in, dump(runes, a))
		}
	}
}

// TestCorrectionNoteIsNoSpeech: a correction note's "A previous version
// said X" is the story's own earlier text (both scopes), as is a
// "Correction:" label; what a source said inside a correction, or a
// previous version of something else, stays.
func TestCorrectionNoteIsNoSpeech(t *testing.T) {
	all, err := NewWith(Options{Scope: ScopeAll})
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range []string{
		"This is a corrected story. A previous version said the jobless rate among youth rose to 14.8 per cent.",
		"Correction: An earlier version of this story incorrectly stated that the mayor would run again.",
	} {
		if a := all.Detect(in); len(a.Quotes) > 0 {
			t.Errorf("%q: correction reported:%s", in, dump([]rune(in), a))
		}
	}
	for _, c := range []struct{ in, want string }{
		{"The company said a previous version of the software had a flaw.", "a previous version of the software had a flaw"},
		{"A previous version of the bylaw said dogs must be leashed at all times.", "dogs must be leashed at all times"},
		{"An earlier version of the report, released in May, said the bridge would cost $4 million.", "the bridge would cost $4 million"},
		{"Unlike the earlier version the new bylaw says dogs must be leashed.", "dogs must be leashed"},
		{"Correction: The mayor said the vote was held on Tuesday.", "the vote was held on Tuesday"},
	} {
		if a := all.Detect(c.in); quoteWith(a, []rune(c.in), c.want) == nil {
			t.Errorf("%q: want %q:%s", c.in, c.want, dump([]rune(c.in), a))
		}
	}
}

// TestSubjectIsNounPhrase: a headline's list dash is no part of the
// speaker; a phrase that opens with a preposition or is a lone participle
// ("who asked not to be named told") is no speaker, so the cue proposes
// nothing ("those polled" and "the accused" are speakers).
func TestSubjectIsNounPhrase(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct{ in, want, by string }{
		{"- Harbour minister says the port will reopen in May.", "the port will reopen in May", "Harbour minister"},
		{"Those polled said the economy was weak.", "the economy was weak", "Those polled"},
	} {
		runes := []rune(c.in)
		a := det.Detect(c.in)
		checkQuoteBy(t, a, runes, c.in, c.want, c.by)
	}
	in := "The rebels had received confirmed reports that troops were moving north."
	runes := []rune(in)
	a := det.Detect(in)
	for _, q := range a.Quotes {
		if m := a.Mention(q.Speaker); m != nil && string(runes[m.Start:m.End]) == "received confirmed" {
			t.Errorf("%q: a verb as speaker:%s", in, dump(runes, a))
		}
	}
}

// TestNamingAndClauseSubjects: "called" in a naming apposition reports
// nothing ("The ferry firm, called Bluewake, said …" is the firm's
// report); a phrase holding a finite verb is no subject before an
// apposition ("Although the inspector spoke of delays, his deputy, Eva
// Lind, said"), nor after the verb ("said the case involved ten women" is
// the content, not an inverted speaker).
func TestNamingAndClauseSubjects(t *testing.T) {
	det := mustNew(t)
	in := "The bakers twist the dough into a long braided loaf, called a plait."
	if a := det.Detect(in); len(a.Quotes) > 0 {
		t.Errorf("%q: a naming participle taken as speech:%s", in, dump([]rune(in), a))
	}
	for _, c := range []struct{ in, want, by string }{
		{"The ferry firm, called Bluewake, said the night route was part of its winter timetable.", "the night route was part of its winter timetable", "The ferry firm"},
		{"Although the inspector spoke of delays, his deputy, Eva Lind, said the case involved about ten young women.", "the case involved about ten young women", "Eva Lind"},
	} {
		runes := []rune(c.in)
		a := det.Detect(c.in)
		checkQuoteBy(t, a, runes, c.in, c.want, c.by)
	}
}

// TestSayAsNounAndIdiom: "a larger say" is a noun and "easier said than
// done" an idiom: neither reports speech; "those surveyed say" does.
func TestSayAsNounAndIdiom(t *testing.T) {
	all, err := NewWith(Options{Scope: ScopeAll})
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range []string{
		"Small towns want a larger say than they now have in the budget.",
		"But closing the plant is easier said than done for a town this size.",
	} {
		if a := all.Detect(in); len(a.Quotes) > 0 {
			t.Errorf("%q: no speech reported, got %+v", in, a.Quotes[0].Parts)
		}
	}
	in := "By a wide margin, those polled say the economy should come first."
	checkQuoteBy(t, all.Detect(in), []rune(in), in, "the economy should come first", "those polled")
}

// TestParticiplesAndGerundsAsModifiers: a participle or gerund between an
// article or possessive and a noun is a modifier, not a verb ("the number
// of reported cases", "Doe's repeated calls for", "the same talking point
// about"); "must" is an auxiliary the subject search steps over ("They
// must say"); after "began by talking about" the sentence's subject
// speaks, without its verb.
func TestParticiplesAndGerundsAsModifiers(t *testing.T) {
	all, err := NewWith(Options{Scope: ScopeAll})
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range []string{
		"Flooding spread in the east, where the count of reported outages has doubled.",
		"Doe repeated the same talking point about the budget.",
	} {
		if a := all.Detect(in); len(a.Quotes) > 0 {
			t.Errorf("%q: no quote; got%s", in, dump([]rune(in), a))
		}
	}
	for _, c := range []struct{ in, want, by string }{
		{"They must say there is no way to sell the plan.", "there is no way to sell the plan", "They"},
		{"The retired banker opened by talking about the city's housing shortage.", "the city's housing shortage", "The retired banker"},
	} {
		checkQuoteBy(t, all.Detect(c.in), []rune(c.in), c.in, c.want, c.by)
	}
}

// TestWhatAStudyFound: with the speech scope, what a study, a survey, a
// poll, a review or an analysis "found" (before "that"; also one its
// owner's name holds: "The Federation of X's annual survey"; and its data:
// "survey data released in March") is reported
// as a document's statement, and the respondents' own report in it stays
// a quote ("A survey found 71 per cent said they would leave"), and so is
// what "It" found in the sentence after one that opens with a study;
// "the study found no link" has no clause.
func TestWhatAStudyFound(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct{ in, want string }{
		{"A 2025 internal review found that nearly 40 per cent of shifts were short-staffed.", "nearly 40 per cent of shifts were short-staffed"},
		{"A new poll found that 61 per cent of Canadians believed the rules were too weak.", "61 per cent of Canadians believed the rules were too weak"},
		{"The survey of 1,200 fishers found that 71 per cent said they would leave the fishery.", "they would leave the fishery"},
		{"An analysis last year by the Harbourview Policy Institute, a Halifax think tank, found that renters spent half their income on housing.", "renters spent half their income on housing"},
		{"The Federation of Prairie Grain Growers' annual members survey found that most farms had cut their fertilizer use.", "most farms had cut their fertilizer use"},
		{"Provincial survey data released in March found that a third of renters had skipped meals.", "a third of renters had skipped meals"},
		{"Two analyses by the Larkspur Institute found that rents rose faster than wages.", "rents rose faster than wages"},
		{"Several studies by the Northgate clinic found that the pills lower blood pressure.", "the pills lower blood pressure"},
		// research, an evaluation, an assessment
		{"Research from the federal Larkspur Research and Development Centre has found that open cherry blossoms can suffer heavy losses.", "open cherry blossoms can suffer heavy losses"},
		{"A 2023 evaluation of the program found that participants reported improved work habits, though it noted the sample was small.", "participants reported improved work habits"},
		{"A housing needs assessment completed for the city found that Larkspur would need 900 new homes by 2031.", "Larkspur would need 900 new homes by 2031"},
		// "It" after a sentence that opens with the study
		{"The study, carried out last summer by the Larkspur health unit, measured arsenic in 412 children.\n\nIt found that children living next to the smelter had levels 3.1 times higher.", "children living next to the smelter had levels 3.1 times higher"},
	} {
		if q := quoteWith(det.Detect(c.in), []rune(c.in), c.want); q == nil {
			t.Errorf("%q: want a quote holding %q", c.in, c.want)
		}
	}
	// "It" is the study, not a body the sentence before names
	for _, c := range []struct{ in, want, by string }{
		{"The review of the Northgate Police Service, ordered by the province, was released Tuesday. It found that officers were poorly trained.", "officers were poorly trained", "The review"},
		{"The audit was released Tuesday. But it found that the books were clean.", "the books were clean", "The audit"},
	} {
		checkQuoteBy(t, det.Detect(c.in), []rune(c.in), c.in, c.want, c.by)
	}
	// a person, not the study whose owner the phrase names
	for _, in := range []string{
		"The author of the county's report found that the trails were rarely used.",
		"The head of Northgate's review found that the trails were rarely used.",
		"The study team visited 40 homes. It found that the trails were rarely used.",
		"The council approved the budget. It found that the trails were rarely used.",
	} {
		if q := quoteWith(det.Detect(in), []rune(in), "the trails were rarely used"); q != nil {
			t.Errorf("%q: no finding of a study", in)
		}
	}
}

// TestPollFindingAndItsFirm: what a poll or a survey found is reported
// also without "that" when a number opens the finding's clause ("found 61
// per cent of respondents support …", over a long phrase of people with
// a possessive in it; not "found 58 bodies"), also when the poll was
// "released in November by" its firm, and the firm or the person named
// after "by" (past "Moncton-based" or "the research firm") is its
// speaker, never "November by …" nor "year by Ontario's auditor general";
// what crews or searchers "found" with a number is a discovery (invented
// sentences).
func TestPollFindingAndItsFirm(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"A poll released in November by Moncton-based Harrow Research found 61 per cent of respondents support the closure.",
			"61 per cent of respondents support the closure", "Harrow Research"},
		{"A survey published in March by the research firm Panorama Sondages found that 43 per cent of tenants pay more than half their income on rent.",
			"43 per cent of tenants pay more than half their income on rent", "Panorama Sondages"},
		{"A Leger poll found 58 per cent of Quebecers oppose the plan.",
			"58 per cent of Quebecers oppose the plan", "A Leger poll"},
		// the share's verb read as a noun ("Canadians support")
		{"A national poll released this week by Northpoint Research found 74 per cent of Canadians support penalizing companies that miss deadlines.",
			"74 per cent of Canadians support penalizing companies that miss deadlines", "Northpoint Research"},
		{"A poll released in November by Harrow Research found 61 per cent of New Brunswickers living outside the province's three largest cities were not confident they could get care.",
			"61 per cent of New Brunswickers living outside the province's three largest cities were not confident they could get care", "Harrow Research"},
		{"A report released last year by the territory's languages commissioner found that the share of Inuit who speak Inuktitut at home has fallen.",
			"the share of Inuit who speak Inuktitut at home has fallen", "the territory's languages commissioner"},
		{"A report released last year by Ontario's auditor general found that 40 per cent of contracts were late.",
			"40 per cent of contracts were late", "Ontario's auditor general"},
		{"A report tabled last fall by Nunavut's languages commissioner found that 40 per cent of schools lacked teachers.",
			"40 per cent of schools lacked teachers", "Nunavut's languages commissioner"},
	})
	all, err := NewWith(Options{Scope: ScopeAll})
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range []string{"Crews found 3 more bodies were buried under the rubble.", "Searchers found 12 of the missing hikers were alive.", "A survey found 12 faults at the plant and the company paid a fine."} {
		if a := all.Detect(in); len(a.Quotes) != 0 {
			t.Errorf("scope all, %q: a discovery, want no quote:%s", in, dump([]rune(in), a))
		}
	}
	for _, in := range []string{
		"Police found 58 bodies in the house.",
		"The audit found 40 errors in the accounts.",
	} {
		if a := det.Detect(in); len(a.Quotes) != 0 {
			t.Errorf("%q: no clause after the number, want no quote:%s", in, dump([]rune(in), a))
		}
	}
}

// TestForecastsAndRecommendations: "forecast" and "recommends" report as
// "predicted" and "recommended" do: "The report recommends that the city
// ask the province …" is the report's recommendation (invented
// sentences).
func TestForecastsAndRecommendations(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"A staff report recommends that the city ask the province to expand a funding program for offload nurses.",
			"the city ask the province to expand a funding program for offload nurses", "A staff report"},
		{"Budget analysts forecast that annual deficits would begin growing again next year.",
			"annual deficits would begin growing again next year", "Budget analysts"},
	})
	// a gerund of forecasting is no report
	in := "Weather forecasting has improved a great deal, said meteorologist Tom Reyes."
	for q, by := range quotesBy([]rune(in), det.Detect(in)) {
		if by == "Weather" {
			t.Errorf("%q: quote %q by %q", in, q, by)
		}
	}
}

// TestBenchFindingIsItsRuling: what a court, a judge, a jury or an
// inquiry "found" is its ruling, stated, in the speech scope too; a
// finding of someone else ("Crews found that the road had washed out") is
// still no one's words there.
func TestBenchFindingIsItsRuling(t *testing.T) {
	det := mustNew(t)
	checkQuotesBy(t, det, []quoteByCase{
		{"The court found that the search violated her rights.", "the search violated her rights", "The court"},
		{"Justice Hélène Marchand found that the search violated her rights.", "the search violated her rights", "Hélène Marchand"},
		{"The majority found the evidence should have been excluded at trial.", "the evidence should have been excluded at trial", "The majority"},
		{"Crews found that the road had washed out overnight.", "", ""},
		{"Justice Minister Arif Virani found the time to meet the families.", "", ""},
	})
}

// TestStudyFindsComparison: what a study "found" may be a comparison or a
// measured amount without a verb ("found higher lice loads near the
// pens", "found elevated levels of arsenic"), a finding of its own (scope
// all; the learned scorer is unsure of it in the speech scope); tests and
// investigations find as studies do; what crews "found" is no finding
// ("Crews found more debris").
func TestStudyFindsComparison(t *testing.T) {
	all, err := NewWith(Options{Scope: ScopeAll})
	if err != nil {
		t.Fatal(err)
	}
	checkQuotesBy(t, all, []quoteByCase{
		{"A study by the university found higher lice loads on farmed fish near the pens.", "higher lice loads on farmed fish near the pens", "A study by the university"},
		{"The survey found more support for the plan among younger residents than last year.", "more support for the plan among younger residents than last year", "The survey"},
		{"Crews found more debris along the shore on Tuesday.", "", ""},
		{"The investigation found bags of cocaine in the car.", "", ""},
		// a measured amount, and tests and investigations as studies
		{"Soil testing found elevated levels of arsenic in yards near the smelter.", "elevated levels of arsenic in yards near the smelter", "Soil testing"},
		{"A Larkspur Ledger investigation found that the agency had ignored 40 complaints.", "the agency had ignored 40 complaints", "A Larkspur Ledger investigation"},
		// a measure set against an amount; not what was found near a place
		{"A study commissioned by the town found vacancy rates below one per cent and rents up 38 per cent since 2019.", "vacancy rates below one per cent and rents up 38 per cent since 2019", "A study"},
		{"The survey found prices up nearly 12 per cent.", "prices up nearly 12 per cent", "The survey"},
		{"The investigation found bags of cash near 3 Main Street.", "", ""},
		// no verb of a relative clause, reduced or not, makes a
		// finding's clause
		{"The inspection found mould in the basement of the school where students eat lunch.", "", ""},
		{"The audit found problems with the way staff at the Larkspur housing office handled contracts.", "", ""},
	})
}

// TestCourtRulingThat: "…, ruling that X" reports the court's ruling, as
// "ruled that" does; "the ruling that the province appealed" is a noun.
func TestCourtRulingThat(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"LARKSPUR — The Court of Appeal has overturned the approval of the Kestrel pipeline, ruling that the province fell short of its duty to consult.",
			"the province fell short of its duty to consult", "Court of Appeal"},
	})
	in := "The ruling that the province appealed is now final."
	if a := det.Detect(in); len(a.Quotes) > 0 {
		t.Errorf("%q: want no quote:%s", in, dump([]rune(in), a))
	}
}
