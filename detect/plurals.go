package detect

import (
	"cmp"
	"slices"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/detect/syntax"
)

// groupAntecedent links a "they" that names no organisation to the plural
// speaker phrase of the last attributed quote, in its paragraph or the two
// before ("Police said X. Later they said Y", "Doe and Lee argue X. … they
// write Y"; "he" and "she" likewise), and an "it", within one paragraph, to
// a description of an organisation or a text
// ("the newspaper", "the statement"): that phrase becomes an entity named as written, which both
// mentions refer to. It returns the entities, grown by one when it links.
func (d *doc) groupAntecedent(mi int, ments []ment, ents []entity, last, lastPara int) []entity {
	m := ments[mi]
	he := d.low[m.a] == "he" || d.low[m.a] == "she"
	if m.typ != annot.MentionPronoun || m.ent >= 0 || d.low[m.a] != "they" && d.low[m.a] != "it" && !he || last < 0 || int(d.para[m.a])-lastPara > 2 || d.low[m.a] == "it" && int(d.para[m.a])-lastPara > 1 {
		return ents
	}
	a := ments[last]
	np := rng{a.a, a.b}
	if a.typ != annot.MentionNominal || np.len() == 0 {
		return ents
	}
	describedOne := func() bool { dh, _ := d.describedHead(np); return oneDescribed(dh) } // "One, a millwright who …, said"
	if h := d.headNoun(np); d.low[m.a] == "it" && !itNoun(h) || d.low[m.a] == "they" && !(d.conjoined(np) || pluralNoun(h)) ||
		he && (!describedOne() || pluralNoun(h) || d.conjoined(np)) {
		// "they" goes on with a group, "it" with an organisation or a
		// text ("The newspaper said X. It said Y"), "he" or "she" with
		// one person described by a role ("A trader at a bank said X.
		// …, he said"), when no person named fits.
		return ents
	}
	// A plural subject of a sentence in between is the nearer
	// antecedent ("Officials said X. Neighbours were not convinced. They
	// said Y"): leave the pronoun unresolved rather than name the wrong
	// group.
	for si := d.sent[a.b-1] + 1; si < d.sent[m.a] && d.low[m.a] == "they"; si++ {
		s := d.sents[si]
		if np := d.rightNP(s.a, s.b); np.len() > 0 && np.b <= s.b && pluralNoun(d.headNoun(np)) && !(np.a == a.a && np.b == a.b) {
			return ents
		}
	}
	e := a.ent
	if e < 0 {
		ents, e = d.describedEntity(last, ments, ents)
		if d.low[m.a] == "it" {
			ents[e].label = annot.LabelOrg
			ments[last].label, ments[mi].label = annot.LabelOrg, annot.LabelOrg
		}
		if he {
			ents[e].label = annot.LabelPerson
			ments[last].label, ments[mi].label = annot.LabelPerson, annot.LabelPerson
		}
	} else if ents[e].label != annot.LabelPerson && ents[e].label != annot.LabelOrg {
		return ents
	}
	ments[mi].ent = e
	return ents
}

