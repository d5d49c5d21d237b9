package detect

import "testing"

// TestColonAfterVerbAdjunct: a direct quote after a colon whose verb of
// speech has an adjunct before the colon ("said in a statement:", "wrote
// back:", "said of the council:") is the verb's subject's, not the
// adjunct's object. Invented sentences.
func TestColonAfterVerbAdjunct(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct{ in, want, by string }{
		{"The mill will close in May. Jo Doe said in a statement: “The plant will stay open until the end of the year.”", "The plant will stay open", "Jo Doe"},
		{"A week later, Ana Ruiz wrote back: “We will be there on Monday.”", "We will be there on Monday", "Ana Ruiz"},
		{"Lind said of the council: “They never listen to the farmers.”", "They never listen to the farmers", "Lind"},
		{"Mayor Tom Okafor explained it this way: “We cannot pay for both roads.”", "We cannot pay for both roads", "Tom Okafor"},
	} {
		runes := []rune(c.in)
		a := det.Detect(c.in)
		checkQuoteBy(t, a, runes, c.in, c.want, c.by)
	}
}

// TestColonEndingParagraphBeforeQuote: "Doe said:" ending a paragraph
// introduces the quotation opening the next; a paragraph ending in a colon
// with no verb of speech ("Transcript as follows:") names no speaker of it.
func TestColonEndingParagraphBeforeQuote(t *testing.T) {
	det := mustNew(t)
	in := "The council met on Monday and the budget passed.\n\nThe mayor said:\n\n\"The bridge will be rebuilt by spring.\"\n\nWork starts next week."
	checkQuoteBy(t, det.Detect(in), []rune(in), in, "The bridge will be rebuilt by spring", "The mayor")
	in = "The council met on Monday.\n\nRosa Lindqvist, the mayor, answered the critics at length. Transcript as follows:\n\n\"The bridge will be rebuilt by spring.\""
	runes := []rune(in)
	a := det.Detect(in)
	if q := quoteWith(a, runes, "The bridge will be rebuilt"); q != nil {
		if m := a.Mention(q.Speaker); m != nil && string(runes[m.Start:m.End]) == "Transcript" {
			t.Errorf("%q: 'Transcript' is no speaker:%s", in, dump(runes, a))
		}
	}
}

// TestColonAfterObjectPronoun: before a colon, the one spoken to ("turned to
// him:") is no speaker; the clause's subject is.
func TestColonAfterObjectPronoun(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct{ in, want, by string }{
		{"The senator turned to him: \"You have no plan.\"", "You have no plan", "The senator"},
		{"She looked at them: \"We will win.\"", "We will win", "She"},
	} {
		checkQuoteBy(t, det.Detect(c.in), []rune(c.in), c.in, c.want, c.by)
	}
}

// TestPossessorOfMessageBeforeColon: "Her message to council: “…”" and
// "Her advice to veterans caught in the backlog: “…”" are the words of
// the one whose message it is, not of those it is addressed to; a
// message with no possessor is left as it was ("The message to council
// was blunt: “…”"), and so is one a verb before the colon gives to
// another ("Her request for a recount drew a blunt answer from Mayor
// Ellen Varga: “…”" is the mayor's).
func TestPossessorOfMessageBeforeColon(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Maria Leblanc said she planned to fly home this weekend.\n\nHer message to the Ontario government: “Don’t let this report sit on a shelf.”",
			"“Don’t let this report sit on a shelf.”", "Maria Leblanc"},
		{"Anna Doucet said she would report in six months.\n\nHer advice to veterans caught in the backlog: “Keep your paperwork, and call my office if you feel stuck.”",
			"“Keep your paperwork, and call my office if you feel stuck.”", "Anna Doucet"},
		{"Maria Leblanc spoke first.\n\nLeblanc’s reply: “We will not back down.”", "“We will not back down.”", "Maria Leblanc"},
		{"Maria Leblanc spoke first.\n\nThe message to council was blunt: “Slow down.”", "“Slow down.”", "The message to council"},
		{"Maria Leblanc spoke first.\n\nHer request for a recount drew a blunt answer from Mayor Ellen Varga: “The count stands.”", "“The count stands.”", "Ellen Varga"},
	})
}
