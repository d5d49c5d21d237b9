package store

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/quotebench/quotebench/annot"
)

// The store never extends the label set on its own: annotations with a
// label the project does not have are refused, naming the label, and
// nothing of them is stored.
func TestUnknownLabelRefused(t *testing.T) {
	s := newStore(t)
	id := addSample(t, s)
	before, err := s.Labels()
	if err != nil {
		t.Fatal(err)
	}
	n0, _ := s.Annotations(id)
	bad := annot.Annotations{Mentions: []annot.Mention{
		{ID: 1, Span: annot.Span{Start: 0, End: 3}, Label: annot.LabelPerson},
		{ID: 2, Span: annot.Span{Start: 4, End: 8}, Label: "Spaceship"},
	}}
	err = s.AddAnnotations(id, bad)
	if !errors.Is(err, annot.ErrInvalid) || !strings.Contains(err.Error(), `"Spaceship"`) {
		t.Errorf("AddAnnotations: %v, want ErrInvalid naming the label", err)
	}
	if _, err := s.AddImported(id, bad); !errors.Is(err, annot.ErrInvalid) {
		t.Errorf("AddImported: %v, want ErrInvalid", err)
	}
	_, err = s.AddDocument(annot.Document{Title: "x", Text: "Some other text here."}, &annot.Annotations{
		Entities: []annot.Entity{{ID: 1, Name: "Zed", Label: "ALIEN"}},
	}, annot.OriginImport)
	if !errors.Is(err, annot.ErrInvalid) || !strings.Contains(err.Error(), `"ALIEN"`) {
		t.Errorf("AddDocument: %v, want ErrInvalid naming the label", err)
	}
	after, _ := s.Labels()
	if !reflect.DeepEqual(before, after) {
		t.Errorf("labels %v -> %v", before, after)
	}
	n1, _ := s.Annotations(id)
	if len(n1.Mentions) != len(n0.Mentions) {
		t.Errorf("mentions %d -> %d: part of a refused set was stored", len(n0.Mentions), len(n1.Mentions))
	}
	if docs := mustDocs(t, s); len(docs) != 1 {
		t.Errorf("%d documents, want 1", len(docs))
	}
}
