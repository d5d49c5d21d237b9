package widgets

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// Typing filters the items (the fixed tail stays), Backspace widens again,
// Escape first clears the filter, and the chosen index is the full list's.
func TestPickerFilters(t *testing.T) {
	test.NewTempApp(t)
	items := []string{"Maria Ortiz · person", "mayor · person", "city council · org", "New entity…", "Unattributed"}
	chosen := -1
	p := NewPicker(items, func(i int) { chosen = i })
	p.Fixed = 2
	p.SetFilter("")
	for _, r := range "ma" {
		p.TypedRune(r)
	}
	if len(p.Items) != 4 || p.Items[0] != items[0] || p.Items[1] != items[1] {
		t.Fatalf("filter %q shows %q", p.Filter, p.Items)
	}
	p.TypedRune('y')
	if len(p.Items) != 3 || p.Items[0] != "mayor · person" {
		t.Fatalf("filter %q shows %q", p.Filter, p.Items)
	}
	p.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if chosen != 1 {
		t.Errorf("Enter chose %d, want 1 (the mayor in the full list)", chosen)
	}
	p.TypedKey(&fyne.KeyEvent{Name: fyne.KeyBackspace})
	if p.Filter != "ma" || len(p.Items) != 4 {
		t.Errorf("after Backspace: filter %q items %q", p.Filter, p.Items)
	}
	cancelled := false
	p.OnCancel = func() { cancelled = true }
	p.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if cancelled || p.Filter != "" || len(p.Items) != len(items) {
		t.Errorf("first Escape: cancelled %v, filter %q, %d items; want the filter cleared", cancelled, p.Filter, len(p.Items))
	}
	p.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if !cancelled {
		t.Error("second Escape did not close the picker")
	}
}

// A long list shows a window of rows around the highlight, so the popup
// stays on screen; a tap chooses the row tapped.
func TestPickerLongListScrolls(t *testing.T) {
	test.NewTempApp(t)
	var items []string
	for i := 0; i < 300; i++ {
		items = append(items, string(rune('a'+i%26))+" candidate")
	}
	chosen := -1
	p := NewPicker(items, func(i int) { chosen = i })
	w := test.NewTempWindow(t, p)
	w.Resize(fyne.NewSize(400, 800))
	h := p.rowHeight()
	if got := p.MinSize().Height; got > 14*h {
		t.Errorf("picker of 300 items is %.0f high, want at most 13 rows (%.0f)", got, 13*h)
	}
	p.Highlight(150)
	first, _ := p.window()
	test.TapAt(p, fyne.NewPos(10, h*float32(150-first+1)+h/2))
	if chosen != 150 {
		t.Errorf("tap on the highlighted row chose %d, want 150", chosen)
	}
}
