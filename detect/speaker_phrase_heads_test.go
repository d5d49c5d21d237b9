package detect

import (
	"strings"
	"testing"

	"github.com/quotebench/quotebench/annot"
)

// Invented sentences on which words of a speaker phrase speak: a part
// after "of" ("said one of the officials"), the head before a name that
// modifies it, a name the entity tagger splits.

// speakerCase is one sentence, a words of the quote it must find and the
// words its speaker mention must hold.
type speakerCase struct{ in, want, by string }

// checkSpeakers runs the detector on each case and wants a quote holding
// c.want whose speaker mention holds c.by.
func checkSpeakers(t *testing.T, cases []speakerCase) {
	t.Helper()
	det := mustNew(t)
	for _, c := range cases {
		a, runes, q := detectQuote(t, det, c.in, c.want)
		if q == nil {
			continue
		}
		if m := a.Mention(q.Speaker); m == nil || !strings.Contains(string(runes[m.Start:m.End]), c.by) {
			t.Errorf("%q: want the speaker %q:%s", c.in, c.by, dump(runes, a))
		}
	}
}

// detectQuote runs det on in and returns its annotations, its runes and
// the quote holding want, or nil after reporting that there is none.
func detectQuote(t *testing.T, det *Detector, in, want string) (annot.Annotations, []rune, *annot.Quote) {
	t.Helper()
	runes := []rune(in)
	a := det.Detect(in)
	q := quoteWith(a, runes, want)
	if q == nil {
		t.Errorf("%q: want a quote holding %q:%s", in, want, dump(runes, a))
	}
	return a, runes, q
}

// TestPartitiveInvertedSpeaker: "said one of the officials" names the
// speaker after the verb (the quote had no speaker, and was dropped).
func TestPartitiveInvertedSpeaker(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"“The plan is sound,” said one of the officials.", "The plan is sound", "one of the officials"},
		{"“There is no path for him,” said one of those advisers, who spoke on condition of anonymity.", "There is no path", "one of those advisers"},
		{"“We will win,” said one of Doe's aides.", "We will win", "one of Doe's aides"},
		{"“We will win,” said some of the protesters on Friday.", "We will win", "some of the protesters"},
	})
}

// TestNameAfterArticleInSpeakerPhrase: a person's name after "the" in the
// speaker phrase is an organisation the entity tagger took for a person
// ("the James Martin Center"), so the person before it speaks; a title
// after "the" still opens a person's name.
func TestNameAfterArticleInSpeakerPhrase(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"“A weapon like that is a stretch,” Jeff Lamb of the James Martin Center for Arms Studies wrote in May.", "A weapon like that", "Jeff Lamb"},
		{"“A weapon like that is a stretch,” said the Rev. Jesse Lamb.", "A weapon like that", "Jesse Lamb"},
	})
}

// TestSpeakerPhraseStartsInsideName: the chunk before a verb that begins
// inside a name with "and" or "of" in it ("Institute for Science and
// International Security", "Bill de Blasio") takes the whole name, its
// possessor and what joins it over "of" or "for".
func TestSpeakerPhraseStartsInsideName(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"Experts Tom Beck and Sara Lind of Norland's Institute for Science and International Security wrote that the plan was sound.", "the plan was sound", "Sara Lind"},
		{"The Institute for Science and International Security said the plan was sound.", "the plan was sound", "Institute for Science and International Security"},
		{"A spokesman for the Center for Economic and Policy Research said the plan was sound.", "the plan was sound", "A spokesman for the Center for Economic and Policy Research"},
	})
}

// TestCueNounAfterAdjectiveObject: a cue word that is a noun after
// adjectives after a verb is that verb's object, no verb of speech whose
// subject is the adjective ("showed subtle hints that" gave the speaker
// "subtle"); with an adverb before it, it is still a verb.
func TestCueNounAfterAdjectiveObject(t *testing.T) {
	det := mustNew(t)
	for _, in := range []string{
		"Joan Hill showed subtle hints that she was having second thoughts.",
		"Hill gave clear hints that she was leaving.",
		"The vote prompted new worries that the party could split.",
	} {
		runes := []rune(in)
		a := det.Detect(in)
		for _, q := range a.Quotes {
			if m := a.Mention(q.Speaker); m != nil {
				if sp := string(runes[m.Start:m.End]); strings.Contains(sp, "subtle") || strings.Contains(sp, "clear") || strings.Contains(sp, "new") {
					t.Errorf("%q: the speaker is an adjective phrase %q:%s", in, sp, dump(runes, a))
				}
			}
		}
	}
	checkSpeakers(t, []speakerCase{{"Hill strongly hints that she is leaving.", "she is leaving", "Hill"}})
}