// descriptionAntecedent links a definite description that nothing else
// resolved ("the spokesperson", "the man") to the last quote's speaker
// when that speaker was brought in by an indefinite description of the
// same head, in its paragraph or the two before ("In an email, a
// spokesperson for the agency said X. … the spokesperson said Y", "A man
// who lives nearby said X. The man said Y"), or a text named anyhow in
// its paragraph or the one before ("According to the county's survey, X.
// The survey found Y"): that phrase becomes an entity named as written,
// which both mentions refer to. The words of the definite description
// must all be in the earlier one; organisations and statements are
// resolved by their own rules. It returns the entities, grown by one when
// it links.
func (d *doc) descriptionAntecedent(mi int, ments []ment, ents []entity, last, lastPara int) []entity {
	m := ments[mi]
	if m.typ != annot.MentionNominal || m.ent >= 0 || d.low[m.a] != "the" || m.b-m.a < 2 || last < 0 || last == mi || int(d.para[m.a])-lastPara > 2 {
		return ents
	}
	a := ments[last]
	if a.typ != annot.MentionNominal || a.b > m.a || a.b-a.a < 2 {
		return ents
	}
	h := d.headNoun(rng{m.a, m.b})
	if h == "" || h != d.headNoun(rng{a.a, a.b}) || orgNoun(h) || docNouns.has(h) {
		return ents
	}
	for j := m.a + 1; j < m.b; j++ {
		if !slices.Contains(d.low[a.a:a.b], d.low[j]) {
			return ents // "the other spokesperson"
		}
	}
	if f := d.unnamedSince(m.a, h); f >= a.b {
		return ents // another brought in since: "A man said X. Police arrested a man. The man said Y"
	}
	if a.ent >= 0 {
		if f := ents[a.ent].first; !d.capital(f) || determiners.has(d.low[f]) {
			// a description made an entity so: "A spokesperson said X.
			// The spokesperson said Y. The spokesperson also said Z"
			ments[mi].ent, ments[mi].label = a.ent, a.label
		}
		return ents
	}
	switch {
	case d.indefiniteAt(a.a) || d.low[a.a] == "one":
	case bodyText(h) && int(d.para[m.a])-lastPara <= 1: // (a statement returned above)
		// a text the last quote came from, however it was named: "According
		// to the county's visitor survey, X. The survey found Y"
	default:
		return ents // (not after "Another nurse said X": which nurse "the nurse" is, is open)
	}
	ents, e := d.describedEntity(last, ments, ents)
	ments[mi].ent, ments[mi].label = e, ments[last].label
	return ents
}

// unnamedSubjectAntecedent links a speaker "he" or "she" that nothing
// resolved to the person the sentence before brought in unnamed as its
// subject, "a", "an" or "one" (not "another") and a noun for a person:
// "One worker who attended the meeting, a 38-year-old man from Larkspur,
// spoke to council through an interpreter. He asked that his name not be
// used". That phrase becomes an entity named as written, which the
// pronouns after go on with; not when the sentence names a person or
// brings in another as an object ("A judge sentenced the man …"), for a
// group ("A group of parents"), nor when the noun or the description set
// off after it says the other sex ("A spokeswoman …", "…, a 38-year-old
// woman,"). It returns the entities, grown by one when it links.
func (d *doc) unnamedSubjectAntecedent(mi int, ments *[]ment, ents []entity, x *mentIndex) []entity {
	m := (*ments)[mi]
	g := pronouns[d.low[m.a]]
	if m.typ != annot.MentionPronoun || m.ent >= 0 || m.b-m.a != 1 || g != "m" && g != "f" {
		return ents
	}
	ps, ok := d.sentenceBefore(m.a)
	if !ok {
		return ents
	}
	if w := d.low[ps.a]; w != "a" && w != "an" && w != "one" {
		return ents // (not "Another worker …": which one "he" is, is open)
	}
	j := ps.a + 1
	for j < ps.b && j < ps.a+5 && !d.capital(j) && (d.posAt(j).IsNoun() || d.posAt(j).IsAdjective() || isAge(d.low[j])) && d.quote[j] < 0 {
		j++
	}
	head := d.low[j-1]
	if j == ps.a+1 || !personWord(head) || pluralNoun(head) || groupNouns.has(head) || j < ps.b && d.low[j] == "of" {
		return ents // (not "A group of parents met …")
	}
	var appos rng // the description set off after the subject and any clause of its: "One worker who attended, a 38-year-old woman,"
	if k := d.firstComma(j, ps.b-1); k < ps.b-1 && !d.holdsQuote(j, k+1) && (d.low[k+1] == "a" || d.low[k+1] == "an") {
		appos = d.rightNP(k+1, ps.b)
	}
	if sex := cmp.Or(nounGender[head], headGender(head), d.describedGender(appos)); sex != "" && sex != g {
		return ents // "A spokeswoman for the agency declined to comment. He said": not her
	}
	for k := j + 1; k+1 < ps.b; k++ {
		if o := d.low[k]; (o == "the" || o == "a" || o == "an") && personWord(d.low[k+1]) && d.low[k-1] != "," && (d.posAt(k-1).IsVerb() || prepositions.has(d.low[k-1])) {
			return ents // another person the sentence brings in: "A judge sentenced the man …. He said", "… met with the principal"
		}
	}
	if i := before(x.persons, *ments, ps.b); i >= 0 && (*ments)[x.persons[i]].a >= ps.a {
		return ents // "A man told Jo Doe … He said": either of them
	}
	*ments = append(*ments, ment{a: ps.a, b: j, label: annot.LabelPerson, typ: annot.MentionNominal, ent: -1, conf: 0.6})
	ents, e := d.describedEntity(len(*ments)-1, *ments, ents)
	(*ments)[mi].ent, (*ments)[mi].label = e, annot.LabelPerson
	return ents
}

