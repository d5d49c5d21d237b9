package detect

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/annot/tokens"
	"github.com/quotebench/quotebench/detect/ner"
	"github.com/quotebench/quotebench/detect/syntax"
)

// nameSpan is a named entity mention found by a tagger, in token indices.
type nameSpan struct {
	a, b  int
	label annot.Label
	conf  float64
	gaz   uint8 // the gazetteer's kinds of the name (ner.GazCity, …): "Springfield" is a city
	town  bool  // known only from the gazetteer's list of towns (ner.Mention.Town)
}

// place reports a name the gazetteer knows as a country, city or state.
func (n nameSpan) place() bool { return n.gaz&(ner.GazCountry|ner.GazCity|ner.GazState) != 0 }

// listedPlace reports a country, city or state the gazetteer knows other
// than from its list of towns: a town's name the tagger read as an
// organisation ("Tamarack" after "Tamarack Potash Corp.") is as likely a
// firm's short name.
func (n nameSpan) listedPlace() bool { return n.place() && !n.town }

// tagger finds named entity mentions: the learned tagger of package ner.
type tagger interface {
	names(text string, toks []tokens.Token, sents []rng) []nameSpan
}

func isSentPunct(w string) bool {
	return w == "." || w == "!" || w == "?" || w == ":" || w == "..." || w == "–" || w == "—"
}

// ment is a mention in token indices: a name, a nominal or a pronoun.
type ment struct {
	a, b  int
	label annot.Label
	typ   annot.MentionType
	ent   int // index into entities, -1 when unlinked
	conf  float64
}

type entity struct {
	name   string
	label  annot.Label
	conf   float64
	words  map[string]bool // title and modifier words seen before its names
	first  int             // token of the first mention
	kin    string          // the kinship noun that introduced the person ("her son, Jo Doe,"), or ""
	kinBy  string          // the possessive pronoun before it ("her"), or the possessor's name in lower case ("Dale Hrynchuk's father": "dale hrynchuk"), or ""
	he     int             // times "he" refers back to it in its sentence (pronounGender)
	she    int             // … and "she"
	spkHe  int             // quotes a speaker "he" is linked to it by (speakers, in text order)
	spkShe int             // … and "she"
	gaz    uint8           // the gazetteer's kinds of its names ("Brampton" a city)
	roles  []string        // head nouns of appositions after its names ("Jo Doe, a respirologist at …,": respirologist)
}

// capsDateline reports a name in capitals at token a that opens a
// paragraph as a dateline does: a comma, a dash or a date after it
// ("MORRIS, Man. —", "BLACKBURN 1996-08-30").
func (d *doc) capsDateline(a int) bool {
	if a != d.paras[d.para[a]].a {
		return false
	}
	b := a
	for b < len(d.toks) && allCaps(d.word(b)) {
		b++
	}
	return b < len(d.toks) && (d.low[b] == "," || d.isDashTok(b) || d.toks[b].Kind == tokens.Number)
}

// crossheadOpener reports token a opening a line inside the article that
// reads as a headline ("First Nation moves elders first"): a crosshead,
// which names a body by the short name the article uses for it.
func (d *doc) crossheadOpener(a int) bool {
	if a == 0 || d.toks[a].Gap < tokens.Newline || d.beforeBody(a) {
		return false
	}
	p := d.paras[d.para[a]]
	return p.a == a && d.headlineLike(rng{p.a, p.b})
}

// communityKind reports a name mention [a, b) that is only the kind of a
// community, "First Nation(s)" or "Nation(s)", with no name before it and
// nothing but a count inside: "the First Nation would not sign", "Three
// First Nations, led by …" ("Kestrel River First Nation" is a name). It
// is written as a nominal mention, still linked to the one named before,
// as "the company" is.
func (d *doc) communityKind(a, b int) bool {
	k := a
	if b-k == 3 && (countWords[d.low[k]] || d.low[k] == "both") {
		k++
	}
	first := b-k == 2 && d.word(k) == "First" && (d.low[k+1] == "nation" || d.low[k+1] == "nations")
	nation := b-k == 1 && (d.word(k) == "Nation" || d.word(k) == "Nations") // "the Nation's Facebook page", "Nation leadership"
	return (first || nation) && (a == 0 || !d.capital(a-1) || determiners.has(d.low[a-1]) || countWords[d.low[a-1]])
}

