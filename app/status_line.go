package app

import (
	"errors"
	"fmt"
	"time"

	"github.com/quotebench/quotebench/annot"
)

// didSave reports a successful write in the status bar.
func (wb *Workbench) didSave(what string) {
	wb.lastSaved = fmt.Sprintf("✓ Saved: %s  (%s)", what, time.Now().Format("15:04:05"))
	wb.saved.SetText(wb.lastSaved)
}

// hint shows a passing message in the status bar; the next selection
// brings the save state back.
func (wb *Workbench) hint(msg string) {
	wb.saved.SetText(msg)
	wb.hinting = true
}

// unhint restores the save state after a hint.
func (wb *Workbench) unhint() {
	if wb.hinting {
		wb.hinting = false
		wb.saved.SetText(wb.lastSaved)
	}
}

// write runs one store action and reports it; false when it failed.
func (wb *Workbench) write(what string, fn func() error) bool {
	if wb.proj == nil {
		return false
	}
	if wb.proj.ReadOnly() {
		wb.saved.SetText("Read-only: " + what + " was not saved")
		return false
	}
	if err := fn(); err != nil {
		if errors.Is(err, annot.ErrReadOnly) {
			wb.saved.SetText("Read-only: " + what + " was not saved")
			return false
		}
		wb.saved.SetText("Not saved: " + what)
		wb.errorf(fmt.Errorf("%s: %w", what, err))
		return false
	}
	wb.didSave(what)
	wb.syncStatus()
	return true
}

// syncStatus picks up a status the store changed by itself: the first
// action on a document to do moves it to in progress. Only documents still
// to do are read again, through the document list's query (the status
// without the text), so this costs one small query per document.
func (wb *Workbench) syncStatus() {
	if wb.doc.ID == 0 || wb.doc.Status != annot.StatusTodo {
		return
	}
	ds, err := wb.proj.Documents(annot.DocFilter{IDs: []annot.DocID{wb.doc.ID}})
	if err != nil || len(ds) != 1 || ds[0].Status == wb.doc.Status {
		return
	}
	d := ds[0]
	wb.doc.Status = d.Status
	if i := wb.docIndex(); i >= 0 {
		wb.docs[i].Status = d.Status
		wb.docList.RefreshItem(i)
	}
}
