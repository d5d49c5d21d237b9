package detect

import "github.com/quotebench/quotebench/detect/syntax"

// The subject of a sentence that opens with an adjunct set off by commas:
// "At a rally in Ames, Iowa, on Sunday, she spoke, saying …", "Minutes
// later, the campaign issued a statement saying …". The names inside the
// adjunct (the place, the event, a clause's subject) are no subject.

// frontedOpener reports whether the sentence part starting at token a opens
// with an adjunct rather than its subject: a preposition or subordinator
// ("At a rally in X,", "Before the storm hit,"), a participle ("Speaking at
// X,", "Asked about Y,"), an adverb ("Here in X,", "Back in 2001,") or a
// phrase of time ("Minutes later,", "Last week,").
func (d *doc) frontedOpener(a int, s rng) bool {
	if a >= s.b || d.quote[a] >= 0 || d.person[a] || d.org[a] {
		return false
	}
	w, p := d.low[a], d.posAt(a)
	switch {
	case w == "that" || w == "like" || w == "of" || w == "according":
		return false
	case prepositions.has(w) || subordinators.has(w) || morePrepositions.has(w):
		return true
	case (p == syntax.VBG || p == syntax.VBN) && !subjPronouns.has(w):
		return true
	case p == syntax.VBD && a+1 < s.b && (prepositions.has(d.low[a+1]) || whWords.has(d.low[a+1]) || d.low[a+1] == "if" || d.low[a+1] == "whether"):
		return true // a participle the tagger read as a past tense: "Asked about X,", "Reached by phone,"
	case p == syntax.RB && !auxiliaries.has(w), sentenceAdverbs.has(w), isAdverb(w):
		return true
	}
	// A phrase of time up to the first comma: "Minutes later,", "Two
	// days ago,", "Last week,".
	for i := a + 1; i < s.b && i <= a+4; i++ {
		if d.low[i] != "," {
			continue
		}
		last := d.low[i-1]
		return last == "later" || last == "ago" || last == "earlier" || periodWords.has(last) && (d.low[a] == "last" || d.low[a] == "this" || d.low[a] == "that")
	}
	return false
}

// mainSubject is the subject of the main clause of sentence s, before token
// end, when the sentence opens with an adjunct set off by commas: the first
// noun phrase after one of its commas that is followed (over auxiliaries
// and adverbs) by a finite verb. It is an empty range when the sentence
// opens with its subject or no such phrase is found. With beyond, or when
// the cue at end opens the adjunct itself ("Speaking at X, Doe …", "After
// talking about Y, Doe …"), the subject may follow end.
func (d *doc) mainSubject(s rng, end int, beyond bool) rng {
	a := d.afterConjunction(s)
	if !d.frontedOpener(a, s) {
		return rng{}
	}
	limit := end
	if beyond || end <= a+1 {
		limit = s.b
	}
	for c := a + 1; c < limit && c < a+40; c++ {
		if d.quote[c] >= 0 {
			return rng{}
		}
		if d.low[c] != "," {
			continue
		}
		if np := d.clauseSubjectAt(c+1, limit); np.len() > 0 {
			return np
		}
	}
	return rng{}
}

// clauseSubjectAt returns the noun phrase starting at token n when a finite
// verb follows it before end ("the campaign issued", "she has toured",
// "Mr. Doe wrote"), else an empty range.
func (d *doc) clauseSubjectAt(n, end int) rng {
	if n >= end || d.isPunct(n) || d.quote[n] >= 0 || subordinators.has(d.low[n]) || prepositions.has(d.low[n]) {
		return rng{}
	}
	v := n
	paren := -1 // "Gov. Jo Doe (R-Ohio) issued": over the parenthesis
	for v < end && v < n+14 && !d.posAt(v).IsVerb() && d.quote[v] < 0 {
		if d.low[v] == "(" && paren < 0 {
			if c := d.closingParen(v, end); c > v {
				paren, v = v, c+1
				continue
			}
		}
		if d.isPunct(v) && !possessiveMark(d.low[v]) && !d.pluralPossessive(v, n) { // (over "the families' group")
			break
		}
		v++
	}
	// A past participle is the tagger's reading of many past tenses
	// ("the campaign released a statement"); after the subject's head it
	// is the verb or a reduced relative, whose head is the subject too.
	if v >= end || v == n || !isFinite(d.posAt(v)) && d.posAt(v) != syntax.VBN {
		return rng{}
	}
	k := v - 1
	for k > n && (auxiliaries.has(d.low[k]) || d.adverbAt(k) || d.posAt(k) == syntax.RB) {
		k--
	}
	if paren > n && k >= paren {
		k = paren - 1
	}
	np := d.leftNP(k, n)
	if np.len() > 0 && np.a > n && d.capital(np.a) && d.lowerRun(n, np.a) == np.a {
		np.a = n // a role before the name: "incumbent Jo Doe attacked"
	}
	if np.len() == 0 || np.a != n || d.low[np.a] == "it" || d.low[np.a] == "there" || d.low[np.a] == "who" {
		return rng{}
	}
	return np
}