// TestNameModifyingNounInSubject: a sentence-initial determiner before a
// name that modifies a noun opens the noun's phrase ("The Denver crowd",
// not "The Denver"); a quoted fragment whose sentence's subject is a text
// ("A campaign ad … accuses Doe of …") is the text's, not the first person
// named after it.
func TestNameModifyingNounInSubject(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"The Denver crowd cheered and said it was great.", "it was great", "The Denver crowd"},
		{"The Denver crowd said it was great.", "it was great", "The Denver crowd"},
		{"A campaign TV ad released Thursday accuses Tom Doe of buying influence “in a pattern of sleaze stretching back decades.”", "a pattern of sleaze", "A campaign TV ad"},
	})
}

// TestNamingParticipleInSubject: "called" or "named" between a noun and a
// name that a verb follows gives the noun a name, no verb of speech ("A
// company called Harmony Widgets gave …" made the company the speaker of
// the rest of the sentence); "called Smith a liar" is still a verb.
func TestNamingParticipleInSubject(t *testing.T) {
	det := mustNew(t)
	in := "A company called Harmony Widgets gave $5,000 to the fund in June."
	runes := []rune(in)
	if a := det.Detect(in); len(a.Quotes) != 0 {
		t.Errorf("%q: want no quote:%s", in, dump(runes, a))
	}
	checkSpeakers(t, []speakerCase{{"A group named Friends of the Park said the plan was sound.", "the plan was sound", "Friends of the Park"}})
}

// TestCueInFrontedClauseNotQuoteSpeaker: a quotation after a fronted
// subordinate clause is not the clause's cue's: "After the governor
// criticized her, Mary Smith shot back, “…”" is Smith's. "As they say,
// “…”" still attributes what follows.
func TestCueInFrontedClauseNotQuoteSpeaker(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"After the former governor criticized her husband during a debate, Mary Smith shot back, “I could have stayed home, but I chose my work.”", "I could have stayed home", "Mary Smith"},
		{"Tom Doe spoke first. As they say about the old doctor, “gifted hands, enhanced imagination.”", "gifted hands", "they"},
	})
}

// TestParticipleModifierOfSubject: the noun a participle modifies speaks,
// not the object or the place inside the participle's phrase: over
// coordinated verbs and objects ("seeking to renew or obtain work and
// residence rights"), and over a participle the tagger reads as a past
// tense ("Tourists interviewed in Malta complain").
func TestParticipleModifierOfSubject(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"Migrants seeking to renew or obtain work and residence rights say the proposals are insufficient.", "the proposals are insufficient", "Migrants"},
		{"Tourists interviewed in Malta complain that the prices are too high.", "the prices are too high", "Tourists"},
		{"Text messages found on one of the phones suggested that the men were not using encryption.", "the men were not using", "Text messages"},
	})
}

// TestCoordinatedSpeakersAfterQuotation: "“…,” Tom Beck and Sara Lind
// wrote" is both writers' (it was the second's alone); the coordination
// opens the attribution after the closing mark.
func TestCoordinatedSpeakersAfterQuotation(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"“It is a stretch,” Tom Beck and Sara Lind wrote in December.", "It is a stretch", "Tom Beck and Sara Lind"},
		{"“It is a stretch,” the mayor and her deputy said.", "It is a stretch", "the mayor and her deputy"},
	})
}

// TestParticipleTitleBeforeName: a cue word ending in -ing before a noun
// and a name is part of a title ("defending champions Ajax Amsterdam"),
// no verb of speech whose content is the rest of the sentence.
func TestParticipleTitleBeforeName(t *testing.T) {
	det := mustNew(t)
	for _, in := range []string{
		"Kellan's main rivals for the title, defending champions Ajax Ostervik, celebrated the novelty of having the roof of their new stadium closed against the rain, with a 1-0 win over Brookfield.",
	} {
		runes := []rune(in)
		if a := det.Detect(in); len(a.Quotes) != 0 {
			t.Errorf("%q: want no quote:%s", in, dump(runes, a))
		}
	}
	checkSpeakers(t, []speakerCase{{"The mayor spoke for an hour, warning residents the river would rise.", "the river would rise", "The mayor"}})
}

// TestGroupWithExampleSpeaks: "companies including Acme Corp said" is the
// companies' (it was Acme Corp's alone).
func TestGroupWithExampleSpeaks(t *testing.T) {
	checkSpeakers(t, []speakerCase{{"Large companies including Acme Corp said the tax would hurt sales.", "the tax would hurt sales", "Large companies"}})
}

