package detect

import (
	"strings"

	"github.com/quotebench/quotebench/annot/tokens"
	"github.com/quotebench/quotebench/detect/syntax"
)

// Topic cues: a verb of speech with a preposition ("talked about X",
// "asked about X", "called for X"), whose content is the noun phrase after it.

// topicCue builds the cue of a verb of speech with a preposition ("talked
// about", "called for"): its content is the noun phrase after it.
func (d *doc) topicCue(i int, s rng) (cue, bool) {
	if i > s.a && (determiners.has(d.low[i-1]) && !pastForm(d.low[i]) || d.low[i-1] == "to" || possessiveMark(d.low[i-1])) {
		return cue{}, false
	}
	if i > s.a && d.posAt(i).IsNoun() && !strings.HasSuffix(d.low[i], "ing") && !verbOnly.has(d.low[i]) && !d.titleCase(s) {
		// A noun before the preposition, inside a noun or prepositional
		// phrase: "in reply to the offer", "a percentage point to 5%",
		// "peace talks about a merger", "prompted calls for a probe"
		// (after "and" the tagger's noun may be a verb: "and call on X";
		// a participle it calls a noun stays: "a sign warning of delays").
		switch p := d.posAt(i - 1); {
		case p == syntax.IN || p == syntax.DT || p.IsNoun() || p.IsAdjective() || p == syntax.CD || p == syntax.VBD || p == syntax.VBZ || p == syntax.VBP, p == syntax.Possessive:
			return cue{}, false
		case (p == syntax.VBN || p == syntax.VBG) && d.articleBefore(i-2, s.a):
			// A participle as an adjective: "Doe's repeated calls for",
			// "the same talking point about" (not "has made comments
			// about").
			return cue{}, false
		}
	}
	if (d.low[i] == "warning" || d.low[i] == "warnings") && d.low[i+1] == "for" && i > s.a && d.posAt(i-1).IsNoun() {
		return cue{}, false // "a snowfall warning for the region": the warning in force for a place, a noun
	}
	c := cue{a: i, b: i + 2, objEnd: i + 2, strength: 0.5, topic: true, rule: ruleTopic}
	k := i - 1
	if k > s.a && d.posAt(i).IsNoun() && issuingVerbs.has(d.low[k]) {
		k-- // a noun of speech after a verb that issues it: "she had posted comments about X" is hers; not "has faced calls for"
	}
	for k >= s.a && (auxiliaries.has(d.low[k]) || d.low[k] == "being" || d.adverbAt(k)) {
		switch d.low[k] {
		case "was", "were", "been", "is", "are", "be", "being":
			if d.speech && pastForm(d.low[i]) {
				// "was asked about": the subject did not speak. A filter of
				// the speech scope: PolNeAR (scope all) counts the topic,
				// and dropping it there lost 0.12 F1 on the tune split.
				return cue{}, false
			}
		}
		k--
	}
	participle := strings.HasSuffix(d.low[i], "ing") && k == i-1 && (k > s.a || k == s.a && prepositions.has(d.low[k]))
	tag := -1 // the reporting tag's verb a comma before the participle ends
	if participle && d.low[k] == "," {
		tag = d.tagVerbBefore(k, s)
	}
	if participle && (!d.isPunct(k) || tag >= 0) {
		// A participle ("began a petition last month calling on X",
		// "After talking about X, Doe …") shares the sentence's subject.
		if tag >= 0 {
			if c.subj = d.tagSubject(tag, k, s); c.subj.len() > 0 {
				return c, true // "“…,” the 74-year-old said in French, pointing to …": the tag's speaker, not "French"
			}
		}
		if c.subj = d.sentenceSubject(s, i); c.subj.len() > 0 {
			return c, true
		}
		if prepositions.has(d.low[k]) {
			if c.subj = d.clauseSubjectAt(d.afterConjunction(s), i); c.subj.len() > 0 {
				return c, true // "The businessman began by talking about …"
			}
		}
	}
	k = d.overAdjunct(d.overTime(k, s.a), s.a)
	c.subj = d.coordinatedSubject(d.leftNP(k, s.a), s) // "Parents and Elders asked for …"
	if c.subj.len() == 0 && k >= s.a {
		c.subj = d.subjectOverPunct(k, s)
	}
	if c.subj.len() == 0 {
		return cue{}, false
	}
	if np, ok := d.overPrepObject(c.subj, s, i); ok {
		c.subj = np // "Residents near the plant complain of …"
	}
	if a := c.subj.a; (prepositions | morePrepositions).has(d.low[a]) && (a == s.a || d.isPunct(a-1)) {
		// "In Ottawa officials talked about …": the subject after the
		// opening phrase.
		if np := d.subjectAfterFrontedPP(a, c.subj, i); np.len() > 0 {
			c.subj = np
		}
	}
	return c, true
}

