package detect

import "testing"

// TestAttitudeVerbsDoNotInvert: only verbs of speech put their speaker
// after them ("said Jo Doe"); a name after an attitude verb is its object,
// and the subject before it holds the attitude (scope all; the speech scope
// suggests no attitude).
func TestAttitudeVerbsDoNotInvert(t *testing.T) {
	all, err := NewWith(Options{Scope: ScopeAll})
	if err != nil {
		t.Fatal(err)
	}
	speech, err := NewWith(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ in, want, by string }{
		{"The union backed Ana Ruiz in the race for mayor.", "Ana Ruiz in the race for mayor", "The union"},
		{"Most farmers in the valley favored Jo Lund over the incumbent.", "Jo Lund over the incumbent", "Most farmers in the valley"},
	} {
		checkQuoteBy(t, all.Detect(c.in), []rune(c.in), c.in, c.want, c.by)
		if a := speech.Detect(c.in); len(a.Quotes) > 0 {
			t.Errorf("%q, scope speech: want no quote; got%s", c.in, dump([]rune(c.in), a))
		}
	}
}
