package detect

import (
	"strings"
	"testing"

	"github.com/quotebench/quotebench/annot"
)

// Invented sentences for what looks like an attribution and is not: a
// source or photo label before a colon, a title in quotation marks, a
// criminal charge, a subject that shows rather than says, an interest
// ("focused on"), a description of an "according to" source and an object
// relative clause; each with a real attribution of the same shape.

// noQuoteHolding reports a quote part that holds bad.
func noQuoteHolding(t *testing.T, a annot.Annotations, in, bad string) {
	t.Helper()
	runes := []rune(in)
	for _, q := range a.Quotes {
		for _, p := range q.Parts {
			if strings.Contains(annot.SpanText(runes, p), bad) {
				t.Errorf("%q: want no quote holding %q:%s", in, bad, dump(runes, a))
				return
			}
		}
	}
}

func detectors(t *testing.T) map[string]*Detector {
	all, err := NewWith(Options{Scope: ScopeAll})
	if err != nil {
		t.Fatal(err)
	}
	return map[string]*Detector{"speech": mustNew(t), "all": all}
}

// TestLabelIsNoSpeaker: "Source:" and "Photo:" label a line in both
// scopes; a role before a headline's colon still speaks.
func TestLabelIsNoSpeaker(t *testing.T) {
	for scope, det := range detectors(t) {
		for _, in := range []string{
			"Rain is expected through Friday.\n\nSource: Weather Services Corporation of Canada.",
			"Sources: the national statistics office, the central bank and the provincial finance ministry.",
			"Photo: Jo Doe for the Harbour Ledger, taken on Main Street.",
		} {
			if a := det.Detect(in); len(a.Quotes) > 0 {
				t.Errorf("%s: %q: want no quote:%s", scope, in, dump([]rune(in), a))
			}
		}
		in := "Mayor: We will not raise taxes this year."
		checkQuoteBy(t, det.Detect(in), []rune(in), in, "We will not raise taxes", "Mayor")
		// a role of two words, its head in lower case
		in = "Fire chief: Crews will stay until the fire is out.\n\nThe chief said crews would stay on the line."
		checkQuoteBy(t, det.Detect(in), []rune(in), in, "Crews will stay until the fire is out", "Fire chief")
		// (not the label of an explainer, a live page or an obituary)
		for _, in := range []string{"Police chief: Five things to know about the new chief", "Head coach: Who could replace the fired bench boss?", "Band chief: Dies at 78 after long illness", "Police chief: Live updates from the commission hearing",
			"Head coach: Mike Smith, in his third season"} {
			noQuoteBy(t, det.Detect(in), in, strings.SplitN(in, ":", 2)[0])
		}
	}
	in := "Budget: What you need to know.\n\nThe budget was tabled on Monday."
	if a := mustNew(t).Detect(in); len(a.Quotes) > 0 {
		t.Errorf("%q: a topic's label: want no quote:%s", in, dump([]rune(in), a))
	}
}

// TestTitleAndObjectRelativeAreNoQuote: a sentence-case title after a
// noun naming a work, and an object relative clause ("which the singer
// wrote in 1966,") report nothing; a quoted phrase after "called" is
// still a quote.
func TestTitleAndObjectRelativeAreNoQuote(t *testing.T) {
	det := mustNew(t)
	in := "A rare draft of “Rain on the hill”, which the singer wrote in 1966, sold for $17,000."
	if a := det.Detect(in); len(a.Quotes) > 0 {
		t.Errorf("%q: want no quote:%s", in, dump([]rune(in), a))
	}
	in = "The plan, which the mayor announced on Monday, will cost $3 million."
	noQuoteHolding(t, det.Detect(in), in, "will cost")
	in = "The minister called the plan “a slap in the face” for workers."
	checkQuoteBy(t, det.Detect(in), []rune(in), in, "a slap in the face", "The minister")
}

