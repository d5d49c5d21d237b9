package detect

import (
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/annot/tokens"
	"github.com/quotebench/quotebench/detect/namewords"
	"github.com/quotebench/quotebench/detect/ner"
	"github.com/quotebench/quotebench/detect/syntax"
)

// mentIndex answers the lookups of the speaker sieves in logarithmic time,
// so that detection stays linear on long or adversarial texts.
type mentIndex struct {
	persons     []int         // name mentions of persons outside direct quotes, by position
	orgs        []int         // name mentions of organisations, by position
	places      []int         // name mentions of countries, states and cities, by position
	locs        []int         // name mentions of other places (LOC: facilities, venues, waters), by position
	byEnt       map[int][]int // entity -> its name mentions, by position
	sole        []int         // per paragraph: its only person entity, -1 none, -2 several
	cues        []int         // cues with a speaker, by position
	np          map[rng]int   // mention made for a noun phrase
	words       map[string][]int
	roles       map[string][]int // head noun of an apposition -> the persons or organisations it described ("Jo Doe, a baker,", "the administrator, Acme,")
	surnames    map[string][]int // last word of a person's name of two words or more -> entities
	issuer      int              // the last speaker entity of any kind, for "the statement said"
	issued      int              // its paragraph
	stater      int              // the speaker of the last attribution naming a statement ("X said in a statement"), -1 none
	stated      int              // its paragraph
	statedAt    int              // the token of that statement's noun
	statedBy    int              // the speaker mention of that attribution, -1 none
	lastSpk     int              // the last quote's speaker mention, for "it said"
	spkPara     int              // its paragraph
	describedAt map[entHead]int  // (organisation, noun of its kind) -> its first mention described as one, -1 none
	byEnd       map[int][]int    // end token -> the mentions ending there, of ments[:endsSeen] (resolvedTextAt)
	endsSeen    int
	families    map[string][]int // a word of a person's family name -> the persons bearing it (familyOf)
}

func (d *doc) newIndex(ments []ment, ents []entity, cues []cue) *mentIndex {
	x := &mentIndex{byEnt: map[int][]int{}, np: map[rng]int{}, words: map[string][]int{}, roles: map[string][]int{}, issuer: -1, stater: -1, statedBy: -1, lastSpk: -1}
	x.sole = make([]int, len(d.paras))
	for i := range x.sole {
		x.sole[i] = -1
	}
	for mi, m := range ments {
		if m.typ != annot.MentionName {
			continue
		}
		x.byEnt[m.ent] = append(x.byEnt[m.ent], mi)
		switch m.label {
		case annot.LabelPerson:
			if d.quote[m.a] >= 0 {
				continue
			}
			x.persons = append(x.persons, mi)
			p := d.para[m.a]
			if x.sole[p] == -1 {
				x.sole[p] = m.ent
			} else if x.sole[p] != m.ent {
				x.sole[p] = -2
			}
		case annot.LabelOrg:
			x.orgs = append(x.orgs, mi)
		case annot.LabelGPE:
			x.places = append(x.places, mi)
		case annot.LabelLoc:
			x.locs = append(x.locs, mi)
		}
	}
	x.surnames = map[string][]int{}
	for ei, e := range ents {
		for _, h := range e.roles {
			if l := x.roles[h]; len(l) == 0 || l[len(l)-1] != ei {
				x.roles[h] = append(l, ei)
			}
		}
		if e.label != annot.LabelPerson {
			continue
		}
		if len(strings.Fields(e.name)) > 1 {
			last := lastWord(e.name)
			if l := x.surnames[last]; len(l) < 4 {
				x.surnames[last] = append(l, ei)
			}
		}
		for w := range e.words {
			x.words[w] = append(x.words[w], ei)
		}
	}
	for k := range cues {
		if cues[k].subj.len() > 0 {
			x.cues = append(x.cues, k)
		}
	}
	sort.SliceStable(x.cues, func(i, j int) bool { return cues[x.cues[i]].a < cues[x.cues[j]].a })
	for w := range x.words {
		sort.Ints(x.words[w])
	}
	return x
}

// before returns the position in list (mention indices sorted by start) of
// the last mention starting before token p, or -1.
func before(list []int, ments []ment, p int) int {
	return sort.Search(len(list), func(i int) bool { return ments[list[i]].a >= p }) - 1
}

// speakers runs the later sieves over quotes in text order and resolves
// every speaker noun phrase to a mention and, where it can, an entity.
// It returns the mention index of each quote's speaker (-1 when none).
func (d *doc) speakers(qs []quote, cues []cue, ments *[]ment, ents []entity, rank *Linear) ([]int, []entity) {
	x := d.newIndex(*ments, ents, cues)
	out := make([]int, len(qs))
	lastEnt, lastPara := -1, -1
	lastMent, lastMentPara := -1, -1
	pulled := map[int]int{} // pull quote -> the later quote it repeats
	spoke := map[int]int{}  // entities that spoke so far: 1 + the paragraph they last spoke in
	for qi := range qs {
		q := &qs[qi]
		out[qi] = -1
		if qj := d.pullQuoteSource(qs, qi, cues); qj >= 0 {
			pulled[qi] = qj // its speaker is that quote's, found below
			continue
		}
		if q.cue >= 0 && (cues[q.cue].rule == ruleAsked || cues[q.cue].rule == ruleHearsay || d.sourceless(&cues[q.cue]) || d.passiveRequest(&cues[q.cue]) || cues[q.cue].rule == ruleColon && cues[q.cue].subj.len() == 0) && q.marks < 0 {
			// "Asked whether X, Doe said": someone unnamed asked Doe;
			// "X reportedly did Y", "X is expected to Y", "X seems to Y",
			// "X is asked to Y": someone unnamed says, thinks or asks so; "Breaking:
			// X" (scope all) names no one.
			q.spk = rng{}
			continue
		}
		a, b := q.first(), q.last()
		pa := int(d.para[a])
		if q.how == howInterview {
			// An interview's answer: the interviewee, named in its
			// introduction.
			// (A "he" or "she" inside it is someone else: the last
			// speaker stays.)
			out[qi] = q.intro
			continue
		}
		if q.spk.len() == 0 {
			// Sieve: the nearest cue with a speaker in the quote's sentences.
			if k := d.nearestCue(q, cues, x); k >= 0 {
				q.spk, q.how = cues[k].subj, "nearest-cue"
				if q.cue < 0 {
					q.cue = k
				}
			}
		}
		if q.spk.len() == 0 && q.kind == annot.KindDirect {
			if k, spk := d.howAnaphorAfter(b, cues, x); k >= 0 {
				q.spk, q.how = spk, "how-anaphor" // "“…” ¶ That was how the superintendent explained it"
				if q.cue < 0 {
					q.cue = k
				}
			}
		}
		if q.spk.len() == 0 && (q.kind == annot.KindMixed || q.kind == annot.KindDirect && a > d.sents[d.sent[a]].a+3) {
			// (A direct quote inside a sentence takes only its subject
			// phrase below, not the first person named.)
			// A fragment: the person who is the subject of its sentence
			// ("Former Doe aide Jo Roe derided “…”"), past a fronted
			// clause ("When Doe moved in, Roe told her she was “…”") or
			// participle ("Preceded by Doe, West took a dig at “…”"; not
			// past "To Doe," or "As Doe puts it,", which name the
			// speaker), else the first person named in it.
			s := d.sents[d.sent[a]]
			i := before(x.persons, *ments, s.a) + 1
			subj := d.sentenceSubject(s, a)
			fronted := d.frontedClauseEnd(s)
			// The subject opens the sentence or its main clause, after a
			// fronted clause; mainSubj also after a fronted phrase with no
			// verb ("In rejecting X's bid, the commission …").
			opening := subj.len() > 0 && (subj.a == s.a || fronted >= 0 && subj.a-1 >= fronted && d.low[subj.a-1] == ",")
			mainSubj := opening || subj.len() > 0 && subj.a-1 > s.a && d.low[subj.a-1] == "," && !d.finiteVerb(s.a, subj.a-1)
			if opening || subj.len() > 0 && (d.posAt(s.a) == syntax.VBG || d.posAt(s.a) == syntax.VBN) && !sourceParticiples.has(d.low[s.a]) {
				// Not when someone else is named between the subject
				// and the fragment ("Roe listened as Holt took aim at
				// “…”"), and not after "Quoting Doe,", which names the
				// speaker.
				if j := before(x.persons, *ments, subj.b); j >= i && (*ments)[x.persons[j]].b == subj.b && !(j+1 < len(x.persons) && (*ments)[x.persons[j+1]].a < a) {
					i = j
				}
			}
			if j := d.asPersonPutIt(i, a, *ments, x); j >= 0 {
				// "survived by a son, Lars, and, as Roe put it, “…”": Roe
				out[qi] = x.persons[j]
				q.spkEnt, q.how = (*ments)[x.persons[j]].ent, "fragment-person"
			} else if subj.len() > 0 && subj.a == s.a && textNouns.has(d.low[subj.b-1]) && !d.isName(subj.b-1, subj.b) {
				q.spk, q.how = subj, "fragment-person" // "The Doe ad hits Roe for taking “…”": the ad
			} else if mainSubj && determiners.has(d.low[subj.a]) && d.headGroupOrRole(subj) && !d.isName(subj.b-1, subj.b) && !d.personIn(subj.b, a) {
				// "In rejecting a challenge to Doe's bid, the commission
				// recognized that … “…”": the subject, not a person named
				// in the fronted phrase.
				q.spk, q.how = subj, "fragment-person"
			} else if i < len(x.persons) && (*ments)[x.persons[i]].a < a && q.kind == annot.KindMixed {
				out[qi] = x.persons[i]
				q.spkEnt, q.how = (*ments)[x.persons[i]].ent, "fragment-person"
			}
		}
		if q.spk.len() == 0 && q.spkEnt < 0 && lastMent >= 0 && pa == lastMentPara && q.marks >= 0 {
			out[qi] = lastMent // the same speaker goes on in the same paragraph
			q.spkEnt, q.how = (*ments)[lastMent].ent, "same-paragraph"
		}
		if q.spk.len() == 0 && q.spkEnt < 0 && out[qi] < 0 && x.sole[pa] >= 0 {
			q.spkEnt, q.how = x.sole[pa], "sole-person" // the paragraph's only person
		}
		if q.spk.len() == 0 && q.spkEnt < 0 && out[qi] < 0 && lastMent >= 0 && pa-lastMentPara == 1 && q.marks >= 0 &&
			(*ments)[lastMent].ent < 0 && a == d.paras[pa].a {
			// "“…,” a spokesman said.¶“…”": a quotation opening the next
			// paragraph goes on with the unnamed speaker of the last one.
			out[qi], q.how = lastMent, "prev-paragraph"
		}
		if q.spk.len() == 0 && q.spkEnt < 0 && out[qi] < 0 && lastEnt >= 0 && pa-lastPara <= 1 {
			q.spkEnt, q.how = lastEnt, "last-speaker" // conversation continues
		}
		if q.spk.len() == 0 && q.spkEnt < 0 {
			// The nearest person named before it, within three paragraphs.
			if i := before(x.persons, *ments, a); i >= 0 && int(d.para[(*ments)[x.persons[i]].a]) >= pa-3 {
				q.spkEnt, q.how = (*ments)[x.persons[i]].ent, "nearest-person"
				q.conf *= 0.8
			}
		}
		h := -1 // the head of a thing written on that speaks
		if q.spk.len() == 1 && d.low[q.spk.a] == "it" {
			if np := d.displayBefore(q.spk.a); np.len() > 0 {
				q.spk, h = np, d.writtenHead(np) // "… a sign taped to the door. It read: “…”": the sign
			}
		} else if h = d.writtenHead(q.spk); h >= 0 && displayNouns[d.low[h]] {
			q.spk.b = h + 1 // "A sign on the door of a Charlottetown clinic read": the sign, not the town
		}
		if h >= 0 && heldNouns[d.low[h]] {
			if np := d.displayHolder(q.spk); np.len() > 0 {
				q.spk = np // "Jocelyn Mabini stood … holding a hand-lettered sign. It read: “…”": Mabini
			}
		}
		if q.spk.len() > 0 {
			mi := d.resolveNP(q.spk, ments, x, ents, lastEnt, lastPara)
			if e := d.titledBearer(mi, *ments, x, ents); e >= 0 {
				(*ments)[mi].ent = e // "Mayor Daniel Okafor …. His wife, Grace Okafor, said …. “…,” Mayor Okafor said"
			} else if e := d.namesakeOfAge(mi, *ments, x); e >= 0 {
				(*ments)[mi].ent = e // "Gisèle Thibodeau, 78, …. Her husband, Réjean Thibodeau, …. Thibodeau, who is 81, said"
			} else if e := d.seniorBearer(mi, *ments, x); e >= 0 {
				(*ments)[mi].ent = e // "Dale Mercer, 52, …. His son, Jordan Mercer, …. “…,” the younger Mercer said"
			} else if e := d.spokespersonNamedAfter(q.spk, mi, *ments, x); e >= 0 {
				// "a spokesperson for the minister said …. The spokesperson,
				// Kiran Dhaliwal, would not say": the phrase, not a name
				// inside it, is Dhaliwal
				if m := (*ments)[mi]; m.a != q.spk.a || m.b != q.spk.b {
					*ments = append(*ments, ment{a: q.spk.a, b: q.spk.b, typ: annot.MentionNominal, conf: 0.6})
					mi = len(*ments) - 1
					x.np[q.spk] = mi
				}
				(*ments)[mi].ent, (*ments)[mi].label = e, annot.LabelPerson
			} else if mi >= 0 && (q.verbatim() || d.onlyPersonInSentence(mi, *ments, x)) {
				// (a reported clause only when no one else is named in its
				// sentence: "Arseneau, whose father, Gérald Arseneau, …,
				// said" is not the one named there)
				if e := d.namesakeWhoSpoke(mi, *ments, ents, lastEnt, lastPara, spoke); e >= 0 && !d.otherGenderSubject(q, ents[e]) {
					(*ments)[mi].ent = e // "Her daughter, Shirley Tardiff, said …. ¶ “…,” Tardiff said"
				}
			}
			out[qi] = mi
			if mi >= 0 {
				ents = d.groupAntecedent(mi, *ments, ents, lastMent, lastMentPara)
				ents = d.theySubject(mi, *ments, ents)
				ents = d.itSubject(mi, *ments, ents, x, lastEnt, lastPara)
				ents = d.statementAntecedent(mi, *ments, ents, x)
				ents = d.descriptionAntecedent(mi, *ments, ents, lastMent, lastMentPara)
				ents = d.unnamedSubjectAntecedent(mi, ments, ents, x)
				q.spkEnt = (*ments)[mi].ent
			}
		} else if q.spkEnt >= 0 && out[qi] < 0 {
			out[qi] = x.nameBefore(q.spkEnt, a, *ments)
		}
		q.alts = d.altSpeakers(q, out[qi], x, *ments, lastMent, lastMentPara)
		d.rankSpeaker(q, &out[qi], cues, *ments, ents, rank)
		if q.cue >= 0 && cues[q.cue].attitude {
			// An attitude ("critics believe X", scope all) is no one
			// speaking: the quotes and pronouns after it go on with the
			// last speaker, as with the speech scope, which drops it.
			continue
		}
		if q.spkEnt >= 0 && ents[q.spkEnt].label == annot.LabelPerson {
			lastEnt, lastPara = q.spkEnt, int(d.para[b])
			spoke[q.spkEnt] = int(d.para[b]) + 1
		}
		if q.spkEnt >= 0 {
			x.issuer, x.issued = q.spkEnt, int(d.para[b])
		}
		if q.cue >= 0 && (q.spkEnt >= 0 || out[qi] >= 0) {
			if at := d.namesStatement(d.sents[d.sent[cues[q.cue].a]], q.spk); at >= 0 {
				x.stater, x.stated, x.statedAt, x.statedBy = q.spkEnt, int(d.para[b]), at, out[qi]
			} else if mi := out[qi]; mi >= 0 && (*ments)[mi].typ == annot.MentionNominal {
				// "according to a statement from her family": the
				// statement is the speaker.
				for i := (*ments)[mi].a; i < (*ments)[mi].b; i++ {
					if docNouns.has(d.low[i]) {
						x.stater, x.stated, x.statedAt, x.statedBy = q.spkEnt, int(d.para[b]), i, mi
						break
					}
				}
			}
		}
		if out[qi] >= 0 {
			lastMent, lastMentPara = out[qi], int(d.para[b])
			if m := (*ments)[lastMent]; m.typ == annot.MentionPronoun && m.ent >= 0 && (d.low[m.a] == "who" || d.low[m.a] == "which") {
				// The quotes that go on are the antecedent's: "Capt. Jo
				// Doe, who said X. “…”" is spoken by Capt. Jo Doe.
				if list := x.byEnt[m.ent]; len(list) > 0 {
					if i := before(list, *ments, m.a); i >= 0 {
						lastMent = list[i]
					}
				}
			}
		}
		x.lastSpk, x.spkPara = lastMent, lastMentPara
	}
	for qi := len(qs) - 1; qi >= 0; qi-- { // later first: a pull quote may repeat another
		if qj, ok := pulled[qi]; ok {
			out[qi] = out[qj]
			qs[qi].spkEnt, qs[qi].how = qs[qj].spkEnt, "pull-quote" // its confidence: score
		}
	}
	for qi := range qs {
		if e := d.sameWordsSpeaker(qs, qi, out[qi], *ments, ents); e >= 0 {
			(*ments)[out[qi]].ent, qs[qi].spkEnt = e, e
		} else if qj := d.headingWordsSource(qs, qi, out, *ments, ents, x); qj >= 0 {
			if m := &(*ments)[out[qi]]; m.typ == annot.MentionNominal && m.ent < 0 {
				m.ent, qs[qi].spkEnt = qs[qj].spkEnt, qs[qj].spkEnt // "Union says …" stays its speaker, who is the president
			} else {
				out[qi], qs[qi].spkEnt, qs[qi].how = out[qj], qs[qj].spkEnt, "pull-quote" // not the union by its name
			}
		}
	}
	return out, ents
}

