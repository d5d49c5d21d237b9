package widgets

import (
	"image/color"
	"sort"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/annot/tokens"
)

// Ref names the annotation a mark paints: a quote or a mention (zero: none).
type Ref struct {
	Quote   annot.QuoteID
	Mention annot.MentionID
}

// IsZero reports whether r names nothing.
func (r Ref) IsZero() bool { return r.Quote == 0 && r.Mention == 0 }

// MarkKind says how a mark is painted.
type MarkKind uint8

const (
	MarkQuote   MarkKind = iota // a quote part: full-height amber box
	MarkEntity                  // an entity mention: inset box in its label's colour
	MarkSpeaker                 // a mention that is some quote's speaker
	MarkCue                     // a quote's cue: a teal underline
)

// Mark is one painted span.
type Mark struct {
	Span  annot.Span
	Kind  MarkKind
	Label annot.Label
	State annot.State
	Ref   Ref
}

// ArticleView shows a document's text with its annotations painted on it.
// Only the lines on screen get canvas objects. A tap selects the innermost
// annotation, a drag selects whole tokens, and keys go to the callbacks.
type ArticleView struct {
	widget.BaseWidget

	// OnSelect is called when a tap selects an annotation (zero Ref: none).
	OnSelect func(Ref)
	// OnSelection is called when the dragged text selection changes.
	OnSelection func(annot.Span)
	// OnRune gets the characters typed while the view has focus (shortcut keys).
	OnRune func(r rune)
	// OnNudge moves a boundary of the selected annotation by whole tokens
	// when there is no text selection: start or end edge, delta ±1.
	OnNudge func(start bool, delta int)
	// ContextMenu builds the menu for a secondary tap; nil shows none.
	ContextMenu func() *fyne.Menu

	text  string
	toks  []tokens.Token
	marks []Mark // sorted by start
	sel   [2]int // selected tokens, inclusive; -1 when none
	ref   Ref    // selected annotation
	hl    map[Ref]bool

	scroll  *container.Scroll
	content *articleContent
	wc      widthCache
	lay     *textLayout
	size    fyne.Size
}

var (
	_ fyne.Widget            = (*ArticleView)(nil)
	_ fyne.Tappable          = (*articleContent)(nil)
	_ fyne.SecondaryTappable = (*articleContent)(nil)
	_ fyne.Draggable         = (*articleContent)(nil)
	_ fyne.Focusable         = (*articleContent)(nil)
	_ desktop.Mouseable      = (*articleContent)(nil)
	_ desktop.Keyable        = (*articleContent)(nil)
	_ desktop.Cursorable     = (*articleContent)(nil)
)

// NewArticleView returns an empty view.
func NewArticleView() *ArticleView {
	v := &ArticleView{sel: [2]int{-1, -1}}
	v.content = &articleContent{v: v}
	v.content.ExtendBaseWidget(v.content)
	v.scroll = container.NewVScroll(v.content)
	v.scroll.OnScrolled = func(fyne.Position) { v.content.Refresh() }
	v.ExtendBaseWidget(v)
	return v
}

// SetDocument shows text with its annotations; the selection is cleared.
func (v *ArticleView) SetDocument(text string, a *annot.Annotations) {
	v.text = text
	v.toks = tokens.Tokenize(text)
	v.lay = nil
	v.sel = [2]int{-1, -1}
	v.ref = Ref{}
	v.setMarks(a)
	v.relayout()
	v.scroll.Offset = fyne.Position{}
	v.scroll.Refresh()
	v.content.Refresh()
}

// SetAnnotations repaints the annotations of the current text, keeping the
// layout, the scroll position and the selections.
func (v *ArticleView) SetAnnotations(a *annot.Annotations) {
	v.setMarks(a)
	v.content.Refresh()
}

// Marks returns the painted marks in text order (for tests and the inspector).
func (v *ArticleView) Marks() []Mark { return v.marks }

// Text returns the document text shown.
func (v *ArticleView) Text() string { return v.text }

// Tokens returns the tokens of the text shown.
func (v *ArticleView) Tokens() []tokens.Token { return v.toks }

func (v *ArticleView) setMarks(a *annot.Annotations) {
	v.marks = v.marks[:0]
	if a == nil {
		return
	}
	speakers := map[annot.MentionID]bool{}
	for _, q := range a.Quotes {
		if q.State == annot.StateRejected {
			continue
		}
		if q.Speaker != 0 {
			speakers[q.Speaker] = true
		}
		for _, p := range q.Parts {
			v.marks = append(v.marks, Mark{Span: p, Kind: MarkQuote, State: q.State, Ref: Ref{Quote: q.ID}})
		}
		if !q.Cue.Empty() {
			v.marks = append(v.marks, Mark{Span: q.Cue, Kind: MarkCue, State: q.State, Ref: Ref{Quote: q.ID}})
		}
	}
	for _, m := range a.Mentions {
		if m.State == annot.StateRejected {
			continue
		}
		k := MarkEntity
		if speakers[m.ID] {
			k = MarkSpeaker
		}
		v.marks = append(v.marks, Mark{Span: m.Span, Kind: k, Label: m.Label, State: m.State, Ref: Ref{Mention: m.ID}})
	}
	sort.SliceStable(v.marks, func(i, j int) bool { return v.marks[i].Span.Start < v.marks[j].Span.Start })
	v.highlight(a)
}

