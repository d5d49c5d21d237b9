package detect

import "github.com/quotebench/quotebench/annot/tokens"

// markKind tells how a quotation mark glyph leans.
type markKind uint8

const (
	notMark   markKind = iota
	openMark           // “ „ « ‘ ‚ ‹
	closeMark          // ” » ’ ›
	bothMark           // " '
)

func doubleMark(w string) markKind {
	switch w {
	case "“", "„", "«", "‟":
		return openMark
	case "”", "»":
		return closeMark
	case "\"", "″", "＂", "''":
		return bothMark
	case "``":
		return openMark
	}
	return notMark
}

func singleMark(w string) markKind {
	switch w {
	case "‘", "‚", "‹":
		return openMark
	case "’", "›":
		return closeMark
	case "'":
		return bothMark
	}
	return notMark
}

// closingPunct is punctuation that follows a closing mark: `”.` `",`.
func closingPunct(w string) bool {
	switch w {
	case ".", ",", ";", ":", "!", "?", ")", "]", "...", "–", "—", "-", "--":
		return true
	}
	return false
}

// dquote is a direct quotation found from its marks, as token ranges that
// include the marks.
type dquote struct {
	parts    []rng
	unclosed bool // no closing mark: ended at the paragraph end
	single   bool // single quotation marks
}

// pairMarks pairs quotation marks paragraph by paragraph in one pass. A mark
// opens or closes by what it is glued to (marks that close the wrong way,
// `countries “.`, still close); a paragraph that ends inside a quote continues
// it when the next paragraph opens with a mark, or runs on to a later
// paragraph's closing mark (closesLater); else a quote left open at a
// paragraph end closes there.
func (d *doc) pairMarks() []dquote {
	var out []dquote
	open := -1          // token of the open mark
	cont := rng{-1, -1} // earlier paragraphs of a multi-paragraph quote
	for pi, p := range d.paras {
		for i := p.a; i < p.b; i++ {
			g := doubleMark(d.low[i])
			if g == notMark {
				continue
			}
			closer, opener := d.leans(i, p)
			if open < 0 {
				// An opening glyph opens even when a space follows it
				// (`said. “ You know`), unless glued to the word before it
				// or followed by closing punctuation.
				loose := g == openMark && !(i > p.a && d.toks[i].Gap == tokens.NoSpace && !d.isPunct(i-1)) && i+1 < p.b && !closingPunct(d.low[i+1])
				if opener || !closer && g != closeMark || loose {
					open = i
				}
				continue
			}
			switch {
			case closer || !opener:
				q := dquote{parts: []rng{{open, i + 1}}}
				if cont.a >= 0 {
					q.parts[0].a = cont.a
					cont = rng{-1, -1}
				}
				out = append(out, q)
				open = -1
			default: // an opener while a quote is open: the earlier one lost its closer
				if i > open+1 {
					q := dquote{parts: []rng{{open, i}}, unclosed: true}
					if cont.a >= 0 {
						q.parts[0].a = cont.a
						cont = rng{-1, -1}
					}
					out = append(out, q)
				}
				open = i
			}
		}
		if open < 0 {
			continue
		}
		// The paragraph ends inside a quote.
		if pi+1 < len(d.paras) {
			np := d.paras[pi+1]
			if g := doubleMark(d.low[np.a]); g != notMark && g != closeMark {
				if _, opener := d.leans(np.a, np); opener {
					if cont.a < 0 {
						cont.a = open
					}
					open = np.a
					continue
				}
			}
		}
		if d.closesLater(pi) {
			// Sentences set as paragraphs: the quote goes on to the
			// closing mark a later paragraph holds.
			if cont.a < 0 {
				cont.a = open
			}
			continue
		}
		q := dquote{parts: []rng{{open, p.b}}, unclosed: true}
		if cont.a >= 0 {
			q.parts[0].a = cont.a
			cont = rng{-1, -1}
		}
		if p.b > open+1 {
			out = append(out, q)
		}
		open = -1
	}
	out = append(out, d.pairSingles()...)
	return out
}

// closesLater reports whether a quote left open at the end of paragraph pi
// closes in one of the next few paragraphs, none of which opens with a
// mark: the first double mark after it leans as a closer (`“A. ¶ B," Doe
// said`, as text set one sentence a paragraph has it).
func (d *doc) closesLater(pi int) bool {
	for k := pi + 1; k < len(d.paras) && k <= pi+4; k++ {
		p := d.paras[k]
		for i := p.a; i < p.b; i++ {
			if doubleMark(d.low[i]) == notMark {
				continue
			}
			closer, opener := d.leans(i, p)
			return closer && !opener && i > p.a
		}
	}
	return false
}

// leans reports whether the mark at token i looks like a closer (glued to
// the word before it, or followed by punctuation or the paragraph end) and
// like an opener (glued to the word after it, not to the one before).
func (d *doc) leans(i int, p rng) (closer, opener bool) {
	leftGlued := i > p.a && d.toks[i].Gap == tokens.NoSpace && !d.isDashTok(i-1) && d.low[i-1] != "(" && doubleMark(d.low[i-1]) == notMark
	rightGlued := i+1 < p.b && d.toks[i+1].Gap == tokens.NoSpace && !closingPunct(d.low[i+1])
	// `said,“Look`: glued to a comma or colon before and a word after opens.
	afterPunct := leftGlued && (d.low[i-1] == "," || d.low[i-1] == ":")
	opener = rightGlued && (!leftGlued || afterPunct)
	closer = (leftGlued || !rightGlued) && !opener
	return closer, opener
}

// pairSingles pairs single quotation marks outside double quotes within a
// paragraph: an opener after a space, a closer glued to the word before it
// and followed by a space or punctuation. Apostrophes never open.
func (d *doc) pairSingles() []dquote {
	var out []dquote
	for _, p := range d.paras {
		open := -1
		depth := 0
		for i := p.a; i < p.b; i++ {
			if g := doubleMark(d.low[i]); g != notMark {
				depth ^= 1
				open = -1
				continue
			}
			g := singleMark(d.low[i])
			if g == notMark || depth != 0 {
				continue
			}
			leftGlued := i > p.a && d.toks[i].Gap == tokens.NoSpace
			rightGlued := i+1 < p.b && d.toks[i+1].Gap == tokens.NoSpace && !closingPunct(d.low[i+1])
			switch {
			case open < 0 && g != closeMark && rightGlued && !leftGlued:
				open = i
			case open >= 0 && g != openMark && leftGlued && !rightGlued && i > open+1:
				out = append(out, dquote{parts: []rng{{open, i + 1}}, single: true})
				open = -1
			}
		}
	}
	return out
}