// TestLegalChargeIsNoReport: "charged X with a crime" reports no words
// (scope all; the speech scope drops it as a plain object too); "charged
// that" does.
func TestLegalChargeIsNoReport(t *testing.T) {
	det := detectors(t)["all"]
	in := "Police arrested Jo Doe on Monday and charged him with heroin trafficking and possession of a weapon."
	noQuoteHolding(t, det.Detect(in), in, "heroin trafficking")
	in = "Jo Doe, arrested in May and charged with fraud, climbed over the wall of the jail on a rope."
	noQuoteHolding(t, det.Detect(in), in, "climbed over the wall")
	in = "Prosecutors charged that the firm hid its losses from investors for years."
	checkQuoteBy(t, det.Detect(in), []rune(in), in, "the firm hid its losses", "Prosecutors")
	// A price charged is no report either.
	in = "Whatever Lind charged his campaign for rent was coming from Lind himself."
	noQuoteHolding(t, det.Detect(in), in, "his campaign for rent")
	in = "A company he owns has charged the campaign $3.7 million in travel costs since May."
	noQuoteHolding(t, det.Detect(in), in, "travel costs")
	// Nor a rush: the bear's charge reports nothing, the service's words do.
	in = "The bear charged and knocked him to the ground before leaving the area, the service said."
	noQuoteBy(t, det.Detect(in), in, "The bear")
	checkQuoteBy(t, det.Detect(in), []rune(in), in, "The bear charged and knocked him", "the service")
	in = "When he charged into the fray against an opponent he deemed unfit, the race changed."
	noQuoteBy(t, det.Detect(in), in, "he")
	in = "“It is a scandal,” she charged."
	checkQuoteBy(t, det.Detect(in), []rune(in), in, "It is a scandal", "she")
	// a charge made at an occasion, with its clause after
	in = "Councillor Amira Haddad charged at Tuesday's meeting that staff had misled council."
	checkQuoteBy(t, det.Detect(in), []rune(in), in, "staff had misled council", "Amira Haddad")
}

// TestWordOfNameIsNoCue: a cue word inside a name is no verb: the result
// line "Linzer ASK 1 FC Tirol 3" named the club as a speaker.
func TestWordOfNameIsNoCue(t *testing.T) {
	det := detectors(t)["all"]
	in := "Rapid Vienna 0 FC Linz 0\n\nLinzer ASK 1 FC Tirol Innsbruck 3\n\nStandings:"
	if a := det.Detect(in); len(a.Quotes) != 0 {
		t.Errorf("%q: want no quote:%s", in, dump([]rune(in), a))
	}
}

// TestShowingIsNoSpeech: in the speech scope, data that reveal, a drop
// that points to something and a report that focuses on something say
// nothing; a person or an audit that reveals does.
func TestShowingIsNoSpeech(t *testing.T) {
	det := mustNew(t)
	for _, in := range []string{
		"The data revealed that most families spend more than half their income on rent.",
		"Early ratings data suggests that the debate drew a record audience.",
		"The figures show that exports fell in May.",
		"It points to weakness in consumer spending across the country.",
		"The report focused on the cost of housing in the north.",
	} {
		if a := det.Detect(in); len(a.Quotes) > 0 {
			t.Errorf("%q: want no quote:%s", in, dump([]rune(in), a))
		}
	}
	for _, c := range []struct{ in, want, by string }{
		{"Jo Doe revealed that she had been offered the job twice.", "she had been offered the job twice", "Jo Doe"},
		{"The audit revealed that the agency had lost track of $3 million.", "the agency had lost track", "The audit"},
	} {
		checkQuoteBy(t, det.Detect(c.in), []rune(c.in), c.in, c.want, c.by)
	}
}

// TestAccordingToSourceDescription: after "according to X," a phrase with
// no verb describes X and is no part of what was said; a verb after the
// aside goes on with the content.
func TestAccordingToSourceDescription(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct{ in, want, bad string }{
		{"Sales rose 4 per cent last year, according to the Retail Council, the industry group for stores.", "Sales rose 4 per cent", "industry group"},
		{"Prices rose again in May, according to a report from Acme Research, which tracks prices.", "Prices rose again", "tracks prices"},
	} {
		a := det.Detect(c.in)
		if quoteWith(a, []rune(c.in), c.want) == nil {
			t.Errorf("%q: want a quote holding %q:%s", c.in, c.want, dump([]rune(c.in), a))
		}
		noQuoteHolding(t, a, c.in, c.bad)
	}
	in := "The economy, according to the report, grew three per cent in the spring."
	a := det.Detect(in)
	if q := quoteWith(a, []rune(in), "The economy"); q == nil || len(q.Parts) != 2 {
		t.Errorf("%q: want one quote in two parts:%s", in, dump([]rune(in), a))
	}
}

