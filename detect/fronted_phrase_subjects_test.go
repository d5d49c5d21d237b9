package detect

import "testing"

// Invented sentences: a sentence that opens with a prepositional phrase and
// no comma before its subject ("In Ottawa officials said …"), and a topic
// verb whose subject carries a prepositional phrase ("Residents near the
// plant complain of …").

// TestSubjectAfterFrontedPhrase: the subject after an opening phrase with
// no comma is the speaker, and the report is kept; a phrase whose only
// noun phrase is the preposition's object has no speaker in it.
func TestSubjectAfterFrontedPhrase(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct{ in, want, by string }{
		{"In Ottawa officials said the budget was balanced.", "the budget was balanced", "officials"},
		{"In Nova Scotia health officials said the virus was spreading slowly.", "the virus was spreading slowly", "health officials"},
		{"At the meeting the mayor said the town would rebuild the arena.", "the town would rebuild the arena", "the mayor"},
	} {
		runes := []rune(c.in)
		checkQuoteBy(t, det.Detect(c.in), runes, c.in, c.want, c.by)
	}
	for _, in := range []string{
		"In the report on the strike the union said nothing new.",
	} {
		if a := det.Detect(in); len(a.Quotes) > 0 {
			t.Errorf("%q: want no quote:%s", in, dump([]rune(in), a))
		}
	}
}

// TestTopicSubjectOverPreposition: a verb that is never a noun reports a
// topic even when the tagger reads it as one, and its subject is the
// phrase the preposition modifies, not the preposition's object (scope
// all: complaints are PolNeAR's attitudes and speech alike).
func TestTopicSubjectOverPreposition(t *testing.T) {
	det, err := NewWith(Options{Scope: ScopeAll})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ in, want, by string }{
		{"Residents near the plant complain of a constant smell.", "a constant smell", "Residents near the plant"},
		{"In Ottawa officials talked about the budget at length.", "the budget", "officials"},
	} {
		runes := []rune(c.in)
		checkQuoteBy(t, det.Detect(c.in), runes, c.in, c.want, c.by)
	}
}
