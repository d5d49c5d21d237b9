package detect

// Web pages put lines into an article that are not its text: links to other
// stories ("READ MORE: Premier says …", "WATCH | Minister says …:", "Click to
// play video: '…'") and the fields of a byline ("Posted: Dec 04, 2026").
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
}

// fieldVerbs are past forms that label a byline's fields, capitalised before
// a colon.
var fieldVerbs = map[string]bool{"posted": true, "updated": true, "published": true, "filed": true}

// markLinks sets d.link: which paragraphs, after the first, open with a link
// label and a colon or a bar.
func (d *doc) markLinks() {
	d.link = make([]bool, len(d.paras))
	for pi := 1; pi < len(d.paras); pi++ {
		p := d.paras[pi]
		for _, l := range linkLabels {
			n := p.a + len(l)
			if n >= p.b || !d.sameWords(p.a, l) {
				continue
			}
			if w := d.low[n]; w == ":" || w == "|" {
				d.link[pi] = true
				break
			}
		}
	}
}

// sameWords reports whether the tokens from a are the lower-case words ws.
func (d *doc) sameWords(a int, ws []string) bool {
	for k, w := range ws {
		if a+k >= len(d.low) || d.low[a+k] != w {
			return false
		}
	}
	return true
}

// notText reports whether token i cannot start a reporting construction:
// it is in a link line, or it is a byline's field label ("Posted:").
func (d *doc) notText(i int) bool {
	if d.link[d.para[i]] {
		return true
	}
	return fieldVerbs[d.low[i]] && d.capital(i) && i+1 < len(d.low) && d.low[i+1] == ":" // not "she posted: “…”"
}

// withoutLinks drops the direct quotes that open in a link line.
func (d *doc) withoutLinks(dqs []dquote) []dquote {
	out := dqs[:0]
	for _, q := range dqs {
		if len(q.parts) > 0 && q.parts[0].b > q.parts[0].a && d.link[d.para[q.parts[0].a]] {
			continue
		}
		out = append(out, q)
	}
	return out
}
