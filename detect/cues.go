package detect

import (
	"strings"

	"github.com/quotebench/quotebench/annot/tokens"
	"github.com/quotebench/quotebench/detect/syntax"
)

// cue is a reporting construction: the cue words, the speaker noun phrase
// and where the reported content lies relative to them.
type cue struct {
	a, b     int  // cue tokens [a, b)
	subj     rng  // speaker noun phrase; a == b when none
	inverted bool // the speaker follows the cue ("said Smith")
	objEnd   int  // end of the addressee after tell-verbs ("told reporters"), else b
	topic    bool // a verb of speech with a preposition: "talked about X"
	adjacent bool // only attributes a direct quote next to it ("he continued")
	question int  // > 0: the content is [b, question) ("Asked whether X, Smith said", "her claim that X, …")
	strength float64
	used     bool
	rule     ruleKind // which rule proposed it
	attitude bool     // an attitude (plans, expects, supports) rather than speech
	finding  bool     // what a study or survey found ("a survey found"): speech, whose own reports stay apart
}

// end is the first token after the whole attribution (cue, speaker, addressee).
func (c *cue) end() int { return max(c.b, c.subj.b, c.objEnd) }

// start is the first token of the attribution.
func (c *cue) start() int {
	if c.subj.len() > 0 {
		return min(c.a, c.subj.a)
	}
	return c.a
}

// findCues finds reporting constructions outside direct quotes: at each
// token the first proposer whose trigger matches builds the cue (or
// nothing), and the scan goes on after the cue's words.
func (d *doc) findCues() []cue {
	var out []cue
	for i := 0; i < len(d.toks); i++ {
		if d.quote[i] >= 0 || d.notText(i) {
			continue
		}
		s := d.sents[d.sent[i]]
		for _, p := range proposers {
			if !p.when(d, i, s) {
				continue
			}
			if c, ok := p.make(d, i, s); ok {
				d.overOpener(&c, s)
				d.trimSubjectTail(&c)
				d.sharedSubject(&c, out, s)
				out = append(out, c)
				i = max(c.b, c.objEnd) - 1 // on after the addressee: "urged caution"
			}
			break
		}
	}
	return out
}

// sharedSubject gives a verb coordinated with the cue before it ("A
// spokesperson for the council, Jo Doe, said X but warned Y") that cue's
// whole subject, when the subject found for it is a shorter phrase from the
// same start ("A spokesperson").
func (d *doc) sharedSubject(c *cue, before []cue, s rng) {
	if len(before) == 0 || c.rule != ruleVerb || c.inverted || c.subj.len() == 0 || c.a-1 <= s.a || d.low[c.a-1] != "and" && d.low[c.a-1] != "but" {
		return
	}
	p := before[len(before)-1]
	if p.rule == ruleVerb && !p.inverted && p.a >= s.a && p.subj.b <= p.a && p.subj.a == c.subj.a && p.subj.b > c.subj.b && d.posAt(p.subj.b-1).IsNoun() {
		c.subj = p.subj
	}
	if p.rule == ruleVerb && !p.inverted && p.a >= s.a && p.subj.len() > 0 && p.subj.b <= p.a && c.subj.a < p.subj.a && c.subj.b <= p.subj.a && p.subj.a-c.subj.b <= 3 &&
		d.person[p.subj.b-1] && !d.person[c.subj.b-1] && !d.org[c.subj.b-1] && d.plainRun(c.subj.b, p.subj.a) {
		// "City engineer Olumide Bankole told council X, and said Y":
		// the name the first verb took after its title words, not
		// the title's first word.
		c.subj = p.subj
	}
}

// plainRun reports tokens [a, b) as words with no punctuation, quote or
// verb among them: a title's words between a phrase and a name.
func (d *doc) plainRun(a, b int) bool {
	for j := a; j < b; j++ {
		if d.isPunct(j) || d.quote[j] >= 0 || d.posAt(j).IsVerb() {
			return false
		}
	}
	return true
}

// trimSubjectTail drops a verb or an adverb that the chunker left at the end
// of a cue's speaker after its noun: "the pilot needed to … and asked",
// "some senators vented about X and said", "you famously said".
func (d *doc) trimSubjectTail(c *cue) {
	for c.subj.len() > 1 && !d.capital(c.subj.b-1) {
		t := c.subj.b - 1
		switch p := d.posAt(t); {
		case p == syntax.VBD || p == syntax.VBN || p == syntax.RB && isAdverb(d.low[t]) || p == syntax.JJ && pastForm(d.low[t]) || auxiliaries.has(d.low[t]): // not VBZ: "Media reports have said"; an auxiliary before an aside: "A poll has, however, revealed"
		default:
			return
		}
		if q := d.posAt(t - 1); !q.IsNoun() && !q.IsPronoun() {
			return
		}
		if t-2 >= c.subj.a && subjPronouns.has(d.low[t-1]) && d.posAt(t-2).IsNoun() && (d.posAt(t) == syntax.VBD || d.posAt(t) == syntax.VBN) {
			return // a relative clause without "that": "the document he released", "the man she married"
		}
		c.subj.b--
	}
}

// proposer is one rule that proposes cues: a trigger on the token and the
// builder of the cue.
type proposer struct {
	when func(d *doc, i int, s rng) bool
	make func(d *doc, i int, s rng) (cue, bool)
}

// proposers in order of precedence.
var proposers = []proposer{
	{func(d *doc, i int, s rng) bool { return d.low[i] == "according" && i+1 < s.b && d.low[i+1] == "to" }, (*doc).accordingCue},
	{func(d *doc, i int, s rng) bool { return d.low[i] == "asked" && d.askedClause(i, s) > 0 }, (*doc).askedCue},
	{func(d *doc, i int, s rng) bool {
		return speechNouns[d.low[i]] && i+3 < s.b && d.low[i+1] == "that" && d.quote[i+1] < 0 && d.opensContent(i+2) && !d.inAdjunct(i, s) && !d.progressive(i, s)
	}, (*doc).nounCue},
	{func(d *doc, i int, s rng) bool {
		return d.low[i] == "in" && i+2 < s.b && (d.low[i+2] == "opinion" || d.low[i+2] == "view" || d.low[i+2] == "words") && pronouns[d.low[i+1]] != "" &&
			!(i-2 >= s.a && d.low[i-1] == "," && d.low[i-2] == "that") // "said that, in their view, X": inside what is said
	}, (*doc).opinionCue},
	{func(d *doc, i int, s rng) bool {
		return topicVerbs[d.low[i]] && i+2 < s.b && topicPreps.has(d.low[i+1]) && d.quote[i+1] < 0 && d.topicPrep(d.low[i], i+1)
	}, (*doc).topicCue},
	{func(d *doc, i int, s rng) bool {
		if !raisingVerbs[d.low[i]] {
			return false
		}
		t := d.shortTimeEnd(i+1, s.b) // "agreed last year to extend": the time is no content
		return t+1 < s.b && d.low[t] == "to" && d.toks[t+1].Kind == tokens.Word && d.quote[t] < 0 &&
			(t == i+1 || d.posAt(t+1) == syntax.VB) // after a time, an infinitive only (not "promised on Monday to the residents that")
	}, (*doc).raisingCue},
	{func(d *doc, i int, s rng) bool {
		return d.low[i] == ":" && i > s.a && i+3 < s.b && doubleMark(d.low[i+1]) == notMark
	}, (*doc).colonCue},
	{func(d *doc, i int, s rng) bool { return hearsay[d.low[i]] && i > s.a }, (*doc).hearsayCue},
	{func(d *doc, i int, s rng) bool { return cueStrength[d.low[i]] > 0 }, (*doc).verbCue},
	{func(d *doc, i int, s rng) bool { return amountVerbs[d.low[i]] && d.amountEnd(i, s) > 0 }, (*doc).amountCue},
	{func(d *doc, i int, s rng) bool {
		return adjacentCues[d.low[i]] && (d.nextToQuote(i, s) || d.readsQuote(i, s))
	}, (*doc).adjacentCue},
}

// accordingCue: "according to X"; the source runs to the comma ("according
// to a review of the records").
func (d *doc) accordingCue(i int, s rng) (cue, bool) {
	np := d.rightNP(i+2, s.b)
	if np.len() == 0 && i+2 < s.b && !d.isPunct(i+2) && d.quote[i+2] < 0 {
		np = rng{i + 2, i + 3} // "according to early results …", extended below
	}
	if np.len() == 0 {
		return cue{}, false
	}
	for np.b < s.b && np.b < i+18 && d.low[np.b] != "," && !d.isDashTok(np.b) && !(np.b+1 >= s.b || d.isPunct(np.b) && !possessiveMark(d.low[np.b]) && d.low[np.b] != "." && d.quote[np.b] < 0) {
		if d.quote[np.b] >= 0 {
			e := np.b
			for e < s.b && d.quote[e] == d.quote[np.b] {
				e++
			}
			if e >= s.b || d.wordsIn(np.b, e) > 5 || !d.posAt(e).IsNoun() {
				break
			}
			np.b = e // a quoted name inside the source: "the “Medicare for all” document he released"
			continue
		}
		if w := d.low[np.b]; (w == "that" || w == "which" || w == "who") && np.b > np.a && d.posAt(np.b-1).IsNoun() && np.b+1 < s.b && d.finiteVerb(np.b+1, np.b+2) {
			break // "a new report that urges …": the source, not its relative clause
		}
		if h := d.low[np.b-1]; np.b > np.a && (reportNouns[h] || textNouns.has(h) || recordNouns[h]) && publishVerbs[d.low[np.b]] && !d.agentAfter(np.b+1, s.b) {
			break // "the ministry's weekly crop report released Thursday": the source, not when it came out (not "data released on Tuesday by …")
		}
		np.b++
	}
	if k := np.b - 1; k-2 > np.a && (contactVerbs[d.low[k]] || prepositions.has(d.low[k]) && contactVerbs[d.low[k-1]]) {
		// "according to several producers the Larkspur Ledger spoke
		// with": the producers, not the paper that reached them
		if n := d.overContactRelative(k, rng{np.a, k + 1}); n != k {
			np.b = n + 1
		}
	}
	return cue{a: i, b: i + 2, subj: d.dataAgent(np), inverted: true, objEnd: i + 2, strength: 1, rule: ruleAccording}, true
}

// timeSpanNouns name a point in a span of time ("by the end of the
// month"), no agent.
var timeSpanNouns = map[string]bool{"end": true, "start": true, "beginning": true, "middle": true, "close": true, "time": true}

// compilingVerbs, with postingVerbs, put out data: the agent after them
// is its source (dataAgent).
var compilingVerbs = map[string]bool{"compiled": true, "provided": true, "collected": true, "gathered": true, "presented": true, "prepared": true}

// dataAgent is the one who put out the data a source names: "figures
// released Tuesday by the union that represents them" is the union's
// ("according to figures released …"); else np. The data's noun opens
// the phrase, a participle of putting out (postingVerbs, compilingVerbs)
// and "by" follow within a few words.
func (d *doc) dataAgent(np rng) rng {
	h := np.a
	if h < np.b && determiners.has(d.low[h]) {
		h++
	}
	for h < np.b && h < np.a+3 && !dataNouns[d.low[h]] && (d.posAt(h).IsAdjective() || d.posAt(h).IsNoun()) {
		h++
	}
	if h+2 < np.b && dataNouns[d.low[h]] && d.low[h+1] == "from" {
		if a := d.rightNP(h+2, np.b); a.b == np.b && !d.temporal(a) && d.capital(a.a) && d.org[a.b-1] {
			return a // "according to new data from Statistics Canada": the agency (not "data from 2019", nor a place: "data from Lake Kestrel")
		}
	}
	if h >= np.b || !dataNouns[d.low[h]] || h+1 >= np.b || !(postingVerbs[d.low[h+1]] || compilingVerbs[d.low[h+1]]) {
		return np // (not "internal figures obtained by CBC News": the outlet has them, the figures speak)
	}
	for j := h + 2; j+1 < np.b && j <= h+5 && !d.isPunct(j); j++ {
		if d.low[j] == "by" {
			if a := d.rightNP(j+1, np.b); a.len() > 0 && !d.temporal(a) && !timeSpanNouns[d.headNoun(a)] && !(a.b < np.b && possessiveMark(d.low[a.b])) {
				return a // (not its time: "by the festival in September", nor a time itself: "by the end of the month", nor a possessor: "by Jo Doe's office" keeps the phrase)
			}
			return np
		}
	}
	return np
}

// gapAfterThat reports a clause after "that" at t that ends with its
// finite verb, whose object is the noun before "that": a relative clause
// ("a charge that Doe has always denied"), not a complement ("an allegation
// that the hospital ignored her symptoms").
func (d *doc) gapAfterThat(t, b int) bool {
	e := t + 1
	for e < b && e < t+14 && (!d.isPunct(e) || possessiveMark(d.low[e])) {
		e++
	}
	if e >= t+14 || e-1 <= t+1 {
		return false
	}
	last := d.posAt(e - 1)
	return last.IsVerb() || last == syntax.NNS && d.adverbAt(e-2) // "… strongly disputes", the verb read as a plural
}

// agentAfter reports "by" within the five tokens from k, before any
// punctuation and before b: a participle's agent ("released on Tuesday by
// the federation").
func (d *doc) agentAfter(k, b int) bool {
	for j := k; j < b && j < k+5 && !d.isPunct(j); j++ {
		if d.low[j] == "by" {
			return true
		}
	}
	return false
}

// trailingVerb reports a comma at most three tokens before the verb at i,
// a trailing attribution's subject between: ", poll finds", ", mayor
// hints".
func (d *doc) trailingVerb(i int, s rng) bool {
	for j := i - 1; j >= s.a && j >= i-4; j-- {
		if d.low[j] == "," {
			return j < i-1
		}
	}
	return false
}

// forecastingVerb reports a form of "forecasting" or "predicting" at i
// that is a verb: after a form of "be" (over "not" and adverbs: "he's not
// predicting"), a comma or a conjunction, or after a preposition before
// "that" ("before optimistically predicting that …"); not opening its
// sentence, a gerund subject, nor after another verb, a noun or a
// preposition before an object ("using forecasting models", "a record in
// predicting winners").
func (d *doc) forecastingVerb(i int, s rng) bool {
	j := i - 1
	for j > s.a && (d.adverbAt(j) || d.low[j] == "not" || d.low[j] == "n't" || d.low[j] == "n’t") {
		j--
	}
	if j < s.a {
		return false
	}
	switch w := d.low[j]; {
	case beForms[w], w == "am" || w == "'m" || w == "’m" || w == "'re" || w == "’re", w == "," || w == "and" || w == "but" || w == "or":
		return true
	case w == "'s" || w == "’s":
		return j-1 >= s.a && d.posAt(j-1).IsPronoun() // "he's not predicting", not "the agency's forecasting models"
	}
	if d.capital(j) && d.posAt(j).IsNoun() {
		// an absolute construction: "with Environment Canada forecasting
		// highs of -22 C"
		for k := j - 1; k >= s.a && k >= j-4 && d.capital(k+1); k-- {
			if d.low[k] == "with" {
				return true
			}
		}
	}
	return (prepositions.has(d.low[j]) || subordinators.has(d.low[j])) && i+1 < s.b && d.low[i+1] == "that" // (not "its record in predicting winners")
}

// progressive reports an "-ing" word at i right after a form of "be": the
// verb of a progressive ("companies are warning that"), not a noun.
func (d *doc) progressive(i int, s rng) bool {
	if i-1 < s.a || !strings.HasSuffix(d.low[i], "ing") {
		return false
	}
	switch d.low[i-1] {
	case "is", "are", "was", "were", "been", "be", "'re", "’re", "'s", "’s":
		if k := i - 2; k >= s.a && d.low[k] == "there" || k-1 >= s.a && d.low[k-1] == "there" {
			return false // "There was warning that …", "There had been warning that …": the noun
		}
		return d.low[i-1] != "'s" && d.low[i-1] != "’s" || i-2 >= s.a && d.posAt(i-2).IsPronoun()
	}
	return false
}

