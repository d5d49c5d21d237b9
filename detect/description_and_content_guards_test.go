package detect

import "testing"

// Guards on rules for descriptions, contents and cue words: each case is
// one where a broader form of the rule gave a wrong answer (invented
// sentences).

// TestConditionalApologyIsContent: "apologized if his comments had
// offended anyone" says what the apology was, unlike "apologized when …".
func TestConditionalApologyIsContent(t *testing.T) {
	det := mustNew(t)
	in := "Ostrander apologized if his comments had offended anyone in the community."
	if q := quoteWith(det.Detect(in), []rune(in), "his comments had offended anyone in the community"); q == nil {
		t.Errorf("%q: want the apology's content", in)
	}
}

// TestDescribedBodyNotPastItsInitials: "The municipal district said" right
// after "Reeve Brian Churchill of the neighbouring MD of Opportunity said"
// is not the Municipal District of Lesser Slave River named thirty
// paragraphs before.
func TestDescribedBodyNotPastItsInitials(t *testing.T) {
	det := mustNew(t)
	in := "The Municipal District of Lesser Slave River issued an evacuation order on Sunday.\n\n" + fillerParagraphs(30, crewsLine) +
		"\n\nReeve Brian Churchill of the neighbouring MD of Opportunity said its arena was open to evacuees.\n\nThe municipal district said it could house up to 400 people."
	a := det.Detect(in)
	runes := []rune(in)
	if q := quoteWith(a, runes, "it could house up to 400 people"); q != nil && a.SpeakerName(runes, *q) == "Municipal District of Lesser Slave River" {
		t.Errorf("the far body took the description over the one just named by its initials")
	}
}

// TestPossessedStatementIsTheBodys: "The organization's statement said" is
// the body's, not the titled person who "said in a statement" before.
func TestPossessedStatementIsTheBodys(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Statistics kept by Hockey PEI show 14 clubs in the province.\n\nHockey PEI executive director Joanne Arsenault said in a statement that two clubs might close.\n\nThe organization's statement said the board would meet in May.",
			"the board would meet in May", "Hockey PEI"},
	})
}

// TestClaimsAfterANameIsAVerb: "claims" after a name's last word ("Coach
// Jordan Land", "Wawanesa Insurance") reports.
func TestClaimsAfterANameIsAVerb(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Coach Jordan Land claims the referee was biased against his team.", "the referee was biased against his team", "Jordan Land"},
		{"Wawanesa Insurance claims the policy excluded damage from overland flooding.", "the policy excluded damage from overland flooding", "Wawanesa Insurance"},
	})
}

// TestAppositiveOfTheSpeakers: an appositive that repeats a noun of the
// clause ("made a bad decision, a decision he will have to live with") or
// holds a judgment ("a decision the board should accept") stays in what
// was said.
func TestAppositiveOfTheSpeakers(t *testing.T) {
	det := mustNew(t)
	checkOneQuote(t, det, "The chief said the officer made a bad decision, a decision he will have to live with for years.",
		"the officer made a bad decision, a decision he will have to live with for years")
	checkOneQuote(t, det, "Doucet said the arbitrator made the right call, a decision the board should accept without appeal.",
		"the arbitrator made the right call, a decision the board should accept without appeal")
}

// TestNarrationAfterQuotedWords: "said it “takes safety seriously” but
// three workers were injured …" ends with the quoted words; "but he would
// read it again" goes on with the speaker.
func TestNarrationAfterQuotedWords(t *testing.T) {
	det := mustNew(t)
	checkOneQuote(t, det, "The company said it “takes safety seriously” but three workers were injured at the plant that month.",
		"it “takes safety seriously”")
	checkOneQuote(t, det, "The hospital said it “has enough beds” and the emergency room closed twice that week.",
		"it “has enough beds”")
}

// TestThePollsterIsThePollingFirm: "The pollster said" after "Kestrel
// Polling interviewed 600 people" is the firm.
func TestThePollsterIsThePollingFirm(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Kestrel Polling interviewed 600 people in Moncton by telephone.\n\nThe pollster said the results are accurate to within four points.",
			"the results are accurate to within four points", "Kestrel Polling"},
	})
}

