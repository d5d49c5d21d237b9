package detect

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/annot/tokens"
	"github.com/quotebench/quotebench/detect/namewords"
	"github.com/quotebench/quotebench/detect/ner"
	"github.com/quotebench/quotebench/detect/syntax"
)

// Descriptions as speakers: "the minister", "the company", "the
// statement", resolved to the entities of the document.

// resolveNominal links "the Russian president" to the person whose titles
// share most words with it, else to the last speaker nearby.
func (d *doc) resolveNominal(np rng, ments []ment, x *mentIndex, ents []entity, lastEnt, lastPara int) int {
	for i := np.a + 2; i+1 < np.b; i++ {
		if d.posAt(i) == syntax.VBN && d.posAt(i-1).IsNoun() && !d.capital(i-1) && prepositions.has(d.low[i+1]) && d.low[i+1] != "by" && d.low[i+1] != "for" {
			np.b = i // "the agreed statement of facts filed with the court": the statement, not the court it went to
			break
		}
	}
	last := d.low[np.b-1]
	if np.len() > 3 && d.low[np.b-2] == "of" && (textNouns.has(d.low[np.b-3]) || docNouns.has(d.low[np.b-3])) {
		return -1 // "the agreed statement of facts", "a statement of claim": a filing, no one's statement
	}
	if d.placeDescription(np) {
		if e := d.headlinePlaceBody(np, ments, x); e >= 0 {
			return e
		}
		return d.resolvePlace(np, last, ments, x, ents)
	}
	aged := d.agedPerson(np) // ("the retired miner" is a person, not a mining company)
	if institutions[last] {
		if (last == "centre" || last == "center") && np.b+1 < len(d.low) && d.low[np.b] == "," && d.low[np.b+1] == "who" {
			return -1 // "The centre, who had 30 goals last season, said": a player
		}
		if e := d.describedRole(np, ments, x, ents); e >= 0 {
			return e // "Jordan Pike, a centre with the Mooseheads, … The centre said"
		}
	}
	if orgNoun(last) && !aged {
		return d.resolveGroup(np, last, ments, x, ents)
	}
	head := d.headNoun(np)
	epithet := false
	if i := d.ofAfterHead(np); aged && i > 0 && (countWords[d.low[i+1]] || d.toks[i+1].Kind == tokens.Number) {
		head, epithet = d.low[i-1], true // "the 44-year-old mother of two": an epithet, not kin (not "the 19-year-old son of the owner")
	}
	if d.placeEpithet(np, head) && d.namedModifier(np, ments, x) {
		// "Jaspreet Gill lost his home. … “…,” the Surrey man said": a
		// person by where they live, just met (not one brought in
		// unnamed: "A Surrey man has been charged. … The Surrey man").
		if d.introducedUnnamed(np.a, head) {
			return -1
		}
		return d.epithetBearer(np, head, ments, x, ents, lastEnt, lastPara)
	}
	if kinNouns.has(head) && !epithet {
		return d.kinOf(np, head, ments, x, ents)
	}
	if orgNoun(head) && !aged {
		return d.resolveGroup(np, head, ments, x, ents) // "the board of elections"
	}
	if docNouns.has(last) {
		if e, ok := d.possessorOfText(np, ments, x, ents, lastEnt, lastPara); ok {
			return e // "Acme's statement said": Acme, not whoever the sentence before is about
		}
		if d.unnamedStatement(np.a, x) {
			return -1 // an unnamed speaker's statement, which statementAntecedent links
		}
		// "The statement said": the subject of the sentence before
		// ("The ministry issued a statement."), else whoever spoke last
		// nearby issued it.
		if e, found := d.posterBefore(np.a, ments, x); e >= 0 {
			return e // "Thunder Bay Police Chief Jo Doe posted congratulations on Facebook. “…,” the post read": Doe, not the force
		} else if found && last == "post" {
			return -1 // "Sarah Quill said her friend posted a photo": not Quill
		}
		if x.stater >= 0 && d.low[x.statedAt] == last && !d.statedSince(x.statedAt, np.a) {
			// "… according to a news release from the health authority.
			// ¶ … ¶ The release said": the one release named, however
			// far back, not the subject of the sentence before.
			return x.stater
		}
		ps, hasBefore := d.sentenceBefore(np.a)
		if hasBefore && (d.low[ps.a] == "his" || d.low[ps.a] == "her") && ps.a+1 < ps.b && d.low[ps.a+1] == last {
			// "Evelyn Friesen, 84, … was not well enough to attend. Her
			// statement was read aloud by her daughter. “…,” the statement
			// read": hers, not the daughter's who read it
			if e := d.resolvePronoun(ps.a, ments, ents, x, lastEnt, lastPara); e >= 0 {
				return e
			}
		}
		// A post only when the sentence before put one out: not "Resident
		// Jane Doucet said she was scared", nor a resident who spoke last
		// reading the police's post.
		issued := last != "post" || d.postedBefore(np.a)
		if hasBefore && issued {
			if mi := d.openerMention(ps, ments, x); mi >= 0 {
				if pi := d.titledAfter(ments[mi], ments, x); pi >= 0 && !d.possessed(np) && ments[pi].ent == x.stater {
					return ments[pi].ent // "Curling NL executive director Patricia Walsh said in a statement …. The statement said": Walsh (not "The organization's statement")
				}
				return ments[mi].ent
			}
		}
		if x.stater >= 0 && int(d.para[np.a])-x.stated <= 4 && !d.statedSince(x.statedAt, np.a) {
			return x.stater // "Acme said in a statement … ¶ … ¶ “…,” the statement said"
		}
		if x.issuer >= 0 && int(d.para[np.a])-x.issued <= 1 && issued {
			return x.issuer
		}
		return -1
	}
	if textNouns.has(last) || reportNouns[last] || studyNoun(last) || dataNouns[last] || forecastNouns[last] {
		if e, ok := d.possessorOfText(np, ments, x, ents, lastEnt, lastPara); ok {
			return e // "The agency's forecast calls for …": the agency's
		}
		return -1 // "According to the staff report, …": a text, never the person the sentence before is about
	}
	if e := d.describedRole(np, ments, x, ents); e >= 0 {
		return e // "Priya Ramanathan, a respirologist at Royal Inland Hospital, says … “…,” the respirologist said"
	}
	if pluralNoun(head) || quantityNouns.has(head) && pluralNoun(last) {
		// "Senate aides", "Doe's aides", "officials": a group, never the
		// one person whose titles share a word with it.
		return -1
	}
	if aged && !isAge(last) {
		if e := d.epithetBearer(np, head, ments, x, ents, lastEnt, lastPara); e >= 0 {
			return e
		}
		if d.ageIn(np) != "" || orgNoun(head) || !occupations[head] && !roleNouns.has(head) {
			return -1
		}
		// "the retired teacher" whom no one just met is: as any other
		// description of a person by occupation or role (one titled so);
		// not the mayor who spoke before "the retired lifeguard"
	}
	// Titles that hold the head noun ("Sen. Jo Doe" for "the senator"),
	// most of the description's words first ("the Vermont senator"),
	// then the nearest; a title word other than the head ("the
	// Democratic candidate") names no one alone.
	score := map[int]int{}
	party := d.partyMember(np)
	partyState := party && np.len() > 2
	for _, e := range x.words[head] {
		if party && d.otherParty(head, ents[e]) || d.partyClash(np, ents[e]) {
			continue // ("the Tory MHA" is no "Liberal MHA Sandra Hearn")
		}
		for i := np.a; i < np.b; i++ {
			if w := d.low[i]; !determiners.has(w) && w != "of" && ents[e].words[w] && !(partyState && w == head) {
				// ("the Wisconsin Republican" is no "Republican Jo Doe"
				// from elsewhere: the state must match)
				score[e]++
			}
		}
	}
	best, bestScore, bestDist := -1, 0, 1<<30
	for e, sc := range score {
		dist := 1 << 30
		list := x.byEnt[e]
		if i := before(list, ments, np.a); i >= 0 {
			dist = np.a - ments[list[i]].a
		}
		if i := before(list, ments, np.a) + 1; i < len(list) {
			dist = min(dist, ments[list[i]].a-np.a)
		}
		if sc > bestScore || sc == bestScore && (dist < bestDist || dist == bestDist && e < best) {
			best, bestScore, bestDist = e, sc, dist
		}
	}
	if ps := d.previousSubject(np.a, ments, x); best >= 0 && ps >= 0 && ps != best && score[ps] == bestScore && d.inRelativeAfter(ps, best, np.a, ments, x) {
		best = ps // "Coun. Priya Ramaswamy, who voted with Okafor, said …. “…,” the councillor said": not Coun. Okafor, named nearer
	}
	// "Company spokesperson Jo Doe said …. ¶ A spokesperson for the
	// ministry said …. The spokesperson said": the one brought in
	// unnamed since the titled one was last named.
	unnamed := d.unnamedSince(np.a, head)
	newer := false
	if best >= 0 && unnamed >= 0 && bestScore <= 1 && d.modifiersNear(np, unnamed) {
		if l := x.byEnt[best]; len(l) > 0 {
			newer = unnamed > ments[l[max(0, before(l, ments, np.a))]].a // (only when the titles match the head alone: "the Acme spokesperson" is still the one titled so)
		}
	}
	if best >= 0 && d.namedNear(best, np.a, ments, x) && !newer {
		return best
	}
	// One whose titles hold the head, named before or soon after.
	titled := best >= 0 && (ents[best].first < np.a || int(d.para[ents[best].first])-int(d.para[np.a]) <= 3)
	if (d.ofSomeoneNew(np, head) || d.possessedWorker(np, head) || unnamed >= 0) && (!titled || newer) {
		// "the owner of one of the businesses": someone not met before;
		// "his physician": not him; "… sent it to a forensic scientist.
		// … the scientist said": the one the article left unnamed.
		return -1
	}
	if head == "elder" && !titled && np.b < len(d.low) && (d.low[np.b] == "who" || d.low[np.b] == "that") {
		return -1 // "The elder who opened the ceremony said": someone the clause brings in (not "the singer who grew up in Charlemagne" after Celine Dion)
	}
	if occupations[head] && !roleNouns.has(head) && !titled {
		// "The pharmacist said" names only someone the article titled
		// so ("Jo Doe, a pharmacist,"): the subject of the sentence
		// before or the last speaker is mostly someone else, the
		// customer, the patient or the victim ("Ann Lee waited two
		// hours for her pills. … The pharmacist said").
		return -1
	}
	if head == "pollster" && !titled {
		// "Kestrel Polling interviewed 600 people. … The pollster said":
		// a polling firm named before, when no person is titled so.
		if e := d.orgBack(np.a, np.a-maxLookBack, ments, x, func(m ment) bool { return pollingTails[d.low[m.b-1]] }); e >= 0 {
			return e
		}
	}
	if d.headlineTitle(np) {
		return headlineBearer(head, np.a, x, ents) // "Judge says …" heading an article: the judge it names later
	}
	if head == "critic" && !titled && slices.ContainsFunc(d.low[np.a:np.b-1], func(w string) bool { return criticParties[w] }) && !d.wordBetween("critic", max(0, np.a-wordBetweenMax), np.a) {
		// "The federal Opposition health critic said": a legislator
		// titled so, never the last speaker or the subject before (a
		// parent who posted about the shortage); when no critic was
		// mentioned before (not "Jo Doe, who is the Opposition's critic
		// for health, said …. The Opposition critic said").
		return -1
	}
	if seatNouns.has(head) {
		// "the MP" is someone named as one, not whoever spoke last; or an
		// opposition critic, who holds a seat, the sentence before is about
		// ("Conservative trade critic Derek Szabo said …. “…,” the MP said").
		if e := d.previousSubject(np.a, ments, x); e >= 0 && partyCritic(ents[e]) && best < 0 && !d.partyClash(np, ents[e]) {
			return e
		}
		return -1
	}
	ageClash := func(e int) bool { return false }
	if isAge(last) {
		// "the 29-year-old": the one person the article gave that age
		// ("said Jo Doe, now 29"), else as any description, but never
		// someone of another stated age.
		age, _, _ := strings.Cut(last, "-")
		if e := d.personOfAge(age, np.a, ments, x); e >= 0 {
			return e
		}
		ageClash = func(e int) bool { a := d.statedAge(e, np.a, ments, x); return a != "" && a != age } // "Jo Roe, 29, said … the 41-year-old said": not Roe
	}
	// The person the sentence before is about, when not known by
	// another role ("Doe toured the plant. The senator said …").
	// An office of a place ("B.C.'s minister responsible for emergency
	// management") is someone titled so, never the last speaker or the
	// subject before for want of one.
	office := (officeNouns.has(head) || seatNouns.has(head)) && d.placePossessed(np) // not an epithet: "Toronto's star", "Sudbury's newest millionaire"
	if e := d.previousSubject(np.a, ments, x); e >= 0 && !office && !newcomerNouns.has(head) && !officeNouns.has(head) && !otherRole(ents[e], head) && !(party && d.otherParty(head, ents[e])) && !ageClash(e) {
		return e
	}
	if titled {
		return best // not someone named only many paragraphs later ("the actor" is not an actor named in a later section)
	}
	if i := before(x.persons, ments, np.a); isAge(last) && i >= 0 && int(d.para[ments[x.persons[i]].a]) > lastPara && int(d.para[np.a])-int(d.para[ments[x.persons[i]].a]) <= 1 && !ageClash(ments[x.persons[i]].ent) {
		// "“…,” coach Jo Doe said. ¶ Nguyen finished with 38 saves. ¶
		// “…,” said the 19-year-old from Calgary": the one named since
		// the last speaker spoke
		return ments[x.persons[i]].ent
	}
	if lastEnt >= 0 && !office && int(d.para[np.a])-lastPara <= 2 && !documentDescription(ents[lastEnt]) && !otherRole(ents[lastEnt], head) && !(party && d.otherParty(head, ents[lastEnt])) && !ageClash(lastEnt) {
		return lastEnt
	}
	if isAge(last) {
		// "the 54-year-old": the person named last, nearby (two
		// paragraphs back over one that goes on about them: "Jo Doe has
		// lived here 46 years. ¶ He has no intention of leaving. ¶ “…,”
		// the 74-year-old said").
		if i := before(x.persons, ments, np.a); i >= 0 && !ageClash(ments[x.persons[i]].ent) && (int(d.para[np.a])-int(d.para[ments[x.persons[i]].a]) <= 1 ||
			int(d.para[np.a])-int(d.para[ments[x.persons[i]].a]) == 2 && d.paraOpensWithPronoun(int(d.para[np.a])-1)) {
			return ments[x.persons[i]].ent
		}
	}
	return -1
}

// paraOpensWithPronoun reports paragraph p opening with "he" or "she".
func (d *doc) paraOpensWithPronoun(p int) bool {
	if p < 0 || p >= len(d.paras) || d.paras[p].a >= d.paras[p].b {
		return false
	}
	w := d.low[d.paras[p].a]
	return w == "he" || w == "she"
}

// namedByLastWord is the organisation named within three paragraphs
// before description np, "the" and a noun for no person, whose name ends
// in that noun: "The Larkspur Valley Health Unit said …. The unit said",
// for a head no rule of kinds knows ("unit", "trust", "network"), when the
// phrase has no role (hasRole); not past another of its kind brought in
// since. Else -1.
func (d *doc) namedByLastWord(np rng, hasRole bool, ments []ment, x *mentIndex) int {
	last, n := d.low[np.b-1], np.len()-1 // the words after "the"
	if hasRole || n < 1 || n > 2 || d.low[np.a] != "the" || d.capital(np.a+1) || d.capital(np.b-1) || personWord(last) || isAge(last) {
		return -1
	}
	kindFloor := d.anotherOfKindBack(np, last)
	floor := max(kindFloor, d.paras[max(0, int(d.para[np.a])-3)].a-1) // (within three paragraphs)
	named := func(m ment) bool {
		if m.b-m.a < n+1 {
			return false
		}
		for k := 0; k < n; k++ { // the name ends in the words: "the health unit" for "… District Health Unit"
			if d.low[m.b-n+k] != d.low[np.a+1+k] || !d.capital(m.b-n+k) {
				return false
			}
		}
		return true
	}
	if e := d.orgBack(np.a, floor, ments, x, named); e >= 0 {
		return e
	}
	// "the health unit" again, paragraphs on: the one it stood for last,
	// unless a body so named came since.
	e, at := d.sameDescriptionResolved(np, kindFloor, ments)
	if e < 0 || int(d.para[np.a])-int(d.para[at]) > backParas {
		return -1
	}
	if since := d.orgBack(np.a, at, ments, x, named); since >= 0 {
		return since
	}
	return e
}

// sameDescriptionResolved is the organisation the same description ("the
// health unit") stood for last, before np and after floor, among the last
// 200 mentions, and that mention's first token; else -1.
func (d *doc) sameDescriptionResolved(np rng, floor int, ments []ment) (int, int) {
	for i, n := len(ments)-1, 0; i >= 0 && n < 200; i, n = i-1, n+1 {
		m := ments[i]
		if m.b > np.a || m.a <= floor {
			continue
		}
		if m.typ != annot.MentionNominal || m.ent < 0 || m.label != annot.LabelOrg || m.b-m.a != np.len() {
			continue
		}
		same := true
		for k := 0; k < np.len() && same; k++ {
			same = d.low[m.a+k] == d.low[np.a+k]
		}
		if same {
			return m.ent, m.a
		}
	}
	return -1, -1
}

// initialsJustBefore reports a word in capitals, in np's sentence before
// it or in the sentence before, that opens with the initials of np's words
// after its determiner: "M.D." or "MD" for "the municipal district",
// "RDCK" for "the regional district".
func (d *doc) initialsJustBefore(np rng) bool {
	var ini strings.Builder
	for i := np.a; i < np.b; i++ {
		if !determiners.has(d.low[i]) {
			r, _ := utf8.DecodeRuneInString(d.low[i])
			ini.WriteRune(r)
		}
	}
	want := ini.String()
	from := d.sents[d.sent[np.a]].a
	if ps, ok := d.sentenceBefore(np.a); ok {
		from = ps.a
	}
	for i := max(from, np.a-60); i < np.a; i++ {
		w := strings.ReplaceAll(d.word(i), ".", "")
		if allCaps(w) && strings.HasPrefix(strings.ToLower(w), want) {
			return true
		}
	}
	return false
}

// textOwner is the organisation that "its" or "their" opening np, a text
// or a record of its ("according to its annual report", "its policy"),
// stands for: the organisation that opens np's sentence, with no other
// organisation named between them ("Kestrel, which is headquartered in
// Calgary, produced …, according to its annual report"); or, when np opens
// its sentence, the one organisation named in the sentence before, its
// subject ("Acme Corp. said profits rose. Its annual report said …"); else
// -1.
func (d *doc) textOwner(np rng, ments []ment, x *mentIndex) int {
	if w := d.low[np.a]; w != "its" && w != "their" || np.len() < 2 {
		return -1
	}
	if h := d.low[np.b-1]; !bodyText(h) && !recordNouns[h] {
		return -1
	}
	s := d.sents[d.sent[np.a]]
	if np.a > s.a {
		mi := d.openerIn(s, x.orgs, ments)
		if mi < 0 || ments[mi].b > np.a {
			return -1
		}
		if i := before(x.orgs, ments, np.a); i < 0 || x.orgs[i] != mi && ments[x.orgs[i]].ent != ments[mi].ent {
			return -1 // another organisation between: "Kestrel ships through the Port of Vancouver, which …, according to its annual report"
		}
		return ments[mi].ent
	}
	ps, ok := d.sentenceBefore(np.a)
	if !ok {
		return -1
	}
	mi := d.openerIn(ps, x.orgs, ments)
	if mi < 0 {
		return -1
	}
	for i := before(x.orgs, ments, ps.b); i >= 0 && ments[x.orgs[i]].a >= ps.a; i-- {
		if ments[x.orgs[i]].ent != ments[mi].ent {
			return -1 // two bodies: "The Competition Bureau is investigating Northwind Airlines."
		}
	}
	return ments[mi].ent
}

// describedOwnerOfText is the body a description names as the owner of
// the text np ("the co-operative's proposal", "the association's
// brief"): the one the description stands for; else -1.
func (d *doc) describedOwnerOfText(np rng, ments []ment, x *mentIndex, ents []entity, lastEnt, lastPara int) int {
	h := d.low[np.b-1]
	if np.len() < 4 || d.low[np.a] != "the" || !bodyText(h) && !letterNouns[h] && !ownedTexts[h] {
		return -1
	}
	k := np.a + 2
	for k < np.b-1 && !possessiveMark(d.low[k]) {
		k++
	}
	owner := rng{np.a, k}
	if k >= np.b-1 || k-np.a > 3 || !orgNoun(d.low[k-1]) || !d.plainDescription(owner, d.low[k-1]) || !d.modifiersOnly(k+1, np.b-1) {
		return -1 // (not "the minister's office's statement", "the union's 'final' offer")
	}
	return d.resolveNominal(owner, ments, x, ents, lastEnt, lastPara)
}

// bodyText reports a noun of a text a body puts out or holds: a report,
// a statement, a post, a study.
func bodyText(h string) bool { return textNouns.has(h) || docNouns.has(h) || reportNouns[h] }

// ownedTexts are texts a body puts out that speak for it as its own
// ("the co-operative's proposal").
var ownedTexts = map[string]bool{"proposal": true, "plan": true, "application": true, "documents": true, "release": true, "filing": true}

// recordNouns name an organisation's records and rules, which speak for it
// ("according to its policy").
var recordNouns = map[string]bool{"policy": true, "policies": true, "records": true, "figures": true, "data": true,
	"statistics": true, "website": true, "guidelines": true, "rules": true, "filings": true}

// pollingTails end the names of polling firms ("Kestrel Polling",
// "Harbourline Research").
var pollingTails = wordSet(`polling research insights analytics strategies`)

