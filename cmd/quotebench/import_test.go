package main

import (
	"bytes"
	"encoding/binary"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/assets"
	"github.com/quotebench/quotebench/formats/article"
	"github.com/quotebench/quotebench/formats/formatstest"
)

// cli runs the command line in-process.
func cli(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, &out, &errb)
	return code, out.String(), errb.String()
}

// isolate points the user data directory at a temp dir so that no test
// touches the real default project.
func isolate(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	t.Setenv("XDG_DATA_HOME", dir)
	t.Setenv("HOME", dir)
	t.Setenv("AppData", dir)
	return dir
}

// header reads the journal mode and user_version from the SQLite header.
func header(t *testing.T, path string) (wal bool, userVersion uint32) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil || len(b) < 100 {
		t.Fatalf("read %s: %v", path, err)
	}
	return b[18] == 2 && b[19] == 2, binary.BigEndian.Uint32(b[60:64])
}

func TestImportSampleAcceptance(t *testing.T) {
	isolate(t)
	sample := formatstest.SharedPath(t, "corpus/sample/putin-xi-2022-12-30.txt")
	p := filepath.Join(t.TempDir(), "x.quotebench")

	code, out, errOut := cli(t, "import", "--project", p, sample)
	if code != 0 || !strings.HasPrefix(out, "added\t1\t"+sample+"\n") || !strings.Contains(out, "1 added, 0 duplicate, 0 rejected") {
		t.Fatalf("first import: code %d\n%s%s", code, out, errOut)
	}
	code, out, errOut = cli(t, "import", "--project", p, sample)
	if code != 0 || !strings.Contains(out, "duplicate\t1\t"+sample) || !strings.Contains(out, "0 added, 1 duplicate") {
		t.Fatalf("second import: code %d\n%s%s", code, out, errOut)
	}
	code, out, errOut = cli(t, "list", "--project", p)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != 0 || len(lines) != 2 || lines[0] != "id\ttitle\tdate\tstatus\tquotes\tmentions\tpending" {
		t.Fatalf("list: code %d\n%s%s", code, out, errOut)
	}
	f := strings.Split(lines[1], "\t")
	data, err := os.ReadFile(sample)
	if err != nil {
		t.Fatal(err)
	}
	doc, _, err := article.ParseText(data) // its title is checked against the file in formats/article
	if err != nil || doc.Title == "" {
		t.Fatalf("parse the sample: %v (title %q)", err, doc.Title)
	}
	want := []string{"1", doc.Title, "2022-12-30", "todo"}
	if len(f) != 7 || strings.Join(f[:4], "|") != strings.Join(want, "|") {
		t.Errorf("list row = %q", f)
	}
	wal, v := header(t, p)
	if !wal || v < 1 {
		t.Errorf("header: wal %v user_version %d", wal, v)
	}
}

func TestImportFolderWithBadFiles(t *testing.T) {
	isolate(t)
	dir := t.TempDir()
	files := map[string][]byte{
		"good1.txt":          []byte("date 2024-01-01 First good\nThe minister said “yes”."),
		"sub/good2.txt":      []byte("Second good\r\nThe mayor said no."),
		"sub/empty.txt":      {},
		"binary.txt":         {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13},
		"invalid.txt":        []byte("Title\nbad \xc3\x28 byte"),
		"lines.jsonl":        []byte(`{"id": "l1", "text": "Line one article."}` + "\n" + `{"text": ` + "\n"),
		"sub/notes.markdown": []byte("skipped: not an article type"),
	}
	for name, data := range files {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	p := filepath.Join(t.TempDir(), "y.quotebench")
	code, out, errOut := cli(t, "import", "--project", p, "--no-detect", dir)
	if code != 1 {
		t.Errorf("exit %d, want 1 (something was rejected)", code)
	}
	for _, want := range []string{
		"rejected: " + filepath.Join(dir, "sub/empty.txt") + ": empty",
		"rejected: " + filepath.Join(dir, "binary.txt") + ": binary file (PNG image)",
		"rejected: " + filepath.Join(dir, "invalid.txt") + ": invalid UTF-8 at byte 10 (line 2)",
		"rejected: " + filepath.Join(dir, "lines.jsonl") + ":2: broken JSON",
	} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
	}
	if !strings.Contains(out, "3 added, 0 duplicate, 4 rejected") {
		t.Errorf("stdout:\n%s", out)
	}
	_, out, _ = cli(t, "list", "--project", p)
	for _, title := range []string{"First good", "Second good", "Line one article."} {
		if !strings.Contains(out, "\t"+title+"\t") {
			t.Errorf("list lacks %q:\n%s", title, out)
		}
	}
	// --no-detect: nothing pending.
	if strings.Contains(out, "\t1\n") || !strings.Contains(out, "\t0\t0\t0\n") {
		t.Errorf("--no-detect stored suggestions:\n%s", out)
	}
	_, out, _ = cli(t, "list", "--project", p, "--query", "mayor")
	if n := strings.Count(out, "\n"); n != 2 || !strings.Contains(out, "Second good") {
		t.Errorf("list --query:\n%s", out)
	}
}

