package detect

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/annot/tokens"
)

// Interviews printed as questions and answers. After a note such as "This
// interview has been edited for length and clarity.", questions end in a
// question mark and each answer is a paragraph of the interviewee's own
// words, with no quotation marks and no reporting verb:
//
//	Thompson Valley Today spoke with Kurosawa on Wednesday. This interview
//	has been edited for length and clarity.
//	Is this summer worse than usual?
//	It's not the worst we've seen, but what stands out is how early it started.
//
// Each answer becomes a direct quote of the interviewee.

// interviewConf and interviewSpkConf are the confidence of an answer and
// of its speaker link. Judges took all 73 answers this finds on the
// invented Canadian pages for the interviewee's quotes; those pages chose
// the rules, so the values stay below that (README).
const (
	interviewConf    = 0.95
	interviewSpkConf = 0.9
)

// howInterview marks an answer's speaker as the interviewee.
const howInterview = "interview"

// interviewAnswers adds the answers of every interview in the article to
// qs, in text order. An interview opens after a note that it was edited,
// after a heading that announces one ("Five questions with Jo Doe", "Q&A:
// Coun. Jo Doe on the vote") and the paragraph that introduces it, or
// before a first question labelled "Q:".
func (d *doc) interviewAnswers(qs []quote, ments []ment, ents []entity) []quote {
	heading := -1 // the last heading announcing an interview
	sorted := false
	for pi := 0; pi < len(d.paras); pi++ {
		p := d.paras[pi]
		if d.link[p.a] {
			continue // "Read more: Q&A with the premier"
		}
		start := -1
		switch {
		case d.editNote(p):
			start = pi
		case d.interviewHeading(p):
			heading, start = pi, pi
			if pi+1 < len(d.paras) && !d.question(d.paras[pi+1]) {
				start = pi + 1 // "The goaltender spoke to The Beacon after the game."
			}
		case pi+1 < len(d.paras) && d.opensWith(d.paras[pi+1], "q") && !d.opensWith(p, "a") && !(pi > 0 && d.question(d.paras[pi-1])):
			start = pi
		default:
			continue
		}
		m := -1
		if heading >= 0 && start-heading <= 2 {
			m = d.interviewee(heading, ments, ents)
		}
		for k := start; m < 0 && k >= 0 && k >= start-1; k-- {
			m = d.interviewee(k, ments, ents) // (the paragraph before a note that stands alone)
		}
		if m >= 0 {
			if !sorted { // (ownQuotes looks quotes up by their first token)
				sort.SliceStable(qs, func(i, j int) bool { return qs[i].first() < qs[j].first() })
				sorted = true
			}
			var added bool
			if qs, pi, added = d.answers(qs, start, m, ments); added {
				// Back in text order, which the speakers' sieves and the
				// next interview's lookups read.
				sort.SliceStable(qs, func(i, j int) bool { return qs[i].first() < qs[j].first() })
			}
		}
	}
	return qs
}

// interviewHeading reports a heading, a short paragraph that does not end
// as a sentence, announcing an interview: "Q&A", "questions with", "in
// conversation with".
func (d *doc) interviewHeading(p rng) bool {
	if p.len() > 16 || d.prose(p) {
		return false
	}
	for i := p.a; i < p.b; i++ {
		switch d.low[i] {
		case "q&a":
			return true // "Q&A: …", "The Theresa Fudge Q&A"
		case "questions", "conversation":
			if i+1 < p.b && d.low[i+1] == "with" {
				return true
			}
		}
	}
	return false
}

// editNote reports a short paragraph saying an interview was edited or
// condensed ("This interview has been edited for length and clarity.",
// "The conversation has been condensed and edited."), not a story or
// letters.
func (d *doc) editNote(p rng) bool {
	if p.len() > 80 {
		return false
	}
	talk := false
	for i := p.a; i < p.b && !talk; i++ {
		talk = interviewNouns[d.low[i]]
	}
	for i := p.a; i < p.b && talk; i++ {
		var objs map[string]bool
		switch d.low[i] {
		case "edited":
			objs = editedFor
		case "condensed":
			objs = condensedAnd
		default:
			continue
		}
		for j := i + 1; j < p.b && j <= i+3; j++ {
			if objs[d.low[j]] {
				return true
			}
		}
	}
	return false
}

