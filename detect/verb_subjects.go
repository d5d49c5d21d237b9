package detect

import (
	"strings"

	"github.com/quotebench/quotebench/annot/tokens"
	"github.com/quotebench/quotebench/detect/syntax"
)

// Subjects found around a verb of speech that the noun-phrase scans alone
// miss or over-read: an inverted speaker before a participle, coordinated
// subjects, and naming with "call" ("what they called X").

// invertedBefore is the speaker of an inverted attribution just before a
// participle's comma at k ("…,” said one shopper, noting that …": the
// shopper notes), or an empty range.
func (d *doc) invertedBefore(k int, s rng) rng {
	if k-2 < s.a || d.low[k] != "," || d.quote[k] >= 0 {
		return rng{}
	}
	np := d.leftNP(k-1, s.a)
	v := np.a - 1
	for v > s.a && v >= np.a-4 && cueStrength[d.low[v]] == 0 && !d.isPunct(v) && d.quote[v] < 0 {
		v-- // over an organisation's role before the name: "said Acme team physician Dr. Jo Doe, adding"
	}
	if np.len() == 0 || v < s.a || d.quote[v] >= 0 || cueStrength[d.low[v]] == 0 || tellVerbs[d.low[v]] || !pastForm(d.low[v]) && !strings.HasSuffix(d.low[v], "s") {
		return rng{}
	}
	// Inverted: the verb follows a quotation ("”, said Jo Doe,"), not
	// its subject ("Jo Doe, a delegate, endorsed the plan, saying": an
	// object).
	mark := func(j int) bool { return j >= s.a && doubleMark(d.low[j]) != notMark }
	if !(mark(v-1) || v-1 >= s.a && d.low[v-1] == "," && mark(v-2)) {
		return rng{}
	}
	return np
}

// quotedAs is the person quoted in "quoted X as saying" (k is "as"):
// "The Herald quoted the provincial security chief as saying …" is the
// chief's report, not the paper's. Empty for any other participle.
func (d *doc) quotedAs(k int, s rng) rng {
	if k-2 < s.a || d.low[k] != "as" {
		return rng{}
	}
	np := d.leftNP(k-1, s.a)
	if d.low[k-1] == "," && k-3 >= s.a {
		// An apposition before "as": "quoted the top negotiator, Jo
		// Doe, as saying", "quoted Jo Doe, the top negotiator, as
		// saying": the name, with the verb before both.
		second := d.leftNP(k-2, s.a)
		if second.len() == 0 || second.a-2 < s.a || d.low[second.a-1] != "," {
			return rng{}
		}
		v := second.a - 2
		for v > s.a && v > second.a-12 && !d.quotingVerb(v, s) && (!d.isPunct(v) || possessiveMark(d.low[v])) {
			v-- // "quoted the country's top negotiator with the rebels, …"
		}
		if v+1 > second.a-2 || !d.quotingVerb(v, s) {
			return rng{}
		}
		if d.person[second.b-1] {
			return second
		}
		return rng{v + 1, second.a - 1}
	}
	if np.len() == 0 || !d.quotingVerb(np.a-1, s) {
		return rng{}
	}
	return np
}

// quotingVerb reports "quoted" or "cited" (in any form) at v, outside quotes.
func (d *doc) quotingVerb(v int, s rng) bool {
	if v < s.a || d.quote[v] >= 0 {
		return false
	}
	switch d.low[v] {
	case "quoted", "quoting", "quotes", "quote", "cited", "citing":
		return true
	}
	return false
}

// nameBeforeApposition extends a description to the person named right
// before it when the comma closing the apposition is missing ("Jo Doe,
// leader of the party told a rally"): the name speaks, and the subject
// starts where a quotation before it ends. The name must open its clause
// and the description be a bare role ("leader of …", no article: "Doe, a
// top aide said" is the aide's report about Doe) naming one person.
func (d *doc) nameBeforeApposition(np rng, s rng) rng {
	c := np.a - 1
	if c-1 < s.a || d.low[c] != "," || d.person[np.a] || !d.person[c-1] || determiners.has(d.low[np.a]) || pronouns[d.low[np.a]] != "" {
		return np
	}
	head := d.headNoun(np)
	if !roleNouns.has(head) {
		return np // "Doe, who said", "Doe, a top aide said": no apposition to the name
	}
	j := c - 1
	for j > s.a && d.person[j-1] {
		j--
	}
	if j > s.a && !d.isPunct(j-1) && doubleMark(d.low[j-1]) == notMark || pluralNoun(head) {
		return np // "After meeting Jo Doe, officials said": the name is an object
	}
	return rng{j, np.b}
}

