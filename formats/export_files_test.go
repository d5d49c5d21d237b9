package formats_test

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/quotebench/quotebench/formats"
	"github.com/quotebench/quotebench/formats/formatstest"
)

// Exported files and folders are readable by others (0644, 0755), not
// private like the temporary files they start as.
func TestExportModes(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no Unix modes")
	}
	for _, name := range []string{"jsonl", "csv", "brat"} {
		t.Run(name, func(t *testing.T) {
			out, _ := formatstest.Export(t, name, formatstest.All(), formats.Options{})
			f, _ := formats.Lookup(name)
			check := func(p string, want os.FileMode) {
				fi, err := os.Stat(p)
				if err != nil {
					t.Fatal(err)
				}
				if got := fi.Mode().Perm(); got != want {
					t.Errorf("%s: mode %v, want %v", p, got, want)
				}
			}
			if f.Dir {
				check(out, 0o755)
				ents, _ := os.ReadDir(out)
				for _, e := range ents {
					check(filepath.Join(out, e.Name()), 0o644)
				}
				return
			}
			check(out, 0o644)
			check(formats.ManifestPath(f, out), 0o644)
		})
	}
}

// A failure after the output replaced an earlier export never leaves the
// earlier export's manifest beside the new output.
func TestExportNeverPairsOldManifest(t *testing.T) {
	f, _ := formats.Lookup("jsonl")
	out := filepath.Join(t.TempDir(), "out.jsonl")
	items := formatstest.All()
	if _, err := formats.Export(out, "jsonl", formatstest.Seq(items[:1]), 1, formats.Options{}, nil); err != nil {
		t.Fatal(err)
	}
	mp := formats.ManifestPath(f, out)
	restore := formats.SetRename(func(oldpath, newpath string) error {
		if newpath == mp {
			return errors.New("injected failure")
		}
		return os.Rename(oldpath, newpath)
	})
	defer restore()
	if _, err := formats.Export(out, "jsonl", formatstest.Seq(items), len(items), formats.Options{}, nil); err == nil {
		t.Fatal("the manifest's rename failed and Export said nothing")
	}
	b, err := os.ReadFile(mp)
	if errors.Is(err, os.ErrNotExist) {
		return // the new output stands alone: read as a file of another tool
	}
	if err != nil {
		t.Fatal(err)
	}
	var m formats.Manifest
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	if m.Counts.Documents != len(items) {
		t.Errorf("the manifest beside the new output (%d documents) describes the old one (%d documents)", len(items), m.Counts.Documents)
	}
}