var (
	interviewNouns = wordSet("interview interviews conversation exchange transcript q&a following chat discussion questions answers responses")
	editedFor      = wordSet("length clarity brevity condensed space")
	condensedAnd   = wordSet("edited clarity length")
)

// interviewee returns the name mention of the person paragraph pi says the
// interview is with: named right after "spoke with", "sat down with",
// "asked" or "interviewed" (a title or description between, no possessor:
// "spoke with researcher Jo Doe"), alone there (not "with Jo Doe and
// reporter Sam Roe"); else, where it tells of an interview ("spoke", "sat down",
// "reached") or is a heading that announces one ("Q&A: Coun. Jo Doe on the
// vote"), its only person, unless that person is the one asking (the
// subject of "spoke with the scientist", a description, not an outlet);
// or, when it names none ("She sat down with CBC News"), the first person
// of the paragraph before who is of that gender and no possessor. -1 when
// none.
func (d *doc) interviewee(pi int, ments []ment, ents []entity) int {
	p := d.paras[pi]
	person := func(m ment) bool {
		return m.typ == annot.MentionName && m.label == annot.LabelPerson && m.ent >= 0
	}
	only, several := -1, false
	for mi := sort.Search(len(ments), func(i int) bool { return ments[i].a >= p.a }); mi < len(ments) && ments[mi].a < p.b; mi++ {
		m := ments[mi]
		if !person(m) {
			continue
		}
		if j := d.interviewedBefore(p.a, m.a); j >= 0 {
			second := false // "with Jo Doe and Washington Post reporter Sam Roe"
			for k := mi + 1; m.b < len(d.toks) && d.low[m.b] == "and" && k < len(ments) && ments[k].a <= m.b+7; k++ {
				second = second || person(ments[k])
			}
			if d.possessor(m.b) || second {
				return -1 // "with Mayor Jo Doe's chief of staff", "with Dr. A and Post reporter B": who answers?
			}
			return mi
		}
		if only >= 0 && ments[only].ent != m.ent {
			several = true
		}
		if only < 0 {
			only = mi
		}
	}
	told := d.interviewHeading(p) // "Q&A: Coun. Bev Marchand on the arena vote"
	pron := ""
	for i := p.a; i < p.b; i++ {
		told = told || interviewVerbs[d.low[i]]
		if g := pronouns[d.low[i]]; pron == "" && (g == "m" || g == "f") {
			pron = g
		}
	}
	switch {
	case !told || several:
		return -1
	case only >= 0:
		if d.asks(ments[only]) {
			return -1
		}
		return only
	case pron == "" || pi == 0:
		return -1
	}
	q := d.paras[pi-1]
	for mi := sort.Search(len(ments), func(i int) bool { return ments[i].a >= q.a }); mi < len(ments) && ments[mi].a < q.b; mi++ {
		m := ments[mi]
		if !person(m) || d.possessor(m.b) {
			continue
		}
		if g := genderOf(ents[m.ent]); g == "" || g == pron {
			return mi
		}
	}
	return -1
}

// interviewedBefore returns where "spoke with", "sat down with", "asked"
// or "interviewed" ends right before the name at token m (a title or a
// description of up to five words between, no "of"), or -1.
func (d *doc) interviewedBefore(a, m int) int {
	for j := m - 1; j >= a && j >= m-6; j-- {
		w := d.low[j]
		if d.isPunct(j) || w == "of" || possessiveMark(w) {
			return -1
		}
		switch {
		case w == "asked" || w == "interviewed":
			return j
		case w == "with":
			for k := j - 1; k >= a && k >= j-3; k-- {
				if interviewVerbs[d.low[k]] {
					return j // "spoke briefly with", "sat down with"
				}
			}
			return -1
		}
	}
	return -1
}

// possessor reports a possessive mark at token i: "Jo Doe's".
func (d *doc) possessor(i int) bool { return i < len(d.toks) && possessiveMark(d.low[i]) }

