package detect

import (
	"slices"
	"sort"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/annot/tokens"
	"github.com/quotebench/quotebench/detect/syntax"
)

// attribute turns direct quotes and cues into quotes with speakers, in
// named steps: direct quotes (with embedded attributions), cues attached
// next to them, indirect quotes read off the other cues, nesting and mixed
// quotes, then what is not a quotation is rejected.
func (d *doc) attribute(dqs []dquote, cues []cue, ments []ment, ents []entity) []quote {
	found := cues[:len(cues):len(cues)] // in text order; embedded cues are appended after
	qs := d.directQuotes(dqs, &cues)
	qs = d.attachCues(qs, cues, len(found))
	ind := d.indirectQuotes(cues)
	out := d.nestAndMix(qs, ind, cues)
	d.trimRelayTails(out, cues)
	d.lastCues = cues
	return d.keepQuotations(out, dqs, found)
}

// directQuotes makes a quote of each pair of marks, split around an
// attribution inside them (`“A, he said, B”`), sorted by first token.
func (d *doc) directQuotes(dqs []dquote, cues *[]cue) []quote {
	var qs []quote
	for di := range dqs {
		q := quote{parts: dqs[di].parts, kind: annot.KindDirect, cue: -1, spkEnt: -1, marks: di, conf: 0.6}
		if dqs[di].unclosed {
			q.conf = 0.5
		}
		if k := d.splitEmbedded(&dqs[di], cues); k >= 0 {
			q.parts, q.cue, q.conf = dqs[di].parts, k, 0.9
		}
		qs = append(qs, q)
	}
	sort.SliceStable(qs, func(i, j int) bool { return qs[i].first() < qs[j].first() })
	return qs
}

// attachCues gives direct quotes the cue right after the closing mark
// (`”, said X`, merging `“A,” he said, “B”` into one quote) or right before
// the opening one (`X said: “`), or a speaker before a colon (`Smith: “`).
// Only the first n cues (those found outside quotes) are looked up.
func (d *doc) attachCues(qs []quote, cues []cue, n int) []quote {
	byStart := map[int]int{}
	byEnd := map[int]int{}
	for k := range cues[:n] {
		byStart[cues[k].start()] = k
		byEnd[cues[k].end()] = k
	}
	var merged []quote
	for i := 0; i < len(qs); i++ {
		q := qs[i]
		if q.cue < 0 {
			if c, ok := d.cueAfter(&q, cues, byStart); ok {
				q.cue, q.conf = c, 0.95
				cues[c].used = true
				// `“A,” he said, “B”`: one quote in two parts.
				e := cues[c].end()
				if i+1 < len(qs) && e < len(d.toks) && (d.low[e] == "," || d.isDashTok(e)) && qs[i+1].first() == e+1 && qs[i+1].cue < 0 {
					q.parts = append(append([]rng{}, q.parts...), qs[i+1].parts...)
					i++
				}
			}
		}
		if q.cue < 0 {
			d.cueBefore(&q, cues, byEnd)
		}
		if q.cue >= 0 {
			q.spk = cues[q.cue].subj
			// `X said: “A,” and then, after a pause, “B.”`: one quote in
			// two parts.
			for i+1 < len(qs) && qs[i+1].cue < 0 && d.goesOnAfterNarration(&q, &qs[i+1]) {
				q.parts = append(append([]rng{}, q.parts...), qs[i+1].parts...)
				i++
			}
		}
		merged = append(merged, q)
	}
	return merged
}

// cueAfter finds an unused cue after the closing mark: `”, said X`,
// `,” X said`, `”: he said`.
func (d *doc) cueAfter(q *quote, cues []cue, byStart map[int]int) (int, bool) {
	k := q.last() + 1
	for k < len(d.toks) && (d.low[k] == "," || d.isDashTok(k) || d.low[k] == ":") && d.para[k] == d.para[q.last()] {
		k++
	}
	c, ok := byStart[k]
	for k2 := k; !ok && k2 < len(d.toks) && k2 < k+3 && (determiners.has(d.low[k2]) || d.posAt(k2).IsAdjective() || d.posAt(k2) == syntax.NN && !d.capital(k2)); k2++ {
		c, ok = byStart[k2+1] // `,” a tearful Doe told reporters`, `?” reporter Jo Doe asked`
	}
	// The cue, not only the token after the marks, is in the quote's
	// paragraph (k2 may step past its end).
	if ok && k < len(d.toks) && d.para[cues[c].a] == d.para[q.last()] && !cues[c].used && d.opensClause(q.first()) && !d.ownClause(&cues[c], q) && !d.appositiveTitle(q) {
		return c, true
	}
	return -1, false
}

// appositiveTitle reports a quotation set off after the noun of a work as
// its title ("his new novel, “Rivers of Salt,” the author said that …"):
// at most ten words, each capitalised or short, after a comma that follows
// a work noun. The attribution after it is not for the title.
func (d *doc) appositiveTitle(q *quote) bool {
	a := q.first()
	if len(q.parts) != 1 || a < 2 || d.low[a-1] != "," || !workNouns.has(d.low[a-2]) {
		return false
	}
	words, long := 0, false
	for i := q.parts[0].a; i < q.parts[0].b; i++ {
		if w := d.low[i]; w == "?" || w == "!" {
			return false // "“Why not?” the singer said"
		}
		if d.toks[i].Kind != tokens.Word {
			continue
		}
		if !d.capital(i) && len(d.low[i]) > 3 {
			return false
		}
		long = long || words > 0 && d.capital(i) && len(d.low[i]) > 3
		words++
	}
	return long && words <= 10 // "“Rivers of Salt”", not "“It is a lie”"
}

