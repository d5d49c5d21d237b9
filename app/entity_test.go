package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/app/widgets"
)

func TestCreateEntityByDragging(t *testing.T) {
	for name, mk := range backends(t) {
		t.Run(name, func(t *testing.T) {
			h := newHarness(t, mk(t))
			from, to := h.posOf(sp(t, articleA, "council member")), h.posOf(sp(t, articleA, "member"))
			test.Drag(h.w.Canvas(), from, to.X-from.X, to.Y-from.Y)
			if got := h.wb.spanText(h.wb.view.Selection()); got != "council member" {
				t.Fatalf("drag selected %q, want %q", got, "council member")
			}
			h.typeKeys("2") // ORG
			id := h.mentionID("council member")
			m := h.mention(id)
			if m.Label != annot.LabelOrg || m.Origin != annot.OriginHuman {
				t.Errorf("new mention %+v, want a human ORG", m)
			}
			if m.Entity == 0 {
				t.Errorf("new mention has no entity")
			}
			if h.wb.view.Selected() != (widgets.Ref{Mention: id}) || !h.wb.view.Selection().Empty() {
				t.Errorf("after labelling: selected %+v, selection %v", h.wb.view.Selected(), h.wb.view.Selection())
			}
			found := false
			for _, r := range h.wb.insp.rows {
				found = found || r.header && r.text == "council member"
			}
			if !found {
				t.Error("inspector does not list the new entity")
			}
		})
	}
}

func TestEntityActions(t *testing.T) {
	for name, mk := range backends(t) {
		t.Run(name, func(t *testing.T) {
			h := newHarness(t, mk(t))
			entityOf := func(s string) annot.EntityID { return h.mention(h.mentionID(s)).Entity }
			ortiz, mayor := entityOf("Maria Ortiz"), entityOf("mayor")
			// move "she" from the mayor to Maria Ortiz
			h.wb.insp.MoveTo(h.mentionID("she"), ortiz)
			if got := entityOf("she"); got != ortiz {
				t.Errorf("she belongs to entity %d after the move, want %d", got, ortiz)
			}
			// merge Maria Ortiz into the mayor: every mention follows
			h.wb.insp.MergeInto(mayor, ortiz)
			for _, s := range []string{"she", "Maria Ortiz", "mayor"} {
				if got := entityOf(s); got != mayor {
					t.Errorf("%q belongs to entity %d after the merge, want %d", s, got, mayor)
				}
			}
			h.wb.insp.Rename(mayor, "Mayor Lena Fox")
			headers := 0
			for _, r := range h.wb.insp.rows {
				if r.header && r.entity == mayor {
					headers++
					if r.text != "Mayor Lena Fox" || !strings.HasSuffix(r.meta, "· 3") {
						t.Errorf("entity row %q %q, want the new name and 3 mentions", r.text, r.meta)
					}
				}
			}
			if headers != 1 {
				t.Errorf("%d header rows for the merged entity", headers)
			}
			// all three are one journaled action each
			h.shortcut(&fyne.ShortcutUndo{})
			h.shortcut(&fyne.ShortcutUndo{})
			if got := entityOf("Maria Ortiz"); got != ortiz {
				t.Errorf("after undoing rename and merge, Maria Ortiz is in %d, want %d", got, ortiz)
			}
		})
	}
}
