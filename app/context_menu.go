package app

import (
	"fmt"

	"fyne.io/fyne/v2"
)

// contextMenu offers what can be made of the selection.
func (wb *Workbench) contextMenu() *fyne.Menu {
	var items []*fyne.MenuItem
	sel := wb.view.Selection()
	if !sel.Empty() {
		for i, name := range wb.labelKeyNames() {
			n := i + 1
			items = append(items, fyne.NewMenuItem(fmt.Sprintf("%d  Make %s", n, name), func() { wb.LabelKey(n) }))
		}
		if wb.selectedQuote() != nil {
			items = append(items, fyne.NewMenuItem("Split quote here", wb.SplitQuote))
		}
	}
	if !wb.view.Selected().IsZero() {
		items = append(items, fyne.NewMenuItemSeparator(),
			fyne.NewMenuItem("Accept", wb.Accept), fyne.NewMenuItem("Reject", wb.Reject))
		if wb.selectedQuote() != nil {
			items = append(items, fyne.NewMenuItem("Speaker…", wb.OpenSpeakerPicker))
		}
	}
	return fyne.NewMenu("", items...)
}
