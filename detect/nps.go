package detect

import (
	"strings"
	"unicode"

	"github.com/quotebench/quotebench/annot/tokens"
	"github.com/quotebench/quotebench/detect/ner"
	"github.com/quotebench/quotebench/detect/syntax"
)

// The noun phrases the cue rules take as speakers, found by scanning left
// or right from a cue.

// leftNP returns the noun phrase ending at token k (scanning left, not past
// lo): a pronoun, a run of capitalised words with their titles, or a common
// noun phrase up to its determiner; "the head of the agency" is joined over
// "of".
func (d *doc) leftNP(k, lo int) rng {
	if k-1 >= lo && d.low[k] == "%" && d.quote[k] < 0 && d.toks[k-1].Kind == tokens.Number {
		// A share written with the sign: "26% say", "nearly 40 % said".
		a := k - 1
		if a-1 >= lo && approxWords[d.low[a-1]] {
			a--
		}
		if p := a - 1; p < lo || d.isPunct(p) || coordinators.has(d.low[p]) || d.low[p] == "while" || d.low[p] == "that" {
			return rng{a, k + 1} // (not "His 34% support", "won with more than 60% support")
		}
		return rng{}
	}
	if k < lo || d.quote[k] >= 0 || d.isPunct(k) && !possessiveMark(d.low[k]) {
		return rng{}
	}
	if subjPronouns.has(d.low[k]) {
		return rng{k, k + 1}
	}
	// (only words known as adverbs: not a noun the tagger read as one, "the
	// Rebels forward said"; opening the sentence, none by its "-ly" alone:
	// "Connolly, the mayor, said")
	known := func(w string) bool { return preverbAdverbs.has(w) || focusAdverb(w) || loneAdverbs[w] }
	if w := d.low[k]; d.posAt(k) == syntax.RB && d.quote[k] < 0 &&
		(!d.capital(k) && (isAdverb(w) || known(w)) || k == d.sents[d.sent[k]].a && !d.person[k] && !d.org[k] && known(w)) {
		if p := k - 1; p >= lo && !d.isPunct(p) && d.quote[p] < 0 && (d.posAt(p).IsNoun() || d.posAt(p) == syntax.CD || d.posAt(p) == syntax.DT || d.posAt(p).IsPronoun() || quantifierSubjects.has(d.low[p])) {
			return d.leftNP(p, lo) // an adverb after the phrase: "The mayor only said", "Some even said", "One there said"
		}
		if k-1 < lo || !d.posAt(k-1).IsAdjective() && d.low[k-1] != "the" {
			return rng{} // an adverb alone is no phrase: "The kiosk that only talks to you"
		}
	}
	j := d.chunkLeft(k, lo)
	if j > k {
		return rng{}
	}
	for i := k - 1; i > j; i-- {
		if d.timeBeforeAgent(i, lo) {
			j = i + 1 // a chunk run over a time and an agent's "by": "released last year by Ontario's auditor general" is the auditor general
			break
		}
	}
	if a := d.nameStart(j, lo); a < j {
		// The chunk began inside a name ("Institute for Science and
		// International Security"): the whole name, and its possessor.
		j = a
		if j-1 >= lo && possessiveMark(d.low[j-1]) {
			j = d.chunkLeft(j-1, lo)
		} else if j-1 >= lo && determiners.has(d.low[j-1]) {
			j--
		} else if j-2 >= lo && d.posAt(j-1) == syntax.JJ && !d.capital(j-1) && determiners.has(d.low[j-2]) && d.quote[j-2] < 0 {
			j -= 2 // "the former Larkspur Pulp and Paper mill"
		}
	}
	if j-1 >= lo && j < k && d.placeNameGoesOn(j) && !d.titleCase(d.sents[d.sent[k]]) {
		for n := 0; n < 3 && j-1 >= lo && d.placeNameGoesOn(j); n++ {
			j-- // the chunk began inside a place's name: "at Prince Rupert's container terminal"
		}
	}
	if p := d.provinceAt(j-2, lo); p-2 >= lo && d.low[j-1] == "," && d.regionWithPeriod(p) && d.low[p-1] == "," && d.capital(p-2) {
		// A place and its province before the head: "the Flint, Mich.,
		// resident said".
		i := p - 2
		for i-1 >= lo && i > p-4 && d.capital(i-1) && !d.isPunct(i-1) && !determiners.has(d.low[i-1]) {
			i--
		}
		if i-1 >= lo && determiners.has(d.low[i-1]) && d.quote[i-1] < 0 {
			j = i - 1
		}
	}
	if j == k && roleNouns.has(d.low[k]) && d.capital(k) {
		// A role the chunker cut from its modifiers for its capital:
		// "The veteran MP said".
		i := j - 1
		for i > lo && !d.capital(i) && d.posAt(i).IsAdjective() {
			i--
		}
		if i >= lo && i < j-1 && determiners.has(d.low[i]) {
			j = i
		}
	}
	// Join over "of"/"for"/"at": "the head of the agency", "a spokesman for X".
	if j-2 >= lo {
		switch d.low[j-1] {
		case "of", "for", "at", "from", "with":
			if !d.isPunct(j-2) && !stops.has(d.low[j-2]) {
				if j2 := d.chunkLeft(j-2, lo); j2 <= j-2 {
					j = j2
					if j-1 >= lo && (d.low[j-1] == "the" || d.low[j-1] == "a") && d.low[j] == "other" && d.quote[j-1] < 0 {
						j-- // the chunker's "other side" without its article: "the other side of the river"
					}
				}
			}
		}
	}
	if q := j - 1; q-1 > lo && d.quote[q] >= 0 && d.quote[j] < 0 && !d.capital(j) && d.posAt(j).IsNoun() {
		// A name in quotation marks modifying the head: "the union-backed
		// “Fight for $15” movement plans", a short quotation opening with a
		// capital after an article or a modifier.
		a := q
		for a-1 >= lo && d.quote[a-1] == d.quote[q] && q-a < 8 {
			a--
		}
		if q-a >= 2 && q-a < 8 && a+1 < q && d.capital(a+1) && a-1 >= lo && d.quote[a-1] < 0 &&
			(determiners.has(d.low[a-1]) || !d.capital(a-1) && d.posAt(a-1).IsAdjective()) {
			j = d.chunkLeft(a-1, lo)
		}
	}
	count := func(i int) bool {
		return i >= lo && d.quote[i] < 0 && (d.toks[i].Kind == tokens.Number || d.posAt(i) == syntax.CD)
	}
	if d.low[j] == "cent" && j-1 >= lo && d.low[j-1] == "per" && count(j-2) {
		j--
	}
	if (d.low[j] == "percent" || d.low[j] == "per") && count(j-1) {
		// a share the chunker's reach cut from its number: "54 percent of
		// active duty military personnel said", "Sixty per cent of …"
		j--
	}
	if j == k && floating.has(d.low[k]) {
		// A floating quantifier: "Smith and Jones both said", "the
		// officials all said", "Roe and Lind have both urged": the
		// phrase before it (and its auxiliary), with its conjunct.
		h := k - 1
		for h > lo && auxiliaries.has(d.low[h]) && !d.capital(h) {
			h--
		}
		var np rng
		if h > lo && d.low[h] == "," {
			np = d.subjectOverPunct(h, d.sents[d.sent[h]]) // "Sens. Roe of Texas and Lind of Ohio, have both urged"
		} else {
			np = d.leftNP(h, lo)
		}
		if np.len() == 0 {
			return rng{}
		}
		if np.a-2 >= lo && d.low[np.a-1] == "and" {
			if first := d.leftNP(np.a-2, lo); first.len() > 0 {
				np.a = first.a
			}
		}
		if h < k-1 {
			return np // "who has both endorsed": the phrase, without its auxiliary
		}
		return rng{np.a, k + 1}
	}
	if j-1 >= lo && shareWords[d.low[k]] && approxWords[d.low[j-1]] {
		j-- // "Nearly a third", "almost half"
	}
	if p := j - 2; p >= lo && d.rateAt(p) {
		j = p // a rate: "one in four respondents", "Nearly 1 in 10 voters"
	}
	if j-1 >= lo && d.rateAt(j) && approxWords[d.low[j-1]] {
		j--
	}
	if j < k && (d.low[j] == "why" || d.low[j] == "how" || d.low[j] == "where" || d.low[j] == "when") && d.quote[j] < 0 {
		j++ // an adverb opening the clause: "That is why critics say", "how officials say"
	}
	if j-1 >= lo && !d.capital(j) && d.posAt(j).IsNoun() {
		// The walk's reach ended on the head before a preposition inside
		// the phrase: "A bus manufacturer in Quebec's Beauce region says"
		// is the manufacturer's whole phrase, not "manufacturer in …".
		if i := j + 1; i < k && d.posAt(i) == syntax.IN && d.low[i] != "of" && !d.temporal(rng{i + 1, k + 1}) {
			if h := d.chunkLeft(j, lo); h < j {
				j = h // (not before a time: "… on the trail near Larkspur on Saturday evening is asked")
			}
		}
	}
	j = d.afterOpeningTime(j, k, lo)
	return rng{d.pluralAfterSingular(j, k), k + 1}
}