// cluster links name mentions into entities: a shorter person name whose
// words all appear in a longer one ("Doe", "Jane Doe") joins it;
// other names join by equal text. The canonical name is the longest.
func (d *doc) cluster(names []nameSpan) ([]ment, []entity) {
	ments := make([]ment, 0, len(names))
	var ents []entity
	byKey := map[string]int{}
	persons := map[string][]cand{}   // by each word of the name
	companies := map[string][]cand{} // companies named with a suffix ("Acme Products Co"), by their first word
	orgTails := map[string][]cand{}  // organisations of two words or more, by their last word ("Post" of "Kellan Post")
	orgHeads := map[string][]cand{}  // organisations of two words or more, by their first word ("Kestrel" of "Kestrel Energy")
	starts := map[int][]int{}        // entity -> sorted starts of its longer mentions
	var longOrgs []cand              // organisations of two words or more, which initials may stand for
	var longInitials []string        // and their initials
	// Longest person names first so that short forms find them.
	order := make([]int, len(names))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(x, y int) bool {
		nx, ny := names[order[x]], names[order[y]]
		return nx.b-nx.a > ny.b-ny.a
	})
	entOf := make([]int, len(names))
	pending, groupLen := map[int][]int{}, -1
	for _, k := range order {
		n := names[k]
		if n.b-n.a != groupLen {
			// A shorter group begins: the longer names' starts are final.
			groupLen = n.b - n.a
			for e, ps := range pending {
				starts[e] = append(starts[e], ps...)
				sort.Ints(starts[e])
			}
			clear(pending)
		}
		var words []string
		for i := n.a; i < n.b; i++ {
			if d.toks[i].Kind == tokens.Word || d.toks[i].Kind == tokens.Number { // ("CUPE Local 79" is not "CUPE Local 416")
				w := d.low[i]
				if n.label == annot.LabelPerson {
					w = withoutParticle(w)
				}
				words = append(words, w)
			}
		}
		key := string(n.label) + "|" + strings.Join(words, " ")
		e, ok := byKey[key]
		if n.label == annot.LabelPerson && len(words) > 0 {
			if f, found := d.fullName(n, words, persons[words[0]], starts); found {
				e, ok = f, true
			}
		}
		if !ok && n.label == annot.LabelOrg && len(words) > 0 && !n.listedPlace() { // "Springfield said" is not Springfield Tools Inc
			e, ok = shortCompany(words, companies[words[0]])
		}
		if !ok && n.label == annot.LabelOrg && len(words) >= 2 && len(words) <= 3 && (n.a > 0 && d.low[n.a-1] == "the" || d.crossheadOpener(n.a)) {
			// "the First Nation" after "the K'atl'odeeche First Nation":
			// the one organisation named before whose name ends so (and
			// a crosshead's "First Nation moves elders first")
			var longer []cand
			for _, c := range orgTails[words[len(words)-1]] {
				if k := len(c.words) - len(words); k > 0 && slices.Equal(c.words[k:], words) && !slices.ContainsFunc(c.words[:k], func(w string) bool { return prepositions.has(w) || namePrepositions[w] }) &&
					(len(starts[c.ent]) > 0 && starts[c.ent][0] < n.a || k == 1 && c.words[0] == "the") {
					// (named before: not the Yellowknives Dene First Nation
					// of the page's footer; "The New York Times" anywhere)
					// (not "Edison Research for The Associated Press", "Syndicat des
					// travailleurs de Meubles X", nor a phrase the tagger ran
					// into a name: "Among Supreme Court")
					longer = append(longer, c)
				}
			}
			e, ok = oneEntity(longer)
		}
		if !ok && n.label == annot.LabelOrg && len(words) == 1 && (n.a > 0 && d.low[n.a-1] == "the" || d.sents[d.sent[n.a]].a == n.a && n.b < len(d.low) && titleWord(d.low[n.b])) {
			// "the Post" after "the Kellan Post"; "Association chair Jo
			// Doe" after "the Island Potato Growers' Association"
			e, ok = oneEntity(orgTails[words[0]])
		}
		if !ok && n.label == annot.LabelOrg && len(words) == 1 && !n.place() && d.capital(n.a) && !legislatures[words[0]] && !allCaps(d.spanText(n.a, n.b)) {
			// "Kestrel spokesperson Jo Doe", "Doe said Kestrel would …"
			// after "the Kestrel Energy refinery": the one organisation
			// whose name begins with the word (not a place: "Larkspur
			// said" is not the Larkspur Fire Department; nor a chamber,
			// "the Senate", nor initials, "HP", "FBI", which stand alone)
			e, ok = oneEntity(orgHeads[words[0]])
		}
		if !ok && n.label == annot.LabelOrg && len(words) == 1 && len(words[0]) >= 2 && len(words[0]) <= 6 && allCaps(d.spanText(n.a, n.b)) {
			// "the SHA" after "the Saskatchewan Health Authority", "CSN"
			// after "Confédération des syndicats nationaux": the one
			// organisation of longer name whose words' initials it spells
			var spelled []cand
			w := foldAccents(words[0]) // ("ÉLT" is "elt")
			for k, c := range longOrgs {
				if longInitials[k] == w {
					spelled = append(spelled, c)
				}
			}
			e, ok = oneEntity(spelled)
		}
		if !ok {
			e = len(ents)
			ents = append(ents, entity{name: d.spanText(n.a, n.b), label: n.label, conf: n.conf, words: map[string]bool{}, first: n.a})
			if n.label == annot.LabelOrg && len(words) >= 2 {
				longOrgs, longInitials = append(longOrgs, cand{words, e}), append(longInitials, initials(words))
			}
			if n.label == annot.LabelOrg && len(words) >= 2 && companySuffixes.has(words[len(words)-1]) {
				companies[words[0]] = append(companies[words[0]], cand{words, e})
			}
			if last := len(words) - 1; n.label == annot.LabelOrg && last >= 1 && !companySuffixes.has(words[last]) {
				orgTails[words[last]] = append(orgTails[words[last]], cand{words, e})
			}
			if n.label == annot.LabelOrg && len(words) >= 2 && !n.place() && d.capital(n.a) && d.low[n.a] != "the" && !slices.ContainsFunc(words, coordinators.has) && !strings.Contains(d.spanText(n.a, n.b), "/") &&
				!townBody(words) { // ("Northgate said" is not the Northgate Fire Department, a town's body)
				orgHeads[words[0]] = append(orgHeads[words[0]], cand{words, e})
			}
			if n.label == annot.LabelPerson && len(words) <= 6 {
				seen := map[string]bool{}
				for _, w := range words {
					if !seen[w] {
						seen[w] = true
						persons[w] = append(persons[w], cand{words, e})
					}
				}
			}
		}
		if ok && allCaps(ents[e].name) && d.capsDateline(ents[e].first) && !allCaps(d.spanText(n.a, n.b)) && strings.EqualFold(ents[e].name, d.spanText(n.a, n.b)) {
			ents[e].name = d.spanText(n.a, n.b) // "MORRIS, Man. —" opening the article is Morris (but "ISIS" is not "Isis")
		}
		byKey[key] = e
		entOf[k] = e
		pending[e] = append(pending[e], n.a)
	}
	var ministerial []int // persons titled by a cabinet office without the word "minister"
	for k, n := range names {
		e := entOf[k]
		ments = append(ments, ment{n.a, n.b, n.label, annot.MentionName, e, n.conf})
		ents[e].gaz |= n.gaz
		if n.a < ents[e].first {
			ents[e].first = n.a
		}
		// Title words before the name: "Finance Minister Jane Doe".
		for i := n.a - 1; i >= 0 && i >= n.a-3; i-- {
			if d.isPunct(i) || d.para[i] != d.para[n.a] || d.clauseWord(i) {
				break
			}
			if genderWords[d.low[i]] != "" && i+1 < n.a-1 && d.capital(i+1) && !personTitles[d.low[i+1]] {
				continue // a place's name, no title of hers: "Prince George Coun. Tatiana Morozova"
			}
			ents[e].words[d.low[i]] = true
			if full := titleWords[d.low[i]]; full != "" {
				ents[e].words[full] = true // "Gov. Doe" is "the governor"
			}
			if d.low[i] == "justice" && i == n.a-1 && !(i > 0 && d.low[i-1] == "of") {
				ents[e].words["judge"] = true // "Justice Jo Doe" is "the judge" (not "Justice Minister Jo Doe", "Minister of Justice Jo Doe")
			}
		}
		if d.ministerialTitle(n.a) {
			ministerial = append(ministerial, e)
		}
		// Introduced by kinship: "her son, Dr. Jo Doe, said", "his
		// brother Jo Doe", "Jo Doe, his widow, said".
		possessor := func(i int) bool { return i >= 0 && (pronouns[d.low[i]] != "" || possessiveMark(d.low[i])) }
		if j := d.titlesBefore(n.a) - 1; j-2 >= 0 && d.low[j] == "," && kinNouns.has(d.low[j-1]) && possessor(j-2) {
			ents[e].kin, ents[e].kinBy = d.low[j-1], d.low[j-2]
		} else if j := d.titlesBefore(n.a, kinNouns) - 1; j >= 1 && kinNouns.has(d.low[j]) && possessor(j-1) {
			ents[e].kin, ents[e].kinBy = d.low[j], d.low[j-1] // "his brother Alastair Osman"
		} else if k := n.b; k+3 < len(d.toks) && d.low[k] == "," && pronouns[d.low[k+1]] != "" && kinNouns.has(d.low[k+2]) && d.isPunct(k+3) {
			ents[e].kin, ents[e].kinBy = d.low[k+2], d.low[k+1]
		} else if j := d.namedKinAfter(n.b); j > 0 {
			ents[e].kin, ents[e].kinBy = d.low[j], strings.Join(d.low[n.b+1:j-1], " ") // "Ted Fraser — Darnell Fraser's father, who …": by "darnell fraser"
		}
		// Apposition after it: "Jane Doe, the country's president".
		if n.b+1 < len(d.toks) && d.low[n.b] == "," && !d.clauseAfterComma(n.b+1) {
			from := n.b + 1
			for i := from; i < len(d.toks) && i < n.b+7 && (!d.isPunct(i) || possessiveMark(d.low[i])); i++ {
				if possessiveMark(d.low[i]) && i > from && d.low[from] == "the" {
					from = i + 1 // "Marc Doe, the former mayor's first cousin": the possessor's words are not his
				}
			}
			for i := from; i < len(d.toks) && i < n.b+7 && (!d.isPunct(i) || possessiveMark(d.low[i])); i++ {
				ents[e].words[d.low[i]] = true
			}
			if n.label == annot.LabelPerson {
				ents[e].roles = append(ents[e].roles, d.appositionHeads(n.b+1)...)
			}
		}
		// Or before it: "Another nurse, Kim Park, said".
		if h := n.a - 2; n.label == annot.LabelPerson && h >= 1 && d.low[n.a-1] == "," && d.posAt(h).IsNoun() && !d.capital(h) &&
			(newReferent(d.low[h-1]) || h >= 2 && newReferent(d.low[h-2]) && d.posAt(h-1) == syntax.JJ) {
			ents[e].roles = append(ents[e].roles, d.low[h])
		}
		// An organisation after the description it is: "The
		// administrator, Birchfall Trust Services, said" (then "the
		// administrator").
		if h := n.a - 2; n.label == annot.LabelOrg && h >= 1 && d.low[n.a-1] == "," && d.posAt(h) == syntax.NN && !d.capital(h) && n.b < len(d.toks) && d.low[n.b] == "," {
			t := h - 1
			if t >= 1 && d.posAt(t).IsAdjective() && !d.capital(t) && !pastHolders[d.low[t]] {
				t-- // "The new owner, Northgate Holdings," (not "The former owner, …", who is no longer it)
			}
			if d.low[t] != "the" || !(d.sents[d.sent[t]].a == t || t >= 1 && d.isPunct(t-1)) {
				continue
			}
			ents[e].roles = append(ents[e].roles, d.low[h])
		}
	}
	d.asPredicates(names, entOf, ents)
	d.elderAndYounger(names, ments, ents)
	d.titledNamesakes(names, ments, ents)
	if !slices.ContainsFunc(ents, func(e entity) bool { return e.label == annot.LabelPerson && e.words["minister"] }) {
		// "Treasury Board President Jo Doe" is "the minister" when no one
		// is titled so (not over a named Finance Minister).
		for _, e := range ministerial {
			ents[e].words["minister"] = true
		}
	}
	return ments, ents
}

