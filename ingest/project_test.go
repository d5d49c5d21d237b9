package ingest

import (
	"encoding/json"
	"errors"
	"path/filepath"
	"testing"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/store"
)

// newStore opens a project on a temp file with the production DSN.
func newStore(t testing.TB) *store.Store {
	t.Helper()
	s, err := store.Open(filepath.Join(t.TempDir(), "p"+store.Ext), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// importer imports into s with det.
func importer(s *store.Store, det Detector) Importer { return Importer{Store: s, Detect: det} }

const sampleText = "Ana Ferreira said: “The repairs are on schedule.” She added that “the bridge” would reopen."

// addSample adds a document with a quote and its speaker.
func addSample(t testing.TB, s *store.Store) annot.DocID {
	t.Helper()
	det := annot.Provenance{Origin: annot.OriginDetector, State: annot.StateSuggested, Confidence: 0.8}
	sugg := &annot.Annotations{
		Entities: []annot.Entity{{ID: 1, Name: "Ana Ferreira", Label: annot.LabelPerson, Provenance: det}},
		Mentions: []annot.Mention{{ID: 1, Span: annot.Span{Start: 0, End: 12}, Label: annot.LabelPerson, Type: annot.MentionName, Entity: 1, Provenance: det}},
		Quotes: []annot.Quote{{ID: 1, Parts: []annot.Span{{Start: 19, End: 49}}, Kind: annot.KindDirect,
			Cue: annot.Span{Start: 13, End: 17}, Speaker: 1, Provenance: det}},
	}
	id, err := s.AddDocument(annot.Document{Title: "Bridge", Date: "2026-03-14", Text: sampleText}, sugg, annot.OriginDetector)
	if err != nil {
		t.Fatal(err)
	}
	return id
}

// contents renders every document of s with its status and annotations,
// in id order, through the store's API, for before/after comparisons.
func contents(t testing.TB, s *store.Store) []string {
	t.Helper()
	sums, err := s.Documents(annot.DocFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, d := range sums {
		doc, err := s.Document(d.ID)
		if err != nil {
			t.Fatal(err)
		}
		a, err := s.Annotations(d.ID)
		if err != nil {
			t.Fatal(err)
		}
		b, err := json.Marshal(struct {
			Doc    annot.Document
			Status annot.Status // not in the document's JSON
			Ann    annot.Annotations
		}{doc, doc.Status, a})
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, string(b))
	}
	return out
}

// An import on a project opened read-only is refused.
func TestImportReadOnly(t *testing.T) {
	path := filepath.Join(t.TempDir(), "p"+store.Ext)
	s, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	addSample(t, s)
	ro, err := store.Open(path, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	if _, err := importer(ro, nil).Import([]string{path}, nil); !errors.Is(err, annot.ErrReadOnly) {
		t.Errorf("import on read-only store: %v, want annot.ErrReadOnly", err)
	}
}