// TestSpeakerPhraseEndsAtItsNoun: no auxiliary ends a speaker phrase: over
// a floating quantifier ("Roe and Lind have both urged", "Mr. Lind, who
// has both endorsed") and before an aside ("A coalition has, however,
// argued"; a poll that reveals is evidence, no speech, in this scope).
func TestSpeakerPhraseEndsAtItsNoun(t *testing.T) {
	det := mustNew(t)
	for _, in := range []string{
		"Tom Roe and Al Lind have both said the plan would fail.",
		"A new coalition of voters has, however, argued that the mayor does not speak for most residents.",
		"Mr. Lind, who has both endorsed the mayor and criticized his campaign, said the vote was close.",
	} {
		runes := []rune(in)
		a := det.Detect(in)
		if len(a.Quotes) == 0 {
			t.Errorf("%q: want a quote:%s", in, dump(runes, a))
		}
		for _, q := range a.Quotes {
			if m := a.Mention(q.Speaker); m != nil {
				if sp := strings.Fields(string(runes[m.Start:m.End])); auxiliaries.has(strings.ToLower(sp[len(sp)-1])) || sp[len(sp)-1] == "both" {
					t.Errorf("%q: the speaker %q ends in an auxiliary:%s", in, strings.Join(sp, " "), dump(runes, a))
				}
			}
		}
	}
}

// TestPoliceRankBeforeName: a police rank abbreviated before a name
// ("Const.", "Cst.", "Cpl.") is a title, not a sentence's end: the quote
// before it was lost.
func TestPoliceRankBeforeName(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"“We will win,” Const. Jo Brel of the city police said.", "We will win", "Jo Brel"},
		{"“We will win,” said Cst. Jo Brel.", "We will win", "Jo Brel"},
	})
}

// TestFocusAdverbIsNoPartOfSpeaker: "even", "only" before a subject are no
// part of it ("So even economists … agree" gave "even economists").
func TestFocusAdverbIsNoPartOfSpeaker(t *testing.T) {
	det := mustNew(t)
	for _, in := range []string{
		"So even economists who favor consumption taxes agree that change will be slow.",
		"But only critics of the plan say that it will fail.",
	} {
		runes := []rune(in)
		a := det.Detect(in)
		if len(a.Quotes) != 1 {
			t.Errorf("%q: want one quote:%s", in, dump(runes, a))
			continue
		}
		if m := a.Mention(a.Quotes[0].Speaker); m == nil || strings.HasPrefix(string(runes[m.Start:m.End]), "even") || strings.HasPrefix(string(runes[m.Start:m.End]), "only") {
			t.Errorf("%q: the speaker holds the adverb:%s", in, dump(runes, a))
		}
	}
}

// TestInvertedPossessedSpeaker: after "said", a possessor and the phrase it
// possesses speak as one, with a name in apposition ("said the factory's
// union secretary Jo Brel", "said the agency's director, Tom Brel, on
// Monday"): the possessor alone was the speaker, and the name a quote.
func TestInvertedPossessedSpeaker(t *testing.T) {
	det := mustNew(t)
	for _, in := range []string{
		"“We are stubborn,” said the factory's trade union secretary Dragutin Brel.",
		"“We are stubborn,” said the agency's director, Dragutin Brel, on Monday.",
	} {
		runes := []rune(in)
		a := det.Detect(in)
		if len(a.Quotes) != 1 || a.SpeakerName(runes, a.Quotes[0]) != "Dragutin Brel" {
			t.Errorf("%q: want one quote by Dragutin Brel:%s", in, dump(runes, a))
		}
	}
}

// TestCapitalisedRoleKeepsModifiers: a capitalised role noun the chunker
// cut from its determiner and adjectives ("The veteran MP", "Many liberal
// Democrats") speaks with them, and "MP" alone is no organisation, so the
// description goes to the person named as an MP before.
func TestCapitalisedRoleKeepsModifiers(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"The veteran MP, who has sat in the House of Commons since 2011, said her party would propose amendments.", "her party would propose amendments", "The veteran MP"},
		{"Many liberal Democrats urged the board not to act this year, noting limited gains in pay.", "limited gains in pay", "Many liberal Democrats"},
	})
	// "The MP" is a person named as one, not whoever was named last.
	det := mustNew(t)
	checkSpeakerName(t, det, "Priya Raghunathan, the Liberal MP for Burnaby South, called the bill overdue.\n\nThe veteran MP, who has sat in the House of Commons since 2011, said her party would propose amendments.",
		"her party would propose amendments", "Priya Raghunathan")
	checkSpeakerName(t, det, "Nurse Janet Holloway testified before the committee on Monday.\n\nThe veteran MP, who chairs the committee, said the testimony was troubling.",
		"the testimony was troubling", "The veteran MP")
}