// speaksFor reports whether person e can be the voice of the heading's
// speaker mention mi: a description or a group whose head is one of e's
// titles ("mayor" for Mayor Heather Gallant, "doctors" for Dr. Folake
// Adeyemi, "Union" for union president Stéphane Brouillette), or a body
// that e heads or speaks for by a title that names no other body ("local
// president Darnell Fitzgerald" for Unifor Local 4412; not "company CEO
// Roger Blaine" for the union, nor a worker, a nurse or a neighbour).
func (d *doc) speaksFor(e entity, mi int, ments []ment) bool {
	m := ments[mi]
	head := strings.TrimSuffix(d.low[m.b-1], "s")
	for w := range e.words {
		if w == head || titleWords[w] == head {
			return true
		}
	}
	if g := nounGender[head]; g != "" && g == genderOf(e) {
		return true // "Camrose woman tells court": a woman who says it
	}
	body := m.typ != annot.MentionNominal || placeKinds[head] != 0 || head == "government" || orgNoun(head) || head == "band"
	if !body {
		return false // a group ("Doctors", "Students") only by its own title
	}
	for _, w := range strings.Fields(strings.ToLower(e.name)) {
		if spokesNouns[w] {
			return true // an unnamed one: "a spokesperson for the minister"
		}
	}
	leader := false
	for w := range e.words {
		switch {
		case leaderTitles[w]:
			leader = true
		case orgNoun(w) || anyOrgNouns.has(w) || partyWords[w]:
			return false // "company CEO", "NDP press secretary": another body's
		}
	}
	return leader
}

// leaderTitles head or speak for a body.
var leaderTitles = map[string]bool{"president": true, "chief": true, "minister": true, "premier": true, "mayor": true, "spokesperson": true,
	"spokesman": true, "spokeswoman": true, "secretary": true, "director": true, "chair": true, "chairperson": true, "ceo": true, "leader": true}

// partyWords name parties before a title ("NDP press secretary").
var partyWords = map[string]bool{"ndp": true, "liberal": true, "conservative": true, "tory": true, "green": true, "opposition": true}

// deniesRun reports a negation or a claim put to others within the four
// words before the run words in ws: "We are not bargaining in bad faith",
// "They claim it will save taxpayers money", "Some students call it a
// slap in the face, but …".
func deniesRun(ws, words []string) bool {
	for i := 0; i+len(words) <= len(ws); i++ {
		if !slices.Equal(ws[i:i+len(words)], words) {
			continue
		}
		for j := max(0, i-4); j < i; j++ {
			switch ws[j] {
			case "not", "n't", "never", "no", "claim", "claims", "call", "calls", "hear":
				return true
			}
		}
	}
	return false
}

// headingWordsSource is the later quote whose speaker, a person, said in
// their own words what a headline or a crosshead quotes a body or a
// group as saying: "Union says STM ‘left us no choice’" over "“… The
// STM left us no choice,” said union president Stéphane Brouillette";
// "Dentists say paperwork has become ‘a second job’" over Dr. Harold
// Obi's "“It's a second job.”". The quoted words, two or more, must run
// on in that quote's; two people saying them make it no one's. Else -1.
func (d *doc) headingWordsSource(qs []quote, qi int, out []int, ments []ment, ents []entity, x *mentIndex) int {
	q := &qs[qi]
	if mi := out[qi]; mi < 0 || ments[mi].ent >= 0 && ents[ments[mi].ent].label == annot.LabelPerson || ments[mi].typ == annot.MentionPronoun {
		return -1
	}
	line, ok := d.shortLineAt(q.first(), q.last()+1, 30)
	if !ok || line.a == q.first() && !d.beforeBody(q.first()) || !d.headlineLike(line) {
		return -1 // a headline, a deck or a crosshead that names who says it: not a sentence of the story
	}
	words := d.markedWords(q)
	if len(words) < 2 {
		return -1
	}
	found := -1
	var run []string
	for qj := qi + 1; qj < len(qs) && qj-qi <= 60; qj++ { // (a bounded look)
		r := &qs[qj]
		if !r.verbatim() || r.spkEnt < 0 || ents[r.spkEnt].label != annot.LabelPerson || out[qj] < 0 || d.beforeBody(r.first()) {
			continue
		}
		run = d.quotedWords(r, run[:0])
		if containsRun(run, words) && !deniesRun(run, words) && d.speaksFor(ents[r.spkEnt], out[qi], ments) {
			if found >= 0 && qs[found].spkEnt != r.spkEnt {
				return -1
			}
			if found < 0 {
				found = qj
			}
		}
	}
	if found >= 0 {
		for _, mi := range x.byEnt[qs[found].spkEnt] {
			if m := ments[mi]; m.a >= line.a && m.b <= line.b {
				return -1 // the line names them as another than the one who says it: "Republicans' reaction to Trump: 'Is that all there is?'"
			}
		}
	}
	return found
}

// sameWordsSpeaker is the named speaker of another direct quote, within
// ten paragraphs, that holds the words quoted in quote qi, when qi's
// speaker is someone left unnamed ("with one senator calling the program
// “a benefit in name only” … “I don't know how to describe that except as
// a benefit in name only,” said Sen. Eleanor MacAulay-Fisher"): the same
// words are the same person's, when the description's head is one of
// their titles or roles and it does not keep the speaker anonymous. Else
// -1.
func (d *doc) sameWordsSpeaker(qs []quote, qi, mi int, ments []ment, ents []entity) int {
	q := &qs[qi]
	if q.kind != annot.KindMixed || mi < 0 || ments[mi].ent >= 0 || ments[mi].typ != annot.MentionNominal || !newReferent(d.low[ments[mi].a]) && d.low[ments[mi].a] != "one" {
		return -1 // (words a whole quote shares with another are too often a stock phrase: "I don't know")
	}
	for i := ments[mi].a + 1; i < ments[mi].b && !prepositions.has(d.low[i]); i++ {
		if docNouns.has(d.low[i]) || textNouns.has(d.low[i]) {
			return -1 // not "A letter to committee members", which quotes others
		}
	}
	head := d.headNoun(rng{ments[mi].a, ments[mi].b})
	if b := ments[mi].b; b+1 < len(d.toks) && d.low[b] == "," && relativePronouns[d.low[b+1]] {
		for i := b + 2; i < len(d.toks) && i < b+14 && d.low[i] != "," && !d.endsSentence(i); i++ {
			if w := d.low[i]; d.quote[i] < 0 && (w == "named" || w == "anonymity" || w == "identified" || w == "name") {
				return -1 // "one senator, who asked that his name not be used": someone else than any senator named
			}
		}
	}
	words := d.markedWords(q)
	if len(words) < 4 {
		return -1
	}
	pa := int(d.para[q.first()])
	found := -1
	var run []string
	// the quotes within ten paragraphs each way, at most 40 each way (a
	// bounded look: detection stays linear in the number of quotes)
	lo, hi := qi, qi
	for lo > 0 && qi-lo < 40 && pa-int(d.para[qs[lo-1].first()]) <= 10 {
		lo--
	}
	for hi+1 < len(qs) && hi-qi < 40 && int(d.para[qs[hi+1].first()])-pa <= 10 {
		hi++
	}
	for qj := lo; qj <= hi; qj++ {
		r := &qs[qj]
		if qj == qi || !r.verbatim() || r.spkEnt < 0 || ents[r.spkEnt].label != annot.LabelPerson ||
			r.first() <= q.last() && q.first() <= r.last() {
			continue // (not an answer that quotes the words itself: "One man told me, “…”")
		}
		if !ents[r.spkEnt].words[head] && !slices.Contains(ents[r.spkEnt].roles, head) {
			continue // "one senator" is a senator ("Sen. Eleanor MacAulay-Fisher"), not the mayor or the minister who repeats the words
		}
		if containsRun(d.quotedWords(r, run[:0]), words) {
			if found >= 0 && found != r.spkEnt {
				return -1 // two people said them
			}
			found = r.spkEnt
		}
	}
	return found
}

// displayBefore is the last thing written on that the sentence before
// token p, in its paragraph, or its own sentence before p has as its
// subject or as the object of a verb of holding ("The sign taped to the
// door was written in marker.", "Doe wore a shirt."), or names last in a
// list ("…, a few pallets and a cardboard sign nailed to a tree."): what
// "it" stands for when it reads or says a quotation. Else empty.
func (d *doc) displayBefore(p int) rng {
	from := d.sents[d.sent[p]].a
	if si := d.sent[p] - 1; si >= 0 && d.para[d.sents[si].a] == d.para[p] {
		from = d.sents[si].a
	}
	found := rng{}
	for j := from; j < p; j++ {
		if !articles.has(d.low[j]) || j > 0 && d.sent[j-1] == d.sent[j] && d.low[j-1] != "," && !d.lastOfList(j-1) && !holdingVerbs[d.low[j-1]] {
			continue
		}
		if k := d.headAfterArticle(j, p, func(k int) bool {
			return displayNouns[d.low[k]] && (d.posAt(k).IsNoun() || k == j+1) && !d.displayCompound(k, p)
		}); k >= 0 {
			found = rng{j, k + 1}
		}
	}
	return found
}

// lastOfList reports an "and" at k that closes a list of three or more,
// a comma before it within seven tokens but not right before it: "a
// patch of grass, a few pallets and a cardboard sign" (not "by a man in
// a parka and a hat", nor a clause's ", and a poster hung").
func (d *doc) lastOfList(k int) bool {
	if d.low[k] != "and" || k < 2 || d.low[k-1] == "," {
		return false
	}
	return d.commaIn(max(k-7, d.sents[d.sent[k]].a), k-1)
}

// displayCompound reports a noun after the display noun at k, before p,
// that makes it a modifier ("the sign language interpreter"); not a verb
// the tagger read as a plural noun before a preposition ("A sign hangs
// on the door").
func (d *doc) displayCompound(k, p int) bool {
	return k+1 < p && d.posAt(k+1).IsNoun() && !(d.posAt(k+1) == syntax.NNS && k+2 < p && prepositions.has(d.low[k+2]))
}

// spokespersonOf is the organisation a spokesperson named by no body of
// their own speaks for: the one the sentence before, in the paragraph, is
// about ("Acute Care Alberta, which oversees hospital services, declined
// to comment. In an email, a spokesperson said"); else -1. Not a news
// outlet ("The Canadian Press reported it. A spokesperson said").
func (d *doc) spokespersonOf(np rng, ments []ment, x *mentIndex, ents []entity) int {
	if w := d.low[np.a]; np.len() > 3 || !spokesNouns[d.low[np.b-1]] || w != "a" && w != "an" && w != "the" || len(x.words[d.low[np.b-1]]) > 0 {
		return -1 // (not over a spokesman the article named: "Acme spokesman Jo Roe said … The spokesman said")
	}
	if l := x.lastSpk; d.low[np.a] == "the" && l >= 0 && ments[l].ent >= 0 && ments[l].typ == annot.MentionNominal && ments[l].b <= np.a && int(d.para[np.a])-x.spkPara <= 1 &&
		d.indefiniteAt(ments[l].a) && d.low[ments[l].b-1] == d.low[np.b-1] {
		return ments[l].ent // "In a statement, a spokesperson said X. ¶ The spokesperson added Y": the body the first stood for
	}
	mi := d.previousSubjectIn(np.a, ments, x.orgs)
	if mi < 0 || ments[mi].ent < 0 || d.para[ments[mi].a] != d.para[np.a] || outletWords[d.low[ments[mi].b-1]] {
		return -1
	}
	m := ments[mi]
	if m.b < len(d.low) && (d.low[m.b] == "and" || d.low[m.b] == "or") || m.a > 0 && (d.low[m.a-1] == "and" || d.low[m.a-1] == "or") {
		return -1 // "Shell and BP both reported lower profits": either
	}
	k := m.b
	for k < len(d.low) && k < m.b+4 && d.capital(k) {
		k++ // (the rest of a name the tagger cut: "The" of "The New York Times")
	}
	if ents[m.ent].gaz&ner.GazNews != 0 || namewords.Masthead(d.low[k-1]) {
		return -1 // "The Hamilton Spectator reported the closure": an outlet
	}
	for j := k; j < len(d.low) && j < k+2; j++ {
		if outletVerbs[d.low[j]] && (d.low[j-1] == "first" || j+1 < len(d.low) && (d.low[j+1] == "that" || d.low[j+1] == "first")) {
			return -1 // "The Logic reported that Shopify …", "first reported the deal": an outlet
		}
	}
	return m.ent
}

// reportAuthor is the organisation whose report (study, memo, survey …)
// "the report" is: the one the article tied to the last report it named
// (authorAt), looking back at most maxLookBack tokens; else -1, and -1
// when a report named since has no author ("a new report"). A report
// named by its title in this paragraph or the one before is itself the
// speaker ("… its quarterly Monetary Policy Report. The report warns").
// "A poll" is the one its own phrase ties to it: "A poll released by
// Tidewater Research found".
func (d *doc) reportAuthor(np rng, ments []ment, x *mentIndex) int {
	head := d.low[np.b-1]
	if !reportNouns[head] && head != "release" || np.len() > 3 || np.len() == 3 && (d.low[np.a] != "the" || d.capital(np.a+1) || np.b >= len(d.low) || d.low[np.b] != ",") {
		return -1 // (a news release as a report: "according to a Department of Health news release. … The release says"; but "The biomonitoring study, carried out by …")
	}
	if np.len() == 2 && (d.low[np.a] == "a" || d.low[np.a] == "an") {
		return d.authorAt(np.b-1, ments, x) // "A poll released in November by Tidewater Research found": the firm
	}
	if d.low[np.a] != "the" {
		return -1
	}
	if np.b < len(d.low) && d.low[np.b] == "," {
		if e := d.authorAt(np.b-1, ments, x); e >= 0 {
			return e // "The report, released Tuesday by the Health Quality Council of Alberta, found"
		}
	}
	for j := np.a - 1; j >= 0 && np.a-j < maxLookBack; j-- {
		if d.low[j] != head || d.quote[j] >= 0 {
			continue
		}
		if i := before(x.orgs, ments, j+1); d.org[j] && i >= 0 && ments[x.orgs[i]].b == j+1 && int(d.para[np.a])-int(d.para[j]) <= 1 {
			return ments[x.orgs[i]].ent // a report named by its title: "… released its quarterly Monetary Policy Report. The report warns …"
		}
		if e := d.authorAt(j, ments, x); e >= 0 {
			return e
		}
		if e := d.frontedTextSpeaker(j, ments, x); e >= 0 {
			return e // "In a memo to council, transit director Jo Doe said …. According to the memo, …": Doe
		}
		if e := x.resolvedTextAt(j, ments); e >= 0 && len(x.byEnt[e]) > 0 {
			return e // "The agency's report, released Tuesday, found …" (resolved to Statistics Canada) …. "The report found": the same, one named
		}
		if k := j - 1; k >= 0 && (newReferent(d.low[k]) || d.low[k] == "new" || d.indefiniteBefore(j)) {
			return -1 // "a new report", "a rival report" that no one is named for
		}
	}
	if !studyNoun(head) || investigationNouns[head] {
		return -1
	}
	// No report of the same word: a study named by another study word in
	// this paragraph or the one before, whose author the article gave
	// ("The survey, conducted by the Larkspur Institute, found X. Y, the
	// report says").
	for j := np.a - 1; j >= 0 && np.a-j < maxLookBack && int(d.para[np.a])-int(d.para[j]) <= 1; j-- {
		if d.low[j] != head && studyNoun(d.low[j]) && !investigationNouns[strings.TrimSuffix(d.low[j], "s")] && d.quote[j] < 0 {
			return d.authorAt(j, ments, x) // (a written study, not "an investigation into the crash")
		}
	}
	return -1
}

// resolvedTextAt is the entity of a speaker mention already resolved that
// ends in the text's noun at j ("The agency's report"), else -1. The
// mentions are indexed by their end as they are added, so that a long
// article's many reports stay linear.
func (x *mentIndex) resolvedTextAt(j int, ments []ment) int {
	if x.byEnd == nil {
		x.byEnd = map[int][]int{}
	}
	for ; x.endsSeen < len(ments); x.endsSeen++ {
		b := ments[x.endsSeen].b
		x.byEnd[b] = append(x.byEnd[b], x.endsSeen)
	}
	for _, mi := range x.byEnd[j+1] {
		if m := ments[mi]; m.a < j && m.ent >= 0 {
			return m.ent
		}
	}
	return -1
}