// nameRequestEnd reports what ends a request about how someone is named
// at token j: "only", "as" and a capitalised name, or the clause's end
// ("asked to be identified only as Jo", "asked to be named as Dee", "who
// asked to be identified, said"); not "asked to be named to the police
// board" nor "asked to be called as a witness".
func (d *doc) nameRequestEnd(j int) bool {
	if j >= len(d.toks) || d.isPunct(j) || d.low[j] == "only" {
		return true
	}
	return d.low[j] == "as" && j+1 < len(d.toks) && d.capital(j+1)
}

// anonymityVerbs follow "asked to be" in a request about how someone is
// named in the story.
var anonymityVerbs = map[string]bool{"identified": true, "named": true, "quoted": true, "called": true}

// passiveRequest reports a topic cue of a passive verb before an
// infinitive, of asking, warning, urging or calling: "Anyone with
// information is asked to call police", "Respondents were also asked to
// pick one", "Motorists were warned to avoid the bridge". The subject is
// asked, by someone unnamed: PolNeAR train counts what is asked (8 times
// in 9) but never the subject as its source. (The speech scope drops
// every passive topic cue.)
func (d *doc) passiveRequest(c *cue) bool {
	if c.rule != ruleTopic || c.a+2 >= len(d.toks) || !pastForm(d.low[c.a]) || d.low[c.a+1] != "to" || d.posAt(c.a+2) != syntax.VB {
		return false
	}
	for k := c.a - 1; k >= 0 && k >= c.a-3; k-- {
		if beForms[d.low[k]] {
			return true
		}
		if !d.adverbAt(k) && !auxiliaries.has(d.low[k]) {
			return false
		}
	}
	return false
}

// tagVerbBefore is the verb of the reporting tag the comma at k ends, or
// -1: a verb of speech with its subject just before it ("…,” Doe said,
// referring to X", "said Jo Doe, referring to X"), so that a participle
// after the comma is the speaker's.
func (d *doc) tagVerbBefore(k int, s rng) int {
	for j := k - 1; j >= s.a && j >= k-6 && !d.isPunct(j); j-- {
		if cueStrength[d.low[j]] > 0 || adjacentCues[d.low[j]] {
			return j
		}
	}
	return -1
}

// tagSubject is the speaker of the reporting tag whose verb is j and which
// the comma at k ends ("the 74-year-old said in French,", "said Jo Doe in
// French,"), or none.
func (d *doc) tagSubject(j, k int, s rng) rng {
	if c, ok := d.verbCue(j, s); ok && c.subj.b <= k {
		return c.subj
	}
	return rng{}
}

