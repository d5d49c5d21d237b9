package store

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/quotebench/quotebench/annot"
)

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
