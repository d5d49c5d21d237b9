package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/store"
)

// A long article is re-detected in pieces, as on import, and redetect says
// so; its suggestions cover the whole text.
func TestRedetectLongArticle(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: detects a 600 KB article")
	}
	p := filepath.Join(t.TempDir(), "long"+store.Ext)
	s, err := store.Open(p, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	// 2,200 paragraphs of about 300 bytes, one quote each: over the 512 KiB
	// a piece may hold, under the cap of quotes an article keeps
	para := "“The bridge will open in May,” said Jo Doe, the mayor. " + strings.Repeat("The river was high and the ferry ran late again. ", 5) + "\n\n"
	text := strings.Repeat(para, 2200)
	id, err := s.AddDocument(annot.Document{Title: "long", Text: text}, &annot.Annotations{}, annot.OriginHuman)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	var stdout, stderr bytes.Buffer
	if code := run([]string{"redetect", "--project", p}, &stdout, &stderr); code != 0 {
		t.Fatalf("status %d: %s", code, stderr.String())
	}
	if !strings.Contains(stdout.String(), "notice: document 1: a long article") {
		t.Errorf("no notice about the pieces: %q", stdout.String())
	}
	var last int
	eachDoc(t, p, func(d annot.DocSummary, doc annot.Document, a annot.Annotations) {
		if d.ID != id {
			return
		}
		for _, q := range a.Quotes {
			last = max(last, q.Extent().End)
		}
	})
	if n := len([]rune(text)); last < n*9/10 {
		t.Errorf("the last quote ends at %d of %d code points: the end of the article was not detected", last, len([]rune(text)))
	}
}
