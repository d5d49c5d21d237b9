package app

import (
	"strings"
	"testing"

	"github.com/quotebench/quotebench/annot"
)

// The inspector says who made each decision: the project's annotator on
// what is accepted from the keyboard, nothing on pending suggestions.
func TestInspectorShowsAnnotator(t *testing.T) {
	p := newProject(t)
	if err := p.SetAnnotator("Ana Lima"); err != nil {
		t.Fatal(err)
	}
	h := newHarness(t, p)
	q1 := h.quoteID("“We will")
	if got := h.wb.insp.quoteLine(*h.wb.quote(q1)); strings.Contains(got, " by ") {
		t.Errorf("pending quote row %q names someone", got)
	}
	h.typeKeys("n") // the first suggestion, the mention "mayor"
	h.typeKeys("a") // accept it; the quote is selected next
	mayor := h.mentionID("mayor")
	if m := h.mention(mayor); m.Annotator != "Ana Lima" {
		t.Errorf("accepted mention names %q", m.Annotator)
	}
	found := false
	for _, r := range h.wb.insp.rows {
		if r.mention == mayor {
			found = strings.Contains(r.meta, "accepted by Ana Lima")
		}
	}
	if !found {
		t.Errorf("the entity list does not say who accepted the mention: %+v", h.wb.insp.rows)
	}
	h.typeKeys("a")
	if st := h.quote(q1).State; st != annot.StateAccepted {
		t.Fatalf("quote %s after a", st)
	}
	if got := h.wb.insp.quoteLine(*h.wb.quote(q1)); !strings.Contains(got, "accepted by Ana Lima") {
		t.Errorf("inspector row %q, want it to say accepted by Ana Lima", got)
	}
	// the store has it too, and it is there after a reload
	a, _ := p.Annotations(h.wb.doc.ID)
	for _, q := range a.Quotes {
		if q.ID == q1 && q.Annotator != "Ana Lima" {
			t.Errorf("stored annotator %q", q.Annotator)
		}
	}
	h.wb.reload()
	if got := h.wb.insp.quoteLine(*h.wb.quote(q1)); !strings.Contains(got, "by Ana Lima") {
		t.Errorf("after reload the row says %q", got)
	}
}
