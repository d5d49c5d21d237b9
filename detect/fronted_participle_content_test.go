package detect

import "testing"

// TestFrontedParticipleReports: a participle of speech opening the
// sentence reports what runs to its comma, said by the main clause's
// subject; a noun phrase after it is no content.
func TestFrontedParticipleReports(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct{ in, want, by string }{
		{"Saying the plan would fail, the union walked out of the talks.", "the plan would fail", "the union"},
		{"Noting that turnout had doubled, the mayor thanked the volunteers.", "turnout had doubled", "the mayor"},
		{"Arguing that the law was unfair, lawyers for the group filed a suit on Monday.", "the law was unfair", "lawyers for the group"},
	} {
		checkQuoteBy(t, det.Detect(c.in), []rune(c.in), c.in, c.want, c.by)
	}
	for _, in := range []string{
		"Recalling the pitfalls of the last race, the party began spending money early.",
		"Stressing the cost of the delay, the mayor walked to the podium.",
	} {
		if a := det.Detect(in); len(a.Quotes) > 0 {
			t.Errorf("%q: a noun phrase after the participle is no quote, got %+v", in, a.Quotes[0].Parts)
		}
	}
}
