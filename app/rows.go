package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// List rows are canvas texts rather than Labels: a Label re-shapes (and
// truncates) its text on every refresh, which made accepting a suggestion
// miss the frame budget; canvas text is shaped once, when painted, and the
// list's scroller clips what does not fit.

// newRow makes a row of one bold line and optional caption lines.
func newRow(lines int) *fyne.Container {
	objs := make([]fyne.CanvasObject, lines)
	for i := range objs {
		t := canvas.NewText("", theme.Color(theme.ColorNameForeground))
		if i == 0 {
			t.TextStyle = fyne.TextStyle{Bold: true}
		}
		objs[i] = t
	}
	return container.NewPadded(container.New(layout.NewCustomPaddedVBoxLayout(2), objs...))
}

// setRow sets a row's lines (each capped at 90 runes: the list clips the
// rest) in the theme's colours.
func setRow(c *fyne.Container, lines ...string) {
	box := c.Objects[0].(*fyne.Container)
	for i, o := range box.Objects {
		t := o.(*canvas.Text)
		s := ""
		if i < len(lines) {
			s = capRunes(lines[i], 90)
		}
		size := theme.TextSize()
		col := theme.Color(theme.ColorNameForeground)
		if i > 0 {
			size = theme.CaptionTextSize()
			col = theme.Color(theme.ColorNamePlaceHolder)
		}
		if t.Text != s || t.TextSize != size || t.Color != col {
			t.Text, t.TextSize, t.Color = s, size, col
			t.Refresh()
		}
	}
}

func capRunes(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// keyList is a widget.List that passes typed characters on: after a click
// on a row the list has keyboard focus, and the single-key shortcuts (A, R,
// N, 1–9, …) must keep working there.
type keyList struct {
	widget.List
	onRune  func(r rune)
	escaper // in a dialog: Escape closes it
}

var _ fyne.Focusable = (*keyList)(nil)

func newKeyList(length func() int, create func() fyne.CanvasObject, update func(widget.ListItemID, fyne.CanvasObject), onRune func(rune)) *keyList {
	l := &keyList{onRune: onRune}
	l.Length, l.CreateItem, l.UpdateItem = length, create, update
	l.ExtendBaseWidget(l)
	return l
}

// TypedKey hands Escape to onEscape when set.
func (l *keyList) TypedKey(ev *fyne.KeyEvent) {
	if !l.escaped(ev) {
		l.List.TypedKey(ev)
	}
}

// TypedRune runs the shortcut of r (widget.List ignores characters).
func (l *keyList) TypedRune(r rune) {
	if l.onRune != nil {
		l.onRune(r)
	}
}