// TestAccordingToQuotedNameAndRelative: a source holding a quoted name
// ("the “Build Local” plan") and ending in a relative clause without
// "that" ("the document he released") is the whole phrase.
func TestAccordingToQuotedNameAndRelative(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"Firms that move overseas must repay any grant they received, according to her \"Build Local\" plan.", "Firms that move overseas must repay", `her "Build Local" plan`},
		{"The rink would cost $14 million, according to the draft budget he released.", "The rink would cost $14 million", "the draft budget he released"},
	})
}

// TestSourceRoleAndParticipleAreNoContent: a role after "according to
// X," describes X ("director of the survey centre, which conducted the
// poll"), and a participle right after "said" is an adjunct ("said
// answering a question at a town hall"); a headline's "say" before a
// participle still reports, and so does a gerund subject.
func TestSourceRoleAndParticipleAreNoContent(t *testing.T) {
	det := mustNew(t)
	in := "Independents vote less often in primaries, according to Jo Smith, director of the University Survey Center, which conducted the poll."
	if a := det.Detect(in); len(a.Quotes) != 1 || len(a.Quotes[0].Parts) != 1 {
		t.Errorf("%q: want one quote in one part:%s", in, dump([]rune(in), a))
	}
	checkOneQuote(t, det, "“It is a label that deserves that name,” Clinton said answering a question at a town hall in Berlin, New Hampshire.", "“It is a label that deserves that name,”")
	checkOneQuote(t, det, "She said running is the best way to stay healthy.", "running is the best way to stay healthy")
	checkOneQuote(t, det, "Russians, Chechens say observing Grozny ceasefire.", "observing Grozny ceasefire")
}

// TestWritersHedgeIsNoReport: "say" in the writer's own hedges ("it is
// safe to say", "too early to say", "one could say") reports no one; a
// person who hurries to say still does.
func TestWritersHedgeIsNoReport(t *testing.T) {
	for scope, det := range detectors(t) {
		for _, in := range []string{
			"It is safe to say the old mill will never reopen.",
			"It is too early to say whether the harvest will recover this year.",
			"One could say the town has changed more in ten years than in a century.",
			"Needless to say, the road was closed again by noon.",
			"The harvest was poor, and it is fair to say that prices will rise.",
			"Farmers are worried, but it is hard to say how bad the season will be.",
			"That is to say, the bridge was never safe.",
			"Suffice it to say the repairs took longer than planned.",
			"The mill may reopen, though it is premature to say when.",
		} {
			if a := det.Detect(in); len(a.Quotes) > 0 {
				t.Errorf("%s: %q: want no quote:%s", scope, in, dump([]rune(in), a))
			}
		}
		in := "Jo Doe was quick to say the mill would reopen by spring."
		checkQuoteBy(t, det.Detect(in), []rune(in), in, "the mill would reopen by spring", "Jo Doe")
	}
}

// TestTitleInApposition: a quotation set off by commas after the noun of a
// work is its title, not the words of the attribution that follows ("about
// his new novel, “Rivers of Salt,” the author said …"); a quotation after
// any other noun still is ("I told my brother, “Go home,” she said"), and
// so is a short sentence after a work noun ("Asked about the film, “It is a
// lie,” the director said").
func TestTitleInApposition(t *testing.T) {
	det := mustNew(t)
	for _, in := range []string{
		`In an interview about his new novel, "Rivers of Salt," the author said he had written it in a month.`,
		`Asked about her upcoming album, "Blue Hours," the singer said it was her most personal work.`,
	} {
		noQuoteHolding(t, det.Detect(in), in, "Salt")
		noQuoteHolding(t, det.Detect(in), in, "Blue Hours")
	}
	for _, c := range []struct{ in, want, by string }{
		{`In an interview about his new novel, "Rivers of Salt," the author said he had written it in a month.`, "he had written it in a month", "the author"},
		{`Asked about her upcoming album, "Blue Hours," the singer said it was her most personal work.`, "it was her most personal work", "the singer"},
		{`I told my brother, "Go home and rest," she said.`, `"Go home and rest,"`, "she"},
		{`Asked about the film, "It is a lie," the director said.`, `"It is a lie,"`, "the director"},
		{`Asked about the song, "Why not?" the singer said.`, `"Why not?"`, "the singer"},
	} {
		checkQuoteBy(t, det.Detect(c.in), []rune(c.in), c.in, c.want, c.by)
	}
}

