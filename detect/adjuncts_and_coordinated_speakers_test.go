package detect

import (
	"strings"
	"testing"

	"github.com/quotebench/quotebench/annot"
)

// Invented wire-style reports whose speaker or content sits past something
// the scans stopped at: a prepositional adjunct before the reported clause,
// coordinated speakers, a common noun in apposition before a name, a
// participle after an inverted attribution; and two constructions that
// report no speech ("what they called …", "called on Tuesday for …").

// TestReportWithSpeaker checks each sentence gives a quote holding want
// whose speaker mention holds by.
func TestReportWithSpeaker(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct{ in, want, by string }{
		// Content after a prepositional adjunct: existential "there".
		{"Jones said after the storm there should be an inquiry into the council.", "there should be an inquiry", "Jones"},
		// Coordinated speakers, at the sentence start and after the clause.
		{"The mayor met two union leaders in the city, the radio station and the news agency reported.", "The mayor met two union leaders", "the radio station and the news agency"},
		{"Teachers and parents said the school would reopen after the summer.", "the school would reopen", "Teachers and parents"},
		// A common noun in apposition before a name.
		{"Tom Baker is to continue playing for another year, his club Rovers announced on Tuesday.", "Tom Baker is to continue playing", "his club Rovers"},
		{"The plant will close in May, the daily newspaper Le Courrier reported.", "The plant will close in May", "Le Courrier"},
		// A participle after an inverted attribution: its speaker notes.
		{"“The bread was cheaper last year,” said one angry shopper, noting that the bakery had raised prices twice.", "the bakery had raised prices twice", "one angry shopper"},
	} {
		runes := []rune(c.in)
		a := det.Detect(c.in)
		checkQuoteBy(t, a, runes, c.in, c.want, c.by)
	}
}

// TestReportNotOverreaching: a conjunct inside the clause is an object, not
// part of the speaker; the object of a time preposition is no subject.
func TestReportNotOverreaching(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct{ in, want, by string }{
		{"The police closed the main road and officials said nobody was hurt in the blast.", "nobody was hurt", "officials"},
		{"On the day Smith said the plant would close, shares in the company fell.", "the plant would close", "Smith"},
	} {
		runes := []rune(c.in)
		a := det.Detect(c.in)
		checkQuoteBy(t, a, runes, c.in, c.want, c.by)
	}
}

// TestNoSpeechReported: a call for something over a time adjunct is no
// reported speech in the speech scope, and naming ("what they called X")
// none in either scope.
func TestNoSpeechReported(t *testing.T) {
	det := mustNew(t)
	all, err := NewWith(Options{Scope: ScopeAll})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		in, not string
		all     bool
	}{
		{"Bakery owners in the valley called on Friday for a walkout to protest what they called a tax on bread.", "a tax on bread", false},
		{"Shop owners met to protest what the mayor has called a fair rise in rents.", "a fair rise in rents", true},
		{"Union leaders called Monday for talks with the owners of the two closed mills.", "talks with the owners", false},
	} {
		runes := []rune(c.in)
		a := det.Detect(c.in)
		if c.all {
			b := all.Detect(c.in)
			a.Quotes = append(a.Quotes, b.Quotes...)
		}
		for _, q := range a.Quotes {
			for _, p := range q.Parts {
				if strings.Contains(annot.SpanText(runes, p), c.not) {
					t.Errorf("%q: want no quote holding %q:%s", c.in, c.not, dump(runes, a))
				}
			}
		}
	}
}

// TestRelativeClauseWithSpeechVerb: a relative clause between the speaker
// and the verb may hold a verb of speech or a pronoun ("who asked not to be
// named", "who wrote to her", "who spoke anonymously to discuss"); the
// speaker is the noun it modifies.
func TestRelativeClauseWithSpeechVerb(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct{ in, want, by string }{
		{"A city official who asked not to be named said the talks had failed.", "the talks had failed", "A city official"},
		{"While the mayor has condemned the plan, the farmers who wrote to her on Friday say they are worried.", "they are worried", "the farmers"},
		{"A city official who spoke on background to describe the internal debate said Wednesday that talks had resumed.", "talks had resumed", "A city official"},
	} {
		checkQuoteBy(t, det.Detect(c.in), []rune(c.in), c.in, c.want, c.by)
	}
}