// appositionHeads are the head nouns of an indefinite apposition opening
// at token i: "a respirologist at Royal Inland Hospital" (respirologist),
// "a 78-year-old elder and retired teaching assistant" (elder,
// assistant); none for a definite one, which the title words hold.
func (d *doc) appositionHeads(i int) []string {
	if i+1 < len(d.toks) && appositionAdverbs[d.low[i]] {
		i++ // "MacIsaac, now a retired nurse living in Kensington"
	}
	if i >= len(d.toks) || !newReferent(d.low[i]) {
		return nil
	}
	var heads []string
	for j := i + 1; j < len(d.toks) && j < i+10; j++ {
		if d.low[j] == "and" {
			continue
		}
		participle := d.posAt(j) == syntax.VBN && j+1 < len(d.toks) && d.posAt(j+1).IsNoun() // "a retired nurse", "a registered dietitian"
		if d.isPunct(j) || d.capital(j) || prepositions.has(d.low[j]) || !d.posAt(j).IsNoun() && d.posAt(j) != syntax.JJ && !isAge(d.low[j]) && !participle {
			break
		}
		if d.posAt(j).IsNoun() && (j+1 >= len(d.toks) || !d.posAt(j+1).IsNoun() || d.capital(j+1)) {
			heads = append(heads, d.low[j])
		}
	}
	return heads
}

