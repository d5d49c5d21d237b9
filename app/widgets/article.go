package widgets

import (
	"sort"

	"fyne.io/fyne/v2"
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
	found []annot.Span // search matches, in text order
	cur   int          // the current match (-1: none)
	zoom  float32      // text size factor; 0 is 1

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
	if v.zoom > 0 {
		size *= v.zoom
	}
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

// SetZoom scales the article's text by z (1: the theme's text size). Only
// the article changes; the window and the panels keep their size.
func (v *ArticleView) SetZoom(z float32) {
	if z == v.zoom {
		return
	}
	v.zoom = z
	v.relayout()
	v.scroll.Refresh()
	v.content.Refresh()
}

// Zoom returns the text size factor (1: the theme's size).
func (v *ArticleView) Zoom() float32 {
	if v.zoom == 0 {
		return 1
	}
	return v.zoom
}

// TextSize is the size the article's text is drawn at.
func (v *ArticleView) TextSize() float32 {
	if v.lay == nil {
		return theme.TextSize() * v.Zoom()
	}
	return v.lay.size
}

// FirstVisible returns the code point where the first line on screen
// starts (0 when there is no text).
func (v *ArticleView) FirstVisible() int {
	if v.lay == nil || len(v.lay.lines) == 0 {
		return 0
	}
	n := v.lay.lineAt(max(0, v.scroll.Offset.Y-origin().Y))
	return int(v.toks[v.lay.lines[n].t0].Start)
}

// scrollToY scrolls the text to y (clamped) and repaints.
func (v *ArticleView) scrollToY(y float32) {
	maxY := max(0, v.content.MinSize().Height-v.scroll.Size().Height)
	v.scroll.ScrollToOffset(fyne.NewPos(0, min(maxY, max(0, y))))
	v.content.Refresh()
}

// ScrollHome shows the start of the text; ScrollEnd its end.
func (v *ArticleView) ScrollHome() { v.scrollToY(0) }

// ScrollEnd shows the end of the text.
func (v *ArticleView) ScrollEnd() { v.scrollToY(v.content.MinSize().Height) }

// SetFound paints search matches (nil: none) with match cur as the current
// one and scrolls it into view.
func (v *ArticleView) SetFound(spans []annot.Span, cur int) {
	v.found, v.cur = spans, cur
	if cur >= 0 && cur < len(spans) {
		v.ScrollTo(spans[cur])
	}
	v.content.Refresh()
}

// Found returns the search matches painted and the current one.
func (v *ArticleView) Found() ([]annot.Span, int) { return v.found, v.cur }
