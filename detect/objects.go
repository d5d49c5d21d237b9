package detect

import (
	"strings"

	"github.com/quotebench/quotebench/detect/syntax"
)

// The object and adjunct steps of forward content: whether what follows a
// verb of speech is a plain object, a request or a clause.

// objectEnd returns the end of a plain noun-phrase object starting at k
// before end: a noun phrase after which no verb comes before a comma or a
// subordinate clause (`added a goal and two assists as the home side won`,
// `wrote a letter to the council`), so it is no clause's subject (`added
// the team would need …`). It returns k when the phrase opens a clause,
// holds a quotation or is no noun phrase.
func (d *doc) objectEnd(k, end int) int {
	j := k
	for j < end && j < k+2 && (d.posAt(j) == syntax.VBG || d.posAt(j).IsAdjective()) && j+1 < end && d.chunkAt(j+1) == syntax.NP {
		j++ // "citing falling enrolment"
	}
	if approx.has(d.low[j]) && j+1 < end && (d.chunkAt(j+1) == syntax.NP || d.posAt(j+1) == syntax.CD) {
		j++ // "added around 292,000 jobs"
	}
	for j < end && (d.chunkAt(j) == syntax.NP || d.participleInNP(j, k, end)) && d.quote[j] < 0 && !(d.isPunct(j) && !possessiveMark(d.low[j])) && d.posAt(j) != syntax.WDT && d.posAt(j) != syntax.WP {
		j++
	}
	if j == k || j == k+1 && approx.has(d.low[k]) || j > k && d.chunkAt(j-1) != syntax.NP || j < end && (d.posAt(j).IsVerb() || d.low[j] == "to" && j+1 < end && d.posAt(j+1) == syntax.VB) {
		return k // a clause, or a request: `called her to come back`
	}
	if d.holdsQuote(j, end) {
		return k
	}
	for i := j; i < end; i++ {
		switch p := d.posAt(i); {
		case d.low[i] == ":":
			return i
		case d.low[i] == "," && i+1 < end && (subordinators.has(d.low[i+1]) || d.low[i+1] == "and" || d.low[i+1] == "but"):
			return j // `added an assist, while Lin made 31 saves`
		case d.low[i] == "," && i+1 < end && (d.low[i+1] == "who" || d.low[i+1] == "which"):
			// `said the agency, which runs X, would …` is a clause;
			// `added a goal for the Falcons, who won` an object.
			for r := i + 2; r < end; r++ {
				if d.low[r] == "," {
					if d.verbNext(r+1, end) {
						return k
					}
					break
				}
			}
			return j
		case d.low[i] == "that" && i+1 < end && (isFinite(d.posAt(i+1)) || contracted(d.low[i+1])):
			// `tweeted a photo that was meant for …`: a relative clause,
			// unless the main verb follows it (`said the plan that was
			// approved in May had failed`).
			for r := i + 2; r < end && !d.isPunct(r) && !coordinators.has(d.low[r]) && !subordinators.has(d.low[r]); r++ {
				if isFinite(d.posAt(r)) {
					return k
				}
			}
			return j
		case d.low[i] == "," && d.trailingAttribution(i+1, end):
			return j // `offered his thanks, the agency said`: a report of its own
		case d.low[i] == "," && i+1 < end && cueStrength[d.low[i+1]] >= 1 && isFinite(d.posAt(i+1)) && d.relativeOpenedBefore(k):
			return j // `Jo Doe, whose daughter posted a video of the crash, said …`: the relative clause ends, the matrix verb follows
		case d.participleAt(i, end):
			return j // `dismissed the criticism, saying …`: the participle reports on its own
		case d.low[i] == "," && i+1 < end && d.posAt(i+1) == syntax.VBG && d.posAt(k) != syntax.VBG && d.adjunctParticiple(i+1, end):
			return j // `added her second, banging in a rebound after Doe had stopped two`
		case d.low[i] == "," && d.finiteVerb(i, end):
			return k // `said the plan, if passed, would …`
		case i > j && coordinators.has(d.low[i-1]) && isFinite(p):
			return j // `added a goal and had two assists`: a second verb of the subject's
		case i > j && isFinite(p) && d.coordinatedAfter(j, i):
			return j // `added a goal in the fifth and the coach said …`: a clause of its own
		case d.low[i] == "," || d.low[i] == ";" || d.isDashTok(i) || p == syntax.WDT || p == syntax.WP || p == syntax.WRB ||
			p == syntax.IN && subordinators.has(d.low[i]):
			return j
		case p == syntax.VBD || p == syntax.VBZ || p == syntax.VBP || p == syntax.MD || contracted(d.low[i]) && p != syntax.Possessive || d.low[i] == "n't" || d.low[i] == "n’t":
			return k // a clause whose subject the tagger split
		}
	}
	return j
}

