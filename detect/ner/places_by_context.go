package ner

import (
	"strings"

	"github.com/quotebench/quotebench/annot"
)

// placesByContext relabels as places the organisations and persons named
// by the same words as a name the document sets, somewhere, where only a
// place stands: "in Yarmouth, N.S.", "the MLA for Estevan", "North Bay
// city council", "Lloydminster Mayor Tracy Doe", "the Timmins area". Local
// news names its town mostly before a noun ("the Yarmouth ferry", "a
// Drummondville manufacturer"), where the tagger, and its document votes
// after it, read an organisation or a person; CoNLL tags a town a place
// wherever it stands but in a sports report, where towns are teams. The
// capitalised occurrences of such a name that the tagger left untagged, as
// a modifier, are places too.
//
// The tagger's surest organisations and persons stay (placeOverrule). A
// name is evidence only when it ends in no organisation's head ("in
// Federal Court") and is no institution ("in Congress"). A name is left
// alone when a person is named by it and more words ("Jo Estevan"), when a
// title comes before it ("Mr. Estevan") or a capitalised organisation's
// head after it ("Estevan Co.").
func placesByContext(p *prepDoc, out []Mention, misc [][2]int, gazOf func(a, b int) uint8) []Mention {
	if len(p.words) == 0 {
		return out
	}
	words, n := p.words, len(p.words)
	key := func(a, b int) string { return strings.ToLower(strings.Join(words[a:b], " ")) }
	covered := make([]bool, n)
	for _, m := range out {
		for i := m.Start; i < m.End; i++ {
			covered[i] = true
		}
	}
	inMisc := make([]bool, n)
	for _, r := range misc {
		for i := r[0]; i < r[1]; i++ {
			inMisc[i] = true
		}
	}
	runs := untaggedNames(p, covered, inMisc)
	personAt := make(map[int]bool)
	for _, m := range out {
		if m.Label == annot.LabelPerson {
			personAt[m.Start] = true
		}
	}
	placed := map[string]bool{}
	evidence := func(a, b int, need placeCertainty, miscWords bool) {
		last := words[b-1]
		if b-a > 4 || inLower(orgHeads, last) && !inLower(townHeads, last) || inLower(institutions, last) {
			return
		}
		c, byTitle := placeContext(words, a, b)
		if byTitle && (miscWords || !personAt[b+1] || inLower(bodyWords, last)) {
			return // "Conservative Councillor Jo Doe", "Labour Party Mayor Jo Doe"
		}
		if c >= need {
			placed[key(a, b)] = true
		}
	}
	// A person the tagger found after "Prince" or "Saint" may be the town
	// named so: "Prince George Mayor Jo Doe".
	saintly := func(a int) int {
		if a > 0 && saintTowns[words[a-1]] && !covered[a-1] {
			return a - 1
		}
		return a
	}
	for _, m := range out {
		evidence(saintly(m.Start), m.End, placeLikely, false)
	}
	for _, r := range runs {
		evidence(r.a, r.b, r.need, r.need == placeCertain)
	}
	if len(placed) == 0 {
		return out
	}
	for _, m := range out {
		if m.Label == annot.LabelPerson && m.End-m.Start > 1 {
			// "Jo Estevan": a person's name, whatever the town
			for i := m.Start; i < m.End; i++ {
				delete(placed, key(i, m.End))
				delete(placed, key(m.Start, i+1))
			}
		}
	}
	relabel := func(a, b int) bool {
		return placed[key(a, b)] && !(a > 0 && inLower(titles, words[a-1])) && !(b < n && startsUpper(words[b]) && inLower(orgHeads, words[b]))
	}
	for k := range out {
		m := &out[k]
		if m.Label != annot.LabelOrg && m.Label != annot.LabelPerson || m.Label == annot.LabelOrg && p.sport || m.Confidence >= placeOverrule {
			continue
		}
		if a := saintly(m.Start); a < m.Start && placed[key(a, m.End)] {
			m.Start, m.Gaz = a, gazOf(a, m.End) // "Prince George", not "George"
			m.Label = locLabel(p, m.Start, m.End, m.Gaz)
		} else if relabel(m.Start, m.End) {
			m.Label = locLabel(p, m.Start, m.End, m.Gaz)
		}
	}
	if p.sport {
		return out // a town's name before a noun may be its team's
	}
	var extra []Mention
	for _, r := range runs {
		if a, b := r.a, r.b; relabel(a, b) && !(b < n && startsDigit(words[b])) {
			bits := gazOf(a, b)
			extra = append(extra, Mention{Start: a, End: b, Label: locLabel(p, a, b, bits), Confidence: 0.5, Gaz: bits})
		}
	}
	if len(extra) == 0 {
		return out
	}
	return mergeMentions(out, extra)
}