// appositionAdverbs may open an apposition before its article: "now a
// retired nurse", "herself a nurse", "also a lawyer".
var appositionAdverbs = wordSet(`now also herself himself themselves then formerly once still`)

// titledNamesakes links a surname after a title of one gender ("Ms.
// Okafor") to the one bearer of the surname whose given name or kinship
// ("his wife, Grace Okafor") is of that gender and who is named before
// it, when the one the name was linked to (the bearer named first) is not
// known to be: "Mr. Okafor" and "Ms. Okafor" are husband and wife, not
// one person.
func (d *doc) titledNamesakes(names []nameSpan, ments []ment, ents []entity) {
names:
	for k, n := range names {
		if n.label != annot.LabelPerson || n.b-n.a != 1 || n.a < 1 {
			continue
		}
		title := d.low[n.a-1]
		g := titleGender[title]
		if g == "" || bornGender(ents[ments[k].ent]) == g {
			continue
		}
		surname := withoutParticle(foldApostrophe(d.low[n.a]))
		pick := -1
		for e := range ents {
			if e != ments[k].ent && ents[e].label == annot.LabelPerson && strings.Contains(ents[e].name, " ") && lastWord(ents[e].name) == surname && bornGender(ents[e]) == g && ents[e].first < n.a {
				if pick >= 0 {
					continue names // two of that gender: the link stays
				}
				pick = e
			}
		}
		if pick < 0 {
			continue
		}
		old := ments[k].ent
		ments[k].ent = pick
		ents[pick].words[title] = true
		still := false
		for j, m := range names {
			if ments[j].ent == old && m.a > 0 && d.low[m.a-1] == title {
				still = true
			}
		}
		if !still {
			delete(ents[old].words, title)
		}
	}
}

