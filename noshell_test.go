package quotebench_test

// Nothing runs a shell or another program: no non-test Go source of the
// program (annot/, detect/, formats/, ingest/, learn/, agree/, store/, app/,
// cmd/) imports os/exec or calls os.StartProcess, syscall.Exec or
// syscall.ForkExec, except the files allowed below (none today). Tests may
// (layering_test.go runs `go list`, the store's crash test runs itself).

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// execAllowed lists non-test files that may start processes, with the reason.
var execAllowed = map[string]string{}

// execUses reports how one Go source starts processes: "import os/exec",
// "os.StartProcess", "syscall.Exec", ... (empty when it does not).
func execUses(fset *token.FileSet, name string, src any) ([]string, error) {
	f, err := parser.ParseFile(fset, name, src, parser.SkipObjectResolution)
	if err != nil {
		return nil, err
	}
	local := map[string]string{} // local name -> import path, for os, syscall, x/sys
	var uses []string
	for _, imp := range f.Imports {
		path, _ := strconv.Unquote(imp.Path.Value)
		switch path {
		case "os/exec":
			uses = append(uses, "import os/exec")
			continue
		case "os", "syscall", "golang.org/x/sys/unix", "golang.org/x/sys/windows":
		default:
			continue
		}
		n := path[strings.LastIndex(path, "/")+1:]
		if imp.Name != nil {
			n = imp.Name.Name
		}
		local[n] = path
	}
	ast.Inspect(f, func(n ast.Node) bool {
		sel, ok := n.(*ast.SelectorExpr)
		if !ok {
			return true
		}
		id, ok := sel.X.(*ast.Ident)
		if !ok || local[id.Name] == "" {
			return true
		}
		switch sel.Sel.Name {
		case "StartProcess", "Exec", "ForkExec", "CreateProcess", "ShellExecute":
			uses = append(uses, local[id.Name]+"."+sel.Sel.Name)
		}
		return true
	})
	return uses, nil
}

func TestNothingRunsAShell(t *testing.T) {
	fset := token.NewFileSet()
	var found []string
	for _, root := range []string{"annot", "detect", "formats", "ingest", "learn", "agree", "store", "app", "cmd"} {
		scanned := 0
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() {
				if name := d.Name(); path != root && (name == "testdata" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")) {
					return filepath.SkipDir
				}
				return nil
			}
			if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
				return nil
			}
			uses, err := execUses(fset, path, nil)
			if err != nil {
				return err
			}
			scanned++
			if len(uses) > 0 && execAllowed[filepath.ToSlash(path)] == "" {
				found = append(found, filepath.ToSlash(path)+": "+strings.Join(uses, ", "))
			}
			return nil
		})
		if err != nil {
			t.Fatalf("walk %s: %v", root, err)
		}
		if scanned == 0 { // a scan of nothing would prove nothing
			t.Errorf("no Go sources found under %s/", root)
		}
	}
	sort.Strings(found)
	for _, f := range found {
		t.Errorf("%s (starts a process; add it to execAllowed with a reason only if it must)", f)
	}
}

// The scanner finds what it looks for, renamed imports included, and leaves
// ordinary code alone.
func TestExecUses(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"exec", "package p\nimport \"os/exec\"\nvar _ = exec.Command", "import os/exec"},
		{"renamed exec", "package p\nimport x \"os/exec\"\nvar _ = x.Command", "import os/exec"},
		{"start process", "package p\nimport \"os\"\nfunc f() { os.StartProcess(\"/bin/sh\", nil, nil) }", "os.StartProcess"},
		{"syscall exec", "package p\nimport sc \"syscall\"\nfunc f() { sc.Exec(\"/bin/sh\", nil, nil) }", "syscall.Exec"},
		{"fork exec", "package p\nimport \"syscall\"\nvar _ = syscall.ForkExec", "syscall.ForkExec"},
		{"unix exec", "package p\nimport \"golang.org/x/sys/unix\"\nvar _ = unix.Exec", "golang.org/x/sys/unix.Exec"},
		{"plain os", "package p\nimport \"os\"\nvar _ = os.Open", ""},
		{"method named Exec", "package p\nimport \"database/sql\"\nfunc f(db *sql.DB) { db.Exec(\"\") }", ""},
		{"local named os", "package p\ntype t struct{}\nfunc (t) StartProcess() {}\nfunc f() { var os t; os.StartProcess() }", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			uses, err := execUses(token.NewFileSet(), tt.name+".go", tt.src)
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Join(uses, ", "); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
