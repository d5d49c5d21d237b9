package app

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/store"
)

// A project the store cannot open for writing (a read-only folder: the
// store says annot.ErrReadOnly) is offered read-only, as a busy one is, and
// opens read-only when the user agrees.
func TestOpenUnwritableOffersReadOnly(t *testing.T) {
	h := newHarness(t, newProject(t))
	other := openStore(t, filepath.Join(t.TempDir(), "shared.quotebench"))
	other.addDoc(t, "Shared story", articleB, annot.Annotations{})
	path := other.Path()
	other.Close()

	var asked []bool
	h.wb.opts.Open = func(p string, ro bool) (Project, error) {
		asked = append(asked, ro)
		if !ro {
			return nil, fmt.Errorf("open project %q: %w: its folder cannot be written (permission denied)", p, annot.ErrReadOnly)
		}
		s, err := store.Open(p, store.Options{ReadOnly: true})
		if err != nil {
			return nil, err
		}
		t.Cleanup(func() { s.Close() })
		return &testProject{Store: s}, nil
	}
	h.wb.OpenProject(path)
	if txt := dialogText(h.w); !strings.Contains(txt, "read-only") || !strings.Contains(txt, path) {
		t.Fatalf("dialog says %q, want the file and a read-only offer", txt)
	}
	confirm(t, h.w, "Yes")
	if len(asked) != 2 || asked[0] || !asked[1] {
		t.Fatalf("opens asked %v, want a writer open then a read-only one", asked)
	}
	if h.wb.Project() == nil || h.wb.Project().Path() != path || !h.wb.Project().ReadOnly() {
		t.Errorf("after agreeing the window shows %v, want %s read-only", h.wb.Project(), path)
	}
	if len(h.errs) > 0 {
		t.Errorf("errors shown: %v", h.errs)
	}
}
