package detect

import "github.com/quotebench/quotebench/detect/syntax"

// Indexes that answer "is there an X in tokens [a, b)?" in constant time,
// so that the rules' per-cue scans stay linear on a long sentence with
// many cues. They are built once per document after the quotation marks
// are paired (d.quote is final); the finite-verb counts are filled per
// sentence as it is tagged (analyseAt).

// indexScans builds the next-comma, next-quote-token and next-coordinated
// cue indexes.
func (d *doc) indexScans() {
	n := len(d.toks)
	d.nextComma = make([]int32, n+1)
	d.nextQuoted = make([]int32, n+1)
	d.nextCoord = make([]int32, n+1)
	d.nextComma[n], d.nextQuoted[n], d.nextCoord[n] = int32(n), int32(n), int32(n)
	for i := n - 1; i >= 0; i-- {
		d.nextComma[i], d.nextQuoted[i], d.nextCoord[i] = d.nextComma[i+1], d.nextQuoted[i+1], d.nextCoord[i+1]
		if d.quote[i] >= 0 {
			d.nextQuoted[i] = int32(i)
			continue
		}
		w := d.low[i]
		if w == "," {
			d.nextComma[i] = int32(i)
		}
		if (w == "but" || w == "and") && i > 0 && d.low[i-1] == "," && i+1 < n && cueStrength[d.low[i+1]] >= 1 || w == "but" && i+1 < n && cueStrength[d.low[i+1]] >= 1 && d.posAt(i+1).IsVerb() ||
			w == "and" && i+2 < n && cueStrength[d.low[i+1]] >= 1 && d.posAt(i+1) == syntax.VBD && d.low[i+2] == "that" {
			// "said X and added that Y": the second verb's clause is its own.
			d.nextCoord[i] = int32(i)
		}
	}
}

// indexSubjCoord indexes the ", but"/", and"/", while"/", as" outside quotes
// followed by a cue's subject ("expects X to fail, but its leader said Y",
// "Roe suggested X, while Lind said Y"), and the ", though"/", although"
// and the "and" with no comma before a possessive's or a definite plural
// followed by the subject of a verb of speech ("…, though several
// questioned whether …", "a move its supporters say will help and its
// critics call a cash grab"), and ", and"/", but" before a clause of
// another's report that no cue was made of (reportClauseAfter); subjAt
// marks the first token of each cue's subject before its verb, reportAt
// those of the verbs of speech.
func (d *doc) indexSubjCoord(subjAt, reportAt []bool) {
	n := len(d.toks)
	d.nextSubjCoord = make([]int32, n+1)
	d.nextSubjCoord[n] = int32(n)
	for i := n - 1; i >= 0; i-- {
		d.nextSubjCoord[i] = d.nextSubjCoord[i+1]
		w := d.low[i]
		if d.quote[i] >= 0 || i == 0 {
			continue
		}
		// ", though several questioned …" and "… and its critics call …"
		// (no comma) open a report of another's, not a raising verb's.
		old := (w == "but" || w == "and" || w == "while" || w == "whereas" || w == "as" && d.asQuestion(i)) && d.commaBefore(i) && d.subjectNear(subjAt, i+1)
		report := ((w == "though" || w == "although") && d.commaBefore(i) || w == "and" && d.ownSubjectAfter(i+1) && d.clauseVerbBefore(i)) && d.subjectNear(reportAt, i+1)
		if old || report || (w == "and" || w == "but") && d.commaBefore(i) && d.reportClauseAfter(i+1) {
			d.nextSubjCoord[i] = int32(i)
		}
	}
}