// headlineBearer is the entity first named after token p with the title
// head and no word that makes it another office ("former coach", "Vice
// President"), or -1.
func headlineBearer(head string, p int, x *mentIndex, ents []entity) int {
	best := -1
	for _, e := range x.words[head] {
		if ents[e].first < p || ents[e].words["former"] || ents[e].words["ex"] || ents[e].words["vice"] || ents[e].words["deputy"] || ents[e].words["assistant"] || ents[e].words["associate"] {
			continue
		}
		if best < 0 || ents[e].first < ents[best].first {
			best = e
		}
	}
	return best
}

// beforeBody reports whether no line before token p ends as a sentence
// does: p is in the lines that head an article.
func (d *doc) beforeBody(p int) bool {
	if d.headEnd == 0 {
		// (the first line that ends a sentence, found once per document)
		d.headEnd = len(d.toks) + 1
		for _, l := range d.lines() {
			if l.len() > 0 && d.endsSentence(l.b-1) {
				d.headEnd = l.a + 1
				break
			}
		}
	}
	return p <= d.headEnd-1
}

// headlineTitle reports a title alone opening a line that reads as a
// headline ("Judge says …", "Mayor: …"), ending one (", minister says")
// or opening a deck's clause after ";" ("…; MLA calls …", "…; transit
// union says …"), whose bearer the article names after it, however far;
// a title may carry its members before it ("Teachers' union says").
func (d *doc) headlineTitle(np rng) bool {
	clause := np.a > 0 && d.low[np.a-1] == ";"
	if np.len() == 3 && d.capital(np.a) && !d.capital(np.a+2) && strings.HasSuffix(d.low[np.a], "s") && (d.low[np.a+1] == "'" || d.low[np.a+1] == "’") {
		np.b = np.a + 1 // "Teachers' union says …", "Nurses' union: …": a title with its members (not "Ford's government")
	}
	if np.len() == 0 || np.len() > 2 || np.len() == 2 && (d.capital(np.a+1) || !d.capital(np.a) && !clause || formerTitle(d.low[np.a])) {
		return false // one title, or a portfolio and its title: "Health minister says …" (not "Former mayor", "Deputy premier")
	}
	a := np.a
	trailing := a > 0 && d.low[a-1] == "," && a+1 < len(d.toks) && sayForms.has(d.low[a+1]) && (a+2 >= len(d.toks) || d.toks[a+2].Gap >= tokens.Newline)
	if trailing || clause {
		// the line's start, within a headline's length: "Cities must
		// commit to faster permitting, minister says"
		for a > 0 && np.a-a <= 30 && d.toks[a].Gap < tokens.Newline {
			a--
		}
	} else if !d.capital(np.a) || np.a > 0 && d.toks[np.a].Gap < tokens.Newline {
		return false
	}
	b := np.a + 1
	for b < len(d.toks) && b-a <= 31 && d.toks[b].Gap < tokens.Newline {
		b++
	}
	return d.headlineLike(rng{a, b})
}

// inOpening reports token p in the lines that head an article or in the
// first paragraph that ends a sentence, the lede, where news describes
// whom it names only after: "…, with a judge calling the crimes “…”".
func (d *doc) inOpening(p int) bool {
	return d.beforeBody(p) || d.headEnd-1 < len(d.toks) && d.para[p] == d.para[d.headEnd-1]
}

// ledeIndefinite is the person an indefinite title in the article's
// opening stands for ("a judge", "an MLA"): the first one titled so the
// article names after it, within three paragraphs; else -1. Elsewhere "a
// judge" is someone new.
func (d *doc) ledeIndefinite(np rng, x *mentIndex, ents []entity) int {
	if np.len() != 2 || d.low[np.a] != "a" && d.low[np.a] != "an" || !d.inOpening(np.a) {
		return -1
	}
	head := d.low[np.b-1]
	if !roleNouns.has(head) && !occupations[head] || len(x.words[head]) != 1 || np.b < len(d.low) && (d.low[np.b] == "who" || d.low[np.b] == ",") {
		return -1 // (only the one person titled so; not "a paramedic who asked not to be named")
	}
	e := headlineBearer(head, np.b, x, ents)
	if e < 0 || d.sent[ents[e].first] == d.sent[np.a] || int(d.para[ents[e].first])-int(d.para[np.a]) > 3 {
		// (not one named in its own sentence: "A supporter of Premier Jo
		// Doe")
		return -1
	}
	return e
}

// ledeNamedNext is the person first named at the start of the paragraph
// after the article's opening, for an indefinite description of a person
// in that opening: the wire lede that names its subject one paragraph on
// ("A Quebec City-area member of the legislature quit the caucus, saying
// she … ¶ Isabelle Morneau, who has represented …, told reporters";
// "A Saskatoon woman says … ¶ Marlene Dubois, 64, said"); else -1. Not
// when the name is someone met before, or of the other gender.
func (d *doc) ledeNamedNext(np rng, ments []ment, x *mentIndex, ents []entity) int {
	if !d.indefiniteInLede(np) {
		return -1
	}
	i := before(x.persons, ments, np.b) + 1
	if i >= len(x.persons) {
		return -1
	}
	m := ments[x.persons[i]]
	start := m.a
	for start > 0 && start > m.a-3 && personTitles[d.low[start-1]] {
		start-- // "Coun. Jo Doe, …"
	}
	if start == 0 || d.para[start] != d.para[np.a]+1 || d.para[start-1] == d.para[start] || m.b >= len(d.low) || m.ent < 0 || ents[m.ent].first != m.a {
		return -1
	}
	if d.low[m.b] != "," && !d.posAt(m.b).IsVerb() {
		return -1
	}
	if start < m.a || otherPosition(ents[m.ent], "") || d.kinInSentence(np.a) {
		return -1 // "Premier Jo Doe, …" is someone else; "A Winnipeg mother says her son … ¶ Tyler Moss, 16, …" is the son
	}
	if a, err := strconv.Atoi(d.ageOfMention(m)); err == nil && a < 18 {
		return -1 // a child named next is the one the lede's person speaks of
	}
	if d.diesAfter(m.b) {
		return -1 // "A Moncton man says … ¶ Luc Dubois, 34, died Tuesday": the one who died, of whom he speaks
	}
	lede := cmp.Or(nounGender[d.low[np.b-1]], d.pronounAfter(np.b)) // "A Saskatoon man says he …"
	named := cmp.Or(genderOf(ents[m.ent]), wideGenderOf(ents[m.ent]), d.pronounAfter(m.b))
	if lede != "" && named != "" && lede != named {
		return -1 // "A Saskatoon man says … ¶ Marlene Dubois, 64, said she"
	}
	return m.ent
}

// possessorOfText is the one whose text description np names by a
// possessive: a name ("Acme's statement", "Doe's post") or a description
// of a body, a place or an office ("the city's release", "the mayor's
// statement"), resolved; -1 for another possessor ("The victim's
// family's statement"), left as described. ok is false when np has no
// possessor of either kind.
func (d *doc) possessorOfText(np rng, ments []ment, x *mentIndex, ents []entity, lastEnt, lastPara int) (int, bool) {
	p := d.lastPossessive(np)
	if p < 0 {
		return -1, false
	}
	for _, list := range [][]int{x.orgs, x.persons, x.places} {
		if i := before(list, ments, p); i >= 0 && ments[list[i]].b == p && ments[list[i]].a >= np.a {
			return ments[list[i]].ent, true
		}
	}
	if d.low[np.a] == "the" && p-np.a >= 2 && !d.capital(p-1) {
		if h := d.low[p-1]; orgNoun(h) || placeKinds[h] != 0 || roleNouns.has(h) {
			return d.resolveNominal(rng{np.a, p}, ments, x, ents, lastEnt, lastPara), true // "the city's release"
		}
		return -1, true // "The victim's family's statement": theirs, whoever the sentence before named
	}
	return -1, false
}

// lastPossessive is the last possessive mark inside description np, before
// its head ("the city's release", "Feld's advocacy group"), else -1.
func (d *doc) lastPossessive(np rng) int {
	p := -1
	for i := np.a + 1; i < np.b-1; i++ {
		if possessiveMark(d.low[i]) {
			p = i
		}
	}
	return p
}

// nicknamed reports an organisation named by a plural nickname, as
// sports clubs are: "the Wheat Kings", "Calgary Flames" (not "Parks
// Canada", "RCMP", "Doctors Without Borders").
func (d *doc) nicknamed(m ment) bool {
	w := d.word(m.b - 1)
	if m.b-m.a > 3 || allCaps(w) || !strings.HasSuffix(w, "s") {
		return false
	}
	for j := m.a; j < m.b; j++ {
		if prepositions.has(d.low[j]) || kindWord(d.low[j]) {
			return false
		}
	}
	return true
}

// indefiniteInLede reports description np opening with "a" or "an" in
// the article's first paragraph (not in a headline).
func (d *doc) indefiniteInLede(np rng) bool {
	d.beforeBody(np.a) // (finds headEnd)
	return (d.low[np.a] == "a" || d.low[np.a] == "an") && d.headEnd-1 < len(d.toks) && d.para[np.a] == d.para[d.headEnd-1]
}

// ledeBusinessNamedNext is the business that opens the paragraph after
// the lede's "An auto parts maker says …" as its subject ("Northfield
// Axle Technologies told employees …"), else -1.
func (d *doc) ledeBusinessNamedNext(np rng, ments []ment, x *mentIndex, ents []entity) int {
	if !businessHeads[d.headNoun(np)] || !d.indefiniteInLede(np) {
		return -1 // (its head: "A bus manufacturer in Quebec's Beauce region says")
	}
	i := before(x.orgs, ments, np.b) + 1
	if i >= len(x.orgs) {
		return -1
	}
	m := ments[x.orgs[i]]
	if m.ent < 0 || ents[m.ent].first != m.a || d.para[m.a] != d.para[np.a]+1 || !d.openingSubject(m) || d.otherKind(m, "company") || d.low[m.b-1] == "canada" {
		return -1 // (not a federal body: "A bank says … ¶ Statistics Canada reported …")
	}
	return m.ent
}

// ownerNouns head descriptions of the business that owns or runs a thing
// ("the mill's owner", "its operator").
var ownerNouns = wordSet(`owner owners operator operators`)

// operatorNamed is the organisation the article names as the owner or
// operator of the thing a possessed description np names ("the mill's
// owner", "the camp's operator"; "its operator", of whatever thing): the
// nearest one within two paragraphs either side (sixteen organisations
// each way) named after "operated by", "owned by" or "run by" (over a
// "Campbell River-based") right after that thing, or before ", which
// runs" (owns, operates; "runs" alone) and that thing; else, for one in
// the article's opening, the business opening the paragraph after it as
// its subject, when that paragraph or the next names the thing again
// ("Birchfall Pulp Ltd. said … ¶ … this mill …"); else -1. Not "its
// owner" (a dog's, a barn's), not one a person's name is set off after
// ("The bakery's owners, Ana and Leo Ruiz,"), not a name's owner.
func (d *doc) operatorNamed(np rng, ments []ment, x *mentIndex, ents []entity) int {
	head := d.low[np.b-1]
	if !ownerNouns[head] || np.b+1 < len(d.low) && d.low[np.b] == "," && d.person[np.b+1] {
		return -1
	}
	thing := ""
	switch {
	case d.low[np.a] == "its" || d.low[np.a] == "their":
		if !strings.HasPrefix(head, "operator") {
			return -1
		}
	case np.len() > 2 && (possessiveMark(d.low[np.b-2]) || d.posAt(np.b-2) == syntax.Possessive) && !d.capital(np.b-3):
		thing = strings.TrimSuffix(d.low[np.b-3], "s")
	default:
		return -1
	}
	p := int(d.para[np.a])
	near := func(m ment) bool { dp := int(d.para[m.a]) - p; return dp >= -2 && dp <= 2 }
	best, dist := -1, 0
	for i, n := before(x.orgs, ments, np.a), 0; i >= 0 && n < 16 && near(ments[x.orgs[i]]); i, n = i-1, n+1 {
		if m := ments[x.orgs[i]]; m.ent >= 0 && d.namedOperator(m, thing) {
			best, dist = m.ent, np.a-m.b
			break
		}
	}
	for i, n := before(x.orgs, ments, np.b)+1, 0; i < len(x.orgs) && n < 16 && near(ments[x.orgs[i]]); i, n = i+1, n+1 {
		if m := ments[x.orgs[i]]; m.ent >= 0 && d.namedOperator(m, thing) {
			if best < 0 || m.a-np.b < dist {
				best = m.ent
			}
			break
		}
	}
	if best >= 0 || thing == "" || !d.inOpening(np.a) {
		return best
	}
	if i := before(x.orgs, ments, np.b) + 1; i < len(x.orgs) {
		m := ments[x.orgs[i]]
		if m.ent >= 0 && ents[m.ent].first == m.a && int(d.para[m.a]) == p+1 && d.openingSubject(m) && d.namedAsBusiness(m) && d.thingIn(d.paras[p+1].a, d.paras[min(p+2, len(d.paras)-1)].b, thing) {
			return m.ent
		}
	}
	return -1
}

// namedOperator reports organisation mention m named as the owner or
// operator of thing (a singular noun; "" for any): "the sites, operated
// by Campbell River-based Acme Ltd.", "Acme Ltd., which runs the ferry",
// "Acme operates the site".
func (d *doc) namedOperator(m ment, thing string) bool {
	j := m.a - 1
	for j > 0 && j >= m.a-4 && (strings.HasSuffix(d.low[j], "-based") || d.capital(j) && strings.HasSuffix(d.low[j+1], "-based")) {
		j-- // (over "Campbell River-based")
	}
	if j > 1 && d.low[j] == "by" {
		switch d.low[j-1] {
		case "operated", "owned", "run":
			v := j - 1
			if v > 0 && d.low[v-1] == "," {
				v-- // "The camp, run by …"
			}
			return thing == "" || d.thingIn(max(0, v-4), v, thing)
		}
	}
	k, which := m.b, false
	if k+1 < len(d.low) && d.low[k] == "," && (d.low[k+1] == "which" || d.low[k+1] == "that") {
		k, which = k+2, true
	}
	if k < len(d.low) {
		switch d.low[k] {
		case "ran", "owned", "operated":
			if !which {
				return false // (a former owner: "Acme operated the mine until 2015")
			}
			fallthrough
		case "runs", "owns", "operates":
			return thing == "" || d.thingIn(k+1, min(len(d.low), k+5), thing)
		}
	}
	return false
}

// thingIn reports the noun thing, or its plural, among tokens [a, b).
func (d *doc) thingIn(a, b int, thing string) bool {
	for i := a; i < b; i++ {
		if w := d.low[i]; w == thing || w == thing+"s" {
			return true
		}
	}
	return false
}

// diesAfter reports the verb of the clause after a name at token k
// (past an age or an apposition set off by commas) telling of a death:
// "Luc Dubois, 34, died Tuesday", "Emily Tran was killed".
func (d *doc) diesAfter(k int) bool {
	j := k
	if j < len(d.low) && d.low[j] == "," {
		for j++; j < len(d.low) && j < k+12 && d.low[j] != "," && !d.endsSentence(j); j++ {
		}
		j++
	}
	if j >= len(d.low) {
		return false
	}
	switch d.low[j] {
	case "died", "drowned":
		return true
	case "was", "were":
		return j+1 < len(d.low) && (d.low[j+1] == "killed" || d.low[j+1] == "shot" || d.low[j+1] == "fatally")
	}
	return false
}

// kinInSentence reports a possessive pronoun and a kinship noun in the
// sentence of token p ("her son", "his daughter").
func (d *doc) kinInSentence(p int) bool {
	sn := d.sents[d.sent[p]]
	for j := sn.a; j+1 < sn.b; j++ {
		if (d.low[j] == "her" || d.low[j] == "his" || d.low[j] == "their") && kinNouns.has(d.low[j+1]) {
			return true
		}
	}
	return false
}

// pronounAfter is the gender ("m" or "f") of the first "he" or "she" (or
// "his", "her") after token k in its sentence, else "".
func (d *doc) pronounAfter(k int) string {
	for j := k; j < len(d.low) && d.sent[j] == d.sent[k]; j++ {
		switch d.low[j] {
		case "he", "his", "him":
			return "m"
		case "she", "her":
			return "f"
		}
	}
	return ""
}

// headlinePlaceBody is the government a place's kind heads an article
// for ("City says it's reviewing timelines", "Town tells residents to be
// ready"): the first organisation named after that is the government of
// a place of that kind, by the kind's word opening its name before "of"
// or ending it ("The City of Burnaby says", "Halifax Regional
// Municipality"); else -1.
func (d *doc) headlinePlaceBody(np rng, ments []ment, x *mentIndex) int {
	last := d.low[np.b-1]
	if placeKinds[last] == 0 || !d.beforeBody(np.a) || !d.headlineTitle(np) {
		return -1
	}
	for i := before(x.orgs, ments, np.a) + 1; i < len(x.orgs) && ments[x.orgs[i]].a-np.a <= maxLookBack; i++ {
		if m := ments[x.orgs[i]]; m.b-m.a >= 3 && d.low[m.a] == last && d.low[m.a+1] == "of" || m.b-m.a >= 2 && d.low[m.b-1] == last {
			return m.ent // "the City of Burnaby", "Halifax Regional Municipality" (not "City Centre Business Improvement Association", "Kansas City Royals")
		}
	}
	return -1
}

// orgEarlierInLine reports an organisation, not of another kind than
// head, named before token p in its line: "… members on strike at Essex
// Precision Castings; company calls its offer …" (the deck's "company"
// is the one it named, as anywhere).
func (d *doc) orgEarlierInLine(p int, head string, ments []ment, x *mentIndex) bool {
	for i := before(x.orgs, ments, p); i >= 0; i-- {
		m := ments[x.orgs[i]]
		for j := m.b; j <= p; j++ {
			if d.toks[j].Gap >= tokens.Newline {
				return false
			}
		}
		if !d.otherKind(m, head) {
			return true
		}
	}
	return false
}

// headlinePlaceBodyOf is headlinePlaceBody for a one-word description
// ("City says …"), else -1.
func (d *doc) headlinePlaceBodyOf(np rng, ments []ment, x *mentIndex) int {
	if np.len() != 1 {
		return -1
	}
	return d.headlinePlaceBody(np, ments, x)
}

// deckDescription reports "The company" opening a line of the lines that
// head an article, a deck that ends as a sentence ("The company says the
// union's pension demands are “not sustainable.”"), when no organisation
// of its kind was named before it.
func (d *doc) deckDescription(np rng, head string, ments []ment, x *mentIndex) bool {
	if np.len() != 2 || d.low[np.a] != "the" || np.a > 0 && d.toks[np.a].Gap < tokens.Newline || !d.beforeBody(np.a) {
		return false
	}
	for i := before(x.orgs, ments, np.a); i >= 0 && np.a-ments[x.orgs[i]].a <= maxLookBack; i-- {
		if d.orgOfKind(ments[x.orgs[i]], head) {
			return false
		}
	}
	return true
}

// formerTitle reports a word that makes a title another's: "Former
// mayor", "Ex-health minister", "Deputy premier", "Acting mayor".
func formerTitle(w string) bool {
	return strings.HasPrefix(w, "ex-") || titleModifiers[w]
}

// titleModifiers are the words before a title that make it another post.
var titleModifiers = wordSet(`former ex deputy acting interim vice assistant associate outgoing incoming retired late`)

// kinOf resolves a kinship description ("her son") to the person the
// document introduced with that noun ("her son, Dr. Jo Doe,") within three
// paragraphs before it, or -1: never to whoever spoke last, and not when a
// name is the possessor ("Elliott's father" is not "his father, Jo Doe").
func (d *doc) kinOf(np rng, head string, ments []ment, x *mentIndex, ents []entity) int {
	for i := np.a; i < np.b-1; i++ {
		if d.capital(i) && i > np.a {
			return -1
		}
	}
	if d.capital(np.a) && pronouns[d.low[np.a]] == "" && !articles.has(d.low[np.a]) {
		return -1
	}
	best, bestAt := -1, -1
	for e := range ents {
		if ents[e].kin != head || !d.namedNear(e, np.a, ments, x) {
			continue
		}
		if by := ents[e].kinBy; namedKinBy(by) && !d.lastPersonHolds(np.a, by, ments, x, ents) {
			continue // "Walter Hrynchuk, Dale's father, …. Tyler Hrynchuk said …. His father said": not Walter
		}
		if i := before(x.byEnt[e], ments, np.a); i >= 0 && ments[x.byEnt[e][i]].a > bestAt {
			best, bestAt = e, ments[x.byEnt[e][i]].a
		}
	}
	if best < 0 && pronouns[d.low[np.a]] != "" && np.len() == 2 {
		if e := d.kinFarBack(np, head, ments, x, ents); e >= 0 {
			return e
		}
		if parentNouns[head] {
			return d.parentOf(np, head, ments, x, ents)
		}
		if spouseNouns[head] {
			return d.spouseOf(np, head, ments, x, ents)
		}
		if childNouns[head] {
			return d.childOf(np, head, ments, x, ents)
		}
	}
	return best
}

