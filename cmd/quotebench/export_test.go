package main

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/formats"
	"github.com/quotebench/quotebench/formats/formatstest"
	"github.com/quotebench/quotebench/store"
)

// newProject makes a project holding the formats test documents.
func newProject(t *testing.T, items []formats.Item) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "p"+store.Ext)
	s, err := store.Open(p, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, it := range items {
		a := it.Ann
		if _, err := s.AddDocument(it.Doc, &a, annot.OriginHuman); err != nil {
			t.Fatalf("add %s: %v", formats.DocName(it.Doc), err)
		}
	}
	return p
}

func projectItems(t *testing.T, p string) map[string]formats.Item {
	t.Helper()
	out := map[string]formats.Item{}
	eachDoc(t, p, func(d annot.DocSummary, doc annot.Document, a annot.Annotations) {
		out[doc.Text] = formats.Item{Doc: doc, Ann: a}
	})
	return out
}

// eachDoc opens a project read-only and calls fn with each document and its
// annotations.
func eachDoc(t *testing.T, p string, fn func(annot.DocSummary, annot.Document, annot.Annotations)) {
	t.Helper()
	s, err := store.Open(p, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	sums, err := s.Documents(annot.DocFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range sums {
		doc, err := s.Document(d.ID)
		if err != nil {
			t.Fatal(err)
		}
		a, err := s.Annotations(d.ID)
		if err != nil {
			t.Fatal(err)
		}
		fn(d, doc, a)
	}
}

// Export every format from a project, import each importable one into an
// empty project, and get the same annotations back (as import suggestions).
func TestExportImportCommands(t *testing.T) {
	items := formatstest.All()
	proj := newProject(t, items)
	dir := t.TempDir()
	for _, name := range formats.Names() {
		f, _ := formats.Lookup(name)
		if strings.HasSuffix(name, "-test") {
			continue
		}
		out := filepath.Join(dir, "out-"+name+f.Ext)
		var stdout, stderr bytes.Buffer
		if code := run([]string{"export", "--project", proj, "--format", name, "--out", out}, &stdout, &stderr); code != 0 {
			t.Fatalf("export %s: status %d: %s", name, code, stderr.String())
		}
		if _, err := os.Stat(formats.ManifestPath(f, out)); err != nil {
			t.Errorf("%s: no manifest: %v", name, err)
		}
		if !f.Import {
			continue
		}
		target := newProject(t, nil)
		stdout.Reset()
		if code := run([]string{"import-annotations", "--project", target, "--format", name, "--dry-run", out}, &stdout, &stderr); code != 0 {
			t.Fatalf("dry run %s: status %d: %s%s", name, code, stdout.String(), stderr.String())
		}
		if got := projectItems(t, target); len(got) != 0 {
			t.Fatalf("dry run %s changed the project", name)
		}
		if code := run([]string{"import-annotations", "--project", target, "--format", name, out}, &stdout, &stderr); code != 0 {
			t.Fatalf("import %s: status %d: %s%s", name, code, stdout.String(), stderr.String())
		}
		got := projectItems(t, target)
		for _, it := range items {
			back, ok := got[it.Doc.Text]
			if !ok {
				t.Errorf("%s: document %q not imported", name, formats.DocName(it.Doc))
				continue
			}
			it.Ann = formats.Filter(it.Ann, "")
			want := formats.Expected(f, it)
			have := formats.Expected(f, formats.Item{Doc: back.Doc, Ann: back.Ann})
			if f.Caps&formats.CapProvenance != 0 { // jsonl: imports are suggestions with origin import
				formats.SetProvenance(&it.Ann, annot.Provenance{Origin: annot.OriginImport, State: annot.StateSuggested})
				for i := range it.Ann.Mentions {
					it.Ann.Mentions[i].Confidence = 0
				}
				want = formats.Expected(f, it)
				b := back.Ann
				for i := range b.Mentions {
					b.Mentions[i].Confidence = 0
				}
				for i := range b.Quotes {
					b.Quotes[i].Confidence = 0
				}
				for i := range b.Entities {
					b.Entities[i].Confidence = 0
				}
				have = formats.Expected(f, formats.Item{Doc: back.Doc, Ann: b})
			}
			if !reflect.DeepEqual(want, have) {
				t.Errorf("%s: %q differs after export and import\nwant %+v\n got %+v", name, formats.DocName(it.Doc), want, have)
			}
			for _, q := range back.Ann.Quotes {
				if q.Origin != annot.OriginImport || q.State != annot.StateSuggested {
					t.Errorf("%s: imported quote has provenance %+v", name, q.Provenance)
				}
			}
		}
		// importing the same file again (dry, then for real) adds nothing
		before := projectItems(t, target)
		for _, args := range [][]string{{"--dry-run"}, nil} {
			stdout.Reset()
			args = append(append([]string{"import-annotations", "--project", target, "--format", name}, args...), out)
			if code := run(args, &stdout, &stderr); code != 0 {
				t.Fatalf("import %s again: status %d: %s%s", name, code, stdout.String(), stderr.String())
			}
			if !regexp.MustCompile(`(imported|would import) 0 quotes and 0 mentions on \d+ documents \(0 new\); [1-9]\d* duplicates left out; 0 rejected`).MatchString(stdout.String()) {
				t.Errorf("import %s again %v:\n%s", name, args, stdout.String())
			}
			if again := projectItems(t, target); !reflect.DeepEqual(again, before) {
				t.Errorf("importing %s again changed the project", name)
			}
		}
	}
}

func TestExportCommandErrors(t *testing.T) {
	items := formatstest.All()
	items[0].Ann.Quotes[0].Speaker = 0 // lint: a quote without speaker
	proj := newProject(t, items)
	out := filepath.Join(t.TempDir(), "x.jsonl")
	tests := []struct {
		name string
		args []string
		code int
		msg  string
	}{
		{"strict", []string{"--format", "jsonl", "--out", out, "--strict"}, 1, "no-speaker"},
		{"unknown format", []string{"--format", "xml", "--out", out}, 2, "unknown format"},
		{"unknown state", []string{"--format", "jsonl", "--out", out, "--state", "maybe"}, 2, "unknown state"},
		{"unknown doc", []string{"--format", "jsonl", "--out", out, "--docs", "nope"}, 2, "no document"},
		{"no out", []string{"--format", "jsonl"}, 2, "required"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(append([]string{"export", "--project", proj}, tt.args...), &stdout, &stderr)
			if code != tt.code || !strings.Contains(stderr.String(), tt.msg) {
				t.Errorf("status %d, stderr %q; want %d and %q", code, stderr.String(), tt.code, tt.msg)
			}
			if _, err := os.Stat(out); err == nil {
				t.Error("a failed export left a file")
			}
		})
	}
	// --docs picks by external id and number, --state accepted filters
	var stdout, stderr bytes.Buffer
	if code := run([]string{"export", "--project", proj, "--format", "csv", "--out", out + ".csv", "--docs", "strike-2026-01-02", "--state", "accepted"}, &stdout, &stderr); code != 0 {
		t.Fatalf("status %d: %s", code, stderr.String())
	}
	if !strings.Contains(stdout.String(), "exported 1 documents, 4 quotes") || !strings.Contains(stderr.String(), "warning: ") {
		t.Errorf("stdout %q stderr %q", stdout.String(), stderr.String())
	}
}

// Pre-annotations that do not fit are rejected with file, line and reason.
func TestImportAnnotationsRejects(t *testing.T) {
	proj := newProject(t, formatstest.All()[:1])
	in := filepath.Join(t.TempDir(), "in.jsonl")
	lines := `{"id":"strike-2026-01-02","text":"another text","quotes":[],"entities":[]}
{"id":"x", broken
{"id":"new","text":"Ann said “hi”.","quotes":[{"start":9,"end":13,"text":"“hi”","type":"direct","speaker_start":0,"speaker_end":3,"speaker_mention":"Ann","speaker":"Ann Lee"}],"entities":[]}
`
	os.WriteFile(in, []byte(lines), 0o644)
	var stdout, stderr bytes.Buffer
	code := run([]string{"import-annotations", "--project", proj, "--format", "jsonl", in}, &stdout, &stderr)
	if code != 1 {
		t.Errorf("status %d, want 1", code)
	}
	for _, want := range []string{"in.jsonl:1: conflict", "in.jsonl:2: invalid: broken JSON", "in.jsonl:3: imported \"new\" → new document", "2 rejected"} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, stdout.String())
		}
	}
	got := projectItems(t, proj)
	it, ok := got["Ann said “hi”."]
	if !ok || len(it.Ann.Quotes) != 1 || it.Ann.SpeakerName([]rune(it.Doc.Text), it.Ann.Quotes[0]) != "Ann Lee" {
		t.Errorf("new document: %+v", it)
	}
}

