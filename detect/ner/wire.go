package ner

import (
	"iter"
	"slices"
	"strings"
	"unicode"
)

// Rules for the conventions of wire copy, which the 1996 training text
// does not show:
//   - a stock ticker in parentheses after a company's name, "Acme Corp
//     (ACME.O)", "Acme Corp's (ACME.N)": the ticker is no entity, the name
//     before it is an ORG, and so is that name alone elsewhere in the
//     document ("Acme" for "Acme.com Inc (ACME.O)");
//   - a credit line, "(Reporting by Jo Doe in Paris and Al Roe; Editing by
//     Di Moe)": the names are PERSONs, the places after "in" LOC;
//   - a dateline of several places, "DUBAI/LONDON (Reuters) -".

// tickerAt reports a ticker in parentheses at token i: "(" "ACME" "."
// "O" ")", "(" "9988" "." "HK" ")".
func tickerAt(words []string, i int) bool {
	return i+4 < len(words) && words[i] == "(" && words[i+2] == "." && words[i+4] == ")" &&
		tickerSymbol(words[i+1]) && exchangeCode(words[i+3])
}

// tickerSymbol: up to eight letters and digits, opening with a capital or a
// digit, at most one small letter ("DAIGn").
func tickerSymbol(w string) bool {
	if w == "" || len(w) > 8 {
		return false
	}
	lower := 0
	for i, r := range w {
		switch {
		case r >= 'A' && r <= 'Z', r >= '0' && r <= '9':
		case r >= 'a' && r <= 'z' && i > 0:
			lower++
		default:
			return false
		}
	}
	return lower <= 1
}

// exchangeCode: one or two capitals ("O", "N", "DE", "HK").
func exchangeCode(w string) bool {
	if w == "" || len(w) > 2 {
		return false
	}
	for _, r := range w {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// entityEnd returns the end of the entity that starts at token i (a single
// token or a run from B to L), or -1.
func entityEnd(pred []tag, i int) int {
	if pred[i] == tagO {
		return -1
	}
	switch pred[i].pos() {
	case posU:
		return i + 1
	case posB:
		return spanEnd(pred, i, pred[i].typ())
	}
	return -1
}

// entities yields the start and end of each entity in pred, left to
// right. The loop's body may retag pred (widen, relabel or clear the
// entity): the next one is looked for from the end yielded, so the tokens
// a widened span took in are not visited again.
func entities(pred []tag) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for i := 0; i < len(pred); i++ {
			end := entityEnd(pred, i)
			if end < 0 {
				continue
			}
			if !yield(i, end) {
				return
			}
			i = end - 1
		}
	}
}

// entityStart returns the start of the entity that ends at token j-1, or
// -1.
func entityStart(pred []tag, j int) int {
	if j <= 0 || pred[j-1] == tagO {
		return -1
	}
	switch pred[j-1].pos() {
	case posU:
		return j - 1
	case posL:
		t := pred[j-1].typ()
		i := j - 2
		for i >= 0 && pred[i] == mkTag(t, posI) {
			i--
		}
		if i >= 0 && pred[i] == mkTag(t, posB) {
			return i
		}
	}
	return -1
}

// listedNameBefore returns the start of the name that a ticker at token i
// follows ("Acme Corp (", "Acme Corp's ("): the entity ending there, else
// up to four capitalised words; -1 for none. end is where the name ends.
func listedNameBefore(words []string, pred []tag, i int) (start, end int) {
	end = i
	if end > 0 && (words[end-1] == "'s" || words[end-1] == "’s") {
		end--
	}
	if end == 0 {
		return -1, end
	}
	if pred != nil {
		if s := entityStart(pred, end); s >= 0 {
			return s, end
		}
	}
	s := end
	for s > 0 && end-s < 4 && startsUpper(words[s-1]) {
		s--
	}
	if s == end {
		return -1, end
	}
	return s, end
}

// listedNames adds to m the first word of each name a ticker follows in
// the document, lower case, and that word without ".com" ("Amazon.com Inc
// (AMZN.O)": "amazon.com" and "amazon"; "Goldman Sachs Group Inc": "goldman";
// not a word after "&", "Johnson & Johnson").
func listedNames(words []string, m map[string]bool) {
	for i := range words {
		if !tickerAt(words, i) {
			continue
		}
		s, _ := listedNameBefore(words, nil, i)
		if s < 0 || s > 0 && (words[s-1] == "&" || words[s-1] == "and") {
			continue
		}
		w := strings.ToLower(words[s])
		m[w] = true
		if base, ok := strings.CutSuffix(w, ".com"); ok && base != "" {
			m[base] = true
		}
	}
}