// asks reports the person of mention m as the one interviewing: the
// subject of an interview verb whose partner is described, not an outlet
// or "us" ("Reporter Sam Ellery sat down with the city's new police
// chief"; not "Dr. Lena Moreau spoke with the Herald"), or named after
// "questioning by".
func (d *doc) asks(m ment) bool {
	for j := m.a - 1; j >= 1 && j >= m.a-3; j-- {
		if d.low[j] == "by" && questioningWords[d.low[j-1]] {
			return true // "Under questioning by Crown prosecutor Jo Doe"
		}
	}
	s := d.sents[d.sent[m.a]]
	for k := m.b; k < s.b && k < m.b+6; k++ {
		if !interviewVerbs[d.low[k]] {
			continue
		}
		for j := k + 1; j < s.b && j <= k+3; j++ {
			if w := d.low[j]; w == "with" || w == "to" {
				if j+1 >= s.b {
					return false
				}
				o := j + 1
				if d.low[o] == "the" && o+1 < s.b {
					o++
				}
				return !d.capital(o) && !personalWords[d.low[o]]
			}
		}
		return false
	}
	return false
}

// questioningWords name who questions before "by": "questioning by".
var questioningWords = wordSet("questioning questioned interviewed cross-examination cross-examined examination")

// interviewVerbs tell of an interview: "spoke with", "sat down with".
var interviewVerbs = wordSet("spoke speaks talked talks sat sits reached interviewed asked chatted caught")

// answers adds the answers of the interview opened by paragraph pi and
// returns the last paragraph it read. The interview must open with a
// question and ask two or more; it ends at a paragraph that is not prose
// (a heading, a list of links), that opens with a quotation mark, names
// the interviewee or has someone named or described say something (the
// article's narration again), or at a fifth paragraph after one question.
// A quote the detector found at an answer's start (a `Name: …` line read
// as a colon's quote) or reported by "I" or "we" inside it gives way to
// the answer.
func (d *doc) answers(qs []quote, pi, m int, ments []ment) ([]quote, int, bool) {
	ent := ments[m].ent
	var found []quote
	drop := map[int]bool{} // quotes the answers hold
	asked, since := 0, 0
	pj := pi + 1
	for ; pj < len(d.paras) && pj <= pi+200; pj++ {
		p := d.paras[pj]
		if d.link[p.a] {
			break
		}
		a, label := d.answerLabel(p)
		if a == p.b && (label == "q" || label == "a") {
			continue // "Q:" on a line of its own, its words the next paragraph
		}
		if d.question(p) {
			asked, since = asked+1, 0
			continue
		}
		if asked == 0 || since < 0 || since == 4 || !d.prose(p) || isMarkTok(d.low[a]) || d.namesEnt(rng{a, p.b}, ent, ments) || d.narrates(a) ||
			label != "" && label != "a" && !d.namesEnt(rng{p.a, a}, ent, ments) {
			break
		}
		if label == "" && since > 0 && !d.personal(rng{a, p.b}) {
			// An answer's next paragraph speaks in the first or second
			// person; another ("The Tigers host Regina on Saturday.")
			// is the article's, and only a question goes on.
			since = -1
			continue
		}
		since++
		part := rng{a, p.b}
		own, covered := d.ownQuotes(qs, part)
		if 2*covered >= part.len() {
			continue // mostly others' words the detector quotes already
		}
		for _, qi := range own {
			drop[qi] = true
		}
		found = append(found, quote{parts: []rng{part}, kind: annot.KindDirect, cue: -1, spkEnt: ent, marks: -1, conf: interviewConf, how: howInterview, intro: m})
	}
	if asked < 2 || len(found) == 0 {
		return qs, pj - 1, false // (what it read is no interview's: read once)
	}
	kept := qs[:0]
	for qi, q := range qs {
		if !drop[qi] {
			kept = append(kept, q)
		}
	}
	return append(kept, found...), pj - 1, true
}

// ownQuotes returns the quotes inside answer r that are the interviewee's
// own words, which the answer holds (one opening the answer, "Odessa
// Lindqvist: It's any place …", and the reports of "I" or "we": "I've said
// from the start that I want …"), and how many tokens of r the other
// quotes cover.
func (d *doc) ownQuotes(qs []quote, r rng) (own []int, covered int) {
	// qs is in text order: the quotes starting inside r (one that runs
	// into r from before is not looked at).
	for qi := sort.Search(len(qs), func(i int) bool { return qs[i].first() >= r.a }); qi < len(qs) && qs[qi].first() < r.b; qi++ {
		q := &qs[qi]
		if q.first() >= r.a && q.last() < r.b && (q.first() == r.a || q.spk.len() == 1 && (d.low[q.spk.a] == "i" || d.low[q.spk.a] == "we")) {
			own = append(own, qi)
			continue
		}
		for _, p := range q.parts {
			covered += max(0, min(p.b, r.b)-max(p.a, r.a))
		}
	}
	return own, covered
}

