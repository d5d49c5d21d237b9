package formats_test

import (
	"errors"
	"testing"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/formats"
	"github.com/quotebench/quotebench/formats/formatstest"
)

// memSource is a project of formatstest's items, the first one done.
type memSource []formats.Item

func (m memSource) Documents(f annot.DocFilter) ([]annot.DocSummary, error) {
	var out []annot.DocSummary
	for i := range m {
		st := annot.StatusTodo
		if i == 0 {
			st = annot.StatusDone
		}
		if f.Status == "" || f.Status == st {
			out = append(out, annot.DocSummary{ID: annot.DocID(i + 1), Status: st})
		}
	}
	return out, nil
}

func (m memSource) Document(id annot.DocID) (annot.Document, error) {
	if id < 1 || int(id) > len(m) {
		return annot.Document{}, annot.ErrNotFound
	}
	return m[id-1].Doc, nil
}

func (m memSource) Annotations(id annot.DocID) (annot.Annotations, error) {
	if id == 2 {
		return annot.Annotations{}, errors.New("disk error")
	}
	return m[id-1].Ann, nil
}

// SourceItems lists the documents of a status, reads each as the exporter
// comes to it, and passes a read error on.
func TestSourceItems(t *testing.T) {
	src := memSource(formatstest.All())
	items, n, err := formats.SourceItems(src, annot.StatusDone)
	if err != nil || n != 1 {
		t.Fatalf("done: %d items, %v", n, err)
	}
	var got []formats.Item
	if err := items(func(it formats.Item) bool { got = append(got, it); return true }); err != nil || len(got) != 1 || got[0].Doc.Text != src[0].Doc.Text {
		t.Errorf("done items %d (%v)", len(got), err)
	}
	items, n, err = formats.SourceItems(src, "")
	if err != nil || n != len(src) {
		t.Fatalf("all: %d items, %v", n, err)
	}
	if err := items(func(formats.Item) bool { return true }); err == nil || err.Error() != "disk error" {
		t.Errorf("a read error was not passed on: %v", err)
	}
}
