package store

import (
	"fmt"
	"strings"
	"testing"

	"github.com/quotebench/quotebench/annot"
)

// fillLarge inserts n documents of about 5 KB (longer than a 4 KB page, so
// each text spills into overflow pages) with 40 mentions and 10 quotes
// each, straight through SQL to keep the set-up short.
func fillLarge(tb testing.TB, s *Store, n int) {
	tb.Helper()
	body := strings.Repeat("The minister said on Friday that the “harbour bridge” would reopen in May. ", 70)
	err := s.write(func(tx querier) error {
		for i := 0; i < n; i++ {
			txt := fmt.Sprintf("%d %s", i, body)
			res, err := tx.ExecContext(bg, `INSERT INTO documents (ext_id, title, text, chars, sha256, sha256_lf, created, updated)
				VALUES (?, ?, ?, ?, ?, ?, '', '')`, fmt.Sprint("doc-", i), fmt.Sprint("Article ", i), txt, len([]rune(txt)), annot.TextHash(txt), annot.TextHash(txt))
			if err != nil {
				return err
			}
			d, _ := res.LastInsertId()
			for k := 0; k < 40; k++ {
				if _, err := tx.ExecContext(bg, `INSERT INTO mentions (doc_id, start, "end", label, type, origin, state)
					VALUES (?, ?, ?, 'PERSON', 'name', 'detector', ?)`, d, k, k+1, []string{"suggested", "accepted"}[k%2]); err != nil {
					return err
				}
			}
			for k := 0; k < 10; k++ {
				if _, err := tx.ExecContext(bg, `INSERT INTO quotes (doc_id, kind, origin, state)
					VALUES (?, 'direct', 'detector', ?)`, d, []string{"suggested", "rejected"}[k%2]); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	if _, err := s.db.Exec("PRAGMA wal_checkpoint(TRUNCATE)"); err != nil {
		tb.Fatal(err)
	}
}

// BenchmarkDocumentsList lists 10,000 documents of about 5 KB with their
// counts, what the document list of the GUI and 'quotebench list' do: with
// the indexes of migration 5 and, on the same file, without them (the
// schema of version 4).
func BenchmarkDocumentsList(b *testing.B) {
	s := newStore(b)
	fillLarge(b, s, 10000)
	list := func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			ds, err := s.Documents(annot.DocFilter{})
			if err != nil || len(ds) != 10000 {
				b.Fatal(len(ds), err)
			}
		}
	}
	b.Run("indexes", list)
	for _, q := range []string{"DROP INDEX documents_list", "DROP INDEX documents_status_list",
		"DROP INDEX quotes_doc_state", "DROP INDEX mentions_doc_state", "CREATE INDEX documents_status ON documents (status)"} {
		if _, err := s.db.Exec(q); err != nil {
			b.Fatal(err)
		}
	}
	b.Run("version4", list)
}

// BenchmarkEachDocument reads 1,000 documents of about 5 KB with 50
// annotations each for an export: in one read transaction (EachDocument)
// and, as the CLI export did before, with Document and Annotations per
// document (two transactions each).
func BenchmarkEachDocument(b *testing.B) {
	s := newStore(b)
	fillLarge(b, s, 1000)
	ds, err := s.Documents(annot.DocFilter{})
	if err != nil {
		b.Fatal(err)
	}
	ids := make([]annot.DocID, len(ds))
	for i, d := range ds {
		ids[i] = d.ID
	}
	b.Run("one-transaction", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			n := 0
			if err := s.EachDocument(ids, func(annot.Document, annot.Annotations) bool { n++; return true }); err != nil || n != len(ids) {
				b.Fatal(n, err)
			}
		}
	})
	b.Run("per-document", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			for _, id := range ids {
				if _, err := s.Document(id); err != nil {
					b.Fatal(err)
				}
				if _, err := s.Annotations(id); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
}
