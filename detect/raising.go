package detect

// Raising verbs take an infinitive: "plans to", "wants to" (the subject
// holds the attitude), "is expected to" and "seems to" (someone unnamed
// expects or infers it: the subject is part of what is reported, not its
// source).

// raisingCue builds the cue of "seemed to", "is expected to": the content
// is what follows "to" (and the subject, for sourceless ones).
func (d *doc) raisingCue(i int, s rng) (cue, bool) {
	if i-1 >= s.a && (d.low[i-1] == "the" || d.low[i-1] == "a" || d.low[i-1] == "an" || d.low[i-1] == "no" || d.low[i-1] == "any") {
		// A noun with an article: "The aim to cut costs was clear", "has
		// no plans to counter". With a
		// possessive it is its holder's ("his plan to build"), as PolNeAR
		// counts it in scope all.
		return cue{}, false
	}
	k := i - 1
	for k >= s.a && (auxiliaries.has(d.low[k]) || d.adverbAt(k) || d.contractedAux(k, s)) {
		k--
	}
	k = d.overAdjunct(d.overTime(k, s.a), s.a)
	t := d.shortTimeEnd(i+1, s.b) // the "to" after the verb and a time between them
	c := cue{a: i, b: t + 1, objEnd: t + 1, strength: 0.4, rule: ruleRaising}
	c.subj = d.coordinatedSubject(d.leftNP(k, s.a), s)
	if c.subj.len() == 0 && k >= s.a {
		c.subj = d.subjectOverPunct(k, s)
	}
	if c.subj.len() == 0 || d.low[c.subj.a] == "it" || d.low[c.subj.a] == "there" {
		return cue{}, false
	}
	if w := d.low[c.subj.a]; (w == "with" || c.subj.a-1 >= s.a && d.low[c.subj.a-1] == "with") && pastForm(d.low[i]) {
		// "…, with wheat yields expected to hold steady": an
		// absolute phrase, a passive without its auxiliary, and never
		// "with wheat yields" holding an attitude
		return cue{}, false
	}
	if evidential[d.low[i]] && lexicon[d.low[t+1]].strength == 0 && !raisingVerbs[d.low[t+1]] && d.npShape(c.subj) == "desc" {
		// "the disarray appears to be hurting sales": the writer's
		// inference about a thing, no one's attitude; a person's ("she
		// seems to have no problem") or a verb of speech ("seemed to
		// suggest") is one.
		return cue{}, false
	}
	return c, true
}

// passiveRaising reports "is expected to": someone unnamed expects it of
// the subject, who holds no attitude ("The storm is expected to bring
// snow", "are widely expected to").
func (d *doc) passiveRaising(c *cue) bool {
	if c.rule != ruleRaising || !pastForm(d.low[c.a]) || c.a == 0 {
		return false
	}
	k := c.a - 1
	for k > 0 && d.adverbAt(k) && !auxiliaries.has(d.low[k]) {
		k--
	}
	switch d.low[k] {
	case "is", "are", "was", "were", "been", "be":
		return true
	case "'s", "’s":
		// "is" or "has": only a verb that takes an object raises in the
		// passive ("she's expected to", but "he's wanted to" is "has").
		return d.low[c.a] == "expected" || d.low[c.a] == "intended"
	}
	return false
}

// contractedAux reports a contracted auxiliary after a pronoun at k: "she's
// expected to", "they've said", "who's argued".
func (d *doc) contractedAux(k int, s rng) bool {
	return k > s.a && contracted(d.low[k]) && (subjPronouns.has(d.low[k-1]) || d.low[k-1] == "that" || d.low[k-1] == "there")
}

// sourceless reports a raising cue whose subject is no source: a passive
// ("The bridge is expected to reopen") or an inference about the subject
// ("The crowd seemed to be growing", "He appears to be tired"): what is
// reported is the subject with its infinitive, and no one is named as
// holding it. An inference about a verb of speech or thought keeps its
// subject as the source ("She seems to agree", "He appeared to suggest").
func (d *doc) sourceless(c *cue) bool {
	if c.rule != ruleRaising {
		return false
	}
	if evidential[d.low[c.a]] {
		_, cueVerb := lexicon[d.low[c.b]]
		return !cueVerb
	}
	return d.passiveRaising(c)
}

// withSubject puts a sourceless raising cue's subject before its content
// as a part of its own: "[The bridge] is expected [to reopen in May]",
// "[A court in the capital] is expected [to rule soon]".
func (d *doc) withSubject(c *cue, parts []rng) []rng {
	if !d.sourceless(c) || c.subj.len() == 0 || c.inverted || len(parts) == 0 || c.subj.b > parts[0].a || c.subj.b > c.a {
		return parts
	}
	np, s := c.subj, d.sents[d.sent[c.a]]
	for p := np.a - 1; p-1 >= s.a && (prepositions | morePrepositions).has(d.low[p]) && !subordinators.has(d.low[p]) && !d.isPunct(p-1) && d.posAt(p-1).IsNoun(); p = np.a - 1 {
		// The object of a preposition is not the subject; the phrase it
		// modifies is: "rivals beyond the senator are expected to".
		head := d.leftNP(p-1, s.a)
		if head.len() == 0 || head.a >= np.a {
			break
		}
		np.a = head.a
	}
	return append([]rng{np}, parts...)
}