func TestCLIUsageAndErrors(t *testing.T) {
	isolate(t)
	missing := filepath.Join(t.TempDir(), "none.quotebench")
	junk := filepath.Join(t.TempDir(), "junk.quotebench")
	os.WriteFile(junk, bytes.Repeat([]byte("not a database "), 100), 0o644)
	cases := []struct {
		name string
		args []string
		code int
		want string // in stdout+stderr
	}{
		{"import help", []string{"import", "--help"}, 0, "Usage: quotebench import"},
		{"list help", []string{"list", "-h"}, 0, "Usage: quotebench list"},
		{"import no path", []string{"import", "--project", missing}, 2, "no PATH given"},
		{"bad flag", []string{"list", "--nope"}, 2, "flag provided but not defined"},
		{"list missing project", []string{"list", "--project", missing}, 1, missing},
		{"list bad status", []string{"list", "--status", "lost"}, 2, `unknown status "lost"`},
		{"import into junk", []string{"import", "--project", junk, "x.txt"}, 1, "not an SQLite database"},
		{"list junk", []string{"list", "--project", junk}, 1, junk},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, out, errOut := cli(t, c.args...)
			if code != c.code || !strings.Contains(out+errOut, c.want) {
				t.Errorf("exit %d, want %d; output lacks %q:\n%s%s", code, c.code, c.want, out, errOut)
			}
		})
	}
	if _, err := os.Stat(missing); err == nil {
		t.Error("list created a missing project")
	}
}

func TestDefaultProject(t *testing.T) {
	dir := isolate(t)
	p, err := defaultProjectPath()
	if err != nil {
		t.Fatal(err)
	}
	if runtime.GOOS == "linux" {
		if want := filepath.Join(dir, "quotebench", "default.quotebench"); p != want {
			t.Errorf("defaultProjectPath = %q, want %q", p, want)
		}
	}
	s, err := openOrCreateProject(p, false)
	if err != nil {
		t.Fatal(err)
	}
	docs, err := s.Documents(annot.DocFilter{})
	if err != nil || len(docs) != 1 {
		t.Fatalf("default project has %v, %v; want the sample", docs, err)
	}
	if docs[0].ExtID != strings.TrimSuffix(assets.SampleName, ".txt") || docs[0].Date != "2026-03-14" || docs[0].Title == "" {
		t.Errorf("sample = %+v", docs[0])
	}
	// A second window gets ErrBusy and may fall back to read-only.
	if _, err := openOrCreateProject(p, false); err == nil {
		t.Error("second writer opened the default project")
	}
	ro, err := openOrCreateProject(p, true)
	if err != nil {
		t.Fatal(err)
	}
	ro.Close()
	s.Close()
	// Reopening does not import the sample again.
	s, err = openOrCreateProject(p, false)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if docs, _ := s.Documents(annot.DocFilter{}); len(docs) != 1 {
		t.Errorf("reopen: %d documents", len(docs))
	}
	// A non-default project starts empty.
	other := filepath.Join(t.TempDir(), "sub", "o.quotebench")
	o, err := openOrCreateProject(other, false)
	if err != nil {
		t.Fatal(err)
	}
	defer o.Close()
	if docs, _ := o.Documents(annot.DocFilter{}); len(docs) != 0 {
		t.Errorf("non-default project got %d documents", len(docs))
	}
}

func TestImportDefaultProject(t *testing.T) {
	isolate(t)
	f := filepath.Join(t.TempDir(), "a.txt")
	os.WriteFile(f, []byte("A title\nSome text."), 0o644)
	code, out, errOut := cli(t, "import", "--no-detect", f)
	if code != 0 {
		t.Fatalf("exit %d\n%s%s", code, out, errOut)
	}
	_, out, _ = cli(t, "list")
	if strings.Count(out, "\n") != 3 || !strings.Contains(out, "\tA title\t") {
		t.Errorf("default project list (sample + import):\n%s", out)
	}
}

// A duplicate names the document it already is, for files and JSONL lines.
func TestImportDuplicateNamesDocument(t *testing.T) {
	isolate(t)
	dir := t.TempDir()
	p := filepath.Join(dir, "x.quotebench")
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.jsonl")
	if err := os.WriteFile(a, []byte("First article, said nobody.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(b, []byte(`{"id":"x","text":"Second article."}`+"\n"+`{"id":"y","text":"Third article."}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, out, errOut := cli(t, "import", "--project", p, "--no-detect", b, a); code != 0 || !strings.Contains(out, "3 added") {
		t.Fatalf("first import: code %d\n%s%s", code, out, errOut)
	}
	code, out, errOut := cli(t, "import", "--project", p, "--no-detect", a, b)
	for _, want := range []string{"duplicate\t3\t" + a + "\n", "duplicate\t1\t" + b + ":1\n", "duplicate\t2\t" + b + ":2\n", "0 added, 3 duplicate"} {
		if !strings.Contains(out, want) {
			t.Errorf("second import lacks %q: code %d\n%s%s", want, code, out, errOut)
		}
	}
}
