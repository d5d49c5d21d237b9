package store

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/quotebench/quotebench/annot"
)

// sideFiles lists what exists beside path (its -wal, -shm, .lock, ...).
func sideFiles(t *testing.T, path string) []string {
	t.Helper()
	ents, err := os.ReadDir(filepath.Dir(path))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range ents {
		if n := e.Name(); n != filepath.Base(path) && strings.HasPrefix(n, filepath.Base(path)) {
			out = append(out, n)
		}
	}
	return out
}

// A 0-byte project file is refused as damaged, read-only or not, and left
// as it is; it is never silently made a new, empty project.
func TestEmptyFileRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "empty"+Ext)
	if err := os.WriteFile(path, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, ro := range []bool{false, true} {
		s, err := Open(path, Options{ReadOnly: ro})
		if err == nil {
			s.Close()
			t.Fatalf("read-only %v: a 0-byte file was opened as a project", ro)
		}
		if !errors.Is(err, ErrNotProject) || !strings.Contains(err.Error(), "empty (0 bytes)") || !strings.Contains(err.Error(), path) {
			t.Errorf("read-only %v: %v, want ErrNotProject naming the file and saying it is empty", ro, err)
		}
	}
	if fi, err := os.Stat(path); err != nil || fi.Size() != 0 {
		t.Errorf("the refused file was changed: %v, %v", fi, err)
	}
	if side := sideFiles(t, path); len(side) > 0 {
		t.Errorf("files made beside a refused file: %v", side)
	}
}

// A new project appears under its name only whole: the name never holds a
// half-made file, and a leftover "P.creating" from a crash is replaced.
func TestCreateWhole(t *testing.T) {
	path := filepath.Join(t.TempDir(), "new"+Ext)
	if err := os.WriteFile(path+".creating", []byte("left by a crash"), 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	addSample(t, s)
	s.Close()
	if _, err := os.Stat(path + ".creating"); err == nil {
		t.Error("P.creating left behind")
	}
	if _, err := checkHeader(path); err != nil {
		t.Errorf("new project's header: %v", err)
	}
	r, err := Open(path, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if v, err := r.Version(); err != nil || v != latestVersion() {
		t.Errorf("version %d, %v", v, err)
	}
}

// Refusing a file from a newer Quotebench writes nothing beside it: no
// -wal, -shm or .lock.
func TestNewerVersionNoSideFiles(t *testing.T) {
	path := filepath.Join(t.TempDir(), "p"+Ext)
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.Exec(fmt.Sprintf("PRAGMA user_version = %d", latestVersion()+1)); err != nil {
		t.Fatal(err)
	}
	s.Close()
	for _, side := range sideFiles(t, path) {
		os.Remove(filepath.Join(filepath.Dir(path), side))
	}
	for _, ro := range []bool{true, false} {
		if _, err := Open(path, Options{ReadOnly: ro}); !errors.Is(err, annot.ErrNewerVersion) {
			t.Fatalf("read-only %v: %v, want annot.ErrNewerVersion", ro, err)
		}
		if side := sideFiles(t, path); len(side) > 0 {
			t.Errorf("read-only %v: files made beside a refused file: %v", ro, side)
		}
	}
}

// A dangling symbolic link and the file it names are one project: a writer
// through one makes the other busy, in either order.
func TestDanglingSymlinkOneWriter(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("symbolic links need privileges on Windows")
	}
	for _, linkFirst := range []bool{true, false} {
		dir := t.TempDir()
		target := filepath.Join(dir, "target"+Ext)
		link := filepath.Join(dir, "link"+Ext)
		if err := os.Symlink("target"+Ext, link); err != nil {
			t.Fatal(err)
		}
		first, second := target, link
		if linkFirst {
			first, second = link, target
		}
		s1, err := Open(first, Options{})
		if err != nil {
			t.Fatal(err)
		}
		addSample(t, s1)
		s2, err := Open(second, Options{})
		if err == nil {
			s2.Close()
			t.Errorf("link first %v: a second writer got in through %s", linkFirst, second)
		} else if !errors.Is(err, annot.ErrBusy) {
			t.Errorf("link first %v: %v, want annot.ErrBusy", linkFirst, err)
		}
		s1.Close()
		if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
			t.Errorf("link first %v: the link was replaced by a file", linkFirst)
		}
		if _, err := os.Stat(link + ".lock"); err == nil {
			t.Errorf("link first %v: a lock file was made for the link's name", linkFirst)
		}
	}
}

