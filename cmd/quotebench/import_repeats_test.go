package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/store"
)

// A file that lists the same span four times (and a quote twice) adds it
// once, and the import says so: counts and a note naming the span.
func TestImportAnnotationsRepeatsOnce(t *testing.T) {
	isolate(t)
	dir := t.TempDir()
	text := "Jane Smith said the bridge would open.\n"
	if err := os.WriteFile(filepath.Join(dir, "story.txt"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	ann := "T1\tPerson 0 10\tJane Smith\nT2\tPerson 0 10\tJane Smith\nT3\tPerson 0 10\tJane Smith\nT4\tPerson 0 10\tJane Smith\n" +
		"T5\tQuote 16 37\tthe bridge would open\nT6\tQuote 16 37\tthe bridge would open\n"
	if err := os.WriteFile(filepath.Join(dir, "story.ann"), []byte(ann), 0o644); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "x.quotebench")
	code, out, errOut := cli(t, "import-annotations", "--project", p, "--format", "brat", dir)
	if code != 0 {
		t.Fatalf("code %d\n%s%s", code, out, errOut)
	}
	if !strings.Contains(out, "1 quotes, 1 mentions") || !strings.Contains(out, `"Jane Smith" (PERSON) is in the file 4 times: kept once`) ||
		!strings.Contains(out, "is in the file 2 times: kept once") || !strings.Contains(out, "4 duplicates") {
		t.Errorf("output does not report the repeats:\n%s", out)
	}
	s, err := store.Open(p, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	docs, err := s.Documents(annot.DocFilter{})
	if err != nil || len(docs) != 1 {
		t.Fatalf("documents %v, %v", docs, err)
	}
	a, err := s.Annotations(docs[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Mentions) != 1 || len(a.Quotes) != 1 {
		t.Errorf("stored %d mentions and %d quotes, want 1 and 1", len(a.Mentions), len(a.Quotes))
	}
}