// reportClauseAfter reports a clause at a, after ", and" or ", but", whose subject is
// a noun phrase of its own (not a pronoun) and whose first finite verb is
// a verb of speech of the cue table, which may have made no cue: "…, and
// several growers on the benches reported readings closer to -6 C", "…,
// and no one said whether …". What was said before ends there. A verb of
// attitude does not end it: "She said apples may have escaped the worst,
// and growers hope later varieties will set a crop" is hers whole.
func (d *doc) reportClauseAfter(a int) bool {
	if a <= 0 || a >= len(d.toks) || d.sent[a] != d.sent[a-1] {
		return false // (a sentence that ends in ", and")
	}
	s := d.sents[d.sent[a]]
	if a >= s.b || subjPronouns.has(d.low[a]) || d.low[a] == "that" || d.holdsQuote(a, s.b) {
		return false // (not "…, and that several of them plan to …", a second clause of what was said, nor a clause the speaker's quoted words end: "…, and the ministry expects to reopen the bridge, “if weather allows.”")
	}
	if p := d.posAt(a); !(p == syntax.DT || p == syntax.PRPS || p == syntax.CD || p.IsAdjective() || p.IsNoun()) {
		return false // a noun phrase opens it (not "and when asked", "but not women who …", "but also hungry for …")
	}
	for v := a + 1; v < s.b && v < a+12; v++ {
		if d.isPunct(v) && !possessiveMark(d.low[v]) || relativePronouns[d.low[v]] || whWords.has(d.low[v]) {
			return false
		}
		if w := d.low[v]; isFinite(d.posAt(v)) {
			if haveForms[w] && v+1 < s.b && d.posAt(v+1) == syntax.VBN {
				v, w = v+1, d.low[v+1] // "and employers across the region have reported difficulty …"
			}
			return speechCue(w) && !auxiliaries.has(w) && d.mainVerbOfClause(v, s.b)
		}
	}
	return false
}

// mainVerbOfClause reports the verb at v as its clause's own, no
// participle on its subject: not before "by", a day or a time, nor
// between a noun and a preposition ("the money promised by the province
// has not arrived", "the fees announced Tuesday will take effect", "the
// detour posted on the city's website will end").
func (d *doc) mainVerbOfClause(v, end int) bool {
	if v+1 >= end {
		return true
	}
	n := d.low[v+1]
	if n == "by" || timeWords.has(n) {
		return false
	}
	return !(prepositions.has(n) && d.posAt(v-1).IsNoun() && !d.capital(v-1) && pastForm(d.low[v]))
}

// ownSubjectAfter reports a possessive or "the" and a plural noun at a,
// or a bare plural and its verb of speech, the subject of a clause of its
// own after "and" with no comma ("a move its supporters say will help and
// its critics call a cash grab", "… and critics warn will …").
func (d *doc) ownSubjectAfter(a int) bool {
	if a+1 >= len(d.toks) {
		return false
	}
	switch d.low[a] {
	case "its", "their", "his", "her", "the":
		return d.posAt(a+1) == syntax.NNS || a+2 < len(d.toks) && d.posAt(a+2) == syntax.NNS
	}
	// a bare plural right before its verb of speech: "a move supporters
	// say is long overdue and critics warn will change the feel of older
	// neighbourhoods"
	// (the word tests first: reading a tag tags the sentence)
	if a+2 >= len(d.toks) || cueStrength[d.low[a+1]] == 0 || d.capital(a) || d.posAt(a) != syntax.NNS || d.posAt(a+1) != syntax.VBP {
		return false
	}
	// a clause after the verb, not its object: "critics warn will …",
	// "critics say is …", "critics argue that …"; not "neighbours say
	// hello", "say grace"
	p := d.posAt(a + 2)
	if p == syntax.MD || isFinite(p) || d.low[a+2] == "that" {
		return true
	}
	// or a subject of its own and its verb: "critics say it will …",
	// "economists say tariffs could …" (not "say grace before every meal")
	for k := a + 2; k < len(d.toks) && k <= a+8; k++ {
		q := d.posAt(k)
		if k > a+2 && (q == syntax.MD || isFinite(q)) {
			return true
		}
		if !(q.IsDeterminer() || q.IsAdjective() || q.IsNoun() || q.IsPronoun() || q == syntax.CD || d.low[k] == "'s" || d.low[k] == "’s") {
			return false
		}
	}
	return false
}

// clauseVerbBefore reports a finite verb or a modal that is no cue in the
// twelve tokens before "and" at i, back to punctuation: the "and" joins
// clauses ("supporters say will push … and its critics call"), not nouns
// ("said the driver and the passengers told officers").
func (d *doc) clauseVerbBefore(i int) bool {
	for j := i - 1; j >= 0 && j >= i-12 && !d.isPunct(j); j-- {
		if (isFinite(d.posAt(j)) || d.posAt(j) == syntax.MD) && cueStrength[d.low[j]] == 0 {
			return true
		}
	}
	return false
}