// kinGender is the gender a kinship noun says.
var kinGender = map[string]string{
	"son": "m", "husband": "m", "father": "m", "brother": "m", "widower": "m", "grandson": "m", "nephew": "m",
	"daughter": "f", "wife": "f", "mother": "f", "sister": "f", "widow": "f", "granddaughter": "f", "niece": "f",
}

// bornGender is the gender a person's given name says (the careful list,
// then the wider one), else the kinship that introduced them, else "".
func bornGender(e entity) string {
	first, rest, _ := strings.Cut(e.name, " ")
	if rest != "" {
		if g := givenGender(strings.ToLower(first)); g != "" {
			return g
		}
		if g := wideGenderOf(e); g != "" {
			return g
		}
	}
	return kinGender[e.kin]
}

// namedKinAfter is the kinship noun of an apposition that names whose kin
// the person before k is ("Ted Fraser — Darnell Fraser's father, who
// retired", "Ana Li, Jo Li's daughter,"), or -1.
func (d *doc) namedKinAfter(k int) int {
	if k >= len(d.toks) || d.low[k] != "," && d.low[k] != "—" && d.low[k] != "–" {
		return -1
	}
	j := k + 1
	for j < len(d.toks) && j < k+5 && d.capital(j) && !d.isPunct(j) {
		j++
	}
	if j == k+1 || j+1 >= len(d.toks) || !possessiveMark(d.low[j]) || !kinNouns.has(d.low[j+1]) {
		return -1
	}
	if j+2 < len(d.toks) && !d.isPunct(j+2) && d.low[j+2] != "who" {
		return -1 // "Jo Li, Ana Li's father figure"
	}
	return j + 1
}

// elderAndYounger links "the elder Penner" and "the younger Szabo" to the
// older or the younger of the two people of the article who bear the
// surname, when the article tells which is which: a parent or a child by
// kinship ("whose father, Gérald Arsenault,", "his son, Eli Penner"), an
// older or younger sibling ("his younger brother Eli"), or ages written
// after their names ("Jonas Szabo, 20,"); of more bearers, the one eldest
// or youngest by what is told. Otherwise the link stays.
func (d *doc) elderAndYounger(names []nameSpan, ments []ment, ents []entity) {
	var told map[int]seniority // what the article tells of each bearer's age, found once
	for k, n := range names {
		if n.label != annot.LabelPerson || n.b-n.a != 1 || n.a < 2 || d.low[n.a-2] != "the" {
			continue
		}
		older := d.low[n.a-1] == "elder" || d.low[n.a-1] == "older"
		if !older && d.low[n.a-1] != "younger" {
			continue
		}
		if told == nil {
			told = map[int]seniority{}
		}
		var cands []int
		for e := range ents {
			if ents[e].label == annot.LabelPerson && strings.Contains(ents[e].name, " ") && lastWord(ents[e].name) == withoutParticle(foldApostrophe(d.low[n.a])) {
				cands = append(cands, e)
				if _, ok := told[e]; !ok {
					told[e] = d.seniorityOf(e, names, ments, ents)
				}
			}
		}
		// The eldest or the youngest, when one alone is ("the younger
		// Szabo" of two brothers and their parents). Stated ages decide
		// between the bearers that have one, when two do ("Emma Rideout,
		// 12, … His son, Jordan Rideout, 40,"); else kinship, then an
		// age.
		aged := 0
		for _, e := range cands {
			if told[e].age > 0 {
				aged++
			}
		}
		pick, best, ties := -1, 0, 0
		for _, e := range cands {
			v := told[e].rank + told[e].age
			if aged >= 2 {
				if v = told[e].age; v == 0 {
					continue
				}
			}
			if !older {
				v = -v
			}
			switch {
			case pick < 0 || v > best:
				pick, best, ties = e, v, 0
			case v == best:
				ties++
			}
		}
		if len(cands) < 2 || ties > 0 || len(cands) > 2 && !surelyExtreme(pick, cands, told) {
			continue
		}
		ments[k].ent = pick
	}
}

