package detect

import (
	"testing"

	"github.com/quotebench/quotebench/annot"
)

// Invented sentences whose speaker is a lower-case role after the verb
// ("said fire officials Tuesday": the day is no part of a name) or the
// object of the verb an infinitive of speech depends on ("invited
// residents to say": the residents say).

// TestInvertedRoleSpeaker checks each sentence gives a quote holding want
// whose speaker mention is by.
func TestInvertedRoleSpeaker(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct{ in, want, by string }{
		{"The plan will fail, said supporters Monday.", "The plan will fail", "supporters"},
		{"“The fire is contained,” said fire officials Tuesday.", "The fire is contained", "fire officials"},
		{"The road will reopen in May, said city officials.", "The road will reopen in May", "city officials"},
		{"The dam is safe, said police spokesman Ro Vance on Friday.", "The dam is safe", "Ro Vance"},
	} {
		runes := []rune(c.in)
		a := det.Detect(c.in)
		checkQuoteBy(t, a, runes, c.in, c.want, c.by)
	}
}

// TestInfinitiveObjectSpeaker: the object of "invited X to say" says; a
// thing as the object ("used the meeting to say") leaves the subject.
func TestInfinitiveObjectSpeaker(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct{ in, want, by string }{
		{"The council invited residents to say what they thought of the plan.", "what they thought of the plan", "residents"},
		{"The mayor used the meeting to say the budget was balanced.", "the budget was balanced", "The mayor"},
		{"Jo Doe met with officials to say the plan had failed.", "the plan had failed", "Jo Doe"},
	} {
		runes := []rune(c.in)
		a := det.Detect(c.in)
		checkQuoteBy(t, a, runes, c.in, c.want, c.by)
	}
}

// TestObjectThatCannotSpeakIsNoInvertedSpeaker: after a comma, "promised
// his resignation" and "offered the plan" keep their subject: an object
// that names no one is no inverted speaker ("…, said his spokesman" is
// one).
func TestObjectThatCannotSpeakIsNoInvertedSpeaker(t *testing.T) {
	det := detectors(t)["all"]
	in := "The officials said the party leader, chair since the spring, offered his resignation at a meeting with the rebels."
	checkQuoteBy(t, det.Detect(in), []rune(in), in, "the party leader", "The officials")
	noQuoteBy(t, det.Detect(in), in, "his resignation")
	in = "The plan is dead, said his spokesman."
	checkQuoteBy(t, det.Detect(in), []rune(in), in, "The plan is dead", "his spokesman")
}

// noQuoteBy reports a quote whose speaker mention reads by.
func noQuoteBy(t *testing.T, a annot.Annotations, in, by string) {
	t.Helper()
	runes := []rune(in)
	for _, q := range a.Quotes {
		if m := a.Mention(q.Speaker); m != nil && string(runes[m.Start:m.End]) == by {
			t.Errorf("%q: want no quote by %q:%s", in, by, dump(runes, a))
		}
	}
}