// untaggedNames are the runs of capitalised words the tagger left out of
// every mention, of four words at most, without the capitalised function
// words opening a sentence ("The", "In") and without days, months and codes
// ("Q4"), made only of words written capitalised at least half the time
// they occur in the unlabelled text (or not seen there): names, not a
// sentence's first common word. A run ends before a title ("Digby Mayor Jo
// Doe"); next to another name's capitals it is part of that name and none.
// Each run needs a place's context of some certainty to count: a name the
// tagger did not read needs more than "in" ("in Punjabi" is no town), and
// one it read as another kind of name (misc: a nationality, a language,
// an event) that the unlabelled text shows needs a context no nationality
// stands in ("X city council", "the MLA for X"; not "the Kurdish region").
func untaggedNames(p *prepDoc, covered, misc []bool) []untaggedRun {
	var runs []untaggedRun
	words := p.words
	ti := p.ti
	if len(ti) < len(words) {
		ti = nil
	}
	inRun := func(i int) bool {
		chief := (words[i] == "Fire" || words[i] == "Police") && i+1 < len(words) && words[i+1] == "Chief" // a title's first word
		return !covered[i] && startsUpper(words[i]) && !inLower(titles, words[i]) && !inLower(localTitles, words[i]) && !chief
	}
	for k := 0; k < len(words); {
		if !inRun(k) {
			k++
			continue
		}
		b := k
		for b < len(words) && inRun(b) {
			b++
		}
		a := k
		for a < b && inLower(capitalFunctionWords, words[a]) {
			a++
		}
		name := a < b && b-a <= 4 && !(b < len(words) && startsUpper(words[b]) && !inLower(titles, words[b]) && !inLower(localTitles, words[b]) && !(b+1 < len(words) && words[b+1] == "Chief")) && !(k > 0 && startsUpper(words[k-1]))
		need := placeLikely + 1
		for i := a; name && i < b; i++ {
			name = (ti == nil || ti[i].capr == 0 || ti[i].capr >= 4) && !calendarOrCode(words[i])
			if misc[i] && (ti == nil || ti[i].capr != 0) {
				need = placeCertain
			}
		}
		if name {
			runs = append(runs, untaggedRun{a, b, need})
		}
		k = b
	}
	return runs
}

type untaggedRun struct {
	a, b int
	need placeCertainty
}

// placeOverrule is the confidence of an organisation or a person below
// which a place's context elsewhere in the document overrules the tagger:
// a team named for its town is often an organisation the tagger is sure
// of, in a report that also names the town.
const placeOverrule = 0.85

// calendarOrCode reports a day or a month ("June", "January-May") or a
// word with a digit ("Q4", "H2").
func calendarOrCode(w string) bool {
	if strings.ContainsAny(w, "0123456789") {
		return true
	}
	for part := range strings.SplitSeq(w, "-") {
		if inLower(calendarWords, part) {
			return true
		}
	}
	return false
}

func startsDigit(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }

// mergeMentions merges two lists of mentions sorted by start.
func mergeMentions(a, b []Mention) []Mention {
	out := make([]Mention, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		if j == len(b) || i < len(a) && a[i].Start < b[j].Start {
			out = append(out, a[i])
			i++
		} else {
			out = append(out, b[j])
			j++
		}
	}
	return out
}

// townHeads are the heads of organisations' names that also end the
// names of places: "Quebec City", "the Islamic State".
var townHeads = map[string]bool{"city": true, "state": true, "republic": true, "kingdom": true}

// saintTowns are the saints' titles that open towns' names (saintWords)
// and "Prince": "Prince George", "Saint Boniface".
var saintTowns = func() map[string]bool {
	m := map[string]bool{"Prince": true}
	for w := range saintWords {
		m[w] = true
	}
	return m
}()

// institutions are bodies named by one word that "in" comes before as
// before a place: "introduced in Congress", "a seat in Parliament".
var institutions = map[string]bool{"congress": true, "parliament": true, "senate": true, "assembly": true,
	"legislature": true, "cabinet": true, "government": true, "commons": true}

