package app

import (
	"strings"
	"testing"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/app/widgets"
)

// Rejecting a quote from the keyboard takes the speaker the detector made
// only for it ("she", a pronoun) along: rejected in the project, no longer
// painted, not offered in the speaker picker; undo brings both back.
func TestRejectedQuoteTakesItsSpeaker(t *testing.T) {
	h := newHarness(t, newProject(t))
	q1, q2 := h.quoteID("“We will"), h.quoteID("“It will")
	she := h.mentionID("she")
	h.wb.SelectRef(widgets.Ref{Quote: q1})
	h.typeKeys("r")
	if st := h.quote(q1).State; st != annot.StateRejected {
		t.Fatalf("quote is %s after r, want rejected", st)
	}
	if st := h.mention(she).State; st != annot.StateRejected {
		t.Errorf("its speaker %q is %s, want rejected with the quote", "she", st)
	}
	if !strings.Contains(h.wb.saved.Text, "reject quote and its speaker “she”") {
		t.Errorf("status bar %q does not say the speaker went too", h.wb.saved.Text)
	}
	for _, m := range h.wb.view.Marks() {
		if m.Ref == (widgets.Ref{Mention: she}) {
			t.Errorf("the dropped speaker is still painted: %+v", m)
		}
	}
	for _, c := range h.wb.speakerCandidates(h.wb.quote(q2), true) {
		if c.mention == she {
			t.Errorf("the picker still offers the dropped speaker: %+v", c)
		}
	}
	// a name the tagger found stays: Maria Ortiz outlives her quote
	q4, maria := h.quoteID("“The plan"), h.mentionID("Maria Ortiz")
	h.wb.SelectRef(widgets.Ref{Quote: q4})
	h.typeKeys("r")
	if st := h.mention(maria).State; st != annot.StateSuggested {
		t.Errorf("name mention %q is %s after its quote was rejected, want suggested", "Maria Ortiz", st)
	}
	h.wb.Undo()
	h.wb.Undo()
	if st := h.mention(she).State; st != annot.StateSuggested {
		t.Errorf("after undoing the reject, %q is %s, want suggested again", "she", st)
	}
}

// The merge dialog names the entity being merged.
func TestMergeDialogNamesEntity(t *testing.T) {
	h := newHarness(t, newProject(t))
	h.wb.SelectRef(widgets.Ref{Mention: h.mentionID("Maria Ortiz")})
	h.wb.insp.mergeEntity()
	if h.w.Canvas().Overlays().Top() == nil {
		t.Fatal("no merge dialog")
	}
	found := strings.Contains(dialogText(h.w), "Merge “Maria Ortiz” (PERSON) into another entity")
	if !found {
		t.Errorf("the merge dialog does not name the entity: %q", dialogText(h.w))
	}
}
