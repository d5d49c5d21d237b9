package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/detect/chunk"
)

// A pathological article (a quotation mark at every other character) gets a
// bounded number of suggestions, the first in text order, and the report
// says what was left out; the article itself is imported whole.
func TestPathologicalArticleBounded(t *testing.T) {
	n := chunk.Default.MaxQuotes * 2
	text := "Marks\n" + strings.Repeat("\" ", n)
	path := filepath.Join(t.TempDir(), "marks.txt")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	everyMark := func(s string) annot.Annotations {
		var a annot.Annotations
		for i, r := range []rune(s) {
			if r == '"' {
				a.Quotes = append(a.Quotes, annot.Quote{ID: annot.QuoteID(len(a.Quotes) + 1), Parts: []annot.Span{{Start: i, End: i + 1}}, Kind: annot.KindDirect})
			}
		}
		return a
	}
	s := newStore(t)
	rep, err := importer(s, everyMark).Import([]string{path}, nil)
	if err != nil || len(rep.Added) != 1 {
		t.Fatalf("added %v, %v", rep.Added, err)
	}
	a, err := s.Annotations(rep.Added[0])
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Quotes) != chunk.Default.MaxQuotes {
		t.Errorf("%d quote suggestions stored, want the limit %d", len(a.Quotes), chunk.Default.MaxQuotes)
	}
	var notes []string
	for _, n := range rep.Notices {
		notes = append(notes, n.Reason)
	}
	if !strings.Contains(strings.Join(notes, " "), "kept the first") {
		t.Errorf("notices %q do not say suggestions were left out", notes)
	}
	d, _ := s.Document(rep.Added[0])
	if !strings.HasSuffix(d.Text, strings.Repeat("\" ", n)) {
		t.Errorf("the article was not stored whole: %d bytes", len(d.Text))
	}
}