// parentheticalBefore is the subject of a reporting clause set off before
// the comma at k, when a participle follows it ("…, Jo Doe said Tuesday in
// Paris, noting …"): the participle shares that subject, not the
// sentence's first name. The clause is a form of "say" with its subject
// after a comma, "and" or "but", and at most a time and an adjunct after
// it; else the result is empty. After a quotation (`”, Doe said, adding`)
// the sentence's subject is already Doe's, and the cue after the closing
// mark is looked up by where its subject starts, so it is left alone.
func (d *doc) parentheticalBefore(k int, s rng) rng {
	if k-2 < s.a || d.low[k] != "," || d.quote[k] >= 0 {
		return rng{}
	}
	for v := k - 1; v > s.a && v >= k-8; v-- {
		if d.quote[v] >= 0 || d.isPunct(v) {
			return rng{}
		}
		if !sayForms.has(d.low[v]) {
			continue
		}
		a := v + 1
		for a < k && (dayWords.has(d.low[a]) || timeWords.has(d.low[a])) {
			a++
		}
		if a < k && !d.adjunctOnly(a, k) {
			return rng{}
		}
		np := d.leftNP(v-1, s.a)
		if p := np.a - 1; np.len() > 0 && p >= s.a && (d.low[p] == "," || d.low[p] == "and" || d.low[p] == "but") {
			return np
		}
		return rng{}
	}
	return rng{}
}

// coordinatedSubject extends a subject over a conjunct before it when the
// coordination opens the clause (at the sentence start or after a comma,
// dash or colon): "Rebel fighters and army officers said", "…, the radio
// station and the news agency reported." A conjunct inside a clause is an
// object ("the police closed the road and officials said") and stays out,
// but a coordination that is a participle's object goes with the phrase
// the participle is in ("The union representing drivers and mechanics
// said"). A number after "in" and a number is a proportion: "Nearly one
// in four said".
func (d *doc) coordinatedSubject(np rng, s rng) rng {
	if f := np.a - 2; np.len() == 1 && f >= s.a && (f == s.a || d.datelineEnd(s.a) == f || d.toks[f].Gap >= tokens.Newline) && d.low[np.a-1] == "," && d.headlineList(f, np.a) {
		return rng{f, np.b} // "Truckers, exporters say …": a headline's comma for "and"
	}
	if np.len() == 1 && np.a-2 >= s.a && d.low[np.a-1] == "in" && d.posAt(np.a) == syntax.CD && d.posAt(np.a-2) == syntax.CD {
		np.a -= 2 // "Nearly one in four said …": the proportion, not "four"
		if np.a-1 >= s.a && approxWords[d.low[np.a-1]] {
			np.a--
		}
		return np
	}
	if np.len() == 0 || np.a-2 < s.a || d.low[np.a-1] != "and" && d.low[np.a-1] != "or" || d.quote[np.a-1] >= 0 {
		return np
	}
	first := d.leftNP(np.a-2, s.a)
	if first.len() == 0 || first.len() > 6 || (prepositions | morePrepositions).has(d.low[first.a]) || d.posAt(first.a).IsVerb() {
		return np
	}
	if v := d.participleIn(first); v > first.a && d.nominal(rng{first.a, v}) && (first.a == s.a || d.isPunct(first.a-1)) {
		// The coordination is the object of a participle after the
		// subject that opens the clause: "The union representing STO
		// drivers and mechanics said" is the union's.
		return rng{first.a, np.b}
	}
	if !d.nominal(first) {
		return np
	}
	// After a comma the coordination ends a clause ("X met Y, the radio and
	// the agency said"), not a list ("Besides A, B, C and D have …").
	// Right after a quotation the coordination opens the attribution:
	// "“…,” Jo Doe and Al Roe wrote".
	if p := first.a - 1; p < s.a || d.datelineEnd(s.a) == first.a || d.quote[p] < 0 && (d.low[p] == ":" || d.isDashTok(p) || d.low[p] == "," && d.finiteVerb(s.a, p)) || d.quote[p] >= 0 && isMarkTok(d.low[p]) {
		return rng{first.a, np.b}
	}
	return np
}