// nounCue: a noun of speech with its content, "her claim that X"; the
// possessor is the speaker.
func (d *doc) nounCue(i int, s rng) (cue, bool) {
	e := i + 2
	for e < s.b && d.low[e] != "," && d.low[e] != ";" && !d.isDashTok(e) && !(d.isPunct(e) && isSentPunct(d.low[e])) {
		e++
	}
	if e-(i+2) < 3 {
		return cue{}, false
	}
	for j := i - 2; j >= s.a && j >= i-4; j-- {
		if d.summaryHead(j, s.b) == i && d.gapAfterThat(i+1, s.b) {
			return cue{}, false // "…, a claim that Doe's office disputes": the writer's summing up, no one's claim
		}
	}
	c := cue{a: i, b: i + 2, objEnd: i + 2, strength: 0.5, question: e, rule: ruleNoun}
	if i-1 >= s.a && pronouns[d.low[i-1]] != "" {
		c.subj = rng{i - 1, i}
	} else if i-2 >= s.a && possessiveMark(d.low[i-1]) {
		if np := d.leftNP(i-2, s.a); np.len() > 0 {
			for j := np.b - 1; j > np.a; j-- {
				if prepositions.has(d.low[j]) || d.posAt(j).IsVerb() {
					np.a = j + 1 // "looking for proof of his uncle's claim that": his uncle
					break
				}
			}
			c.subj = np
		}
	}
	return c, true
}

// opinionCue: "in his opinion", "in her words".
func (d *doc) opinionCue(i int, s rng) (cue, bool) {
	return cue{a: i, b: i + 3, subj: rng{i + 1, i + 2}, inverted: true, objEnd: i + 3, strength: 0.8, rule: ruleOpinion}, true
}

// colonCue: a headline's colon introduction, "Senator Smith: Vote will pass".
func (d *doc) colonCue(i int, s rng) (cue, bool) {
	if np := d.leftNP(i-1, s.a); np.len() > 0 && np.len() <= 4 && np.a == s.a && (d.capital(np.b-1) || d.capital(np.a) && roleNouns.has(d.low[np.b-1]) && d.lineStart(np.a) && !d.headlineLabelAt(i+1, s.b)) { // "Mayor:", "Fire chief:" opening its line (not "Police chief: Five things to know")
		if np.len() == 1 && creditLabels.has(d.low[np.a]) {
			return cue{}, false // "Source: …", "Photo: …": a label
		}
		if label := np.len() == 1 && headlineLabels.has(d.low[np.a]); label || !d.canSpeak(np) {
			// The speech scope keeps only who can speak. PolNeAR (scope
			// all) counts the attribution, which names no one after a
			// label ("Breaking:"); an unknown name ("DOE:") stays.
			if d.speech {
				return cue{}, false
			}
			if label {
				np = rng{} // even one the tagger read as a name ("Q&A:")
			}
		}
		return cue{a: i, b: i + 1, subj: np, objEnd: i + 1, strength: 0.4, rule: ruleColon}, true
	}
	return cue{}, false
}

// headlineLabelAt reports the words after a headline's colon at k as a
// label of what the article holds, not what someone said: a question
// word ("Why the force is changing …"), a number of things ("Five things
// to know"), one of labelWords in its first two words ("Live updates", "A
// profile of …", "Dies at 78"), or a person's name alone or before a
// comma, a fact box's line ("Head coach: Mike Smith, in his third
// season").
func (d *doc) headlineLabelAt(k, end int) bool {
	if k >= end {
		return true
	}
	if whWords.has(d.low[k]) || (d.toks[k].Kind == tokens.Number || numberWords[d.low[k]]) && k+1 < end && d.posAt(k+1) == syntax.NNS {
		return true
	}
	if d.person[k] {
		if n := d.personEnd(k, end); n >= end || d.low[n] == "," || d.isPunct(n) {
			return true // a fact box's line: "Head coach: Mike Smith, in his third season"
		}
	}
	return labelWords[d.low[k]] || k+1 < end && labelWords[d.low[k+1]]
}

// labelWords open the labels of explainers, live pages, profiles and
// obituaries after a headline's colon.
var labelWords = wordSet(`live full read watch timeline highlights q&a profile profiles dies obituary photos video gallery recap explainer candidate candidates`)

// lineStart reports token i opening a line of the text.
func (d *doc) lineStart(i int) bool { return i == 0 || d.toks[i].Gap >= tokens.Newline }

// canSpeak reports whether a capitalised phrase before a headline's colon
// names someone: a person or an organisation, or a role ("Mayor:"), not a
// label like "Revealed:" or "Breaking:" (PolNeAR, scope all, counts those).
func (d *doc) canSpeak(np rng) bool {
	for i := np.a; i < np.b; i++ {
		if d.person[i] || d.org[i] || roleNouns.has(d.low[i]) || personTitles[d.low[i]] {
			return true
		}
	}
	return false
}

// sententialWhich reports a subject "which" after a verb of speech and a
// comma: it stands for the clause before, which says nothing ("He added,
// which was telling, that …"; not "A statement was issued, which said …",
// where it is the statement).
func (d *doc) sententialWhich(subj rng) bool {
	a := subj.a
	return subj.len() == 1 && d.low[a] == "which" && a >= 2 && d.low[a-1] == "," && d.posAt(a-2).IsVerb() && cueStrength[d.low[a-2]] > 0
}

// hearsayCue: "The agency reportedly plans …": what unnamed others say;
// the clause around the adverb is the content and no one is its source.
func (d *doc) hearsayCue(i int, s rng) (cue, bool) {
	return cue{a: i, b: i + 1, objEnd: i + 1, strength: 0.5, rule: ruleHearsay}, true
}

// adjacentCue: a verb that only introduces a quote next to it ("he
// continued").
func (d *doc) adjacentCue(i int, s rng) (cue, bool) {
	c, ok := d.verbCue(i, s)
	if !ok && readingVerbs[d.low[i]] && i > s.a && d.nextToQuote(i, s) {
		// "“Opening Fall 2024,” the banner reads": the tagger's plural
		// noun after a thing written on is its verb.
		if np := d.leftNP(i-1, s.a); np.len() > 0 && np.a > s.a && writtenNoun(d.low[np.b-1]) && d.quote[np.a-1] >= 0 {
			c, ok = cue{a: i, b: i + 1, objEnd: i + 1, subj: np}, true
		}
	}
	written := d.writtenSubject(i, s)
	if !d.nextToQuote(i, s) && !(ok && (d.writtenText(c.subj) || d.writtenRelative(i, s))) || d.readsQuote(i, s) && written.len() > 0 {
		np := written
		if ok && c.subj.len() > 0 && (d.person[c.subj.b-1] || c.subj.len() == 1 && subjPronouns.has(d.low[c.subj.a]) && d.low[c.subj.a] != "it") && !d.setOff(c.subj, i) && !(c.subj.a > s.a && prepositions.has(d.low[c.subj.a-1])) {
			// "A sign language interpreter stood by as Jo Doe read “…”":
			// Jo Doe reads (not "The sign taped to its door, she later
			// learned, read “…”", "The sign, held by Jenna Cole, read")
			np = rng{}
		}
		if np.len() == 0 {
			return cue{}, false // "He read “Goodnight Moon” to them": no words of his
		}
		c = cue{a: i, b: i + 1, objEnd: i + 1, subj: np}
		ok = true
	}
	c.adjacent, c.strength, c.rule = true, 0.7, ruleAdjacent
	return c, ok
}

// readsQuote reports "read" or "reads" right before an opening quotation
// mark, or a colon and one, which only a text's subject makes a report:
// "The sign read “…”", "A sign at the end of their lane read: “…”".
func (d *doc) readsQuote(i int, s rng) bool {
	if d.low[i] != "read" && d.low[i] != "reads" {
		return false
	}
	j := i + 1
	if j < s.b && d.low[j] == ":" {
		j++
	}
	return j+1 < s.b && d.opensQuote(j)
}

// opensQuote reports a quotation mark at j that opens a quotation.
func (d *doc) opensQuote(j int) bool {
	return doubleMark(d.low[j]) != notMark && d.quote[j] >= 0 && (j == 0 || d.quote[j-1] != d.quote[j])
}

// writtenSubject is the phrase opening the clause of "read" at i that is
// a thing written on, with a phrase after it that the parser may not
// close: "A banner hung over the bench read “…”", "Back at the centre, a
// sign someone had taped to the door read “…”"; else empty.
func (d *doc) writtenSubject(i int, s rng) rng {
	for j := s.a; j < i && j < s.a+24; j++ {
		if !articles.has(d.low[j]) || j > s.a && d.low[j-1] != "," {
			continue
		}
		if k := d.headAfterArticle(j, i, func(k int) bool {
			return (displayNouns[d.low[k]] || textNouns.has(d.low[k])) && !d.nounCompound(k, i) // (not "The sign language interpreter")
		}); k >= 0 {
			return rng{j, k + 1}
		}
	}
	return rng{}
}

// headAfterArticle is the first noun at most three nouns or adjectives
// after the article at j, before end, that head accepts; else -1.
func (d *doc) headAfterArticle(j, end int, head func(k int) bool) int {
	for k := j + 1; k < end && k <= j+3; k++ {
		if head(k) {
			return k
		}
		if d.isPunct(k) || !d.posAt(k).IsNoun() && d.posAt(k) != syntax.JJ && !(k == j+1 && strings.HasSuffix(d.low[k], "ed") && !d.capital(k)) {
			break // (a past form right after the article is an adjective: "A faded banner"; not "The town posted signs")
		}
	}
	return -1
}

// writtenRelativeSubject is the speaker of a verb after "that" or "which"
// at k whose antecedent is a text or a thing written on, with a quotation
// after the verb: the text ("a report that said “…”", "She read a
// sign that said"), or the one who holds, wears, issues or reads it out
// ("Doe held up a sign that read “…”", "The 46-year-old, holding a sign
// that read", "The union issued a statement that said", "Doe read a
// statement that said"). found is false when the antecedent is none of
// these; ok is false when a holder should speak but is not found, or the
// verb before the antecedent reports it ("Doe added the caption which
// reads “…”"): the quotation is then left to its sentence.
func (d *doc) writtenRelativeSubject(k int, s rng) (subj rng, found, ok bool) {
	np := d.writtenAntecedent(k, s)
	if np.len() == 0 {
		return rng{}, false, false
	}
	a := np.b - 1
	for a > np.a && (d.posAt(a-1).IsNoun() || d.posAt(a-1) == syntax.JJ || determiners.has(d.low[a-1]) || possessiveMark(d.low[a-1])) {
		a--
	}
	np.a = a // "Residents put up signs" read as one phrase: "signs"
	v := np.a - 1
	if v > s.a && (d.low[v] == "up" || d.low[v] == "aloft" || d.low[v] == "out") {
		v--
	}
	if v < s.a {
		return np, true, true
	}
	w := d.low[v]
	if cueStrength[w] > 0 {
		return rng{}, true, false
	}
	display := displayNouns[d.low[np.b-1]]
	if !(display && holdingVerbs[w] || issuingVerbs.has(w) || !display && readingVerbs[w]) {
		return np, true, true // "a report that said", "read a sign that said": the text
	}
	if strings.HasSuffix(w, "ing") {
		if g := d.partOfClauseSubject(v, s); g.len() > 0 {
			return g, true, true // "…, where more than 200 people gathered …, some carrying signs that read": the people
		}
		subj = d.sentenceSubject(s, v)
		if subj.len() == 0 && v-2 >= s.a && d.low[v-1] == "," {
			subj = d.leftNP(v-2, s.a) // "The 46-year-old, holding a sign …"
		}
	} else if v > s.a {
		subj = d.coordinatedSubject(d.leftNP(v-1, s.a), s)
		if subj.len() == 0 {
			subj = d.subjectOverPunct(v-1, s) // "The protester, Jo Doe, wore a shirt that said"
		} else if over, ok := d.overPrepObject(subj, s, v); ok && over.a < subj.a {
			subj = over // "A woman in a red hat held a sign": the woman
		}
	}
	return subj, true, subj.len() > 0
}

// partOfClauseSubject is the group that a quantifier opening an absolute
// phrase at the participle v takes part of: the sentence's subject when a
// group ("Residents packed the meeting, …, some wearing shirts"), else the
// plural subject of the nearest clause before the comma ("…, where more
// than 200 people gathered outside, some carrying signs": the people), or
// empty.
func (d *doc) partOfClauseSubject(v int, s rng) rng {
	if v-2 < s.a || !partQuantifiers[d.low[v-1]] || d.low[v-2] != "," {
		return rng{}
	}
	if m := d.rightNP(s.a, v); m.len() > 0 && m.a == s.a && m.b < v && isFinite(d.posAt(m.b)) && (pluralNoun(d.headNoun(m)) && d.groupHead(m) || groupNouns.has(d.headNoun(m))) {
		return m // "Residents packed the meeting, which …, some wearing", "The crowd cheered as the players arrived, some holding": the sentence's subject
	}
	for j := v - 3; j > s.a && j > v-30; j-- {
		if d.quote[j] >= 0 || d.low[j] == "," {
			continue
		}
		if isFinite(d.posAt(j)) {
			np := d.leftNP(j-1, s.a)
			if np.len() > 0 && np.b == j && pluralNoun(d.headNoun(np)) {
				if a := np.a; a-2 >= s.a && d.low[a-1] == "than" && (d.low[a-2] == "more" || d.low[a-2] == "fewer") {
					np.a = a - 2 // "more than 200 people"
				} else if a-1 >= s.a && approx.has(d.low[a-1]) {
					np.a = a - 1 // "about 200 people"
				}
				return np
			}
			return rng{}
		}
	}
	return rng{}
}

// partQuantifiers open an absolute phrase about part of a group: "…, some
// carrying signs".
var partQuantifiers = wordSet(`some many most several few`)

// scoreAfter reports what follows a number after "answered with" as a
// score: a noun of scoring, after adjectives ("four unanswered goals"), a
// preposition ("two in the seventh") or the clause's end; not "two words:",
// "10 demands".
func (d *doc) scoreAfter(k int, s rng) bool {
	k = d.pastAdjectives(k, s)
	return k >= s.b || scoreNouns[d.low[k]] || prepositions.has(d.low[k]) || d.isPunct(k) && d.low[k] != ":"
}

// pastAdjectives is the first token from k in sentence s that is no
// adjective, or a noun of scoring ("four unanswered goals").
func (d *doc) pastAdjectives(k int, s rng) int {
	for k < s.b && d.posAt(k).IsAdjective() && !scoreNouns[d.low[k]] {
		k++
	}
	return k
}

// scoreAdded reports the object of "add" at token k a count of scoring:
// a count, "a", "another" or a possessive, adjectives and a noun of
// scoring ("two goals", "a late goal", "his second goal", "a pair of
// goals"); points only in a sentence with a score ("added two points in
// the 98-91 win"; not "added a point about costs: …").
func (d *doc) scoreAdded(k int, s rng) bool {
	if k >= s.b || !(d.posAt(k) == syntax.CD || numberWords[d.low[k]] || scoreCount(d.low[k])) {
		return false
	}
	k = d.pastAdjectives(k+1, s)
	if k+1 < s.b && (d.low[k] == "pair" || d.low[k] == "couple") && d.low[k+1] == "of" {
		k = d.pastAdjectives(k+2, s) // "a pair of late goals"
	}
	if k >= s.b || !scoreNouns[d.low[k]] {
		return false
	}
	if d.low[k] == "point" || d.low[k] == "points" {
		return d.scoreIn(s)
	}
	return true
}