// modifiersNear reports that each word of description np between its
// determiner and its head stands near token u, the head of a phrase that
// brought someone in ("the second official" after "a second official
// said"; not "the company spokesperson" after "a spokesperson for the
// ministry").
func (d *doc) modifiersNear(np rng, u int) bool {
	for i := np.a; i < np.b-1; i++ {
		if determiners.has(d.low[i]) {
			continue
		}
		found := false
		for j := max(0, u-4); j < min(len(d.low), u+7); j++ {
			if d.low[j] == d.low[i] {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// copulas link a subject to a predicate noun ("is a spokesperson").
var copulas = wordSet(`is was are were be been being becomes became remains remained`)

// familyOf is the persons whose names share a family name with entity e's
// (a word after the first, split at spaces and hyphens, as
// shareFamilyName reads them), from an index built once per document.
func (x *mentIndex) familyOf(e int, ents []entity) []int {
	parts := func(name string) []string {
		f := strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return r == ' ' || r == '-' })
		if len(f) > 1 {
			f = f[1:]
		}
		return f
	}
	if x.families == nil {
		x.families = map[string][]int{}
		for ei := range ents {
			if ents[ei].label == annot.LabelPerson {
				for _, w := range parts(ents[ei].name) {
					x.families[w] = append(x.families[w], ei)
				}
			}
		}
	}
	var out []int
	seen := map[int]bool{}
	for _, w := range parts(ents[e].name) {
		for _, ei := range x.families[w] {
			if !seen[ei] {
				seen[ei] = true
				out = append(out, ei)
			}
		}
	}
	if len(out) > 16 {
		return nil // a name too many bear to tell one relative by it
	}
	return out
}

// speaksAt reports that entity e's first name mention is a speaker's:
// a verb of speech right after it or right before it ("“…,” Isabelle
// Simard said", "said Isabelle Simard").
func (d *doc) speaksAt(e int, ments []ment, x *mentIndex) bool {
	l := x.byEnt[e]
	if len(l) == 0 {
		return false
	}
	m := ments[l[0]]
	return m.b < len(d.low) && sayForms.has(d.low[m.b]) || m.a > 0 && sayForms.has(d.low[m.a-1])
}

// childOf is the one person of the family of the person "his" or "her"
// stands for, of the child's gender, named before np, or speaking where
// first named in its paragraph or the next ("Gérard Simard spent … ¶ …,
// according to his daughter. ¶ “…,” Isabelle Simard said"); not one
// given another kinship, a title or a position, or said to be no
// relation; else -1.
func (d *doc) childOf(np rng, head string, ments []ment, x *mentIndex, ents []entity) int {
	parent := d.possessorOf(np, ments, x, ents)
	if parent < 0 {
		return -1
	}
	child := -1
	for _, e := range x.familyOf(parent, ents) {
		if e == parent || ents[e].label != annot.LabelPerson || !shareFamilyName(ents[e].name, ents[parent].name) || bornGender(ents[e]) != kinGender[head] ||
			ents[e].first >= np.a && (int(d.para[ents[e].first])-int(d.para[np.a]) > 1 || !d.speaksAt(e, ments, x) && ents[e].kin != head) {
			continue
		}
		if ents[e].kin != "" && ents[e].kin != head || otherPosition(ents[e], head) || d.firstSaysNoRelation(e, ments, x) {
			continue // "His wife, Lucille Arsenault,", "Health Minister Paula Vokey", "Sarah Hill, who is not related to the minister,"
		}
		if child >= 0 {
			return -1 // two children of that gender: either
		}
		child = e
	}
	return child
}

// namedKinBy reports a kinship's possessor given by name ("dale" of
// "Dale's father"), not by a pronoun or a bare possessive mark.
func namedKinBy(by string) bool { return by != "" && pronouns[by] == "" && !possessiveMark(by) }

// lastPersonHolds reports the person named last before token p, within
// three paragraphs, whose name holds every word of name (lower case).
func (d *doc) lastPersonHolds(p int, name string, ments []ment, x *mentIndex, ents []entity) bool {
	i := before(x.persons, ments, p)
	if i < 0 || int(d.para[p])-int(d.para[ments[x.persons[i]].a]) > 3 {
		return false
	}
	e := ments[x.persons[i]].ent
	if e < 0 {
		return false
	}
	words := strings.Fields(strings.ToLower(ents[e].name))
	for _, w := range strings.Fields(name) {
		if !slices.Contains(words, w) {
			return false
		}
	}
	return true
}

// kinFarBack is the one person the article introduced with kinship noun
// head ("her daughter, Carla Pelletier-Mah,"), however far back, for "her
// daughter" after a person of that family named nearby; else -1.
func (d *doc) kinFarBack(np rng, head string, ments []ment, x *mentIndex, ents []entity) int {
	// "her daughter, Carla Pelletier-Mah, said …" thirty paragraphs
	// before "Pelletier attended one reading and, according to her
	// daughter, …": the one person the article introduced so,
	// however far back, when the one named last nearby, whose
	// daughter it is, shares a family name with her.
	best := -1
	i := before(x.persons, ments, np.a)
	if i < 0 || int(d.para[np.a])-int(d.para[ments[x.persons[i]].a]) > 1 {
		return -1
	}
	parent := ments[x.persons[i]].ent
	for e := range ents {
		if ents[e].kin != head || ents[e].first >= np.a || np.a-ents[e].first > maxLookBack {
			continue
		}
		if best >= 0 {
			return -1 // two daughters: either
		}
		best = e
	}
	if best < 0 || best == parent || !shareFamilyName(ents[best].name, ents[parent].name) {
		return -1 // "Her daughter, Ann Lee, said … Maria Santos lost her home. Her daughter said": not Lee
	}
	if by := ents[best].kinBy; namedKinBy(by) && !d.lastPersonHolds(np.a, by, ments, x, ents) {
		return -1 // "Walter Hrynchuk, Dale's father," is Tyler's grandfather
	}
	if by := ents[best].kinBy; pronouns[by] != "" && pronouns[d.low[np.a]] != pronouns[by] {
		return -1 // "her daughter, Carla Pelletier-Mah" is no "his daughter"
	}
	for j := ents[best].first; j < np.a; j++ {
		if d.low[j] == head && j > 0 && otherOfKin[d.low[j-1]] {
			return -1 // "Her other daughter, Sophie Pelletier,": either
		}
	}
	return best
}

// parentNouns are the kinship nouns of a parent.
var parentNouns = wordSet(`father mother`)

// parentOf resolves "his father" after the person the pronoun names, whom
// the article introduced as a son or a daughter ("… with his son, Tyler.
// … “…,” the younger Hrynchuk said. … His father said"): the one other
// person named before with the child's family name, of the parent's
// gender; else -1 (none, or two: a grandfather too).
func (d *doc) parentOf(np rng, head string, ments []ment, x *mentIndex, ents []entity) int {
	child := d.possessorOf(np, ments, x, ents)
	if child < 0 || !childNouns[ents[child].kin] {
		return -1
	}
	if by := pronouns[ents[child].kinBy]; (by == "m" || by == "f") && by != kinGender[head] {
		return -1 // "Her son, Tyler Hrynchuk," was introduced by his mother: "his father" is another
	}
	parent := -1
	for _, e := range x.familyOf(child, ents) {
		if e == child || ents[e].label != annot.LabelPerson || ents[e].first >= np.a ||
			!shareFamilyName(ents[e].name, ents[child].name) || bornGender(ents[e]) != kinGender[head] {
			continue
		}
		if parent >= 0 {
			return -1 // two of the family: the father and the grandfather, either
		}
		parent = e
	}
	return parent
}

// possessorOf is the person a pronoun opening np ("his", "her") stands
// for: the last one named within three paragraphs whose gender is the
// pronoun's; else -1.
func (d *doc) possessorOf(np rng, ments []ment, x *mentIndex, ents []entity) int {
	g := pronouns[d.low[np.a]]
	for i := before(x.persons, ments, np.a); i >= 0; i-- {
		m := ments[x.persons[i]]
		if int(d.para[np.a])-int(d.para[m.a]) > 3 {
			break
		}
		if m.ent >= 0 && bornGender(ents[m.ent]) == g {
			return m.ent
		}
	}
	return -1
}

// spouseNouns are the kinship nouns of a spouse.
var spouseNouns = wordSet(`husband wife`)

// spouseOf is the person "her husband" or "his wife" stands for: the one
// other person named before who bears the possessor's surname and
// is of the spouse's gender, was not brought in as another kin ("her son
// Tyler"), and was named in one sentence with the possessor ("Karen and
// Wes Bjornson … Her husband said" is Wes) or is marked as no one else
// (plainFamily). Else -1 (none, or two of them).
func (d *doc) spouseOf(np rng, head string, ments []ment, x *mentIndex, ents []entity) int {
	owner := d.possessorOf(np, ments, x, ents)
	if owner < 0 {
		return -1
	}
	spouse := -1
	for _, e := range x.surnames[lastWord(ents[owner].name)] {
		if e == owner || ents[e].label != annot.LabelPerson || ents[e].first >= np.a || ents[e].kin != "" && ents[e].kin != head ||
			!shareFamilyName(ents[e].name, ents[owner].name) || bornGender(ents[e]) != kinGender[head] || !d.namedTogether(e, owner, np.a, ments, x) && !d.plainFamily(e, np.a, ments, x) {
			continue
		}
		if spouse >= 0 {
			return -1
		}
		spouse = e
	}
	return spouse
}

// namedTogether reports a sentence before token p that names both
// entities a and b ("Karen and Wes Bjornson", "Wes Bjornson and his wife,
// Karen Bjornson") and says nothing of their being no relation ("Denise
// Kowalchuk, who is not related to Ray Kowalchuk").
func (d *doc) namedTogether(a, b, p int, ments []ment, x *mentIndex) bool {
	for _, mi := range x.byEnt[a] {
		m := ments[mi]
		if m.a >= p {
			break
		}
		s := d.sents[d.sent[m.a]]
		other := false
		for _, mj := range x.byEnt[b] {
			if n := ments[mj]; n.a >= s.a && n.b <= s.b {
				other = true
			}
		}
		if other && !d.saysNoRelation(s) {
			return true
		}
	}
	return false
}

// saysNoRelation reports "relation", "related" or "unrelated" in sentence
// s: "Paul Holt, no relation, …", "who is not related to Ray Kowalchuk".
func (d *doc) saysNoRelation(s rng) bool {
	for k := s.a; k < s.b; k++ {
		if w := d.low[k]; w == "relation" || w == "related" || w == "unrelated" {
			return true
		}
	}
	return false
}

// firstSaysNoRelation reports that the sentence of entity e's first name
// mention says "relation", "related" or "unrelated" ("Sarah Hill, who is
// not related to the minister,", "Jo Doe — no relation —").
func (d *doc) firstSaysNoRelation(e int, ments []ment, x *mentIndex) bool {
	l := x.byEnt[e]
	return len(l) > 0 && d.saysNoRelation(d.sents[d.sent[ments[l[0]].a]])
}

// plainFamily reports a person named before token p whom nothing marks as
// other than family: no title before a mention ("Justice Mary Holt", "Cpl.
// Jennifer Ames"), no sentence naming them that says "relation" or
// "related", no age under 18 ("Jason Carvalho, 17").
func (d *doc) plainFamily(e, p int, ments []ment, x *mentIndex) bool {
	for _, mi := range x.byEnt[e] {
		m := ments[mi]
		if m.a >= p {
			break
		}
		if m.a > 0 && (personTitles[d.low[m.a-1]] || titleGender[d.low[m.a-1]] != "") {
			return false
		}
		if d.saysNoRelation(d.sents[d.sent[m.a]]) {
			return false
		}
	}
	if a, err := strconv.Atoi(d.statedAge(e, p, ments, x)); err == nil && a < 18 {
		return false
	}
	return true
}

// childNouns are the kinship nouns of a child.
var childNouns = wordSet(`son daughter`)

// otherOfKin before a kinship noun bring in another of that kin: "her
// other daughter", "his eldest son".
var otherOfKin = wordSet(`other another second third older elder eldest oldest younger youngest`)

// shareFamilyName reports two persons' names with a word after the first
// in common ("Carla Pelletier-Mah" and "Lena Pelletier"; "Pelletier").
func shareFamilyName(a, b string) bool {
	split := func(r rune) bool { return r == ' ' || r == '-' }
	pa, pb := strings.FieldsFunc(strings.ToLower(a), split), strings.FieldsFunc(strings.ToLower(b), split)
	for i, w := range pa {
		for j, v := range pb {
			if w == v && (i > 0 || len(pa) == 1) && (j > 0 || len(pb) == 1) {
				return true
			}
		}
	}
	return false
}

// partyCritic reports a person titled a party's or the Opposition's
// critic ("Conservative trade critic Derek Szabo"), who sits in the house;
// not a critic of something ("a longtime critic of the project"), a film
// critic, nor a Senate or council critic.
func partyCritic(e entity) bool {
	if !e.words["critic"] || e.words["of"] || e.words["senate"] || e.words["senator"] || e.words["coun."] || e.words["councillor"] || e.words["council"] {
		return false
	}
	for w := range e.words {
		if criticParties[w] {
			return true
		}
	}
	return false
}

// partyClash reports a party word in description np and another party's
// in entity e's titles: "the NDP MLA" is no "Liberal critic Hugh Dorsey".
func (d *doc) partyClash(np rng, e entity) bool {
	party := func(w string, isNew bool) string {
		if isNew && partyOf[w] == "dem" {
			return "ndp" // "New Democrat"
		}
		return partyOf[w]
	}
	mine := map[string]bool{}
	for i := np.a; i < np.b; i++ {
		if p := party(d.low[i], i > np.a && d.low[i-1] == "new"); p != "" {
			mine[p] = true
		}
	}
	if len(mine) == 0 {
		return false
	}
	clash := false
	for w := range e.words {
		if p := party(w, e.words["new"]); p != "" {
			if mine[p] {
				return false
			}
			clash = true
		}
	}
	return clash
}

// partyOf gives a party word its party: "Tory", "PC" and "Conservative"
// are one.
var partyOf = map[string]string{"conservative": "con", "conservatives": "con", "tory": "con", "tories": "con", "pc": "con",
	"progressive": "con", "liberal": "lib", "liberals": "lib", "ndp": "ndp", "bloc": "bloc", "green": "green", "greens": "green",
	"ucp": "ucp", "caq": "caq", "pq": "pq", "péquiste": "pq", "solidaire": "qs", "republican": "rep", "democrat": "dem", "democratic": "dem"}

// criticParties are the words that title a legislator's critic role by
// party or as the Opposition's.
var criticParties = wordSet(`conservative conservatives liberal liberals ndp democrat democratic bloc green greens pc
	progressive opposition ucp péquiste pq parti québécois quebecois solidaire caq republican`)

// inRelativeAfter reports entity other's last mention before p inside a
// relative clause after subject's last mention, in its sentence: "Coun.
// Priya Ramaswamy, who voted with Okafor, said".
func (d *doc) inRelativeAfter(subject, other, p int, ments []ment, x *mentIndex) bool {
	si, oi := before(x.byEnt[subject], ments, p), before(x.byEnt[other], ments, p)
	if si < 0 || oi < 0 {
		return false
	}
	sm, om := ments[x.byEnt[subject][si]], ments[x.byEnt[other][oi]]
	if om.a <= sm.b || d.sent[om.a] != d.sent[sm.a] {
		return false
	}
	relative := false
	for j := sm.b; j < om.a; j++ {
		if d.low[j] == "who" || d.low[j] == "whom" {
			relative = true
		}
	}
	if !relative {
		return false
	}
	for j := om.b; j < d.sents[d.sent[om.a]].b; j++ {
		if sayForms.has(d.low[j]) || cueStrength[d.low[j]] > 0 {
			return true // the subject speaks: "…, who voted with Okafor, said", "…, disagreed"
		}
	}
	return false
}

// describedRole is the one person an indefinite apposition described by
// the head of "the" description np, named before it, when no one else
// bears the head as a title ("Jo Doe, a respirologist at …" for "the
// respirologist"; "the retired respirologist" when Doe's apposition or
// titles hold "retired"); else -1.
func (d *doc) describedRole(np rng, ments []ment, x *mentIndex, ents []entity) int {
	if d.low[np.a] != "the" || np.len() > 3 {
		return -1
	}
	list := x.roles[d.low[np.b-1]]
	if len(list) != 1 {
		return -1
	}
	e := list[0]
	if ents[e].first >= np.a {
		return -1 // named only after it
	}
	for i := np.a + 1; i < np.b-1; i++ {
		if !ents[e].words[d.low[i]] {
			return -1 // "the other respirologist", "the Toronto respirologist" when not so described
		}
	}
	for _, o := range x.words[d.low[np.b-1]] {
		if o != e {
			return -1 // "respirologist Ann Roe": either
		}
	}
	if d.anotherOfRole(np, e, ments, x) {
		return -1
	}
	return e
}

// anotherOfRole reports someone else brought in by the head of np after
// person e's last name before it, unnamed: "a nurse at the Ottawa Hospital
// was attacked", "Another nurse, who asked not to be named,", "The nurse,
// who asked that her name not be used".
func (d *doc) anotherOfRole(np rng, e int, ments []ment, x *mentIndex) bool {
	list := x.byEnt[e]
	i := before(list, ments, np.a)
	if i < 0 {
		return false
	}
	from := ments[list[i]].b + 1
	if np.a-from > maxLookBack {
		return true // named too far back to tell: left unresolved (a bounded look, linear in long articles)
	}
	if from < len(d.low) && appositionAdverbs[d.low[from]] {
		from++ // ("Jo Doe, now a retired nurse,")
	}
	if from < len(d.low) && newReferent(d.low[from]) {
		from++ // (the person's own apposition)
	}
	head := d.low[np.b-1]
	for j := from; j < np.a; j++ {
		if d.low[j] != head || d.quote[j] >= 0 || d.person[j+1] {
			continue
		}
		for k := j - 1; k >= from && k >= j-3 && !d.isPunct(k); k-- {
			if w := d.low[k]; newReferent(w) || w == "second" || w == "other" {
				return true
			}
		}
		if j+3 < np.a && d.low[j+1] == "," && d.low[j+2] == "who" {
			for k := j + 3; k < np.a && k < j+12; k++ {
				if d.low[k] == "named" || d.low[k] == "name" || d.low[k] == "identified" {
					return true
				}
			}
		}
	}
	return false
}

// headNoun returns the head of a description: its last word before a
// preposition or a modifying clause ("officials in both cities", "the
// chairmen of the committees", "Democrats involved in the talks").
func (d *doc) headNoun(np rng) string {
	for i := np.a + 1; i < np.b; i++ {
		if pos := d.posAt(i); postHead.has(d.low[i]) || (pos == syntax.VBG || pos == syntax.VBN || pos == syntax.RB) && d.posAt(i-1).IsNoun() || d.low[i] == "general" && pluralNoun(d.low[i-1]) && !d.capital(i-1) {
			return d.low[i-1] // "officials in both cities", "Democrats involved in", "activists here", "the attorneys general"
		}
	}
	return d.low[np.b-1]
}

// possessedWorker reports a description of someone by their work after a
// possessive pronoun ("his personal physician", "her lawyer"): someone
// working for the person the pronoun names, so neither that person nor
// whoever spoke last.
func (d *doc) possessedWorker(np rng, head string) bool {
	switch d.low[np.a] {
	case "his", "her", "their":
		return (personNouns.has(head) || occupations[head]) && !roleNouns.has(head)
	}
	return false
}

// introducedUnnamed reports the head noun of a description at p brought in
// before by an indefinite phrase in p's paragraph or the two before (for
// a noun that no title names, "elder", anywhere in the 300 tokens before), with
// no name after it ("a forensic scientist, who examined it"): "the
// scientist" is that person.
func (d *doc) introducedUnnamed(p int, head string) bool {
	return d.unnamedSince(p, head) >= 0
}

// unnamedSince is the token of head in the nearest phrase before p that
// brings someone in unnamed, "a", "an" or "another" a few words before it
// and no name after it, as introducedUnnamed looks for it (not a
// predicate: "worked as a spokesperson", "is a spokesperson"), else -1.
func (d *doc) unnamedSince(p int, head string) int {
	paras := 2
	if personNouns.has(head) {
		paras = 1 << 30 // "listening to an elder talk" four short paragraphs up: within the tokens looked at
	}
	for j := p - 1; j > 0 && j >= p-300 && int(d.para[p])-int(d.para[j]) <= paras; j-- { // (a bounded look back: linear in long paragraphs)
		if d.low[j] != head || d.quote[j] >= 0 || j+1 < len(d.toks) && (d.person[j+1] || personTitles[d.low[j+1]]) {
			continue
		}
		for k := j - 1; k >= 0 && k >= j-3 && !d.isPunct(k) && !d.posAt(k).IsVerb(); k-- {
			switch d.low[k] {
			case "a", "an", "another":
				if k > 0 && (d.low[k-1] == "as" || copulas[d.low[k-1]]) {
					break // a predicate: "has worked as a spokesperson", "is a spokesperson"
				}
				if d.namedLaterAs(j) {
					return -1 // "A 41-year-old man who asked to be identified only by his first name, Darryl, said": named after all
				}
				return j
			}
		}
	}
	return -1
}

// namedLaterAs reports the person brought in unnamed at token j given a
// name later in the sentence, after "name" or "named": "A man who asked
// to be identified only by his first name, Darryl, said", "a woman named
// Ann said" (within 40 tokens).
func (d *doc) namedLaterAs(j int) bool {
	end := min(d.sents[d.sent[j]].b, j+40)
	for k := j + 2; k < end; k++ {
		if !d.person[k] || d.quote[k] >= 0 {
			continue
		}
		n := k - 1
		if d.low[n] == "," {
			n-- // (k >= j+2)
		}
		if d.low[n] != "name" && !(d.low[n] == "named" && d.low[n-1] != "be") { // not "who asked not to be named, Jo Doe's neighbour,"
			return false
		}
		for i := j + 1; i < n; i++ {
			if personNouns.has(d.low[i]) || kinNouns.has(d.low[i]) || nounGender[d.low[i]] != "" {
				return false // another the name may be: "a woman who cares for a boy named Tom"
			}
		}
		return true
	}
	return false
}

// ofSomeoneNew reports a description whose head is followed by "of" and
// an indefinite phrase: "the owner of one of the businesses", "the mother
// of a student". Unless titles name the person, it brings in someone new.
func (d *doc) ofSomeoneNew(np rng, head string) bool {
	for i := np.a + 1; i+1 < np.b; i++ {
		if d.low[i] == "of" && d.low[i-1] == head {
			return indefinite.has(d.low[i+1])
		}
	}
	return false
}

// pluralNoun reports a plural common noun by its ending ("aides",
// "officials"; not "actress", "witness", "bus").
func pluralNoun(w string) bool {
	return irregularPlurals.has(w) || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "’s")
}

// groupDescription reports an entity named only by a plural description
// ("Several Doe associates"), which "he" or "she" cannot refer to.
func groupDescription(e entity) bool {
	i := strings.LastIndexByte(e.name, ' ')
	last := e.name[i+1:]
	return last != "" && last[0] >= 'a' && last[0] <= 'z' && pluralNoun(last)
}

// documentDescription reports an entity named by a description of a
// document ("an agreed statement of facts filed in court", "the
// memo"), which no "she" and no "the judge" stands for.
func documentDescription(e entity) bool {
	words := strings.Fields(strings.ToLower(e.name))
	if len(words) < 2 || !articles.has(words[0]) {
		return false
	}
	for _, w := range words[1:] {
		if w == "of" || w == "by" || w == "from" {
			break // "a report by Jo Doe" names no document alone
		}
		if docNouns.has(w) || textNouns.has(w) {
			return true
		}
	}
	return false
}

// namedNear reports whether entity e is named within the three
// paragraphs before token p.
func (d *doc) namedNear(e, p int, ments []ment, x *mentIndex) bool {
	list := x.byEnt[e]
	i := before(list, ments, p)
	return i >= 0 && int(d.para[p])-int(d.para[ments[list[i]].a]) <= 3
}

// otherRole reports whether an entity is known by a role noun other than
// head: the last speaker, a coach, is not "the minister" who speaks next;
// nor is a titled principal or teacher "the elder".
func otherRole(e entity, head string) bool {
	if head == "elder" && !e.words[head] {
		// "Principal Janet Morrow" is not "the elder"
		for w := range e.words {
			if occupations[w] {
				return true
			}
		}
		return otherPosition(e, head)
	}
	if !roleNouns.has(head) || e.words[head] {
		return false
	}
	for w := range e.words {
		if roleNouns.has(w) && !groupNouns.has(w) && w != "people" && w != "member" && w != "members" {
			return true
		}
	}
	return false
}

// personsInSentenceBefore counts the person name mentions in the sentence
// before token p's.
func (d *doc) personsInSentenceBefore(p int, ments []ment, x *mentIndex) int {
	ps, ok := d.sentenceBefore(p)
	if !ok {
		return 0
	}
	n := 0
	for i := before(x.persons, ments, ps.a) + 1; i < len(x.persons) && ments[x.persons[i]].a < ps.b; i++ {
		if ments[x.persons[i]].a >= ps.a {
			n++
		}
	}
	return n
}

// placePossessed reports a phrase opened by a place's name as possessor
// ("Alberta's health minister", "British Columbia's premier"): capitalised
// words that name no person and no organisation before "'s".
func (d *doc) placePossessed(np rng) bool {
	for k := np.a + 1; k < np.b-1; k++ {
		if possessiveMark(d.low[k]) {
			for i := np.a; i < k; i++ {
				if !d.capital(i) || d.person[i] || d.org[i] {
					return false
				}
			}
			return true
		}
	}
	return false
}

// statedAge is the age written after a name mention of entity e before
// token p ("Jo Doe, 45,"), or "".
func (d *doc) statedAge(e, p int, ments []ment, x *mentIndex) string {
	for _, mi := range x.byEnt[e] {
		m := ments[mi]
		if m.a >= p {
			break
		}
		if a := d.ageOfMention(m); a != "" {
			return a
		}
	}
	return ""
}

// ageAfter is the age set off by commas after a name that ends before
// token k ("Jo Doe, 45,"), or "".
func (d *doc) ageAfter(k int) string {
	if k+2 < len(d.toks) && d.low[k] == "," && d.toks[k+1].Kind == tokens.Number && d.low[k+2] == "," {
		return d.word(k + 1)
	}
	return ""
}

// personOfAge is the one person named within the four paragraphs before
// token p whose name the age given follows or precedes ("Jo Doe, 29,",
// "said Jo Doe, now 29.", "Jo Doe, who turned 29 in March,", "29-year-old
// Jo Doe"), or -1: none, or more than one.
func (d *doc) personOfAge(age string, p int, ments []ment, x *mentIndex) int {
	if age == "" {
		return -1
	}
	found := -1
	for i := before(x.persons, ments, p); i >= 0; i-- {
		m := ments[x.persons[i]]
		if int(d.para[p])-int(d.para[m.a]) > 4 {
			break
		}
		if d.ageOfMention(m) == age && m.ent != found {
			if found >= 0 {
				return -1 // "Sam Ruiz, 29, and Lee Park, 29,": either
			}
			found = m.ent
		}
	}
	return found
}

// ageOfMention is the age written with a name mention: after it ("Jo Doe,
// 29,", ", now 29.", ", aged 29", ", who turned 29", ", who is 29") or
// before it ("29-year-old Jo Doe"), or "".
func (d *doc) ageOfMention(m ment) string {
	if m.a > 0 && isAge(d.low[m.a-1]) {
		a, _, _ := strings.Cut(d.low[m.a-1], "-")
		return a
	}
	k := m.b
	if k+1 >= len(d.toks) || d.low[k] != "," {
		return ""
	}
	switch {
	case k+2 < len(d.toks) && (d.low[k+1] == "now" || d.low[k+1] == "aged"):
		k++
	case k+3 < len(d.toks) && d.low[k+1] == "who" && (d.low[k+2] == "turned" || d.low[k+2] == "is"):
		k += 2
	}
	if k+2 < len(d.toks) && d.toks[k+1].Kind == tokens.Number && (d.low[k+2] == "," || d.low[k+2] == "." || d.low[k+2] == "in") {
		return d.low[k+1]
	}
	return ""
}

// nounGender gives the gender of nouns for a person that tell it.
var nounGender = map[string]string{
	"woman": "f", "mother": "f", "grandmother": "f", "wife": "f", "daughter": "f", "sister": "f", "girl": "f", "widow": "f",
	"nun": "f", "actress": "f", "businesswoman": "f", "fisherwoman": "f", "waitress": "f",
	"man": "m", "father": "m", "grandfather": "m", "husband": "m", "son": "m", "brother": "m", "boy": "m", "widower": "m",
	"priest": "m", "actor": "m", "businessman": "m", "fisherman": "m",
}

// otherPosition reports a person titled with a post other than head: a
// playing position ("third Jo Doe" is not "the skip") or a role ("Senior
// Constable Ray Dion" is not "the 19-year-old driver").
func otherPosition(e entity, head string) bool {
	for w := range e.words {
		if w == head || genderWords[w] != "" || w == "dr." || w == "dr" {
			continue
		}
		if playingPositions[w] || w == "third" || w == "second" || w == "lead" || w == "vice" || roleNouns.has(w) || personTitles[w] {
			return true
		}
	}
	return false
}

// epithetBearer is the person a description by age or retirement stands
// for ("The 29-year-old defenceman, who …, said"): the person the
// sentence before is about, else the one named last nearby, as "the
// 29-year-old" is; an age describes someone just met. Not a player titled
// with another position ("said third Jo Doe. … The 29-year-old skip
// said"). -1 when none fits.
func (d *doc) epithetBearer(np rng, head string, ments []ment, x *mentIndex, ents []entity, lastEnt, lastPara int) int {
	if d.personsInSentenceBefore(np.a, ments, x) > 1 && !d.openerSaid(np.a, ments, x) {
		return -1 // "McDavid beat Demko twice. The 31-year-old goaltender said": either
	}
	age := d.ageIn(np)
	fits := func(e int) bool {
		if a := d.statedAge(e, np.a, ments, x); a != "" && age != "" && a != age {
			return false // "Jo Doe, 45, … The 19-year-old driver"
		}
		for i := np.a + 1; i < np.b && !placeEpithetHeads[head]; i++ {
			if d.capital(i) && !ents[e].words[d.low[i]] {
				return false // "the 33-year-old Regina skip" is not a skip from elsewhere (but "the Surrey man" is anyone from there)
			}
		}
		g := genderOf(ents[e])
		if first, _, _ := strings.Cut(strings.ToLower(ents[e].name), " "); g == "" {
			g = genderWords[first] // "Prince Charles"
		}
		if g == "" {
			g = nounGender[ents[e].kin] // "His daughter Siobhan Kane" is no fisherman
		}
		return !otherPosition(ents[e], head) && (g == "" || nounGender[head] == "" || g == nounGender[head])
	}
	if e := d.personOfAge(age, np.a, ments, x); e >= 0 && fits(e) {
		return e // "said Jo Doe, now 29. … The 29-year-old coach said"
	}
	if e := d.previousSubject(np.a, ments, x); e >= 0 && fits(e) {
		return e
	}
	near := 1
	if placeEpithetHeads[head] {
		near = 2 // "Isabelle Tremblay spent Monday night …. ¶ By Tuesday she had …. ¶ “…,” the Villeray mother said"
	}
	if i := before(x.persons, ments, np.a); i >= 0 && int(d.para[np.a])-int(d.para[ments[x.persons[i]].a]) <= near && fits(ments[x.persons[i]].ent) {
		return ments[x.persons[i]].ent
	}
	if (age == "" || (d.pastEpithet(np) || placeEpithetHeads[head]) && !d.namedLaterInSentence(lastEnt, np.b, ments, x)) && lastEnt >= 0 && int(d.para[np.a])-lastPara <= 2 && ents[lastEnt].label == annot.LabelPerson && fits(lastEnt) {
		// "“It's ugly,” she says. ¶ The retired nurse says": the one who
		// spoke last, not a titled one ("Coun. Dave Bryant says"); with
		// an age, only a past the reader is told of ("The 52-year-old
		// former nurse said") or a person's kind ("the 44-year-old
		// mother"), not one named in what is said ("The 30-year-old
		// former patient said Hennessey saved her life"): "The
		// 19-year-old driver told police" may be someone new.
		return lastEnt
	}
	return -1
}

// namedLaterInSentence reports a name mention of entity e in the rest of
// the sentence from token k.
func (d *doc) namedLaterInSentence(e, k int, ments []ment, x *mentIndex) bool {
	if e < 0 || k >= len(d.toks) {
		return false
	}
	l := x.byEnt[e]
	i := before(l, ments, k) + 1
	return i < len(l) && d.sent[ments[l[i]].a] == d.sent[k]
}

// pastEpithet reports a description by what someone used to be or do
// ("the 52-year-old former nurse", "the retired teacher").
func (d *doc) pastEpithet(np rng) bool {
	for i := np.a + 1; i < np.b-1; i++ {
		if w := d.low[i]; w == "former" || w == "retired" || w == "onetime" || w == "one-time" {
			return true
		}
	}
	return false
}

// placeEpithet reports a description of a person by the place they live
// in: "the", capitalised words that are no person's name (the tagger may
// read a town as an organisation), and a noun of sex, age or residence
// ("the Surrey man", "the Villeray mother", "the Moncton resident").
func (d *doc) placeEpithet(np rng, head string) bool {
	if np.len() < 3 || np.len() > 5 || d.low[np.a] != "the" || d.low[np.b-1] != head || !placeEpithetHeads[head] {
		return false
	}
	for i := np.a + 1; i < np.b-1; i++ {
		if !d.capital(i) || d.person[i] || d.quote[i] >= 0 {
			return false
		}
	}
	return true
}

// namedModifier reports a place or an organisation named right after np's
// article ("the Surrey man": Surrey), not any capitalised word ("the Holy
// Father").
func (d *doc) namedModifier(np rng, ments []ment, x *mentIndex) bool {
	if d.org[np.a+1] {
		return true
	}
	i := before(x.places, ments, np.a+2)
	return i >= 0 && ments[x.places[i]].a <= np.a+1 && ments[x.places[i]].b > np.a+1
}

// placeEpithetHeads are the nouns a place describes a person by.
var placeEpithetHeads = wordSet(`man woman boy girl resident native mother father grandmother grandfather teen teenager senior`)

// ageIn is the age in description np ("29" for "the 29-year-old
// defenceman"), or "".
func (d *doc) ageIn(np rng) string {
	for i := np.a + 1; i < np.b; i++ {
		if isAge(d.low[i]) {
			age, _, _ := strings.Cut(d.low[i], "-")
			return age
		}
	}
	return ""
}

// openerSaid reports a sentence before token p that opens with a person's
// name who says it ("Walter Pihlaja, 83, said he had to remortgage the
// home a contractor had gutted."): the one it is about, whoever else it
// names.
func (d *doc) openerSaid(p int, ments []ment, x *mentIndex) bool {
	ps, ok := d.sentenceBefore(p)
	if !ok {
		return false
	}
	i := before(x.persons, ments, ps.a) + 1
	if i >= len(x.persons) || ments[x.persons[i]].a != ps.a {
		return false
	}
	k := ments[x.persons[i]].b
	if d.ageAfter(k) != "" {
		k += 3 // ", 83,"
	}
	return k < ps.b && sayForms.has(d.low[k])
}

// agedPerson reports a definite description of a person by age or
// retirement and a noun, an epithet for someone just met ("the
// 29-year-old defenceman", "the 61-year-old retired teacher", "the
// retired miner", "the retiree").
func (d *doc) agedPerson(np rng) bool {
	if np.len() == 2 && d.low[np.a] == "the" && retirees[d.low[np.b-1]] {
		return true // "the retiree", "the pensioner"
	}
	if d.low[np.a] != "the" || np.len() < 3 {
		return false
	}
	for i := np.a; i < np.b; i++ {
		if possessiveMark(d.low[i]) {
			return false // "the 34-year-old suspect's lawyer"
		}
	}
	b := np.b
	if i := d.ofAfterHead(np); i > 0 {
		b = i // "the 44-year-old mother of two": the head before "of"
	}
	for i := np.a + 1; i < b-1; i++ {
		if w := d.low[i]; isAge(w) || w == "retired" {
			// (a retired miner is a person; a 100-year-old miner may be a company)
			h := d.low[b-1]
			return !d.capital(b-1) && d.posAt(b-1).IsNoun() && (w == "retired" && !groupNouns.has(h) || !orgNoun(h)) && !pluralNoun(h) // (not "the retired steelworkers union")
		}
	}
	return false
}

// ofAfterHead is the first "of" inside description np after its first
// two words, with a word after it ("the 44-year-old mother of two"), else
// -1.
func (d *doc) ofAfterHead(np rng) int {
	for i := np.a + 2; i+1 < np.b; i++ {
		if d.low[i] == "of" {
			return i
		}
	}
	return -1
}

// retirees are nouns that describe a person as retired.
var retirees = wordSet(`retiree pensioner`)

// isAge reports an age used as a noun: "the 54-year-old".
func isAge(w string) bool {
	return strings.HasSuffix(w, "year-old") || strings.HasSuffix(w, "year-olds")
}

// platformNamed reports an organisation's mention of one word that names
// where something was posted: before a page, a post or a text ("its
// Facebook page", "a Twitter post") or after "on" or "via" ("announced on
// Facebook").
func (d *doc) platformNamed(m ment) bool {
	if m.b-m.a != 1 || !siteWords[d.low[m.a]] {
		return false // (a platform's name only: not "a Unifor report", "a levy on Suncor")
	}
	if n := m.b; n < len(d.toks) && !d.capital(n) && (accountNouns[d.low[n]] || postedNouns[d.low[n]] || docNouns.has(d.low[n]) || textNouns.has(d.low[n]) || d.low[n] == "group") {
		return true
	}
	return m.a > 0 && (d.low[m.a-1] == "on" || d.low[m.a-1] == "via")
}

// resolveGroup links "the company", "the department" to an organisation
// named before it within three paragraphs: the nearest of that kind
// (orgOfKind: "the Department of Fisheries", "Acme Corp." for "the
// company", "the Ledger newspaper" for "the newspaper"); else, for the
// heads that name any organisation ("company", "club", "newspaper"), the
// one opening the sentence before, then the nearest one in this paragraph
// or the one before and the one that spoke last nearby, neither of
// another kind ("private bank Bolt" is no newspaper). A newspaper or an
// agency is mostly a source: the one that spoke last goes first ("O Diario
// said X about Bolt. The newspaper said Y").
// businessHeads describe a business or a team, which a lede names as its
// own subject: "the company announced", "the team said".
var businessHeads = wordSet(`company firm corporation automaker carmaker retailer chain airline carrier maker producer
	processor manufacturer insurer grocer bank lender miner brewery distillery team club franchise`)

// contentSubjectOrg is the organisation that opens the sentence whose
// trailing attribution description np is ("Prairie Crest will close its
// Brandon plant, the company announced"), when it is not of another kind
// and no other organisation has been speaking; else -1.
func (d *doc) contentSubjectOrg(np rng, head string, ments []ment, x *mentIndex) int {
	s := d.sents[d.sent[np.a]]
	if np.a-1 <= s.a || d.low[np.a-1] != "," || d.quote[np.a-1] >= 0 {
		return -1
	}
	mi := d.openerIn(s, x.orgs, ments)
	if mi < 0 || ments[mi].a != s.a && d.low[s.a] != "the" {
		return -1
	}
	m := ments[mi]
	if !businessHeads[head] || d.possessor(m.b) {
		return -1 // not "Acme will close its plant, the union said", nor "Acme's pilots …"
	}
	if d.otherKind(m, head) || !d.finiteVerb(m.b, min(m.b+4, np.a)) || x.issuer >= 0 && x.issuer != m.ent && !d.unionEntity(x.issuer, ments, x) {
		// not over the one that has been speaking ("Zeneca … was named
		// in the lawsuit with Faulding, the company said"), unless that
		// is a labour union, which no "company" stands for
		return -1
	}
	return m.ent
}

func (d *doc) resolveGroup(np rng, head string, ments []ment, x *mentIndex, ents []entity) int {
	if e := d.bodyOfPossessor(np, head, ments, x); e >= 0 {
		return e // "Doucet's group": the body Doucet was named as heading, not the nearest one
	}
	clauseAfterSemicolon := np.a > 0 && d.low[np.a-1] == ";"
	headline := d.beforeBody(np.a) && d.headlineTitle(np) && !(clauseAfterSemicolon && d.orgEarlierInLine(np.a, head, ments, x))
	if deck := !headline && d.deckDescription(np, head, ments, x); headline || deck {
		// "Company says …" heading an article: the first organisation of
		// that kind it names after ("Skyline Aerial Systems, the Kelowna
		// company,"); not a line inside the article ("Company said the
		// decision was final" without its period).
		for i := before(x.orgs, ments, np.a) + 1; i < len(x.orgs) && ments[x.orgs[i]].a-np.a <= maxLookBack; i++ {
			if m := ments[x.orgs[i]]; head == "union" && d.surelyUnion(m) || d.orgOfKind(m, head) && !(deck && head == "union") {
				return m.ent // (a union by its members: "Union says …" over "The United Auto Workers said"; a deck's "The union says" not "Western Union")
			}
		}
		return -1
	}
	if mi := d.previousSubjectIn(np.a, ments, x.orgs); mi >= 0 && farHeads.has(head) && head != "court" && !orgKindNouns.has(head) && ments[mi].ent == x.issuer && int(d.para[np.a]) == x.issued &&
		!d.otherKind(ments[mi], head) && !companySuffixes.has(d.low[ments[mi].b-1]) {
		// A public body whose name has no kind in it spoke in the
		// sentence before: "Indigenous Services Canada said X. The
		// department said Y".
		return ments[mi].ent
	}
	if mi := d.previousSubjectIn(np.a, ments, x.orgs); mi >= 0 && d.orgOfKind(ments[mi], head) &&
		(ments[mi].ent == x.issuer && int(d.para[np.a])-x.issued <= 1 || d.kindOnlyInAdjuncts(mi, head, ments, x)) {
		// The subject of the sentence before goes first when it spoke
		// there ("Acme Inc said it would buy Beta Corp. The company
		// said …") or the others of its kind are objects of
		// prepositions ("Acme topped the gainers on rumours of a bid by
		// Beta Corp"); not over the verb's object ("Acme downgraded
		// Beta Corp. The company said it disagreed").
		return ments[mi].ent
	}
	if mi := d.previousSubjectIn(np.a, ments, x.orgs); mi >= 0 && orgKinds[head] == "club" && np.len() == 2 && d.plainDescription(np, head) && (ments[mi].ent == x.issuer && int(d.para[np.a])-x.issued <= 1 || d.para[ments[mi].a] == d.para[np.a] && !d.resultAfter(ments[mi].b) && !d.wordBetween(head, ments[mi].b, np.a)) &&
		!d.otherKind(ments[mi], head) && d.nicknamed(ments[mi]) {
		// A club's name seldom says it is one: "The Wheat Kings said in a
		// post …. The team said …", the club that spoke just before, or
		// the subject of the sentence before in the same paragraph ("The
		// Larkspur Kestrels were to travel east. The team said …"; not
		// after a game's result, "The Kestrels won 4-3", which has two
		// teams), by its plural nickname; not "The RCMP said … The team
		// said" (a search team), nor "The medical team said".
		return ments[mi].ent
	}
	if e := d.contentSubjectOrg(np, head, ments, x); e >= 0 {
		return e // "Prairie Crest will cut jobs at its Brandon plant, the company announced"
	}
	nearest := -1
	if institutions[head] {
		// "a new drop-in centre opened …. The centre said": the one just
		// brought in unnamed, unless one named since holds the word.
		at := func(f int) bool { return d.introducedAt(f, head) }
		if f := d.floorBack(np.a, at); f >= 0 && at(f) && d.orgBack(np.a, f, ments, x, func(m ment) bool { return d.nameHolds(m, head) }) < 0 {
			return -1
		}
	}
	kindFloor := d.anotherOfKindBack(np, head)
	if l := x.lastSpk; l >= 0 && ments[l].ent >= 0 && ments[l].typ == annot.MentionNominal && ments[l].b <= np.a && int(d.para[np.a])-x.spkPara <= 1 &&
		farHeads.has(head) && d.plainDescription(np, head) && d.headNoun(rng{ments[l].a, ments[l].b}) == head &&
		!(np.b+1 < len(d.toks) && d.low[np.b] == "," && relativePronouns[d.low[np.b+1]] && d.namedSinceHolding(ments[l].b, np.a, head, ments, x)) {
		// The last speaker, in this paragraph or the one before, was
		// this description with a modifier, resolved: "The health
		// authority said X. … according to the authority" is the same
		// body (the Saskatchewan Health Authority named four paragraphs
		// before), which the look back below would pass over as another
		// authority brought in; not when another body whose name holds
		// the word was named since and the description goes on to
		// describe it ("… asked the Southwest Transit Authority to run a
		// shuttle. The authority, which runs buses in six towns, said").
		return ments[l].ent
	}
	otherUnion := 0 // (asked at the first organisation no labour union: 1 yes, -1 no)
	for i, n := before(x.orgs, ments, np.a), 0; i >= 0 && n < 16; i, n = i-1, n+1 {
		m := ments[x.orgs[i]]
		if int(d.para[np.a])-int(d.para[m.a]) > 3 {
			break
		}
		if d.platformNamed(m) {
			continue // "In a post on its Facebook page, the company apologized": the page's owner, not the platform
		}
		if head == "union" && np.len() == 2 && !d.labourUnion(m) {
			if otherUnion == 0 {
				otherUnion = -1
				if d.labourUnionBefore(np.a, ments, x) {
					otherUnion = 1
				}
			}
			if otherUnion == 1 {
				continue // "the union" after a labour union is named is that one, not "the Students' Union" named since
			}
		}
		if d.orgOfKind(m, head) || d.descriptionBefore(m, head) && m.a > kindFloor || d.describedAsKind(m.ent, head, np.a, ments, x) || head == "police" && policeForces[d.low[m.b-1]] && !d.wordBetween("police", m.b, np.a) {
			// (a force named by its initials: "Kamloops RCMP said X. …
			// Police said Y"; not over other police in between: "In
			// Seattle, police said")
			return m.ent
		}
		if nearest < 0 && int(d.para[np.a])-int(d.para[m.a]) <= 1 && !d.otherKind(m, head) && !institutions[head] {
			nearest = m.ent
		}
	}
	if orgKinds[head] == "regulator" {
		return -1 // "the regulator" is a body named as one, never the firm it rules on ("HSBC was fined …")
	}
	if head == "police" && d.plainDescription(np, head) {
		// "Greater Sudbury Police began investigating in 2023. …
		// Police are asking homeowners to …" five paragraphs on: the
		// one police force the article named, while the story has not
		// moved to another place ("In New York, police said").
		if e := d.soleForce(np, ments, x); e >= 0 {
			return e
		}
	}

	if (nearest < 0 || !anyOrgNouns.has(head) && !orgKindNouns.has(head)) && farHeads.has(head) && d.plainDescription(np, head) {
		// Further back, only an organisation whose name holds the head:
		// "the Department of Transportation said …" four paragraphs
		// before "the department said"; not over another of its kind
		// named in between ("the city's fire department").
		if e := d.orgBack(np.a, kindFloor, ments, x, func(m ment) bool { return d.nameHolds(m, head) || d.descriptionBefore(m, head) }); e >= 0 {
			return e
		}
		if (head == "department" || head == "agency") && d.low[np.a] == "the" && (np.len() == 2 || np.len() == 3 && d.low[np.a+1] == "federal") {
			// "According to Indigenous Services Canada, … According to
			// the department, …": the federal department named by its
			// field in this paragraph or the one before, else the one
			// named before ("the federal department" too); "Statistics
			// Canada said …. ¶ … the agency said" alike.
			// (not over another department brought in since: "the
			// university's biology department", "the Truro fire
			// department")
			ofItsKind := func(f int) bool {
				// a department of its own kind: "the Truro fire department",
				// "the university's biology department" (not "department
				// scientists", "by department scientists")
				return d.low[f] == head && !d.capital(f) && f > 0 && (d.posAt(f-1).IsNoun() || d.posAt(f-1).IsAdjective()) && !prepositions.has(d.low[f-1]) && d.low[f-1] != "federal" &&
					!(f+1 < len(d.toks) && d.posAt(f+1).IsNoun())
			}
			other := d.floorBack(np.a, ofItsKind)
			if other < 0 || !ofItsKind(other) {
				other = -1
			}
			for i, n := before(x.orgs, ments, np.a), 0; i >= 0 && n < 16; i, n = i-1, n+1 {
				m := ments[x.orgs[i]]
				if int(d.para[np.a])-int(d.para[m.a]) > 1 || m.a < other {
					break
				}
				if d.federalDepartment(m) || head == "department" && d.provinceDepartment(m) {
					return m.ent // (the nearer of a federal and a province's department)
				}
			}
			if e := d.soleOrg(np.a, ments, x, d.federalDepartment); e >= 0 {
				if i := before(x.byEnt[e], ments, np.a); i >= 0 && ments[x.byEnt[e][i]].a > other {
					return e
				}
			}
		}
		if head == "ministry" || head == "department" {
			// "Alberta Environment and Protected Areas is investigating
			// …. the ministry said": a province's department named for
			// its field, not past another body of its kind.
			if e := d.orgBack(np.a, kindFloor, ments, x, d.provinceDepartment); e >= 0 {
				return e
			}
		}
	}
	if f := d.fieldModifier(np); f != "" && farHeads.has(head) {
		// "Nova Scotia Health confirmed … The health authority said":
		// a public body by its field, the one named before whose name
		// holds the field; not over another of its kind in between.
		if e := d.orgBack(np.a, d.anotherOfKindBack(np, head), ments, x, func(m ment) bool { return d.nameHolds(m, f) && !d.otherKind(m, head) }); e >= 0 {
			return e
		}
	}
	if head == "union" && d.plainDescription(np, head) {
		// "Members of Local 4412 of the Prairie Industrial Workers Union
		// walked off the job … The union said": the one labour union the
		// article named before, however far back, over another
		// organisation named nearer ("the company").
		if e := d.soleUnion(np.a, ments, x); e >= 0 {
			return e
		}
	}
	if companyNouns.has(head) && d.plainDescription(np, head) {
		// "Métallurgie Boréal locked out its workers. … ¶ The company
		// denies the allegation" five paragraphs on, past the tribunal
		// and the outlets named since: the one business named before
		// whose name says it is one ("Acme Inc.", "Meubles Roy"), when
		// it is the organisation named most so far (not a firm named once
		// in an article about another the tagger left out).
		if e := d.soleOrg(np.a, ments, x, d.namedAsBusiness); e >= 0 && d.mostNamedOrg(e, np.a, ments, x) {
			return e
		}
	}
	earlier := func(ment) bool { return true }
	if np.len() == 1 && d.capital(np.a) {
		earlier = d.labourUnion // a headline's "Union says …": no union named before, whatever firm the headline names
	}
	if head == "union" && (np.len() == 1 || np.len() >= 2 && d.low[np.a] == "the" && d.low[np.a+1] == "union") {
		// "Workers learned of the closure at a meeting, according to
		// the union. ¶ “…,” said Fatou Diallo, president of Unifor
		// Local 2217": the one labour union the article names, after
		// it, when it has named no one organisation before, or one that
		// could not be a union ("The Larkspur Institute said …. The
		// union that represents grocery workers said").
		if e := d.soleOrg(np.a, ments, x, earlier); e < 0 || !d.unionLike(e, ments, x) {
			if e := d.soleUnionAfter(np.b, ments, x); e >= 0 {
				return e
			}
		}
	}
	if np.len() >= 3 && (farHeads.has(head) || orgNoun(head)) && d.plainDescription(np, head) && !d.initialsJustBefore(np) {
		// "The municipal district said" thirty paragraphs after "The
		// Municipal District of Lesser Slave River issued the order": the
		// one organisation named before whose name holds every word of
		// the description, however far back, whatever body the head
		// names ("the bridge corporation" for the Northgate International
		// Bridge Corporation, past an agency named nearer); not over one written by
		// its initials in this sentence or the one before ("The M.D. of
		// Opportunity said …", "The RDCK said …").
		// (not over another of its kind named in between: "the
		// municipal district of Big Lakes", "the Cowichan Valley
		// regional district")
		named := func(f int) bool {
			if d.low[f] != head || d.capital(f) {
				return false
			}
			if f+2 < len(d.low) && d.low[f+1] == "of" && d.capital(f+2) {
				return true
			}
			k := f - (np.len() - 1)
			return k >= 0 && d.capital(k) && d.sents[d.sent[k]].a != k
		}
		other := d.floorBack(np.a, named)
		if e := d.soleOrgNamed(np, head, ments, x); e >= 0 {
			if l := x.byEnt[e]; other < 0 || !named(other) || len(l) > 0 && ments[l[max(0, before(l, ments, np.a))]].a > other {
				return e
			}
		}
	}
	if nearest < 0 && !farHeads.has(head) && !tooOftenAnother[head] && d.plainDescription(np, head) {
		// "The board said" twenty paragraphs after "the Lakeshore West
		// English School Board voted": the one organisation named
		// before whose name holds the head and the description's
		// modifiers.
		if e := d.soleOrgNamed(np, head, ments, x); e >= 0 {
			return e
		}
	}
	if nearest < 0 && sourceNouns.has(head) {
		// A newspaper or an agency quoted once is "the newspaper" all
		// through the report: the last one of its kind named, further
		// back, but not past another one introduced unnamed ("a
		// Spanish newspaper published photos").
		floor := d.floorBack(np.a, func(f int) bool { return d.introducedAt(f, head) })
		// (floor-1: "a Kellan newspaper" names the one it introduces)
		if e := d.orgBack(np.a, floor-1, ments, x, func(m ment) bool { return d.orgOfKind(m, head) }); e >= 0 {
			return e
		}
	}
	if institutions[head] && d.plainDescription(np, head) {
		// A facility CoNLL tags as a place, by the name that holds the
		// head: "Lakeview General Hospital will close its emergency room
		// overnight. … The hospital said", "The airport said".
		for _, list := range [][]int{x.locs, x.places} {
			if e := d.namedBack(list, np.a, kindFloor, ments, func(m ment) bool { return d.low[m.b-1] == head }); e >= 0 {
				return e // (the name's last word: not "College Street", "Port Larkspur")
			}
		}
	}
	if !anyOrgNouns.has(head) && !orgKindNouns.has(head) || institutions[head] {
		return -1
	}
	if e := d.sentenceOpener(np.a, ments, x); e >= 0 && ents[e].label == annot.LabelOrg {
		if l := x.byEnt[e]; len(l) > 0 && !d.otherKind(ments[l[0]], head) {
			return e
		}
	}
	issuer := -1
	if e := x.issuer; e >= 0 && ents[e].label == annot.LabelOrg && int(d.para[np.a])-x.issued <= 3 {
		if l := x.byEnt[e]; len(l) > 0 && !d.otherKind(ments[l[0]], head) {
			issuer = e
		}
	}
	if nearest < 0 && issuer < 0 && businessHeads[head] && d.plainDescription(np, head) {
		return d.sameDescriptionBefore(np, head, ments, x) // "The company said …" paragraphs before, no other firm named since
	}
	if sourceNouns.has(head) && issuer >= 0 || nearest < 0 {
		return issuer
	}
	if orgKinds[head] == "" && d.plainDescription(np, head) {
		// The nearest organisation is of no kind the head names: one named
		// further back whose name holds it goes first ("the Island Potato
		// Growers' Association … programs such as AgriStability, though the
		// association says"); not for a head any kind of body may bear
		// ("the group", "the company": the nearest).
		if e := d.orgBack(np.a, d.anotherOfKindBack(np, head), ments, x, func(m ment) bool { return d.nameHolds(m, head) }); e >= 0 {
			return e
		}
	}
	return nearest
}

// sameDescriptionBefore is the organisation the same description, the
// head with its article, last stood for before np, when no other
// organisation of its kind was named since: "Larkspur Farm Equipment
// confirmed …. The company said …" and, six paragraphs on, "according to
// the company"; else -1.
func (d *doc) sameDescriptionBefore(np rng, head string, ments []ment, x *mentIndex) int {
	last := -1
	for k, m := range ments {
		if m.b <= np.a && m.ent >= 0 && m.typ == annot.MentionNominal && m.b-m.a == 2 && determiners.has(d.low[m.a]) && d.low[m.b-1] == head && (last < 0 || m.a > ments[last].a) {
			last = k
		}
	}
	if last < 0 {
		return -1
	}
	e := ments[last].ent
	for f := ments[last].b; f < np.a; f++ {
		if d.introducedAt(f, head) {
			return -1 // "A Winnipeg company has bought the building": another, unnamed
		}
	}
	for i := before(x.orgs, ments, np.a); i >= 0 && ments[x.orgs[i]].a > ments[last].b; i-- {
		if m := ments[x.orgs[i]]; m.ent != e && d.orgOfKind(m, head) {
			return -1
		}
	}
	return e
}

// gameVerbs tell a game's result after a team's name: "The Kestrels won
// 4-3".
var gameVerbs = wordSet(`won beat lost defeated edged drew tied routed trailed blanked`)

// memberBodies head descriptions of a body a person belongs to or leads
// ("Doucet's group"); not a person's own office or campaign.
var memberBodies = wordSet(`group organization organisation association union coalition society federation alliance club`)

// bodyOfPossessor is the organisation a person who possesses description
// np ("Doucet's group", "Doe's union") was named as holding a role in
// ("Jo Doucet, …, president of the Larkspur Fishers Alliance", "Acme
// president Jo Doe"), at a mention of theirs before np; else -1.
func (d *doc) bodyOfPossessor(np rng, head string, ments []ment, x *mentIndex) int {
	p := d.lastPossessive(np) // (before modifiers of the head: "Feld's advocacy group")
	if !memberBodies[head] || p < 0 {
		return -1
	}
	i := before(x.persons, ments, p)
	if i < 0 || ments[x.persons[i]].b != p || ments[x.persons[i]].ent < 0 {
		return -1
	}
	for n, pi := range x.byEnt[ments[x.persons[i]].ent] {
		m := ments[pi]
		if m.a >= np.a || n >= 8 {
			break // (their first mentions, where a role is given: a bounded look)
		}
		// "Acme president Jo Doe": an organisation and title words just before
		for j := before(x.orgs, ments, m.a); j >= 0 && ments[x.orgs[j]].b >= m.a-3; j-- {
			if o := ments[x.orgs[j]]; o.ent >= 0 && d.titledAfter(o, ments, x) == pi {
				return o.ent
			}
		}
		// "Jo Doe, a fisherman and president of Acme": a role "of" an
		// organisation in the apposition set off after the name, to its
		// closing comma or its first verb
		if m.b >= len(d.low) || d.low[m.b] != "," {
			continue
		}
		end := min(d.sents[d.sent[m.a]].b, m.b+30)
		for k := m.b + 1; k+1 < end && d.quote[k] < 0 && d.low[k] != "," && !d.posAt(k).IsVerb(); k++ {
			if d.low[k] != "of" || !(roleNouns.has(d.low[k-1]) || groupNouns.has(d.low[k-1])) {
				continue
			}
			a := k + 1
			if d.low[a] == "the" {
				a++
			}
			if j := before(x.orgs, ments, a+1); j >= 0 && ments[x.orgs[j]].a == a && ments[x.orgs[j]].ent >= 0 {
				return ments[x.orgs[j]].ent
			}
		}
	}
	return -1
}

// federalDepartment reports a mention named as a federal department is,
// by its field and the country: "Indigenous Services Canada", "Fisheries
// and Oceans Canada", "Environment Canada" (not "Air Canada").
func (d *doc) federalDepartment(m ment) bool {
	return m.b-m.a >= 2 && d.low[m.b-1] == "canada" && departmentFields[d.low[m.b-2]]
}

// provinceDepartment reports a province's department named for its
// field, which "the ministry" or "the department" stands for: "Alberta
// Environment and Protected Areas", "Manitoba Agriculture"; not a
// province's authority or firm ("Alberta Health Services", "Manitoba
// Hydro"), nor one named for health, which as often names a health
// authority or agency ("Nova Scotia Health", "Ontario Health").
func (d *doc) provinceDepartment(m ment) bool {
	for k := m.a + 1; k < m.b && k <= m.a+4; k++ {
		if departmentFields[d.low[k]] && d.low[k] != "health" && canadianProvinces[strings.Join(d.low[m.a:k], " ")] {
			last := d.low[m.b-1]
			return !orgNoun(last) && last != "services"
		}
	}
	return false
}

// departmentFields are the last words of federal departments' fields
// (package namewords holds the one list).
var departmentFields = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range namewords.DepartmentFields() {
		m[w] = true
	}
	return m
}()