// officeOf is the person whose office np is, by a possessive pronoun:
// "his office", "her office" speak for the one the pronoun stands for, as
// a spokesperson does; else -1.
func (d *doc) officeOf(np rng, ments []ment, ents []entity, x *mentIndex, lastEnt, lastPara int) int {
	if np.len() != 2 || d.low[np.a+1] != "office" || d.low[np.a] != "his" && d.low[np.a] != "her" {
		return -1
	}
	e := d.resolvePronoun(np.a, ments, ents, x, lastEnt, lastPara)
	if e < 0 || ents[e].label != annot.LabelPerson {
		return -1
	}
	if i := before(x.byEnt[e], ments, np.a); i >= 0 {
		if m := ments[x.byEnt[e][i]]; d.sent[m.a] == d.sent[np.a] && m.a-2 >= 0 && d.low[m.a-1] == "," && kinNouns.has(d.low[m.a-2]) {
			return -1 // a relative named in its sentence: "The minister's son, Kyle Petrie, was charged, his office said" is the minister's office
		}
	}
	return e
}

// frontedTextSpeaker is who speaks through the text noun at token j
// in the phrase that opens its sentence ("In a memo to regional council
// released Tuesday, transit director Jo Doe said"): the person or
// organisation named right after the phrase's comma, before "said"; else
// -1.
func (d *doc) frontedTextSpeaker(j int, ments []ment, x *mentIndex) int {
	s := d.sents[d.sent[j]]
	if d.low[s.a] != "in" || j > s.a+3 {
		return -1
	}
	c := d.afterFrontedPP(s, s.b) - 1
	if c <= j || d.low[c] != "," {
		return -1
	}
	for _, list := range [][]int{x.persons, x.orgs} {
		i := before(list, ments, c+1) + 1
		if i >= len(list) {
			continue
		}
		if m := ments[list[i]]; m.a-c <= 4 && m.b < s.b && sayForms.has(d.low[m.b]) && d.modifiersOnly(c+1, m.a) {
			return m.ent
		}
	}
	return -1
}

// authorAt is the organisation tied to the report noun at token j, else
// -1: one after "by" or "from" right after the noun or after a verb of
// writing ("a report by the institute", "The Metrolinx audit by the
// auditor general", "a review commissioned by Hockey Canada and conducted
// by Henein Hutchison"; not "commissioned by", "criticized by" or
// "obtained by" alone); else one naming it as a modifier ("the Quinnipiac
// University poll", "Acme's memo"); else the subject that released it.
// Not what the report is about ("an audit of Hydro One").
func (d *doc) authorAt(j int, ments []ment, x *mentIndex) int {
	lo := before(x.orgs, ments, j-8) + 1
	hi := before(x.orgs, ments, j+12)
	for i := lo; i <= hi; i++ {
		m := ments[x.orgs[i]]
		k := m.a - 1
		for n := 0; k > j && n < 3 && !d.isPunct(k) && (strings.HasSuffix(d.low[k], "-based") || !d.capital(k) && (d.posAt(k).IsNoun() || d.posAt(k).IsAdjective())); n++ {
			k-- // "by Moncton-based Tidewater Research", "by the polling firm Narwhal Insights"
		}
		if k > j && d.low[k] == "the" {
			k--
		}
		if k > j && (d.low[k] == "by" || d.low[k] == "from") && d.writtenBy(j, k) {
			return m.ent // "a report by the Prairie Health Policy Institute"
		}
	}
	if j+1 < len(d.low) && d.low[j+1] == "by" {
		return -1 // "The Metrolinx audit by the auditor general": its author, no organisation named
	}
	for i := hi; i >= lo; i-- {
		m := ments[x.orgs[i]]
		switch {
		case m.b == j || m.b+1 <= j && j-m.b <= 4 && possessiveMark(d.low[m.b]) && d.modifiersOnly(m.b+1, j) || j-m.b == 1 && d.modifiersOnly(m.b, j):
			return m.ent // "the Quinnipiac University poll", "Acme's internal memo", "the Ministry of Agriculture's weekly crop report", "a Department of Health news release"
		case m.b < j && m.b+1 < j && publishVerbs[d.low[m.b]] && j-m.b <= 5 && !d.isPunct(m.b+1):
			return m.ent // "The institute released a report"
		}
	}
	return -1
}

// modifiersOnly reports adjectives and nouns in lower case, or nothing,
// in tokens [a, b): "weekly crop" before "report".
func (d *doc) modifiersOnly(a, b int) bool {
	for i := a; i < b; i++ {
		if p := d.posAt(i); d.capital(i) || d.quote[i] >= 0 || !(p.IsAdjective() || p.IsNoun() || p == syntax.RBS && i+1 < b) { // (and "most recent")
			return false
		}
	}
	return true
}

// writtenBy reports that the words between the report noun at j and the
// preposition at k leave the one after it its author: no verb, or a verb
// of writing last ("conducted by", "prepared for the city by"); not
// another verb ("commissioned by", "criticized by", "obtained by").
func (d *doc) writtenBy(j, k int) bool {
	if k-j > 8 {
		return false
	}
	verb := ""
	for i := j + 1; i < k; i++ {
		if w := d.low[i]; d.posAt(i).IsVerb() || strings.HasSuffix(w, "ed") {
			verb = w
		}
	}
	return verb == "" || writingVerbs[verb]
}

var (
	reportNouns  = wordSet(`report study memo survey poll audit analysis summary review`)
	writingVerbs = wordSet(`written prepared conducted produced published released issued led compiled authored done
		carried posted`)
	publishVerbs = wordSet(`released releases published publishes issued issues posted`)
)

// outletVerbs tell a news outlet by what it does: "first reported the
// deal", "reported that …" (a firm reports its profit).
var outletVerbs = wordSet(`reported reports revealed broke published`)

var spokesNouns = wordSet(`spokesperson spokesman spokeswoman`)

// bareTitle reports a title at token t that no word before it ties to
// another body than the one phrase np names: only words of np ("authority
// spokesperson Mira Lafontaine" after "a spokesperson for Saskatchewan's
// health authority", "the minister's press secretary"), back to a
// punctuation mark, "the", "a" or the sentence's start ("“…,”
// spokesperson Hannah Lindqvist wrote"; not "clinic spokesperson",
// "Opposition spokesperson", "NDP press secretary").
func (d *doc) bareTitle(t int, np rng) bool {
	for j := t - 1; j >= 0 && j >= t-4; j-- {
		w := d.low[j]
		if d.isPunct(j) && !possessiveMark(w) || w == "the" || w == "a" || w == "his" || w == "her" || w == "its" || speechVerbAfter[w] {
			return true // (and after the verb: "“…,” wrote spokesperson Mira Lafontaine")
		}
		if possessiveMark(w) || officialKinds.has(w) && j == t-1 {
			continue // ("department spokesperson Claire Beaudoin" for a federal department)
		}
		found := false
		for k := np.a; k < np.b && !found; k++ {
			found = d.low[k] == w
		}
		if !found {
			return false
		}
	}
	return t == 0
}

// speechVerbAfter are the verbs after a name that make it the one who
// says or writes the words before ("… press secretary Jo Doe wrote").
var speechVerbAfter = map[string]bool{"said": true, "says": true, "wrote": true, "writes": true, "added": true, "told": true, "stated": true}

// indefiniteAt reports "a" or "an" at token i.
func (d *doc) indefiniteAt(i int) bool { return d.low[i] == "a" || d.low[i] == "an" }

// spokespersonNamedAfter is the person the article names, in the two
// sentences after speaker phrase np's and no further than the next
// paragraph, as the spokesperson (the same noun, or "spokesperson" on one
// side) that np, "a spokesperson (for …)", describes (mi, np's mention,
// not already a person): "The spokesperson, Kiran Dhaliwal, would not say
// …", "Kiran Dhaliwal, the spokesperson, said", and in the next paragraph
// "spokesperson Émilie Charbonneau said"; also the office of np, "The
// minister's office said in an email …", by the spokesperson or press
// secretary the next paragraph has say or write its words. A title that
// words before it tie to another body is not np's (bareTitle). Else -1.
func (d *doc) spokespersonNamedAfter(np rng, mi int, ments []ment, x *mentIndex) int {
	office := d.headNoun(np) == "office" && (d.low[np.a] == "the" || d.possessivePronoun(np.a))
	if mi < 0 || ments[mi].ent >= 0 && ments[mi].label == annot.LabelPerson || !office && (!d.indefiniteAt(np.a) && !(np.a > 0 && d.indefiniteAt(np.a-1)) || !spokesNouns[d.headNoun(np)]) {
		return -1
	}
	m := ments[mi]
	end := d.sents[d.sent[m.a]].b
	for n := 0; n < 2 && end < len(d.toks); n++ {
		end = d.sents[d.sent[end]].b
	}
	if pa := int(d.para[m.a]) + 1; pa < len(d.paras) && d.paras[pa].b < end {
		end = d.paras[pa].b // its paragraph and the next
	}
	noun := d.headNoun(np)
	same := func(w string) bool { return w == noun || w == "spokesperson" || noun == "spokesperson" }
	for i := before(x.persons, ments, m.b) + 1; i < len(x.persons) && ments[x.persons[i]].a < end; i++ {
		p := ments[x.persons[i]]
		if p.ent < 0 || p.a < m.b || p.typ != annot.MentionName {
			continue
		}
		if p.a >= 4 && d.low[p.a-1] == "," && spokesNouns[d.low[p.a-2]] && same(d.low[p.a-2]) && d.low[p.a-3] == "the" && p.b < end && d.low[p.b] == "," {
			return p.ent // "The spokesperson, Kiran Dhaliwal,"
		}
		if p.a >= 1 && spokesNouns[d.low[p.a-1]] && same(d.low[p.a-1]) && !d.capital(p.a-1) && (p.a < 2 || !possessiveMark(d.low[p.a-2])) && d.para[p.a] != d.para[m.a] && d.bareTitle(p.a-1, np) {
			return p.ent // "…,” spokesperson Hannah Lindqvist wrote", in the paragraph after
		}
		if office && p.a >= 2 && d.para[p.a] == d.para[m.a]+1 && !d.capital(p.a-1) && (p.b < len(d.low) && speechVerbAfter[d.low[p.b]] || p.a >= 2 && speechVerbAfter[d.low[p.a-2]]) &&
			(spokesNouns[d.low[p.a-1]] && d.bareTitle(p.a-1, np) || d.low[p.a-2] == "press" && d.low[p.a-1] == "secretary" && d.bareTitle(p.a-2, np)) {
			return p.ent // "The minister's office said in an email …. ¶ “…,” press secretary Jordan Whitcombe wrote"
		}
		if p.b+3 < end && d.low[p.b] == "," && d.low[p.b+1] == "the" && spokesNouns[d.low[p.b+2]] && same(d.low[p.b+2]) && d.low[p.b+3] == "," {
			return p.ent // "Kiran Dhaliwal, the spokesperson,"
		}
	}
	return -1
}

// possessivePronoun reports a pronoun at j that is a possessive, "his" or
// "her" before a noun or an adjective ("her depression"), not an object
// ("hired her on the spot"), which stands for someone else than the
// subject.
func (d *doc) possessivePronoun(j int) bool {
	switch d.low[j] {
	case "his", "its", "their":
		return true
	case "her":
		return j+1 < len(d.low) && (d.posAt(j+1).IsNoun() || d.posAt(j+1) == syntax.JJ)
	}
	return false
}

// holdingVerbs take a thing written on as their object ("wore a shirt").
var holdingVerbs = wordSet(`held holding holds hold carried carrying carries carry wore wearing wears wear hoisted
	hoisting waved waving displayed displaying posted posting raised raising put`)

// heldNouns are the things written on that someone holds up or wears,
// whose words are theirs when the text says who: signs, not billboards.
var heldNouns = wordSet(`sign signs banner banners placard placards poster posters shirt shirts t-shirt t-shirts hat hats`)

// displayHolder is who holds up or wears the sign (banner, shirt) np, as
// its own sentence says: the phrase after "held (up) by" right after it
// ("A sign held up by a group of fans read"), or, before a verb of holding
// right before it, the phrase that can hold it right before the verb ("a
// woman holding a sign") or the sentence's subject ("Jo Doe stood on the
// sidewalk holding a sign", "Protesters carried signs"), when people; else
// empty.
func (d *doc) displayHolder(np rng) rng {
	s := d.sents[d.sent[np.a]]
	j := np.b
	if j+1 < s.b && holdingVerbs[d.low[j]] && (d.low[j+1] == "by" || d.low[j+1] == "up" && j+2 < s.b && d.low[j+2] == "by") {
		j++
		if j < s.b && d.low[j] == "up" {
			j++
		}
		if j < s.b && d.low[j] == "by" {
			h := d.rightNP(j+1, s.b)
			if h.len() == 0 || !d.canHold(h) {
				return rng{} // "A banner held up by two poles": the banner
			}
			if h.len() > 0 && h.b+1 < s.b && collectiveHeads[d.low[h.b-1]] && d.low[h.b] == "of" {
				g := h.b + 1
				if np := d.rightNP(g, s.b); np.len() > 0 {
					g = np.b
				}
				for g < s.b && !d.capital(g) && d.posAt(g).IsNoun() && d.quote[g] < 0 {
					g++
				}
				if g > h.b+1 {
					h.b = g // "a group of Dauphin fans"
				}
			}
			return h
		}
		return rng{}
	}
	v := np.a - 1
	if v > s.a && holdingVerbs[d.low[v]] && d.quote[v] < 0 && !d.isPunct(v-1) && d.posAt(v-1).IsNoun() {
		// "walked past a woman holding a sign": the one holding it, right
		// before the verb, not the sentence's subject
		if h := d.leftNP(v-1, s.a); h.len() > 0 && h.b == v && h.a > s.a && !heldNouns[d.headNoun(h)] &&
			(d.canHold(h) || d.posAt(h.a-1).IsVerb()) {
			return h // (a verb's object: "captured a protester carrying a sign"; not a place: "stood on the sidewalk holding")
		}
	}
	if v <= s.a || !holdingVerbs[d.low[v]] || d.quote[v] >= 0 {
		if d.low[np.a] == "the" && np.a == s.a {
			// "Protesters carried signs. The signs read": who held them
			// in the sentence before, in the same paragraph.
			if ps, ok := d.sentenceBefore(np.a); ok && d.para[ps.a] == d.para[np.a] {
				head := d.low[np.b-1]
				for k := ps.a + 1; k < ps.b; k++ {
					if d.low[k] == head && d.quote[k] < 0 {
						a := k
						for a-1 > ps.a && (articles.has(d.low[a-1]) || d.posAt(a-1).IsAdjective()) {
							a--
						}
						return d.displayHolder(rng{a, k + 1})
					}
				}
			}
		}
		return rng{}
	}
	if h := d.sentenceSubject(s, v); h.len() > 0 && h.b <= v && d.canHold(h) {
		return h // "Workers at Acme Corp. stood at the gate holding signs": the workers
	}
	return rng{}
}

// canHold reports a phrase for people who can hold up a sign: a name, a
// role or a person's noun, a group ("a group of fans", "protesters"); not
// a thing ("two poles", "Homes along Elm Street").
func (d *doc) canHold(np rng) bool {
	h := d.headNoun(np)
	return d.canSpeak(np) || personNouns.has(h) || groupNouns.has(h) || collectiveHeads[h] || pluralNoun(h) && (d.groupHead(np) || agentNoun(h))
}

// agentNoun reports a plural noun of people by what they do, by its
// ending: "protesters", "residents", "demonstrators", "cyclists",
// "participants" (not "storefronts", "homes", "poles").
func agentNoun(h string) bool {
	for _, e := range []string{"ers", "ors", "ists", "ants", "ents"} {
		if strings.HasSuffix(h, e) && len(h) > len(e)+2 {
			return true
		}
	}
	return false
}

// collectiveHeads are nouns of a group whose members follow "of" ("a group
// of fans", "a crowd of protesters").
var collectiveHeads = wordSet(`group groups crowd couple pair handful dozen dozens number`)

// nameBefore returns entity ent's nearest name mention before token a,
// else its first, else -1.
func (x *mentIndex) nameBefore(ent, a int, ments []ment) int {
	list := x.byEnt[ent]
	if i := before(list, ments, a); i >= 0 {
		return list[i]
	} else if len(list) > 0 {
		return list[0]
	}
	return -1
}

