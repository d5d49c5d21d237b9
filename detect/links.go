package detect

import "github.com/quotebench/quotebench/annot/tokens"

// Web pages put lines into an article that are not its text: links to other
// stories ("READ MORE: Premier says …", "WATCH | Minister says …:", "Click to
// play video: '…'", lists of headlines under "Trending Now"), corrections'
// notes and the fields of a byline ("Posted: Dec 04, 2026").
// Their headlines report speech, but not this article's: no quote is
// suggested in them. The article's own first line, its headline, may open
// with such a word ("WATCH: Senator says …") and is kept.

// linkLabels open a line that links to another story or to a video; a colon
// or a bar follows them.
var linkLabels = [][]string{
	{"read", "more"}, {"read", "also"}, {"also", "read"}, {"more"}, {"see", "also"},
	{"related"}, {"related", "stories"}, {"related", "story"}, {"related", "coverage"}, {"related", "video"},
	{"watch"}, {"watch", "live"}, {"listen"}, {"video"}, {"click", "to", "play", "video"},
	{"recommended"}, {"trending"}, {"top", "stories"},
	{"share", "this", "story"}, {"share", "this", "article"}, // a share widget repeating the headline
}

// fieldVerbs are past forms that label a byline's fields, capitalised before
// a colon.
var fieldVerbs = map[string]bool{"posted": true, "updated": true, "published": true, "filed": true}

// listWords make a short line without a final stop the heading of a list
// of links ("Trending Now", "RELATED STORIES", "Popular Now in News", "More
// from The Star & partners", "You May Also Like", "Most Read", "Up next").
var listWords = map[string]bool{"trending": true, "related": true, "popular": true, "recommended": true,
	"stories": true, "headlines": true, "more": true, "latest": true, "picks": true, "like": true, "missed": true,
	"read": true, "watched": true, "videos": true, "next": true}

// listNouns end a list's heading after "Recent" or "More" ("Recent Posts",
// "More Local News"; not a section's "Recent fires").
var listNouns = map[string]bool{"posts": true, "stories": true, "articles": true, "news": true, "headlines": true}

// markLinks sets d.link: which tokens, after the first line, are not the
// article's text, line by line (a pasted page may break its lines once or
// twice): a line opening with a link label and a colon or a bar with the
// headline-like lines after it (a video's title after "WATCH | …:"), a
// correction's note ("Correction: An earlier version of this story said
// …"), a list of links (its heading and the headlines under it, up to the
// first line that ends as a sentence does), and a video's length ("Duration
// 2:03") with the line after it, which describes the video.
func (d *doc) markLinks() {
	d.link = make([]bool, len(d.toks))
	list, caption, labelOnly := false, false, false
	for li, l := range d.lines() {
		if li == 0 || d.headline(l.a) {
			continue // the headline
		}
		link, after := true, labelOnly
		labelOnly = false
		switch {
		case d.labelled(l), d.listHeading(l):
			list = true
			labelOnly = d.low[l.b-1] == ":" // "RELATED:" alone: the link is the next line, quoted or not
		case d.duration(l):
			list, caption = false, true
			d.setLink(l)
			continue
		case list && d.listItemLike(l) && (after || !d.quotedLine(l)), caption && l.len() <= 60:
		default:
			list, link = false, false
		}
		caption = false
		if link {
			d.setLink(l)
		}
	}
}

// lines splits the tokens at line breaks.
func (d *doc) lines() []rng {
	var out []rng
	a := 0
	for i := 1; i <= len(d.toks); i++ {
		if i == len(d.toks) || d.toks[i].Gap >= tokens.Newline {
			out = append(out, rng{a, i})
			a = i
		}
	}
	return out
}

func (d *doc) setLink(l rng) {
	for i := l.a; i < l.b; i++ {
		d.link[i] = true
	}
}

// duration reports whether line p is a video's or a podcast's length,
// "Duration 2:03": the line after it describes the video.
func (d *doc) duration(p rng) bool {
	return p.len() >= 2 && p.len() <= 5 && d.low[p.a] == "duration" && d.toks[p.a+1].Kind == tokens.Number
}

// labelled reports whether line p opens with a link label and a colon
// or a bar, or with "Correction:" or "Clarification:".
func (d *doc) labelled(p rng) bool {
	if p.a+1 < p.b && d.low[p.a+1] == ":" && (d.low[p.a] == "correction" || d.low[p.a] == "clarification") {
		return true
	}
	for _, l := range linkLabels {
		n := p.a + len(l)
		if n < p.b && d.sameWords(p.a, l) && (d.low[n] == ":" || d.low[n] == "|") { // (n < p.b bounds sameWords)
			return true
		}
	}
	return false
}

// listHeading reports whether line p is a list's heading: a line that
// opens a paragraph or follows a sentence's end, at most six tokens, opening with a capital or a digit,
// no sentence stop in it, a word of listWords, and no colon at its end
// unless it is one word ("Related:"; "The latest:" introduces the article's
// own summary).
func (d *doc) listHeading(p rng) bool {
	if p.len() == 0 || p.len() > 6 || !d.capital(p.a) && d.toks[p.a].Kind != tokens.Number {
		return false
	}
	if d.toks[p.a].Gap != tokens.Paragraph && !(p.a > 0 && d.endsSentence(p.a-1)) && !d.strongListHeading(p) {
		return false // a line inside a block: "Top Stories" in a site's menu of sections
	}
	if d.low[p.b-1] == ":" && p.len() > 2 {
		return false
	}
	held := false
	for i := p.a; i < p.b; i++ {
		if d.endsSentence(i) {
			return false // "budget. Many residents want more": a wrapped line of prose
		}
		held = held || listWords[d.low[i]] || d.low[i] == "recent" && i+1 < p.b && listNouns[d.low[i+1]]
	}
	return held
}

