package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Picker is a keyboard-driven choice list: Up/Down (or the cycle rune) move
// the highlight, Enter chooses, Escape cancels, a tap chooses an item.
type Picker struct {
	widget.BaseWidget

	Items     []string
	Index     int
	CycleRune rune // typing it moves to the next item, wrapping
	OnChosen  func(i int)
	OnCancel  func()
}

var (
	_ fyne.Focusable = (*Picker)(nil)
	_ fyne.Tappable  = (*Picker)(nil)
)

// NewPicker returns a picker over items with the first highlighted.
func NewPicker(items []string, chosen func(int)) *Picker {
	p := &Picker{Items: items, OnChosen: chosen}
	p.ExtendBaseWidget(p)
	return p
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
		p.OnChosen(p.Index)
	}
}

func (p *Picker) FocusGained() {}
func (p *Picker) FocusLost()   {}

func (p *Picker) TypedRune(r rune) {
	if p.CycleRune != 0 && (r == p.CycleRune || r == p.CycleRune-'a'+'A') {
		p.Step(1)
	}
}

func (p *Picker) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyDown, fyne.KeyTab:
		p.Step(1)
	case fyne.KeyUp:
		p.Step(-1)
	case fyne.KeyReturn, fyne.KeyEnter, fyne.KeySpace:
		p.Choose()
	case fyne.KeyEscape:
		if p.OnCancel != nil {
			p.OnCancel()
		}
	}
}

func (p *Picker) Tapped(ev *fyne.PointEvent) {
	h := p.rowHeight()
	i := int(ev.Position.Y / h)
	if i >= 0 && i < len(p.Items) {
		p.Index = i
		p.Refresh()
		p.Choose()
	}
}

func (p *Picker) rowHeight() float32 {
	return fyne.MeasureText("Mg", theme.TextSize(), fyne.TextStyle{}).Height + 2*theme.InnerPadding()
}

func (p *Picker) CreateRenderer() fyne.WidgetRenderer {
	r := &pickerRenderer{p: p, hl: canvas.NewRectangle(theme.Color(theme.ColorNameSelection))}
	r.hl.CornerRadius = 4
	r.Refresh()
	return r
}

type pickerRenderer struct {
	p     *Picker
	hl    *canvas.Rectangle
	texts []*canvas.Text
	objs  []fyne.CanvasObject
}

func (r *pickerRenderer) MinSize() fyne.Size {
	w := float32(160)
	for _, s := range r.p.Items {
		w = max(w, fyne.MeasureText(s, theme.TextSize(), fyne.TextStyle{}).Width+4*theme.InnerPadding())
	}
	return fyne.NewSize(w, r.p.rowHeight()*float32(len(r.p.Items)))
}

func (r *pickerRenderer) Layout(s fyne.Size) {
	h := r.p.rowHeight()
	pad := theme.InnerPadding()
	for i, t := range r.texts {
		t.Move(fyne.NewPos(2*pad, float32(i)*h+pad))
	}
	r.hl.Move(fyne.NewPos(0, float32(r.p.Index)*h))
	r.hl.Resize(fyne.NewSize(s.Width, h))
}

func (r *pickerRenderer) Refresh() {
	fg := theme.Color(theme.ColorNameForeground)
	for len(r.texts) < len(r.p.Items) {
		r.texts = append(r.texts, canvas.NewText("", fg))
	}
	r.texts = r.texts[:len(r.p.Items)]
	r.objs = []fyne.CanvasObject{r.hl}
	for i, t := range r.texts {
		t.Text, t.Color, t.TextSize = r.p.Items[i], fg, theme.TextSize()
		t.TextStyle = fyne.TextStyle{Bold: i == r.p.Index}
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