// pullQuoteSource returns the later quote that quote qi, a paragraph of
// its own with no attribution (or one labelled "Q&A:", or the quote
// opening a headline before a colon), repeats as a pull quote or crosshead (‘That’s not recovery. That’s waiting.’ over “That’s
// not recovery,” Doe said. “That’s waiting. …”), within ten paragraphs; -1
// when none does. Its words, five or more (as plainWord writes them), must
// run on in the quotes (in marks, or an interview's answers) of one later
// paragraph,
// and in none of the quotes of the three paragraphs before it (“We will
// not close the rink,” she said.¶“We will not close the rink.” repeats her).
func (d *doc) pullQuoteSource(qs []quote, qi int, cues []cue) int {
	q := &qs[qi]
	if q.marks < 0 || len(q.parts) != 1 {
		return -1
	}
	pa := d.para[q.first()]
	p := d.paras[pa]
	if s := d.sents[d.sent[q.first()]]; s.a == q.first() && s.a > p.a && d.toks[s.a].Gap >= tokens.Newline {
		p = rng{s.a, p.b} // a line of its own opening with the quotation: "'It came over the ridge': Hundreds flee …"
		if e := d.sents[d.sent[q.first()]].b; e < p.b {
			p.b = e
		}
	}
	headline := false
	if p.a == q.first() && q.last()+2 < p.b {
		// A headline ends with its line: a pasted page's deck, on the
		// next line, carries on its sentence.
		line := p
		for k := q.last() + 1; k < line.b; k++ {
			if d.toks[k].Gap >= tokens.Newline {
				line.b = k
				break
			}
		}
		next := d.low[q.last()+1]
		headline = (next == ":" || sayForms.has(next) || next == "," && q.last()+2 < line.b && sayForms.has(d.low[q.last()+2])) && d.headlineLike(line)
	}
	if (q.spk.len() > 0 || q.cue >= 0) && !(headline && q.cue >= 0 && cues[q.cue].a > q.last() && !d.personIn(cues[q.cue].subj.a, cues[q.cue].subj.b)) {
		return -1 // attributed, unless a headline's quote whose cue follows it ("‘Our freezers are empty’: hunters say support lags")
	}
	if !(p.b == q.last()+1 || headline || d.ownLine(q)) ||
		p.a != q.first() && !(p.a+2 == q.first() && d.low[p.a+1] == ":" && headlineLabels.has(d.low[p.a])) {
		// not a paragraph of its own, one labelled "Q&A: ‘…’", or one
		// opening a headline ("‘You pack what you can carry’: evacuees
		// wait out wildfire"; "‘We left with what we could carry,’ says
		// elder as …")
		return -1
	}
	if words := d.quotedWords(q, nil); len(words) >= 5 || len(words) >= 3 && d.crosshead(q) { // (a repeat of more than "I don't know", "Save our school!", but a crosshead's "'I'd strike too'")
		if qj := d.repeatedQuote(qs, qi, words, headline); qj != -1 {
			return max(qj, -1)
		}
	}
	if d.crosshead(q) {
		// A crosshead no later quote repeats ("'Nobody knocked on our
		// door'" over a section): whoever its section first quotes in
		// their own words, else whoever it first reports; never a
		// document ("Court documents show …").
		first := -1
		for qj := qi + 1; qj < len(qs) && d.para[qs[qj].first()]-pa <= 3; qj++ {
			r := &qs[qj]
			if d.crosshead(r) {
				break
			}
			if r.cue < 0 && r.spk.len() == 0 && r.marks >= 0 {
				continue
			}
			if r.spk.len() > 0 {
				h := d.headNoun(r.spk)
				if d.writtenHead(r.spk) >= 0 || textObject(strings.TrimSuffix(h, "s")) || recordNouns[h] {
					continue // (not "Court documents show …")
				}
				if !d.personIn(r.spk.a, r.spk.b) && orgNoun(h) {
					continue // a person's words: not "Police said officers had gone door to door"
				}
			}
			if r.marks >= 0 || r.kind == annot.KindMixed {
				return qj // in their own words
			}
			if first < 0 {
				first = qj
			}
		}
		return first
	}
	return -1
}

// repeatedQuote is the later quote, within the limit of paragraphs, whose
// paragraph's quotes run on with words (a pull quote's source); -1 when
// none does; -2 when the three paragraphs before already quote them (a
// speaker repeating their own words, no pull quote).
func (d *doc) repeatedQuote(qs []quote, qi int, words []string, headline bool) int {
	pa := d.para[qs[qi].first()]
	limit := int32(10)
	if headline {
		limit = 25 // a headline's: a pasted page's byline, caption and share lines come between it and the story
	}
	var run []string
	for qj := qi - 1; qj >= 0 && pa-d.para[qs[qj].first()] <= 3; qj-- {
		if qs[qj].marks >= 0 && containsRun(d.quotedWords(&qs[qj], run[:0]), words) {
			return -2 // a speaker repeating their own words: it goes on with the last speaker
		}
	}
	for qj := qi + 1; qj < len(qs); qj++ {
		pj := d.para[qs[qj].first()]
		if pj == pa || !qs[qj].verbatim() {
			continue
		}
		if pj-pa > limit {
			break
		}
		run = run[:0]
		first := qj
		for k := qj; k < len(qs) && d.para[qs[k].first()] == pj; k++ {
			if qs[k].verbatim() {
				run = d.quotedWords(&qs[k], run)
			}
		}
		if containsRun(run, words) && !(len(run) == len(words) && qs[first].cue < 0) {
			// (not a bare copy of the headline: "Share this Story :
			// ‘…’: headline", whose nearest name is a photo credit)
			return first
		}
		for qj+1 < len(qs) && d.para[qs[qj+1].first()] == pj {
			qj++
		}
	}
	return -1
}

// quotedLater reports that the words of quote q run on inside the
// quotation marks of the next 25 paragraphs: "'We know the drill'" over
// “We know the drill. This is the third time,” Gravel said.
func (d *doc) quotedLater(q *quote) bool {
	words := d.quotedWords(q, nil)
	if len(words) == 0 {
		return false
	}
	pa := d.para[q.first()]
	for j := q.last() + 1; j < len(d.toks) && d.para[j]-pa <= 25 && j < q.last()+5000; j++ { // (bounded: many crossheads in one paragraph)
		if d.quote[j] < 0 || d.isPunct(j) || plainWord(foldApostrophe(d.low[j])) != words[0] {
			continue
		}
		n, k := 0, j
		for ; k < len(d.toks) && n < len(words) && d.quote[k] >= 0; k++ {
			if d.isPunct(k) && !possessiveMark(d.low[k]) {
				continue
			}
			if plainWord(foldApostrophe(d.low[k])) != words[n] {
				break
			}
			n++
		}
		if n == len(words) {
			return true
		}
	}
	return false
}

// sectionQuotes reports a quotation in marks in the three paragraphs under
// quote q (a crosshead), before another line in single marks: a section
// that quotes someone, whose words the crosshead may sum up ("'Every
// dollar counts'" over “We don't have a big margin,” Santos said).
func (d *doc) sectionQuotes(q *quote) bool {
	pa := d.para[q.first()]
	for j := q.last() + 1; j < len(d.toks) && d.para[j]-pa <= 3; j++ {
		if d.quote[j] < 0 || j > 0 && d.quote[j-1] == d.quote[j] {
			continue
		}
		if d.toks[j].Gap >= tokens.Newline && singleMark(d.low[j]) != notMark {
			return false // the next crosshead
		}
		if e := j + 1; e < len(d.toks) && e < j+5 {
			for e < len(d.toks) && d.quote[e] == d.quote[j] {
				e++
			}
			if e-j < 5 {
				continue // a scare quote's word or two, no one quoted
			}
		}
		return true
	}
	return false
}

// capitalisedTitle reports tokens [a, b) (after a quotation's first word,
// which any sentence capitalises) with a capitalised word and no
// lower-case one but short words of three letters or fewer, as a title
// has ("'Hockey Night in Canada'", "'R. v. Tremblay'"), not a crosshead
// ("'We know the drill'", "'We did it'").
func (d *doc) capitalisedTitle(a, b int) bool {
	long := 0
	for i := a; i < b; i++ {
		if d.isPunct(i) || len(d.low[i]) <= 3 && !d.capital(i) {
			continue
		}
		if !d.capital(i) {
			return false
		}
		long++
	}
	return long > 0
}

// ownLine reports a quotation that is a line of its own: a paragraph, or
// a pasted page's line with the paragraph going on under it.
func (d *doc) ownLine(q *quote) bool {
	a, e := q.first(), q.last()+1
	return (a == 0 || d.toks[a].Gap >= tokens.Newline) && (e >= len(d.toks) || d.toks[e].Gap >= tokens.Newline)
}

// crosshead reports a quotation that is a line of its own in single marks,
// short and not ending as a sentence does, in the body, and no title in
// capitalised words: a section's heading quoting someone in it ("'Nobody
// knocked on our door'"; not "'Hockey Night in Canada'").
func (d *doc) crosshead(q *quote) bool {
	if q.marks < 0 || len(q.parts) != 1 || singleMark(d.low[q.first()]) == notMark {
		return false
	}
	if e := d.low[q.last()-1]; !d.ownLine(q) || q.last()-q.first() > 14 || d.capitalisedTitle(q.first()+2, q.last()) || e == "." || e == "?" || e == "!" || e == "…" || d.beforeBody(q.first()) {
		return false
	}
	return !d.singleMarkStyle()
}

// singleMarkStyle reports a text that quotes in single marks as often as in
// double ones (British style), where a line in single marks is no heading.
func (d *doc) singleMarkStyle() bool {
	if d.style == 0 {
		d.style = 2
		if d.countSingleMarkStyle() {
			d.style = 1
		}
	}
	return d.style == 1
}

// countSingleMarkStyle counts the opening marks of singleMarkStyle, once
// per document.
func (d *doc) countSingleMarkStyle() bool {
	single, double := 0, 0
	for i := range d.toks {
		if d.quote[i] >= 0 && (i == 0 || d.quote[i-1] != d.quote[i]) {
			if d.paras[d.para[i]].a == i && singleMark(d.low[i]) != notMark {
				continue // (a line in single marks may be a heading: count the others)
			}
			if singleMark(d.low[i]) != notMark {
				single++
			} else {
				double++
			}
		}
	}
	return single > 0 && single >= double
}

// quotedWords appends the lower-case words of quote q to ws, apostrophes
// folded, contractions and pronouns as plainWord writes them, without
// punctuation.
func (d *doc) quotedWords(q *quote, ws []string) []string {
	for _, p := range q.parts {
		for i := p.a; i < p.b; i++ {
			if !d.isPunct(i) || possessiveMark(d.low[i]) {
				ws = append(ws, plainWord(foldApostrophe(d.low[i])))
			}
		}
	}
	return ws
}

// markedWords are the words of quote q inside quotation marks, as
// plainWord writes them.
func (d *doc) markedWords(q *quote) []string {
	var words []string
	for _, p := range q.parts {
		for i := p.a; i < p.b; i++ {
			if d.quote[i] >= 0 && (!d.isPunct(i) || possessiveMark(d.low[i])) {
				words = append(words, plainWord(foldApostrophe(d.low[i])))
			}
		}
	}
	return words
}

// plainWord writes a word as a repeated quotation may: a contraction in
// full ("'re" as "are"; "'s" as "is", as often as not), a pronoun by its
// person (a headline's “We just keep the coffee going” repeats “I just
// keep the coffee going”).
func plainWord(w string) string {
	switch w {
	case "'s":
		return "is"
	case "'re":
		return "are"
	case "'m":
		return "am"
	case "'ll":
		return "will"
	case "'ve":
		return "have"
	case "n't":
		return "not"
	case "i", "we":
		return "we"
	case "me", "us":
		return "us"
	case "my", "our":
		return "our"
	}
	return w
}

// containsRun reports whether words occur in ws one after the other.
func containsRun(ws, words []string) bool {
	for i := 0; i+len(words) <= len(ws); i++ {
		if slices.Equal(ws[i:i+len(words)], words) {
			return true
		}
	}
	return false
}

// nearestCue returns the cue with a speaker nearest to the quote within its
// sentences and outside its parts, looking at most a few cues each way.
func (d *doc) nearestCue(q *quote, cues []cue, x *mentIndex) int {
	a, b := q.first(), q.last()
	s0, s1 := d.sents[d.sent[a]], d.sents[d.sent[b]]
	i := sort.Search(len(x.cues), func(i int) bool { return cues[x.cues[i]].a >= a })
	best, bestDist := -1, 1<<30
	fronted := d.frontedClauseEnd(s0) // "After X criticized Y, Doe shot back, “…”": not X's
	ok := func(k int) bool {
		c := &cues[k]
		return c.a >= s0.a && c.a < s1.b && !covers(q.parts, c.a, c.a) && !(c.a < fronted && fronted < a)
	}
	for j, n := i-1, 0; j >= 0 && n < 8 && cues[x.cues[j]].a >= s0.a; j, n = j-1, n+1 {
		if k := x.cues[j]; ok(k) {
			best, bestDist = k, a-cues[k].a
			break
		}
	}
	for j, n := i, 0; j < len(x.cues) && n < 8 && cues[x.cues[j]].a < s1.b; j, n = j+1, n+1 {
		if k := x.cues[j]; ok(k) {
			if cues[k].a-b < bestDist {
				best = k
			}
			break
		}
	}
	return best
}

// howAnaphorAfter is the cue of "That was how X explained …" opening the
// sentence after token b (a quotation's last), and its speaker; or -1.
func (d *doc) howAnaphorAfter(b int, cues []cue, x *mentIndex) (int, rng) {
	si := int(d.sent[b]) + 1
	if si >= len(d.sents) || d.sents[si-1].b > b+2 {
		return -1, rng{} // (the quotation must end its sentence)
	}
	s := d.sents[si]
	i := sort.Search(len(x.cues), func(i int) bool { return cues[x.cues[i]].a >= s.a })
	if i >= len(x.cues) || cues[x.cues[i]].a >= s.b {
		return -1, rng{}
	}
	spk, ok := d.howAnaphor(&cues[x.cues[i]])
	if !ok {
		return -1, rng{}
	}
	return x.cues[i], spk
}

