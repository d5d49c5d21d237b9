package main

import (
	"bytes"
	"encoding/json"
	"math"
	"strings"
	"testing"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/formats/formatstest"
	"github.com/quotebench/quotebench/store"
)

// report on a project whose decisions are known: one quote accepted, one
// rejected, the rest left pending on a done document; the figures are the
// hand count, and a document not done does not count.
func TestReportCommand(t *testing.T) {
	p := newProject(t, nil)
	s, err := store.Open(p, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	it := formatstest.Article()
	it.Doc.Status = annot.StatusTodo
	for i := range it.Ann.Quotes {
		it.Ann.Quotes[i].Provenance = annot.Provenance{Origin: annot.OriginDetector, State: annot.StateSuggested}
	}
	a := it.Ann
	done, err := s.AddDocument(it.Doc, &a, annot.OriginDetector)
	if err != nil {
		t.Fatal(err)
	}
	other := it.Doc
	other.Text += " Another text."
	other.ExtID = "other"
	b := it.Ann
	if _, err := s.AddDocument(other, &b, annot.OriginDetector); err != nil {
		t.Fatal(err)
	}
	stored, err := s.Annotations(done)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, q := range stored.Quotes {
		if q.Origin == annot.OriginDetector {
			n++
		}
	}
	if n < 3 {
		t.Fatalf("need three detector quotes, have %d", n)
	}
	if err := s.SetQuoteState(stored.Quotes[0].ID, annot.StateAccepted); err != nil {
		t.Fatal(err)
	}
	if err := s.SetQuoteState(stored.Quotes[1].ID, annot.StateRejected); err != nil {
		t.Fatal(err)
	}
	if err := s.SetStatus(done, annot.StatusDone); err != nil {
		t.Fatal(err)
	}
	s.Close()

	var stdout, stderr bytes.Buffer
	if code := run([]string{"report", "--project", p, "--json"}, &stdout, &stderr); code != 0 {
		t.Fatalf("status %d: %s", code, stderr.String())
	}
	var r struct {
		Documents int
		Quotes    struct {
			Suggested, Accepted, Rejected, Pending int
			Precision                              float64
		}
	}
	if err := json.Unmarshal(stdout.Bytes(), &r); err != nil {
		t.Fatalf("%v: %s", err, stdout.String())
	}
	if r.Documents != 1 || r.Quotes.Suggested != n || r.Quotes.Accepted != 1 || r.Quotes.Rejected != 1 || r.Quotes.Pending != n-2 {
		t.Errorf("report %+v, want 1 document, %d suggested, 1 accepted, 1 rejected, %d pending", r, n, n-2)
	}
	if want := math.Round(1000/float64(n)) / 10; r.Quotes.Precision != want {
		t.Errorf("precision %.1f, want %.1f", r.Quotes.Precision, want)
	}
	stdout.Reset()
	if code := run([]string{"report", "--project", p}, &stdout, &stderr); code != 0 || !strings.Contains(stdout.String(), "detector report over 1 done documents") {
		t.Errorf("text report: %d %q", code, stdout.String())
	}
}