// TestDocumentAndPossessorHeads: a document described by a participle and
// its phrase ("A briefing note prepared for the deputy minister …,
// released under …, says"), one dated by a length of time ("A reply two
// days later says") and a province's abbreviation as possessor ("B.C.'s
// minister responsible for emergency management said") speak as the
// document and the whole phrase, not as the participle's phrase, the time
// or a phrase opening with "'s".
func TestDocumentAndPossessorHeads(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"A briefing note prepared for the deputy minister in October 2025, released under the Access to Information Act, says staffing shortages had \"contributed to delays\" in some routine oversight activities.",
			"staffing shortages had", "A briefing note"},
		{"A report prepared for the board says the plant will close in the spring.", "the plant will close", "A report"},
		{"A reply two days later says the department would \"review options,\" including a second vessel.", "the department would", "A reply"},
		{"An email sent three weeks later says the contract was cancelled.", "the contract was cancelled", "An email"},
		{"B.C.'s minister responsible for emergency management said Saturday afternoon that the province was \"bringing every available resource\" to the fire.",
			"the province was", "B.C.'s minister responsible for emergency management"},
	})
}

// TestPortfolioListAfterRole: a role's portfolios listed after "of" stay
// with the role ("The Minister of Language, Culture and Tourism said"),
// also before ", who …"; a fronted phrase before the comma is no list
// ("These and other sources of authority, the lawyers said"), and a name
// in apposition after the list speaks.
func TestPortfolioListAfterRole(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"The Minister of Language, Culture and Tourism said the festival would go ahead.", "the festival would go ahead", "The Minister of Language, Culture and Tourism"},
		{"Nunatsiavut's minister of language, culture and tourism, who also handles the government's intergovernmental file, said the festival would go ahead.",
			"the festival would go ahead", "minister of language, culture and tourism"},
	})
	det := mustNew(t)
	in := "These and other sources of authority, the lawyers said, “all command the same conclusion.”"
	checkQuoteBy(t, det.Detect(in), []rune(in), in, "all command the same conclusion", "the lawyers")
	in = "The provincial Minister of Fisheries, Forestry and Agriculture, Bernard Quinlan, told reporters that his department was \"watching the situation closely.\""
	checkQuoteBy(t, det.Detect(in), []rune(in), in, "watching the situation closely", "Bernard Quinlan")
	in = "Doe met the minister of finance and the premier said the talks went well."
	checkQuoteBy(t, det.Detect(in), []rune(in), in, "the talks went well", "the premier")
}

// TestNoSpeakerInsideARelativeOrAPreposition: the noun a relative clause
// modifies speaks, over a comparison and a possessive in the clause ("A
// manufacturer that has operated in the city's north end for more than
// four decades says" gave "four decades"), but not over a coordinated
// clause ("… tissue of the body and researchers hope"); a participle's
// speaker is the sentence's subject even when the tagger reads a
// hyphenated name as an adjective ("Oyelaran-Smith repeated the call in a
// post on X, writing that …" gave "X").
func TestNoSpeakerInsideARelativeOrAPreposition(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"A Guelph auto parts manufacturer that has operated in the city's north end for more than four decades says it will lay off 140 workers this spring.",
			"it will lay off 140 workers", "A Guelph auto parts manufacturer"},
		{"Oyelaran-Smith repeated the call in a post on X, writing that travellers deserve answers.", "travellers deserve answers", "Oyelaran-Smith"},
		{"Stem cells are master cells that can turn into any tissue of the body and researchers say that power could heal hearts.", "power could heal hearts", "researchers"},
		// A relative pronoun after its noun speaks for that noun, however
		// deep in another relative clause it stands.
		{"Ottawa will allow more cod, a decision that managed to disappoint both the fishermen who wanted more and the scientists who warned the stock cannot yet handle it.",
			"the stock cannot yet handle it", "the scientists"},
	})
}

// TestNumberedLocalBeforeRoleAndName: a union local's number inside an
// inverted speaker phrase does not end it before the person named after
// the role ("said SEIU 775 president Sterling Harders" was the union).
func TestNumberedLocalBeforeRoleAndName(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"“We will not accept this,” said SEIU 775 president Sterling Harders.", "“We will not accept this,”", "Sterling Harders"},
		{"“We will not accept this,” said Unifor Local 444 president Dave Cassidy.", "“We will not accept this,”", "Dave Cassidy"},
		{"Jo Doe said Friday 12 people were hurt.", "12 people were hurt", "Jo Doe"},
	})
}

// TestArticleBeforeNumber: a subject opened by an article or a possessive
// before a number keeps both ("The two mayors", "Their two sons"), and a
// poll's share of people named over a place keeps its head ("64 per cent
// of Albertans outside the two largest cities"; was "two largest cities"),
// the survey reporting the finding that holds their words.
func TestArticleBeforeNumber(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"The two mayors said they were worried about the bridge.", "they were worried", "The two mayors"},
		{"Their two sons said they were worried about the farm.", "they were worried", "Their two sons"},
	})
	in := "The survey found 64 per cent of Albertans outside the two largest cities said they were \"not confident\" they could get care."
	got := quotesBy([]rune(in), mustNew(t).Detect(in))
	if by := got[`they were "not confident" they could get care`]; !strings.HasPrefix(by, "64 per cent of Albertans") {
		t.Errorf("%q: the respondents' words by %q, want 64 per cent of Albertans (all: %q)", in, by, got)
	}
	if by, ok := got[`64 per cent of Albertans outside the two largest cities said they were "not confident" they could get care`]; ok && by != "The survey" {
		t.Errorf("%q: the finding by %q, want the survey", in, by)
	}
}