// surelyExtreme reports, of more than two bearers, that the one picked as
// eldest or youngest is so whatever the bearers the article tells nothing
// of are: it is told of, and when any is not, it is a parent or a child
// (or a younger sibling), not only older by a stated age ("Mark Szabo
// … his sons, Jonas, 20, and Peter, 17": "the elder" may be the father).
func surelyExtreme(pick int, cands []int, told map[int]seniority) bool {
	p := told[pick]
	if p.rank == 0 && p.age == 0 {
		return false
	}
	for _, e := range cands {
		if told[e].rank == 0 && told[e].age == 0 && p.rank == 0 {
			return false
		}
	}
	return true
}

// seniority is what the article tells of a person's age, for
// elderAndYounger: rank 1000 for a parent or an older sibling, -1000 for a
// child or a younger one, and the age written after the name. Rank and
// age add up, so that kinship decides over an age told of one only ("Wade
// Rideout … The 62-year-old … His son, Jordan Rideout, 33,") and ages
// between siblings; both 0 when nothing is told.
type seniority struct{ rank, age int }

// seniorityOf is what the article tells of entity e's age.
func (d *doc) seniorityOf(e int, names []nameSpan, ments []ment, ents []entity) seniority {
	rank, age := 0, 0
	kin := ents[e].kin
	for k, n := range names {
		if ments[k].ent != e {
			continue
		}
		if v, err := strconv.Atoi(d.ageAfter(n.b)); err == nil && v < 130 && age == 0 {
			age = v
		}
		j := n.a - 1
		if j > 0 && d.low[j] == "," {
			j--
		}
		if j >= 0 && kinNouns.has(d.low[j]) {
			kin = d.low[j]
			if j > 0 && rank == 0 {
				switch d.low[j-1] {
				case "younger", "little", "baby", "kid":
					rank = -1000
				case "older", "elder", "big":
					rank = 1000
				}
			}
		}
	}
	if rank == 0 {
		switch kin {
		case "father", "mother", "grandfather", "grandmother":
			rank = 1000
		case "son", "daughter", "grandson", "granddaughter", "niece", "nephew":
			rank = -1000
		}
	}
	return seniority{rank, age}
}

// titlesBefore is the first of the titles right before token a ("Dr." in
// "Dr. Jo Doe"), or a; not over a word of the classes in stop ("his father
// Jo Doe": "father" is a title too).
func (d *doc) titlesBefore(a int, stop ...wordClass) int {
	for a > 0 && personTitles[d.low[a-1]] {
		for _, c := range stop {
			if c.has(d.low[a-1]) {
				return a
			}
		}
		a--
	}
	return a
}

// clauseWord reports a verb or a preposition at i, which ends the title
// words before a name: "The senator attacked Jo Doe" does not make Jo Doe
// "the senator", nor "a top aide to President Jo Doe" "the aide";
// "Secretary of State Jo Doe" keeps its "of".
func (d *doc) clauseWord(i int) bool {
	if d.capital(i) {
		return false
	}
	p := d.posAt(i)
	return p.IsVerb() || p == syntax.TO || p == syntax.IN && !(d.low[i] == "of" && i+1 < len(d.toks) && d.capital(i+1))
}

// asPredicates gives a person the words of a role the sentence says they
// act in: "Jane Doe accepted the nomination as the Democratic nominee" makes
// her "the Democratic nominee" later. The role goes to the person named last
// before "as" in the sentence.
func (d *doc) asPredicates(names []nameSpan, entOf []int, ents []entity) {
	last := -1 // index in names of the last person name before i
	for i, k := 0, 0; i+2 < len(d.toks); i++ {
		for k < len(names) && names[k].b <= i {
			if names[k].label == annot.LabelPerson {
				last = k
			}
			k++
		}
		if d.low[i] != "as" || last < 0 || d.sent[names[last].a] != d.sent[i] || d.low[i+1] != "the" || d.quote[i] >= 0 {
			continue
		}
		a := d.titlesBefore(names[last].a)
		if a > 0 && prepositions.has(d.low[a-1]) {
			continue // "endorsed by Jo Doe as the nominee", "an aide to President Doe, …, will take over as the …": another's role
		}
		// Up to a role noun and the role nouns after it: "as the
		// Democratic nominee", "as the chief executive"; not "as the
		// campaign began", nor "as the senator finished" (a clause).
		for j := i + 2; j < len(d.toks) && j < i+6 && d.sent[j] == d.sent[i] && !d.isPunct(j) && !prepositions.has(d.low[j]); j++ {
			if !roleNouns.has(d.low[j]) {
				continue
			}
			for j+1 < len(d.toks) && roleNouns.has(d.low[j+1]) {
				j++
			}
			if n := j + 1; n < len(d.toks) && (isFinite(d.posAt(n)) || d.posAt(n) == syntax.MD) {
				break
			}
			for w := i + 2; w <= j; w++ {
				if genderWords[d.low[w]] != "" {
					break // "listed as the chairman" tells no gender
				}
				ents[entOf[last]].words[d.low[w]] = true
			}
			break
		}
	}
}