// afterOpeningTime returns where the phrase [j, k] starts past a time
// adjunct written without its comma at its front: "Last year 32 per cent
// of residents said", "This week officials said" are the residents and
// the officials; j when none opens it (not "This year's budget").
func (d *doc) afterOpeningTime(j, k, lo int) int {
	edge := func(i int) bool { w := d.low[i]; return (w == "last" || w == "this" || w == "next") && d.quote[i] < 0 }
	a := -1
	switch {
	case j+1 < k && edge(j) && (periodWords.has(d.low[j+1]) || seasons[d.low[j+1]]):
		a = j + 2
	case j < k && j-1 >= lo && edge(j-1) && (periodWords.has(d.low[j]) || seasons[d.low[j]]):
		a = j + 1
	}
	if a >= 0 && a < k && d.low[a] == "alone" {
		a++ // "This year alone 20 families said"
	}
	if a < 0 || d.quote[a] >= 0 || d.isPunct(a) || possessiveMark(d.low[a]) || prepositions.has(d.low[a]) || d.low[a] == "to" {
		return j
	}
	if t := d.posAt(a); !(t.IsNoun() || t.IsAdjective() || t == syntax.CD || t == syntax.DT || approxWords[d.low[a]]) {
		return j // (not "used his address this year to call out")
	}
	return a
}

// placeNameGoesOn reports a capitalised word at j, in no person's or
// organisation's name, after another (not in capitals, nor an
// abbreviation): one name the chunker cut ("Prince | Rupert's", "New |
// Hampshire Sen."); not a determiner's capital ("BILLION The sale"), nor a
// day or a month ("On Monday Mayor Jo Doe").
func (d *doc) placeNameGoesOn(j int) bool {
	w := d.low[j-1]
	calendar := func(v string) bool { return (dayWords | months).has(v) }
	return d.capital(j) && d.capital(j-1) && d.posAt(j-1) == syntax.NNP && d.quote[j-1] < 0 && !capStop.has(d.low[j]) &&
		!allCaps(d.word(j-1)) && !strings.HasSuffix(w, ".") && !d.person[j] && !d.org[j] && !d.person[j-1] && !d.org[j-1] &&
		!calendar(w) && !calendar(d.low[j]) // (not "On Monday Mayor Jo Doe said", "In May Larkspur residents")
}

// rateAt reports a rate that opens at token p: "one in four", "6 in 10".
func (d *doc) rateAt(p int) bool {
	return p+2 < len(d.toks) && d.low[p+1] == "in" && (d.posAt(p) == syntax.CD || d.low[p] == "one") && d.posAt(p+2) == syntax.CD
}

// pluralAfterSingular returns where the phrase [j, k] really starts when
// "a" or "an" opens it and a plural noun ends it, which one phrase cannot
// do: a relative clause without "that" after a noun, "a practice
// aviation analysts say …" gives "aviation analysts". Counts keep theirs
// ("a few analysts", "a dozen residents").
func (d *doc) pluralAfterSingular(j, k int) int {
	if !d.indefiniteAt(j) || d.posAt(k) != syntax.NNS || k-j < 2 || k-j > 5 {
		return j
	}
	for i := j + 1; i < k; i++ {
		if countsAfterA[d.low[i]] || shareWords[d.low[i]] || d.toks[i].Kind == tokens.Number || d.isPunct(i) || d.capital(i) || prepositions.has(d.low[i]) ||
			!d.posAt(i).IsNoun() && !d.posAt(i).IsAdjective() {
			return j // (not "A charity helping refugees says")
		}
	}
	for i := j + 1; i < k; i++ {
		if d.posAt(i) == syntax.NN {
			return i + 1
		}
	}
	return j
}

// countsAfterA are the words of a count that "a" opens before a plural
// noun.
var countsAfterA = wordSet("few dozen couple handful number lot host hundred thousand million score total series pair")

// nameStart returns the first token of the person's or organisation's name
// that token j is inside, scanning left not past lo; j when j starts one
// or is in none.
func (d *doc) nameStart(j, lo int) int {
	a := j
	for a-1 >= lo && d.quote[a-1] < 0 && (d.org[a] && d.org[a-1] || d.person[a] && d.person[a-1]) && !subordinators.has(d.low[a-1]) {
		a--
	}
	return a
}

// participleObjectHead is the noun phrase opening the sentence (or its clause
// after a fronted phrase) with the participle after it whose object np is:
// "The union representing the workers" for np "the workers", the subject
// an apposition or a relative clause then describes; else none. A name
// is no participle's object here ("The group backing Jo Doe, who …").
func (d *doc) participleObjectHead(np rng, s rng) rng {
	v := np.a - 1
	if np.len() == 0 || v-1 < s.a || d.capital(v) || d.quote[v] >= 0 || d.person[np.b-1] || d.org[np.b-1] {
		return rng{}
	}
	if p := d.posAt(v); p != syntax.VBG && p != syntax.VBN || auxiliaries.has(d.low[v]) {
		return rng{}
	}
	h := d.leftNP(v-1, s.a)
	if h.len() == 0 || h.b != v || !d.posAt(h.b-1).IsNoun() || d.person[h.b-1] || !(h.a == s.a || d.afterFrontedPP(s, h.a) == h.a) {
		return rng{}
	}
	return rng{h.a, np.b}
}

// isName reports whether tokens [a, b) are all part of person names.
func (d *doc) isName(a, b int) bool { return d.allMarked(d.person, a, b) }

// allMarked reports whether tokens [a, b) are all marked in marks (d.person,
// d.org), and there is at least one.
func (d *doc) allMarked(marks []bool, a, b int) bool {
	if a >= b || b > len(marks) {
		return false
	}
	for i := a; i < b; i++ {
		if !marks[i] {
			return false
		}
	}
	return true
}

// timeBeforeAgent reports an agent's "by" at i after a participle and a
// time ("released in November by", "tabled last fall by"; not "who last
// fall by her own account said"), the participle within lo.
func (d *doc) timeBeforeAgent(i, lo int) bool {
	if d.low[i] != "by" || d.capital(i) {
		return false
	}
	t := d.overTime(i-1, lo)
	return t < i-1 && t >= lo && (d.posAt(t) == syntax.VBN || d.posAt(t) == syntax.VBD) // (the tagger may read the participle as a tense)
}

// seasons name the seasons, which "last" or "this" makes a time ("last
// fall").
var seasons = wordSet(`spring summer fall autumn winter`)

// overTime steps left over a time adjunct between a subject and its verb
// ("Smith on Thursday said", "Smith later Friday told", "Smith last week
// said", "Smith earlier in the day said"), and the adverbs and auxiliaries before it; it returns k unchanged
// when token k ends no time adjunct with a word before it.
func (d *doc) overTime(k, lo int) int {
	if k < lo {
		return k
	}
	j := k
	switch w := d.low[j]; {
	case dayWords.has(w):
		j--
		if j >= lo && (timeWords.has(d.low[j]) || d.low[j] == "on" || d.low[j] == "late" || d.low[j] == "early") && !dayWords.has(d.low[j]) {
			j--
		}
	case months.has(w) && d.capital(j) && j-1 >= lo && (d.low[j-1] == "last" || d.low[j-1] == "this" || d.low[j-1] == "in" || d.low[j-1] == "early" || d.low[j-1] == "late"):
		j -= 2 // "A sign taped to the door last August told": the sign
	case periodWords.has(w) && j-2 >= lo && d.low[j-1] == "past" && (d.low[j-2] == "this" || d.low[j-2] == "the"):
		j -= 3 // "this past week"
	case (periodWords.has(w) || seasons[w]) && j-1 >= lo && (d.low[j-1] == "last" || d.low[j-1] == "this" || d.low[j-1] == "earlier" || d.low[j-1] == "later"):
		j -= 2 // "last week", "last fall"
	case lengthUnits[w] && j+1 < len(d.toks) && (d.low[j+1] == "later" || d.low[j+1] == "earlier") && j-1 >= lo && (d.toks[j-1].Kind == tokens.Number || countWords[d.low[j-1]]):
		j -= 2 // "A reply two days later says": the reply
		if j-1 >= lo && (d.posAt(j) == syntax.VBN || d.posAt(j) == syntax.VBD) && !d.capital(j) && d.posAt(j-1).IsNoun() {
			j-- // "An email sent three weeks later says": the email
		}
	case (periodWords.has(w) || w == "day") && j-3 >= lo && d.low[j-1] == "the" && d.low[j-2] == "in" && edgeTime(d.low[j-3]):
		j -= 4 // "earlier in the day", "late in the week"
	default:
		return k
	}
	j = d.overAux(j, lo)
	if j >= lo && d.low[j] == ")" && d.quote[j] < 0 {
		return j // "Doe (D-Calif.) on Monday said": the parenthesis closes the subject
	}
	if j >= lo && d.low[j] == "," && j-1 >= lo && !d.isPunct(j-1) {
		if d.appositionBefore(j, lo) {
			return j // "Doe, the chair, this past week said": over the apposition
		}
		j-- // "The chair, this past week said": a lone comma
	}
	if j < lo || d.isPunct(j) {
		return k
	}
	return j
}

