package detect

import (
	"sort"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/annot/tokens"
)

// quote is a detected quotation in token ranges.
type quote struct {
	parts  []rng // direct: including the marks; indirect: the content
	kind   annot.Kind
	cue    int // index into cues, -1 when none
	spk    rng // speaker noun phrase; empty when found by a later sieve
	spkEnt int // speaker entity from a later sieve, -1 when none
	conf   float64
	marks  int     // index into the direct quotes, -1 for indirect
	how    string  // the sieve that found the speaker ("" = the cue's own subject)
	spkP   float64 // the learned probability that the speaker link is right
	alts   []altSpeaker
	feats  []string
}

func (q *quote) first() int { return q.parts[0].a }
func (q *quote) last() int  { return q.parts[len(q.parts)-1].b - 1 }

// splitEmbedded splits a direct quote interrupted by its attribution inside
// one pair of marks: `“A – said X – B”`, `“A, he said, B”`. It returns the
// cue found, or -1.
func (d *doc) splitEmbedded(q *dquote, cues *[]cue) int {
	if len(q.parts) != 1 {
		return -1
	}
	p := q.parts[0]
	for i := p.a + 1; i < p.b-2; i++ {
		if !(d.isDashTok(i) || d.low[i] == ",") {
			continue
		}
		for j := i + 2; j < p.b-1 && j <= i+14; j++ {
			if !(d.isDashTok(j) || d.low[j] == "," && !d.isDashTok(i)) {
				continue
			}
			// Between the separators: a cue verb and a speaker.
			for k := i + 1; k < j && k <= i+5; k++ {
				if cueStrength[d.low[k]] < 1 {
					continue
				}
				var subj rng
				inv := false
				if k == i+1 {
					subj, inv = rng{k + 1, j}, true
					for e := k + 1; e < j; e++ { // up to the first comma: "said the minister, pointing"
						if d.isPunct(e) && d.low[e] != "'s" && d.low[e] != "’s" {
							subj.b = e
							break
						}
					}
				} else {
					subj = rng{i + 1, k}
					// "A, he said, B", not a clause of the quote itself:
					// "…, I will predict that X, …".
					if d.low[k+1] == "that" || j-(k+1) > 4 && d.low[k+1] != "," || d.hasModal(subj) {
						continue
					}
				}
				if subj.len() == 0 || subj.len() > 5 {
					continue
				}
				if !(subjPronouns[d.low[subj.a]] || d.capital(subj.a) || determiners[d.low[subj.a]]) {
					continue
				}
				*cues = append(*cues, cue{a: k, b: k + 1, subj: subj, inverted: inv, objEnd: k + 1, strength: 1, used: true, rule: ruleEmbedded})
				q.parts = []rng{{p.a, i}, {j + 1, p.b}}
				return len(*cues) - 1
			}
		}
	}
	return -1
}

// hasModal reports whether r holds a modal verb ("I will predict").
func (d *doc) hasModal(r rng) bool {
	for i := r.a; i < r.b; i++ {
		switch d.low[i] {
		case "will", "would", "could", "can", "may", "might", "should", "must", "shall", "'ll", "’ll":
			return true
		}
	}
	return false
}