// scoreCount reports a word that opens a count of what a player scored: "a
// goal", "another goal", "his second goal".
func scoreCount(w string) bool { return countWords[w] || ownPossessives[w] || w == "another" }

// addForms are the forms of "add".
var addForms = wordSet(`add adds added adding`)

// scoreNouns count what a side scores ("responded with three goals").
var scoreNouns = wordSet(`goal goals run runs point points touchdown touchdowns basket baskets try tries single singles hit hits`)

// pictureAfter reports a picture (photo, video, image) as the object
// opening at token k: "a photo of", "several videos", "footage".
func (d *doc) pictureAfter(k int, s rng) bool {
	for j := k; j < s.b && j < k+4 && d.quote[j] < 0; j++ {
		if pictureNouns[d.low[j]] {
			return true
		}
		if !determiners.has(d.low[j]) && !d.posAt(j).IsAdjective() && d.posAt(j) != syntax.CD {
			return false
		}
	}
	return false
}

// pictureNouns are pictures put out, which say nothing themselves.
var pictureNouns = wordSet(`photo photos photograph photographs picture pictures image images video videos clip clips footage selfie selfies`)

// readingVerbs read out a text as the reader's own: "Doe read a statement
// that said “…”".
var readingVerbs = map[string]bool{"read": true, "reads": true, "reading": true}

// quoteAfterCue reports an opening quotation mark right after the cue
// word at i or after a comma or colon following it.
func (d *doc) quoteAfterCue(i int, s rng) bool {
	j := i + 1
	if j < s.b && (d.low[j] == "," || d.low[j] == ":") {
		j++
	}
	return j < s.b && d.opensQuote(j)
}

// setOff reports phrase np set off by commas before token i: ", she
// later learned,".
func (d *doc) setOff(np rng, i int) bool {
	if np.a == 0 || d.low[np.a-1] != "," {
		return false
	}
	for j := np.b; j < i; j++ {
		if d.low[j] == "," {
			return true
		}
	}
	return false
}

// nounCompound reports noun k modifying the noun after it, which the cue
// at i follows or another noun does: "The sign language interpreter
// read", "The hat maker read"; not "A banner hung over the bench read"
// (a verb the tagger reads as a noun).
func (d *doc) nounCompound(k, i int) bool {
	return k+1 < i && d.posAt(k+1).IsNoun() && !d.capital(k+1) && (k+2 == i || k+2 < i && d.posAt(k+2).IsNoun())
}

// writtenRelative reports a text or a thing written on and "that" or
// "which" right before token i: "a sign that read", "a statement which
// says".
func (d *doc) writtenRelative(i int, s rng) bool {
	return i-2 >= s.a && (d.low[i-1] == "that" || d.low[i-1] == "which") && d.writtenAntecedent(i-1, s).len() > 0
}

// writtenAntecedent is the phrase before the relative pronoun at k that
// ends in a noun of a text or a thing written on ("a sign that"), else
// empty.
func (d *doc) writtenAntecedent(k int, s rng) rng {
	np := d.leftNP(k-1, s.a)
	if np.len() == 0 || !writtenNoun(d.low[np.b-1]) || !d.writtenText(np) {
		return rng{}
	}
	return np
}

// writtenText reports a subject phrase that is a text or a thing written
// on: its head, before any phrase after it, is a noun of a text or of a
// display ("The hand-lettered sign taped to the door", "a banner"), or it
// is "it".
func (d *doc) writtenText(np rng) bool {
	return np.len() == 1 && d.low[np.a] == "it" || d.writtenHead(np) >= 0
}

// writtenHead is the token of a noun of a text or of a thing written on
// heading phrase np, before any phrase after it, else -1.
func (d *doc) writtenHead(np rng) int {
	for j := np.a; j < np.b; j++ {
		if w := d.low[j]; writtenNoun(w) && (j+1 == np.b || !d.posAt(j+1).IsNoun()) {
			return j
		}
		if prepositions.has(d.low[j]) || d.low[j] == "," {
			break
		}
	}
	return -1
}

// displayNouns head things whose written words are quoted as theirs ("The
// sign read “…”", "a shirt that said “…”"): no one speaking.
var displayNouns = wordSet(`sign signs banner banners placard placards poster posters billboard billboards shirt shirts
	t-shirt t-shirts hat hats plaque plaques sticker stickers mural murals inscription caption tattoo
	whiteboard chalkboard marquee headline graffiti`)

// writtenNoun reports a noun of a text or of a thing written on.
func writtenNoun(w string) bool { return displayNouns[w] || textNouns.has(w) || docNouns.has(w) }

// relativeSubjectBefore reports a subject right before verb i that opens a
// relative clause on a noun before it ("Residents the city told to leave",
// "the residents that the fire chief told to leave"): the verb is active,
// its object the noun the clause describes.
func (d *doc) relativeSubjectBefore(i int, s rng) bool {
	np := d.leftNP(i-1, s.a)
	if np.len() == 0 || np.b != i || np.a-1 < s.a {
		return false
	}
	w := d.low[np.a-1]
	return w == "that" || w == "who" || w == "whom" || d.posAt(np.a-1).IsNoun() && !d.capital(np.a)
}

// headlineSecondVerb gives cue c, "says" after a comma in a line that
// reads as a headline, the subject of the line's first verb, which it
// shares: "Mayor vetoes budget, says council ignored residents", "Judge
// rejects conditional sentence, says Dueck 'betrayed the trust …'".
func (d *doc) headlineSecondVerb(c *cue, s rng) bool {
	i := c.a
	if !sayForms.has(d.low[i]) || i-1 <= s.a || d.low[i-1] != "," || d.quote[i] >= 0 {
		return false
	}
	line, ok := d.shortLineAt(i, i+1, 30)
	if !ok || line.a < s.a || !d.headlineLike(line) {
		return false
	}
	np := d.rightNP(line.a, i-1)
	if np.len() == 0 || np.b >= i-1 || d.capital(np.b) || d.posAt(np.b) != syntax.VBZ && d.posAt(np.b) != syntax.VBP {
		return false // (the line's subject and its verb in the present, as a headline has them)
	}
	if !d.canSpeak(np) && !orgNoun(d.headNoun(np)) && placeKinds[d.low[np.b-1]] == 0 && !d.person[np.a] && !d.org[np.a] || d.posAt(np.b-1).IsVerb() {
		return false // not "Fire destroys barn, says owner …", nor "Union rejects" read as a phrase
	}
	after := d.rightNP(i+1, line.b)
	if after.len() == 0 || after.b >= line.b || !d.clauseVerbIn(after.b, line.b) && !d.holdsQuote(after.b, line.b) {
		return false // an inverted speaker ending the line: "Rates rise, says bank", "Team wins title, says coach after game"
	}
	c.subj = np
	return true
}

// afterAccordingTo reports "according to" just before token a.
func (d *doc) afterAccordingTo(a int) bool {
	return a >= 2 && d.low[a-1] == "to" && d.low[a-2] == "according"
}

// singularSubject reports a subject that is one thing by its determiner
// and its head: "a city", "one official", "each member" (not "a few
// members", "a number of residents").
func (d *doc) singularSubject(np rng) bool {
	switch d.low[np.a] {
	case "a", "an", "one", "each", "every", "another":
	default:
		return false
	}
	h := d.low[np.b-1]
	return np.len() >= 2 && !pluralNoun(h) && !quantityNouns.has(h) && d.posAt(np.b-1) != syntax.NNS && d.posAt(np.b-1) != syntax.NNPS
}

// verbCue builds the cue of a reporting verb at token i, if it is used as
// one: not a noun after a determiner, not a capitalised name part, with a
// speaker before or after it.
func (d *doc) verbCue(i int, s rng) (cue, bool) {
	w := d.low[i]
	if !d.usedAsVerb(i, s) || d.speech && d.unsaid(i, s) || d.person[i] || d.org[i] {
		// (A word of a name is no verb: the club "Linzer ASK".)
		return cue{}, false
	}
	if d.nounInPhrase(i, s) || d.legalCharge(i, s) || d.impersonalSay(i, s) || d.allTold(i) || i-1 >= s.a && d.low[i-1] == "of" && !strings.HasSuffix(w, "ing") {
		return cue{}, false // (and after "of" a noun, not a gerund: "wildfires of note")
	}
	if d.reducedRelativeVerb(i, s) {
		return cue{}, false // "Patients already admitted will not be moved"
	}
	if n := i + 2; callForms[w] && i+1 < s.b && d.toks[i+1].Kind == tokens.Number && d.quote[i+1] < 0 && !yearLike(d.low[i+1]) &&
		!(n < s.b && (d.posAt(n).IsNoun() || d.posAt(n).IsAdjective() || d.low[n] == "of" || d.quote[n] >= 0)) {
		return cue{}, false // a number to call: "can call 811 to speak with a nurse", "called 911 and" (not "calls 22 emails 'top secret'", "called 2025 “the worst year”")
	}
	if i+1 < s.b && d.low[i+1] == ";" && d.beforeBody(i) && !d.trailingVerb(i, s) {
		return cue{}, false // "Police say woman, 34, charged; victim remains in hospital": nothing said after it in a deck (but "…, poll finds;" reports what comes before)
	}
	c := cue{a: i, b: i + 1, objEnd: i + 1, strength: cueStrength[w], rule: ruleVerb}
	d.speakerAfter(&c, s)
	if d.headlineSecondVerb(&c, s) {
		c.inverted = false
	} else if !c.inverted && !d.speakerBefore(&c, s) || d.sententialWhich(c.subj) {
		return cue{}, false
	}
	if !c.inverted && d.inContactRelative(i, s) {
		return cue{}, false // "A woman I spoke to said …": the verb after it reports
	}
	if !c.inverted && c.subj.b == i && d.singularSubject(c.subj) && (d.posAt(i) == syntax.VBP || d.posAt(i) == syntax.VB || d.posAt(i).IsNoun()) && !(c.subj.a > s.a && (prepositions.has(d.low[c.subj.a-1]) || d.low[c.subj.a-1] == "of") && !d.afterAccordingTo(c.subj.a)) &&
		i+2 < s.b && (d.low[i+1] == "that" || d.low[i+1] == "which") && (d.posAt(i+2) == syntax.MD || isFinite(d.posAt(i+2))) {
		// "according to a city report that will go to committee": a
		// plain form right after "a city" does not agree with it, and a
		// verb right after "that" makes a relative clause, not what was
		// said ("officials report that fares will rise"): the noun of a
		// compound that the clause describes; not after a preposition,
		// whose object is no subject ("voters in each state say"),
		// except "according to", which takes a noun phrase
		return cue{}, false
	}
	if !c.inverted && w == "reporting" && c.subj.len() > 0 && c.subj.b == i && c.subj.a-1 >= s.a && d.low[c.subj.a-1] == "with" {
		// "With 212 of 218 polls reporting, Doe had 46 per cent": polls
		// reporting their counts, no one's words ("with Doe telling
		// reporters …" is a report).
		return cue{}, false
	}
	if !c.inverted && c.subj.len() > 0 && !d.trimSubject(&c) {
		return cue{}, false
	}
	if a := c.subj.a; !c.inverted && c.subj.len() > 0 && a-2 >= s.a && d.low[a-1] == "claims" && claimKinds[d.low[a-2]] && d.nounInPhrase(a-1, s) {
		// "The land claims organization urged": the compound, which
		// the noun-phrase scan stopped at as a verb
		c.subj.a = a - 2
		if a-3 >= s.a && determiners.has(d.low[a-3]) {
			c.subj.a = a - 3
		}
	}
	if !c.inverted && d.reducedObjectRelative(&c, s) {
		// "The phrase Doe cited on Wednesday has appeared in …": the
		// cue's object is the noun before its subject, and the verb
		// after it is the sentence's; nothing is reported.
		return cue{}, false
	}
	if tellVerbs[w] && !c.inverted {
		d.addressee(&c, s)
	}
	if replyVerbs[w] && i+2 < s.b && d.low[i+1] == "with" && (d.posAt(i+2) == syntax.CD || numberWords[d.low[i+2]]) && d.scoreAfter(i+3, s) {
		// "Manitoba answered with two in the seventh", "responded with
		// three goals": a score, not words
		return cue{}, false
	}
	if addForms[w] && d.scoreAdded(i+1, s) {
		// "as captain Tom Doucet added two goals in the third period,
		// were scheduled …": a score, not words (the verb after belongs
		// to the sentence's subject)
		return cue{}, false
	}
	if (w == "state" || w == "states") && !(c.end() < s.b && d.low[c.end()] == "that") {
		// "smaller states such as", "the voters the senator is counting on".
		return cue{}, false
	}
	if clauseOnly[w] && !d.clauseFollows(&c, s) && !(amountVerbs[w] && d.amountEnd(i, s) > 0) && !(showVerbs[w] && d.textShows(&c, s.b) > 0) {
		return cue{}, false
	}
	if c.subj.len() == 0 && !c.inverted {
		// A cue with no speaker is only kept before a colon, and not as
		// a label opening a sentence ("Revealed: …").
		if !(i+1 < s.b && d.low[i+1] == ":") || i == s.a {
			return cue{}, false
		}
	}
	return c, true
}

// amountCue: a verb of reckoning with no strength of its own ("put",
// "pegged") before what it reckons at an amount ("The report put the
// project's capital cost at $14.2 million").
func (d *doc) amountCue(i int, s rng) (cue, bool) {
	c, ok := d.verbCue(i, s)
	if !ok || c.inverted || !d.reckoner(c.subj) {
		return cue{}, false // "The loss put the Jets at 5-7", "Tuesday's rain put the total at 120 millimetres": no one reckons
	}
	c.strength = 0.5
	return c, true
}

// reckoner reports a subject that can reckon an amount: a person, a body,
// a pronoun, someone by role, a group of people, or a text ("The report
// put …").
func (d *doc) reckoner(np rng) bool {
	if np.len() == 0 {
		return false
	}
	h := d.headNoun(np)
	return d.canSpeak(np) || subjPronouns.has(d.low[np.a]) && d.low[np.a] != "it" || personNouns.has(h) || groupNouns.has(h) || occupations[h] ||
		reportNouns[h] || textNouns.has(h) || docNouns.has(h) || dataNouns[h] || h == "officials" || h == "police" || h == "estimate" || h == "estimates" || h == "assessment"
}

// thingTold reports "told" at i as a participle after a thing told (a
// story, a tale: "a story later told", over an adverb) and before a
// preposition ("in", "by"), no one telling; not "Two witnesses told in
// court that …", whose subject tells.
func (d *doc) thingTold(i int, s rng) bool {
	if i+1 >= s.b || !toldPlaces[d.low[i+1]] {
		return false
	}
	n := i - 1
	if n > s.a && isAdverb(d.low[n]) {
		n--
	}
	return n >= s.a && !d.capital(n) && d.quote[n] < 0 && toldThings[d.low[n]]
}

// toldThings are what is told rather than who tells: "a story later
// told in a film", "a legend told by elders".
var toldThings = wordSet(`story stories tale tales legend legends account accounts history histories anecdote anecdotes joke jokes saga`)

// toldPlaces open where or by whom a thing was told: "told in a film",
// "told by elders".
var toldPlaces = wordSet(`in by on at through during`)

