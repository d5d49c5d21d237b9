//go:build unix

package all

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/formats"
)

// Every importable format refuses a named pipe by name instead of opening
// it (which waits for a writer forever): as the file named, and as a file
// of a brat folder.
func TestImportNamedPipeRefused(t *testing.T) {
	for _, name := range formats.Importable() {
		t.Run(name, func(t *testing.T) {
			f, err := formats.Lookup(name)
			if err != nil {
				t.Fatal(err)
			}
			dir := t.TempDir()
			ext := f.Ext
			if ext == "" {
				ext = ".ann"
			}
			pipe := filepath.Join(dir, "in"+ext)
			if name == "brat" { // the .ann is the pipe; its text is fine
				if err := os.WriteFile(filepath.Join(dir, "in.txt"), []byte("Some text.\n"), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			if err := syscall.Mkfifo(pipe, 0o644); err != nil {
				t.Skip("mkfifo:", err)
			}
			got := readWithin(t, f, pipe, pipe)
			if !errors.Is(got, annot.ErrInvalid) || !strings.Contains(got.Error(), pipe) || !strings.Contains(got.Error(), "named pipe") {
				t.Errorf("%v, want annot.ErrInvalid naming %s as a named pipe", got, pipe)
			}
		})
	}
	t.Run("brat folder", func(t *testing.T) {
		f, err := formats.Lookup("brat")
		if err != nil {
			t.Fatal(err)
		}
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, "x.ann"), nil, 0o644); err != nil {
			t.Fatal(err)
		}
		pipe := filepath.Join(dir, "x.txt")
		if err := syscall.Mkfifo(pipe, 0o644); err != nil {
			t.Skip("mkfifo:", err)
		}
		got := readWithin(t, f, dir, pipe)
		if got == nil || !strings.Contains(got.Error(), pipe) || !strings.Contains(got.Error(), "named pipe") {
			t.Errorf("%v, want an error naming %s as a named pipe", got, pipe)
		}
	})
}

// readWithin reads path with f and returns the first error (of the read or
// of a record); it fails the test when the read has not ended after 10 s,
// letting go of a reader stuck on pipe.
func readWithin(t *testing.T, f *formats.Format, path, pipe string) error {
	t.Helper()
	done := make(chan error, 1)
	go func() {
		var first error
		err := f.Read(path, formats.Options{}, func(rec formats.Record) bool {
			if rec.Err != nil && first == nil {
				first = rec.Err
			}
			return true
		})
		if err != nil {
			first = err
		}
		done <- first
	}()
	select {
	case err := <-done:
		return err
	case <-time.After(10 * time.Second):
		if p, err := os.OpenFile(pipe, os.O_RDWR, 0); err == nil {
			p.Close()
		}
		<-done
		t.Fatalf("reading %s hangs", path)
		return nil
	}
}
