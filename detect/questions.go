package detect

import "github.com/quotebench/quotebench/detect/namewords"

// Questions put to a speaker: "Asked whether X, Smith said …", "Smith said
// when asked whether X". The question is reported (PolNeAR counts it), by
// no one named: the asker is unnamed and the one asked did not say it;
// unless the asker is named ("Asked by Coun. Chow whether X, Smith said"):
// then the question is theirs.

// askedCue: "Asked whether X, Smith said …", "…, Smith said when asked
// whether X": the question is the content; it is not the subject's speech,
// so the quote gets no speaker (speakers).
func (d *doc) askedCue(i int, s rng) (cue, bool) {
	e := d.askedClause(i, s)
	w := d.askedWh(i, s)
	if d.low[w] == "about" {
		return cue{}, false // "Asked about the deal, …": a topic, nothing said (both scopes)
	}
	c := cue{a: i, b: w, objEnd: w, strength: 0.6, question: e, rule: ruleAsked}
	if by := d.askedBy(i, s); by.len() > 0 {
		// "Asked by Coun. Evelyn Chow whether …, Barrette said": the
		// question is the councillor's, as "Chow asked whether" is.
		c.subj, c.rule = by, ruleVerb
		return c, true
	}
	if e < s.b && d.low[e] == "," {
		if np := d.rightNP(e+1, s.b); np.len() > 0 {
			c.subj = np
		}
	}
	return c, true
}

// askedBy returns the one named as asking after "asked" at i ("Asked by
// Coun. Evelyn Chow whether …"), when the question follows it; else an
// empty range.
func (d *doc) askedBy(i int, s rng) rng {
	if i+2 >= s.b || d.low[i+1] != "by" {
		return rng{}
	}
	np := d.rightNP(i+2, s.b)
	if np.len() == 0 || np.len() > 6 || np.b >= s.b || !d.person[np.b-1] && !d.org[np.b-1] || namewords.Masthead(d.low[np.b-1]) {
		return rng{} // (not "asked by reporters", "by MPs" nor "by CBC News": a reporter's question, the answer is the news)
	}
	switch d.low[np.b] {
	case "if", "whether", "what", "why", "how", "who", "whom", "which", "when", "where":
		return np
	}
	return rng{}
}

// askedWh returns the first token of the question after "asked" at i, over
// a time adjunct or an adverb ("Asked on Monday whether", "asked again
// if").
func (d *doc) askedWh(i int, s rng) int {
	w := i + 1
	for w < s.b && w < i+4 {
		switch {
		case dayWords.has(d.low[w]), d.low[w] == "later" || d.low[w] == "again" || d.low[w] == "repeatedly" || d.low[w] == "directly":
			w++
		case d.low[w] == "on" && w+1 < s.b && dayWords.has(d.low[w+1]):
			w += 2
		case w == i+1 && d.low[w] == "by":
			by := d.askedBy(i, s)
			if by.len() == 0 {
				return w
			}
			w = by.b // "Asked by Coun. Chow whether"
		default:
			return w
		}
	}
	return w
}

// askedClause returns the end of a participial question: the comma after
// it at the start of a sentence ("Asked if the plan would pass, she said
// …", "When asked about X, he …"), or after "when" later in a sentence
// the comma or the sentence's end ("she said when asked whether X");
// 0 when token i starts none.
func (d *doc) askedClause(i int, s rng) int {
	initial := i == s.a || i == s.a+1 && d.low[s.a] == "when"
	later := !initial && i-1 > s.a && d.low[i-1] == "when"
	if !initial && !later {
		return 0
	}
	w := d.askedWh(i, s)
	if w+1 >= s.b {
		return 0
	}
	switch d.low[w] {
	case "if", "whether", "what", "why", "how", "who", "whom", "which", "when", "where", "about", "specifically", "to":
	default:
		return 0
	}
	end := s.b
	for end > w && d.isPunct(end-1) && !isMarkTok(d.low[end-1]) {
		end--
	}
	for j := w + 1; j < s.b && j < i+60; j++ {
		if d.quote[j] >= 0 {
			if later && j-w >= 2 {
				return j // "when asked whether X “…”": the question ends at the quote
			}
			return 0
		}
		if d.low[j] == "," || later && j == end {
			if j-i < 3 {
				return 0
			}
			return j
		}
	}
	return 0
}