// tickers clears the tickers in parentheses and makes ORGs of the names
// before them, and of any one-word name of the sentence that the
// document's tickers show is a listed company's (listed, from
// listedNames) and read as a person or a place, unless the gazetteer knows
// it as a country, a state or a city, or a person named before ends with
// it (surnames: "Prime Minister Boris Johnson … Johnson said" after
// "Johnson Matthey (JMAT.L)") ("China Evergrande Group (3333.HK)"
// leaves "China" a place; "American Airlines" leaves the nationality).
func tickers(words []string, ti []tokInfo, pred []tag, listed, surnames map[string]bool) {
	for i := range pred {
		if !tickerAt(words, i) {
			continue
		}
		clearTags(pred, i+1, i+4)
		if s, e := listedNameBefore(words, pred, i); s >= 0 {
			setSpan(pred, s, e, tORG)
		}
	}
	if len(listed) == 0 {
		return
	}
	for i := range pred {
		if t := pred[i].typ(); pred[i] != tagO && pred[i].pos() == posU && (t == tPER || t == tLOC) && inLower(listed, words[i]) && (ti == nil || ti[i].gazBits&gazGPE == 0) && !inLower(surnames, words[i]) {
			pred[i] = mkTag(tORG, posU)
		}
	}
}

// creditLabels open a credit line's part: "Reporting by", "Editing by".
var creditLabels = map[string]bool{"reporting": true, "writing": true, "editing": true}

// nameParticles are the small words inside a person's name: "Ursula von
// der Leyen", "Abdullah bin Zayed".
var nameParticles = map[string]bool{
	"von": true, "van": true, "der": true, "den": true, "de": true, "da": true, "del": true, "della": true,
	"di": true, "du": true, "dos": true, "das": true, "la": true, "le": true, "bin": true, "bint": true, "ibn": true,
	"al": true, "el": true, "ben": true, "ter": true,
}

// creditLine tags the names of a credit line: after a credit label and
// "by" that open the sentence or follow "(", ";" or "Additional", each
// run of capitalised words (with name particles inside) is a PERSON, and
// the run after "in" a LOC; "and" and commas separate them; ";" ends the
// part, a parenthesis the line. A place the gazetteer knows after a place
// and a comma is its region ("in West Palm Beach, Florida;"). ti may be
// nil (no gazetteer).
func creditLine(words []string, ti []tokInfo, pred []tag) {
	for i := 0; i+1 < len(words); i++ {
		if !inLower(creditLabels, words[i]) || !strings.EqualFold(words[i+1], "by") {
			continue
		}
		if i > 0 && words[i-1] != "(" && words[i-1] != ";" && !strings.EqualFold(words[i-1], "additional") {
			continue
		}
		spans, j := creditNames(words, ti, i+2)
		if i == 0 && !laterCredit(words, i+2) && !(creditEnds(words, j) && peopleNamed(words, spans)) {
			continue // opening a sentence of prose: "Reporting by Reuters showed …", "Reporting by CBC News."
		}
		for _, sp := range spans {
			clearTags(pred, sp.start, sp.end)
			setSpan(pred, sp.start, sp.end, sp.typ)
		}
		i = max(j-1, i)
	}
}

// creditNames reads a credit line's names from token j: the people, and
// the places after "in" with their regions ("in West Palm Beach, Florida");
// it returns their spans and the token after the last.
func creditNames(words []string, ti []tokInfo, j int) ([]span, int) {
	var spans []span
	for j < len(words) {
		k := nameRun(words, j)
		if k == j {
			break
		}
		spans = append(spans, span{start: j, end: k, typ: tPER})
		j = k
		if j < len(words) && words[j] == "in" {
			k := j + 1
			for k < len(words) && startsUpper(words[k]) {
				k++
			}
			if k > j+1 {
				spans = append(spans, span{start: j + 1, end: k, typ: tLOC})
			}
			j = k
			for j+1 < len(words) && words[j] == "," && ti != nil && startsUpper(words[j+1]) && ti[j+1].gazBits&gazGPE != 0 && ti[j+1].gazBits&GazPerson == 0 {
				k := j + 1 // the place's region
				for k < len(words) && startsUpper(words[k]) {
					k++
				}
				spans = append(spans, span{start: j + 1, end: k, typ: tLOC})
				j = k
			}
		}
		if j < len(words) && (words[j] == "," || words[j] == "and") {
			j++
			continue
		}
		break
	}
	return spans, j
}

