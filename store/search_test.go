package store

import (
	"reflect"
	"testing"

	"github.com/quotebench/quotebench/annot"
)

// Anything typed in the search box searches: what FTS5 cannot read as a
// query is searched for as literal words, never reported as an FTS5 error
// ("unterminated string", "unknown special query"); queries FTS5 reads
// keep their meaning.
func TestSearchAnyInput(t *testing.T) {
	s := newStore(t)
	a, err := s.AddDocument(annot.Document{Title: "Council", Text: `She said "hi there" to the council.`}, nil, annot.OriginDetector)
	if err != nil {
		t.Fatal(err)
	}
	b, err := s.AddDocument(annot.Document{Title: "Harbour", Text: "The ferry foo* runs late."}, nil, annot.OriginDetector)
	if err != nil {
		t.Fatal(err)
	}
	all := []annot.DocID{a, b}
	cases := []struct {
		query string
		want  []annot.DocID
	}{
		{`"`, all}, // no word: as an empty search
		{`*`, all},
		{`a"b`, nil},
		{`title:"x`, nil},
		{`*foo`, []annot.DocID{b}},
		{`"hi`, []annot.DocID{a}},
		{`hi"`, []annot.DocID{a}},
		{`said "hi`, []annot.DocID{a}},
		{`NEAR(`, nil},
		{`council AND`, nil}, // the words "council" and "and"
		{`(`, all},
		{`x:y`, nil},
		{`^`, all},
		{`ferry -`, []annot.DocID{b}},
		// Valid FTS5 queries keep their meaning.
		{`"hi there"`, []annot.DocID{a}},
		{`title:harbour`, []annot.DocID{b}},
		{`fer*`, []annot.DocID{b}},
		{`council OR ferry`, all},
	}
	for _, c := range cases {
		ds, err := s.Documents(annot.DocFilter{Query: c.query})
		if err != nil {
			t.Errorf("search %q: %v", c.query, err)
			continue
		}
		var got []annot.DocID
		for _, d := range ds {
			got = append(got, d.ID)
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("search %q: got %v, want %v", c.query, got, c.want)
		}
	}
}