// asQuestion reports ", as" opening a report with a clause of its own
// ("…, as opposition MPs questioned whether …"), not an aside on the
// sentence ("…, as Breitbart reported a few days later").
func (d *doc) asQuestion(i int) bool {
	for j := i + 1; j+1 < len(d.toks) && j <= i+8 && d.quote[j] < 0 && !d.isPunct(j); j++ {
		if cueStrength[d.low[j]] > 0 && d.posAt(j).IsVerb() {
			switch d.low[j+1] {
			case "that", "whether", "if", "what", "why", "how", "when":
				return true
			}
			return false
		}
	}
	return false
}

// commaBefore reports a comma right before token i, or one inside the
// quotation that closes right before it (`"the minute they call," while
// Roe said`), unless a subject pronoun and an auxiliary follow: "“…,” but
// he would read it again" goes on with the same report ("“…,” but he
// later said …" and "“…,” and her lawyer said …" do not).
func (d *doc) commaBefore(i int) bool {
	if d.low[i-1] == "," {
		return true
	}
	if i < 2 || d.quote[i-1] < 0 || !isMarkTok(d.low[i-1]) || d.low[i-2] != "," {
		return false
	}
	if i+2 < len(d.toks) {
		switch d.low[i+1] {
		case "he", "she", "it", "they":
			switch d.low[i+2] {
			case "would", "could", "will", "can", "may", "might", "should", "must", "had", "has", "have", "was", "were", "is", "are", "'d", "’d":
				return false
			}
		}
	}
	return true
}

// subjectNear reports a cue's subject starting at a or after a title of up
// to two lower-case words before a name (", while union leader Jo Doe
// said"; the subject found is the name).
func (d *doc) subjectNear(subjAt []bool, a int) bool {
	for k := a; k < len(d.toks) && k <= a+2; k++ {
		if subjAt[k] {
			return true
		}
		if d.isPunct(k) || d.capital(k) || !d.posAt(k).IsNoun() {
			return false
		}
	}
	return false
}

// commaIn reports whether tokens [a, b) hold a comma outside quotes.
func (d *doc) commaIn(a, b int) bool { return a < b && int(d.nextComma[a]) < b }

// firstComma is the first comma outside quotes in [a, b), or b.
func (d *doc) firstComma(a, b int) int {
	if a >= b {
		return b
	}
	return min(int(d.nextComma[a]), b)
}

// holdsQuote reports whether tokens [a, b) hold a direct quote's token.
func (d *doc) holdsQuote(a, b int) bool { return a < b && int(d.nextQuoted[a]) < b }

// coordinatedCue is the first ", but"/", and" outside quotes followed by a
// verb of speech ("said X, but warned that Y", also "said X but added Y",
// "said X and added that Y") or by a cue's subject
// ("expects X, but its leader said Y") in [a, b), or b.
func (d *doc) coordinatedCue(a, b int) int {
	if a >= b {
		return b
	}
	return min(int(d.nextCoord[a]), b, int(d.nextSubjCoord[a]))
}

// countFinite fills the finite-verb counts of sentence s, whose parts of
// speech are set: finCum[i] counts the finite verbs and modals in [s.a, i].
func (d *doc) countFinite(s rng) {
	var c int32
	for i := s.a; i < s.b; i++ {
		if isFinite(d.tagPOS[i]) {
			c++
		}
		d.finCum[i] = c
	}
}

// isFinite reports a finite verb or a modal.
func isFinite(p syntax.POS) bool {
	return p == syntax.VBD || p == syntax.VBZ || p == syntax.VBP || p == syntax.MD
}

// finiteVerb reports whether tokens [a, b) hold a finite verb or a modal:
// reported content is a clause, so "added a goal" has none and "added the
// plan would fail" has one. It reads the per-sentence counts, a constant
// time per sentence the range touches.
func (d *doc) finiteVerb(a, b int) bool {
	for a < b {
		d.analyseAt(a)
		s := d.sents[d.sent[a]]
		e := min(b, s.b)
		if e <= a || a < s.a { // a token outside its sentence's range
			if isFinite(d.posAt(a)) {
				return true
			}
			a++
			continue
		}
		var before int32
		if a > s.a {
			before = d.finCum[a-1]
		}
		if d.finCum[e-1] > before {
			return true
		}
		a = e
	}
	return false
}
