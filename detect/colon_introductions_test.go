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