// institutions are the kinds of organisation a description names only by
// a name that holds it ("Nunavut Arctic College" for "the college", "the
// Hydrologic Forecast Centre" for "the centre"), never
// the organisation that happens to be nearest.
var institutions = wordSet(`college cégep university hospital centre center division port airport library`)

// anotherOfKindBack is the floor of a look back for description np: the
// last place before it where another of its kind came in ("the city's
// fire department"), not the same description again.
func (d *doc) anotherOfKindBack(np rng, head string) int {
	return d.floorBack(np.a, func(f int) bool {
		return d.low[f] == head && !d.capital(f) && d.otherModifier(f-1, np) && !(f+1 < len(d.toks) && d.posAt(f+1).IsNoun())
	})
}

// fieldModifier is the field of public service in a description "the
// health authority", "the transit agency" (article, field, head), or a
// heading's "Health authority" (field capitalised, head), or "".
func (d *doc) fieldModifier(np rng) string {
	if np.len() == 2 && d.capital(np.a) && publicFields[d.low[np.a]] && !d.capital(np.a+1) {
		return d.low[np.a] // a section's heading: "Health authority says …"
	}
	if np.len() != 3 || d.low[np.a] != "the" || d.capital(np.a+1) || !publicFields[d.low[np.a+1]] {
		return ""
	}
	return d.low[np.a+1]
}