// narrates reports a first sentence, from token a, in which someone named
// or described says something: "The department said in a statement that
// …" is the article again, "My coach always tells me …" is still an
// answer.
func (d *doc) narrates(a int) bool {
	if d.sentCues == nil {
		d.sentCues = make([][]int32, len(d.sents))
		for k := range d.lastCues {
			if s := d.sent[d.lastCues[k].a]; len(d.sentCues[s]) < 64 {
				d.sentCues[s] = append(d.sentCues[s], int32(k))
			}
		}
	}
	for _, k := range d.sentCues[d.sent[a]] {
		c := &d.lastCues[k]
		if c.subj.len() == 0 || c.attitude || c.subj.a < a || d.finiteVerb(a, c.subj.a) {
			continue // (not "I've heard the minister say he's watching.")
		}
		if w := d.low[c.subj.a]; d.person[c.subj.a] || d.org[c.subj.a] || w == "the" || w == "a" || w == "an" {
			return true // (not "Get their records … and talk to X about …")
		}
	}
	return false
}

// answerLabel returns where a paragraph's words start after a label of up
// to five capitalised words and a colon ("Q:", "A:", "The Tyee:", "Odessa
// Lindqvist:"), and the label's lower-case text when it is one word.
func (d *doc) answerLabel(p rng) (int, string) {
	for k := p.a + 1; k < p.b && k <= p.a+5; k++ {
		if d.low[k] == ":" {
			label := "-"
			if k == p.a+1 {
				label = d.low[p.a]
			}
			return k + 1, label
		}
		if !d.capital(k) {
			break
		}
	}
	return p.a, ""
}

// personal reports a word of the first or second person in r: "I", "we",
// "my", "you", …
func (d *doc) personal(r rng) bool {
	for i := r.a; i < r.b; i++ {
		if personalWords[d.low[i]] {
			return true
		}
	}
	return false
}

var personalWords = wordSet("i i'm i've i'd i'll me my mine myself we we're we've we'd we'll us our ours ourselves you you're you've you'd you'll your yours yourself")

// opensWith reports a paragraph opened by the one-word label l and a colon
// ("Q: …").
func (d *doc) opensWith(p rng, l string) bool {
	_, label := d.answerLabel(p)
	return label == l
}

// question reports an interviewer's paragraph: one ending in a question
// mark, or labelled "Q:".
func (d *doc) question(p rng) bool {
	if d.opensWith(p, "q") {
		return true
	}
	e := p.b - 1
	for e > p.a && isMarkTok(d.low[e]) {
		e--
	}
	return d.low[e] == "?"
}

// prose reports a paragraph of three words or more ending as a sentence.
func (d *doc) prose(p rng) bool {
	if p.len() < 4 {
		return false
	}
	switch w := d.low[p.b-1]; {
	case w == "." || w == "!" || w == "…" || w == ")" || isMarkTok(w):
		return true
	}
	return false
}

// namesEnt reports a name mention of entity ent inside r.
func (d *doc) namesEnt(r rng, ent int, ments []ment) bool {
	i := sort.Search(len(ments), func(i int) bool { return ments[i].a >= r.a })
	for ; i < len(ments) && ments[i].a < r.b; i++ {
		if ments[i].ent == ent && ments[i].typ == annot.MentionName {
			return true
		}
	}
	return false
}

