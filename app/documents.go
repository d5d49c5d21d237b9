package app

import (
	"fmt"
	"sort"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/app/widgets"
)

// reloadDocs re-reads the document list (statuses, counts, the filter's
// matches), clears the list's selection and selects the shown document again
// when it is still listed.
func (wb *Workbench) reloadDocs() {
	if wb.proj == nil {
		return
	}
	docs, err := wb.proj.Documents(wb.filter)
	if err != nil {
		if wb.filter.Query != "" {
			wb.hint(fmt.Sprintf("Search failed: %v", err))
			return
		}
		wb.errorf(fmt.Errorf("list documents: %w", err))
		return
	}
	wb.docs = docs
	wb.listing = true
	wb.docList.UnselectAll()
	wb.listing = false
	wb.docList.Refresh()
	wb.selectInList()
	wb.updatePosition()
}

// selectInList highlights the shown document in the list without reloading it.
func (wb *Workbench) selectInList() {
	for i, d := range wb.docs {
		if d.ID == wb.doc.ID {
			wb.listing = true
			wb.docList.Select(i)
			wb.listing = false
			return
		}
	}
}

// ShowDocument loads a document and its annotations into the view.
func (wb *Workbench) ShowDocument(id annot.DocID) {
	if wb.proj == nil {
		return
	}
	d, err := wb.proj.Document(id)
	if err != nil {
		wb.errorf(fmt.Errorf("open document %d: %w", id, err))
		return
	}
	a, err := wb.proj.Annotations(id)
	if err != nil {
		wb.errorf(fmt.Errorf("load annotations of document %d: %w", id, err))
		return
	}
	wb.doc, wb.ann, wb.runes = d, a, []rune(d.Text)
	title := d.Title
	if d.Date != "" {
		title += "  (" + d.Date + ")"
	}
	wb.docTitle.SetText(title)
	wb.view.SetDocument(d.Text, &wb.ann)
	wb.markMatches()
	wb.insp.refresh()
	wb.insp.quoteList.ScrollToTop() // a new document's lists start at the top
	wb.insp.entityList.ScrollToTop()
	wb.selectInList()
	wb.updatePosition()
	wb.prefs.setLastDoc(wb.proj.Path(), int(id))
	wb.view.FocusText()
}

// Document returns the document shown and its annotations.
func (wb *Workbench) Document() (annot.Document, *annot.Annotations) { return wb.doc, &wb.ann }

// reload re-reads the current document's annotations after a structural
// change, keeping the scroll position.
func (wb *Workbench) reload() {
	if wb.doc.ID == 0 {
		return
	}
	a, err := wb.proj.Annotations(wb.doc.ID)
	if err != nil {
		wb.errorf(fmt.Errorf("load annotations of document %d: %w", wb.doc.ID, err))
		return
	}
	wb.ann = a
	wb.repaint()
}

// repaint shows wb.ann in the view and the inspector.
func (wb *Workbench) repaint() {
	ref := wb.view.Selected()
	wb.view.SetAnnotations(&wb.ann)
	wb.view.Select(ref, &wb.ann)
	wb.insp.refresh()
	wb.updatePending()
}

// repaintOne updates the view and the inspector rows after a change that
// touched only annotation r (a state change): cheaper than repaint.
func (wb *Workbench) repaintOne(r widgets.Ref) {
	wb.view.SetAnnotations(&wb.ann)
	wb.view.Select(wb.view.Selected(), &wb.ann)
	wb.insp.refreshRef(r)
	wb.updatePending()
}

// pending counts a document's suggestions waiting for a decision (quotes
// and mentions) and its quotes not rejected: the numbers of the list row, the
// status bar and the inspector's header.
type pending struct{ quotes, mentions, keptQuotes int }

func countPending(a *annot.Annotations) pending {
	var c pending
	for _, x := range a.Quotes {
		if x.State == annot.StateSuggested {
			c.quotes++
		}
		if x.State != annot.StateRejected {
			c.keptQuotes++
		}
	}
	for _, m := range a.Mentions {
		if m.State == annot.StateSuggested {
			c.mentions++
		}
	}
	return c
}

// updatePending recounts the shown document's pending suggestions for the list.
func (wb *Workbench) updatePending() {
	c := countPending(&wb.ann)
	if i := wb.docIndex(); i >= 0 {
		wb.docs[i].Pending, wb.docs[i].Quotes = c.quotes+c.mentions, c.keptQuotes
		wb.docList.RefreshItem(i)
	}
	wb.updatePosition()
}

// updatePosition shows where the document sits in the list and what is left in it.
func (wb *Workbench) updatePosition() {
	if wb.doc.ID == 0 {
		wb.position.SetText("")
		return
	}
	c := countPending(&wb.ann)
	n := c.quotes + c.mentions
	idx := wb.docIndex()
	if idx < 0 {
		wb.position.SetText(fmt.Sprintf("%d pending", n))
		return
	}
	wb.position.SetText(fmt.Sprintf("Document %d of %d · %d pending", idx+1, len(wb.docs), n))
}

// docIndex returns the list index of the shown document, or -1.
func (wb *Workbench) docIndex() int {
	for i, d := range wb.docs {
		if d.ID == wb.doc.ID {
			return i
		}
	}
	return -1
}

// sortedQuotes returns the quotes in text order.
func sortedQuotes(a *annot.Annotations) []annot.Quote {
	qs := append([]annot.Quote(nil), a.Quotes...)
	sort.SliceStable(qs, func(i, j int) bool { return qs[i].Extent().Start < qs[j].Extent().Start })
	return qs
}
