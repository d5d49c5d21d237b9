package app

import (
	"strings"
	"testing"

	"github.com/quotebench/quotebench/annot"
)

// oneFileProject imports one large input: it reports progress inside the
// file and waits for the test before it finishes.
type oneFileProject struct {
	*testProject
	reported chan struct{}
	release  chan struct{}
}

func (p oneFileProject) seed(t testing.TB) (annot.DocID, annot.DocID) { return p.testProject.seed(t) }

func (p oneFileProject) Import(paths []string, progress func(done, total int, item string)) (annot.ImportReport, error) {
	progress(0, 1, paths[0])
	progress(0, 1, paths[0]+": 100 articles read")
	close(p.reported)
	<-p.release
	return annot.ImportReport{}, nil
}

// During a single large import the bar moves (an indeterminate one: there
// is no fraction of one file) and the status says how far it got; the
// summary dialog of a plain import is one line, not a scroll box.
func TestSingleLargeImportShowsProgress(t *testing.T) {
	p := oneFileProject{newProject(t), make(chan struct{}), make(chan struct{})}
	h := newHarness(t, p)
	h.wb.importPaths([]string{"/data/big.jsonl"}, false)
	<-p.reported
	if !h.wb.busyBar.Visible() || h.wb.progress.Visible() {
		t.Errorf("one input: moving bar shown %v, fraction bar shown %v; want the moving one", h.wb.busyBar.Visible(), h.wb.progress.Visible())
	}
	if !strings.Contains(h.wb.saved.Text, "big.jsonl: 100 articles read") {
		t.Errorf("status %q, want how far into the file", h.wb.saved.Text)
	}
	close(p.release)
	h.wb.Wait()
	if h.wb.busyBar.Visible() {
		t.Error("the moving bar stays after the import")
	}
	if txt := dialogText(h.w); !strings.Contains(txt, "Added 0 documents; 0 were already in the project.") {
		t.Errorf("summary dialog says %q", txt)
	}
	top := h.w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no summary dialog")
	}
	if hgt := top.MinSize().Height; hgt > 200 {
		t.Errorf("a one-line summary dialog is %v high, want it to fit its line", hgt)
	}
}
