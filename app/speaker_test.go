package app

import (
	"reflect"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/app/widgets"
)

// chooseNewEntity makes the text s the selected quote's speaker through the
// speaker picker's "New entity from selection…".
func (h *harness) chooseNewEntity(q annot.QuoteID, s string) {
	h.t.Helper()
	h.wb.SelectRef(widgets.Ref{Quote: q})
	h.wb.view.SetSelection(sp(h.t, articleA, s))
	h.typeKeys("s")
	p := h.wb.picker
	if p == nil {
		h.t.Fatal("s opened no speaker picker")
	}
	for i := 0; i < 20 && p.Items[p.Index] != pickNewEntity; i++ {
		p.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	}
	if p.Items[p.Index] != pickNewEntity {
		h.t.Fatalf("picker items %q have no %q", p.Items, pickNewEntity)
	}
	p.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
}

func (h *harness) annotations(doc annot.DocID) annot.Annotations {
	h.t.Helper()
	a, err := h.p.Annotations(doc)
	if err != nil {
		h.t.Fatalf("annotations: %v", err)
	}
	return a
}

// "New entity from selection…" as a quote's speaker is one action: one Undo
// removes the link, the mention and the entity together, one Redo brings
// them back with the same ids, also in a new window on the reopened file.
func TestNewSpeakerEntityIsOneUndoStep(t *testing.T) {
	for name, mk := range backends(t) {
		t.Run(name, func(t *testing.T) {
			h := newHarness(t, mk(t))
			q3 := h.quoteID("the plan was too costly")
			before := h.annotations(h.a)

			h.chooseNewEntity(q3, "Critics")
			after := h.annotations(h.a)
			q := h.quote(q3)
			m := h.mention(q.Speaker)
			if h.wb.spanText(m.Span) != "Critics" || m.Label != annot.LabelPerson || m.Origin != annot.OriginHuman {
				t.Fatalf("speaker after new entity: %+v %q", m, h.wb.spanText(m.Span))
			}
			if e := after.Entity(m.Entity); e == nil || e.Name != "Critics" || before.Entity(m.Entity) != nil {
				t.Errorf("the speaker's entity %d is not a new entity named Critics: %+v", m.Entity, e)
			}
			if len(after.Mentions) != len(before.Mentions)+1 || len(after.Entities) != len(before.Entities)+1 {
				t.Errorf("mentions %d→%d, entities %d→%d; want one more of each",
					len(before.Mentions), len(after.Mentions), len(before.Entities), len(after.Entities))
			}

			h.wb.Undo()
			if got := h.annotations(h.a); !reflect.DeepEqual(got, before) {
				t.Errorf("one Undo did not revert the whole action:\n got %+v\nwant %+v", got, before)
			}
			if !reflect.DeepEqual(h.wb.ann, before) {
				t.Error("the window still shows the action after Undo")
			}
			h.wb.Redo()
			if got := h.annotations(h.a); !reflect.DeepEqual(got, after) {
				t.Errorf("one Redo did not restore the action with the same ids:\n got %+v\nwant %+v", got, after)
			}

			p := reopen(t, h.p)
			h.open(p)
			h.wb.Undo()
			if got := h.annotations(h.a); !reflect.DeepEqual(got, before) {
				t.Errorf("after reopening, one Undo did not revert the whole action:\n got %+v\nwant %+v", got, before)
			}
		})
	}
}

func TestSpeakerPicker(t *testing.T) {
	for name, mk := range backends(t) {
		t.Run(name, func(t *testing.T) {
			h := newHarness(t, mk(t))
			q2 := h.quoteID("“It will")
			h.wb.SelectRef(widgets.Ref{Quote: q2})
			h.typeKeys("s")
			p := h.wb.picker
			if p == nil {
				t.Fatal("s opened no speaker picker")
			}
			if len(p.Items) < 3 || p.Items[len(p.Items)-1] != pickUnattributed || p.Items[len(p.Items)-2] != pickNewEntity {
				t.Fatalf("picker items %q", p.Items)
			}
			// nearest first: "she" (the mayor) ends right before the quote
			if !strings.HasPrefix(p.Items[0], "mayor") {
				t.Errorf("first candidate %q, want the mayor (nearest)", p.Items[0])
			}
			p.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
			if h.wb.picker != nil {
				t.Error("picker still open after Enter")
			}
			she := h.mentionID("she")
			if got := h.quote(q2).Speaker; got != she {
				t.Errorf("speaker of quote 2 = mention %d, want %d (she)", got, she)
			}
			// cycling: s again, move down, choose: another candidate
			h.typeKeys("s")
			h.wb.picker.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
			h.wb.picker.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
			if got := h.quote(q2).Speaker; got == she || got == 0 {
				t.Errorf("after cycling, speaker = mention %d, want another candidate", got)
			}
			// unattributed, via the picker's last item
			h.typeKeys("s")
			for i := 0; i < 10 && h.wb.picker.Items[h.wb.picker.Index] != pickUnattributed; i++ {
				h.wb.picker.TypedKey(&fyne.KeyEvent{Name: fyne.KeyUp})
			}
			h.wb.picker.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
			if q := h.quote(q2); !q.Unattributed || q.Speaker != 0 {
				t.Errorf("quote after choosing unattributed: speaker %d unattributed %v", q.Speaker, q.Unattributed)
			}
			if !strings.Contains(h.wb.insp.quoteLine(*h.wb.quote(q2)), "unattributed") {
				t.Errorf("inspector row %q does not say unattributed", h.wb.insp.quoteLine(*h.wb.quote(q2)))
			}
		})
	}
}

