package detect

import "testing"

// TestQuoteClosesInLaterParagraph: text set one sentence a paragraph
// leaves a quotation open at a paragraph's end and closes it in a later
// one that opens with no mark (invented sentences); the quote runs to that
// closing mark and is spoken by whoever the attribution after it names,
// not by the speaker of the sentence before.
func TestQuoteClosesInLaterParagraph(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct{ in, want, by string }{
		{"Fishermen in the bay went on strike last week, the union said.\n\n\"The boats will stay in port until the licences are returned.\n\nWe will not give in,\" union leader Ivo Brandt said.",
			"We will not give in", "Ivo Brandt"},
		{"The ferry was late again on Monday.\n\n\"Nobody told us why.\n\nWe waited two hours.\n\nIt is the third time this month,\" said Ana Ferreira, a teacher.",
			"Nobody told us why.\n\nWe waited two hours", "Ana Ferreira"},
	} {
		a := det.Detect(c.in)
		checkQuoteBy(t, a, []rune(c.in), c.in, c.want, c.by)
	}
	// A quote that closes in its own paragraph is not carried on.
	in := "\"We will wait,\" Jo Tamm said.\n\nThe talks resume in June, officials said."
	a := det.Detect(in)
	runes := []rune(in)
	if q := quoteWith(a, runes, "We will wait"); q == nil || q.Parts[len(q.Parts)-1].End > len([]rune("\"We will wait,\"")) {
		t.Errorf("%q: the first quote should end at its own closing mark:%s", in, dump(runes, a))
	}
}