// describedEntity makes the description mention l an entity named as
// written, for the pronoun or description that goes on with it.
func (d *doc) describedEntity(l int, ments []ment, ents []entity) ([]entity, int) {
	a := ments[l]
	ents = append(ents, entity{name: d.spanText(a.a, a.b), label: a.label, conf: a.conf, words: map[string]bool{}, first: a.a})
	e := len(ents) - 1
	ments[l].ent = e
	return ents, e
}

// statementAntecedent links "the statement" that no entity was found for to
// the unnamed speaker of the last attribution naming a statement, within
// the paragraph before ("A spokesperson for the minister said in a
// statement that X. ¶ “…,” the statement said"; "according to a statement
// from her family. ¶ “…,” the statement said"): that phrase becomes an
// entity named as written, which both mentions refer to.
func (d *doc) statementAntecedent(mi int, ments []ment, ents []entity, x *mentIndex) []entity {
	m := ments[mi]
	if m.typ != annot.MentionNominal || m.ent >= 0 || d.low[m.a] != "the" || !docNouns.has(d.headNoun(rng{m.a, m.b})) || !d.unnamedStatement(m.a, x) {
		return ents
	}
	l := x.statedBy
	if a := ments[l]; a.typ != annot.MentionNominal || l == mi {
		return ents
	} else if a.ent >= 0 {
		// (the speaker's description an entity already: "The parents'
		// committee said in a statement … It said …")
		ments[mi].ent, ments[mi].label = a.ent, a.label
		return ents
	}
	ents, e := d.describedEntity(l, ments, ents)
	ments[mi].ent, ments[mi].label = e, ments[l].label
	return ents
}

// unnamedStatement reports a statement named by the last attribution,
// in p's paragraph or the one before, whose speaker no entity stands for
// and no statement named since ("A spokesperson said in a statement …").
func (d *doc) unnamedStatement(p int, x *mentIndex) bool {
	return x.statedBy >= 0 && x.stater < 0 && int(d.para[p])-x.stated <= 1 && !d.statedSince(x.statedAt, p)
}

// lastOrgSpeaker tells whether the last quote, in the paragraph of token
// p or the one before, was spoken by an organisation or a description of
// an organisation or of a text, and returns its entity (-1 for a description not
// linked to one, which groupAntecedent makes an entity): "it said" goes on
// with it rather than with an organisation named since.
func (d *doc) lastOrgSpeaker(p int, ments []ment, ents []entity, x *mentIndex) (int, bool) {
	if x.lastSpk < 0 || int(d.para[p])-x.spkPara > 1 {
		return -1, false
	}
	m := ments[x.lastSpk]
	if m.ent >= 0 {
		return m.ent, ents[m.ent].label == annot.LabelOrg
	}
	h := d.headNoun(rng{m.a, m.b})
	return -1, m.typ == annot.MentionNominal && itNoun(h)
}

// itNoun reports a head noun that "it" may stand for as a speaker: an
// organisation or a text ("the report said X. It said Y").
func itNoun(h string) bool { return orgNoun(h) || docNouns.has(h) || textNouns.has(h) }

// theySubject links a "they" that nothing else resolved to the plural
// subject opening its own sentence before it or the sentence before, a
// phrase that can speak ("Many critics agree. They say X", "But the
// unions are wary, and they warn Y"): the phrase becomes an entity named
// as written. It returns the entities, grown by one when it links.
func (d *doc) theySubject(mi int, ments []ment, ents []entity) []entity {
	m := ments[mi]
	if m.typ != annot.MentionPronoun || m.ent >= 0 || d.low[m.a] != "they" {
		return ents
	}
	for _, s := range d.subjectCandidates(m.a) {
		a := d.clauseOpening(s)
		np := d.rightNP(a, s.b)
		if np.len() == 0 || np.len() > 6 || np.b >= s.b || subjPronouns.has(d.low[np.a]) || d.quote[np.a] >= 0 ||
			!pluralNoun(d.headNoun(np)) || !d.groupHead(np) {
			continue
		}
		ents = append(ents, entity{name: d.spanText(np.a, np.b), label: annot.LabelPerson, conf: m.conf, words: map[string]bool{}, first: np.a})
		ments[mi].ent = len(ents) - 1
		return ents
	}
	return ents
}

