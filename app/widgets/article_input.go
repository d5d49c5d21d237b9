package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/quotebench/quotebench/annot"
)

func (c *articleContent) Cursor() desktop.Cursor { return desktop.TextCursor }

// origin is the top-left of the text inside the content.
func origin() fyne.Position {
	p := theme.InnerPadding()
	return fyne.NewPos(p, p)
}

func (c *articleContent) tokenAt(p fyne.Position) int {
	if c.v.lay == nil {
		return -1
	}
	o := origin()
	return c.v.lay.tokenAt(p.Subtract(o))
}

// Tapped selects the innermost annotation under the pointer.
func (c *articleContent) Tapped(ev *fyne.PointEvent) {
	c.v.FocusText()
	c.mouseDown = false
	c.selectAt(ev.Position)
}

// selectAt selects the innermost annotation at p (none when there is none)
// and clears the text selection.
func (c *articleContent) selectAt(p fyne.Position) {
	i := c.tokenAt(p)
	v := c.v
	v.sel = [2]int{-1, -1}
	ref := Ref{}
	if i >= 0 {
		t := annot.Span{Start: int(v.toks[i].Start), End: int(v.toks[i].End)}
		best := -1
		for k, m := range v.marks {
			if m.Span.Start >= t.End {
				break
			}
			if !m.Span.Overlaps(t) {
				continue
			}
			if best < 0 || innermost(m, v.marks[best]) {
				best = k
			}
		}
		if best >= 0 {
			ref = v.marks[best].Ref
		}
	}
	v.ref = ref
	c.Refresh()
	if v.OnSelection != nil {
		v.OnSelection(annot.Span{})
	}
	if v.OnSelect != nil {
		v.OnSelect(ref)
	}
}

// innermost reports whether a should win a tap over b: mentions beat quotes,
// shorter beats longer.
func innermost(a, b Mark) bool {
	am, bm := a.Kind != MarkQuote && a.Kind != MarkCue, b.Kind != MarkQuote && b.Kind != MarkCue
	if am != bm {
		return am
	}
	return a.Span.Len() < b.Span.Len()
}

// A secondary tap on an annotation selects it first (unless it falls in the
// dragged text selection, which the menu then offers to label).
func (c *articleContent) TappedSecondary(ev *fyne.PointEvent) {
	if c.v.ContextMenu == nil {
		return
	}
	c.v.FocusText()
	if i := c.tokenAt(ev.Position); i >= 0 && !(c.v.sel[0] >= 0 && c.v.sel[0] <= i && i <= c.v.sel[1]) {
		c.selectAt(ev.Position)
	}
	m := c.v.ContextMenu()
	if m == nil || len(m.Items) == 0 {
		return
	}
	cv := fyne.CurrentApp().Driver().CanvasForObject(c)
	if cv == nil {
		return
	}
	widget.ShowPopUpMenuAtPosition(m, cv, ev.AbsolutePosition)
}

func (c *articleContent) MouseDown(ev *desktop.MouseEvent) {
	if ev.Button != desktop.MouseButtonPrimary {
		return
	}
	c.mouseDown = true
	c.downPos = ev.Position
}

func (c *articleContent) MouseUp(*desktop.MouseEvent) {}

// Dragged extends the selection by whole tokens. The real driver sends
// MouseDown and then the current pointer; test.Drag sends one event at the
// start with the whole delta, so both are handled.
func (c *articleContent) Dragged(ev *fyne.DragEvent) {
	v := c.v
	if !c.dragging {
		c.dragging = true
		c.dragSum = fyne.Delta{}
		c.anchorPos = ev.Position
		if c.mouseDown {
			c.anchorPos = c.downPos
		}
		c.anchor = c.tokenAt(c.anchorPos)
	}
	c.dragSum.DX += ev.Dragged.DX
	c.dragSum.DY += ev.Dragged.DY
	cur := ev.Position
	if !c.mouseDown {
		cur = c.anchorPos.Add(c.dragSum)
	}
	b := c.tokenAt(cur)
	if c.anchor < 0 || b < 0 {
		return
	}
	a := c.anchor
	if a > b {
		a, b = b, a
	}
	v.sel = v.snapQuotes(a, b)
	// keep the view scrolled along when dragging past the edge
	if c.mouseDown && v.lay != nil {
		top, h := v.scroll.Offset.Y, v.scroll.Size().Height
		maxY := max(0, c.MinSize().Height-h)
		switch {
		case cur.Y > top+h-v.lay.lineH/2:
			v.scroll.ScrollToOffset(fyne.NewPos(0, min(maxY, top+v.lay.lineH)))
		case cur.Y < top+v.lay.lineH/2 && top > 0:
			v.scroll.ScrollToOffset(fyne.NewPos(0, max(0, top-v.lay.lineH)))
		}
	}
	c.Refresh()
}

