package detect

import (
	"strings"
	"testing"

	"github.com/quotebench/quotebench/annot"
)

// Invented wire-style sentences (sports, markets, world news) for the
// syntax of what is not reported speech: a verb's plain object before a
// second verb of the same subject or before an attribution of its own, a
// noun before a preposition, a prepositional object as the subject, a
// relative "that" after the object, and a time adjunct after the cue.

// quoteWith returns the first quote whose first part holds want, or nil.
func quoteWith(a annot.Annotations, runes []rune, want string) *annot.Quote {
	for i := range a.Quotes {
		if strings.Contains(annot.SpanText(runes, a.Quotes[i].Parts[0]), want) {
			return &a.Quotes[i]
		}
	}
	return nil
}

// checkQuoteBy reports unless a holds a quote with the words want whose
// speaker mention reads by.
func checkQuoteBy(t *testing.T, a annot.Annotations, runes []rune, in, want, by string) {
	t.Helper()
	q := quoteWith(a, runes, want)
	if q == nil {
		t.Errorf("%q: want a quote holding %q:%s", in, want, dump(runes, a))
		return
	}
	if m := a.Mention(q.Speaker); m == nil || string(runes[m.Start:m.End]) != by {
		t.Errorf("%q: want the speaker %q:%s", in, by, dump(runes, a))
	}
}

// TestObjectBeforeSecondVerb: a plain object followed by a second verb of
// the same subject ("and had four hits"), by a relative clause and a
// subordinate clause (a possessive "'s" in the object is no verb), or by an attribution of its own (", the agency
// said") is no clause, so the speech scope reports no content for the
// first verb; a clause after the same verb is still reported.
func TestObjectBeforeSecondVerb(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct{ in, bad, want, by string }{
		{"Okafor added a double in the fifth and had three hits for the night.", "a double in the fifth", "", ""},
		{"Okafor added a double in the fifth and the coach said the team would rest him on Sunday.", "a double in the fifth", "the team would rest him on Sunday", "the coach"},
		{"The premier offered his thanks at a dinner on Monday with the visiting trade minister, the state news agency said.",
			"his thanks at a dinner", "The premier offered his thanks", "the state news agency"},
		{"The envoy acknowledged the region's help on the border dispute, which the capital views as settled, while his host was quoted as praising the deal, the agency said late on Monday.",
			"the region's help", "The envoy acknowledged the region's help", "the agency"},
		{"The envoy acknowledged the nation's support for the capital's stance on the dispute, while his host thanked the envoy for the aid.", "the nation's support", "", ""},
		{"The mayor, who is due to host her Danish colleague Ana Lind on Friday, will then be discussing the postponed local bakery fair, a town hall clerk said.",
			"the postponed local bakery fair", "will then be discussing the postponed local bakery fair", "a town hall clerk"},
		{"The minister will also be discussing the delayed vote, a ministry official said.", "the delayed vote, a ministry", "The minister will also be discussing the delayed vote", "a ministry official"},
		{"The minister acknowledged the agency, which runs the port, would need more money.", "", "the agency, which runs the port, would need more money", "The minister"},
	} {
		runes := []rune(c.in)
		a := det.Detect(c.in)
		for _, q := range a.Quotes {
			if c.bad != "" && strings.HasPrefix(annot.SpanText(runes, q.Parts[0]), c.bad) {
				t.Errorf("%q: a plain object reported as speech:%s", c.in, dump(runes, a))
			}
		}
		if c.want == "" {
			continue
		}
		checkQuoteBy(t, a, runes, c.in, c.want, c.by)
	}
}

// TestNounBeforePreposition: a word of the cue table that is a noun inside
// a phrase ("in reply to", "a percentage point to", "prompted calls for")
// is no topic cue; the verb is ("replied to", "called for").
func TestNounBeforePreposition(t *testing.T) {
	det := mustNew(t)
	for _, in := range []string{
		"The bakery cut its prices by a tenth in reply to the new shop across the square.",
		"Ferry operators plan to add roughly one percentage point to their winter fares.",
		"The ruling prompted calls for a review of the port's safety rules.",
	} {
		if a := det.Detect(in); len(a.Quotes) > 0 {
			t.Errorf("%q: a noun taken as a verb of speech:%s", in, dump([]rune(in), a))
		}
	}
	in := "Union leader Rosa Lindqvist called for a review of the port's safety rules."
	all, err := NewWith(Options{Scope: ScopeAll})
	if err != nil {
		t.Fatal(err)
	}
	runes := []rune(in)
	if a := all.Detect(in); quoteWith(a, runes, "a review of the port's safety rules") == nil {
		t.Errorf("%q, scope all: want the topic of the verb reported:%s", in, dump(runes, a))
	}
}