// quotedLine reports a line that is all one quotation, in single or double
// marks: a crosshead quoting the story ("'She was in that chair for 19
// hours'"), no related story's headline after a "RELATED:" line.
func (d *doc) quotedLine(l rng) bool {
	if l.len() < 3 {
		return false
	}
	first, last := d.low[l.a], d.low[l.b-1]
	return (singleMark(first) != notMark && singleMark(first) != closeMark || doubleMark(first) != notMark && doubleMark(first) != closeMark) &&
		(singleMark(last) != notMark && singleMark(last) != openMark || doubleMark(last) != notMark && doubleMark(last) != openMark)
}

// listItemLike reports a line that reads as a headline in a list of
// links, also one ending with a province's or a state's abbreviation ("…
// as flames crossed Highway 3 in B.C.").
func (d *doc) listItemLike(l rng) bool {
	if d.headlineLike(l) {
		return true
	}
	if l.len() == 0 || l.len() > 30 || !d.regionWithPeriod(l.b-1) {
		return false
	}
	for i := l.a; i < l.b; i++ {
		if w := d.low[i]; w == "said" || w == "told" || w == "wrote" || doubleMark(w) != notMark {
			return false // a story's sentence: "“…,” fisherman Gilles Arsenault said in Tignish, P.E.I."
		}
	}
	return true
}

// strongListHeading reports a line of at most four words that only a
// list of links is headed by ("Trending", "Most read this week", "Related
// stories", "More Local News"), wherever it stands (after "Advertisement" or a share
// button's line as well as after a paragraph), when a headline of four
// tokens or more comes next (not a word of a site's menu: "Popular",
// "Local", …).
func (d *doc) strongListHeading(p rng) bool {
	if p.len() > 4 || p.b >= len(d.toks) {
		return false
	}
	next := rng{p.b, p.b + 1}
	for next.b < len(d.toks) && d.toks[next.b].Gap < tokens.Newline {
		next.b++
	}
	if next.len() < 4 || !d.listItemLike(next) {
		return false
	}
	if d.low[p.a] == "more" && listNouns[d.low[p.b-1]] {
		return true // "More Local News", "More stories"
	}
	for i := p.a; i < p.b; i++ {
		if strongListWords[d.low[i]] {
			return true
		}
	}
	return false
}

// strongListWords head only lists of links.
var strongListWords = map[string]bool{"trending": true, "popular": true, "recommended": true, "related": true, "read": true, "next": true}

// headlineLike reports whether line p reads as a headline: at most 30
// tokens, ending without a sentence's stop (before a closing quotation mark
// or not) and without a colon, which introduces what follows.
func (d *doc) headlineLike(p rng) bool {
	if p.len() == 0 || p.len() > 30 {
		return false
	}
	last := p.b - 1
	if isCloser(d.low[last]) && last > p.a {
		last-- // “… next week.” ends a sentence; 'stay at the table' a headline
	}
	return !d.endsSentence(last) && d.low[last] != ":"
}

// endsSentence reports a period, question or exclamation mark or an
// ellipsis at token i, or an abbreviation holding its period ("7 p.m.",
// "Acme Inc.").
func (d *doc) endsSentence(i int) bool {
	switch w := d.low[i]; w {
	case ".", "!", "?", "…":
		return true
	default:
		return len(w) > 1 && w[len(w)-1] == '.'
	}
}

// sameWords reports whether the tokens from a are the lower-case words ws.
func (d *doc) sameWords(a int, ws []string) bool {
	for k, w := range ws {
		if d.low[a+k] != w {
			return false
		}
	}
	return true
}

// notText reports whether token i cannot start a reporting construction:
// it is in a link line, or it is a byline's field label ("Posted:").
func (d *doc) notText(i int) bool {
	if d.link[i] {
		return true
	}
	return i+1 < len(d.low) && d.low[i+1] == ":" && fieldVerbs[d.low[i]] && d.capital(i) // not "she posted: “…”"
}

// withoutLinks drops the direct quotes that open in a link line.
func (d *doc) withoutLinks(dqs []dquote) []dquote {
	out := dqs[:0]
	for _, q := range dqs {
		if len(q.parts) > 0 && q.parts[0].b > q.parts[0].a && d.link[q.parts[0].a] {
			continue
		}
		out = append(out, q)
	}
	return out
}

// trimLinks ends each quote's parts before a link line they run into ("…
// would start at 7 p.m.\nTrending Now": the abbreviation's period ends no
// sentence, so the content took in the heading).
func (d *doc) trimLinks(qs []quote) []quote {
	for qi := range qs {
		for pi, p := range qs[qi].parts {
			for i := p.a; i < p.b; i++ {
				if d.link[i] {
					qs[qi].parts[pi].b = i
					break
				}
			}
		}
	}
	return qs
}