// participleAt reports a comma at i before a participle of speech that
// reports on its own (`dismissed the criticism, saying …`).
func (d *doc) participleAt(i, end int) bool {
	return i+1 < end && d.low[i] == "," && d.posAt(i+1) == syntax.VBG && cueStrength[d.low[i+1]] > 0
}

// participleReport is the first comma in [a, end), outside quotes, before
// a participle of speech that reports on its own (`rejected the request,
// writing that it "…"`), or end.
func (d *doc) participleReport(a, end int) int {
	for i := a; i+1 < end; i++ {
		if d.quote[i] < 0 && d.participleAt(i, end) {
			return i
		}
	}
	return end
}

// request reports an infinitive within the first words of [k, end): "(her)
// to come back", a request reported.
func (d *doc) request(k, end int) bool {
	for i := k; i < end-1 && i < k+3; i++ {
		if d.low[i] == "to" && d.posAt(i+1) == syntax.VB {
			return true
		}
	}
	return false
}

// objectRelative reports whether the cue's subject opens a relative clause
// set off by a comma whose gap is the content: ", which the government
// says will …".
func (d *doc) objectRelative(c *cue, s rng) bool {
	if c.subj.len() == 0 || c.subj.a-2 < s.a || d.low[c.subj.a-2] != "," {
		return false
	}
	switch d.low[c.subj.a-1] {
	case "which", "who", "whom":
		return true
	}
	return false
}

// verbNext reports whether a finite verb opens [a, end), over adverbs: the
// main verb after a relative clause (`said the agency, which runs X, would
// …`), not a subordinate clause (`, while the other side was …`).
func (d *doc) verbNext(a, end int) bool {
	for a < end && isAdverb(d.low[a]) && !isFinite(d.posAt(a)) {
		a++
	}
	return a < end && (isFinite(d.posAt(a)) || contracted(d.low[a]))
}

// trailingAttribution reports whether [a, end) is a whole attribution that
// ends the sentence: a noun phrase and a verb of speech (`the agency said`)
// or the verb and the noun phrase (`said a spokesman`).
func (d *doc) trailingAttribution(a, end int) bool {
	end = min(end, len(d.toks))
	for end > a && d.isPunct(end-1) {
		end--
	}
	if end-a < 2 || end-a > 12 {
		return false
	}
	if cueStrength[d.low[a]] >= 1 && sayForms.has(d.low[a]) {
		return d.rightNP(a+1, end).b == end // ", said a spokesman."
	}
	v := end - 1
	if t := d.overTime(v, a); t < v {
		v = t // "the ministry said late on Monday"
	}
	for v > a && (isAdverb(d.low[v]) || d.low[v] == "late" || d.low[v] == "early") {
		v--
	}
	if !(cueStrength[d.low[v]] >= 1 && isFinite(d.posAt(v))) {
		return false
	}
	if v == a || v-a > 8 || !(d.chunkAt(a) == syntax.NP || d.capital(a) || subjPronouns.has(d.low[a])) {
		return false
	}
	for t := a; t < v; t++ {
		// The speaker: a noun phrase, no verb or punctuation in it.
		if p := d.posAt(t); p.IsVerb() || p == syntax.MD || d.isPunct(t) && !possessiveMark(d.low[t]) || d.quote[t] >= 0 {
			return false
		}
	}
	return true
}

