package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/store"
)

// goldLayers returns the layers of the gold project's documents, by title
// and then name.
func goldLayers(t *testing.T, gold string) (docs []annot.Document, layers [][]annot.Layer) {
	t.Helper()
	s, err := store.Open(gold, store.Options{ReadOnly: true})
	must(t, err)
	defer s.Close()
	sums, err := s.Documents(annot.DocFilter{})
	must(t, err)
	for _, d := range sums {
		doc, err := s.Document(d.ID)
		must(t, err)
		ls, err := s.Layers(d.ID)
		must(t, err)
		docs, layers = append(docs, doc), append(layers, ls)
	}
	return docs, layers
}

// Two annotators without a name, each with the default file name in a
// folder of their own: two layers, named by as much of the path as tells
// them apart (it was one layer, the second file's, both named
// project.quotebench).
func TestMergeSameFileNamesKeepBothLayers(t *testing.T) {
	dir := t.TempDir()
	must(t, os.MkdirAll(filepath.Join(dir, "ana"), 0o755))
	must(t, os.MkdirAll(filepath.Join(dir, "bo"), 0o755))
	pa, pb, gold := filepath.Join(dir, "ana", "project.quotebench"), filepath.Join(dir, "bo", "project.quotebench"), filepath.Join(dir, "gold.quotebench")
	agreeProject(t, pa, "", func(s *store.Store, id annot.DocID, a annot.Annotations) {
		must(t, s.SetQuoteState(a.Quotes[0].ID, annot.StateAccepted))
		must(t, s.SetQuoteState(a.Quotes[1].ID, annot.StateAccepted))
	})
	agreeProject(t, pb, "", func(s *store.Store, id annot.DocID, a annot.Annotations) {
		must(t, s.SetQuoteState(a.Quotes[0].ID, annot.StateAccepted))
	})
	code, out, errs := cli(t, "merge", "--project", gold, pa, pb)
	if code != 0 || !strings.Contains(out, `layer "ana/project.quotebench" on 1 documents`) || !strings.Contains(out, `layer "bo/project.quotebench" on 1 documents`) {
		t.Fatalf("merge: exit %d\n%s%s", code, out, errs)
	}
	_, layers := goldLayers(t, gold)
	if len(layers) != 1 || len(layers[0]) != 2 || len(layers[0][0].Ann.Quotes) != 2 || len(layers[0][1].Ann.Quotes) != 1 {
		t.Fatalf("gold layers %+v, want ana's 2 quotes and bo's 1", layers)
	}
}

// A later merge of another file whose annotator has a name the gold
// project's layers already have is refused, saying which inputs were
// merged and which not; --replace hands the name over.
func TestMergeRefusesAnotherFilesLayerName(t *testing.T) {
	dir := t.TempDir()
	pa, pa2, pb, pc, gold := filepath.Join(dir, "a.quotebench"), filepath.Join(dir, "a2.quotebench"), filepath.Join(dir, "b.quotebench"),
		filepath.Join(dir, "c.quotebench"), filepath.Join(dir, "gold.quotebench")
	mk := func(p, who string, quotes int) {
		agreeProject(t, p, "", func(s *store.Store, id annot.DocID, a annot.Annotations) {
			must(t, s.SetAnnotator(who))
			for i := 0; i < quotes; i++ {
				must(t, s.SetQuoteState(a.Quotes[i].ID, annot.StateAccepted))
			}
		})
	}
	mk(pa, "Ana", 2)
	mk(pa2, "Ana", 1) // another person (or another project) with the same name
	mk(pb, "Bo", 1)
	mk(pc, "Cy", 1)
	if code, out, errs := cli(t, "merge", "--project", gold, pa, pb); code != 0 {
		t.Fatalf("first merge: exit %d\n%s%s", code, out, errs)
	}
	// Running the same merge again replaces each file's own layers.
	if code, out, errs := cli(t, "merge", "--project", gold, pa, pb); code != 0 || !strings.Contains(out, "(0 new") {
		t.Fatalf("same merge again: exit %d\n%s%s", code, out, errs)
	}
	code, out, errs := cli(t, "merge", "--project", gold, pc, pa2, pb)
	if code != 1 || !strings.Contains(errs, `layers named "Ana" came from `+pa) || !strings.Contains(errs, "--replace") ||
		!strings.Contains(errs, "merged: "+pc) || !strings.Contains(errs, "not merged: "+pb) || !strings.Contains(errs, "nothing merged from it") {
		t.Fatalf("merge of another Ana: exit %d\n%s%s", code, out, errs)
	}
	_, layers := goldLayers(t, gold)
	ana := func() annot.Layer {
		for _, l := range layers[0] {
			if l.Name == "Ana" {
				return l
			}
		}
		t.Fatalf("no layer Ana: %+v", layers)
		return annot.Layer{}
	}
	if len(layers) != 1 || len(layers[0]) != 3 || len(ana().Ann.Quotes) != 2 {
		t.Fatalf("after the refusal: %+v, want Ana (2 quotes, the first file's), Bo, Cy", layers)
	}
	t.Logf("refused:\n%s%s", out, errs)
	code, out, errs = cli(t, "merge", "--replace", "--project", gold, pc, pa2, pb)
	if code != 0 || !strings.Contains(out, `replaced the 1 layers named "Ana"`) {
		t.Fatalf("merge --replace: exit %d\n%s%s", code, out, errs)
	}
	_, layers = goldLayers(t, gold)
	if len(ana().Ann.Quotes) != 1 {
		t.Errorf("after --replace, Ana's layer has %d quotes, want the second file's 1", len(ana().Ann.Quotes))
	}
}

