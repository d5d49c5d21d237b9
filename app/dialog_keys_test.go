package app

import (
	"testing"

	"fyne.io/fyne/v2"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/app/widgets"
)

// TestKeysWaitWhileDialogOpen: with a dialog open, a typed letter does not
// decide the suggestion behind it and a shortcut does not stack a second
// dialog; once the dialog is closed the keys work again.
func TestKeysWaitWhileDialogOpen(t *testing.T) {
	h := newHarness(t, newProject(t))
	h.typeKeys("n")
	mayor := h.mentionID("mayor")
	if got := h.wb.view.Selected(); got != (widgets.Ref{Mention: mayor}) {
		t.Fatalf("n selected %+v, want the mention %q", got, "mayor")
	}
	h.wb.showShortcuts()
	ov := h.w.Canvas().Overlays()
	if ov.Top() == nil {
		t.Fatal("Help → Keyboard shortcuts showed no dialog")
	}
	h.typeKeys("a")
	h.wb.typedRune('a')
	if st := h.mention(mayor).State; st != annot.StateSuggested {
		t.Errorf("a typed while a dialog is open made the mention %s", st)
	}
	h.shortcut(ctrlShift(fyne.KeyA)) // "accept all above…" opens a dialog of its own
	if n := len(ov.List()); n != 1 {
		t.Errorf("a shortcut typed while a dialog is open stacked dialogs: %d open", n)
	}
	ov.Remove(ov.Top())
	h.typeKeys("a")
	if st := h.mention(mayor).State; st != annot.StateAccepted {
		t.Errorf("a typed after the dialog closed left the mention %s", st)
	}
}