// snapQuotes widens a selection that covers the inside of a quotation to
// include its quotation marks.
func (v *ArticleView) snapQuotes(a, b int) [2]int {
	if a > 0 && b+1 < len(v.toks) && isOpenMark(v.toks[a-1].Text(v.text)) && isCloseMark(v.toks[b+1].Text(v.text)) {
		return [2]int{a - 1, b + 1}
	}
	return [2]int{a, b}
}

func isOpenMark(s string) bool {
	switch s {
	case "\"", "“", "«", "‘", "„", "'", "‹":
		return true
	}
	return false
}

func isCloseMark(s string) bool {
	switch s {
	case "\"", "”", "»", "’", "“", "'", "›":
		return true
	}
	return false
}

func (c *articleContent) DragEnd() {
	c.dragging = false
	c.mouseDown = false
	c.v.FocusText()
	if c.v.OnSelection != nil {
		c.v.OnSelection(c.v.Selection())
	}
}

func (c *articleContent) FocusGained() { c.focused = true }
func (c *articleContent) FocusLost()   { c.focused = false; c.shift = false }

func (c *articleContent) TypedRune(r rune) {
	if c.v.OnRune != nil {
		c.v.OnRune(r)
	}
}

func (c *articleContent) KeyDown(ev *fyne.KeyEvent) {
	if ev.Name == desktop.KeyShiftLeft || ev.Name == desktop.KeyShiftRight {
		c.shift = true
	}
}

func (c *articleContent) KeyUp(ev *fyne.KeyEvent) {
	if ev.Name == desktop.KeyShiftLeft || ev.Name == desktop.KeyShiftRight {
		c.shift = false
	}
}

// TypedKey moves selection boundaries by token: Left/Right move the end,
// with Shift the start. Escape clears both selections.
func (c *articleContent) TypedKey(ev *fyne.KeyEvent) {
	v := c.v
	switch ev.Name {
	case fyne.KeyLeft, fyne.KeyRight:
		d := 1
		if ev.Name == fyne.KeyLeft {
			d = -1
		}
		if v.sel[0] >= 0 {
			if c.shift {
				v.sel[0] = max(0, min(v.sel[1], v.sel[0]+d))
			} else {
				v.sel[1] = min(len(v.toks)-1, max(v.sel[0], v.sel[1]+d))
			}
			c.Refresh()
			if v.OnSelection != nil {
				v.OnSelection(v.Selection())
			}
			return
		}
		if v.OnNudge != nil && !v.ref.IsZero() {
			v.OnNudge(c.shift, d)
		}
	case fyne.KeyEscape:
		v.sel = [2]int{-1, -1}
		v.ref = Ref{}
		v.hl = nil
		c.Refresh()
		if v.OnSelection != nil {
			v.OnSelection(annot.Span{})
		}
		if v.OnSelect != nil {
			v.OnSelect(Ref{})
		}
	case fyne.KeyHome:
		v.scrollToY(0)
	case fyne.KeyEnd:
		v.scrollToY(c.MinSize().Height)
	case fyne.KeyDown, fyne.KeyUp, fyne.KeyPageDown, fyne.KeyPageUp:
		step := v.lay.lineH * 3
		if ev.Name == fyne.KeyPageDown || ev.Name == fyne.KeyPageUp {
			step = v.scroll.Size().Height * 0.9
		}
		if ev.Name == fyne.KeyUp || ev.Name == fyne.KeyPageUp {
			step = -step
		}
		maxY := max(0, c.MinSize().Height-v.scroll.Size().Height)
		v.scroll.ScrollToOffset(fyne.NewPos(0, min(maxY, max(0, v.scroll.Offset.Y+step))))
		c.Refresh()
	}
}