// goesOnAfterNarration reports whether direct quote n goes on with quote
// q after a few words of narration in the same sentence with no verb of its
// own (`“A,” and then, after a pause, “B.”`): the narration ends with a
// comma, colon or dash before n's opening mark.
func (d *doc) goesOnAfterNarration(q, n *quote) bool {
	a, b := q.last()+1, n.first()
	if b-a < 2 || b-a > 12 || d.sent[q.last()] != d.sent[b] || n.marks < 0 || !(d.low[b-1] == "," || d.low[b-1] == ":" || d.isDashTok(b-1)) {
		return false
	}
	for t := a; t < b; t++ {
		if d.quote[t] >= 0 || cueStrength[d.low[t]] > 0 || d.posAt(t).IsVerb() {
			return false
		}
	}
	return true
}

// ownClause reports whether cue c opens a new sentence after quote q and
// reports a clause of its own (`“….” He added that …`, `“….” He said the
// plan would fail.`).
func (d *doc) ownClause(c *cue, q *quote) bool {
	e := c.end()
	return d.sent[c.start()] != d.sent[q.last()] && e < len(d.toks) && d.sent[e] == d.sent[c.a] && (d.low[e] == "that" || !d.isPunct(e) && d.finiteVerb(e, d.sents[d.sent[e]].b))
}

// cueBefore attaches an unused cue before the opening mark (`X said: “`,
// `X told reporters, “`, `X said that “`), else takes the speaker of a
// colon introduction without a verb (`Smith: “…”`).
func (d *doc) cueBefore(q *quote, cues []cue, byEnd map[int]int) {
	k := q.first() - 1
	para := d.para[q.first()]
	if k >= 0 && d.low[k] == ":" && d.para[k]+1 == para {
		para = d.para[k] // "Doe said:" ending the paragraph before the quote's
	}
	for k >= 0 && (d.low[k] == ":" || d.low[k] == "," || d.low[k] == "that") && d.para[k] == para {
		k--
	}
	c, ok := byEnd[k+1]
	overColon := false // the cue's object or adjunct runs to the colon
	if !ok && k >= 0 && d.low[k+1] == ":" {
		// `X explained it this way: “…”`: over the verb's object; `X said
		// in a statement: “…”`, `X wrote back: “…”`: over an adjunct.
		for j := k; j >= 0 && j > k-10 && (!d.isPunct(j) || d.low[j] == "," && j < k) && d.quote[j] < 0; j-- {
			if d.low[j] == "," {
				// `X said, in French: “…”`, `X wrote, on Twitter: “…”`:
				// over a comma, only a cue that ends there and an adjunct.
				if c2, ok2 := byEnd[j]; ok2 && (cues[c2].rule == ruleVerb || cues[c2].rule == ruleTopic) && d.adjunctOnly(j+1, k+1) {
					c, ok, overColon = c2, true, true
				}
				break
			}
			if c2, ok2 := byEnd[j]; ok2 && (cues[c2].rule == ruleVerb || cues[c2].rule == ruleTopic) && (d.objectEnd(j, k+1) == k+1 || d.adjunctOnly(j, k+1)) {
				c, ok, overColon = c2, true, true
				break
			}
		}
	}
	if ok && k >= 0 && d.para[k] == para && !cues[c].used && (overColon || d.introduces(&cues[c], *q)) {
		q.cue, q.conf = c, 0.9
		cues[c].used = true
	} else if k >= 0 && d.low[q.first()-1] == ":" && para == d.para[q.first()] {
		// Only in the quote's paragraph: a paragraph ending in a colon
		// with no verb of speech ("Transcript as follows:", "Wait, it
		// gets better:") names no speaker of the next.
		np := d.colonSpeaker(d.verbBeforeColon(d.leftNP(q.first()-2, d.paras[para].a)))
		if p := d.possessorOfMessage(q.first() - 1); p.len() > 0 {
			np = p // "Her message to council: “…”", "Doe's advice to veterans caught in the backlog: “…”"
		}
		if e := np.b - 1; np.len() > 0 && d.spokenTo(e) {
			// "The senator turned to him: “…”": the one spoken to is no
			// speaker; the subject is.
			if subj := d.sentenceSubject(d.sents[d.sent[e]], e); speakingShape(d.npShape(subj)) {
				np = subj
			}
		}
		if sh := d.npShape(np); np.len() > 0 && !d.capital(np.a) && (sh == "desc" || sh == "prep") {
			if !d.nounIn(np) {
				// "A note in the file makes that plain: “…”": a
				// phrase with no noun names no one; the subject of the
				// verb before it, whatever it is, does.
				s := d.sents[d.sent[np.a]]
				j := np.a - 1
				for j > s.a && !isFinite(d.posAt(j)) && !d.isPunct(j) {
					j--
				}
				if subj := d.leftNP(d.overAux(j-1, s.a), s.a); j > s.a && isFinite(d.posAt(j)) && subj.len() > 0 {
					if subj, ok := d.overPrepObject(subj, s, j); ok {
						np = subj
					}
				}
			}
			// A phrase that cannot speak is the object of the clause
			// before the colon ("Doe gave a short reply: “…”", "Doe has
			// apologized for what went wrong: “…”"): its
			// subject speaks.
			if subj := d.sentenceSubject(d.sents[d.sent[np.a]], np.a); speakingShape(d.npShape(subj)) && !d.receivedPhrase(np) {
				np = subj
			}
		}
		if np.len() > 0 && d.npShape(np) == "prep" {
			// An adjunct before the colon is no speaker ("The sign reads,
			// in spray paint: “…”"): the subject is, a text among them.
			s := d.sents[d.sent[np.a]]
			subj := d.sentenceSubject(s, np.a)
			if subj.len() == 0 {
				subj = d.rightNP(s.a, np.a) // (a text, which sentenceSubject takes for no speaker)
			}
			for j := subj.a + 1; j < subj.b; j++ {
				if readingVerbs[d.low[j]] {
					subj.b = j // "The sign reads", its verb read as a plural noun
				}
			}
			np = rng{}
			if speakingShape(d.npShape(subj)) || d.writtenText(subj) {
				np = subj
			}
		}
		if np.len() > 1 && readingVerbs[d.low[np.b-1]] {
			np.b-- // "The graffiti reads: “…”", its verb read as a plural noun
		}
		if np.len() > 0 && np.len() <= 4 && !(np.len() == 1 && creditLabels.has(d.low[np.a])) {
			q.spk, q.conf = np, 0.8 // not a label: "COMMENT: “…”"
		}
	}
}