// TestPastFormAfterArticleModifiesSpeaker: a past form of a cue verb
// right after an article is an adjective of the speaker phrase ("the
// agreed facts say"), not a verb that cuts it to "facts".
func TestPastFormAfterArticleModifiesSpeaker(t *testing.T) {
	det := mustNew(t)
	in := "Homeowners paid deposits. In some cases, the agreed facts say, the workers never returned."
	checkSpeakerName(t, det, in, "the workers never returned", "the agreed facts")
}

// TestNameBeforeDescriptionWithListedName: a name, then a description
// holding an organisation whose name lists with commas ("the Fish, Food
// and Allied Workers union"), then a relative clause: the name speaks.
func TestNameBeforeDescriptionWithListedName(t *testing.T) {
	det := mustNew(t)
	in := "Gerard Kearley, president of the Fish, Food and Allied Workers union, which represents thousands of harvesters and plant workers in the province, said inshore fishermen had been asking for at least 30,000 tonnes."
	checkSpeakerName(t, det, in, "inshore fishermen had been asking for at least 30,000 tonnes", "Gerard Kearley")
}

// TestSaidByMeansIsNoPassive: "said by phone" or "told … by email" names the
// means of speaking, no agent of a passive: the subject before the verb
// speaks ("the 72-year-old said by phone from a friend's home in Nelson");
// a passive's subject stays no speaker ("The plan was said by critics …").
func TestSaidByMeansIsNoPassive(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"\"We grabbed the dog,\" the 72-year-old said by phone from a friend's home in the city.", "We grabbed the dog", "the 72-year-old"},
		{"Ana Lind said by email that the clinic would reopen in June.", "the clinic would reopen in June", "Ana Lind"},
	})
	noSpeakerNamed(t, mustNew(t), "The plan was said by critics to be too costly.", "The plan")
}

// TestAdmittedIntoIsNoAdmission: "patients admitted through the emergency
// department" or "admitted to hospital" were let in; no words admitted.
func TestAdmittedIntoIsNoAdmission(t *testing.T) {
	all, err := NewWith(Options{Scope: ScopeAll})
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range []string{
		"The data show patients admitted through the emergency department at The Moncton Hospital waited a median of 19.6 hours for a bed.",
		"Two men admitted to hospital on Friday remain in stable condition.",
	} {
		noQuoteBy(t, all.Detect(in), in, "patients")
		noQuoteBy(t, all.Detect(in), in, "Two men")
	}
	checkSpeakers(t, []speakerCase{{"Ana Lind admitted that the plan had failed.", "the plan had failed", "Ana Lind"}})
}

// TestVerbToAddresseeThat: "explained to reporters that …", "confirmed to
// CBC News that …", "admitted to police that …" report the clause after
// "that", whom it was said to between; "pointed to a report that …" and
// "objected to the rezoning that council approved" (a thing and its
// relative clause) stay no report. In a clause opening with "Although", the content ends at the
// comma inside a quotation's marks ("had “been friends for some time,” he
// claimed …").
func TestVerbToAddresseeThat(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"Ana Lind explained to reporters that the plan had failed.", "the plan had failed", "Ana Lind"},
		{"Ana Lind confirmed to CBC News that the plan had failed.", "the plan had failed", "Ana Lind"},
		{"Ana Lind admitted to police that she took the money.", "she took the money", "Ana Lind"},
		// a possessed body, a time between, and verbs that the
		// preposition made a topic ("wrote to", "complained to")
		{"The legion wrote to the senator's office that it did not have permission to use the emblem.", "it did not have permission", "The legion"},
		{"The mayor wrote to residents last week that the water was safe to drink.", "the water was safe to drink", "The mayor"},
		{"Jo Doe complained to the board on Monday that the rules were unfair.", "the rules were unfair", "Jo Doe"},
	})
	det := mustNew(t)
	for _, c := range [][2]string{
		{"The company pointed to a report that showed sales fell.", "The company"},
		{"She objected to the rezoning that council approved on Monday.", "She"},
		{"He responded to the questions that reporters asked.", "He"},
		{"The firm admitted to the mistakes that auditors found in the books.", "The firm"},
		{"The mayor responded to the critic's accusations that the plan would fail.", "The mayor"},
	} {
		noQuoteBy(t, det.Detect(c[0]), c[0], c[1]) // a thing, whose relative clause is no one's words
	}
	checkQuoteTexts(t, det, "Although Jo Roe admitted to the newspaper that he and the woman had “been friends for some time,” he claimed they had never met in person.",
		[]string{"he and the woman had “been friends for some time,”", "they had never met in person"})
}

