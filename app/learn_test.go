package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/app/widgets"
	"github.com/quotebench/quotebench/detect/feedback"
	"github.com/quotebench/quotebench/learn"
)

// learningProject is the test project with what the command line wires in:
// package learn over the real store.
type learningProject struct{ *testProject }

func (p learningProject) DetectorReport() (feedback.Report, error) { return learn.Report(p.Store) }

func (p learningProject) Redetect(reset bool, progress func(done, total int)) (string, error) {
	res, err := learn.Redetect(p.Store, learn.Options{Reset: reset, Progress: progress})
	return res.Summary(), err
}

// The detector report (Ctrl+Shift+R) counts the decisions on done
// documents: before any is done it says how to get one; after one quote is
// accepted and one rejected and the document marked done, the quote chart
// shows the share kept with pending suggestions counted as rejected.
func TestDetectorReportView(t *testing.T) {
	p := learningProject{newProject(t)}
	h := newHarness(t, p)
	h.shortcut(ctrlShift(fyne.KeyR))
	if got := dialogText(h.w); !strings.Contains(got, "No document is marked done yet") {
		t.Fatalf("report before any done document: %q", got)
	}
	h.w.Canvas().Overlays().Top().Hide()
	h.w.Canvas().Overlays().Remove(h.w.Canvas().Overlays().Top())

	h.wb.ShowDocument(h.a)
	if err := p.SetQuoteState(h.quoteID("“We will build"), annot.StateAccepted); err != nil {
		t.Fatal(err)
	}
	if err := p.SetQuoteState(h.quoteID("the plan was too"), annot.StateRejected); err != nil {
		t.Fatal(err)
	}
	if err := p.SetStatus(h.a, annot.StatusDone); err != nil {
		t.Fatal(err)
	}
	h.shortcut(ctrlShift(fyne.KeyR))
	got := dialogText(h.w)
	if !strings.Contains(got, "over 1 done documents") || !strings.Contains(got, "count as rejected") {
		t.Errorf("report text %q", got)
	}
	var quotes []widgets.Bar
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch o := o.(type) {
		case *widgets.BarChart:
			if quotes == nil {
				quotes = o.Bars
			}
		case *fyne.Container:
			for _, c := range o.Objects {
				walk(c)
			}
		}
	}
	walk(detectorReport(mustReport(t, p)))
	// four detector quotes: one accepted, one rejected, two pending -> 25%
	if len(quotes) == 0 || quotes[0].Label != "all quotes (4)" || quotes[0].Value != 25 || quotes[0].Text != "25% kept" {
		t.Errorf("quote bars %+v, want all quotes (4) at 25%% kept", quotes)
	}
}

func mustReport(t *testing.T, p learningProject) feedback.Report {
	r, err := p.DetectorReport()
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// Re-detect replaces the undecided suggestions of the documents still to
// do, keeps the analyst's decisions, leaves done documents alone, and one
// undo per document takes it back.
func TestRedetectCommand(t *testing.T) {
	p := learningProject{newProject(t)}
	h := newHarness(t, p)
	h.wb.ShowDocument(h.a)
	kept := h.quoteID("“We will build")
	if err := p.SetQuoteState(kept, annot.StateAccepted); err != nil {
		t.Fatal(err)
	}
	before, err := p.Annotations(h.a)
	if err != nil {
		t.Fatal(err)
	}
	h.wb.runRedetect(p, false)
	h.wb.Wait()
	after, err := p.Annotations(h.a)
	if err != nil {
		t.Fatal(err)
	}
	var stillKept bool
	for _, q := range after.Quotes {
		if q.ID == kept && q.State == annot.StateAccepted {
			stillKept = true
		}
		if q.State == annot.StateSuggested && q.Provenance.Confidence == 0.8 {
			t.Errorf("a fixture suggestion survived re-detection: %+v", q)
		}
	}
	if !stillKept {
		t.Error("the accepted quote did not survive re-detection")
	}
	if got := dialogText(h.w); !strings.Contains(got, "re-detected 2 documents") {
		t.Errorf("summary %q", got)
	}
	if len(h.wb.ann.Quotes) != len(after.Quotes) {
		t.Errorf("the view shows %d quotes, the project has %d", len(h.wb.ann.Quotes), len(after.Quotes))
	}
	// undo twice: document B, then document A as it was
	h.wb.Undo()
	h.wb.Undo()
	if got, _ := p.Annotations(h.a); len(got.Quotes) != len(before.Quotes) {
		t.Errorf("after undo %d quotes, want the %d from before", len(got.Quotes), len(before.Quotes))
	}
}

// Re-detect learns from a done document and keeps what it learned in the
// project; re-detect as shipped forgets it.
func TestRedetectAsShippedForgets(t *testing.T) {
	p := learningProject{newProject(t)}
	h := newHarness(t, p)
	h.wb.ShowDocument(h.a)
	if err := p.SetQuoteState(h.quoteID("“We will build"), annot.StateAccepted); err != nil {
		t.Fatal(err)
	}
	if err := p.SetStatus(h.a, annot.StatusDone); err != nil {
		t.Fatal(err)
	}
	h.wb.runRedetect(p, false)
	h.wb.Wait()
	if got := dialogText(h.w); !strings.Contains(got, "learned from 1 done documents") {
		t.Errorf("summary %q", got)
	}
	if _, found, err := p.Setting(learn.AdaptationKey); err != nil || !found {
		t.Fatalf("nothing learned was stored: %v", err)
	}
	h.wb.runRedetect(p, true)
	h.wb.Wait()
	if _, found, _ := p.Setting(learn.AdaptationKey); found {
		t.Error("re-detect as shipped left what was learned in the project")
	}
	if got := dialogText(h.w); strings.Contains(got, "learned from") || !strings.Contains(got, "re-detected 1 documents") {
		t.Errorf("summary %q", got)
	}
}

// TestRedetectMessageCounts: the question counts in words ("1 document",
// "the 1 that is done"), never "the 1 documents".
func TestRedetectMessageCounts(t *testing.T) {
	for _, c := range []struct {
		open, done int
		reset      bool
		want       string
	}{
		{1, 1, false, "Re-detect the 1 document still to do, learning from the 1 that is done?"},
		{3, 2, false, "Re-detect the 3 documents still to do, learning from the 2 that are done?"},
		{1, 0, true, "re-detect the 1 document still to do with the detector as shipped?"},
	} {
		if got := redetectMessage(c.open, c.done, c.reset); !strings.Contains(got, c.want) {
			t.Errorf("redetectMessage(%d, %d, %v) = %q, want it to say %q", c.open, c.done, c.reset, got, c.want)
		}
	}
}