// spokenTo reports an object pronoun at e after an active verb, directly or
// over "to" or "at" ("turned to him", "looked at them", "told her"): the one
// spoken to. Not "was given to her", "a message from them".
func (d *doc) spokenTo(e int) bool {
	if !objectPronouns.has(d.low[e]) || e < 1 {
		return false
	}
	v := e - 1
	if w := d.low[v]; (w == "to" || w == "at") && v > 0 {
		v--
	}
	p := d.posAt(v)
	return p == syntax.VBD || p == syntax.VBZ || p == syntax.VBP
}

// receivedPhrase reports a phrase before a colon that the subject received
// rather than said: after a passive ("was asked a simple question:", "was
// handed a note:"), after a verb of hearing or reading ("heard a voice
// from the crowd:"), or naming its source ("a statement from the family:").
func (d *doc) receivedPhrase(np rng) bool {
	for i := np.a; i+1 < np.b; i++ {
		if d.low[i] == "from" || d.low[i] == "by" {
			return true
		}
	}
	v := np.a - 1
	s := d.sents[d.sent[np.a]]
	for v > s.a && (d.adverbAt(v) || d.isPunct(v) && d.low[v] != ",") {
		v--
	}
	if v <= s.a {
		return false
	}
	switch d.low[v] {
	case "heard", "hears", "hear", "read", "reads", "quoted", "quotes", "received", "receives", "saw", "sees", "got", "gets":
		return true
	}
	return d.posAt(v) == syntax.VBN && passiveAux(d.low[v-1])
}

// passiveAux reports a form of "be" or "get" before a participle.
func passiveAux(w string) bool {
	switch w {
	case "was", "were", "is", "are", "been", "be", "being", "got", "gets":
		return true
	}
	return false
}

// nounIn reports a noun or pronoun in np.
func (d *doc) nounIn(np rng) bool {
	for i := np.a; i < np.b; i++ {
		if p := d.posAt(i); p.IsNoun() || p.IsPronoun() {
			return true
		}
	}
	return false
}

// indirectQuotes reads the content of every cue not used by a direct quote.
func (d *doc) indirectQuotes(cues []cue) []quote {
	var ind []quote
	for k := range cues {
		c := &cues[k]
		add := func(parts ...rng) {
			ind = append(ind, quote{parts: d.withoutReaction(parts), kind: annot.KindIndirect, cue: k, spk: c.subj, spkEnt: -1, marks: -1, conf: 0.55 + 0.3*c.strength})
		}
		if c.used {
			if p := d.kickerClause(c); p.len() > 0 {
				add(p)
			} else if p := d.clauseBeforeAside(c); p.len() > 0 {
				add(p)
			} else if p := d.thatClauseAfterQuote(c); p.len() > 0 {
				add(p)
			}
			continue
		}
		if _, ok := d.howAnaphor(c); ok {
			continue // its content is the quotation before: "That was how the mayor explained the decision"
		}
		parts := d.withSubject(c, d.content(c))
		if len(parts) == 0 {
			if p := d.thatClauseAfterQuote(c); p.len() > 0 {
				add(p) // (the quotation after "that" did not take the cue)
			}
			continue
		}
		c.used = true
		add(parts...)
	}
	return ind
}