// TestDegreeAdverbAndThatRelative: "most recently" before the verb is an
// adverb, not the speaker; a relative clause opened by "that" after a
// plural or common noun is skipped like one opened by "who" ("groups that
// have backed him say"), but a subject pronoun after it is a clause of its
// own ("a segment that ran late last week that he suspects").
func TestDegreeAdverbAndThatRelative(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct{ in, want, by string }{
		{"The senator most recently said the bill was dead.", "the bill was dead", "The senator"},
		{"But tenant groups that have backed him say they expect the council to choose a new site.", "they expect the council", "tenant groups"},
		{"The unions that backed the mayor last year said they would stay neutral.", "they would stay neutral", "The unions"},
	} {
		checkQuoteBy(t, det.Detect(c.in), []rune(c.in), c.in, c.want, c.by)
	}
	all, err := NewWith(Options{Scope: ScopeAll})
	if err != nil {
		t.Fatal(err)
	}
	in := "The envoy told a radio station in a segment that ran late last week that he suspects the talks will fail."
	checkQuoteBy(t, all.Detect(in), []rune(in), in, "the talks will fail", "he")
}

// TestConnectiveAndAffiliationBeforeVerb: a connective set off by commas
// ("Doe, meanwhile, who …, said") and a party affiliation in parentheses
// before a comma ("Gov. Jo Doe (R-Ohio), said") leave the person the
// speaker; a noun of speech or thought after an article and its
// modifiers ("the long awaited report that many had feared") is no verb.
func TestConnectiveAndAffiliationBeforeVerb(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct{ in, want, by string }{
		{"Doe, meanwhile, who has no such endorsements, said the count speaks volumes about the race.", "the count speaks volumes", "Doe"},
		{"On Tuesday in Springfield, after winning the state primary, Gov. Jo Doe (R-Ohio), said the race was over.", "the race was over", "Jo Doe"},
	} {
		checkQuoteBy(t, det.Detect(c.in), []rune(c.in), c.in, c.want, c.by)
	}
	all, err := NewWith(Options{Scope: ScopeAll})
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range []string{
		"The rally did not have the rowdy feel that is so typical of his events.",
		"It was the long awaited report that many had feared.",
	} {
		if a := all.Detect(in); len(a.Quotes) > 0 {
			t.Errorf("%q: a noun after an article is no verb of speech, got %+v", in, a.Quotes[0].Parts)
		}
	}
}

// TestAppositionBeforeCoordinatedVerb: the subject of "but added" after
// "Jo Doe, 70, said …" is Jo Doe, not the participle opening the sentence;
// a list of verbs ("looked into the camera, frowned and said") keeps the
// first verb's subject. What the first verb reports ends before "but" and
// the second verb of speech, with or without a comma or "that".
func TestAppositionBeforeCoordinatedVerb(t *testing.T) {
	det := mustNew(t)
	in := "Speaking to cheering volunteers on Sunday night at the campaign office, Jo Doe, 68, said it was too soon to name winners but added, “We all know how it went.”"
	runes := []rune(in)
	got := quotesBy(runes, det.Detect(in))
	if len(got) != 2 || got["it was too soon to name winners"] != "Jo Doe" || got["“We all know how it went.”"] != "Jo Doe" {
		t.Errorf("%q: want two quotes by Jo Doe; got%s", in, dump(runes, det.Detect(in)))
	}
	for _, c := range []struct{ in, want, by string }{
		{"He looked straight into the camera, frowned and said, “I will vote for you!”", "I will vote for you", "He"},
		{"Jo Doe said the vote was fair but warned that more work was needed.", "the vote was fair", "Jo Doe"},
		{"Jo Doe said the vote was fair but warned that more work was needed.", "more work was needed", "Jo Doe"},
	} {
		checkQuoteBy(t, det.Detect(c.in), []rune(c.in), c.in, c.want, c.by)
	}
}

