package widgets

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"

	"github.com/quotebench/quotebench/annot"
)

type articleViewRenderer struct{ v *ArticleView }

func (r *articleViewRenderer) Layout(s fyne.Size)           { r.v.scroll.Resize(s) }
func (r *articleViewRenderer) MinSize() fyne.Size           { return fyne.NewSize(200, 100) }
func (r *articleViewRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.v.scroll} }
func (r *articleViewRenderer) Destroy()                     {}
func (r *articleViewRenderer) Refresh() {
	r.v.relayout() // the text size may have changed with the theme
	r.v.scroll.Refresh()
	r.v.content.Refresh()
}

func (c *articleContent) MinSize() fyne.Size {
	if c.v.lay == nil {
		return fyne.NewSize(0, 0)
	}
	return fyne.NewSize(0, c.v.lay.height+2*theme.InnerPadding())
}

func (c *articleContent) CreateRenderer() fyne.WidgetRenderer {
	return &articleRenderer{c: c}
}

// articleRenderer builds canvas objects for the visible lines only, reusing
// them between refreshes.
type articleRenderer struct {
	c       *articleContent
	objects []fyne.CanvasObject
	rects   []*canvas.Rectangle
	texts   []*canvas.Text
}

func (r *articleRenderer) Layout(fyne.Size)             {}
func (r *articleRenderer) MinSize() fyne.Size           { return r.c.MinSize() }
func (r *articleRenderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *articleRenderer) Destroy()                     {}

func (r *articleRenderer) rect(n *int) *canvas.Rectangle {
	if *n == len(r.rects) {
		r.rects = append(r.rects, canvas.NewRectangle(color.Transparent))
	}
	rc := r.rects[*n]
	*n++
	rc.StrokeWidth = 0
	rc.StrokeColor = color.Transparent
	rc.CornerRadius = 3
	return rc
}

// Refresh lays out the visible lines: quote boxes, then entity boxes and
// selection, then cue underlines, then text.
func (r *articleRenderer) Refresh() {
	v := r.c.v
	r.objects = r.objects[:0]
	lay := v.lay
	if lay == nil || len(lay.lines) == 0 {
		canvas.Refresh(r.c)
		return
	}
	o := origin()
	top := v.scroll.Offset.Y - o.Y
	h := v.scroll.Size().Height
	if h <= 0 {
		h = 800
	}
	first := lay.lineAt(top - h/2)
	last := lay.lineAt(top + h*1.5)
	lo, hi := int(v.toks[lay.lines[first].t0].Start), int(v.toks[lay.lines[last].t1-1].End)

	var quotes, ents, cues []fyne.CanvasObject
	nr := 0
	seg := func(sp annot.Span, fn func(x0, x1, y float32)) {
		a := max(v.tokenFrom(sp.Start), lay.lines[first].t0)
		b := min(v.tokenBefore(sp.End), lay.lines[last].t1-1)
		for a <= b {
			ln := lay.lines[lay.lineOf[a]]
			e := min(b, ln.t1-1)
			fn(o.X+lay.x[a], o.X+lay.x[e]+lay.w[e], o.Y+ln.y)
			a = ln.t1
		}
	}
	fg := theme.Color(theme.ColorNameForeground)
	var found []fyne.CanvasObject
	for k, sp := range v.found {
		if sp.End <= lo || sp.Start >= hi {
			continue
		}
		cur := k == v.cur
		seg(sp, func(x0, x1, y float32) {
			rc := r.rect(&nr)
			rc.FillColor = ColorFound
			if cur {
				rc.StrokeColor = fg
				rc.StrokeWidth = 2
			}
			rc.Move(fyne.NewPos(x0-3, y))
			rc.Resize(fyne.NewSize(x1-x0+6, lay.lineH))
			found = append(found, rc)
		})
	}
	for _, m := range v.marks {
		if m.Span.End <= lo {
			continue
		}
		if m.Span.Start >= hi {
			break
		}
		hl := v.hl[m.Ref]
		m := m
		seg(m.Span, func(x0, x1, y float32) {
			rc := r.rect(&nr)
			var base color.NRGBA
			pad := float32(1)
			switch m.Kind {
			case MarkQuote:
				base, pad = ColorQuote, 1
			case MarkSpeaker:
				base, pad = ColorSpeaker, 4
			case MarkCue:
				base = ColorCue
			default:
				base, pad = LabelColor(m.Label), 4
			}
			if m.Kind == MarkCue {
				th := float32(2.5)
				if hl {
					th = 4
				}
				rc.FillColor = base
				rc.CornerRadius = 1
				rc.Move(fyne.NewPos(x0, y+lay.lineH-th-1))
				rc.Resize(fyne.NewSize(x1-x0, th))
				cues = append(cues, rc)
				return
			}
			rc.FillColor = fill(base, m.State)
			if m.State == annot.StateSuggested {
				rc.StrokeColor = base
				rc.StrokeWidth = 1
			}
			if hl {
				rc.StrokeColor = fg
				rc.StrokeWidth = 2
			}
			rc.Move(fyne.NewPos(x0-2+pad/2, y+pad))
			rc.Resize(fyne.NewSize(x1-x0+4-pad, lay.lineH-2*pad))
			if m.Kind == MarkQuote {
				quotes = append(quotes, rc)
			} else {
				ents = append(ents, rc)
			}
		})
	}
	if v.sel[0] >= 0 {
		sp := annot.Span{Start: int(v.toks[v.sel[0]].Start), End: int(v.toks[v.sel[1]].End)}
		seg(sp, func(x0, x1, y float32) {
			rc := r.rect(&nr)
			rc.FillColor = theme.Color(theme.ColorNameSelection)
			rc.Move(fyne.NewPos(x0-2, y+1))
			rc.Resize(fyne.NewSize(x1-x0+4, lay.lineH-2))
			ents = append(ents, rc)
		})
	}
	r.objects = append(r.objects, found...)
	r.objects = append(r.objects, quotes...)
	r.objects = append(r.objects, ents...)
	r.objects = append(r.objects, cues...)
	nt := 0
	size := lay.size
	th := fyne.MeasureText("Mg", size, fyne.TextStyle{}).Height
	for n := first; n <= last; n++ {
		if nt == len(r.texts) {
			r.texts = append(r.texts, canvas.NewText("", fg))
		}
		t := r.texts[nt]
		nt++
		s := lay.lineText(n, v.text, v.toks)
		if t.Text != s || t.Color != fg || t.TextSize != size {
			t.Text, t.Color, t.TextSize = s, fg, size
			t.Refresh()
		}
		ln := lay.lines[n]
		t.Move(fyne.NewPos(o.X+lay.x[ln.t0], o.Y+ln.y+(lay.lineH-th)/2))
		t.Resize(fyne.NewSize(lay.width, th))
		r.objects = append(r.objects, t)
	}
	for _, rc := range r.rects[:nr] {
		rc.Refresh()
	}
	canvas.Refresh(r.c)
}

// TokenPosition returns the absolute canvas position of the middle of the
// token holding code point off (for tests and popups).
func (v *ArticleView) TokenPosition(off int) fyne.Position {
	if v.lay == nil || len(v.toks) == 0 {
		return fyne.Position{}
	}
	i := min(v.tokenFrom(off), len(v.toks)-1)
	ln := v.lay.lines[v.lay.lineOf[i]]
	o := origin().Add(fyne.CurrentApp().Driver().AbsolutePositionForObject(v.content))
	return fyne.NewPos(o.X+v.lay.x[i]+v.lay.w[i]/2, o.Y+ln.y+v.lay.lineH/2)
}