// lengthUnits and countWords make a length of time: "two days later", "a
// week earlier".
var (
	lengthUnits = wordSet("minute minutes hour hours day days week weeks month months year years")
	countWords  = wordSet("a an one two three four five six seven eight nine ten several few")
	// numberWords are the numbers the determiners hold, which an article
	// or a possessive may open ("the two mayors", "their two sons").
	numberWords = wordSet("two three four five")
)

// edgeTime reports a word that places a time near an edge of a span:
// "earlier in the day", "late in the week".
func edgeTime(w string) bool {
	return w == "earlier" || w == "later" || w == "early" || w == "late"
}

// appositionBefore reports whether the comma at k closes an apposition or
// a relative clause: another comma, outside quotes, opens it within the 30
// tokens before (the window subjectOverPunct looks in).
func (d *doc) appositionBefore(k, lo int) bool {
	for j := k - 2; j >= lo && j >= k-30 && d.quote[j] < 0; j-- {
		if d.low[j] == "," {
			return true
		}
	}
	return false
}

// overAdjunct steps left over a prepositional adjunct between a subject
// and its verb ("residents have for years been saying", "officials in
// recent weeks said") and the auxiliaries before it; it returns k unchanged
// when token k ends no prepositional phrase with a word before it.
func (d *doc) overAdjunct(k, lo int) int {
	np := d.leftNP(k, lo)
	if np.len() == 0 {
		return k
	}
	j := np.a - 1
	if j-1 >= lo && prepositions.has(d.low[j]) && d.temporal(np) && !d.isPunct(j-1) {
		// "Doe earlier in the day said": a temporal phrase before the chunk.
		j--
		j = d.overAux(j, lo)
		if j < lo || d.isPunct(j) {
			return k
		}
		return j
	}
	if !prepositions.has(d.low[np.a]) {
		// "officials in recent weeks": a temporal phrase inside the chunk.
		if last := d.low[np.b-1]; timeNouns.has(last) || periodWords.has(last) || dayWords.has(last) || months.has(last) {
			for p := np.b - 2; p > np.a; p-- {
				if prepositions.has(d.low[p]) {
					return p - 1
				}
			}
		}
		return k
	}
	j = d.overAux(j, lo)
	if j < lo || d.isPunct(j) {
		return k
	}
	return j
}

// chunkLeft returns the first token of the chunk ending at k.
func (d *doc) chunkLeft(k, lo int) int {
	j := k
	if d.capital(k) || possessiveMark(d.low[k]) {
		for j-1 >= lo && k-j < 8 && (d.capital(j-1) || personTitles[d.low[j-1]] || possessiveMark(d.low[j-1]) || d.toks[j-1].Kind == tokens.Number) && (!capStop.has(d.low[j-1]) || d.placeOpener(j-1)) && d.quote[j-1] < 0 {
			j--
		}
		if j-1 >= lo && determiners.has(d.low[j-1]) {
			j--
		}
		if j > k {
			return k
		}
		if a := d.commonBeforeName(j, lo); a < j {
			return a // "his club Rovers", "the newspaper Le Monde"
		}
		// A lower-case head before the name: "campaign manager Kellyanne Conway".
		if j-1 >= lo && roleNouns.has(d.low[j-1]) {
			for j-1 >= lo && !d.isPunct(j-1) && !stops.has(d.low[j-1]) && cueStrength[d.low[j-1]] == 0 && k-j < 7 {
				j--
				if determiners.has(d.low[j]) {
					break
				}
			}
		}
		return j
	}
	n := 0
	for j >= lo && n < 6 {
		w := d.low[j]
		if d.isPunct(j) && !possessiveMark(w) && w != "-" && !d.pluralPossessive(j, lo) || stops.has(w) || j < k && cueStrength[w] > 0 && !d.nounInNP(j) && !d.modifierAfterArticle(j, lo) || d.quote[j] >= 0 || j < k && auxiliaries.has(w) && !determiners.has(w) || j < k && d.finiteInVP(j) && d.posAt(k).IsNoun() {
			break
		}
		n++
		if determiners.has(w) || pronouns[w] != "" && j < k {
			if j-1 >= lo && numberWords[w] && articles.has(d.low[j-1]) && d.low[j-1] != "a" && d.low[j-1] != "an" && d.quote[j-1] < 0 {
				j-- // "the two largest cities", "their three children": the article before the number
			}
			j--
			break
		}
		j--
	}
	if j >= lo && j+1 < k && possessiveMark(d.low[j+1]) && !d.isPunct(j) && d.quote[j] < 0 {
		return d.chunkLeft(j, lo) // a phrase never opens with "'s": "B.C.'s minister responsible for emergency management"
	}
	return j + 1
}

// pluralPossessive reports an apostrophe at token j that ends a plural or
// an -s name's possessive ("the Andrews’ campaign", "the unions' leaders"):
// a bare apostrophe right after a word ending in s, outside quotes.
func (d *doc) pluralPossessive(j, lo int) bool {
	w := d.low[j]
	return (w == "'" || w == "’") && j-1 >= lo && d.quote[j] < 0 && !d.isPunct(j-1) && strings.HasSuffix(d.low[j-1], "s") &&
		d.toks[j-1].End == d.toks[j].Start
}

// commonBeforeName returns the start of a common noun in apposition before
// the name at j, opened by an article or a possessive: "his club Rovers",
// "the daily newspaper Le Monde"; else j. Times and manners are no
// apposition ("the day Smith said", "the way Jones put it").
func (d *doc) commonBeforeName(j, lo int) int {
	n := j - 1
	if n-1 < lo || d.capital(n) || d.quote[n] >= 0 || d.posAt(n) != syntax.NN || stops.has(d.low[n]) || timeNouns.has(d.low[n]) || dayWords.has(d.low[n]) || notAppositive.has(d.low[n]) || cueStrength[d.low[n]] > 0 {
		return j
	}
	a := n - 1
	if a-1 >= lo && (d.posAt(a) == syntax.JJ || d.posAt(a) == syntax.NN) && !d.capital(a) && d.quote[a] < 0 {
		a-- // "the daily newspaper", "its parent company"
	}
	if w := d.low[a]; d.quote[a] < 0 && (w == "the" || w == "his" || w == "her" || w == "its" || w == "their" || w == "our") {
		return a
	}
	return j
}

// localNumber reports a number inside a name before a role and a
// person's name: "said SEIU 775 president Sterling Harders", "Unifor Local
// 444 president Dave Cassidy".
func (d *doc) localNumber(j, hi int) bool {
	return j > 0 && j+2 < hi && d.toks[j].Kind == tokens.Number && d.capital(j-1) && titleWord(d.low[j+1]) && d.capital(j+2)
}