// publicFields are the fields public bodies are named for.
var publicFields = wordSet(`health transit housing school police fire parks water energy hydro wildfire
	environment education justice transport transportation power lottery liquor`)

// soleUnion is the one labour union named before token p, else -1 (none,
// or two different ones).
func (d *doc) soleUnion(p int, ments []ment, x *mentIndex) int {
	return d.soleOrg(p, ments, x, d.labourUnion)
}

// unionEntity reports an entity first named as a labour union.
func (d *doc) unionEntity(e int, ments []ment, x *mentIndex) bool {
	m, ok := firstName(e, ments, x)
	return ok && d.surelyUnion(m)
}

// firstName is entity e's first name mention; ok is false when it has
// none.
func firstName(e int, ments []ment, x *mentIndex) (ment, bool) {
	if l := x.byEnt[e]; len(l) > 0 {
		return ments[l[0]], true
	}
	return ment{}, false
}

// surelyUnion reports a labour union named otherwise than "X Union"
// ("Prairie Food Workers Union", "Unifor Local 2217", "United
// Steelworkers", "Unifor"), which no description of a business stands
// for ("First Union" may be a bank, "Western Union" a money sender).
func (d *doc) surelyUnion(m ment) bool {
	return d.labourUnion(m) && !(m.b-m.a == 2 && d.low[m.b-1] == "union")
}

// labourUnionBefore reports that the last labour union named before token
// p (looked for among the 64 organisation mentions before it) is one the
// article went on to call "the union" before another union was named: the
// union it is about, not one named in passing ("Jo Roy, a former Unifor
// organizer").
func (d *doc) labourUnionBefore(p int, ments []ment, x *mentIndex) bool {
	for i, n := before(x.orgs, ments, p), 0; i >= 0 && n < 64; i, n = i-1, n+1 {
		m := ments[x.orgs[i]]
		if !d.surelyUnion(m) {
			continue
		}
		for j := m.b + 1; j < p && j < m.b+maxLookBack; j++ {
			if d.low[j] == "union" && d.low[j-1] == "the" && !d.org[j] {
				return true // "The union represents about 320 faculty"
			}
			if d.low[j] == "union" && d.org[j] {
				return false // another union named first
			}
		}
		return false
	}
	return false
}

// namedAsBusiness reports an organisation whose name says it is a
// business: a company's suffix after its first word ("Acme Corp.",
// "Kestrel Potash Ltd."), or a French trade opening it ("Métallurgie
// Boréal"); not one a description calls a company ("the software
// company Acme").
func (d *doc) namedAsBusiness(m ment) bool {
	if _, business := namewords.FrenchTrade(d.low[m.a]); business && m.b-m.a >= 2 {
		return true
	}
	for j := m.a + 1; j < m.b; j++ {
		if companySuffixes.has(d.low[j]) {
			return true
		}
	}
	return (m.b-m.a >= 2 && tradeEndings[d.low[m.b-1]] || d.namesWorks(m)) && !d.otherKind(m, "company")
}

// worksNouns are the works a business runs, which its name may modify.
var worksNouns = wordSet(`refinery plant mill sawmill smelter mine factory terminal warehouse`)

// namesWorks reports an organisation named as the business that runs the
// works its name modifies ("the Kestrel Energy refinery"; "Acme's plant"
// is not: a possessive is anyone's), outside quotes; not a body a kind
// ends ("the Larkspur Conservation Authority plant"), nor a public one
// ("the City of Larkspur plant", "the Health Canada plant").
func (d *doc) namesWorks(m ment) bool {
	if m.b >= len(d.low) || !worksNouns[d.low[m.b]] || d.quote[m.a] >= 0 {
		return false
	}
	last := d.low[m.b-1]
	return !orgNoun(last) && !officialKinds.has(last) && last != "authority" && !d.federalDepartment(m) && !d.nameHolds(m, "city")
}

// tradeEndings end the names of businesses by what they make or do
// ("Northfield Axle Technologies", "Pixelgrove Labs", "Prairie Crest
// Foods").
var tradeEndings = wordSet(`technologies technology labs laboratories industries manufacturing foods motors solutions
	enterprises pharmaceuticals logistics developments properties airlines airways air brewing farms apparel software
	networks communications robotics aerospace plastics metals steel textiles ferries`)

// mostNamedOrg reports organisation e named before token p, within
// maxLookBack tokens, at least as often as any other organisation, and
// twice (by name, or once by name and once by a description linked to it)
// unless its first name opens a paragraph as its subject or names, in the
// article's opening, the works it runs ("a flare at the Kestrel Energy
// refinery lit up the sky").
func (d *doc) mostNamedOrg(e, p int, ments []ment, x *mentIndex) bool {
	n := map[int]int{}
	for i := before(x.orgs, ments, p); i >= 0 && p-ments[x.orgs[i]].a <= maxLookBack; i-- {
		n[ments[x.orgs[i]].ent]++
	}
	if l := x.byEnt[e]; n[e] < 2 && n[e]+d.linkedDescriptions(e, p, ments, 2-n[e]) < 2 && (len(l) == 0 || !d.openingSubject(ments[l[0]]) && !(d.inOpening(ments[l[0]].a) && d.namesWorks(ments[l[0]]))) {
		return false // named once: maybe beside the article's own subject, which the tagger missed (unless a description before was linked to it: "the company says …")
	}
	for f, c := range n {
		if f != e && f >= 0 && c > n[e] {
			return false
		}
	}
	return true
}

