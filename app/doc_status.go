package app

import (
	"fmt"

	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/app/widgets"
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

// Choices of the "suggestions still pending" question before marking done.
const (
	doneAcceptRest = "Accept the rest"
	doneRejectRest = "Reject the rest"
	doneReview     = "Review them"
	doneCancel     = "Cancel"
)

// MarkDoneAndNext marks the document done and opens the next one not done.
// Done means decided: with suggestions still pending it first asks whether
// to accept them, reject them, or go back and review them.
func (wb *Workbench) MarkDoneAndNext() {
	if wb.doc.ID == 0 {
		return
	}
	// the next document comes from the list as it is now: a filter may drop
	// the current one from the list, shifting every index
	before := append([]annot.DocSummary(nil), wb.docs...)
	idx := wb.docIndex()
	p := countPending(&wb.ann)
	if n := p.quotes + p.mentions; n > 0 {
		wb.askPendingBeforeDone(p, func() { wb.markDoneAndNext(before, idx) })
		return
	}
	wb.markDoneAndNext(before, idx)
}

// askPendingBeforeDone shows the question; each answer is one action.
func (wb *Workbench) askPendingBeforeDone(p pending, markDone func()) {
	doc := wb.doc.ID
	var dlg *dialog.CustomDialog
	answer := func(choice string) func() {
		return func() {
			dlg.Hide()
			if wb.doc.ID != doc {
				return
			}
			switch choice {
			case doneAcceptRest, doneRejectRest:
				st, verb := annot.StateAccepted, "accepted"
				if choice == doneRejectRest {
					st, verb = annot.StateRejected, "rejected"
				}
				n := 0
				if !wb.write(choice, func() (err error) { n, err = wb.proj.DecidePending(doc, st, 0); return err }) {
					return
				}
				wb.reload()
				markDone()
				wb.didSave(fmt.Sprintf("%s %d remaining suggestions and marked the document done", verb, n))
			case doneReview:
				wb.SelectRef(widgets.Ref{})
				wb.NextSuggestion(1)
				wb.view.FocusText()
			}
		}
	}
	msg := widget.NewLabel(fmt.Sprintf("%s still pending in this document.\nA done document holds only your decisions: what should happen to them?", pendingText(p)))
	// Review has the focus (Enter or Space takes it); Escape there closes the dialog
	review := newEscButton(doneReview, answer(doneReview), wb.escape)
	review.Importance = widget.HighImportance
	buttons := container.NewGridWithColumns(4,
		widget.NewButton(doneAcceptRest, answer(doneAcceptRest)),
		widget.NewButton(doneRejectRest, answer(doneRejectRest)),
		review,
		widget.NewButton(doneCancel, answer(doneCancel)))
	dlg = dialog.NewCustomWithoutButtons("Mark done", container.NewVBox(msg, buttons), wb.win)
	wb.showDialog(dlg, nil)
	wb.win.Canvas().Focus(review)
}

// pendingText says what is pending: "3 quotes and 5 mentions".
func pendingText(p pending) string {
	plural := func(n int, s string) string {
		if n == 1 {
			return "1 " + s
		}
		return fmt.Sprintf("%d %ss", n, s)
	}
	switch {
	case p.quotes > 0 && p.mentions > 0:
		return plural(p.quotes, "suggested quote") + " and " + plural(p.mentions, "mention") + " are"
	case p.quotes > 0:
		return plural(p.quotes, "suggested quote") + map[bool]string{true: " is", false: " are"}[p.quotes == 1]
	}
	return plural(p.mentions, "suggested mention") + map[bool]string{true: " is", false: " are"}[p.mentions == 1]
}

// markDoneAndNext marks the document done and opens the next one not done
// of the list before (where it was at idx).
func (wb *Workbench) markDoneAndNext(before []annot.DocSummary, idx int) {
	cur := wb.doc.ID
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