// withoutReaction ends the last part of a reported content before a
// comma and a participle of the reaction it drew, the reporter's: "…
// said Jerusalem is the capital, drawing boos from the crowd", "…,
// setting up what could be a lengthy negotiation". PolNeAR train marks
// the participle outside the content 13 times in 13 for these verbs.
func (d *doc) withoutReaction(parts []rng) []rng {
	p := &parts[len(parts)-1]
	if len(parts) > 1 && d.reactionAt(p.a) {
		return parts[:len(parts)-1] // "…, Ruiz said, drawing boos from the crowd": no part of its own
	}
	for j := p.a + 2; j < p.b; j++ {
		if d.posAt(j) == syntax.VBG && !d.reactionAt(j) && d.low[j] != "being" && d.low[j] != "having" && d.low[j] != "going" {
			return parts // a participle before it: a list ("clearing roads, setting up centres") or the content's own (not "was being briefed")
		}
		inMark := d.quote[j-1] >= 0 && j-2 > p.a && d.low[j-2] == "," // the comma inside a closing mark: "“dead on arrival,” drawing boos"
		if d.low[j-1] != "," && !inMark || d.quote[j] >= 0 || !d.reactionAt(j) {
			continue
		}
		if k := d.firstComma(j+1, p.b); k < p.b && d.finiteVerb(k+1, p.b) {
			return parts // the clause goes on after it: "the driver fled, prompting a search, and that he was arrested"
		}
		p.b = j - 1
		if inMark {
			p.b = j // (the closing mark stays)
		}
		break
	}
	return parts
}

// reactionAt reports a participle at j of the reaction a statement drew or
// set off: "drawing boos", "prompting a search", "setting up a showdown",
// "setting off alarms" (not "drawing on decades of data", "drawing up
// schedules", "setting aside $5 million", "setting up cots").
func (d *doc) reactionAt(j int) bool {
	if !reactionParticiples[d.low[j]] || j+1 >= len(d.toks) {
		return false
	}
	switch n := d.low[j+1]; d.low[j] {
	case "drawing":
		return n != "on" && n != "from" && n != "up" && n != "down"
	case "setting":
		// "setting off alarms", "setting up what could be a long
		// negotiation", "setting up a showdown" (not "setting up cots")
		if n == "off" {
			return true
		}
		if n != "up" || j+2 >= len(d.toks) {
			return false
		}
		if d.low[j+2] == "what" {
			return true
		}
		for k := j + 2; k < len(d.toks) && k < j+6 && !d.isPunct(k); k++ {
			if contestNouns[d.low[k]] {
				return true
			}
		}
		return false
	}
	return true
}

// contestNouns are what "setting up" a statement may set off.
var contestNouns = map[string]bool{"showdown": true, "fight": true, "battle": true, "clash": true, "confrontation": true,
	"negotiation": true, "negotiations": true, "vote": true, "test": true, "standoff": true, "challenge": true}

// reactionParticiples open a participle clause of what a statement drew
// or set off.
var reactionParticiples = map[string]bool{"drawing": true, "prompting": true, "sparking": true, "triggering": true, "setting": true, "fuelling": true, "fueling": true}

// howAnaphor reports a verb cue whose subject follows "That was how" or
// "This is how" opening its sentence ("And that was how", "But this is
// how", "That is exactly how"), with no clause after the verb: "“…” ¶ That was how the
// superintendent explained Friday's decision". What was said is the
// quotation before; the verb's object is what it was said about. ("That
// is how Jo Doe says the city will balance its budget" reports its
// clause.)
//
// It returns the speaker: the cue's subject after "how" (the chunker may
// have run it over "was how").
func (d *doc) howAnaphor(c *cue) (rng, bool) {
	s := d.sents[d.sent[c.a]]
	a := s.a
	if a < c.a && (d.low[a] == "and" || d.low[a] == "but") {
		a++
	}
	if c.rule != ruleVerb || c.inverted || c.subj.len() == 0 || a+3 >= c.a || d.low[a] != "that" && d.low[a] != "this" {
		return rng{}, false
	}
	switch d.low[a+1] {
	case "was", "is", "'s", "’s":
	default:
		return rng{}, false
	}
	h := a + 2
	if d.low[h] != "how" && d.adverbAt(h) {
		h++ // "That is exactly how"
	}
	if d.low[h] != "how" || c.subj.b <= h+1 || c.subj.a > h+3 || c.subj.a > h+1 && d.verbIn(h+1, c.subj.a) {
		return rng{}, false // (the subject may follow a title: "how board chair Jo Doe explained")
	}
	k := max(c.b, c.objEnd)
	if end := d.firstComma(k, s.b); d.finiteVerb(k, end) {
		return rng{}, false // a clause of its own before any comma (not "explained the decision …, as smoke pushed …")
	}
	for j := k; j < s.b && j < k+maxClauseScan; j++ {
		if d.low[j] == ":" || d.quote[j] >= 0 {
			return rng{}, false // "This is how Jo Doe explained it: “…”": the words that follow
		}
	}
	return rng{max(c.subj.a, h+1), c.subj.b}, true
}

// kickerClause is what a headline's verb reports after a quoted kicker
// and its colon, which took the cue: "'Running at 130 per cent': Red
// Deer doctors say new report confirms overcrowding". Empty when the
// sentence does not open with a quotation and its colon before the cue.
func (d *doc) kickerClause(c *cue) rng {
	s := d.sents[d.sent[c.a]]
	m := d.kickerEnd(s.a, c.start())
	if m < 0 {
		return rng{}
	}
	for _, p := range d.content(c) {
		if p.a = max(p.a, m); p.len() > 0 && !d.holdsQuote(p.a, p.b) {
			return p
		}
	}
	return rng{}
}