// itSubject links an "it" that nothing else resolved to a description of
// an organisation or a local government that is the subject of the
// sentence before, or of its own sentence before it ("The municipality
// sees it differently. In a statement, it said X"): to the body the
// description names, else the phrase becomes an entity named as written.
// It returns the entities, grown by one when it makes one.
func (d *doc) itSubject(mi int, ments []ment, ents []entity, x *mentIndex, lastEnt, lastPara int) []entity {
	m := ments[mi]
	if m.typ != annot.MentionPronoun || m.ent >= 0 || d.low[m.a] != "it" {
		return ents
	}
	own := d.sents[d.sent[m.a]]
	if p := d.posAt(own.a); p == syntax.VBN || p == syntax.VBG {
		return ents // "Released Monday, it said": the text the participle describes
	}
	for _, s := range d.subjectCandidates(m.a) {
		a := d.clauseOpening(s)
		np := d.rightNP(a, s.b)
		if np.len() < 2 || np.len() > 4 || np.a != a || d.low[np.a] != "the" || np.b >= s.b || d.quote[np.a] >= 0 || !isFinite(d.posAt(np.b)) {
			continue
		}
		for j := np.b + 1; j < s.b && j < np.b+6 && !d.isPunct(j) && !prepositions.has(d.low[j]); j++ {
			if textObject(d.low[j]) {
				return ents // "The company faces a class action. It alleges", "commissioned a study last year. It found": the text, nearer
			}
		}
		h := d.low[np.b-1]
		if pluralNoun(h) || !orgNoun(h) && placeKinds[h] == 0 && h != "county" {
			continue
		}
		if e := d.resolveNominal(np, ments, x, ents, lastEnt, lastPara); e >= 0 && ents[e].label != annot.LabelPerson {
			ments[mi].ent, ments[mi].label = e, ents[e].label
			return ents
		}
		ents = append(ents, entity{name: d.spanText(np.a, np.b), label: annot.LabelOrg, conf: m.conf, words: map[string]bool{}, first: np.a})
		ments[mi].ent, ments[mi].label = len(ents)-1, annot.LabelOrg
		return ents
	}
	return ents
}

// textObject reports the head of a verb's object that an "it" after it
// may stand for: a text, a study or a lawsuit ("commissioned a study").
func textObject(h string) bool { return writtenNoun(h) || reportNouns[h] || suitNouns[h] }

// suitNouns are actions at law, which allege and claim, and rules and
// plans, which say.
var suitNouns = wordSet(`action suit lawsuit complaint claim petition appeal application motion bylaw law policy plan`)

// subjectCandidates are where a pronoun at token p looks for the subject it
// goes on with: its own sentence before it, then the sentence before.
func (d *doc) subjectCandidates(p int) []rng {
	var cands []rng
	if s := d.sents[d.sent[p]]; s.a < p {
		cands = append(cands, rng{s.a, p})
	}
	if ps, ok := d.sentenceBefore(p); ok {
		cands = append(cands, ps)
	}
	return cands
}

// clauseOpening is the first token of s's subject after a sentence adverb
// and its comma ("Still, Democrats believe") or a coordinator ("But
// critics say").
func (d *doc) clauseOpening(s rng) int {
	a := s.a
	if a+1 < s.b && d.low[a+1] == "," {
		a += 2
	} else if a < s.b && coordinators.has(d.low[a]) {
		a++
	}
	return a
}

// groupHead reports whether the head of a plural phrase names people who
// can speak: a role noun ("critics", "workers") or a group of the tagger's
// ("Democrats"); not a person's name ending in -s, not a thing ("the
// campaign contrasts").
func (d *doc) groupHead(np rng) bool {
	h := np.b - 1
	for i := np.a + 1; i < np.b; i++ {
		if postHead.has(d.low[i]) {
			h = i - 1
			break
		}
	}
	return !d.person[h] && (roleNouns.has(d.low[h]) && !groupNouns.has(d.low[h]) || d.org[h])
}
