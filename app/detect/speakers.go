package detect

import "github.com/quotebench/quotebench/app/annot"

// speakers runs the later sieves over quotes in text order and resolves
// every speaker noun phrase to a mention and, where it can, an entity.
// It returns the mention index of each quote's speaker (-1 when none).
func (d *doc) speakers(qs []quote, cues []cue, ments *[]ment, ents []entity) []int {
	// Name mention covering each token, for lookups.
	nameAt := make(map[int]int, len(*ments))
	for mi, m := range *ments {
		for i := m.a; i < m.b; i++ {
			nameAt[i] = mi
		}
	}
	out := make([]int, len(qs))
	lastEnt, lastPara := -1, -1
	for qi := range qs {
		q := &qs[qi]
		out[qi] = -1
		a, b := q.first(), q.last()
		pa := int(d.para[a])
		if q.spk.len() == 0 {
			// Sieve: a cue elsewhere in the quote's sentences.
			best, bestDist := -1, 1<<30
			s0, s1 := d.sents[d.sent[a]], d.sents[d.sent[b]]
			for k := range cues {
				c := &cues[k]
				if c.subj.len() == 0 || c.a < s0.a || c.a >= s1.b || (c.a >= a && c.a <= b && covers(q.parts, c.a, c.a)) {
					continue
				}
				dist := min(abs(c.a-a), abs(c.a-b))
				if dist < bestDist {
					best, bestDist = k, dist
				}
			}
			if best >= 0 {
				q.spk = cues[best].subj
				if q.cue < 0 {
					q.cue = best
				}
			}
		}
		if q.spk.len() == 0 && q.kind == annot.KindMixed {
			// A fragment: the first person named in its sentence.
			s := d.sents[d.sent[a]]
			for mi, m := range *ments {
				if m.a >= s.a && m.a < a && m.label == annot.LabelPerson && m.typ == annot.MentionName && d.quote[m.a] < 0 {
					q.spkEnt = m.ent
					out[qi] = mi
					break
				}
			}
		}
		if q.spk.len() == 0 && q.spkEnt < 0 {
			// Sieve: the paragraph's only person.
			p := d.paras[pa]
			only := -1
			for _, m := range *ments {
				if m.a >= p.a && m.b <= p.b && m.label == annot.LabelPerson && m.typ == annot.MentionName && !covers(q.parts, m.a, m.a) {
					if only == -1 {
						only = m.ent
					} else if only != m.ent {
						only = -2
					}
				}
			}
			if only >= 0 {
				q.spkEnt = only
			}
		}
		if q.spk.len() == 0 && q.spkEnt < 0 && lastEnt >= 0 && pa-lastPara <= 1 {
			q.spkEnt = lastEnt // conversation continues
		}
		if q.spk.len() == 0 && q.spkEnt < 0 {
			// The nearest person named before it, within three paragraphs.
			for mi := len(*ments) - 1; mi >= 0; mi-- {
				m := (*ments)[mi]
				if m.a < a && m.label == annot.LabelPerson && m.typ == annot.MentionName && int(d.para[m.a]) >= pa-3 && d.quote[m.a] < 0 {
					q.spkEnt = m.ent
					q.conf *= 0.8
					break
				}
			}
		}
		if q.spk.len() > 0 {
			mi := d.resolveNP(q.spk, ments, nameAt, ents, lastEnt, lastPara)
			out[qi] = mi
			if mi >= 0 {
				q.spkEnt = (*ments)[mi].ent
			}
		} else if q.spkEnt >= 0 && out[qi] < 0 {
			// Point at the entity's nearest name mention.
			for mi, m := range *ments {
				if m.ent == q.spkEnt && m.typ == annot.MentionName && (out[qi] < 0 || m.a < a) {
					out[qi] = mi
				}
			}
		}
		if q.spkEnt >= 0 && ents[q.spkEnt].label == annot.LabelPerson {
			lastEnt, lastPara = q.spkEnt, int(d.para[b])
		}
	}
	return out
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// resolveNP returns the mention for a speaker noun phrase, adding pronoun
// and nominal mentions as needed, linked to an entity when one fits.
func (d *doc) resolveNP(np rng, ments *[]ment, nameAt map[int]int, ents []entity, lastEnt, lastPara int) int {
	// A name inside the phrase: the last person, else the last name.
	person, other := -1, -1
	for i := np.a; i < np.b; i++ {
		if mi, ok := nameAt[i]; ok {
			if (*ments)[mi].label == annot.LabelPerson {
				person = mi
			} else {
				other = mi
			}
		}
	}
	if person >= 0 {
		return person
	}
	hasRole := false
	for i := np.a; i < np.b; i++ {
		if roleNouns[d.low[i]] && !(other >= 0 && (*ments)[other].a <= i && i < (*ments)[other].b) {
			hasRole = true
			break
		}
	}
	if other >= 0 && !hasRole {
		return other
	}
	// Reuse a mention already made for this phrase.
	for mi, m := range *ments {
		if m.a == np.a && m.b == np.b {
			return mi
		}
	}
	w := d.low[np.a]
	m := ment{a: np.a, b: np.b, label: annot.LabelPerson, typ: annot.MentionNominal, ent: -1, conf: 0.6}
	if np.len() == 1 && pronouns[w] != "" || w == "i" {
		m.typ = annot.MentionPronoun
		m.ent = d.resolvePronoun(np.a, *ments, lastEnt, lastPara)
	} else if hasRole && (w == "the" || pronouns[w] != "" || d.capital(np.a) || np.len() == 1) {
		m.ent = d.resolveNominal(np, *ments, ents, lastEnt, lastPara)
	}
	*ments = append(*ments, m)
	return len(*ments) - 1
}

// resolvePronoun links he/she (and his/her) to a person: the first person
// named earlier in the same sentence, else the last speaker nearby, else the
// nearest person named before; they/we to the nearest organisation.
func (d *doc) resolvePronoun(p int, ments []ment, lastEnt, lastPara int) int {
	cls := pronouns[d.low[p]]
	s := d.sents[d.sent[p]]
	if cls == "m" || cls == "f" {
		for _, m := range ments {
			if m.a >= s.a && m.b <= p && m.label == annot.LabelPerson && m.typ == annot.MentionName && d.quote[m.a] < 0 {
				return m.ent
			}
		}
		if lastEnt >= 0 && int(d.para[p])-lastPara <= 2 {
			return lastEnt
		}
		for i := len(ments) - 1; i >= 0; i-- {
			m := ments[i]
			if m.b <= p && m.label == annot.LabelPerson && m.typ == annot.MentionName && int(d.para[p])-int(d.para[m.a]) <= 3 {
				return m.ent
			}
		}
		return -1
	}
	if cls == "p" || cls == "n" {
		for i := len(ments) - 1; i >= 0; i-- {
			m := ments[i]
			if m.b <= p && m.label == annot.LabelOrg && m.typ == annot.MentionName && int(d.sent[p])-int(d.sent[m.a]) <= 1 {
				return m.ent
			}
		}
	}
	return -1
}

// resolveNominal links "the Russian president" to the person whose titles
// share most words with it, else to the last speaker nearby.
func (d *doc) resolveNominal(np rng, ments []ment, ents []entity, lastEnt, lastPara int) int {
	best, bestScore, bestDist := -1, 0, 1<<30
	for ei, e := range ents {
		if e.label != annot.LabelPerson {
			continue
		}
		score := 0
		for i := np.a; i < np.b; i++ {
			if !determiners[d.low[i]] && d.low[i] != "of" && e.words[d.low[i]] {
				score++
			}
		}
		if score == 0 {
			continue
		}
		dist := 1 << 30
		for _, m := range ments {
			if m.ent == ei && m.typ == annot.MentionName {
				dist = min(dist, abs(m.a-np.a))
			}
		}
		if score > bestScore || score == bestScore && dist < bestDist {
			best, bestScore, bestDist = ei, score, dist
		}
	}
	if best >= 0 {
		return best
	}
	plural := d.low[np.b-1] != "" && d.low[np.b-1][len(d.low[np.b-1])-1] == 's'
	if !plural && lastEnt >= 0 && int(d.para[np.a])-lastPara <= 2 {
		return lastEnt
	}
	return -1
}