// coordinatedAfter reports a coordinator in (j, i) after some words that
// follow the object ending at j: the object's phrase is over and a clause
// of its own follows ("a goal in the fifth and the coach said"), unlike a
// coordinated subject right after the first noun phrase ("the company
// and its partners would").
func (d *doc) coordinatedAfter(j, i int) bool {
	for c := j + 1; c < i; c++ {
		if coordinators.has(d.low[c]) && !d.isPunct(c-1) {
			return true
		}
	}
	return false
}

// nounInPhrase reports a word of the cue table that the tagger reads as a
// noun after a modifier of nouns: "unconfirmed reports", "a share offer",
// "four grand slams", "published estimates" name things, they report
// nothing; before "that" it reports either way ("64 percent report that",
// "a report that"). A headline's capitals defeat the tagger.
func (d *doc) nounInPhrase(i int, s rng) bool {
	if i-1 == s.a && (d.low[s.a] == "that" || d.low[s.a] == "this") && i+1 < s.b && d.low[i+1] == "," && d.quote[i] < 0 && !strings.HasSuffix(d.low[i], "ed") {
		// "That offer, according to a copy …, would close …": a
		// demonstrative and a noun set off as the subject (not "That
		// said, …").
		return true
	}
	if d.low[i] == "claims" && i-1 >= s.a && claimKinds[d.low[i-1]] && (i+1 >= s.b || d.isPunct(i+1) || prepositions.has(d.low[i+1]) || d.posAt(i+1).IsNoun() && !d.capital(i+1) && !determiners.has(d.low[i+1])) && (!d.capital(i-1) || i-1 == s.a && i+1 < s.b && d.posAt(i+1).IsNoun() && !d.capital(i+1)) {
		// a compound noun: "The land claims organization also urged …",
		// "small claims court", "Land claims talks resumed"; not a name's
		// last word ("Coach Jordan Land claims", "Wawanesa Insurance
		// claims", "Land claims he was never told")
		return true
	}
	// A bare noun opening the sentence is the subject: "Critics charge
	// the plan will raise taxes".
	if i-1 <= s.a || !d.posAt(i).IsNoun() || d.titleCase(s) || d.capital(i) || i+1 < s.b && d.low[i+1] == "that" || d.shareSays(i, s) {
		return false
	}
	if d.textVerbAfterNoun(i, s) {
		return false
	}
	switch p := d.posAt(i - 1); {
	case p.IsAdjective() || p == syntax.VBN || p == syntax.CD || p == syntax.NN || p == syntax.NNS:
		return !d.isPunct(i - 1)
	}
	return false
}

// textVerbAfterNoun reports a verb in -s that the tagger read as a plural
// noun after a study or a report, with an object after it and no verb in
// the rest of the clause: "The report forecasts economic growth of 1.1 per
// cent" (not "The weather forecasts call for rain").
func (d *doc) textVerbAfterNoun(i int, s rng) bool {
	if d.posAt(i) != syntax.NNS || !strings.HasSuffix(d.low[i], "s") || i+1 >= s.b || i-2 < s.a || !studyNouns[d.low[i-1]] || !determiners.has(d.low[i-2]) {
		return false
	}
	if p := d.posAt(i + 1); !(p == syntax.DT || p.IsAdjective() || p.IsNoun() || p == syntax.CD) || d.quote[i+1] >= 0 {
		return false
	}
	e := i + 1
	for e < s.b && e < i+maxClauseScan && d.low[e] != "," && d.low[e] != ";" && !coordinators.has(d.low[e]) {
		e++
	}
	return !d.finiteVerb(i+1, e)
}

// claimKinds make "claims" a noun after them: "land claims", "insurance
// claims", "small claims".
var claimKinds = wordSet(`land insurance injury disability benefit expense treaty small warranty compensation property`)