// transcriptLabels makes each transcript label in capitals that names a
// person of the article a mention of that person: "CHIEF LORETTA HALKETT:",
// "RAMAN:" (a surname only one person bears) or "LH:" (initials only one
// person's name makes) opening a paragraph before a colon, with another
// such turn two paragraphs away or nearer, whatever the tagger read there
// (capitals read as a place, or nothing). The mentions stay in text order.
func (d *doc) transcriptLabels(ments []ment, ents []entity) []ment {
	var who map[string]int
	var added []ment
	labelEnd := make([]int, len(d.paras)) // the colon after a label in capitals opening the paragraph, or 0
	for pi, p := range d.paras {
		k := p.a
		for k < p.b && k < p.a+5 && d.upperWord(k) {
			k++
		}
		if k > p.a && k+1 < p.b && d.low[k] == ":" {
			labelEnd[pi] = k
		}
	}
	for pi, p := range d.paras {
		k := labelEnd[pi]
		if k == 0 {
			continue
		}
		turns := false // another turn nearby: a transcript, not a dateline ("KINGSTON:") or a lone label ("PM:")
		for pj := max(0, pi-2); pj < len(d.paras) && pj <= pi+2 && !turns; pj++ {
			turns = pj != pi && labelEnd[pj] > 0
		}
		if !turns {
			continue
		}
		if who == nil {
			who = personLabels(ents)
		}
		a := p.a
		for a < k-1 && personTitles[d.low[a]] {
			a++ // "CHIEF LORETTA HALKETT"
		}
		var key strings.Builder
		for i := a; i < k; i++ {
			if i > a {
				key.WriteByte(' ')
			}
			key.WriteString(d.low[i])
		}
		if e, ok := who[key.String()]; ok && e >= 0 {
			added = append(added, ment{p.a, k, annot.LabelPerson, annot.MentionName, e, 0.9}) // with its titles, the turn's speaker
		}
	}
	if len(added) == 0 {
		return ments
	}
	out := make([]ment, 0, len(ments)+len(added))
	i := 0
	for _, m := range ments {
		for i < len(added) && added[i].b <= m.a {
			out = append(out, added[i])
			i++
		}
		if i < len(added) && m.a < added[i].b && added[i].a < m.b {
			continue // the tagger's reading of the label
		}
		out = append(out, m)
	}
	return append(out, added[i:]...)
}

// upperWord reports a word in capitals of two letters or more ("RAMAN",
// "LH").
func (d *doc) upperWord(i int) bool { return d.toks[i].Kind == tokens.Word && allCaps(d.word(i)) }

// personLabels maps what a transcript may label each person named with
// two words or more by, in lower case, to the person: the name, the last
// word, the initials of the first and last words and of every word; -1
// where two people share a label.
func personLabels(ents []entity) map[string]int {
	m := map[string]int{}
	add := func(k string, e int) {
		if old, ok := m[k]; ok && old != e {
			m[k] = -1
		} else {
			m[k] = e
		}
	}
	for e, ent := range ents {
		words := strings.Fields(strings.ToLower(ent.name))
		for len(words) > 2 && personTitles[words[0]] {
			words = words[1:] // "Premier Lorne Gaudet"
		}
		if ent.label != annot.LabelPerson || len(words) < 2 {
			continue
		}
		add(strings.Join(words, " "), e)
		add(words[len(words)-1], e)
		var all []rune
		for _, w := range words {
			r, _ := utf8.DecodeRuneInString(w)
			all = append(all, r)
		}
		add(string([]rune{all[0], all[len(all)-1]}), e)
		if len(words) > 2 {
			add(string(all), e)
		}
	}
	return m
}

// withoutHostTurns drops, in the speech scope, the turns of a transcript's
// host: the person labelled in two turns or more, most of which ask ("TB:
// Chief, who does that include?"). The one asking speaks for the outlet,
// not as a source. Scope all keeps them, as PolNeAR counts a host's lines.
func (d *doc) withoutHostTurns(qs []quote, spk []int, cues []cue) ([]quote, []int) {
	turn := func(q *quote) bool {
		return q.cue >= 0 && q.spkEnt >= 0 && d.turnCue(&cues[q.cue])
	}
	turns, asking := map[int]int{}, map[int]int{}
	for i := range qs {
		if q := &qs[i]; turn(q) {
			turns[q.spkEnt]++
			if d.question(d.paras[d.para[q.first()]]) {
				asking[q.spkEnt]++
			}
		}
	}
	out, outSpk := qs[:0], spk[:0]
	for i := range qs {
		if q := &qs[i]; turn(q) && turns[q.spkEnt] >= 2 && 2*asking[q.spkEnt] > turns[q.spkEnt] {
			continue
		}
		out, outSpk = append(out, qs[i]), append(outSpk, spk[i])
	}
	return out, outSpk
}