// shortCompany returns the company named in full with a suffix whose name
// begins with words and has more words ("Acme" and "Acme Products" for "Acme
// Products Co"), when exactly one company of the document does.
func shortCompany(words []string, cands []cand) (int, bool) {
	found := -1
	for _, c := range cands {
		if len(c.words) <= len(words) || !slices.Equal(c.words[:len(words)], words) {
			continue
		}
		if found >= 0 && found != c.ent {
			return 0, false
		}
		found = c.ent
	}
	return found, found >= 0
}

// townBody reports an organisation's name (lower-case words) a place's
// public body's is: a field of public service and a body's head ending it,
// "Northgate Fire Department", "Larkspur Police Service" (not "Kestrel Water
// Technologies").
func townBody(words []string) bool {
	last := words[len(words)-1]
	return len(words) >= 3 && (officialKinds.has(last) || last == "service" || last == "services") && slices.ContainsFunc(words[1:len(words)-1], func(w string) bool { return publicFields[w] })
}

// legislatures are chambers a one-word name stands for by itself.
var legislatures = wordSet(`senate house congress parliament assembly legislature commons cabinet`)

// oneEntity is the entity all of cands stand for, when there is one.
func oneEntity(cands []cand) (int, bool) {
	for _, c := range cands {
		if c.ent != cands[0].ent {
			return 0, false
		}
	}
	if len(cands) == 0 {
		return 0, false
	}
	return cands[0].ent, true
}

// namePrepositions join the words of a French name: "Syndicat des
// travailleurs de Meubles Roy".
var namePrepositions = map[string]bool{"de": true, "des": true, "du": true, "la": true, "le": true, "les": true, "d": true, "et": true, "and": true, "&": true}

// initials spells the first letters of a name's words, lower case,
// leaving out the small words between them ("of", "and", "des"):
// "saskatchewan health authority" is "sha".
func initials(words []string) string {
	var b []byte
	for _, w := range words {
		if w == "" || namePrepositions[w] || w == "of" || w == "the" || w == "for" {
			continue
		}
		r, _ := utf8.DecodeRuneInString(foldAccents(w)) // ("é" of "école" is "e")
		b = utf8.AppendRune(b, r)
	}
	return string(b)
}

// cand is a longer person name that a short form may stand for.
type cand struct {
	words []string
	ent   int
}

// fullName picks the longer person name that the short name n stands for,
// among those holding all its words: one whose given name agrees with a
// title before it ("Ms. Doe" is Jane Doe, not John Doe), else one whose
// given name does not disagree; of those one written in the body, not
// only in a headline, and then the one written out first, who
// is the article's Doe more often than a namesake met later. starts holds
// each entity's mention starts, sorted, of names longer than n.
func (d *doc) fullName(n nameSpan, words []string, cands []cand, starts map[int][]int) (int, bool) {
	g := ""
	if n.a > 0 {
		g = titleGender[d.low[n.a-1]]
	}
	if g == "" {
		g = titleGender[words[0]]
	}
	best, bestAgree, bestBody, bestFirst := -1, 0, false, 0
	for i, c := range cands {
		if i > 16 {
			break
		}
		ps := starts[c.ent]
		if len(ps) == 0 || !subset(words, c.words) {
			continue
		}
		agree := 1
		if g != "" {
			switch givenGender(c.words[0]) {
			case g:
				agree = 2
			case "":
			default:
				continue
			}
		}
		// A name written only in a headline may hold a headline's word
		// ("Upbeat Doe wins"): one written in the body goes first.
		body := !d.headline(ps[len(ps)-1])
		if best < 0 || agree > bestAgree || agree == bestAgree && (body && !bestBody || body == bestBody && ps[0] < bestFirst) {
			best, bestAgree, bestBody, bestFirst = c.ent, agree, body, ps[0]
		}
	}
	return best, best >= 0
}

// withoutParticle drops the article joined to an Arabic surname ("al-",
// "el-"): "Khaled al-Fayed" is "Fayed" on second mention.
func withoutParticle(w string) string {
	if len(w) > 3 && (strings.HasPrefix(w, "al-") || strings.HasPrefix(w, "el-")) {
		return w[3:]
	}
	return w
}