// Opening a named pipe as a project fails at once (it would wait forever
// for a writer) with a message saying what the file is.
func TestFIFOProjectRefused(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no named pipes in the file system on Windows")
	}
	path := filepath.Join(t.TempDir(), "pipe"+Ext)
	if err := syscall.Mkfifo(path, 0o644); err != nil {
		t.Skip("mkfifo:", err)
	}
	done := make(chan error, 1)
	go func() {
		_, err := Open(path, Options{ReadOnly: true})
		done <- err
	}()
	select {
	case err := <-done:
		if !errors.Is(err, ErrNotProject) || !strings.Contains(err.Error(), "not a regular file") {
			t.Errorf("%v, want ErrNotProject saying it is not a regular file", err)
		}
	case <-time.After(10 * time.Second):
		// Unblock the open so that the test binary can exit.
		if f, err := os.OpenFile(path, os.O_WRONLY, 0); err == nil {
			f.Close()
		}
		t.Fatal("opening a named pipe as a project hangs")
	}
}

// A project in a folder the user cannot write opens read-only (as list and
// export do) and shows its documents, without making any file; a writer
// open is refused with annot.ErrReadOnly saying that read-only works. As root
// (who may write anywhere) the check runs in a child process as nobody.
func TestReadOnlyFolder(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("folder permissions are ACLs on Windows")
	}
	if dir := os.Getenv("QB_READONLY_FOLDER"); dir != "" {
		checkReadOnlyFolder(t, dir)
		return
	}
	base, err := os.MkdirTemp("", "qb-readonly-")
	if err != nil {
		t.Fatal(err)
	}
	defer func() { os.Chmod(filepath.Join(base, "ro"), 0o755); os.RemoveAll(base) }()
	dir := filepath.Join(base, "ro")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	s, err := Open(filepath.Join(dir, "p"+Ext), Options{})
	if err != nil {
		t.Fatal(err)
	}
	addSample(t, s)
	s.Close()
	for _, side := range sideFiles(t, filepath.Join(dir, "p"+Ext)) {
		os.Remove(filepath.Join(dir, side))
	}
	if err := os.Chmod(dir, 0o555); err != nil {
		t.Fatal(err)
	}
	if os.Geteuid() != 0 {
		checkReadOnlyFolder(t, dir)
		return
	}
	// Root: run this test again as nobody from a copy of the test binary
	// that nobody may execute.
	if err := os.Chmod(base, 0o755); err != nil {
		t.Fatal(err)
	}
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	copyBin := filepath.Join(base, "store.test")
	if err := copyFile(exe, copyBin); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(copyBin, "-test.run", "^TestReadOnlyFolder$", "-test.v")
	cmd.Env = append(os.Environ(), "QB_READONLY_FOLDER="+dir, "TMPDIR="+os.TempDir())
	cmd.Dir = base
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	out, err := cmd.CombinedOutput()
	if err != nil || !bytes.Contains(out, []byte("--- PASS")) {
		t.Fatalf("as nobody: %v\n%s", err, out)
	}
	t.Logf("as nobody: %s", bytes.TrimSpace(out))
}

func checkReadOnlyFolder(t *testing.T, dir string) {
	path := filepath.Join(dir, "p"+Ext)
	before, _ := os.ReadDir(dir)
	r, err := Open(path, Options{ReadOnly: true})
	if err != nil {
		t.Fatalf("read-only open in a read-only folder: %v", err)
	}
	if n := len(mustDocs(t, r)); n != 1 {
		t.Errorf("read-only view has %d documents, want 1", n)
	}
	r.Close()
	_, err = Open(path, Options{})
	if !errors.Is(err, annot.ErrReadOnly) || !strings.Contains(err.Error(), "read-only") || !strings.Contains(err.Error(), path) {
		t.Errorf("writer open in a read-only folder: %v, want annot.ErrReadOnly naming the file and the way out", err)
	}
	after, _ := os.ReadDir(dir)
	if len(after) != len(before) {
		t.Errorf("files in the folder changed: %d -> %d", len(before), len(after))
	}
}

func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o755)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
