package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/store"
)

// The annotator is set once per project file from the command line;
// decisions made (here: imported as decisions, with and without a
// one-off --annotator) carry the name into the native JSONL export.
func TestAnnotatorCommandAndExport(t *testing.T) {
	dir := t.TempDir()
	proj := filepath.Join(dir, "p.quotebench")
	agreeProject(t, proj, "", func(*store.Store, annot.DocID, annot.Annotations) {})
	code, out, _ := cli(t, "annotator", "--project", proj)
	if code != 0 || !strings.Contains(out, "the OS user; no name set") {
		t.Errorf("annotator before any name: exit %d, %q", code, out)
	}
	if code, out, errs := cli(t, "annotator", "--project", proj, "Ana Lima"); code != 0 || out != "Ana Lima\n" {
		t.Fatalf("set: exit %d, %q %q", code, out, errs)
	}
	if code, _, errs := cli(t, "annotator", "--project", proj, "a\tb"); code != 1 || !strings.Contains(errs, "control characters") {
		t.Errorf("bad name: exit %d, %q", code, errs)
	}
	if code, out, _ := cli(t, "annotator", "--project", proj); code != 0 || out != "Ana Lima\n" {
		t.Errorf("show: exit %d, %q", code, out)
	}
	q1, q3 := at(t, `"We will build it."`), at(t, "Critics disagree.")
	write := func(name string, s annot.Span) string {
		p := filepath.Join(dir, name)
		line := fmt.Sprintf(`{"id":"doe","text":%q,"quotes":[{"start":%d,"end":%d,"type":"direct"}],"entities":[]}`+"\n", agreeArticle, s.Start, s.End)
		if err := os.WriteFile(p, []byte(line), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	if code, out, errs := cli(t, "import-annotations", "--project", proj, "--format", "jsonl", "--state", "accepted", write("a.jsonl", q1)); code != 0 {
		t.Fatalf("import: %d %s%s", code, out, errs)
	}
	if code, out, errs := cli(t, "import-annotations", "--project", proj, "--format", "jsonl", "--state", "accepted",
		"--annotator", "Gold team", write("b.jsonl", q3)); code != 0 {
		t.Fatalf("import --annotator: %d %s%s", code, out, errs)
	}
	exp := filepath.Join(dir, "out.jsonl")
	if code, out, errs := cli(t, "export", "--project", proj, "--format", "jsonl", "--out", exp); code != 0 {
		t.Fatalf("export: %d %s%s", code, out, errs)
	}
	b, err := os.ReadFile(exp)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"annotator":"Ana Lima"`, `"annotator":"Gold team"`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("export lacks %s:\n%.800s", want, b)
		}
	}
	if code, out, _ := cli(t, "annotator", "--project", proj, "--clear"); code != 0 || !strings.Contains(out, "the OS user") {
		t.Errorf("--clear: exit %d, %q", code, out)
	}
}