// rightNP returns the noun phrase starting at token k (not past hi): a
// pronoun, a run of capitalised words with titles, or a determiner phrase.
func (d *doc) rightNP(k, hi int) rng {
	if k >= hi || d.quote[k] >= 0 {
		return rng{}
	}
	w := d.low[k]
	switch {
	case subjPronouns.has(w) || objectPronouns.has(w):
		return rng{k, k + 1}
	case d.capital(k) && capStop.has(w) && !personTitles[w] && !determiners.has(w):
		return rng{}
	case d.capital(k) || personTitles[w] && k+1 < hi && d.capital(k+1):
		j := k + 1
		for {
			for j < hi && j < k+8 && (d.capital(j) || personTitles[d.low[j]] || d.low[j] == "of" && j+1 < hi && d.capital(j+1) || d.localNumber(j, hi)) && d.quote[j] < 0 {
				j++
			}
			// "Acme pollster Jane Doe": a role between names.
			m := d.lowerRun(j, hi)
			if m > j && m < hi && m < k+12 && d.capital(m) && titleWord(d.low[m-1]) && d.quote[m] < 0 {
				j = m
				continue
			}
			if j == k+1 && determiners.has(w) && w != "that" {
				return d.determinerPhrase(k, hi) // "The union met …": no name
			}
			if determiners.has(w) && w != "that" {
				// "The Denver crowd cheered", "the Acme news agency Ledo
				// said": the name modifies a noun, with a name after it.
				n := j
				for n < hi && n < j+3 && !d.capital(n) && d.posAt(n).IsNoun() && d.quote[n] < 0 {
					n++
				}
				if n > j {
					for n < hi && n < j+6 && d.capital(n) && d.quote[n] < 0 {
						n++
					}
					return rng{k, n}
				}
			}
			if j == k+1 && !d.person[k] && !d.org[k] && k == d.sents[d.sent[k]].a && (d.posAt(k) == syntax.NN || d.posAt(k) == syntax.NNS || (d.posAt(k) == syntax.NNP || d.posAt(k) == syntax.JJ) && j < hi && d.posAt(j) == syntax.NNS) {
				// A common noun capitalised as a sentence's first word
				// goes on with the nouns after it: "Consumer advocates
				// welcomed the decision but said" (and a first word the
				// tagger reads as a name or an adjective before a plural:
				// "Seed growers", "Dairy farmers").
				for j < hi && j < k+3 && !d.capital(j) && d.posAt(j) == syntax.NNS && d.quote[j] < 0 {
					j++ // (plurals only: not "Hospital workers picket daily but said", a verb read as a noun)
				}
			}
			return rng{k, j}
		}
	case determiners.has(w) && w != "that":
		if partitives.has(w) && k+2 < hi && d.low[k+1] == "of" {
			// "said one of the officials", "told two of Doe's aides":
			// the part of the phrase after "of".
			if np := d.rightNP(k+2, hi); np.len() > 0 {
				if e := np.b; e+1 < hi && possessiveMark(d.low[e]) {
					if m := d.lowerRun(e+1, hi); m > e+1 {
						np.b = m // "one of Doe's aides"
					}
				}
				return rng{k, np.b}
			}
		}
		return d.determinerPhrase(k, hi)
	default:
		m := d.lowerRole(k, hi)
		if m > k && m < hi && d.capital(m) && !dayWords.has(d.low[m]) && d.quote[m] < 0 && !pluralNoun(d.low[m-1]) {
			// "police spokesman Ro Vance": a lower-case role before the
			// name; a plural is no title ("told judges Acme had lied").
			for m < hi && m < k+10 && d.capital(m) && d.quote[m] < 0 {
				m++
			}
			return rng{k, m}
		}
		if m > k+1 && (m >= hi || d.isPunct(m)) || m < hi && dayWords.has(d.low[m]) {
			return rng{k, m} // "said fire officials.", "said supporters Tuesday"
		}
		if roleNouns.has(w) || w == "reporters" || w == "journalists" {
			return rng{k, k + 1}
		}
	}
	return rng{}
}

// determinerPhrase is the phrase from the determiner at k up to a finite
// verb ("the minister declined") or the next phrase's determiner ("told the
// network the plan was dead"), or an empty range.
func (d *doc) determinerPhrase(k, hi int) rng {
	j := k + 1
	limit := k + 7
	for j < hi && j < limit && (!d.isPunct(j) || d.slashName(j, hi)) && !stops.has(d.low[j]) && !prepositions.has(d.low[j]) && (cueStrength[d.low[j]] == 0 || j > k+1 && !(strings.HasSuffix(d.low[j], "ing") && (roleNouns.has(d.low[j-1]) || personNouns.has(d.low[j-1]))) && d.nounInNP(j)) && !auxiliaries.has(d.low[j]) && d.quote[j] < 0 &&
		!(j > k+1 && (articles.has(d.low[j]) || d.finiteVerb(j, j+1))) {
		if d.slashName(j, hi) {
			limit += 2 // "a Kellan Globe/Channel 9 survey": room for the second name
		}
		j++
	}
	if j == k+1 {
		return rng{}
	}
	return rng{k, j}
}

// slashName reports a slash at j joining two capitalised names, as in a
// joint poll's source ("a Globe/Channel 9 survey").
func (d *doc) slashName(j, hi int) bool {
	return d.low[j] == "/" && j > 0 && j+1 < hi && d.capital(j-1) && d.capital(j+1)
}

// roleDescription reports a description [a, b) headed by a person's role
// ("a spokesperson for the city", "the chief executive of Nordhaven
// Mining") whose last word names no organisation of the kind a name could
// stand for ("the editor in chief of the Vatican's official newspaper, L'…
// Romano," names the paper).
func (d *doc) roleDescription(a, b int) bool {
	i := a
	for i < b && (determiners.has(d.low[i]) || d.posAt(i).IsAdjective()) {
		i++
	}
	return i < b && roleNouns.has(d.low[i]) && !orgKindNouns.has(d.low[b-1]) && !anyOrgNouns.has(d.low[b-1])
}

