package app

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
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

func TestOpenProjectTwiceKeepsIt(t *testing.T) {
	mem := newProject(t)
	h := newHarness(t, mem)
	opened := 0
	h.wb.opts.Open = func(path string, ro bool) (Project, error) { opened++; return nil, annot.ErrBusy }
	h.wb.OpenProject(mem.Path()) // e.g. from Recent projects
	if opened != 0 || h.wb.Project() != Project(mem) || mem.closed {
		t.Errorf("reopening the open project: opened %d times, closed %v", opened, mem.closed)
	}
}

// New project never writes the chosen path: an existing file is opened as
// a project, and the open project's own path is refused.
func TestNewProjectNeverEmpties(t *testing.T) {
	mem := openStore(t, filepath.Join(t.TempDir(), "open.quotebench"))
	h := newHarness(t, mem)
	errs := h.captureErrors()
	var opened []string
	h.wb.opts.ProjectExt = ".quotebench"
	h.wb.opts.Open = func(path string, ro bool) (Project, error) {
		opened = append(opened, path)
		return namedProject{newProject(t), path}, nil
	}
	dir := t.TempDir()
	existing := filepath.Join(dir, "old.quotebench")
	if err := os.WriteFile(existing, []byte("SQLite format 3\x00 keep me"), 0o644); err != nil {
		t.Fatal(err)
	}

	// the open project's own path, with or without the extension
	h.wb.NewProjectAt(filepath.Dir(mem.Path()), "open")
	if len(opened) != 0 || mem.closed || len(*errs) != 1 {
		t.Fatalf("new project on the open one: opened %q, closed %v, errors %v", opened, mem.closed, *errs)
	}

	h.wb.NewProjectAt(dir, "old.quotebench")
	if b, err := os.ReadFile(existing); err != nil || string(b) != "SQLite format 3\x00 keep me" {
		t.Errorf("the existing file changed: %q %v", b, err)
	}
	if len(opened) != 1 || opened[0] != existing || h.wb.Project().Path() != existing {
		t.Errorf("opened %q, want the existing project %q", opened, existing)
	}

	h.wb.NewProjectAt(dir, "fresh")
	if want := filepath.Join(dir, "fresh.quotebench"); len(opened) != 2 || opened[1] != want {
		t.Errorf("opened %q, want %q", opened, want)
	}
	if _, err := os.Stat(filepath.Join(dir, "fresh")); err == nil {
		t.Error("a file without the extension was left behind")
	}
}

// Answering No to a busy project leaves a window that says what to do next
// and keeps the article given on the command line for the next project.
func TestBusyProjectNoKeepsArticle(t *testing.T) {
	fa := test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	w.Resize(fyne.NewSize(1280, 800))
	busy := func(string, bool) (Project, error) { return nil, annot.ErrBusy }
	wb := New(fa, w, Options{Version: "test", Open: busy})
	wb.errorf = func(err error) { t.Errorf("error shown: %v", err) }
	art := filepath.Join(t.TempDir(), "ferry.txt")
	if err := os.WriteFile(art, []byte("Ferry fares rise\n\n“Prices must go up,” the operator said.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	wb.Start(filepath.Join(t.TempDir(), "busy.quotebench"), []string{art})
	confirm(t, w, "No")
	msg := wb.docTitle.Text
	for _, want := range []string{"open in another Quotebench window", "File → Open project", "ferry.txt will be imported"} {
		if !strings.Contains(msg, want) {
			t.Errorf("the empty window says %q, want %q in it", msg, want)
		}
	}
	p := newProject(t)
	wb.opts.Open = func(string, bool) (Project, error) { return p, nil }
	wb.OpenProject(p.Path())
	wb.Wait()
	docs, err := p.Documents(annot.DocFilter{})
	if err != nil || len(docs) != 1 || docs[0].Title != "Ferry fares rise" {
		t.Errorf("the next project holds %+v (%v), want the article from the command line", docs, err)
	}
}