// TestUnisexNameTakesItsOwnPronoun: "Amrit Toor, who donated the land, said
// he hoped …" makes Amrit a man: a later "She said" is the mayor.
func TestUnisexNameTakesItsOwnPronoun(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Mayor Brenda Locke opened the new library branch on Saturday.\n\nAmrit Toor, who donated the land, said he hoped the branch would serve newcomers.\n\nShe said the library would be open seven days a week.",
			"the library would be open seven days a week", "Brenda Locke"},
	})
}

// TestDoubtedFindingIsNoStatement: a finding asked about, denied or put in
// doubt states nothing ("Did the study find that …?", "No study has found
// that …", "whether the audit found that …").
func TestDoubtedFindingIsNoStatement(t *testing.T) {
	det := mustNew(t)
	for _, in := range []string{
		"Did the study find that the vaccine was safe? Nobody at the agency would say.",
		"No study has found that the treatment works.",
		"It is unclear whether the audit found that money was missing.",
		"Neither the audit nor the review found that any rules were broken.",
	} {
		if a := det.Detect(in); len(a.Quotes) > 0 {
			t.Errorf("%q: a doubted finding reported:%s", in, dump([]rune(in), a))
		}
	}
}

// TestItsTextNeedsOneOwner: "its annual report" is no organisation's when
// another body stands between it and the sentence's opener, when the
// sentence before names two, or when the sentence opens with a
// description ("The port …, according to its annual report").
func TestItsTextNeedsOneOwner(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct{ in, quote, not string }{
		{"The Competition Bureau is investigating Northwind Airlines. Its annual report said the airline carried 4 million passengers.", "the airline carried 4 million passengers", "Competition Bureau"},
		{"Kestrel Potash Corp. ships through the Port of Vancouver, which handled 140 million tonnes last year, according to its annual report.", "Kestrel Potash Corp. ships through the Port of Vancouver, which handled 140 million tonnes last year", "Kestrel Potash Corp."},
		{"Kestrel Potash Corp. relies on the Port of Vancouver. The port handled 140 million tonnes last year, according to its annual report.", "The port handled 140 million tonnes last year", "Kestrel Potash Corp."},
	} {
		a := det.Detect(c.in)
		runes := []rune(c.in)
		if q := quoteWith(a, runes, c.quote); q != nil && a.SpeakerName(runes, *q) == c.not {
			t.Errorf("%q: speaker %q", c.in, c.not)
		}
	}
}

// TestRivalReportIsNoOnesNamed: "The report said" after "Critics of the
// ministry's weekly crop report published a rival report" is not the
// ministry's.
func TestRivalReportIsNoOnesNamed(t *testing.T) {
	det := mustNew(t)
	in := "Critics of the Ministry of Agriculture's weekly crop report published a rival report. The report said the ministry overstated yields."
	a := det.Detect(in)
	runes := []rune(in)
	if q := quoteWith(a, runes, "the ministry overstated yields"); q != nil && a.SpeakerName(runes, *q) == "Ministry of Agriculture" {
		t.Errorf("the rival report went to the ministry")
	}
}

// TestCompoundAfterASummingUpNoun: ", a policy analyst said" is a trailing
// attribution (the noun after "policy" heads a compound, no bare subject);
// "a move critics say …" still is the critics'.
func TestCompoundAfterASummingUpNoun(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"The cuts will hurt rural schools, a policy analyst said.", "The cuts will hurt rural schools", "a policy analyst"},
		{"The shortage is getting worse, a charge nurse at the hospital said.", "The shortage is getting worse", "a charge nurse at the hospital"},
	})
}

// TestModalClauseAfterQuotedWordsStays: "said the plan was “a good first
// step” and the province would keep working with unions" is one report.
func TestModalClauseAfterQuotedWordsStays(t *testing.T) {
	det := mustNew(t)
	checkOneQuote(t, det, "The minister said the plan was “a good first step” and the province would keep working with unions.",
		"the plan was “a good first step” and the province would keep working with unions")
}