// TestParticipleObjectCoordination: a coordination that is the object of
// a participle after the subject is no subject of its own ("The union
// representing drivers and mechanics said" is the union's, with or
// without an apposition before the verb).
func TestParticipleObjectCoordination(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"The union representing drivers and mechanics said the cuts could mean the loss of 40 jobs.",
			"the cuts could mean the loss of 40 jobs", "The union representing drivers and mechanics"},
		{"The union representing STO drivers and mechanics, affiliated with the CSN, said the cuts could mean the loss of 40 jobs.",
			"the cuts could mean the loss of 40 jobs", "The union representing STO drivers and mechanics"},
	})
}

// TestProportionSpeaker: "Nearly one in four said" is the proportion's
// report, not "four"'s.
func TestProportionSpeaker(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"A survey found that 62 per cent of respondents had trouble. Nearly one in four said they had gone without medication for more than a week.",
			"they had gone without medication for more than a week", "Nearly one in four"},
		{"Two in three said they are less likely to vote Republican.", "they are less likely to vote Republican", "Two in three"},
		// ("About" is no part of it, as a preposition may open a subject)
		{"The poll asked 1,000 people about transit. About one in five said they ride the bus every week.", "they ride the bus every week", "one in five"},
		// a share written with the sign, and a fraction the tagger reads
		// as an adjective before "say" read as a noun
		{"On housing, 26% say they are worse off than last year.", "they are worse off than last year", "26%"},
		{"The poll found most support the plan, but nearly 40 % said the tax is too high.", "the tax is too high", "nearly 40 %"},
		{"Nearly a third say they don't know, a higher share than last year.", "they don't know", "Nearly a third"},
		// a long phrase after the share keeps its number
		{"In the survey, 54 percent of active duty military personnel said they would vote for the mayor.", "they would vote for the mayor", "54 percent of active duty military personnel"},
		{"Of the nurses asked, 61 per cent of full-time hospital ward staff said they work unpaid overtime.", "they work unpaid overtime", "61 per cent of full-time hospital ward staff"},
		{"Sixty per cent of active duty military personnel said they would vote for the mayor.", "they would vote for the mayor", "Sixty per cent of active duty military personnel"},
	})
}

// TestShareWithoutClause: a share before a noun ("His 34% support", "a
// third say in the matter") reports nothing.
func TestShareWithoutClause(t *testing.T) {
	det, err := NewWith(Options{Scope: ScopeAll})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ in, by string }{
		{"His 34% support among women is a record low for the party.", "34%"},
		{"She won the riding with more than 60% support: a first for the party.", "60%"},
	} {
		noQuoteBy(t, det.Detect(c.in), c.in, c.by)
	}
	in := "Residents want a third say in the matter."
	if a := det.Detect(in); len(a.Quotes) > 0 {
		t.Errorf("%q: want no quote:%s", in, dump([]rune(in), a))
	}
}

// TestProgressiveSpeechVerb: "companies are warning that …" is a
// progressive verb with its subject, not the noun "a warning that …"
// with no one's.
func TestProgressiveSpeechVerb(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"OTTAWA — Canada's telecom companies are warning that the bill could scare off investment, while First Nations leaders told MPs the legislation does not go far enough.",
			"the bill could scare off investment", "Canada's telecom companies"},
		{"Telecom companies are warning that the bill could scare off investment.", "the bill could scare off investment", "Telecom companies"},
	})
	// (an existential "there was warning that" is the noun, no speaker "There")
	det := mustNew(t)
	in := "There was warning that the bill could scare off investment."
	a := det.Detect(in)
	for _, q := range a.Quotes {
		if m := a.Mention(q.Speaker); m != nil && string([]rune(in)[m.Start:m.End]) == "There" {
			t.Errorf("%q: speaker \"There\":%s", in, dump([]rune(in), a))
		}
	}
}

// TestRateInSpeaker: a rate opens the phrase that speaks ("Nearly one in
// four respondents said", "Approximately four in 10 residents said"),
// not its second number alone.
func TestRateInSpeaker(t *testing.T) {
	det := mustNew(t)
	checkQuotesBy(t, det, []quoteByCase{
		{"Nearly one in four respondents said they had cut back on fresh fruit because of cost.", "they had cut back on fresh fruit because of cost", "Nearly one in four respondents"},
		{"Approximately four in 10 residents said the road should be widened first.", "the road should be widened first", "Approximately four in 10 residents"},
		{"More than 6 in 10 voters said the economy was the issue that mattered most.", "the economy was the issue that mattered most", "6 in 10 voters"},
	})
	// the phrase is the speaker, not a Liberal its capital "Nearly" made a title of
	checkSpeakerNames(t, det, []nameCase{
		{"Liberal leader Jo Doucet spoke first.\n\nNearly eight in 10 Liberal voters overall said they have made up their minds.",
			"they have made up their minds", "Nearly eight in 10 Liberal voters overall"},
	})
}

