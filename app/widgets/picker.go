package widgets

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Picker is a keyboard-driven choice list. Typing filters the items (the
// last Fixed items always stay), Backspace takes a character back, Up/Down
// (or Tab) move the highlight, Enter chooses, Escape cancels, a tap chooses
// an item. Typed characters never leave the picker, so they fire no
// shortcuts while it is open.
type Picker struct {
	widget.BaseWidget

	Items    []string // the items shown (after the filter)
	Index    int      // the highlighted item of Items
	Fixed    int      // how many items at the end stay whatever the filter
	Filter   string
	MaxRows  int         // rows shown at once (0: 12); the list scrolls with the highlight
	OnChosen func(i int) // i indexes the full list given to NewPicker
	OnCancel func()

	all   []string
	shown []int // Items[k] is all[shown[k]]
}

var (
	_ fyne.Focusable = (*Picker)(nil)
	_ fyne.Tappable  = (*Picker)(nil)
)

// NewPicker returns a picker over items with the first highlighted.
func NewPicker(items []string, chosen func(int)) *Picker {
	p := &Picker{all: items, OnChosen: chosen}
	p.ExtendBaseWidget(p)
	p.SetFilter("")
	return p
}

// SetFilter shows the items containing every word of f (case-insensitive),
// keeping the highlighted item when it stays.
func (p *Picker) SetFilter(f string) {
	var keep = -1
	if p.Index >= 0 && p.Index < len(p.shown) {
		keep = p.shown[p.Index]
	}
	p.Filter = f
	words := strings.Fields(strings.ToLower(f))
	p.Items, p.shown = p.Items[:0], p.shown[:0]
	for i, s := range p.all {
		ok := i >= len(p.all)-p.Fixed
		if !ok {
			low := strings.ToLower(s)
			ok = true
			for _, w := range words {
				ok = ok && strings.Contains(low, w)
			}
		}
		if ok {
			p.Items = append(p.Items, s)
			p.shown = append(p.shown, i)
		}
	}
	p.Index = 0
	for k, i := range p.shown {
		if i == keep && f == "" {
			p.Index = k
		}
	}
	p.Refresh()
}

// Highlight highlights item i of the full list (when shown).
func (p *Picker) Highlight(i int) {
	for k, x := range p.shown {
		if x == i {
			p.Index = k
		}
	}
	p.Refresh()
}

// Step moves the highlight by d, wrapping around.
func (p *Picker) Step(d int) {
	if len(p.Items) == 0 {
		return
	}
	p.Index = ((p.Index+d)%len(p.Items) + len(p.Items)) % len(p.Items)
	p.Refresh()
}

// Choose picks the highlighted item.
func (p *Picker) Choose() {
	if p.OnChosen != nil && p.Index >= 0 && p.Index < len(p.Items) {
		p.OnChosen(p.shown[p.Index])
	}
}

func (p *Picker) FocusGained() {}
func (p *Picker) FocusLost()   {}

// TypedRune adds the character to the filter.
func (p *Picker) TypedRune(r rune) { p.SetFilter(p.Filter + string(r)) }

func (p *Picker) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyDown, fyne.KeyTab:
		p.Step(1)
	case fyne.KeyUp:
		p.Step(-1)
	case fyne.KeyReturn, fyne.KeyEnter:
		p.Choose()
	case fyne.KeyBackspace:
		if r := []rune(p.Filter); len(r) > 0 {
			p.SetFilter(string(r[:len(r)-1]))
		}
	case fyne.KeyEscape:
		if p.Filter != "" {
			p.SetFilter("")
			return
		}
		if p.OnCancel != nil {
			p.OnCancel()
		}
	}
}

// window returns the first item shown and how many rows there are.
func (p *Picker) window() (first, rows int) {
	rows = p.MaxRows
	if rows <= 0 {
		rows = 12
	}
	rows = min(rows, len(p.all))
	first = max(0, min(p.Index-rows/2, len(p.Items)-rows))
	return first, rows
}

func (p *Picker) Tapped(ev *fyne.PointEvent) {
	h := p.rowHeight()
	first, _ := p.window()
	i := first + int(ev.Position.Y/h) - 1 // row 0 is the filter line
	if i >= 0 && i < len(p.Items) {
		p.Index = i
		p.Refresh()
		p.Choose()
	}
}

func (p *Picker) rowHeight() float32 {
	return fyne.MeasureText("Mg", theme.TextSize(), fyne.TextStyle{}).Height + 2*theme.InnerPadding()
}

// filterLine is the first row: what was typed, or how to filter.
func (p *Picker) filterLine() string {
	if p.Filter == "" {
		return "Type to filter…"
	}
	return "Filter: " + p.Filter + "▏"
}

func (p *Picker) CreateRenderer() fyne.WidgetRenderer {
	r := &pickerRenderer{p: p, hl: canvas.NewRectangle(theme.Color(theme.ColorNameSelection)), head: canvas.NewText("", theme.Color(theme.ColorNamePlaceHolder))}
	r.hl.CornerRadius = 4
	r.Refresh()
	return r
}

type pickerRenderer struct {
	p     *Picker
	hl    *canvas.Rectangle
	head  *canvas.Text
	texts []*canvas.Text
	objs  []fyne.CanvasObject
}

func (r *pickerRenderer) MinSize() fyne.Size {
	w := float32(260)
	for _, s := range r.p.all {
		w = max(w, fyne.MeasureText(s, theme.TextSize(), fyne.TextStyle{}).Width+4*theme.InnerPadding())
	}
	_, rows := r.p.window()
	return fyne.NewSize(w, r.p.rowHeight()*float32(rows+1))
}

func (r *pickerRenderer) Layout(s fyne.Size) {
	h := r.p.rowHeight()
	pad := theme.InnerPadding()
	r.head.Move(fyne.NewPos(2*pad, pad))
	for i, t := range r.texts {
		t.Move(fyne.NewPos(2*pad, float32(i+1)*h+pad))
	}
	first, _ := r.p.window()
	r.hl.Move(fyne.NewPos(0, float32(r.p.Index-first+1)*h))
	r.hl.Resize(fyne.NewSize(s.Width, h))
	if len(r.p.Items) == 0 {
		r.hl.Resize(fyne.Size{})
	}
}

func (r *pickerRenderer) Refresh() {
	fg := theme.Color(theme.ColorNameForeground)
	first, rows := r.p.window()
	n := min(rows, len(r.p.Items)-first)
	for len(r.texts) < n {
		r.texts = append(r.texts, canvas.NewText("", fg))
	}
	r.texts = r.texts[:n]
	r.head.Text, r.head.TextSize = r.p.filterLine(), theme.TextSize()
	r.head.Color = theme.Color(theme.ColorNamePlaceHolder)
	if r.p.Filter != "" {
		r.head.Color = fg
	}
	r.head.Refresh()
	r.objs = []fyne.CanvasObject{r.hl, r.head}
	for i, t := range r.texts {
		t.Text, t.Color, t.TextSize = r.p.Items[first+i], fg, theme.TextSize()
		t.TextStyle = fyne.TextStyle{Bold: first+i == r.p.Index}
		t.Refresh()
		r.objs = append(r.objs, t)
	}
	r.hl.FillColor = theme.Color(theme.ColorNameSelection)
	r.hl.Refresh()
	r.Layout(r.p.Size())
	canvas.Refresh(r.p)
}

func (r *pickerRenderer) Objects() []fyne.CanvasObject { return r.objs }
func (r *pickerRenderer) Destroy()                     {}
