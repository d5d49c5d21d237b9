package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/store"
)

// The window's tests also run on the real store: a project file in
// t.TempDir() with the production DSN. storeProject adapts it the way
// cmd/quotebench does.
type storeProject struct {
	*store.Store
}

func (p *storeProject) Documents(f DocFilter) ([]DocSummary, error) {
	ds, err := p.Store.Documents(store.DocFilter{Status: f.Status, Query: f.Query, IDs: f.IDs})
	out := make([]DocSummary, len(ds))
	for i, d := range ds {
		out[i] = DocSummary{ID: d.ID, Title: d.Title, Date: d.Date, Status: d.Status, Quotes: d.Quotes, Mentions: d.Mentions, Pending: d.Pending}
	}
	return out, err
}

func (p *storeProject) Import(paths []string, progress func(done, total int, item string)) (ImportReport, error) {
	r, err := p.Store.Import(paths, nil, store.Progress(progress))
	out := ImportReport{Added: r.Added, Duplicates: r.Duplicates}
	for _, x := range r.Rejected {
		out.Rejected = append(out.Rejected, Rejected{Path: x.Path, Line: x.Line, Reason: x.Reason})
	}
	for _, x := range r.Notices {
		out.Notices = append(out.Notices, Rejected{Path: x.Path, Line: x.Line, Reason: x.Reason})
	}
	return out, err
}

func (p *storeProject) Undo() (JournalEntry, bool, error) {
	e, ok, err := p.Store.Undo()
	return JournalEntry{Doc: e.Doc, Action: e.Action}, ok, err
}

func (p *storeProject) Redo() (JournalEntry, bool, error) {
	e, ok, err := p.Store.Redo()
	return JournalEntry{Doc: e.Doc, Action: e.Action}, ok, err
}

func (p *storeProject) Stats() (Stats, error) {
	s, err := p.Store.Stats()
	out := Stats{ByStatus: s.ByStatus, DetectorAccepted: s.DetectorAccepted, DetectorEdited: s.DetectorEdited,
		DetectorRejected: s.DetectorRejected, DetectorPending: s.DetectorPending}
	for _, x := range s.Speakers {
		out.Speakers = append(out.Speakers, SpeakerCount{Name: x.Name, Count: x.Count})
	}
	return out, err
}

func (p *storeProject) seed(t testing.TB) (annot.DocID, annot.DocID) {
	t.Helper()
	fa := fixtureA(t)
	a, err := p.AddDocument(annot.Document{Title: "Bridge vote", Text: articleA}, &fa, annot.OriginDetector)
	if err != nil {
		t.Fatalf("add document: %v", err)
	}
	b, err := p.AddDocument(annot.Document{Title: "Second story", Text: articleB}, &annot.Annotations{}, annot.OriginDetector)
	if err != nil {
		t.Fatalf("add document: %v", err)
	}
	return a, b
}

func openStore(t *testing.T, path string) *storeProject {
	t.Helper()
	s, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatalf("open project: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return &storeProject{s}
}

func storeBackends(t *testing.T) map[string]func(t *testing.T) seeder {
	return map[string]func(t *testing.T) seeder{
		"store": func(t *testing.T) seeder { return openStore(t, t.TempDir()+"/x.quotebench") },
	}
}

// reopen closes a project and opens its file again, as after a restart.
func reopen(t *testing.T, p Project) Project {
	switch p := p.(type) {
	case *memProject:
		return p // memory is its own file
	case *storeProject:
		path := p.Path()
		if err := p.Close(); err != nil {
			t.Fatalf("close project: %v", err)
		}
		return openStore(t, path)
	}
	t.Fatalf("cannot reopen %T", p)
	return nil
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