// overOpener replaces a cue's speaker that is the word opening a fronted
// adjunct ("Back in May, …", "Having announced X, Judge Doe …", "Absent a
// plan, residents may well conclude") with the main clause's subject.
func (d *doc) overOpener(c *cue, s rng) {
	if c.inverted || c.subj.len() == 0 || c.subj.len() > 2 {
		return
	}
	a := d.afterConjunction(s)
	if c.subj.a != a || !d.frontedOpener(a, s) {
		return
	}
	// Only a comma before the cue closes the adjunct: in "Elected
	// officials said that, for now, the budget would hold" the opener is
	// the subject and the clause after the cue's comma is what is said.
	if np := d.mainSubject(s, c.a, false); np.len() > 0 {
		c.subj = np
	}
}

// afterConjunction is the first token of sentence s after a conjunction
// that opens it ("But in an interview, …", "And later, …").
func (d *doc) afterConjunction(s rng) int {
	switch d.low[s.a] {
	case "but", "and", "yet", "so":
		if s.a+1 < s.b && d.quote[s.a] < 0 {
			return s.a + 1
		}
	}
	return s.a
}

// frontedAppositive is the subject before an apposition that the comma at
// k closes, in a sentence opening with an adjunct: "At a rally in Ames,
// Iowa, the group's chair, Jo Doe, said" gives Jo Doe (a name in apposition
// to a description is the mention to resolve), "In May, Jo Doe, a teacher,
// said" gives Jo Doe. The apposition holds no comma and no finite verb.
func (d *doc) frontedAppositive(s rng, k int) rng {
	a := d.afterConjunction(s)
	if !d.frontedOpener(a, s) {
		return rng{}
	}
	for c := a + 1; c < k && c < a+40; c++ {
		if d.quote[c] >= 0 {
			return rng{}
		}
		if d.low[c] != "," {
			continue
		}
		n := c + 1
		if n >= k || d.isPunct(n) || subordinators.has(d.low[n]) || prepositions.has(d.low[n]) {
			continue
		}
		c1, region := n, -1
		for c1 < k && (d.low[c1] != "," || d.capital(c1-1) && d.regionWithPeriod(c1+1)) && d.quote[c1] < 0 {
			if d.low[c1] == "," {
				region = c1 // (over the comma of "from Gatineau, Que.,")
			}
			c1++
		}
		if c1 >= k && region > n && !d.commaIn(a+1, c) && !d.finiteVerb(n, region) && !d.person[n] {
			// The first phrase after the fronted one runs to the verb
			// over a place and its province: "At the rally, a farmer
			// from Brandon, Man., said" is the farmer.
			if head := d.rightNP(n, region); head.a == n && head.len() > 0 {
				return rng{n, region} // the phrase with its place: "a farmer from Brandon"
			}
		}
		if c1 >= k || c1 == n || d.commaIn(c1+1, k) || d.finiteVerb(c1+1, k) || d.finiteVerb(n, c1) {
			continue
		}
		for i := n; i < c1; i++ {
			if d.low[i] == "and" || d.low[i] == "or" {
				return rng{} // a coordination: the name is one conjunct's
			}
		}
		head := d.leftNP(c1-1, n)
		if head.a != n {
			head = d.rightNP(n, c1) // "the commander of the units in the north"
		}
		if head.len() == 0 || head.a != n {
			continue
		}
		if !d.person[head.b-1] && d.titledName(c1+1, k) {
			return rng{c1 + 1, k}
		}
		return head
	}
	return rng{}
}

// titledName reports whether tokens [a, b) are a person's name, with a
// title or rank before it ("General Ana Lind").
func (d *doc) titledName(a, b int) bool {
	if a >= b || !d.person[b-1] {
		return false
	}
	for i := a; i < b; i++ {
		if !d.person[i] && !(d.capital(i) && personTitles[d.low[i]]) {
			return false
		}
	}
	return true
}

// adjunctOnly reports whether tokens [a, b) are an adjunct of the verb
// before them and nothing else: a prepositional phrase ("in a statement",
// "on social media", "of the plan") or an adverb ("back", "later"), with
// no verb, punctuation or quotation in it.
func (d *doc) adjunctOnly(a, b int) bool {
	if a >= b || !prepositions.has(d.low[a]) && !morePrepositions.has(d.low[a]) && !isAdverb(d.low[a]) && !sentenceAdverbs.has(d.low[a]) {
		return false
	}
	for i := a; i < b; i++ {
		if d.isPunct(i) && !possessiveMark(d.low[i]) || d.quote[i] >= 0 || d.posAt(i).IsVerb() {
			return false
		}
	}
	return true
}

// closingParen returns the ")" closing the "(" at i within six tokens
// before end, or -1.
func (d *doc) closingParen(i, end int) int {
	for j := i + 1; j < end && j <= i+6; j++ {
		if d.low[j] == ")" {
			return j
		}
		if d.low[j] == "(" {
			return -1
		}
	}
	return -1
}