// peopleNamed reports whether every PERSON span of a credit line opens
// with a given name and has a surname after it ("Huw Jones"; not "Reuters",
// "The Associated Press").
func peopleNamed(words []string, spans []span) bool {
	for _, sp := range spans {
		if sp.typ == tPER && (sp.end-sp.start < 2 || !inLower(givenNames, words[sp.start])) {
			return false
		}
	}
	return len(spans) > 0
}

// creditEnds reports a credit line's names running to its end at token j:
// the sentence's end, a parenthesis or a semicolon ("Reporting by Huw
// Jones in London" alone on its line).
func creditEnds(words []string, j int) bool {
	return j >= len(words) || words[j] == ")" || words[j] == ";" || words[j] == "." && j+1 == len(words)
}

// laterCredit reports a semicolon and another credit label after token j:
// "Reporting by Jo Doe; Editing by Al Roe" without its parentheses.
func laterCredit(words []string, j int) bool {
	for k := j; k+2 < len(words); k++ {
		if words[k] == ";" && inLower(creditLabels, words[k+1]) && strings.EqualFold(words[k+2], "by") {
			return true
		}
	}
	return false
}

// nameRun returns the end of a person's name at token j: capitalised words,
// name particles between them ("von der Leyen" after a given name, or
// opening it), hyphened ones ("al-Nahyan").
func nameRun(words []string, j int) int {
	k := j
	for k < len(words) {
		w := words[k]
		if startsUpper(w) || nameParticle(w) && k+1 < len(words) && (startsUpper(words[k+1]) || nameParticle(words[k+1])) {
			k++
			continue
		}
		break
	}
	for k > j && !startsUpper(words[k-1]) && !hyphenedName(words[k-1]) {
		k-- // (a particle does not end a name)
	}
	return k
}

// nameParticle reports a small word of a name: "von", "bin", "al-Nahyan".
func nameParticle(w string) bool {
	return inLower(nameParticles, w) && !startsUpper(w) || hyphenedName(w)
}

// hyphenedName reports a particle joined to a capitalised name by a
// hyphen, "al-Nahyan", "el-Sisi", or elided before it, "d'Entremont".
func hyphenedName(w string) bool {
	p, rest, ok := strings.Cut(w, "-")
	if !ok {
		if rest, ok = strings.CutPrefix(w, "d'"); !ok {
			rest, ok = strings.CutPrefix(w, "d’")
		}
		return ok && rest != "" && unicode.IsUpper([]rune(rest)[0])
	}
	return nameParticles[p] && rest != "" && unicode.IsUpper([]rune(rest)[0])
}

// slashDateline tags "DUBAI/LONDON (Reuters) -": each place in capitals
// LOC, the agency ORG.
func slashDateline(words []string, pred []tag) {
	i := 0
	var places [][2]int
	for {
		j := i
		for j < len(words) && j < i+4 && isCapsWord(words[j]) {
			j++
		}
		if j == i {
			return
		}
		places = append(places, [2]int{i, j})
		if j < len(words) && words[j] == "/" {
			i = j + 1
			continue
		}
		i = j
		break
	}
	if len(places) < 2 || i+3 >= len(words) || words[i] != "(" || !startsUpper(words[i+1]) || words[i+2] != ")" || words[i+3] != "-" {
		return
	}
	clearTags(pred, 0, i+4)
	for _, p := range places {
		setSpan(pred, p[0], p[1], tLOC)
	}
	setSpan(pred, i+1, i+2, tORG)
}

// voteWords come next to a vote's tally, which is no score: "voted 8-3",
// "passed 5-2", "in a 7-2 vote" (not "defeated 4-2", which teams are too).
var voteWords = map[string]bool{"voted": true, "vote": true, "votes": true, "passed": true, "approved": true, "rejected": true}

// VoteWord reports a word of voteWords (lower case).
func VoteWord(w string) bool { return voteWords[w] }