// elidedParticle reports a surname that opens with an elided lower-case
// particle before its capital: "d'Entremont", "d’Arcy", "l'Heureux".
func elidedParticle(w string) bool {
	for _, p := range []string{"d'", "d’", "l'", "l’"} {
		if rest, ok := strings.CutPrefix(w, p); ok && rest != "" {
			r, _ := utf8.DecodeRuneInString(rest)
			return unicode.IsUpper(r)
		}
	}
	return false
}

// clauseAfterComma reports a token after a name's comma that opens no
// apposition: a verb, a preposition, a conjunction or a relative word
// ("recover money from Thibodeau, given the judge's finding": no title of
// his).
func (d *doc) clauseAfterComma(i int) bool {
	w := d.low[i]
	if p := d.posAt(i); p == syntax.VBN || p == syntax.VBG {
		// a participle before a noun is an adjective: "Megawati
		// Sukarnoputri, deposed leader of the party" (not "given the
		// judge's finding")
		return i+1 >= len(d.toks) || !(d.posAt(i+1).IsNoun() || d.posAt(i+1).IsAdjective())
	}
	return d.posAt(i).IsVerb() || prepositions.has(w) || subordinators.has(w) || coordinators.has(w) || relativePronouns[w]
}

// headline reports whether token p is in a headline: a short first
// paragraph of a text with more, when no "date …" line gave the title (its
// first paragraph is then the lede: "ELMIRA, Ont. — Marc Lapointe had been
// in this spot before").
func (d *doc) headline(p int) bool {
	return !d.titled && len(d.paras) > 1 && d.para[p] == 0 && d.paras[0].len() <= 30
}

// titleGender tells the gender a title before a name says.
var titleGender = map[string]string{"mr.": "m", "mr": "m", "mrs.": "f", "mrs": "f", "ms.": "f", "ms": "f", "miss": "f"}

// givenGender tells "m" or "f" for a common given name mostly borne by one
// gender, else "".
func givenGender(w string) string {
	w = foldAccents(w)
	switch {
	case maleNames[w]:
		return "m"
	case femaleNames[w]:
		return "f"
	}
	return ""
}

func subset(a, b []string) bool {
	if len(a) >= len(b) {
		return false
	}
	for _, w := range a {
		found := false
		for _, x := range b {
			if x == w {
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

func (d *doc) spanText(a, b int) string {
	return d.text[d.toks[a].B0:d.toks[b-1].B1]
}

// titleWords spell out titles written short before a name, so that a
// later description in full ("the governor") finds "Gov. Jo Doe".
var titleWords = map[string]string{
	"gov.": "governor", "gov": "governor", "sen.": "senator", "sen": "senator", "rep.": "representative",
	"rep": "representative", "dr.": "doctor", "dr": "doctor", "gen.": "general", "lt.": "lieutenant",
	"col.": "colonel", "capt.": "captain", "sgt.": "sergeant", "prof.": "professor", "prof": "professor",
	"supt.": "superintendent", "insp.": "inspector", "cmdr.": "commander", "adm.": "admiral",
	"atty.": "attorney", "pres.": "president", "rev.": "reverend", "det.": "detective", "cpl.": "corporal",
	"const.": "constable", "coun.": "councillor", "gov.-gen.": "governor-general", "mp": "member", "mpp": "member", "mla": "member",
}

// lastWord is the surname key of a name: its last word, lower case, its
// apostrophes straight and without an Arabic article ("Khaled al-Fayed" →
// "fayed"), as surnameOf and elderAndYounger look it up.
func lastWord(name string) string {
	f := strings.Fields(strings.ToLower(name))
	if len(f) == 0 {
		return ""
	}
	return withoutParticle(foldApostrophe(f[len(f)-1]))
}

// ministerialTitle reports a title right before token a that is a
// cabinet minister's without the word: "Treasury Board President",
// "Government House Leader" (not "Attorney General": in the United States
// no minister, and "the minister" there is as often a cleric).
func (d *doc) ministerialTitle(a int) bool {
	for _, t := range ministerialTitles {
		if k := a - len(t); k >= 0 && slices.Equal(d.low[k:a], t) {
			return !(k > 0 && (d.low[k-1] == "deputy" || d.low[k-1] == "assistant" || d.low[k-1] == "associate")) // (a deputy attorney general is a public servant)
		}
	}
	return false
}

var ministerialTitles = [][]string{{"treasury", "board", "president"}, {"government", "house", "leader"}}

// pastHolders say a description no longer holds: "the former owner".
var pastHolders = wordSet(`former previous outgoing past ex onetime erstwhile`)