// trimSubject drops a dash before the speaker phrase ("- Turkish
// minister says", a headline's list marker) and reports whether what is
// left can be a subject: not a phrase opening with a preposition ("of
// elections in Bosnia"), unless one opens the sentence with the subject
// after it ("In Ottawa officials said"), nor a short phrase ending in a verb ("received",
// "named" before the cue), which the noun-phrase scan took over a verb.
func (d *doc) trimSubject(c *cue) bool {
	for c.subj.len() > 1 && (d.isDashTok(c.subj.a) || focusAdverb(d.low[c.subj.a])) {
		c.subj.a++ // "So even economists who … agree": the economists
	}
	a, b := c.subj.a, c.subj.b
	if (prepositions | morePrepositions).has(d.low[a]) {
		// A sentence-opening prepositional phrase with no comma keeps
		// the subject after it ("In Ottawa officials said").
		if s := d.sents[d.sent[a]]; a != s.a && !d.isPunct(a-1) {
			return false
		}
		c.subj = d.subjectAfterFrontedPP(a, c.subj, c.a)
		return c.subj.len() > 0
	}
	if p := d.posAt(b - 1); b-a >= 2 && !d.capital(b-1) && (p == syntax.VBN || p == syntax.VBD) && d.posAt(b-2) == syntax.NNS {
		// A participle after a plural noun is a reduced relative, not
		// the verb: "Officials involved said", "Voters polled said".
		c.subj.b = b - 1
		return true
	}
	if p := d.posAt(b - 1); !d.capital(b-1) && (p == syntax.VBD || p == syntax.VBN || p == syntax.VBG && !studyNoun(d.low[b-1])) &&
		(b-a <= 2 && !determiners.has(d.low[a]) && d.low[a] != "those" || b-a > 2 && d.posAt(b-2).IsNoun()) {
		// "received", "named", "the case involved": a verb, no noun phrase
		// (but "Soil testing found", the noun of a study).
		return false
	}
	return true
}

// focusAdverb reports an adverb that may stand before a subject without
// being part of it: "even economists", "only the mayor".
func focusAdverb(w string) bool {
	switch w {
	case "even", "only", "also", "just", "especially", "particularly":
		return true
	}
	return false
}

// participleInNP reports a participle between a determiner and a noun, an
// adjective the chunker left out of the phrase: "the postponed elections".
func (d *doc) participleInNP(j, k, end int) bool {
	p := d.posAt(j)
	return j > k && (p == syntax.VBN || p == syntax.VBG) && determiners.has(d.low[j-1]) && j+1 < end && (d.posAt(j+1).IsNoun() || d.posAt(j+1).IsAdjective())
}

// adjunctParticiple reports a participle phrase at i that ends its clause
// or whose first finite verb lies in a subordinate clause of its own
// (`banging in a rebound after Doe had stopped two`), not one set off before
// the main verb (`said the plan, citing costs, would be shelved`).
func (d *doc) adjunctParticiple(i, end int) bool {
	for j := i + 1; j < end; j++ {
		if d.quote[j] >= 0 || d.low[j] == "," || d.low[j] == ";" || d.isDashTok(j) {
			return false
		}
		if subordinators.has(d.low[j]) && d.low[j] != "that" {
			// Unless the main verb follows a comma after the clause:
			// "argued the city, acting as if the money were its own,
			// had overstepped".
			for c := j + 1; c < end; c++ {
				if d.low[c] == "," && d.quote[c] < 0 && d.finiteVerb(c, end) {
					return false
				}
			}
			return true
		}
		if isFinite(d.posAt(j)) {
			return false
		}
	}
	return true
}

// relativeOpenedBefore reports a relative clause opened by ", who" or ",
// whose" (and its noun) before the verb whose object starts at token k,
// in its sentence: "Jo Doe, whose daughter posted [a video]".
func (d *doc) relativeOpenedBefore(k int) bool {
	for i := k - 1; i > 0 && i >= k-6 && d.sent[i] == d.sent[k]; i-- {
		if (d.low[i] == "who" || d.low[i] == "whose") && d.low[i-1] == "," {
			return true
		}
		if d.isPunct(i) {
			return false
		}
	}
	return false
}