// subjectOverPunct finds the speaker when punctuation separates it from the
// verb: an apposition (`Smith, a former aide, said`), a parenthesis
// (`Gov. Smith (R) said`), or a coordinated verb (`He smiled and said`).
func (d *doc) subjectOverPunct(k int, s rng) rng {
	switch d.low[k] {
	case ")":
		for j := k - 1; j >= s.a && j >= k-8; j-- {
			if d.low[j] == "(" {
				return d.leftNP(j-1, s.a)
			}
		}
	case ",":
		if np := d.frontedAppositive(s, k); np.len() > 0 {
			return np // "In an interview, the union's head, Jo Doe, said"
		}
		ab := d.provinceAt(k-1, s.a)
		if r := ab - 2; r >= s.a && d.low[ab-1] == "," && d.capital(r) && d.regionWithPeriod(ab) && d.quote[r] < 0 {
			// "the 17-year-old from Surrey, B.C., said": the phrase
			// ends at its place's province.
			// (a description holding the place after a preposition, not
			// the place alone: "Jo Doe, 33, of Baldwin, Miss., said")
			np := d.leftNP(r, s.a)
			if np.len() > 0 && np.a < r && d.prepositionIn(np.a, r) {
				if name := d.apposedPersonBefore(rng{np.a, r + 1}, s); name.len() > 0 {
					return name // "Jo Doe, a 58-year-old electrician from Brandon, Man., said": Doe
				}
				return rng{np.a, k}
			}
			if np.a == r && r-2 > s.a && (d.low[r-1] == "of" || d.low[r-1] == "from") && d.low[r-2] == "," {
				if p := d.subjectOverPunct(r-2, s); p.len() > 0 && d.person[p.b-1] {
					return p // "“…,” Jo Doe, 33, of Flint, Mich., said"
				}
			}
		}
		if k-1 > s.a && d.low[k-1] == ")" {
			if np := d.subjectOverPunct(k-1, s); np.len() > 0 && d.person[np.b-1] {
				return np // "…, Gov. Jo Doe (R-Ohio), said"; not "a spokesman for the Acme Party (AP), said"
			}
		}
		// The comma that opens the apposition or relative clause: the nearest
		// one followed by who/which/a/the, else the nearest one.
		first := -1
		opener := d.afterConjunction(s)
		for j := k - 1; j >= s.a && j >= k-30; j-- {
			if d.quote[j] >= 0 {
				break
			}
			if d.low[j] != "," || j > s.a && j+1 < k && d.capital(j-1) && d.regionWithPeriod(j+1) {
				continue // (not the comma of "Troy, Mich.-based Acme")
			}
			if first < 0 {
				first = j
			}
			switch d.low[j+1] {
			case "who", "which", "whose", "a", "an", "the", "its", "his", "her", "their", "whom":
				if w := d.low[j+1]; first > j+2 && w != "who" && w != "which" && w != "whose" && w != "whom" && d.titledName(first+1, k) && !d.finiteVerb(j+1, first) && (!d.prepositionIn(j+1, first) || d.roleDescription(j+1, first)) {
					// "…, surrounded by family, her son, Dr. Jo Doe, said":
					// a description and the name after it.
					return rng{j + 1, k}
				}
				// A phrase with a finite verb in it is a clause ("Although
				// the chief spoke of girls, his deputy, …"), no subject;
				// nor is the object of a fronted preposition ("In an
				// emailed statement, the group's president, Ana Lind, said").
				np := d.leftNP(j-1, s.a)
				if np.len() == 1 && (sentenceAdverbs.has(d.low[np.a]) || d.posAt(np.a) == syntax.CD) && np.a-1 > s.a && d.low[np.a-1] == "," {
					np = d.leftNP(np.a-2, s.a) // "Doe, meanwhile, who …, said", "Doe, 35, the daughter of …, told"
				}
				if d.low[j+1] == "which" && np.len() > 0 && !d.person[np.b-1] && !d.org[np.b-1] && d.nameBeforeComma(s, j) {
					continue // "Jo Doe, an official in the county, which has …, said": a thing's relative clause; the speaker is further left
				}
				if w := d.low[j+1]; w != "who" && w != "which" && w != "whose" && w != "whom" && np.len() > 0 && d.relativeObject(np, s) {
					continue // "Jo Doe, who owns Acme, a 40-truck carrier, said": an apposition to the object of a relative clause; the speaker is further left
				}
				if d.low[j+1] == "the" && first == j && np.len() > 0 && !d.person[np.b-1] && !d.org[np.b-1] && d.allMarked(d.org, j+2, k) && !d.finiteVerb(np.a, np.b) &&
					(np.a == s.a || !prepositions.has(d.low[np.a-1]) && d.low[np.a-1] != "," && d.posAt(np.a-1) != syntax.VBG && d.posAt(np.a-1) != syntax.VBN) {
					// (not inside a phrase: "Jo Doe, the editor of the weekly, The Ledger, said";
					// nor a participle's object: "Jo Doe, representing the owners, the Kestrel Group, said")
					return rng{np.a, k} // "Another group, the Lakeway Ratepayers Association, said": the name in apposition to a description
				}
				if np.len() > 0 && !d.finiteVerb(np.a, np.b) && !(prepositions.has(d.low[opener]) && !d.commaIn(opener, j)) {
					ap := np
					if ap.a-2 >= s.a && prepositions.has(d.low[ap.a-1]) && !d.person[np.b-1] {
						if p := d.leftNP(ap.a-2, s.a); p.len() > 0 {
							ap.a = p.a // "a contestant on the show, who …": the whole description
						}
					}
					if ap.a-2 >= s.a && d.low[ap.a-1] == "," && !d.person[np.b-1] {
						// "Jo Doe, chairman of Acme, the network's arm,
						// said": the description is itself in apposition
						// to the name opening the sentence.
						if e := d.leftNP(ap.a-2, s.a); e.len() > 0 && (e.a == s.a || e.a > s.a && d.afterFrontedPP(s, e.a) == e.a) && d.person[e.b-1] {
							return e
						}
					}
					if h := d.participleObjectHead(np, s); h.len() > 0 {
						return h // "The union representing the workers, which is affiliated with …, said"
					}
					return np
				}
			}
		}
		if first >= 0 {
			np := d.leftNP(first-1, s.a)
			if v := d.coordinatedSubject(np, s); v.a < np.a && d.participleIn(rng{v.a, np.a - 1}) > v.a {
				np = v // "The union representing STO drivers and mechanics, affiliated with the CSN, said"
			} else if h := d.participleObjectHead(np, s); h.len() > 0 {
				np = h // "The union representing the workers, affiliated with the CSN, said"
			}
			if np.len() == 0 && first-1 >= s.a && d.low[first-1] == ")" {
				np = d.subjectOverPunct(first-1, s) // "Rep. Jo Doe (D-Md.), chair of …, said"
			}
			if np.len() == 0 || !d.person[np.b-1] && !d.org[np.b-1] {
				// "Sen. Jo Doe, R-Fla., appearing on television, said":
				// the person or organisation opening the sentence
				// before an earlier comma.
				for j := first - 1; j > s.a; j-- {
					if d.low[j] != "," || d.quote[j] >= 0 {
						continue
					}
					if e := d.leftNP(j-1, s.a); e.a == s.a && e.len() > 0 && (d.person[e.b-1] || d.org[e.b-1]) {
						return e
					}
				}
			}
			a := first + 1
			if a < k && d.low[a] == "the" {
				a++ // "…, the Rev. Jo Roe, said"
			}
			a = d.overTitles(a, k)
			if np.len() > 0 && np.a-1 > s.a && d.person[np.b-1] && a < k && d.person[a] && !d.isPunct(np.a-1) && (d.posAt(np.a-1) == syntax.VBG || d.posAt(np.a-1) == syntax.VBN || prepositions.has(d.low[np.a-1])) {
				// "One pastor supporting Mr. Doe, Dan Roe of Hope Church,
				// said": the name before the comma is an object inside the
				// description; the name in apposition to it speaks.
				if n := d.personEnd(a, k); n == k || !possessiveMark(d.low[n]) { // not a possessor: "…, Jo Roe's aide, said"
					return rng{first + 1, n}
				}
			}
			// "Her deputy, Jo Doe, said": a name in apposition to a
			// description is the mention to resolve, with the description
			// (the attribution starts there: "“…,” the mayor, Jo Doe,
			// said" quotes no "the mayor").
			// A title before the name is part of it ("…, General Jo Doe,").
			n := d.overTitles(first+1, k-1)
			for j := n; j+1 < k && j < n+3 && !d.capital(j); j++ {
				if (occupations[d.low[j]] || roleNouns.has(d.low[j])) && d.person[j+1] {
					n = j + 1 // "The report's author, (labour) economist Jo Doe, said": a name after its occupation
					break
				}
				if p := d.posAt(j); !p.IsNoun() && !p.IsAdjective() {
					break // (a modifier only: not "The city's lawyer, citing economist Jo Doe, said")
				}
			}
			if n+1 < k && (isAge(d.low[n]) || strings.HasSuffix(d.low[n], "-based")) {
				n++ // "Another victim, 82-year-old Jo Doe, wrote", "One of them, Mississauga-based Halvorsen Generics, said"
			}
			if np.len() > 0 && !d.person[np.b-1] && (d.isName(n, k) || d.person[n] && d.affiliationTail(d.personEnd(n, k))) {
				return rng{np.a, k} // (and "…, Jo Doe of Cole Harbour, wrote")
			}
			return np
		}
	case "–", "—", "--", "―":
		// A dashed apposition: "Jo Doe — a teacher from Ohio — says".
		for j := k - 1; j >= s.a && j >= k-20; j-- {
			if d.quote[j] >= 0 {
				break
			}
			if d.low[j] == d.low[k] {
				return d.leftNP(j-1, s.a)
			}
		}
	case "and", "but", "then":
		// The subject of the clause: after a fronted participle or
		// adjunct ("Asked X, he laughed and said"), else of the sentence
		// after its dateline ("OTTAWA — Doe smiled and said").
		if e := d.datelineEnd(s.a); e > s.a && e < k {
			s.a = e
		}
		a := s.a
		for j := k - 2; j > s.a && j > k-12; j-- {
			if d.low[j] == "," && d.quote[j] < 0 {
				a = j + 1
				if a+1 < k && coordinators.has(d.low[a]) {
					// "My parents were gone, and a neighbor came in and
					// told me"; not a time ("…, and the next day flew
					// home and told them"), whose subject is further left.
					if np := d.rightNP(a+1, k); np.len() > 0 && !d.temporal(np) && !d.temporal(rng{np.a, np.a + 1}) {
						a++
					}
				}
				break
			}
		}
		if a > s.a && a < k && d.posAt(a).IsVerb() {
			// "…, Jo Doe, 70, said X but added": the comma closes an
			// apposition before the first verb; its subject is before it.
			if np := d.subjectOverPunct(a-1, s); np.len() > 0 && !d.verbIn(np.b, a-1) {
				return np // not "He looked into the camera, frowned and said"
			}
		}
		np := d.rightNP(a, k)
		if a > s.a && np.len() > 0 && !d.verbIn(np.b, k) {
			// The comma is inside a list ("lowered limits for Heathrow,
			// Gatwick and Stansted and announced"): no verb after it.
			np = rng{}
		}
		if np.len() == 0 || prepositions.has(d.low[a]) {
			a, np = s.a, d.rightNP(s.a, k)
		}
		np = d.withPossessed(np, k) // "Doe's spokesman said X, but indicated Y"
		if np.len() == 1 && d.posAt(np.a) == syntax.PRPS {
			np.b = d.kinAfter(np.b, k, np.b) // "Her husband, Jo Doe, spent … and says"
		}
		if np.len() > 0 && !prepositions.has(d.low[a]) {
			return np
		}
		if prepositions.has(d.low[a]) {
			// "At the meeting some members left early and said": the
			// subject after a fronted phrase with no comma, before the
			// first verb; after a fronted clause ("Before the vote began
			// the senators met and said"), before its second.
			var fin []int
			for v := a + 2; v < k && len(fin) < 2; v++ {
				if isFinite(d.posAt(v)) {
					fin = append(fin, v)
				}
			}
			if len(fin) == 2 && subordinators.has(d.low[a]) {
				fin = fin[1:]
			}
			for j := a + 1; len(fin) > 0 && j < fin[0]; j++ {
				if w := d.low[j]; w == "who" || w == "which" || w == "that" {
					fin = nil // "the coach who leads the team smiled and said": not "the team"
				}
			}
			if len(fin) > 0 {
				if np := d.leftNP(fin[0]-1, s.a); np.len() > 0 {
					if sub := d.subjectAfterFrontedPP(a, rng{a, np.b}, k); sub.len() > 0 {
						return sub
					}
				}
			}
		}
		// "On Thursday, Doe said X, and suggested Y": the sentence's
		// subject after its fronted adjunct.
		return d.sentenceSubject(s, k)
	}
	return rng{}
}