// TestAgeAndThingsRelativeBeforeVerb: an age in apposition ("Jo Doe, 35,
// the daughter of …, told") and a relative clause about a place or thing
// ("…, an official in the county, which has a backlog …, said") leave the
// person the speaker; a noun phrase after "said" followed by a
// prepositional phrase and a verb is the subject of what was said ("said
// the burden of the rule would be heavy"), not an inverted speaker; and
// "being told" is a passive with no speaker.
func TestAgeAndThingsRelativeBeforeVerb(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct{ in, want, by string }{
		{"Jo Doe, 35, the daughter of the former mayor, told the paper that she would run.", "she would run", "Jo Doe"},
		{"Jo Doe, an official at the housing authority in the county, which has a waiting list of nearly 300 families, said the burden of the rule would be heavy.", "the burden of the rule would be heavy", "Jo Doe"},
	} {
		checkQuoteBy(t, det.Detect(c.in), []rune(c.in), c.in, c.want, c.by)
	}
	in := "Only when a candidate can speak without being told to “calm down” will the jokes stop."
	a := det.Detect(in)
	for _, q := range a.Quotes {
		if m := a.Mention(q.Speaker); m != nil {
			t.Errorf("%q: a passive names no speaker; got%s", in, dump([]rune(in), a))
		}
	}
}

// TestSubjectsAfterFrontedClauses: a quantifier and a plural noun open the
// sentence a participle's speaker ("Both parents …, saying"); a role before
// a name after a fronted clause is part of the subject ("When she ran …,
// incumbent Jo Doe attacked Roe by reminding voters that"); a verb in a
// fronted "When" clause reports nothing after the clause's comma ("When
// the station asked Roe about the remarks, the officer said …"); a noun
// of speech after a possessive belongs to the possessor, not to the phrase
// around it ("looking for proof of his uncle's claim that").
func TestSubjectsAfterFrontedClauses(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct{ in, want, by string }{
		{"Both parents stiffened their criticism of Mr. Doe, saying that he lacked the character to be mayor.", "he lacked the character", "Both parents"},
		{"When she stood for the council in 2014, incumbent Jo Doe criticized Roe by reminding residents that the closure cost 900 jobs.", "the closure cost 900 jobs", "Jo Doe"},
		{"When the station asked Roe about the remarks, the press officer said she had to check with the mayor first.", "she had to check with the mayor", "the press officer"},
		{"He spoke to the station, which has been looking for proof of his uncle's claim that he gave the land away.", "he gave the land away", "his uncle"},
	} {
		a := det.Detect(c.in)
		checkQuoteBy(t, a, []rune(c.in), c.in, c.want, c.by)
		noQuoteHolding(t, a, c.in, "the press officer said")
	}
}

// TestSpeakerBeforeRelativeOfPlace: "A spokesman for X in the city, where
// …, said" is said by the spokesman, not the place that the relative clause
// is about.
func TestSpeakerBeforeRelativeOfPlace(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct{ in, want, by string }{
		{"A spokesman for the port authority in the northern town, where the ferry sank, said divers had found the hull.", "divers had found the hull", "A spokesman for the port authority in the northern town"},
		{"Farmers in the valley, which was flooded last spring, said the new dams had come too late.", "the new dams had come too late", "Farmers in the valley"},
	} {
		checkQuoteBy(t, det.Detect(c.in), []rune(c.in), c.in, c.want, c.by)
	}
}

// TestCoordinatedVerbAfterClauseComma: a verb after "and" whose subject
// opens the clause after ", and" speaks, not the sentence's first subject
// ("My parents were gone, and a neighbor came in and told me …").
func TestCoordinatedVerbAfterClauseComma(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"My parents were gone, and a neighbor came in and told me they had been taken away.", "they had been taken away", "a neighbor"},
		{"The mayor left early, but his deputy stayed and said the budget would pass.", "the budget would pass", "his deputy"},
		// A time after ", and" is no subject: the sentence's goes on.
		{"Peter Lind met the strikers, and the following day flew to the capital and told the minister the strike was over.", "the strike was over", "Peter Lind"},
	})
}

