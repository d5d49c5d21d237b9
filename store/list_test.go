package store

import (
	"strings"
	"testing"

	"github.com/quotebench/quotebench/app/annot"
)

// TestDocumentsQueryPlan: the document list is answered from indexes
// alone (migration 5), never by reading the documents table, whose rows
// hold the texts.
func TestDocumentsQueryPlan(t *testing.T) {
	s := newStore(t)
	addSample(t, s)
	for _, tc := range []struct {
		name string
		f    DocFilter
		rows bool // documents are looked up by id: a few rows, read whole
	}{
		{"all", DocFilter{}, false},
		{"status", DocFilter{Status: annot.StatusDone}, false},
		{"ids", DocFilter{IDs: []annot.DocID{1, 2}}, true},
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