// linkedDescriptions counts, up to enough, the descriptions linked to
// entity e before token p, within maxLookBack tokens ("the company says"
// resolved to Kestrel Ridge Metals). (Descriptions are appended to ments
// as speakers are resolved, in no order of position: the scan is over all
// of them, and runs only for a business named once.)
func (d *doc) linkedDescriptions(e, p int, ments []ment, enough int) int {
	n := 0
	for i := 0; i < len(ments) && n < enough; i++ {
		if m := ments[i]; m.ent == e && m.typ == annot.MentionNominal && m.a < p && p-m.a <= maxLookBack {
			n++
		}
	}
	return n
}

// openingSubject reports name m opening its paragraph before a verb
// ("Northfield Axle Technologies told employees …"): the subject the
// paragraph is about, not a name beside one.
func (d *doc) openingSubject(m ment) bool {
	return m.b < len(d.low) && (m.a == 0 || d.para[m.a-1] != d.para[m.a]) && d.posAt(m.b).IsVerb()
}

// soleForce is the one police force named before description np, within
// maxLookBack tokens, when no other police came in since its last name
// ("state police", "Michigan police") and no sentence since opens with
// "In" and a place ("In Seattle, police said"), else -1.
func (d *doc) soleForce(np rng, ments []ment, x *mentIndex) int {
	e := d.soleOrg(np.a, ments, x, func(m ment) bool {
		return d.nameHolds(m, "police") || policeForces[d.low[m.b-1]]
	})
	if e < 0 {
		return -1
	}
	from := ments[x.byEnt[e][before(x.byEnt[e], ments, np.a)]].b
	for j := from; j < np.a; j++ {
		if d.low[j] == "police" && !d.capital(j) && j > 0 && (d.capital(j-1) || d.posAt(j-1) == syntax.JJ || d.posAt(j-1).IsNoun()) {
			return -1 // other police since ("in Michigan, state police said")
		}
	}
	for i := before(x.places, ments, np.a); i >= 0 && ments[x.places[i]].a >= from; i-- {
		if a := ments[x.places[i]].a; a > 0 && d.low[a-1] == "in" && (a-1 == 0 || d.sents[d.sent[a-1]].a == a-1) {
			return -1
		}
	}
	return e
}

// soleUnionAfter is the one labour union named after token p, within
// maxLookBack tokens, by a name that is surely one (not "Western Union"),
// else -1 (none, or two different ones).
func (d *doc) soleUnionAfter(p int, ments []ment, x *mentIndex) int {
	found := -1
	for i := before(x.orgs, ments, p) + 1; i < len(x.orgs); i++ {
		m := ments[x.orgs[i]]
		if m.a-p > maxLookBack {
			break
		}
		if m.ent < 0 || m.ent == found || !d.surelyUnion(m) {
			continue
		}
		var ok bool
		if found, ok = d.joinBody(found, m.ent, ments, x); !ok {
			return -1
		}
	}
	return found
}

// unionLike reports organisation e, by its first name, one a union could
// describe: a labour union, or a body whose name says it groups members
// (unionKinds: an association, a federation, a guild; or a council, a
// congress, a French "syndicat" or "fédération").
func (d *doc) unionLike(e int, ments []ment, x *mentIndex) bool {
	m, ok := firstName(e, ments, x)
	if !ok {
		return false
	}
	if d.labourUnion(m) {
		return true
	}
	for j := m.a; j < m.b; j++ {
		if w := d.low[j]; unionKinds[w] || w == "council" || w == "congress" || w == "syndicat" || w == "fédération" {
			return true
		}
	}
	return false
}

// maxLookBack bounds, in tokens, how far back a description looks for the
// one body or person it may stand for (about a long article's length), so
// that detection stays linear in the input.
const maxLookBack = 4000

// tooOftenAnother are the heads of descriptions that name another body
// than the one of that kind named far back ("Police said" in New York after
// the Metropolitan Police in London).
var tooOftenAnother = wordSet(`government police party administration union company firm group team campaign
	staff crowd audience delegation jury panel caucus business corporation organization organisation club`)

// soleOrgNamed is the one organisation named before description np whose
// name holds its head and every word before the head after "the"
// ("the regional district", "the board"), else -1.
func (d *doc) soleOrgNamed(np rng, head string, ments []ment, x *mentIndex) int {
	return d.soleOrg(np.a, ments, x, func(m ment) bool {
		if m.b-m.a < 2 || !d.nameHolds(m, head) {
			return false
		}
		for j := np.a; j < np.b-1; j++ {
			if !determiners.has(d.low[j]) && !d.nameHolds(m, d.low[j]) {
				return false
			}
		}
		return true
	})
}

// communityBody is the First Nation or band that "the community" np
// stands for: the one named in np's sentence or the one before ("Membertou
// First Nation also opened its centre, the community said"); else -1.
func (d *doc) communityBody(np rng, ments []ment, x *mentIndex) int {
	if np.len() != 2 || d.low[np.a] != "the" || d.low[np.a+1] != "community" {
		return -1
	}
	from := d.sents[d.sent[np.a]].a
	if ps, ok := d.sentenceBefore(np.a); ok {
		from = ps.a
	}
	found := -1
	for i := before(x.orgs, ments, np.a); i >= 0; i-- {
		m := ments[x.orgs[i]]
		if m.a < from {
			break
		}
		if m.ent < 0 || m.ent == found || !d.firstNation(m) {
			continue
		}
		if found >= 0 {
			return -1 // two communities
		}
		found = m.ent
	}
	return found
}

// firstNation reports the name of a First Nation or band: "… First
// Nation", "Squamish Nation", "… Indian Band" (not "the Salvation Army
// Band").
func (d *doc) firstNation(m ment) bool {
	if m.b-m.a < 2 {
		return false
	}
	t, u := d.low[m.b-1], d.low[m.b-2]
	return t == "nation" && d.capital(m.b-2) || t == "band" && (u == "indian" || u == "nations")
}

// soleOrg is the one organisation named before token p, within
// maxLookBack tokens, whose mention fits, else -1 (none, or two different
// ones).
func (d *doc) soleOrg(p int, ments []ment, x *mentIndex, fits func(ment) bool) int {
	found := -1
	for i := before(x.orgs, ments, p); i >= 0; i-- {
		m := ments[x.orgs[i]]
		if p-m.a > maxLookBack {
			break
		}
		if m.ent < 0 || m.ent == found || !fits(m) {
			continue
		}
		var ok bool
		if found, ok = d.joinBody(found, m.ent, ments, x); !ok {
			return -1
		}
	}
	return found
}

// joinBody adds entity e to the one body found so far (-1: none): e
// itself, or the longer named of the two when they are one body ("IBEW"
// and "IBEW Local 353"); ok is false for two different bodies.
func (d *doc) joinBody(found, e int, ments []ment, x *mentIndex) (int, bool) {
	switch {
	case found < 0:
		return e, true
	case d.oneBody(found, e, ments, x):
		return d.longerName(found, e, ments, x), true
	}
	return found, false
}

// oneBody reports two unions that are one: a union and its local
// ("IBEW", "IBEW Local 353"), a name and its initials ("ONA", "Ontario
// Nurses' Association").
func (d *doc) oneBody(e, f int, ments []ment, x *mentIndex) bool {
	me, okE := firstName(e, ments, x)
	mf, okF := firstName(f, ments, x)
	if !okE || !okF || !d.labourUnion(me) && !d.labourUnion(mf) {
		return false // only a union and its local or its initials: not "Greater Sudbury Police" and its association
	}
	return d.localOf(e, f, ments, x) || d.localOf(f, e, ments, x) || d.initialsOf(e, f, ments, x) || d.initialsOf(f, e, ments, x)
}

// localOf reports entity f first named as entity e's name and a local
// with its number: "IBEW Local 353" of "IBEW".
func (d *doc) localOf(e, f int, ments []ment, x *mentIndex) bool {
	if !d.nameStarts(e, f, ments, x) {
		return false
	}
	a, _ := firstName(e, ments, x)
	b, _ := firstName(f, ments, x)
	k := b.a + (a.b - a.a)
	return k+1 < b.b && d.low[k] == "local" && allDigits(d.low[k+1])
}

// longerName is whichever of entities e and f is first named at greater
// length: "Ontario Nurses' Association" over "ONA".
func (d *doc) longerName(e, f int, ments []ment, x *mentIndex) int {
	me, _ := firstName(e, ments, x)
	mf, _ := firstName(f, ments, x)
	if mf.b-mf.a > me.b-me.a {
		return f
	}
	return e
}

// initialsOf reports entity e first named by one word in capitals that
// spells the initials of the capitalised words of entity f's first name.
func (d *doc) initialsOf(e, f int, ments []ment, x *mentIndex) bool {
	me, okE := firstName(e, ments, x)
	mf, okF := firstName(f, ments, x)
	if !okE || !okF || me.b-me.a != 1 {
		return false
	}
	short := d.word(me.a)
	if !allCaps(short) || len(short) < 2 {
		return false
	}
	var initials []byte
	for i := mf.a; i < mf.b; i++ {
		if w := d.word(i); d.capital(i) && w != "" {
			initials = append(initials, w[0])
		}
	}
	return string(initials) == short
}

// nameStarts reports entity e first named by the words that open entity
// f's first name: "IBEW" for "IBEW Local 353".
func (d *doc) nameStarts(e, f int, ments []ment, x *mentIndex) bool {
	a, okA := firstName(e, ments, x)
	b, okB := firstName(f, ments, x)
	if !okA || !okB || a.b-a.a >= b.b-b.a {
		return false
	}
	for i := 0; i < a.b-a.a; i++ {
		if d.low[a.a+i] != d.low[b.a+i] {
			return false
		}
	}
	return true
}

// labourUnion reports an organisation mention that names a labour union:
// "the Prairie Industrial Workers Union", "the Plant Workers' Alliance,
// Local 1172", "Local 4412 of the …", "CUPE Local 5172"; not a one-word
// "Union" (a heading), the European or a credit union.
func (d *doc) labourUnion(m ment) bool {
	last := d.low[m.b-1]
	if last == "canada" && m.b-m.a >= 2 && d.labourUnion(ment{a: m.a, b: m.b - 1}) {
		// the national body of an international union: "International
		// Longshore and Warehouse Union Canada", "UFCW Canada"
		return true
	}
	if last == "union" {
		if m.b-m.a < 2 {
			return false // (a heading's lone "Union")
		}
		before := m.b - 2
		if before > m.a && (possessiveMark(d.low[before]) || d.pluralPossessive(before, m.a)) {
			before-- // "the Students ' Union"
		}
		return !nonLabourUnions[strings.TrimRight(d.low[before], "'’")] // (and "Students' Union")
	}
	if m.b-m.a == 1 && unionNames[last] {
		return true // "Unifor", "CUPE"
	}
	if d.low[m.a] == "syndicat" && m.b-m.a >= 3 {
		return true // French for a union: "Syndicat des travailleuses en petite enfance de Sherbrooke" (not the confederation, "Confédération des syndicats nationaux")
	}
	if unionMembers[last] && m.b-m.a >= 2 {
		// "United Food and Commercial Workers", "United Steelworkers",
		// "International Brotherhood of Electrical Workers", "Canadian
		// Union of Public Employees", "Detroit Federation of Teachers"
		// (not "Union of BC Municipalities", nor "Amazon Workers")
		if unionOpeners[d.low[m.a]] {
			return true
		}
		for j := m.a; j+1 < m.b; j++ {
			if (d.low[j] == "union" || unionKinds[d.low[j]]) && d.low[j+1] == "of" {
				return true
			}
		}
	}
	for j := m.a; j < m.b; j++ {
		if d.low[j] == "local" && j+1 < len(d.low) && allDigits(d.low[j+1]) {
			return true // "CUPE Local 5172" (not "the Association of Local Public Health Agencies")
		}
	}
	if m.b+1 < len(d.low) && (d.low[m.b] == "local" || d.low[m.b] == "," && d.low[m.b+1] == "local") {
		return true // "the Plant Workers' Alliance, Local 1172"
	}
	if m.a-4 >= 0 && d.low[m.a-1] == "the" && d.low[m.a-2] == "of" && d.low[m.a-4] == "local" {
		return true // "Local 4412 of the …"
	}
	if unionKinds[last] {
		for j := m.a; j < m.b-1; j++ {
			w := d.low[j]
			possessive := strings.HasSuffix(w, "'") || strings.HasSuffix(w, "’") || j+1 < m.b && (possessiveMark(d.low[j+1]) || d.low[j+1] == "'" || d.low[j+1] == "’")
			if unionMembers[strings.TrimSuffix(strings.TrimSuffix(w, "'"), "’")] && (possessive || last != "association" && last != "federation") {
				// "the Mine and Mill Workers Alliance", "the Ontario
				// Nurses' Association"; not "the Canadian Nurses
				// Association", a professional body
				return true
			}
		}
	}
	return false
}

// newReferent reports an article that brings in someone or something
// new: "a", "an", "another".
func newReferent(w string) bool { return w == "a" || w == "an" || w == "another" }

// allDigits reports a word of ASCII digits only ("1172").
func allDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}

var (
	nonLabourUnions = wordSet(`european soviet african credit liberties postal student students`)
	unionKinds      = wordSet(`alliance federation guild brotherhood association`)
	unionMembers    = wordSet(`workers employees teachers nurses professionals machinists carpenters electricians
		firefighters paramedics educators teamsters labourers laborers pilots drivers steelworkers autoworkers`)
	// unionOpeners open the names of unions called for their members:
	// "United Auto Workers", "International Association of Machinists".
	unionOpeners = wordSet(`united international amalgamated`)
	// unionNames are labour unions known by one word.
	unionNames = wordSet(strings.ToLower(strings.Join(namewords.UnionNames(), " ")))
)

// partyMember reports "the" and a party's member as the head: "the
// Republican", "the Kentucky Republican" (the one titled so, else the
// senator the text is about, not one of the other party), not
// "Republican" alone or as a modifier ("the Republican nominee").
func (d *doc) partyMember(np rng) bool {
	h := d.low[np.b-1]
	return np.len() >= 2 && d.low[np.a] == "the" && (h == "republican" || h == "democrat")
}

// otherParty reports an entity titled by the other party than head
// ("Democratic Sen. Jon Tester" for "the Republican").
func (d *doc) otherParty(head string, e entity) bool {
	if head == "republican" {
		return e.words["democratic"] || e.words["democrat"]
	}
	return e.words["republican"]
}

// placeDescription reports "the" and a noun that describes a place as the
// body that governs it: "the city", "the province".
func (d *doc) placeDescription(np rng) bool {
	return np.len() == 2 && d.low[np.a] == "the" && placeKinds[d.low[np.a+1]] != 0
}

// resolvePlace links "the city", "the province" to the place it governs:
// an organisation named as its government ("the City of Brampton"), within
// backParas paragraphs; else the place of that kind named last within
// twelve paragraphs: a state or province for "the province", a city for
// "the city" (or a place the gazetteer does not know that a dateline or a
// province's abbreviation shows is a town: "MORRIS, Man. —").
func (d *doc) resolvePlace(np rng, head string, ments []ment, x *mentIndex, ents []entity) int {
	// (not over another place of the kind brought in as one since: "Fort
	// Smith, a town of 2,500")
	introduced := func(f int) bool { return d.introducedAt(f, head) }
	floor := d.floorBack(np.a, introduced)
	if floor < 0 || !introduced(floor) {
		floor = -1
	}
	if e := d.orgBack(np.a, floor, ments, x, func(m ment) bool { return d.governsPlace(m, head) }); e >= 0 {
		return e
	}
	kind := placeKinds[head]
	origin := -1 // a place named as where someone comes from ("a crew from British Columbia"): only when no other fits
	for i := before(x.places, ments, np.a); i >= 0; i-- {
		m := ments[x.places[i]]
		if int(d.para[np.a])-int(d.para[m.a]) > 12 || floor >= 0 && m.a < floor {
			break // (nor a place named before another of the kind brought in: "… near Fort Smith, a town of 2,500")
		}
		if floor >= 0 && m.a > floor && m.a-floor <= 4 && d.prepositionIn(floor+1, m.a) {
			continue // "a town near Olds": the place the one brought in is near
		}
		if m.a > 0 && d.low[m.a-1] == "," && d.regionWithPeriod(m.a) {
			continue // "Morris, Man.": the town's province, abbreviated
		}
		g := ents[m.ent].gaz
		if n := strings.ToLower(ents[m.ent].name); head == "province" && usStates[n] || head == "state" && canadianProvinces[n] || head == "city" && canadianProvinces[n] && !d.townShown(m, ments, x) {
			continue // (nor "the city" for Quebec, a province whose capital is written "Quebec City", unless a dateline shows the city: "QUEBEC —")
		}
		if kind == ner.GazState && g&ner.GazState != 0 || kind == ner.GazCity && (g&ner.GazCity != 0 || g == 0 && d.townShown(m, ments, x)) {
			if m.a > 0 && d.low[m.a-1] == "from" {
				if origin < 0 {
					origin = m.ent
				}
				continue
			}
			return m.ent
		}
	}
	if e := d.soleOrg(np.a, ments, x, func(m ment) bool { return d.governsPlace(m, head) }); e >= 0 {
		// "The Town of Hay River issued an evacuation alert" thirty
		// paragraphs before "The town said": the one government of a
		// place of that kind named before, within maxLookBack tokens,
		// when no place of the kind was named nearer, nor another one
		// brought in as one since.
		if i := before(x.byEnt[e], ments, np.a); i >= 0 && ments[x.byEnt[e][i]].a > floor {
			return e
		}
	}
	if origin >= 0 && !d.datelineRegionBefore(np.a) {
		return origin
	}
	return -1
}

// datelineRegionBefore reports a dateline with a state's or province's
// abbreviation before token p ("HIGH LEVEL, Alta. —"): the story's own
// province, which the text may name only so.
func (d *doc) datelineRegionBefore(p int) bool {
	for _, para := range d.paras {
		if para.a >= p {
			break
		}
		if e := d.datelineEnd(para.a); e > para.a {
			for i := para.a; i < e; i++ {
				if d.low[i] == "," && i+1 < e && d.regionWithPeriod(i+1) {
					return true
				}
			}
		}
	}
	return false
}

// governsPlace reports an organisation named as a place's government by
// the noun before "of" or "council" ("the City of Brampton", "Province of
// Alberta", "Brampton City Council") or ending it ("Halifax Regional
// Municipality"); not a firm named with it ("Bridge City Post Media Ltd.").
func (d *doc) governsPlace(m ment, head string) bool {
	for j := m.a; j < m.b; j++ {
		if d.low[j] == head && (j+1 < m.b && (d.low[j+1] == "of" || d.low[j+1] == "council") || j == m.b-1 && j > m.a && head != "city" && head != "state") {
			return true
		}
	}
	return false
}

// shownTown reports a place name that opens a dateline ("MORRIS, Man. —")
// or comes before a comma and a state's or province's abbreviation
// ("Morris, Man.,"), or before "city" or "town" in lower case ("Larkspur
// city council", "Lakeway town hall").
func (d *doc) shownTown(m ment) bool {
	if d.datelineEnd(m.a) > m.a || m.b < len(d.low) && (d.low[m.b] == "city" || d.low[m.b] == "town") && !d.capital(m.b) && (m.b+1 == len(d.low) || d.low[m.b+1] != "of") { // (not "the Cariboo town of Birchfall": a region's)
		return true
	}
	return m.b+1 < len(d.toks) && d.low[m.b] == "," && d.regionWithPeriod(m.b+1)
}

// townShown reports place mention m a town by shownTown at one of its
// entity's first mentions before it (a bounded look: the first eight), or
// by the dateline that opens the article in capitals ("LARKVIEW, Sask. -"
// for a later "Larkview").
func (d *doc) townShown(m ment, ments []ment, x *mentIndex) bool {
	for n, i := range x.byEnt[m.ent] {
		if ments[i].a > m.a || n >= 8 {
			break
		}
		if d.shownTown(ments[i]) {
			return true
		}
	}
	for _, para := range d.paras[:min(len(d.paras), 4)] {
		if e := d.datelineEnd(para.a); e > para.a {
			c := para.a
			for c < e && d.low[c] != "," {
				c++
			}
			return c-para.a == m.b-m.a && slices.Equal(d.low[para.a:c], d.low[m.a:m.b])
		}
	}
	return false
}

// backParas is how many paragraphs back a description finds an
// organisation by its name ("the alliance" for "the Upper Saugeen Health
// Alliance"): news paragraphs are short, pasted pages hold furniture.
const backParas = 24

// floorBack is the last token before p, within backParas paragraphs and
// maxLookBack tokens, that at accepts (where a search back for a name
// stops), else the token where that window ends: callers check the result
// with at.
func (d *doc) floorBack(p int, at func(int) bool) int {
	f := p - 1
	for f > 0 && p-f < maxLookBack && int(d.para[p])-int(d.para[f]) <= backParas && !at(f) {
		f--
	}
	return f
}

// orgBack is the organisation named last before token p, within backParas
// paragraphs and ending after token floor, that match accepts; else -1.
func (d *doc) orgBack(p, floor int, ments []ment, x *mentIndex, match func(ment) bool) int {
	return d.namedBack(x.orgs, p, floor, ments, match)
}

// namedBack is orgBack over the mentions of list (x.orgs, x.places, x.locs).
func (d *doc) namedBack(list []int, p, floor int, ments []ment, match func(ment) bool) int {
	for i := before(list, ments, p); i >= 0; i-- {
		m := ments[list[i]]
		if int(d.para[p])-int(d.para[m.a]) > backParas || m.b <= floor {
			break
		}
		if match(m) {
			return m.ent
		}
	}
	return -1
}

