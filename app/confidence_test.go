package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/app/widgets"
)

// unsureProject is fixture A with confidences from 0.3 to 0.95: quotes
// 0.95, 0.5, 0.3, 0.9; mentions mayor 0.6, she 0.4, Port Alma 0.92, Maria
// Ortiz 0.97.
type unsureProject struct{ *testProject }

func (p unsureProject) seed(t testing.TB) (annot.DocID, annot.DocID) {
	a := fixtureA(t)
	for i, c := range []float64{0.95, 0.5, 0.3, 0.9} {
		a.Quotes[i].Confidence = c
	}
	for i, c := range []float64{0.6, 0.4, 0.92, 0.97} {
		a.Mentions[i].Confidence = c
	}
	return p.addDoc(t, "Bridge vote", articleA, a), p.addDoc(t, "Second story", articleB, annot.Annotations{})
}

// Ctrl+Shift+A asks how sure and says how many it accepts; it accepts only
// those, with their speakers, as one undo step.
func TestAcceptAllAboveAsks(t *testing.T) {
	h := newHarness(t, unsureProject{newProject(t)})
	h.shortcut(ctrlShift(fyne.KeyA))
	for _, q := range h.wb.ann.Quotes {
		if h.quote(q.ID).State != annot.StateSuggested {
			t.Fatal("Ctrl+Shift+A accepted something before the analyst confirmed")
		}
	}
	h.wb.acceptDialog.SetValue(90)
	// quotes 0.95 and 0.9 (and "she", the first one's speaker); Port Alma and Maria Ortiz
	if txt := dialogText(h.w); !strings.Contains(txt, "Accepts 5 of 8 pending suggestions: 2 quotes and 2 mentions at least 90% sure,\nand 1 less sure speakers of those quotes") {
		t.Errorf("dialog says %q", txt)
	}
	confirm(t, h.w, "Accept 5")
	want := map[string]annot.State{"“We will": annot.StateAccepted, "“It will": annot.StateSuggested, "the plan": annot.StateSuggested, "“The plan": annot.StateAccepted}
	for pre, st := range want {
		if got := h.quote(h.quoteID(pre)).State; got != st {
			t.Errorf("quote %q is %s, want %s", pre, got, st)
		}
	}
	if got := h.mention(h.mentionID("mayor")).State; got != annot.StateSuggested {
		t.Errorf("mayor (60%%) is %s, want still suggested", got)
	}
	if !strings.Contains(h.wb.saved.Text, "accept all above 90%: 5 suggestions accepted") {
		t.Errorf("status bar %q", h.wb.saved.Text)
	}
	h.wb.Undo()
	for _, q := range h.wb.ann.Quotes {
		if h.quote(q.ID).State != annot.StateSuggested {
			t.Errorf("quote %d is %s after one undo", q.ID, h.quote(q.ID).State)
		}
	}
}

// The inspector shows how sure the detector was; N visits the least sure
// first when the analyst chooses so (a preference), in text order otherwise.
func TestLeastSureFirst(t *testing.T) {
	h := newHarness(t, unsureProject{newProject(t)})
	q3 := h.quoteID("the plan")
	if line := h.wb.insp.quoteLine(*h.wb.quote(q3)); !strings.Contains(line, "30% sure") {
		t.Errorf("inspector row %q does not show the confidence", line)
	}
	h.typeKeys("n")
	if got := h.wb.view.Selected(); got != (widgets.Ref{Mention: h.mentionID("mayor")}) {
		t.Errorf("text order: n selected %+v, want the mayor (first in the text)", got)
	}
	h.wb.SetLeastSureFirst(true)
	if !h.wb.prefs.leastSureFirst() {
		t.Fatal("the order is not remembered")
	}
	h.wb.SelectRef(widgets.Ref{})
	var got []float64
	for i := 0; i < 3; i++ {
		h.typeKeys("n")
		r := h.wb.view.Selected()
		if r.Quote != 0 {
			got = append(got, h.quote(r.Quote).Confidence)
		} else {
			got = append(got, h.mention(r.Mention).Confidence)
		}
	}
	if got[0] != 0.3 || got[1] != 0.4 || got[2] != 0.5 {
		t.Errorf("least sure first visits %v, want 0.3 0.4 0.5", got)
	}
	if !strings.Contains(h.wb.saved.Text, "50% sure") {
		t.Errorf("status bar %q, want the confidence of the suggestion", h.wb.saved.Text)
	}
}
