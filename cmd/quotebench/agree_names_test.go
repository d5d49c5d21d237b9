package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/store"
)

// agree names a project by its annotator when set, else by as much of its
// path as tells it from the others: two files named project.quotebench
// (one with annotator Alpha) are two annotators (they collided in
// annotators and only_documents).
func TestAgreeNamesSameFileNames(t *testing.T) {
	dir := t.TempDir()
	for _, d := range []string{"ana", "bo", "cy"} {
		must(t, os.MkdirAll(filepath.Join(dir, d), 0o755))
	}
	pa, pb, pc := filepath.Join(dir, "ana", "project.quotebench"), filepath.Join(dir, "bo", "project.quotebench"), filepath.Join(dir, "cy", "project.quotebench")
	agreeProject(t, pa, "Alpha", func(s *store.Store, id annot.DocID, a annot.Annotations) {
		must(t, s.SetAnnotator("Ana"))
		must(t, s.SetQuoteState(a.Quotes[0].ID, annot.StateAccepted))
	})
	for _, p := range []string{pb, pc} {
		agreeProject(t, p, "", func(s *store.Store, id annot.DocID, a annot.Annotations) {
			must(t, s.SetQuoteState(a.Quotes[0].ID, annot.StateAccepted))
		})
	}
	code, out, errs := cli(t, "agree", "--json", pa, pb, pc)
	if code != 0 {
		t.Fatalf("agree: exit %d\n%s%s", code, out, errs)
	}
	var rep struct {
		Annotators []string       `json:"annotators"`
		Only       map[string]int `json:"only_documents"`
	}
	must(t, json.Unmarshal([]byte(out), &rep))
	want := []string{"Ana", "bo/project.quotebench", "cy/project.quotebench"}
	if !reflect.DeepEqual(rep.Annotators, want) || len(rep.Only) != 3 || rep.Only["Ana"] != 1 || rep.Only["bo/project.quotebench"] != 0 {
		t.Errorf("annotators %q, only %v; want %q and Ana's extra document", rep.Annotators, rep.Only, want)
	}
}