// indefiniteBefore reports "a" or "an" within the three tokens before
// noun i, in its sentence ("a rival newspaper").
func (d *doc) indefiniteBefore(i int) bool { return d.indefiniteIndex(i) >= 0 }

// indefiniteIndex is the "a" or "an" nearest before noun i within three
// tokens in its sentence, or -1.
func (d *doc) indefiniteIndex(i int) int {
	for j := i - 1; j >= 0 && j >= i-3 && d.sent[j] == d.sent[i]; j-- {
		if w := d.low[j]; w == "a" || w == "an" {
			return j
		}
	}
	return -1
}

// introducedAt reports noun head at token f brought in as a new one by
// "a" or "an" ("a new drop-in centre", "a town of 2,500"); not a noun
// modifying another ("a city council"), nor one a preposition parts from
// the article ("a room in university residences").
func (d *doc) introducedAt(f int, head string) bool {
	if d.low[f] != head {
		return false
	}
	a := d.indefiniteIndex(f)
	if a < 0 || d.prepositionIn(a+1, f) {
		return false
	}
	return !(f+1 < len(d.low) && !d.capital(f+1) && d.posAt(f+1).IsNoun())
}

// kindOnlyInAdjuncts reports whether every other organisation of the kind
// named after subject mention mi in its sentence is the object of a
// preposition ("a bid by Beta Corp"), not of the verb ("downgraded Beta
// Corp").
func (d *doc) kindOnlyInAdjuncts(mi int, head string, ments []ment, x *mentIndex) bool {
	s := d.sents[d.sent[ments[mi].a]]
	for i := before(x.orgs, ments, ments[mi].b) + 1; i < len(x.orgs) && ments[x.orgs[i]].a < s.b; i++ {
		m := ments[x.orgs[i]]
		if m.ent == ments[mi].ent || !d.orgOfKind(m, head) {
			continue
		}
		if m.a == 0 || !prepositions.has(d.low[m.a-1]) {
			return false
		}
	}
	return true
}

// orgOfKind reports whether organisation mention m is one that a
// description headed by head stands for: its name holds the head ("the
// Department of Fisheries", "Crestmoor Bank", "Rabobank" for "the bank"),
// a company's suffix for "the company" ("Acme Corp."), the head or one of
// its kind is written right before or, for a kind that any organisation
// may be, after it ("the newspaper O Diario", "the Ledger daily"; not "the
// Doe campaign"), or in an apposition after it.
func (d *doc) orgOfKind(m ment, head string) bool {
	if d.nameHolds(m, head) || orgKinds[head] == "regulator" && regulatorHeads[d.low[m.b-1]] {
		return true
	}
	if _, business := namewords.FrenchTrade(d.low[m.a]); business && companyNouns.has(head) && m.b-m.a >= 2 && !d.federalDepartment(m) {
		return true // "Meubles Vaillancourt-Roy", a furniture maker, is "the company" (not "Transport Canada")
	}
	for j := m.a; j < m.b; j++ {
		w := d.low[j]
		if len(head) >= 4 && len(w) > len(head)+2 && strings.HasSuffix(w, head) ||
			companyNouns.has(head) && companySuffixes.has(w) && j > m.a {
			return true
		}
	}
	if companyNouns.has(head) && m.b-m.a >= 2 && tradeEndings[d.low[m.b-1]] && !d.otherKind(m, head) && !(m.a > 0 && prepositions.has(d.low[m.a-1])) && !d.publicName(m) {
		return true // "Atlantic Gateway Ferries", "Prairie Crest Foods": "the company" (not inside a phrase: "Shares of Pixelgrove Labs")
	}
	if m.a > 0 && sameKind(head, d.low[m.a-1]) || m.b < len(d.low) && sameKind(head, d.low[m.b]) && (anyOrgNouns.has(head) || orgKindNouns.has(head)) {
		return true
	}
	if m.b < len(d.low) && d.low[m.b] == head && !d.capital(m.b) && !personalGroups.has(head) {
		// "the United Logistics and Warehouse Workers union" is "the
		// union"; "the Trump campaign" is no "Trump".
		return true
	}
	return d.appositionHolds(m, head)
}

// publicName reports a public body's word in m's name: "the Larkspur
// Public Health Laboratories" is no company.
func (d *doc) publicName(m ment) bool {
	for j := m.a; j < m.b; j++ {
		if publicWords[d.low[j]] {
			return true
		}
	}
	return false
}

// publicWords mark the names of public bodies.
var publicWords = wordSet(`public provincial federal national regional municipal government health`)

// describedAsKind reports organisation e described as one of head's
// kind by an apposition at a mention before token p: "bought by Gestion
// immobilière Boréalis, a Laval-based company …. Boréalis president Jo
// Doe said …. The company said".
func (d *doc) describedAsKind(e int, head string, p int, ments []ment, x *mentIndex) bool {
	if e < 0 || !anyOrgNouns.has(head) && !orgKindNouns.has(head) {
		return false
	}
	key := entHead{e, head}
	at, ok := x.describedAt[key]
	if !ok {
		// (once per organisation and noun: "the company said" asked of
		// many organisations stays linear)
		at = -1
		for _, mi := range x.byEnt[e] {
			if d.appositionHolds(ments[mi], head) {
				at = ments[mi].a
				break
			}
		}
		if x.describedAt == nil {
			x.describedAt = map[entHead]int{}
		}
		x.describedAt[key] = at
	}
	return at >= 0 && at < p
}

// entHead is an organisation and a noun of its kind.
type entHead struct {
	e    int
	head string
}

