package store

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/quotebench/quotebench/annot"
)

func TestSnapshots(t *testing.T) {
	s := newStore(t)
	id := addSample(t, s)
	var made []string
	for i, st := range []annot.Status{annot.StatusInProgress, annot.StatusDone, annot.StatusSkipped} {
		if err := s.SetStatus(id, st); err != nil {
			t.Fatal(err)
		}
		p, err := s.Snapshot(2)
		if err != nil {
			t.Fatal(err)
		}
		made = append(made, p)
		if i > 0 && p <= made[i-1] {
			t.Fatalf("snapshot names do not sort in time order: %s after %s", p, made[i-1])
		}
	}
	got, err := s.Snapshots()
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0] != made[1] || got[1] != made[2] {
		t.Fatalf("snapshots = %v, want the last two of %v", got, made)
	}
	// A snapshot is a project file holding the state at its time.
	snap, err := Open(got[0], Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer snap.Close()
	if d, err := snap.Document(id); err != nil || d.Status != annot.StatusDone {
		t.Errorf("snapshot status = %q, %v; want done", d.Status, err)
	}

	dst := filepath.Join(t.TempDir(), "copy"+Ext)
	if err := s.Backup(dst); err != nil {
		t.Fatal(err)
	}
	if err := s.Backup(dst); !errors.Is(err, os.ErrExist) {
		t.Errorf("backup over an existing file: %v", err)
	}
	c, err := Open(dst, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if d, err := c.Document(id); err != nil || d.Status != annot.StatusSkipped {
		t.Errorf("copy status = %q, %v", d.Status, err)
	}
}
