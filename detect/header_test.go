package detect

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// The "date YYYY-MM-DD Title" first line is metadata: nothing in it is
// annotated, and offsets after it are those of the original text.
func TestHeaderLineIsNotAnnotated(t *testing.T) {
	det := mustNew(t)
	header := "date 2026-03-14 Minister Jane Doe says “we will rebuild the bridge” in Springfield"
	body := "\n\nFinance Minister Jane Doe said on Friday that Springfield would get a new bridge. “We will rebuild it,” Doe told reporters."
	text := header + body
	a := det.Detect(text)
	end := utf8.RuneCountInString(header)
	for _, m := range a.Mentions {
		if m.Span.Start < end {
			t.Errorf("mention %q in the header line", string([]rune(text)[m.Span.Start:m.Span.End]))
		}
	}
	for _, q := range a.Quotes {
		for _, p := range q.Parts {
			if p.Start < end {
				t.Errorf("quote part %q in the header line", string([]rune(text)[p.Start:p.End]))
			}
		}
	}
	// The body is annotated, at the offsets of the original text.
	found := false
	for _, m := range a.Mentions {
		if string([]rune(text)[m.Span.Start:m.Span.End]) == "Springfield" {
			found = true
		}
	}
	if !found || len(a.Quotes) == 0 {
		t.Errorf("body not annotated: %d mentions, %d quotes", len(a.Mentions), len(a.Quotes))
	}
	// The same line not in header form is text, and is annotated.
	plain := "Minister Jane Doe says “we will rebuild the bridge” in Springfield" + body
	if b := det.Detect(plain); len(b.Mentions) <= len(a.Mentions) {
		t.Errorf("a first line that is not a header got no more mentions (%d vs %d)", len(b.Mentions), len(a.Mentions))
	}
}

func TestMaskHeaderKeepsCodePoints(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"date 2026-01-02 Ünïcode title\nBody", strings.Repeat(" ", 16+13) + "\nBody"},
		{"date 2026-01-02 T", "                 "},
		{"date 2026-1-02 Not a date\nBody", "date 2026-1-02 Not a date\nBody"},
		{"update 2026-01-02 x", "update 2026-01-02 x"},
		{"date 2026-01-02", "date 2026-01-02"},
	} {
		if got := maskHeader(c.in); got != c.want {
			t.Errorf("maskHeader(%q) = %q, want %q", c.in, got, c.want)
		}
		if utf8.RuneCountInString(maskHeader(c.in)) != utf8.RuneCountInString(c.in) {
			t.Errorf("%q: code point count changed", c.in)
		}
	}
}

// New uses the learned entity tagger: there is no rule fallback to fall
// back to silently.
func TestNewUsesTheLearnedTagger(t *testing.T) {
	det := mustNew(t)
	if _, ok := det.tagger.(nerTagger); !ok {
		t.Errorf("tagger is %T, want the learned one", det.tagger)
	}
}
