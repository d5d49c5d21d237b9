package app

import (
	"path/filepath"
	"testing"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/ingest"
	"github.com/quotebench/quotebench/store"
)

// The window's tests run on the real store: a project file in t.TempDir()
// with the production DSN, importing without a detector.
type testProject struct {
	*store.Store
	ingest.Importer
	closed bool
}

func (p *testProject) Close() error {
	p.closed = true
	return p.Store.Close()
}

// addDoc adds a document with detector suggestions.
func (p *testProject) addDoc(t testing.TB, title, text string, a annot.Annotations) annot.DocID {
	t.Helper()
	id, err := p.AddDocument(annot.Document{Title: title, Text: text}, &a, annot.OriginDetector)
	if err != nil {
		t.Fatalf("add document %q: %v", title, err)
	}
	return id
}

func (p *testProject) seed(t testing.TB) (annot.DocID, annot.DocID) {
	t.Helper()
	return p.addDoc(t, "Bridge vote", articleA, fixtureA(t)), p.addDoc(t, "Second story", articleB, annot.Annotations{})
}

func openStore(t testing.TB, path string) *testProject {
	t.Helper()
	s, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatalf("open project: %v", err)
	}
	p := &testProject{Store: s, Importer: ingest.Importer{Store: s}}
	t.Cleanup(func() {
		if !p.closed {
			s.Close()
		}
	})
	return p
}

// newProject is an empty project file in t.TempDir().
func newProject(t testing.TB) *testProject {
	return openStore(t, filepath.Join(t.TempDir(), "x.quotebench"))
}

// namedProject is a project that says it is the file at path, for tests of
// which file the window opens.
type namedProject struct {
	*testProject
	path string
}

func (p namedProject) Path() string { return p.path }

// reopen closes a project and opens its file again, as after a restart.
func reopen(t *testing.T, p Project) Project {
	path := p.Path()
	if err := p.Close(); err != nil {
		t.Fatalf("close project: %v", err)
	}
	return openStore(t, path)
}