// attribute turns direct quotes and cues into quotes with speakers.
func (d *doc) attribute(dqs []dquote, cues []cue, ments []ment, ents []entity) []quote {
	var qs []quote
	found := cues[:len(cues):len(cues)] // in text order; embedded cues are appended after
	// Direct quotes: embedded attribution, then merging `“A,” he said, “B”`,
	// then the cue right after or right before the marks.
	// Index cues by their first and last token for adjacency lookups.
	byStart := map[int]int{}
	byEnd := map[int]int{}
	for k := range cues {
		byStart[cues[k].start()] = k
		byEnd[cues[k].end()] = k
	}
	for di := range dqs {
		q := quote{parts: dqs[di].parts, kind: annot.KindDirect, cue: -1, spkEnt: -1, marks: di, conf: 0.6}
		if dqs[di].unclosed {
			q.conf = 0.5
		}
		if k := d.splitEmbedded(&dqs[di], &cues); k >= 0 {
			q.parts, q.cue, q.conf = dqs[di].parts, k, 0.9
		}
		qs = append(qs, q)
	}
	// Mark tokens of direct quotes (after splitting the parts stay inside).
	sort.SliceStable(qs, func(i, j int) bool { return qs[i].first() < qs[j].first() })
	// Merge `“A,” he said, “B”` and attach adjacent cues.
	var merged []quote
	for i := 0; i < len(qs); i++ {
		q := qs[i]
		if q.cue < 0 {
			// After the closing mark: `”, said X` / `,” X said` / `”: he said`.
			k := q.last() + 1
			for k < len(d.toks) && (d.low[k] == "," || d.isDashTok(k) || d.low[k] == ":") && d.para[k] == d.para[q.last()] {
				k++
			}
			if c, ok := byStart[k]; ok && k < len(d.toks) && d.para[k] == d.para[q.last()] && !cues[c].used && d.opensClause(q.first()) {
				q.cue = c
				cues[c].used = true
				q.conf = 0.95
				// `“A,” he said, “B”`: one quote in two parts.
				e := cues[c].end()
				if i+1 < len(qs) && e < len(d.toks) && (d.low[e] == "," || d.isDashTok(e)) && qs[i+1].first() == e+1 && qs[i+1].cue < 0 {
					q.parts = append(append([]rng{}, q.parts...), qs[i+1].parts...)
					i++
				}
			}
		}
		if q.cue < 0 {
			// Before the opening mark: `X said: “` / `X told reporters, “` / `X said that “`.
			k := q.first() - 1
			for k >= 0 && (d.low[k] == ":" || d.low[k] == "," || d.low[k] == "that") && d.para[k] == d.para[q.first()] {
				k--
			}
			if c, ok := byEnd[k+1]; ok && k >= 0 && d.para[k] == d.para[q.first()] && !cues[c].used && d.introduces(&cues[c], q) {
				q.cue = c
				cues[c].used = true
				q.conf = 0.9
			} else if k >= 0 && d.low[q.first()-1] == ":" {
				// Colon introduction without a verb: `Smith: “…”`.
				if np := d.leftNP(q.first()-2, d.paras[d.para[q.first()]].a); np.len() > 0 && np.len() <= 4 {
					q.spk = np
					q.conf = 0.8
				}
			}
		}
		if q.cue >= 0 {
			q.spk = cues[q.cue].subj
		}
		merged = append(merged, q)
	}
	qs = merged

	// Indirect and mixed quotes from the remaining cues.
	var ind []quote
	for k := range cues {
		c := &cues[k]
		if c.used {
			continue
		}
		parts := d.content(c)
		if len(parts) == 0 {
			continue
		}
		c.used = true
		ind = append(ind, quote{parts: parts, kind: annot.KindIndirect, cue: k, spk: c.subj, spkEnt: -1, marks: -1, conf: 0.55 + 0.3*c.strength})
	}
	// Reported speech nested in other reported speech stays with the outer
	// one; direct quotes inside reported speech make it mixed and disappear.
	// Both are sweeps over quotes sorted by start.
	sort.SliceStable(ind, func(i, j int) bool { return ind[i].first() < ind[j].first() })
	outer := ind[:0]
	maxEnd, holder := -1, -1
	for i := range ind {
		q := ind[i]
		if holder >= 0 && q.last() < maxEnd && covers(outer[holder].parts, q.first(), q.last()) && covers(outer[holder].parts, cues[q.cue].a, cues[q.cue].a) {
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

	// Reject what is not a quote, and give the rest their kind.
	d.lastCues = cues
	kept := out[:0]
	for _, q := range out {
		if q.marks >= 0 && q.cue < 0 && q.spk.len() == 0 {
			if !d.isQuotation(q, dqs[q.marks].single, found) {
				continue
			}
		}
		if q.marks >= 0 && q.cue < 0 && q.spk.len() == 0 && !d.standsAlone(q) {
			q.kind = annot.KindMixed
		}
		if q.marks < 0 {
			// Reported content never starts in a dateline ("OTTAWA — …").
			if e := d.datelineEnd(q.parts[0].a); e > q.parts[0].a && e < q.parts[0].b {
				q.parts = append([]rng{{e, q.parts[0].b}}, q.parts[1:]...)
			}
		}
		kept = append(kept, q)
	}
	return kept
}

// covers reports whether token range [a, b] lies inside one of parts.
func covers(parts []rng, a, b int) bool {
	for _, p := range parts {
		if p.a <= a && b < p.b {
			return true
		}
	}
	return false
}

// standsAlone reports whether a direct quote is a sentence of its own (or
// ends one after a colon), rather than a fragment inside narration.
func (d *doc) standsAlone(q quote) bool {
	a, b := q.first(), q.last()
	s := d.sents[d.sent[a]]
	startOK := a == s.a || d.low[a-1] == ":" || d.isDashTok(a-1)
	e := d.sents[d.sent[b]].b
	endOK := true
	for i := b + 1; i < e; i++ {
		if !d.isPunct(i) || i > b+4 {
			endOK = false
			break
		}
	}
	return startOK && endOK
}

// isQuotation rejects titles of works, nicknames, scare quotes and quoted
// terms among direct quotes that have no attribution of their own.
func (d *doc) isQuotation(q quote, single bool, cues []cue) bool {
	words, caps := 0, 0
	for _, p := range q.parts {
		for i := p.a; i < p.b; i++ {
			if d.toks[i].Kind == tokens.Punct {
				continue
			}
			words++
			if d.capital(i) || len(d.low[i]) <= 3 {
				caps++
			}
		}
	}
	a, b := q.first(), q.last()
	if words <= 2 || single && words < 5 {
		return false
	}
	if caps == words && words <= 10 && !d.standsAlone(q) {
		return false // a title: “The Art of the Deal”
	}
	if a > 0 && b+1 < len(d.toks) && d.capital(a-1) && d.capital(b+1) && words <= 4 {
		return false // a nickname: Dwayne “The Rock” Johnson
	}
	if words >= 6 {
		return true
	}
	// Short fragments need a cue or a person in their sentence.
	s := d.sents[d.sent[a]]
	for i := s.a; i < s.b; i++ {
		if d.person[i] && d.quote[i] < 0 {
			return true
		}
	}
	i := sort.Search(len(cues), func(i int) bool { return cues[i].a >= s.a })
	if i < len(cues) && cues[i].a < s.b {
		return true
	}
	return d.standsAlone(q)
}

// content returns the reported content of a cue's attribution: after it
// (`X said (that) CLAUSE`), before it (`CLAUSE, X said.`) or around it
// (`A, X said, B.`).
func (d *doc) content(c *cue) []rng {
	s := d.sents[d.sent[c.a]]
	a, e := c.start(), c.end()
	sentEnd := s.b
	for sentEnd > s.a && (d.isPunct(sentEnd-1) && !isMarkTok(d.low[sentEnd-1])) {
		sentEnd--
	}
	if c.topic {
		return d.topicContent(c, sentEnd)
	}
	if c.question > 0 {
		return []rng{{c.b, c.question}}
	}
	if c.adjacent {
		return nil
	}
	pre := a - 1
	// An adjunct after the attribution ("said on Friday, ...") belongs to it.
	adjunct := false
	if e < sentEnd && (prepositions[d.low[e]] || timeWords[d.low[e]]) && d.low[c.a] != "according" {
		j := e
		for j < sentEnd && j < e+8 && d.low[j] != "," && d.low[j] != "that" && !d.isDashTok(j) && d.quote[j] < 0 {
			j++
		}
		before := pre >= s.a && (d.low[pre] == "," || d.isDashTok(pre) || d.low[pre] == ":")
		if j < sentEnd && (d.low[j] == "," || d.isDashTok(j)) || j >= sentEnd && before {
			e, adjunct = j, true
		}
	}
	// A source after "according to" may run on past the phrase found
	// ("…, according to early results of a poll conducted by …").
	longSource := d.low[c.a] == "according" && e < sentEnd && !d.isPunct(e)
	boundaryBefore := pre >= s.a && (d.low[pre] == "," || d.isDashTok(pre) || d.low[pre] == ":") &&
		(e >= sentEnd || d.low[e] == "," || d.isDashTok(e) || c.inverted && d.low[c.a] != "according" || longSource)
	var parts []rng
	if boundaryBefore {
		clause := s.a
		for clause < pre && d.isPunct(clause) && !isMarkTok(d.low[clause]) {
			clause++
		}
		// A short adjunct before an aside ("In the end, he said, B",
		// "Still, she said, B") is no part of what was said.
		front := pre > clause && e < sentEnd && d.low[e] == "," && pre-clause <= 5 &&
			(prepositions[d.low[clause]] || capStop[d.low[clause]] && !determiners[d.low[clause]] && pre-clause == 1)
		if !front && (pre-clause >= 3 || pre > clause && e < sentEnd && d.low[e] == ",") {
			parts = append(parts, rng{clause, pre})
		}
		if e >= sentEnd || len(parts) == 0 && !front {
			return parts
		}
		// `A, X said, B.`
		if d.low[e] == "," || d.isDashTok(e) {
			// After an inverted speaker a phrase like "a demographer at …"
			// or "who teaches …" describes the speaker.
			appos := c.inverted && cueStrength[d.low[c.a]] > 0 && (determiners[d.low[e+1]] || d.low[e+1] == "who" || d.low[e+1] == "whose" || roleNouns[d.low[e+1]] || personTitles[d.low[e+1]])
			if sentEnd-(e+1) >= 2 && !adjunct && !appos && !prepositions[d.low[e+1]] && d.toks[e+1].Kind != tokens.Number {
				parts = append(parts, rng{e + 1, sentEnd})
			}
			return parts
		}
		if c.inverted || e >= sentEnd {
			return parts
		}
	}
	// Forward: skip "that", a colon or a comma, and adjuncts up to "that".
	k := e
	for j := k; j < sentEnd && j < k+10; j++ {
		if d.low[j] == "that" && (j == k || !d.isPunct(j-1) || d.low[j-1] == ",") {
			k = j + 1
			break
		}
		if d.isPunct(j) && d.low[j] != "'s" && d.low[j] != "’s" {
			break
		}
	}
	if k < sentEnd && (d.low[k] == ":" || d.low[k] == ",") {
		k++
	} else if k == e && k < sentEnd && tellVerbs[d.low[c.a]] && (d.low[k] == "to" || d.low[k] == "about") {
		// "asked the network to donate", "asked him about the plan": the
		// request or the topic is the content.
	} else if k == e && k < sentEnd && prepositions[d.low[k]] && !(d.low[c.a] == "according" || d.low[c.a] == "in") {
		// "told a gathering in Washington she will…": content starts at its
		// subject after the adjunct; "said during talks" has none.
		j := k + 1
		for j < sentEnd && j < k+8 && !d.isPunct(j) && !(subjPronouns[d.low[j]] && d.low[j] != "who") {
			j++
		}
		if j >= sentEnd || j >= k+8 || d.isPunct(j) {
			return parts
		}
		k = j
	}
	if c.inverted && !(d.low[c.a] == "according" || d.low[c.a] == "in") {
		return parts
	}
	if k >= sentEnd {
		return parts
	}
	switch d.low[k] {
	case "this", "so", "it", "nothing", "something", "much", "little", "more":
		// "he said this in a videoconference": an object, not a clause.
		// "said it's …" is a clause: a contracted verb follows the pronoun.
		if k+1 >= sentEnd || d.isPunct(k+1) && !contracted(d.low[k+1]) || prepositions[d.low[k+1]] || timeWords[d.low[k+1]] {
			return parts
		}
	}
	if sentEnd-k < 3 {
		return parts
	}
	// A direct quote right here is the cue's own quote, handled elsewhere.
	if d.quote[k] >= 0 && k > 0 && d.quote[k-1] < 0 {
		return parts
	}
	if len(parts) > 0 {
		return parts
	}
	end := sentEnd
	if w := d.low[c.subj.a]; c.subj.len() == 1 && (w == "who" || w == "which") && c.subj.a > s.a && d.low[c.subj.a-1] == "," {
		// "Smith, who said X, left": the relative clause ends at its comma.
		for j := k; j < sentEnd; j++ {
			if d.low[j] == "," && d.quote[j] < 0 {
				end = j
				break
			}
		}
	}
	if end-k < 3 {
		return nil
	}
	return []rng{{k, end}}
}

func isMarkTok(w string) bool { return doubleMark(w) != notMark || singleMark(w) != notMark }

// introduces reports whether a cue right before a direct quote introduces
// it as a whole: after a colon or comma, or as the complement that ends the
// sentence. A quote inside a longer clause (`said that “we need more” about
// it`) is a fragment of reported speech instead.
func (d *doc) introduces(c *cue, q quote) bool {
	sep := ""
	for i := c.end(); i < q.first(); i++ {
		sep += d.low[i]
	}
	if sep == ":" || sep == "," {
		return true
	}
	if c.strength < 1 || d.low[c.a] == "according" {
		return false
	}
	e := d.sents[d.sent[q.last()]].b
	for i := q.last() + 1; i < e; i++ {
		if !d.isPunct(i) {
			return false
		}
	}
	return true
}

// opensClause reports whether token a (an opening mark) starts a sentence
// or a clause, so that a quote from it is a whole statement rather than the
// end of a longer reported clause.
func (d *doc) opensClause(a int) bool {
	if a == d.sents[d.sent[a]].a || a == 0 {
		return true
	}
	p := d.low[a-1]
	return p == ":" || p == "," || p == ";" || d.isDashTok(a-1) || p == "(" || isSentPunct(p)
}

// contracted reports whether w is a contracted verb after a pronoun ("'s",
// "'ll", "'d", "'re", "'ve").
func contracted(w string) bool {
	switch w {
	case "'s", "’s", "'ll", "’ll", "'d", "’d", "'re", "’re", "'ve", "’ve":
		return true
	}
	return false
}