// TestCueWordInsideNameOrCompound: a cue word inside a name in a sentence
// with lower-case verbs ("a National Finance Leadership Call Day") or a
// noun before the subject's head and its verb ("interbank call money was
// down") reports nothing.
func TestCueWordInsideNameOrCompound(t *testing.T) {
	det := mustNew(t)
	for _, in := range []string{
		"Lobbyist Tom Roe is organizing a National Finance Leadership Call Day in Ostervik on Friday.",
		"The lending rate fell on Monday.\n\nInterbank call money was down to 8.0 from 10.0 percent.",
	} {
		if a := det.Detect(in); len(a.Quotes) != 0 {
			t.Errorf("%q: want no quote:%s", in, dump([]rune(in), a))
		}
	}
}

// TestSourceInsideARelativeClauseIsNoSpeaker: "according to" inside a
// relative clause credits a figure, not what the subject then says
// ("Sethi, who shot 91 per cent according to CurlON statistics, said …");
// an "according to" source set off with its participle still credits the
// sentence after it ("According to the crop report, released Thursday,
// topsoil moisture …"), as it does past its relative clause ("According
// to the union that represents nurses at the home, the facility …").
func TestSourceInsideARelativeClauseIsNoSpeaker(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Vikram Sethi played third. Sethi, who shot 91 per cent in the final according to CurlON statistics, said the team had talked all week about the 2023 loss.", "the team had talked all week about the 2023 loss", "Vikram Sethi"},
	})
	in := "According to the province's weekly crop report, released Thursday, topsoil moisture on cropland in the west-central region is rated 46 per cent short."
	a, runes, found := det.Detect(in), []rune(in), false
	for _, q := range a.Quotes {
		found = found || strings.Contains(annot.SpanText(runes, q.Parts[0]), "topsoil moisture")
	}
	if !found {
		t.Errorf("%q: the report's figure is not found:%s", in, dump(runes, a))
	}
	// the source's relative clause is no content either
	checkOneQuote(t, det, "According to figures provided to the group by the union that represents nurses at the home, the facility has been working with four vacant positions.",
		"the facility has been working with four vacant positions")
	// to the comma a clause follows, past commas inside the relative clause
	checkOneQuote(t, det, "According to the union that represents nurses in Larkspur, Man., the facility has been short-staffed since June.",
		"the facility has been short-staffed since June")
	checkOneQuote(t, det, "According to the union that represents nurses at Birchfall Manor, which has 120 beds, the facility has been short-staffed since June.",
		"the facility has been short-staffed since June")
}

// TestBlameAfterVerbIsANoun: "blame" after a verb is its object ("cannot
// assign blame but may make recommendations" reports nothing, and no
// speaker "A jury cannot assign"); "Critics blame the province" is still
// an attribution (scope all).
func TestBlameAfterVerbIsANoun(t *testing.T) {
	det := detectors(t)["all"]
	for _, in := range []string{
		"A five-person jury cannot assign blame but may make recommendations aimed at preventing similar deaths.",
		"The union shifted blame onto the city for the delays.",
	} {
		if a := det.Detect(in); len(a.Quotes) > 0 {
			t.Errorf("%q: want no quote:%s", in, dump([]rune(in), a))
		}
	}
	in := "Critics blame the province for the delays."
	checkQuoteBy(t, det.Detect(in), []rune(in), in, "the province for the delays", "Critics")
	// after a subject whose own clause ends in a verb, "blame" is the verb
	in = "Residents who were evacuated blame the province for the slow response."
	checkQuoteBy(t, det.Detect(in), []rune(in), in, "the province for the slow response", "Residents")
	in = "Parents interviewed blame the school board for the delays."
	checkQuoteBy(t, det.Detect(in), []rune(in), in, "the school board for the delays", "Parents")
}