// frontedClauseEnd is the comma that closes a subordinate clause opening
// sentence s ("After the vote, …", "When Doe spoke, …"), or -1. Not "As
// Doe put it, “…”", which attributes what follows.
func (d *doc) frontedClauseEnd(s rng) int {
	s.a = d.afterDateline(s) // "LARKSPUR, Ont. — After the vote, …"
	if !subordinators.has(d.low[s.a]) || d.low[s.a] == "as" {
		return -1
	}
	end := min(s.b, s.a+40)
	if c := d.firstComma(s.a+1, end); c < end && !d.holdsQuote(s.a+1, c) {
		return c
	}
	return -1
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// resolveNP returns the mention for a speaker noun phrase, adding pronoun
// and nominal mentions as needed, linked to an entity when one fits.
func (d *doc) resolveNP(np rng, ments *[]ment, x *mentIndex, ents []entity, lastEnt, lastPara int) int {
	// A name inside the phrase: the last person, else the last name.
	if d.conjoined(np) {
		return d.phraseMention(np, ments, x) // "Doe and her campaign"
	}
	person, other, modifier := -1, -1, false
	origin := d.originPrep(np) // "the 18-year-old from Prince Albert": a place follows
	for _, list := range [][]int{x.persons, x.orgs} {
		i := before(list, *ments, np.b)
		for ; i >= 0 && (*ments)[list[i]].a >= np.a; i-- {
			mi := list[i]
			if origin >= 0 && (*ments)[mi].a > origin {
				continue // "the 18-year-old from Prince Albert": a place, whatever the tagger says
			}
			if e := (*ments)[mi].b; e+1 < np.b && (possessiveMark(d.low[e]) || d.low[e] == "'" || d.low[e] == "’") {
				if h := d.headNoun(np); ((*ments)[mi].label == annot.LabelOrg && (recordNouns[h] || studyNoun(h) || forecastNouns[h]) || (*ments)[mi].label == annot.LabelPerson && studyNoun(h) && !investigationNouns[strings.TrimSuffix(h, "s")]) && other < 0 && (*ments)[mi].a <= np.a+1 {
					other = mi // "the CNESST's most recent annual statistics", "the agency's annual report", "Environment Canada's forecast", "Doe's study": the body's records, studies and forecasts, a researcher's study, speak for them (not "data from Acme's competitors")
				}
				continue // "Doe's campaign": the campaign speaks
			}
			if a := (*ments)[mi].a; a-1 > np.a && (d.low[a-1] == "including" || d.low[a-1] == "as" && d.low[a-2] == "such") {
				modifier = true // "companies including Acme Corp": an example of the group that speaks
				continue
			}
			if (*ments)[mi].label == annot.LabelPerson && (d.nameModifies((*ments)[mi].a, (*ments)[mi].b, np) || d.nameAfterHead(np, (*ments)[mi].a)) {
				modifier = true // "a senior Doe adviser": the adviser speaks
				continue
			}
			if e := (*ments)[mi].b; (*ments)[mi].label != annot.LabelPerson && e == np.b-1 && (*ments)[mi].a <= np.a+1 && !(recordNouns[d.low[e]] && d.low[e] != "figures") && d.groupAfterName(e, len(d.toks)) {
				// (but a body's records speak for it: "RCMP statistics";
				// "GOP figures" may be people)
				modifier = true // "Potato farmers", "Syrian hackers": the group speaks, not a word the tagger read as an organisation
				continue
			}
			if ((*ments)[mi].label != annot.LabelPerson || (*ments)[mi].b < np.b) && d.groupAtPlace(np, (*ments)[mi].a) {
				// (a person's name that a noun follows is a modifier too,
				// the tagger's: "workers at the Doe Gateway container terminal")
				modifier = true // "Tour operators on the Bonavista Peninsula", "Farmers in the Interior": the group speaks
				continue
			}
			if d.mediumOf(np, (*ments)[mi].a, (*ments)[mi].b) {
				continue // "the post on Facebook said": the post speaks for whoever made it, not the platform
			}
			if d.obtainer(np, (*ments)[mi].a) {
				modifier = true // "internal documents obtained by The Citadel Record": the documents speak, not the paper that got them
				continue
			}
			if (*ments)[mi].label == annot.LabelPerson && person < 0 && !d.articleBeforeName((*ments)[mi], np) {
				person = mi
			} else if other < 0 {
				other = mi
			}
		}
	}
	if person >= 0 {
		return person
	}
	if other >= 0 && !modifier {
		if m := (*ments)[other]; m.label == annot.LabelOrg && m.b == np.b && m.a-1 > np.a && (memberBodies[d.low[m.a-1]] || companyNouns.has(d.low[m.a-1])) &&
			!slices.ContainsFunc(d.low[np.a:m.a-1], func(w string) bool { return prepositions.has(w) && w != "by" }) && !d.possessivePronoun(np.a) {
			// "figures shared by the local advocacy group Pen Farm
			// Neighbours": the group, by its name (not after another
			// preposition: "a spokesperson for the company Kestrel Energy",
			// "an analyst in the firm …"; "his club Rovers" as written)
			return other
		}
	}
	hasRole := false
	for i := np.a; i < np.b; i++ {
		if (roleNouns.has(d.low[i]) || groupNouns.has(d.low[i]) || personNouns.has(d.low[i]) || (isAge(d.low[i]) || playerHeads[d.low[i]] || occupations[d.low[i]] || docNouns.has(d.low[i]) || orgKindNouns.has(d.low[i]) || kinNouns.has(d.low[i]) || d.placeDescription(np) || d.partyMember(np)) && i == np.b-1 || i+1 == origin && !fromPlaceHeads(d.low[i]) || d.agedPerson(np)) && !(other >= 0 && (*ments)[other].a <= i && i < (*ments)[other].b) {
			hasRole = true
			break
		}
	}
	if !hasRole && !modifier && np.len() <= 3 && d.low[np.a] == "the" && d.describedRole(np, *ments, x, ents) >= 0 {
		hasRole = true // "Jo Doe, a respirologist at …, said X. … the respirologist said"
	}
	if !hasRole && courtSides[d.low[np.a]] && d.headlineTitle(np) && len(x.words[d.low[np.a]]) > 0 {
		hasRole = true // "Crown says …" heading a section: the Crown attorney the article names
	}
	surname := -1
	if !hasRole && !modifier {
		surname = d.surnameOf(np, x, ents)
	}
	if hasRole && !modifier {
		if mi := d.appositiveName(np, *ments, x.persons, x.orgs); mi >= 0 {
			return mi // "said the spokesman, Jo Doe."
		}
	} else if !modifier && np.len() > 1 && !d.placedPhrase(np) && !pluralNoun(d.low[np.b-1]) {
		if mi := d.appositiveName(np, *ments, x.orgs); mi >= 0 {
			return mi // "The victim's employer, Prairie Sky Trucking, said" (not "Parents at the school, Westdale Secondary School, said")
		}
	}
	if h := d.low[np.b-1]; other >= 0 && (*ments)[other].label == annot.LabelOrg && !modifier && (docNouns.has(h) || recordNouns[h] && d.headNoun(np) == h || orgKindNouns.has(h) && (*ments)[other].b < np.b || anyOrgNouns.has(h)) && !(hasRole && (*ments)[other].b == np.b && d.employedAt(np.a, (*ments)[other].a)) {
		return other // "the Acme statement", "RCMP statistics", "the Ledger newspaper"; not "a banker at Acme Bank"
	}
	if other >= 0 && !hasRole && (surname < 0 || (*ments)[other].b-(*ments)[other].a > 1) {
		return other
	}
	if mi, ok := x.np[np]; ok {
		return mi
	}
	if other >= 0 && hasRole && !modifier && d.describedCompany(np, (*ments)[other]) {
		// "Software company Acme Inc", "his club Rovers": the phrase
		// names the company.
		*ments = append(*ments, ment{a: np.a, b: np.b, label: annot.LabelOrg, typ: annot.MentionNominal, ent: (*ments)[other].ent, conf: 0.6})
		x.np[np] = len(*ments) - 1
		return len(*ments) - 1
	}
	if surname >= 0 {
		// "Amber said", the tagger missing the surname of Jo Amber or
		// taking it for an organisation: the person.
		*ments = append(*ments, ment{a: np.a, b: np.b, label: annot.LabelPerson, typ: annot.MentionName, ent: surname, conf: 0.6})
		x.np[np] = len(*ments) - 1
		return len(*ments) - 1
	}
	w := d.low[np.a]
	m := ment{a: np.a, b: np.b, label: annot.LabelPerson, typ: annot.MentionNominal, ent: -1, conf: 0.6}
	if np.len() == 1 && (w == "who" || w == "which") {
		// "Smith, who said": the relative pronoun refers to the noun before it.
		m.typ = annot.MentionPronoun
		j := np.a - 1
		if j >= 0 && d.low[j] == "," {
			j--
		}
		s := d.sents[d.sent[np.a]]
		if ante := d.relativeAntecedent(j, s); ante.len() > 0 {
			if i := before(x.persons, *ments, ante.b); i >= 0 && (*ments)[x.persons[i]].b == ante.b {
				m.ent = (*ments)[x.persons[i]].ent // "help from Jo Doe, who said": Jo Doe
			} else if mi := d.resolveNP(ante, ments, x, ents, lastEnt, lastPara); mi >= 0 {
				m.ent = (*ments)[mi].ent
				if am := (*ments)[mi]; am.ent < 0 && am.typ == annot.MentionNominal && (d.describes(rng{am.a, am.b}) || w == "who" && d.roleBeforePreposition(rng{am.a, am.b})) {
					return mi // "local bankers, who said", "Republicans who say": the group speaks, named by its description; so does "a spokesperson for the provincial police, who said"
				}
			}
		}
	} else if np.len() == 1 && pronouns[w] != "" || w == "i" {
		m.typ = annot.MentionPronoun
		m.ent = d.resolvePronoun(np.a, *ments, ents, x, lastEnt, lastPara)
		if m.ent >= 0 && d.namedAround(m.ent, np.a, *ments, x) {
			// A speaker "he" or "she" links to someone named in its
			// sentence or the one before is evidence of their gender for
			// the pronouns after ("Tyler Roe … he said. … she said"); a
			// link made only because they spoke last is not.
			switch pronouns[w] {
			case "m":
				ents[m.ent].spkHe++
			case "f":
				ents[m.ent].spkShe++
			}
		}
	} else if e := d.spokespersonOf(np, *ments, x, ents); e >= 0 {
		m.ent, m.label = e, ents[e].label // "Acme declined to comment. In an email, a spokesperson said": Acme's
	} else if e := d.officeOf(np, *ments, ents, x, lastEnt, lastPara); e >= 0 {
		m.ent, m.label = e, ents[e].label // "The minister was not available, according to his office": the minister's
	} else if e := d.reportAuthor(np, *ments, x); e >= 0 {
		m.ent, m.label = e, ents[e].label // "According to the Institut Alvéole report, … The report said": the institute
	} else if e := d.textOwner(np, *ments, x); e >= 0 {
		m.ent, m.label = e, ents[e].label // "Kestrel … produced 2.1 million tonnes, according to its annual report": Kestrel
	} else if e := d.textFromDescribed(np, *ments, x, ents, lastEnt, lastPara); e >= 0 {
		m.ent, m.label = e, ents[e].label // "according to a news release from the health authority": the authority
	} else if e := d.letterWriter(np, *ments, x); e >= 0 {
		m.ent, m.label = e, ents[e].label // "In a letter sent to council, the residents' association said …. The letter called …": the association
	} else if e := d.describedOwnerOfText(np, *ments, x, ents, lastEnt, lastPara); e >= 0 {
		m.ent, m.label = e, ents[e].label // "according to the co-operative's proposal": the co-operative
	} else if e := d.operatorNamed(np, *ments, x, ents); e >= 0 {
		m.ent, m.label = e, ents[e].label // "The ferry will not sail, its operator confirmed. ¶ Lakeway Marine, which runs it, …": that business
	} else if e := d.communityBody(np, *ments, x); e >= 0 {
		m.ent, m.label = e, ents[e].label // "Membertou First Nation opened its centre, the community said": the First Nation
	} else if e := d.headlinePlaceBodyOf(np, *ments, x); e >= 0 {
		m.ent, m.label = e, ents[e].label // "City says …" heading an article: "The City of Burnaby"
	} else if e := d.namedByLastWord(np, hasRole, *ments, x); e >= 0 {
		m.ent, m.label = e, ents[e].label // "The Larkspur Valley Health Unit said …. The unit said": that unit
	} else if e := d.ledeIndefinite(np, x, ents); e >= 0 && hasRole && !modifier {
		m.ent = e // "…, with a judge calling the crimes “…”. ¶ … ¶ Justice Jo Doe said": the judge the article names after its lede
	} else if e := d.ledeBusinessNamedNext(np, *ments, x, ents); e >= 0 && !modifier {
		m.ent, m.label = e, ents[e].label // "An auto parts maker says … ¶ Northfield Axle Technologies told employees": that business
	} else if e := d.ledeNamedNext(np, *ments, x, ents); e >= 0 && hasRole && !modifier {
		m.ent = e // "A Saskatoon woman says … ¶ Marlene Dubois, 64, said": the one the next paragraph names
	} else if hasRole && !modifier && !indefinite.has(w) && (w == "the" || pronouns[w] != "" || d.capital(np.a) && !approxWords[w] || np.len() == 1 && !orgKindNouns.has(w) || d.beforeBody(np.a) && d.headlineTitle(np)) {
		head := np
		if origin > 0 {
			head.b = origin // "the 61-year-old native of Prince Albert": the native
		}
		m.ent = d.resolveNominal(head, *ments, x, ents, lastEnt, lastPara)
		if m.ent >= 0 && (orgNoun(d.low[np.b-1]) || d.placeDescription(np) || ents[m.ent].label == annot.LabelOrg) {
			m.label = ents[m.ent].label // "the company": the organisation; "the city": the place; "the administrator" an organisation was called
		}
	}
	*ments = append(*ments, m)
	x.np[np] = len(*ments) - 1
	return len(*ments) - 1
}

// obtainer reports a name at token a inside phrase np that follows "by"
// (and "the") after a verb of receiving, "documents obtained by (the)
// Citadel Record", or "with" or "to" after a verb of sending, "a plan
// filed with (Manitoba's) Department of …".
func (d *doc) obtainer(np rng, a int) bool {
	j := a - 1
	if j > np.a && possessiveMark(d.low[j]) {
		j = d.possessorStart(j, np.a) - 1 // "filed with Manitoba's Department of …"
	}
	for n := 0; j > np.a && n < 2 && !d.capital(j) && d.posAt(j).IsAdjective(); n++ {
		j-- // "filed with the provincial Department of …"
	}
	if j > np.a && d.low[j] == "the" {
		j--
	}
	return j-1 > np.a && (d.low[j] == "by" && receivingVerbs[d.low[j-1]] || (d.low[j] == "with" || d.low[j] == "to") && handingVerbs[d.low[j-1]])
}

// possessorStart is the first word of the name a possessive mark at p
// ends ("Manitoba's", "Port Larkspur's"): back from the word before p
// over capitalised words, not before token lo.
func (d *doc) possessorStart(p, lo int) int {
	j := p - 1
	for j > lo && d.capital(j) && d.capital(j-1) {
		j--
	}
	return j
}

// handingVerbs hand a text to a body, which is its recipient, not its
// author: "a closure plan filed with the department", "a report
// submitted to the authority".
var handingVerbs = wordSet(`filed submitted sent presented provided delivered handed addressed`)

// namesakeWhoSpoke is the person the surname mention mi, a quote's
// speaker, stands for when the article names two of that surname and the
// other one, not the one it was linked to (the first named), spoke last in
// this paragraph or the one before: "Evelyn Kudlak Tardiff … died Jan.
// 19. ¶ Her daughter, Shirley Tardiff, said …. ¶ “…,” Tardiff said" is
// Shirley, going on, when the one named first has not spoken yet or not
// within four paragraphs before ("according to volunteer co-ordinator
// Denise Kowalchuk, who is not related to Ray Kowalchuk. ¶ Kowalchuk said
// …" is Denise, Ray having spoken twenty paragraphs before). Else -1.
func (d *doc) namesakeWhoSpoke(mi int, ments []ment, ents []entity, lastEnt, lastPara int, spoke map[int]int) int {
	m := ments[mi]
	if m.b-m.a != 1 || m.ent < 0 || lastEnt < 0 || lastEnt == m.ent || int(d.para[m.a])-lastPara > 1 || ents[lastEnt].label != annot.LabelPerson ||
		spoke[m.ent] > 0 && lastPara-(spoke[m.ent]-1) <= 4 {
		// (not when the one named first has spoken shortly before the
		// other: "Kwame Mensah said …. His son Kofi Mensah said …. “…,”
		// Mensah said" may be either)
		return -1
	}
	surname := withoutParticle(foldApostrophe(d.low[m.a]))
	if lastWord(ents[m.ent].name) != surname || lastWord(ents[lastEnt].name) != surname {
		return -1
	}
	if m.a > 0 && (titleGender[d.low[m.a-1]] != "" || personTitles[d.low[m.a-1]]) {
		return -1 // "Mr. Velde", "Mayor Okafor": the title decides
	}
	return lastEnt
}

// otherGenderSubject reports a reported clause whose subject is "he" or
// "she" where person e is known to be of the other gender: "Kowalchuk said
// he …" is not Denise Kowalchuk.
func (d *doc) otherGenderSubject(q *quote, e entity) bool {
	if q.verbatim() {
		return false
	}
	g := pronouns[d.low[q.first()]]
	if g != "m" && g != "f" {
		return false
	}
	b := bornGender(e)
	return b != "" && b != g
}

// onlyPersonInSentence reports that mention mi is the only mention of a
// person in its sentence.
func (d *doc) onlyPersonInSentence(mi int, ments []ment, x *mentIndex) bool {
	s := d.sents[d.sent[ments[mi].a]]
	for i := before(x.persons, ments, s.b); i >= 0 && ments[x.persons[i]].a >= s.a; i-- {
		if x.persons[i] != mi && ments[x.persons[i]].a != ments[mi].a {
			return false
		}
	}
	return true
}

// seniorBearer is the bearer of the surname mention mi, written "the
// younger Mercer" or "the elder Mercer", whom the article makes the younger
// or the older of two people of that surname: by the ages it states, else
// by a kin noun before the name ("His son, Jordan Mercer": the younger);
// else -1.
func (d *doc) seniorBearer(mi int, ments []ment, x *mentIndex) int {
	if mi < 0 {
		return -1
	}
	m := ments[mi]
	if m.b-m.a != 1 || m.a < 2 || d.low[m.a-2] != "the" {
		return -1
	}
	younger := false
	switch d.low[m.a-1] {
	case "younger":
		younger = true
	case "elder", "older":
	default:
		return -1
	}
	bearers := x.surnames[withoutParticle(foldApostrophe(d.low[m.a]))]
	if len(bearers) != 2 {
		return -1
	}
	// A rank orders the two by age, lower the younger: a child named by a
	// kin noun, then a stated age, then a parent named by a kin noun; 0 is
	// unknown.
	const child, parent, aged = 1, 3000, 1000
	rank := func(e int) int {
		if a := d.statedAge(e, m.a, ments, x); a != "" {
			n, _ := strconv.Atoi(a)
			return aged + n
		}
		if l := x.byEnt[e]; len(l) > 0 {
			first := ments[l[0]]
			for j := first.a - 1; j >= 0 && j >= first.a-3; j-- {
				switch d.low[j] {
				case "son", "daughter", "grandson", "granddaughter":
					return child
				case "father", "mother", "dad", "mom", "grandfather", "grandmother":
					return parent
				case "brother", "sister":
					if j > 0 {
						switch d.low[j-1] {
						case "younger", "little", "baby":
							return child // "his younger brother, Eli Kostiuk": the younger of the two
						case "older", "elder", "big":
							return parent
						}
					}
				}
			}
		}
		return 0
	}
	a, b := rank(bearers[0]), rank(bearers[1])
	kin := func(r int) bool { return r == child || r == parent }
	switch {
	case a == b, a == 0 && !kin(b), b == 0 && !kin(a):
		return -1 // nothing tells them apart
	case a == 0:
		a = child + parent - b // the other one of a child and a parent
	case b == 0:
		b = child + parent - a
	}
	young, old := bearers[0], bearers[1]
	if b < a {
		young, old = old, young
	}
	if younger {
		return young
	}
	return old
}

// titledBearer is the one bearer of the surname mention mi whose title
// words hold the title written before it, when the article names more
// than one person of that surname ("Mayor Okafor" is Mayor Daniel Okafor,
// not his wife Grace Okafor); else -1.
func (d *doc) titledBearer(mi int, ments []ment, x *mentIndex, ents []entity) int {
	if mi < 0 {
		return -1
	}
	m := ments[mi]
	if m.b-m.a != 1 || m.a == 0 || m.label != annot.LabelPerson || !personTitles[d.low[m.a-1]] || titleGender[d.low[m.a-1]] != "" {
		return -1 // (a gendered title is titledNamesakes')
	}
	title := d.low[m.a-1]
	full := titleWords[title]
	found := -1
	for _, e := range x.surnames[withoutParticle(foldApostrophe(d.low[m.a]))] {
		if d.titledByName(e, title, full, ments, x) {
			if found >= 0 {
				return -1
			}
			found = e
		}
	}
	if found == m.ent {
		return -1
	}
	return found
}

// titledByName reports a title (or its full form) within the three words
// before one of entity e's full names: "Mayor Daniel Okafor" (the words a
// surname mention gave the entity do not count).
func (d *doc) titledByName(e int, title, full string, ments []ment, x *mentIndex) bool {
	for _, mi := range x.byEnt[e] {
		m := ments[mi]
		if m.b-m.a < 2 {
			continue
		}
		for i := m.a - 1; i >= 0 && i >= m.a-3 && !d.isPunct(i); i-- {
			if w := d.low[i]; w == title || full != "" && w == full {
				return true
			}
		}
	}
	return false
}

// receivingVerbs say who got a document, not who wrote it: "documents
// obtained by the Record", "a memo seen by CBC News" (unlike "a report
// prepared by Acme").
var receivingVerbs = wordSet(`obtained seen reviewed viewed received acquired`)

// fromPlaceHeads reports a noun that describes a person by what they do,
// whom "from" a place then describes: "the third-year forward from Yorkton",
// "a nurse from Moncton" (not "a report from X", whose X is its source).
func fromPlaceHeads(w string) bool {
	return personNouns.has(w) || laypeople.has(w) || occupations[w] || playingPositions[w]
}

// playerHeads are the playing positions that head no other description
// (not "the research centre").
var playerHeads = wordSet(`forward forwards defenceman defenseman goalie goaltender winger pitcher catcher quarterback
	striker midfielder goalkeeper`)

// playingPositions name a player by position.
var playingPositions = wordSet(`forward forwards defenceman defenseman goalie goaltender centre center winger
	pitcher catcher quarterback striker midfielder defender keeper skip`)

// originPrep is the index of "from" or "of" after an age or an origin
// noun that heads phrase np ("the 18-year-old from Prince Albert", "a
// resident of Gatineau"), or -1: the person is described by where they
// come from.
func (d *doc) originPrep(np rng) int {
	for i := np.a + 1; i+1 < np.b && i < np.a+4; i++ {
		if w := d.low[i]; w == "from" || w == "of" {
			if isAge(d.low[i-1]) || originHeads.has(d.low[i-1]) || w == "from" && !d.capital(i-1) && fromPlaceHeads(d.low[i-1]) {
				return i // "the third-year forward from Yorkton"
			}
			return -1
		}
	}
	return -1
}

// articleBeforeName reports a person's name after "the" inside phrase np,
// which is no person but an organisation the tagger took for one: "Jo Doe
// of the Kellan Martin Center" is Jo Doe's. Not "the Rev. Jo Doe".
func (d *doc) articleBeforeName(m ment, np rng) bool {
	return m.a-1 >= np.a && d.low[m.a-1] == "the" && !personTitles[d.low[m.a]]
}

// describedCompany reports an organisation's name ending phrase np after
// words that describe it ("Software company Acme Inc", "Dredging group Acme
// NV"), not a role word the tagger took for a name ("Acme's CEO") and not
// the object of a preposition ("a banker at Acme Bank").
func (d *doc) describedCompany(np rng, o ment) bool {
	return o.label == annot.LabelOrg && o.b == np.b && o.a > np.a && !titleWord(d.low[o.b-1]) && !d.prepositionIn(np.a, o.a)
}

// roleBeforePreposition reports a phrase whose part before its first
// preposition describes a speaker by a role or a person's noun ("a
// spokesperson for the provincial police", "the mayor of Larkspur"; not
// "particular consternation among leaders"). Unlike roleDescription, the
// phrase may end in an organisation's noun ("… police"): the role, not the
// body after it, is the speaker here.
func (d *doc) roleBeforePreposition(r rng) bool {
	for p := r.a + 1; p < r.b; p++ {
		if prepositions.has(d.low[p]) {
			head := rng{r.a, p}
			h := d.low[p-1]
			return d.describes(head) && (roleNouns.has(h) || personNouns.has(h))
		}
	}
	return false
}

// describes reports a phrase that can stand for a speaker no entity names:
// a common noun or a plural proper noun at its end ("one former staffer",
// "local bankers", "Republicans") and no verb in it.
func (d *doc) describes(r rng) bool {
	if p := d.posAt(r.b - 1); !(p == syntax.NN || p == syntax.NNS || p == syntax.NNPS) || d.verbIn(r.a, r.b) {
		return false
	}
	if p := d.posAt(r.a); !(p.IsDeterminer() || p.IsAdjective() || p.IsNoun() || p == syntax.CD || d.rateAt(r.a+1) && approxWords[d.low[r.a]]) || floating.has(d.low[r.a]) {
		return false // not "For someone", "both sternly critical of X"
	}
	switch d.low[r.b-1] {
	case "nobody", "anyone", "anybody", "everyone", "everybody", "someone", "somebody", "one", "none", "whoever":
		return false // "Anyone who says X has not read the bill": no one in particular
	}
	for i := r.a + 1; i < r.b; i++ {
		// Only a quantity before "of": "dozens of women", "a handful of
		// Democrats"; not "the memoirs of a spymaster", "a lecture from X".
		if prepositions.has(d.low[i]) && !(d.low[i] == "of" && (quantityNouns.has(d.low[i-1]) || d.low[i-1] == "percent")) && !d.rateAt(i-1) {
			return false
		}
	}
	return true
}

// relativeAntecedent is the noun phrase a relative "who" after token j
// refers to, over an age or a place set off by commas between them: "Jo
// Doe, 24, from Springfield, who said" is Jo Doe's.
func (d *doc) relativeAntecedent(j int, s rng) rng {
	first := d.leftNP(j, s.a)
	for first.len() > 1 && (prepositions.has(d.low[first.a]) || d.low[first.a] == "despite") {
		first.a++ // "heard from merchants who said": the merchants
	}
	if a := first.a; first.len() > 0 && a-2 >= s.a && placePreps.has(d.low[a-1]) && d.capital(a) && !d.person[first.b-1] && !d.capital(a-2) && d.posAt(a-2).IsNoun() {
		// "a retired nurse from Eastern Passage who said": "who" is
		// the person described, not the place after it.
		if prev := d.leftNP(a-2, s.a); prev.len() > 0 && d.describes(prev) {
			return prev
		}
	}
	if p := d.lastPrep(first); p > first.a && !d.describes(first) && !d.person[first.b-1] {
		// "objections from business owners who say": the owners; the
		// phrase the preposition hangs on is no one. (Not over a comma:
		// "one Democrat familiar with the discussion, who added".)
		restrictive := j+1 < len(d.low) && d.low[j+1] != ","
		if head := (rng{first.a, p}); restrictive && (d.low[p] == "from" || d.low[p] == "in") && d.capital(p+1) && !d.person[p+1] && d.describes(head) {
			return head // "a retired nurse from Eastern Passage who said": the nurse
		}
		h := first.b - 1
		if tail := (rng{p + 1, first.b}); restrictive && d.describes(tail) && !orgNoun(d.low[h]) && (d.posAt(h) == syntax.NNS || personNouns.has(d.low[h]) || roleNouns.has(d.low[h])) {
			return tail
		}
	}
	ante := first
	for n := 0; n < 3 && ante.len() > 0; n++ {
		a := ante.a
		if a-1 >= s.a && placePreps.has(d.low[a-1]) && d.capital(ante.a) {
			a-- // "from Springfield", "of Acme", "in Paris"; not "by Ana Ruiz", "with Ana Ruiz"
		}
		age := ante.len() == 1 && d.toks[ante.a].Kind == tokens.Number
		if !(age || a < ante.a) || a-2 < s.a || d.low[a-1] != "," {
			break
		}
		prev := d.leftNP(a-2, s.a)
		if prev.len() == 0 {
			break
		}
		ante = prev
	}
	if ante != first && !d.person[ante.b-1] && !d.describes(ante) {
		return first // a person or a description has an age or a place set off after it
	}
	who := j+1 < len(d.low) && d.low[j+1] == "who" || j+2 < len(d.low) && d.low[j+1] == "," && d.low[j+2] == "who"
	if name := d.apposedPersonBefore(ante, s); who && name.len() > 0 {
		return name // "Lorraine Jack, 58, a member of Snuneymuxw First Nation who said": Jack (not "…, a partner at Smith Legal LLP, which said")
	}
	if a := ante.a; a-2 >= s.a && d.low[a-1] == "," && d.person[a-2] && !d.person[ante.b-1] && !pluralNoun(d.headNoun(ante)) {
		// "Ana Ruiz, a local banker, who said": the person; not "Unlike
		// Jo Doe, most residents, who said", "After meeting Jo Doe, the
		// reporters, who said".
		if name := d.leftNP(a-2, s.a); name.len() > 0 && !(name.a > s.a && name.a-s.a <= 2 && (prepositions.has(d.low[s.a]) || subordinators.has(d.low[s.a]))) {
			return name
		}
	}
	return ante
}

// apposedPersonBefore is the person named before an indefinite
// description that np is or whose preposition's object np is ("Lorraine
// Jack, 58, a member of Snuneymuxw First Nation"): the description is in
// apposition to the name, with or without an age between; else empty.
func (d *doc) apposedPersonBefore(np rng, s rng) rng {
	if np.len() == 0 || d.person[np.b-1] {
		return rng{}
	}
	desc := np
	if p := np.a - 1; p-1 > s.a && d.capital(np.a) && (d.low[p] == "of" || d.low[p] == "from" || d.low[p] == "with" || d.low[p] == "at") {
		desc = d.leftNP(p-1, s.a) // the object alone: "Snuneymuxw First Nation"
	} else if p := d.lastPrep(np); p > np.a && p+1 < np.b && (d.capital(p+1) || !personWord(d.low[np.b-1])) {
		desc = rng{np.a, p} // "a member" of "a member of Snuneymuxw First Nation" (not "an aunt of the teen who said": the teen)
	}
	if desc.len() == 0 || d.low[desc.a] != "a" && d.low[desc.a] != "an" || !d.describes(desc) {
		return rng{} // (not "Unlike Jo Doe, most residents, who said")
	}
	k := desc.a - 1
	if k-2 >= s.a && d.low[k] == "," && d.toks[k-1].Kind == tokens.Number && d.low[k-2] == "," {
		k -= 2 // an age between: "Jack, 58, a member"
	}
	if k-1 < s.a || d.low[k] != "," || !d.person[k-1] {
		return rng{}
	}
	return d.leftNP(k-1, s.a)
}

// lastPrep is the last of/for/at/from/with/against/among inside np, or -1.
func (d *doc) lastPrep(np rng) int {
	for i := np.b - 2; i > np.a; i-- {
		switch d.low[i] {
		case "of", "for", "at", "from", "with", "against", "among":
			return i
		}
	}
	return -1
}

// employedAt reports "at", "with" or "for" among tokens [a, b): a role
// before them works at the organisation after ("an investment banker at
// Acme Bank"), where "an official of Acme" speaks for it.
func (d *doc) employedAt(a, b int) bool {
	for i := a; i < b; i++ {
		switch d.low[i] {
		case "at", "with", "for":
			return true
		}
	}
	return false
}

// surnameOf returns the person entity whose name a speaker phrase of one
// capitalised word, after titles, ends ("Doe", "Mr. Doe" for Jo Doe): the
// one named first when several do, else -1.
func (d *doc) surnameOf(np rng, x *mentIndex, ents []entity) int {
	a := d.overTitles(np.a, np.b-1)
	if np.b-a != 1 || !d.capital(a) && !elidedParticle(d.word(a)) || pronouns[d.low[a]] != "" {
		return -1
	}
	best := -1
	for _, e := range x.surnames[withoutParticle(foldApostrophe(d.low[a]))] {
		if best < 0 || ents[e].first < ents[best].first {
			best = e
		}
	}
	return best
}

// appositiveName returns the name, among the mentions of lists (persons,
// organisations), set off after a description, "the spokesman, Jo Doe,
// said" or "said the spokesman, Jo Doe.", as the mention the description
// stands for, or -1.
func (d *doc) appositiveName(np rng, ments []ment, lists ...[]int) int {
	c := np.b
	if c+1 >= len(d.toks) || d.low[c] != "," || d.sent[c+1] != d.sent[np.a] {
		return -1
	}
	n := c + 1
	for n < len(d.toks) && n < c+4 && personTitles[d.low[n]] && d.sent[n] == d.sent[np.a] {
		n++ // "The first witness, Const. Shauna Fitzgerald, testified"
	}
	for t := n; t < len(d.toks) && t < n+5 && d.sent[t] == d.sent[np.a] && (d.capital(t) || d.low[t] == "-"); t++ {
		if seatNouns.has(d.low[t]) && t > n {
			n = t + 1 // a district and its seat: "The NDP's health critic, Halifax Needham MLA Priya Raman, said"
			break
		}
	}
	for _, list := range lists {
		// (an organisation too: "the contractor, Arctic Fjord Builders,
		// said")
		i := before(list, ments, n+1)
		if i < 0 || ments[list[i]].a != n {
			continue
		}
		m := ments[list[i]]
		if m.b < len(d.toks) && d.sent[m.b] == d.sent[np.a] && !isSentPunct(d.low[m.b]) && d.low[m.b] != "," && d.low[m.b] != ";" && !d.affiliationTail(m.b) {
			return -1 // "the spokesman, Doe's aide": no apposition
		}
		return list[i]
	}
	return -1
}

// placedPhrase reports a preposition other than "of" in np: "Parents at
// the school" (not "One of them").
func (d *doc) placedPhrase(np rng) bool {
	for i := np.a; i < np.b; i++ {
		if prepositions.has(d.low[i]) && d.low[i] != "of" {
			return true
		}
	}
	return false
}

// groupAtPlace reports a name at token a inside description np that is
// the object of a preposition of place after a plural noun for people, or
// in it ("Operators on the Bonavista Peninsula", "Farmers in the
// Interior", "Parents at a crowded Corner Brook elementary school").
func (d *doc) groupAtPlace(np rng, a int) bool {
	j := a - 1
	for n := 0; n < 3 && j > np.a && (d.low[j] == "the" || d.low[j] == "a" || d.low[j] == "an" || d.posAt(j).IsAdjective() && !d.capital(j)); n++ {
		j-- // "Parents at a crowded Corner Brook elementary school"
	}
	if j-1 > np.a && possessiveMark(d.low[j]) && d.capital(j-1) {
		// "at Northgate's Doe Gateway container terminal": a place's name
		// before the name
		j = d.possessorStart(j, max(np.a+1, a-6)) - 1
	}
	if j-1 < np.a || !groundPreps[d.low[j]] {
		return false
	}
	h := d.low[j-1]
	return (d.posAt(j-1) == syntax.NNS || d.posAt(j-1) == syntax.NNPS) && pluralNoun(h) && !orgNoun(h) && !docNouns.has(h) && !textNouns.has(h)
}

// mediumOf reports a name over tokens [a, b) inside phrase np that follows "on"
// after a noun of a posted text or video ("the post on Facebook", "a
// statement on X", "a post on the city's Facebook page"), or that names
// an account or a page ("her Twitter account said"); not a name before
// another noun ("a letter on Larkspur Council letterhead"). The platform
// carries the text; it does not speak.
func (d *doc) mediumOf(np rng, a, b int) bool {
	if b < np.b && accountNouns[d.low[b]] && !d.capital(b) {
		return true // "her Twitter account said", "the council's Facebook page": the owner's voice
	}
	j := a - 1
	for n := 0; n < 3 && j > np.a && (articles.has(d.low[j]) || possessiveMark(d.low[j]) || !d.capital(j) && j+1 < len(d.toks) && possessiveMark(d.low[j+1])); n++ {
		j-- // "a post on the city's Facebook page", "on its Facebook page"
	}
	return j-1 >= np.a && d.low[j] == "on" && (docNouns.has(d.low[j-1]) || textNouns.has(d.low[j-1]) || postedNouns[d.low[j-1]]) && b == np.b
}

// accountNouns are a platform's pages that speak for their owner (fewer
// than mediumNouns: "the Acme website said" is Acme's).
var accountNouns = map[string]bool{"account": true, "page": true, "feed": true, "channel": true, "handle": true}

// postedNouns are what is put on a platform besides texts: "a video on
// TikTok", "a message on X".
var postedNouns = map[string]bool{"video": true, "videos": true, "message": true, "tweet": true, "update": true, "livestream": true}

// groundPreps place a group somewhere (not "of": "members of the union").
var groundPreps = map[string]bool{"in": true, "on": true, "at": true, "across": true, "near": true, "around": true, "throughout": true, "along": true}

// affiliationTail reports a name's affiliation at token j, set off by the
// comma that ends it: "The president of the union, Jo Doe of the Teachers'
// Association, said". A verb before the comma makes it a clause.
func (d *doc) affiliationTail(j int) bool {
	switch d.low[j] {
	case "of", "from", "at", "with":
	default:
		return false
	}
	for k := j + 1; k < len(d.toks) && k <= j+12 && d.sent[k] == d.sent[j]; k++ {
		if d.low[k] == "," {
			return k > j+1 && !d.verbIn(j+1, k)
		}
		if d.quote[k] >= 0 || isSentPunct(d.low[k]) || d.low[k] == ";" {
			return false
		}
	}
	return false
}

// namesakeOfAge is the bearer of the surname mention mi that the age set
// off after it tells from the other ("Gisèle Thibodeau, 78, …. Her
// husband, Réjean Thibodeau, …. Thibodeau, who is 81, said"): the one
// given that age before, else the one of two given no age when the one
// it was linked to was given another; else -1.
func (d *doc) namesakeOfAge(mi int, ments []ment, x *mentIndex) int {
	if mi < 0 {
		return -1
	}
	m := ments[mi]
	if m.b-m.a != 1 || m.ent < 0 || m.label != annot.LabelPerson {
		return -1
	}
	age := d.ageOfMention(m)
	linked := d.statedAge(m.ent, m.a, ments, x)
	if age == "" || linked == "" || linked == age {
		return -1
	}
	bearers := x.surnames[withoutParticle(foldApostrophe(d.low[m.a]))]
	found := -1
	for _, e := range bearers {
		if e == m.ent {
			continue
		}
		if a := d.statedAge(e, m.a, ments, x); a == age {
			return e
		} else if a == "" && len(bearers) == 2 {
			found = e
		}
	}
	return found
}

// nameAfterHead reports whether the person name starting at token m in
// noun phrase np is the object of a word that ends the phrase's head: a
// preposition or a verb right before it, after titles ("an aide to
// President Doe", "activists trying to block Doe", "a spokeswoman for
// Doe"), with a lower-case noun before that. The head, not the person
// named, is the speaker. "by" and "from" name an author, who speaks ("an
// analysis by Doe", "an email from Doe"); a capitalised head is a title
// ("Secretary of State Jo Doe").
func (d *doc) nameAfterHead(np rng, m int) bool {
	j := m - 1
	for j > np.a && d.capital(j) && personTitles[d.low[j]] {
		j--
	}
	if j < m-1 {
		// over a portfolio and the office's adjectives before the title:
		// "a spokesperson for federal Justice Minister Jo Doe"
		for j > np.a && (d.capital(j) && !d.person[j] && !d.org[j] || officeAdjectives[d.low[j]]) {
			j--
		}
	}
	if j <= np.a {
		return false
	}
	w, pos := d.low[j], d.posAt(j)
	if w == "by" || w == "from" || !(postHead.has(w) || pos == syntax.VB || pos == syntax.VBG) {
		return false
	}
	for i := np.a; i < j; i++ {
		if p := d.posAt(i); p.IsNoun() && (!d.capital(i) || i == d.sents[d.sent[i]].a && !p.IsProperNoun()) {
			return true // "Doctors caring for Jo Doe said": a common noun opening the sentence
		}
	}
	return false
}

// officeAdjectives qualify an office before its title: "federal Justice
// Minister", "former Premier".
var officeAdjectives = map[string]bool{"federal": true, "provincial": true, "territorial": true, "municipal": true, "former": true,
	"deputy": true, "interim": true, "acting": true, "associate": true}

// nameBeforeRoleAndName reports a person's name that modifies the role of
// another person named after it, before token end ("Doe campaign manager
// Jo Roe"): Roe is the one a pronoun goes on with.
func (d *doc) nameBeforeRoleAndName(m ment, end int) bool {
	r := d.lowerRole(m.b, end)
	return r > m.b && r < end && d.person[r]
}

// nameModifies reports whether the person name [a, e) modifies the head of
// noun phrase np: lower-case words up to a head that names a person's role
// ("Doe aide", "a Doe campaign adviser"), who is someone else than the
// person named, or up to a common noun after a determiner ("This Yellowknife
// engineer", the tagger taking the place for a person).
func (d *doc) nameModifies(a, e int, np rng) bool {
	b := np.b
	if e >= b || b-e > 3 {
		return false
	}
	for i := e; i < b; i++ {
		if d.capital(i) || d.isPunct(i) {
			return false
		}
	}
	h := d.low[b-1]
	if roleNouns.has(h) || personNouns.has(h) || relationNouns.has(h) {
		return true
	}
	// A plural noun of people the lists do not hold ("Fraser Valley
	// farmers", the tagger taking the place for a person), or a noun after
	// a determiner.
	p := d.posAt(b - 1)
	if timeNouns.has(h) || quantityNouns.has(h) {
		return false
	}
	k := a - 1
	for k > np.a && k > a-3 && d.posAt(k).IsAdjective() && !d.capital(k) {
		k-- // "at a crowded Corner Brook elementary school"
	}
	return p == syntax.NNS || p == syntax.NN && k >= np.a && determiners.has(d.low[k])
}

// unnamedPersonBefore reports someone brought in unnamed, "a"/"an" and a
// person's role or occupation, in the sentence before token p or in its
// own before it: "Arjun Mehta hired a lawyer, a former Crown prosecutor.
// “…,” she said" may be the lawyer's.
func (d *doc) unnamedPersonBefore(p int) bool {
	s := d.sents[d.sent[p]]
	from := s.a
	if ps, ok := d.sentenceBefore(p); ok {
		from = ps.a
	}
	for j := from; j < p; j++ {
		if d.low[j] != "a" && d.low[j] != "an" || j-2 >= from && d.low[j-1] == "," && (d.person[j-2] || d.low[j-2] == "," && j-3 >= from && d.person[j-3]) {
			continue // (not "Jo Doe, a lawyer in Toronto," set off after a name)
		}
		for k := j + 1; k < p && k <= j+4; k++ {
			if personNoun(d.low[k]) {
				return true
			}
		}
	}
	return false
}

// otherPronounAtName reports a pronoun of the gender other than cls after
// the last mention of person e before token p, in its sentence, outside
// quotes and before any other person is named: "Kim Tran and her team" is
// no "he", "Darcy Lindqvist sent a deputy in her place" neither (not "his
// wife, Kim Doe").
func (d *doc) otherPronounAtName(e int, cls string, p int, ments []ment, x *mentIndex) bool {
	list := x.byEnt[e]
	i := before(list, ments, p)
	if i < 0 {
		return false
	}
	m := ments[list[i]]
	s := d.sents[d.sent[m.a]]
	for j := m.b; j < s.b && j < p; j++ {
		if d.person[j] {
			return false
		}
		if g := pronouns[d.low[j]]; (g == "m" || g == "f") && g != cls && d.quote[j] < 0 {
			return true
		}
	}
	return false
}

// resolvePronoun links he/she (and his/her) to a person: the first person
// named earlier in the same sentence, else the last speaker nearby, else the
// nearest person named before; they/we to the nearest organisation.
func (d *doc) resolvePronoun(p int, ments []ment, ents []entity, x *mentIndex, lastEnt, lastPara int) int {
	return d.resolvePronounChain(p, ments, ents, x, lastEnt, lastPara, 0)
}

// pronounChain bounds how many sentences back a pronoun follows the same
// pronoun as their subject.
const pronounChain = 4

// resolvePronounChain is resolvePronoun for a pronoun depth sentences
// after the one first asked about, each opening with the same pronoun.
func (d *doc) resolvePronounChain(p int, ments []ment, ents []entity, x *mentIndex, lastEnt, lastPara, depth int) int {
	cls := pronouns[d.low[p]]
	s := d.sents[d.sent[p]]
	switch cls {
	case "m", "f":
		fits := func(e int) bool {
			if groupDescription(ents[e]) || documentDescription(ents[e]) {
				return false // "Several Doe associates said …. She said": not them; nor "an agreed statement of facts"
			}
			g := genderOf(ents[e])
			if first, _, _ := strings.Cut(ents[e].name, " "); g == "" && !unisexGivenName(first) {
				g = wideGenderOf(ents[e]) // (not a given name both genders bear: "Harpreet", "Darcy")
			}
			if g == "" && !genderTitled(ents[e]) {
				// Unknown by name: not someone only the other pronoun
				// has stood for as a speaker (unless titles of both
				// genders, "Mr. Khan" and "Ms. Khan", mean two people).
				he, she := ents[e].spkHe > 0, ents[e].spkShe > 0
				if first, _, _ := strings.Cut(ents[e].name, " "); unisexGivenName(first) && d.otherPronounAtName(e, cls, p, ments, x) {
					return false // "Kim Tran and her team …. He disputed": not Tran
				}
				return cls == "m" && !(she && !he) || cls == "f" && !(he && !she)
			}
			return g == "" || g == cls
		}
		// "Mr. Doe … fits that bill, he added": a person named in what
		// the pronoun's own trailing or parenthetical attribution
		// reports is not its speaker, unless that person is the
		// content's subject and a possessive of the same gender comes
		// back to them there ("Ms. Doe found skating a salve for her
		// depression, she said"; not "Mäkinen hired her on the spot,
		// she said").
		inContent := func(m ment) bool { return false }
		parenthetical := p+2 < s.b && sayForms.has(d.low[p+1]) && d.low[p+2] == "," // "Mäkinen hired her on the spot, she said, and taught her"
		if p-1 > s.a && d.low[p-1] == "," && (d.trailingAttribution(p, s.b) || parenthetical) {
			from := s.a // what the attribution reports: after a dash, a colon or a verb of speech before it
			for j := p - 2; j > s.a; j-- {
				if d.isDashTok(j) || d.low[j] == ":" || d.low[j] == ";" || sayForms.has(d.low[j]) || cueStrength[d.low[j]] >= 1 {
					from = j + 1
					break
				}
			}
			inContent = func(m ment) bool {
				if m.a < from || m.b > p {
					return false // "Jo Doe, 71, brought in his shoes — the last pair, he said, …"
				}
				if d.finiteVerb(m.b, m.b+1) {
					for j := m.b; j < p; j++ {
						if pronouns[d.low[j]] == cls && d.quote[j] < 0 && d.possessivePronoun(j) {
							return false
						}
					}
				}
				return true
			}
		}
		for i, n := before(x.persons, ments, s.a)+1, 0; i < len(x.persons) && ments[x.persons[i]].b <= p && n < 8; i, n = i+1, n+1 {
			if e := ments[x.persons[i]].ent; fits(e) && !inContent(ments[x.persons[i]]) && !d.nameBeforeRoleAndName(ments[x.persons[i]], p) {
				return e
			}
		}
		if e := d.previousSubject(p, ments, x); e >= 0 && fits(e) {
			return e
		}
		if j := d.subjectPronounBefore(p); j >= 0 && depth < pronounChain && d.fittingPersons(j, d.sents[d.sent[j]].b, ments, x, fits) == 0 && d.fittingPersonsBefore(j, ments, x, fits) <= 1 {
			// "Jo Doe has volunteered there for years. She remembers …
			// “…,” she said": she goes on from the sentence before, whose
			// own "she" is resolved as it would be (not "He and his
			// co-driver were unhurt but team boss Jo Roe was furious", nor
			// after "Judge Ann Holt sentenced Amy Price. She wept.",
			// whose "she" may be either).
			if e := d.resolvePronounChain(j, ments, ents, x, lastEnt, lastPara, depth+1); e >= 0 {
				return e
			}
		}
		if e := d.titledSubjectBefore(p, ments, x, ents); e >= 0 && fits(e) {
			return e // "The judge rejected that request. …, she wrote"
		}
		if d.describedSpeakerBefore(p, ments, x, lastEnt >= 0 && x.lastSpk >= 0 && int(d.para[ments[x.lastSpk].a])-lastPara <= 1) {
			return -1 // groupAntecedent links it to the description
		}
		if lastEnt >= 0 && int(d.para[p])-lastPara <= 2 && fits(lastEnt) {
			return lastEnt
		}
		// The nearest person before whose gender is known to agree, within
		// this paragraph and the one before; else the nearest whose gender
		// is not known to disagree.
		loose := -1
		for i, n := before(x.persons, ments, p), 0; i >= 0 && n < 12 && int(d.para[p])-int(d.para[ments[x.persons[i]].a]) <= 3; i, n = i-1, n+1 {
			if inContent(ments[x.persons[i]]) {
				continue
			}
			e := ments[x.persons[i]].ent
			if g := genderOf(ents[e]); g == cls && int(d.para[p])-int(d.para[ments[x.persons[i]].a]) <= 1 {
				return e
			}
			if loose < 0 && fits(e) {
				loose = e
			}
		}
		if loose >= 0 {
			return loose
		}
		if e := d.titledRoleBefore(p, ments, x, ents); e >= 0 && fits(e) {
			return e // "…, a view the commissioner rejected. ¶ “…,” she wrote"
		}
		// No one else: the content's own first person of the pronoun's
		// gender ("Former Rep. Jo Doe was pro Al Roe while …, he said").
		for i, n := before(x.persons, ments, s.a)+1, 0; i < len(x.persons) && ments[x.persons[i]].b <= p && n < 8; i, n = i+1, n+1 {
			if e := ments[x.persons[i]].ent; fits(e) && inContent(ments[x.persons[i]]) {
				return e
			}
		}
		// No one at all: the sentence before's subject or the last speaker
		// with a given name that both genders bear, which the wider list
		// had given the other gender ("Jaspreet Dhaliwal … he").
		unisex := func(e int) bool {
			first, _, _ := strings.Cut(ents[e].name, " ")
			return genderOf(ents[e]) == "" && unisexGivenName(first) && !groupDescription(ents[e]) && !d.otherPronounAtName(e, cls, p, ments, x)
		}
		if e := d.previousSubject(p, ments, x); e >= 0 && unisex(e) {
			return e
		}
		if lastEnt >= 0 && int(d.para[p])-lastPara <= 2 && unisex(lastEnt) {
			return lastEnt
		}
		// Still no one: the subject of the sentence before when only the
		// wider list of given names told its gender, a guess the text
		// overrules ("Dr. Oluwaseun Adebayo-Hart, an infectious disease
		// specialist, called the approval “…” ¶ “…,” she said"); not
		// one a title, or the other pronoun, gave a gender.
		byNameOnly := func(e int) bool {
			if first, _, _ := strings.Cut(ents[e].name, " "); maleNames[foldAccents(strings.ToLower(first))] || femaleNames[foldAccents(strings.ToLower(first))] {
				return false // a name the careful list holds ("David", "Marc") tells its gender
			}
			m, f := titleGenders(ents[e])
			other := ents[e].spkHe > 0
			if cls == "m" {
				other = ents[e].spkShe > 0
			}
			for _, w := range strings.Fields(strings.ToLower(ents[e].name)) {
				if genderWords[w] != "" {
					return false // "Prince Harry"
				}
			}
			return !m && !f && !other && !groupDescription(ents[e]) && !documentDescription(ents[e]) && !d.otherPronounAtName(e, cls, p, ments, x)
		}
		if e := d.previousSubject(p, ments, x); e >= 0 && byNameOnly(e) && !d.unnamedPersonBefore(p) {
			return e
		}
		if lastEnt >= 0 && int(d.para[p])-lastPara <= 1 && byNameOnly(lastEnt) && x.lastSpk >= 0 && ments[x.lastSpk].typ == annot.MentionPronoun && pronouns[d.low[ments[x.lastSpk].a]] == cls {
			return lastEnt // "“…,” she said in an interview. ¶ But she cautioned that …": the one the last "she" stood for
		}
	case "p", "n":
		if d.low[p] == "it" {
			// "In a news release, CurlON thanked volunteers, who it said
			// had helped draw 9,000 spectators": the organisation that is
			// its own sentence's subject, before a speaker of the
			// paragraph before.
			for i := before(x.orgs, ments, p); i >= 0 && ments[x.orgs[i]].a >= s.a; i-- {
				if m := ments[x.orgs[i]]; d.quote[m.a] < 0 && d.subjectOpens(m.a, s) && isFinite(d.posAt(m.b)) {
					return m.ent
				}
			}
		}
		if e, ok := d.lastOrgSpeaker(p, ments, ents, x); ok && d.low[p] == "it" {
			return e // "Acme said X, although the ministry … Y, it said"
		}
		if d.low[p] == "it" {
			// "Norland annexed the valley. It says …": a country or city
			// that was the last sentence's subject, with no organisation
			// named since.
			if pl := d.previousSubjectIn(p, ments, x.places); pl >= 0 && d.finiteVerb(ments[pl].b, d.sents[d.sent[ments[pl].a]].b) && !allCaps(d.word(ments[pl].a)) {
				// Not a dateline ("SPRINGFIELD 1996-08-29"): the place is
				// the subject of a verb.
				if i := before(x.orgs, ments, p); i < 0 || ments[x.orgs[i]].a < ments[pl].a {
					return ments[pl].ent
				}
			}
		}
		if i := before(x.orgs, ments, p); i >= 0 && int(d.sent[p])-int(d.sent[ments[x.orgs[i]].a]) <= 1 {
			if o := ments[x.orgs[i]]; d.low[p] != "it" && o.b < len(d.toks) && possessiveMark(d.low[o.b]) {
				return -1 // "Acme's union leaders told reporters …, they said": the people, not the firm
			}
			return ments[x.orgs[i]].ent
		}
	}
	return -1
}

// subjectPronounBefore returns the subject of the sentence before token
// p's when it is a personal pronoun of p's gender outside quotation marks
// ("She remembers when …", "But she …"), or -1.
func (d *doc) subjectPronounBefore(p int) int {
	ps, ok := d.sentenceBefore(p)
	if !ok {
		return -1
	}
	for j := ps.a; j < ps.b && j < ps.a+3; j++ {
		switch {
		case d.quote[j] >= 0:
			return -1
		case subjPronouns.has(d.low[j]) && pronouns[d.low[j]] == pronouns[d.low[p]]:
			return j
		case !d.isPunct(j) && d.posAt(j) != syntax.RB && d.posAt(j) != syntax.CC:
			return -1 // (over "But", "Now,")
		}
	}
	return -1
}

// namedAround reports a name mention of entity e in token p's sentence
// or the sentence before, before p.
func (d *doc) namedAround(e, p int, ments []ment, x *mentIndex) bool {
	lo := d.sents[d.sent[p]].a
	if ps, ok := d.sentenceBefore(p); ok {
		lo = ps.a
	}
	for _, mi := range x.byEnt[e] {
		if m := ments[mi]; m.typ == annot.MentionName && m.a >= lo && m.a < p {
			return true
		}
	}
	return false
}

// asPersonPutIt is the index in x.persons, from i on, of a person named
// before token a in "as NAME put it," or "as NAME said," — the words of
// the quoted fragment after it are theirs — or -1.
func (d *doc) asPersonPutIt(i, a int, ments []ment, x *mentIndex) int {
	for ; i < len(x.persons) && ments[x.persons[i]].a < a; i++ {
		m := ments[x.persons[i]]
		if m.a == 0 || d.low[m.a-1] != "as" || m.b+1 >= a {
			continue
		}
		switch v, next := d.low[m.b], d.low[m.b+1]; {
		case (v == "put" || v == "puts") && next == "it",
			sayForms.has(v) && next == ",":
			return i
		}
	}
	return -1
}

// fittingPersonsBefore counts the persons fits allows named in the
// sentence before token j's (each once).
func (d *doc) fittingPersonsBefore(j int, ments []ment, x *mentIndex, fits func(int) bool) int {
	ps, ok := d.sentenceBefore(j)
	if !ok {
		return 0
	}
	return d.fittingPersons(ps.a, ps.b, ments, x, fits)
}

// fittingPersons counts the persons fits allows named among tokens [a,
// b), a person named twice once (as far as "one" and "more" go).
func (d *doc) fittingPersons(a, b int, ments []ment, x *mentIndex, fits func(int) bool) int {
	first, n := -1, 0
	for i := before(x.persons, ments, a) + 1; i < len(x.persons) && ments[x.persons[i]].a < b; i++ {
		if e := ments[x.persons[i]].ent; fits(e) && e != first {
			if first < 0 {
				first = e
			}
			n++
		}
	}
	return n
}

// titledSubjectBefore is the person a description opening the sentence
// before p names by a title ("The judge rejected that request." after
// "Judge Jo Doe"), or -1: the subject goes on as "she" or "he".
func (d *doc) titledSubjectBefore(p int, ments []ment, x *mentIndex, ents []entity) int {
	ps, ok := d.sentenceBefore(p)
	if !ok || d.low[ps.a] != "the" {
		return -1
	}
	np := d.rightNP(ps.a, ps.b)
	if np.len() == 0 || np.len() > 4 || np.b >= ps.b || !isFinite(d.posAt(np.b)) {
		return -1
	}
	head := d.headNoun(np)
	if !roleNouns.has(head) && !personNouns.has(head) && !occupations[head] || pluralNoun(head) {
		return -1
	}
	e := d.resolveNominal(np, ments, x, ents, -1, 0)
	if e < 0 || !ents[e].words[head] || ents[e].label != annot.LabelPerson {
		return -1
	}
	return e
}

// titledRoleBefore is the person the last "the" and a role in the
// sentence before p stands for, anywhere in it ("Mehra told investigators
// X, a view the commissioner rejected": Commissioner Hélène Gagnon-Ward),
// when that person's titles hold the role and the role is no preposition's
// object ("had written to the commissioner"); else -1. A last resort for a
// pronoun no person named nearby fits.
func (d *doc) titledRoleBefore(p int, ments []ment, x *mentIndex, ents []entity) int {
	ps, ok := d.sentenceBefore(p)
	if !ok {
		return -1
	}
	for j := ps.b - 1; j > ps.a; j-- {
		head := d.low[j]
		if d.low[j-1] != "the" || d.quote[j] >= 0 || !roleNouns.has(head) && !occupations[head] || pluralNoun(head) {
			continue
		}
		if j-2 >= ps.a && prepositions.has(d.low[j-2]) {
			return -1 // the one spoken or written to: "A widow said she had written to the commissioner"
		}
		e := d.resolveNominal(rng{j - 1, j + 1}, ments, x, ents, -1, 0)
		if e < 0 || !ents[e].words[head] || ents[e].label != annot.LabelPerson {
			return -1
		}
		return e
	}
	return -1
}

// describedSpeakerBefore reports whether the last speaker before token p,
// in p's paragraph or the one before, is one person described by a role and
// named nowhere ("A dealer at a bank said X. He said Y"), with no person
// named since: "he" or "she" goes on with that speaker, not with a person
// named earlier. A definite description ("the dealer") counts only when no
// named person spoke in its paragraph or the one before (namedSpoke false).
func (d *doc) describedSpeakerBefore(p int, ments []ment, x *mentIndex, namedSpoke bool) bool {
	l := x.lastSpk
	if l < 0 || int(d.para[p])-x.spkPara > 1 {
		return false
	}
	m := ments[l]
	np := rng{m.a, m.b}
	if m.typ != annot.MentionNominal || m.ent >= 0 || m.b > p || d.conjoined(np) {
		return false
	}
	switch d.low[m.a] {
	case "a", "an", "one", "another": // someone new
	default:
		if namedSpoke {
			// "Doe said X. ¶ The head of the agency said Y; …, he
			// added": a definite description after a named speaker is
			// that speaker, whom the pronoun finds by name.
			return false
		}
	}
	h, appos := d.describedHead(np)
	if !oneDescribed(h) || pluralNoun(h) {
		return false
	}
	if g := d.describedGender(np); g != "" && g != pronouns[d.low[p]] {
		return false // "A spokeswoman for Acme said X. He said Y": not her
	}
	// A speaker described as a man or a woman by the head or an
	// apposition.
	sexed := headGender(h)
	if sexed == "" && appos.len() > 0 {
		sexed = headGender(d.headNoun(appos))
	}
	if sexed != "" && sexed != pronouns[d.low[p]] {
		return false
	}
	for i := before(x.persons, ments, p); i >= 0 && ments[x.persons[i]].a >= m.b; i-- {
		if a := ments[x.persons[i]].a; sexed == "" || d.sent[a] != d.sent[m.a] {
			// "A dealer said X. Jo Doe disagreed. He said Y"; a
			// speaker described as a man or a woman goes on past a
			// person named in what they said ("One witness, a
			// 24-year-old woman, told the court she saw Doe go back …
			// ¶ “…,” she testified"). (x.persons holds no name inside
			// quotation marks.)
			return false
		}
	}
	return true
}

// headGender is the sex a description's head noun says: "woman",
// "spokeswoman" (not a title inside the phrase: "A representative for Mr.
// Doe").
func headGender(h string) string {
	if g := sexedNouns[h]; g != "" {
		return g
	}
	return genderWords[h]
}

// describedHead is the head noun of a description, or of the apposition
// after a lone "One" or "Another" ("One, a millwright who …, said"), and
// the apposition after the description, if any ("One witness, a
// 24-year-old woman …,").
func (d *doc) describedHead(np rng) (string, rng) {
	var appos rng
	if np.b+2 < len(d.toks) && d.low[np.b] == "," {
		appos = d.rightNP(np.b+1, d.sents[d.sent[np.a]].b)
	}
	h := d.headNoun(np)
	if (h == "one" || h == "another") && appos.len() > 0 {
		h = d.headNoun(appos)
	}
	return h, appos
}

// courtSides name the sides of a trial in headlines ("Crown says …",
// "Defence says …"): the lawyer the article names with the word.
var courtSides = map[string]bool{"crown": true, "defence": true, "defense": true, "prosecution": true}

// oneDescribed reports a head noun that describes a person: by a role
// ("a dealer"), as one of the people the news meets ("another
// neighbour") or by sex ("a woman").
func oneDescribed(h string) bool {
	return roleNouns.has(h) || laypeople.has(h) || occupations[h] || sexedNouns[h] != ""
}

// sexedNouns tell the gender of the person a description names.
var sexedNouns = map[string]string{
	"man": "m", "woman": "f", "boy": "m", "girl": "f", "father": "m", "mother": "f", "husband": "m", "wife": "f",
	"son": "m", "daughter": "f", "brother": "m", "sister": "f", "businessman": "m", "businesswoman": "f",
}

// describedGender is "m" or "f" when a word of description np says the
// person's gender ("a spokeswoman", "a man who lives nearby"), else "".
func (d *doc) describedGender(np rng) string {
	for i := np.a; i < np.b; i++ {
		if g := headGender(d.low[i]); g != "" {
			return g
		}
	}
	return ""
}

// prepositionIn reports a preposition among tokens [a, b).
func (d *doc) prepositionIn(a, b int) bool {
	for i := a; i < b; i++ {
		if prepositions.has(d.low[i]) {
			return true
		}
	}
	return false
}

// previousSubject returns the person named as the subject of the sentence
// before the one holding token p (the preferred antecedent of a pronoun
// that opens the next sentence, as centering theory has it): a person name
// with no finite verb, preposition or wh-word between it and the comma or
// start before it, and no pronoun like the one at p before it ("In the wake of Doe's remarks, Roe
// said" gives Roe), and no possessive after it; else -1.
func (d *doc) previousSubject(p int, ments []ment, x *mentIndex) int {
	if mi := d.previousSubjectIn(p, ments, x.persons); mi >= 0 {
		return ments[mi].ent
	}
	return -1
}

// previousSubjectIn is previousSubject over the name mentions in list
// (persons or organisations); it returns the mention, or -1.
func (d *doc) previousSubjectIn(p int, ments []ment, list []int) int {
	ps, ok := d.sentenceBefore(p)
	if !ok {
		return -1
	}
	for c := ps.b - 1; c > ps.a; c-- {
		if d.low[c] != "," || d.quote[c] >= 0 {
			continue
		}
		if d.trailingAttribution(c+1, ps.b) {
			// "Doe will visit Ankara, spokesman Jo Roe said. “…,” he
			// told reporters": the sentence before is what Roe said; he,
			// not its subject, is the one to go on.
			if i := before(list, ments, ps.b); i >= 0 && ments[list[i]].a > c && !d.prepositionIn(c+1, ments[list[i]].a) {
				return list[i] // not "a lawyer for Sam Patel said"
			}
			return -1
		}
		break
	}
	j, clause, finite := ps.a, ps.a, false
	for i, n := before(list, ments, ps.a)+1, 0; i < len(list) && n < 4; i, n = i+1, n+1 {
		m := ments[list[i]]
		if m.a >= ps.b {
			break
		}
		for ; j < m.a; j++ {
			if d.quote[j] >= 0 {
				continue
			}
			switch pos := d.posAt(j); {
			case pronouns[d.low[j]] == pronouns[d.low[p]] && subjPronouns.has(d.low[j]):
				return -1 // "She said … when Doe spoke": she goes on
			case pos == syntax.VBD || pos == syntax.VBZ || pos == syntax.VBP || pos == syntax.MD:
				finite = true
			case d.low[j] == ",":
				clause, finite = j+1, false // a fronted adjunct ends
			}
		}
		if m.a == ps.a+1 && d.low[ps.a] == "for" && m.b+1 < ps.b && d.low[m.b] == "," && d.quote[m.a] < 0 && d.perspectiveHolder(list, i, ments, ps) {
			return list[i] // "For Doe, the issue goes deeper. She pointed to …": whose view the sentence gives
		}
		if v := m.a - 1; v > ps.a+1 && (d.low[v] == "was" || d.low[v] == "were") && prepositions.has(d.low[ps.a]) && !d.finiteVerb(ps.a, v) {
			return list[i] // "Among the delegations was Linh Tran, who …": the subject after an inverted copula
		}
		adjunct := false
		for k := clause; k < m.a; k++ {
			if pos := d.posAt(k); pos == syntax.IN || pos == syntax.TO || pos == syntax.WRB || pos == syntax.WDT || pos == syntax.WP {
				adjunct = true
			}
		}
		modifies := m.b < ps.b && !d.capital(m.b) && d.posAt(m.b).IsNoun() && !d.verbReadAsNoun(m.b, ps.b) // "The Cruz campaign picked up …": the campaign
		if !finite && !adjunct && !modifies && !(m.b < ps.b && possessiveMark(d.low[m.b])) && !d.nameBeforeRoleAndName(m, ps.b) {
			return list[i]
		}
	}
	return -1
}

// perspectiveHolder reports the name list[i], after "For" opening
// sentence ps, as the one whose view the sentence gives: a person named
// before, by a given name the careful lists know, or by one the wider list
// knows and ", who" (not "For Larkspur,", a town the tagger read as a
// person), with no other
// name of the list the subject of a verb after it in the sentence ("For
// Ruiz, Lund cast the deciding vote": Lund is the subject; not "For Major,
// a volunteer at the Clinton phone bank, making calls is …").
func (d *doc) perspectiveHolder(list []int, i int, ments []ment, ps rng) bool {
	m := ments[list[i]]
	for k := i + 1; k < len(list) && k <= i+4 && ments[list[k]].a < ps.b; k++ {
		if n := ments[list[k]]; d.finiteVerb(n.b, n.b+1) {
			return false // another name the subject of a verb after it
		}
	}
	first := foldAccents(d.low[m.a])
	if m.b-m.a >= 2 && (maleNames[first] || femaleNames[first]) {
		return true
	}
	if m.b-m.a >= 2 && (wideMale[first] || wideFemale[first]) && d.whoAfterComma(m.b, ps.b) {
		return true // "For Orla Doe, who runs a seed farm, the numbers don't add up": a given name the wider list knows, and "who" (not "For Dunmore Brothers, who …")
	}
	for k := i - 1; k >= 0 && k >= i-256; k-- { // (a sentence opening "For" and a name is rare)
		if ments[list[k]].ent == m.ent {
			return true
		}
	}
	return false
}

// whoAfterComma reports "who" or "whose" after the comma at c, or after an
// age set off by commas there (", 54, who").
func (d *doc) whoAfterComma(c, end int) bool {
	if c >= end || d.low[c] != "," {
		return false
	}
	k := c + 1
	if d.ageAfter(c) != "" {
		k += 2 // ", 54, who"
	}
	return k < end && (d.low[k] == "who" || d.low[k] == "whose")
}

// verbReadAsNoun reports a present-tense verb the tagger read as a plural
// noun after a name, before a subordinate clause: "Diaz laughs when she
// hears the story" (not "the Cruz campaign picked up").
func (d *doc) verbReadAsNoun(i, end int) bool {
	return d.posAt(i) == syntax.NNS && strings.HasSuffix(d.low[i], "s") && i+1 < end &&
		(subordinators.has(d.low[i+1]) || d.posAt(i+1) == syntax.WRB)
}

// namesStatement is the token of a noun of a text (statement, release)
// after "a" or "an" in sentence s, outside quotes and outside the speaker
// spk: "Acme said in a statement that …", "In a written release, the
// agency said …"; else -1.
func (d *doc) namesStatement(s, spk rng) int {
	at, ok := d.stmtAt[s.a]
	if !ok {
		// (once per sentence: a sentence of many quotes stays linear)
		for i := s.a + 1; i < s.b; i++ {
			if docNouns.has(d.low[i]) && d.quote[i] < 0 && d.indefiniteBefore(i) {
				at = append(at, i)
			}
		}
		if d.stmtAt == nil {
			d.stmtAt = map[int][]int{}
		}
		d.stmtAt[s.a] = at
	}
	for _, i := range at {
		if i < spk.a || i >= spk.b {
			return i
		}
	}
	return -1
}

// textFromDescribed is the one a text comes from when a description
// after "from" or "by" names them: "a news release from the health
// authority", "a statement from the company"; not a group ("the
// statement by the two"); else -1.
func (d *doc) textFromDescribed(np rng, ments []ment, x *mentIndex, ents []entity, lastEnt, lastPara int) int {
	if last := d.low[np.b-1]; numberWords[last] || pluralNoun(last) {
		return -1
	}
	for i := np.a + 1; i+3 < np.b; i++ {
		if docNouns.has(d.low[i]) && (d.low[i+1] == "from" || d.low[i+1] == "by") && d.low[i+2] == "the" {
			if e := d.resolveNominal(rng{i + 2, np.b}, ments, x, ents, lastEnt, lastPara); e >= 0 && ents[e].label == annot.LabelOrg {
				return e
			}
			return -1 // (a body only: not "a statement from the family", which is no one person of it)
		}
	}
	return -1
}

// statedSince reports a noun of a text between token at and token p
// outside quotes: another statement than the one at at.
func (d *doc) statedSince(at, p int) bool {
	for i := at + 1; i < p; i++ {
		if docNouns.has(d.low[i]) && d.quote[i] < 0 {
			return true
		}
	}
	return false
}

// headGroupOrRole reports a description headed by a noun of a group or an
// office ("the commission", "the minister").
func (d *doc) headGroupOrRole(np rng) bool {
	h := d.headNoun(np)
	return groupNouns.has(h) || roleNouns.has(h) || orgNoun(h)
}

// personIn reports a person named in tokens [a, b).
func (d *doc) personIn(a, b int) bool {
	for i := a; i < b; i++ {
		if d.person[i] {
			return true
		}
	}
	return false
}

// foldApostrophe writes a curly apostrophe straight: "d’Entremont" and
// "d'Entremont" are one surname.
func foldApostrophe(w string) string { return strings.ReplaceAll(w, "’", "'") }

// personNoun reports a person's role, occupation, kin or plain noun:
// "lawyer", "mayor", "resident", "son".
func personNoun(w string) bool {
	return roleNouns.has(w) || occupations[w] || personNouns.has(w) || kinNouns.has(w)
}

// personWord reports a noun naming a person, personNoun's and more ("teen",
// "woman", "friend", "victim").
func personWord(w string) bool {
	return personNoun(w) || placeEpithetHeads[w] || relationNouns.has(w) ||
		w == "victim" || w == "child" || w == "student" || w == "patient" || w == "suspect"
}