// TestInsuranceClaimsAsAVerb: "The firm that sells insurance claims its
// rates are fair" reports; "insurance claims" before a noun is a compound.
func TestInsuranceClaimsAsAVerb(t *testing.T) {
	det := mustNew(t)
	in := "The firm that sells insurance claims its rates are the lowest in the province."
	if q := quoteWith(det.Detect(in), []rune(in), "its rates are the lowest in the province"); q == nil {
		t.Errorf("%q: want the firm's claim", in)
	}
}

// TestNamedHeadlineSpeakerStays: a headline's quotation with a named
// speaker ("…, says Mayor Jo Doe") keeps that speaker when someone else
// repeats the words later.
func TestNamedHeadlineSpeakerStays(t *testing.T) {
	det := mustNew(t)
	in := "'We will rebuild every house on this street,' says Mayor Ana Lucero\n\nThe flood hit on Monday.\n\n\"We will rebuild every house on this street,\" resident Tom Ekwueme said, quoting the mayor."
	checkSpeakerNames(t, det, []nameCase{{in, "'We will rebuild every house on this street,'", "Ana Lucero"}})
}

// TestAllegationClauseIsContent: "an allegation that the hospital ignored
// her symptoms" holds a whole clause, the allegation's content, unlike "a
// charge that Doe has always denied".
func TestAllegationClauseIsContent(t *testing.T) {
	det := mustNew(t)
	in := "The family went to court, an allegation that the hospital ignored her symptoms for hours."
	if q := quoteWith(det.Detect(in), []rune(in), "the hospital ignored her symptoms for hours"); q == nil {
		t.Errorf("%q: want the allegation's content", in)
	}
}

// TestTextIsNoPerson: "According to the staff report, …" after a sentence
// about a person is the report's, never that person's.
func TestTextIsNoPerson(t *testing.T) {
	det := mustNew(t)
	in := "Insp. Farah Qureshi told council that calls rose about 40 per cent in 2025.\n\nAccording to the staff report, the city's most recent count found an estimated 291 people experiencing homelessness."
	a := det.Detect(in)
	runes := []rune(in)
	if q := quoteWith(a, runes, "the city's most recent count found an estimated 291 people experiencing homelessness"); q != nil && a.SpeakerName(runes, *q) == "Farah Qureshi" {
		t.Errorf("the staff report went to the person named before")
	}
}

// TestSummingNounBeforeParticipleIsNoSpeaker: "…, an expansion first
// announced in the fall" sums up the clause before with a participle after
// it; no one announced the clause there. A speaker after the comma still
// reports it ("…, a spokesperson said Tuesday").
func TestSummingNounBeforeParticipleIsNoSpeaker(t *testing.T) {
	det := mustNew(t)
	checkQuotesBy(t, det, []quoteByCase{
		{"Ottawa will spend $62 million this year, an expansion first announced in the fall.", "", ""},
		{"Ottawa will spend $62 million this year, a plan announced Tuesday.", "", ""},
		{"Ottawa will spend $62 million this year, a spokesperson said Tuesday.", "Ottawa will spend $62 million this year", "a spokesperson"},
	})
}

// TestCountBeforeParticipleSpeaksNot: a count in digits before a past
// form that modifies the noun after it ("934 confirmed and probable
// cases", "384 pledged delegates") is no speaker; a count that says
// something still is ("12 said they would move").
func TestCountBeforeParticipleSpeaksNot(t *testing.T) {
	all, err := NewWith(Options{Scope: ScopeAll})
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range []string{
		"The agency's weekly update reported 934 confirmed and probable cases since January, the majority in three provinces.",
		"Larkspur has 384 pledged delegates at stake in the primary.",
	} {
		a := all.Detect(in)
		for _, q := range a.Quotes {
			if name := a.SpeakerName([]rune(in), q); name != "" && name[0] >= '0' && name[0] <= '9' {
				t.Errorf("%q: a count speaks:%s", in, dump([]rune(in), a))
			}
		}
	}
	for _, c := range []struct{ in, want string }{
		{"Of the 40 people surveyed, 12 said they would move.", "they would move"},
		{"Of the 40 mayors surveyed, 12 warned residents that property taxes would rise.", "property taxes would rise"}, // (a count that speaks, before the verb's object)
	} {
		checkQuoteBy(t, all.Detect(c.in), []rune(c.in), c.in, c.want, "12")
	}
}
