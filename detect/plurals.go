package detect

import "github.com/quotebench/quotebench/annot"

// groupAntecedent links a "they" that names no organisation to the plural
// speaker phrase of the last attributed quote, in its paragraph or the one
// before ("Police said X. Later they said Y", "Doe and Lee argue X. … they
// write Y"): that phrase becomes an entity named as written, which both
// mentions refer to. It returns the entities, grown by one when it links.
func (d *doc) groupAntecedent(mi int, ments []ment, ents []entity, last, lastPara int) []entity {
	m := ments[mi]
	if m.typ != annot.MentionPronoun || m.ent >= 0 || d.low[m.a] != "they" || last < 0 || int(d.para[m.a])-lastPara > 1 {
		return ents
	}
	a := ments[last]
	np := rng{a.a, a.b}
	if a.typ != annot.MentionNominal || np.len() == 0 || !(d.conjoined(np) || pluralNoun(d.headNoun(np))) {
		return ents
	}
	// A plural subject of a sentence in between is the nearer
	// antecedent ("Officials said X. Neighbours were not convinced. They
	// said Y"): leave the pronoun unresolved rather than name the wrong
	// group.
	for si := d.sent[a.b-1] + 1; si < d.sent[m.a]; si++ {
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
	} else if ents[e].label != annot.LabelPerson && ents[e].label != annot.LabelOrg {
		return ents
	}
	ments[mi].ent = e
	return ents
}
