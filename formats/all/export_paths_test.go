package all_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/formats"
	_ "github.com/quotebench/quotebench/formats/all"
	"github.com/quotebench/quotebench/formats/formatstest"
	"github.com/quotebench/quotebench/formats/labelstudio"
)

// evilIDs are document ids that would leave the output folder if they were
// used as file names as they are.
var evilIDs = []string{
	"../../evil",
	"/abs/path",
	`C:\x`,
	"a/../../b",
	`..\..\win-evil`,
	`\\server\share\unc`,
	"..",
	".",
	"./.hidden",
	"sub/dir/deep",
	"nul\x00byte",
	"~/home-evil",
	strings.Repeat("../", 60) + "long",
}

// Exports never write outside the chosen folder, whatever the document ids:
// every registered format exports documents with evilIDs from inside a
// folder three levels deep; afterwards the only new files are the output
// (a file and its manifest, or a folder), and nothing appeared beside the
// temporary tree, in the working directory or at the absolute path an id names.
func TestExportStaysInFolder(t *testing.T) {
	base := formatstest.Article()
	var items []formats.Item
	for i, id := range evilIDs {
		it := base
		it.Doc.ID = annot.DocID(100 + i)
		it.Doc.ExtID = id
		items = append(items, it)
	}
	cwdBefore := listDir(t, ".")
	absBefore := exists("/abs")
	names := formats.Names()
	if len(names) < 5 {
		t.Fatalf("only %d formats registered: %v", len(names), names)
	}
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			f, err := formats.Lookup(name)
			if err != nil {
				t.Fatal(err)
			}
			root := t.TempDir()
			folder := filepath.Join(root, "a", "b", "chosen")
			if err := os.MkdirAll(folder, 0o755); err != nil {
				t.Fatal(err)
			}
			out := filepath.Join(folder, "export"+f.Ext)
			m, err := formats.Export(out, name, formatstest.Seq(items), len(items), formats.Options{State: "all"}, nil)
			if err != nil {
				t.Fatalf("export: %v", err)
			}
			if m.Counts.Documents != len(items) {
				t.Errorf("exported %d documents, want %d", m.Counts.Documents, len(items))
			}
			allowed := func(p string) bool {
				if f.Dir {
					return p == out || strings.HasPrefix(p, out+string(filepath.Separator))
				}
				// Label Studio's labeling config goes beside the tasks.
				return p == out || p == formats.ManifestPath(f, out) || name == "labelstudio" && p == out+labelstudio.ConfigSuffix
			}
			outside, inside, err := walkOutput(root, folder, allowed)
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range outside {
				t.Errorf("written outside the output: %s", p)
			}
			if len(inside) == 0 {
				t.Error("nothing written")
			}
			if f.Dir {
				// Files sit directly in the output folder: ids make no subfolders.
				for _, p := range inside {
					if filepath.Dir(p) != out {
						t.Errorf("file in a subfolder: %s", p)
					}
				}
			}
		})
	}
	if got := listDir(t, "."); got != cwdBefore {
		t.Errorf("the working directory changed:\nbefore %s\nafter  %s", cwdBefore, got)
	}
	if !absBefore && exists("/abs") {
		t.Error("an export created /abs")
	}
	for _, p := range []string{"../../evil", "../../b", "../evil", "../b"} {
		if exists(p) {
			t.Errorf("an export created %s relative to the working directory", p)
		}
	}
}

func exists(p string) bool { _, err := os.Lstat(p); return err == nil }

func listDir(t *testing.T, dir string) string {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range ents {
		names = append(names, e.Name())
	}
	return strings.Join(names, " ")
}

// walkOutput lists what lies under root outside the folders leading to
// folder and outside the paths allowed, and the files allowed.
func walkOutput(root, folder string, allowed func(string) bool) (outside, inside []string, err error) {
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		switch {
		case p == root || p == folder || strings.HasPrefix(folder, p+string(filepath.Separator)):
		case allowed(p):
			if !d.IsDir() {
				inside = append(inside, p)
			}
		default:
			outside = append(outside, p)
		}
		return nil
	})
	sort.Strings(outside)
	return outside, inside, err
}

// The walk sees a file that a naive writer (folder joined with the id)
// would leave outside the folder.
func TestWalkOutputFindsEscapes(t *testing.T) {
	root := t.TempDir()
	folder := filepath.Join(root, "a", "b", "chosen")
	out := filepath.Join(folder, "export.jsonl")
	os.MkdirAll(folder, 0o755)
	os.WriteFile(out, []byte("{}\n"), 0o644)
	allowed := func(p string) bool { return p == out }
	for _, id := range []string{"../../evil", "a/../../b"} {
		p := filepath.Join(folder, id) + ".txt"
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	outside, inside, err := walkOutput(root, folder, allowed)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{filepath.Join(root, "a", "b", "b.txt"), filepath.Join(root, "a", "evil.txt")}
	if strings.Join(outside, " ") != strings.Join(want, " ") || len(inside) != 1 {
		t.Errorf("outside %v inside %v; want outside %v", outside, inside, want)
	}
}
