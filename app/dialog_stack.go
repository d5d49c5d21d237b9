package app

import (
	"reflect"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// Fyne's dialogs (v2.8.1) ignore the Escape key. Every dialog the app
// shows goes through showDialog, which keeps it on a stack of open dialogs
// until it closes; Escape closes the top one as its Cancel/Close button
// would (Dismiss: a confirm answers no, a file dialog cancels).
//
// Where Fyne delivers Escape while a dialog is open: to the focused widget
// in the dialog when there is one (Entry, List, Button… ignore it, so the
// few the app puts in dialogs are escape-aware types below), otherwise to
// the canvas's OnTypedKey (typedKey).

// openDialog is a dialog on the stack.
type openDialog struct {
	d  dialog.Dialog
	ov fyne.CanvasObject // its overlay on the canvas; nil when it has none (a native dialog)
}

// showDialog shows d and keeps it on the stack of open dialogs until it
// closes. onClosed (may be nil) runs when it closes, after d's own
// callback: pass it here instead of calling d.SetOnClosed.
func (wb *Workbench) showDialog(d dialog.Dialog, onClosed func()) {
	e := &openDialog{d: d}
	d.SetOnClosed(func() {
		wb.dropDialog(e)
		if onClosed != nil {
			onClosed()
		}
	})
	ovs := wb.win.Canvas().Overlays()
	before := ovs.Top()
	wb.dialogs = append(wb.dialogs, e)
	d.Show()
	if top := ovs.Top(); top != before {
		e.ov = top
	}
}

// dropDialog takes e off the stack (once closed, Escape never reaches it again).
func (wb *Workbench) dropDialog(e *openDialog) {
	wb.dialogs = slices.DeleteFunc(wb.dialogs, func(x *openDialog) bool { return x == e })
}

// closeTopDialog closes the top open dialog as its Cancel/Close button
// would, and reports whether a dialog took the key. A dialog whose overlay
// has gone without its callback is forgotten; when something else (a
// drop-down, a question of Fyne's own) sits above the top dialog, the key
// is taken and nothing closes.
func (wb *Workbench) closeTopDialog() bool {
	open := wb.win.Canvas().Overlays().List()
	wb.dialogs = slices.DeleteFunc(wb.dialogs, func(x *openDialog) bool {
		return x.ov == nil || !slices.Contains(open, x.ov)
	})
	if len(wb.dialogs) == 0 {
		return false
	}
	top := wb.dialogs[len(wb.dialogs)-1]
	if open[len(open)-1] != top.ov {
		return true
	}
	wb.dropDialog(top) // before Dismiss: its callback runs exactly once
	top.d.Dismiss()
	return true
}

// escape is what Escape does in a widget inside a dialog.
func (wb *Workbench) escape() { wb.closeTopDialog() }

// typedKey takes the keys no focused widget took (the canvas's OnTypedKey).
// Escape closes the speaker picker, else the top dialog, else (no dialog
// or pop-up open) clears the article's selection as Escape in the article does.
func (wb *Workbench) typedKey(ev *fyne.KeyEvent) {
	if ev.Name != fyne.KeyEscape {
		return
	}
	if wb.picker != nil {
		wb.picker.TypedKey(ev)
		return
	}
	if wb.closeTopDialog() || len(wb.win.Canvas().Overlays().List()) > 0 {
		return
	}
	wb.view.Content().TypedKey(ev)
}

// escaper is what the escape-aware widgets share: Escape calls onEscape
// (Fyne's Entry, Button, Select, Slider and List ignore it).
type escaper struct{ onEscape func() }

// escaped calls onEscape for Escape and reports whether it did.
func (e escaper) escaped(ev *fyne.KeyEvent) bool {
	if ev.Name == fyne.KeyEscape && e.onEscape != nil {
		e.onEscape()
		return true
	}
	return false
}

// escEntry is an Entry for dialogs: Escape closes the dialog.
type escEntry struct {
	widget.Entry
	escaper
}

func newEscEntry(onEscape func()) *escEntry {
	e := &escEntry{escaper: escaper{onEscape}}
	e.ExtendBaseWidget(e)
	return e
}

func (e *escEntry) TypedKey(ev *fyne.KeyEvent) {
	if !e.escaped(ev) {
		e.Entry.TypedKey(ev)
	}
}

// escButton is a Button for dialogs that focus it: Escape closes the dialog.
type escButton struct {
	widget.Button
	escaper
}

func newEscButton(text string, tapped, onEscape func()) *escButton {
	b := &escButton{escaper: escaper{onEscape}}
	b.Text, b.OnTapped = text, tapped
	b.ExtendBaseWidget(b)
	return b
}

func (b *escButton) TypedKey(ev *fyne.KeyEvent) {
	if !b.escaped(ev) {
		b.Button.TypedKey(ev)
	}
}

// escSelect is a Select for dialogs (a click gives it the focus): Escape
// closes the dialog.
type escSelect struct {
	widget.Select
	escaper
}

func newEscSelect(options []string, onEscape func()) *escSelect {
	s := &escSelect{escaper: escaper{onEscape}}
	s.Options = options
	s.PlaceHolder = "(Select one)"
	s.ExtendBaseWidget(s)
	return s
}

func (s *escSelect) TypedKey(ev *fyne.KeyEvent) {
	if !s.escaped(ev) {
		s.Select.TypedKey(ev)
	}
}

// escSlider is a Slider for dialogs (a click gives it the focus): Escape
// closes the dialog.
type escSlider struct {
	widget.Slider
	escaper
}

func newEscSlider(lo, hi float64, onEscape func()) *escSlider {
	s := &escSlider{escaper: escaper{onEscape}}
	s.Min, s.Max, s.Step = lo, hi, 1
	s.Orientation = widget.Horizontal
	s.ExtendBaseWidget(s)
	return s
}

func (s *escSlider) TypedKey(ev *fyne.KeyEvent) {
	if !s.escaped(ev) {
		s.Slider.TypedKey(ev)
	}
}

// escapeInSaveName: Fyne's save dialog (v2.8.1, dialog/file.go) focuses
// its file name field, a plain Entry in a horizontal Scroll that ignores
// Escape. Call right after showing the dialog: an escape-aware field takes
// its place and its focus, kept in step both ways with Fyne's field (which
// the dialog reads, and sets when a file is clicked). The field is found
// from the top overlay (Fyne's internal OverlayContainer, read through its
// exported Content field). When the dialog is not built that way nothing
// changes: Escape then works once the name field has lost the focus, and
// TestEscapeCancelsSaveDialog says so.
func (wb *Workbench) escapeInSaveName() {
	c := wb.win.Canvas()
	orig, ok := c.Focused().(*widget.Entry)
	if !ok {
		return
	}
	var holder *container.Scroll
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch o := o.(type) {
		case *container.Scroll:
			if o.Content == orig {
				holder = o
			}
		case *fyne.Container:
			for _, x := range o.Objects {
				walk(x)
			}
		case *widget.PopUp:
			walk(o.Content)
		default: // the overlay: Fyne's internal OverlayContainer, around the PopUp
			if v := reflect.ValueOf(o); v.Kind() == reflect.Pointer && v.Elem().Kind() == reflect.Struct {
				if f := v.Elem().FieldByName("Content"); f.IsValid() && f.CanInterface() {
					if x, ok := f.Interface().(fyne.CanvasObject); ok && x != nil {
						walk(x)
					}
				}
			}
		}
	}
	walk(c.Overlays().Top())
	if holder == nil {
		return
	}
	name := newEscEntry(wb.escape)
	name.SetPlaceHolder(orig.PlaceHolder)
	name.SetText(orig.Text)
	changed := orig.OnChanged
	orig.OnChanged = func(s string) {
		if changed != nil {
			changed(s)
		}
		if name.Text != s {
			name.SetText(s)
		}
	}
	name.OnChanged = func(s string) {
		if orig.Text != s {
			orig.SetText(s)
		}
	}
	name.OnSubmitted = func(string) {
		if orig.OnSubmitted != nil {
			orig.OnSubmitted(orig.Text)
		}
	}
	holder.Content = name
	holder.Refresh()
	c.Focus(name)
}
