package main

import (
	"bytes"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/formats/formatstest"
	"github.com/quotebench/quotebench/store"
)

func statuses(t *testing.T, p string) map[annot.DocID]annot.Status {
	t.Helper()
	out := map[annot.DocID]annot.Status{}
	eachDoc(t, p, func(d annot.DocSummary, _ annot.Document, _ annot.Annotations) { out[d.ID] = d.Status })
	return out
}

// mark sets statuses by id, by external id or for all documents of a status,
// says how many suggestions a done document leaves pending, and changes
// nothing when a name is wrong.
func TestMarkCommand(t *testing.T) {
	p := newProject(t, formatstest.All())
	before := statuses(t, p)
	// three documents that are not done yet (formatstest's items were added as human work)
	var ids []annot.DocID
	for id, st := range before {
		if st != annot.StatusDone {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	if len(ids) < 3 {
		t.Fatalf("need three documents that are not done: %v", before)
	}
	d1, d2, d3 := ids[0], ids[1], ids[2]
	n1, n12 := fmt.Sprint(d1), fmt.Sprintf("%d,%d", d1, d2)
	mark := func(args ...string) (int, string, string) {
		var stdout, stderr bytes.Buffer
		code := run(append([]string{"mark", "--project", p}, args...), &stdout, &stderr)
		return code, stdout.String(), stderr.String()
	}
	// a wrong name anywhere in the list: nothing changes
	if code, _, stderr := mark("--docs", n1+",nosuch", "done"); code != 2 || !strings.Contains(stderr, `no document "nosuch"`) {
		t.Errorf("bad --docs: status %d, %q", code, stderr)
	}
	if got := statuses(t, p); got[d1] != before[d1] {
		t.Errorf("document %d changed to %s by a refused command", d1, got[d1])
	}
	for _, bad := range [][]string{{"--docs", n1, "finished"}, {"done"}, {"--docs", n1, "--all", "done"}, {"--docs", n1}} {
		if code, _, _ := mark(bad...); code != 2 {
			t.Errorf("mark %v: status %d, want 2", bad, code)
		}
	}
	code, stdout, stderr := mark("--docs", n12, "done")
	if code != 0 || !strings.Contains(stdout, "marked 2 of 2 documents done") {
		t.Fatalf("mark done: %d %q %q", code, stdout, stderr)
	}
	got := statuses(t, p)
	if got[d1] != annot.StatusDone || got[d2] != annot.StatusDone || got[d3] == annot.StatusDone {
		t.Errorf("statuses after mark: %v", got)
	}
	// again: nothing to change
	if _, stdout, _ := mark("--docs", n1, "done"); !strings.Contains(stdout, "marked 0 of 1 documents done (1 already were)") {
		t.Errorf("second mark: %q", stdout)
	}
	// --all with --status moves only the documents in that status
	done := 0
	for _, st := range got {
		if st == annot.StatusDone {
			done++
		}
	}
	if code, stdout, _ := mark("--all", "--status", "done", "skipped"); code != 0 || !strings.Contains(stdout, fmt.Sprintf("marked %d of %d documents skipped", done, done)) {
		t.Errorf("mark --all --status done skipped: %d %q", code, stdout)
	}
	got = statuses(t, p)
	if got[d1] != annot.StatusSkipped || got[d2] != annot.StatusSkipped || got[d3] != before[d3] {
		t.Errorf("statuses after --all --status: %v", got)
	}
}

// Marking a document with pending suggestions done says they count as rejected.
func TestMarkDoneCountsPending(t *testing.T) {
	it := formatstest.Article()
	for i := range it.Ann.Quotes {
		it.Ann.Quotes[i].State = annot.StateSuggested
	}
	p := newProject(t, nil)
	s, err := store.Open(p, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	a := it.Ann
	if _, err := s.AddDocument(it.Doc, &a, annot.OriginDetector); err != nil {
		t.Fatal(err)
	}
	sums, _ := s.Documents(annot.DocFilter{})
	s.Close()
	if len(sums) != 1 || sums[0].Pending == 0 {
		t.Fatalf("no pending suggestions to count: %+v", sums)
	}
	var stdout, stderr bytes.Buffer
	if code := run([]string{"mark", "--project", p, "--all", "done"}, &stdout, &stderr); code != 0 {
		t.Fatalf("status %d: %s", code, stderr.String())
	}
	want := "suggestions are still pending in 1 of them: on a done document they count as rejected"
	if !strings.Contains(stdout.String(), want) || !strings.Contains(stdout.String(), strconv.Itoa(sums[0].Pending)+" suggestions") {
		t.Errorf("output %q does not count the %d pending suggestions", stdout.String(), sums[0].Pending)
	}
}
