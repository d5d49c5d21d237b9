package app

import (
	"errors"
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/app/widgets"
)

func TestUndoRedoAfterReopening(t *testing.T) {
	for name, mk := range backends(t) {
		t.Run(name, func(t *testing.T) {
			h := newHarness(t, mk(t))
			q1 := h.quoteID("“We will")
			h.wb.SelectRef(widgets.Ref{Quote: q1})
			h.typeKeys("a")
			she := h.mentionID("she")
			q2 := h.quoteID("“It will")
			if err := h.p.SetSpeaker(q2, she, false); err != nil { // a speaker link, journaled too
				t.Fatal(err)
			}
			h.wb.reload()
			h.wb.SelectRef(widgets.Ref{Quote: q2})
			h.typeKeys("c") // cycle to the next candidate
			cycled := h.quote(q2).Speaker
			if cycled == she {
				t.Fatalf("c did not change the speaker")
			}

			// restart: a new window on the project reopened from its file
			h.open(reopen(t, h.p))
			if h.wb.doc.ID != h.a {
				t.Fatalf("after reopening, shown document %d, want the last viewed %d", h.wb.doc.ID, h.a)
			}
			h.shortcut(&fyne.ShortcutUndo{})
			if got := h.quote(q2).Speaker; got != she {
				t.Errorf("undo after reopening: speaker %d, want %d", got, she)
			}
			if got := h.wb.quote(q2).Speaker; got != she {
				t.Errorf("view not updated after undo: speaker %d", got)
			}
			h.shortcut(&fyne.ShortcutUndo{})
			h.shortcut(&fyne.ShortcutUndo{})
			if st := h.quote(q1).State; st != annot.StateSuggested {
				t.Errorf("after three undos quote 1 is %s, want suggested", st)
			}
			h.shortcut(&fyne.ShortcutRedo{})
			if st := h.quote(q1).State; st != annot.StateAccepted {
				t.Errorf("after redo quote 1 is %s, want accepted", st)
			}
			if !strings.Contains(h.wb.saved.Text, "Redone") {
				t.Errorf("status bar %q", h.wb.saved.Text)
			}
		})
	}
}

// undoProject fails to undo.
type undoProject struct{ *testProject }

func TestUndoErrorPrefix(t *testing.T) {
	h := newHarness(t, undoProject{newProject(t)})
	errs := h.captureErrors()
	h.shortcut(&fyne.ShortcutUndo{})
	if len(*errs) != 1 || !strings.HasPrefix((*errs)[0].Error(), "undo: ") {
		t.Errorf("errors %v, want one starting %q", *errs, "undo: ")
	}
}

func (p undoProject) seed(t testing.TB) (annot.DocID, annot.DocID) { return p.testProject.seed(t) }

func (p undoProject) Undo() (annot.JournalEntry, bool, error) {
	return annot.JournalEntry{}, false, errors.New("database is locked")
}
