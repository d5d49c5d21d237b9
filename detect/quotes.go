package detect

import (
	"slices"
	"sort"
	"strings"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/annot/tokens"
	"github.com/quotebench/quotebench/detect/syntax"
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
	intro  int // an interview's answer: the interviewee's mention in its introduction
}

func (q *quote) first() int { return q.parts[0].a }
func (q *quote) last() int  { return q.parts[len(q.parts)-1].b - 1 }

// verbatim reports the speaker's own words: in quotation marks, or an
// interview's answer.
func (q *quote) verbatim() bool { return q.marks >= 0 || q.how == howInterview }

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
			if !d.hasWord(rng{j + 1, p.b - 1}) {
				// Nothing is quoted after it: the comma ends the quote
				// ("“Yes, ask a bear,” she replied").
				break
			}
			if singleMark(d.low[j+1]) != notMark {
				// A quotation inside the quote follows: the speaker tells
				// what someone said ("“When we tied up, he just said,
				// ‘You’ll do.’ That was it.”"), no aside of their own.
				break
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
						if d.isPunct(e) && !possessiveMark(d.low[e]) {
							subj.b = e
							break
						}
					}
				} else {
					subj = rng{i + 1, k}
					// "A, he said, B", not a clause of the quote itself:
					// "…, I will predict that X, …".
					// Nor "…, I regret to say, …": a verb before the cue
					// ("that having been said" is an idiom).
					if d.low[k+1] == "that" || j-(k+1) > 4 && d.low[k+1] != "," || d.hasModal(subj) || d.finiteVerb(subj.a, subj.b) || d.low[k-1] == "been" {
						continue
					}
				}
				if subj.len() == 0 || subj.len() > 5 {
					continue
				}
				if !inv && d.low[subj.a] == "you" {
					continue // "“Now, you famously said, …, oh, X,” Doe said": a quote inside the quote, addressed to someone
				}
				if n := k + 1; !inv && n < j && !tellVerbs[d.low[k]] && !promiseVerbs[d.low[k]] && !(prepositions.has(d.low[n]) || dayWords.has(d.low[n]) || timeWords.has(d.low[n]) || d.adverbAt(n) || d.low[n] == ",") {
					continue // "“A report comes out, the minister says sorry, and nothing happens”": the verb's object, a clause of the quote (not "– the minister explained, pointing to … –")
				}
				if n := k + 1; !inv && tellVerbs[d.low[k]] && n+1 < j && objectPronouns.has(d.low[n]) && !d.isPunct(n+1) && !dayWords.has(d.low[n+1]) && !d.adverbAt(n+1) {
					continue // "People came out, they told us what worried them, and …": a clause of the quote, its own told and its object
				}
				if first := d.low[subj.a]; !inv && (first == "i" || first == "we") && !tellVerbs[d.low[k]] && k+1 < j && (d.posAt(k+1).IsNoun() || determiners.has(d.low[k+1])) && !dayWords.has(d.low[k+1]) {
					continue // "- I say skill, I say practice, …": an object, no aside
				}
				if !(subjPronouns.has(d.low[subj.a]) || d.capital(subj.a) || determiners.has(d.low[subj.a])) || d.allTold(k) {
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

// promiseVerbs take the one promised or warned as their object: "the
// premier promised voters".
var promiseVerbs = map[string]bool{"promised": true, "promises": true, "assured": true, "assures": true, "warned": true, "warns": true,
	"reminded": true, "reminds": true, "urged": true, "urges": true}

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
	// caps counts the words a title may hold: capitalised or short ones;
	// "with" and "from" count too in a title of two longer capitalised
	// words and no inner punctuation ("The Morning Hour with Jo Doe").
	words, caps, long, with, inner := 0, 0, 0, 0, false
	for _, p := range q.parts {
		for i := p.a; i < p.b; i++ {
			if d.toks[i].Kind == tokens.Punct {
				inner = inner || i > p.a+1 && i < p.b-2 && !isMarkTok(d.low[i])
				continue
			}
			words++
			switch {
			case d.capital(i) || len(d.low[i]) <= 3:
				caps++
				if len(d.low[i]) > 3 {
					long++
				}
			case d.low[i] == "with" || d.low[i] == "from":
				with++
			}
		}
	}
	if long >= 2 && !inner {
		caps += with
	}
	a, b := q.first(), q.last()
	if s := d.sents[d.sent[a]]; words >= 2 {
		if m := d.kickerEnd(a, s.b); m > 0 {
			// a headline's kicker before its colon, when the headline
			// reports someone: "'Nowhere to go': Shelter beds full,
			// advocates say"
			if i := sort.Search(len(cues), func(i int) bool { return cues[i].a >= m }); i < len(cues) && cues[i].a < s.b && cues[i].subj.len() > 0 {
				return true
			}
		}
	}
	if words <= 2 || single && words < 5 && !(d.crosshead(&q) && (d.quotedLater(&q) || d.sectionQuotes(&q))) { // (a crosshead of three words or four that a later quotation holds, or over a section quoting someone, is: "'We know the drill'")
		return false
	}
	if words <= 12 && a == d.paras[d.para[a]].a && d.paras[d.para[a]].b-b <= 2 && d.allUpper(q) {
		return false // an all-capitals sub-heading in marks: “TOUGH TALK AHEAD”
	}
	if caps == words && words <= 10 && !d.standsAlone(q) {
		return false // a title: “The Art of the Bargain”
	}
	if p := a - 1; caps == words && words <= 20 && p > 0 && possessiveMark(d.low[p]) {
		return false // a work's title after its author: Doe's “The Fixers: Ann Lee and the Studio Machine”
	}
	if a > 0 && b+1 < len(d.toks) && d.capital(a-1) && d.capital(b+1) && words <= 4 {
		return false // a nickname: Jo “The Anvil” Doe
	}
	if p := a - 1; p > 0 && a+1 < len(d.toks) && d.capital(a+1) && (workNouns.has(d.low[p]) || d.low[p] == "of" && workNouns.has(d.low[p-1])) {
		return false // a title: the song “Rain on the hill”, a draft of “…”
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
	sentEnd := s.b
	for sentEnd > s.a && (d.isPunct(sentEnd-1) && !isMarkTok(d.low[sentEnd-1])) {
		sentEnd--
	}
	switch {
	case c.topic:
		return d.topicContent(c, sentEnd)
	case c.question > 0:
		return []rng{{c.b, c.question}}
	case c.adjacent:
		return nil
	case c.rule == ruleHearsay:
		return d.hearsayContent(c, s, sentEnd)
	}
	if d.speech && postingVerbs[d.low[c.a]] && !c.inverted && d.pictureAfter(c.b, s) {
		// "CUPE Alberta posted a photo of the picket line", "posted a
		// video on Facebook of a crowd": a picture put out, no one's
		// words; only its caption quoted after it ("with the caption
		// “Day 1”") is.
		return d.captionAfter(c.b, sentEnd)
	}
	if forecastVerbs[d.low[c.a]] && c.rule == ruleVerb && !c.inverted && !allCaps(d.word(c.a)) {
		if e := d.forecastObjectEnd(c.b, sentEnd); e > c.b {
			if c.subj.len() > 0 && (noSpeakers[d.low[c.subj.a]] || c.subj.a > 0 && (d.low[c.subj.a-1] == "no" || d.low[c.subj.a-1] == "not") || taskNouns[d.headNoun(c.subj)]) {
				return nil // "Few predicted the outcome", "Not a single economist predicted …": no one's forecast; "The challenge is forecasting the timing": a task
			}
			return []rng{{c.b, e}} // "is forecasting a poor harvest, said Jo Doe": what it foretells, a noun phrase
		}
		if k := c.b; k < sentEnd && (coordinators.has(d.low[k]) || d.low[k] == "," && k+1 < sentEnd && coordinators.has(d.low[k+1]) || prepositions.has(d.low[k]) && d.low[k] != "that" && !(approx.has(d.low[k]) || d.low[k] == "between")) {
			return nil // "are forecasting, but …", "is forecasting for the weekend, and …": nothing foretold
		}
	}
	if showVerbs[d.low[c.a]] && c.rule == ruleVerb && !d.clauseFollows(c, s) {
		if e := d.textShows(c, sentEnd); e > 0 {
			return []rng{{c.b, e}} // "The outlook shows above-normal fire risk for …": what it shows, a noun phrase
		}
	}
	if amountVerbs[d.low[c.a]] && c.rule == ruleVerb && !c.inverted {
		if e := d.amountEnd(c.a, s); e > 0 {
			return []rng{{c.b, e}} // "put the project's capital cost at $14.2 million": what is reckoned, at how much
		}
	}
	if r := d.blockAfter(c); r.len() > 0 {
		return []rng{r}
	}
	if r := d.transcriptTurn(c); r.len() > 0 {
		return []rng{r}
	}
	if !c.inverted && c.subj.a > c.b && d.low[c.subj.a-1] == "," {
		// "Saying the plan would fail, the union walked out": a
		// participle opening the sentence, whose speaker is the main
		// clause's subject; what it says runs to the comma before it.
		// A noun phrase is no content here ("Recalling the pitfalls of
		// the last race, the party began …").
		end := c.subj.a - 1
		if k := max(c.b, c.objEnd); !d.finiteVerb(k, end) && !d.holdsQuote(k, end) {
			return nil
		}
		return d.forwardContent(c, s, end, max(c.b, c.objEnd), nil)
	}
	if k := c.objEnd; askForms[d.low[c.a]] && k > c.b && k+1 < sentEnd && d.low[k] == "for" {
		// "asked the court for a delay": the request is what it asks
		// for, not the clause after it ("before asking a company for
		// video, the court ruled …")
		np := d.rightNP(k+1, sentEnd)
		if np.len() == 0 {
			np = rng{k + 1, k + 1}
			for np.b < sentEnd && !d.isPunct(np.b) && d.quote[np.b] < 0 && np.b < k+16 {
				np.b++ // "asked Ottawa for money to build a new arena"
			}
			if np.len() == 0 {
				return nil
			}
		}
		if h := d.headNoun(np); commentNouns[h] || factNouns[h] && !(h == "number" && d.low[np.a] == "a") {
			return nil // (not "asked Alberta Health Services for the current number": a reporter's inquiry; but "a number of changes")
		}
		for np.b+1 < sentEnd && d.low[np.b] == "of" {
			more := d.rightNP(np.b+1, sentEnd)
			if more.len() == 0 {
				break
			}
			np.b = more.b // "a delay of the trial", "a raise of five per cent"
		}
		return []rng{np}
	}
	e, adjunct := d.adjunctAfter(c, s, sentEnd)
	parts, done := d.backwardContent(c, s, sentEnd, e, adjunct)
	if done {
		return parts
	}
	if len(parts) == 0 && d.adverbialOnly(c, sentEnd) {
		return nil // (content before the cue stays: "The plan is dead, Doe replied when asked")
	}
	return d.forwardContent(c, s, sentEnd, e, parts)
}

// captionAfter is the quotation in [k, end) that the words written on a
// picture open: right after "caption" or "captioned", or after "read",
// "reading" or "saying" ("with the caption: “…”", "a caption that read
// “…”", "with a sign that read “…”"); else nil.
func (d *doc) captionAfter(k, end int) []rng {
	for j := k; j+1 < end; j++ {
		w := d.low[j]
		if w != "caption" && w != "captioned" && !readingVerbs[w] && w != "saying" {
			continue
		}
		m := j + 1
		if m < end && (d.low[m] == ":" || d.low[m] == ",") {
			m++
		}
		if m >= end || d.quote[m] < 0 || d.quote[m-1] == d.quote[m] {
			continue
		}
		q := m
		for q < len(d.toks) && d.quote[q] == d.quote[m] {
			q++ // (the whole quotation, over its sentences)
		}
		return []rng{{m, q}}
	}
	return nil
}

// toldPassive reports a passive verb of telling ending at token i, after k,
// with its auxiliary, a negation or an adverb between: "was told",
// "wasn't told directly", "were never warned".
func (d *doc) toldPassive(i, k int) bool {
	for i > k && d.adverbAt(i) && !tellVerbs[d.low[i]] {
		i--
	}
	if i <= k || !tellVerbs[d.low[i]] || d.posAt(i) != syntax.VBN && d.low[i] != "told" {
		return false
	}
	for j := i - 1; j >= k && j >= i-3; j-- {
		switch d.low[j] {
		case "was", "were", "is", "are", "been", "being", "be", "wasn't", "weren't", "isn't", "aren't":
			return true
		}
		if !d.adverbAt(j) && d.low[j] != "not" && d.low[j] != "n't" && d.low[j] != "n’t" {
			return false
		}
	}
	return false
}

// blockAfter is the paragraph after an attribution that ends its own
// paragraph with a colon ("In a speech, he said:" then the words set off
// as a block, without quotation marks), or an empty range. A paragraph with
// an attribution of its own ("The mayor said X") is not the block.
func (d *doc) blockAfter(c *cue) rng {
	p := d.paras[d.para[c.a]]
	e := c.end()
	if e+1 != p.b || e >= len(d.toks) || d.low[e] != ":" || c.inverted || int(d.para[c.a])+1 >= len(d.paras) {
		return rng{}
	}
	next := d.paras[d.para[c.a]+1]
	if next.len() < 4 || d.quote[next.a] >= 0 || isMarkTok(d.low[next.a]) || d.ownCue[d.para[c.a]+1] {
		return rng{}
	}
	b := next.b
	for b > next.a && d.isPunct(b-1) {
		b--
	}
	return rng{next.a, b}
}

// transcriptTurn is what a person says in a transcript's turn, a
// paragraph opened by their name in capitals and a colon ("ASHBY: It is
// bad. The fire doubled."), or in title case and speaking in the first or
// second person ("Colin Ashby: It is bad. We have more fire."): the whole
// paragraph after the colon. An empty range for any other colon.
func (d *doc) transcriptTurn(c *cue) rng {
	p := d.paras[d.para[c.a]]
	if !d.turnCue(c) || !d.person[c.subj.b-1] || d.sent[c.b] == d.sent[p.b-1] {
		return rng{}
	}
	b := p.b
	for b > c.b && d.isPunct(b-1) && !isMarkTok(d.low[b-1]) {
		b--
	}
	if !d.upperWord(c.subj.b-1) && !d.personal(rng{c.b, b}) {
		return rng{} // a list's entry, not speech: "Stuart Skinner: Shaky early. Made 31 saves."
	}
	return rng{c.b, b}
}

// turnCue reports a colon cue whose speaker opens its paragraph: a
// transcript's turn ("ASHBY: …").
func (d *doc) turnCue(c *cue) bool {
	return c.rule == ruleColon && c.subj.len() > 0 && c.subj.a == d.paras[d.para[c.a]].a
}

// markOwnCues notes the paragraphs holding a cue with its speaker (a verb
// of speech or attitude with its subject, a quotation's attribution), before
// the scope drops any, so that both scopes read the same blocks.
func (d *doc) markOwnCues(cues []cue) {
	d.ownCue = make([]bool, len(d.paras))
	subjAt := make([]bool, len(d.toks)+1)
	reportAt := make([]bool, len(d.toks)+1) // (not an attitude's: "though Sanders appears to have …", "though operators could find other contractors" report no one)
	for k := range cues {
		if c := &cues[k]; c.subj.len() > 0 && c.rule != ruleHearsay {
			d.ownCue[d.para[c.a]] = true
			if !c.inverted && c.subj.b <= c.a {
				subjAt[c.subj.a] = true
				reportAt[c.subj.a] = c.rule != ruleRaising && lexicon[d.low[c.a]].class != classAttitude
			}
		}
	}
	d.indexSubjCoord(subjAt, reportAt)
}

// shortClause reports a clause of two words, a subject and its finite verb
// ("said that profits rose", "said prices fell").
func (d *doc) shortClause(k, end int) bool {
	if end-k != 2 {
		return false
	}
	p, q := d.posAt(k), d.posAt(k+1)
	if d.quote[k] >= 0 {
		return false
	}
	if (p.IsNoun() || p.IsPronoun()) && isFinite(q) && !auxiliaries.has(d.low[k+1]) {
		return true
	}
	// a headline's passive, its "was" left out: "Police say driver
	// charged"
	return p.IsNoun() && q == syntax.VBN && d.beforeBody(k)
}

// subordinateAt reports a subordinate clause opening at token a of
// sentence s (its first after a dateline: afterDateline), after at most a
// degree adverb ("While …", "Ever since …", "Even as …", "Just before …").
func (d *doc) subordinateAt(a int, s rng) bool {
	switch d.low[a] {
	case "ever", "even", "just", "only", "long", "soon", "shortly", "right":
		if a+1 < s.b {
			a++
		}
	}
	return subordinators.has(d.low[a])
}

// speechCue reports a cue word of speech (not of attitude) as a verb.
func speechCue(w string) bool { return cueStrength[w] > 0 && lexicon[w].class == classSpeech }

// afterDateline is the first token of sentence s after the dateline that
// opens it ("LARKSPUR, Ont. — When …": "When"), else s.a.
func (d *doc) afterDateline(s rng) int {
	if e := d.datelineEnd(s.a); e > s.a && e < s.b {
		return e
	}
	if d.isDashTok(s.a) && s.a+1 < s.b {
		return s.a + 1 // the dateline's dash, its place a sentence of its own ("LARKSPUR, Ont." | "— When …")
	}
	return s.a
}

// hearsayContent is the clause holding a hearsay adverb: from the comma
// before it (or the sentence start) to the sentence end.
func (d *doc) hearsayContent(c *cue, s rng, sentEnd int) []rng {
	a := s.a
	for j := c.a - 1; j > s.a; j-- {
		if d.low[j] == "," && d.quote[j] < 0 {
			a = j + 1
			break
		}
	}
	for a < c.a && d.isPunct(a) && !isMarkTok(d.low[a]) {
		a++
	}
	if sentEnd-a < 4 || c.a == a {
		return nil
	}
	return []rng{{a, sentEnd}}
}

// adjunctAfter returns the end of the attribution with an adjunct after it
// ("said on Friday, ..."), which belongs to it, and whether there was one.
func (d *doc) adjunctAfter(c *cue, s rng, sentEnd int) (int, bool) {
	pre, e := c.start()-1, c.end()
	if d.datelineEnd(s.a) == c.start() {
		pre = s.a - 1 // "HALIFAX, N.S. — Officials said …": no clause before
	}
	infinitive := e+1 < sentEnd && d.low[e] == "to" && d.posAt(e+1) == syntax.VB // "urged people to get vaccinated, …" is no adjunct
	counted := e < sentEnd && approximators[d.low[e]] && d.countedClause(e+1)    // "said about 90 firefighters, 11 helicopters and … were": a number, no adjunct
	if e < sentEnd && (prepositions.has(d.low[e]) || timeWords.has(d.low[e]) || d.lateOn(e, sentEnd)) && d.low[c.a] != "according" && !infinitive && !counted {
		j := e
		sub := subordinators.has(d.low[e]) // "said when I announced X, Y": a clause is the adjunct
		if day := e; dayWords.has(d.low[day]) || day+1 < sentEnd && d.low[day] == "on" && dayWords.has(d.low[day+1]) {
			// "said Monday the suspect, who …, had fled": the day is the
			// adjunct, and a noun phrase after it opens the content.
			if d.low[day] == "on" {
				day++
			}
			if day+1 < sentEnd && (determiners.has(d.low[day+1]) && d.low[day+1] != "that" || subjPronouns.has(d.low[day+1])) {
				return e, false
			}
		}
		for j < sentEnd && j < e+8 && d.low[j] != "," && d.low[j] != "that" && !d.isDashTok(j) && d.quote[j] < 0 && (sub || !isFinite(d.posAt(j)) && d.posAt(j) != syntax.MD || d.textParticiple(j, e)) {
			j++ // else no verb: "said in February he had defrauded 11 victims, who …" is a clause
		}
		before := pre >= s.a && (d.low[pre] == "," || d.isDashTok(pre) || d.low[pre] == ":")
		if j < sentEnd && (d.low[j] == "," || d.isDashTok(j)) || j >= sentEnd && before {
			return j, true
		}
		if j < sentEnd && d.low[j] == "that" && j > e && d.posAt(j-1).IsNoun() && !d.capital(j-1) && !utteranceNouns.has(d.low[j-1]) && !docNouns.has(d.low[j-1]) && !textNouns.has(d.low[j-1]) && before && d.low[pre] == "," && !relativePronouns[d.low[c.start()]] && d.finiteVerb(s.a, pre) && d.clauseOpener(s.a) {
			// "Police need a warrant, the court ruled Friday in a split
			// decision that civil liberties groups called a win": the
			// clause before the attribution is what it reports; a
			// relative clause on the adjunct's noun is no second report
			// (not "in a statement that …")
			return sentEnd, true
		}
	}
	return e, false
}

// textParticiple reports a past form at j, after e, right after a noun of
// a text ("said in a statement posted online", "in an update posted to its
// website"): the tagger's past tense is a participle on the text, no
// clause's verb (not "said in a statement the company had …").
func (d *doc) textParticiple(j, e int) bool {
	if j-1 < e || d.posAt(j) != syntax.VBD || !pastForm(d.low[j]) {
		return false
	}
	n := d.low[j-1]
	return textNouns.has(n) || docNouns.has(n) || postedNouns[n] || adjunctTexts[n]
}

// adjunctTexts are nouns of a text an adjunct names that neither
// textNouns, docNouns nor postedNouns hold ("in a notice posted …").
var adjunctTexts = map[string]bool{"notice": true, "bulletin": true, "advisory": true}

// clauseOpener reports a sentence whose first token can open its main
// clause's subject: a name, a noun, a determiner or a pronoun, not a
// subordinator, a preposition or a participle ("When talk turned to …",
// "Despite …", "Appearing …").
func (d *doc) clauseOpener(a int) bool {
	w := d.low[a]
	if subordinators.has(w) || prepositions.has(w) || whWords.has(w) || d.quote[a] >= 0 {
		return false
	}
	p := d.posAt(a)
	return p.IsNoun() || p == syntax.DT || p == syntax.PRP || p == syntax.CD
}

// lateOn reports "late" or "early" opening a time adjunct at k: "said late
// on Monday", "said early Tuesday".
func (d *doc) lateOn(k, sentEnd int) bool {
	return k+1 < sentEnd && (d.low[k] == "late" || d.low[k] == "early") && (dayWords.has(d.low[k+1]) || d.low[k+1] == "on" || d.low[k+1] == "in")
}

// approximators are the prepositions that qualify a number: "about 40
// houses", "over 300 people".
var approximators = map[string]bool{"about": true, "over": true, "around": true, "under": true}

// countedClause reports a clause at token i whose subject opens with a
// number or a word of quantity ("90 per cent of residents had left", "a
// dozen people were missing", "half the homes were lost"; not "a plan
// that was …"): a finite verb follows before the sentence's punctuation,
// or before a comma that goes on with another count ("90 firefighters,
// 11 helicopters and … were", listComma).
func (d *doc) countedClause(i int) bool {
	if i+1 >= len(d.toks) {
		return false
	}
	j := i
	if articles.has(d.low[j]) && (d.low[j+1] == "dozen" || d.low[j+1] == "third" || d.low[j+1] == "quarter" || d.low[j+1] == "half") {
		j++
	}
	if w := d.low[j]; d.toks[j].Kind != tokens.Number && !(countWords[w] && !articles.has(w)) && w != "dozen" && w != "half" {
		return false
	}
	if j+1 < len(d.toks) && timeUnits[strings.TrimSuffix(d.low[j+1], "s")] {
		return false // "said about 20 minutes later": a time
	}
	for k := j + 1; k < len(d.toks) && k < j+16 && (!d.isPunct(k) || d.listComma(k)) && d.quote[k] < 0; k++ {
		if isFinite(d.posAt(k)) || d.posAt(k) == syntax.MD {
			return true
		}
		if d.posAt(k) == syntax.VBN && k+1 < len(d.toks) && (articles.has(d.low[k+1]) || d.posAt(k+1) == syntax.PRPS) && !auxiliaries.has(d.low[k-1]) && !d.timePhraseAt(k+1) {
			return true // a past form with its object, the tagger's participle: "about 150 people used the centre" (not "trucks parked the whole weekend")
		}
	}
	return false
}

// timePhraseAt reports a word for a period within the two words after k
// (an article or a possessive there): "the whole weekend", "the previous
// decade", "the night before".
func (d *doc) timePhraseAt(k int) bool {
	for i := k + 1; i < len(d.toks) && i <= k+2; i++ {
		if w := d.low[i]; (periodWords | timeNouns | dayWords).has(w) || w == "day" || w == "decade" || w == "season" {
			return true
		}
	}
	return false
}

// finiteVerbBeforeClauseEnd reports the first verb after token k, before
// any punctuation, subordinator, relative pronoun or "and" and a verb,
// finite: "that water rates in small towns rose" opens a clause, "that
// argument, saying …", "that claim and said …", "that proposal because it
// costs too much" name a thing.
func (d *doc) finiteVerbBeforeClauseEnd(k, end int) bool {
	for j := k; j < end && j < k+maxClauseScan && !d.isPunct(j) && d.quote[j] < 0; j++ {
		if d.subClauseWordAt(j) || coordinators.has(d.low[j]) && j+1 < end && d.posAt(j+1).IsVerb() {
			return false // ("small and mid-sized towns rose": "and" inside the noun phrase)
		}
		if p := d.posAt(j); p.IsVerb() || p == syntax.MD {
			return isFinite(p) || p == syntax.MD
		}
	}
	return false
}

// subClauseWordAt reports a subordinator, a relative pronoun or "where" at
// token j, which opens a clause of its own inside a noun phrase's reach
// ("the school where students eat", "that proposal because it costs").
func (d *doc) subClauseWordAt(j int) bool {
	w := d.low[j]
	return subordinators.has(w) || relativePronouns[w] || w == "where"
}

// listComma reports a comma at k before another count of a list: "90
// firefighters, 11 helicopters and heavy equipment were working".
func (d *doc) listComma(k int) bool {
	return d.low[k] == "," && k+1 < len(d.toks) && d.toks[k+1].Kind == tokens.Number
}

// backwardContent reads the content before an attribution set off by
// punctuation (`CLAUSE, X said.`) and after it when it is an aside (`A, X
// said, B.`). done says the content is complete.
func (d *doc) backwardContent(c *cue, s rng, sentEnd, e int, adjunct bool) (parts []rng, done bool) {
	pre := c.start() - 1
	if d.datelineEnd(s.a) == c.start() {
		return nil, false // a dateline is no clause
	}
	if c.subj.len() > 0 && !c.inverted && c.subj.b < c.a-1 && (d.low[c.a-1] == "and" || d.low[c.a-1] == "but" || d.low[c.a-1] == "then") {
		// "Years ago, he backed X and said, …": the subject of a
		// coordinated verb; what comes before it is no content.
		return nil, false
	}
	if w := d.low[c.subj.a]; c.subj.len() == 1 && !c.inverted && (w == "who" || w == "which" || w == "whom") && c.subj.a > s.a && d.low[c.subj.a-1] == "," {
		// "A spokesperson, who asked not to be named, said …": before a
		// relative clause stands its antecedent, not what was said.
		return nil, false
	}
	// A source after "according to" may run on past the phrase found
	// ("…, according to early results of a poll conducted by …").
	longSource := d.low[c.a] == "according" && e < sentEnd && !d.isPunct(e)
	// A semicolon after the attribution ends its clause as a stop does:
	// "To win, candidates need 40 per cent, analysts say; in 2012, …".
	semi := e < sentEnd && d.low[e] == ";" && d.quote[e] < 0
	boundaryBefore := pre >= s.a && (d.low[pre] == "," || d.isDashTok(pre) || d.low[pre] == ":") &&
		(e >= sentEnd || semi || d.low[e] == "," || d.isDashTok(e) || c.inverted && d.low[c.a] != "according" || longSource)
	if !boundaryBefore {
		return nil, false
	}
	clause := s.a
	for clause < pre && d.isPunct(clause) && !isMarkTok(d.low[clause]) {
		clause++
	}
	if m := d.kickerEnd(clause, pre); m > 0 {
		clause = m // "'A tough winter': Shelves running low, organizers say": not the kicker
	}
	if !c.inverted && !outletVerbs[d.low[c.a]] && c.subj.len() > 2 && pre-1 > clause && d.capital(pre-1) && d.capital(c.subj.a) && slices.ContainsFunc(d.low[c.subj.a:c.subj.b], coordinators.has) && !d.holdsQuote(clause, pre) {
		if v := d.clauseVerbAt(clause, pre); v >= 0 && speechCue(d.low[v]) {
			// "Doe said crews from Larkspur, Birchfall and the county
			// responded": the clause before the comma is Doe's report,
			// and the comma one of a list of names, the subject its end;
			// no content of the verb after it (but a relay: "A said B, CNN
			// and Reuters reported").
			return nil, false
		}
	}
	if e < sentEnd && d.low[e] == "," && !c.inverted && d.low[c.a] != "according" {
		// "Whitford said his concern was cost: at roughly $296,000 a
		// unit, he argued, the city should get more": an aside inside
		// what the verb before it reports takes up after that report's
		// colon or dash, not the attribution before it
		for j := pre - 1; j > clause; j-- {
			if (d.low[j] == ":" || d.isDashTok(j)) && d.quote[j] < 0 && d.sayVerbIn(clause, j) {
				clause = j + 1
				break
			}
		}
	}
	if d.low[c.a] == "according" && (d.attributedQuoteEnd(clause, pre) >= 0 || d.speech && d.quoteWithSpeaker(clause, pre)) {
		// "“…,” the judge said, according to the paper": the quote has
		// its speaker; in the speech scope also "“…,” Pemberton said on
		// the call, according to a transcript" (scope all keeps that
		// relay, as PolNeAR annotates it)
		return nil, true
	}
	// A short adjunct before an aside ("In the end, he said, B",
	// "Still, she said, B") is no part of what was said.
	// ("About 40 houses still rely on tanks, according to X": a number's
	// "about", "over", no preposition; not "In 2010, he said, …", nor "About
	// 40 minutes later, police said, …".)
	prep := prepositions.has(d.low[clause]) && !(clause+2 < pre && d.toks[clause+1].Kind == tokens.Number && approximators[d.low[clause]] && !timeUnits[strings.TrimSuffix(d.low[clause+2], "s")])
	front := pre > clause && e < sentEnd && d.low[e] == "," && pre-clause <= 5 &&
		(prep || capStop.has(d.low[clause]) && !determiners.has(d.low[clause]) && pre-clause == 1 || d.connectives(clause, pre)) ||
		d.low[clause] == "asked" && d.askedClause(clause, s) == pre // "Asked if an appeal was likely, Sorensen said …": the reporter's question, not what was said
	// A prepositional phrase with no verb is an adjunct, not what was
	// said: "In a talk last spring, she said, “…”".
	adjunctOnly := prep && !d.finiteVerb(clause, pre) && !d.mainClauseAfterComma(clause, pre)
	if !front && !adjunctOnly && (pre-clause >= 3 || pre > clause && e < sentEnd && d.low[e] == ",") {
		parts = append(parts, rng{clause, pre})
	}
	if e >= sentEnd || semi || len(parts) == 0 && !front && !(adjunctOnly && d.low[e] == ",") {
		// ("Like his remarks about the judge, Doe said, the jabs were
		// unacceptable": after a prepositional phrase, B is said.)
		return parts, true
	}
	// `A, X said, B.`
	if d.low[e] == "," || d.isDashTok(e) {
		// After an inverted speaker a phrase like "a demographer at …"
		// or "who teaches …" describes the speaker.
		// After "according to X," the rest of the sentence is said only
		// when it goes on with a verb or completes the verb before the
		// aside ("Acme receives, according to X, $2 million"); else it
		// describes the source ("according to the filings, a huge sum
		// for a firm that size", "…, which tracks prices").
		if r := d.roleEnd(e+1, sentEnd); r > e+1 && (d.low[c.a] == "according" || c.inverted && cueStrength[d.low[c.a]] > 0) {
			// A role describes the source or the speaker ("…, said Jo
			// Doe, senior economist at the bank.");
			// what was said may go on after its comma ("…, said Marcia
			// Smith, senior vice president for sustainability, Teck
			// wants the gap narrowed").
			if r+1 < sentEnd && d.low[r] == "," && relativePronouns[d.low[r+1]] {
				r = d.firstComma(r+1, sentEnd) // "…, director of the survey centre, which conducted the poll, …"
			}
			if r < sentEnd && d.low[r] == "," && sentEnd-(r+1) >= 2 && !d.trailingAttribution(r+1, sentEnd) &&
				(d.clauseOpensAt(r+1, sentEnd) || isFinite(d.posAt(r+1)) || d.posAt(r+1) == syntax.MD) {
				parts = append(parts, rng{r + 1, sentEnd}) // (a clause; not more about the role's organisation: ", a union that …")
			}
			return parts, true
		}
		appos := d.low[c.a] == "according" && (whWords.has(d.low[e+1]) || !d.finiteVerb(e+1, sentEnd) && !(pre-clause <= 3 || d.posAt(pre-1).IsVerb()) || d.nameOnly(e+1, sentEnd)) ||
			c.inverted && cueStrength[d.low[c.a]] > 0 && (determiners.has(d.low[e+1]) || d.low[e+1] == "who" || d.low[e+1] == "whose" || roleNouns.has(d.low[e+1]) || personTitles[d.low[e+1]])
		// Nor is the speaker's refusal to say more: "A, Doe said, though
		// she did not say which ones".
		refusal := d.refusalAfter(e+1, sentEnd, d.cueGender(c), pastForm(d.low[c.a])) == e+1
		// Nor another's report joined by "and": "A, according to X, and
		// several growers reported readings closer to -6 C".
		other := e+2 < sentEnd && (d.low[e+1] == "and" || d.low[e+1] == "but") && d.reportClauseAfter(e+2)
		if sentEnd-(e+1) >= 2 && !adjunct && !appos && !refusal && !other && !prepositions.has(d.low[e+1]) && d.toks[e+1].Kind != tokens.Number && !d.trailingAttribution(e+1, sentEnd) {
			// `A, according to X, the paper said.`: B is an attribution
			// of its own, not more of what was said.
			parts = append(parts, rng{e + 1, sentEnd})
		}
		return parts, true
	}
	return parts, c.inverted || e >= sentEnd
}

// mainClauseAfterComma reports a comma in (a, b) followed by a subject and a
// finite verb or a base form (the tagger reads some finite verbs after an
// adverb as base forms): "To win the seat, candidates probably need 40 per
// cent", "After the storm, crews restored power" (a past form read as a
// participle right after its subject); not a participle elsewhere: "In an
// interview, the first since taking office, Doe said".
func (d *doc) mainClauseAfterComma(a, b int) bool {
	last := min(b-2, a+maxClauseScan) // (a fronted phrase is short: the scan stays bounded per cue)
	for j := d.firstComma(a+1, last); j < last; j = d.firstComma(j+1, last) {
		if p := d.posAt(j + 1); (p.IsNoun() || p.IsPronoun() || p == syntax.DT) && (d.clauseVerbIn(j+2, min(b, j+8)) || j+2 < b && p != syntax.DT && d.posAt(j+2) == syntax.VBN) {
			return true
		}
	}
	return false
}

// roleEnd is the end of a role opening at k, with or without an article:
// its head within four words in lower case, with no verb before it, then "of",
// "for", "at" or "with" and their object, to the next comma or the
// sentence's end ("senior economist at the bank", "deputy campaign
// manager for …", "director of the survey centre"), which describes the
// speaker or source named before its comma; else k.
func (d *doc) roleEnd(k, end int) int {
	for j := k; j < end && j < k+4 && d.toks[j].Kind == tokens.Word && !d.capital(j) && d.quote[j] < 0 && !d.posAt(j).IsVerb(); j++ {
		w := d.low[j]
		if !(roleNouns.has(w) || personNouns.has(w) || occupations[w] || laypeople.has(w) || singularAgent(w)) {
			continue
		}
		switch {
		case j+1 >= end || d.low[j+1] == ",":
			return j + 1
		case d.low[j+1] == "of" || d.low[j+1] == "for" || d.low[j+1] == "at" || d.low[j+1] == "with":
			r := j + 2
			for r < end && r < j+maxClauseScan && d.low[r] != "," && d.quote[r] < 0 && !isFinite(d.posAt(r)) {
				r++
			}
			if r < end && d.low[r] != "," {
				return k // a clause of its own (or a scan too long to be a role)
			}
			return r
		}
	}
	return k
}

// singularAgent reports a noun of a person by what they do, by its ending:
// "economist", "manager", "director", "historian", "consultant".
func singularAgent(w string) bool {
	for _, e := range []string{"er", "or", "ist", "ian", "ant"} {
		if strings.HasSuffix(w, e) && len(w) > len(e)+3 {
			return true
		}
	}
	return false
}

// unsaidQuestionBefore reports "whether" or "if" before token p in its
// clause, right after a verb of speech negated or refused ("did not say
// whether", "declined to say if", "would not confirm whether").
func (d *doc) unsaidQuestionBefore(p int, s rng) bool {
	for j := p - 1; j > s.a && j >= p-12; j-- {
		if d.isPunct(j) || d.quote[j] >= 0 {
			return false
		}
		if (d.low[j] == "whether" || d.low[j] == "if") && cueStrength[d.low[j-1]] > 0 && d.unsaid(j-1, s) {
			return true
		}
	}
	return false
}

// forecastObjectEnd is the end of a plain noun-phrase object at k of a
// verb that foretells ("forecasting continued dry conditions through
// Wednesday, with …", "a budget surplus after …", "a cold front to pass
// through the Interior"): the phrase, an infinitive after it and the
// prepositional phrases after them, to a comma, a subordinate clause, a
// coordinator or a relative pronoun; 0 when no noun phrase opens at k or
// a clause does ("forecasts the storm will arrive").
func (d *doc) forecastObjectEnd(k, end int) int {
	asMuchAs := k+3 < end && d.low[k] == "as" && d.amountOpener(k) // ("as much as 20", its number three words on)
	if k >= end || d.isPunct(k) || d.quote[k] >= 0 || prepositions.has(d.low[k]) && !asMuchAs || coordinators.has(d.low[k]) || d.low[k] == "that" {
		return 0
	}
	end = min(end, k+maxClauseScan) // (a bounded scan: detection stays linear in a sentence's length)
	n, noun := k, false
	if asMuchAs {
		n += 3 // "as much as 20 centimetres"
	}
	if k+1 < end && (approx.has(d.low[k]) || d.low[k] == "between") && d.toks[k+1].Kind == tokens.Number {
		n++ // "around 25 mm", "between 10 and 15 cm"
	}
	for ; n < end && d.quote[n] < 0; n++ {
		p := d.posAt(n)
		if d.low[n] == "," && n > k && n+2 < end && (d.posAt(n-1).IsAdjective() || d.posAt(n-1).IsNoun()) && d.posAt(n+1).IsAdjective() && d.posAt(n+2).IsNoun() {
			continue // "a warm, dry summer"
		}
		participle := n == k && (p == syntax.VBN || p == syntax.VBD) && n+1 < end && d.posAt(n+1).IsNoun()                                                                                                                                           // "scattered showers"
		if !(p == syntax.DT || p.IsAdjective() || p.IsNoun() || p == syntax.CD || p == syntax.PRPS || p == syntax.Possessive || d.low[n] == "$" || d.low[n] == "%" || participle || !noun && (d.adverbAt(n) || p == syntax.RB || p == syntax.RBR)) { // (and "far more eyeballs")
			break
		}
		noun = noun || p.IsNoun() || p == syntax.CD
	}
	if !noun && n+1 < end && d.low[n] == "of" && (d.toks[n+1].Kind == tokens.Number || d.negativeNumber(n+1, end)) {
		noun = true // "a high of 25", "lows of -38 C"
	}
	if !noun || n < end && (isFinite(d.posAt(n)) || d.posAt(n) == syntax.MD) {
		return 0 // no noun phrase, or a clause
	}
	e := n
	if e+1 < end && d.low[e] == "to" && d.posAt(e+1) == syntax.VB {
		e += 2 // "a cold front to pass through the Interior"
	}
	for {
		for e < end && d.quote[e] < 0 && (!d.isPunct(e) || d.low[e] == "$" || d.low[e] == "%" || d.low[e] == "/" || possessiveMark(d.low[e]) || d.negativeNumber(e, end)) && !(coordinators.has(d.low[e]) && !d.weatherAfterAnd(e, end)) && !relativePronouns[d.low[e]] &&
			!(subordinators.has(d.low[e]) && !(e+1 < end && d.toks[e+1].Kind == tokens.Number)) { // (a year is no clause: "no sign of a recovery before 2026")
			e++
		}
		if d.asEarlyAs(e, end) {
			e += 4 // "beginning as early as May"
			continue
		}
		if l := d.nameListAfter(e, end); l > 0 {
			e = l // "in parts of British Columbia, Alberta, Saskatchewan and the Northwest Territories"
			continue
		}
		return d.forecastWithEnd(e, end)
	}
}

// nameListAfter is the end of a list of names that goes on at the comma
// at c after a name ("British Columbia, Alberta, Saskatchewan and the
// Northwest Territories"), through "and" or "or" and the last name; else 0
// (not "snow in Regina, Environment Canada said").
func (d *doc) nameListAfter(c, end int) int {
	if c == 0 || c >= end || d.low[c] != "," || d.quote[c] >= 0 || !d.capital(c-1) {
		return 0
	}
	j := c
	for n := 0; n < 8 && j+1 < end && d.low[j] == ","; n++ {
		k := d.overPlaceModifier(j+1, end)
		if !d.capital(k) {
			break
		}
		j = d.capitalRunEnd(k, end)
	}
	if j == c || j+1 >= end || d.low[j] != "and" && d.low[j] != "or" {
		return 0
	}
	k := j + 1
	if d.low[k] == "the" && k+1 < end {
		k++
	}
	k = d.overPlaceModifier(k, end)
	if !d.capital(k) {
		return 0
	}
	if l := d.capitalRunEnd(k, end); l >= end || !d.posAt(l).IsVerb() && d.posAt(l) != syntax.MD {
		return l
	}
	return 0 // a list that is the subject of a verb: "snow for Larkspur, Northgate and Lakeway RCMP said"
}

// overPlaceModifier steps over an adjective in lower case before a name at
// k ("northeastern B.C.", "central Saskatchewan" in a list of places).
func (d *doc) overPlaceModifier(k, end int) int {
	if k+1 < end && !d.capital(k) && d.posAt(k).IsAdjective() && d.capital(k+1) && d.quote[k] < 0 {
		return k + 1
	}
	return k
}

// asEarlyAs reports "as early as" (late, soon) at e and a time or a number
// after it: "as early as May", "as soon as next week" (not "as soon as the
// snow melts").
func (d *doc) asEarlyAs(e, end int) bool {
	if e+3 >= end || d.low[e] != "as" || d.low[e+2] != "as" || d.quote[e+3] >= 0 {
		return false
	}
	switch d.low[e+1] {
	case "early", "late", "soon":
	default:
		return false
	}
	n := e + 3
	return d.toks[n].Kind == tokens.Number || d.low[n] == "next" || dayWords.has(d.low[n]) || months.has(d.low[n])
}

// capitalRunEnd is the end of the run of capitalised words from k, outside
// quotes, before end (eight words at most).
func (d *doc) capitalRunEnd(k, end int) int {
	for start := k; k < end && k < start+8 && d.capital(k) && d.quote[k] < 0; k++ {
	}
	return k
}

// natureWords name what a forecast foresees besides the weather itself.
var natureWords = wordSet(`water river rivers lake lakes creek snowpack ice flooding flood floods runoff wind chill smoke air humidity
	drifting blowing freezing`)

// weatherChance reports a word of weather or nature within the four
// tokens from k, after "a chance of": "a chance of flurries", "a chance of
// a milder pattern" (not "a chance of the game being postponed").
func (d *doc) weatherChance(k, end int) bool {
	for j := k; j < end && j < k+4 && !d.isPunct(j); j++ {
		if w := d.low[j]; weatherWords[w] || natureWords[w] || chanceWeather[w] {
			return true
		}
	}
	return false
}

// chanceWeather are words of a forecast's pattern after "a chance of".
var chanceWeather = wordSet(`milder warmer colder cooler wetter drier pattern system front storm storms`)

// expectationWords say a thing is foreseen: "with water levels expected
// to stay high", "with blowing snow possible".
var expectationWords = wordSet(`expected forecast predicted projected possible likely`)

// forecastWithEnd is the end of more of a forecast after the comma at e,
// a "with" phrase that holds a word of weather ("…, with overnight lows
// expected to dip to -38 C by Thursday", "…, with 10 to 15 centimetres
// expected", "…, with a low of -27 C expected"), to the next comma or "but" or "and" opening a clause; else
// e. Not "…, with 12 schools planning to close early", nor "…, with the
// fair going ahead despite the rain".
func (d *doc) forecastWithEnd(e, end int) int {
	if e+2 >= end || d.low[e] != "," || d.low[e+1] != "with" || d.quote[e] >= 0 {
		return e
	}
	f, weather, verb, expected, nature := e+2, false, false, false, false
	for ; f < end && f < e+2+maxClauseScan && d.quote[f] < 0 && (!d.isPunct(f) || d.low[f] == "/" || d.low[f] == "%" || d.low[f] == "$" || d.negativeNumber(f, end)) && d.low[f] != "but" && !(d.low[f] == "and" && !d.weatherAfterAnd(f, end)); f++ {
		extreme := f+1 < end && d.low[f+1] == "of" && (d.low[f] == "low" || d.low[f] == "high" || d.low[f] == "chance" && d.weatherChance(f+2, end)) // "with a low of -27 C expected", "with a chance of a milder pattern"
		weather = weather || (weatherWords[d.low[f]] || extreme) && !verb && f < e+8                                                                 // (early, before the phrase's verb: not "with the fair going ahead despite the rain")
		if !verb && nature && expectationWords[d.low[f]] {
			expected = true // "with water levels on the river expected to stay above seasonal norms" (not "with schools expected to close", "with interest rates expected to stay high")
		}
		nature = nature || natureWords[d.low[f]]
		modifier := f+1 < end && (d.posAt(f) == syntax.VBG || d.posAt(f) == syntax.VBN) && d.posAt(f+1).IsNoun() && f == e+2 // "with blowing snow possible"
		verb = verb || d.posAt(f).IsVerb() && !modifier
	}
	if !weather && !(expected && (f >= end || d.isPunct(f) && d.low[f] != ",")) {
		return e
	}
	return f
}

// negativeNumber reports a minus sign at i before a number: "-38 C" (also
// an en dash typed for one: "–9 C").
func (d *doc) negativeNumber(i, end int) bool {
	return i+1 < end && (d.low[i] == "-" || d.low[i] == "−" || d.low[i] == "–") && d.toks[i+1].Kind == tokens.Number && d.toks[i+1].Gap == 0
}

// mandative reports a recommendation's or a demand's clause with its verb
// in the base form, without "that": "recommended the city hire more
// staff", "proposed the ban be lifted" (the tagger reads some such verbs
// as nouns: "suggested the province review the rules" stays unfound).
func (d *doc) mandative(c *cue, k, end int) bool {
	if !mandativeVerbs[d.low[c.a]] {
		return false
	}
	j := k // the subject: a determiner, modifiers and nouns (the chunker runs "the city hire more staff" together)
	for j < end && j < k+5 && (determiners.has(d.low[j]) || d.posAt(j) == syntax.PRPS || d.posAt(j).IsAdjective() || d.posAt(j).IsNoun()) && d.quote[j] < 0 {
		j++
	}
	return j > k && j < end && d.posAt(j-1).IsNoun() && d.posAt(j) == syntax.VB
}

// mandativeVerbs take a clause in the base form: "recommended the city
// hire more staff".
var mandativeVerbs = wordSet(`recommend recommends recommended recommending suggest suggests suggested suggesting propose proposes proposed proposing demand demands demanded demanding insist insists insisted insisting`)

// glossParticiples open the writer's comment on what was reported, after
// a comma at its end: "…, underscoring how quickly a stoppage can ripple
// through the economy".
// (Not "highlighting": "Aides said Obama will make his case,
// highlighting the recovery" is what he will do.)
var glossParticiples = wordSet(`underscoring illustrating`)

// weatherAfterAnd reports "and" at e before more of what is foretold, up
// to the next punctuation: more weather with no verb of a clause ("rain
// and winds gusting to 60 km/h", "snow and freezing rain"), or a noun
// phrase with no verb at all ("growth and lower rates next year"); not
// "rain and crews are ready", "a recession and cutting rates".
func (d *doc) weatherAfterAnd(e, end int) bool {
	if d.low[e] != "and" || e+1 >= end {
		return false
	}
	approxAmount := approx.has(d.low[e+1]) && e+2 < end && d.toks[e+2].Kind == tokens.Number // "and about 15 centimetres of snow"
	if p := d.posAt(e + 1); !(p == syntax.DT || p.IsAdjective() || p.IsNoun() || p == syntax.CD || p == syntax.VBG || p == syntax.VBN || approxAmount) {
		return false
	}
	weather, verb := false, false
	for j := e + 1; j < end && j < e+8 && !d.isPunct(j) && d.quote[j] < 0; j++ {
		if isFinite(d.posAt(j)) || d.posAt(j) == syntax.MD {
			return false
		}
		weather = weather || weatherWords[d.low[j]]
		verb = verb || d.posAt(j).IsVerb()
	}
	return weather || !verb
}

// clauseOpensAt reports a subject noun phrase at k with a finite verb right
// after it: the main clause after an opening phrase's comma ("…, the
// minister said"; not "…, Acme Ltd., was to blame", nor ", adding …").
func (d *doc) clauseOpensAt(k, end int) bool { return d.clauseVerbAt(k, end) >= 0 }

// clauseVerbAt is the finite verb (or modal) right after the noun phrase
// that starts at token k, before end, or -1.
func (d *doc) clauseVerbAt(k, end int) int {
	if np := d.rightNP(k, end); np.len() > 0 && np.a == k && np.b < end && isFinite(d.posAt(np.b)) {
		return np.b
	}
	return -1
}

// taskNouns are subjects whose "is forecasting …" names a task, not a
// forecast ("The biggest challenge is forecasting the timing").
var taskNouns = wordSet(`challenge task job goal problem difficulty key aim priority trick part issue focus work`)

// sayVerbIn reports a finite form of "say" outside quotation marks in
// [a, b), after a word that can be its subject.
func (d *doc) sayVerbIn(a, b int) bool {
	for j := a + 1; j < b; j++ {
		if sayForms.has(d.low[j]) && d.quote[j] < 0 && isFinite(d.posAt(j)) && (d.posAt(j-1).IsNoun() || d.posAt(j-1).IsPronoun()) {
			return true
		}
	}
	return false
}

// secondReportInHeadline reports a subject and a verb of speech in the
// present opening a clause at j after a comma (or a comma and a closing
// quotation mark) on a line that reads as a headline: "…, transit
// authority calls it 'fair'", "…, province says".
func (d *doc) secondReportInHeadline(k, j, end int) bool {
	c := j - 1
	if isCloser(d.low[c]) && c > 0 {
		c--
	}
	if d.low[c] != "," || d.quote[j] >= 0 {
		return false
	}
	if c-k < 3 && !d.shortClause(k, c) {
		return false // (a headline's verbless "deal close": left whole, not lost)
	}
	if np := d.rightNP(k, c); np.len() > 0 && np.b >= c {
		return false // a list of subjects: "PM says Canada, allies condemn strike"
	}
	line, ok := d.shortLineAt(j, j+1, 30)
	if !ok || !d.headlineLike(line) {
		return false
	}
	v := j // a headline's bare subject: "transit authority", "council", "Ottawa"
	for v < end && v < j+4 && (d.posAt(v).IsNoun() || d.posAt(v).IsAdjective() || possessiveMark(d.low[v])) && d.quote[v] < 0 {
		v++
	}
	if v == j || v >= end || d.posAt(v) != syntax.VBZ && d.posAt(v) != syntax.VBP {
		return false
	}
	if v+1 >= end || v+1 >= line.b {
		return false // "…, parents agree": no report of its own
	}
	return cueStrength[d.low[v]] > 0 || callForms[d.low[v]]
}

// reasonVerbs give as a reason what their object names: "closed the pool,
// citing a shortage of lifeguards" reports the reason the town gave, in
// the speech scope too (PolNeAR train marks "citing" a cue 28 times in
// 30, "cited" 38 in 45).
var reasonVerbs = wordSet(`citing cited`)

// citedReason reports cue c's object at k as a reason the subject gave
// ("citing a shortage of lifeguards"); not a ticket ("Police cited the
// driver for careless driving", "cited 14 drivers"), nor a study's
// sources ("The study cited 40 papers").
func (d *doc) citedReason(c *cue, k, e, end int) bool {
	if !reasonVerbs[d.low[c.a]] || c.rule != ruleVerb || k != e || k >= end || d.isPunct(k) {
		return false
	}
	if c.subj.len() > 0 && enforcers[d.headNoun(c.subj)] {
		return false
	}
	o := d.objectEnd(k, end)
	if o < end && d.low[o] == "for" && o-k <= 3 {
		return false // "the driver for careless driving"
	}
	return !d.studySubject(c) || o < end && d.low[o] == "as" // "The report cited an internal investigation as identifying …", not "cited 40 papers"
}

// enforcers ticket people: what they "cite" is an offender, not a reason.
var enforcers = wordSet(`police officer officers inspector inspectors constable constables city bylaw rcmp opp`)

// recounted reports "describe" before a gerund that takes its own object
// at k: "described hearing the collapse over the radio", "seeing smoke",
// an account of what was done. Not a participle before its noun
// ("described growing concern"), an evaluation with "as" ("described
// hearing protection as mandatory", "… seeing the damage as
// heartbreaking"), nor a clause another attribution ends ("…, said union
// rep Tim Bell", whose report it is).
func (d *doc) recounted(c *cue, k, end int) bool {
	if k+1 >= end || !describeForms[d.low[c.a]] || d.posAt(k) != syntax.VBG || d.posAt(k+1).IsNoun() && !perceptionGerunds[d.low[k]] {
		return false
	}
	for j := k + 1; j < end; j++ {
		if d.low[j] == "as" && !d.clauseVerbIn(j+1, end) || d.low[j] == "," && d.quote[j] < 0 && d.trailingAttribution(j+1, end) {
			return false
		}
	}
	return true
}

// perceptionGerunds take a bare noun as what was perceived: "described
// hearing gunshots", "seeing smoke" ("hearing protection as mandatory"
// is an evaluation, its "as" says so).
var perceptionGerunds = wordSet(`hearing seeing feeling smelling watching`)

// describeForms are the forms of "describe".
var describeForms = wordSet(`describe describes described describing`)

// namingVerbs give something a name, which may be quoted words.
var namingVerbs = map[string]bool{"called": true, "calls": true, "call": true, "dubbed": true, "dubs": true, "termed": true, "terms": true}

// quotedNamingWhat reports a free relative at k whose verb names its
// object in quotation marks: "what the company called its “final offer”".
func (d *doc) quotedNamingWhat(k, end int) bool {
	if k >= end || d.low[k] != "what" {
		return false
	}
	for j := k + 2; j < end && j <= k+6; j++ {
		if d.isPunct(j) && !possessiveMark(d.low[j]) {
			return false
		}
		if namingVerbs[d.low[j]] {
			e := d.namedInQuotes(j+1, end)
			return e > j+1 && !d.finiteVerb(e, end) // (not "said what the paper called “a cover-up” was a mistake": the free relative is a subject)
		}
	}
	return false
}

// adjunctPreps open an adjunct after a name given in quotation marks.
var adjunctPreps = map[string]bool{"by": true, "in": true, "on": true, "at": true, "during": true, "after": true, "before": true, "since": true}

// namedInQuotes is the end of the quotation that opens within the first
// four tokens of [k, end) after words with no verb ("its “final offer”",
// "the plan “a cash grab”"), when an adjunct's preposition ("by 91 per
// cent", "in a vote"), punctuation or the end comes right after it; else
// -1.
func (d *doc) namedInQuotes(k, end int) int {
	for j := k; j < end && j <= k+3; j++ {
		if q := d.quote[j]; q >= 0 {
			e := j
			for e < end && (d.quote[e] == q || d.quote[e] >= 0 && d.quote[e-1] >= 0) {
				e++ // (and a quotation right after it: the “immoral” “lie”)
			}
			if e < end && (d.quote[e] >= 0 || !d.isPunct(e) && !adjunctPreps[d.low[e]]) {
				return -1 // (the name goes on: a “rough week” for Trump)
			}
			return e
		}
		if d.posAt(j).IsVerb() || d.isPunct(j) && !possessiveMark(d.low[j]) {
			return -1
		}
	}
	return -1
}

// quotedComma is the end of a quotation in [k, end) whose words end with
// a comma ("had “been friends for some time,” he claimed"), the clause's
// comma inside the marks; else end.
func (d *doc) quotedComma(k, end int) int {
	for j := d.nextQuotedAt(k, end); j < end; j = d.nextQuotedAt(j+1, end) {
		if e := j + 1; (e >= end || d.quote[e] != d.quote[j]) && j-1 > k && d.low[j-1] == "," && isMarkTok(d.low[j]) {
			return e
		}
	}
	return end
}

// nextQuotedAt is the first token of a quotation in [a, b), or b.
func (d *doc) nextQuotedAt(a, b int) int {
	if a >= b {
		return b
	}
	return min(int(d.nextQuoted[a]), b)
}

// nameOnly reports tokens [a, b) that are all a person's or an
// organisation's name: "according to his agent, Ilya Morozov."
func (d *doc) nameOnly(a, b int) bool {
	for i := a; i < b; i++ {
		if !d.person[i] && !d.org[i] {
			return false
		}
	}
	return a < b
}

// connectives reports a run of at most three conjunctions and adverbs,
// [a, b), that opens a sentence ("And yet", "But still", "Even so").
func (d *doc) connectives(a, b int) bool {
	if b-a > 3 {
		return false
	}
	for i := a; i < b; i++ {
		if p := d.posAt(i); p != syntax.CC && p != syntax.RB || negators.has(d.low[i]) {
			return false // "Not once, he said, did …": part of what was said
		}
	}
	return true
}

// quoteWithSpeaker reports a direct quote in [a, b) followed by its
// speaker and a verb of speech with a short phrase after it, to b: "“…,”
// Pemberton said on the call", "“…,” Whitcombe told analysts".
func (d *doc) quoteWithSpeaker(a, b int) bool {
	q := d.lastQuoteTok(a, b)
	if q < 0 {
		return false
	}
	n := q + 1
	if n < b && d.low[n] == "," {
		n++ // (the comma outside the marks)
	}
	np := d.rightNP(n, b)
	if np.len() == 0 || np.b >= b || cueStrength[d.low[np.b]] < 1 || !isFinite(d.posAt(np.b)) || b-np.b > 9 {
		return false
	}
	for i := np.b + 1; i < b; i++ {
		if d.quote[i] >= 0 || d.posAt(i).IsVerb() || d.isPunct(i) && !possessiveMark(d.low[i]) {
			return false // (but "on Tuesday's earnings call", "told Queen's Park reporters")
		}
	}
	return true
}

// lastQuoteTok is the last token in [a, b) inside a quotation, else -1.
func (d *doc) lastQuoteTok(a, b int) int {
	for q := b - 1; q >= a; q-- {
		if d.quote[q] >= 0 {
			return q
		}
	}
	return -1
}

// attributedQuoteEnd is the end of a direct quote in [a, b) followed by
// an attribution of its own that ends at b ("“…,” the judge said"), or -1.
func (d *doc) attributedQuoteEnd(a, b int) int {
	q := d.lastQuoteTok(a, b)
	if q < 0 {
		return -1
	}
	e := q + 1
	for e < b && d.low[e] == "," {
		e++
	}
	if e < b && d.trailingAttribution(e, b) {
		return q + 1
	}
	return -1
}

// forwardContent reads the clause after the attribution (`X said (that)
// CLAUSE`); parts found before it win.
func (d *doc) forwardContent(c *cue, s rng, sentEnd, e int, parts []rng) []rng {
	k, ok := d.forwardStart(c, sentEnd, e)
	if ok && k > 0 && k < sentEnd && d.low[k-1] == "," && relativePronouns[d.low[k]] && d.low[sentEnd-1] != "?" && !(sentEnd < len(d.low) && d.low[sentEnd] == "?") {
		// A relative clause is no content: "told a news conference
		// after the meeting, which was held online"; the content may
		// come after it ("said in a statement, which was posted
		// online, that she would stay"). (A question is: "asked, who
		// will pay?")
		k, ok = d.thatAfterClause(k, sentEnd)
	}
	for j := max(k, 1); ok && j < sentEnd; j++ {
		if !d.onShortLine(j) {
			continue // (both checks read a headline's line: a body's long line has none)
		}
		if t := (cue{a: j}); d.low[j-1] == "," && sayForms.has(d.low[j]) && d.headlineSecondVerb(&t, s) {
			sentEnd = j - 1 // "Judge rejects conditional sentence, says …": the second verb's content is its own
			break
		}
		if j > k+1 && d.secondReportInHeadline(k, j, sentEnd) {
			// "Union says offer 'doesn't cover the grocery bill,' transit
			// authority calls it 'fair'": another's report (the quote's
			// closing mark stays with it, a bare comma does not)
			sentEnd = j
			if d.low[j-1] == "," {
				sentEnd--
			}
			break
		}
	}
	if !ok || k >= sentEnd || d.objectNotClause(k, sentEnd) || sentEnd-k < 3 && !d.shortClause(k, sentEnd) || k > 0 && d.low[k-1] == "," && (d.trailingAttribution(k, sentEnd) || d.accordingToEnd(k, sentEnd)) ||
		d.low[c.a] == "according" && k > 0 && d.low[k-1] == "," && sayForms.has(d.low[k]) && isFinite(d.posAt(k)) {
		// ("Sethi, who shot 91 per cent according to CurlON statistics,
		// said …": the sentence's own verb after the source, no content
		// of the source's)
		// (`A, according to X, Globe Daily said.`, "Acme told staff
		// about the cuts, according to the union.": an attribution of
		// its own is no content.)
		return parts
	}
	// A direct quote right here is the cue's own quote, handled elsewhere;
	// so is one after an adjunct and a colon ("said, in a statement:
	// “…”").
	if d.quote[k] >= 0 && k > 0 && d.quote[k-1] < 0 || d.adjunctBeforeQuote(k, sentEnd) {
		return parts
	}
	if len(parts) > 0 {
		return parts
	}
	if d.quotedNamingWhat(k, sentEnd) {
		return nil // "rejected what it called its “final offer”": the words are the namer's (its cue reports them), and a thing is rejected
	}
	if wh := c.subj.a - 1; c.rule == ruleVerb && !c.inverted && c.subj.len() > 0 && c.subj.b <= c.a && wh >= s.a && (d.low[wh] == "what" || d.low[wh] == "whatever") &&
		(wh == s.a || d.low[wh-1] == ",") && !d.copulaThat(c.end(), sentEnd) {
		// "What the mayor says is now the line", "At the paper, what
		// she says and vows is …": a clause opening with "what" is
		// the sentence's subject, and what follows the verb is the
		// sentence's own (not "turned to what she said was a rising
		// need", where the clause after the verb is what she said).
		return nil
	}
	if c.rule == ruleVerb && !c.inverted && c.subj.len() > 0 && c.subj.b <= c.a && pastForm(d.low[c.a]) && !sayForms.has(d.low[c.a]) && d.low[c.a] != "told" &&
		d.thingPhrase(c.subj) && d.subjectlessClause(c.b, sentEnd) {
		// "The accord agreed quietly three weeks ago will settle …", "The plan
		// announced last week will cut fares": a participle after a
		// noun that cannot speak, the sentence's verb after it.
		return nil
	}
	end := sentEnd
	for j := d.firstComma(k+2, end-1); j < end-1; j = d.firstComma(j+1, end-1) {
		if glossParticiples[d.low[j+1]] {
			end = j // "found that rail carried 40 per cent of the freight, underscoring how quickly …": the writer's gloss
			break
		}
	}
	if c.subj.len() > 0 && c.subj.b <= c.a && (d.low[c.subj.a] == "some" || d.low[c.subj.a] == "many") {
		// "Some local hikers say a lift would bring crowds, while others
		// welcome easier access": the others of the group are no part
		// of what some of it say.
		for j := d.firstComma(k+2, end-1); j+3 < end; j = d.firstComma(j+1, end-1) {
			if (d.low[j+1] == "while" || d.low[j+1] == "but" || d.low[j+1] == "whereas" || d.low[j+1] == "and") && d.low[j+2] == "others" && d.finiteVerb(j+3, j+4) {
				end = j
				break
			}
		}
	}
	if namingVerbs[d.low[c.a]] && c.subj.a > 0 && d.low[c.subj.a-1] == "what" {
		if e := d.namedInQuotes(k, end); e > k {
			end = e // "what it called its “final offer” by 91 per cent": the name given, in its marks
		}
	}
	if c := d.trailingComma(k, end); c > k && !d.clauseVerbIn(k, c) && !d.holdsQuote(k, c) {
		// "The panel will add two tranches to the quota, it said": the
		// attribution that ends the sentence is no part of the verb's
		// object, which is no clause; the sentence is what "it" said.
		// (A clause stays whole: "Doe said X, the paper reported" is
		// a report in a report, and so is "asked them to leave"; and
		// so are quoted words: "Lind called the tax “theft”, her
		// spokesman said".)
		end = c
	}
	objRel := d.objectRelative(c, s)
	if objRel && k-1 >= c.end() && d.low[k-1] == "," && d.quote[k-1] < 0 {
		// "a draft of X, which the singer wrote in 1966, sold for …": the
		// relative clause ends at its comma with nothing reported.
		return nil
	}
	if c.rule == ruleVerb && !c.inverted && d.unsaidQuestionBefore(c.start(), s) {
		// "He did not say whether the minister would ask the agency to
		// reverse its decision": inside a question left unanswered, a
		// hypothetical, no one's words
		return nil
	}
	if cm := d.firstComma(c.end(), sentEnd); c.rule == ruleVerb && d.low[s.a] == "asked" && s.a < c.start() && !d.commaIn(s.a, c.start()) && d.clauseOpensAt(cm+1, sentEnd) {
		// "Asked whether the government had offered incentives, the
		// minister said …": the reporter's question, which no one in it
		// stated (not "Asked about the delay the minister said X, and
		// promised …", whose comma ends no question)
		return nil
	}
	if st := d.afterDateline(s); d.subordinateAt(st, s) && st < c.start() && !d.commaIn(st, c.start()) || objRel {
		// "While the province said X, critics …" and "The bill, which
		// the government says will save $40 million, passes …": the
		// content ends with the clause, which the content may not
		// start after ("When the paper asked Doe about it, the manager
		// said …"; "As the paper reported, B" is B).
		end = d.quotedComma(k, d.firstComma(k, sentEnd))
		if cm := d.firstComma(c.end(), k); !objRel && cm < k && cm > c.end() {
			return nil
		}
	} else if w := d.low[c.subj.a]; (c.subj.len() == 1 && (w == "who" || w == "which") || (c.subj.len() == 3 || c.subj.len() == 4) && d.low[c.subj.b-1] == "whom") && c.subj.a > s.a && d.low[c.subj.a-1] == "," {
		// "Smith, who said X, left" (and "Two councillors, both of whom
		// said X, back it"): the relative clause ends at its comma;
		// "Smith, who asked not to be named, said …" has no content in it.
		if k-1 > c.b && d.low[k-1] == "," && d.quote[k-1] < 0 {
			return nil
		}
		end = d.firstComma(k, sentEnd)
	} else if r := d.restrictiveWho(c, s); r > s.a && !d.finiteVerb(s.a, r) {
		// "Residents who say the plan is unsafe packed the hall", "A
		// nurse who asked that her name not be published wrote …": the
		// relative clause sits in the sentence's subject, whose own
		// verb ends what was said.
		end = d.matrixVerb(k, end)
	}
	if n := k - 1; k > 0 && k+2 < sentEnd && d.low[n] == "not" && d.low[k] == "to" && d.low[k+1] == "be" {
		return nil // "who asked not to be named": a condition of speaking, not news (both scopes)
	}
	if prepositions.has(d.low[k]) && !(d.low[k] == "to" && k+1 < end && d.posAt(k+1) == syntax.VB) && !d.finiteVerb(k, end) && !d.holdsQuote(k, end) && !(approximators[d.low[k]] && d.countedClause(k+1)) {
		// "told his audience, to rowdy applause, …": no clause ("told
		// them to leave" is a request), in both scopes.
		return nil
	}
	if d.speech && c.rule == ruleVerb && !c.inverted && c.subj.len() == 1 && d.low[c.subj.a] == "we" && d.quote[c.subj.a] < 0 && d.posAt(c.a) == syntax.VBP && d.readersAfter(c.b) && !d.holdsQuote(k, end) {
		return nil // the site's own voice, outside quotation marks: "We ask you to keep your comments relevant and respectful"
	}
	if c.rule == ruleVerb && d.correctionNote(c) {
		return nil // "A previous version said the rate rose to 14.8 per cent": the story's own text, corrected (both scopes; PolNeAR train marks none)
	}
	if d.speech && c.rule == ruleVerb && d.noneSpoke(c) && !d.holdsQuote(k, end) {
		return nil // "Not everyone agrees more money will fix it", "there were no reports of …": no one's words
	}
	accusation := c.rule == ruleVerb && k == e && d.accusation(c.a, k, end)
	naming := callForms[d.low[c.a]] && c.rule == ruleVerb && k == e && d.namedAs(k, end) && !d.negatedSubject(c)
	share := k < end && d.proportionAt(k) && d.quantitySubject(k, s)                                // "found 74 per cent of Canadians support …", the verb read as a noun
	recounted := d.recounted(c, k, end)                                                             // "described hearing the collapse over the radio": what the witness told of doing
	reason := d.citedReason(c, k, e, end)                                                           // "closed the pool, citing a shortage of lifeguards": the reason they gave
	described := describeForms[d.low[c.a]] && c.rule == ruleVerb && k == e && d.describedAs(k, end) // "described the change as temporary": what they said it is
	if d.speech && c.rule == ruleVerb && k == e && !sayForms.has(d.low[c.a]) && !d.finiteVerb(k, end) && !d.holdsQuote(k, end) && !d.titleCase(s) && !d.request(k, end) && !d.mandative(c, k, end) && !accusation && !naming && !share && !recounted && !reason && !described {
		return nil // no clause, no quotation: "pleaded not guilty to all charges"
	}
	if d.speech && c.rule == ruleVerb && k == e && k == c.b && d.low[c.a] == "said" && d.posAt(k) == syntax.VBG && !d.finiteVerb(k, end) && !d.holdsQuote(k, end) {
		return nil // a participle's adjunct right after "said", no clause: "Clinton said answering a question at a town hall" (a headline's "Chechens say observing ceasefire" reports)
	}
	if d.speech && c.rule == ruleVerb && k == e && (strings.HasPrefix(d.low[c.a], "plead") || d.low[c.a] == "pled") && d.plea(k, end) {
		return nil // "pleaded guilty to six counts of fraud involving victims who …": a plea, whatever follows
	}
	if c.rule == ruleVerb && k == e && (d.posAt(k) == syntax.RP && d.low[k] != "out" || strings.HasPrefix(d.low[c.a], "wr") && (d.low[k] == "down" || d.low[k] == "off")) {
		return nil // a particle makes another verb: "called up two players", "wrote down all goodwill"
	}
	// ("rejected that argument, saying …": "that" a determiner, not
	// opening a clause.)
	thatObject := k == e+1 && d.low[e] == "that" && (d.posAt(e) == syntax.DT || d.posAt(k) == syntax.NN && !d.finiteVerbBeforeClauseEnd(k, end))
	if w := d.low[c.a]; c.rule == ruleVerb && (k == e || thatObject) && (!sayForms.has(w) || objectVerbs[w]) && !d.titleCase(s) && !accusation && !share {
		// A plain noun-phrase object is no reported speech (`added a
		// goal`, `criticized the plan`), unless a colon follows it
		// (`explained it this way: B`, in both scopes). With scope all
		// the verbs of speech keep theirs as content (PolNeAR's
		// "announced his candidacy"): the speech scope filters; "say"
		// takes no object but "this" or "nothing" (objectNotClause), and
		// a headline's capitals defeat the tagger.
		o := d.objectEnd(k, end)
		if p := d.participleReport(k, end); d.speech && p < end && p+2 < end && cueStrength[d.low[p+1]] >= 1 && o == k && d.objectEnd(k, p) > k {
			// "rejected the request, writing that it “…”": the
			// participle's clause is what the subject said (scope all
			// keeps the object, which PolNeAR annotates: "endorsed
			// Cruz, saying …").
			k = p + 2
			for t := k; t < end && t < k+10 && d.quote[t] < 0 && d.low[t] != "," && !isFinite(d.posAt(t)); t++ {
				if d.low[t] == "that" && t+1 < end {
					k = t + 1 // `saying on Monday that …`, `telling reporters that …`
					break
				}
			}
			if d.isPunct(k) {
				return nil // `claimed victory, saying: “…”`: the participle introduces a quotation of its own
			}
			if c := d.trailingComma(k, end); c > k {
				end = c
			} else if c := d.attributedQuoteEnd(k, end); c > k {
				end = c // `calling Trump “an orange buffoon,” Susan said`
			}
		} else if o > k && o < end && d.low[o] == ":" {
			k = o + 1
		} else if o > k && (d.speech || objectVerbs[w]) && !naming && !recounted && !reason && !described {
			return nil
		}
	}
	if described {
		end = d.describedEnd(k+2, end)
	}
	if naming {
		// What the speaker called it ends where the subject goes on with
		// another verb: "called Doe a liar and ordered him to leave",
		// "called the budget a disaster, saying …".
		for j := k + 2; j+1 < end; j++ {
			if d.quote[j] < 0 && (d.low[j] == "and" && (d.posAt(j+1) == syntax.VBD || d.posAt(j+1) == syntax.VBZ) || d.low[j] == "," && d.posAt(j+1) == syntax.VBG && cueStrength[d.low[j+1]] > 0) {
				end = d.beforeComma(j)
				break
			}
		}
	}
	if accusation {
		// The charge ends with its clause: "accused Israel of launching
		// a campaign after Israeli television reported that …", "…
		// and said if elected he would …".
		for j := k + 2; j < end; j++ {
			list := j+1 < end && (d.posAt(j+1) == syntax.VBG && d.low[j+1] != "according" || d.low[j+1] == "and" || d.low[j+1] == "or" || d.low[j+1] == "of") // "of covering up, delaying, and withholding"
			if d.quote[j] < 0 && ((d.low[j] == "," || d.low[j] == ";") && !list || subordinators.has(d.low[j]) && d.low[j] != "that" && d.low[j] != "when" && d.low[j] != "where" ||
				(d.low[j] == "and" || d.low[j] == "but") && j+1 < end && (cueStrength[d.low[j+1]] > 0 || isFinite(d.posAt(j+1)))) {
				end = j
				break
			}
		}
	}
	if j := d.coordinatedCue(k+2, end-1); j < end-1 {
		// "said the board would listen, but warned that …": the next
		// verb of speech starts an attribution of its own.
		end = d.beforeComma(j)
	}
	if j := d.semicolonAttribution(k+2, end); j < end {
		end = j // "Residents' group says it will keep fighting; developer says …": another's words
	}
	if j := d.refusalAfter(k+2, end, d.cueGender(c), pastForm(d.low[c.a])); j < end {
		// "said the association has asked a lawyer …, but he would not
		// say whether it intends to file": the speaker's refusal is
		// narration, no part of what was said.
		end = d.beforeComma(j)
	}
	if j := d.summaryAppositive(k+2, end); j < end && d.finiteVerb(k, j) {
		if d.commaClosingQuote(j) {
			j++ // (the closing mark stays with the quoted words)
		}
		// "said police need a warrant, a decision advocates are calling
		// …": the writer's word on what was said, no part of it (not on
		// an object: "supported Proposition 226, a measure opposed by
		// unions").
		end = j
	}
	if j := d.narrationAfterQuote(k, end); j < end {
		// "said it “takes safety seriously” but three workers were
		// injured …": the writer goes on after the quoted words.
		end = j
	}
	if j := d.secondVerb(c, k+2, end-1); j < end-1 {
		end = j
		if d.isPunct(j-1) && d.quote[j-1] < 0 {
			end = j - 1
		}
	}
	if p := d.addedReport(k+2, end); p < end && !d.personSubject(k, p) {
		// "said he was disappointed, adding that he would appeal": a
		// second report (not "said a woman approached the cruiser,
		// saying she needed help", whose participle is the woman's)
		end = p
	}
	if k > 0 && d.summaryHead(k-1, end) >= 0 {
		return nil // "…, a decision advocates are calling …" follows a clause: it is no verb's content
	}
	if end-k < 3 && !d.shortClause(k, end) {
		return nil
	}
	return []rng{{k, end}}
}

// addedReport is where a content in [a, end) ends before a participle
// that adds a report of its own ("…, adding that …", "…, saying: “…”",
// "…, noting she …", "… “not surprised,” adding: “…”"), which is its own
// attribution: at the comma, or after the closing mark a comma is inside;
// else end. (Only within maxClauseScan tokens: a report's clause is no
// longer.)
func (d *doc) addedReport(a, end int) int {
	for p := a; p+2 < end && p < a+maxClauseScan; p++ {
		cut := p // the comma: "…, adding that …"
		if d.quote[p] >= 0 {
			// A comma inside the quotation's closing mark: "…
			// surprised,” adding: “…”" ends after the mark.
			if d.quote[p+1] >= 0 || p-1 < a || d.low[p-1] != "," || !isCloser(d.low[p]) {
				continue
			}
			cut = p + 1
		} else if !d.participleAt(p, end) {
			continue
		}
		if d.posAt(p+1) != syntax.VBG || !addingParticiples[d.low[p+1]] {
			continue
		}
		if n := d.low[p+2]; n == "that" || n == ":" || d.opensQuote(p+2) || subjPronouns.has(n) && n != "who" {
			return cut
		}
	}
	return end
}

// personSubject reports a content from k whose clause, before its first
// finite verb (before end), has a description of people for its subject
// ("a woman", "the driver", "his players"), whom a participle after the
// clause may belong to.
func (d *doc) personSubject(k, end int) bool {
	for i := k; i < end && i < k+8; i++ {
		if isFinite(d.posAt(i)) || d.posAt(i) == syntax.MD {
			return false
		}
		w := d.low[i]
		if personNouns.has(w) || roleNouns.has(w) || groupNouns.has(w) || occupations[w] || sexedNouns[w] != "" || playerHeads[w] {
			return true
		}
	}
	return false
}

// addingParticiples add a second report to a first: "…, adding that …".
var addingParticiples = wordSet(`adding saying noting arguing insisting warning explaining stressing acknowledging`)

// accusation reports "accused X of doing Y" at cue i with its object at k:
// the charge is what was said, in both scopes.
func (d *doc) accusation(i, k, end int) bool {
	if !strings.HasPrefix(d.low[i], "accus") {
		return false
	}
	for j := k + 1; j+1 < end && j < k+8 && !d.isPunct(j); j++ {
		if d.low[j] == "of" {
			return d.posAt(j+1) == syntax.VBG || j+2 < end && d.adverbAt(j+1) && d.posAt(j+2) == syntax.VBG
		}
	}
	return false
}

// plea reports a plea at k: "guilty", "not guilty", "no contest".
func (d *doc) plea(k, end int) bool {
	switch d.low[k] {
	case "guilty", "innocent":
		return true
	case "not":
		return k+1 < end && (d.low[k+1] == "guilty" || d.low[k+1] == "innocent")
	case "no":
		return k+1 < end && d.low[k+1] == "contest"
	}
	return false
}

// secondVerb is the first "and" in [a, b) outside quotes that joins a
// second verb of speech to the cue's, or b: "said he would press the
// government and blamed Moscow for …" (a past form cannot join the verb a
// modal takes) and "telling CNN that X and questioning how …" (a participle
// joins a participle). Not after a perfect ("should have investigated and
// reported the leak": the past participles join) or a progressive ("had
// been misleading investors and telling regulators nothing"); and "said he
// had won and he promised …" (a pronoun the content already used, before a
// verb of speech); and "said X and called on Y to …".
func (d *doc) secondVerb(c *cue, a, b int) int {
	cuePOS := d.posAt(c.a)
	modal, perfect, progressive := false, false, false
	var seen [3]bool // he, she, they used in the content so far
	pron := func(w string) int {
		switch w {
		case "he":
			return 0
		case "she":
			return 1
		case "they":
			return 2
		}
		return -1
	}
	for j := a - 2; j < b; j++ {
		if d.quote[j] >= 0 {
			continue
		}
		switch w := d.low[j]; {
		case d.posAt(j) == syntax.MD:
			modal = true
		case w == "have" || w == "has" || w == "had" || w == "'ve" || w == "’ve":
			perfect = true
		case d.posAt(j) == syntax.VBG && j > a-2 && w != "being" && passiveAux(d.low[j-1]):
			progressive = true
		case pron(w) >= 0 && (j < a || d.low[j-1] != "and"):
			seen[pron(w)] = true
		}
		if j < a || d.low[j] != "and" || j+2 >= b || d.quote[j+1] >= 0 {
			continue
		}
		n, p := d.low[j+1], d.posAt(j+1)
		switch {
		case cueStrength[n] > 0 && p == syntax.VBD && cuePOS == syntax.VBD && modal && !perfect:
			return j
		case n == "called" && (d.low[j+2] == "on" || d.low[j+2] == "for") && cuePOS == syntax.VBD && !perfect && !d.callerInContent(max(a-2, 0), j):
			// "said the community “can't keep doing this” and called on
			// the province to pay": the speaker's own call, no part of
			// what was said
			return j
		case p == syntax.VBG && cuePOS == syntax.VBG && !progressive && (cueStrength[n] > 0 || whWords.has(d.low[j+2]) || d.low[j+2] == "that"):
			return j
		case pron(n) >= 0 && seen[pron(n)] && cueStrength[d.low[j+2]] > 0 && isFinite(d.posAt(j+2)):
			// "said he had clinched a truce and he promised to …": the
			// pronoun that reports the speaker's own words in the content
			// opens a clause of the speaker's; one the content has not
			// used may be someone it names ("said deputies arrested a man
			// and he told them …").
			return j
		}
	}
	return b
}

// describedAs reports an object at k of up to six words, a noun or a
// pronoun last, and "as" with an adjective, a noun or an article after it:
// "described the change as temporary", "described her as a tireless
// advocate"; not "as" opening a clause ("described the fire as it
// spread"), nor after a gerund, an act evaluated.
func (d *doc) describedAs(k, end int) bool {
	if d.posAt(k) == syntax.VBG {
		return false // an act evaluated, no thing said to be so: "described seeing the damage as heartbreaking" (recounted)
	}
	for o := k + 1; o+1 < end && o <= k+6; o++ {
		if d.quote[o] >= 0 || d.isPunct(o) {
			return false
		}
		if d.low[o] != "as" {
			continue
		}
		if p := d.posAt(o - 1); !p.IsNoun() && !p.IsPronoun() && !(o-1 == k && p == syntax.VB && k > 0 && d.low[k-1] == "to") {
			return false // (a noun the tagger read as an infinitive: "pointed to trade as the larger worry")
		}
		p := d.posAt(o + 1)
		participle := (p == syntax.VBG || p == syntax.VBN) && (o+2 >= end || d.isPunct(o+2)) // "as devastating."
		if !(p.IsAdjective() || p.IsNoun() && !p.IsPronoun() || articles.has(d.low[o+1]) || participle) || subjPronouns.has(d.low[o+1]) {
			return false
		}
		for j, e := o+1, d.describedEnd(o+1, end); j < e; j++ {
			if q := d.posAt(j); isFinite(q) || q == syntax.VB || q == syntax.VBN && j > o+1 && d.posAt(j-1).IsNoun() {
				return false // a clause: "as the storm rolled in" (the tagger may read its verb as a participle)
			}
		}
		return true
	}
	return false
}

// describedEnd is where what something was described as, from k, ends:
// at a semicolon, at a comma before a verb or an attribution, or at "and"
// before a verb of speech or an auxiliary ("described himself as a
// Catholic, said he …", "53% describe themselves as liberal; 26% say …",
// "described the change as temporary and said …"); not inside a list
// ("as bold, fair and overdue", "as tired and frustrated").
func (d *doc) describedEnd(k, end int) int {
	for j := k; j < end; j++ {
		if d.quote[j] >= 0 {
			continue
		}
		switch n := j + 1; {
		case d.low[j] == ";",
			d.low[j] == "," && n < end && (isFinite(d.posAt(n)) || d.trailingAttribution(n, end)),
			d.low[j] == "and" && n < end && isFinite(d.posAt(n)) && (cueStrength[d.low[n]] > 0 || auxiliaries.has(d.low[n])):
			return j
		}
	}
	return end
}

// namedAs reports an object at k that a predicate noun phrase follows
// after a form of "call": "called the lockout a pressure tactic timed for
// the end of winter" says the lockout is one; not "called it a day",
// "called a meeting".
func (d *doc) namedAs(k, end int) bool {
	if d.low[k] == "a" || d.low[k] == "an" {
		return false // an indefinite object: "called a meeting", "called a spade a spade"
	}
	for o := k + 1; o+1 < end && o <= k+5; o++ {
		if d.quote[o] >= 0 || d.isPunct(o) {
			return false
		}
		if d.low[o] != "a" && d.low[o] != "an" {
			continue
		}
		if p := d.posAt(o - 1); !p.IsNoun() && !p.IsPronoun() || quantityBefore[d.low[o-1]] {
			return false // (not "called half a dozen directors")
		}
		if p := d.posAt(o + 1); !p.IsNoun() && !p.IsAdjective() {
			return false
		}
		if o-k == 1 && d.low[k] == "it" && callIdioms[d.low[o+1]] || summoned[d.low[o+1]] {
			return false // (nor what was called for someone: "called him a cab")
		}
		for j := o + 1; j < end && j <= o+4 && !d.isPunct(j); j++ {
			if w := d.low[j]; timeNouns.has(w) || periodWords.has(w) || callTimes[w] || d.toks[j].Kind == tokens.Number {
				return false // a telephone call: "called the police a second time", "his lawyer a day later"
			}
		}
		return true
	}
	return false
}

// negatedSubject reports a cue whose subject, or the words before it in
// its clause, deny that anyone spoke: "Nobody called it a bomb", "No one
// called …", "Not one councillor called …", "Few would call …".
func (d *doc) negatedSubject(c *cue) bool {
	if c.subj.len() == 0 || c.inverted {
		return false
	}
	a := c.subj.a
	if a > 0 && d.low[a-1] == "not" || a > 0 && d.low[a-1] == "no" {
		return true
	}
	return noSpeakers[d.low[a]]
}

// readersAfter reports "you", "readers" or "users" within the three tokens
// from i: the site addressing its readers ("We ask you to …", "We
// encourage all readers to …").
func (d *doc) readersAfter(i int) bool {
	for j := i; j < len(d.low) && j < i+3; j++ {
		switch d.low[j] {
		case "you", "readers", "users", "commenters":
			return true
		}
	}
	return false
}

// noneSpoke reports a subject that names no one: "Not everyone agrees",
// "Not all residents say", a bare "no" ("there were no reports of …", the
// noun read as a verb). ("No terrorist group claimed responsibility" and
// "none of them say" are PolNeAR's attributions, and stay.)
func (d *doc) noneSpoke(c *cue) bool {
	if c.subj.len() == 0 || c.inverted {
		return false
	}
	a := c.subj.a
	if c.subj.len() == 1 && d.low[a] == "no" {
		return true
	}
	return a > 0 && d.low[a-1] == "not" && (d.low[a] == "everyone" || d.low[a] == "everybody" || d.low[a] == "all")
}

// correctionNote reports a cue whose subject is an earlier version of the
// story: "A previous version said", "An earlier version of this article
// incorrectly stated" (the subject phrase may have left out "An
// earlier", but no word before it counts: "Unlike the earlier version
// the new bylaw says").
func (d *doc) correctionNote(c *cue) bool {
	if c.subj.len() == 0 || c.inverted {
		return false
	}
	from := c.subj.a
	if from > 0 && (d.low[from] == "version" || d.low[from] == "versions") {
		from-- // the phrase may have left out "An earlier"
	}
	for i := from; i < c.subj.b-1 && i < c.subj.a+3; i++ {
		switch d.low[i] {
		case "previous", "earlier", "original", "prior":
			if v := i + 1; d.low[v] == "version" || d.low[v] == "versions" {
				// the story's own: "A previous version said", "An earlier
				// version of this story stated" (not "A previous version
				// of the bylaw said", nor "of the report")
				return v+1 >= len(d.toks) || d.low[v+1] != "of" || v+3 < len(d.toks) && (d.low[v+2] == "this" || d.low[v+2] == "the") && storyNouns[d.low[v+3]]
			}
			return false
		}
	}
	return false
}

// storyNouns name the text a correction note corrects.
var storyNouns = map[string]bool{"story": true, "article": true, "column": true, "post": true}

// noSpeakers open subjects that name no one who spoke.
var noSpeakers = wordSet(`nobody no none neither few not`)

// callTimes are the words of how often or when someone was called: "a
// second time", "a dozen times", "a few minutes later", "an hour after".
var callTimes = wordSet(`time times later earlier ago after before dozen few couple minute minutes hour hours day days home lot bit block handful number`)

// summoned are what is called for someone: "called him a cab".
var summoned = wordSet(`cab taxi ambulance tow ride car plumber doctor lawyer priest`)

// quantityBefore are the words that make "a" part of a quantity: "half a
// dozen", "quite a few".
var quantityBefore = wordSet(`half quite such what many`)

// callIdioms are the nouns of "call it a day" and its like.
var callIdioms = wordSet(`day night career season week year draw wrap`)

// adjunctBeforeQuote reports a prepositional phrase at k that a colon and
// a quotation follow, with no verb between: "in a statement: “…”".
func (d *doc) adjunctBeforeQuote(k, end int) bool {
	if k >= end || !prepositions.has(d.low[k]) || d.quote[k] >= 0 {
		return false
	}
	for j := k + 1; j+1 < end && j < k+8; j++ {
		if d.quote[j] >= 0 || isFinite(d.posAt(j)) {
			return false
		}
		if d.low[j] == ":" {
			return d.opensQuote(j + 1)
		}
	}
	return false
}

// cueGender is the gender of cue c's speaker as its words tell it: a
// pronoun, or a person's given name or title ("m", "f"), else "".
func (d *doc) cueGender(c *cue) string {
	for i := c.subj.a; i < c.subj.b; i++ {
		w := d.low[i]
		if g := pronouns[w]; (g == "m" || g == "f") && c.subj.len() == 1 {
			return g
		}
		if g := titleGender[w]; g != "" {
			return g
		}
		if d.person[i] {
			return givenGender(w)
		}
	}
	return ""
}

// semicolonAttribution is the first semicolon in [a, b) outside quotes
// after which a clause of its own reports someone's words within a few
// words by a verb of saying or calling ("; developer says …", "; union
// calls the lockout …"; not "; the storm claimed three lives"), or, in
// the lines that head an article, has a verb of its own ("; neighbours
// worry about parking"), or b.
func (d *doc) semicolonAttribution(a, b int) int {
	for j := a; j+2 < b && j < a+maxClauseScan; j++ {
		if d.low[j] != ";" || d.quote[j] >= 0 {
			continue
		}
		if coordinators.has(d.low[j+1]) {
			continue // a list of the subject's deeds: "…, Calif.; clashed with X; and posted on Twitter that …"
		}
		head := d.beforeBody(j) // a deck's two headlines: "Mayor says …; neighbours worry about parking"
		for i := j + 2; i < b && i <= j+5 && !d.isPunct(i); i++ {
			if p := d.posAt(i); (head || sayForms.has(d.low[i]) || tellVerbs[d.low[i]] || callForms[d.low[i]]) && (p == syntax.VBZ || p == syntax.VBD || p == syntax.VBP) && (d.posAt(i-1).IsNoun() || d.posAt(i-1).IsPronoun()) {
				return j
			}
		}
	}
	return b
}

// refusalAfter is the first "but" in [a, b) outside quotes (or "though",
// "although" after a comma) that opens the speaker's refusal to say more,
// or b: "but he would not say whether …", "but did not say when", "but
// would not commit to a target", "but declined to comment", "but offers
// no timeline", ", though it did not provide numbers". Not what was said: "but
// she did not want anyone to take it lightly", "but refused to fund the
// shelter", "but can not give up now", "but does not identify the cause"
// (a present form after "said" is the content's subject's). A pronoun
// opening it must be the speaker's: of the speaker's gender g when known,
// else not of a gender the content already used for someone else ("said
// he called the minister, but she would not say when"). past tells the
// cue's tense.
func (d *doc) refusalAfter(a, b int, g string, past bool) int {
	seen, usedM, usedF := max(a-2, 0), false, false // who the content names so far, by gender
	for j := a; j+2 < b && j < a+maxClauseScan; j++ {
		if d.low[j] != "but" && !((d.low[j] == "though" || d.low[j] == "although") && j > 0 && d.low[j-1] == "," && (j == a || d.finiteVerb(a, j))) || d.quote[j] >= 0 {
			continue // (not an aside inside the clause: "said the bridge, though she would not say when, will reopen")
		}
		for ; seen < j; seen++ {
			w := d.low[seen]
			usedM = usedM || pronouns[w] == "m" || kinGender[w] == "m"
			usedF = usedF || pronouns[w] == "f" || kinGender[w] == "f"
		}
		i := j + 1
		pronoun := subjPronouns.has(d.low[i])
		if pronoun {
			pg := pronouns[d.low[i]]
			if g != "" && (pg == "m" || pg == "f") && pg != g || g == "" && (pg == "m" && usedF || pg == "f" && usedM) {
				// another's refusal, in what was said: "Ellen Doe said the
				// landlord told her …, but he would not say why"
				continue
			}
			i++
		}
		if i+1 >= b {
			break
		}
		w := d.low[i]
		if !pronoun && refusalPast(w) != past && (refusalAux[w] || withheld[w] || refusals.has(w)) {
			continue // "said the rules help tenants but do not answer …": the rules'
		}
		switch {
		case refusals.has(w) && d.low[i+1] == "to":
			if i+2 < b && disclosures[d.low[i+2]] && d.disclosedNothing(i+3, b) {
				return j // "but declined to comment", "but refused to say when"
			}
		case withheld[w] && d.low[i+1] == "no":
			if i+2 < b && infoNouns[d.low[i+2]] || i+3 < b && infoNouns[d.low[i+3]] {
				return j // "but offers no timeline", "but gave no further details"
			}
		case refusalAux[w]:
			i++
			if d.low[i] == "not" || d.low[i] == "n't" || d.low[i] == "’t" {
				i++
			} else if !strings.HasSuffix(w, "n't") && !strings.HasSuffix(w, "n’t") {
				continue
			}
			if i < b && disclosures[d.low[i]] && d.disclosedNothing(i+1, b) {
				return j
			}
		}
	}
	return b
}

// summaryAppositive is the first comma in [a, b) outside quotes that opens
// an appositive summing up the clause before it, or b: "a decision civil
// liberties advocates are calling …", "a move critics say comes too late",
// "a charge that Doe has always denied", "a claim not recognized
// internationally". A noun that sums up (summaryNouns) after "a" or "an"
// and at most two modifiers, with a relative clause after it: "that" or
// "which", a participle, or a subject and its verb.
func (d *doc) summaryAppositive(a, b int) int {
	for j := a; j+3 < b && j < a+maxClauseScan; j++ {
		if d.summaryHead(j, b) >= 0 {
			return j
		}
	}
	return b
}

// summaryHead is the noun that sums up in the appositive summaryAppositive
// finds at comma j, before b; else -1.
func (d *doc) summaryHead(j, b int) int {
	if j+3 >= b || !(d.low[j] == "," && d.quote[j] < 0 || d.commaClosingQuote(j)) || d.low[j+1] != "a" && d.low[j+1] != "an" {
		return -1
	}
	h := j + 2
	for h < b && h < j+5 && !summaryNouns[d.low[h]] && (d.posAt(h).IsAdjective() || d.posAt(h) == syntax.RB || d.posAt(h) == syntax.VBN) {
		h++
	}
	if h+1 >= b || !summaryNouns[d.low[h]] || d.quote[h] >= 0 {
		return -1
	}
	s := d.sents[d.sent[j]]
	for i := max(s.a, j-12); i < j; i++ {
		if d.low[i] == d.low[h] {
			return -1 // it repeats a noun of the clause, which it goes on describing: "made a bad decision, a decision he will have to live with"
		}
	}
	for i := h + 1; i < b && i <= h+8 && d.low[i] != ","; i++ {
		if d.low[i] == "should" || d.low[i] == "must" {
			return -1 // a judgment, the speaker's: "made the right call, a decision the board should accept"
		}
	}
	n := h + 1
	switch {
	case d.low[n] == "that" || d.low[n] == "which",
		d.posAt(n) == syntax.VBN,
		d.low[n] == "not" && n+1 < b && d.posAt(n+1) == syntax.VBN,
		d.posAt(n) == syntax.RB && n+1 < b && d.posAt(n+1) == syntax.VBN:
		return h // "a charge that …", "a measure opposed by unions", "a claim not recognized", "a measure strongly opposed"
	}
	np := d.rightNP(n, b)
	if np.len() == 0 {
		// a bare plural: "a decision civil liberties advocates are calling"
		e := n
		for e < b && e < n+4 && d.quote[e] < 0 && (d.posAt(e).IsNoun() || d.posAt(e).IsAdjective()) {
			e++
		}
		if e > n && d.posAt(e-1).IsNoun() {
			np = rng{n, e}
		}
	}
	if np.a == n && np.len() > 0 && np.b < b && (d.posAt(np.b).IsVerb() || d.posAt(np.b) == syntax.MD) && d.posAt(np.b) != syntax.VBG {
		return h // "a decision advocates are calling …", "a step they believe could help"
	}
	return -1
}

// commaClosingQuote reports the mark at j that closes a quotation ending
// in a comma: `… more than it brings in," a comment that drew …`, where the
// comma before the appositive is inside the marks.
func (d *doc) commaClosingQuote(j int) bool {
	q := d.quote[j]
	return q >= 0 && j >= 1 && isMarkTok(d.low[j]) && d.low[j-1] == "," && d.quote[j-1] == q && (j+1 >= len(d.toks) || d.quote[j+1] != q)
}

// narrationAfterQuote is where a content in [a, end) ends after a
// quotation closing inside it when "but", "and" or "yet" follows (after a
// comma or not) with a clause of its own, a noun phrase and a finite verb
// ("but three workers were injured"), which is the writer's; else end. A
// verb with no subject goes on with the speaker ("and has been in contact
// with", "and called for"), and so does a pronoun ("but he would read it
// again").
func (d *doc) narrationAfterQuote(a, end int) int {
	for j := a; j+2 < end && j < a+maxClauseScan; j++ {
		if d.quote[j] < 0 || d.quote[j+1] >= 0 {
			continue
		}
		n := j + 1
		if d.low[n] == "," {
			n++
		}
		if n+1 >= end || d.low[n] != "but" && d.low[n] != "and" && d.low[n] != "yet" {
			continue
		}
		m := n + 1
		if subjPronouns.has(d.low[m]) {
			continue // the speaker going on, as often as not: "but he would read it again"
		}
		if np := d.rightNP(m, end); np.a == m && np.len() > 0 && np.b < end && isFinite(d.posAt(np.b)) && d.posAt(np.b) != syntax.MD {
			return j + 1
		}
	}
	return end
}

// summaryNouns sum up a clause in an appositive after it: "…, a move
// critics say comes too late".
var summaryNouns = wordSet(`decision ruling move step change measure finding verdict judgment judgement proposal plan announcement
	deal agreement development shift reversal policy outcome result claim charge accusation allegation assertion expansion increase
	comment remark view sentiment quip jab`)

// maxClauseScan bounds the tokens of a content that the scans for a
// refusal or a semicolon look at, so that a cue's content costs no more
// than a clause (a sentence of thousands of words has thousands of cues).
const maxClauseScan = 80

// beforeComma is j, or the comma before it: where a content cut at j ends.
func (d *doc) beforeComma(j int) int {
	if d.low[j-1] == "," {
		return j - 1
	}
	return j
}

// refusalPast reports a past form among the words of a refusal: "did",
// "would", "declined", "gave".
func refusalPast(w string) bool {
	switch strings.ReplaceAll(w, "’", "'") {
	case "did", "would", "could", "didn't", "wouldn't", "couldn't", "gave":
		return true
	}
	return pastForm(w)
}

// disclosedNothing reports what follows a verb of disclosure at k as
// nothing more said: the clause's end, a question ("when", "whether"), or
// a word of information ("details", "a timeline"); not an object of
// substance ("provide new money for transit", "give up").
func (d *doc) disclosedNothing(k, b int) bool {
	if k >= b || d.isPunct(k) {
		return true
	}
	w := d.low[k]
	if whWords.has(w) || w == "whether" || w == "if" || w == "on" || w == "further" || w == "to" && k+1 < b && d.low[k+1] == "a" {
		return true // ("comment on", "commit to a target")
	}
	for j := k; j < b && j <= k+2; j++ {
		if infoNouns[d.low[j]] {
			return true
		}
	}
	return false
}

var (
	// refusalAux are the auxiliaries of a refusal: "would not say".
	refusalAux = wordSet(`would did could will does do can wouldn't didn't couldn't won't doesn't can't wouldn’t didn’t couldn’t won’t doesn’t can’t`)
	// disclosures are what a speaker declines to do: say more.
	disclosures = wordSet(`say said comment confirm elaborate specify disclose provide give reveal discuss speculate answer indicate commit identify name`)
	// withheld are the verbs of giving nothing: "but offers no timeline".
	withheld = wordSet(`offers offered offer gave gives give provided provides provide`)
	// infoNouns are what a refusal withholds: "no timeline", "details".
	infoNouns = wordSet(`details detail timeline timelines date dates figures figure numbers number estimate estimates
		explanation explanations reason reasons specifics information comment comments answer answers names name breakdown
		list timeframe indication update amount total any`)
)

// callerInContent reports content [a, b) whose own subject could make a
// call, before a finite verb outside quotation marks: "the mayor praised
// the plan and called on council" (the mayor's call), not "the decision
// was “another blow” and called on Ottawa" (the speaker's).
func (d *doc) callerInContent(a, b int) bool {
	for i := a; i < b; i++ {
		if d.quote[i] < 0 && isFinite(d.posAt(i)) {
			np := d.rightNP(a, i)
			return np.len() > 0 && d.canSpeak(np)
		}
	}
	return false
}

// forwardStart is the first token of a clause after the attribution ending
// at e: over "that", a colon or a comma, and adjuncts up to "that"; ok is
// false when there is none.
func (d *doc) forwardStart(c *cue, sentEnd, e int) (int, bool) {
	k := e
	if c.rule == ruleAccording {
		// "According to the ministry's crop report, released Thursday,
		// topsoil moisture is short": when the source came out is no
		// content.
		j := k
		if j+1 < sentEnd && (d.low[j] == "that" || d.low[j] == "which" || d.low[j] == "who") && d.finiteVerb(j+1, j+2) {
			// "According to the union that represents nurses at the
			// home, the facility …": the source's relative clause is no
			// content either.
			for r := j + 2; r+1 < sentEnd && r < j+30 && d.quote[r] < 0; r++ {
				if d.low[r] == "," && d.clauseOpensAt(r+1, sentEnd) {
					k = r + 1 // (the comma a clause follows: not "in Larkspur, Man., the …", "nurses, cooks and cleaners")
					break
				}
			}
		}
		if j < sentEnd && d.low[j] == "," {
			j++
		}
		if j < sentEnd && publishVerbs[d.low[j]] && (d.posAt(j) == syntax.VBN || d.posAt(j) == syntax.VBD) {
			for j++; j < sentEnd && j < k+8 && d.low[j] != "," && !isFinite(d.posAt(j)); j++ {
			}
			if j < sentEnd && d.low[j] == "," {
				k = j + 1
			}
		}
	}
	// A time adjunct is no content: "said Monday the ferry would …",
	// "said on Tuesday the road …".
	if d.lateOn(k, sentEnd) {
		k++ // "said late on Monday", "said early Tuesday"
	}
	if k+2 < sentEnd && dayWords.has(d.low[k]) && !d.isPunct(k+1) {
		k++
	} else if k+3 < sentEnd && d.low[k] == "on" && dayWords.has(d.low[k+1]) && !d.isPunct(k+2) {
		k += 2
	}
	if k > e && k+2 < sentEnd && dayParts.has(d.low[k]) && !possessiveMark(d.low[k+1]) && !isFinite(d.posAt(k+1)) && d.posAt(k+1) != syntax.MD {
		k++ // "said Thursday night it had …"
	}
	e = k
	finites, subjVerb := 0, false
	for j := k; j < sentEnd && j < k+10; j++ {
		subjVerb = subjVerb || j > k && isFinite(d.posAt(j)) && subjPronouns.has(d.low[j-1]) && d.quote[j] < 0 // "it obtained"
		switch w := d.low[j]; {
		case (w == "not" || w == "n't" || w == "n’t" || w == "never" || w == "no") && (finites > 0 || j == k && !(j+1 < sentEnd && d.low[j+1] == "long") || j+1 < sentEnd && (isFinite(d.posAt(j+1)) || d.low[j+1] == "to")) || d.posAt(j) == syntax.EX:
			// A negation in a clause, or "there", before the "that"
			// belongs to what was said: "said there was no indication
			// that …", "said he did not remember that …" (the clause
			// after "that" alone says the opposite), right after the
			// cue ("cited no evidence that …"), before a verb ("it
			// never agreed that …", "me not to make that speech"); not
			// an adjunct's ("said in no uncertain terms that …").
			j = sentEnd
			continue
		case isFinite(d.posAt(j)) && d.quote[j] < 0:
			if finites++; finites > 1 {
				// Two clauses already: "said she was relieved no one
				// was injured but frustrated that …".
				j = sentEnd
				continue
			}
		}
		if p := d.posAt(j); j > k && (p == syntax.MD || p == syntax.VBZ || p == syntax.VBP || cueStrength[d.low[j]] >= 1 && p.IsVerb() && (d.low[j-1] == "but" || d.low[j-1] == "and")) {
			// A clause already ("said the new menu would resemble that
			// of …", "said the vote was fair but added that …", "said
			// the plan was sound and added that …"); a past
			// form may be a participle ("said in a statement released
			// Tuesday that").
			break
		}
		if d.low[j] == "that" && j > k && (d.low[j-1] == "and" || d.low[j-1] == "but" || prepositions.has(d.low[j-1]) || (morePrepositions.has(d.low[j-1]) || groundPreps[d.low[j-1]]) && d.posAt(j) == syntax.DT ||
			j+1 < sentEnd && (timeNouns.has(d.low[j+1]) || periodWords.has(d.low[j+1]) || d.low[j+1] == "day" || d.low[j+1] == "time")) {
			// "said it had received X and that it is …": a second clause
			// of the content; "worried about that at first", "that year",
			// "a dike along that section": a pronoun or a determiner, no
			// complementizer.
			break
		}
		if j > k && j+1 < sentEnd && d.low[j] == "had" && (d.posAt(j-1).IsNoun() || d.posAt(j-1).IsPronoun()) && d.quote[j] < 0 {
			// (not "was": "said it was disappointed that X" reports X)
			break // "said the union had warned parents two weeks ago that …": a clause already, whose own verb takes the "that"
		}
		if d.low[j] == "that" && j-1 > k && d.toldPassive(j-1, k) {
			break // "said her community wasn't told directly that …": what she says is that it was not told
		}
		if d.low[j] == "that" && j-2 >= k && (d.low[j-2] == "so" || d.low[j-2] == "such") {
			break // "said turnover had become so high that …": a clause of result, no complementizer
		}
		if d.low[j] == "that" && subjVerb && d.posAt(j-1) == syntax.NNS {
			break // "reported it obtained 72 emails that Carter sent": a clause already, the plural's relative clause after it
		}
		if d.low[j] == "that" && (j == k || !d.isPunct(j-1) || d.low[j-1] == "," || d.placeEndingInPossessive(j-1, k)) {
			if j == k && j+1 < sentEnd && (isFinite(d.posAt(j+1)) || d.posAt(j+1) == syntax.MD) && !(j+2 < sentEnd && d.posAt(j+1) == syntax.VBZ && (isFinite(d.posAt(j+2)) || d.posAt(j+2) == syntax.MD)) {
				// (not "told council that calls rose", a plural read as a verb before the verb)
				break // "said that was not final": the pronoun is the content's subject
			}
			if j > k && j+1 < sentEnd && isFinite(d.posAt(j+1)) && !d.posAt(j-1).IsVerb() && !d.isPunct(j-1) {
				// A relative clause: "blamed the party for violence
				// that killed …", "says Turkey will attend the fair that
				// opens in May"; the content starts after the cue.
				break
			}
			if j > k && j+1 < sentEnd && !d.posAt(j-1).IsNoun() && !d.opensContent(j+1) && d.posAt(j+1) != syntax.NNS && !d.finiteVerb(j+1, sentEnd) && !d.holdsQuote(j+1, sentEnd) {
				break // a determiner, no clause after it: "said she had heard that rumour", "agreed with that view"
			}
			k = j + 1
			break
		}
		if d.isPunct(j) && !possessiveMark(d.low[j]) {
			break
		}
	}
	if k < sentEnd && d.low[k] == "," && d.asideThat(k, sentEnd) > k {
		k = d.asideThat(k, sentEnd) // "told Sen. Doe, chairman of the panel, that …"
	} else if k < sentEnd && (d.low[k] == ":" || d.low[k] == ",") {
		k++
	} else if w := d.low[c.a]; k == e && k+2 < sentEnd && d.low[k] == "when" && (strings.HasPrefix(w, "ask") || strings.HasPrefix(w, "wonder") || w == "inquired" || w == "questioned") && d.finiteVerb(k+1, min(sentEnd, k+6)) {
		// "asked (the government) when patients could expect …": the
		// question is the content, not a time adjunct.
	} else if k == e && k < sentEnd && tellVerbs[d.low[c.a]] && (d.low[k] == "to" || d.low[k] == "about") {
		// "asked the network to donate", "asked him about the plan": the
		// request or the topic is the content.
	} else if k == e && k < sentEnd && prepositions.has(d.low[k]) && !(d.low[c.a] == "according" || d.low[c.a] == "in") && !(d.low[k] == "at" && k+1 < sentEnd && (d.low[k+1] == "least" || d.low[k+1] == "most")) &&
		!(approximators[d.low[k]] && d.countedClause(k+1)) {
		// ("said at least six mills have closed", "said about 90 per cent
		// of residents had left": a number, no adjunct)
		// "told a gathering in Washington she will…": content starts at its
		// subject after the adjunct; "said during talks" has none.
		j := k + 1
		for j < sentEnd && j < k+8 && !d.isPunct(j) && !(subjPronouns.has(d.low[j]) && d.low[j] != "who") && !d.clauseAfterAdjunct(j, k, sentEnd) {
			j++
		}
		if j >= sentEnd || j >= k+8 || d.isPunct(j) || d.relativeWithoutThat(j, sentEnd) {
			return k, false
		}
		k = j
	}
	if c.inverted && !(d.low[c.a] == "according" || d.low[c.a] == "in") {
		return k, false
	}
	return k, true
}

// accordingToEnd reports "according to" and its source running from token
// k to the sentence's end, with an apposition or a relative clause after
// it: ", according to the union that represents the workers.", ",
// according to Jasmine Redsky, the victim's cousin.", ", according to the
// FAA, which says …" (not "that, according to an analysis, 85 of the
// meetings were with donors").
func (d *doc) accordingToEnd(k, sentEnd int) bool {
	if k+2 >= sentEnd || d.low[k] != "according" || d.low[k+1] != "to" {
		return false
	}
	for i := k + 2; i < sentEnd; i++ {
		switch {
		case d.low[i] == "," && i+1 < sentEnd && relativePronouns[d.low[i+1]]:
			return true // "according to the FAA, which says it was not informed"
		case d.low[i] == "," && d.finiteVerb(i+1, sentEnd):
			return false // "according to an analysis, 85 of the meetings were with donors"
		case d.quote[i] >= 0 && d.low[i] != ",":
			return false
		}
	}
	return true
}

// restrictiveWho is the "who" right before cue c's verb (over auxiliaries
// and adverbs) that opens a relative clause without a comma before it
// ("Parents who say …"), with the cue's subject the pronoun or the noun
// before it; else -1.
func (d *doc) restrictiveWho(c *cue, s rng) int {
	if c.inverted || c.rule != ruleVerb || c.subj.len() == 0 || c.subj.b > c.a {
		return -1
	}
	r := c.a - 1
	for r > s.a && (auxiliaries.has(d.low[r]) || d.adverbAt(r)) {
		r--
	}
	if r <= s.a || d.low[r] != "who" || d.low[r-1] == "," || !(c.subj.a == r || c.subj.b == r) {
		return -1
	}
	return r
}

// matrixVerb is where a content that runs from k into the verb of the
// clause around it ends: at the first finite verb, after one of the
// content's own, with no subject of its own before it (a noun, a subject
// pronoun, a relative or a conjunction, over adverbs), and before the
// comma there; end when there is none within 60 tokens.
func (d *doc) matrixVerb(k, end int) int {
	seen, relatives := false, 0
	for t := k; t < end && t < k+60; t++ {
		p := d.posAt(t)
		if t > k && relativePronouns[d.low[t]] || d.low[t] == "what" {
			relatives++ // "the people who live here deserve better", "what the board did was wrong": the clause's own verb comes after the relative's
		}
		if t > k && seen && d.quote[t] < 0 && (isFinite(p) || p == syntax.MD) && !d.ownSubjectBefore(t, k) {
			if relatives > 0 {
				relatives--
				continue
			}
			if d.low[t-1] == "," {
				return t - 1
			}
			return t
		}
		if p.IsVerb() || p == syntax.MD {
			seen = true
		}
	}
	return end
}

// ownSubjectBefore reports a word before the verb at t, over adverbs and
// "not", that is its subject or joins it to the verb before: a noun, a
// subject pronoun, a relative, "that" or a conjunction.
func (d *doc) ownSubjectBefore(t, k int) bool {
	j := t - 1
	for j > k && (d.adverbAt(j) || d.low[j] == "not") {
		j--
	}
	w := d.low[j]
	return d.posAt(j).IsNoun() || subjPronouns.has(w) || relativePronouns[w] || w == "that" || coordinators.has(w) || d.quote[j] >= 0
}

// thingPhrase reports a phrase for a thing, which cannot speak: an
// article, or no determiner at all, and a singular common noun that is no
// role, organisation, text or person ("The treaty", "the plan", "new
// refining capacity"; not "management", who run something).
func (d *doc) thingPhrase(np rng) bool {
	h := d.low[np.b-1]
	for _, suffix := range []string{"er", "or", "ist", "ian"} {
		if strings.HasSuffix(h, suffix) {
			return false // an agent noun: "a reporter", "the investor"
		}
	}
	bare := (!d.capital(np.a) && (d.posAt(np.a).IsAdjective() || d.posAt(np.a) == syntax.NN) || np.a == d.sents[d.sent[np.a]].a && d.posAt(np.a).IsAdjective()) && !runningHeads[h] // "new refining capacity", "New capacity" (not "management confirmed Friday will be")
	return (articles.has(d.low[np.a]) || bare) && !d.canSpeak(np) && d.posAt(np.b-1) == syntax.NN && !d.capital(np.b-1) &&
		!orgNoun(h) && !itNoun(h) && !personNouns.has(h) && sexedNouns[h] == ""
}

// runningHeads are nouns for the people who run something, which speak
// without an article: "management confirmed", "ownership announced".
var runningHeads = map[string]bool{"management": true, "leadership": true, "ownership": true, "command": true, "security": true}

// copulaThat reports a form of "be" followed by "that" or "whether" as the
// first finite verb from k: "What Doe said was that B" reports B.
func (d *doc) copulaThat(k, end int) bool {
	for i := k; i+1 < end && i < k+12; i++ {
		if isFinite(d.posAt(i)) {
			switch d.low[i] {
			case "is", "was", "are", "were":
				return d.low[i+1] == "that" || d.low[i+1] == "whether"
			}
			return false
		}
	}
	return false
}

// subjectlessClause reports tokens from k that reach a finite verb with no
// subject before it, over adverbs, time phrases and prepositional phrases
// only ("quietly three weeks ago will settle …", "on Monday was worth …").
func (d *doc) subjectlessClause(k, end int) bool {
	inPP := false
	for i := k; i < end && i < k+10; i++ {
		w, p := d.low[i], d.posAt(i)
		switch {
		case isFinite(p):
			return i > k
		case d.isPunct(i) || d.quote[i] >= 0 || subjPronouns.has(w) || w == "that" || subordinators.has(w) || whWords.has(w):
			return false // "asked if the plan meant …": a clause of its own
		case p == syntax.IN || p == syntax.TO:
			inPP = true
		case inPP && p.IsNoun():
			inPP = false // the preposition's noun ends it: "on Friday the jury …" has a subject after
		case inPP || timeWords.has(w) || periodWords.has(w) || months.has(w) || w == "ago" || pluralNoun(w) && periodWords.has(w[:len(w)-1]):
		case p.IsNoun():
			return false // a subject: "announced last week the fares will rise" has "the fares"
		case p == syntax.RB || p.IsAdjective() || p == syntax.CD:
		default:
			return false
		}
	}
	return false
}

// asideThat is the first token of a clause after an aside set off by
// commas, the first at k, and "that" ("told Sen. Doe, chairman of the
// panel, that …", "warned the board, which meets on Monday, that …"), or
// k when there is none.
func (d *doc) asideThat(k, sentEnd int) int {
	c := d.firstComma(k+1, sentEnd)
	if c-k > 13 || c+2 >= sentEnd || d.low[c+1] != "that" || d.holdsQuote(k, c) || !d.finiteVerb(c+2, sentEnd) {
		return k
	}
	for i := k + 1; i < c; i++ {
		if cueStrength[d.low[i]] > 0 {
			return k // "said, as he often says, that …": the aside reports too
		}
	}
	return c + 2
}

// clauseAfterAdjunct reports whether a clause opens at j after the
// prepositional adjunct opening at k: existential "there" before a finite
// verb ("said after the storm there should be an inquiry"), or a
// determiner's noun phrase before a finite verb ("said in an interview the
// officers had followed the rules") unless "that" follows the verb within
// five words, where the noun phrase is as often a relative clause in the
// adjunct ("said in a statement the firm released Tuesday that …"). A bare
// noun phrase is not taken ("reminded voters of the years his family had
// lived").
func (d *doc) clauseAfterAdjunct(j, k, sentEnd int) bool {
	if j < k+2 || j+1 >= sentEnd {
		return false
	}
	for t := k + 1; t < j; t++ {
		// The adjunct is a preposition and its noun phrase: no clause of
		// its own ("said in Ostervik as the band played", "agreed with
		// him did his critics"), no question ("argued on how the law").
		if w := d.low[t]; (stops.has(w) || subordinators.has(w)) && !(w == "that" && d.posAt(t+1).IsNoun()) || whWords.has(w) || d.posAt(t).IsVerb() || d.posAt(t) == syntax.MD {
			return false // ("said at that time the band …": "that" is the adjunct's determiner)
		}
	}
	if d.low[j] == "there" && isFinite(d.posAt(j+1)) {
		return true
	}
	// "said in an interview the officers had followed …": a determiner's
	// noun phrase and a finite verb open the clause; not a relative
	// clause before "that" ("said in a statement the firm released
	// Tuesday that …").
	if !determiners.has(d.low[j]) || d.low[j] == "that" {
		return false
	}
	np := d.rightNP(j, sentEnd)
	if np.a != j || np.b >= sentEnd || !isFinite(d.posAt(np.b)) && d.posAt(np.b) != syntax.MD {
		return false
	}
	for t := np.b + 1; t < sentEnd && t < np.b+6; t++ {
		if d.low[t] == "that" {
			return false
		}
	}
	return true
}

// objectNotClause reports an object pronoun after the verb rather than a
// clause: "he said this in a videoconference" (but "said it's …" is a
// clause: a contracted verb follows the pronoun; and so is "said it “will
// not tolerate” threats", a quoted verb).
func (d *doc) objectNotClause(k, sentEnd int) bool {
	switch d.low[k] {
	case "this", "so", "it", "nothing", "something", "much", "little", "more":
		if k+2 < sentEnd && d.low[k+1] == "of" && d.partitiveSubject(k+2, sentEnd) {
			return false // "said much of the region went into winter dry": the clause's subject
		}
		if k+2 < sentEnd && isMarkTok(d.low[k+1]) && (isFinite(d.posAt(k+2)) || d.posAt(k+2) == syntax.MD) {
			return false // "said it “does not take positions” but …": the clause's verb is quoted
		}
		return k+1 >= sentEnd || d.isPunct(k+1) && !contracted(d.low[k+1]) || prepositions.has(d.low[k+1]) || timeWords.has(d.low[k+1])
	}
	return false
}

// partitiveSubject reports a noun phrase at j that a finite verb follows:
// "much of [the region] went".
func (d *doc) partitiveSubject(j, sentEnd int) bool {
	np := d.rightNP(j, sentEnd)
	return np.a == j && np.b < sentEnd && (isFinite(d.posAt(np.b)) || d.posAt(np.b) == syntax.MD)
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
	if sep == "" && d.wholeSentenceQuoted(q) {
		return true // "She declared “What a night!” and said …"
	}
	return !d.hasWord(rng{q.last() + 1, d.sents[d.sent[q.last()]].b})
}

// wholeSentenceQuoted reports a quotation that is a sentence of its own:
// a capital after the opening mark and sentence punctuation before the
// closing one ("“What a night!”"), not a phrase ("“a disaster”").
func (d *doc) wholeSentenceQuoted(q quote) bool {
	a, b := q.first(), q.last()
	if b-a < 3 || !isMarkTok(d.low[a]) || !isMarkTok(d.low[b]) {
		return false
	}
	if b+1 < len(d.toks) && d.posAt(b+1).IsVerb() {
		return false // "said “Why Nations Fail?” was a great book": a title, the clause's subject
	}
	words, caps := 0, 0
	for i := a + 1; i < b-1; i++ {
		if d.toks[i].Kind == tokens.Word {
			words++
			if d.capital(i) {
				caps++
			}
		}
	}
	if words > 1 && caps == words {
		return false // "“Thank You, America!”": a title or a slogan in capitals
	}
	return d.capital(a+1) && (d.low[b-1] == "!" || d.low[b-1] == "?" || d.low[b-1] == ".")
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

// allUpper reports whether every word of quote q is written as its upper
// case ("TOUGH TALK AHEAD").
func (d *doc) allUpper(q quote) bool {
	for _, p := range q.parts {
		for i := p.a; i < p.b; i++ {
			if t := d.word(i); d.toks[i].Kind != tokens.Punct && strings.ToUpper(t) != t {
				return false
			}
		}
	}
	return true
}

// trailingComma is the comma outside quotes before an attribution that
// ends the sentence at end ("…, it said", "…, the paper reported"), when
// it falls after token k; else -1.
func (d *doc) trailingComma(k, end int) int {
	for c := end - 1; c > k && c >= end-13; c-- {
		if d.low[c] == "," && d.quote[c] < 0 {
			if d.trailingAttribution(c+1, end) {
				return c
			}
			return -1
		}
	}
	return -1
}

// replyVerbs are verbs of speech that need no object: what follows them may
// say only when they speak ("will respond once the report is tabled").
var replyVerbs = wordSet(`respond responds responded responding reply replies replied replying
	answer answers answered answering comment comments commented commenting speak speaks spoke speaking
	talk talks talked talking testify testifies testified testifying apologize apologizes apologized apologizing
	apologise apologises apologised apologising`)

// thatAfterClause returns the token after ", that" that closes the clause
// opening at k, before end, and true; else false.
func (d *doc) thatAfterClause(k, end int) (int, bool) {
	for j := k + 1; j+1 < end; j++ {
		if d.low[j] == "," && d.quote[j] < 0 && d.low[j+1] == "that" {
			return j + 2, true
		}
	}
	return k, false
}

// relativePronouns open a relative clause after a comma.
var relativePronouns = map[string]bool{"which": true, "who": true, "whom": true, "whose": true}

// adverbialOnly reports an adverbial clause alone after a reply verb, up to
// the sentence's end, where no content comes before the verb: "The union
// will respond if the company makes an offer" says when, not what. A clause
// with a comma in it may still be what is said ("said if it fails, they
// will walk out").
func (d *doc) adverbialOnly(c *cue, end int) bool {
	k := max(c.b, c.objEnd)
	if c.inverted || k >= end || !replyVerbs[d.low[c.b-1]] || !subordinators.has(d.low[k]) {
		return false
	}
	if d.low[k] == "if" && strings.HasPrefix(d.low[c.b-1], "apolog") {
		return false // "apologized if his comments had offended anyone": what the apology says
	}
	for j := k + 1; j < end; j++ {
		if d.low[j] == "," && d.quote[j] < 0 {
			return false
		}
	}
	return true
}

// relativeWithoutThat reports a subject pronoun at j that opens a relative
// clause without "that" whose verb lacks its object: a noun before it, a
// verb of making or sending a text after it and then a preposition or
// the clause's end ("apologized for a Facebook post he wrote over the
// weekend"; not "said in a statement he would resign").
func (d *doc) relativeWithoutThat(j, end int) bool {
	if !subjPronouns.has(d.low[j]) || j == 0 || !d.posAt(j-1).IsNoun() || j+2 >= end {
		return false
	}
	v := j + 1
	return textVerbs[d.low[v]] && (prepositions.has(d.low[v+1]) || d.isPunct(v+1) || timeWords.has(d.low[v+1]) || dayWords.has(d.low[v+1]))
}

// textVerbs make, send or put out a text (a thing written), which a
// relative clause may leave without its object ("a post he wrote").
var textVerbs = map[string]bool{"wrote": true, "posted": true, "sent": true, "shared": true, "published": true, "signed": true,
	"received": true, "filed": true, "issued": true, "released": true, "made": true, "gave": true, "delivered": true}

// onShortLine reports token j on a line of at most 30 tokens, as a
// headline's is (computed once per text).
func (d *doc) onShortLine(j int) bool {
	if d.shortLine == nil {
		d.shortLine = make([]bool, len(d.toks))
		for a := 0; a < len(d.toks); {
			b := a + 1
			for b < len(d.toks) && d.toks[b].Gap < tokens.Newline {
				b++
			}
			for i := a; i < b; i++ {
				d.shortLine[i] = b-a <= 30
			}
			a = b
		}
	}
	return d.shortLine[j]
}

// placeEndingInPossessive reports the "'s" at p that ends a place's name
// after a preposition of place, in the adjunct starting at k: "told
// reporters in St. John's that …", "outside Queen's"; not a possessor
// ("the idea was Halloway's that …", "a cousin of Halloway's that …").
func (d *doc) placeEndingInPossessive(p, k int) bool {
	if p-1 < k || d.posAt(p) != syntax.Possessive || !d.capital(p-1) {
		return false
	}
	a := p - 1
	for a-1 >= k && a > p-4 && d.capital(a-1) && !d.isPunct(a-1) {
		a--
	}
	w := ""
	if a-1 >= k {
		w = d.low[a-1]
	}
	return placePrepositions[w]
}

// placePrepositions put someone at a place: "in St. John's", "outside
// Queen's" (not "of", a possessor's: "a cousin of Halloway's").
var placePrepositions = wordSet(`in at from near outside inside behind beside by to into across`)