// kickerEnd is the token after the colon that follows a quotation
// opening at a and closing before end (a headline's kicker, "'We're
// tired': Paramedics say …"), or -1.
func (d *doc) kickerEnd(a, end int) int {
	q := d.quote[a]
	if q < 0 || a > 0 && (d.quote[a-1] == q || d.toks[a].Gap < tokens.Newline) {
		return -1 // (a kicker opens its line: a headline's, not the body's “…”: in a sentence)
	}
	m := a
	for m < end && d.quote[m] == q {
		m++
	}
	if m >= end || d.low[m] != ":" {
		return -1
	}
	e := m + 1 // a headline's line: short, with no stop at its end (not a body paragraph's “term”: …, critics say.)
	for e < len(d.toks) && d.toks[e].Gap < tokens.Newline && e < m+40 {
		e++
	}
	if e == m+40 || e > 0 && (d.low[e-1] == "." || d.low[e-1] == "?" || d.low[e-1] == "!") {
		return -1
	}
	return m + 1
}

// thatClauseAfterQuote is the second clause a verb reports after the
// quotation that took it: "said in an email that “the best deals are
// reached at the table,” and that the minister was being briefed daily".
// Empty unless "and that" follows the quotation that opens after the cue
// (over an adjunct of up to eight tokens and "that"), and a finite verb
// follows within the sentence.
func (d *doc) thatClauseAfterQuote(c *cue) rng {
	s := d.sents[d.sent[c.a]]
	if callForms[d.low[c.a]] || c.subj.a > s.a && relativePronouns[d.low[c.subj.a-1]] {
		return rng{} // "a decision that the owner called “…” and that advocates welcomed": a relative clause's, and a name
	}
	k := c.end()
	for n := 0; k < s.b && n < 8 && d.quote[k] < 0 && d.low[k] != "that"; n++ {
		k++ // over an adjunct: "said in an email Wednesday that"
	}
	if k < s.b && d.low[k] == "that" && d.quote[k] < 0 {
		k++
	}
	if k >= s.b || d.quote[k] < 0 || d.quote[k-1] == d.quote[k] {
		return rng{}
	}
	q := d.quote[k]
	e := k
	for e < s.b && d.quote[e] == q {
		e++
	}
	if e < s.b && d.low[e] == "," {
		e++
	}
	if e+2 >= s.b || d.low[e] != "and" || d.low[e+1] != "that" {
		return rng{}
	}
	end := s.b
	for end > e+2 && d.isPunct(end-1) {
		end--
	}
	if isFinite(d.posAt(e+2)) || end-(e+2) < 2 || end-(e+2) > maxClauseScan || d.holdsQuote(e+2, end) || !d.finiteVerb(e+2, end) {
		return rng{} // (not "and that frustrated the union": the pronoun "that" with its verb)
	}
	return rng{e + 2, end}
}

// clauseBeforeAside is the clause before an aside cue that a direct
// quote goes on from: "A cold front could bring some relief by Tuesday,
// he said, “but nobody should be counting on it.”" (the quotation took
// the cue; the clause before it is what was said too). Empty when the
// sentence does not open with a clause of its own before the cue, or the
// quotation opens a sentence of its own (a capital).
func (d *doc) clauseBeforeAside(c *cue) rng {
	s := d.sents[d.sent[c.a]]
	pre, e := c.start()-1, c.end()
	if pre <= s.a || pre-s.a > maxClauseScan || d.low[pre] != "," || e+1 >= s.b || d.low[e] != "," || !d.opensQuote(e+1) || c.subj.len() == 0 {
		return rng{} // (a clause, not a run of thousands of words: the scans below stay bounded)
	}
	if first := e + 2; first >= s.b || d.toks[first].Kind != tokens.Word || d.capital(first) {
		return rng{}
	}
	for j := s.a; j < pre; j++ {
		if d.quote[j] >= 0 {
			return rng{}
		}
	}
	if pre-s.a < 3 || !d.finiteVerb(s.a, pre) || prepositions.has(d.low[s.a]) {
		return rng{}
	}
	if w, p := d.low[pre-1], d.posAt(pre-1); coordinators.has(w) || p == syntax.RB || p == syntax.CC || p == syntax.IN || p.IsVerb() && p != syntax.VBN || p == syntax.MD || prepositions.has(w) {
		// An aside inside narration that goes on ("… and coincidentally,
		// he said, “…”", "including, he said,"), or a clause the
		// quotation completes ("The deal would include, he said, “…”",
		// "Those hurt were, she said, “…”").
		return rng{}
	}
	first := s.a
	if sentenceOpeners[d.low[first]] {
		first++ // "So when …", "And if …"
	}
	if subordinators.has(d.low[first]) || whWords.has(d.low[first]) || conditionalAux[d.low[first]] {
		return rng{} // "If the rain holds off, he said, “…”", "What the town needs, she said, “…”", "Had the council acted sooner, …": no clause alone
	}
	for j := s.a; j < pre; j++ {
		if d.low[j] == "and" || d.low[j] == "but" || cueStrength[d.low[j]] > 0 && d.posAt(j).IsVerb() {
			// "The fire broke out at 2 a.m. and by the time crews
			// arrived, he said, “…”": narration runs on; "The company
			// says it will appeal, Jones said, “…”": a report of its own
			return rng{}
		}
	}
	return rng{s.a, pre}
}