// participleModifier reports the past form at i as a participle
// modifying the noun after it: after a preposition ("the number of
// reported cases") or an article and its modifiers ("a politically
// charged visit"). Not after an age, a person's noun ("The 54-year-old
// said drivers were leaving"); and no noun is "said" after its
// modifiers.
func (d *doc) participleModifier(i int, s rng) bool {
	if i > s.a && prepositions.has(d.low[i-1]) {
		// (not the stranded preposition of a contact relative clause:
		// "producers the paper spoke with said prices rose")
		return !d.inContactRelative(i-2, s)
	}
	if d.low[i] == "said" || i > s.a && isAge(d.low[i-1]) {
		return false
	}
	return d.modifiedNoun(i, s, true)
}

// showVerbs are the forms of "show", which a text's findings take with a
// noun-phrase object: "The outlook shows above-normal fire risk for most
// of British Columbia".
var showVerbs = wordSet(`show shows showed shown`)

// textShows is the end of what a study, a report, a poll or data show
// as the noun-phrase object of cue c ("A poll shows support for the
// Liberals at 40 per cent"), to its clause's end; else 0.
func (d *doc) textShows(c *cue, end int) int {
	if !d.studySubject(c) && !(c.subj.len() > 0 && !c.inverted && dataNouns[d.headNoun(c.subj)]) || c.end() < end && d.low[c.end()] == "promise" {
		return 0 // (not "The study shows promise for treating ALS": it looks promising)
	}
	return d.forecastObjectEnd(c.b, end)
}

// particles make another verb of "put": "put out a fire", "put up a sign".
var particles = wordSet(`out up down off on in away back forward together`)

// amountVerbs reckon a quantity: "estimated its size at 2,400 hectares",
// "put the cost of repairs at $7.2 million".
var amountVerbs = wordSet(`estimate estimates estimated estimating put puts pegged pegs peg pegging`)

// amountEnd is the end of what the verb of reckoning at i reckons at an
// amount: a noun phrase with no verb, then "at" and a number or a sum
// ("its size at 2,400 hectares", "the cost of needed repairs at $7.2
// million"), running to the clause's comma (over ", up from …"), a
// coordinator, a subordinate clause or the sentence's end; else 0.
func (d *doc) amountEnd(i int, s rng) int {
	k := i + 1
	if k >= s.b || d.low[k] == "that" || d.low[k] == "at" || d.isPunct(k) || d.quote[k] >= 0 || d.posAt(k) == syntax.RP || particles[d.low[k]] {
		return 0 // (not "put out a fire at 123 Main Street")
	}
	for j := k + 1; j < s.b && j <= k+10; j++ {
		if d.quote[j] >= 0 || d.isPunct(j) && !possessiveMark(d.low[j]) || isFinite(d.posAt(j)) || d.posAt(j) == syntax.MD {
			return 0
		}
		if d.low[j] != "at" {
			if prepositions.has(d.low[j]) && d.low[j] != "of" {
				return 0 // "put the kettle on at 7 a.m.": a thing placed, no sum
			}
			continue
		}
		n := j + 1
		if n < s.b && (approx.has(d.low[n]) || d.low[n] == "roughly" || d.low[n] == "nearly" || d.low[n] == "almost") {
			n++
		}
		between := n < s.b && d.low[n] == "between" // "at between $18 million and $25 million"
		if between {
			n++
		}
		if n < s.b && (d.low[n] == "$" || d.low[n] == "us$" || d.low[n] == "c$") {
			n++
		}
		if n >= s.b || d.toks[n].Kind != tokens.Number || strings.Contains(d.low[n], ":") || n+1 < s.b && (d.low[n+1] == "a.m." || d.low[n+1] == "p.m.") {
			return 0 // (not a time: "at 3 a.m.", "at 2:30")
		}
		e := n + 1
		for e < s.b && d.quote[e] < 0 && !(coordinators.has(d.low[e]) && !(between && d.low[e] == "and")) && !(subordinators.has(d.low[e]) && e+1 < s.b && !d.isPunct(e+1)) && (!d.isPunct(e) || d.low[e] == "$" || d.low[e] == "," && e+2 < s.b && (d.low[e+1] == "up" || d.low[e+1] == "down") && d.low[e+2] == "from") {
			if d.low[e] == "and" {
				between = false // the range's "and"; the next one ends the sum
			}
			e++ // (and a change since: "at 420 hectares Wednesday, up from about 180"; not "and said …")
		}
		return e
	}
	return 0
}

// toAddresseeThat reports "to", a noun phrase and "that" opening a clause
// from k: "explained to reporters that …", "confirmed to CBC News that …",
// "admitted to police that …" (whom the words were for, then the words).
func (d *doc) toAddresseeThat(k int, s rng) bool {
	if k+2 >= s.b || d.low[k] != "to" {
		return false
	}
	np := d.rightNP(k+1, s.b)
	if np.len() > 0 && np.b+1 < s.b && possessiveMark(d.low[np.b]) {
		j := np.b + 1
		for j < s.b && j < np.b+4 && (d.posAt(j).IsNoun() || d.posAt(j).IsAdjective()) && d.quote[j] < 0 {
			j++
		}
		if h := d.low[j-1]; j > np.b+1 && d.posAt(j-1).IsNoun() && (hearerNouns[h] || orgNoun(h) || personNouns.has(h) || agentNoun(h)) {
			np.b = j // "the senator's office" (not "respond to the mayor's accusations that …")
		}
	}
	t := d.pastTime(np.b, s.b) // "wrote to residents last week that …", "… on Monday that"
	return np.len() > 0 && np.len() <= 6 && t+1 < s.b && d.low[t] == "that" && d.finiteVerb(t+1, min(s.b, t+12)) && d.hearer(np)
}

// pastTime returns the token after a time phrase opening at t ("last
// week", "this month", "Monday", "on Monday"), before end; t when there is
// none.
func (d *doc) pastTime(t, end int) int {
	switch {
	case t+1 < end && (d.low[t] == "last" || d.low[t] == "this") && periodWords.has(d.low[t+1]):
		return t + 2
	case t < end && dayWords.has(d.low[t]):
		return t + 1
	case t+1 < end && d.low[t] == "on" && dayWords.has(d.low[t+1]):
		return t + 2
	}
	return t
}

// hearer reports a noun phrase that can be told something: a person, a
// body, a name, an object pronoun or a noun for people ("reporters", "the
// newspaper", "police", "inspectors"); not a thing ("objected to the
// rezoning that council approved": a relative clause on the thing).
func (d *doc) hearer(np rng) bool {
	h := d.low[np.b-1]
	if d.canSpeak(np) || d.capital(np.b-1) || orgNoun(h) || personNouns.has(h) || hearerNouns[h] {
		return true
	}
	switch h {
	case "me", "him", "her", "us", "them":
		return true
	}
	return agentNoun(h) || strings.HasSuffix(h, "ians") // "reporters", "inspectors", "journalists", "politicians"
}

// hearerNouns are nouns for people told something that no other list holds.
var hearerNouns = map[string]bool{"police": true, "council": true, "court": true, "jury": true, "judge": true, "committee": true,
	"newspaper": true, "paper": true, "media": true, "crowd": true, "audience": true, "staff": true,
	"colleagues": true, "family": true, "friends": true, "delegates": true, "inquiry": true}

// admittedInto reports "admitted" at i followed by "to", "into" or
// "through" and a place that takes people in: "admitted to hospital",
// "admitted through the emergency department", "admitted into the
// program" (not "admitted to police that …", "admitted to lying").
func (d *doc) admittedInto(i int, s rng) bool {
	k := i + 1
	if k >= s.b || d.low[k] != "to" && d.low[k] != "into" && d.low[k] != "through" {
		return false
	}
	np := d.rightNP(k+1, s.b)
	return np.len() > 0 && intakeNouns[d.headNoun(np)] && !d.toAddresseeThat(k, s) // (not "admitted to hospital staff that …")
}

// intakeNouns are places and bodies that admit people.
var intakeNouns = map[string]bool{"hospital": true, "hospitals": true, "department": true, "emergency": true, "unit": true, "icu": true,
	"ward": true, "school": true, "schools": true, "university": true, "college": true, "program": true, "programme": true,
	"bar": true, "country": true, "canada": true, "facility": true, "centre": true, "center": true, "home": true, "care": true,
	"shelter": true, "clinic": true, "membership": true, "party": true, "league": true}

// meansNouns are the means of speaking after "by" ("said by phone", "told
// by email"), no agent of a passive.
var meansNouns = wordSet(`phone telephone cellphone email e-mail text video videoconference videolink radio letter mail fax
	satellite zoom teleconference`)

// clauseAfterPP reports a finite verb or modal after the prepositional
// phrase at k, before any punctuation: "said the burden of the rule would
// be heavy" is a clause, not an inverted speaker.
func (d *doc) clauseAfterPP(k, end int) bool {
	if subordinators.has(d.low[k]) && d.low[k] != "when" {
		return false // "says mayor after fire destroys town hall"; not "said the years when the town had …"
	}
	for j := k + 1; j < end && j < k+8 && !d.isPunct(j); j++ {
		switch d.low[j] {
		case "who", "whom", "whose", "which", "that":
			if d.low[j] == "that" && j+1 < end && d.posAt(j) == syntax.DT && d.posAt(j+1).IsNoun() {
				continue // "said the threat of penalties of that size would make …": a determiner
			}
			return false // "said a lawyer for the family who asked not to be named"
		}
		if p := d.posAt(j); p == syntax.MD || p == syntax.VBZ || p == syntax.VBP || p == syntax.VBD && !d.capital(j) {
			return true
		}
	}
	return false
}

// reducedRelativeVerb reports a past form at i that modifies a noun: after
// a number and before its noun ("if two proposed mining projects go
// ahead"), or after a plural noun that opens its clause and before the
// clause's modal or form of "be" or "have" ("Patients already admitted
// will not be moved", a reduced relative whose noun is the subject of
// the verb after it; not "warned earlier that"). Not after "that" or
// "who" ("the plan that officials said would fail" is theirs).
func (d *doc) reducedRelativeVerb(i int, s rng) bool {
	if !pastForm(d.low[i]) || sayForms.has(d.low[i]) || d.low[i] == "told" {
		return false
	}
	if p := d.posAt(i); p != syntax.VBN && p != syntax.VBD && p != syntax.JJ {
		return false
	}
	if p, n := i-1, i+1; !tellVerbs[d.low[i]] && p >= s.a && n+1 < s.b && (d.posAt(p) == syntax.CD || numberWords[d.low[p]]) && (d.posAt(n).IsNoun() || d.posAt(n) == syntax.VBG && d.posAt(n+1).IsNoun()) && !d.capital(n) {
		return true // after a number, before its noun: "if two proposed mining projects go ahead" (not "12 warned residents that …")
	}
	adverb := func(k int) bool {
		return (d.adverbAt(k) || d.posAt(k) == syntax.RB) && d.low[k] != "not" && d.posAt(k) != syntax.MD
	}
	j := i - 1
	for j >= s.a && adverb(j) {
		j--
	}
	n := i + 1
	for n < s.b && adverb(n) {
		n++
	}
	if j < s.a || n >= s.b || d.posAt(j) != syntax.NNS || d.person[j] || d.org[j] || !(d.posAt(n) == syntax.MD || beForms[d.low[n]] || haveForms[d.low[n]]) {
		return false
	}
	np := d.leftNP(j, s.a)
	return np.len() > 0 && (np.a == s.a || d.isPunct(np.a-1)) // the noun opens its clause: no "that" or "who" before it
}

// unsaid reports a verb of speech negated or refused ("did not say how
// many", "declined to say", "would not comment"): nothing was said.
func (d *doc) unsaid(i int, s rng) bool {
	j := i - 1
	for j >= s.a && d.adverbAt(j) && !auxiliaries.has(d.low[j]) {
		j--
	}
	if j < s.a {
		return false
	}
	if d.low[j] == "yet" && j-1 >= s.a {
		j-- // "has not yet said"
	}
	switch d.low[j] {
	case "not", "n't", "n’t", "never", "neither", "nor":
		return true
	case "to":
		return j-1 >= s.a && (refusals.has(d.low[j-1]) || obligations[d.low[j-1]])
	case "and", "or":
		return d.obligedBefore(i, j, s)
	case "could", "would", "can", "will":
		// "Neither side could say when", "neither the city nor the union
		// could say", "Nobody would say", "No one could say whether": no
		// one said it.
		k := j - 1
		if k >= s.a && d.low[k] == "nobody" || k-1 >= s.a && d.low[k-1] == "no" && d.low[k] == "one" {
			return true
		}
		for ; k >= s.a && k >= j-12 && !d.isPunct(k) && d.quote[k] < 0 && !isFinite(d.posAt(k)); k-- {
			if d.low[k] == "neither" {
				// opening the subject, not inside a modifier ("A mediator
				// representing neither side would say only that …")
				return k == s.a || d.isPunct(k-1) || coordinators.has(d.low[k-1])
			}
		}
	}
	return d.noneAskedWhether(i, j, s)
}

// obligations are the participles that make a verb of speech after
// "to" a duty, not an act: "Carriers will be required to tell customers
// what their new price will be".
var obligations = map[string]bool{"required": true, "obliged": true, "obligated": true, "mandated": true}

// obligedBefore reports a verb of speech at i, in the base form,
// coordinated by the "and" or "or" at j (adverbs between) with an
// infinitive that is a duty: "required to notify customers
// before a discount ends and tell them what …". The words between hold no
// punctuation and no finite verb but in a short subordinate clause.
func (d *doc) obligedBefore(i, j int, s rng) bool {
	if d.posAt(i) != syntax.VB {
		return false // the main verb's own tense: "was required to step aside and said she would fight"
	}
	for k := j - 1; k > s.a && k >= j-16; k-- {
		if d.isPunct(k) || d.quote[k] >= 0 {
			return false
		}
		if isFinite(d.posAt(k)) {
			sub := k - 1
			for sub > s.a && sub >= k-4 && !subordinators.has(d.low[sub]) {
				sub--
			}
			if sub <= s.a || !subordinators.has(d.low[sub]) {
				return false
			}
			k = sub
			continue
		}
		if d.low[k] == "to" {
			return obligations[d.low[k-1]]
		}
	}
	return false
}

// anonymityRequest reports a request that the speaker's name be kept out
// of the story: "who asked that his name not be used", "asked that her
// identity not be published". The story's convention, not what was said:
// the speech scope drops it after the speakers are found
// (withoutAnonymityRequests), as a pronoun after it may need it.
func (d *doc) anonymityRequest(i int, s rng) bool {
	if w := d.low[i]; !(w == "asked" || w == "asks" || w == "requested") || i+6 >= s.b || d.low[i+1] != "that" {
		return false
	}
	k := i + 2
	if d.posAt(k) != syntax.PRPS || !(d.low[k+1] == "name" || d.low[k+1] == "identity" || d.low[k+1] == "last") {
		return false
	}
	for k += 2; k < s.b && k <= i+7; k++ {
		if d.low[k] == "not" {
			return k+2 < s.b && d.low[k+1] == "be" && (namingParticiples[d.low[k+2]] || anonymityVerbs[d.low[k+2]])
		}
	}
	return false
}

// namingParticiples say a name is put in print: "not be used", "not be
// published" (not "not be included on the memorial wall").
// (with anonymityVerbs, the verbs of "asked to be named/identified").
var namingParticiples = map[string]bool{"used": true, "published": true, "revealed": true,
	"disclosed": true, "printed": true, "released": true, "given": true, "shared": true}