// participleIn is the first present participle in np after its first
// word ("The union representing drivers"), else -1.
func (d *doc) participleIn(np rng) int {
	for i := np.a + 1; i < np.b; i++ {
		if d.posAt(i) == syntax.VBG {
			return i
		}
	}
	return -1
}

// approxWords come before a proportion: "nearly one in four". (The
// approx class without "about", "around" and "over", which may open a
// prepositional phrase before a subject, and with "only".)
var approxWords = map[string]bool{"nearly": true, "almost": true, "roughly": true, "approximately": true, "some": true, "only": true, "just": true}

// headlineList reports two bare plural nouns, the first capitalised and
// opening the sentence, with a comma between them, the style of a
// headline's subject: "Truckers, exporters", "Farmers, ranchers" (opening
// a headline without a final stop, or a line of a pasted page).
func (d *doc) headlineList(f, n int) bool {
	plural := func(i int) bool {
		p := d.posAt(i)
		return (p == syntax.NNS || p == syntax.NNPS) && d.quote[i] < 0
	}
	// (The tagger may read the capitalised first word as a name.)
	if !d.capital(f) || d.capital(n) || !plural(f) || !plural(n) || d.person[n] || d.org[n] || d.adverbAt(f) {
		return false
	}
	s := d.sents[d.sent[f]]
	last := s.b - 1
	for last > s.a && isCloser(d.low[last]) {
		last--
	}
	switch d.low[last] {
	case ".", "!", "?", "…":
		return false // a sentence of prose: "Nowadays, teens say …."
	}
	return true
}

// namingWhat reports "what" opening the clause of the verb at i, over its
// subject, with a name not in quotation marks after it: "what they called
// a war", "what the mayor calls a fair rise".
func (d *doc) namingWhat(i int, s rng) bool {
	for j := i + 1; j < s.b && j <= i+3; j++ {
		if d.quote[j] >= 0 || isMarkTok(d.low[j]) {
			return false // the name in quotation marks is their words: what he calls “a lie”
		}
	}
	for j := i - 1; j >= s.a && j >= i-5; j-- {
		if d.low[j] == "what" {
			return j < i-1
		}
		if d.isPunct(j) || d.quote[j] >= 0 || auxiliaries.has(d.low[j]) && d.low[j] != "has" && d.low[j] != "have" && d.low[j] != "had" {
			return false
		}
	}
	return false
}

// subjectAfterFrontedPP finds the subject inside the phrase np that
// follows a sentence-opening preposition at p with no comma after its
// object ("In Ottawa officials said", "At the meeting the mayor said"): the
// phrase from the last place after the object's first word where a new
// noun phrase can open (a determiner, a change between capitalised and
// lower-case words before a plural or a role), when a noun heads it and the
// cue at verb is no participle ("In a video posted online"); else none.
func (d *doc) subjectAfterFrontedPP(p int, np rng, verb int) rng {
	upper := func(i int) bool { return d.capital(i) || d.toks[i].Kind == tokens.Number }
	start := -1
	for j := max(p+2, np.a+1); j < np.b; j++ {
		if determiners.has(d.low[j]) && d.low[j] != "that" {
			start = j
		} else if upper(j) != upper(j-1) && (upper(j) || d.posAt(np.b-1) == syntax.NNS || roleNouns.has(d.low[np.b-1]) || irregularPlurals.has(d.low[np.b-1])) {
			start = j
		}
	}
	if start < 0 || !d.posAt(np.b-1).IsNoun() || d.posAt(verb) == syntax.VBN {
		return rng{}
	}
	return rng{start, np.b}
}

// titleIn reports a person's title in np ("Keystone Agricultural
// Producers president Jill Verwey", "Premier Bob Jones"): a person, not a
// place coordinated after a preposition.
func (d *doc) titleIn(np rng) bool {
	for i := np.a; i < np.b; i++ {
		if personTitles[d.low[i]] {
			return true
		}
	}
	return false
}