// verbIn reports a verb of any form among tokens [a, b).
func (d *doc) verbIn(a, b int) bool {
	for i := a; i < b; i++ {
		if d.posAt(i).IsVerb() {
			return true
		}
	}
	return false
}

// sentenceSubject is the first pronoun or name in sentence s before token
// end, outside quotes: the subject a participle clause ("saying …") shares.
// A sentence opening with a determiner has its subject there, in lower case
// too ("The union met Premier Doe …, speaking about wages"), when the phrase
// names someone who can speak (not "The idea of …", not "This week, …").
func (d *doc) sentenceSubject(s rng, end int) rng {
	if e := d.datelineEnd(s.a); e > s.a && e < end {
		s.a = e // "OTTAWA — Doe spoke, saying": a dateline is no subject
	}
	if np := d.mainSubject(s, end, false); np.len() > 0 {
		return np // "Minutes later, the campaign issued a statement saying"
	}
	if w := d.low[s.a]; determiners.has(w) && w != "that" || quantifierSubjects.has(w) {
		np := d.rightNP(s.a, end)
		if np.len() > 0 && np.b+1 < end && possessiveMark(d.low[np.b]) {
			m := np.b + 1
			for m < end && m < np.b+4 && d.toks[m].Kind == tokens.Word && !d.capital(m) && (d.posAt(m).IsNoun() || d.posAt(m).IsAdjective()) && d.quote[m] < 0 {
				m++
			}
			if m > np.b+1 && d.posAt(m-1).IsNoun() && personNoun(d.low[m-1]) {
				// "The man's sister posted a photo, writing that …": the
				// sister, not the man (not "The senator's answer was …",
				// the senator's)
				np.b = m
				if m+1 < end && d.low[m] == "," && !d.capital(m+1) {
					return np // "The man's sister, who lives in Larkspur, posted …, writing": the sister, not a name in her clause
				}
			}
		}
		for j := np.a + 1; j < np.b; j++ {
			if isFinite(d.posAt(j)) {
				np.b = j // "The retired banker opened by talking about …"
				break
			}
		}
		plural := np.len() > 0 && quantifierSubjects.has(w) && d.posAt(np.b-1) == syntax.NNS && !d.verbIn(np.a, np.b) // "Both parents …, saying"
		// (people named by what they do: "The vendors signed a letter saying")
		agents := np.len() > 0 && d.posAt(np.b-1) == syntax.NNS && d.peoplePlural(d.low[np.b-1]) && !d.verbIn(np.a, np.b) &&
			!(end-2 > np.b && d.low[end-2] == "," && d.posAt(end-1).IsNoun()) // (not an absolute phrase's own subject: "…, police saying")
		if np.len() > 0 && (np.b >= end || d.low[np.b] != ",") && (d.canSpeak(np) || (orgNoun(d.low[np.b-1]) || placeKinds[d.low[np.b-1]] != 0) && d.activeBody(np, end) || plural || agents) {
			return np
		}
	}
	// The object of a fronted prepositional phrase is no subject ("In a
	// speech from Ohio -- … -- Doe argued"); with none after it, the first
	// name anywhere.
	if from := d.afterFrontedPP(s, end); from > s.a {
		if np := d.subjectFrom(s, from, end); np.len() > 0 {
			return np
		}
	}
	return d.subjectFrom(s, s.a, end)
}

// actingIt reports "it" opening sentence s before a verb of an agent
// ("It called on the government to …, saying", "It goes on to fault …,
// saying"), which stands for a body or a text named before; not the "it"
// of "It is time", "It's a big if", "It seems", "It rained", "It began
// raining".
func (d *doc) actingIt(i int, s rng, end int) bool {
	return i == s.a && i+1 < end && isFinite(d.posAt(i+1)) && !auxiliaries.has(d.low[i+1]) && !d.contractedAux(i+1, s) && !impersonalVerbs[d.low[i+1]]
}

// impersonalVerbs follow an "it" that stands for no one: "It seems …",
// "It took years", "It remains unclear", the weather and the start or
// end of something ("It rained", "It began raining").
var impersonalVerbs = wordSet(`seems seemed appears appeared remains remained happens happened takes took depends depended
	means meant matters mattered follows followed comes came looks looked sounds sounded feels felt
	rains rained snows snowed pours poured hails hailed freezes froze thaws thawed clears cleared
	begins began starts started stops stopped continues continued ends ended gets got turns turned`)

// activeBody reports a body's or a place's description np as the subject
// of the verb after it that a participle at end may share: not a
// possessor ("The province's Hydrologic Forecast Centre"), the subject of
// a passive ("The hospital was locked down"), nor one of another
// subject standing before the participle ("…, police saying").
func (d *doc) activeBody(np rng, end int) bool {
	if np.b >= end || possessiveMark(d.low[np.b]) {
		return false
	}
	if beForms[d.low[np.b]] && np.b+1 < end && (d.posAt(np.b+1) == syntax.VBN || d.posAt(np.b+1) == syntax.VBD) {
		return false
	}
	e := d.leftNP(end-1, np.b+1)
	return !(e.len() > 0 && e.a-1 > np.b && d.low[e.a-1] == ",") // an absolute construction's own subject: "…, police saying", "…, utility officials saying"
}

// countOpensSubject is the plural noun phrase a count at i opens, set
// off by a comma, the subject of the sentence it opens: "Four First
// Nations, led by …", "Three unions, backed by …"; else empty.
func (d *doc) countOpensSubject(i, end int) rng {
	if !(d.posAt(i) == syntax.CD || numberWords[d.low[i]]) || d.toks[i].Kind == tokens.Number {
		return rng{} // (not a year or a sum: "2024, …")
	}
	if np := d.rightNP(i, end); np.len() > 1 && np.b < end && d.low[np.b] == "," && (d.posAt(np.b-1) == syntax.NNS || d.posAt(np.b-1) == syntax.NNPS) {
		return np
	}
	return rng{}
}

