package app

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/quotebench/quotebench/annot"
)

// blockingProject is a project whose import and export wait for release.
type blockingProject struct {
	*testProject
	started chan struct{}
	release chan struct{}
	rep     annot.ImportReport
	err     error
}

func newBlocking(t *testing.T) *blockingProject {
	return &blockingProject{testProject: newProject(t),
		started: make(chan struct{}), release: make(chan struct{})}
}

// While an import runs the project stays open: Open/New/Recent project are
// disabled and refused, quitting waits for the import and then closes.
func TestImportKeepsProjectOpen(t *testing.T) {
	p := newBlocking(t)
	h := newHarness(t, p)
	h.wb.prefs.addRecent("/elsewhere/other.quotebench")
	opened := 0
	h.wb.opts.Open = func(path string, ro bool) (Project, error) { opened++; return namedProject{newProject(t), path}, nil }

	h.wb.importPaths([]string{"a.txt"}, true)
	<-p.started
	for _, l := range []string{menuNewProject, menuOpenProject, "Recent projects"} {
		if it := menuItem(h.w, l); it == nil || !it.Disabled {
			t.Errorf("menu item %q enabled while an import runs", l)
		}
	}
	h.wb.OpenProject("/elsewhere/other.quotebench")
	if opened != 0 || p.closed || h.wb.Project() != Project(p) {
		t.Errorf("opening another project during an import: opened %d, closed %v", opened, p.closed)
	}
	quit := false
	h.wb.requestClose(func() { quit = true })
	if quit || p.closed {
		t.Fatal("closed the project under a running import without asking")
	}
	confirm(t, h.w, "Yes")

	close(p.release)
	h.wb.Wait()
	if !p.closed || !quit {
		t.Errorf("after the import finished: closed %v, quit %v; want both", p.closed, quit)
	}
}

// A failed import says so (not "Importing…" for ever) and how far it got;
// an import's notices are shown in its report.
func TestImportStoppedAndNotices(t *testing.T) {
	p := newBlocking(t)
	h := newHarness(t, p)
	errs := h.captureErrors()
	p.err = errors.New("disk I/O error")
	h.wb.importPaths([]string{"a.txt"}, false)
	<-p.started
	close(p.release)
	h.wb.Wait()
	if len(*errs) != 1 || !strings.Contains((*errs)[0].Error(), "stopped early after 1 of 3") {
		t.Errorf("errors shown %v, want one saying where the import stopped", *errs)
	}
	if strings.Contains(h.wb.saved.Text, "Importing") || !strings.Contains(h.wb.saved.Text, "Import stopped") {
		t.Errorf("status bar %q after a failed import", h.wb.saved.Text)
	}

	p2 := newBlocking(t)
	h2 := newHarness(t, p2)
	p2.rep = annot.ImportReport{Added: []annot.DocID{h2.a}, Notices: []annot.Rejected{{Path: "b.jsonl", Line: 4, Reason: "imported without suggestions: detector: boom"}}}
	close(p2.release)
	h2.wb.importPaths([]string{"b.jsonl"}, true)
	h2.wb.Wait()
	if got := dialogText(h2.w); !strings.Contains(got, "b.jsonl:4 — imported without suggestions: detector: boom") {
		t.Errorf("import report says %q, want the notice", got)
	}
}

func TestImportFolderReportsRejected(t *testing.T) {
	h := newHarness(t, openStore(t, t.TempDir()+"/x.quotebench"))
	dir := t.TempDir()
	good := "date 2026-04-01 Ferry fares rise\n\n“Prices must go up,” the operator said."
	for name, body := range map[string]string{"good.txt": good, "empty.txt": "", "binary.txt": "\x00\x01\x02\xff"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	h.wb.importPaths([]string{dir}, true)
	h.wb.Wait()
	if len(h.wb.docs) != 3 {
		t.Fatalf("document list has %d rows after importing, want 3", len(h.wb.docs))
	}
	if !strings.HasPrefix(h.wb.docTitle.Text, "Ferry fares rise") {
		t.Errorf("the imported article is not shown: title %q", h.wb.docTitle.Text)
	}
	if !strings.Contains(h.wb.saved.Text, "imported 1") || !strings.Contains(h.wb.saved.Text, "2 rejected") {
		t.Errorf("status bar %q", h.wb.saved.Text)
	}
	if h.wb.progress.Visible() {
		t.Error("progress bar still shown after the import")
	}
}

func (p *blockingProject) seed(t testing.TB) (annot.DocID, annot.DocID) { return p.testProject.seed(t) }

func (p *blockingProject) Import(paths []string, progress func(done, total int, item string)) (annot.ImportReport, error) {
	close(p.started)
	<-p.release
	if progress != nil {
		progress(1, 3, paths[0])
	}
	return p.rep, p.err
}