// placeBefore are the words that, before "of", make the name after it a
// place: "the mayor of Yarmouth", "the town of Gaspé", "north of Kenora"
// (a seat's titles do so before "for": "the MLA for Estevan").
var placeBefore = map[string]bool{"mayor": true, "city": true, "town": true, "village": true,
	"township": true, "municipality": true, "hamlet": true, "outskirts": true, "north": true, "south": true, "east": true, "west": true, "northeast": true,
	"northwest": true, "southeast": true, "southwest": true, "kilometres": true, "kilometers": true,
	"km": true, "miles": true}

// notPlaceBeforeIn are the nouns and verbs before which "in X" names an
// organisation or a person as often as a place: "a stake in X", "faith in
// X", "invested heavily in X".
var notPlaceBeforeIn = map[string]bool{"stake": true, "stakes": true, "share": true, "shares": true,
	"interest": true, "invest": true, "invested": true, "investing": true, "investment": true,
	"confidence": true, "faith": true, "trust": true, "belief": true, "believe": true, "role": true,
	"trading": true, "trade": true, "traded": true, "volume": true, "introduced": true, "elected": true,
	"interested": true, "interests": true, "believes": true, "believed": true, "investments": true, "invests": true}

// placeCertainty grades a place's context: "in", "near" and "outside"
// come before a language or a company now and then ("in Punjabi"),
// "the X region" before a nationality ("the Kurdish region"); the other
// contexts stand only before a place.
type placeCertainty int

const (
	placeNone placeCertainty = iota
	placeLikely
	placeArea
	placeCertain
)

// placeContext grades the place's context of the name over tokens [a, b),
// and tells a local office's title after it ("Lloydminster Mayor"), which
// the caller checks against the person after the title.
func placeContext(words []string, a, b int) (c placeCertainty, byTitle bool) {
	n := len(words)
	switch {
	case b+1 < n && words[b] == "," && regionAt(words, b+1) >= 0: // "Yarmouth, N.S."
		return placeCertain, false
	case b < n && (words[b] == "city" || words[b] == "town" || words[b] == "township"):
		if b+1 < n && inLower(cityNouns, words[b+1]) {
			return placeCertain, false // "North Bay city council"
		}
	case b < n && (words[b] == "area" || words[b] == "region"):
		return placeArea, false
	case b+1 < n && inLower(localTitles, words[b]) && !strings.EqualFold(words[b], "premier") && startsUpper(words[b]) && !localKinds[words[a]]:
		// "Lloydminster Mayor Tracy Doe" (not "Municipality of Chester Warden
		// Jo Doe", nor a nation's "French Premier Jo Doe")
		return placeCertain, true
	case b+2 < n && (words[b] == "Fire" || words[b] == "Police") && words[b+1] == "Chief" && startsUpper(words[b+2]):
		return placeCertain, false // "Sarnia Fire Chief Jo Doe"
	case a >= 2 && (words[a-1] == "of" && inLower(placeBefore, words[a-2]) || words[a-1] == "for" && inLower(seatTitles, words[a-2])):
		if b >= n || !possessiveMark(words[b]) { // not "the mayor of Loblaw's home town"
			return placeCertain, false
		}
	case a >= 1 && (words[a-1] == "near" || words[a-1] == "outside") || a >= 2 && words[a-1] == "in" && !interestIn(words, a-1):
		if b >= n || afterPlace[words[b]] { // not "in ABC polls", "outside U.N. headquarters"
			return placeLikely, false
		}
	}
	return placeNone, false
}

// interestIn reports one of notPlaceBeforeIn among the three words before
// "in" at i: "invested heavily in X", "interested in X".
func interestIn(words []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if inLower(notPlaceBeforeIn, words[k]) {
			return true
		}
	}
	return false
}

// afterPlace are the words that end a phrase "in X" where X is no
// noun's modifier: punctuation, prepositions, conjunctions.
var afterPlace = map[string]bool{",": true, ".": true, ";": true, ":": true, ")": true, "?": true, "!": true,
	"on": true, "and": true, "or": true, "but": true, "at": true, "for": true, "from": true, "to": true,
	"since": true, "after": true, "before": true, "during": true, "last": true, "this": true, "next": true,
	"when": true, "where": true, "until": true, "with": true, "by": true, "over": true, "as": true, "in": true}

// cityNouns follow "city" or "town" after a town's name: "North Bay city
// council", "Bathurst city hall".
var cityNouns = map[string]bool{"council": true, "hall": true, "councillor": true, "councillors": true,
	"manager": true, "staff": true, "officials": true, "limits": true, "centre": true, "clerk": true,
	"police": true, "budget": true}

func possessiveMark(w string) bool { return w == "'s" || w == "’s" || w == "'" || w == "’" }