// subjectFrom is the first pronoun or name in sentence s from token from
// to end, outside quotes.
func (d *doc) subjectFrom(s rng, from, end int) rng {
	for i := from; i < end; i++ {
		if d.quote[i] >= 0 {
			continue
		}
		w := d.low[i]
		if subjPronouns.has(w) && (w != "it" || d.actingIt(i, s, end)) && w != "who" && w != "you" {
			return rng{i, i + 1}
		}
		if i == s.a {
			if np := d.countOpensSubject(i, end); np.len() > 0 {
				return np // "Four First Nations, led by …, challenged the approval, arguing": the four
			}
		}
		if i == s.a && !d.posAt(i).IsNoun() && !personTitles[w] && !(d.capital(i) && i+1 < end && isFinite(d.posAt(i+1))) {
			continue // a fronted adverb or adjective: "Early in his campaign, Doe …" (not a name read as one: "Oyelaran-Smith repeated the call")
		}
		if d.capital(i) && (!capStop.has(w) || personTitles[w]) {
			if np := d.rightNP(i, end); np.len() > 0 {
				if cs := d.clauseSubjectAt(i, end); cs.a == i && cs.b > np.b && !possessiveMark(d.low[np.b]) && !d.isPunct(np.b) && d.posAt(np.b).IsNoun() && (d.canSpeak(cs) || d.posAt(cs.b-1) == syntax.NNS) {
					return cs // "Thai army commanders reject X, saying": the name modifies the subject's head
				}
				if k := np.b; k < end && !d.capital(k) && (groupNouns.has(d.low[k]) || roleNouns.has(d.low[k]) || d.groupAfterName(k, end)) && d.posAt(k).IsNoun() && d.quote[k] < 0 {
					return rng{np.a, k + 1} // "Hamilton police have charged …, and say": the police; "Potato farmers on Prince Edward Island are asking …, saying": the farmers
				}
				if np.b+1 < end && possessiveMark(d.low[np.b]) {
					if own := d.rightNP(np.b+1, end); own.len() > 0 && d.canSpeak(own) {
						return rng{np.a, own.b} // "Gov. Jo Doe's aide Sam Roe quit, saying": the aide
					}
				}
				return np
			}
		}
	}
	return rng{}
}

// groupAfterName reports a plural noun for a group at token k, after a
// name that modifies it, that ends the phrase: a preposition, a finite
// verb, a modal, a comma or "who" follows ("Potato farmers on Prince
// Edward Island are asking", "Syrian hackers hijacked"; not "Ms. Hughes
// avoids politics", a verb read as a noun).
func (d *doc) groupAfterName(k, end int) bool {
	if d.posAt(k) != syntax.NNS || !pluralNoun(d.low[k]) || orgNoun(d.low[k]) {
		return false
	}
	if k+1 >= end {
		return false // (the cue right after: "Ms. Hughes avoids discussing")
	}
	n := d.low[k+1]
	return prepositions.has(n) || isFinite(d.posAt(k+1)) || d.posAt(k+1) == syntax.MD || n == "," || n == "who"
}

// nameBeforeComma reports a person or an organisation right before a
// comma earlier than token j in sentence s ("Jo Doe, an official in the
// county, which …": Jo Doe), not a fronted word ("Meanwhile, the agency,
// which …").
func (d *doc) nameBeforeComma(s rng, j int) bool {
	for c := j - 1; c > s.a; c-- {
		if d.low[c] == "," && d.quote[c] < 0 && !d.commaInNamedList(c, j) {
			return d.person[c-1] || d.org[c-1]
		}
	}
	return false
}

// commaInNamedList reports a comma at c between two capitalised words with
// "and" and a capitalised word after it before j: a comma inside a name
// that lists ("the Fish, Food and Allied Workers union").
func (d *doc) commaInNamedList(c, j int) bool {
	if c+1 >= j || !d.capital(c-1) || !d.capital(c+1) {
		return false
	}
	for k := c + 2; k+1 < j && k <= c+4; k++ {
		if d.low[k] == "and" && d.capital(k+1) {
			return true
		}
	}
	return false
}

// relativeObject reports a noun phrase that is the object of a relative
// clause set off by a comma: ", who owns Acme".
func (d *doc) relativeObject(np rng, s rng) bool {
	v := np.a - 1
	if v-2 < s.a || !isFinite(d.posAt(v)) || auxiliaries.has(d.low[v]) {
		return false
	}
	for j := v - 1; j > s.a && j >= v-3; j-- {
		switch d.low[j] {
		case "who", "which":
			return d.low[j-1] == ","
		case ",":
			return false
		}
	}
	return false
}

// comparatives open a comparison with "than" inside a phrase.
var comparatives = wordSet(`more less fewer rather other greater larger smaller longer`)

// overRelatives applies overRelative over nested relative clauses:
// "Parents who spoke during the question period that preceded the vote
// argued" → "Parents".
func (d *doc) overRelatives(np rng, s rng) rng {
	for n := 0; n < 3; n++ {
		r := d.overRelative(np, s)
		if r == np {
			break
		}
		np = r
	}
	return np
}

// overRelative moves a subject found inside a relative clause to the noun
// it modifies: "officials who spoke with the Post said" → "officials", "A
// manufacturer that has operated in the city for more than four decades
// says" → "A manufacturer".
func (d *doc) overRelative(np rng, s rng) rng {
	if np.a-1 >= s.a && coordinators.has(d.low[np.a-1]) {
		return np // "cells that can turn into any tissue and researchers hope": a clause of its own
	}
	if np.len() == 1 && relativePronouns[d.low[np.a]] && np.a-1 >= s.a && d.posAt(np.a-1).IsNoun() {
		// A relative pronoun after its noun speaks for it: "a decision
		// that disappointed the scientists who warned …" is the
		// scientists', not the decision's.
		return np
	}
	for j := np.a - 1; j >= s.a && j >= np.a-12; j-- {
		w := d.low[j]
		if d.isPunct(j) && !possessiveMark(w) || d.quote[j] >= 0 || subordinators.has(w) && !(w == "than" && j-1 >= s.a && comparatives[d.low[j-1]]) && !(w == "since" && j+1 < len(d.toks) && d.toks[j+1].Kind == tokens.Number && len(d.low[j+1]) == 4) {
			break // "an effect that is common when criminals know" (not "for more than four decades", "since 2001"; but "after 200 residents said")
		}
		if w == "who" || w == "whom" || w == "whose" {
			if r := d.leftNP(j-1, s.a); r.len() > 0 {
				return r
			}
			break
		}
		if (w == "that" || w == "which") && j+1 == np.a && np.len() >= 2 && d.relativeVerbReadAsModifier(np, s) {
			// "The Steelworkers local that represented smelter workers
			// said": the clause's verb, read as an adjective, is no part
			// of the speaker; the phrase before "that" is.
			if r := d.leftNP(j-1, s.a); r.len() >= 2 && (determiners.has(d.low[r.a]) || d.capital(r.a)) {
				return r
			}
			break
		}
		if w == "that" && j+1 == np.a && j-1 >= s.a && (d.low[j-1] == "and" || d.posAt(j-1).IsNoun()) {
			break // the subject of the relative clause "that" opens: "a decision that musicians welcomed Thursday and that the industry warned …" (not "Critics who say that the province …")
		}
		if w == "that" && j-1 >= s.a && j+1 < np.a && !whWords.has(d.low[np.a]) && !subjPronouns.has(d.low[np.a]) && (d.posAt(j-1) == syntax.NNS || d.posAt(j-1) == syntax.NN || d.properNounBeforeRelative(j)) && (isFinite(d.posAt(j+1)) || auxiliaries.has(d.low[j+1])) {
			// "groups that have endorsed him say", "the mayor of a First
			// Nation that was forced to evacuate said": a relative clause
			// whose subject is the noun before "that".
			if r := d.leftNP(j-1, s.a); r.len() > 0 {
				return r
			}
			break
		}
		if w == "which" && j-2 >= s.a && prepositions.has(d.low[j-1]) && !d.isPunct(j-2) && d.finiteVerb(j+1, np.a) {
			// "A maker in which Acme has a stake said": the maker, not
			// the object inside the clause (its subject speaks: "a year
			// in which most voters said").
			if r := d.leftNP(j-2, s.a); r.len() > 0 {
				return r
			}
			break
		}
	}
	return np
}

// properNounBeforeRelative reports a name before the "that" at j which
// opens a relative clause: the name is capitalised and "that" is followed
// at once by a verb's past, modal or auxiliary ("a First Nation that was
// forced to evacuate"), never by a noun or pronoun, which would make "that"
// a conjunction ("told Reuters that Acme was").
func (d *doc) properNounBeforeRelative(j int) bool {
	if p := d.posAt(j - 1); (p != syntax.NNP && p != syntax.NNPS) || !d.capital(j-1) {
		return false
	}
	return auxiliaries.has(d.low[j+1]) || d.posAt(j+1) == syntax.VBD || d.posAt(j+1) == syntax.MD
}