// highlight marks what the selected annotation relates to: a quote's speaker
// mention and cue.
func (v *ArticleView) highlight(a *annot.Annotations) {
	v.hl = map[Ref]bool{}
	if v.ref.IsZero() {
		return
	}
	v.hl[v.ref] = true
	if v.ref.Quote != 0 && a != nil {
		for _, q := range a.Quotes {
			if q.ID == v.ref.Quote && q.Speaker != 0 {
				v.hl[Ref{Mention: q.Speaker}] = true
			}
		}
	}
}

// Select selects an annotation (zero Ref: none) without calling OnSelect,
// scrolls it into view, and highlights its speaker and cue.
func (v *ArticleView) Select(r Ref, a *annot.Annotations) {
	v.ref = r
	v.highlight(a)
	for _, m := range v.marks {
		if m.Ref == r {
			v.ScrollTo(m.Span)
			break
		}
	}
	v.content.Refresh()
}

// Selected returns the selected annotation.
func (v *ArticleView) Selected() Ref { return v.ref }

// Selection returns the dragged text selection (empty when none).
func (v *ArticleView) Selection() annot.Span {
	if v.sel[0] < 0 {
		return annot.Span{}
	}
	return annot.Span{Start: int(v.toks[v.sel[0]].Start), End: int(v.toks[v.sel[1]].End)}
}

// SetSelection selects the tokens covering sp (snapped); an empty span clears it.
func (v *ArticleView) SetSelection(sp annot.Span) {
	if sp.Empty() || len(v.toks) == 0 {
		v.sel = [2]int{-1, -1}
	} else {
		a := v.tokenFrom(sp.Start)
		b := v.tokenBefore(sp.End)
		if a > b {
			v.sel = [2]int{-1, -1}
		} else {
			v.sel = [2]int{a, b}
		}
	}
	v.content.Refresh()
	if v.OnSelection != nil {
		v.OnSelection(v.Selection())
	}
}

// ClearSelection drops the text selection.
func (v *ArticleView) ClearSelection() { v.SetSelection(annot.Span{}) }

// tokenFrom returns the first token ending after code point off.
func (v *ArticleView) tokenFrom(off int) int {
	return sort.Search(len(v.toks), func(i int) bool { return int(v.toks[i].End) > off })
}

// tokenBefore returns the last token starting before code point off.
func (v *ArticleView) tokenBefore(off int) int {
	return sort.Search(len(v.toks), func(i int) bool { return int(v.toks[i].Start) >= off }) - 1
}

// SnapSpan moves the edge of sp by delta whole tokens (start or end edge);
// the result never gets empty.
func (v *ArticleView) SnapSpan(sp annot.Span, start bool, delta int) annot.Span {
	if len(v.toks) == 0 {
		return sp
	}
	a, b := v.tokenFrom(sp.Start), v.tokenBefore(sp.End)
	if start {
		a = max(0, min(b, a+delta))
	} else {
		b = min(len(v.toks)-1, max(a, b+delta))
	}
	if a >= len(v.toks) || b < 0 {
		return sp
	}
	return annot.Span{Start: int(v.toks[a].Start), End: int(v.toks[b].End)}
}

// ScrollTo scrolls so that the line holding sp is on screen.
func (v *ArticleView) ScrollTo(sp annot.Span) {
	if v.lay == nil || len(v.toks) == 0 {
		return
	}
	t := min(v.tokenFrom(sp.Start), len(v.toks)-1)
	y := v.lay.lines[v.lay.lineOf[t]].y
	h := v.scroll.Size().Height
	if y >= v.scroll.Offset.Y && y+v.lay.lineH <= v.scroll.Offset.Y+h {
		return
	}
	v.scroll.ScrollToOffset(fyne.NewPos(0, max(0, y-h/3)))
	v.content.Refresh() // ScrollToOffset does not call OnScrolled
}

// FocusText gives the text keyboard focus.
func (v *ArticleView) FocusText() {
	if c := fyne.CurrentApp().Driver().CanvasForObject(v.content); c != nil {
		c.Focus(v.content)
	}
}

// Content returns the focusable text object (for tests and focus handling).
func (v *ArticleView) Content() fyne.Focusable { return v.content }

// Resize lays the text out again when the width changes.
func (v *ArticleView) Resize(s fyne.Size) {
	v.size = s
	v.BaseWidget.Resize(s)
	v.relayout()
	v.scroll.Resize(s)
	v.content.Refresh()
}

func (v *ArticleView) relayout() {
	size := theme.TextSize()
	width := v.size.Width - 2*theme.InnerPadding() - theme.ScrollBarSize()
	if v.lay != nil && v.lay.width == width && v.lay.size == size {
		return
	}
	v.lay = wrap(v.text, v.toks, width, size, &v.wc)
	v.content.Resize(fyne.NewSize(v.size.Width, v.content.MinSize().Height))
}

// CreateRenderer implements fyne.Widget.
func (v *ArticleView) CreateRenderer() fyne.WidgetRenderer {
	return &articleViewRenderer{v: v}
}

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

// articleContent is the scrolled, full-height text surface.
type articleContent struct {
	widget.BaseWidget
	v *ArticleView

	focused   bool
	shift     bool
	dragging  bool
	mouseDown bool
	downPos   fyne.Position
	anchor    int
	dragSum   fyne.Delta
	anchorPos fyne.Position
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
	i := c.tokenAt(ev.Position)
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

func (c *articleContent) TappedSecondary(ev *fyne.PointEvent) {
	if c.v.ContextMenu == nil {
		return
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

// articleRenderer builds canvas objects for the visible lines only, reusing
// them between refreshes.
type articleRenderer struct {
	c       *articleContent
	objects []fyne.CanvasObject
	rects   []*canvas.Rectangle
	texts   []*canvas.Text
	bg      *canvas.Rectangle
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
