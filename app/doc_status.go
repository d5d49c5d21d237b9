package app

import (
	"github.com/quotebench/quotebench/annot"
)

// SetStatus sets the shown document's status.
func (wb *Workbench) SetStatus(st annot.Status) {
	if wb.doc.ID == 0 {
		return
	}
	if wb.write("mark "+statusName(st), func() error { return wb.proj.SetStatus(wb.doc.ID, st) }) {
		wb.doc.Status = st
		wb.reloadDocs()
	}
}

// MarkDoneAndNext marks the document done and opens the next one not done.
func (wb *Workbench) MarkDoneAndNext() {
	if wb.doc.ID == 0 {
		return
	}
	cur := wb.doc.ID
	// the next document comes from the list as it was before the write: a
	// filter may drop the current one from the list, shifting every index
	before := append([]annot.DocSummary(nil), wb.docs...)
	idx := wb.docIndex()
	if !wb.write("mark done", func() error { return wb.proj.SetStatus(cur, annot.StatusDone) }) {
		return
	}
	wb.doc.Status = annot.StatusDone
	wb.reloadDocs()
	n := len(before)
	for k := 1; k <= n; k++ {
		d := before[(max(idx, 0)+k)%n]
		if d.ID != cur && d.Status != annot.StatusDone && d.Status != annot.StatusSkipped {
			wb.ShowDocument(d.ID)
			return
		}
	}
	wb.saved.SetText("✓ Saved: mark done — every document in the list is done")
}