// TestPrepositionalObjectSpeaker: the object of a preposition is no
// subject. A clause's opening phrase ("Under a charter agreed in 1990, …")
// gives no speaker, so no quote; a phrase after its head noun ("The
// embassy in Lisbon said") makes the head noun's phrase the speaker.
func TestPrepositionalObjectSpeaker(t *testing.T) {
	det := mustNew(t)
	in := "Under a charter agreed in 1990, two years after the vote, the governor has no veto."
	if a := det.Detect(in); len(a.Quotes) > 0 {
		t.Errorf("%q: a prepositional object as speaker:%s", in, dump([]rune(in), a))
	}
	for _, c := range []struct{ in, want, by string }{
		{"The Norwegian embassy in Lisbon said it had sent a consul to the hospital.", "it had sent a consul", "The Norwegian embassy in Lisbon"},
		{"Grain traders in Rotterdam said prices were steady in thin trade.", "prices were steady", "Grain traders in Rotterdam"},
		{"A spokesman for the harbour board said the pier would reopen in June.", "the pier would reopen", "A spokesman for the harbour board"},
		{"In a phone message to the harbour office, Ana Lind said she was selling the ferry.", "she was selling the ferry", "Ana Lind"},
	} {
		runes := []rune(c.in)
		a := det.Detect(c.in)
		checkQuoteBy(t, a, runes, c.in, c.want, c.by)
	}
}

// TestRelativeThatAndTimeAdjunct: "that" right after a noun and before a
// finite verb opens a relative clause, not what was said ("blamed the
// party for violence that killed …"), and ends a plain object ("tweeting a
// photo that was meant for …") unless the main verb follows it; "late on Monday" after the cue is a
// time adjunct, not content, on either side.
func TestRelativeThatAndTimeAdjunct(t *testing.T) {
	det := mustNew(t)
	for _, in := range []string{
		"The school board blamed the builders for the flooding that closed four classrooms in the village last winter.",
		"The mayor resigned after tweeting a photo that was meant for someone else.",
	} {
		runes := []rune(in)
		if a := det.Detect(in); len(a.Quotes) > 0 {
			t.Errorf("%q: a relative clause reported as speech:%s", in, dump(runes, a))
		}
	}
	for _, c := range []struct{ in, want string }{
		// The relative clause is part of the content, not all of it.
		{"The bakery owner says the shop will join the market that will be held in June.", "the shop will join the market"},
		{"The minister acknowledged the plan that was approved in May had failed.", "the plan that was approved in May had failed"},
	} {
		runes := []rune(c.in)
		a := det.Detect(c.in)
		if q := quoteWith(a, runes, c.want); q == nil || !strings.HasPrefix(annot.SpanText(runes, q.Parts[0]), c.want) {
			t.Errorf("%q: want a quote starting %q:%s", c.in, c.want, dump(runes, a))
		}
	}
	for _, c := range []struct{ in, want string }{
		{"The mayor said late on Monday the bridge would reopen in May.", "the bridge would reopen in May"},
		{"The bridge will reopen in May, the mayor said early on Tuesday.", "The bridge will reopen in May"},
		{"The mayor said on Monday that the bridge would reopen in May.", "the bridge would reopen in May"},
	} {
		runes := []rune(c.in)
		a := det.Detect(c.in)
		if len(a.Quotes) != 1 || quoteWith(a, runes, c.want) == nil {
			t.Errorf("%q: want one quote holding %q:%s", c.in, c.want, dump(runes, a))
		}
		if q := quoteWith(a, runes, "late on"); q != nil {
			t.Errorf("%q: a time adjunct as content:%s", c.in, dump(runes, a))
		}
	}
}

// TestMediumBeforeClause: "wrote on Facebook that X" reports X; the medium
// named after "on" or "in" is not what was talked about.
func TestMediumBeforeClause(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct{ in, want, by string }{
		{"The councillor wrote on Facebook that the depot would close in May.", "the depot would close in May", "The councillor"},
		{"Doe, writing in The Ledger that the levy was unfair, urged a vote.", "the levy was unfair", "Doe"},
	} {
		a := det.Detect(c.in)
		checkQuoteBy(t, a, []rune(c.in), c.in, c.want, c.by)
		noQuoteHolding(t, a, c.in, "Facebook")
	}
}

