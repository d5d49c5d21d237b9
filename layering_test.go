package quotebench_test

// The import policy of Quotebench, checked with `go list -deps` in the spirit
// of Go's src/go/build/deps_test.go. Dependencies point inward: the core
// (annot, detect, formats, assets) never imports Fyne, SQLite or cgo; only the
// store imports go-sqlite3; only cmd imports fyne.io/fyne/v2/app; the GUI
// reaches the store through interfaces it declares, never by importing it.

import (
	"encoding/json"
	"os/exec"
	"strings"
	"testing"
)

const module = "github.com/quotebench/quotebench"

type pkgInfo struct {
	ImportPath string
	Deps       []string
	CgoFiles   []string
}

func listDeps(t *testing.T) []pkgInfo {
	t.Helper()
	cmd := exec.Command("go", "list", "-tags", "sqlite_fts5", "-json=ImportPath,Deps,CgoFiles", "./...")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	var pkgs []pkgInfo
	dec := json.NewDecoder(strings.NewReader(string(out)))
	for dec.More() {
		var p pkgInfo
		if err := dec.Decode(&p); err != nil {
			t.Fatal(err)
		}
		pkgs = append(pkgs, p)
	}
	return pkgs
}

func under(path string, prefixes ...string) bool {
	for _, p := range prefixes {
		if path == module+"/"+p || strings.HasPrefix(path, module+"/"+p+"/") {
			return true
		}
	}
	return false
}

func TestLayering(t *testing.T) {
	pkgs := listDeps(t)
	if len(pkgs) < 3 {
		t.Fatalf("go list found only %d packages", len(pkgs))
	}
	for _, p := range pkgs {
		core := under(p.ImportPath, "annot", "agree", "detect", "formats", "assets")
		for _, d := range p.Deps {
			switch {
			case core && (strings.HasPrefix(d, "fyne.io/") || strings.HasPrefix(d, "github.com/mattn/go-sqlite3") || d == "runtime/cgo"):
				t.Errorf("%s is core but depends on %s", p.ImportPath, d)
			case core && under(d, "app", "store", "cmd") && !under(d, "annot", "detect", "formats"):
				t.Errorf("%s is core but imports %s", p.ImportPath, d)
			case under(p.ImportPath, "annot") && strings.HasPrefix(d, module):
				t.Errorf("annot must import nothing of ours, imports %s", d)
			case d == "github.com/mattn/go-sqlite3" && !under(p.ImportPath, "store", "cmd"):
				t.Errorf("%s depends on go-sqlite3; only store may", p.ImportPath)
			case d == "fyne.io/fyne/v2/app" && !under(p.ImportPath, "cmd"):
				t.Errorf("%s imports fyne.io/fyne/v2/app; only cmd may", p.ImportPath)
			case under(p.ImportPath, "app") && !core && under(d, "store"):
				t.Errorf("GUI package %s imports the store; declare an interface instead", p.ImportPath)
			case under(p.ImportPath, "store") && (strings.HasPrefix(d, "fyne.io/") || under(d, "app") && !under(d, "annot", "formats", "detect")):
				t.Errorf("store imports %s", d)
			}
		}
		if core && len(p.CgoFiles) > 0 {
			t.Errorf("%s is core but has cgo files", p.ImportPath)
		}
	}
}
