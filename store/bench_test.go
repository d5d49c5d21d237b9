package store

import (
	"fmt"
	"strings"
	"testing"

	"github.com/quotebench/quotebench/annot"
)

// BenchmarkSetQuoteState is the commonest user action (accept/reject a
// suggestion): one journaled, fsynced transaction.
func BenchmarkSetQuoteState(b *testing.B) {
	s := newStore(b)
	id := addSample(b, s)
	a, _ := s.Annotations(id)
	q := a.Quotes[0].ID
	states := []annot.State{annot.StateAccepted, annot.StateRejected}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := s.SetQuoteState(q, states[i%2]); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkAddMention(b *testing.B) {
	s := newStore(b)
	id := addSample(b, s)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := s.AddMention(id, annot.Span{Start: 0, End: 3}, annot.LabelPerson, annot.MentionName, 0); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkUndoRedo(b *testing.B) {
	s := newStore(b)
	id := addSample(b, s)
	a, _ := s.Annotations(id)
	if err := s.MergeEntities(a.Entities[0].ID, a.Entities[0].ID); err == nil {
		b.Fatal("self merge accepted")
	}
	if err := s.DeleteMention(a.Mentions[0].ID); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, ok, err := s.Undo(); err != nil || !ok {
			b.Fatal(ok, err)
		}
		if _, ok, err := s.Redo(); err != nil || !ok {
			b.Fatal(ok, err)
		}
	}
}

func BenchmarkAnnotations(b *testing.B) {
	s := newStore(b)
	id := addSample(b, s)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := s.Annotations(id); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkImport imports 100 articles of about 4 KB from a folder, each
// with suggestions, one transaction per article. Bytes/s is import speed.
// BenchmarkFindDocument looks up one document among 500 of about 4 KB by
// the hash of its text (what each record of an annotation import does),
// against what the import did before: read every document's text once per
// import to build the lookup tables.
func BenchmarkFindDocument(b *testing.B) {
	s := newStore(b)
	para := "The minister said on Friday that the harbour bridge would reopen in May. "
	var sums []string
	for i := 0; i < 500; i++ {
		text := fmt.Sprintf("Article %d.\r\n%s", i, strings.Repeat(para, 50))
		if _, err := s.AddDocument(annot.Document{ExtID: fmt.Sprint("doc-", i), Text: text}, nil, annot.OriginImport); err != nil {
			b.Fatal(err)
		}
		sums = append(sums, annot.TextHash(annot.NormalizeNewlines(text)))
	}
	b.Run("index", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			if _, found, err := s.FindDocument("", sums[i%len(sums)]); err != nil || !found {
				b.Fatal(found, err)
			}
		}
	})
	b.Run("load-all", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			docs, err := s.Documents(annot.DocFilter{})
			if err != nil {
				b.Fatal(err)
			}
			byHash := map[string]annot.DocID{}
			for _, d := range docs {
				doc, err := s.Document(d.ID)
				if err != nil {
					b.Fatal(err)
				}
				byHash[annot.TextHash(annot.NormalizeNewlines(doc.Text))] = d.ID
			}
			if _, ok := byHash[sums[i%len(sums)]]; !ok {
				b.Fatal("not found")
			}
		}
	})
}
