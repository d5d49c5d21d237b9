package quotebench_test

// The import policy of Quotebench, checked with `go list -deps` in the spirit
// of Go's src/go/build/deps_test.go. Dependencies point inward:
//   - the core (annot, detect, formats, assets) never imports Fyne, SQLite
//     or cgo, nor the store, the importer, the GUI or cmd;
//   - annot, the domain (with its text primitives annot/tokens and
//     annot/textlayer), imports nothing of ours outside annot/;
//   - the store persists only: of ours it imports the domain alone, and it
//     is the only package besides cmd with go-sqlite3;
//   - the importer (ingest), the learner (learn) and agreement (agree) work
//     on projects through interfaces they declare: no store, no GUI, no
//     SQLite, no Fyne;
//   - the GUI (app) reaches the store and the importer through interfaces
//     it declares, never by importing them;
//   - only cmd imports fyne.io/fyne/v2/app.

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
		core := under(p.ImportPath, "annot", "agree", "detect", "formats", "learn", "assets")
		for _, d := range p.Deps {
			ours := strings.HasPrefix(d, module+"/")
			fyne := strings.HasPrefix(d, "fyne.io/")
			sqlite := strings.HasPrefix(d, "github.com/mattn/go-sqlite3")
			switch {
			case core && (fyne || sqlite || d == "runtime/cgo"):
				t.Errorf("%s is core but depends on %s", p.ImportPath, d)
			case core && ours && !under(d, "annot", "detect", "formats", "assets"):
				t.Errorf("%s is core but imports %s", p.ImportPath, d)
			case under(p.ImportPath, "annot") && ours && !under(d, "annot"):
				t.Errorf("%s is the domain and must import nothing of ours outside annot/, imports %s", p.ImportPath, d)
			case under(p.ImportPath, "store") && (fyne || ours && !under(d, "annot")):
				t.Errorf("store imports %s; it may import only the domain (annot)", d)
			case under(p.ImportPath, "ingest", "learn", "agree") && (fyne || sqlite || under(d, "store", "app", "cmd")):
				t.Errorf("%s works on a project through interfaces but imports %s", p.ImportPath, d)
			case sqlite && !under(p.ImportPath, "store", "cmd"):
				t.Errorf("%s depends on go-sqlite3; only store may", p.ImportPath)
			case d == "fyne.io/fyne/v2/app" && !under(p.ImportPath, "cmd"):
				t.Errorf("%s imports fyne.io/fyne/v2/app; only cmd may", p.ImportPath)
			case under(p.ImportPath, "app") && under(d, "store", "ingest"):
				t.Errorf("GUI package %s imports %s; declare an interface instead", p.ImportPath, d)
			}
		}
		if core && len(p.CgoFiles) > 0 {
			t.Errorf("%s is core but has cgo files", p.ImportPath)
		}
	}
}
