package formats_test

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/quotebench/quotebench/formats"
	"github.com/quotebench/quotebench/formats/formatstest"
)

// An export never writes over the open project or its companions, whatever
// name, link or hard link the output is given; the files stay as they were.
func TestExportRefusesProjectFiles(t *testing.T) {
	dir := t.TempDir()
	proj := filepath.Join(dir, "p.quotebench")
	protect := []string{proj, proj + "-wal", proj + "-shm", proj + "-journal", proj + ".lock"}
	want := map[string]string{proj: "PROJECT", proj + "-wal": "WAL", proj + ".lock": ""}
	for p, body := range want {
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	outs := map[string]string{
		"the project":                 proj,
		"its WAL":                     proj + "-wal",
		"its lock":                    proj + ".lock",
		"its -shm, absent now":        proj + "-shm",
		"a roundabout name":           filepath.Join(dir, "sub", "..", "p.quotebench"),
		"its manifest on a companion": filepath.Join(dir, "q.jsonl"),
		"a link to the project":       filepath.Join(dir, "link.jsonl"),
		"a hard link to it":           filepath.Join(dir, "hard.jsonl"),
		"a dangling link to -shm":     filepath.Join(dir, "dangling.jsonl"),
	}
	if err := os.Mkdir(filepath.Join(dir, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	// the manifest of q.jsonl is q.jsonl.manifest.json: protect it as if it were a companion
	protectQ := append(protect, filepath.Join(dir, "q.jsonl.manifest.json"))
	if runtime.GOOS != "windows" {
		if err := os.Symlink(proj, outs["a link to the project"]); err != nil {
			t.Fatal(err)
		}
		if err := os.Symlink("p.quotebench-shm", outs["a dangling link to -shm"]); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Link(proj, outs["a hard link to it"]); err != nil {
		t.Fatal(err)
	}
	items := formatstest.All()
	for name, out := range outs {
		t.Run(name, func(t *testing.T) {
			if runtime.GOOS == "windows" && (name == "a link to the project" || name == "a dangling link to -shm") {
				t.Skip("no symbolic links")
			}
			_, err := formats.Export(out, "jsonl", formatstest.Seq(items), len(items), formats.Options{Protect: protectQ}, nil)
			if !errors.Is(err, formats.ErrProtected) {
				t.Fatalf("export to %s: %v, want ErrProtected", out, err)
			}
			for p, body := range want {
				if got, err := os.ReadFile(p); err != nil || string(got) != body {
					t.Errorf("%s now holds %q (%v), want %q", p, got, err, body)
				}
			}
			if _, err := os.Lstat(proj + "-shm"); err == nil {
				t.Errorf("%s was created", proj+"-shm")
			}
		})
	}
	// any other name in the same folder exports as usual
	other := filepath.Join(dir, "other.jsonl")
	if _, err := formats.Export(other, "jsonl", formatstest.Seq(items), len(items), formats.Options{Protect: protectQ}, nil); err != nil {
		t.Fatalf("export beside the project: %v", err)
	}
}

// An export never replaces another project either (perhaps open in a
// window): any SQLite database, its -wal, or a file with a writer's lock
// beside it is refused, and the file stays as it was.
func TestExportRefusesOtherDatabases(t *testing.T) {
	dir := t.TempDir()
	other := filepath.Join(dir, "other.quotebench")
	db := "SQLite format 3\x00" + strings.Repeat("\x00", 84)
	files := map[string]string{other: db, other + "-wal": "WAL", filepath.Join(dir, "locked.jsonl"): "{}", filepath.Join(dir, "locked.jsonl.lock"): ""}
	for p, body := range files {
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	items := formatstest.All()
	for _, out := range []string{other, other + "-wal", filepath.Join(dir, "locked.jsonl")} {
		_, err := formats.Export(out, "jsonl", formatstest.Seq(items), len(items), formats.Options{}, nil)
		if !errors.Is(err, formats.ErrProtected) {
			t.Errorf("export to %s: %v, want ErrProtected", out, err)
		}
	}
	for p, body := range files {
		if got, err := os.ReadFile(p); err != nil || string(got) != body {
			t.Errorf("%s changed", p)
		}
	}
	// an earlier export (not a database) is still replaced as usual
	prev := filepath.Join(dir, "prev.jsonl")
	if err := os.WriteFile(prev, []byte("old export\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := formats.Export(prev, "jsonl", formatstest.Seq(items), len(items), formats.Options{}, nil); err != nil {
		t.Errorf("replacing an earlier export: %v", err)
	}
}