// overPrepObject moves a subject found as the object of a preposition to
// the phrase the preposition modifies ("The embassy in Tirana said"); a
// clause's opening phrase has none ("Under a charter agreed in 1990, …",
// "In a call to a newspaper, …") unless the subject follows its object
// without a comma ("In Ottawa officials said"). ok is false when no subject
// is left; verb is the cue's token.
func (d *doc) overPrepObject(np, s rng, verb int) (rng, bool) {
	if a := np.a; a-1 > s.a && np.len() >= 3 && !d.capital(a) && !d.capital(a-1) && d.posAt(a-1).IsAdjective() && d.quote[a-1] < 0 && d.prepositionIn(a+1, np.b) {
		// The chunker's reach ended inside a phrase with a preposition
		// in it: "Residents of a quiet residential | street on
		// Larkspur's north side say" is the residents', not the street's.
		if ext := d.leftNP(a, s.a); ext.len() > 0 && ext.a < a {
			np.a = ext.a
		}
	}
	a := np.a
	if a-2 > s.a && !d.capital(a-1) && d.posAt(a-1).IsAdjective() && (d.low[a-2] == "and" || d.low[a-2] == "or") {
		a-- // "… and southern Vancouver Island"
	}
	sharedHead := func() bool { // "the Kestrel and Birchfall rivers"
		return np.len() >= 2 && np.len() <= 4 && d.capitalRunEnd(np.a, np.b) == np.b-1 && pluralNoun(d.low[np.b-1])
	}
	if c := a - 1; c-1 > s.a && (d.low[c] == "and" || d.low[c] == "or") && d.capital(np.a) && (d.capital(np.b-1) || sharedHead()) {
		// "grocers in Brampton and Mississauga said": the names
		// coordinated after the preposition are its object.
		if left := d.leftNP(c-1, s.a); left.len() > 0 && (d.capital(left.a) || d.low[left.a] == "the" && left.len() > 1 && d.capital(left.b-1) && d.capital(left.a+1)) && left.a-1 > s.a && (prepositions.has(d.low[left.a-1]) || groundPreps[d.low[left.a-1]]) && !subordinators.has(d.low[left.a-1]) && d.low[left.a-1] != "of" && !dayWords.has(d.low[left.a-2]) &&
			(!d.titleIn(np) || d.titleIn(left)) && !(a == np.a && (d.org[np.b-1] && !d.org[left.b-1] || d.person[np.b-1] && !d.person[left.b-1])) { // (not a place and a titled person: "outside Brandon and Keystone Agricultural Producers president Jill Verwey said"; nor a place and a body or a person: "Layoffs came in Larkspur and Unifor said")
			np.a = left.a
			if head := d.overParticiple(np, s); head != np {
				return head, true // "respondents living outside Regina and Saskatoon said": the respondents
			}
		}
	}
	p := np.a - 1
	if p-1 >= s.a && !d.capital(p) && d.posAt(p).IsAdjective() && (prepositions | morePrepositions).has(d.low[p-1]) && d.capital(np.a) {
		// "of Sturgeon Narrows First Nation in northern Saskatchewan
		// said": an adjective before the place a preposition took.
		np.a, p = p, p-1
	}
	placePrep := func(q int) bool {
		return q >= s.a && ((prepositions | morePrepositions).has(d.low[q]) || groundPreps[d.low[q]]) && !subordinators.has(d.low[q]) && d.low[q] != "like" && !(approx.has(d.low[q]) && d.posAt(q+1) == syntax.CD)
	}
	if !placePrep(p) {
		return np, true
	}
	if study := d.commissionedStudy(p, s.a); study.len() > 0 {
		return study, true // "A study commissioned last year by the town found": the study's finding
	}
	if p-2 > s.a && (d.low[p-1] == "and" || d.low[p-1] == "or") && placePrep(p-2) && d.low[p-2] != "of" {
		p -= 2 // two prepositions of one object: "Business owners in and around Larkspur say"
	}
	if d.timeBeforeAgent(p, s.a) {
		return np, true // "A poll released in November by Tidewater Research found": the agent, not "November by …" (not "who last fall by her own account said")
	}
	if head := d.leftNP(p-1, s.a); head.len() > 0 && !d.isPunct(p-1) && (d.posAt(p-1).IsNoun() || d.posAt(p-1).IsPronoun()) && !d.posAt(head.a).IsVerb() {
		if head.len() > 1 && (prepositions | morePrepositions).has(d.low[head.a]) {
			// A phrase in another phrase: "A diplomat in charge of
			// elections in the region announced".
			return d.overPrepObject(rng{head.a + 1, np.b}, s, verb)
		}
		if q := head.a - 1; q-1 >= s.a && (prepositions | morePrepositions).has(d.low[q]) && !subordinators.has(d.low[q]) && d.low[q] != "of" && !d.isPunct(q-1) && d.posAt(q-1).IsNoun() && !d.capital(head.a) {
			// Two phrases of place in a row: "several growers on the
			// benches above the lake reported" is the growers'.
			return d.overPrepObject(rng{head.a, np.b}, s, verb)
		}
		return rng{head.a, np.b}, true
	}
	if p == s.a || d.isPunct(p-1) {
		np = d.subjectAfterFrontedPP(p, np, verb)
		return np, np.len() > 0
	}
	return np, true
}