// TestCoordinatedVerbOfPossessedSubject: "Lind's spokesman said X, but
// indicated Y": the second verb's subject is the spokesman, not Lind.
func TestCoordinatedVerbOfPossessedSubject(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"Lind's spokesman said he might meet officials during his break, but indicated Roe was low on the list.", "Roe was low on the list", "Lind's spokesman"},
		{"She's a party member, but said the plan would fail.", "the plan would fail", "She"},
	})
}

// TestCoordinatedVerbSharesSubject: a verb of speech coordinated with the
// one before it takes that verb's whole subject, an apposition's name with
// it ("A spokesperson for the council, Jo Doe, said X but warned Y"); the
// second verb had found only "A spokesperson".
func TestCoordinatedVerbSharesSubject(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"A spokesperson for the council, Trevor Adebayo, said in an email that the group was still reviewing the bill but warned that caps had led banks to cut rewards.",
			"caps had led banks to cut rewards", "Trevor Adebayo"},
		{"The president of the union, Ana Lind, said the talks had stalled and added that members would vote on Friday.",
			"members would vote on Friday", "Ana Lind"},
		// The name after title words the second verb's subject stopped
		// before ("City" had spoken).
		{"City engineer Olumide Bankole told council the site would manage stormwater, and said the project would not increase runoff.",
			"the project would not increase runoff", "Olumide Bankole"},
	})
}

// TestNamesCoordinatedAfterPreposition: names joined by "and" after a
// preposition are its object, so the noun before the preposition speaks
// ("grocers in Brampton and Mississauga said" gave "Mississauga"); a body
// or a person after a place and "and" opens a clause of its own.
func TestNamesCoordinatedAfterPreposition(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"Some independent grocers in Brampton and Mississauga said they were having trouble getting milk.",
			"they were having trouble getting milk", "grocers in Brampton and Mississauga"},
		{"Nurses at hospitals in Halifax and Sydney told reporters the wards were understaffed.",
			"the wards were understaffed", "Nurses at hospitals in Halifax and Sydney"},
		// a place and then a body or a person: a clause of its own
		{"Layoffs came in Larkspur and Unifor said it would fight them.", "it would fight them", "Unifor"},
	})
}

// TestGroupAroundPlace: "around", "along" and two prepositions of one
// place ("in and around") put a group somewhere, so the group speaks, not
// the place; so do two names sharing one head noun ("along the Kestrel and
// Birchfall rivers") and a phrase the chunker cut after an adjective
// ("Residents of a quiet residential | street on …").
func TestGroupAroundPlace(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"A few irrigated operations along the Kestrel and Birchfall rivers said their yields were close to normal.", "their yields were close to normal",
			"A few irrigated operations along the Kestrel and Birchfall rivers"},
		{"Residents of a quiet residential street on Larkspur's north side say a planned expansion would bring traffic.", "a planned expansion would bring traffic",
			"Residents of a quiet residential street on Larkspur's north side"},
		{"Business owners in and around Larkspur say the new toll will keep shoppers away.",
			"the new toll will keep shoppers away", "Business owners in and around Larkspur"},
		{"Residents in and near Northgate said the smell was worse at night.", "the smell was worse at night", "Residents in and near Northgate"},
		{"Volunteers throughout Regina and Saskatoon said they were ready.", "they were ready", "Volunteers throughout Regina and Saskatoon"},
		{"Farmers around Lethbridge say the drought is the worst in decades.", "the drought is the worst in decades", "Farmers around Lethbridge"},
	})
}

// TestDescriptionAndNameAfterClause: "CLAUSE, a description, NAME, said"
// is the named person's report, not the last phrase of the clause ("…,
// surrounded by family, her son, Dr. Jo Doe, said" gave "surrounded by
// family"); a description with a preposition in it stays as before ("Jo
// Doe, the editor of the city's paper, The Ledger, said").
func TestDescriptionAndNameAfterClause(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"Grewal died peacefully at home on May 19, surrounded by family, her son, Dr. Amarjit Grewal, said in a statement.",
			"Grewal died peacefully at home", "Amarjit Grewal"},
		{"Acme built the tool to help in times of crisis, a spokeswoman, Ana Lind, said on Saturday.",
			"Acme built the tool", "Ana Lind"},
		{"Tomas Brel, the editor of the city's weekly paper, The Harbour Ledger, said every mayor was \"both loved and hated.\"",
			"every mayor was", "Tomas Brel"},
		// A role with a preposition in it is a description too, unless it
		// ends with an organisation's kind the name may stand for.
		{"The road will stay closed until Friday, a spokesperson for the city, Mira Kalra, said.", "The road will stay closed", "Mira Kalra"},
		{"The mine will close in March, the chief executive of Nordhaven Mining, Erik Salo, said.", "The mine will close", "Erik Salo"},
	})
}

