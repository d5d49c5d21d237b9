package ingest

import (
	"errors"
	"testing"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/store"
)

// failingStore fails the batch number failAt (1-based) as a full disk would.
type failingStore struct {
	*store.Store
	batches, failAt int
}

var errDiskFull = errors.New("database or disk is full")

func (s *failingStore) AddDocuments(docs []annot.Document, sugg []*annot.Annotations, origin annot.Origin) ([]annot.DocID, []error, error) {
	s.batches++
	if s.batches == s.failAt {
		return make([]annot.DocID, len(docs)), make([]error, len(docs)), errDiskFull
	}
	return s.Store.AddDocuments(docs, sugg, origin)
}

// An import is durable per batch: when the store fails part-way, the
// report names exactly the documents committed before (all in the
// project), the error says why it stopped, and running the import again
// skips those as duplicates and adds the rest.
func TestImportDurablePerBatch(t *testing.T) {
	n := 2*BatchDocs + 200
	path := writeCorpus(t, n)
	s := newStore(t)
	rep, err := Importer{Store: &failingStore{Store: s, failAt: 2}}.Import([]string{path}, nil)
	if !errors.Is(err, errDiskFull) {
		t.Fatalf("err = %v, want the store's failure", err)
	}
	if len(rep.Added) != BatchDocs {
		t.Fatalf("reported %d added, want the first batch (%d)", len(rep.Added), BatchDocs)
	}
	docs, err := s.Documents(annot.DocFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != BatchDocs {
		t.Fatalf("%d documents in the project, want %d", len(docs), BatchDocs)
	}
	for i, id := range rep.Added {
		if docs[i].ID != id {
			t.Fatalf("reported document %d is not in the project", id)
		}
	}
	rep, err = Importer{Store: s}.Import([]string{path}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Duplicates) != BatchDocs || len(rep.Added) != n-BatchDocs {
		t.Errorf("re-run: %d duplicates, %d added; want %d and %d", len(rep.Duplicates), len(rep.Added), BatchDocs, n-BatchDocs)
	}
}