// sportsWords tell a sports report, with a score ("3-1") in the text: words
// only sports use (not "game", "goal", "league", "coach" or "penalties",
// which politics and courts use as much, nor a vote's "52-48" alone).
var sportsWords = map[string]bool{
	"striker": true, "innings": true, "wicket": true, "wickets": true, "touchdown": true, "touchdowns": true,
	"playoff": true, "playoffs": true, "midfielder": true, "goalkeeper": true, "quarterback": true, "pitcher": true,
	"inning": true, "semifinal": true, "semi-final": true, "quarter-final": true, "quarterfinal": true,
	"half-time": true, "halftime": true, "hat-trick": true, "goalscorer": true, "winger": true, "homer": true,
	"overtime": true, "championship": true, "tournament": true,
}

// ScoreToken reports a score written as one token: "3-1", "35-20-5" (two
// or three runs of at most three digits joined by hyphens).
func ScoreToken(w string) bool {
	runs, n := 1, 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= '0' && c <= '9':
			if n++; n > 3 {
				return false
			}
		case c == '-' && n > 0 && i+1 < len(w):
			runs, n = runs+1, 0
		default:
			return false
		}
	}
	return runs >= 2 && runs <= 3
}

// sportsReport reports a text that gives a score and speaks of games. It
// runs on every document: the score, a test of bytes, is looked for first.
func sportsReport(words []string) bool {
	score := false
	for i, w := range words {
		if ScoreToken(w) && !(i > 0 && voteWords[strings.ToLower(words[i-1])]) && !(i+1 < len(words) && voteWords[words[i+1]]) && !(i+2 < len(words) && voteWords[words[i+2]]) {
			score = true // (not "council voted 8-3", "in a 5-2 vote")
			break
		}
	}
	if !score {
		return false
	}
	return slices.ContainsFunc(words, func(w string) bool { return inLower(sportsWords, w) })
}

// teamVerbsAfter and teamWordsBefore are the words around a team's name in a
// sports report: "Napoli beat Roma", "Napoli were level", "against Leeds".
var (
	teamVerbsAfter  = map[string]bool{"beat": true, "beats": true, "defeated": true, "drew": true, "were": true, "are": true, "have": true, "won": true, "lost": true, "scored": true, "trail": true, "trailed": true, "edged": true, "routed": true, "thrashed": true}
	teamWordsBefore = map[string]bool{"beat": true, "beating": true, "defeated": true, "against": true, "versus": true, "vs": true, "vs.": true, "play": true, "plays": true, "played": true, "face": true, "faces": true, "faced": true, "host": true, "hosts": true, "hosted": true}
)

// clauseOpeners come right before a clause's subject.
var clauseOpeners = map[string]bool{
	",": true, "\"": true, "“": true, "and": true, "but": true, "as": true, "while": true, "after": true, "when": true,
	"before": true, "because": true, "if": true, "until": true, "than": true, "since": true, "though": true,
}

// cityTeams relabels as ORG, in a sports report, a city (not a country or a
// state: CoNLL tags national sides as places) or an unknown place that a
// team's verb follows or a team's word comes before: "Napoli came from
// behind to beat AS Roma", "who play Cagliari on Monday", "Brandon were";
// a verb after it only when the city opens a clause ("Fans in Boston
// were" is the town); not after "the" ("the team from the French Riviera
// lost") nor before a possessive or a title ("against Chicago's mayor").
func cityTeams(words []string, ti []tokInfo, pred []tag, sport bool) {
	if !sport || ti == nil {
		return
	}
	for i, end := range entities(pred) {
		g := ti[i].gazBits
		city := pred[i].typ() == tLOC && g&(GazCountry|GazState|GazRegion) == 0 && !strings.HasSuffix(words[end-1], "s") && !(i > 0 && strings.EqualFold(words[i-1], "the")) &&
			!(end < len(words) && (words[end] == "'s" || words[end] == "’s" || inLower(titles, words[end]) || inLower(localTitles, words[end])))
		clauseStart := i == 0 || clauseOpeners[strings.ToLower(words[i-1])]
		if city && (clauseStart && end < len(words) && teamVerbsAfter[words[end]] || i > 0 && teamWordsBefore[words[i-1]]) {
			setSpan(pred, i, end, tORG)
		}
	}
}