// TestNameBeforeDescriptionAfterFrontedAdjunct: "In an interview, NAME, a
// description at ORG, which …, said" is the named person's, as it is with
// no adjunct before the name (the description had spoken, unresolved).
func TestNameBeforeDescriptionAfterFrontedAdjunct(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"In an interview, Amrita Sidhu, a portfolio manager at Cedarline Asset Management, which owns shares in the chain, said the company was doing well.",
			"the company was doing well", "Amrita Sidhu"},
		{"Amrita Sidhu, a portfolio manager at Cedarline Asset Management, which owns shares in the chain, said the company was doing well.",
			"the company was doing well", "Amrita Sidhu"},
	})
}

// TestPartitiveWithNamedAppositive: "One of them, Mississauga-based
// Halvorsen Generics, said" is the business the apposition names, over a
// "-based" modifier as over an age ("82-year-old Jo Doe"); an apposition
// that names no one leaves "One of them".
func TestPartitiveWithNamedAppositive(t *testing.T) {
	det := mustNew(t)
	checkQuotesBy(t, det, []quoteByCase{
		{"Two companies have reported shortages. One of them, Mississauga-based Halvorsen Generics, said in a filing that the shortage was caused by a delay.",
			"the shortage was caused by a delay", "Halvorsen Generics"},
		{"Two companies have reported shortages. One of them, a Toronto-based firm, said the shortage was caused by a delay.",
			"the shortage was caused by a delay", "One of them"},
	})
}

// TestWorkersFromFormerFirm: "Retired workers from the former Larkspur
// Pulp and Paper mill say" is the workers' (the whole phrase, over the
// adjective between "the" and the firm's name), not the mill's.
func TestWorkersFromFormerFirm(t *testing.T) {
	det := mustNew(t)
	checkQuotesBy(t, det, []quoteByCase{
		{"Retired workers from the former Larkspur Pulp and Paper mill say they are being asked to accept a cut to their pensions.",
			"they are being asked to accept a cut to their pensions", "Retired workers from the former Larkspur Pulp and Paper mill"},
	})
}

// TestSentenceCaseNounOpensSubject: a common noun capitalised only because
// it opens the sentence goes on with the nouns after it, so a coordinated
// verb's subject is the whole phrase ("Consumer advocates welcomed the
// decision but said"), not its first word. It rests on the tagger reading
// the first word as a common noun ("Seed growers" it reads as a name).
func TestSentenceCaseNounOpensSubject(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"Consumer advocates welcomed the decision but said it does not go far enough.", "it does not go far enough", "Consumer advocates"},
		{"Farm workers met on Friday and said the rules would hurt them.", "the rules would hurt them", "Farm workers"},
		{"Dana Quon met the growers on Friday and said the rules would hurt them.", "the rules would hurt them", "Dana Quon"},
	})
}

// TestPhraseOverPrepositionAndFamilyFirm: "Business owners on the other
// side of the river" speaks whole (the chunker had cut "the" from "other
// side"), and a family firm's French "et" is no verb, so the name before
// the firm and its description speaks ("Jo Doe, co-owner of Boulangerie
// Doucet et fils, a bakery …, said").
func TestPhraseOverPrepositionAndFamilyFirm(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"Business owners on the other side of the river also say they are feeling the closure.", "they are feeling the closure", "Business owners on the other side of the river"},
		{"Jo Doe, co-owner of Boulangerie Doucet et fils, a bakery that relies on tourists, said her sales are down.", "her sales are down", "Jo Doe"},
		{"Jo Doe, co-owner of Doucet and Sons, a bakery that relies on tourists, said her sales are down.", "her sales are down", "Jo Doe"},
	})
}
