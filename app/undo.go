package app

import (
	"fmt"
)

// Undo reverts the latest action in the project journal.
func (wb *Workbench) Undo() { wb.undoRedo(true) }

// Redo re-applies the latest undone action.
func (wb *Workbench) Redo() { wb.undoRedo(false) }

func (wb *Workbench) undoRedo(undo bool) {
	if wb.proj == nil || wb.proj.ReadOnly() {
		return
	}
	f, verb, done := wb.proj.Redo, "redo", "Redone"
	if undo {
		f, verb, done = wb.proj.Undo, "undo", "Undone"
	}
	e, ok, err := f()
	if err != nil {
		wb.errorf(fmt.Errorf("%s: %w", verb, err))
		return
	}
	if !ok {
		wb.hint("Nothing to " + verb)
		return
	}
	if e.Doc != 0 && e.Doc != wb.doc.ID {
		wb.ShowDocument(e.Doc)
	} else {
		wb.reload()
	}
	wb.reloadDocs()
	if wb.adj != nil {
		if err := wb.adj.load(); err != nil {
			wb.errorf(err)
		}
		wb.adj.refresh()
	}
	wb.lastSaved = fmt.Sprintf("✓ %s and saved: %s", done, e.Action)
	wb.saved.SetText(wb.lastSaved)
}
