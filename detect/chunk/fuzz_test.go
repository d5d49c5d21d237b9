package chunk

import (
	"testing"
	"unicode/utf8"

	"github.com/quotebench/quotebench/annot"
)

// Whatever the text and the piece size, the suggestions of a cut article
// are a valid set whose spans hold the words the detector found in its
// pieces, and no piece is larger than the limit.
func FuzzCutOffsets(f *testing.F) {
	f.Add(para+para+para, 40)
	f.Add("“ä” Ana Lind\n\n東京 “x” Ana Lind. ", 7)
	f.Add("Ana Lind", 3)
	f.Fuzz(func(t *testing.T, text string, size int) {
		if !utf8.ValidString(text) || size < 4 || size > 1<<12 {
			t.Skip()
		}
		n := &names{}
		a, _ := Detect(n.detect, text, Limits{ChunkBytes: size, MaxQuotes: 1 << 20, MaxMentions: 1 << 20})
		if n.longest > size {
			t.Fatalf("a piece of %d bytes, limit %d", n.longest, size)
		}
		if err := a.Validate(utf8.RuneCountInString(text)); err != nil {
			t.Fatal(err)
		}
		rs := []rune(text)
		for _, m := range a.Mentions {
			if got := annot.SpanText(rs, m.Span); got != "Ana Lind" {
				t.Fatalf("mention at %v is %q", m.Span, got)
			}
		}
		for _, q := range a.Quotes {
			p := q.Parts[0]
			if p.Start < 1 || rs[p.Start-1] != '“' || p.End >= len(rs)+1 || (p.End < len(rs) && rs[p.End] != '”') {
				t.Fatalf("quote at %v is not inside “…”", p)
			}
		}
	})
}
