package store

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/quotebench/quotebench/annot"
)

func TestAddDocument(t *testing.T) {
	s := newStore(t)
	id := addSample(t, s)
	d, err := s.Document(id)
	if err != nil {
		t.Fatal(err)
	}
	if d.Text != sampleText || d.Title != "Bridge" || d.Date != "2026-03-14" || d.Status != annot.StatusTodo || d.SHA256 != annot.TextHash(sampleText) {
		t.Errorf("document = %+v", d)
	}
	if d.Created.IsZero() {
		t.Error("no created time")
	}
	a, err := s.Annotations(id)
	if err != nil {
		t.Fatal(err)
	}
	want := sampleSugg()
	if len(a.Entities) != 1 || len(a.Mentions) != 2 || len(a.Quotes) != 2 {
		t.Fatalf("annotations = %+v", a)
	}
	if a.Quotes[1].Parts[1] != want.Quotes[1].Parts[1] || a.Quotes[0].Cue != want.Quotes[0].Cue {
		t.Errorf("quote spans = %+v", a.Quotes)
	}
	if sp := a.Mention(a.Quotes[0].Speaker); sp == nil || sp.Span != want.Mentions[0].Span || sp.Entity != a.Entities[0].ID {
		t.Errorf("speaker link lost: %+v", a.Quotes[0])
	}
	if a.Quotes[0].Origin != annot.OriginDetector || a.Quotes[0].State != annot.StateSuggested || a.Quotes[0].Confidence != 0.8 {
		t.Errorf("provenance = %+v", a.Quotes[0].Provenance)
	}

	again, err := s.AddDocument(annot.Document{Title: "other title", Text: sampleText}, nil, annot.OriginDetector)
	if !errors.Is(err, annot.ErrDuplicate) || again != id {
		t.Errorf("duplicate: id %d, err %v; want %d, ErrDuplicate", again, err, id)
	}
	bad := &annot.Annotations{Mentions: []annot.Mention{{ID: 1, Span: annot.Span{Start: 5, End: 500}}}}
	before := dump(t, s.db)
	if _, err := s.AddDocument(annot.Document{Text: "short text"}, bad, annot.OriginDetector); !errors.Is(err, annot.ErrInvalid) {
		t.Errorf("out-of-range suggestion: %v, want ErrInvalid", err)
	}
	if _, err := s.AddDocument(annot.Document{Text: " \n "}, nil, annot.OriginDetector); !errors.Is(err, annot.ErrInvalid) {
		t.Errorf("blank text: %v, want ErrInvalid", err)
	}
	if after := dump(t, s.db); after != before {
		t.Errorf("failed adds changed the store:\n%s\n%s", before, after)
	}
	if _, err := s.Document(999); !errors.Is(err, annot.ErrNotFound) {
		t.Errorf("Document(999): %v", err)
	}
}

// repoFile finds a path relative to the module root.
// writeBig streams head, repeated body up to size bytes, and tail to path.
// fakeDetect suggests one mention on the first word, so that imports store
// suggestions too.
// TestBadInput imports each input of testdata/badinput into a project that
// already holds a document with analyst decisions, and checks the
// documented outcome (testdata/badinput/README.md) and that nothing already
// stored changed.
func TestBadAnnotations(t *testing.T) {
	s := newStore(t)
	id := addSample(t, s)
	before := dump(t, s.db)
	cases := []struct {
		name string
		a    annot.Annotations
	}{
		{"span past end", annot.Annotations{Mentions: []annot.Mention{{ID: 1, Span: annot.Span{Start: 100, End: 106}}}}},
		{"negative start", annot.Annotations{Mentions: []annot.Mention{{ID: 1, Span: annot.Span{Start: -1, End: 3}}}}},
		{"reversed span", annot.Annotations{Quotes: []annot.Quote{{ID: 1, Parts: []annot.Span{{Start: 9, End: 3}}, Kind: annot.KindDirect}}}},
		{"unknown speaker", annot.Annotations{Quotes: []annot.Quote{{ID: 1, Parts: []annot.Span{{Start: 0, End: 3}}, Kind: annot.KindDirect, Speaker: 7}}}},
		{"unknown entity", annot.Annotations{Mentions: []annot.Mention{{ID: 1, Span: annot.Span{Start: 0, End: 3}, Entity: 4}}}},
		{"bad kind", annot.Annotations{Quotes: []annot.Quote{{ID: 1, Parts: []annot.Span{{Start: 0, End: 3}}, Kind: "yelled"}}}},
		// The second one is fine but the set is refused as a whole.
		{"one bad of two", annot.Annotations{Mentions: []annot.Mention{
			{ID: 1, Span: annot.Span{Start: 0, End: 3}, Label: annot.LabelPerson},
			{ID: 2, Span: annot.Span{Start: 0, End: 999}, Label: annot.LabelPerson}}}},
	}
	for _, c := range cases {
		err := s.AddAnnotations(id, c.a)
		if !errors.Is(err, annot.ErrInvalid) || !strings.Contains(err.Error(), fmt.Sprint("document ", id)) {
			t.Errorf("%s: err = %v, want ErrInvalid naming the document", c.name, err)
		}
	}
	if err := s.AddAnnotations(999, annot.Annotations{}); !errors.Is(err, annot.ErrNotFound) {
		t.Errorf("missing document: %v", err)
	}
	if after := dump(t, s.db); after != before {
		t.Error("refused annotations changed the store")
	}
}
