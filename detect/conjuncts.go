package detect

import (
	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/detect/syntax"
)

// Subjects the cue scans find in part: the second conjunct of a
// coordination, a place name opening with a closed-class word, the object of
// an infinitive inside a participle clause.

// coordinated widens a subject to its coordination when "and" joins it to a
// noun phrase that opens the clause ("Both Doe and her campaign said",
// "Many teachers and some parents say", "He and two aides said"). A verb in
// the third person singular ("says") agrees with the last conjunct only, and
// a conjunct after a verb is its object ("Doe met Lee and aides said").
func (d *doc) coordinated(np rng, s rng, verb int) rng {
	and := np.a - 1
	if np.len() == 0 || and-1 < s.a || d.low[and] != "and" || d.posAt(verb) == syntax.VBZ || d.quote[and] >= 0 {
		return np
	}
	left := d.leftNP(and-1, s.a)
	if left.len() == 0 || !d.nominal(left) {
		return np
	}
	if p := left.a - 1; p >= s.a {
		switch w := d.low[p]; {
		case w == "both":
			left.a = p
		case d.isPunct(p) && d.quote[p] < 0, subordinators.has(w), w == "that", w == "but":
		default:
			return np
		}
	}
	return rng{left.a, np.b}
}

// placeOpener reports whether the closed-class word at j opens a proper
// name here ("New" in "New York"): capitalised inside the sentence and
// tagged a proper noun.
func (d *doc) placeOpener(j int) bool {
	return d.low[j] == "new" && j > 0 && !d.isPunct(j-1) && d.posAt(j) == syntax.NNP && d.capital(j+1)
}

// temporal reports whether the noun phrase np ends in a word of time ("the
// day", "recent weeks", "Monday").
func (d *doc) temporal(np rng) bool {
	last := d.low[np.b-1]
	return (timeNouns | periodWords | dayWords | months).has(last) || last == "day"
}

// overInfinitive steps left over the infinitive whose object np is, to the
// participle it depends on ("activists hoping to block Doe say" → before
// "hoping"), and returns the token before np when there is none.
func (d *doc) overInfinitive(np rng, s rng) int {
	j := np.a - 1
	if j-1 >= s.a && (d.low[j] == "and" || d.low[j] == "or") && (d.posAt(j-1) == syntax.NN || d.posAt(j-1) == syntax.NNS) && !d.capital(j-1) {
		j -= 2 // a coordinated object: "to obtain work and residence rights"
	}
	if j-2 >= s.a && d.posAt(j) == syntax.VB && (d.low[j-1] == "or" || d.low[j-1] == "and") && d.posAt(j-2) == syntax.VB {
		j -= 2 // coordinated verbs: "to renew or obtain"
	}
	if j-2 >= s.a && d.posAt(j) == syntax.VB && d.low[j-1] == "to" && d.posAt(j-2) == syntax.VBG {
		return j - 2
	}
	return np.a - 1
}

// conjoined reports whether the speaker phrase np coordinates a name or a
// pronoun with another phrase ("Doe and her campaign", "He and two aides"):
// no one entity is its speaker, so it stays the phrase as written. An "and"
// inside a name ("the Truth and Justice Party") joins no conjuncts.
func (d *doc) conjoined(np rng) bool {
	if np.len() == 3 && d.low[np.a+1] == "," && d.headlineList(np.a, np.a+2) {
		return true // "Truckers, exporters say": a headline's two groups, whatever the tagger read
	}
	for m := np.a + 1; m < np.b-1; m++ {
		if d.low[m] != "and" || d.person[m] || d.org[m] || d.titlesBeforeName(m, np.b) {
			continue
		}
		for _, side := range []rng{{np.a, m}, {m + 1, np.b}} {
			for i := side.a; i < side.b; i++ {
				if d.person[i] || d.org[i] || subjPronouns.has(d.low[i]) {
					return true
				}
			}
		}
	}
	return false
}

// titlesBeforeName reports an "and" at m joining two titles of one person
// named after them: "Chairman and Chief Executive Jo Doe", "president and
// chief executive officer Jo Doe".
func (d *doc) titlesBeforeName(m, end int) bool {
	if m < 1 || !titleWord(d.low[m-1]) || groupNouns.has(d.low[m-1]) || pluralNoun(d.low[m-1]) || d.capital(m-1) != d.capital(m+1) {
		return false // "Officials and Senator Jo Doe", "The mayor and Governor Jo Doe": two speakers
	}
	if m >= 2 && determiners.has(d.low[m-2]) {
		return false // "The judge and prosecutor Jo Doe"
	}
	j := m + 1
	for j < end && !d.person[j] && (titleWord(d.low[j]) || d.low[j] == "chief") {
		j++
	}
	return j > m+1 && j < end && d.person[j]
}

// titleWord reports a role noun or a person's title.
func titleWord(w string) bool { return roleNouns.has(w) || personTitles[w] }