// topicContent is the noun phrase after a topic cue, up to punctuation or a
// clause word.
func (d *doc) topicContent(c *cue, sentEnd int) []rng {
	k := c.b
	j := k
	// A question is a clause: "talked about how her experiences as a
	// judge have shaped her" runs over its own clause words.
	wh := k < sentEnd && whWords.has(d.low[k])
	if k+3 < sentEnd && d.low[k] == "as" && d.amountOpener(k) {
		j = k + 3 // "as much as 20 centimetres of snow": an amount, not a clause's "as"
	}
	for j < sentEnd && j < k+30 {
		if d.quote[j] >= 0 {
			e := j
			for e < sentEnd && d.quote[e] == d.quote[j] {
				e++
			}
			if d.wordsIn(j, e) >= 3 {
				break // a quotation of its own: "spoke of the “countless families …”"
			}
			j = e // a quoted word or two runs on in the topic: "the proposed “tax holiday” for families"
			continue
		}
		w := d.low[j]
		if w == "," && d.listGoesOn(j+1, sentEnd) {
			j++ // "warn of shadows, traffic and a parking crunch": a list's comma
			continue
		}
		if w == "," && j > k && j+2 < sentEnd && d.posAt(j-1).IsAdjective() && !d.capital(j-1) && !d.capital(j+1) && (d.posAt(j+1).IsAdjective() || d.posAt(j+1) == syntax.NN) && d.posAt(j+2).IsNoun() {
			j++ // "calling for dry, warm weather": two adjectives of one noun
			continue
		}
		if w == "/" && j > k && j+1 < sentEnd && d.toks[j-1].B1 == d.toks[j].B0 && d.toks[j].B1 == d.toks[j+1].B0 {
			j++ // a slash inside a word: "gusts up to 60 km/h along the coast"
			continue
		}
		if w == "," && d.forecastCall(*c) {
			if f := d.forecastWithEnd(j, sentEnd); f > j {
				j = f // more of the forecast: "calling for snow Tuesday, with 10 to 15 centimetres expected"
				break
			}
		}
		if w == "as" && j > k && pointForms[d.low[c.a]] && d.describedAs(k, sentEnd) && !d.roleOrComparison(j, sentEnd) {
			j = d.describedEnd(j+1, sentEnd) // "pointed to trade as the larger worry": what they said it is
			break
		}
		if d.isPunct(j) && !possessiveMark(w) && w != "-" && w != "$" && w != "%" || w == "but" || !wh && (w == "that" || w == "which" || w == "who" || w == "because" || w == "while" || w == "when" || w == "as" || w == "after" || w == "before" || w == "until" || w == "unless" || w == "although" || w == "though") {
			break
		}
		if w == "and" && j+1 < sentEnd && cueStrength[d.low[j+1]] >= 1 {
			break // "was asked about the plan and said …": a verb of its own
		}
		j++
	}
	if j < len(d.toks) && d.quote[j] >= 0 && !d.nounIn(rng{k, j}) {
		// "called for “a new beginning”", "spoke of the “countless
		// families …”": the quotation (three words or more) is the
		// content.
		return nil
	}
	if j-k < 1 {
		return nil
	}
	switch d.low[k] {
	case "anonymity", "confidentiality":
		return nil // "asking for anonymity to speak freely": a condition of speaking, not news (both scopes)
	case "them", "it", "him", "her", "this", "that":
		if j == k+1 || prepositions.has(d.low[k+1]) {
			return nil // "asked about them in April": nothing said
		}
	}
	return []rng{{k, j}}
}

// listGoesOn reports the rest of a list after a comma at a that ends the
// sentence: a few words with no verb, "and" or "or", and its last item
// ("traffic and a parking crunch."; not ", and both senators said …").
func (d *doc) listGoesOn(a, end int) bool {
	for j := a; j < end && j < a+5; j++ {
		switch w := d.low[j]; {
		case w == "and" || w == "or":
			if j == a {
				return false // ", and …": a clause of its own
			}
			for k := j + 1; k < end; k++ { // the last item, no clause: to the sentence's end
				if d.isPunct(k) || d.posAt(k).IsVerb() || d.posAt(k) == syntax.MD || d.quote[k] >= 0 || k > j+6 {
					return false
				}
			}
			return j+1 < end
		case d.isPunct(j), d.posAt(j).IsVerb() || d.posAt(j) == syntax.MD, d.quote[j] >= 0:
			return false
		}
	}
	return false
}

// articleBefore reports an article or a possessive at j, over adjectives
// before it ("the same", "Doe's").
func (d *doc) articleBefore(j, lo int) bool {
	for j >= lo && d.posAt(j).IsAdjective() {
		j--
	}
	return j >= lo && (articles.has(d.low[j]) || d.posAt(j) == syntax.Possessive)
}

