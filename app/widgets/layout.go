package widgets

import (
	"sort"
	"strings"

	"fyne.io/fyne/v2"

	"github.com/quotebench/quotebench/annot/tokens"
)

// textLayout is the word-wrapped article: which tokens sit on which line and
// where. It is rebuilt when the width or the text size changes; the canvas
// objects are built only for the lines on screen.
type textLayout struct {
	width, size    float32
	lineH, paraGap float32
	spaceW         float32
	lines          []line
	x, w           []float32 // per token: left edge and width
	lineOf         []int32   // per token: its line
	height         float32
	texts          []string // per line, built on first use
}

type line struct {
	t0, t1 int // tokens [t0, t1)
	y      float32
}

// widthCache measures token texts once per text size.
type widthCache struct {
	size float32
	m    map[string]float32
}

func (c *widthCache) measure(s string, size float32) float32 {
	if c.size != size || c.m == nil {
		c.size, c.m = size, make(map[string]float32, 4096)
	}
	if w, ok := c.m[s]; ok {
		return w
	}
	w := fyne.MeasureText(s, size, fyne.TextStyle{}).Width
	c.m[s] = w
	return w
}

// lineHeight is the height of one text line, with room above and below for
// the highlight boxes.
func lineHeight(size float32) float32 {
	return fyne.MeasureText("Mg", size, fyne.TextStyle{}).Height * 1.45
}

// wrap lays out toks of text in lines no wider than width.
func wrap(text string, toks []tokens.Token, width, size float32, wc *widthCache) *textLayout {
	l := &textLayout{width: width, size: size}
	l.lineH = lineHeight(size)
	l.paraGap = l.lineH * 0.5
	l.spaceW = wc.measure(" ", size)
	l.x = make([]float32, len(toks))
	l.w = make([]float32, len(toks))
	l.lineOf = make([]int32, len(toks))
	l.lines = make([]line, 0, len(toks)/10+1)
	if width < 50 {
		width = 50
	}
	y := float32(0)
	x := float32(0)
	cur := line{t0: 0, y: 0}
	for i, t := range toks {
		tw := wc.measure(t.Text(text), size)
		l.w[i] = tw
		if i > cur.t0 {
			newLine := false
			switch t.Gap {
			case tokens.Paragraph:
				newLine = true
			case tokens.Newline:
				newLine = true
			case tokens.Space:
				if x+l.spaceW+tw > width {
					newLine = true
				} else {
					x += l.spaceW
				}
			default: // glued
				if x+tw > width && !glued(toks, i) {
					newLine = true
				}
			}
			if newLine {
				cur.t1 = i
				l.lines = append(l.lines, cur)
				y += l.lineH
				if t.Gap == tokens.Paragraph {
					y += l.paraGap
				}
				cur = line{t0: i, y: y}
				x = 0
			}
		}
		l.x[i] = x
		l.lineOf[i] = int32(len(l.lines))
		x += tw
	}
	if len(toks) > 0 {
		cur.t1 = len(toks)
		l.lines = append(l.lines, cur)
		y += l.lineH
	}
	l.height = y
	l.texts = make([]string, len(l.lines))
	return l
}

// glued reports whether token i must stay on the line of token i-1: a
// punctuation mark glued to a word never starts a line on its own.
func glued(toks []tokens.Token, i int) bool {
	return toks[i].Kind == tokens.Punct
}

// lineText is the text drawn for line n: its tokens, one space where the
// source has whitespace.
func (l *textLayout) lineText(n int, text string, toks []tokens.Token) string {
	if s := l.texts[n]; s != "" {
		return s
	}
	ln := l.lines[n]
	var b strings.Builder
	for i := ln.t0; i < ln.t1; i++ {
		if i > ln.t0 && toks[i].Gap != tokens.NoSpace {
			b.WriteByte(' ')
		}
		b.WriteString(toks[i].Text(text))
	}
	l.texts[n] = b.String()
	return l.texts[n]
}

// lineAt returns the line at height y (clamped).
func (l *textLayout) lineAt(y float32) int {
	n := sort.Search(len(l.lines), func(i int) bool { return l.lines[i].y+l.lineH > y })
	return min(n, len(l.lines)-1)
}

// tokenAt returns the token nearest to p, or -1 in an empty text.
func (l *textLayout) tokenAt(p fyne.Position) int {
	if len(l.lines) == 0 {
		return -1
	}
	ln := l.lines[l.lineAt(p.Y)]
	for i := ln.t0; i < ln.t1-1; i++ {
		if p.X < (l.x[i]+l.w[i]+l.x[i+1])/2 {
			return i
		}
	}
	return ln.t1 - 1
}
