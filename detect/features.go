package detect

import (
	"strconv"
	"strings"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/annot/tokens"
)

// The learned scorers see the rules' signals as named binary features.
// Words appear only when they belong to a closed class (function words,
// cue words); open-class words are reduced to their shape, so the model
// learns constructions, not names.

// closedWord is the token's lower-case form when it is a function word or a
// cue word, else its shape.
func (d *doc) closedWord(i int) string {
	if i < 0 || i >= len(d.toks) {
		return "<edge>"
	}
	w := d.low[i]
	if determiners.has(w) || prepositions.has(w) || pronouns[w] != "" || subjPronouns.has(w) || stops.has(w) || auxiliaries.has(w) ||
		timeWords.has(w) || months.has(w) || d.isPunct(i) && len(w) <= 3 {
		return w
	}
	if _, ok := lexicon[w]; ok {
		return w
	}
	return d.shape(i)
}

// shape is a coarse word shape: Cap, low, num, punct, role (a role noun),
// title.
func (d *doc) shape(i int) string {
	w := d.low[i]
	switch {
	case d.toks[i].Kind == tokens.Number:
		return "#num"
	case d.isPunct(i):
		return "#punct"
	case personTitles[w]:
		return "#title"
	case roleNouns.has(w):
		return "#role"
	case d.capital(i):
		return "#Cap"
	}
	return "#low"
}

func bucket(n int) string {
	switch {
	case n <= 2:
		return strconv.Itoa(n)
	case n <= 5:
		return "3-5"
	case n <= 10:
		return "6-10"
	case n <= 20:
		return "11-20"
	case n <= 40:
		return "21-40"
	}
	return "41+"
}

// npShape describes a speaker noun phrase: empty, pronoun, name,
// description, or the bad shapes (prepositional, temporal,
// determiner-only, a dateline) that cannot speak.
func (d *doc) npShape(np rng) string {
	if np.len() <= 0 {
		return "none"
	}
	w := d.low[np.a]
	last := d.low[np.b-1]
	switch {
	case np.len() == 1 && (pronouns[w] != "" || w == "who" || w == "i" || w == "you"):
		return "pron"
	case prepositions.has(w):
		return "prep"
	case timeWords.has(w) || dayWords.has(last) || periodWords.has(last) || months.has(last):
		return "time"
	case np.len() == 1 && quantifierSubjects.has(w) && np.b < len(d.toks) && !d.isPunct(np.b):
		return "quant" // "Some say", "Many argue": a pronoun for people
	case determiners.has(last) || np.len() == 1 && determiners.has(w):
		return "det-only"
	case d.toks[np.a].Gap >= tokens.Newline && np.b < len(d.toks) && d.isDashTok(np.b):
		return "dateline"
	case roleNouns.has(last):
		if d.capital(np.a) {
			return "cap-role"
		}
		return "role"
	case d.capital(np.a) && d.capital(np.b-1):
		return "name"
	case d.capital(np.b - 1):
		return "desc-name"
	}
	return "desc"
}

// speakingShape reports a phrase shape (npShape) that can name a speaker.
func speakingShape(sh string) bool {
	switch sh {
	case "name", "pron", "role", "cap-role", "desc-name":
		return true
	}
	return false
}