// TestSpeakerPhraseOverPlatformsAndPlaces: a post "on" a platform is no
// platform's words; a group "at" a place named by its possessive is the
// group, also when the tagger reads a person in the name after it; a
// place's name the chunker cut stays whole; a superintendent "of" a
// district is the person, not the district.
func TestSpeakerPhraseOverPlatformsAndPlaces(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct{ in, want, by string }{
		{"The city posted a reminder on Sunday. \"Refunds will be applied automatically,\" the post on Facebook said.",
			"Refunds will be applied automatically", "the post on Facebook"},
		{"\"Refunds will be applied,\" a post on the city's Facebook page said.", "Refunds will be applied", "a post on the city's Facebook page"},
		{"\"We are safe,\" a video on TikTok said.", "We are safe", "a video on TikTok"},
		{"\"We are safe,\" her Twitter account said.", "We are safe", "her Twitter account"},
		{"Longshore workers at Port Larkspur's Doucet Gateway container terminal say they are ready for a long strike.",
			"they are ready for a long strike", "Longshore workers at Port Larkspur's Doucet Gateway container terminal"},
		{"The superintendent of the Northgate School District said the air was not safe.",
			"the air was not safe", "The superintendent of the Northgate School District"},
		// a day or a month before the name is no part of it
		{"On Monday Mayor Jo Doe said the pool would close.", "the pool would close", "Jo Doe"},
		{"In May Larkspur residents said the water was brown.", "the water was brown", "Larkspur residents"},
		// a name before another noun is no platform
		{"\"We are grateful for the support,\" a letter on Larkspur Council letterhead said.", "We are grateful for the support", "Larkspur Council"},
	} {
		checkQuoteBy(t, det.Detect(c.in), []rune(c.in), c.in, c.want, c.by)
	}
}

// TestQuotedNameInsidePhrase: a short name in quotation marks between an
// article or a modifier and the head noun is part of the speaker's phrase
// ("the “Save Our Beach” group said" gave "group").
func TestQuotedNameInsidePhrase(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"The “Save Our Beach” group said it had collected 2,000 signatures.", "it had collected 2,000 signatures", "The “Save Our Beach” group"},
		{"Some in the \"Keep Larkspur Green\" coalition say the rezoning should wait.", "the rezoning should wait", "Some in the \"Keep Larkspur Green\" coalition"},
		{"The so-called “Northgate Ten” organizers said they would return in the spring.", "they would return in the spring", "The so-called “Northgate Ten” organizers"},
	})
}

// TestAdverbOpeningTheClauseIsNoSpeaker: "That is why critics say …" is
// the critics' report; "why" opens the clause and is no part of who spoke.
func TestAdverbOpeningTheClauseIsNoSpeaker(t *testing.T) {
	checkSpeakerNames(t, mustNew(t), []nameCase{
		{"That is why critics say the plan would dismantle the program.", "the plan would dismantle the program", "critics"},
		{"That is how officials say the money will be spent.", "the money will be spent", "officials"},
	})
}

// TestContactRelativeWithASource: "several producers the Larkspur Ledger
// spoke with" are the source, not the paper that reached them, after
// "according to" and before "said".
func TestContactRelativeWithASource(t *testing.T) {
	checkSpeakerNames(t, mustNew(t), []nameCase{
		{"Feed barley now costs twice what it did last spring, according to several producers the Larkspur Ledger spoke with.",
			"Feed barley now costs twice what it did last spring", "several producers"},
		{"Several producers the Larkspur Ledger spoke with said they had already sold part of their herds.", "they had already sold part of their herds", "Several producers"},
		{"Several producers the newspaper spoke with said they had already sold part of their herds.", "they had already sold part of their herds", "Several producers"},
		// "said" before a noun after the stranded "with" is the verb, not
		// a participle ("with said prices"); the source may open the
		// sentence.
		{"Several producers the Larkspur Ledger spoke with said prices had doubled since spring.", "prices had doubled since spring", "Several producers"},
		{"Producers the Larkspur Ledger spoke with said prices had doubled since spring.", "prices had doubled since spring", "Producers"},
		{"Residents the paper interviewed said the road had been closed for weeks.", "the road had been closed for weeks", "Residents"},
	})
}

