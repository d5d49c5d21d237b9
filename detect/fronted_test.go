package detect

import "testing"

// Invented sentences that open with an adjunct set off by commas: a place
// list, a time phrase, a subordinate clause, a participle or an adverb.
// The names inside the adjunct are no subject; the main clause's is.

// TestFrontedAdjunctSpeaker checks each sentence gives a quote holding want
// whose speaker mention is by.
func TestFrontedAdjunctSpeaker(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct{ in, want, by string }{
		// A participle cue shares the main clause's subject.
		{"At a town hall in Millbrook, Kansas, on Friday, she spoke for an hour, saying the plan would fail.", "the plan would fail", "she"},
		{"Minutes later, the campaign released a statement saying the event was cancelled.", "the event was cancelled", "the campaign"},
		{"Here in Brookfield, Lind stepped up her attacks, saying the council had failed.", "the council had failed", "Lind"},
		{"On Tuesday, while Acme stock kept sliding, Jo Doe wrote to investors, telling them the firm was sound.", "the firm was sound", "Jo Doe"},
		{"Shortly after Lee's call ended, Doe's campaign sent out a release saying Lee was wrong.", "Lee was wrong", "Doe's campaign"},
		// The word opening the adjunct is no speaker.
		{"Absent a strong defense of the plan, residents may listen and conclude that it is dead.", "it is dead", "residents"},
		// A subject with an apposition after the adjunct.
		{"But in a radio interview, the guild's chair, Ana Ruiz, expressed concern that the plan would fail.", "the plan would fail", "Ana Ruiz"},
		{"At a rally in Ames, Iowa, on Sunday, the mayor, Jo Lind, said the plan would fail.", "the plan would fail", "Jo Lind"},
	} {
		runes := []rune(c.in)
		a := det.Detect(c.in)
		checkQuoteBy(t, a, runes, c.in, c.want, c.by)
	}
	// The cue opens the adjunct itself; the topic is a quote in scope all.
	all, err := NewWith(Options{Scope: ScopeAll})
	if err != nil {
		t.Fatal(err)
	}
	in := "After talking about the budget, Lind suggested that the town borrow more."
	checkQuoteBy(t, all.Detect(in), []rune(in), in, "the budget", "Lind")
}

// TestFrontedAdjunctKeepsSubject: a sentence that opens with its subject,
// or whose apposition is a relative clause, keeps the subject it had.
func TestFrontedAdjunctKeepsSubject(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct{ in, want, by string }{
		{"In Ottawa, Jo Doe, who chairs the board, said the budget was balanced.", "the budget was balanced", "Jo Doe"},
		{"The mayor met the farmers on Friday, saying the dam would be repaired.", "the dam would be repaired", "The mayor"},
		{"Before Lee arrived, Doe told reporters the talks had failed.", "the talks had failed", "Doe"},
	} {
		runes := []rune(c.in)
		a := det.Detect(c.in)
		checkQuoteBy(t, a, runes, c.in, c.want, c.by)
	}
}

// TestParticipleOpensDocument: a topic participle as the document's first
// word has no token before it to look at (it once read index -1).
func TestParticipleOpensDocument(t *testing.T) {
	det := mustNew(t)
	in := "Talking about the plan, Jo Doe said it would pass."
	checkQuoteBy(t, det.Detect(in), []rune(in), in, "it would pass", "Jo Doe")
}

// TestParticipleSubjectIsNoOpener: a participle before a noun that is the
// subject ("Elected officials said", "Striking workers said") opens no
// adjunct; a comma after the cue ("said that, for now,") closes none, and
// "in their view" inside what is said is no second report.
func TestParticipleSubjectIsNoOpener(t *testing.T) {
	for scope, det := range detectors(t) {
		for _, c := range []struct{ in, want, by string }{
			{"Elected officials said that, for now, the budget would hold.", "the budget would hold", "Elected officials"},
			{"Striking workers said that, in their view, the plant was unsafe.", "the plant was unsafe", "Striking workers"},
		} {
			a := det.Detect(c.in)
			checkQuoteBy(t, a, []rune(c.in), c.in, c.want, c.by)
			if len(a.Quotes) != 1 {
				t.Errorf("%s: %q: want one quote:%s", scope, c.in, dump([]rune(c.in), a))
			}
		}
	}
}

// TestFrontedAdjunctSubjectWithParenthesis: the main clause's subject after
// a fronted adjunct may carry a parenthesis ("Leader Tom Roe (R-Ky.)
// issued"); the name in the adjunct ("of Doe's death") is no speaker.
func TestFrontedAdjunctSubjectWithParenthesis(t *testing.T) {
	det := mustNew(t)
	in := "Shortly after the announcement of Doe's death, Senate Majority Leader Tom Roe (R-Ky.) issued a statement saying that the Senate should wait."
	checkQuoteBy(t, det.Detect(in), []rune(in), in, "the Senate should wait", "Tom Roe")
}

// TestFragmentAfterFrontedClause: a quoted fragment's speaker is the main
// clause's subject after a fronted subordinate clause, not the person the
// clause names ("When Ms. Lind moved …, Freddy confided …").
func TestFragmentAfterFrontedClause(t *testing.T) {
	det := mustNew(t)
	in := "When Ms. Lind moved to Brook Estates, Ostervik, the wealthy enclave where the Roes lived, Freddy confided to her that his parents had panicked because the Linds were ''the first new family to move into the neighborhood.''"
	checkQuoteBy(t, det.Detect(in), []rune(in), in, "the first new family", "Freddy")
}

// TestFragmentAfterAsNamePutIt: "as Roe put it, “…”" inside a sentence
// gives the fragment to Roe, not to a person named before in it.
func TestFragmentAfterAsNamePutIt(t *testing.T) {
	det := mustNew(t)
	in := "Her daughter, Ingrid Halvorsen-Reyes, said her mother was coaching.\n\nShe is survived by a son, Lars, and, as Halvorsen-Reyes put it, \"about two thousand honorary daughters.\""
	checkQuoteBy(t, det.Detect(in), []rune(in), in, "about two thousand honorary daughters", "Halvorsen-Reyes")
}