// legalCharge reports "charge" in its legal sense, a crime after "with"
// ("charged with fraud", "charged him with assault"), or as a price ("charged
// his campaign for rent", "charges $5 a month"), or a rush ("The bear
// charged and knocked him down", "charged at the officers"): no one's
// words.
func (d *doc) legalCharge(i int, s rng) bool {
	if !strings.HasPrefix(d.low[i], "charg") {
		return false
	}
	j := i + 1
	if j < s.b && (coordinators.has(d.low[j]) || motionPreps[d.low[j]]) && !d.thatClauseAhead(j, s) {
		return true // (not "charged at Tuesday's meeting that staff had misled council")
	}
	if j < s.b && (d.low[j] == "$" || d.posAt(j) == syntax.CD) {
		return true
	}
	if np := d.rightNP(j, s.b); np.len() > 0 && np.len() <= 5 {
		j = np.b
	}
	return j < s.b && (d.low[j] == "with" || d.low[j] == "for" || d.low[j] == "$" || d.posAt(j) == syntax.CD)
}

// thatClauseAhead reports "that" within the twelve tokens from j, before
// any punctuation: a charge made at an occasion ("charged at a rally that
// …", "charged and then retracted that …").
func (d *doc) thatClauseAhead(j int, s rng) bool {
	for k := j; k < s.b && k < j+12 && !(d.isPunct(k) && !possessiveMark(d.low[k])); k++ {
		if d.low[k] == "that" && d.quote[k] < 0 {
			return true
		}
	}
	return false
}

// motionPreps follow a verb of motion: "charged at the crowd", "charged
// toward the hiker".
var motionPreps = wordSet(`at toward towards into through across down up out ahead forward past onto`)

// impersonalSay reports "say" in the writer's hedges, where no one is
// reported: "it is safe to say", "too early to say", "needless to say",
// "that is to say", "one could say"; and "That said, …".
func (d *doc) impersonalSay(i int, s rng) bool {
	if d.low[i] == "said" && i-1 >= s.a && i+1 < s.b && d.low[i+1] == "," && (d.low[i-1] == "that" || d.low[i-1] == "this") {
		// "That said, …": a concession opening the clause, no report.
		return i-1 == s.a || d.isPunct(i-2) || d.low[i-2] == "but" || d.low[i-2] == "and"
	}
	if d.low[i] != "say" || i-2 < s.a {
		return false
	}
	p, pp := d.low[i-1], d.low[i-2]
	if p == "to" {
		return hedgeAdjectives.has(pp) || pp == "so" || pp == "is" && i-3 >= s.a && d.low[i-3] == "that" ||
			pp == "it" && i-3 >= s.a && d.low[i-3] == "suffice"
	}
	return pp == "one" && d.posAt(i-1) == syntax.MD
}

// commissionVerbs order or pay for a study that others write.
var commissionVerbs = wordSet(`commissioned funded sponsored ordered requested`)

// commissionedStudy is the study whose agent phrase opens at the "by" at
// p, when a verb of commissioning takes it, with a time between them or
// none: "A study commissioned last year by the town found", "An
// assessment commissioned by a previous owner, filed with the town in
// 2019, found" (its finding, not the one who paid for it; a poll "conducted"
// or "released" by a firm stays the firm's); else an empty range.
func (d *doc) commissionedStudy(p, lo int) rng {
	if d.low[p] != "by" {
		return rng{}
	}
	v := p - 1
	if t := d.overTime(p-1, lo); t < p-1 && t >= lo {
		v = t
	} else if v-1 > lo && d.low[v-1] == "in" && (d.toks[v].Kind == tokens.Number || months.has(d.low[v])) {
		v -= 2 // "commissioned in 2019 by"
	}
	if v <= lo || !commissionVerbs[d.low[v]] {
		return rng{}
	}
	if study := d.leftNP(v-1, lo); study.len() > 0 && studyNoun(d.low[study.b-1]) && !(study.a > lo && (prepositions.has(d.low[study.a-1]) || d.posAt(study.a-1).IsVerb())) {
		return study // (not a study inside another's phrase: "Residents angered by a study commissioned by the town said")
	}
	return rng{}
}
