//go:build unix

package formats

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/quotebench/quotebench/annot"
)

// A regular file replaced by a named pipe between OpenInput's check and
// its open is refused, not waited on (a plain open of a pipe with no
// writer blocks for ever); a regular file still reads whole, with
// blocking reads.
func TestOpenInputNameSwappedForPipe(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "in.txt")
	if err := os.WriteFile(path, []byte("Some text.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	afterTypeCheck = func(p string) {
		if err := os.Remove(p); err != nil {
			t.Error(err)
		}
		if err := syscall.Mkfifo(p, 0o644); err != nil {
			t.Error("mkfifo:", err)
		}
	}
	defer func() { afterTypeCheck = nil }()
	done := make(chan error, 1)
	go func() {
		f, err := OpenInput(path)
		if f != nil {
			f.Close()
		}
		done <- err
	}()
	select {
	case err := <-done:
		if !errors.Is(err, annot.ErrInvalid) || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "named pipe") {
			t.Errorf("%v, want annot.ErrInvalid naming %s as a named pipe", err, path)
		}
	case <-time.After(5 * time.Second):
		// Unblock the open so the test binary can end.
		if w, err := os.OpenFile(path, os.O_WRONLY, 0); err == nil {
			w.Close()
		}
		t.Fatal("OpenInput waited on the named pipe that replaced the file")
	}
	afterTypeCheck = nil
	regularPath := filepath.Join(dir, "ok.txt")
	if err := os.WriteFile(regularPath, []byte("Some text.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := OpenInput(regularPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var nonblock bool
	rc, err := f.SyscallConn()
	if err != nil {
		t.Fatal(err)
	}
	if err := rc.Control(func(fd uintptr) {
		fl, _, errno := syscall.Syscall(syscall.SYS_FCNTL, fd, syscall.F_GETFL, 0)
		nonblock = errno == 0 && fl&syscall.O_NONBLOCK != 0
	}); err != nil {
		t.Fatal(err)
	}
	if nonblock {
		t.Error("the regular file is left in non-blocking mode")
	}
	if b, err := ReadInput(regularPath); err != nil || string(b) != "Some text.\n" {
		t.Errorf("read %q, %v", b, err)
	}
}