// topicPrep reports whether the preposition at p introduces what was talked
// about rather than when: "said of the plan", not "said on Friday".
func (d *doc) topicPrep(verb string, p int) bool {
	switch verb {
	case "say", "says", "said", "saying":
		if d.low[p] != "about" && d.low[p] != "of" || d.low[p] == "about" && d.countedClause(p+1) {
			return false // (a number: "said about 90 per cent of residents had left")
		}
	case "speak", "speaks", "spoke", "speaking", "respond", "responds", "responded", "responding":
		// "spoke to reporters", "responded to a request": the addressee or
		// the occasion, not what was said.
		if d.low[p] == "to" || d.low[p] == "on" {
			return false
		}
	case "focus", "focuses", "focusing":
		return false
	case "ask", "asks", "asked", "asking":
		if d.low[p] == "to" && p+2 < len(d.toks) && d.low[p+1] == "be" && anonymityVerbs[d.low[p+2]] && d.nameRequestEnd(p+3) {
			return false // "who asked to be identified only as Marguerite": how to be named, nothing said
		}
	}
	n := d.low[p+1]
	if (d.low[p] == "on" || d.low[p] == "in") && d.capital(p+1) {
		// "wrote on Facebook that …", "said in The Ledger that …": the
		// medium, with the clause of what was said after it.
		e := p + 1
		for e < len(d.toks) && e < p+4 && d.capital(e) {
			e++
		}
		if e+1 < len(d.toks) && d.low[e] == "that" && !(periodWords.has(d.low[e+1]) || dayWords.has(d.low[e+1]) || timeWords.has(d.low[e+1]) || months.has(d.low[e+1])) {
			return false // not "commented on Iran that day"
		}
	}
	if d.low[p] == "on" || d.low[p] == "in" {
		// "wrote on social media that …", "said in a blog post that …":
		// the medium, lower case.
		for e := p + 1; e < len(d.toks) && e < p+5 && !d.isPunct(e); e++ {
			if mediumNouns.has(d.low[e]) || d.low[e] == "post" {
				t := d.pastTime(e+1, len(d.toks)) // "wrote on social media Monday that", "… last week that"
				if t+1 < len(d.toks) && d.low[t] == "that" && !isFinite(d.posAt(t+1)) {
					return false
				}
				break
			}
		}
	}
	if d.toAddresseeThat(p, d.sents[d.sent[p]]) {
		return false // "wrote to the minister's office that it had no permission": the addressee, then what was written
	}
	if d.toks[p+1].Kind == tokens.Number && d.low[p] == "for" && callForms[verb] && d.weatherAmountAt(p+1) {
		return true // "calling for 10 to 15 centimetres of snow" (not "called for 10 years")
	}
	return !timeWords.has(n) && d.toks[p+1].Kind != tokens.Number && !months.has(n)
}

// weatherAmountAt reports an amount of weather opening at token k: a
// number and a word of weather within five tokens, no punctuation
// between ("10 to 15 centimetres of snow", "25 mm of rain").
func (d *doc) weatherAmountAt(k int) bool {
	for j := k + 1; j < len(d.toks) && j <= k+5 && !d.isPunct(j); j++ {
		if weatherWords[d.low[j]] {
			return true
		}
	}
	return false
}

// wordsIn counts the words among tokens [a, b).
func (d *doc) wordsIn(a, b int) int {
	n := 0
	for i := a; i < b; i++ {
		if d.toks[i].Kind == tokens.Word {
			n++
		}
	}
	return n
}

// pointForms are the forms of "point", whose "pointed to X as Y" says X is Y.
var pointForms = wordSet(`point points pointed pointing`)

// roleOrComparison reports an "as" at j that gives a role ("her work as a
// nurse", "his record as chair") or opens a comparison ("prices as low as
// $5"), not what a thing is said to be.
func (d *doc) roleOrComparison(j, end int) bool {
	n := j + 1
	if n < end && (d.low[n] == "a" || d.low[n] == "an") {
		n++
	}
	if n >= end {
		return false
	}
	w := d.low[n]
	if personNoun(w) || roleNouns.has(w+"s") || personTitles[w] || sexedNouns[w] != "" || w == "chair" || w == "volunteer" {
		return true
	}
	return d.posAt(n).IsAdjective() && n+1 < end && d.low[n+1] == "as"
}