func TestSpeakerFromNewEntity(t *testing.T) {
	for name, mk := range backends(t) {
		t.Run(name, func(t *testing.T) {
			h := newHarness(t, mk(t))
			q3 := h.quoteID("the plan was too costly")
			h.wb.SelectRef(widgets.Ref{Quote: q3})
			h.wb.view.SetSelection(sp(t, articleA, "Critics"))
			h.typeKeys("s")
			p := h.wb.picker
			for i := 0; i < 20 && p.Items[p.Index] != pickNewEntity; i++ {
				p.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
			}
			p.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
			q := h.quote(q3)
			m := h.mention(q.Speaker)
			if h.wb.spanText(m.Span) != "Critics" || m.Label != annot.LabelPerson || m.Entity == 0 {
				t.Errorf("speaker after new entity: %+v %q", m, h.wb.spanText(m.Span))
			}
			if got := h.wb.insp.quoteLine(*h.wb.quote(q3)); !strings.Contains(got, "Critics") {
				t.Errorf("inspector row %q does not name the new speaker", got)
			}
		})
	}
}

// C moves to the next entity: a speaker whose mention is not the entity's
// nearest one still counts as that entity.
func TestCycleSpeakerComparesEntities(t *testing.T) {
	for name, mk := range backends(t) {
		t.Run(name, func(t *testing.T) {
			h := newHarness(t, mk(t))
			q2 := h.quoteID("“It will")
			mayor := h.mentionID("mayor") // the mayor's far mention; "she" is nearer
			if err := h.p.SetSpeaker(q2, mayor, false); err != nil {
				t.Fatal(err)
			}
			h.wb.reload()
			h.wb.SelectRef(widgets.Ref{Quote: q2})
			h.wb.view.FocusText()
			test.TypeOnCanvas(h.w.Canvas(), "c")
			before := h.mention(mayor).Entity
			if got := h.mention(h.quote(q2).Speaker).Entity; got == before {
				t.Errorf("c kept the speaker on entity %d, want the next candidate entity", got)
			}
			// the picker opens on the current speaker's entity
			h.wb.OpenSpeakerPicker()
			cs := h.wb.speakerCandidates(h.wb.quote(q2), false)
			if i := h.wb.picker.Index; i >= len(cs) || cs[i].mention != h.quote(q2).Speaker && cs[i].entity != h.mention(h.quote(q2).Speaker).Entity {
				t.Errorf("picker highlights %d (%q), not the current speaker", i, h.wb.picker.Items[i])
			}
		})
	}
}

// In the speaker picker, typing filters instead of firing shortcuts; people
// and organisations come first and places only when asked for.
func TestSpeakerPickerFiltersAndHidesPlaces(t *testing.T) {
	h := newHarness(t, newProject(t))
	q2 := h.quoteID("“It will")
	h.wb.SelectRef(widgets.Ref{Quote: q2})
	h.typeKeys("s")
	p := h.wb.picker
	if p == nil {
		t.Fatal("s opened no picker")
	}
	for _, it := range p.Items {
		if strings.Contains(it, "Port Alma") {
			t.Errorf("picker offers a place without being asked: %q", p.Items)
		}
	}
	// a, r and n are shortcuts (accept, reject, next): here they filter
	h.wb.typedRune('m')
	h.wb.typedRune('a')
	h.wb.typedRune('r')
	if st := h.quote(q2).State; st != annot.StateSuggested || h.wb.view.Selected() != (widgets.Ref{Quote: q2}) {
		t.Errorf("typing in the picker fired shortcuts: quote %s, selected %+v", st, h.wb.view.Selected())
	}
	if p.Filter != "mar" || !strings.HasPrefix(p.Items[0], "Maria Ortiz") {
		t.Errorf("filter %q shows %q, want Maria Ortiz first", p.Filter, p.Items)
	}
	// places on request
	p.SetFilter("places")
	p.Choose()
	if h.wb.picker == nil || h.wb.picker == p {
		t.Fatal("Show places did not reopen the picker")
	}
	found := false
	for _, it := range h.wb.picker.Items {
		found = found || strings.HasPrefix(it, "Port Alma")
	}
	if !found {
		t.Errorf("with places the picker shows %q, want Port Alma", h.wb.picker.Items)
	}
}
