package widgets

import (
	"image/color"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Bar is one bar of a BarChart.
type Bar struct {
	Label string
	Value int
	Color color.Color
	Text  string // shown after the bar instead of the value when set ("92%")
}

// BarChart draws labelled horizontal bars with canvas rectangles.
type BarChart struct {
	widget.BaseWidget
	Bars []Bar
	Max  int // the value of a full-width bar; 0: the largest value
}

// NewBarChart returns a chart of bars.
func NewBarChart(bars []Bar) *BarChart {
	c := &BarChart{Bars: bars}
	c.ExtendBaseWidget(c)
	return c
}

func (c *BarChart) CreateRenderer() fyne.WidgetRenderer {
	r := &barRenderer{c: c}
	r.Refresh()
	return r
}

type barRenderer struct {
	c      *BarChart
	labels []*canvas.Text
	values []*canvas.Text
	rects  []*canvas.Rectangle
	objs   []fyne.CanvasObject
}

func (r *barRenderer) rowH() float32 {
	return fyne.MeasureText("Mg", theme.TextSize(), fyne.TextStyle{}).Height + theme.InnerPadding()
}

func (r *barRenderer) labelW() float32 {
	w := float32(60)
	for _, b := range r.c.Bars {
		w = max(w, fyne.MeasureText(b.Label, theme.TextSize(), fyne.TextStyle{}).Width)
	}
	return min(w, 260)
}

func (r *barRenderer) MinSize() fyne.Size {
	return fyne.NewSize(r.labelW()+200, r.rowH()*float32(len(r.c.Bars)))
}

func (r *barRenderer) Layout(s fyne.Size) {
	h := r.rowH()
	lw := r.labelW() + theme.InnerPadding()
	maxV := max(1, r.c.Max)
	for _, b := range r.c.Bars {
		maxV = max(maxV, b.Value)
	}
	valW := fyne.MeasureText("000000", theme.TextSize(), fyne.TextStyle{}).Width
	for _, b := range r.c.Bars {
		if b.Text != "" {
			valW = max(valW, fyne.MeasureText(b.Text, theme.TextSize(), fyne.TextStyle{}).Width+4)
		}
	}
	avail := max(10, s.Width-lw-valW)
	for i, b := range r.c.Bars {
		y := float32(i) * h
		r.labels[i].Move(fyne.NewPos(0, y))
		w := avail * float32(b.Value) / float32(maxV)
		r.rects[i].Move(fyne.NewPos(lw, y+2))
		r.rects[i].Resize(fyne.NewSize(max(w, 1), h-4))
		r.values[i].Move(fyne.NewPos(lw+w+4, y))
	}
}

func (r *barRenderer) Refresh() {
	fg := theme.Color(theme.ColorNameForeground)
	n := len(r.c.Bars)
	for len(r.rects) < n {
		r.rects = append(r.rects, canvas.NewRectangle(color.Transparent))
		r.labels = append(r.labels, canvas.NewText("", fg))
		r.values = append(r.values, canvas.NewText("", fg))
	}
	r.rects, r.labels, r.values = r.rects[:n], r.labels[:n], r.values[:n]
	r.objs = r.objs[:0]
	for i, b := range r.c.Bars {
		r.rects[i].FillColor = b.Color
		r.rects[i].CornerRadius = 2
		r.labels[i].Text, r.labels[i].Color = b.Label, fg
		r.values[i].Text, r.values[i].Color = strconv.Itoa(b.Value), fg
		if b.Text != "" {
			r.values[i].Text = b.Text
		}
		r.objs = append(r.objs, r.rects[i], r.labels[i], r.values[i])
		r.rects[i].Refresh()
		r.labels[i].Refresh()
		r.values[i].Refresh()
	}
	r.Layout(r.c.Size())
}

func (r *barRenderer) Objects() []fyne.CanvasObject { return r.objs }
func (r *barRenderer) Destroy()                     {}

var _ fyne.Widget = (*BarChart)(nil)
