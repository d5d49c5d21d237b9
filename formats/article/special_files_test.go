//go:build unix

package article

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// mkfifo makes a named pipe, or skips the test where it cannot be made.
func mkfifo(t *testing.T, path string) {
	t.Helper()
	if err := syscall.Mkfifo(path, 0o644); err != nil {
		t.Skip("mkfifo:", err)
	}
}

// within runs fn and fails the test when it has not returned after 10 s; a
// reader stuck on a named pipe's open is then let go by opening its other end.
func within(t *testing.T, pipe string, fn func()) {
	t.Helper()
	done := make(chan struct{})
	go func() { fn(); close(done) }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		if f, err := os.OpenFile(pipe, os.O_RDWR, 0); err == nil {
			f.Close()
		}
		<-done
		t.Fatalf("reading %s hangs", pipe)
	}
}

// A named pipe is refused by name, never opened (which would wait for a
// writer forever): named directly, and found in a folder.
func TestNamedPipeRefused(t *testing.T) {
	dir := t.TempDir()
	pipe := filepath.Join(dir, "a.txt")
	mkfifo(t, pipe)
	good := filepath.Join(dir, "b.txt")
	if err := os.WriteFile(good, []byte("A title\nShe said it was fine.\n"), 0o644); err != nil {
		t.Fatal(err)
	}

	var items []Item
	var rejected []Issue
	h := Handler{Item: func(it Item) { items = append(items, it) }, Reject: func(is Issue) { rejected = append(rejected, is) }}
	within(t, pipe, func() { ReadFile(pipe, h) })
	if len(items) != 0 || len(rejected) != 1 || rejected[0].Path != pipe || !strings.Contains(rejected[0].Reason, "named pipe") {
		t.Errorf("named directly: items %v, rejected %v; want one rejection naming the pipe", items, rejected)
	}

	var files []string
	var issues []Issue
	within(t, pipe, func() { files, issues = Files([]string{dir}) })
	if len(files) != 1 || files[0] != good {
		t.Errorf("files %v, want only %s", files, good)
	}
	if len(issues) != 1 || issues[0].Path != pipe || !strings.Contains(issues[0].Reason, "named pipe") {
		t.Errorf("issues %v, want one naming the pipe", issues)
	}
}