// sentenceOpeners are the connectives before a clause's first word;
// conditionalAux open an inverted condition ("Had the council acted
// sooner").
var (
	sentenceOpeners = wordSet(`so and but yet still even`)
	conditionalAux  = wordSet(`had were should`)
)

// nestAndMix keeps reported speech nested in other reported speech with
// the outer one, except speech nested in an attitude ("Critics believe the
// mayor said X": the mayor's words stay a quote, as with the speech scope,
// which drops the attitude) or in a finding ("A survey found 71 per cent
// said X": the respondents' words stay a quote), and makes an indirect quote holding a direct quote
// without a cue mixed (the direct quote disappears into it). Both are
// sweeps over quotes sorted by start.
func (d *doc) nestAndMix(qs, ind []quote, cues []cue) []quote {
	sort.SliceStable(ind, func(i, j int) bool { return ind[i].first() < ind[j].first() })
	outer := ind[:0]
	maxEnd, holder := -1, -1
	for i := range ind {
		q := ind[i]
		if n := len(outer); n > 0 && slices.Equal(outer[n-1].parts, q.parts) {
			// Two cues before one clause: the later one sits in the
			// earlier one's adjunct ("told a site in a story posted
			// this week that …"); the earlier one reports it.
			if cues[q.cue].a < cues[outer[n-1].cue].a {
				outer[n-1] = q
			}
			continue
		}
		if holder >= 0 && q.last() < maxEnd && covers(outer[holder].parts, q.first(), q.last()) && covers(outer[holder].parts, cues[q.cue].a, cues[q.cue].a) &&
			!((cues[outer[holder].cue].attitude || cues[outer[holder].cue].finding) && !cues[q.cue].attitude) && !d.relayed(&cues[outer[holder].cue], &cues[q.cue], outer[holder].first()) &&
			d.restrictiveWho(&cues[q.cue], d.sents[d.sent[cues[q.cue].a]]) < 0 {
			// (a group's own report in the subject stays: "Residents who
			// say the plan is unsafe packed the hall, the mayor said")
			continue
		}
		outer = append(outer, q)
		if q.last() >= maxEnd {
			maxEnd, holder = q.last()+1, len(outer)-1
		}
	}
	ind = outer
	type part struct{ a, b, q int }
	var parts []part
	for i := range ind {
		for _, p := range ind[i].parts {
			parts = append(parts, part{p.a, p.b, i})
		}
	}
	sort.SliceStable(parts, func(i, j int) bool { return parts[i].a < parts[j].a })
	var out []quote
	pi, best := 0, -1
	for _, q := range qs { // sorted by first token
		for pi < len(parts) && parts[pi].a <= q.first() {
			if best < 0 || parts[pi].b > parts[best].b {
				best = pi
			}
			pi++
		}
		if q.cue < 0 && best >= 0 && parts[best].b > q.last() {
			ind[parts[best].q].kind = annot.KindMixed
			continue
		}
		out = append(out, q)
	}
	out = append(out, ind...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].first() < out[j].first() })
	return out
}

// relayed reports a named speaker's report inside what "according to"
// credits to the one relaying it ("According to Reuters, the ministry
// said X"): the ministry's report is a quote of its own.
// start is the first token of what the relay credits, which must open
// with the report's speaker (not "According to the lawsuit, Doe was fired
// after her manager said X": the lawsuit's account).
func (d *doc) relayed(outer, inner *cue, start int) bool {
	if inner.subj.a < start || inner.subj.a > start+1 {
		return false
	}
	if outer.subj.len() > 0 && pollNouns[d.low[outer.subj.b-1]] {
		return false // "According to a poll, voters said …": the poll's finding
	}
	if outer.rule != ruleAccording || inner.rule != ruleVerb || inner.attitude || inner.subj.len() == 0 || !sayForms.has(d.low[inner.a]) || d.low[inner.a] == "saying" || inner.a-inner.subj.b > 3 {
		return false // (not "Doe asked for a deposit, saying …", whose Doe is what the statement of facts says)
	}
	// The report's speaker can speak: a name, or a described person or
	// body ("the government"); not "polls", "five states" or "71 per
	// cent of respondents in the Interior".
	subj := inner.subj
	for i := subj.a + 1; i < subj.b; i++ {
		if prepositions.has(d.low[i]) {
			subj.b = i // the head before its prepositional phrase
			break
		}
	}
	if last := subj.b - 1; d.person[last] || d.org[last] {
		return true
	}
	if w := d.low[subj.a]; subj.len() == 1 && subjPronouns.has(w) && w != "it" && w != "who" && w != "you" {
		return true // "He said 90 per cent had left, according to a door-to-door check by RCMP"
	}
	h := d.low[subj.b-1]
	return roleNouns.has(h) || personNouns.has(h) || anyOrgNouns.has(h) || orgKindNouns.has(h)
}

// pollNouns name sources whose respondents "said" what they found.
var pollNouns = wordSet(`poll polls survey surveys study studies census`)