// datelineEnd returns the first token after a dateline that starts at token
// a, the first of its paragraph ("OTTAWA —", "SPRINGFIELD, Ill. –",
// "PORTVILLE (Wire) —"), or a when there is none: words in capitals, then
// optionally a comma and a short place, a date ("WASHINGTON, Dec. 8
// (Wire) —") or a bracketed agency, then a dash.
func (d *doc) datelineEnd(a int) int {
	p := d.paras[d.para[a]]
	if a != p.a {
		return a
	}
	i := a
	for i < p.b && i < a+4 && (d.toks[i].Kind == tokens.Word && allCaps(d.word(i)) || i > a && (d.word(i) == "'S" || d.word(i) == "’S")) {
		i++ // (and the possessive of "ST. JOHN'S —")
	}
	if i == a {
		return d.agencyDatelineEnd(a, p.b)
	}
	for j := 0; i < p.b && j < 8 && !d.isDashTok(i); j++ {
		w := d.low[i]
		if !(w == "," || w == "(" || w == ")" || w == "." || d.capital(i) || allCaps(d.word(i)) || d.toks[i].Kind == tokens.Number) {
			return a
		}
		i++
	}
	if i < p.b && d.isDashTok(i) && i+1 < p.b {
		return i + 1
	}
	return a
}

// agencyDatelineEnd is datelineEnd for a place in title case before a news
// agency in parentheses: "New York (AFP) – …". Without the parentheses a
// capitalised phrase before a dash may be a subject ("Jo Doe – the
// mayor – said").
func (d *doc) agencyDatelineEnd(a, end int) int {
	i := a
	for i < end && i < a+3 && d.toks[i].Kind == tokens.Word && d.capital(i) {
		i++
	}
	if i == a || i+3 >= end || d.low[i] != "(" || !allCaps(d.word(i+1)) || d.low[i+2] != ")" || !d.isDashTok(i+3) {
		return a
	}
	return i + 4
}

// allCaps reports whether w has at least two letters, all upper case.
func allCaps(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// modifierAfterArticle reports a past form right after an article, an
// adjective however the cue table reads it: "the agreed facts", "an
// announced plan".
func (d *doc) modifierAfterArticle(j, lo int) bool {
	return j-1 >= lo && articles.has(d.low[j-1]) && pastForm(d.low[j]) && d.quote[j-1] < 0
}

// finiteInVP reports a finite verb at token j that the chunker puts in a
// verb phrase: no word of the noun phrase before it ("The new rules angered
// business owners, who said": the owners).
func (d *doc) finiteInVP(j int) bool {
	return isFinite(d.posAt(j)) && d.chunkAt(j) == syntax.VP && !d.capital(j)
}

// nounInNP reports whether token j is a noun inside a noun chunk, as a
// word of the cue table can be ("the state news agency", "a report
// writer"), or as the possessor before "'s" ("the state's governor").
func (d *doc) nounInNP(j int) bool {
	if j+1 >= len(d.toks) || d.chunkAt(j) != syntax.NP || !d.posAt(j).IsNoun() {
		return false
	}
	return d.chunkAt(j+1) == syntax.NP && d.posAt(j+1).IsNoun() || d.posAt(j+1) == syntax.Possessive
}

// roleBeforeName returns the first token of the name after a lower-case
// role of up to three words starting at k ("police spokesman Ro Vance"),
// or k when there is none.
func (d *doc) roleBeforeName(k, hi int) int {
	m := d.lowerRole(k, hi)
	if m > k && m < hi && d.capital(m) && !dayWords.has(d.low[m]) && d.quote[m] < 0 {
		return m
	}
	return k
}

// lowerRole returns the end of a lower-case phrase of up to three words
// starting at k that ends in a role noun or a title ("police spokesman",
// "fire officials"), or k when there is none.
func (d *doc) lowerRole(k, hi int) int {
	m := k
	for m < hi && m < k+3 && d.toks[m].Kind == tokens.Word && !d.capital(m) && !(stops | prepositions | determiners).has(d.low[m]) && d.quote[m] < 0 {
		m++
	}
	if m > k && titleWord(d.low[m-1]) {
		return m
	}
	return k
}

// lowerRun returns the end of a run of up to three lower-case words from k
// with no stop word or preposition, outside quotes ("pollster" in "Acme
// pollster Jane Doe"); k when there is none.
func (d *doc) lowerRun(k, hi int) int {
	m := k
	for m < hi && m < k+3 && d.toks[m].Kind == tokens.Word && !d.capital(m) && !(stops | prepositions).has(d.low[m]) && d.quote[m] < 0 {
		m++
	}
	return m
}

// overAux steps left from token j over auxiliaries and adverbs ("has also
// said"), not past lo.
func (d *doc) overAux(j, lo int) int {
	for j >= lo && (auxiliaries.has(d.low[j]) || d.adverbAt(j)) {
		j--
	}
	return j
}

// withPossessed extends a possessor to the phrase it possesses, before end:
// "Doe's spokesman", "the factory's union secretary" speak, not Doe or the
// factory ("She's a member" is no possessor).
func (d *doc) withPossessed(np rng, end int) rng {
	if np.len() == 0 || np.b+1 >= end || !possessiveMark(d.low[np.b]) || subjPronouns.has(d.low[np.b-1]) {
		return np
	}
	if h := d.rightNP(np.b+1, end); h.len() > 0 && h.a == np.b+1 {
		np.b = h.b
	} else {
		np.b = d.kinAfter(np.b+1, end, np.b) // "Jo Doe's husband, Sam Doe, spent …"
	}
	return np
}

// kinAfter is the end of a kinship noun at token a before end ("husband"),
// or none.
func (d *doc) kinAfter(a, end, none int) int {
	if a < end && kinNouns.has(d.low[a]) && d.quote[a] < 0 {
		return a + 1
	}
	return none
}

// overTitles steps over the titles that open a name at a ("Gen.", "Dr."),
// not to hi or beyond.
func (d *doc) overTitles(a, hi int) int {
	for a < hi && personTitles[d.low[a]] {
		a++
	}
	return a
}

// provinceAt is the first token of a province's abbreviation that ends at
// token e: e for one token ("B.C."), e-1 for the word and its period
// split ("Man" "."), not before lo.
func (d *doc) provinceAt(e, lo int) int {
	if e-1 > lo && d.low[e] == "." && d.regionWithPeriod(e-1) {
		return e - 1
	}
	return e
}

// regionWithPeriod reports a state's or province's abbreviation at token i
// with its period ("Mich.", "Sask" "."): not "Man Group" or "La Presse".
func (d *doc) regionWithPeriod(i int) bool {
	next := ""
	if i+1 < len(d.low) {
		next = d.low[i+1]
	}
	return ner.IsRegionAbbrevAt(d.word(i), next)
}

// relativeVerbReadAsModifier reports a noun phrase np right after a
// relative pronoun whose first word is a past form the tagger read as a
// modifier ("represented smelter workers"), before a verb of speech
// followed by a preposition, "that", a comma or a quotation ("said in a
// statement that"): the relative clause's own verb and object. Not "a
// report that elected officials said was flawed" nor "the bylaw that
// concerned residents say they were never consulted on", object
// relatives whose subject is inside.
func (d *doc) relativeVerbReadAsModifier(np, s rng) bool {
	if pos := d.posAt(np.a); !pastForm(d.low[np.a]) || pos != syntax.JJ && pos != syntax.VBN && pos != syntax.VBD {
		return false
	}
	v := np.b + 1 // the word after the cue verb at np.b: a preposition, "that", a comma or a quotation, never a clause
	return np.b < s.b && v < s.b && (prepositions.has(d.low[v]) || d.low[v] == "that" || d.low[v] == "," || d.quote[v] >= 0)
}

// loneAdverbs are adverbs, besides those of isAdverb and focusAdverb, that
// can end the words before a verb but no noun phrase: "Officials there
// say", "almost said", "So said".
var loneAdverbs = wordSet(`there here almost so somehow indeed well much very longer yet really nearby`)

// peoplePlural reports a plural noun that names people by what they do or
// are (or bodies of them): "vendors", "growers", "strikers", "tenants",
// "departments"; not "numbers", "papers", "monitors".
func (d *doc) peoplePlural(w string) bool {
	one := strings.TrimSuffix(w, "s")
	return roleNouns.has(w) || groupNouns.has(one) || occupations[one] || personNouns.has(one) || roleNouns.has(one) || peoplePlurals[w]
}

// peoplePlurals are plurals of people that no other list holds.
var peoplePlurals = wordSet(`vendors growers producers strikers protesters demonstrators tenants renters shoppers drivers parents
	families patients neighbours neighbors homeowners landowners landlords merchants retailers members volunteers advocates organizers
	organisers operators owners users customers passengers commuters farmers fishers harvesters investors donors sponsors suppliers
	buyers sellers lenders bidders survivors hunters anglers cyclists skaters villagers petitioners environmentalists exhibitors
	beekeepers employers employees fans athletes coaches paramedics trustees`)