// noneAskedWhether reports a verb of speech whose subject is no one ("None
// of the carriers", "Nobody", "No one") and whose object asks whether or
// if ("None of the carriers said Wednesday whether they planned to
// appeal"): nothing was said. j is the word before the verb.
func (d *doc) noneAskedWhether(i, j int, s rng) bool {
	asks := false // "whether" or "if" right after the verb (over a day or an adverb), looked at first: it seldom is
	for n := i + 1; n < s.b && n <= i+3; n++ {
		if w := d.low[n]; w == "whether" || w == "if" {
			asks = true
			break
		}
		if !dayWords.has(d.low[n]) && !d.adverbAt(n) {
			break
		}
	}
	if !asks {
		return false
	}
	a := -1
	for k := j; k >= s.a && k >= j-8 && !d.isPunct(k) && d.quote[k] < 0 && !relativePronouns[d.low[k]]; k-- {
		w := d.low[k]
		if w == "none" || w == "nobody" || w == "neither" {
			a = k
		} else if (w == "one" || d.posAt(k).IsNoun()) && k-1 >= s.a && (d.low[k-1] == "no" || d.low[k-1] == "neither") {
			a = k - 1 // "No one", "No carrier", "Neither carrier"
		}
	}
	if a < 0 || !(a == s.a || d.isPunct(a-1) || coordinators.has(d.low[a-1])) {
		return false // the subject opens with it (not "Farmers who have seen none of the aid said if …")
	}
	return true
}

// usedAsVerb reports whether the cue word at i is a verb here: not a noun
// after a determiner or a preposition ("the report", "in support"), not
// part of a capitalised name, not "added to the list" or "claimed by".
func (d *doc) usedAsVerb(i int, s rng) bool {
	w := d.low[i]
	if i > s.a {
		p := d.low[i-1]
		quantSubj := quantifierSubjects.has(p) && (i-1 == s.a || d.isPunct(i-2) || d.low[i-2] == "but" || d.low[i-2] == "and") // "Some say", "but many argue"
		possessive := possessiveMark(p) && !d.contractedAux(i-1, s)                                                            // "he's said", not "the mayor's report"
		if determiners.has(p) && p != "that" && !quantSubj && (!pastForm(w) || articles.has(p)) || possessive || p == "when" || p == "if" || p == "to" && w != "say" && w != "tell" && !(isFinite(d.posAt(i)) && d.overContactRelative(i-1, s) < i-1) {
			return false
		}
		if prepositions.has(p) && nounLike[w] {
			return false
		}
		if d.capital(i) && !(d.toks[i-1].Kind == tokens.Punct && isSentPunct(p)) && !d.titleCase(s) {
			return false
		}
	}
	if i+1 < s.b && (d.low[i+1] == "to" && w != "said" && w != "told" && !d.toAddresseeThat(i+1, s) || d.low[i+1] == "by" && !(i+2 < s.b && meansNouns[d.low[i+2]])) {
		return w == "say" || w == "says" // (but "said by phone": the means, no agent)
	}
	if i+1 < s.b && d.low[i+1] == "than" {
		return false // "easier said than done"
	}
	if strings.HasSuffix(w, "s") && i > s.a && i+2 < s.b && (d.low[i+1] == "that" || d.low[i+1] == "which") && (isFinite(d.posAt(i+2)) || d.posAt(i+2) == syntax.MD) &&
		(d.posAt(i-1) == syntax.CD || d.posAt(i-1).IsAdjective() || numberWords[d.low[i-1]] || d.low[i-1] == "dozen") {
		return false // a plural with its relative clause: "the dozen states that held primaries", "two claims that were rejected"
	}
	if w == "blame" && i > s.a && d.blameAsNoun(i, s) {
		return false // the noun after a verb: "cannot assign blame", "shifted blame", "accept blame"
	}
	if forecastVerbs[w] && strings.HasSuffix(w, "ing") && !d.forecastingVerb(i, s) {
		return false // "using forecasting models", "Forecasting the weather is hard": no verb of a subject's
	}
	if i > s.a && strings.HasSuffix(w, "ing") && d.posAt(i) == syntax.NN && d.posAt(i-1) == syntax.NN && (i-1 == s.a || !d.capital(i-1)) {
		return false // a gerund named by the noun before it: "Weather forecasting has improved"
	}
	modifier := strings.HasSuffix(w, "ing") && i+1 < s.b && d.posAt(i+1).IsNoun() && !d.capital(i+1)                                 // "a talking point"
	sayNoun := w == "say" && i > s.a && (i+1 >= s.b || d.isPunct(i+1) || prepositions.has(d.low[i+1]) || d.posAt(i-1) == syntax.JJR) // "a larger say in", not "The elderly say they …" ("than" returned above)
	if modifier && !sayForms.has(w) && d.titleOfName(i+1, s) {
		return false // "…, defending champions Ajax Amsterdam, …": a title before a name
	}
	if d.posAt(i) == syntax.NN && i+2 < s.b && d.posAt(i+1) == syntax.NN && !d.capital(i+1) && d.quote[i+1] < 0 && isFinite(d.posAt(i+2)) {
		return false // a noun before the subject's head and its verb: "interbank call money was down"
	}
	if p := d.posAt(i); p == syntax.NN || p == syntax.NNS || sayNoun || modifier {
		// A noun after an article or a possessive and its modifiers:
		// "a personally signed tweet", "the much anticipated report", "a
		// larger say", "Doe's repeated calls", "the same talking point".
		if (d.modifiedNoun(i, s, !modifier) || d.adjectiveObject(i, s)) && !d.shareSays(i, s) {
			return false
		}
	}
	if pastForm(w) && !tellVerbs[w] && i+1 < s.b && d.posAt(i+1).IsNoun() && !d.capital(i+1) && d.participleModifier(i, s) {
		return false // "the number of reported cases", "a politically charged visit"
	}
	if w == "told" && d.thingTold(i, s) {
		// "a story later told in the musical Come From Away", "a tale
		// told by elders": a thing told, no one telling it here.
		return false
	}
	if (w == "called" || w == "call" || w == "calls") && d.namingWhat(i, s) {
		// "what they called a tax on bread": a name given, no
		// speech reported.
		return false
	}
	if (w == "called" || w == "named") && d.namingParticiple(i, s) {
		// "A company called Harmony Widgets gave $5,000": a name given
		// to the noun before, in a subject whose verb comes after it.
		return false
	}
	if strings.HasPrefix(w, "admit") && d.admittedInto(i, s) {
		// "patients admitted through the emergency department": let
		// in, no words admitted.
		return false
	}
	if (w == "called" || w == "call" || w == "calls") && d.summons(i, s) {
		// "she called Lind to congratulate him": a telephone call or a
		// summons, with no words reported.
		return false
	}
	if w == "called" && i > s.a && d.low[i-1] == "," && i+1 < s.b && (d.capital(i+1) || articles.has(d.low[i+1])) && !d.namedAs(i+1, s.b) && !d.objectThenQuote(i+1, s) {
		// A naming apposition: "The ferry firm, called Bluewake,
		// said …", "a braided loaf, called a plait." (Not the verb after
		// a subject's apposition: "Jo Doe, a union president, called
		// the lockout a pressure tactic", "One senator, a Liberal, called
		// the program “a benefit in name only”".)
		return false
	}
	return true
}

// objectThenQuote reports an article at j, one to three lower-case words
// after it and then an opening quotation mark: "the program “a benefit in
// name only”", an object and what it was called (not "the “Sea Queen”",
// a name).
func (d *doc) objectThenQuote(j int, s rng) bool {
	if !articles.has(d.low[j]) {
		return false
	}
	for k := j + 1; k < s.b && k <= j+4; k++ {
		if d.opensQuote(k) {
			return k > j+1
		}
		if d.capital(k) || d.isPunct(k) || d.quote[k] >= 0 {
			return false
		}
	}
	return false
}

// speakerAfter takes an inverted speaker after the verb: `”, said Smith,`,
// `said Smith during` — unless the sentence opened with the speaker and an
// apposition ("Jo Doe, a delegate from Ohio, said the vote was fair").
func (d *doc) speakerAfter(c *cue, s rng) {
	i, w := c.a, d.low[c.a]
	if strings.HasSuffix(w, "ing") || lexicon[w].class == classAttitude {
		// A participle's object is no speaker ("…, adding a plug for"),
		// nor an attitude's: only verbs of speech invert ("said Doe";
		// "the union backed Ana Ruiz in the primary").
		return
	}
	np := d.rightNP(i+1, s.b)
	if n := i + 2; np.len() == 1 && d.low[np.a] == "her" && n < s.b && d.quote[n] < 0 && !d.capital(n) && d.posAt(n).IsNoun() {
		// "said her daughter, Jo Doe": her daughter speaks; not "…,"
		// said her family is living on strike pay": a clause's subject.
		if p := d.determinerPhrase(i+1, s.b); p.b >= s.b || !isFinite(d.posAt(p.b)) && d.posAt(p.b) != syntax.MD {
			np = p
			if n := np.b + 1; n < s.b && d.low[np.b] == "," && d.person[n] {
				np.b = d.personEnd(n, s.b) // "said her daughter, Ann Lee, who is 12": the name is the speaker's
			}
		}
	}
	if p := d.withPossessed(np, s.b); p.b > np.b && sayForms.has(w) && i-1 >= s.a && (d.isPunct(i-1) || doubleMark(d.low[i-1]) != notMark) {
		// "said the factory's union secretary Jo Doe": the possessed
		// phrase speaks, and the name after it.
		np = p
		if n := np.b + 1; n < s.b && d.low[np.b] == "," && d.person[n] {
			np.b = d.personEnd(n, s.b) // "said the FBI's director, James B. Comey, on Monday"
		}
	}
	if np.len() > 0 && d.capital(np.a) && (i-1 < s.a || d.isPunct(i-1)) && (sayForms.has(w) || i-1 >= s.a && doubleMark(d.low[i-1]) != notMark) {
		// "…, said Acme team physician Dr. Jo Doe": an organisation's role
		// before a title or a person's name; the name is the speaker.
		m := d.lowerRun(np.b, s.b)
		if m > np.b && m < s.b && (personTitles[d.low[m]] || d.person[m]) && d.posAt(m-1).IsNoun() && !d.verbIn(np.b, m) {
			for m < s.b && (d.capital(m) || personTitles[d.low[m]]) && d.quote[m] < 0 {
				m++
			}
			if m >= s.b || d.isPunct(m) && doubleMark(d.low[m]) == notMark {
				np.b = m // only where the name ends the clause, as an inverted speaker does
			}
		}
	}
	if np.len() == 0 {
		return
	}
	if p := d.posAt(np.b - 1); np.len() > 1 && !d.capital(np.b-1) && (p == syntax.VBD || p == syntax.VBN) {
		return // a clause's subject and verb: "said the case involved ten women"
	}
	for k := np.a + 1; k < np.b && !d.person[np.b-1]; k++ { // (not "said arms control expert Amy Lee", "expert" read as a verb)
		if p := d.posAt(k); !d.capital(k) && (p == syntax.VBD || p == syntax.VBZ || p == syntax.MD) && d.quote[k] < 0 && d.posAt(k-1).IsNoun() {
			return // a clause's subject, verb and object: "Mayor vetoes budget, says council ignored residents"
		}
	}
	after, pre := np.b, i-1
	markBefore := i-1 >= s.a && (doubleMark(d.low[i-1]) != notMark || d.low[i-1] == "," && i-2 >= s.a && doubleMark(d.low[i-2]) != notMark)
	if !markBefore && after+1 < s.b && doubleMark(d.low[after]) != notMark && d.quote[after+1] >= 0 && d.quote[after-1] < 0 && !d.capital(after+1) {
		// "said the government “respects the process”": the clause's
		// subject and its quoted predicate, not an inverted speaker (not
		// after a quotation: "“We did our best,” said the minister “under
		// …”" inverts)
		return
	}
	// "declared Lind to be …": the name is the object of an infinitive's
	// raising verb, not an inverted speaker ("said Lind to reporters").
	infinitive := after+1 < s.b && d.low[after] == "to" && d.posAt(after+1) == syntax.VB
	// "praised Lind for …", "accused Lind of …": the object's preposition.
	quoteBefore := i-1 >= s.a && (doubleMark(d.low[i-1]) != notMark || i-2 >= s.a && d.low[i-1] == "," && doubleMark(d.low[i-2]) != notMark)
	objectPrep := after < s.b && (d.low[after] == "for" || d.low[after] == "of" || d.low[after] == "as") && !sayForms.has(w) && !quoteBefore // "“…,” warned Lind of the bank" inverts
	okAfter := after >= s.b || d.isPunct(after) && !contracted(d.low[after]) || prepositions.has(d.low[after]) && !infinitive && !objectPrep && !d.clauseAfterPP(after, s.b) || dayWords.has(d.low[after])
	boundary := pre < s.a || d.isPunct(pre) || doubleMark(d.low[pre]) != notMark
	name := d.capital(np.a) || d.roleBeforeName(np.a, s.b) > np.a // "said police spokesman Ro Vance"
	leftName := false
	if !boundary {
		if l := d.leftNP(i-1, s.a); l.len() > 0 && (d.capital(l.b-1) || determiners.has(d.low[l.a]) && d.posAt(l.b-1).IsNoun() && !d.saidBefore(s.a, l.a) || l.len() == 1 && subjPronouns.has(d.low[l.a])) {
			// or a subject phrase: "The book accuses Roe of …", "Later,
			// he called Acme “a disgrace”"; not after what was said
			// ("“…”: the president said Xi Jinping during the meeting").
			leftName = true
		}
	}
	afterMark := pre >= s.a && (doubleMark(d.low[pre]) != notMark || singleMark(d.low[pre]) != notMark && d.quote[pre] >= 0 || pre-1 >= s.a && d.low[pre] == "," && doubleMark(d.low[pre-1]) != notMark)
	// A bare role after a quote, headline style: `“…,” says mayor`.
	bare := afterMark && np.len() <= 3 && roleNouns.has(d.low[np.b-1])
	// "…, said fire officials Tuesday.": a lower-case role alone, after a
	// comma or a quote and before the sentence's end or a time.
	role := !name && okAfter && boundary && d.lowerRole(np.a, s.b) == np.b && (after >= s.b || d.isPunct(after) || dayWords.has(d.low[after]))
	if tellVerbs[w] && !(afterMark && okAfter && (name || determiners.has(d.low[np.a]))) || !role && !(okAfter && (boundary && (name || subjPronouns.has(d.low[np.a]) || determiners.has(d.low[np.a]) || bare) || name && !leftName) || afterMark && (name || determiners.has(d.low[np.a]))) {
		return
	}
	if !name && !afterMark && !sayForms.has(w) && determiners.has(d.low[np.a]) && !d.canSpeak(np) {
		return // "…, promised her resignation at a hearing": an object that cannot speak
	}
	if e := np.b; e+1 < s.b && d.quote[e] >= 0 && isMarkTok(d.low[e]) && isFinite(d.posAt(e+1)) {
		return // "said Lind “was heavily involved”": Lind is the content's subject
	}
	c.subj, c.inverted = np, true
	if !name && !role && pre >= s.a && d.low[pre] == "," {
		if l := d.subjectOverPunct(pre, s); l.len() > 0 && l.a == s.a {
			c.subj, c.inverted = rng{}, false
		}
	}
}

