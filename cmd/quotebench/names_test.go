package main

import (
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"
)

// A line break or tab in a file name does not split the CLI's output
// lines or fields: such names are printed quoted, each report still one
// line; ordinary names are printed as they are.
func TestFileNamesStayOnTheirLine(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no line breaks in Windows file names")
	}
	isolate(t)
	dir := t.TempDir()
	odd := filepath.Join(dir, "two\nlines\tand tab.txt")
	plain := filepath.Join(dir, "plain.txt")
	bad := filepath.Join(dir, "bad\nname.txt")
	for name, text := range map[string]string{
		odd:   "An odd name\nThe mayor said the bridge would open.\n",
		plain: "A plain name\nThe council said it would vote.\n",
		bad:   "",
	} {
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	p := filepath.Join(t.TempDir(), "x.quotebench")
	code, out, errOut := cli(t, "import", "--no-detect", "--project", p, odd, plain, bad)
	if code != 1 {
		t.Fatalf("code %d, want 1 (the empty file is rejected)\n%s%s", code, out, errOut)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 3 {
		t.Fatalf("stdout has %d lines, want 3 (two added, the summary):\n%s", len(lines), out)
	}
	if want := "added\t1\t" + `"` + strings.ReplaceAll(strings.ReplaceAll(odd, "\n", `\n`), "\t", `\t`) + `"`; lines[0] != want {
		t.Errorf("first line %q, want %q", lines[0], want)
	}
	if want := "added\t2\t" + plain; lines[1] != want {
		t.Errorf("second line %q, want %q", lines[1], want)
	}
	errLines := strings.Split(strings.TrimSuffix(errOut, "\n"), "\n")
	if len(errLines) != 1 || !strings.HasPrefix(errLines[0], `rejected: "`+strings.ReplaceAll(bad, "\n", `\n`)+`": `) {
		t.Errorf("stderr %q, want one rejection line naming the quoted file", errOut)
	}
}

func TestProjectNames(t *testing.T) {
	for _, c := range []struct {
		paths, annotators, want []string
	}{
		{[]string{"a.quotebench", "b.quotebench"}, []string{"", ""}, []string{"a.quotebench", "b.quotebench"}},
		{[]string{"x/ana/p.quotebench", "x/bo/p.quotebench"}, []string{"", ""}, []string{"ana/p.quotebench", "bo/p.quotebench"}},
		{[]string{"ana/p.quotebench", "bo/p.quotebench"}, []string{"Ana", ""}, []string{"Ana", "bo/p.quotebench"}},
		{[]string{"a/p.quotebench", "b/p.quotebench", "c.quotebench"}, []string{"Ana", "Ana", "Bo"}, []string{"Ana (a/p.quotebench)", "Ana (b/p.quotebench)", "Bo"}},
		{[]string{"p.quotebench", "a/p.quotebench"}, []string{"", ""}, []string{"p.quotebench", "a/p.quotebench"}},
		{[]string{"p.quotebench", "./p.quotebench"}, []string{"", ""}, []string{"p.quotebench", "p.quotebench-2"}},
		{[]string{"a\nb.quotebench", "c.quotebench"}, []string{"", ""}, []string{`"a\nb.quotebench"`, "c.quotebench"}},
	} {
		if got := projectNames(c.paths, c.annotators); !reflect.DeepEqual(got, c.want) {
			t.Errorf("projectNames(%q, %q) = %q, want %q", c.paths, c.annotators, got, c.want)
		}
	}
}