// phraseMention is the mention of a speaker phrase that names no one entity.
func (d *doc) phraseMention(np rng, ments *[]ment, x *mentIndex) int {
	if mi, ok := x.np[np]; ok {
		return mi
	}
	*ments = append(*ments, ment{a: np.a, b: np.b, label: annot.LabelPerson, typ: annot.MentionNominal, ent: -1, conf: 0.6})
	x.np[np] = len(*ments) - 1
	return len(*ments) - 1
}

// nominal reports whether the phrase r ends in a noun, a pronoun or an
// adjective sharing the next conjunct's noun ("current and former aides")
// and holds no verb: a conjunct, not a clause ("his agency declined to
// comment") or a year ("since 2010").
func (d *doc) nominal(r rng) bool {
	if p := d.posAt(r.b - 1); !p.IsNoun() && !p.IsPronoun() && !p.IsAdjective() && !subjPronouns.has(d.low[r.b-1]) && !d.capital(r.b-1) {
		return false
	}
	for i := r.a; i < r.b; i++ {
		if d.posAt(i).IsVerb() && !d.capital(i) || d.low[i] == "to" {
			return false
		}
	}
	return true
}

// afterFrontedPP returns the first token after a prepositional phrase that
// opens sentence s and ends at a comma or a dash, over a parenthesis set off
// by a second dash ("In a speech from Ohio -- which votes next week --
// Doe argued"): its object is no subject. It returns s.a when the sentence
// opens otherwise.
func (d *doc) afterFrontedPP(s rng, end int) int {
	if !prepositions.has(d.low[s.a]) || subordinators.has(d.low[s.a]) {
		return s.a
	}
	for i := s.a + 1; i < end && i < s.a+12; i++ {
		if d.quote[i] >= 0 {
			return s.a
		}
		if d.low[i] == "," {
			return i + 1
		}
		if d.isDashTok(i) {
			for j := i + 1; j < end && j < i+15; j++ {
				if d.low[j] == d.low[i] {
					return j + 1
				}
			}
			return i + 1
		}
	}
	return s.a
}

// infinitiveOf reports a cue after "to" at token k ("wanted to tell",
// "used the address to call out"): the clause's subject is its speaker, not
// the phrase before "to".
func (d *doc) infinitiveOf(k int, s rng) bool {
	return k > s.a && d.low[k] == "to" && d.quote[k] < 0
}

// infinitiveSubject is the subject of the clause an infinitive cue ending
// at token k ("to") depends on: the phrase opening the sentence when a verb
// follows it ("The memo went on to say", "I would like to use this moment
// to thank"), else the sentence's subject as a participle's.
func (d *doc) infinitiveSubject(s rng, k int) rng {
	if obj := d.controlObject(s, k); obj.len() > 0 {
		return obj // "The council invited residents to say": the object says
	}
	np := d.rightNP(s.a, k)
	if np.len() > 0 && np.b < k && (d.finiteVerb(np.b, np.b+1) || auxiliaries.has(d.low[np.b]) || d.adverbAt(np.b)) {
		if np.len() == 1 && (d.low[np.a] == "it" || d.low[np.a] == "there") {
			return rng{} // "It is far too soon to say": no one
		}
		return np
	}
	np = d.sentenceSubject(s, k)
	if d.finiteVerb(np.a, np.b) {
		return rng{} // "The council invited residents to say": the phrase holds a verb
	}
	return np
}

// controlObject is the object of the verb before an infinitive ending at
// token k ("to"), when it can speak: "invited residents to say", "asked
// him to explain" (the object says). It is empty when no verb stands
// within four words before k or the words between are no such phrase.
func (d *doc) controlObject(s rng, k int) rng {
	v := k - 1
	for v > s.a && v > k-5 && !d.posAt(v).IsVerb() && !d.isPunct(v) && d.quote[v] < 0 {
		v--
	}
	if v <= s.a || v == k-1 || !d.posAt(v).IsVerb() || auxiliaries.has(d.low[v]) || d.quote[v] >= 0 {
		return rng{}
	}
	obj := rng{v + 1, k}
	if (prepositions | morePrepositions).has(d.low[obj.a]) {
		return rng{} // "met with officials to say": a prepositional phrase, no object
	}
	if obj.len() == 1 && (d.low[obj.a] == "him" || d.low[obj.a] == "her" || d.low[obj.a] == "them") || d.canSpeak(obj) && d.nominal(obj) {
		return obj
	}
	return rng{}
}

// absoluteSubject is the subject of a participle in an absolute phrase
// opened by "with" after a comma or at the sentence's start, the phrase
// ending at token k: "…, with most residents saying they like him". It is
// empty for any other participle.
func (d *doc) absoluteSubject(k int, s rng) rng {
	np := d.leftNP(k, s.a)
	if np.len() > 1 && d.low[np.a] == "with" {
		np.a++ // the chunker may hold the preposition
	}
	w := np.a - 1
	if np.len() == 0 || w < s.a || d.low[w] != "with" || w > s.a && !d.isPunct(w-1) {
		return rng{}
	}
	return np
}