// speakerBefore takes the speaker before the verb, over auxiliaries and
// adjuncts ("Smith has also said", "Smith on Friday said"); a participle
// ("…, saying that", "began by saying") takes the sentence's subject. It
// reports false for a passive tell-verb ("was told"), which is no cue.
func (d *doc) speakerBefore(c *cue, s rng) bool {
	i, w := c.a, d.low[c.a]
	k := i - 1
	passive := false
	for k >= s.a && (auxiliaries.has(d.low[k]) || d.adverbAt(k) || d.contractedAux(k, s) || d.low[k] == "only" && k > s.a && auxiliaries.has(d.low[k-1])) {
		switch d.low[k] {
		case "was", "were", "been", "be", "is", "are":
			passive = true
		}
		k--
	}
	k = d.overAdjunct(d.overTime(k, s.a), s.a)
	if isFinite(d.posAt(i)) {
		k = d.overContactRelative(k, s)
	}
	if i-1 >= s.a && d.low[i-1] == "being" && pastForm(w) {
		return false // "without being told to smile"
	}
	if (w == "told" || w == "asked" || w == "ordered" || w == "urged") && i+2 < s.b && d.low[i+1] == "to" && d.posAt(i+2) == syntax.VB && !d.relativeSubjectBefore(i, s) {
		passive = true // a headline's "Residents told to boil water": active "told" names whom before "to"
	}
	if passive && (w == "told" || w == "asked" || w == "informed" || w == "reminded" || w == "warned" || w == "urged" || w == "assured") {
		return false
	}
	if passive && pastForm(w) && !strings.HasSuffix(w, "ing") && w != "quoted" {
		// "A man has been charged": the subject of a passive is no speaker.
		return false
	}
	if d.infinitiveOf(k, s) {
		c.subj = d.infinitiveSubject(s, k)
		return true
	}
	if strings.HasSuffix(w, "ing") && (!passive || k >= s.a && d.low[k] == ",") {
		c.subj = d.sentenceSubject(s, i)
		if d.receivedText(i, s) {
			return false // "The province received a letter from the city saying …": the sender's, not the subject's
		}
		if d.othersText(i, s) {
			return false // "called on him to retract a statement saying …": the statement's, which the subject wants gone
		}
		if qa := d.quotedAs(k, s); qa.len() > 0 {
			c.subj = qa
		} else if inv := d.invertedBefore(k, s); inv.len() > 0 {
			c.subj = inv
		} else if abs := d.absoluteSubject(k, s); abs.len() > 0 {
			c.subj = abs
		} else if par := d.parentheticalBefore(k, s); par.len() > 0 {
			c.subj = par
		}
		return true
	}
	if k-1 >= s.a && d.low[k] == "which" && d.low[k-1] == "," && (cueStrength[w] >= 1 || k-2 >= s.a && forecastVerbs[w] && (studyNouns[d.low[k-2]] || forecastNouns[d.low[k-2]]) && !d.inPrepPhrase(k-2, s)) {
		// "The group, which says it represents 41,000 firms, …": the
		// relative pronoun speaks for the phrase before it, as "who" does
		// (a verb that reports speech most of the time: not "which
		// echoes a widely criticized post"; a report's or a forecast's
		// forecast: "its quarterly report, which forecasts growth of …").
		c.subj = rng{k, k + 1}
		return true
	}
	if k-1 >= s.a && (d.low[k] == "that" || d.low[k] == "which") && d.quote[k] < 0 && d.quoteAfterCue(i, s) {
		if subj, found, ok := d.writtenRelativeSubject(k, s); found {
			c.subj = subj
			return ok
		}
	}
	if q := k - 2; q > s.a && d.low[k] == "whom" && d.low[k-1] == "of" && (quantifierSubjects.has(d.low[q]) || d.posAt(q) == syntax.CD || shareWords[d.low[q]] || d.low[q] == "each") {
		if q-1 > s.a && d.indefiniteAt(q-1) {
			q-- // "a few of whom", "a majority of whom"
		}
		if d.low[q-1] == "," {
			c.subj = rng{q, k + 1} // "Residents packed the hall, many of whom said …"
			return true
		}
	}
	c.subj = d.afterSummaryNoun(d.coordinatedSubject(d.leftNP(k, s.a), s))
	if c.subj.len() == 0 && k >= s.a {
		c.subj = d.subjectOverPunct(k, s)
		if np, ok := d.overPrepObject(c.subj, s, i); ok && c.subj.len() > 0 && np.a < c.subj.a {
			c.subj = np // "A spokesman for prosecutors in the city, where …, said"
		}
		if c.subj.len() > 0 {
			c.subj = d.overRelatives(c.subj, s) // "Two commissioners who voted against the motion, Jo Doe and Al Roe, said"
			c.subj = d.participleHead(c.subj, s)
			c.subj = d.overOfList(c.subj, s)
		}
	} else if c.subj.len() > 0 {
		c.subj = d.overOfList(c.subj, s)
		c.subj = d.nameBeforeApposition(c.subj, s)
		c.subj = d.overRelatives(c.subj, s)
		c.subj = d.overParticiple(c.subj, s)
		c.subj = d.participleHead(c.subj, s)
		var ok bool
		if c.subj, ok = d.overPrepObject(c.subj, s, i); !ok {
			return false
		}
		c.subj = d.coordinated(c.subj, s, i)
	}
	c.subj = d.afterFreeRelative(c.subj)
	if n, o := i+1, c.subj.a-1; c.subj.len() == 1 && d.toks[c.subj.a].Kind == tokens.Number && d.low[c.subj.a][0] >= '0' && d.low[c.subj.a][0] <= '9' && !sayForms.has(d.low[i]) &&
		o >= s.a && (d.posAt(o).IsVerb() || prepositions.has(d.low[o])) && n < s.b && (d.low[n] == "and" || d.low[n] == "or" || d.posAt(n).IsNoun() && !d.capital(n)) {
		// a count, the object of a verb or a preposition, before a
		// participle that modifies its noun: no one speaking ("reported
		// 934 confirmed and probable cases"; not "…, 12 told reporters")
		return false
	}
	return !d.reducedRelative(c.subj, i, s)
}

// reducedRelative reports cue verb i as the participle of a reduced
// relative after a noun that sums up the clause before it: "…, an
// expansion first announced in the fall", "…, a plan unveiled Tuesday"
// (not "…, a spokesperson said Tuesday").
func (d *doc) reducedRelative(subj rng, i int, s rng) bool {
	if subj.len() < 2 || subj.a == 0 || d.low[subj.a-1] != "," || d.low[subj.a] != "a" && d.low[subj.a] != "an" || !summaryNouns[d.low[subj.b-1]] || !pastForm(d.low[i]) {
		return false
	}
	n := i + 1
	return n >= s.b || d.isPunct(n) || prepositions.has(d.low[n]) || dayWords.has(d.low[n]) || timeNouns.has(d.low[n])
}

// afterFreeRelative drops from a speaker phrase what comes before the
// "what" of a free relative it ends in: "treated at the hospital for what
// doctors later said was a heart attack" is said by the doctors; "what
// former employees describe as" by the employees (not "What's more").
func (d *doc) afterFreeRelative(np rng) rng {
	for j := np.b - 2; j >= np.a; j-- {
		if w := d.low[j]; (w == "what" || w == "whatever") && d.quote[j] < 0 && !d.isPunct(j+1) && !possessiveMark(d.low[j+1]) {
			return rng{j + 1, np.b}
		}
	}
	return np
}

// afterSummaryNoun drops from a speaker phrase that opens an appositive
// summing up the clause before it the words that sum up: "…, a move critics
// say comes too late" is said by the critics, not "a move critics".
func (d *doc) afterSummaryNoun(np rng) rng {
	if np.len() == 3 && (d.low[np.a] == "a" || d.low[np.a] == "an") && d.posAt(np.a+1) == syntax.NN && !d.capital(np.a+1) && d.posAt(np.a+2) == syntax.NNS && !d.capital(np.a+2) {
		return rng{np.a + 2, np.b} // "a clause lawyers warned would not survive": no plural after "a", the relative clause's subject
	}
	if np.len() < 3 || np.a == 0 || d.low[np.a-1] != "," || d.low[np.a] != "a" && d.low[np.a] != "an" {
		return np
	}
	for h := np.a + 1; h < np.b-1 && h < np.a+4; h++ {
		if summaryNouns[d.low[h]] {
			if p := d.posAt(h + 1); p.IsNoun() || p.IsAdjective() || p == syntax.VBZ || subjPronouns.has(d.low[h+1]) {
				// a bare subject after the summing-up noun: a plural or a
				// pronoun ("a move critics say"), not a compound's head
				// ("a policy analyst said", "a charge nurse said")
				e := h + 1
				for e < np.b && (d.posAt(e).IsNoun() || d.posAt(e).IsAdjective()) && !d.capital(e) {
					e++
				}
				if subjPronouns.has(d.low[h+1]) || d.capital(h+1) || e > h+1 && (d.posAt(e-1) == syntax.NNS || d.posAt(e-1) == syntax.NNPS) {
					return rng{h + 1, np.b}
				}
			}
			return np
		}
	}
	return np
}

// overOfList widens a speaker phrase that ends a list of portfolios after
// a role and "of" to the role: "the minister of language, culture and
// tourism", "The Minister of Language, Culture and Tourism" (the comma
// had left "culture and tourism", or "tourism" before ", who …"); not a
// phrase ending in a person's name, who speaks ("the Minister of Fisheries,
// Forestry and Agriculture, Bernard Quinlan,").
func (d *doc) overOfList(np rng, s rng) rng {
	j := np.a - 1
	if j <= s.a || d.person[np.b-1] || !(d.low[j] == "and" || d.low[j] == "&" || d.low[j] == "," && d.hasConjunction(np)) {
		return np // a list ends with "and": not "These sources of authority, the lawyers said"
	}
	// Two phrases with determiners joined by "and" alone are no list:
	// "met the minister of finance and the premier said".
	pair := (d.low[j] == "and" || d.low[j] == "&") && determiners.has(d.low[np.a])
	for n := 0; n < 5 && j-1 > s.a && (d.low[j] == "and" || d.low[j] == "," || d.low[j] == "&") && d.quote[j] < 0; n++ {
		item := d.leftNP(j-1, s.a)
		if item.len() == 0 || item.len() > 5 {
			return np
		}
		for k := item.a + 1; k < item.b-1; k++ {
			if d.low[k] == "of" && roleNouns.has(d.low[k-1]) && !d.isName(k+1, k+2) && item.b-k <= 3 {
				if pair && n == 0 {
					return np
				}
				return rng{item.a, np.b} // "minister of language" opens the list
			}
		}
		if item.len() > 2 || d.isPunct(item.a) {
			return np
		}
		j = item.a - 1
	}
	return np
}

// hasConjunction reports "and" or "&" inside np.
func (d *doc) hasConjunction(np rng) bool {
	for i := np.a + 1; i < np.b-1; i++ {
		if d.low[i] == "and" || d.low[i] == "&" {
			return true
		}
	}
	return false
}

// participleHead moves a speaker phrase that opens with a participle
// after its noun to the noun: "A news report published Wednesday said",
// "A note prepared for the minister, released under the act, says" are
// the report and the note (a past tense only alone: the tagger reads
// "published" so).
func (d *doc) participleHead(np rng, s rng) rng {
	a := np.a
	if np.len() == 0 || a-1 < s.a || d.isPunct(a-1) || d.capital(a) || !(d.posAt(a) == syntax.VBN || d.posAt(a) == syntax.VBD && np.len() == 1) {
		return np
	}
	if head := d.leftNP(a-1, s.a); head.len() > 0 && d.posAt(head.b-1).IsNoun() {
		return head
	}
	return np
}

// othersText reports a participle at i right after a text ("a memo
// saying …") that the verb before the text asks to undo: "withdraw a
// memo saying", "retract a statement saying" (not "issued a statement
// saying", "revised her statement explaining", "withdrew its news
// release saying": its own words, taken back).
func (d *doc) othersText(i int, s rng) bool {
	if !d.textAt(i-1, s) {
		return false
	}
	v, own := d.textVerb(i-1, s)
	return v >= 0 && !own && undoingVerbs[d.low[v]]
}

// receivedText reports a participle at i after a text, or a text and
// its sender ("a letter from the city saying"), that the verb before it
// received: the text's words, not the receiver's.
func (d *doc) receivedText(i int, s rng) bool {
	t := i - 1
	for j := t; j > s.a && j >= i-6; j-- {
		if d.low[j] == "from" {
			t = j - 1
			break
		}
	}
	if !d.textAt(t, s) {
		return false
	}
	v, _ := d.textVerb(t, s)
	return v >= 0 && receivingVerbs[d.low[v]]
}

// textAt reports a noun of a text at token t, inside sentence s after its
// first token.
func (d *doc) textAt(t int, s rng) bool {
	return t > s.a && (textNouns.has(d.low[t]) || docNouns.has(d.low[t]))
}

// textVerb is the verb within five tokens before the text at t, else -1;
// own reports a possessive of the subject's between them ("its news
// release").
func (d *doc) textVerb(t int, s rng) (v int, own bool) {
	for j := t - 1; j >= s.a && j >= t-5; j-- {
		if ownPossessives[d.low[j]] {
			own = true
		}
		if d.posAt(j).IsVerb() {
			return j, own
		}
	}
	return -1, own
}

// ownPossessives make a text the subject's own.
var ownPossessives = wordSet(`its their his her our`)

// undoingVerbs take back a text: its words are no longer those of who
// asks for it.
var undoingVerbs = wordSet(`withdraw withdraws withdrew withdrawn withdrawing retract retracts retracted retracting
	rescind rescinds rescinded rescinding delete deletes deleted deleting disavow disavows disavowed disavowing`)

// regionAdjective reports a lower-case adjective of a region at token j:
// "northwestern", "southern", "central".
func (d *doc) regionAdjective(j int) bool {
	w := d.low[j]
	return !d.capital(j) && (strings.HasSuffix(w, "ern") || w == "central") && d.posAt(j).IsAdjective()
}

// overParticiple moves a subject found in a participle's prepositional
// phrase to the noun the participle modifies: "another source speaking
// to the network said" → "another source", "a release sent to media from
// the union said" → "a release".
func (d *doc) overParticiple(np rng, s rng) rng {
	if np.a-1 >= s.a && d.posAt(np.a) == syntax.VBG && d.posAt(np.a-1).IsNoun() && !d.isPunct(np.a-1) {
		// "The union representing Ottawa's roughly 700 paramedics says":
		// the phrase the participle describes, which the scan left out
		if head := d.leftNP(np.a-1, s.a); head.len() > 0 && head.b == np.a && (d.canSpeak(head) || orgNoun(d.headNoun(head))) {
			return head
		}
	}
	j := d.overInfinitive(np, s)
	region := j == np.a-1 && j-1 >= s.a && np.len() > 0 && d.regionAdjective(j) && prepositions.has(d.low[j-1]) && d.capital(np.a)
	if region {
		j-- // a region's adjective before the place a preposition took: "killed in a rock fall in northwestern Quebec"
	}
	for j >= s.a && prepositions.has(d.low[j]) && !subordinators.has(d.low[j]) && d.low[j] != "while" {
		j--
		if j >= s.a && !d.isPunct(j) && (d.posAt(j) == syntax.NN || d.posAt(j) == syntax.NNS) {
			// Over a prepositional phrase: "sent to media from the
			// union", "tabled in the legislature by the auditor".
			if p := d.leftNP(j, s.a); p.len() > 0 && p.len() <= 4 && p.a-1 >= s.a && prepositions.has(d.low[p.a-1]) && !subordinators.has(d.low[p.a-1]) {
				j = p.a - 2
			}
		}
		if j >= s.a && dayWords.has(d.low[j]) {
			j-- // "released Tuesday by"
		}
	}
	if j >= s.a && j < np.a-1 && partQuantifiers[d.low[j]] && (j == s.a || d.low[j-1] == "," || coordinators.has(d.low[j-1])) && d.quote[j] < 0 {
		return rng{j, np.b} // "Several on the picket line said", "Many in the crowd said": part of them
	}
	// A past tense right after a noun, with only a prepositional phrase
	// between it and the verb of speech, is a participle the tagger
	// read as a tense: "Tourists interviewed in Malta complain that".
	reduced := j >= s.a && d.posAt(j) == syntax.VBD && !d.capital(j) && j-1 >= s.a && (d.posAt(j-1) == syntax.NNS || d.posAt(j-1) == syntax.NN)
	if j == np.a-1 && j-1 >= s.a && d.posAt(j) == syntax.VBG && d.posAt(j-1).IsNoun() {
		// "A lawyer representing the family said", "The union
		// representing the workers said": the one the participle
		// describes, whose object the phrase before the verb is.
		if head := d.leftNP(j-1, s.a); head.len() > 0 && head.b == j && (d.canSpeak(head) || orgNoun(d.headNoun(head))) {
			return head
		}
	}
	if j == np.a-1 || j < s.a || !(d.posAt(j) == syntax.VBG || d.posAt(j) == syntax.VBN || reduced || strings.HasSuffix(d.low[j], "ing") && len(d.low[j]) > 5) ||
		region && d.posAt(j) != syntax.VBN && !reduced { // (over a region only to a past participle: not "A report on mining in northern Quebec")
		return np
	}
	if head := d.leftNP(j-1, s.a); head.len() > 0 && !d.isPunct(j-1) {
		return head
	}
	return np
}

