package store

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/quotebench/quotebench/annot"
)

// TestDocumentsQueryPlan: the document list is answered from indexes
// alone (migration 5), never by reading the documents table, whose rows
// hold the texts.
func TestDocumentsQueryPlan(t *testing.T) {
	s := newStore(t)
	addSample(t, s)
	for _, tc := range []struct {
		name string
		f    annot.DocFilter
		rows bool // documents are looked up by id: a few rows, read whole
	}{
		{"all", annot.DocFilter{}, false},
		{"status", annot.DocFilter{Status: annot.StatusDone}, false},
		{"ids", annot.DocFilter{IDs: []annot.DocID{1, 2}}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			q, args := documentsQuery(tc.f, "")
			rows, err := s.db.Query("EXPLAIN QUERY PLAN "+q, args...)
			if err != nil {
				t.Fatal(err)
			}
			defer rows.Close()
			var plan []string
			for rows.Next() {
				var id, parent, notused int
				var detail string
				if err := rows.Scan(&id, &parent, &notused, &detail); err != nil {
					t.Fatal(err)
				}
				plan = append(plan, detail)
			}
			if err := rows.Err(); err != nil {
				t.Fatal(err)
			}
			var docs, quotes, mentions bool
			for _, d := range plan {
				switch {
				case strings.Contains(d, " d "):
					docs = tc.rows || strings.Contains(d, "COVERING INDEX")
				case strings.Contains(d, " q "):
					quotes = strings.Contains(d, "COVERING INDEX quotes_doc_state")
				case strings.Contains(d, " m "):
					mentions = strings.Contains(d, "COVERING INDEX mentions_doc_state")
				}
			}
			if !docs || !quotes || !mentions {
				t.Errorf("plan reads tables (documents covered %v, quotes %v, mentions %v):\n%s", docs, quotes, mentions, strings.Join(plan, "\n"))
			}
		})
	}
}

// EachDocument reads what Document and Annotations read, in the order
// given, stops when asked, and names a missing document.
func TestEachDocument(t *testing.T) {
	s := newStore(t)
	a := addSample(t, s)
	b, err := s.AddDocument(annot.Document{ExtID: "second", Text: "A second text."}, nil, annot.OriginHuman)
	if err != nil {
		t.Fatal(err)
	}
	var got []annot.DocID
	err = s.EachDocument([]annot.DocID{b, a}, func(d annot.Document, ann annot.Annotations) bool {
		got = append(got, d.ID)
		wd, err := s.Document(d.ID)
		if err != nil {
			t.Fatal(err)
		}
		wa, err := s.Annotations(d.ID)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(d, wd) || !reflect.DeepEqual(ann, wa) {
			t.Errorf("document %d differs from Document and Annotations", d.ID)
		}
		return true
	})
	if err != nil || !reflect.DeepEqual(got, []annot.DocID{b, a}) {
		t.Errorf("read %v, %v; want %v", got, err, []annot.DocID{b, a})
	}
	n := 0
	if err := s.EachDocument([]annot.DocID{a, b}, func(annot.Document, annot.Annotations) bool { n++; return false }); err != nil || n != 1 {
		t.Errorf("stop: %d calls, %v", n, err)
	}
	err = s.EachDocument([]annot.DocID{a, 999}, func(annot.Document, annot.Annotations) bool { return true })
	if !errors.Is(err, annot.ErrNotFound) || !strings.Contains(err.Error(), "999") {
		t.Errorf("missing document: %v", err)
	}
}

func TestDocumentsFilter(t *testing.T) {
	s := newStore(t)
	a := addSample(t, s)
	b, err := s.AddDocument(annot.Document{Title: "Harbour news", Text: "The mayor's office said nothing."}, nil, annot.OriginDetector)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SetStatus(b, annot.StatusDone); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		f    annot.DocFilter
		want []annot.DocID
	}{
		{"all", annot.DocFilter{}, []annot.DocID{a, b}},
		{"status", annot.DocFilter{Status: annot.StatusDone}, []annot.DocID{b}},
		{"fts text", annot.DocFilter{Query: "repairs"}, []annot.DocID{a}},
		{"fts title", annot.DocFilter{Query: "harbour"}, []annot.DocID{b}},
		{"fts syntax falls back to literal", annot.DocFilter{Query: `mayor's "office`}, []annot.DocID{b}},
		{"ids", annot.DocFilter{IDs: []annot.DocID{b}}, []annot.DocID{b}},
		{"empty ids", annot.DocFilter{IDs: []annot.DocID{}}, nil},
		{"none", annot.DocFilter{Query: "zebra"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ds, err := s.Documents(c.f)
			if err != nil {
				t.Fatal(err)
			}
			var got []annot.DocID
			for _, d := range ds {
				got = append(got, d.ID)
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("got %v, want %v", got, c.want)
			}
		})
	}
	ds := mustDocs(t, s)
	if ds[0].Quotes != 2 || ds[0].Mentions != 2 || ds[0].Pending != 4 || ds[0].Date != "2026-03-14" {
		t.Errorf("summary = %+v", ds[0])
	}
}
