package detect

import "github.com/quotebench/quotebench/annot"

// groupAntecedent links a "they" that names no organisation to the plural
// speaker phrase of the last attributed quote, in its paragraph or the one
// before ("Police said X. Later they said Y", "Doe and Lee argue X. … they
// write Y"), and an "it" to a description of an organisation or a text
// ("the newspaper", "the statement"): that phrase becomes an entity named as written, which both
// mentions refer to. It returns the entities, grown by one when it links.
func (d *doc) groupAntecedent(mi int, ments []ment, ents []entity, last, lastPara int) []entity {
	m := ments[mi]
	if m.typ != annot.MentionPronoun || m.ent >= 0 || d.low[m.a] != "they" && d.low[m.a] != "it" || last < 0 || int(d.para[m.a])-lastPara > 1 {
		return ents
	}
	a := ments[last]
	np := rng{a.a, a.b}
	if a.typ != annot.MentionNominal || np.len() == 0 {
		return ents
	}
	if h := d.headNoun(np); d.low[m.a] == "it" && !itNoun(h) || d.low[m.a] == "they" && !(d.conjoined(np) || pluralNoun(h)) {
		// "they" goes on with a group, "it" with an organisation or a
		// text ("The newspaper said X. It said Y").
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
		ents = append(ents, entity{name: d.spanText(a.a, a.b), label: a.label, conf: a.conf, words: map[string]bool{}, first: a.a})
		e = len(ents) - 1
		ments[last].ent = e
		if d.low[m.a] == "it" {
			ents[e].label = annot.LabelOrg
			ments[last].label, ments[mi].label = annot.LabelOrg, annot.LabelOrg
		}
	} else if ents[e].label != annot.LabelPerson && ents[e].label != annot.LabelOrg {
		return ents
	}
	ments[mi].ent = e
	return ents
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
