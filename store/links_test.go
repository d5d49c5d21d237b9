package store

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/quotebench/quotebench/annot"
)

// A project reached through a symbolic link (to the file or to its folder)
// takes the same writer lock as by its own name, and one reached through a
// hard link while open under its other name is refused with a clear
// message, not "disk I/O error".
func TestOpenThroughLinks(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("symbolic links need privileges on Windows")
	}
	dir := t.TempDir()
	p := filepath.Join(dir, "p"+Ext)
	s1, err := Open(p, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s1.Close()
	addSample(t, s1)

	linkDir := filepath.Join(t.TempDir(), "linked")
	if err := os.Symlink(dir, linkDir); err != nil {
		t.Fatal(err)
	}
	fileLink := filepath.Join(dir, "link"+Ext)
	if err := os.Symlink(p, fileLink); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{fileLink, filepath.Join(linkDir, "p"+Ext), filepath.Join(linkDir, "link"+Ext)} {
		s2, err := Open(name, Options{})
		if err == nil {
			s2.Close()
			t.Errorf("%s: a second writer got in", name)
		} else if !errors.Is(err, annot.ErrBusy) {
			t.Errorf("%s: %v, want annot.ErrBusy", name, err)
		}
	}
	if _, err := os.Stat(fileLink + ".lock"); err == nil {
		t.Error("a lock file was made for the link's name")
	}
	// Read-only through the link sees the project.
	r, err := Open(fileLink, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	if n := len(mustDocs(t, r)); n != 1 {
		t.Errorf("read-only through the link: %d documents", n)
	}
	r.Close()

	hard := filepath.Join(dir, "hard"+Ext)
	if err := os.Link(p, hard); err != nil {
		t.Skip("no hard links here:", err)
	}
	s3, err := Open(hard, Options{})
	if err == nil {
		s3.Close()
		t.Fatal("a second writer got in through a hard link")
	}
	if !errors.Is(err, annot.ErrBusy) || !strings.Contains(err.Error(), "hard links") {
		t.Errorf("hard link: %v, want annot.ErrBusy naming the hard links", err)
	}
}

// The document with the given text wins over a different text under the
// same external id; with no document of that text the external id still
// finds the latest.
func TestFindDocumentSameExtID(t *testing.T) {
	s := newStore(t)
	texts := []string{"First story text.", "Second story text.", "Third text, other id."}
	var ids []annot.DocID
	for i, text := range texts {
		ext := "story"
		if i == 2 {
			ext = "other"
		}
		id, err := s.AddDocument(annot.Document{ExtID: ext, Text: text}, nil, annot.OriginImport)
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
	}
	tests := []struct {
		ext, sha string
		want     annot.DocID
	}{
		{"story", annot.TextHash(texts[0]), ids[0]},
		{"story", annot.TextHash(texts[1]), ids[1]},
		{"story", "", ids[1]},
		{"story", annot.TextHash("a text nobody has"), ids[1]},
		{"story", annot.TextHash(texts[2]), ids[2]},
		{"", annot.TextHash(texts[0]), ids[0]},
		{"nobody", annot.TextHash(texts[0]), ids[0]},
	}
	for _, tt := range tests {
		d, found, err := s.FindDocument(tt.ext, tt.sha)
		if err != nil || !found || d.ID != tt.want {
			t.Errorf("FindDocument(%q, %.8s) = %d, %v, %v; want %d", tt.ext, tt.sha, d.ID, found, err, tt.want)
		}
	}
}
