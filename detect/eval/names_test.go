package eval

import (
	"reflect"
	"testing"
)

func TestNameWords(t *testing.T) {
	for in, want := range map[string][]string{
		"Sen. Jane Doe's": {"jane", "doe"},
		"Doe":             {"doe"},
		"Bank of Canada":  {"bank", "canada"},
		"Acme Corp.":      {"acme", "corp."},
		"the mayor":       nil,
		"He":              nil,
		"The Mayor":       nil,
		"Doe and Roe":     nil,
		"officials":       nil,
	} {
		s := in
		if got := nameWords(&s); !reflect.DeepEqual(got, want) {
			t.Errorf("nameWords(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSameName(t *testing.T) {
	w := func(s string) []string { return nameWords(&s) }
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"Doe", "Jane Doe", true},
		{"Mr. Doe", "Jane Doe", true},
		{"Jane Doe", "John Doe", false},
		{"Doe", "he", false},
		{"Acme Corp.", "Acme", true},
	} {
		if got := sameName(w(tc.a), w(tc.b)); got != tc.want {
			t.Errorf("sameName(%q, %q) = %v", tc.a, tc.b, got)
		}
	}
}

// TestGoldNameProxy: a found quote whose gold speaker is a name counts as
// right when the name we resolve shares its words and wrong when it does
// not; gold descriptions are not counted.
func TestGoldNameProxy(t *testing.T) {
	str := func(s string) *string { return &s }
	num := func(n int) *int { return &n }
	text := "Jane Doe spoke. Doe said it. Roe said so. The mayor said more."
	gold := []Record{{Text: text, Quotes: []Quote{
		{Start: 25, End: 27, Speaker: str("Doe"), SpeakerStart: num(16), SpeakerEnd: num(19)},
		{Start: 37, End: 39, Speaker: str("Roe"), SpeakerStart: num(29), SpeakerEnd: num(32)},
		{Start: 57, End: 61, Speaker: str("The mayor"), SpeakerStart: num(42), SpeakerEnd: num(51)},
	}}}
	pred := []Record{{Text: text, Quotes: []Quote{
		{Start: 25, End: 27, Speaker: str("Jane Doe"), SpeakerMention: str("Doe")},
		{Start: 37, End: 39, Speaker: str("Jane Doe"), SpeakerMention: str("Roe")},
		{Start: 57, End: 61, Speaker: str("Jane Doe"), SpeakerMention: str("The mayor")},
	}}}
	rep := Score(gold, pred)
	if g := rep.Speaker.GoldName; g.Total != 2 || g.OK != 1 {
		t.Fatalf("gold-name proxy %d/%d, want 1/2", g.OK, g.Total)
	}
}
