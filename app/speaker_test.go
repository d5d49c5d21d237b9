package app

import (
	"reflect"
	"testing"

	"fyne.io/fyne/v2"

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
