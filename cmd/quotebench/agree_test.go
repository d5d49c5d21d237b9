package main

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/store"
)

const agreeArticle = `Mayor Jo Doe said "We will build it." Critics disagree. "It is too late," said Ann Lee.`

func at(t *testing.T, s string) annot.Span {
	t.Helper()
	i := strings.Index(agreeArticle, s)
	if i < 0 {
		t.Fatalf("%q not in the article", s)
	}
	return annot.Span{Start: i, End: i + len(s)}
}

// agreeProject makes a project file with the article and the same detector
// suggestions: Q1 "We will build it." by Jo Doe, Q2 "It is too late," by
// Ann Lee, the two names; decide then records the annotator's choices.
func agreeProject(t *testing.T, path string, extra string, decide func(s *store.Store, id annot.DocID, a annot.Annotations)) {
	t.Helper()
	s, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	sugg := annot.Annotations{
		Entities: []annot.Entity{{ID: 1, Name: "Jo Doe", Label: annot.LabelPerson}, {ID: 2, Name: "Ann Lee", Label: annot.LabelPerson}},
		Mentions: []annot.Mention{
			{ID: 1, Span: at(t, "Jo Doe"), Label: annot.LabelPerson, Type: annot.MentionName, Entity: 1},
			{ID: 2, Span: at(t, "Ann Lee"), Label: annot.LabelPerson, Type: annot.MentionName, Entity: 2},
		},
		Quotes: []annot.Quote{
			{ID: 1, Parts: []annot.Span{at(t, `"We will build it."`)}, Kind: annot.KindDirect, Speaker: 1},
			{ID: 2, Parts: []annot.Span{at(t, `"It is too late,"`)}, Kind: annot.KindDirect, Speaker: 2},
		},
	}
	id, err := s.AddDocument(annot.Document{Title: "Doe", Text: agreeArticle}, &sugg, annot.OriginDetector)
	if err != nil {
		t.Fatal(err)
	}
	if extra != "" {
		if _, err := s.AddDocument(annot.Document{Title: extra, Text: extra + " is only in one project."}, nil, annot.OriginDetector); err != nil {
			t.Fatal(err)
		}
	}
	a, err := s.Annotations(id)
	if err != nil {
		t.Fatal(err)
	}
	decide(s, id, a)
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// Two analysts on one article: A accepts both quotes and both names; B
// accepts Q1 and Jo Doe, rejects Q2 and Ann Lee, and adds
// "Critics disagree." as a quote. Hand figures: quotes A 2, B 2, 1 exact =
// 1 overlapping: F1 50 and 50; speakers on Q1 agree: 100; entities
// PERSON A 2, B 1, matched 1: F1 2/3; kappa over 4 suggestions, both accept
// 2, A accepts and B rejects 2: po = 1/2, pe = 1·1/2 + 0 = 1/2, κ = 0.
func TestAgreeCLIByHand(t *testing.T) {
	dir := t.TempDir()
	pa, pb := filepath.Join(dir, "ann.quotebench"), filepath.Join(dir, "bob.quotebench")
	agreeProject(t, pa, "Alpha", func(s *store.Store, id annot.DocID, a annot.Annotations) {
		for _, q := range a.Quotes {
			must(t, s.SetQuoteState(q.ID, annot.StateAccepted))
		}
		for _, m := range a.Mentions {
			must(t, s.SetMentionState(m.ID, annot.StateAccepted))
		}
	})
	agreeProject(t, pb, "Beta", func(s *store.Store, id annot.DocID, a annot.Annotations) {
		must(t, s.SetQuoteState(a.Quotes[0].ID, annot.StateAccepted))
		must(t, s.SetQuoteState(a.Quotes[1].ID, annot.StateRejected))
		for _, m := range a.Mentions {
			st := annot.StateAccepted
			if m.Span == at(t, "Ann Lee") {
				st = annot.StateRejected
			}
			must(t, s.SetMentionState(m.ID, st))
		}
		_, err := s.AddQuote(id, []annot.Span{at(t, "Critics disagree.")}, annot.KindIndirect)
		must(t, err)
	})
	code, out, errs := cli(t, "agree", pa, pb, "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var rep map[string]any
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	get := func(path string) any {
		var v any = rep
		for _, k := range strings.Split(path, ".") {
			m, ok := v.(map[string]any)
			if !ok {
				t.Fatalf("%s: not an object at %q", path, k)
			}
			v = m[k]
		}
		return v
	}
	for path, want := range map[string]float64{
		"quotes.F1_exact": 50, "quotes.F1_overlap": 50, "speakers.agreement": 100,
		"entities.F1_exact": 200.0 / 3, "entities.labels.PERSON.F1_exact": 200.0 / 3, "kappa": 0,
		"shared_documents": 1,
	} {
		got, ok := get(path).(float64)
		if !ok || math.Abs(got-want) > 1e-9 {
			t.Errorf("%s = %v, want %v", path, get(path), want)
		}
	}
	if only, _ := rep["only_documents"].(map[string]any); only["ann.quotebench"] != 1.0 || only["bob.quotebench"] != 1.0 {
		t.Errorf("only_documents = %v, want one each", rep["only_documents"])
	}
	alpha, ok := get("alpha").(map[string]any)
	if !ok || alpha["QUOTE"] == nil || alpha["PERSON"] == nil {
		t.Errorf("alpha per label missing: %v", get("alpha"))
	}
	// The plain report names both files and the document only one has.
	code, out, _ = cli(t, "agree", pa, pb)
	if code != 0 || !strings.Contains(out, "ann.quotebench vs bob.quotebench: 1 shared documents") ||
		!strings.Contains(out, `only in bob.quotebench: "Beta"`) || !strings.Contains(out, "F1 exact 50.0") {
		t.Errorf("text report:\n%s", out)
	}
	// Bad input: one file, a missing file.
	if code, _, errs := cli(t, "agree", pa); code != 2 || !strings.Contains(errs, "two project files") {
		t.Errorf("one file: exit %d, %q", code, errs)
	}
	if code, _, errs := cli(t, "agree", pa, filepath.Join(dir, "none.quotebench")); code != 1 || !strings.Contains(errs, "none.quotebench") {
		t.Errorf("missing file: exit %d, %q", code, errs)
	}
}

// Earlier human annotation (gold JSONL) joins a project as decisions with
// --state accepted: the detector's matching quote is decided, the rest is
// added accepted, and agreement then counts them as human decisions.
func TestImportAnnotationsAsDecisions(t *testing.T) {
	dir := t.TempDir()
	proj := filepath.Join(dir, "gold.quotebench")
	// the same detector suggestions as in the agreement test, none decided
	agreeProject(t, proj, "", func(*store.Store, annot.DocID, annot.Annotations) {})
	q1, q3, jo := at(t, `"We will build it."`), at(t, "Critics disagree."), at(t, "Jo Doe")
	line := fmt.Sprintf(`{"id":"doe","text":%q,"quotes":[`+
		`{"start":%d,"end":%d,"type":"direct","speaker":"Jo Doe","speaker_mention":"Jo Doe","speaker_start":%d,"speaker_end":%d},`+
		`{"start":%d,"end":%d,"type":"indirect"}],"entities":[]}`+"\n",
		agreeArticle, q1.Start, q1.End, jo.Start, jo.End, q3.Start, q3.End)
	in := filepath.Join(dir, "gold.jsonl")
	if err := os.WriteFile(in, []byte(line), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := cli(t, "import-annotations", "--project", proj, "--format", "jsonl", "--state", "accepted", "--dry-run", in)
	if code != 0 || !strings.Contains(out, "would import decisions on 1 documents (0 new)") {
		t.Fatalf("dry run: exit %d\n%s%s", code, out, errs)
	}
	code, out, errs = cli(t, "import-annotations", "--project", proj, "--format", "jsonl", "--state", "accepted", in)
	// Decided: Q1 and the mention Jo Doe (the detector's, same span and
	// label). Added: quote "Critics disagree.".
	if code != 0 || !strings.Contains(out, "1 added, 2 suggestions decided, 0 of the analyst's decisions kept") {
		t.Fatalf("import: exit %d\n%s%s", code, out, errs)
	}
	s, err := store.Open(proj, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	docs, _ := s.Documents(annot.DocFilter{})
	a, err := s.Annotations(docs[0].ID)
	s.Close()
	if err != nil {
		t.Fatal(err)
	}
	states := map[string]annot.State{}
	for _, q := range a.Quotes {
		states[agreeArticle[q.Parts[0].Start:q.Parts[0].End]] = q.State
	}
	if states[`"We will build it."`] != annot.StateAccepted || states["Critics disagree."] != annot.StateAccepted ||
		states[`"It is too late,"`] != annot.StateSuggested {
		t.Errorf("quote states after the import: %v", states)
	}
	if docs[0].Status != annot.StatusInProgress {
		t.Errorf("status %s, want in_progress", docs[0].Status)
	}
	if code, _, errs := cli(t, "import-annotations", "--project", proj, "--format", "jsonl", "--state", "done", in); code != 2 || !strings.Contains(errs, `--state "done"`) {
		t.Errorf("--state done: exit %d, %q", code, errs)
	}
	// The decisions count for agreement: against itself, 2 quotes agree.
	code, out, _ = cli(t, "agree", proj, proj, "--json")
	if code != 0 || !strings.Contains(out, `"matched_exact": 2`) {
		t.Errorf("agree on the imported decisions: exit %d\n%s", code, out)
	}
}