// TestCommissionedStudyFinds: a study commissioned, funded or ordered by
// a body finds what it finds; the body paid for it ("a poll conducted by"
// a firm stays the firm's).
func TestCommissionedStudyFinds(t *testing.T) {
	checkSpeakerNames(t, mustNew(t), []nameCase{
		{"Jobs are growing in the valley.\n\nA study commissioned last year by the Larkspur council found that every new job supported two others.",
			"every new job supported two others", "A study"},
		{"The site has a long history.\n\nA review commissioned by the former owner, filed with the town in 2021, found that lead levels in the soil were high.",
			"lead levels in the soil were high", "A review"},
		{"The vote is close.\n\nA poll conducted by Kestrel Research found that 54 per cent of voters backed the plan.",
			"54 per cent of voters backed the plan", "Kestrel Research"},
	})
}

// TestStudyInsideAnotherPhraseIsNoSpeaker: a study commissioned by a
// body inside the subject's own phrase does not speak ("Residents angered
// by a study …"); "commissioned in 2019 by" is a time too.
func TestStudyInsideAnotherPhraseIsNoSpeaker(t *testing.T) {
	det := mustNew(t)
	in := "Residents angered by a study commissioned last year by the town said they will fight the plan."
	a, runes, q := detectQuote(t, det, in, "they will fight the plan")
	if q != nil {
		if m := a.Mention(q.Speaker); m != nil && strings.Contains(string(runes[m.Start:m.End]), "study") {
			t.Errorf("%q: the study speaks:%s", in, dump(runes, a))
		}
	}
	checkSpeakerNames(t, det, []nameCase{
		{"A study commissioned in 2019 by the town found that the bridge needs repairs.", "the bridge needs repairs", "A study"},
	})
}

// TestPlaceWithAProvinceAbbreviationBeforeSaid: "Jo Doe of Brandon,
// Man., said" (the abbreviation split from its period) is Doe's, and a
// description in apposition to a name before the province is the name's.
func TestPlaceWithAProvinceAbbreviationBeforeSaid(t *testing.T) {
	checkSpeakerNames(t, mustNew(t), []nameCase{
		{"Parents were worried.\n\nJo Doe of Brandon, Man., said she learned about the recall from a friend.", "she learned about the recall from a friend", "Jo Doe"},
		{"Parents were worried.\n\nJo Doe of Larkspur, Que., said she learned about the recall from a friend.", "she learned about the recall from a friend", "Jo Doe"},
		{"Taxpayers were angry.\n\nJo Halloway, a retired teacher from Surrey, B.C., said she waited weeks for a refund.", "she waited weeks for a refund", "Jo Halloway"},
	})
}

// TestCountOpensAppositiveSubject: "Four First Nations, led by X,
// challenged …, arguing that Y": the four argue, not the one leading them.
func TestCountOpensAppositiveSubject(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"The line was approved in 2024.\n\nFour First Nations, led by the Kestrel River First Nation, challenged the approval, arguing that federal officials had not responded.",
			"federal officials had not responded", "Four First Nations"},
		{"The law passed in May.\n\nThree unions, led by the Larkspur Teachers Federation, challenged the law, arguing that the province had not consulted them.",
			"the province had not consulted them", "Three unions"},
	})
}

// TestPlaceAndSplitProvinceBeforeTheHead: "The Brandon, Man., resident
// said" keeps the place and its province in the speaker's phrase, as
// "The Surrey, B.C., resident" does.
func TestPlaceAndSplitProvinceBeforeTheHead(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"The Brandon, Man., resident said the road was closed.", "the road was closed", "The Brandon, Man., resident"},
	})
}

// TestAdverbIsNoSpeaker: an adverb alone is no noun phrase that can speak
// ("The kiosk that only talks to you" reports nothing), and one after the
// phrase is no part of it ("The mayor only said", "Officials there say").
func TestAdverbIsNoSpeaker(t *testing.T) {
	det := mustNew(t)
	checkQuoteTexts(t, det, "The kiosk that only talks to you if you can see the screen.", nil)
	for _, c := range []struct{ in, want, by string }{
		{"The mayor only said the Larkspur road would close.", "the Larkspur road would close", "The mayor"},
		{"Officials there say the Larkspur road would close.", "the Larkspur road would close", "Officials"},
		{"Not everyone agreed. Some even said the Larkspur vote was rigged.", "the Larkspur vote was rigged", "Some"},
		{"One there said the Larkspur plan was flawed.", "the Larkspur plan was flawed", "One"},
		// a surname in -ly opening the sentence is no adverb
		{"Connolly, the mayor, said the Larkspur plan was flawed.", "the Larkspur plan was flawed", "Connolly"},
		// "nearby", opening the sentence or after the phrase
		{"Nearby, a man who would give only his first name, Stan, said he had swum in Larkspur for 40 years.", "he had swum in Larkspur", "a man"},
		{"Residents nearby said the Larkspur smell was bad.", "the Larkspur smell was bad", "Residents"},
	} {
		checkQuoteBy(t, det.Detect(c.in), []rune(c.in), c.in, c.want, c.by)
	}
}
