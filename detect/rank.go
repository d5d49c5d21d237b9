package detect

// The speaker ranker: besides the speaker the sieves choose, a few other
// person mentions near the quote are candidates; the learned speaker model
// scores each and the most probable wins.

// altSpeaker is another candidate speaker mention for a quote.
type altSpeaker struct {
	m   int    // mention index
	how string // how it was proposed
}

// altSpeakers proposes the person named nearest before the quote (in its
// paragraph or the one before), the person named next after it in its
// paragraph, and the previous quote's speaker nearby; never the chosen one.
func (d *doc) altSpeakers(q *quote, chosen int, x *mentIndex, ments []ment, lastMent, lastMentPara int) []altSpeaker {
	var out []altSpeaker
	add := func(m int, how string) {
		if m < 0 || m == chosen {
			return
		}
		for _, a := range out {
			if a.m == m {
				return
			}
		}
		out = append(out, altSpeaker{m, how})
	}
	a, b := q.first(), q.last()
	pa := int(d.para[a])
	if i := before(x.persons, ments, a); i >= 0 && int(d.para[ments[x.persons[i]].a]) >= pa-1 {
		add(x.persons[i], "alt-person-before")
	}
	if j := before(x.persons, ments, b+1) + 1; j < len(x.persons) && int(d.para[ments[x.persons[j]].a]) == int(d.para[b]) {
		add(x.persons[j], "alt-person-after")
	}
	if lastMent >= 0 && pa-lastMentPara <= 1 {
		add(lastMent, "alt-last-speaker")
	}
	return out
}

// rankSpeaker replaces the chosen speaker by a candidate the model finds
// more probable (a quote without one takes a candidate scored above 0.5).
// A cue's own subject that is a noun phrase able to speak (a name, a
// pronoun, a description headed by a role noun) is kept; the ranker decides for the sieves'
// guesses and for subjects of a shape that cannot speak.
func (d *doc) rankSpeaker(q *quote, chosen *int, cues []cue, ments []ment, ents []entity, rank *Linear) {
	if rank == nil || len(rank.W) == 0 || len(q.alts) == 0 {
		return
	}
	if *chosen >= 0 && q.how == "" {
		// The cue's own subject: kept when it is a phrase that can speak.
		if speakingShape(d.npShape(rng{ments[*chosen].a, ments[*chosen].b})) {
			return
		}
	}
	best, bestP, how := *chosen, 0.5, q.how
	if best >= 0 {
		bestP = rank.Prob(d.speakerFeatures(q, q.how, cues, &ments[best], ents))
	}
	for _, al := range q.alts {
		if p := rank.Prob(d.speakerFeatures(q, al.how, cues, &ments[al.m], ents)); p > bestP {
			best, bestP, how = al.m, p, al.how
		}
	}
	if best != *chosen {
		*chosen, q.how, q.spkEnt = best, how, ments[best].ent
	}
}