// An article with CRLF line endings in one project and LF in the other:
// merge matches documents by exact text, as agree does, so each layer's
// offsets fall on its own text (they were put on the other's, shifted by
// the CRs), and the output says why there are two documents.
func TestMergeMatchesDocumentsByExactText(t *testing.T) {
	dir := t.TempDir()
	const said = `"We will build it,"`
	mk := func(p, nl, who string) {
		s, err := store.Open(p, store.Options{})
		must(t, err)
		defer s.Close()
		must(t, s.SetAnnotator(who))
		text := "Title" + nl + nl + "Line one." + nl + said + " Jo said."
		i := strings.Index(text, said) // ASCII: bytes are characters
		q := annot.Annotations{Quotes: []annot.Quote{{ID: 1, Parts: []annot.Span{{Start: i, End: i + len(said)}}, Kind: annot.KindDirect}}}
		id, err := s.AddDocument(annot.Document{Title: "T", Text: text}, &q, annot.OriginDetector)
		must(t, err)
		a, err := s.Annotations(id)
		must(t, err)
		must(t, s.SetQuoteState(a.Quotes[0].ID, annot.StateAccepted))
	}
	pa, pb, gold := filepath.Join(dir, "a.quotebench"), filepath.Join(dir, "b.quotebench"), filepath.Join(dir, "g.quotebench")
	mk(pa, "\r\n", "Ana")
	mk(pb, "\n", "Bo")
	code, out, errs := cli(t, "merge", "--project", gold, pa, pb)
	if code != 0 {
		t.Fatalf("merge: exit %d\n%s%s", code, out, errs)
	}
	if !strings.Contains(out, "1 of the new documents differ from a document of g.quotebench only in line endings") ||
		!strings.Contains(out, "matched by exact text") {
		t.Errorf("merge does not say how it matched the documents:\n%s", out)
	}
	docs, layers := goldLayers(t, gold)
	if len(docs) != 2 {
		t.Fatalf("gold has %d documents, want 2 (the CRLF and the LF text)", len(docs))
	}
	for i, d := range docs {
		for _, l := range layers[i] {
			if got := annot.SpanText([]rune(d.Text), l.Ann.Quotes[0].Parts[0]); got != said {
				t.Errorf("document %d, layer %s: quote %q, want %q", d.ID, l.Name, got, said)
			}
		}
	}
	code, out, _ = cli(t, "agree", pa, pb)
	if code != 0 || !strings.Contains(out, "documents matched by exact text") || !strings.Contains(out, "0 shared documents") {
		t.Errorf("agree on the same files: exit %d\n%s", code, out)
	}
}

// A project file name with a line break stays on its line of merge's
// output, Go-quoted.
func TestMergeQuotesFileNames(t *testing.T) {
	dir := t.TempDir()
	pa, pb, gold := filepath.Join(dir, "a\nb.quotebench"), filepath.Join(dir, "c.quotebench"), filepath.Join(dir, "g\n.quotebench")
	agreeProject(t, pa, "", func(s *store.Store, id annot.DocID, a annot.Annotations) {
		must(t, s.SetQuoteState(a.Quotes[0].ID, annot.StateAccepted))
	})
	agreeProject(t, pb, "", func(s *store.Store, id annot.DocID, a annot.Annotations) {})
	code, out, errs := cli(t, "merge", "--project", gold, pa, pb)
	if code != 0 {
		t.Fatalf("merge: exit %d\n%s%s", code, out, errs)
	}
	for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if !strings.HasPrefix(line, `"`+dir) && !strings.HasPrefix(line, dir) && !strings.HasPrefix(line, "open ") {
			t.Errorf("a line that does not start with its file: %q\n%s", line, out)
		}
	}
	if !strings.Contains(out, `layer "\"a\\nb.quotebench\""`) || !strings.Contains(out, `"g\n.quotebench"`) {
		t.Errorf("names not quoted:\n%s", out)
	}
	// An input that is not there: nothing merged, said on one line.
	code, _, errs = cli(t, "merge", "--project", gold, pb, filepath.Join(dir, "x\ny.quotebench"))
	if code != 1 || strings.Count(errs, "\n") != 1 || !strings.Contains(errs, "nothing merged") {
		t.Errorf("missing input: exit %d, %q", code, errs)
	}
}