// addressee extends a tell-verb's cue over its addressee: "told
// reporters", "told the network", "told him".
func (d *doc) addressee(c *cue, s rng) {
	k := c.a + 1
	if k+1 < s.b && d.low[k] == "her" && d.posAt(k+1).IsNoun() && !d.capital(k+1) {
		if np := d.determinerPhrase(k, s.b); np.len() > 1 && !(np.b < s.b && d.finiteVerb(np.b, np.b+1)) {
			c.objEnd = np.b // "told her lawyer": a possessive, not "told her" ("told her police had found" is)
			return
		}
	}
	if w := d.questionAfterAddressee(k, s); w > k {
		c.objEnd = w // "asked the minister responsible for housing what the government would do"
		return
	}
	if np := d.rightNP(k, s.b); np.len() > 0 && np.len() <= 5 {
		if np.len() > 1 && subjPronouns.has(d.low[np.b-1]) && d.low[np.b-1] != "who" {
			np.b-- // "told the reporters he was …": the clause's subject
			if np.len() > 1 && whWords.has(d.low[np.b-1]) {
				np.b-- // "asked our followers what they thought"
			}
		}
		if np.b < s.b && d.finiteVerb(np.b, np.b+1) && d.quote[np.b] < 0 {
			return // "warned the system would collapse": the clause's subject
		}
		c.objEnd = np.b
	} else if k < s.b && !d.isPunct(k) && d.low[k] != "that" && !prepositions.has(d.low[k]) && d.posAt(k) != syntax.MD && !beForms[d.low[k]] {
		// (not "a move doctors warned will put lives at risk": the
		// clause's verb after a gap for its subject)
		c.objEnd = k + 1
	} else {
		return
	}
	// The request after the addressee's relative clause ("asked the
	// company that stored footage from the cameras to hand over …",
	// "urged everyone who works on the water to take …") or its own
	// phrase ("urged residents across the region to stay tuned", "urged
	// everyone under the order to leave").
	o := c.objEnd
	if e := d.relativeBeforeRequest(o, s); e > o {
		c.objEnd = e
	} else if e := d.phraseBeforeRequest(o, s, askForms[d.low[c.a]]); e > o {
		c.objEnd = e
	}
}

// relativeBeforeRequest returns where the request opens ("to" and a verb)
// after a relative clause on a tell-verb's addressee at k ("that stored
// footage from the cameras outside his house to hand over …"), within the
// sentence and before any punctuation; else k.
func (d *doc) relativeBeforeRequest(k int, s rng) int {
	if k+1 >= s.b || d.low[k] != "that" && d.low[k] != "who" && d.low[k] != "which" || !isFinite(d.posAt(k+1)) && d.posAt(k+1) != syntax.VBN && d.posAt(k+1) != syntax.MD && !(d.low[k] == "who" && d.posAt(k+1) == syntax.NNS) {
		return k // (after "who" a verb the tagger read as a plural: "everyone who works on the water")
	}
	for j := k + 2; j+1 < s.b && j < k+20; j++ {
		if d.isPunct(j) && !possessiveMark(d.low[j]) && d.low[j] != "-" || d.quote[j] >= 0 || d.low[j] == "that" {
			return k
		}
		if d.low[j] == "to" && (d.posAt(j+1) == syntax.VB || d.posAt(j+1) == syntax.VBP) && !d.posAt(j-1).IsVerb() {
			return j // (not the relative clause's own "plan to travel", "failed to report")
		}
	}
	return k
}

// phraseBeforeRequest returns where the request opens ("to" and a verb,
// or "not to") after up to two prepositional phrases on a tell-verb's
// addressee at k ("across the region to stay tuned", "on alert not to
// wait", "under the order to leave"); else k. Not over a topic ("told
// Kohl about efforts to find a solution": the infinitive is the efforts'),
// nor, when ask is set, over "for".
func (d *doc) phraseBeforeRequest(k int, s rng, ask bool) int {
	j := k
	for n := 0; n < 2 && j+1 < s.b && (prepositions.has(d.low[j]) || d.posAt(j) == syntax.IN) && !noRequestPrepositions[d.low[j]] && !(ask && d.low[j] == "for") && !subordinators.has(d.low[j]); n++ {
		np := d.rightNP(j+1, s.b)
		if np.len() == 0 && (d.posAt(j+1).IsNoun() || d.posAt(j+1).IsAdjective()) {
			np = rng{j + 1, j + 2} // "on alert"
			for np.b < s.b && np.len() < 5 && d.posAt(np.b-1).IsAdjective() && (d.posAt(np.b).IsNoun() || d.posAt(np.b).IsAdjective()) && d.quote[np.b] < 0 {
				np.b++ // "in low-lying areas"
			}
		}
		if np.len() == 0 || np.len() > 5 {
			return k
		}
		j = np.b
	}
	if j == k || j+1 >= s.b {
		return k
	}
	if d.low[j] == "not" && j+2 < s.b && d.low[j+1] == "to" && d.posAt(j+2) == syntax.VB {
		return j
	}
	if d.low[j] == "to" && (d.posAt(j+1) == syntax.VB || d.posAt(j+1) == syntax.VBP) && !infinitiveNouns[d.low[j-1]] {
		return j // (not "those with the ability to help to donate": the noun's own infinitive)
	}
	return k
}

// infinitiveNouns take an infinitive of their own: "the ability to help".
var infinitiveNouns = wordSet(`ability right chance plan decision effort attempt power opportunity means`)

// noRequestPrepositions open a phrase after which an infinitive is no
// request to the one addressed: a topic ("told Kohl about efforts to
// find …"), or no phrase at all ("to", "that"). After "asked", "for" is
// one too: "asked the province for money to build …" asks for the money
// (not "urged residents for a second day to conserve water").
var noRequestPrepositions = wordSet(`about regarding concerning to that`)

// questionAfterAddressee returns where a question opens after a
// tell-verb's addressee of a few words ("asked the minister responsible
// for housing what the government would do", "whether …"), or k.
func (d *doc) questionAfterAddressee(k int, s rng) int {
	if k >= s.b || !determiners.has(d.low[k]) && !d.capital(k) {
		return k
	}
	for j := k + 1; j < s.b && j < k+9; j++ {
		if d.isPunct(j) || d.quote[j] >= 0 || isFinite(d.posAt(j)) || d.posAt(j) == syntax.MD || d.low[j] == "to" && j+1 < s.b && d.posAt(j+1) == syntax.VB {
			return k // (a request first: "asked the department to determine whether …")
		}
		switch d.low[j] {
		case "what", "whether", "why", "how", "when", "where", "which":
			if d.finiteVerb(j+1, min(s.b, j+8)) {
				return j
			}
			return k
		}
	}
	return k
}

// clauseFollows reports whether a clause-only verb ("found", "believes")
// has its clause: after it ("found that", "believes he") or before it
// (`CLAUSE, X found.`).
func (d *doc) clauseFollows(c *cue, s rng) bool {
	n := c.end()
	clause := n < s.b && (d.low[n] == "that" || subjPronouns.has(d.low[n]) && d.low[n] != "who" || d.capital(n) || determiners.has(d.low[n]) && d.low[n] != "no" || d.quantitySubject(n, s) && (!findingVerbs[d.low[c.a]] || d.studySubject(c) || d.proportionAt(n)))
	if !clause && n < s.b && findingVerbs[d.low[c.a]] && d.studySubject(c) && (d.posAt(n).IsNoun() || d.posAt(n).IsAdjective() || d.posAt(n) == syntax.VBN && n+1 < s.b && d.posAt(n+1).IsNoun()) {
		// a study's finding with a bare subject: "The report also found
		// wait times grew", "found beds in the hallway were common"
		e := n + 1
		for e < s.b && e < n+7 && !d.isPunct(e) && !isFinite(d.posAt(e)) && d.posAt(e) != syntax.MD && !d.subClauseWordAt(e) {
			e++ // (not into a relative clause: "found mould in the basement of the school where students eat lunch")
		}
		clause = e < s.b && e > n+1 && (isFinite(d.posAt(e)) || d.posAt(e) == syntax.MD)
		if !clause && (d.posAt(n) == syntax.JJR || comparatives[d.low[n]] || d.ofPhraseFinding(n, s) || d.amountRelation(n, s)) {
			// a study's finding of a noun phrase: "found higher lice
			// loads near the pens", "found elevated levels of arsenic in
			// yards", "found vacancy rates below one per cent"
			clause = true
		}
	}
	if d.low[c.a] == "ruled" && n < s.b {
		// "ruled" also governs ("who ruled Argentina for two years"):
		// only "that" or a clause with its verb ("ruled the footage was
		// admissible"), over a time or manner adjunct ("ruled Friday
		// that", "ruled on Friday", "ruled unanimously", "ruled 5-4")
		m := n
		for m < s.b && m < n+3 && (dayWords.has(d.low[m]) || d.low[m] == "on" && m+1 < s.b && dayWords.has(d.low[m+1]) || d.posAt(m) == syntax.RB || d.toks[m].Kind == tokens.Number) {
			m++
		}
		if m >= s.b || d.low[m] != "that" {
			np := d.rightNP(m, s.b)
			clause = np.len() > 0 && np.b < s.b && d.finiteVerb(np.b, np.b+1) && !(c.subj.len() == 1 && relativePronouns[d.low[c.subj.a]])
			// (not "Kings who ruled England believed …": the main clause's verb)
		} else {
			clause = true
		}
	}
	after := n
	if after < s.b && dayWords.has(d.low[after]) && (after+1 >= s.b || d.isPunct(after+1) || prepositions.has(d.low[after+1])) {
		after++ // "…, the Supreme Court ruled Friday in a split decision"
	}
	backward := c.a > s.a && (after >= s.b || d.isPunct(after) || after > n && prepositions.has(d.low[after])) && c.subj.len() > 0 && c.subj.a > s.a && d.low[c.subj.a-1] == ","
	return clause || backward
}

// amountRelation reports a noun phrase at n that a relation to a share
// follows within eight words, before any punctuation or verb: "vacancy
// rates in town below one per cent", "average rents up 38 per cent" (not
// "found bags of cash near 3 Main Street").
func (d *doc) amountRelation(n int, s rng) bool {
	for j := n + 1; j+2 < s.b && j < n+8 && !d.isPunct(j) && !d.posAt(j).IsVerb(); j++ {
		if !amountRelations[d.low[j]] {
			continue
		}
		k := j + 1
		if approxWords[d.low[k]] {
			k++ // "up nearly 12 per cent"
		}
		if k < s.b && d.posAt(k) == syntax.CD && d.proportionAt(k) {
			return true
		}
	}
	return false
}

// amountRelations set a measure against a share: "below one per cent",
// "up 38 per cent".
var amountRelations = wordSet(`below above under over up down`)

// ofPhraseFinding reports a noun phrase at n that goes on with "of" and
// another noun phrase, as a measured amount does: "elevated levels of
// arsenic", "high rates of infection" (not "the house", nor things found,
// "bags of cocaine").
func (d *doc) ofPhraseFinding(n int, s rng) bool {
	for j := n; j < s.b && j < n+4; j++ {
		if d.low[j] == "of" {
			return j > n && measureNouns[d.low[j-1]] && j+1 < s.b && (d.posAt(j+1).IsNoun() || d.posAt(j+1).IsAdjective())
		}
		if !d.posAt(j).IsAdjective() && !d.posAt(j).IsNoun() && d.posAt(j) != syntax.VBN {
			return false
		}
	}
	return false
}

// haveForms are the forms of "have" before a participle.
var haveForms = wordSet(`has have had`)

// measureNouns are the amounts a study measures of something.
var measureNouns = wordSet(`levels rates traces amounts concentrations signs instances patterns`)

// proportionAt reports a share opening at the number at n: "58 per cent",
// "40%", "one in five", "3 out of 4" (not "3 more bodies", "12 of the
// missing hikers").
func (d *doc) proportionAt(n int) bool {
	if n+1 >= len(d.low) {
		return false
	}
	switch d.low[n+1] {
	case "per", "percent", "%", "in", "out":
		return true
	}
	return strings.HasSuffix(d.low[n], "%")
}

// inPrepPhrase reports the noun phrase ending at j as a preposition's
// object ("after the 2018 flood study", "following a safety audit").
func (d *doc) inPrepPhrase(j int, s rng) bool {
	np := d.leftNP(j, s.a)
	return np.len() > 0 && np.a-1 >= s.a && (prepositions.has(d.low[np.a-1]) || d.low[np.a-1] == "following")
}

// blameAsNoun reports "blame" at i as the object of the verb before it:
// "cannot assign blame", "has shifted blame"; not the main verb after a
// subject whose own clause ends in a verb ("Residents who were evacuated
// blame the province", "Those affected blame the railway").
func (d *doc) blameAsNoun(i int, s rng) bool {
	p, v := d.posAt(i-1), d.low[i-1]
	if !p.IsVerb() || p == syntax.MD || auxiliaries.has(v) || beForms[v] {
		return false
	}
	if n := i + 1; n < s.b && (determiners.has(d.low[n]) && d.low[n] != "that" || d.posAt(n) == syntax.PRPS || d.posAt(n) == syntax.PRP || d.posAt(n) == syntax.NNP || d.posAt(n) == syntax.NNPS) {
		return false // an object after it: "Parents interviewed blame the school board"
	}
	if p == syntax.VBN && !(i-2 >= s.a && auxiliaries.has(d.low[i-2])) {
		return false
	}
	for j := i - 2; j >= s.a && j >= i-6; j-- {
		if relativePronouns[d.low[j]] || d.low[j] == "that" || d.low[j] == "those" {
			return false
		}
	}
	return true
}

// shareSays reports a verb of saying the tagger read as a noun after a
// share of people, with a clause after it: "Nearly a third say they don't
// know", "A quarter said that …" (not "a third say in the matter").
func (d *doc) shareSays(i int, s rng) bool {
	return sayForms.has(d.low[i]) && i-1 > s.a && shareWords[d.low[i-1]] && i+1 < s.b && d.quote[i+1] < 0 &&
		(subjPronouns.has(d.low[i+1]) || d.low[i+1] == "that" || d.low[i+1] == "the")
}

// shareWords are the fractions and shares that head a part of a group.
var shareWords = map[string]bool{"third": true, "thirds": true, "quarter": true, "quarters": true, "half": true, "fifth": true, "fifths": true, "majority": true, "minority": true, "plurality": true}