// trimRelayTails ends a quote's content before a trailing "according to"
// that relays it ("the ministry said the duty would rise, according to
// Reuters": the content is "the duty would rise").
func (d *doc) trimRelayTails(qs []quote, cues []cue) {
	at := map[int]int{} // first token of a trailing "according to" -> the end of its source
	for i := range cues {
		if c := &cues[i]; c.rule == ruleAccording && c.a > 0 && d.low[c.a-1] == "," {
			at[c.a] = max(c.b, c.subj.b)
		}
	}
	if len(at) == 0 {
		return
	}
	for qi := range qs {
		q := &qs[qi]
		if q.cue < 0 || cues[q.cue].rule != ruleVerb || q.marks >= 0 {
			continue
		}
		p := &q.parts[len(q.parts)-1]
		if cues[q.cue].a > p.a {
			continue // "X, according to sources, the paper said": the paper relays the sources
		}
		for k := p.a + 2; k < p.b; k++ {
			if end, ok := at[k]; ok && d.quote[k] < 0 && d.onlyPunct(end, p.b) {
				p.b = k - 1 // (not "the project, according to the estimates, will cost …")
				break
			}
		}
	}
}

// onlyPunct reports nothing but punctuation among tokens [a, b).
func (d *doc) onlyPunct(a, b int) bool {
	for i := a; i < b; i++ {
		if !d.isPunct(i) {
			return false
		}
	}
	return true
}

// withoutRelays drops, in the speech scope, what "according to" credits
// to one relaying a named speaker's report ("X said Y, according to
// Reuters"): the report inside is the quote, and its speaker is X.
func (d *doc) withoutRelays(qs []quote, spk []int, cues []cue) ([]quote, []int) {
	out, outSpk := qs[:0], spk[:0]
	for i, q := range qs {
		if q.cue >= 0 && cues[q.cue].rule == ruleAccording && d.holdsReport(q, qs, cues) {
			continue
		}
		out, outSpk = append(out, q), append(outSpk, spk[i])
	}
	return out, outSpk
}

// withoutNestedTextQuotes drops, in the speech scope, a direct quote whose
// cue is a text's verb ("the report confirmed “…”") inside what someone
// else is reported to say ("Jo Doe said the report confirmed “what our
// members have been telling us”"): the marked words are that speaker's,
// in the report they give; theirs becomes a mixed quote. A quotation the
// text's verb introduces after a comma or a colon is the text's own words
// ("noted that the letter said, “Your account will be closed …”").
func (d *doc) withoutNestedTextQuotes(qs []quote, spk []int, cues []cue) ([]quote, []int) {
	bySent := map[int32][]int{} // reports of others, by the sentence they open in
	for j, o := range qs {
		if o.kind != annot.KindDirect && o.cue >= 0 && cues[o.cue].subj.len() > 0 && !textNouns.has(d.headNoun(cues[o.cue].subj)) {
			bySent[d.sent[o.first()]] = append(bySent[d.sent[o.first()]], j)
		}
	}
	drop := map[int]bool{}
	for i, q := range qs {
		if q.kind != annot.KindDirect || q.cue < 0 || cues[q.cue].rule != ruleVerb || cues[q.cue].inverted || cues[q.cue].subj.len() == 0 {
			continue
		}
		if p := q.first() - 1; p >= 0 && (d.low[p] == "," || d.low[p] == ":") {
			continue
		}
		c := &cues[q.cue]
		if !textNouns.has(d.headNoun(c.subj)) {
			continue
		}
		for _, j := range bySent[d.sent[c.subj.a]] {
			o := &qs[j]
			if o.cue == q.cue {
				continue
			}
			if o.first() == c.subj.a && covers(o.parts, q.first(), q.last()) { // (what was said opens with the text: not "painting X as Y - “…,” one ad declared -")
				drop[i] = true
				o.kind = annot.KindMixed
				break
			}
		}
	}
	if len(drop) == 0 {
		return qs, spk
	}
	out, outSpk := qs[:0], spk[:0]
	for i, q := range qs {
		if !drop[i] {
			out, outSpk = append(out, q), append(outSpk, spk[i])
		}
	}
	return out, outSpk
}

// holdsReport reports another quote whose cue, a named speaker's verb of
// speech, lies among q's parts.
func (d *doc) holdsReport(q quote, qs []quote, cues []cue) bool {
	for _, o := range qs {
		if o.cue < 0 || o.cue == q.cue {
			continue
		}
		if c := &cues[o.cue]; d.relayed(&cues[q.cue], c, q.first()) && covers(q.parts, c.a, c.a) {
			return true
		}
	}
	return false
}

