package store

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/quotebench/quotebench/annot"
)

// A full disk never makes a project unreadable: on a 1 MiB tmpfs, documents
// are added until the disk is full; the project then opens again (writer
// and read-only) with every document whose add was acknowledged, and takes
// new ones once there is room. Needs root to mount the tmpfs; skips
// otherwise.
func TestDiskFullProjectOpensAgain(t *testing.T) {
	dir := t.TempDir()
	if err := syscall.Mount("tmpfs", dir, "tmpfs", 0, "size=1m"); err != nil {
		t.Skipf("cannot mount a small tmpfs here (needs root): %v", err)
	}
	defer syscall.Unmount(dir, syscall.MNT_DETACH)
	p := filepath.Join(dir, "full"+Ext)
	s, err := Open(p, Options{})
	if err != nil {
		t.Fatal(err)
	}
	acked := 0
	var addErr error
	for i := 0; i < 10000; i++ {
		d := annot.Document{Title: fmt.Sprintf("Article %d", i), Text: fmt.Sprintf("Article %d. ", i) + strings.Repeat("Officials said the plan would change. ", 40)}
		if _, addErr = s.AddDocument(d, &annot.Annotations{}, annot.OriginHuman); addErr != nil {
			break
		}
		acked++
	}
	if addErr == nil {
		t.Fatal("the disk never filled up")
	}
	t.Logf("disk full after %d documents: %v", acked, addErr)
	s.Close()
	for _, ro := range []bool{true, false} {
		s, err := Open(p, Options{ReadOnly: ro})
		if err != nil {
			t.Fatalf("open after a full disk (read-only %v): %v", ro, err)
		}
		sums, err := s.Documents(annot.DocFilter{})
		if err != nil {
			t.Fatal(err)
		}
		if len(sums) != acked {
			t.Errorf("read-only %v: %d documents, want the %d acknowledged", ro, len(sums), acked)
		}
		s.Close()
	}
}

// A checkpoint cut short (the database file shorter than its header says,
// the pages still in the WAL) is what a full disk or a crash during a
// checkpoint leaves. SQLite reads it from the WAL; the project opens with
// every document, and the writer completes the checkpoint.
func TestCheckpointCutShortOpens(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "p"+Ext)
	s, err := Open(p, Options{})
	if err != nil {
		t.Fatal(err)
	}
	add := func(s *Store, from, n int) {
		for i := from; i < from+n; i++ {
			d := annot.Document{Title: fmt.Sprint(i), Text: fmt.Sprintf("Document %d. ", i) + strings.Repeat("She said the vote was close. ", 30)}
			if _, err := s.AddDocument(d, &annot.Annotations{}, annot.OriginHuman); err != nil {
				t.Fatal(err)
			}
		}
	}
	add(s, 0, 5)
	s.Close() // checkpointed: the file holds everything
	before, err := os.Stat(p)
	if err != nil {
		t.Fatal(err)
	}
	// More documents go to the WAL only; keep a copy of file and WAL as a
	// crash would leave them.
	s, err = Open(p, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.Exec("PRAGMA wal_autocheckpoint=0"); err != nil {
		t.Fatal(err)
	}
	add(s, 5, 60)
	wal, err := os.ReadFile(p + "-wal")
	if err != nil || len(wal) == 0 {
		t.Fatalf("no WAL to work with: %v", err)
	}
	if _, err := s.db.Exec("PRAGMA wal_checkpoint(FULL)"); err != nil {
		t.Fatal(err)
	}
	full, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	if int64(len(full)) <= before.Size() {
		t.Fatalf("the checkpoint did not grow the file (%d -> %d bytes)", before.Size(), len(full))
	}
	// The checkpoint wrote page 1 (the new page count) but the disk filled
	// before the last pages: the file stops short, the WAL is intact.
	cut := full[:before.Size()+(int64(len(full))-before.Size())/2/4096*4096]
	if err := os.WriteFile(p, cut, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p+"-wal", wal, 0o644); err != nil {
		t.Fatal(err)
	}
	os.Remove(p + "-shm")
	for _, ro := range []bool{true, false} {
		s, err := Open(p, Options{ReadOnly: ro})
		if err != nil {
			t.Fatalf("open after a checkpoint cut short (read-only %v): %v", ro, err)
		}
		sums, err := s.Documents(annot.DocFilter{})
		if err != nil {
			t.Fatal(err)
		}
		if len(sums) != 65 {
			t.Errorf("read-only %v: %d documents, want 65", ro, len(sums))
		}
		s.Close()
	}
	fi, err := os.Stat(p)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Size() < int64(len(full)) {
		t.Errorf("the writer left the file at %d bytes; the checkpoint should have completed (%d)", fi.Size(), len(full))
	}
	// A file that is short with no WAL to complete it is still refused.
	if err := os.WriteFile(p, cut, 0o644); err != nil {
		t.Fatal(err)
	}
	os.Remove(p + "-wal")
	os.Remove(p + "-shm")
	if _, err := Open(p, Options{}); !errors.Is(err, ErrNotProject) {
		t.Errorf("a truncated file with no WAL opened: %v", err)
	}
}
