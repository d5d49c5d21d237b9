package store

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/quotebench/quotebench/annot"
)

// The per-article queries of an import use an index: none scans the
// documents table, so importing the 50,000th article costs what the 1,000th
// did (BenchmarkImportCorpus in ingest measures it).
func TestImportQueriesUseIndexes(t *testing.T) {
	s := newStore(t)
	addSample(t, s)
	for _, q := range importQueries {
		args := make([]any, strings.Count(q, "?"))
		for i := range args {
			args[i] = "x"
		}
		var plan []string
		err := s.read(func(qr querier) error {
			rows, err := qr.QueryContext(bg, "EXPLAIN QUERY PLAN "+q, args...)
			if err != nil {
				return err
			}
			defer rows.Close()
			for rows.Next() {
				var id, parent, notused int
				var detail string
				if err := rows.Scan(&id, &parent, &notused, &detail); err != nil {
					return err
				}
				plan = append(plan, detail)
			}
			return rows.Err()
		})
		if err != nil {
			t.Fatal(err)
		}
		if p := strings.Join(plan, "; "); strings.Contains(p, "SCAN") {
			t.Errorf("%s\n  plan %q scans a table", q, p)
		}
	}
}

// AddDocuments adds a batch in one transaction: each document or its own
// error (a duplicate, also of one earlier in the batch, names the document
// it repeats; an invalid one is refused), the rest added.
func TestAddDocumentsBatch(t *testing.T) {
	s := newStore(t)
	first := addSample(t, s)
	sample, err := s.Document(first)
	if err != nil {
		t.Fatal(err)
	}
	docs := []annot.Document{
		{Title: "one", Text: "First new text."},
		{Title: "dup of sample", Text: sample.Text},
		{Title: "empty", Text: "  "},
		{Title: "two", Text: "Second new text."},
		{Title: "dup in batch", Text: "First new text."},
	}
	bad := &annot.Annotations{Mentions: []annot.Mention{{ID: 1, Span: annot.Span{Start: 0, End: 5}, Label: "NOPE"}}}
	docs = append(docs, annot.Document{Title: "bad label", Text: "Third new text."})
	sugg := make([]*annot.Annotations, len(docs))
	sugg[5] = bad
	ids, errs, err := s.AddDocuments(docs, sugg, annot.OriginDetector)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"", fmt.Sprintf("duplicate %d", first), "invalid", "", "duplicate 2", "invalid"}
	for i, w := range want {
		got := ""
		switch {
		case errors.Is(errs[i], annot.ErrDuplicate):
			got = fmt.Sprintf("duplicate %d", ids[i])
		case errors.Is(errs[i], annot.ErrInvalid):
			got = "invalid"
		case errs[i] != nil:
			got = errs[i].Error()
		}
		if got != w {
			t.Errorf("document %d (%s): %q, want %q", i, docs[i].Title, got, w)
		}
	}
	if n := len(mustDocs(t, s)); n != 3 {
		t.Errorf("%d documents in the project, want 3 (sample, one, two)", n)
	}
	if _, err := s.Labels(); err != nil {
		t.Fatal(err)
	}
}