// keepQuotations rejects marks that quote no one's words (titles, scare
// quotes), makes a cue-less quote inside a sentence mixed, and trims a
// dateline off the start of reported content ("OTTAWA — …").
func (d *doc) keepQuotations(out []quote, dqs []dquote, found []cue) []quote {
	kept := out[:0]
	for _, q := range out {
		if q.marks >= 0 && q.cue < 0 && q.spk.len() == 0 {
			// A short quote standing alone after another quote in its
			// paragraph goes on with it (`“This is absurd,” she wrote.
			// “Blacklisted?”`).
			goesOn := len(kept) > 0 && kept[len(kept)-1].marks >= 0 && d.para[kept[len(kept)-1].first()] == d.para[q.first()] && d.standsAlone(q)
			if !goesOn && !d.isQuotation(q, dqs[q.marks].single, found) {
				continue
			}
			if !d.standsAlone(q) && d.kickerEnd(q.first(), d.sents[d.sent[q.first()]].b) < 0 { // (a headline's kicker, "'We're tired': Paramedics say …", is direct)
				q.kind = annot.KindMixed
			}
		}
		if q.marks < 0 {
			if e := d.datelineEnd(q.parts[0].a); e > q.parts[0].a && e < q.parts[0].b {
				q.parts = append([]rng{{e, q.parts[0].b}}, q.parts[1:]...)
			}
		}
		kept = append(kept, q)
	}
	return kept
}

// verbBeforeColon replaces a lone verb or an infinitive ending the phrase
// before a colon with its subject ("leaned in and boomed: “…”", "was
// thinking: “…”", "are required to answer: “…”"): a verb is no speaker. Any other phrase is returned as it is.
func (d *doc) verbBeforeColon(np rng) rng {
	if np.len() >= 2 {
		v := np.b - 1
		for v > np.a && (d.adverbAt(v) || d.posAt(v) == syntax.RP || d.posAt(v) == syntax.RB) {
			v--
		}
		if v > np.a && !d.capital(v) && isFinite(d.posAt(v)) && !auxiliaries.has(d.low[v]) { // a copula is colonSpeaker's
			return rng{np.a, v} // "she demurred: “…”", "Doe fired back forcefully: “…”"
		}
	}
	if np.len() == 0 || d.capital(np.a) {
		return np
	}
	verb := np.len() == 1 && (d.finiteVerb(np.a, np.b) || d.posAt(np.a) == syntax.VBG)
	infinitive := np.len() >= 2 && d.low[np.b-2] == "to" && d.posAt(np.b-1) == syntax.VB // "are obliged to disclose: “…”"
	if !verb && !infinitive {
		return np
	}
	s := d.sents[d.sent[np.a]]
	k := np.a - 1
	k = d.overAux(k, s.a)
	if k < s.a {
		return rng{}
	}
	if subj := d.leftNP(k, s.a); subj.len() > 0 {
		return subj
	}
	return d.subjectOverPunct(k, s)
}

// possessorOfMessage is the possessor opening the sentence of the colon
// at k when what it possesses is an utterance ("Her message to council:",
// "His advice to voters caught in the backlog:", "Doe's reply:"): the
// one whose words follow, not the one they are addressed to; else none,
// and none when a verb comes before the colon ("Her request for a recount
// drew a blunt answer from the mayor:" is the mayor's).
func (d *doc) possessorOfMessage(k int) rng {
	s := d.sents[d.sent[k]]
	a := s.a
	if k-a > 16 || d.quote[a] >= 0 {
		return rng{}
	}
	p := a // the possessive word or mark
	switch w := d.low[a]; {
	case w == "her" || w == "his" || w == "their":
	case d.person[a] || d.org[a]:
		for p < k && (d.person[p] || d.org[p]) {
			p++
		}
		if p >= k || !possessiveMark(d.low[p]) {
			return rng{}
		}
	default:
		return rng{}
	}
	if h := p + 1; h < k && (utteranceNouns.has(d.low[h]) || speechNouns[d.low[h]] || messageNouns[d.low[h]]) && (h+1 == k || d.low[h+1] == "to" || d.low[h+1] == "for") && !d.finiteVerb(h+1, k) {
		if p == a {
			return rng{a, a + 1}
		}
		return rng{a, p}
	}
	return rng{}
}

// messageNouns, beside utteranceNouns and the nouns of speech, name words
// addressed to someone.
var messageNouns = map[string]bool{"advice": true, "plea": true, "appeal": true, "request": true, "demand": true}

// pageNouns name a page of a site, which a share button's line offers.
var pageNouns = map[string]bool{"story": true, "article": true, "page": true, "video": true, "gallery": true}

// colonSpeaker is the speaker of a colon introduction ending in the phrase
// np: np itself ("Smith: “…”"), or, when a copula ends it, the possessor
// of an utterance ("Doe's reply was: “…”" is Doe's); a copula after any
// other subject names no speaker ("The upshot was: “…”"), nor does a
// label ("Q&A:").
func (d *doc) colonSpeaker(np rng) rng {
	if np.len() == 1 && headlineLabels.has(d.low[np.a]) {
		return rng{} // "Q&A: ‘…’", "Watch: “…”": a label
	}
	if np.len() == 2 && (d.low[np.a] == "this" || d.low[np.a] == "the") && pageNouns[d.low[np.a+1]] {
		return rng{} // "Share this Story: ‘…’: headline": a share button's line, which names no speaker
	}
	if np.len() < 2 || !auxiliaries.has(d.low[np.b-1]) {
		return np
	}
	for p := np.a; p+1 < np.b-1; p++ {
		if possessiveMark(d.low[p]) && p > np.a && (utteranceNouns.has(d.low[p+1]) || speechNouns[d.low[p+1]]) {
			return rng{np.a, p}
		}
	}
	return rng{}
}
