package app

import (
	"fmt"

	"fyne.io/fyne/v2"
)

// contextMenu offers what can be made of the selection, each entry with
// its key (a right-click first selects the annotation under the pointer).
func (wb *Workbench) contextMenu() *fyne.Menu {
	var items []*fyne.MenuItem
	item := func(name string, k fyne.KeyName, run func()) *fyne.MenuItem {
		it := fyne.NewMenuItem(name, run)
		it.Shortcut = key(k)
		return it
	}
	sel := wb.view.Selection()
	if !sel.Empty() {
		for i, name := range wb.labelKeyNames() {
			n := i + 1
			if n > 9 {
				break
			}
			items = append(items, item(fmt.Sprintf("Make %s", name), fyne.KeyName(fmt.Sprint(n)), func() { wb.LabelKey(n) }))
		}
		if wb.selectedQuote() != nil {
			items = append(items, item("Split quote here", fyne.KeyX, wb.SplitQuote))
		}
	}
	if !wb.view.Selected().IsZero() {
		if len(items) > 0 {
			items = append(items, fyne.NewMenuItemSeparator())
		}
		items = append(items, item("Accept", fyne.KeyA, wb.Accept), item("Reject", fyne.KeyR, wb.Reject))
		if wb.selectedQuote() != nil {
			items = append(items, item("Speaker…", fyne.KeyS, wb.OpenSpeakerPicker), item("Change kind", fyne.KeyK, wb.CycleKind))
		}
	}
	return fyne.NewMenu("", items...)
}
