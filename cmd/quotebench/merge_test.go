package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/quotebench/quotebench/agree"
	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/store"
)

// merge gathers two annotators' projects into a gold project: every
// document once (by text), each annotator's decisions as a layer named
// after the annotator; pending suggestions stay out; running it again adds
// no document.
func TestMergeGathersLayers(t *testing.T) {
	dir := t.TempDir()
	pa, pb, gold := filepath.Join(dir, "a.quotebench"), filepath.Join(dir, "b.quotebench"), filepath.Join(dir, "gold.quotebench")
	agreeProject(t, pa, "Alpha", func(s *store.Store, id annot.DocID, a annot.Annotations) {
		must(t, s.SetAnnotator("Ana"))
		must(t, s.SetQuoteState(a.Quotes[0].ID, annot.StateAccepted))
		must(t, s.SetQuoteState(a.Quotes[1].ID, annot.StateAccepted))
	})
	agreeProject(t, pb, "Beta", func(s *store.Store, id annot.DocID, a annot.Annotations) {
		must(t, s.SetAnnotator("Bo"))
		must(t, s.SetQuoteState(a.Quotes[0].ID, annot.StateAccepted))
		_, err := s.AddQuote(id, []annot.Span{at(t, "Critics disagree.")}, annot.KindIndirect)
		must(t, err)
	})
	code, out, errs := cli(t, "merge", "--project", gold, pa, pb)
	if code != 0 || !strings.Contains(out, `layer "Ana" on 2 documents (2 new`) || !strings.Contains(out, `layer "Bo" on 2 documents (1 new`) {
		t.Fatalf("merge: exit %d\n%s%s", code, out, errs)
	}
	s, err := store.Open(gold, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	docs, _ := s.Documents(annot.DocFilter{})
	if len(docs) != 3 {
		t.Fatalf("gold has %d documents, want 3 (one shared, one each)", len(docs))
	}
	var shared annot.DocID
	for _, d := range docs {
		if d.Title == "Doe" {
			shared = d.ID
		}
	}
	ls, err := s.Layers(shared)
	if err != nil || len(ls) != 2 || ls[0].Name != "Ana" || ls[1].Name != "Bo" {
		t.Fatalf("layers %+v, %v", ls, err)
	}
	if len(ls[0].Ann.Quotes) != 2 || len(ls[1].Ann.Quotes) != 2 {
		t.Errorf("layer quotes: Ana %d, Bo %d; want 2 and 2", len(ls[0].Ann.Quotes), len(ls[1].Ann.Quotes))
	}
	// Ana's quotes keep their speakers (the detector's mentions they named).
	if n := ls[0].Ann.SpeakerName([]rune(agreeArticle), ls[0].Ann.Quotes[0]); n != "Jo Doe" {
		t.Errorf("Ana's first quote speaker %q", n)
	}
	a, _ := s.Annotations(shared)
	if len(a.Quotes)+len(a.Mentions) != 0 {
		t.Errorf("the gold document starts with annotations: %+v", a)
	}
	// The items: the name Jo Doe and Q1 agreed (accepting a quote accepts
	// its speaker), "Critics disagree." only Bo's, Q2 and its speaker Ann
	// Lee only Ana's.
	items := agree.Items(agreeArticle, ls[0].Ann, ls[1].Ann)
	if len(items) != 5 || !items[0].Agree || !items[1].Agree || items[2].A != nil || items[3].B != nil || items[4].B != nil {
		t.Errorf("items %+v", items)
	}
	s.Close()
	if code, out, _ := cli(t, "merge", "--project", gold, pa, pb); code != 0 || !strings.Contains(out, "(0 new") {
		t.Errorf("second merge: exit %d\n%s", code, out)
	}
	if code, _, errs := cli(t, "merge", "--project", gold, pa); code != 2 || !strings.Contains(errs, "at least two") {
		t.Errorf("one file: exit %d, %q", code, errs)
	}
}