// TestPossessiveHerAddressee: "her" before a common noun after a verb of
// telling is a possessive ("told her lawyer that", "told her staff the
// plan …"): the addressee is the phrase and the content starts after it;
// "told her the plan …" still has "her" as the addressee, and so has "told
// her police had found …", where the noun is the clause's subject.
func TestPossessiveHerAddressee(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct{ in, want string }{
		{"She told her staff the plan would fail.", "the plan would fail"},
		{"She told her lawyer, Jo Roe, that she would appeal.", "she would appeal"},
		{"She asked her lawyer whether she could appeal.", "whether she could appeal"},
		{"She told her the plan would fail.", "the plan would fail"},
		{"The officer told her police had found the car abandoned near the border.", "police had found the car abandoned near the border"},
	} {
		a := det.Detect(c.in)
		q := quoteWith(a, []rune(c.in), c.want)
		if q == nil || annot.SpanText([]rune(c.in), q.Parts[0]) != c.want {
			t.Errorf("%q: want the quote %q:%s", c.in, c.want, dump([]rune(c.in), a))
		}
	}
}

// TestObjectBeforeReportingParticiple: a plain object, a comma and a
// participle of speech ("dismissed the criticism, saying …") end the
// object there: the speech scope reports what the participle says, not the
// object with it, and the sentence's subject says it, with a name that
// only modifies the subject's head ("Alberta beef producers") whole.
func TestObjectBeforeReportingParticiple(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct{ in, bad, want, by string }{
		{"The minister dismissed the criticism, saying a shorter window would invite legal challenges.",
			"the criticism", "a shorter window would invite legal challenges", "The minister"},
		{"Union leaders rejected the latest offer, arguing that it would cut pensions for new hires.",
			"the latest offer", "it would cut pensions for new hires", "Union leaders"},
		{"Alberta beef producers rejected the proposal, saying it would drive small ranches out of business.",
			"the proposal", "it would drive small ranches out of business", "Alberta beef producers"},
	} {
		runes := []rune(c.in)
		a := det.Detect(c.in)
		for _, q := range a.Quotes {
			if strings.HasPrefix(annot.SpanText(runes, q.Parts[0]), c.bad) {
				t.Errorf("%q: the object reported with the participle's words:%s", c.in, dump(runes, a))
			}
		}
		checkQuoteBy(t, a, runes, c.in, c.want, c.by)
	}
}

// TestNumberAfterSaidOpensTheClause: "said about 90 per cent of residents
// had left" reports a clause whose subject opens with "about" and a
// number (it had been read as talk about a topic, and nothing was found);
// (also before a list of counts: "said about 90 firefighters, 11
// helicopters and … were working"); not a time ("said about 20 minutes
// later") nor a topic with an article
// ("said about a plan that was shelved").
func TestNumberAfterSaidOpensTheClause(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Walter Kostiuk said about 40 homes were lost.", "about 40 homes were lost", "Walter Kostiuk"},
		{"Walter Kostiuk said about a dozen people were still missing, according to police.", "about a dozen people were still missing", "Walter Kostiuk"},
		{"Gilles Boudreau said about half his drivers have been parked since the lockout began.", "about half his drivers have been parked since the lockout began", "Gilles Boudreau"},
		// a list of counts before the verb
		{"Ivanchuk said about 90 firefighters, 11 helicopters and heavy equipment were working the fire.", "about 90 firefighters, 11 helicopters and heavy equipment were working the fire", "Ivanchuk"},
		// a past verb with its object, which the tagger reads as a participle
		{"Mayor Jo Lang said about 150 people used the arena overnight.", "about 150 people used the arena overnight", "Jo Lang"},
	})
	for _, in := range []string{"Walter Kostiuk said about 20 minutes later the crews were gone.", "Walter Kostiuk said little about a plan that was shelved."} {
		noQuoteHolding(t, det.Detect(in), in, "about")
	}
	// a time after the past form: no clause, in scope all too
	in := "The councillor complained about 30 trucks parked the whole weekend on Main Street."
	noQuoteHolding(t, detectors(t)["all"].Detect(in), in, "about")
}

// TestPronounReportInsideTrailingRelay: "He said X, according to Y" in the
// speech scope is his report, not the relay's (a pronoun speaks as a name
// does).
func TestPronounReportInsideTrailingRelay(t *testing.T) {
	det := detectors(t)["speech"]
	in := "Walter Kostiuk toured the town. He said 90 per cent of residents had left by 3 a.m., according to a door-to-door check by RCMP and county staff."
	checkQuoteTexts(t, det, in, []string{"90 per cent of residents had left by 3 a.m."})
}