// quoteFeatures are the features of one proposed quote.
func (d *doc) quoteFeatures(q *quote, cues []cue, dqs []dquote) []string {
	f := make([]string, 0, 32)
	kind := string(q.kind)
	add := func(s string) { f = append(f, s) }
	add("kind=" + kind)
	a, b := q.first(), q.last()
	n := 0
	for _, p := range q.parts {
		n += p.len()
	}
	add("len=" + bucket(n))
	add("kind+len=" + kind + bucket(n))
	add("parts=" + bucket(len(q.parts)))
	if q.marks >= 0 {
		dq := dqs[q.marks]
		if dq.unclosed {
			add("unclosed")
		}
		if dq.single {
			add("single-marks")
		}
		if d.standsAlone(*q) {
			add("stands-alone")
		}
	}
	s := d.sents[d.sent[a]]
	if a == s.a {
		add("starts-sentence")
	}
	p := d.paras[d.para[a]]
	if a <= p.a+1 && b >= p.b-2 {
		add("whole-paragraph")
	}
	if d.para[a] == 0 {
		add("first-paragraph")
	}
	if !d.sentenceEnd(p.b-1) && !isCloser(d.low[p.b-1]) {
		add("para-no-final-punct")
	}
	add("first=" + d.closedWord(a))
	add("first-pos=" + d.posAt(a).String())
	if q.marks < 0 && !d.finiteVerb(a, b+1) {
		add("no-finite-verb/" + kind)
	} else if q.marks < 0 && !d.finiteVerb(a, d.clauseEnd(a, b+1)) {
		add("verb-after-comma/" + kind) // "added a goal, and Brown made 30 saves"
	}
	add("before=" + d.closedWord(a-1))
	add("after=" + d.closedWord(b+1))
	if q.cue < 0 {
		add("cue=none")
		add("spk=" + d.npShape(q.spk) + "/nocue")
		return f
	}
	c := &cues[q.cue]
	r := c.rule.String()
	add("rule=" + r)
	add("rule+kind=" + r + "/" + kind)
	w := d.low[c.a]
	add("cue=" + w)
	add("cue-pos=" + d.posAt(c.a).String())
	add("cue+pos=" + w + "/" + d.posAt(c.a).String())
	add("cue+kind=" + w + "/" + kind)
	if c.attitude {
		add("attitude")
	}
	add("strength=" + strconv.FormatFloat(c.strength, 'f', 1, 64))
	add("cue-next=" + d.closedWord(c.b))
	add("cue+next=" + w + "/" + d.closedWord(c.b))
	add("cue-prev=" + d.closedWord(c.a-1))
	if c.inverted {
		add("inverted")
	}
	if c.objEnd > c.b {
		add("addressee")
	}
	if d.capital(c.a) {
		add("cue-cap")
	}
	if c.a > b {
		add("cue-after")
	} else if c.a < a {
		add("cue-before")
	} else {
		add("cue-inside")
	}
	dist := min(abs(c.a-b), abs(a-c.b))
	add("cue-dist=" + bucket(dist))
	sh := d.npShape(c.subj)
	add("spk=" + sh)
	add("spk-chunk=" + d.npChunked(c.subj))
	add("spk+rule=" + sh + "/" + r)
	if c.subj.len() > 0 {
		add("spk-len=" + bucket(c.subj.len()))
		add("spk-first=" + d.closedWord(c.subj.a))
	}
	return f
}

// speakerFeatures are the features of a quote's speaker link.
func (d *doc) speakerFeatures(q *quote, how string, cues []cue, m *ment, ents []entity) []string {
	f := make([]string, 0, 16)
	add := func(s string) { f = append(f, s) }
	if how == "" {
		how = "cue"
	}
	add("how=" + how)
	if strings.HasPrefix(how, "alt-") {
		over := q.how
		if over == "" {
			over = "cue"
		}
		add("alt-over=" + over) // what the sieves chose instead
	}
	add("kind=" + string(q.kind))
	add("how+kind=" + how + "/" + string(q.kind))
	if q.cue >= 0 {
		add("rule=" + cues[q.cue].rule.String())
	}
	np := rng{m.a, m.b}
	sh := d.npShape(np)
	add("np=" + sh)
	add("np+how=" + sh + "/" + how)
	add("mtype=" + string(m.typ))
	add("label=" + string(m.label))
	add("first=" + d.closedWord(m.a))
	add("np-chunk=" + d.npChunked(np))
	add("np-first-pos=" + d.posAt(m.a).String())
	add("np-len=" + bucket(np.len()))
	if m.ent >= 0 {
		add("resolved")
		add("ent=" + string(ents[m.ent].label))
	} else {
		add("unresolved/" + string(m.typ))
	}
	if d.quote[m.a] >= 0 {
		add("inside-quote")
	}
	dist := min(abs(m.a-q.last()), abs(q.first()-m.b))
	add("dist=" + bucket(dist))
	if d.para[m.a] != d.para[q.first()] {
		add("other-paragraph")
	}
	if m.typ == annot.MentionName && m.label == annot.LabelPerson {
		add("person-name")
	}
	return f
}