// quantitySubject reports a clause without "that" whose subject opens
// with a number at n: "found 58 per cent of Quebecers oppose the plan"
// (not "found 58 bodies", "estimated 40 per cent of the cost"); after
// "found", a study's finding or a share of people only ("Crews found 3
// more bodies were …" is a discovery).
func (d *doc) quantitySubject(n int, s rng) bool {
	if d.toks[n].Kind != tokens.Number {
		return false
	}
	for j := n + 1; j < s.b && j <= n+16 && (!d.isPunct(j) || possessiveMark(d.low[j])) && d.quote[j] < 0; j++ {
		if relativePronouns[d.low[j]] || d.low[j] == "that" || coordinators.has(d.low[j]) && j+1 < s.b && (determiners.has(d.low[j+1]) || subjPronouns.has(d.low[j+1])) {
			return false // (not "found 12 violations … and the company paid a fine"; "Quebecers and Ontarians support" goes on)
		}
		if isFinite(d.posAt(j)) || d.shareVerb(n, j) {
			return true
		}
	}
	return false
}

// shareVerb reports a verb the tagger read as a noun at j after a share of
// people opening at n: "74 per cent of Canadians support penalizing …"
// (a plural before the base form of a cue word).
func (d *doc) shareVerb(n, j int) bool {
	p := d.posAt(j - 1)
	_, cueWord := lexicon[d.low[j]]
	return cueWord && d.proportionAt(n) && j > n+2 && (p == syntax.NNS || p == syntax.NNPS) && d.posAt(j) == syntax.NN && !strings.HasSuffix(d.low[j], "ing")
}

// modifiedNoun reports whether the word at i ends a noun phrase opened by an
// article, a possessive or a preposition, over the modifiers between them:
// "a personally signed tweet", "the most telling promise", "Doe's repeated
// calls", and with afterPrep "in coastal states that …" (not "by
// essentially telling X"). At least one modifier must stand between: "those
// surveyed say" and "in May said" are clauses.
func (d *doc) modifiedNoun(i int, s rng, afterPrep bool) bool {
	j := i - 1
	for j > s.a && (d.adverbAt(j) || isAdverb(d.low[j]) && d.posAt(j) == syntax.RB || d.posAt(j) == syntax.RBS || d.posAt(j).IsAdjective() || d.posAt(j) == syntax.VBN || d.posAt(j) == syntax.VBG && !d.capital(j)) {
		j--
	}
	if j == i-1 {
		return false
	}
	w := d.low[j]
	if w == "her" && j > s.a && (d.posAt(j-1).IsVerb() || prepositions.has(d.low[j-1])) {
		return false // "the man who attacked her later told", an object
	}
	possessive := possessiveMark(w) && !d.contractedAux(j, s) // not "He's publicly stated"
	return articles.has(w) && w != "these" && w != "those" || possessive || afterPrep && prepositions.has(w) && d.posAt(j) == syntax.IN
}

// titleOfName reports a run of up to two lower-case nouns from k followed
// by a capitalised name: "champions Ajax", "world champion Ana Lind".
func (d *doc) titleOfName(k int, s rng) bool {
	j := k
	for j < s.b && j < k+2 && !d.capital(j) && d.posAt(j).IsNoun() && d.quote[j] < 0 {
		j++
	}
	return j > k && j < s.b && d.capital(j) && d.quote[j] < 0 && (d.person[j] || d.org[j])
}

// allTold reports "told" at i in the idiom "all told" (in all): "19 hours,
// all told, before …" tells no one anything.
func (d *doc) allTold(i int) bool {
	return d.low[i] == "told" && i > 0 && d.low[i-1] == "all" && (i-1 == 0 || d.isPunct(i-2) || d.quote[i-2] != d.quote[i-1])
}

// namingParticiple reports "called" or "named" at i between an indefinite
// or definite noun phrase and a capitalised name that a finite verb, a
// preposition or punctuation follows: "a firm called Acme Widgets gave", "a
// group named Friends of the Park said", "a party called Anti-Prom at a
// factory". Not "Doe's campaign called Roe's report a lie".
func (d *doc) namingParticiple(i int, s rng) bool {
	if i-1 < s.a || i+2 >= s.b || d.capital(i-1) || !d.posAt(i-1).IsNoun() || !d.capital(i+1) {
		return false
	}
	j := i - 2
	for j > s.a && j > i-5 && (d.posAt(j).IsAdjective() || d.posAt(j).IsNoun()) {
		j--
	}
	if j < s.a || !articles.has(d.low[j]) {
		return false
	}
	m := i + 1
	for m < s.b && m < i+8 && d.quote[m] < 0 && (d.capital(m) || (d.low[m] == "of" || d.low[m] == "and" || d.low[m] == "for") && m+1 < s.b && d.capital(m+1)) {
		m++
	}
	if m >= s.b {
		return true
	}
	w := d.low[m]
	return isFinite(d.posAt(m)) || prepositions.has(w) || d.isPunct(m) && !isMarkTok(w) && !possessiveMark(w)
}

// reducedObjectRelative reports a cue in a relative clause with no
// relative word whose object is the noun before its subject: a noun, the
// subject, the cue, time words, then a finite verb ("The phrase Doe cited
// on Wednesday has appeared"). Only verbs whose object is a noun phrase:
// a verb that takes a clause may have one that lacks its subject ("the
// man police said was driving", "the resolve she argues is needed").
func (d *doc) reducedObjectRelative(c *cue, s rng) bool {
	switch d.low[c.a] {
	case "cited", "mentioned", "described", "announced", "proposed", "quoted", "repeated", "used", "issued", "released", "posted", "published", "unveiled", "offered":
	default:
		return false
	}
	if c.subj.len() == 0 || c.subj.a-1 < s.a {
		return false
	}
	if p := d.posAt(c.subj.a - 1); !(p == syntax.NN || p == syntax.NNS) || d.capital(c.subj.a-1) {
		return false
	}
	k := c.b
	if d.lateOn(k, s.b) {
		k++
	}
	if k < s.b && dayWords.has(d.low[k]) {
		k++
	} else if k+1 < s.b && d.low[k] == "on" && dayWords.has(d.low[k+1]) {
		k += 2
	}
	return k < s.b && (isFinite(d.posAt(k)) || d.posAt(k) == syntax.MD) && !subjPronouns.has(d.low[k])
}

// summons reports a name and an infinitive after "call" ("called Lind to
// congratulate him", "calls Lind to the stand" is not one).
func (d *doc) summons(i int, s rng) bool {
	np := d.rightNP(i+1, s.b)
	return np.len() > 0 && d.capital(np.a) && np.b+1 < s.b && d.low[np.b] == "to" && d.posAt(np.b+1) == syntax.VB && !tellsContent(d.low[np.b+1])
}

// tellsContent reports a verb an infinitive of purpose ends in when a call
// reports words: "called Roe to tell her she had won".
func tellsContent(v string) bool {
	switch v {
	case "say", "tell", "ask", "inform", "warn", "announce":
		return true
	}
	return false
}

// adjectiveObject reports a noun after adjectives or nouns after a verb,
// its object: "gave clear hints that", "showed subtle hints".
func (d *doc) adjectiveObject(i int, s rng) bool {
	if i-2 < s.a {
		return false
	}
	j := i - 1
	for j > s.a && j > i-4 && (d.posAt(j).IsAdjective() || d.posAt(j) == syntax.NN && !d.capital(j)) {
		j-- // the tagger takes some adjectives for nouns ("subtle")
	}
	switch d.posAt(j) {
	case syntax.VB, syntax.VBD, syntax.VBZ, syntax.VBP, syntax.VBG:
		return j < i-1 && !auxiliaries.has(d.low[j])
	}
	return false
}

// pastForm reports whether a cue word is a past tense or participle, which
// is a verb even after a determiner ("some accused him").
func pastForm(w string) bool {
	switch w {
	case "said", "told", "wrote", "thought", "felt", "knew", "found", "shown":
		return true
	}
	return len(w) > 3 && w[len(w)-2:] == "ed"
}

// nextToQuote reports whether token i follows a closing quotation mark
// (`,” he continued` / `” continued Smith`) or precedes an opening one.
func (d *doc) nextToQuote(i int, s rng) bool {
	for j := i - 1; j >= s.a && j >= i-6; j-- {
		if doubleMark(d.low[j]) != notMark {
			return true
		}
		if d.isPunct(j) && d.low[j] != "," {
			break
		}
	}
	// Before a quote only with a colon or comma: "he continued: “…”".
	return i+2 < s.b && (d.low[i+1] == ":" || d.low[i+1] == ",") && doubleMark(d.low[i+2]) != notMark
}

// isAdverb reports whether w looks like a manner adverb that may sit
// between a subject and its verb ("initially said").
// adverbAt reports whether token i is an adverb: a capitalised word ending
// in -ly that the tagger reads as a proper noun is a name ("Kelly said").
func (d *doc) adverbAt(i int) bool {
	// After a determiner an -ly word is a noun or adjective: "the daily
	// said", "the elderly".
	if w := d.low[i]; (w == "most" || w == "more" || w == "less" || w == "very") && i+1 < len(d.toks) && isAdverb(d.low[i+1]) {
		return true // a degree word before an adverb: "most recently said"
	}
	return isAdverb(d.low[i]) && !(d.capital(i) && d.posAt(i).IsProperNoun()) && !(i > 0 && determiners.has(d.low[i-1]) && d.low[i-1] != "that")
}

func isAdverb(w string) bool {
	return preverbAdverbs.has(w) || len(w) > 4 && strings.HasSuffix(w, "ly") && w != "only" && w != "family" && w != "italy" && w != "ally" && w != "rally"
}

// titleCase reports whether most words of sentence s are capitalised, as in
// a headline ("Senator Says Vote Will Pass").
func (d *doc) titleCase(s rng) bool {
	words, caps := 0, 0
	for i := s.a; i < s.b && i < s.a+40; i++ {
		if d.toks[i].Kind != tokens.Word || len(d.low[i]) <= 3 {
			continue
		}
		words++
		if d.capital(i) {
			caps++
		} else if d.posAt(i).IsVerb() {
			return false // a verb in lower case: "… is organizing a National Leadership Call Day"
		}
	}
	return words >= 3 && caps*10 >= words*8
}

// opensContent reports whether token k can start a reported clause: a
// subject pronoun, a determiner or a capitalised word.
func (d *doc) opensContent(k int) bool {
	w := d.low[k]
	return subjPronouns.has(w) && w != "who" || determiners.has(w) && w != "that" || d.capital(k)
}

// inAdjunct reports whether the noun at i is inside a prepositional adjunct
// of a verb ("said in a statement that …"), whose content the verb reports.
func (d *doc) inAdjunct(i int, s rng) bool {
	for j := i - 1; j >= s.a && j >= i-3; j-- {
		if prepositions.has(d.low[j]) {
			return true
		}
		if !(determiners.has(d.low[j]) || pronouns[d.low[j]] != "" || possessiveMark(d.low[j]) || d.adverbAt(j)) && j < i-1 {
			return false
		}
	}
	return false
}

// saidBefore reports a quotation or a colon in tokens [a, b): what the
// attribution after them reports comes before it.
func (d *doc) saidBefore(a, b int) bool {
	if d.holdsQuote(a, b) {
		return true
	}
	for i := a; i < b; i++ {
		if d.low[i] == ":" {
			return true
		}
	}
	return false
}

// overContactRelative steps back from k over a relative clause without a
// relative pronoun between a noun and a finite verb of speech at k+1 ("One
// man in a community I won't name told me", "A woman I spoke to said", "The
// people we talked with said") to the noun, or returns k: the noun's phrase
// speaks, not the clause's last word. The callers check that the verb is
// finite ("That night she wanted to tell" is no relative clause).
func (d *doc) overContactRelative(k int, s rng) int {
	j := k
	if j > s.a && prepositions.has(d.low[j]) && !subordinators.has(d.low[j]) {
		j-- // "spoke to", "talked with"
	}
	if j <= s.a || !d.posAt(j).IsVerb() || auxiliaries.has(d.low[j]) {
		return k
	}
	verb := j
	j--
	for j > s.a && (auxiliaries.has(d.low[j]) || negators.has(d.low[j]) || strings.HasSuffix(d.low[j], "n't") || d.low[j] == "'t" || d.low[j] == "’t" || d.low[j] == "wo") {
		j--
	}
	if j > s.a && !subjPronouns.has(d.low[j]) && contactVerbs[d.low[verb]] {
		// A source's name as the clause's subject: "Several producers
		// the Larkspur Ledger spoke with said", "… the newspaper spoke
		// with said".
		if in := d.leftNP(j, s.a); in.len() > 0 && in.len() <= 4 && in.a-1 >= s.a && (d.capital(in.b-1) || sourceNouns.has(d.low[in.b-1])) && !d.person[in.b-1] {
			if n := in.a - 1; d.posAt(n) == syntax.NNS && (!d.capital(n) || n == s.a) && d.quote[n] < 0 && !timeNouns.has(d.low[n]) {
				return n
			}
		}
		return k
	}
	if j <= s.a || !subjPronouns.has(d.low[j]) || d.low[j] == "it" || d.low[j] == "who" {
		return k
	}
	if n := j - 1; d.posAt(n).IsNoun() && (!d.capital(n) || n == s.a) && d.quote[n] < 0 && !timeNouns.has(d.low[n]) && !dayWords.has(d.low[n]) && !dayParts.has(d.low[n]) && !periodWords.has(d.low[n]) {
		return n // (not a time: "After the meeting she decided to say")
	}
	return k
}

// contactVerbs are how a reporter reaches the people a contact relative
// clause names: "producers the paper spoke with", "residents the council
// surveyed".
var contactVerbs = map[string]bool{"spoke": true, "talked": true, "interviewed": true, "surveyed": true, "contacted": true, "reached": true, "polled": true}

// inContactRelative reports a verb at i and its preposition that end a
// relative clause without a relative pronoun before the sentence's own
// finite verb: "A woman I spoke to said". (A verb of speech right before a
// finite verb reports what the clause says: "countries he said had sent
// immigrants".)
func (d *doc) inContactRelative(i int, s rng) bool {
	j := i + 1
	if j >= s.b || !prepositions.has(d.low[j]) || subordinators.has(d.low[j]) {
		return false // "countries he said had sent immigrants": he said it of them
	}
	j++
	return j < s.b && isFinite(d.posAt(j)) && d.overContactRelative(j-1, s) < j-1
}

// shortLineAt is the line holding tokens [a, b) when it has at most limit
// tokens; ok is false for a longer line (its scan stops there).
func (d *doc) shortLineAt(a, b, limit int) (rng, bool) {
	line := rng{a, b}
	for line.a > 0 && d.toks[line.a].Gap < tokens.Newline {
		if line.len() > limit {
			return line, false
		}
		line.a--
	}
	for line.b < len(d.toks) && d.toks[line.b].Gap < tokens.Newline {
		if line.len() > limit {
			return line, false
		}
		line.b++
	}
	return line, line.len() <= limit
}

// shortTimeEnd returns the end of a short time adjunct starting at j
// before end ("Monday", "on Tuesday", "last year", "this spring", "in
// March", "in 2024"), or j when none starts there.
func (d *doc) shortTimeEnd(j, end int) int {
	if j >= end || d.quote[j] >= 0 {
		return j
	}
	w := d.low[j]
	switch {
	case dayWords.has(w) || w == "yesterday" || w == "today":
		return j + 1
	case j+1 >= end || d.quote[j+1] >= 0:
		return j
	case w == "on" && dayWords.has(d.low[j+1]):
		return j + 2
	case (w == "last" || w == "this" || w == "next" || w == "earlier" || w == "later") && (periodWords.has(d.low[j+1]) || seasons[d.low[j+1]] || months.has(d.low[j+1])):
		return j + 2
	case w == "in" && (months.has(d.low[j+1]) && d.capital(j+1) || d.toks[j+1].Kind == tokens.Number && len(d.low[j+1]) == 4):
		return j + 2
	}
	return j
}

// yearLike reports a number written as a year ("2025").
func yearLike(w string) bool {
	return len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20"))
}