// An export onto the project file (or its -wal, or a link to it) is refused
// while a writer has the project open, and the project keeps every document
// and stays writable: nothing is replaced under the writer.
func TestExportRefusesTheProjectFile(t *testing.T) {
	items := formatstest.All()
	proj := newProject(t, items)
	writer, err := store.Open(proj, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer writer.Close()
	link := filepath.Join(t.TempDir(), "link.jsonl")
	if err := os.Symlink(proj, link); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	for _, out := range []string{proj, proj + "-wal", link} {
		var stdout, stderr bytes.Buffer
		code := run([]string{"export", "--project", proj, "--format", "jsonl", "--out", out}, &stdout, &stderr)
		if code != 1 || !strings.Contains(stderr.String(), "would replace") || stdout.Len() != 0 {
			t.Errorf("export --out %s: status %d, stdout %q, stderr %q; want status 1 and a refusal", out, code, stdout.String(), stderr.String())
		}
	}
	doc := formatstest.Article().Doc
	doc.Text += " Written after the refused exports."
	doc.ExtID = "after"
	if _, err := writer.AddDocument(doc, &annot.Annotations{}, annot.OriginHuman); err != nil {
		t.Fatalf("the open writer can no longer write: %v", err)
	}
	writer.Close()
	if got := projectItems(t, proj); len(got) != len(items)+1 {
		t.Errorf("project holds %d documents after the refused exports, want %d", len(got), len(items)+1)
	}
}

// An export from one project onto another project open in a window is
// refused, and the other project keeps its documents.
func TestExportRefusesAnotherProject(t *testing.T) {
	items := formatstest.All()
	a, b := newProject(t, items), newProject(t, items[:1])
	writer, err := store.Open(b, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer writer.Close()
	var stdout, stderr bytes.Buffer
	if code := run([]string{"export", "--project", a, "--format", "jsonl", "--out", b}, &stdout, &stderr); code != 1 || !strings.Contains(stderr.String(), "would replace an SQLite database") {
		t.Errorf("export onto another project: status %d, %q", code, stderr.String())
	}
	writer.Close()
	if got := projectItems(t, b); len(got) != 1 {
		t.Errorf("the other project holds %d documents, want 1", len(got))
	}
}