// descriptionBefore reports head ending a description set off just before
// m, which the name then restates: "Quebec's forest fire prevention
// agency, SOPFEU, said"; not one item of a list ("the agency, SOPFEU and
// the RCMP").
func (d *doc) descriptionBefore(m ment, head string) bool {
	k := m.a - 2
	if k < 0 || d.low[m.a-1] != "," || !sameKind(head, d.low[k]) || d.capital(k) || m.b >= len(d.low) || d.low[m.b] != "," && !d.endsSentence(m.b) {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-6 && d.sent[j] == d.sent[k]; j-- {
		if articles.has(d.low[j]) || possessiveMark(d.low[j]) {
			return true
		}
		if d.isPunct(j) {
			break
		}
	}
	return false
}

// appositionHolds reports head in a noun phrase set off after m ("Acme,
// the world's largest airline,") or a relative clause saying what m is
// ("Beta, which is a Toronto company,"); not the subject after a fronted
// phrase that names it ("In a statement to the Press, the office of the
// minister said"), nor another clause ("…, said the company's
// announcement", "…, which says the union's demands …").
func (d *doc) appositionHolds(m ment, head string) bool {
	if m.b >= len(d.low) || d.low[m.b] != "," || d.endsFrontedPhrase(m.b) {
		return false
	}
	if m.b+1 < len(d.low) && (subordinators.has(d.low[m.b+1]) && d.low[m.b+1] != "that" || coordinators.has(d.low[m.b+1])) {
		return false // a clause, no apposition: "programs such as AgriStability, though the association says"
	}
	relative := m.b+1 < len(d.low) && (d.low[m.b+1] == "which" || d.low[m.b+1] == "that")
	for j := m.b + 1; j < len(d.low) && j < m.b+8 && !d.isPunct(j); j++ {
		if (isFinite(d.posAt(j)) || d.posAt(j) == syntax.MD) && !(relative && d.selfDescription(j)) {
			break
		}
		if d.low[j] == head {
			return true
		}
	}
	return false
}

// selfDescription reports a verb at j that says what a relative clause's
// antecedent is: "which is a Toronto company", "which has been a public
// company", "which calls itself a technology company"; not "which is
// suing the company", "which has sued the company".
func (d *doc) selfDescription(j int) bool {
	if j+1 >= len(d.low) {
		return false
	}
	next := d.low[j+1]
	switch d.low[j] {
	case "is", "was", "became", "remains":
		return determiners.has(next)
	case "has", "had":
		return next == "been"
	case "calls", "bills", "describes":
		return next == "itself"
	}
	return false
}

// wordBetweenMax bounds wordBetween's look: farther apart, it answers yes.
const wordBetweenMax = 2000

// wordBetween reports the lower-case word w among tokens [a, b), or true
// when they are more than wordBetweenMax apart (a bounded look, never a
// name given across them).
func (d *doc) wordBetween(w string, a, b int) bool {
	if b-a > wordBetweenMax {
		return true
	}
	for i := a; i < b; i++ {
		if d.low[i] == w && !d.capital(i) {
			return true
		}
	}
	return false
}

// policeForces are the police forces news names by their initials alone,
// which "police" stands for ("Kamloops RCMP said X. … Police said Y").
var policeForces = map[string]bool{"rcmp": true, "opp": true, "nypd": true, "lapd": true, "spvm": true, "psni": true}

// otherModifier reports a modifier at j that description np does not have:
// not a determiner, not one of np's words.
func (d *doc) otherModifier(j int, np rng) bool {
	if determiners.has(d.low[j]) || d.isPunct(j) {
		return false
	}
	for i := np.a; i < np.b; i++ {
		if d.low[i] == d.low[j] {
			return false
		}
	}
	return true
}

// namedSinceHolding reports an organisation's name in [a, b) that holds
// the word head.
func (d *doc) namedSinceHolding(a, b int, head string, ments []ment, x *mentIndex) bool {
	for i := before(x.orgs, ments, b); i >= 0 && ments[x.orgs[i]].a >= a; i-- {
		if d.nameHolds(ments[x.orgs[i]], head) {
			return true
		}
	}
	return false
}

// plainDescription reports a short description, "the" and its head or the
// head alone, with no name or preposition in it: "the department", "the
// federal office", "police"; not "Doe's campaign", "Democrats on the House
// Judiciary Committee", "Staff for the committee".
func (d *doc) plainDescription(np rng, head string) bool {
	if np.len() > 4 || d.low[np.b-1] != head || np.len() > 1 && d.low[np.a] != "the" {
		return false // not "Doe's campaign"
	}
	for i := np.a; i < np.b; i++ {
		if i > np.a && d.capital(i) || prepositions.has(d.low[i]) {
			return false
		}
	}
	return true
}

// nameHolds reports whether organisation mention m has the word head (or
// its plural) in its name: "Department of Transportation" for "the
// department".
func (d *doc) nameHolds(m ment, head string) bool {
	fr := frenchKinds[head]
	for j := m.a; j < m.b; j++ {
		if w := d.low[j]; w == head || w == head+"s" || fr != "" && m.b-m.a >= 2 && foldAccents(w) == fr {
			return !orgNoun(head) || !d.kindOfBefore(m, j)
		}
	}
	return false
}

// kindOfBefore reports a word of the name m, before its token j, that
// names the body's kind and governs j through "of": "Association of
// University Teachers" is an association, never "the university" (a
// modifier is matched there still: "Court of Appeals" for "the appeals
// court").
func (d *doc) kindOfBefore(m ment, j int) bool {
	if j == m.b-1 {
		return false // the name's own head: "University of Larkspur Hospital" is a hospital
	}
	for o := m.a + 1; o < j; o++ {
		if d.low[o] == "of" && orgNoun(d.low[o-1]) && d.low[o-1] != d.low[j] {
			return true
		}
	}
	return false
}

// frenchKinds are the French words, without accents, for kinds of body
// that a name in French holds ("Université de Sherbrooke" for "the
// university", "Société de transport de Laval" for "the society"); a word
// the same in both ("college", "centre") is there for its accented form
// ("Collège", "Cegep" for "cégep").
var frenchKinds = map[string]string{
	"university": "universite", "college": "college", "hospital": "hopital", "society": "societe",
	"school": "ecole", "federation": "federation", "union": "syndicat", "commission": "commission", "council": "conseil",
	"centre": "centre", "ministry": "ministere", "city": "ville", "municipality": "municipalite", "cégep": "cegep",
}

// otherKind reports whether an organisation mention says it is of another
// kind than head, by the head of its name or a kind noun right before or
// after it: "the Department of Health" is not "the company", "private bank
// Bolt" not "the newspaper".
func (d *doc) otherKind(m ment, head string) bool {
	if w := d.headNoun(rng{m.a, m.b}); officialKinds.has(w) && !sameKind(head, w) || businessHeads[head] && placeKinds[w] != 0 && !(m.b-m.a >= 2 && d.low[m.b-1] == w && d.capital(m.b-1)) {
		return true // (a town's government, "The city said", is no "company"; "Mattress City", "Birchfall City" may be)
	}
	if outletWords[d.low[m.b-1]] && !sourceNouns.has(head) && !companyNouns.has(head) {
		return true // "According to Reuters, the government said": not the agency
	}
	if businessHeads[head] && (d.surelyUnion(m) || d.federalDepartment(m) && (m.b-m.a == 2 || d.wordBetween("and", m.a, m.b))) {
		return true // a union is no "company", nor is Health Canada or Environment and Climate Change Canada (but "Bausch Health Canada" is)
	}
	if companyNouns.has(head) && d.inGameResult(m) {
		return true // "a 5-2 win over the North Bay Battalion": a club, no "company"
	}
	if businessHeads[head] && d.schoolName(m) && !companySuffixes.has(d.low[m.b-1]) {
		return true // "the Cégep de Larkspur", "the University of Larkspur", "Larkspur Community College" is no "company" ("College Pro Painters" may be)
	}
	if orgKinds[head] == "public" && d.namedAsBusiness(m) {
		return true // "the agency" is no "Borealis Air" or "Acme Inc."
	}
	if governingHeads[head] && d.placeOfCare(m) {
		return true // "the health authority" is no "Birchfall Regional Health Centre": a place of care, not the body that runs it
	}
	for _, j := range []int{m.a - 1, m.b} {
		if j >= 0 && j < len(d.low) && orgNoun(d.low[j]) && !sameKind(head, d.low[j]) {
			return true
		}
	}
	return false
}

// governingHeads describe a body that governs or runs others, which the
// name of a place of care does not name.
var governingHeads = map[string]bool{"authority": true, "agency": true, "ministry": true, "department": true}

// schoolName reports the name of a school, which is no company: one that
// ends in "College" or "University", opens with "College of" or
// "University of", or holds a French school's word ("Cégep de Larkspur",
// "Collège Boréal"); not "College Pro Painters".
func (d *doc) schoolName(m ment) bool {
	if m.b-m.a < 2 {
		return false
	}
	if w := d.low[m.b-1]; w == "college" || w == "university" {
		return true
	}
	if w := d.low[m.a]; (w == "college" || w == "university") && d.low[m.a+1] == "of" {
		return true
	}
	for j := m.a; j < m.b; j++ {
		switch foldAccents(d.low[j]) {
		case "cegep", "college", "universite":
			if d.low[j] != "college" {
				return true // the French words, accented
			}
		}
	}
	return false
}

// placeOfCare reports a name of a hospital, a clinic or a health centre
// ("Birchfall Regional Health Centre"; not "Kestrel River Forecast
// Centre", an agency).
func (d *doc) placeOfCare(m ment) bool {
	if m.b-m.a < 2 {
		return false
	}
	switch d.low[m.b-1] {
	case "hospital", "clinic":
		return true
	case "centre", "center":
		return careWords[d.low[m.b-2]]
	}
	return false
}

// careWords come before "centre" in the names of places of care.
var careWords = map[string]bool{"health": true, "medical": true, "care": true, "treatment": true, "wellness": true}

// gameResult reports the sentence of token p giving a game's score and
// result: a score ("5-2", one token; "5–2" with an en dash; scoreAt) and a
// word of a game's result ("win", "beat", "defeated", "drew"; not "lost"
// or "loss", a firm's as often: "a loss of 1-2 per cent"), and no vote's
// word ("a 5-4 council vote").
func (d *doc) gameResult(p int) bool {
	s := d.sents[d.sent[p]]
	score, result := false, false
	for i := s.a; i < s.b && i < s.a+80; i++ {
		w := d.low[i]
		if ner.VoteWord(w) || w == "voting" || w == "ballot" || w == "approval" || w == "referendum" {
			return false // "defeated in a 5-4 council vote", "won a 5-2 vote of shareholders"
		}
		score = score || d.scoreAt(i, s.b)
		result = result || gameVerbs[w] && w != "lost" || w == "win" || w == "victory"
	}
	return score && result
}

// scoreAt reports a game's score at token i, before end: one token ("5-2")
// or three with an en dash ("5–2").
func (d *doc) scoreAt(i, end int) bool {
	return ner.ScoreToken(d.low[i]) || d.toks[i].Kind == tokens.Number && i+2 < end && d.low[i+1] == "–" && d.toks[i+2].Kind == tokens.Number && d.toks[i+1].Gap == 0 && d.toks[i+2].Gap == 0
}

// scoreIn reports a game's score among the first 80 tokens of sentence s.
func (d *doc) scoreIn(s rng) bool {
	for i := s.a; i < s.b && i < s.a+80; i++ {
		if d.scoreAt(i, s.b) {
			return true
		}
	}
	return false
}

// resultAfter reports a game's result told at token k, after a side's
// name: "won", "beat", "fell", "were outscored".
func (d *doc) resultAfter(k int) bool {
	if k >= len(d.low) {
		return false
	}
	w := d.low[k]
	return gameVerbs[w] || w == "fell" || (w == "were" || w == "was") && k+1 < len(d.low) && (gameVerbs[d.low[k+1]] || beatenWords[d.low[k+1]])
}

// beatenWords follow "were" in a side's defeat, besides gameVerbs: "were
// outscored 3-1".
var beatenWords = wordSet(`outscored beaten swept shut`)

// inGameResult reports organisation mention m a side in its sentence's
// game result (gameResult): after "over", "against", "beat" or their kind
// ("a 5-2 win over the North Bay Battalion"), before a verb of the game's
// result ("the Battalion won 5-2", a club by its nickname also before ",
// who": "the Kestrels, who won 5-2"), or a club by its nickname opening
// the sentence ("The Kestrels opened their season with a 5-2 win"); not a
// firm named elsewhere in the sentence ("Kestrel Steel sponsors the
// Kestrels, who won 5-2", "Larkspur Motors sponsors …").
func (d *doc) inGameResult(m ment) bool {
	before := m.a - 1
	if before > 0 && d.low[before] == "the" {
		before--
	}
	after := m.b
	if after+1 < len(d.low) && d.low[after] == "," && d.low[after+1] == "who" {
		after += 2 // "the Kestrels, who won 5-2"
	}
	s := d.sents[d.sent[m.a]]
	club := d.nicknamed(m) && !tradeEndings[d.low[m.b-1]] // "the Kestrels" (not "Larkspur Motors")
	side := before >= 0 && (gameVerbs[d.low[before]] || opponentWords[d.low[before]]) || d.resultAfter(after) && (after == m.b || club) ||
		club && (m.a == s.a || m.a == s.a+1 && d.low[s.a] == "the") // the subject: "The Kestrels opened their season with a 5-2 win"
	return side && d.gameResult(m.a)
}

// opponentWords come before a side in a game's result, besides gameVerbs.
var opponentWords = wordSet(`over against beating to vs vs. versus`)

// sameKind reports whether an organisation called a w may be "the head":
// the same noun, one of a kind ("paper", "daily" for "newspaper"), or a
// business of any trade for "the company".
func sameKind(head, w string) bool {
	k := orgKinds[head]
	return w == head || w == head+"s" || k != "" && orgKinds[w] == k || k == "business" && orgKindNouns.has(w) && orgKinds[w] != "press"
}

// orgNoun reports a noun that heads a description of an organisation.
func orgNoun(w string) bool { return groupNouns.has(w) || orgKindNouns.has(w) }

// sentenceBefore is the sentence before token p's, when there is one in
// the same paragraph or the one before.
func (d *doc) sentenceBefore(p int) (rng, bool) {
	si := int(d.sent[p])
	for si > 0 {
		// A sentence that goes on with a quotation begun in an earlier
		// one ("“I'm ashamed. I know it,” he said"): the sentence before
		// is the one before the quotation.
		a := d.sents[si].a
		if q := d.quote[a]; q < 0 || a == 0 || d.quote[a-1] != q {
			break
		}
		si--
	}
	if si == 0 {
		return rng{}, false
	}
	// Over paragraphs that interrupt the story ("Advertisement", "Story
	// continues below"), which count for no distance.
	j, skipped, last := si-1, 0, -1
	for j > 0 && d.interruption(int(d.para[d.sents[j].a])) {
		if pi := int(d.para[d.sents[j].a]); pi != last {
			skipped, last = skipped+1, pi
		}
		j--
	}
	ps := d.sents[j]
	return ps, int(d.para[p])-int(d.para[ps.a])-skipped <= 1
}

// interruption reports a paragraph that breaks the story without adding
// to it, as pasted pages hold ("Advertisement 2", "Story continues below",
// "This advertisement has not loaded yet, but your article continues
// below."): at most 14 tokens, a word of advertising or "continues below",
// and no name (no capital but the first word's), quotation or pronoun in
// the third person. ("Workers are worried." between a firm and "the
// company said" is the story's.)
func (d *doc) interruption(pi int) bool {
	pr := d.paras[pi]
	if pr.len() > 14 || d.toks[pr.a].Kind != tokens.Word || len(d.low[pr.a]) > 1 && allCaps(d.word(pr.a)) {
		return false
	}
	page := false
	for i := pr.a; i < pr.b; i++ {
		if d.quote[i] >= 0 || d.person[i] || d.org[i] || isMarkTok(d.low[i]) || i > pr.a && d.capital(i) {
			return false
		}
		switch pronouns[d.low[i]] {
		case "m", "f", "p", "n":
			return false
		}
		switch d.low[i] {
		case "advertisement", "advertisements", "advertising", "sponsored":
			page = true
		case "continues":
			page = page || i+1 < pr.b && d.low[i+1] == "below"
		}
	}
	return page
}

// sentenceOpener returns the entity named at the start of the sentence
// before token p's (a person or an organisation, after at most an
// article), or -1.
func (d *doc) sentenceOpener(p int, ments []ment, x *mentIndex) int {
	ps, ok := d.sentenceBefore(p)
	if !ok {
		return -1
	}
	if mi := d.openerMention(ps, ments, x); mi >= 0 {
		return ments[mi].ent
	}
	return -1
}

// openerMention is the mention of the person, else the organisation, that
// opens sentence ps, or -1.
func (d *doc) openerMention(ps rng, ments []ment, x *mentIndex) int {
	for _, list := range [][]int{x.persons, x.orgs} {
		if mi := d.openerIn(ps, list, ments); mi >= 0 {
			return mi
		}
	}
	return -1
}

// possessed reports a possessive mark in noun phrase np ("the union's
// statement").
func (d *doc) possessed(np rng) bool {
	for i := np.a; i < np.b; i++ {
		if possessiveMark(d.low[i]) || (d.low[i] == "its" || d.low[i] == "their") && i == np.a {
			return true
		}
	}
	return false
}

// titledAfter is the mention of a person named after organisation mention m
// and the title words between them ("Curling NL executive director
// Patricia Walsh"), else -1.
func (d *doc) titledAfter(m ment, ments []ment, x *mentIndex) int {
	if m.label != annot.LabelOrg {
		return -1
	}
	i := before(x.persons, ments, m.b) + 1
	if i >= len(x.persons) {
		return -1
	}
	p := ments[x.persons[i]]
	if p.a <= m.b || p.a > m.b+4 || !d.plainRun(m.b, p.a) {
		return -1
	}
	for j := m.b; j < p.a; j++ {
		if titleWord(d.low[j]) {
			return x.persons[i]
		}
	}
	return -1
}

// posterBefore is the person or organisation whose name ends right
// before a verb of putting out a text in the sentence before token p, or
// the one before that in its paragraph ("Labrador City Mayor Jo Doe
// posted congratulations on the town's Facebook page", "Acme issued a
// statement"), else -1; found tells that such a verb was there (its
// subject no name: "her friend posted a photo").
func (d *doc) posterBefore(p int, ments []ment, x *mentIndex) (e int, found bool) {
	for n := 0; n < 2; n++ {
		ps, ok := d.sentenceBefore(p)
		if !ok || n > 0 && d.para[ps.a] != d.para[p] {
			return -1, false
		}
		for v := ps.a + 1; v < ps.b && v < ps.a+maxClauseScan; v++ {
			if d.quote[v] >= 0 {
				continue
			}
			by := docNouns.has(d.low[v-1]) && (d.low[v] == "by" || d.low[v] == "from") // "A Facebook post by Mayor Jo Doe drew comments"
			if !postingVerbs[d.low[v]] && !by {
				continue
			}
			u := v // the verb, after the adverbs before it: "She later posted"
			for !by && u-1 > ps.a && d.adverbAt(u-1) {
				u--
			}
			for _, list := range [][]int{x.persons, x.orgs} {
				i := before(list, ments, u)
				if by {
					if i++; i < len(list) {
						if m := ments[list[i]]; m.a > v && m.a <= v+3 && d.titlesBefore(m.a) <= v+1 {
							return m.ent, true
						}
					}
					continue
				}
				for ; i >= 0 && ments[list[i]].a >= ps.a; i-- {
					// (the subject over a relative clause set off, which may
					// name others: "Mayor Guy Ouellet, who was elected after
					// Thibodeau chose not to run, issued a statement")
					if m := ments[list[i]]; d.subjectOpens(m.a, ps) && (m.b == u || d.setOffTo(m.b, u)) {
						return m.ent, true
					}
				}
			}
			if !by {
				if w := d.low[u-1]; subjPronouns.has(w) && w != "who" {
					return -1, false // "a Facebook post he wrote", "She later posted a photo": whom the pronoun stands for
				}
				return -1, true
			}
		}
		p = ps.a // (or the one before it in its paragraph: "Jo Doe posted a video. In it, he says … The post said")
	}
	return -1, false
}

// subjectOpens reports a name at token a, after its titles and the
// capitalised words of its affiliation, that opens sentence s or follows a
// comma: the subject of its clause ("Thunder Bay Police Chief Jo Doe
// posted"; not "The family of Jo Doe released", "Supporters of Premier Jo
// Doe shared", "The woman who sued Mayor Jo Doe posted").
func (d *doc) subjectOpens(a int, s rng) bool {
	t := d.titlesBefore(a)
	for t > s.a && d.capital(t-1) {
		t--
	}
	return t == s.a || d.low[t-1] == ","
}

// setOffTo reports a phrase set off by commas from token a to the verb at
// v: "Gail Ronson[, who runs the food bank,] posted".
func (d *doc) setOffTo(a, v int) bool {
	if a+2 >= v || d.low[a] != "," || d.low[v-1] != "," {
		return false
	}
	for i := a + 1; i < v-1; i++ {
		if d.low[i] == "," || d.isPunct(i) && !possessiveMark(d.low[i]) {
			return false
		}
	}
	return true
}

// postedBefore reports a verb of putting out a text, or "on" and a word of
// social media, in the first maxClauseScan tokens of the sentence before
// token p: "The Manning Agricultural Society announced on Facebook that …".
func (d *doc) postedBefore(p int) bool {
	ps, ok := d.sentenceBefore(p)
	for i := ps.a; ok && i < ps.b && i < ps.a+maxClauseScan; i++ {
		w := d.low[i]
		switch {
		case postingVerbs[w]:
			return true
		case siteWords[w] || mediumNouns.has(w) || w == "x" && d.capital(i):
			if d.wordBetween("on", max(ps.a, i-3), i) || d.wordBetween("to", max(ps.a, i-3), i) {
				return true // "announced on Facebook", "took to social media"
			}
		case w == "post" || w == "video" || w == "tweet":
			for j := i - 1; j >= ps.a && j >= i-3; j-- {
				if v := d.low[j]; v == "her" || v == "his" || v == "their" || v == "its" || possessiveMark(v) && j > ps.a && d.capital(j-1) {
					return true // "defended her Facebook post", "Coun. Rita Fox's Facebook post drew" (not "the mayor's social media post")
				}
			}
		}
	}
	return false
}

// letterNouns are texts someone writes and sends ("the letter said"), or
// a body puts out ("the update said", "the notice said").
var letterNouns = map[string]bool{"letter": true, "email": true, "e-mail": true, "memo": true, "brief": true, "submission": true,
	"update": true, "notice": true, "advisory": true, "bulletin": true}

// sendingVerbs put out a letter: "X sent a letter".
var sendingVerbs = map[string]bool{"sent": true, "wrote": true, "signed": true, "penned": true, "mailed": true, "filed": true, "submitted": true}

// bodyIssueVerbs put out a body's text: "Health Canada issued a notice",
// "Acme issued a letter to shareholders" (not "published a letter from",
// "posted the notice on her door": the text may be another's).
var bodyIssueVerbs = map[string]bool{"issued": true, "released": true}

// beForms are the forms of "be" before a passive.
var beForms = map[string]bool{"was": true, "were": true, "is": true, "are": true, "been": true, "be": true, "being": true}

// subjectEndsAt reports a name ending at token e that is its clause's
// whole subject before the verb at v: only adverbs, a time, a relative
// clause between commas or a closing possessive mark between them, no
// noun the name modifies ("The Cruz campaign sent") nor a possessive
// ("Clinton's campaign").
func (d *doc) subjectEndsAt(e, v int) bool {
	if e < v && (d.low[e] == "'" || d.low[e] == "’") {
		e++ // "The Island Potato Growers' Association"
	}
	for j := e; j < v; j++ {
		if d.low[j] == "," {
			return true // (an apposition or a relative clause before the verb)
		}
		if !d.adverbAt(j) && !dayWords.has(d.low[j]) && !auxiliaries.has(d.low[j]) {
			return false
		}
	}
	return true
}

// subjectOfTextVerb is the name opening sentence s that is the whole
// subject of a verb of speech before token in, where "in a letter" (an
// email, a memo) says how it spoke: "Acme confirmed the closure in a
// letter to customers" (not "Jo Doe was fired in a letter"); else -1.
func (d *doc) subjectOfTextVerb(s rng, in int, ments []ment, x *mentIndex) int {
	mi := d.openerMention(s, ments, x)
	if mi < 0 {
		return -1
	}
	v := ments[mi].b
	if v < in && d.low[v] == "," {
		for v++; v < in && d.low[v] != ","; v++ { // over an apposition or a relative clause: "Acme, which has operated here since 1987, confirmed"
		}
	}
	if in+3 < len(d.low) && (d.low[in+3] == "from" || d.low[in+3] == "by") {
		return -1 // "learned of her firing in a letter from Acme": the letter is another's
	}
	for ; v < in; v++ {
		if (isFinite(d.posAt(v)) || d.posAt(v) == syntax.VBN && auxiliaries.has(d.low[v-1])) && !auxiliaries.has(d.low[v]) { // (over "has": "Acme has confirmed … in a letter")
			if cueStrength[d.low[v]] == 0 || !d.subjectEndsAt(ments[mi].b, v) {
				return -1
			}
			for j := v + 1; j < in; j++ {
				if isFinite(d.posAt(j)) || d.low[j] == "that" || subjPronouns.has(d.low[j]) {
					return -1 // another clause holds "in a letter": "Jo Doe said she was fired in a letter"
				}
			}
			return ments[mi].ent
		}
	}
	return -1
}

// letterWriter is whoever wrote the letter (memo, email) that np, "the
// letter", refers to: in the nearest sentence before it, in its paragraph
// or the one before and at most three sentences back, that names one, the
// mention opening it after a fronted "In a letter …," or the name that is
// the whole subject that "sent" or "wrote" the letter ("The growers'
// association sent a letter Monday"); not one who received it ("Jo Doe was
// sent a letter"), nor one who wrote about it, nor a name inside the
// subject ("The Cruz campaign sent an email"), nor when a sentence in
// between answers it ("… wrote back"): else -1.
func (d *doc) letterWriter(np rng, ments []ment, x *mentIndex) int {
	p, noun := np.a, d.low[np.b-1]
	if !letterNouns[noun] || d.low[p] != "the" || np.len() > 2 {
		return -1
	}
	for si, n := int(d.sent[p])-1, 0; si >= 0 && n < 3 && int(d.para[p])-int(d.para[d.sents[si].a]) <= 1; si, n = si-1, n+1 {
		s := d.sents[si]
		named := false
		for i := s.a; i < s.b && !named; i++ {
			named = d.low[i] == noun && d.quote[i] < 0
		}
		if !named {
			for i := s.a; i < s.b; i++ {
				if (sendingVerbs[d.low[i]] && d.low[i] != "filed" && d.low[i] != "submitted" || replyVerbs[d.low[i]]) && d.quote[i] < 0 {
					return -1 // "The premier's office wrote back Friday": a letter of its own, unnamed (not "residents filed complaints")
				}
			}
			continue
		}
		for i := s.a; i < s.b; i++ {
			if d.low[i] != noun || d.quote[i] >= 0 {
				continue
			}
			if d.textPhraseOpens(s, i) {
				return d.subjectAfterTextPhrase(s, ments, x) // "In a letter sent to council, …": the subject after the phrase
			}
			if i-2 > s.a && d.low[i-2] == "in" && (d.low[i-1] == "a" || d.low[i-1] == "an") {
				return d.subjectOfTextVerb(s, i-2, ments, x) // "Acme confirmed the closure in a letter to customers"
			}
			for j := i - 1; j >= s.a && j >= i-3; j-- {
				if w := d.low[j]; !sendingVerbs[w] && !bodyIssueVerbs[w] && !determiners.has(w) && !d.posAt(j).IsAdjective() && !possessiveMark(w) && d.posAt(j) != syntax.PRPS {
					return -1 // "wrote about the letter": not its writer
				}
				if sendingVerbs[d.low[j]] || bodyIssueVerbs[d.low[j]] {
					if j-1 >= s.a && (beForms[d.low[j-1]] || d.low[j-1] == "got" || d.low[j-1] == "received") || i+1 < s.b && d.low[i+1] == "by" {
						return -1 // "Jo Doe was sent a letter by the city": the one who got it
					}
					if mi := d.openerMention(s, ments, x); mi >= 0 && ments[mi].b <= j && d.subjectEndsAt(ments[mi].b, j) {
						return ments[mi].ent // (the whole subject: not "Cruz" of "The Cruz campaign", nor "Clinton's campaign")
					}
					return -1
				}
			}
			return -1
		}
	}
	return -1
}

// textPhraseOpens reports the text noun at token i in a phrase opening
// sentence s: "In a letter sent to council, …", "In a written brief …".
func (d *doc) textPhraseOpens(s rng, i int) bool {
	return i-2 >= s.a && i-2 <= s.a+1 && d.low[i-2] == "in" || i-3 >= s.a && i-3 <= s.a+1 && d.low[i-3] == "in"
}

// subjectAfterTextPhrase is the entity of the subject after the phrase
// opening sentence s, a name or a description resolved as the sentence's
// speaker ("In a written brief …, the council said"), else -1.
func (d *doc) subjectAfterTextPhrase(s rng, ments []ment, x *mentIndex) int {
	a := d.afterFrontedPP(s, s.b)
	if a <= s.a {
		return -1
	}
	if mi := d.openerMention(rng{a, s.b}, ments, x); mi >= 0 {
		if pi := d.titledAfter(ments[mi], ments, x); pi >= 0 {
			return ments[pi].ent // "In a letter sent to council, Harbour Growers Association president Jo Doe said": the president
		}
		return ments[mi].ent
	}
	for _, m := range ments {
		if m.a == a && m.ent >= 0 && m.typ == annot.MentionNominal {
			return m.ent
		}
	}
	return -1
}

// siteWords are sites a text is put out on.
var siteWords = map[string]bool{"facebook": true, "instagram": true, "twitter": true, "youtube": true, "tiktok": true, "linkedin": true, "threads": true, "bluesky": true}

// postingVerbs put out a text that then speaks for whoever put it out.
var postingVerbs = map[string]bool{"posted": true, "tweeted": true, "issued": true, "released": true, "published": true, "wrote": true, "shared": true, "uploaded": true}

// openerIn is the mention of list that opens sentence s, at its first
// token or after one word ("The Acme board", "But Acme"), outside quotes;
// else -1.
func (d *doc) openerIn(s rng, list []int, ments []ment) int {
	if i := before(list, ments, s.a) + 1; i < len(list) && ments[list[i]].a <= s.a+1 && ments[list[i]].a < s.b && d.quote[ments[list[i]].a] < 0 {
		return list[i]
	}
	return -1
}

// genderWords are the titles and role nouns that tell a person's gender.
// "spokesman", "chairman" and "congressman" are not among them: news
// style gives them to women too ("spokesman Hope Hicks").
var genderWords = map[string]string{
	"mr.": "m", "mr": "m", "sir": "m", "king": "m", "prince": "m",
	"mrs.": "f", "mrs": "f", "ms.": "f", "ms": "f", "miss": "f", "spokeswoman": "f", "congresswoman": "f", "chairwoman": "f", "queen": "f", "princess": "f", "dame": "f",
}

// genderOf tells "m" or "f" from the titles seen before an entity's names
// (Mr., Mrs., spokeswoman), else from its given name, or "" when they do
// not say.
func genderOf(e entity) string {
	m, f := titleGenders(e)
	switch {
	case m && !f:
		return "m"
	case f && !m:
		return "f"
	case m || f:
		return ""
	}
	// No title says: the given name, when it is mostly one gender's; else,
	// after a Punjabi given name both genders bear, "Kaur" or "Singh"
	// ("Jaswinder Kaur Grewal", "Harpreet Singh"; "Sarah Singh" is the given
	// name's).
	first, _, _ := strings.Cut(e.name, " ")
	first = foldAccents(strings.ToLower(first))
	if g := compoundGender(first); g != "" {
		return g // "Marc-André", "Marie-Ève"
	}
	if !maleNames[first] && !femaleNames[first] && (unisexGivenName(first) || !wideMale[first] && !wideFemale[first]) {
		for _, w := range strings.Fields(e.name) {
			switch w {
			case "Kaur":
				return "f"
			case "Singh":
				return "m"
			}
		}
	}
	switch {
	case maleNames[first]:
		return "m"
	case femaleNames[first]:
		return "f"
	case e.he > 2*e.she:
		return "m"
	case e.she > 2*e.he:
		return "f"
	}
	return ""
}

// endsFrontedPhrase reports the comma at c closing the phrase that opens
// its sentence: a prepositional phrase ("In a statement to the Press,")
// or "According to a report by Reuters,".
func (d *doc) endsFrontedPhrase(c int) bool {
	s := d.sents[d.sent[c]]
	if d.afterFrontedPP(s, c+1) == c+1 {
		return true
	}
	if d.low[s.a] != "according" {
		return false
	}
	for i := s.a + 1; i < c; i++ {
		if d.low[i] == "," {
			return false
		}
	}
	return true
}

// outletWords end the names of news agencies and outlets ("The Canadian
// Press", "Reuters", "CBC News"), which only "the agency", "the newspaper"
// and their kind (or "the company": "Thomson Reuters") describe.
var outletWords = wordSet(`press reuters news bloomberg afp`)

// titleGenders tells which genders the titles and words seen before a
// person's names say ("Mr.", "Ms.", "spokeswoman").
func titleGenders(e entity) (m, f bool) {
	for w, g := range genderWords {
		if e.words[w] {
			m, f = m || g == "m", f || g == "f"
		}
	}
	switch kinGender[e.kin] { // "Her brother, Gilles Lapointe,"
	case "m":
		m = true
	case "f":
		f = true
	}
	return m, f
}

// genderTitled reports a person with a title or word of either gender
// seen before their names ("Mr.", "Ms.", "mother").
func genderTitled(e entity) bool {
	m, f := titleGenders(e)
	return m || f
}

// compoundGender is the gender of a hyphened given name the lists do not
// hold, by its parts: "Marc-André" is a man's, "Marie-Ève" a woman's; when
// the parts disagree, French use decides by the first, "Marie-Claude" a
// woman's, "Jean-Claude" a man's; else "".
func compoundGender(first string) string {
	a, b, ok := strings.Cut(first, "-")
	if !ok || maleNames[first] || femaleNames[first] {
		return ""
	}
	g := givenGender
	switch {
	case a == "marie":
		return "f"
	case a == "jean":
		return "m"
	case g(a) == "" || g(a) == g(b):
		return g(b)
	case g(b) == "":
		return g(a)
	}
	return ""
}

// pronounGender notes the gender of the subject pronoun that refers back
// to a person named as a sentence's subject, in an adverbial or
// coordinated clause of the same sentence before any other person is
// named ("Ruiz will visit Jordan on her first trip since she took
// office"): evidence for names the given-name lists do not know, when one
// gender has more than twice the other's count. A possessive ("Doe backed
// her challenger") is as often another's.
func (d *doc) pronounGender(ments []ment, ents []entity) {
	for i, m := range ments {
		if m.label != annot.LabelPerson || m.ent < 0 || m.typ != annot.MentionName || d.quote[m.a] >= 0 || d.possessor(m.b) {
			continue // "Doe's mother died when she was 90"
		}
		s := d.sents[d.sent[m.a]]
		if start := d.datelineEnd(s.a); m.a != s.a && m.a != start {
			continue // the subject opens the sentence
		}
		next := s.b
		if i+1 < len(ments) && ments[i+1].a < next {
			next = ments[i+1].a
		}
		other := false // a person named by a noun in between ("whose son died"), whom the pronoun may be
		for j := m.b; j < next && j < m.b+25; j++ {
			if d.quote[j] >= 0 {
				break
			}
			w := d.low[j]
			other = other || kinNouns.has(w) || personNouns.has(w)
			if w != "he" && w != "she" {
				if d.posAt(j) == syntax.PRP || roleNouns.has(w) {
					break // an object ("Doe challenged her when she ran", "hired a manager, and she started") may be the one meant
				}
				continue
			}
			// Only in an adverbial clause or a second coordinated
			// clause ("since she took office", ", and he left"): after a
			// verb of speech the pronoun is as often someone else ("Doe
			// said she would back Roe").
			// A given name both genders bear also takes the pronoun that
			// opens what its bearer said ("Amrit Toor, who donated the
			// land, said he hoped …"), the best evidence there is.
			first, _, _ := strings.Cut(ents[m.ent].name, " ")
			switch p := d.low[j-1]; {
			case p == "and" || p == "but" || p == ",", subordinators.has(p), unisexGivenName(first) && !other && (sayForms.has(p) || p == "that"):
				if w == "he" {
					ents[m.ent].he++
				} else {
					ents[m.ent].she++
				}
			}
			break
		}
	}
}

// wideGenderOf tells "m" or "f" from an entity's given name in the wider
// list, or "": only for a name of two words or more, whose first is a
// given name ("Doe" alone is a surname).
func wideGenderOf(e entity) string {
	first, rest, _ := strings.Cut(e.name, " ")
	if rest == "" {
		return ""
	}
	first = foldAccents(strings.ToLower(first))
	switch {
	case wideMale[first] && !wideFemale[first]:
		return "m"
	case wideFemale[first] && !wideMale[first]:
		return "f"
	}
	return ""
}

// unisexGivenName reports a Punjabi given name of a form both men and women
// bear ("Jaspreet", "Amandeep", "Paramjit", "Navjot", "Jaswinder"), or
// another given name many of both genders bear ("Amrit", "Darcy",
// "Sidney"), which the wider list gives one gender.
func unisexGivenName(name string) bool {
	name = strings.ToLower(name)
	if bothGenderNames[name] {
		return true
	}
	for _, e := range []string{"preet", "deep", "jit", "jeet", "jot", "inder", "meet"} {
		if len(name) > len(e)+1 && strings.HasSuffix(name, e) {
			return true
		}
	}
	return false
}

// bothGenderNames are given names that many men and many women bear, which
// the wider list gives one gender (a general gazetteer).
var bothGenderNames = wordSet(`amrit aubrey avery blair carey darcy devon drew gale kendall kim leslie lindsay quinn riley shannon sidney tracy`)

// foldAccents returns w, written in lower case, without its accents
// (package namewords holds the one folding).
func foldAccents(w string) string { return namewords.FoldAccents(w) }
