package ner

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quotebench/quotebench/annot/tokens"
	"github.com/quotebench/quotebench/detect/namewords"
)

// Rules for news conventions the CoNLL-2003 training data does not show,
// applied to each sentence's tags after decoding:
//   - a dateline "CITY (Agency) -" or "CITY, Region (Agency) -" opening a
//     sentence: the place is LOC, the agency ORG;
//   - a title inside an ORG run ("Acme Bank President Jo Doe"): the run is
//     split into the ORG before the title and the PERSON after it;
//   - a dateline without an agency, "OTTAWA —", when the capitals are a
//     known place: LOC;
//   - a place and its state or province, "Surrey, B.C.," or "Jackson,
//     Miss.": both LOC (in news the abbreviation after a comma only follows
//     a place);
//   - a government portfolio before a country, "Environment Canada",
//     "Statistics Canada", is the country's department: ORG;
//   - a compass word before a known place, "Western Canada", "Northern
//     Ontario", tagged an organisation, is a region of it: LOC;
//   - a PERSON span that is a known place of two words, or one right
//     before an ORG ("Nova Scotia RCMP said", the tagger misled by the
//     sentence start), is LOC;
//   - a PERSON span with a title inside ("Fort St. James Mayor Dale
//     Harnett") is the name after the title;
//   - titles at the start of a PERSON span are left out of it, and a title
//     abbreviation alone ("the veteran MP") is no entity;
//   - an ORG run "First Last of Acme Bank" is the PERSON "First Last" of
//     the ORG "Acme Bank" when First is a common given name;
//   - the capitalised name a news report is credited to ("as reported by
//     the X", "the X reports", "writes the X") is an ORG: a person's name
//     takes no article;
//   - a generic media word between a name and its head noun ("the X TV
//     channel", "the X Radio station") is not part of the name.

// titles are words that introduce a person's name (package namewords holds
// the one list of titles).
var titles = namewords.Titles(namewords.Entity)

// nameLikeTitles are titles that are also names or words of names: they
// split an organisation's run (splitTitles) and leave a person's span
// (stripTitles) only before a given name and a surname.
var nameLikeTitles = map[string]bool{"justice": true, "reeve": true, "warden": true}

func (p *prepDoc) applyRules(si int, pred []tag) {
	s0, s1 := p.sents[si][0], p.sents[si][1]
	words := p.words[s0:s1]
	dateline(words, pred)
	slashDateline(words, pred)
	if len(p.ti) >= s1 { // (rule tests build a document without token infos)
		placeDateline(words, p.ti[s0:s1], pred, si < 5)
		placeBeforeOrg(words, p.ti[s0:s1], pred)
		unionDivisions(words, p.ti[s0:s1], pred)
		portfolioOfCountry(words, p.ti[s0:s1], pred)
		publicServiceNames(words, p.ti[s0:s1], pred)
		provinceDepartments(words, p.ti[s0:s1], pred)
		regionOfPlace(words, p.ti[s0:s1], pred)
	}
	placeRegion(words, pred)
	dottedRegions(words, pred)
	splitTitles(words, pred)
	portfolioTitles(words, pred)
	personAfterTitle(words, pred)
	stripTitles(words, pred)
	titleInsidePerson(words, pred)
	loneTitles(words, pred, p.surnames)
	personOfOrg(words, pred)
	reportSource(words, pred)
	mediaSuffix(words, pred)
	unionLocals(words, pred)
	localGovernments(words, pred)
	var ti []tokInfo
	if len(p.ti) >= s1 {
		ti = p.ti[s0:s1]
	}
	tickers(words, ti, pred, p.listed, p.surnames)
	knownSurnames(words, ti, pred, p.surnames)
	creditLine(words, ti, pred)
	organisationCues(words, ti, pred)
	firmTradeTails(words, pred)
	saintInsideOrgNames(words, pred)
	namedAfterGroupNoun(words, pred)
	placeBeforeLocalTitle(words, pred)
	ridingsAndForces(words, pred)
	ridingBeforeSeat(words, pred)
	seatTail(words, pred)
	pairedPlaceOrgs(words, pred)
	lawNames(words, pred)
	eventNames(words, pred)
	nameParticleSpans(words, pred)
	facilityPlaces(words, pred)
	placesOfThe(words, pred)
	listedPlaces(words, pred)
	institutionNames(words, pred)
	landPlaces(words, pred, p.places, p.surnames)
	compassRegions(words, pred)
	portfolioLists(words, pred)
	tradesUnions(words, pred)
	placeOfPerson(words, pred)
	orgOfWords(words, pred)
	friendsOf(words, pred)
	frenchPartyNames(words, pred)
	residentsOfPlaces(words, pred)
	orgHeadAfter(words, pred)
	headedOrgRuns(words, pred)
	familyFirms(words, pred)
	departmentPairs(words, pred)
	fieldPairs(words, pred)
	tradePairs(words, pred)
	saintsPlaces(words, pred, p.surnames)
	numberedRoads(words, pred)
	orgAppositions(words, pred)
	namedAfterBodyNoun(words, pred)
	schoolsAndDistricts(words, pred)
	platformsAndPlaceWords(words, pred)
	frenchPlaceNames(words, pred)
	placesJoinedByParticle(words, pred)
	routeEnds(words, pred)
	if ti != nil {
		frenchBodies(words, ti, pred)
	}
	namedAs(words, pred)
	personAppositions(words, ti, pred, p.sport)
	givenNameBefore(words, ti, pred)
	commonNounBeforeName(words, ti, pred)
	givenNameCompound(words, ti, pred)
	cityTeams(words, ti, pred, p.sport)
	pluralTeams(words, ti, pred, p.sport)
	if ti != nil {
		titledPlaces(words, ti, pred)
	}
	theMastheads(words, pred)
	countyPlaces(words, pred)
	parkPlaces(words, pred)
	peoplesNames(words, pred)
	placesJoinedToPlaces(words, pred)
	if ti != nil {
		statesReadAsPeople(words, ti, pred, p.surnames)
	}
	p.pageConventions(si, words, ti, pred)
	for i := range pred {
		if p.surnames != nil && pred[i] != tagO && pred[i].typ() == tPER && (pred[i].pos() == posL || pred[i].pos() == posU) {
			p.surnames[strings.ToLower(words[i])] = true // a person's last word, for the sentences after
		}
	}
}

// knownSurnames tags PER a word standing alone that is the last word of a
// person named in an earlier sentence ("Bernard Lachapelle-Wynne … The
// judge ordered Lachapelle-Wynne to repay"), where the tagger read a place
// or, for a compound name ("Ferreira-Lund said"), nothing (not a place the
// gazetteers know), or an organisation of that one word; not an
// organisation's word.
func knownSurnames(words []string, ti []tokInfo, pred []tag, surnames map[string]bool) {
	for i, w := range words {
		if !startsUpper(w) || len(surnames) == 0 || !inLower(surnames, w) {
			continue
		}
		if ti != nil && ti[i].gazBits&(GazNews|GazOrgWord) != 0 {
			continue
		}
		place := ti != nil && ti[i].gazBits&(gazGPE|GazRegion) != 0
		alone := (i == 0 || !startsUpper(words[i-1])) && (i+1 >= len(words) || !startsUpper(words[i+1]))
		switch {
		case pred[i] == tagO && alone && compoundName(w) && !place:
		case pred[i] != tagO && pred[i].typ() == tLOC && pred[i].pos() == posU && !place:
		case pred[i] != tagO && pred[i].typ() == tORG && pred[i].pos() == posU && alone && !(i > 0 && firmPreps[strings.ToLower(words[i-1])]):
			// "Maribel Santos … Santos was driving home": a surname
			// the tagger read as a firm (a known place too); not
			// "shares of Ford", "a job at Irving".
		default:
			continue
		}
		pred[i] = mkTag(tPER, posU)
	}
}

// firmPreps come before a firm's name more than a person's: "shares of
// Ford", "a job at Irving", "a deal with Rogers".
var firmPreps = map[string]bool{"of": true, "at": true, "with": true, "from": true, "by": true, "in": true, "for": true}

// reportVerbs credit a report to a source.
var reportVerbs = map[string]bool{
	"reports": true, "reported": true, "writes": true, "wrote": true, "reporting": true,
}

// reportSource tags as ORG the capitalised name, after "the", that a report
// is credited to: "reported by the X", "writes the X", "the X reports",
// "according to the X". The name must be untagged or already an ORG, and no
// word of it a title.
func reportSource(words []string, pred []tag) {
	for i := 0; i+1 < len(words); i++ {
		if !strings.EqualFold(words[i], "the") {
			continue
		}
		j := i + 1
		for j < len(words) && j < i+4 && startsUpper(words[j]) && !inLower(titles, words[j]) {
			j++
		}
		if j == i+1 {
			continue
		}
		before := ""
		if i > 0 {
			before = strings.ToLower(words[i-1])
		}
		credited := reportVerbs[before] || before == "by" && i > 1 && inLower(reportVerbs, words[i-2]) ||
			before == "to" && i > 1 && strings.EqualFold(words[i-2], "according")
		if !credited && j < len(words) {
			credited = inLower(reportVerbs, words[j])
		}
		if !credited {
			continue
		}
		ok := true
		for k := i + 1; k < j; k++ {
			ok = ok && (pred[k] == tagO || pred[k].typ() == tORG)
		}
		if ok && (j == len(pred) || pred[j] == tagO || pred[j].typ() != tORG || pred[j].pos() == posB || pred[j].pos() == posU) {
			setSpan(pred, i+1, j, tORG)
		}
		i = j - 1
	}
}

// mediaWords are generic words for a kind of outlet, and mediaHeads the
// nouns they form a compound with.
var (
	mediaWords = map[string]bool{"tv": true, "radio": true, "television": true}
	mediaHeads = map[string]bool{"channel": true, "station": true, "network": true, "broadcaster": true}
)

// mediaSuffix ends an entity before a trailing media word that is followed
// by a lower-case head noun: in "the X TV channel" the name is X.
func mediaSuffix(words []string, pred []tag) {
	for i := 1; i+1 < len(words); i++ {
		if pred[i] != tagO && pred[i].pos() == posL && inLower(mediaWords, words[i]) &&
			mediaHeads[words[i+1]] {
			t := pred[i].typ()
			k := i - 1
			for k > 0 && pred[k].pos() == posI {
				k--
			}
			setSpan(pred, k, i, t)
			pred[i] = tagO
		}
	}
}

// spanEnd is the end of the span of type t and two or more words that
// begins at i, or -1.
func spanEnd(pred []tag, i int, t etype) int {
	if pred[i] != mkTag(t, posB) {
		return -1
	}
	j := i + 1
	for j < len(pred) && pred[j] == mkTag(t, posI) {
		j++
	}
	if j >= len(pred) || pred[j] != mkTag(t, posL) {
		return -1
	}
	return j + 1
}

// stripTitles takes leading titles out of PERSON spans: "Mayor Jo Doe" is
// the PERSON "Jo Doe".
func stripTitles(words []string, pred []tag) {
	for i := 0; i < len(pred); i++ {
		end := spanEnd(pred, i, tPER)
		if end < 0 {
			continue
		}
		k := i
		for k < end-1 && (inLower(titles, words[k]) || inLower(nameLikeTitles, words[k]) && k+2 < end && inLower(givenNames, words[k+1])) {
			pred[k] = tagO // ("Reeve Denis Robidoux"; not "Reeve Carney")
			k++
		}
		if k > i {
			setSpan(pred, k, end, tPER)
		}
		i = end - 1
	}
}

func isCapsWord(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

func startsUpper(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
}

func setSpan(pred []tag, i, j int, t etype) {
	if j-i == 1 {
		pred[i] = mkTag(t, posU)
		return
	}
	pred[i] = mkTag(t, posB)
	for k := i + 1; k < j-1; k++ {
		pred[k] = mkTag(t, posI)
	}
	pred[j-1] = mkTag(t, posL)
}

// dateline tags "CITY (Agency) -" and "CITY, Region (Agency) -".
func dateline(words []string, pred []tag) {
	i := 0
	for i < len(words) && i < 4 && isCapsWord(words[i]) {
		i++
	}
	if i == 0 || i >= len(words) {
		return
	}
	place := i
	region := -1
	if words[i] == "," {
		j := i + 1
		for j < len(words) && j < i+4 && startsUpper(words[j]) {
			j++
		}
		if j == i+1 {
			return
		}
		region, i = i+1, j
	}
	if i+3 >= len(words)+1 || words[i] != "(" {
		return
	}
	j := i + 1
	for j < len(words) && j < i+5 && startsUpper(words[j]) {
		j++
	}
	if j == i+1 || j+1 >= len(words) || words[j] != ")" || words[j+1] != "-" {
		return
	}
	clearTags(pred, 0, j+2)
	setSpan(pred, 0, place, tLOC)
	if region > 0 {
		setSpan(pred, region, i, tLOC)
	}
	setSpan(pred, i+1, j, tORG)
}

// clearTags sets tags [i, j) to O, and repairs entities cut at the edges.
func clearTags(pred []tag, i, j int) {
	for k := i; k < j; k++ {
		pred[k] = tagO
	}
	if j < len(pred) && pred[j] != tagO && (pred[j].pos() == posI || pred[j].pos() == posL) {
		t := pred[j].typ()
		k := j
		for k < len(pred) && pred[k] != tagO && pred[k].typ() == t && pred[k].pos() != posB && pred[k].pos() != posU {
			if pred[k].pos() == posL {
				k++
				break
			}
			k++
		}
		setSpan(pred, j, k, t)
	}
}

// splitTitles splits ORG runs "X Y Title First Last" into ORG "X Y" and
// PERSON "First Last".
func splitTitles(words []string, pred []tag) {
	for i := 0; i < len(pred); i++ {
		end := spanEnd(pred, i, tORG)
		if end < 0 {
			continue
		}
		if titledPersonRun(words[i:end]) {
			// "Mayor Taras Melnyk speaks …" opening a caption: the
			// title and a person's name, not an organisation.
			pred[i] = tagO
			setSpan(pred, i+1, end, tPER)
			i = end - 1
			continue
		}
		// A PERSON span right after the run goes on the name the run
		// took in: "Supreme Court Justice Jo | Ann Doe"; so does a
		// capitalised word left out after a given name ending the run:
		// "Superior Court Justice Hélène | Desrochers-Baptiste".
		per := end
		if per < len(pred) && pred[per] != tagO && pred[per].typ() == tPER && (pred[per].pos() == posB || pred[per].pos() == posU) {
			for per < len(pred) && pred[per].typ() == tPER && pred[per].pos() != posL && pred[per].pos() != posU {
				per++
			}
			per++
		} else if per < len(pred) && pred[per] == tagO && startsUpper(words[per]) && end-i >= 3 && givenName(words[end-1]) &&
			(inLower(titles, words[end-2]) || inLower(nameLikeTitles, words[end-2])) {
			per++
		}
		for k := i + 1; k < end; k++ {
			if !inLower(titles, words[k]) && !inLower(nameLikeTitles, words[k]) {
				continue
			}
			// Not after a joining word: "the Trade Commission and
			// Justice Department" names two organisations; nor after an
			// article ("The Justice Department").
			prev := strings.ToLower(words[k-1])
			ok := (k < end-1 || per > end) && startsUpper(words[k-1]) && prev != "the" && prev != "a" && prev != "an"
			if inLower(nameLikeTitles, words[k]) && per == end && !(k+2 < end && inLower(givenNames, words[k+1])) {
				// "Justice" names organisations too ("Prairie Justice
				// Network"), "Reeve" and "Warden" are names ("Christopher
				// Reeve Foundation", "Warden Avenue"): a title only before
				// a person's span or a given name and a surname in the run
				// ("King's Bench Justice Lorraine Desjarlais", "District of
				// Argyle Warden Danielle Surette").
				ok = false
			}
			for m := k + 1; m < end; m++ {
				ok = ok && startsUpper(words[m])
			}
			if ok {
				setSpan(pred, i, k, tORG)
				pred[k] = tagO
				if per > k+1 {
					setSpan(pred, k+1, max(end, per), tPER)
				}
			}
			break
		}
		i = end - 1
	}
}

// inLower reports whether m holds w in lower case, without allocating for
// ASCII words of up to 64 bytes (strings.ToLower allocates for every
// capitalised word, and the rules look up every word of every mention).
func inLower(m map[string]bool, w string) bool {
	if len(w) > 64 {
		return m[strings.ToLower(w)]
	}
	var b [64]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return m[strings.ToLower(w)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return m[string(b[:len(w)])]
}

// givenNames are the given names personOfOrg knows a person's name by.
var givenNames = func() map[string]bool {
	m := namewords.GivenNames(0)
	for _, g := range []namewords.Mark{namewords.Male, namewords.Female} {
		for w := range namewords.Gendered(g) {
			m[w] = true
		}
	}
	return m
}()

// orgHeads end the names of organisations, never a person's: "Ford Motor
// Co. of Canada" is one organisation.
var orgHeads = map[string]bool{
	"co.": true, "co": true, "corp.": true, "corp": true, "inc.": true, "inc": true, "ltd.": true, "ltd": true,
	"company": true, "corporation": true, "bank": true, "group": true, "association": true, "university": true,
	"college": true, "institute": true, "council": true, "party": true, "board": true, "foundation": true,
	"society": true, "church": true, "fund": true, "centre": true, "center": true, "department": true,
	"ministry": true, "office": true, "agency": true, "commission": true, "committee": true, "union": true,
	"federation": true, "league": true, "club": true, "school": true, "hospital": true, "court": true,
	"house": true, "academy": true, "organization": true, "organisation": true, "city": true, "state": true, "republic": true, "kingdom": true, "museum": true,
	"band": true, "nation": true, "administration": true, "authority": true, "bureau": true, "division": true, "conference": true,
}

// personOfOrg splits an ORG run "First Last of Acme Bank" (the tagger
// reads "of" inside it as in "Bank of Montreal") into the PERSON "First
// Last" and the ORG "Acme Bank" when First is a common given name and one
// or two capitalised words without an organisation's head follow it; a
// title before the name, or one capitalised word opening the sentence
// ("Meteorologist Jo Doe of Environment Canada"), is left out. Not after an
// article: "the Girl Scouts of America" names an organisation.
func personOfOrg(words []string, pred []tag) {
	for i := 0; i < len(pred); i++ {
		end := spanEnd(pred, i, tORG)
		if end < 0 {
			continue
		}
		of := i + 1
		for of < end && !strings.EqualFold(words[of], "of") {
			of++
		}
		if of+1 >= end || !startsUpper(words[of+1]) {
			i = end - 1
			continue
		}
		first := i
		for first < of && inLower(titles, words[first]) {
			first++
		}
		if first == i && i == 0 && of > 2 && !inLower(givenNames, words[0]) && inLower(givenNames, words[1]) {
			first++ // a capitalised noun opening the sentence
		}
		article := i > 0 && (strings.EqualFold(words[i-1], "the") || strings.EqualFold(words[i-1], "a") || strings.EqualFold(words[i-1], "an"))
		ok := !article && of-first >= 2 && of-first <= 3 && inLower(givenNames, words[first])
		for k := first + 1; ok && k < of; k++ {
			ok = startsUpper(words[k]) && !inLower(orgHeads, words[k]) && !inLower(titles, words[k])
		}
		if ok {
			clearTags(pred, i, first)
			setSpan(pred, first, of, tPER)
			pred[of] = tagO
			setSpan(pred, of+1, end, tORG)
		}
		i = end - 1
	}
}

// loneTitles clears an entity that is one title abbreviation alone: "the
// veteran MP said" names no organisation; and a title alone before a colon,
// a headline's label ("Reeve: 'We're ready'"), or opening a headline's
// "says" ("Mayor says bridge will reopen"). (Not a title word alone
// otherwise: "Head said" and "Judge" are surnames.)
func loneTitles(words []string, pred []tag, surnames map[string]bool) {
	for i := range pred {
		if pred[i] == tagO || pred[i].pos() != posU {
			continue
		}
		title := inLower(titles, words[i]) || inLower(nameLikeTitles, words[i])
		if title && (isCapsWord(words[i]) && inLower(titles, words[i]) || i+1 < len(words) && words[i+1] == ":") {
			pred[i] = tagO // (and a title labelling a headline: "Reeve: 'We're ready'")
		}
		if i == 0 && headlineTitles[strings.ToLower(words[i])] && len(words) > 2 && words[1] == "says" && !inLower(surnames, words[i]) {
			pred[i] = tagO // a headline's title: "Mayor says bridge will reopen" (not "Aaron Judge … Judge says")
		}
	}
}

// headlineTitles are the titles that open a headline's "says" and are
// seldom surnames ("Judge", "Chancellor", "King" are).
var headlineTitles = map[string]bool{"mayor": true, "premier": true, "minister": true, "councillor": true, "senator": true,
	"president": true, "coach": true, "principal": true, "reeve": true, "warden": true, "superintendent": true, "chief": true}

// placeBeforeOrg relabels as LOC a PERSON span that is exactly a
// gazetteer place (a country, city or province, no given name) of two words
// or more not opening with a common given name ("mainland Nova Scotia"; not
// "Miguel Hidalgo", a town named for a person), or any when an ORG span
// follows it at once: "Nova Scotia RCMP said" opening a sentence. (One word
// alone may be a surname: "Houston said".)

// commonGiven are the common given names (the curated table, not the wider
// list, which holds "Nova").
var commonGiven = namewords.GivenNames(0)

func placeBeforeOrg(words []string, ti []tokInfo, pred []tag) {
	for i := 0; i < len(pred); i++ {
		if pred[i] == tagO || pred[i].typ() != tPER || pred[i].pos() != posB && pred[i].pos() != posU {
			continue
		}
		j := i + 1
		for pred[j-1].pos() != posL && pred[j-1].pos() != posU && j < len(pred) {
			j++
		}
		orgNext := j < len(pred) && pred[j] != tagO && pred[j].typ() == tORG && (pred[j].pos() == posB || pred[j].pos() == posU)
		if !orgNext && (j-i < 2 || inLower(commonGiven, words[i])) {
			i = j - 1 // "Houston said"; "Miguel Hidalgo", a person named like a town
			continue
		}
		g := ti[i].gazBits
		whole := g&gazGPE != 0 && g&GazPerson == 0 && (ti[i].gazPos == posU && j == i+1 || ti[i].gazPos == posB && ti[j-1].gazPos == posL && ti[j-1].gazBits == g)
		for k := i + 1; whole && k < j-1; k++ {
			whole = ti[k].gazPos == posI // one match, not two places side by side
		}
		if whole {
			setSpan(pred, i, j, tLOC)
		}
		i = j - 1
	}
}

// titleInsidePerson keeps the name after a title inside a PERSON span:
// "Fort St. James Mayor Dale Harnett" is the PERSON "Dale Harnett" (the
// place before the title is left untagged).
func titleInsidePerson(words []string, pred []tag) {
	for i := 0; i < len(pred); i++ {
		end := spanEnd(pred, i, tPER)
		if end < 0 {
			continue
		}
		for k := end - 2; k > i; k-- {
			if inLower(titles, words[k]) && startsUpper(words[k+1]) && !inLower(titles, words[k-1]) {
				clearTags(pred, i, k+1)
				setSpan(pred, k+1, end, tPER)
				break
			}
		}
		i = end - 1
	}
}

// placeDateline tags as LOC the capitals opening a sentence before a dash,
// "OTTAWA — The federal government …", when they are one known place, or
// two words or more the tagger read as a person with a mark of a place: an
// abbreviation, a possessive or a province after them ("ST. JOHN'S —",
// "ST. JOHN'S, N.L. —"; not a transcript's "DIANE PELLETIER —").
// (Capitals before a dash are more often a section's label, "SOCCER -" or
// "PRESS DIGEST -", so an untagged run must be in the gazetteer.)
func placeDateline(words []string, ti []tokInfo, pred []tag, first bool) {
	i := 0
	person, placeMark := false, false
	for i < len(words) && i < 5 && (isCapsWord(words[i]) || i > 0 && (words[i] == "'S" || words[i] == "’S")) {
		person = person || pred[i] != tagO && pred[i].typ() == tPER
		placeMark = placeMark || strings.HasSuffix(words[i], ".") || words[i] == "'S" || words[i] == "’S" // "ST.", "JOHN'S"
		i++
	}
	dash := i
	if i > 0 && i+2 < len(words) && words[i] == "," && tokens.IsRegionAbbreviation(strings.TrimSuffix(words[i+1], ".")) {
		dash = i + 2 // "ST. JOHN'S, N.L. —"
	}
	if i == 0 || dash+1 >= len(words) || !tokens.IsDashWord(words[dash]) || !startsUpper(words[dash+1]) && !quoteMarks[words[dash+1]] {
		return
	}
	placeMark = placeMark || dash > i
	g := ti[0].gazBits
	whole := g&gazGPE != 0 && (i == 1 && ti[0].gazPos == posU || i > 1 && ti[0].gazPos == posB && ti[i-1].gazPos == posL)
	for k := 1; whole && k < i-1; k++ {
		whole = ti[k].gazPos == posI
	}
	// a town's name of six letters or more, read as a body, before the
	// dash opening one of the page's first sentences, a word without a
	// capitalisation class (seen fewer than twice inside sentences of the
	// unlabelled text) and no body's word ("HALIBURTON — With the first
	// lifts …"; not initials, "NATO —", nor "SENATE —" or a roundup's
	// "INTERPOL —", which the text holds)
	town := i == 1 && pred[0] == mkTag(tORG, posU) && utf8.RuneCountInString(words[0]) >= 6 && first && ti[0].capr == 0 && ti[0].gazBits&GazOrgWord == 0
	if whole || person && i >= 2 && placeMark || town {
		clearTags(pred, 0, i)
		setSpan(pred, 0, i, tLOC)
	}
}

// quoteMarks are the opening quotation marks a dateline's dash may come
// before.
var quoteMarks = map[string]bool{"\"": true, "“": true, "'": true, "‘": true, "«": true, "``": true}

// IsRegionAbbrevAt reports whether token w, followed by token next,
// abbreviates a US state or a Canadian province or territory with its
// period, in the token ("Mich.", "B.C.") or after it ("Sask" "."): many of
// the abbreviations are also words ("Man", "La").
func IsRegionAbbrevAt(w, next string) bool {
	if strings.HasSuffix(w, ".") {
		return tokens.IsRegionAbbreviation(w[:len(w)-1])
	}
	return tokens.IsRegionAbbreviation(w) && next == "."
}

// regionAt returns the end of a state or province abbreviation at word i
// with its period ("B.C.", "Ill.", or "Sask" "."), or -1.
func regionAt(words []string, i int) int {
	next := ""
	if i+1 < len(words) {
		next = words[i+1]
	}
	if IsRegionAbbrevAt(words[i], next) {
		return i + 1 // (a separate period stays a token of its own)
	}
	return -1
}

// placeRegion tags "Place, ST." as two places: the capitalised words before
// the comma (at most four, "Fort St. James", without an article or a
// capitalised preposition or conjunction: "In Surrey, B.C., police said") and
// the abbreviation, when a comma, a period, a dash, a parenthesis or the
// sentence's end follows it and its period. A place already tagged with its
// region ("Washington, D.C.") stays one, and a day or a month is no place.

// capitalFunctionWords open a sentence before a place without being part
// of its name.
var capitalFunctionWords = map[string]bool{"the": true, "a": true, "an": true, "in": true, "on": true,
	"at": true, "near": true, "from": true, "to": true, "of": true, "for": true, "with": true, "by": true,
	"when": true, "while": true, "after": true, "before": true, "since": true, "outside": true,
	"inside": true, "around": true, "and": true, "but": true, "or": true, "as": true, "if": true}

// calendarWords are days and months, which a comma and a province's
// abbreviation can follow in a list ("On Tuesday, Sask., Alta. and …").
var calendarWords = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true, "january": true, "february": true, "march": true,
	"april": true, "june": true, "july": true, "august": true, "september": true, "october": true,
	"november": true, "december": true}

func placeRegion(words []string, pred []tag) {
	for c := 1; c+1 < len(words); c++ {
		if words[c] != "," {
			continue
		}
		end := regionAt(words, c+1)
		if end < 0 {
			continue
		}
		after := end // the token after the abbreviation and its period
		if after < len(words) && words[after] == "." {
			after++
		}
		if after < len(words) {
			switch next := words[after]; {
			case next == "," || next == "." || next == ")" || next == ";" || tokens.IsDashWord(next):
			default:
				continue
			}
		}
		if pred[c] != tagO {
			continue // one entity already: "Washington, D.C."
		}
		a := c
		for a > 0 && c-a < 4 && startsUpper(words[a-1]) && !inLower(capitalFunctionWords, words[a-1]) {
			a--
		}
		if a > 0 && startsUpper(words[a-1]) && !inLower(capitalFunctionWords, words[a-1]) {
			continue // a longer name: where the place starts is unknown
		}
		if a == c || inLower(calendarWords, words[c-1]) {
			continue // "On Tuesday, Sask., Alta. and Man. officials …"
		}
		clearTags(pred, a, end)
		setSpan(pred, a, c, tLOC)
		setSpan(pred, c+1, end, tLOC)
	}
}

// portfolios name the fields governments' departments are named for:
// "Environment Canada", "Transport Canada", "Tourism Australia".
var portfolios = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`Environment Statistics Health Transport Parks Elections Fisheries
		Infrastructure Finance Justice Agriculture Heritage Sport Tourism Housing Immigration Employment
		Industry Revenue Veterans Defence Defense Energy Innovation Trade Labour Labor`) {
		portfolios[w] = true
	}
}

// portfolioOfCountry tags "Portfolio Country" as one ORG, a department named
// for its field, where the tagger left the portfolio out ("Environment
// Canada is forecasting …" had been the place Canada) or read the whole
// name as a place.
func portfolioOfCountry(words []string, ti []tokInfo, pred []tag) {
	for i := 0; i+1 < len(words); i++ {
		if !portfolios[words[i]] || ti[i+1].gazBits&GazCountry == 0 || ti[i+1].gazPos != posU {
			continue
		}
		placeRead := pred[i] == mkTag(tLOC, posB) && pred[i+1] == mkTag(tLOC, posL) // the whole name read as a place: "new data from Statistics Canada"
		if !placeRead && (pred[i] != tagO || pred[i+1] != tagO && pred[i+1].typ() != tLOC) {
			continue // tagged so already, or a person: "Justice Jordan said"
		}
		if i+2 < len(words) && startsUpper(words[i+2]) {
			continue // a longer name: "Health Canada Building"
		}
		clearTags(pred, i, i+2)
		setSpan(pred, i, i+2, tORG)
	}
}

// provinceDepartments joins a province's department named for a field
// and the second field after "and", which the tagger read as a person or
// nothing: "Alberta Environment and Protected Areas" (read as "Alberta
// Environment" and the person "Protected Areas"): fields, or words the
// unlabelled text writes mostly in lower case. Not before a title
// ("Alberta Health and Wellness Minister Jo Doe"), nor over a place, a
// body or a name after "and" ("Alberta Environment and Parks Canada",
// "Alberta Health and Maria Doe", "Alberta Health and Tanis Halloway").
func provinceDepartments(words []string, ti []tokInfo, pred []tag) {
	for i, end := range entities(pred) {
		if pred[i].typ() != tORG || end+1 >= len(words) || words[end] != "and" || inLower(givenNames, words[end+1]) {
			continue
		}
		p := placeEnd(ti, i)
		if p <= i || p >= end {
			continue
		}
		if !allIn(portfolios, words[p:end]) {
			continue
		}
		k := end + 1
		for k < len(words) && k < end+4 && startsUpper(words[k]) && !inLower(titles, words[k]) && (pred[k] == tagO || pred[k].typ() == tPER) &&
			(inLower(portfolioFields, words[k]) || ti[k].capr != 0 && ti[k].capr < 4) { // a field or a common word ("Protected Areas"), no name ("Tanis Halloway")
			k++
		}
		if k == end+1 || k < len(words) && startsUpper(words[k]) {
			continue
		}
		clearTags(pred, i, k)
		setSpan(pred, i, k, tORG)
	}
}

// allIn reports every word of words in m.
func allIn(m map[string]bool, words []string) bool {
	for _, w := range words {
		if !m[w] {
			return false
		}
	}
	return true
}

// portfolioTitles clears a portfolio read alone as an entity before
// "Minister" ("Labour Minister Harpreet Gill": the tagger, trained on
// Britain's Labour Party, read an organisation): the portfolio is a word
// of the title, as "Health" in "Health Minister Jo Lang" is.
func portfolioTitles(words []string, pred []tag) {
	for i := 0; i+1 < len(words); i++ {
		if portfolios[words[i]] && pred[i] != tagO && pred[i].pos() == posU && words[i+1] == "Minister" {
			pred[i] = tagO
		}
	}
}

// serviceWords name the field of a public service, utility or body named
// for its country or province, in English or French: "Acute Care
// Alberta", "Legal Aid Ontario", "Coastal Power Nova Scotia", "Manitoba
// Hydro", "Emergency Management BC", "Santé Québec", "Revenu Québec"; and
// the professions whose associations are so named ("Doctors Nova Scotia",
// "Engineers Canada").
var serviceWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`Care Health Hydro Power Energy Aid Management Services Service Transit
		Housing Water Utilities Electric Gas Lottery Lotteries Liquor Cannabis Insurance Workers Compensation
		Safety Emergency Wildfire Forest Forests Parks Tourism Sport Statistics Transport Transportation
		Environment Fisheries Infrastructure Education Justice Courts Corrections Libraries Archives
		Santé Revenu Transports Emploi Retraite Investissement Habitation Famille Sécurité Éducation Culture
		Environnement Tourisme Énergie Solidarité
		Doctors Nurses Physicians Pharmacists Dentists Engineers Midwives Paramedics`) {
		serviceWords[w] = true
	}
}

// professions are the service words that name professionals, whose
// associations are named for their province ("Doctors Nova Scotia") but
// which also open plain phrases ("Doctors Nova Scotia recruited"); an
// association is taken only before associationNext.
var (
	professions     = map[string]bool{"Doctors": true, "Nurses": true, "Physicians": true, "Pharmacists": true, "Dentists": true, "Engineers": true, "Midwives": true, "Paramedics": true}
	associationNext = map[string]bool{",": true, "said": true, "says": true, "'s": true, "’s": true, "president": true, "spokesperson": true, "spokesman": true, "spokeswoman": true, ".": true}
)

// publicServiceNames tags as one ORG a public body named for its country
// or province and its field, where the tagger read the place alone or the
// name as a person's: one to three capitalised words whose last is a
// field of service before a country or province ("Acute Care Alberta
// declined to comment" had been the place Alberta), or a province before
// such words ("Manitoba Hydro said" had been a person). Not a compass word
// ("Southern Alberta"), not a name already tagged an organisation longer.
func publicServiceNames(words []string, ti []tokInfo, pred []tag) {
	for i := 0; i < len(words); i++ {
		g := placeEnd(ti, i)
		if g < 0 && words[i] == "Québec" && i > 0 && serviceWords[words[i-1]] {
			g = i + 1 // the province's own spelling, which the gazetteer holds as the city's only: "Santé Québec"
		}
		if g < 0 {
			continue
		}
		a := i
		for a > 0 && i-a < 3 && startsUpper(words[a-1]) && ti[a-1].gazBits == 0 && !compassWords[words[a-1]] && !inLower(titles, words[a-1]) && !inLower(capitalFunctionWords, words[a-1]) && !inLower(serviceOpeners, words[a-1]) &&
			(pred[a-1] == tagO || pred[a-1].typ() == tORG || pred[a-1].typ() == tPER) {
			a--
		}
		if a < i && serviceWords[words[i-1]] && !(a > 0 && startsUpper(words[a-1]) && pred[a-1] != tagO) && !(g < len(words) && startsUpper(words[g])) && noEntityCrosses(pred, a, g) &&
			!(professions[words[i-1]] && !(g < len(words) && associationNext[words[g]])) {
			// (a profession's association only where it speaks or is set
			// off: "Doctors Nova Scotia said", not "Doctors Nova Scotia
			// recruited from Ireland")
			clearTags(pred, a, g)
			setSpan(pred, a, g, tORG)
			i = g - 1
			continue
		}
		b := g
		for b < len(words) && b-g < 2 && serviceWords[words[b]] {
			b++
		}
		if b > g && !(b < len(words) && startsUpper(words[b])) && !(i > 0 && startsUpper(words[i-1]) && pred[i-1] != tagO) && (pred[i] == tagO || pred[i].typ() == tPER || pred[i].typ() == tLOC) && noEntityCrosses(pred, i, b) {
			clearTags(pred, i, b)
			setSpan(pred, i, b, tORG)
			i = b - 1
			continue
		}
		i = g - 1
	}
}

// unionLocals tags as one ORG a labour union's local named by its union
// and number: "Unifor Local 2217", "CUPE Local 6121", "Amalgamated Transit
// Union Local 113" (the tagger had read none of them, or the union
// alone), and other numbered bodies (numberedBodyHead: "School District
// 59", "Legion Branch 12"). The capitalised words before "Local" belong to it, but not an
// article, a title or a word that opens a sentence before a name ("Under
// CUPE Local 6121's contract"), and a person's name ends the run
// ("president Fatou Diallo, Unifor Local 2217" is not reached: a comma).
// A union known by one word (unionWords) standing alone is an
// organisation too: "Members of Unifor" (the tagger had read a place).
func unionLocals(words []string, pred []tag) {
	for i, w := range words {
		if unionWords[w] && (pred[i] == tagO || pred[i].pos() == posU && pred[i].typ() != tORG) {
			pred[i] = mkTag(tORG, posU)
		}
	}
	for i := 1; i+1 < len(words); i++ {
		end := i + 2
		if words[i+1] == "No." && i+2 < len(words) {
			end = i + 3 // "School District No. 59"
		}
		if !numberedBodyHead(words, i) || !isNumber(words[end-1]) {
			continue
		}
		if words[i] == "Local" && pred[i] != tagO && pred[i].typ() == tPER && (pred[i].pos() == posL || pred[i].pos() == posU) {
			// no person's name ends in "Local" before a number: "Unifor
			// Local 444" (the tagger had read "Unifor Local" as a person)
			if a := entityStart(pred, i+1); a >= 0 {
				clearTags(pred, a, i+1)
			}
		}
		if pred[i] != tagO && pred[i].typ() == tORG && pred[i].pos() == posL && pred[i+1] == tagO {
			// the tagger's organisation ends at "Local": "Canadian Union
			// of Public Employees Local" takes its number
			setSpan(pred, entityStart(pred, i+1), end, tORG)
			i = end - 1
			continue
		}
		if prev := pred[i-1]; prev != tagO && prev.typ() == tORG && (prev.pos() == posL || prev.pos() == posU) && pred[i] == tagO && pred[i+1] == tagO && words[i] == "Local" {
			// the organisation ends before "Local": "International Longshore
			// and Warehouse Union Local 505"
			setSpan(pred, entityStart(pred, i), end, tORG)
			i = end - 1
			continue
		}
		a := i
		for a > 0 && i-a < 5 && startsUpper(words[a-1]) && !inLower(titles, words[a-1]) && !inLower(serviceOpeners, words[a-1]) &&
			!localOpeners[strings.ToLower(words[a-1])] && !(pred[a-1] != tagO && pred[a-1].typ() == tPER) &&
			!(a-1 == 0 && pred[0] == tagO && !isCapsWord(words[0]) && i-a >= 1) {
			a-- // (a sentence's first word only when it is in capitals or the tagger took it in: not "When CUPE Local 79")
		}
		if a == i || !noEntityCrosses(pred, a, end) {
			continue
		}
		clearTags(pred, a, end)
		setSpan(pred, a, end, tORG)
		i = end - 1
	}
}

// numberedBodyHead reports the word at i that, before a number, heads a
// numbered body: a union's "Local", a district that serves something
// ("School District 59", "Water District No. 3"), the Legion's "Branch"
// ("Legion Branch 12"); not "Highway 97" or "District 9" alone.
func numberedBodyHead(words []string, i int) bool {
	switch words[i] {
	case "Local":
		return true
	case "District":
		return startsUpper(words[i-1]) && inLower(districtFields, words[i-1])
	case "Branch":
		return words[i-1] == "Legion" // "Royal Canadian Legion Branch 12" (not "Tom Branch 12", "the North Branch 3 kilometres upstream")
	}
	return false
}

// unionDivisions tags as one ORG a labour union known by one word and the
// province or country right after it that names its division: "CUPE
// Alberta posted a photo" (the tagger had read the union and the place
// apart), "CUPE Nova Scotia"; not over a comma ("CUPE, Alberta's largest
// union").
func unionDivisions(words []string, ti []tokInfo, pred []tag) {
	for i := 0; i+1 < len(words); i++ {
		if !unionWords[words[i]] {
			continue
		}
		e := placeEnd(ti, i+1)
		if e < 0 || e < len(words) && (words[e] == "Local" || startsUpper(words[e]) && pred[e] != tagO && pred[e].typ() == tORG) {
			continue // (not "CUPE Ontario Local 79": unionLocals; nor a longer name)
		}
		if !noEntityCrosses(pred, i, e) {
			continue
		}
		clearTags(pred, i, e)
		setSpan(pred, i, e, tORG)
		i = e - 1
	}
}

// unionWords are the labour unions known by one word, as written.
var unionWords = func() map[string]bool {
	m := map[string]bool{}
	for _, ws := range [][]string{namewords.UnionNames(), namewords.LabourCentrals()} {
		for _, w := range ws {
			m[w] = true
		}
	}
	return m
}()

// localGovernments tags as one ORG a regional government named by its
// kind and its place: "Regional District of Okanagan-Similkameen", "Peace
// River Regional District", "Regional Municipality of Wood Buffalo",
// "Rural Municipality of Corman Park", "the Municipality of
// Souris-Glenwood", "the Port of Lakeview" (the tagger had read the place
// alone; a port the tagger read whole, "Port of Spain", is its own).
func localGovernments(words []string, pred []tag) {
	for i := 0; i+1 < len(words); i++ {
		if (localKinds[words[i]] || words[i] == "Port" && pred[i] == tagO) && words[i+1] == "of" && i+2 < len(words) && startsUpper(words[i+2]) && !(townKinds[words[i]] && titleCase(words)) {
			// "The Municipality of Souris-Glenwood declared …": the
			// kind alone before "of" and the place.
			b := i + 3
			for b < len(words) && b-i < 6 && startsUpper(words[b]) && !inLower(anyTitles, words[b]) && !strings.HasSuffix(words[b], ".") {
				b++ // (not over a title and a name: "Municipality of Cumberland Coun. Wendell Tabbert", "… Const. Jo Doe", "… Deputy Reeve")
			}
			a := i
			if a > 0 && (words[a-1] == "The" || words[a-1] == "the") && pred[a-1] != tagO && pred[a-1].pos() == posB {
				a-- // the tagger's "The Town of Hay River": the article goes
			}
			if noEntityCrosses(pred, a, b) {
				clearTags(pred, a, b)
				setSpan(pred, i, b, tORG)
			}
			i = b - 1
			continue
		}
		if !(words[i] == "Regional" || words[i] == "Rural" || words[i] == "Municipal") || !(words[i+1] == "District" || words[i+1] == "Municipality") {
			continue
		}
		a, b := i, i+2
		if b+1 < len(words) && words[b] == "of" && startsUpper(words[b+1]) {
			b += 2
			for b < len(words) && b-i < 8 && startsUpper(words[b]) {
				b++
			}
		} else {
			for a > 0 && i-a < 3 && startsUpper(words[a-1]) && !inLower(articleWords, words[a-1]) && !inLower(titles, words[a-1]) {
				a--
			}
		}
		if !noEntityCrosses(pred, a, b) {
			continue
		}
		clearTags(pred, a, b)
		setSpan(pred, a, b, tORG)
		i = b - 1
	}
}

// localKinds name a local government by its kind before "of" and its
// place: "the Municipality of Souris-Glenwood", "the Township of Langley",
// "the Town of Hay River" (a place as its government, which speaks).
var localKinds = map[string]bool{"Municipality": true, "Township": true, "Village": true, "County": true, "Town": true, "City": true}

// townKinds are the kinds of localKinds that a headline in title case
// writes for any town ("Town of Srebrenica Are Languishing"): there the
// name is left to the tagger.
var townKinds = map[string]bool{"Town": true, "City": true}

// localOpeners are the words that open a sentence before a union's name
// without being part of it.
var localOpeners = map[string]bool{"the": true, "a": true, "an": true, "in": true, "at": true, "for": true, "with": true, "members": true}

// noEntityCrosses reports that no entity crosses the edges of words [a, b): "of
// Environment Canada" inside the run "Meteorologist Jo Doe of Environment
// Canada" is left to the rules that split it.
func noEntityCrosses(pred []tag, a, b int) bool {
	in := func(t tag) bool { return t != tagO && (t.pos() == posI || t.pos() == posL) }
	out := func(t tag) bool { return t != tagO && (t.pos() == posI || t.pos() == posB) }
	return !in(pred[a]) && !out(pred[b-1])
}

// serviceOpeners open a sentence before a public body's name without
// being part of it: "Under Legal Aid Ontario's rules", "Contact Legal Aid
// Ontario".
var serviceOpeners = map[string]bool{"under": true, "contact": true, "call": true, "ask": true, "visit": true, "via": true, "per": true}

// placeEnd is the end of the country or province the gazetteer matched
// from word i, when i opens that match, else -1.
func placeEnd(ti []tokInfo, i int) int {
	if ti[i].gazBits&(GazCountry|GazState) == 0 || ti[i].gazPos != posU && ti[i].gazPos != posB {
		return -1
	}
	j := i + 1
	for j < len(ti) && ti[j].gazPos == posI {
		j++
	}
	if ti[i].gazPos == posB {
		if j >= len(ti) || ti[j].gazPos != posL {
			return -1
		}
		j++
	}
	return j
}

// compassWords make a region of the place they come before.
var compassWords = map[string]bool{"Western": true, "Eastern": true, "Northern": true, "Southern": true,
	"Central": true, "Atlantic": true, "Northwestern": true, "Northeastern": true, "Southwestern": true,
	"Southeastern": true}

// regionOfPlace relabels as LOC an ORG span that is a compass word and one
// gazetteer place (the tagger reads the capitalised adjective as a name's
// start): a country ("Western Canada", "Atlantic Canada"), or a state or
// province after a preposition of place ("in Northern Ontario"), since
// "Eastern Washington" and "Western Kentucky" alone are often universities'
// teams.

// regionPreps place what follows them.
var regionPreps = map[string]bool{"in": true, "across": true, "throughout": true, "near": true, "around": true}

func regionOfPlace(words []string, ti []tokInfo, pred []tag) {
	for i := 0; i+1 < len(words); i++ {
		end := spanEnd(pred, i, tORG)
		if end < 0 || !compassWords[words[i]] {
			continue
		}
		g := ti[i+1].gazBits
		if g&GazCountry == 0 && !(i > 0 && regionPreps[words[i-1]]) {
			i = end - 1 // "Western Kentucky said": a college's team; "in Northern Ontario" a region
			continue
		}
		whole := g&gazGPE != 0 && (end == i+2 && ti[i+1].gazPos == posU || end > i+2 && ti[i+1].gazPos == posB && ti[end-1].gazPos == posL)
		for k := i + 2; whole && k < end-1; k++ {
			whole = ti[k].gazPos == posI
		}
		if whole {
			setSpan(pred, i, end, tLOC)
		}
		i = end - 1
	}
}

// titledPersonRun reports an ORG run that is a title, a given name
// and one or two more capitalised words without an organisation's head:
// "Mayor Taras Melnyk", not "Chief Jo Doe Foundation" or "Chief Joseph
// Band".
func titledPersonRun(w []string) bool {
	if len(w) < 3 || len(w) > 4 || !inLower(titles, w[0]) || !inLower(givenNames, w[1]) {
		return false
	}
	for _, x := range w[1:] {
		if !startsUpper(x) || inLower(orgHeads, x) {
			return false
		}
	}
	return true
}

// personAfterTitle makes a given name and a surname right after a
// capitalised person's title a PERSON, whatever the tagger read: "NDP MLA
// Brent Kowalchuk asked" (the name had been an organisation), "Progressive
// Conservative MLA Brent Kowalchuk, the Opposition critic," (one MISC run,
// dropped). What a run took in before the title keeps its type. Not a
// third capitalised word after it ("Mayor Jo Doe Park"), nor a name-like
// title ("Justice Network").
func personAfterTitle(words []string, pred []tag) {
	for i := 0; i+2 < len(words); i++ {
		j, e := i+1, i+3
		if !startsUpper(words[i]) || !inLower(titles, words[i]) && !inLower(rankTitles, words[i]) || inLower(nameLikeTitles, words[i]) ||
			!givenName(words[j]) || !startsUpper(words[j+1]) || inLower(titles, words[j+1]) || inLower(orgHeads, words[j+1]) ||
			e < len(words) && startsUpper(words[e]) || pred[j] != tagO && pred[j].typ() == tPER {
			continue
		}
		a := j // the run the given name is in, if any, starts at a
		for a > 0 && pred[a] != tagO && (pred[a].pos() == posI || pred[a].pos() == posL) {
			a--
		}
		if pred[j] == tagO {
			a = j
		}
		last := pred[e-1]
		if last != tagO && last.pos() != posL && last.pos() != posU {
			continue // the run goes on past the surname
		}
		if pred[j] != tagO && pred[e-1] == tagO || pred[j] == tagO && pred[e-1] != tagO {
			continue // the name is half in a run
		}
		t := pred[a].typ()
		if pred[a] != tagO && a < i {
			clearTags(pred, a, e)
			setSpan(pred, a, i, t) // "Progressive Conservative | MLA"
		} else {
			clearTags(pred, i, e)
		}
		setSpan(pred, j, e, tPER)
		i = e - 1
	}
}

// rankTitles are the abbreviated ranks before a name ("Insp. Farah
// Qureshi", "Sgt. Jo Doe") that the tagger's gazetteer leaves out.
var rankTitles = map[string]bool{"insp.": true, "sgt.": true, "supt.": true, "const.": true, "cst.": true, "det.": true,
	"capt.": true, "lt.": true, "col.": true, "cpl.": true}

// givenName reports a word the given-name lists hold, accented or not.
func givenName(w string) bool {
	return inLower(givenNames, w) || givenNames[namewords.FoldAccents(strings.ToLower(w))]
}

// orgKindsBefore are the nouns of a kind of organisation that introduce
// its name: "law firm Delacroix Vermeulen", "brokerage Ashoka Equities",
// "Serie A club Napoli".
var orgKindsBefore = map[string]bool{
	"firm": true, "company": true, "brokerage": true, "bank": true, "lender": true,
	"carmaker": true, "automaker": true, "retailer": true, "startup": true, "start-up": true, "conglomerate": true,
	"airline": true, "carrier": true, "consultancy": true, "chipmaker": true, "miner": true,
	"subsidiary": true, "regulator": true, "watchdog": true, "broadcaster": true,
	"newspaper": true, "tabloid": true, "club": true,
}

// groupKinds are nouns for bodies of members that introduce their name:
// "the residents' group East Side Air Watch".
var groupKinds = map[string]bool{"group": true, "organization": true, "organisation": true, "coalition": true,
	"association": true, "society": true, "alliance": true, "charity": true, "nonprofit": true, "non-profit": true}

// namedAfterGroupNoun tags ORG a run of two to six capitalised words right
// after a noun for a body of members ("the residents' group East Side Air
// Watch", which the tagger read as a person "Watch"): not one opening
// with a given name ("the group Jo Doe founded"), a title or a day, nor
// one holding an organisation the tagger found, nor one another capital
// or "of" goes on after.
func namedAfterGroupNoun(words []string, pred []tag) {
	for k := 1; k+2 < len(words); k++ {
		if !groupKinds[words[k]] || !startsUpper(words[k+1]) || givenName(words[k+1]) || inLower(titles, words[k+1]) || inLower(calendarWords, words[k+1]) {
			continue
		}
		a := k + 1
		e := capitalRunNoOrg(words, pred, a)
		if e-a < 2 || e-a > 6 || e < len(words) && (startsUpper(words[e]) || words[e] == "of" || clauseAfterName(words, e)) || !noEntityCrosses(pred, a, e) || relativeAfterKind(words, a, e) {
			continue
		}
		clearTags(pred, a, e)
		setSpan(pred, a, e, tORG)
		k = e
	}
}

// capitalRunNoOrg is the end of a run of up to seven capitalised words
// from a, none a title nor in an organisation the tagger read (the names
// namedAfterGroupNoun and headedOrgRuns make one organisation of).
func capitalRunNoOrg(words []string, pred []tag, a int) int {
	e := a
	for e < len(words) && e-a < 7 && startsUpper(words[e]) && !inLower(titles, words[e]) && (pred[e] == tagO || pred[e].typ() != tORG) {
		e++
	}
	return e
}

// clauseAfterName reports the words from k, after a name, a relative
// clause the name is the subject of: a past tense in "-ed" before a
// preposition, a time or the clause's end ("the group Jo Doe founded in
// 2019", "… formed last year"), or a plural before such a past tense
// ("the group Northgate Valley residents formed last year"); not a main
// verb with its object ("… warned that", "… released a report").
func clauseAfterName(words []string, k int) bool {
	past := func(j int) bool {
		if j >= len(words) || len(words[j]) < 4 || !startsLower(words[j]) || !strings.HasSuffix(words[j], "ed") {
			return false
		}
		return j+1 >= len(words) || !startsLower(words[j+1]) && !startsUpper(words[j+1]) || relativeEnds[words[j+1]]
	}
	if past(k) {
		return true
	}
	w := words[k]
	return len(w) >= 4 && startsLower(w) && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && past(k+1)
}

// relativeEnds come right after a relative clause's verb: "founded in
// 2019", "formed last year".
var relativeEnds = map[string]bool{"in": true, "last": true, "this": true, "on": true, "at": true, "after": true, "years": true, "decades": true, "before": true, "during": true}

// orgTails end the names of firms, never a person's or a place's:
// "Albion Ridge Capital", "Ashoka Equities", "Halvorsen Biosciences"; and
// the groups named for what their members do ("Kestrel Valley Growers").
var orgTails = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`capital partners securities equities holdings holding investments advisors advisers
		ventures associates management airlines airways bancorp broadcasting chemical chemicals communications
		consortium cooperative co-operative electric entertainment industries insurance laboratories labs mining
		motors pharmaceuticals pharma biosciences therapeutics biotech logistics outfitters shipmanagement energy
		resources services studios systems technologies telecom solutions enterprises brands foods networks
		seafoods fisheries farms dairies bakeries breweries distilleries construction contracting manufacturing lumber products
		builders contractors developments properties realty trucking paving roofing excavating drilling landscaping plumbing
		research insights analytics polling strategies consulting consultants health hydro air
		ferries growers producers ratepayers naturalists stewards anglers ranchers farmers trappers harvesters cottagers landowners
		inc inc. corp corp. ltd ltd. llc llp plc ag gmbh`) {
		m[w] = true
	}
	return m
}()

// organisationCues relabels as ORG a PERSON or LOC span (or a MISC one
// ending in a firm's word: "Fraser Ridge Forest Products") that a kind of
// organisation introduces ("ride-hailing firm Didi Chuxing"; not a person
// with a common given name, "publisher Ron Unz"), that ends in a firm's
// word ("Hollings Capital", with a capitalised word before it the tagger
// left out: "Cariboo Ridge Lumber") or that opens with a French trade's
// ("Meubles Vaillancourt-Roy", which the tagger reads as a person).
func organisationCues(words []string, ti []tokInfo, pred []tag) {
	for i, end := range entities(pred) {
		t := pred[i].typ()
		if t == tLOC && serviceCentre(words, ti, i, end) {
			setSpan(pred, i, end, tORG)
			continue
		}
		kind := i > 0 && orgKindsBefore[words[i-1]] && !(t == tPER && inLower(givenNames, words[i])) && !relativeAfterKind(words, i, end)
		trade, _ := namewords.FrenchTrade(strings.ToLower(words[i]))
		trade = trade && end-i >= 2
		tail := startsUpper(words[end-1]) && inLower(orgTails, words[end-1]) && !(t == tPER && end-i == 2 && inLower(givenNames, words[i]) && inLower(surnameWords, words[end-1])) // (not "Mary Health")
		if (t == tPER || t == tLOC || t == tMISC && tail) && (kind || trade || tail) {
			a := i
			for tail && !kind && a > 0 && i-a < 2 && startsUpper(words[a-1]) && (pred[a-1] == tagO || pred[a-1].pos() == posU && pred[a-1].typ() != tPER) &&
				!inLower(runOpeners, words[a-1]) && !inLower(titles, words[a-1]) && !inLower(orgKindsBefore, words[a-1]) && !inLower(calendarWords, words[a-1]) &&
				!inLower(timeAdverbs, words[a-1]) && !strings.HasSuffix(words[a-1], "-based") {
				// (not "Yesterday Ridge Lumber", nor "Vancouver-based Coast
				// Timber Lumber")
				a-- // "Cariboo Ridge Lumber", the place-like first word left out by the tagger
			}
			setSpan(pred, a, end, tORG)
		}
	}
}

// firmTradeTails widens a firm's name over the trade word after it that
// the tagger left out: "Westfield Ag Equipment" (read as "Westfield Ag"),
// "Doucet Farm Supply"; not after a company's suffix or a word with a
// period, which may end a sentence ("Acme Inc. Services", "Larkspur
// Lumber Co. Sales have slowed"), nor into a longer run of capitals.
func firmTradeTails(words []string, pred []tag) {
	for i, end := range entities(pred) {
		if pred[i].typ() != tORG || end >= len(words) || pred[end] != tagO || !startsUpper(words[end]) || !(inLower(orgTails, words[end]) || inLower(tradeNouns, words[end])) ||
			inLower(companySuffixWords, words[end-1]) || strings.HasSuffix(words[end-1], ".") || end+1 < len(words) && startsUpper(words[end+1]) {
			continue
		}
		setSpan(pred, i, end+1, tORG)
	}
}

// tradeNouns end the names of shops and dealers besides orgTails.
var tradeNouns = map[string]bool{"equipment": true, "supply": true, "supplies": true, "rentals": true, "sales": true, "repair": true}

// companySuffixWords are companies' legal suffixes.
var companySuffixWords = map[string]bool{"inc": true, "inc.": true, "corp": true, "corp.": true, "ltd": true, "ltd.": true, "llc": true, "llp": true, "plc": true, "gmbh": true,
	"co": true, "co.": true, "bros": true, "bros.": true, "ltée": true, "lp": true, "ulc": true, "limited": true}

// serviceCentre reports a place's span [i, end) that names a centre by
// the service it gives, an organisation: "Hydrologic Forecast Centre",
// "Youth Resource Centre" (the word before "Centre" mostly lower case in
// the unlabelled text); not a venue named for a sponsor ("Rogers Centre")
// or by its use ("Bayshore Shopping Centre", "National Tennis Centre").
func serviceCentre(words []string, ti []tokInfo, i, end int) bool {
	h := end - 1
	if end-i < 2 || words[h] != "Centre" && words[h] != "Center" || ti == nil || inLower(venueUses, words[h-1]) {
		return false
	}
	return ti[h-1].capr != 0 && ti[h-1].capr < 4
}

// venueUses name what a centre that is a place is used for.
var venueUses = map[string]bool{"shopping": true, "convention": true, "events": true, "event": true, "sports": true,
	"aquatic": true, "aquatics": true, "recreation": true, "trade": true, "exhibition": true, "civic": true,
	"performing": true, "arts": true, "town": true, "city": true, "medical": true, "business": true, "community": true,
	"tennis": true, "hockey": true, "curling": true, "golf": true, "skating": true, "ski": true, "swimming": true, "sport": true}

// placeHeads end the names of places that are no towns, tagged as
// organisations or people: "the Channel Tunnel", "FNB Stadium",
// "Pobediteley Avenue" (not "Square": "Pershing Square" is a fund too);
// placeOpeners open them before "of": "the Gulf of Mexico" (not "Port":
// "the Port of Seattle said" is its authority).
var (
	placeHeads = map[string]bool{"stadium": true, "arena": true, "tunnel": true, "airport": true, "bridge": true, "canal": true, "avenue": true, "street": true, "road": true, "boulevard": true, "highway": true}
	// siteHeads end the names of sites that are places where a
	// preposition puts something ("at the Larkspur Valley Generating
	// Station", "at Northgate Financial Place"); elsewhere a station may be
	// a broadcaster or a research body that speaks, and "Place" a surname.
	siteHeads    = map[string]bool{"station": true, "place": true}
	placeOpeners = map[string]bool{"gulf": true, "strait": true, "straits": true, "bay": true, "isle": true, "cape": true, "sea": true}
)

// passPreps put a place at either end of a route: "from Eagle Pass to
// Rogers Pass" (a body's "Transit Pass" takes none).
var passPreps = map[string]bool{"from": true, "to": true, "at": true, "near": true}

// routePreps take a way through a land: "closed through Rogers Pass".
var routePreps = map[string]bool{"through": true, "over": true, "via": true, "across": true, "along": true, "into": true}

// appositionOpeners open a description of a person after a comma.
var appositionOpeners = map[string]bool{"a": true, "an": true, "the": true, "who": true}

// streetPreps put something on a street: "rents a house on Anna Street".
var streetPreps = map[string]bool{"on": true, "along": true, "off": true}

// waterAndLand end the names of rivers and lands, never a person's (the
// tagger reads "Saint John River" as the person "John River", after the
// title): "Mackenzie Delta", "Peace River", "Horseshoe Falls", "Birchfall Slough",
// "Kestrel Pass".
var waterAndLand = map[string]bool{"river": true, "creek": true, "delta": true, "falls": true, "valley": true,
	"harbour": true, "harbor": true, "peninsula": true, "trail": true, "slough": true, "inlet": true, "lagoon": true, "narrows": true, "pass": true, "basin": true}

// orgNamedLand reports an organisation's span [i, end) that names a land
// ending in a water or land word: after "the" or before a noun it
// modifies ("the Birchfall Falls terminal station"), and a pass only
// after a preposition of a route ("from Eagle Pass to …"; not "The Kestrel
// Transit Pass"); no lower-case word and no firm's word inside.
func orgNamedLand(words []string, i, end int) bool {
	if slices.ContainsFunc(words[i:end], startsLower) || firmWordIn(words, i, end) {
		return false
	}
	if strings.EqualFold(words[end-1], "pass") {
		return i > 0 && (inLower(routePreps, words[i-1]) || inLower(passPreps, words[i-1]))
	}
	return i > 0 && strings.EqualFold(words[i-1], "the") || placeModifies(words, end)
}

// facilityPlaces relabels as LOC an ORG or PERSON span named as a place
// that is no town (placeHeads, placeOpeners), and a PERSON or ORG span
// ending in a river's or a land's word (waterAndLand: "the Birchfall Falls
// terminal station"), taking in a saint's title the tagger left before
// it ("Saint John River").
func facilityPlaces(words []string, pred []tag) {
	for i, end := range entities(pred) {
		t := pred[i].typ()
		// (not "signed off on Anna Street's appointment", "called on Mary
		// Street to resign", "relied on Mary Street, a retired nurse,")
		onStreet := i > 0 && inLower(streetPreps, words[i-1]) && !(end < len(words) && (possessiveMark(words[end]) || words[end] == "to" || words[end] == "," && end+1 < len(words) && inLower(appositionOpeners, words[end+1])))
		named := !(t == tPER && end-i == 2 && inLower(givenNames, words[i]) && words[i+1] == "Street" && !onStreet) && !(i > 0 && orgKindsBefore[words[i-1]]) // "Huston Street", "trading firm Jane Street" (but "on Anna Street")
		h := end - 1
		if end-i >= 3 && compassPoints[words[h]] {
			h-- // "Larkspur Street West"
		}
		site := t == tORG && inLower(siteHeads, words[h]) && siteBefore(words, i)
		if (t == tORG || t == tPER) && named && end-i >= 2 && startsUpper(words[h]) &&
			(inLower(placeHeads, words[h]) || site || inLower(placeOpeners, words[i]) && strings.EqualFold(words[i+1], "of")) {
			setSpan(pred, i, end, tLOC)
		} else if end-i >= 2 && startsUpper(words[end-1]) && inLower(waterAndLand, words[end-1]) &&
			(t == tPER && !(inLower(givenNames, words[i]) && inLower(surnameWords, words[end-1]) && !(i >= 2 && words[i-1] == "and" && pred[i-2] != tagO && pred[i-2].typ() == tLOC) && !(i > 0 && inLower(routePreps, words[i-1]))) ||
				t == tORG && orgNamedLand(words, i, end)) {
			// (not "Jane Slough", a person whose surname is such a word,
			// unless joined to a place, "the Kestrel River and Grace Slough",
			// or a way through it, "closed through Rogers Pass";
			// an organisation's span only after "the" or before a noun it
			// modifies, "Birchfall Valley council": not "Town of Hay River"
			// nor "Silver Creek said", a town or a firm)
			if i > 0 && pred[i-1] == tagO && saintWords[words[i-1]] {
				i--
			}
			setSpan(pred, i, end, tLOC)
		}
	}
}

// placeModifies reports a word in lower case at end that a place's name
// before it may modify ("Larkspur Valley areas", "Birchfall Falls terminal
// station"): not a verb a subject takes (sayWords, verbsAfterSubject) nor a
// past form.
func placeModifies(words []string, end int) bool {
	if end >= len(words) || !startsLower(words[end]) {
		return false
	}
	w := words[end]
	return !sayWords[w] && !verbsAfterSubject[w] && !strings.HasSuffix(w, "ed")
}

// verbsAfterSubject are auxiliaries and the -s forms of verbs of speech
// and intent that follow a body's name as its subject: "Silver Creek
// announces", "Silver Creek will".
var verbsAfterSubject = map[string]bool{"is": true, "are": true, "was": true, "were": true, "has": true, "have": true, "had": true,
	"will": true, "would": true, "can": true, "could": true, "may": true, "might": true, "should": true, "must": true,
	"plans": true, "wants": true, "announces": true, "confirms": true, "warns": true, "reports": true, "expects": true,
	"hopes": true, "urges": true, "argues": true, "notes": true, "adds": true, "claims": true, "states": true, "tells": true,
	"asks": true, "calls": true, "insists": true, "agrees": true}

// surnameWords are words of places' and firms' names that are surnames
// too: "Jane Slough" and "Mary Health" are people, "Grace Slough" may be
// either.
var surnameWords = map[string]bool{"slough": true, "inlet": true, "lagoon": true, "health": true, "pass": true}

// saintInsideOrgNames widens an organisation's span over a saint's
// abbreviation and the capitalised word before it, a place's name the
// tagger cut at the abbreviation's period: "Bay St. Kestrel Renewables
// Inc." (read as "Kestrel Renewables Inc."), "Port St. Lucie Utilities";
// not over a person's name or an article ("the St. Kestrel Society").
func saintInsideOrgNames(words []string, pred []tag) {
	for i, end := range entities(pred) {
		if pred[i].typ() != tORG || i < 2 || pred[i-1] != tagO || !saintWords[words[i-1]] || !startsUpper(words[i-2]) {
			continue
		}
		if t := pred[i-2]; t != tagO && (t.pos() != posU || t.typ() == tPER) || inLower(runOpeners, words[i-2]) || inLower(titles, words[i-2]) || inLower(calendarWords, words[i-2]) {
			continue
		}
		setSpan(pred, i-2, end, tORG)
	}
}

var saintWords = map[string]bool{"Saint": true, "St.": true, "Sainte": true, "Ste.": true}

// siteBefore reports a preposition of place before the span at i, over
// "the": "at the …", "outside …".
func siteBefore(words []string, i int) bool {
	j := i - 1
	if j >= 0 && strings.EqualFold(words[j], "the") {
		j--
	}
	if j < 0 {
		return false
	}
	switch strings.ToLower(words[j]) {
	case "at", "in", "near", "outside", "inside", "from", "to":
		return true
	}
	return false
}

// compassPoints may follow a street's head in its name: "King Street West".
var compassPoints = map[string]bool{"North": true, "South": true, "East": true, "West": true}

// placesOfThe joins a landform's word and the name after "of" or "of the"
// into one place, which the tagger cuts in two or reads as a person and a
// place: "Lake of the Woods" (and the hospital named for it), "Gulf of St.
// Lawrence", "Bay of Fundy".
func placesOfThe(words []string, pred []tag) {
	for i := 0; i+2 < len(words); i++ {
		if !startsUpper(words[i]) || !(inLower(placeOpeners, words[i]) || inLower(lakeWords, words[i])) || words[i+1] != "of" {
			continue
		}
		if pred[i] != tagO && pred[i].pos() != posU {
			continue // a longer name: "the Bank of Canada", "Acme Gulf of Mexico Ltd"
		}
		k := i + 2
		if words[k] == "the" {
			k++
		}
		e := k
		for e < len(words) && startsUpper(words[e]) && e-k < 6 && !inLower(titles, words[e]) && !inLower(localTitles, words[e]) {
			if x := entityEnd(pred, e); x > e {
				if pred[e].typ() == tPER {
					break // "near Lake of the Woods Mayor Jo Doe"
				}
				e = x
				continue
			}
			e++
		}
		if e == k || e-k > 6 || !noEntityCrosses(pred, k, e) {
			continue
		}
		clearTags(pred, i, e)
		setSpan(pred, i, e, tLOC)
		i = e - 1
	}
}

// institutionHeads end the names of institutions, which CoNLL tags ORG
// even when the tagger reads a saint's place in them ("St. Thomas
// University"); not "union" ("the Soviet Union").
var institutionHeads = map[string]bool{"university": true, "college": true, "board": true, "association": true,
	"society": true, "council": true, "committee": true, "commission": true, "agency": true, "department": true,
	"ministry": true, "institute": true, "foundation": true, "party": true, "corporation": true, "company": true,
	"school": true, "academy": true, "library": true, "legion": true}

// institutionNames relabels as ORG a LOC span of two words or more ending
// in an institution's head, or opening with a French one ("Université
// Laval", "Collège Boréal"; not a word English shares: "Union Station").
func institutionNames(words []string, pred []tag) {
	for i, end := range entities(pred) {
		if pred[i].typ() != tLOC || end-i < 2 {
			continue
		}
		if startsUpper(words[end-1]) && inLower(institutionHeads, words[end-1]) || frenchBodyHeads[words[i]] && !englishBodyWords[words[i]] {
			setSpan(pred, i, end, tORG)
		}
	}
}

// englishBodyWords are French words for bodies that English writes alike.
var englishBodyWords = map[string]bool{"Union": true, "Alliance": true, "Association": true, "Coalition": true, "Commission": true}

// listedPlaces relabels as LOC an organisation or a person of one or two
// words listed between two places in a list of places a preposition
// opens: "routes in Bathurst, Beresford, Petit-Rocher and Dalhousie" (not
// "New York City and Washington, Jo Doe said", where no place follows,
// nor "a deal among Ottawa, Stellantis and Ontario").
func listedPlaces(words []string, pred []tag) {
	isLoc := func(k int) bool { return k >= 0 && k < len(pred) && pred[k] != tagO && pred[k].typ() == tLOC }
	for i, end := range entities(pred) {
		if t := pred[i].typ(); t != tORG && t != tPER || end-i > 2 || i < 2 || end+1 >= len(words) {
			continue
		}
		if words[i-1] != "," || !isLoc(i-2) || words[end] != "," && words[end] != "and" || !isLoc(end+1) {
			continue
		}
		a := i - 2 // back over the places listed before it to the list's start
		for {
			for a > 0 && pred[a].pos() != posB && pred[a].pos() != posU {
				a--
			}
			if a >= 2 && words[a-1] == "," && isLoc(a-2) {
				a -= 2
				continue
			}
			break
		}
		if a > 0 && listOpeners[strings.ToLower(words[a-1])] {
			setSpan(pred, i, end, tLOC)
		}
	}
}

// listOpeners open a list of places.
var listOpeners = map[string]bool{"in": true, "across": true, "at": true, "to": true, "from": true, "near": true,
	"throughout": true, "around": true}

var lakeWords = map[string]bool{"lake": true, "lakes": true, "mount": true, "isle": true, "islands": true}

// personNouns are common nouns for people that an apposition after a
// person's name holds ("Jocelyn Reyes, a nurse"); nouns ending like agents
// ("operator", "lifeguard" aside) count too (agentNoun).
var personNouns = map[string]bool{
	"nurse": true, "mother": true, "father": true, "resident": true, "student": true, "lawyer": true, "doctor": true,
	"physician": true, "spokesperson": true, "spokeswoman": true, "spokesman": true, "owner": true, "member": true,
	"volunteer": true, "parent": true, "veteran": true, "survivor": true, "victim": true, "witness": true,
	"neighbour": true, "neighbor": true, "friend": true, "chef": true, "coach": true, "lifeguard": true, "mom": true,
	"dad": true, "grandmother": true, "grandfather": true, "wife": true, "husband": true, "son": true, "daughter": true,
	"nurse-practitioner": true, "chief": true, "guard": true, "clerk": true, "cook": true, "pilot": true, "nun": true,
	"guide": true, "captain": true, "elder": true, "retiree": true, "graduate": true, "widow": true, "widower": true,
	"brother": true, "sister": true, "cousin": true, "nephew": true, "niece": true, "aunt": true, "uncle": true,
	"grandson": true, "granddaughter": true, "fisherman": true, "mechanic": true, "paramedic": true, "midwife": true,
	"advocate": true, "candidate": true, "athlete": true, "priest": true, "rabbi": true, "imam": true,
}

// agentNoun reports a noun for a person by its ending: "operator",
// "teacher", "economist", "technician", "accountant".
func agentNoun(w string) bool {
	if personNouns[w] {
		return true
	}
	for _, s := range []string{"er", "or", "ist", "ian", "ant", "ent"} {
		if len(w) > len(s)+3 && strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// personAppositions relabels as PERSON an ORG or LOC span of two or three
// words that opens with a given name and that an apposition for a person
// follows: ", who", an age (", 44,"), or "a", "an" and a noun for a person
// within three words ("Brent Lachance, a heavy equipment operator"; an
// agent's ending before "of" is not enough: "a maker of").
func personAppositions(words []string, ti []tokInfo, pred []tag, sport bool) {
	for i, end := range entities(pred) {
		if t := pred[i].typ(); (t == tORG || t == tLOC) && nameLikeRun(words, ti, i, end) && (personAppositionAt(words, end, sport, inLower(commonGiven, words[i])) || t == tLOC && (bareRoleAfter(words, end) || namedSpeakerBetweenCommas(words, i, end))) {
			setSpan(pred, i, end, tPER)
		}
	}
}

// bareRoleAfter reports a role after the comma at end, within three words
// in lower case, its head before "of", "for" or "at": "Brent Amirault, executive
// director of the tourism association, said" (a place the gazetteer knows
// by the given name; an organisation may have such a role too: "Jordan
// Hydro, operator of the dam").
func bareRoleAfter(words []string, end int) bool {
	if end+2 >= len(words) || words[end] != "," {
		return false
	}
	for k := end + 1; k < len(words)-1 && k <= end+3 && startsLower(words[k]); k++ {
		if h := strings.ToLower(words[k]); (personNouns[h] || agentNoun(h)) && (words[k+1] == "of" || words[k+1] == "for" || words[k+1] == "at") {
			return true
		}
	}
	return false
}

// namedSpeakerBetweenCommas reports a name set off by commas after a
// phrase in lower case, with a verb of speech after it: "A spokesperson
// for the company, Brent Lachance, said …".
func namedSpeakerBetweenCommas(words []string, i, end int) bool {
	return i >= 2 && words[i-1] == "," && startsLower(words[i-2]) && end+1 < len(words) && words[end] == "," && (sayWords[words[end+1]] || words[end+1] == "explained" || words[end+1] == "confirmed")
}

// nameLikeRun reports a run [i, end) of two or three capitalised words
// that opens with a given name and holds no word of an organisation's or a
// place's name; not a known place ("Virginia Beach"), nor a location after
// a preposition of place ("the suburb of Santa Catarina").
func nameLikeRun(words []string, ti []tokInfo, i, end int) bool {
	if end-i < 2 || end-i > 3 || !givenNameAt(words, ti, i) {
		return false
	}
	for k := i + 1; k < end; k++ {
		if !startsUpper(words[k]) || inLower(orgHeads, words[k]) || inLower(orgTails, words[k]) || inLower(landHeads, words[k]) || inLower(placeHeads, words[k]) || inLower(clubWords, words[k]) {
			return false
		}
	}
	if ti != nil && ti[i].gazBits&(gazGPE|GazRegion) != 0 && ti[i].gazPos != posU {
		return false // (posB is zero: a match of several words)
	}
	return !(i > 0 && placePreps[words[i-1]] && startsUpper(words[i]))
}

// clubWords end the names of sports clubs and of places, never a person's:
// "Ross County", "Charlton Athletic", "Jackson Heights".
var clubWords = map[string]bool{"county": true, "city": true, "united": true, "athletic": true, "rovers": true, "heights": true}

// personAppositionAt reports an apposition for a person at token end (a
// comma): ", who" (in a sports report, where clubs take "who", "Aston
// Villa, who reached the final", only after a common given name), an age (", 44,"), or "a", "an" and a noun
// for a person within three words, as the phrase's last word ("a heavy
// equipment operator with", "a nurse recruited"; not "a former resort
// town").
func personAppositionAt(words []string, end int, sport, commonFirst bool) bool {
	if end+2 >= len(words) || words[end] != "," {
		return false
	}
	w := words[end+1]
	if w == "who" && (!sport || commonFirst) || isNumber(w) && words[end+2] == "," {
		return true
	}
	if w != "a" && w != "an" {
		return false
	}
	for k := end + 2; k < len(words) && k <= end+4 && !startsUpper(words[k]) && words[k] != "," && words[k] != "of"; k++ {
		if w := strings.ToLower(words[k]); (personNouns[w] || agentNoun(w)) && phraseEnds(words, k+1) {
			return true
		}
	}
	return false
}

// phraseEnds reports a noun phrase ending before token k: anything but a
// word in lower case that may go on with it ("a former resort town", "a
// power provider"): a preposition, a conjunction, "who", "whose", an
// adverb of place, a participle ("a nurse recruited from", "a researcher
// studying") end it.
func phraseEnds(words []string, k int) bool {
	if k >= len(words) || !startsLower(words[k]) {
		return true
	}
	w := words[k]
	return phraseEnders[w] || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")
}

var phraseEnders = map[string]bool{
	"with": true, "at": true, "in": true, "from": true, "for": true, "who": true, "whose": true, "on": true, "and": true,
	"or": true, "near": true, "by": true, "since": true, "there": true, "here": true, "downtown": true, "out": true,
	"of": true, "'s": true, "’s": true, "to": true,
}

// startsLower reports a word opening with a small letter.
func startsLower(w string) bool {
	for _, r := range w {
		return unicode.IsLower(r)
	}
	return false
}

// isNumber reports a token of digits: "44".
func isNumber(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// anyTitles are all the titles package namewords knows, those that stay
// out of an entity's span ("Sir", "King", "Sheikh") too.
var anyTitles = namewords.Titles(0)

// givenNameAt reports a given name at token k that the unlabelled text
// mostly writes capitalised, or never shows (not "Bear", "Given", "Can"):
// the wider list of given names holds common words.
func givenNameAt(words []string, ti []tokInfo, k int) bool {
	return inLower(givenNames, words[k]) && (ti == nil || ti[k].capr == 0 || ti[k].capr >= 4)
}

// givenNameBefore widens a PERSON span over a given name before it
// that the tagger left out ("lifeguard Mei Ling Tsang", "tennis great
// Billie Jean King"), when a word in lower case comes before that name (a
// capitalised word opening a sentence may be anything: "Given Obama's
// rating"; nor a word the tagger read as a nationality, "German Anke
// Huber", nor before a title, "Majesty King Hassan").
func givenNameBefore(words []string, ti []tokInfo, pred []tag) {
	for i, end := range entities(pred) {
		if i < 2 {
			continue
		}
		if pred[i].typ() == tPER && pred[i-1] == tagO && startsUpper(words[i-1]) && givenNameAt(words, ti, i-1) && !inLower(anyTitles, words[i-1]) && !inLower(anyTitles, words[i]) &&
			!inLower(calendarWords, words[i-1]) && startsLower(words[i-2]) {
			setSpan(pred, i-1, end, tPER)
		}
	}
}

// commonNounBeforeName takes out of a PERSON span the word opening its
// sentence that the unlabelled text mostly writes in lower case, before a
// given name: "Rookie Tom Doe scored twice", "Geographer Ann Roy, who
// studies …" (a role written capitalised because it opens the sentence; a
// word the unlabelled text has too seldom to tell, when it is a noun for
// a person: an agent's ending or a player's role).
func commonNounBeforeName(words []string, ti []tokInfo, pred []tag) {
	if ti == nil || len(words) < 3 || pred[0] == tagO || pred[0].typ() != tPER || pred[0].pos() != posB {
		return
	}
	c, w := ti[0].capr, strings.ToLower(words[0])
	if (c >= 1 && c <= 3 || c == 0 && (agentNoun(w) || sportsRoles[w])) && givenNameAt(words, ti, 1) && !inLower(anyTitles, words[0]) && !givenName(words[0]) {
		if end := entityEnd(pred, 0); end > 2 {
			clearTags(pred, 0, end)
			setSpan(pred, 1, end, tPER)
		}
	}
}

// sportsRoles are nouns for players that open a sentence before a
// player's name: "Rookie Tom Doe scored twice".
var sportsRoles = map[string]bool{"rookie": true, "goalie": true, "defenceman": true, "defenseman": true, "forward": true} // (not "winger", "goaltender": agentNoun's)

// givenNameCompound tags PER a given name and the compound surname after
// it that the tagger left untagged (or tagged MISC), the given name read
// as nothing, a place or a person alone ("president, Nadia Ferreira-Lund,
// read"), or read with a title before it as one organisation ("MNA Maude
// Gagnon-Okafor"): a capitalised word of two capitalised parts joined by a
// hyphen, as Canadian and Latin names are; not after a month, nor a place
// the gazetteers know, nor after a capitalised word other than a title
// ("In June Saint-Sauveur council"; "Liberal MLA Fiona Chisholm-Bent" is a
// person).
func givenNameCompound(words []string, ti []tokInfo, pred []tag) {
	for i := 1; i+1 < len(words); i++ {
		j := i + 1
		if !free(pred[j]) || !compoundName(words[j]) || !givenNameAt(words, ti, i) || inLower(anyTitles, words[i]) || inLower(calendarWords, words[i]) {
			continue
		}
		if pred[i].typ() == tORG && pred[i].pos() == posL && i >= 2 && inLower(anyTitles, words[i-1]) && (ti == nil || ti[j].gazBits&(gazGPE|GazRegion) == 0) {
			// "Superior Court Justice Nadine Osei-Tutu": the court's
			// name ends before the title, which ends before the person.
			s := i
			for s > 0 && pred[s].pos() != posB {
				s--
			}
			if s < i-1 {
				setSpan(pred, s, i-1, tORG)
				pred[i-1] = tagO
				setSpan(pred, i, j+1, tPER)
			} else if s == i-1 {
				// "MNA Maude Gagnon-Okafor": the title and the given
				// name were one organisation.
				pred[i-1] = tagO
				setSpan(pred, i, j+1, tPER)
			}
			continue
		}
		if !(free(pred[i]) || (pred[i].typ() == tLOC || pred[i].typ() == tPER) && pred[i].pos() == posU) || ti != nil && ti[j].gazBits&(gazGPE|GazRegion) != 0 {
			continue
		}
		if !startsLower(words[i-1]) && words[i-1] != "," && words[i-1] != "(" && !inLower(anyTitles, words[i-1]) {
			continue // "In June Saint-Sauveur council", "Austin Pro-Choice activists": a capitalised word before may be anything (a title before the name aside: "Liberal MLA Fiona Chisholm-Bent")
		}
		if p, _, _ := strings.Cut(words[j], "-"); inLower(compoundPrefixes, p) {
			continue // "Georgia Pro-Trump groups"
		}
		if j+1 < len(words) && startsUpper(words[j+1]) {
			continue // a longer name, which the tagger decides
		}
		setSpan(pred, i, j+1, tPER)
	}
}

// compoundPrefixes open compounds that are no surnames ("Pro-Trump").
var compoundPrefixes = map[string]bool{"pro": true, "anti": true, "non": true, "post": true, "pre": true, "ex": true, "neo": true, "pan": true, "mid": true, "trans": true}

// compoundName reports a word of two capitalised parts joined by a hyphen:
// "Ferreira-Lund", "Lachapelle-Wynne".
func compoundName(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	return ok && startsUpper(a) && startsUpper(b) && !strings.Contains(b, "-")
}

// landHeads end the names of landforms ("Stuart Lake", "the Fraser
// Canyon", "Kellan Bay"), landOpeners open names of places ("Cape Breton",
// "Fort St. James", "Mount Pearl"): a PERSON span so named is a place,
// unless it opens with a given name and no article or preposition only
// places take comes before it ("in Mary River", "near Stuart Lake", "The
// Kellan Bay harbour bridge"; not "Ricki Lake", "according to Tom Ridge",
// "the appointment of Tom Ridge", "appeared on Ricki Lake"), or the same
// name was made a place so in an earlier sentence ("the people of Kellan
// Bay" after "the Kellan Bay bridge"); never a name whose last word is a
// person's named before ("Michael Bay said … The Michael Bay film").
var (
	landHeads   = map[string]bool{"river": true, "creek": true, "lake": true, "ridge": true, "valley": true, "falls": true, "harbour": true, "harbor": true, "island": true, "glacier": true, "canyon": true, "bay": true, "cove": true, "inlet": true}
	landOpeners = map[string]bool{"cape": true, "mount": true, "mt.": true, "lake": true, "port": true, "fort": true}
	placePreps  = map[string]bool{"the": true, "of": true, "in": true, "on": true, "near": true, "along": true, "across": true, "at": true, "to": true, "from": true, "into": true}
	landPreps   = map[string]bool{"the": true, "along": true, "across": true, "near": true, "into": true, "in": true}
)

// placeFollowers are the nouns after a place's name that a person's name
// does not take: "The Kellan Bay harbour bridge", "the Kellan Bay area".
// sayWords after a name make it a speaker, whom an earlier place of that
// name does not turn into a place ("Riley Bay said").
var (
	placeFollowers = map[string]bool{"harbour": true, "harbor": true, "bridge": true, "area": true, "region": true, "community": true, "residents": true,
		"waterfront": true, "shoreline": true, "wharf": true, "marina": true, "road": true, "highway": true, "ferry": true, "watershed": true, "coast": true}
	sayWords = map[string]bool{"said": true, "says": true, "told": true, "added": true, "wrote": true}
)

// landPlaces relabels as LOC a PERSON span named as a landform or a place
// (landHeads, landOpeners), and one after a preposition of place that a
// comma and "where" follow ("on to Prince George, where a reception centre
// has opened"; not "a rally with Doe and Roe, where"): people take "who".
// places holds the landform names made places so far in the document,
// surnames the last words of its persons so far (nil: none kept).
func landPlaces(words []string, pred []tag, places, surnames map[string]bool) {
	for i, end := range entities(pred) {
		if pred[i].typ() == tPER {
			land := end-i >= 2 && inLower(landHeads, words[end-1]) && startsUpper(words[end-1])
			unusualGiven := !inLower(commonGiven, words[i]) // "Kellan Bay", not "Jordan Bay": a sentence's "The" and an earlier place decide only for a rare name
			capitalThe := i > 0 && words[i-1] == "The"
			placeNext := end < len(words) && placeFollowers[words[end]] // "The Kellan Bay harbour bridge", not "The Corbin Bay fishing camp"
			speaks := end < len(words) && (sayWords[words[end]] || words[end] == ",")
			key := ""
			if land && places != nil {
				key = strings.ToLower(strings.Join(words[i:end], " "))
			}
			named := end-i >= 2 && inLower(landOpeners, words[i]) ||
				land && (!inLower(givenNames, words[i]) || (i > 0 && landPreps[words[i-1]] || unusualGiven && (capitalThe && placeNext || places[key] && !speaks)) && !inLower(surnames, words[end-1]))
			where := end+1 < len(words) && words[end] == "," && words[end+1] == "where" && i > 0 && placePreps[words[i-1]] && words[i-1] != "of"
			if named || where {
				setSpan(pred, i, end, tLOC)
				if key != "" {
					places[key] = true
				}
			}
		}
	}
}

// namedAs tags PER the name someone gave or was identified by after "as":
// "who gave his name only as Kyle", "identified only by his first name,
// Kyle,", and after a person ("who", "a woman") "identified only as Jo",
// "known only as Dee" (the tagger reads
// a lone given name as anything; "The property, known only as Lot 12" is
// none). One or two
// capitalised words, no organisation's head, and not inside another
// entity that goes on.
func namedAs(words []string, pred []tag) {
	for i := 2; i+1 < len(words); i++ {
		if !(words[i] == "as" && nameBeforeAs(words, i) || words[i] == "," && nameBeforeComma(words, i)) {
			continue
		}
		end := i + 1
		for end < len(words) && end < i+3 && startsUpper(words[end]) && !isCapsWord(words[end]) && !inLower(orgHeads, words[end]) {
			end++
		}
		if end == i+1 || end < len(words) && startsUpper(words[end]) || !noEntityCrosses(pred, i+1, end) {
			continue
		}
		clearTags(pred, i+1, end)
		setSpan(pred, i+1, end, tPER)
	}
}

// nameBeforeAs reports "his name as", "his name only as", "identified
// only as" or "known only as" ending at the "as" at i.
func nameBeforeAs(words []string, i int) bool {
	k := i - 1
	only := words[k] == "only"
	if only {
		k--
	}
	switch strings.ToLower(words[k]) {
	case "name":
		return k > 0 && (possessivePronouns[strings.ToLower(words[k-1])] || words[k-1] == "first")
	case "identified", "known":
		return only && personBefore(words, k) // (not "the company, identified as Acme Holdings", "The property, known only as Lot 12")
	}
	return false
}

// personBefore reports "who" or a noun for a person among the eight words
// before k: "a woman who asked to be identified only as", "one man,
// known only as".
func personBefore(words []string, k int) bool {
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		if w := strings.ToLower(words[j]); w == "who" || personNouns[w] || peopleNouns[w] {
			return true
		}
	}
	return false
}

// peopleNouns are the nouns for anyone that personNouns, nouns of roles,
// leave out.
var peopleNouns = map[string]bool{"man": true, "woman": true, "person": true, "boy": true, "girl": true, "teen": true,
	"teenager": true, "driver": true, "worker": true}

// nameBeforeComma reports "by his first name," or "by her name," ending
// at the comma at i: "identified only by his first name, Kyle,".
func nameBeforeComma(words []string, i int) bool {
	k := i - 1
	if words[k] != "name" {
		return false
	}
	k--
	if k >= 0 && words[k] == "first" {
		k--
	}
	return k >= 1 && possessivePronouns[strings.ToLower(words[k])] && words[k-1] == "by"
}

var possessivePronouns = map[string]bool{"his": true, "her": true, "their": true}

// compassRegions relabels as LOC an organisation or person named as a
// region by its compass point after "the": "the North Coast", "the West
// Shore", "the Southern Interior", and "the southern Interior" (one capitalised region word after a
// compass adjective), which no capitalised word or number follows (not a
// firm's or team's short name: "North Coast said", "West Coast beat …").
func compassRegions(words []string, pred []tag) {
	for i, end := range entities(pred) {
		if t := pred[i].typ(); t != tORG && t != tPER {
			continue
		}
		head := strings.ToLower(words[end-1])
		if !regionHeads[head] || end < len(words) && (startsUpper(words[end]) || startsDigit(words[end])) {
			continue // (a name goes on; a results table's team: "West Coast 24")
		}
		if end-i == 2 && (compassPoints[words[i]] || compassWords[words[i]]) && i > 0 && strings.EqualFold(words[i-1], "the") ||
			end-i == 1 && i >= 2 && startsLower(words[i-1]) && compassWords[strings.ToUpper(words[i-1][:1])+words[i-1][1:]] && strings.EqualFold(words[i-2], "the") {
			setSpan(pred, i, end, tLOC)
		}
	}
}

// placeOfPerson relabels as LOC a one-word person's name right after a
// person's name and "of", before no other capitalised word, possessive or
// "and": "Mayor Tom Birch of Halloway said" names where the mayor is from
// ("the son of Jo Doe" has no name before "of"; "a portrait by Jo Doe of
// Tom Birch", "Dana Birch of Marsh's office" and "Tom Birch of Birch and
// Sons" keep theirs).
func placeOfPerson(words []string, pred []tag) {
	for i, end := range entities(pred) {
		if pred[i].typ() != tPER || end-i != 1 || i < 2 || words[i-1] != "of" || pred[i-2] == tagO || pred[i-2].typ() != tPER {
			continue
		}
		if end < len(words) && (startsUpper(words[end]) || possessiveMark(words[end]) || words[end] == "and" || words[end] == "&") {
			continue // (not "of Tom Birch's office", "of Birch and Sons")
		}
		setSpan(pred, i, end, tLOC)
	}
}

// portfolioFields are the fields a department's list names that the
// tagger may read as bodies of one word ("Forestry"), not firms ("Hydro",
// "Telus").
var portfolioFields = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`forestry fisheries mines mining tourism energy labour labor lands wildlife trade seniors culture
		sport recreation transportation transit highways municipal rural forests water economy skills wellness aquaculture`) {
		m[w] = true
	}
	for w := range departmentFields {
		m[w] = true
	}
	for w := range researchFields {
		m[w] = true
	}
	return m
}()

// memberHeads end a union named by its members' trades: "Wood, Paper and
// Allied Workers".
var memberHeads = map[string]bool{"workers": true, "employees": true}

// tradesUnions tags ORG one union named by its members' trades joined by
// "and" after "the": "the Northern Mine and Mill Workers", "the United
// Food and Commercial Workers", whatever the tagger read in it (a person
// "Mill Workers", a mine "Northern Mine"); a run of one to three
// capitalised words, "and", and one to three more ending in a member's
// head, with no person's name before "and" ("Jo Doe and Mill Workers"
// takes no "the").
func tradesUnions(words []string, pred []tag) {
	for i := 1; i+3 < len(words); i++ {
		if !strings.EqualFold(words[i-1], "the") || !startsUpper(words[i]) {
			continue
		}
		n := i
		for n < len(words) && n < i+3 && startsUpper(words[n]) {
			n++
		}
		if n >= len(words) || words[n] != "and" {
			continue
		}
		e := n + 1
		for e < len(words) && e < n+4 && startsUpper(words[e]) {
			e++
		}
		if e == n+1 || !memberHeads[strings.ToLower(words[e-1])] || e < len(words) && startsUpper(words[e]) {
			continue
		}
		if pred[i] != tagO && pred[i].typ() == tPER && inLower(givenNames, words[i]) {
			continue
		}
		if !noEntityCrosses(pred, i, e) {
			continue // a name of its own runs over the edges
		}
		clearTags(pred, i, e)
		setSpan(pred, i, e, tORG)
		i = e
	}
}

// portfolioLists joins a department named by a list of its fields, which
// the tagger cuts at the list's comma: "Innovation, Science and Economic
// Development Canada" (read as a place and an organisation),
// "Department of Industry, Tourism and Investment" (an organisation and
// nothing). The list is one or two capitalised words, a comma, and a run
// of capitalised words holding "and" that ends the organisation (of two
// words or more, ending in "Canada" or a body's head: "Citizenship
// Canada", "Labor and Pensions Committee") or, after a "Department of" or
// "Ministry of" name, a lower-case word or punctuation; not a list of
// places ("Ontario, Quebec and Manitoba") or of firms ("Facebook, Twitter
// and Snapchat").
func portfolioLists(words []string, pred []tag) {
	for i, end := range entities(pred) {
		if pred[i].typ() != tORG {
			continue
		}
		// the organisation after the comma holds the list's "and", or
		// follows it ("Science and | Economic Development Canada")
		b := i
		tail := strings.ToLower(words[end-1])
		if s := entityStart(pred, i-1); i >= 2 && words[i-1] == "and" && s >= 0 && pred[s].typ() == tORG && s+1 < i-1 && words[s+1] == "," && end-i >= 2 && memberHeads[tail] && (s == 0 || !startsUpper(words[s-1])) {
			setSpan(pred, s, end, tORG) // the list read as a body of its own: "Wood, Paper | and | Allied Workers"
			continue
		}
		if i >= 2 && words[i-1] == "and" {
			for b = i - 1; b-1 >= 0 && b > i-4 && startsUpper(words[b-1]) && pred[b-1] == tagO; b-- {
			}
			if b == i-1 {
				b = -1
			}
		} else if !andInside(words, i, end) {
			b = -1
		}
		if b >= 2 && words[b-1] == "," && startsUpper(words[b-2]) && end-i >= 2 && (tail == "canada" || orgHeads[tail] || memberHeads[tail] && free(pred[b-2]) && (b < 3 || !startsUpper(words[b-3]))) {
			a := b - 2
			if a >= 1 && startsUpper(words[a-1]) && pred[a-1] == pred[a] {
				a-- // two words before the comma
			}
			if s := entityStart(pred, b-1); s >= 0 && s < a && pred[s].typ() == tORG {
				a = s // "Department of Industry , Tourism and Investment Canada"
			}
			setSpan(pred, a, end, tORG)
			continue
		}
		// a department's name goes on past its comma with the list, over
		// fields the tagger read as a person's name or as organisations of
		// one word ("Ministry of Water, Land and Coastal Stewardship",
		// "Department of Mines, Forestry and Tourism"; not "Jo Doe",
		// not initials)
		if end >= len(words) || words[end] != "and" && words[end] != "," {
			continue
		}
		head := i // "Ministry of …", also after its province: "New Brunswick Department of …"
		for head+1 < end && !(inLower(portfolioHeads, words[head]) && words[head+1] == "of") {
			head++
		}
		if end+1 < len(words) && words[end] == "and" && end-head >= 3 && (pred[end+1] == tagO || pred[end+1].pos() == posU) && startsUpper(words[end+1]) && inLower(portfolioFields, words[end+1]) &&
			(end+2 == len(words) || !startsUpper(words[end+2])) {
			setSpan(pred, i, end+2, tORG) // "the Ministry of Transportation and Transit" (the second field read as a body)
			continue
		}
		if end+3 < len(words) && words[end] == "," && end-head >= 3 {
			j := end + 1
			for j < len(words) && (free(pred[j]) || pred[j].typ() == tPER && !inLower(givenNames, words[j]) || (pred[j] == mkTag(tORG, posU) || pred[j] == mkTag(tLOC, posU)) && inLower(portfolioFields, words[j])) && !inLower(calendarWords, words[j]) && !inLower(titles, words[j]) &&
				!(pred[j] == mkTag(tMISC, posU) && j+1 < len(words) && startsLower(words[j+1])) && !strings.EqualFold(words[j], "prime") && // (not "American and Canadian universities")
				(startsUpper(words[j]) || words[j] == "and" && j > end+1 && j+1 < len(words) && startsUpper(words[j+1]) ||
					words[j] == "," && j > end+1 && j+1 < len(words) && inLower(portfolioFields, words[j+1])) { // (a longer list: "Department of Communities, Culture, Tourism and Heritage"; not ", Tanis Doucet said")
				j++
			}
			if andInside(words, end+1, j) && j > end+3 && j <= end+8 && (j == len(words) || !startsUpper(words[j])) {
				setSpan(pred, i, j, tORG)
			}
		}
	}
}

// portfolioHeads open a department's name before "of" and its fields.
var portfolioHeads = map[string]bool{"department": true, "ministry": true}

// andInside reports "and" inside the span [i, end), not at its ends.
func andInside(words []string, i, end int) bool {
	for k := i + 1; k < end-1; k++ {
		if words[k] == "and" {
			return true
		}
	}
	return false
}

// regionHeads end a region's name after a compass point.
var regionHeads = map[string]bool{"coast": true, "shore": true, "interior": true, "arctic": true, "prairies": true, "plains": true}

// orgOfWords widens an organisation's span over "for", "of" or "on" and
// the capitalised words after its head ("the State Administration for
// Market Regulation", "the Australasian Centre for Corporate
// Responsibility"), and joins two runs on a Romance particle ("Monte dei
// Paschi", the tagger having read "Monte" and "Paschi" apart).
func orgOfWords(words []string, pred []tag) {
	for i, end := range entities(pred) {
		if pred[i].typ() != tORG || end+1 >= len(pred) || !free(pred[end]) {
			continue
		}
		b := end
		switch {
		case (words[end] == "for" || words[end] == "of" || words[end] == "on") && inLower(orgHeads, words[end-1]):
			b = capitalRun(words, pred, end+1)
			if b == end+1 && pred[end+1] != tagO && pred[end+1].typ() == tORG {
				// A topic the tagger read as an organisation: "the
				// Commission on Presidential Debates"; not a firm, "the
				// Committee on Purdue Pharma".
				if e := entityEnd(pred, end+1); e > 0 && !inLower(orgTails, words[e-1]) && !inLower(orgHeads, words[e-1]) {
					b = e
				}
			}
		case orgParticles[words[end]]:
			if pred[end+1] != tagO && pred[end+1].typ() == tORG && entityEnd(pred, end+1) > 0 {
				b = entityEnd(pred, end+1) // "Monte" "dei" "Paschi", both read as organisations
			} else {
				b = capitalRun(words, pred, end+1)
			}
		}
		if b > end+1 {
			setSpan(pred, i, b, tORG)
		}
	}
}

// friendsOf makes one organisation of a group named as the friends of a
// place or a body ("Friends of the Larkspur River", "Friends of Kestrel
// Park"), whether the tagger read the place alone or the whole as a place;
// not the friends of a person ("Friends of Jo Doe gathered").
func friendsOf(words []string, pred []tag) {
	for i := 0; i+2 < len(words); i++ {
		if words[i] != "Friends" || words[i+1] != "of" || pred[i] != tagO && pred[i].pos() != posB && pred[i].pos() != posU { // (not inside a name begun before)
			continue
		}
		if e := entityEnd(pred, i); e > i+2 && pred[i].typ() != tPER && pred[e-1].typ() != tPER {
			if !modifiesPerson(words, pred, e) {
				setSpan(pred, i, e, tORG) // (read whole as a place)
			}
			i = e - 1
			continue
		}
		j := i + 2
		if words[j] == "the" && j+1 < len(words) {
			j++
		}
		e := entityEnd(pred, j)
		if pred[i] != tagO || pred[i+1] != tagO || j > i+2 && pred[j-1] != tagO || e < 0 || pred[j].typ() != tLOC && pred[j].typ() != tORG || modifiesPerson(words, pred, e) {
			continue
		}
		setSpan(pred, i, e, tORG)
		i = e - 1
	}
}

// modifiesPerson reports the words from e, after a place or a body, as
// the person it modifies: a noun for a person ("the Birchfall teen",
// "Larkspur resident Jo Doe") or a person's name ("Northgate Secondary
// School student Kyle Brant").
func modifiesPerson(words []string, pred []tag, e int) bool {
	if e >= len(words) {
		return false
	}
	if pred[e] != tagO && pred[e].typ() == tPER {
		return true
	}
	w := strings.ToLower(words[e])
	return startsLower(words[e]) && (personNouns[w] || peopleNouns[w] || agentNoun(w) || e+1 < len(words) && pred[e+1] != tagO && pred[e+1].typ() == tPER)
}

// frenchPartyNames makes an organisation of a party's name opening with
// "Bloc" or "Parti" ("Bloc Québécois MP Jo Doe", "the Parti Québécois"),
// which the tagger reads as a person's.
func frenchPartyNames(words []string, pred []tag) {
	for i, end := range entities(pred) {
		if pred[i].typ() != tORG && end-i >= 2 && (words[i] == "Bloc" || words[i] == "Parti") {
			setSpan(pred, i, end, tORG)
		}
	}
}

// residentsOfPlaces makes a name for the people of a province or a city
// ("Nova Scotians", "British Columbians", "New Brunswickers and
// Newfoundlanders") what CoNLL tags it, MISC, left out of the entities,
// when the tagger read it as a person, an organisation or a place (with a
// quantifier before it: "Many Albertans").
func residentsOfPlaces(words []string, pred []tag) {
	for i, end := range entities(pred) {
		if pred[i].typ() != tMISC && inLower(residentNames, words[end-1]) && !orgWordIn(words[i:end]) {
			setSpan(pred, i, end, tMISC)
		}
	}
}

// orgWordIn reports a word of an organisation's name among words: "of",
// "for" or a head ("The Coalition of Concerned Albertans", "the
// Association of Young Manitobans" stay organisations).
func orgWordIn(words []string) bool {
	for _, w := range words {
		if w == "of" || w == "for" || inLower(orgHeads, w) {
			return true
		}
	}
	return false
}

// residentNames are the plural names of the people of Canada's provinces
// and territories and of some of its cities.
var residentNames = map[string]bool{
	"canadians": true, "albertans": true, "manitobans": true, "ontarians": true, "quebecers": true, "quebeckers": true,
	"newfoundlanders": true, "labradorians": true, "brunswickers": true, "scotians": true, "columbians": true,
	"saskatchewanians": true, "yukoners": true, "nunavummiut": true, "torontonians": true, "montrealers": true,
	"vancouverites": true, "calgarians": true, "edmontonians": true, "winnipeggers": true, "haligonians": true,
}

// orgHeadAfter widens an organisation's span over the capitalised head
// right after it that the tagger left out ("Southwest Horizon School
// Division", read as "Southwest Horizon School"), or a capitalised word
// and the head ("Teamsters Canada Rail Conference"), or over a legal
// suffix ("Holtkamp Agri Holdings B.V.", "Groupe Wexford inc.").
func orgHeadAfter(words []string, pred []tag) {
	for i, end := range entities(pred) {
		if pred[i].typ() != tORG || end >= len(words) || pred[end] != tagO {
			continue
		}
		if startsUpper(words[end]) && inLower(orgHeads, words[end]) || legalSuffix[words[end]] {
			setSpan(pred, i, end+1, tORG)
		} else if n := end + 1; n < len(words) && pred[n] == tagO && startsUpper(words[end]) && startsUpper(words[n]) && inLower(orgHeads, words[n]) &&
			!inLower(titles, words[end]) && !inLower(givenNames, words[end]) && !inLower(calendarWords, words[end]) && (n+1 == len(words) || !startsUpper(words[n+1])) {
			setSpan(pred, i, n+1, tORG) // a field and the head: "Teamsters Canada Rail Conference" (read as "Teamsters Canada")
		}
	}
}

// headedOrgRuns tags ORG a run of two to six capitalised words after
// "the", ending in a word that heads an organisation's name, which the
// tagger left untagged or read in part as a place, a person or a name of
// no type ("Farmers in the Kestrel Creek Irrigation District", "The
// Lakeway Summer Theatre Festival will stage …", where it read "Theatre
// Festival" as a person). Not a run holding a person, nor one whose head
// the tagger read as a place ("the Russian Federation", "at the Larkspur
// Regional Hospital") or a name of no type ("the American League East
// Division"), nor in a sentence written in title case, nor one a longer
// name goes on after ("the Larkspur Trust Company of Canada" is the
// tagger's).
func headedOrgRuns(words []string, pred []tag) {
	if titleCase(words) {
		return
	}
	for k := 1; k+1 < len(words); k++ {
		if !strings.EqualFold(words[k-1], "the") || !startsUpper(words[k]) {
			continue
		}
		e := capitalRunNoOrg(words, pred, k)
		if e-k < 2 || e-k > 6 || !runHead(words[e-1]) || strings.EqualFold(words[e-1], "district") && !inLower(districtFields, words[e-2]) || pred[e-1] != tagO && pred[e-1].typ() != tPER || e < len(words) && (startsUpper(words[e]) || words[e] == "of") || !noEntityCrosses(pred, k, e) {
			k = e
			continue
		}
		person := false // a person's name in the run, unless the tagger read the head in it ("the Jo Doe Foundation"; not "Theatre Festival")
		for i := k; i < e-1; i++ {
			person = person || pred[i] != tagO && pred[i].typ() == tPER && (pred[i].pos() == posB || pred[i].pos() == posU) && entityEnd(pred, i) != e
		}
		if person {
			k = e
			continue
		}
		clearTags(pred, k, e)
		setSpan(pred, k, e, tORG)
		k = e
	}
}

// familyFirms tags as one ORG a family business named by its family and
// "and Sons" or the like: "Doucet and Sons", "Boulangerie Doucet et
// fils", "Birch & Daughters" (the tagger had read the family name as a
// place or a person, or the firm without its tail). The name before is
// the entity ending there or a run of up to four capitalised words.
func familyFirms(words []string, pred []tag) {
	for i := 1; i+1 < len(words); i++ {
		if !familyTails[words[i+1]] || !familyAnd[words[i]] || !startsUpper(words[i-1]) {
			continue
		}
		named := entityStart(pred, i) // a name that ends right before "and"
		a := named
		if t := pred[i-1]; a < 0 && t != tagO && (t.pos() == posI || t.pos() == posB) {
			// the whole name read as one span ("Déneigement Doucet et
			// Fils" as a work's title), not going on past the tail
			s := i - 1
			for s > 0 && pred[s] != tagO && pred[s].pos() == posI {
				s--
			}
			e := -1
			if pred[s] != tagO {
				e = spanEnd(pred, s, pred[s].typ())
			}
			if e < 0 || e > i+2 {
				continue
			}
			a = s // (cleared with the rest below; a trade's word before it joins: "Excavation Roy et Frères")
		} else if a < 0 {
			a = i
		}
		for named < 0 && a > 0 && i-a < 4 && startsUpper(words[a-1]) && !inLower(capitalFunctionWords, words[a-1]) && pred[a-1] == tagO {
			a--
		}
		end := i + 2
		if t := pred[i+1]; t != tagO && t.typ() == tORG && t.pos() == posB {
			end = entityEnd(pred, i+1) // "Tom Birch and Sons Ltd."
		} else if end < len(words) && (legalSuffix[words[end]] || splitSuffixes[words[end]]) {
			end++ // "Doucet et Fils inc." (its period put back on output)
		} else if end < len(words) && (startsUpper(words[end]) || words[end] == "of") {
			continue // a name goes on: "Jo Doe and Son Heung", "Sons of Norway"
		}
		if end < 0 || !noEntityCrosses(pred, a, end) {
			continue
		}
		clearTags(pred, a, end)
		setSpan(pred, a, end, tORG)
		i = end - 1
	}
}

var (
	familyAnd   = map[string]bool{"and": true, "&": true, "et": true}
	familyTails = map[string]bool{"Sons": true, "Son": true, "Daughters": true, "Daughter": true, "fils": true, "Fils": true, "frères": true, "Frères": true, "filles": true, "Filles": true}
)

// runHead reports a word that ends an organisation's name a run of
// capitalised words makes: a head of orgHeads ("Association", "Board";
// not a local government's, "City", "State", nor a place's, "House",
// "Centre") or a word for a body that list does not hold ("Irrigation
// District", "Theatre Festival", "Land Trust").
func runHead(w string) bool {
	return inLower(orgHeads, w) && !inLower(runHeadsNot, w) || inLower(runHeadsMore, w)
}

// districtFields name what a district that is a body serves ("Irrigation
// District", "School District"); other districts are places ("the
// Distillery District", "the Financial District").
var districtFields = map[string]bool{"irrigation": true, "school": true, "water": true, "health": true, "regional": true, "fire": true,
	"improvement": true, "conservation": true, "drainage": true, "library": true, "transit": true, "hospital": true, "sewer": true,
	"park": true, "parks": true, "recreation": true, "utility": true, "municipal": true, "planning": true}

var (
	runHeadsNot  = map[string]bool{"city": true, "state": true, "republic": true, "kingdom": true, "house": true, "centre": true, "center": true, "nation": true, "band": true, "church": true, "court": true, "school": true, "office": true, "party": true, "bank": true, "group": true, "co.": true, "co": true, "corp.": true, "corp": true, "inc.": true, "inc": true, "ltd.": true, "ltd": true, "museum": true}
	runHeadsMore = map[string]bool{"district": true, "festival": true, "trust": true, "network": true, "alliance": true, "coalition": true, "service": true, "services": true, "cooperative": true, "co-op": true, "collective": true}
)

// fieldPairs joins into one ORG two organisations the tagger split at
// "and" when the first ends in a field and the second names a body by
// another field and its head: "Summerland Research and Development
// Centre" (read as "Summerland Research" and "Development Centre"). Not
// two bodies each with its head ("Acme Corp. and Beta Inc.").
func fieldPairs(words []string, pred []tag) {
	for i, end := range entities(pred) {
		if pred[i].typ() != tORG || end-i < 2 || end+1 >= len(words) || words[end] != "and" || !inLower(researchFields, words[end-1]) {
			continue
		}
		n := end + 1
		if pred[n] == tagO || pred[n].typ() != tORG || pred[n].pos() != posB {
			continue
		}
		e := entityEnd(pred, n)
		if e < 0 || !(inLower(researchFields, words[n]) || inLower(departmentFields, words[n])) || !inLower(orgHeads, words[e-1]) {
			continue
		}
		setSpan(pred, i, e, tORG)
	}
}

// researchFields end the first half of a body's name split at "and"
// ("… Research and Development Centre", "… Science and Technology …").
var researchFields = map[string]bool{"research": true, "science": true, "sciences": true, "technology": true, "education": true,
	"training": true, "innovation": true, "development": true, "health": true, "safety": true, "environment": true}

// departmentPairs joins a department named by two fields and the country
// into one organisation: "Fisheries and Oceans Canada", "Crown-Indigenous
// Relations and Northern Affairs Canada", which the tagger read as a word
// and the organisation "Oceans Canada".
func departmentPairs(words []string, pred []tag) {
	for i, end := range entities(pred) {
		if pred[i].typ() != tORG || words[end-1] != "Canada" || end-i < 2 || i < 2 || words[i-1] != "and" || !startsUpper(words[i-2]) || !departmentFields[strings.ToLower(words[end-2])] {
			continue // (a department's field before the country: not "WestJet and Air Canada")
		}
		a := i - 2
		if pred[a] != tagO {
			if pred[a].typ() != tORG || pred[a].pos() != posL && pred[a].pos() != posU {
				continue
			}
			for a > 0 && pred[a].pos() != posB && pred[a].pos() != posU {
				a--
			}
		} else {
			for a > 0 && i-a < 6 && pred[a-1] == tagO && startsUpper(words[a-1]) && !inLower(runOpeners, words[a-1]) {
				a--
			}
		}
		setSpan(pred, a, end, tORG)
	}
}

// tradePairs tags ORG a name joined by two trades in its middle: "Larkspur
// Pulp and Paper", "Northgate Oil and Gas Ltd.", "Doucet Plumbing and
// Heating", which the tagger reads as a person or a place and a word
// (not "Larkspur and Northgate", whose words are no trades).
func tradePairs(words []string, pred []tag) {
	for k := 2; k+1 < len(words); k++ {
		if words[k] != "and" || !startsUpper(words[k-1]) || !startsUpper(words[k+1]) || !tradeWords[strings.ToLower(words[k-1])] || !tradeWords[strings.ToLower(words[k+1])] || !startsUpper(words[k-2]) {
			continue
		}
		name := func(w string) bool {
			return startsUpper(w) && !inLower(runOpeners, w) && !isCapsWord(w) && !inLower(calendarWords, w) && !inLower(titles, w) && !strings.EqualFold(w, "former")
		}
		a := k - 1
		for a > 0 && k-a < 5 && name(words[a-1]) {
			a-- // (not "On Tuesday Larkspur Oil and Gas", "Former Northgate Pulp and Paper")
		}
		b := k + 2
		if pred[k+1] != tagO && pred[k+1].typ() == tORG && entityEnd(pred, k+1) > 0 {
			b = entityEnd(pred, k+1) // "Pulp and Paper Co." read as "Paper Co."
		}
		for b < len(words) && b-k < 4 && name(words[b]) && pred[b] == tagO || b < len(words) && legalSuffix[words[b]] {
			b++ // (not "… Pulp and Paper President Jo Doe")
		}
		if a < k-1 && noEntityCrosses(pred, a, b) {
			setSpan(pred, a, b, tORG)
		}
	}
}

// saintsPlaces tags LOC a place named for a saint with a possessive,
// "St. John's", which the tagger reads as the person "John" (not "St.
// Patrick's Day", whose next word is capitalised, nor a name inside
// another, nor the possessive of a person named "St. John" in an earlier
// sentence).
func saintsPlaces(words []string, pred []tag, surnames map[string]bool) {
	for i := 0; i+2 < len(words); i++ {
		if w := words[i]; w == "" || w[0] != 'S' || !saintWords[w] || !startsUpper(words[i+1]) || words[i+2] != "'s" && words[i+2] != "’s" || i+3 < len(words) && startsUpper(words[i+3]) {
			continue
		}
		if surnames[strings.ToLower(words[i+1])] {
			continue // a person named "Amy St. John" before: "St. John's motion failed"
		}
		if (pred[i+1] == tagO || pred[i+1].typ() == tPER) && noEntityCrosses(pred, i, i+3) {
			setSpan(pred, i, i+3, tLOC)
		}
	}
}

// numberedRoads tags LOC a road named by its number: "Highway 16", "Hwy
// 401", "Route 138" (not a business or a bus route named for one).
func numberedRoads(words []string, pred []tag) {
	for i := 0; i+1 < len(words); i++ {
		if w := words[i]; w == "" || w[0] != 'H' && w[0] != 'R' && w[0] != 'A' && w[0] != 'I' || !roadWords[w] || !isNumber(strings.TrimRight(words[i+1], "ABCDEab")) || pred[i] != tagO && pred[i].typ() != tLOC {
			continue
		}
		if n := i + 2; n < len(words) && (startsUpper(words[n]) || strings.EqualFold(words[n], "bus")) {
			continue // a business or a bus route named for it: "The Highway 7 Motel", "the Route 4 bus"
		}
		if (pred[i+1] == tagO || pred[i+1].typ() == tLOC) && noEntityCrosses(pred, i, i+2) {
			setSpan(pred, i, i+2, tLOC)
		}
	}
}

var roadWords = map[string]bool{"Highway": true, "Hwy.": true, "Hwy": true, "Route": true, "Autoroute": true, "Interstate": true}

// tradeWords are trades that name firms in pairs: "Pulp and Paper", "Oil
// and Gas", "Sand and Gravel".
var tradeWords = map[string]bool{"pulp": true, "paper": true, "oil": true, "gas": true, "sand": true, "gravel": true, "heating": true, "cooling": true,
	"plumbing": true, "electric": true, "light": true, "power": true, "iron": true, "steel": true, "mining": true, "smelting": true, "lumber": true,
	"timber": true, "building": true, "supply": true, "water": true, "sewer": true, "excavating": true, "paving": true, "roofing": true, "siding": true}

// departmentFields are the last words of federal departments' fields
// (package namewords holds the one list).
var departmentFields = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range namewords.DepartmentFields() {
		m[w] = true
	}
	return m
}()

// orgParticles join the words of organisations' names in Romance
// languages: "Banca Monte dei Paschi", "Banco de Chile".
var orgParticles = map[string]bool{"dei": true, "di": true, "de": true, "del": true, "della": true, "des": true, "du": true, "do": true, "da": true}

// capitalRun returns the end of the untagged capitalised words from j, with
// "and" between two of them ("Science and Technology"; not into another
// entity, "the Committee on Purdue Pharma", nor over a word the tagger
// reads as a nationality before a noun, "on Russian interference"),
// up to a day, a month or a title ("on Monday", "of Prime Minister Jo
// Doe"); j when there are none.
func capitalRun(words []string, pred []tag, j int) int {
	k := j
	for k < len(words) && free(pred[k]) && !(pred[k] == mkTag(tMISC, posU) && k+1 < len(words) && startsLower(words[k+1])) && !inLower(calendarWords, words[k]) && !inLower(titles, words[k]) && !strings.EqualFold(words[k], "prime") {
		if startsUpper(words[k]) {
			k++
			continue
		}
		if words[k] == "and" && k > j && k+1 < len(words) && startsUpper(words[k+1]) {
			k++
			continue
		}
		break
	}
	for k > j && !startsUpper(words[k-1]) {
		k--
	}
	return k
}

// pluralTeams relabels as ORG a PERSON span of two words or more after
// "the" that ends in a plural: "the Regina Plainsmen", "the Saskatoon
// Prairie Hawks" (a person's name takes no article, but for a modifier
// after a given name, "the Bernie Sanders campaign"; a family's, "the
// Kennedys", is one word), when a place's name opens it or, in a sports
// report or a sentence with a score, it stands in a team's place ("The
// Larkspur Kestrels, who beat the Northgate Vipers 4-2"); a place so read, only in "-men" ("the Regina Plainsmen"; "the
// Rocky Mountains" is a place).
func pluralTeams(words []string, ti []tokInfo, pred []tag, sport bool) {
	score := -1 // a score in the sentence: -1 not yet looked for
	scored := func() bool {
		if score < 0 {
			score = 0
			if slices.ContainsFunc(words, ScoreToken) {
				score = 1
			}
		}
		return score == 1
	}
	for i, end := range entities(pred) {
		if i < 1 {
			continue
		}
		last := strings.ToLower(words[end-1])
		men := len(last) > 4 && strings.HasSuffix(last, "men") && (ti == nil || ti[end-1].gazBits&gazGPE == 0) // not "Yemen"
		// A plural after a place's name ("the Saskatoon Prairie Hawks"); not
		// a person's name before a noun ("the Chris Evans film", "the
		// Bernie Sanders campaign").
		plural := men || strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss") && (ti != nil && ti[i].gazBits&gazGPE != 0 || teamPlace(words, i, end) && (sport || scored())) && !inLower(givenNames, words[i])
		t := pred[i].typ()
		if (t == tPER && plural || t == tLOC && men) && end-i >= 2 && strings.EqualFold(words[i-1], "the") {
			setSpan(pred, i, end, tORG)
		}
	}
}

// teamPlace reports the name over words [i, end), after "the", in a
// team's place in a sports report: before a verb of the game or ", who"
// and one ("The Larkspur Kestrels, who beat the …"), or after a word that
// takes a team ("against the Larkspur Kestrels").
func teamPlace(words []string, i, end int) bool {
	if i >= 2 && teamWordsBefore[strings.ToLower(words[i-2])] {
		return true
	}
	if end+2 < len(words) && words[end] == "," && words[end+1] == "who" {
		end += 2
	}
	return end < len(words) && teamVerbsAfter[words[end]] && words[end] != "were" && words[end] != "are" && words[end] != "have"
}

// relativeAfterKind reports a kind noun right after an article, in an
// object's place, whose name a word in lower case follows: "is the company
// Musk runs", "after the firm Trump hired" are relative clauses, not "the
// retailer Amazon and …" or "the retailer Walmart said".
func relativeAfterKind(words []string, i, end int) bool {
	if i < 3 || !articleWords[strings.ToLower(words[i-2])] || end >= len(words) {
		return false
	}
	// In an object's place, after a verb or a preposition ("is the company
	// Musk runs"), not a subject ("On Monday, the retailer Walmart said").
	before, w := words[i-3], words[end]
	return startsLower(before) && before != "and" && before != "but" && before != "or" && startsLower(w) && w != "and" && w != "or"
}

var articleWords = map[string]bool{"the": true, "a": true, "an": true, "its": true, "his": true, "her": true, "their": true}

// bodyWords end the names of bodies whose office holders bear local
// titles: "Labour Party Mayor", "Lambeth Council Councillor" (not "Iowa
// City Mayor").
var bodyWords = map[string]bool{"party": true, "council": true, "board": true, "committee": true, "union": true, "group": true, "association": true}

// localTitles are the titles of a place's office holders: "Abbotsford
// Mayor Henry Braun".
var localTitles = map[string]bool{"mayor": true, "premier": true, "reeve": true, "warden": true, "councillor": true, "alderman": true}

// placeBeforeLocalTitle relabels as LOC an ORG span, or a PERSON span
// without a given name, right before a local office's title and a
// person's name, or a name of one word (not in capitals: "The CUPE town
// hall") before "city" or "town" and a noun of its government (cityNouns:
// "Kingston city councillor", "Larkspur town council"):
// "Abbotsford Mayor Henry Braun" is the mayor of the town;
// not a party or a council, "Labour Party Mayor", nor a local government
// named by its kind, "Municipality of Chester Warden Allen Webber".
func placeBeforeLocalTitle(words []string, pred []tag) {
	for i, end := range entities(pred) {
		t := pred[i].typ()
		if !(t == tORG && !inLower(bodyWords, words[end-1]) && !localKinds[words[i]] || t == tPER && !givenNameIn(words, i, end)) || end+1 >= len(pred) || pred[end] != tagO {
			continue
		}
		if startsUpper(words[end]) && inLower(localTitles, words[end]) && pred[end+1] != tagO && pred[end+1].typ() == tPER ||
			(words[end] == "city" || words[end] == "town" || words[end] == "township" || words[end] == "village") && cityNouns[words[end+1]] && end-i == 1 && !isCapsWord(words[i]) ||
			words[end] == "council" && end-i == 1 && !isCapsWord(words[i]) && !inLower(givenNames, words[i]) && (t == tPER || i > 0 && inLower(councilPreps, words[i-1])) {
			// (and "Kingston city councillor Jo Doe", "Larkspur town
			// council", "Larkspur council"; one read as a body only after a
			// preposition, "presented to Larkspur council", not "Unifor
			// council voted")
			setSpan(pred, i, end, tLOC)
		}
	}
}

// councilPreps put a town's council as an object: "a report presented to
// Larkspur council".
var councilPreps = map[string]bool{"to": true, "before": true, "at": true, "by": true}

// seatTitles hold a seat for a district: "the MHA for Harbour Main".
var seatTitles = map[string]bool{"mha": true, "mla": true, "mp": true, "mpp": true, "mna": true}

// policeForces are forces named by their initials, which a place before
// them makes a detachment: "Nanaimo RCMP", "Kenora OPP".
var policeForces = map[string]bool{"RCMP": true, "OPP": true, "SQ": true, "GRC": true}

// ridingsAndForces makes the name after "the MLA for" an electoral
// district (a place, which the tagger read as a person: "the MHA for
// Harbour Main"), and a place joined to a police force's initials one
// organisation ("Nanaimo RCMP", read as a person).
func ridingsAndForces(words []string, pred []tag) {
	for i, end := range entities(pred) {
		if end == i+1 && end+1 < len(words) && words[end] == "for" && inLower(seatTitles, words[i]) {
			clearTags(pred, i, end) // "the MHA for …": a title
			continue
		}
		if pred[i].typ() == tPER && i >= 2 && words[i-1] == "for" && inLower(seatTitles, words[i-2]) && !(end < len(words) && (words[end] == "'s" || words[end] == "’s")) && !givenNameIn(words, i, end) {
			// (not "an MLA for Rachel Notley's NDP", nor the riding and
			// the member run together: "MP for Nepean Chandra Arya")
			setSpan(pred, i, end, tLOC)
			continue
		}
		if pred[i].typ() != tORG && policeForces[words[end-1]] && end-i >= 2 {
			setSpan(pred, i, end, tORG)
		}
	}
}

// seatInitials are the seat titles as written before a member's name, two
// or three capitals opening with M.
var seatInitials = map[string]bool{"MLA": true, "MP": true, "MPP": true, "MNA": true, "MHA": true}

// partyWords name a party or a member's standing, which come before a
// seat title as a riding does: "NDP MLA", "Former Liberal MP".
var partyWords = map[string]bool{"conservative": true, "liberal": true, "ndp": true, "bloc": true, "green": true,
	"pc": true, "progressive": true, "ucp": true, "pq": true, "caq": true, "québécois": true, "solidaire": true,
	"independent": true, "opposition": true, "government": true, "party": true, "former": true, "veteran": true,
	"rookie": true, "longtime": true, "new": true, "backbench": true, "cabinet": true, "federal": true, "provincial": true}

// ridingBeforeSeat makes the capitalised words right before a seat's
// initials and a person's name an electoral district, a place: "Saint
// John Harbour MLA Yusuf Haddad", "Halifax Needham MLA Suzy Hansen"
// (read as a person or an organisation), over hyphens and a possessive
// inside ("St. John's East MP"); not a party or a standing ("NDP MLA",
// "Former MP"), which are left as they are.
func ridingBeforeSeat(words []string, pred []tag) {
	for i := 1; i+1 < len(words); i++ {
		if w := words[i]; len(w) < 2 || len(w) > 3 || w[0] != 'M' || !seatInitials[w] || pred[i+1] == tagO || pred[i+1].typ() != tPER || pred[i+1].pos() != posB && pred[i+1].pos() != posU {
			continue
		}
		a := i
		for a-1 >= 0 && (startsUpper(words[a-1]) || a-2 >= 0 && startsUpper(words[a-2]) && startsUpper(words[a]) && (words[a-1] == "-" || words[a-1] == "'s" || words[a-1] == "’s")) {
			a--
		}
		for a < i && inLower(runOpeners, words[a]) {
			a++ // "The Saint John MLA", "Meanwhile, …" opening the sentence
		}
		if a == i || inLower(titles, words[a]) {
			continue
		}
		party := false
		for k := a; k < i; k++ {
			// (nor a day, a possessive, a title or a portfolio: "On
			// Tuesday MLA", "Our MLA", "Speaker MLA", "Northern Affairs
			// MLA")
			if p, no := seatModifier(words[k]); p || no {
				party = true
			}
		}
		if party || !noEntityCrosses(pred, a, i) {
			continue
		}
		clearTags(pred, a, i)
		setSpan(pred, a, i, tLOC)
	}
}

// seatTail takes a seat's initials off the end of a name no person's name
// follows ("the NDP MLA said", "the Regina MLA said", read as one
// organisation): the seat is a person's title, the words before it a
// party (ORG) or an electoral district (LOC); a day, a title, a
// possessive or a word opening the sentence before it ("Our MLA", "The
// MLA") makes them no name at all.
func seatTail(words []string, pred []tag) {
	for i, end := range entities(pred) {
		h := end - 1
		if end-i < 2 || !seatInitials[words[h]] || end < len(words) && pred[end] != tagO && pred[end].typ() == tPER {
			continue
		}
		party, none := false, false
		for k := i; k < h; k++ {
			p, no := seatModifier(words[k])
			party = party || p
			none = none || !p && (no || inLower(runOpeners, words[k]))
		}
		clearTags(pred, i, end)
		switch {
		case party && !none:
			setSpan(pred, i, h, tORG)
		case !none:
			setSpan(pred, i, h, tLOC)
		}
	}
}

// seatModifier tells what a word before a seat's initials makes of the
// words before them: a party ("NDP MLA", or a word in capitals), or no
// district at all (a day, a title, a possessive or a portfolio: "On
// Tuesday MLA", "Speaker MLA", "Our MLA", "Northern Affairs MLA").
func seatModifier(w string) (party, noDistrict bool) {
	if inLower(partyWords, w) || isCapsWord(w) {
		return true, false
	}
	return false, inLower(calendarWords, w) || inLower(anyTitles, w) || inLower(notRidingWords, w) || portfolios[w]
}

// runOpeners are function words that open a sentence in capitals before
// a name without being part of it.
var runOpeners = map[string]bool{"the": true, "a": true, "an": true, "this": true, "that": true, "meanwhile": true,
	"however": true, "but": true, "and": true, "then": true, "also": true, "when": true, "while": true, "after": true,
	"before": true, "as": true, "in": true, "on": true, "at": true, "for": true, "of": true, "by": true, "with": true, "from": true}

// timeAdverbs open a sentence before a name without being part of it.
var timeAdverbs = map[string]bool{"yesterday": true, "today": true, "tomorrow": true, "tonight": true, "now": true, "earlier": true, "later": true}

// notRidingWords come before a seat's title without naming a district:
// possessives and the words of portfolios.
var notRidingWords = map[string]bool{"our": true, "my": true, "their": true, "his": true, "her": true, "your": true, "its": true,
	"affairs": true, "relations": true, "services": true, "health": true, "mental": true, "addictions": true, "speaker": true}

// givenNameIn reports a given name among words [a, b).
func givenNameIn(words []string, a, b int) bool {
	for i := a; i < b; i++ {
		if inLower(givenNames, words[i]) {
			return true
		}
	}
	return false
}

// pairedPlaces are places named by two names joined by "and".
var pairedPlaces = map[string]bool{
	"newfoundland labrador": true, "trinidad tobago": true, "bosnia herzegovina": true, "antigua barbuda": true,
	"turks caicos": true, "kitts nevis": true, "tome principe": true, "heard mcdonald": true,
}

// pairedPlaceOrgs makes one place of a place named by two names, which
// the tagger splits at its "and" ("Newfoundland and Labrador"), and one
// organisation of such a place and an organisation named after it:
// "Newfoundland and Labrador Health Services".
func pairedPlaceOrgs(words []string, pred []tag) {
	for i := 0; i+2 < len(words); i++ {
		if pred[i] == tagO || pred[i].typ() != tLOC || pred[i].pos() != posU || words[i+1] != "and" || pred[i+2] == tagO {
			continue
		}
		if !pairedPlaces[strings.ToLower(words[i])+" "+strings.ToLower(words[i+2])] {
			continue // not "Canada and China Southern Airlines"
		}
		if pred[i+2] == mkTag(tLOC, posU) {
			setSpan(pred, i, i+3, tLOC)
		} else if end := spanEnd(pred, i+2, tORG); end > 0 {
			setSpan(pred, i, end, tORG)
		}
	}
}

// lawNames clears a span that names a law ("the CARES Act", "the Digital
// Services Act"): a MISC in CoNLL's guidelines, not an organisation.
func lawNames(words []string, pred []tag) {
	for i, end := range entities(pred) {
		if end-i >= 2 && words[end-1] == "Act" {
			clearTags(pred, i, end)
		}
	}
}

// eventHeads end the names of events, awards and funds named after a
// person: "the Gwen Doe Invitational", "the Jo Roe Memorial Trophy", "the
// Al Poe Scholarship".
var eventHeads = map[string]bool{
	"invitational": true, "classic": true, "memorial": true, "trophy": true, "cup": true, "award": true,
	"awards": true, "prize": true, "scholarship": true, "bursary": true, "lecture": true, "tournament": true,
	"marathon": true, "festival": true,
}

// eventNames drops a PERSON span that ends with an event's head
// (eventHeads) and holds three words or follows "the": it names the event,
// not the person, and a person's name written inside it is still that
// person's. (Two words alone may be a person: "Lucy Festival said".)
func eventNames(words []string, pred []tag) {
	for i, end := range entities(pred) {
		if pred[i].typ() == tPER && (end-i >= 3 || end-i == 2 && i > 0 && strings.EqualFold(words[i-1], "the")) && startsUpper(words[end-1]) && inLower(eventHeads, words[end-1]) {
			setSpan(pred, i, end, tMISC)
		}
	}
}

// free reports a token outside PERSON, ORG and LOC spans.
func free(t tag) bool { return t == tagO || t.typ() == tMISC }

// leadingParticles may open a surname written alone: "von der Leyen", "de
// Blasio", "dos Santos" (not "la", "al": "a la Casa Blanca").
var leadingParticles = map[string]bool{"von": true, "van": true, "der": true, "den": true, "de": true, "da": true, "di": true, "du": true, "dos": true, "das": true, "del": true, "della": true}

// nameParticleSpans widens a PERSON span over the particles of its name:
// "von der Leyen" (particles opening the name, after a word in lower
// case), "Abdullah bin Zayed al-Nahyan" (particles and capitalised words
// after it).
func nameParticleSpans(words []string, pred []tag) {
	for i, end := range entities(pred) {
		if pred[i].typ() != tPER {
			continue
		}
		a := i
		for a > 0 && free(pred[a-1]) && leadingParticles[words[a-1]] {
			a--
		}
		if a > 0 && startsUpper(words[a-1]) {
			a = i // "Jo Doe de Leon"? the span before decides; "of" and the like are no particles
		}
		b := end
		for b < len(pred) && free(pred[b]) {
			if hyphenedName(words[b]) {
				b++ // "al-Nahyan"
				continue
			}
			k := b
			for k < len(pred) && free(pred[k]) && nameParticle(words[k]) {
				k++
			}
			if k == b || k >= len(pred) || !free(pred[k]) || !startsUpper(words[k]) {
				break
			}
			b = k + 1 // "bin Zayed"
		}
		if a < i || b > end {
			setSpan(pred, a, b, tPER)
		}
	}
}

// orgAppositions tags ORG the capitalised run before an apposition that
// names a body ("Cycle Kitchener Now, an advocacy group that …", "Prairie
// Roots, a non-profit,"), where the tagger read a person, a place or
// nothing: a person or a town is no group. The run leaves out a word that
// opens a sentence before a name ("Meanwhile", "The") and takes no part
// of another entity.
func orgAppositions(words []string, pred []tag) {
	for k := 1; k+2 < len(words); k++ {
		if words[k] != "," || words[k+1] != "a" && words[k+1] != "an" || !bodyAppositionAt(words, k+2) {
			continue
		}
		a := k
		for a > 0 && k-a < 6 && !isCapsWord(words[a-1]) {
			if startsUpper(words[a-1]) {
				a--
			} else if a >= 2 && a < k && (words[a-1] == "for" || words[a-1] == "and" || words[a-1] == "&") && startsUpper(words[a-2]) {
				a -= 2 // "Democracy for America", "Fish, Food and Allied Workers"
			} else {
				break
			}
		}
		if a == k || a > 0 && (startsUpper(words[a-1]) || words[a-1] == "of" || wherePreps[words[a-1]] && a-1 <= 3) {
			// (not "Thousands of Oromos, a minority group": the
			// apposition is the whole phrase's; nor "Last week in
			// Halifax, a group that …": a place before a new subject)
			continue
		}
		for a < k && (inLower(runOpeners, words[a]) || inLower(calendarWords, words[a]) || inLower(timeAdverbs, words[a])) {
			a++ // "The Ottawa Cycling Alliance, an advocacy group"
		}
		if a == k || !noEntityCrosses(pred, a, k) {
			continue
		}
		setSpan(pred, a, k, tORG)
	}
}

// wherePreps put a place in a fronted phrase before a comma that a new
// subject follows ("Last week in Halifax, a group that …"; not "a partner
// at Firehouse Strategies, a consulting firm").
var wherePreps = map[string]bool{"in": true, "at": true, "near": true, "across": true, "along": true, "around": true, "throughout": true}

// bodyAppositionAt reports an apposition after "a" or "an" whose head, at
// most four words on, is a noun for a body ("an advocacy group", "a
// Winnipeg-based non-profit"), the phrase's last word; not "a group home
// worker", "a member of the group", "an analyst with Gartner Group", "a
// group of boy scouts".
func bodyAppositionAt(words []string, j int) bool {
	for k := j; k < len(words) && k < j+4 && words[k] != "," && !phraseEnders[words[k]]; k++ {
		if w := strings.ToLower(words[k]); bodyNouns[w] {
			n := ""
			if k+1 < len(words) {
				n = words[k+1]
			}
			return k+1 >= len(words) || n != "of" && n != "'s" && n != "’s" && (!startsLower(n) || phraseEnders[n] || n == "that" || n == "which") // (not "a Toronto law firm's managing partner")
		}
	}
	return false
}

// namedAfterBodyNoun tags ORG the name set off by commas after a noun for
// a body: "One company, Otonabee River Cruises, said", "a local charity,
// Larkspur Food Share, has …" (the tagger read a person or nothing). The
// name is a run of up to six capitalised words (with "and", "&", "of"
// inside), no person with a given name and no title in it, and a comma
// after it.
func namedAfterBodyNoun(words []string, pred []tag) {
	for k := 0; k+3 < len(words); k++ {
		if startsUpper(words[k]) || !bodyNouns[words[k]] || words[k+1] != "," || !startsUpper(words[k+2]) || bodyNounAfterPreposition(words, k) {
			continue
		}
		a, e := k+2, k+2
		for e < len(words) && e < a+6 && (startsUpper(words[e]) && !inLower(titles, words[e]) || e > a && e+1 < len(words) && (words[e] == "and" || words[e] == "&" || words[e] == "of") && startsUpper(words[e+1])) {
			e++
		}
		if e >= len(words) || words[e] != "," || givenNameIn(words, a, e) || !noEntityCrosses(pred, a, e) {
			continue
		}
		clearTags(pred, a, e)
		setSpan(pred, a, e, tORG)
		k = e
	}
}

// schoolLevels end a school's name ("Willow Flats Elementary").
var schoolLevels = map[string]bool{"Elementary": true, "Secondary": true, "Collegiate": true, "Intermediate": true}

// schoolsAndDistricts tags ORG a capitalised run ending in a school's
// level ("Willow Flats Elementary", which the tagger read as a person) or
// in "Indian Band" ("the Penticton Indian Band", read so too), a festival
// named after "the" that the tagger read as a place, a person or a name of
// no type ("The Larkspur River Theatre Festival will stage …": a body that
// stages, hires and speaks),
// and a body named for a place "and District" or "and Area" ("Dawson
// Creek and District Hospital", read as the place and "District
// Hospital"): the name before "and", then the capitalised words to an
// organisation's head.
func schoolsAndDistricts(words []string, pred []tag) {
	for i := 1; i < len(words); i++ {
		if !(schoolLevels[words[i]] || words[i] == "Band" && words[i-1] == "Indian") || i+1 < len(words) && startsUpper(words[i+1]) {
			continue
		}
		a := i
		for a > 0 && i-a < 4 && startsUpper(words[a-1]) && !inLower(capitalFunctionWords, words[a-1]) && (pred[a-1] == tagO || pred[a-1].typ() != tORG) {
			a--
		}
		if a < i && noEntityCrosses(pred, a, i+1) && !(pred[i] != tagO && pred[i].typ() == tORG) {
			clearTags(pred, a, i+1)
			setSpan(pred, a, i+1, tORG)
		}
	}
	for i, end := range entities(pred) {
		if t := pred[i].typ(); t != tORG && end-i >= 2 && words[end-1] == "Festival" && i > 0 && strings.EqualFold(words[i-1], "the") {
			setSpan(pred, i, end, tORG) // "The Larkspur River Theatre Festival will stage fewer productions" (read as a place)
		}
	}
	for i := 1; i+2 < len(words); i++ {
		if words[i] != "and" || words[i+1] != "District" && words[i+1] != "Area" || !startsUpper(words[i-1]) {
			continue
		}
		e := i + 2
		for e < len(words) && e < i+6 && startsUpper(words[e]) && !inLower(orgHeads, words[e]) {
			e++
		}
		if e >= len(words) || !startsUpper(words[e]) || !inLower(orgHeads, words[e]) {
			continue
		}
		e++
		a := entityStart(pred, i)
		if a >= 0 && pred[a].typ() == tPER {
			continue // (not "Jo Doe and District Hospital staff")
		}
		if a < 0 {
			a = i
			for a > 0 && i-a < 3 && startsUpper(words[a-1]) && !inLower(capitalFunctionWords, words[a-1]) {
				a--
			}
		}
		if a == i || !noEntityCrosses(pred, a, e) {
			continue
		}
		clearTags(pred, a, e)
		setSpan(pred, a, e, tORG)
		i = e - 1
	}
}

// bodyNounAfterPreposition reports the noun for a body at k in a phrase a
// preposition opens ("A spokesperson for the union, Harjit Sandhu, said",
// "The head of the agency, Wen Zhao,": the name is the person the
// phrase before describes).
func bodyNounAfterPreposition(words []string, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		w := words[j]
		if inLower(firmPreps, w) {
			return true
		}
		if w == "," || w == "the" || w == "a" || w == "an" || w == "one" {
			continue
		}
		if !startsLower(words[j]) && j > 0 {
			return false
		}
	}
	return false
}

// platforms are the social networks and their owners that stories name
// as where words were posted: organisations where the tagger read another
// type ("In a Facebook post" had been a place). Where it read none the
// name stays none: "another Twitter user" is a user, and a speaker's
// phrase keeps its head.
var platforms = map[string]bool{"Facebook": true, "Instagram": true, "Twitter": true, "TikTok": true, "YouTube": true,
	"LinkedIn": true, "Reddit": true, "Snapchat": true, "WhatsApp": true, "Bluesky": true}

// platformsAndPlaceWords relabels a platform's name (platforms) ORG, clears
// "Local" as an entity of its own ("Local MP Jo Doe said"; a union's
// local with its number is unionLocals'), makes a person's or an
// organisation's name after "nearby" or "neighbouring" a place ("Jo Doe
// of nearby Blue Rocks"; not a nationality: "the nearby Pakistani town"),
// and so one of one word after a place and "and" that a preposition of
// place opens, before a stop or another preposition ("in Sudbury and
// Timmins."; not a possessor, nor a new clause's subject: "Layoffs came
// in Larkspur and Unifor said …"), and takes an
// ordinal into a street's name ("15th Street West").
func platformsAndPlaceWords(words []string, pred []tag) {
	for i, w := range words {
		switch {
		case platforms[w] && pred[i] != tagO && pred[i].pos() == posU && pred[i].typ() != tORG:
			pred[i] = mkTag(tORG, posU)
		case w == "Local" && pred[i] != tagO && pred[i].pos() == posU:
			pred[i] = tagO
		case (w == "nearby" || (w == "neighbouring" || w == "neighboring") && i > 0 && neighbourBefore[words[i-1]]) && i+1 < len(words) && pred[i+1] != tagO && pred[i+1].pos() != posI && pred[i+1].pos() != posL && (pred[i+1].typ() == tORG || pred[i+1].typ() == tPER):
			if end := entityEnd(pred, i+1); end > 0 && !givenNameIn(words, i+1, end) && !firmWordIn(words, i+1, end) && !inLower(legalSuffix, words[end-1]) && !strings.HasSuffix(words[end-1], ".") {
				setSpan(pred, i+1, end, tLOC) // (not "nearby Acme Corp.", "neighbouring Northgate United")
			}
		case (w == "and" || w == "or") && i >= 2 && i+1 < len(words) && pred[i-1] != tagO && pred[i-1].typ() == tLOC && pred[i-1].pos() == posU && inLower(regionPreps, words[i-2]) &&
			pred[i+1] != tagO && pred[i+1].pos() == posU && (pred[i+1].typ() == tORG || pred[i+1].typ() == tPER) && !inLower(givenNames, words[i+1]) && (i+2 >= len(words) || sentenceStops[words[i+2]] || regionPreps[words[i+2]] || firmPreps[words[i+2]] || words[i+2] == "during" || words[i+2] == "and"):
			pred[i+1] = mkTag(tLOC, posU) // "mining jobs in Sudbury and Timmins"
		case ordinalWord(w) && pred[i] == tagO && i+1 < len(words) && streetHeads[words[i+1]] && pred[i+1] != tagO && (pred[i+1].pos() == posB || pred[i+1].pos() == posU):
			if end := entityEnd(pred, i+1); end > 0 {
				setSpan(pred, i, end, tLOC) // "on 15th Street West" (read as "Street West")
			}
		}
	}
}

// sentenceStops end a sentence (a town after "in X and" only before one,
// a preposition or "and": not before a comma, "Unifor, the union for the
// mill's workers, said").
var sentenceStops = map[string]bool{".": true, "?": true, "!": true, ";": true}

// neighbourBefore come before "neighbouring" and a place ("in Leamington
// and neighbouring Kingsville"; not a game's "victory over neighbouring
// Strasbourg", a team).
var neighbourBefore = map[string]bool{"and": true, "in": true, "from": true, "to": true, "of": true, ",": true}

// streetHeads follow an ordinal in a street's name: "15th Street West".
var streetHeads = map[string]bool{"Street": true, "Avenue": true, "Road": true, "Line": true, "Concession": true, "Sideroad": true, "Drive": true}

// ordinalWord reports a number written with its ordinal suffix: "15th",
// "1st", "22nd", "3rd".
func ordinalWord(w string) bool {
	n := 0
	for n < len(w) && w[n] >= '0' && w[n] <= '9' {
		n++
	}
	if n == 0 {
		return false
	}
	switch w[n:] {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// frenchPlaceHeads open the French names of places: a beach, a park, a
// bridge, a road or a street, a river, a lake, a mountain, an island, a
// bay, a point ("Plage des Cantons", "Pont Desjardins", "Route de la
// Station", "Rivière du Loup").
var frenchPlaceHeads = map[string]bool{"Plage": true, "Parc": true, "Pont": true, "Route": true, "Rue": true, "Chemin": true,
	"Boulevard": true, "Rivière": true, "Lac": true, "Mont": true, "Île": true, "Baie": true, "Pointe": true, "Rang": true, "Autoroute": true}

// frenchPlaceNames tags LOC a run that a French word for a place opens,
// then a capitalised word or a particle and one ("Route de la Station"),
// up to a title, whatever the tagger read there (a person, an
// organisation or nothing);
// not a run holding a firm's or a body's word ("Pointe Larkspur Seafoods",
// "Parc Canada").
func frenchPlaceNames(words []string, pred []tag) {
	for i := 0; i+1 < len(words); i++ {
		if !frenchPlaceHeads[words[i]] {
			continue
		}
		e := i + 1
		for e < len(words) && e < i+7 {
			if startsUpper(words[e]) && !titleAt(words, e) { // (not the title after a place: "Lac La Biche County Mayor Jo Doe")
				e++
			} else if particles := frenchParticleEnd(words, e); particles > e && particles < len(words) && startsUpper(words[particles]) {
				e = particles
			} else {
				break
			}
		}
		if e == i+1 || firmWordIn(words, i, e) || !noEntityCrosses(pred, i, e) {
			i = e - 1 // (not a firm: "Pointe Larkspur Seafoods", "Parc Canada")
			continue
		}
		clearTags(pred, i, e)
		setSpan(pred, i, e, tLOC)
		i = e - 1
	}
}

// routeEnds relabels LOC a name read as an organisation or a person at
// one end of a route whose other end is a place: "hauling produce from
// Surrey to Calgary" (the tagger reads a county's cricket side, as CoNLL's
// sports pages have it); not a firm's name ("from Acme Seafoods to …").
func routeEnds(words []string, pred []tag) {
	for i, end := range entities(pred) {
		if t := pred[i].typ(); t != tORG && t != tPER || end-i > 3 || firmWordIn(words, i, end) || t == tPER && (end-i > 1 || inLower(givenNames, words[i])) {
			continue // (nor a person's full name or given name: "from Jo Doe to …")
		}
		var other int
		switch {
		case i > 0 && words[i-1] == "from" && end+1 < len(words) && words[end] == "to":
			other = end + 1
		case i > 2 && words[i-1] == "to":
			s := i - 2
			for s > 0 && pred[s] != tagO && pred[s].pos() != posB && pred[s].pos() != posU {
				s--
			}
			if s == 0 || words[s-1] != "from" {
				continue
			}
			other = s
		default:
			continue
		}
		if pred[other] == tagO || pred[other].typ() != tLOC || pred[other].pos() != posB && pred[other].pos() != posU || entityEnd(pred, other)-other > 3 {
			continue
		}
		setSpan(pred, i, end, tLOC)
	}
}

// placesJoinedByParticle tags LOC one place named by two capitalised
// parts and a French particle between them, the first read as a place:
// "Portage la Prairie", "Vaudreuil le Haut" (the tagger reads two places,
// or a place and nothing); not before a title ("Lac La Biche County Mayor"
// keeps its title out).
func placesJoinedByParticle(words []string, pred []tag) {
	for i, end := range entities(pred) {
		if pred[i].typ() != tLOC || end+1 >= len(words) {
			continue
		}
		if w := words[end]; w != "la" && w != "le" && w != "du" && w != "de" && w != "des" && w != "aux" {
			continue
		}
		n := end + 1
		if !startsUpper(words[n]) || titleAt(words, n) || pred[n] != tagO && pred[n].typ() != tLOC {
			continue
		}
		e := n + 1
		if pred[n] != tagO {
			for e < len(pred) && pred[e] != tagO && (pred[e].pos() == posI || pred[e].pos() == posL) {
				e++
			}
		}
		if e-i > 5 {
			continue
		}
		clearTags(pred, i, e)
		setSpan(pred, i, e, tLOC)
	}
}

// titleAt reports a title at word k, or the modifier of one ("Deputy
// Mayor", "Acting Fire Chief", "Fire Chief"), or a title that is also a
// name's word ("Reeve", "Warden").
func titleAt(words []string, k int) bool {
	for j := k; j < len(words) && j < k+3; j++ {
		if inLower(titles, words[j]) || inLower(nameLikeTitles, words[j]) {
			return true
		}
		if !inLower(titleModifiers, words[j]) {
			return false
		}
	}
	return false
}

// titleModifiers come before a title in it: "Deputy Mayor", "Acting Fire
// Chief".
var titleModifiers = map[string]bool{"deputy": true, "acting": true, "interim": true, "assistant": true, "associate": true, "vice": true, "fire": true, "police": true}

// firmWordIn reports a word of a firm's or a body's name in words[a:b]: an
// organisation's head or a firm's word ("Acme Corp.", "Northgate
// United"), or a country's name that a federal body ends in ("Parc
// Canada").
func firmWordIn(words []string, a, b int) bool {
	for _, w := range words[a:b] {
		if inLower(orgHeads, w) || inLower(orgTails, w) || w == "United" || w == "Canada" || w == "Resort" || w == "Hotel" || w == "Safari" {
			return true
		}
	}
	return false
}

// frenchParticleEnd is the end of the French particles at k ("de", "du",
// "des", "de la", "d'"), or k.
func frenchParticleEnd(words []string, k int) int {
	switch words[k] {
	case "du", "des", "d'", "d’":
		return k + 1
	case "de":
		if k+1 < len(words) && (words[k+1] == "la" || words[k+1] == "l'" || words[k+1] == "l’") {
			return k + 2
		}
		return k + 1
	}
	return k
}

// bodyNouns are common nouns for organisations that no person or place is.
var bodyNouns = func() map[string]bool {
	m := map[string]bool{}
	for w := range groupKinds {
		m[w] = true // the bodies of members namedAfterGroupNoun reads
	}
	for _, w := range strings.Fields(`company firm agency network collective cooperative co-operative foundation federation union
		consortium think-tank`) {
		m[w] = true
	}
	return m
}()

// frenchBodies tags ORG the French name of a body in English text, which
// runs over words in lower case: "Syndicat des travailleuses en petite
// enfance de Sherbrooke", "Fédération autonome de l'enseignement",
// "Confédération des syndicats nationaux" (the tagger read "de
// Sherbrooke" as a person, or nothing). The name opens with a French
// word for a body and a particle within two words (three, after two French
// words: "Association générale étudiante de …") and goes on over
// particles, capitalised words (not a title or a day: "Conseil du
// patronat du Québec President Karl Blackburn") and words in lower case
// that the English unlabelled text does not know (no cluster) or that
// bear an accent; it ends on its last such word, at the latest on the
// capitalised word after a particle that no particle follows ("… de
// Sherbrooke").
func frenchBodies(words []string, ti []tokInfo, pred []tag) {
	for i := 0; i+2 < len(words); i++ {
		particle := func(k int) bool { return k < len(words) && frenchParticles[strings.ToLower(words[k])] }
		if !frenchBodyHeads[words[i]] || !particle(i+1) && !(particle(i+2) && frenchWord(words[i+1], ti[i+1])) &&
			!(particle(i+3) && frenchWord(words[i+1], ti[i+1]) && frenchWord(words[i+2], ti[i+2])) {
			continue // ("Association générale étudiante de Larkspur": two French words before the particle)
		}
		// A capitalised word of the name: not a title, a day, a person's
		// name, nor a word right before a person's ("… de Larkspur
		// Inspector Marie Roy said": the inspector's title).
		nameWord := func(k int) bool {
			w := words[k]
			perStart := func(j int) bool {
				return pred[j] != tagO && pred[j].typ() == tPER && (pred[j].pos() == posB || pred[j].pos() == posU) && !frenchParticles[strings.ToLower(words[j])]
			}
			afterPlaceNoun := k > 0 && frenchPlaceNouns[words[k-1]] // "… du lac Brûlé-Nord", read as a person
			return startsUpper(w) && !isCapsWord(w) && !inLower(titles, w) && !inLower(calendarWords, w) && (!perStart(k) || afterPlaceNoun) && !(k+1 < len(words) && pred[k] == tagO && perStart(k+1))
		}
		end := i + 1
		for k := i + 1; k < len(words) && k < i+14; k++ {
			w := words[k]
			if frenchParticles[strings.ToLower(w)] {
				continue
			}
			if nameWord(k) {
				end = k + 1
				if !frenchParticles[strings.ToLower(words[k-1])] {
					// a name after a French word ("Club de motoneige
					// Val-Fjord") ends it, unless a particle goes on:
					// no English word after it ("Val-Fjord groomed the
					// trail")
					if !(end < len(words) && (frenchParticles[strings.ToLower(words[end])] || nameWord(end))) {
						break
					}
					continue
				}
				for end < len(words) {
					if nameWord(end) {
						end++ // "… de Meubles Vaillancourt-Roy"
					} else if (words[end] == "–" || words[end] == "-") && end+1 < len(words) && startsUpper(words[end+1]) && !isCapsWord(words[end+1]) && (end+2 >= len(words) || !startsUpper(words[end+2])) && !(pred[end+1] != tagO && pred[end+1].pos() == posB) {
						end += 2 // two places joined by a dash: "… de Kamouraska–Rivière-du-Loup" (one word after it, no person's name: not "… de Larkspur – Paul Doucet, its president")
					} else {
						break
					}
				}
				if !(end < len(words) && frenchParticles[strings.ToLower(words[end])]) {
					break // the place or firm that ends the name: "… de Sherbrooke" (not "… mardi matin devant les journalistes")
				}
				k = end - 1
				continue
			}
			if frenchWord(w, ti[k]) ||
				startsLower(w) && k+1 < len(words) && (frenchWord(words[k+1], ti[k+1]) || frenchParticles[strings.ToLower(words[k+1])] && words[k+1] != "en") {
				end = k + 1 // (a French word English has too, before another: "petite enfance")
				continue
			}
			break
		}
		theOpens := i > 0 && (pred[i].pos() == posI || pred[i].pos() == posL) && pred[i-1].pos() == posB && strings.EqualFold(words[i-1], "the")
		if end-i < 3 || pred[i] != tagO && pred[i].pos() != posB && pred[i].pos() != posU && !theOpens {
			continue // (inside another entity; "The Bureau du coroner" read as "The Bureau" is not)
		}
		if pred[end-1] != tagO && (pred[end-1].pos() == posB || pred[end-1].pos() == posI) {
			continue // (an entity that goes on past the name)
		}
		if theOpens {
			pred[i-1] = tagO
		}
		setSpan(pred, i, end, tORG)
		i = end - 1
	}
}

// frenchPlaceNouns name a kind of place in lower case before its name
// inside a French body's name: "… riverains du lac Brûlé-Nord".
var frenchPlaceNouns = map[string]bool{"lac": true, "rivière": true, "mont": true, "baie": true, "île": true, "fleuve": true, "ruisseau": true, "pointe": true, "cap": true}

// frenchWord reports a word in lower case that is French rather than
// English: it bears an accent, or the unlabelled English text has no
// cluster for it.
func frenchWord(w string, t tokInfo) bool {
	if !startsLower(w) {
		return false
	}
	for _, r := range w {
		if r > 0x7f {
			return true
		}
	}
	return t.clu == 0
}

var (
	// frenchBodyHeads open the French names of unions, federations, clubs,
	// services and public bodies; a French particle must follow.
	frenchBodyHeads = map[string]bool{"Syndicat": true, "Fédération": true, "Confédération": true, "Centrale": true,
		"Regroupement": true, "Conseil": true, "Société": true, "Ministère": true, "Comité": true, "Association": true,
		"Alliance": true, "Union": true, "Coalition": true, "Commission": true, "Ordre": true, "Collège": true,
		"Université": true, "Régie": true, "Caisse": true, "Institut": true, "Réseau": true, "Mouvement": true,
		"Service": true, "Bureau": true, "Club": true, "Direction": true, "Centre": true, "Office": true,
		"Corporation": true, "Chambre": true, "Cégep": true, "Tribunal": true, "Agence": true, "Sûreté": true}
	// frenchParticles join the words of a French name.
	frenchParticles = map[string]bool{"de": true, "des": true, "du": true, "la": true, "le": true, "les": true, "l'": true,
		"d'": true, "en": true, "et": true, "à": true, "au": true, "aux": true, "pour": true, "sur": true}
)

// titledPlaces makes a person's span a known place when the capitalised
// word before it opens the gazetteer's match over both: "Prince Edward
// Island" (read as the person "Edward Island" after a title) is one
// place.
func titledPlaces(words []string, ti []tokInfo, pred []tag) {
	for i, end := range entities(pred) {
		t := i - 1
		if pred[i].typ() != tPER || t < 0 || pred[t] != tagO || !startsUpper(words[t]) {
			continue
		}
		if g := ti[t].gazBits; g&(gazGPE|GazRegion) != 0 && g&GazPerson == 0 && ti[t].gazPos == posB && ti[end-1].gazPos == posL && ti[end-1].gazBits == g {
			setSpan(pred, t, end, tLOC)
		}
	}
}

// dottedRegions tags LOC a state's or province's abbreviation of dotted
// capitals standing alone ("in P.E.I.", "the N.W.T. government", read as
// nothing or an organisation), which no word is; not one inside a longer
// name ("N.B. Power").
func dottedRegions(words []string, pred []tag) {
	for i, w := range words {
		if strings.Count(w, ".") < 2 || !strings.HasSuffix(w, ".") || !tokens.IsRegionAbbreviation(w[:len(w)-1]) || i > 0 && (strings.ContainsAny(words[i-1], "0123456789") || words[i-1] == "," || strings.HasPrefix(strings.ToLower(words[i-1]), "centur")) || i == 0 && w == "N.B." {
			continue // (not a year: "the mid-500s B.C.", "the fifth century B.C."; after a comma placeRegion decides; "N.B." opening a note)
		}
		if pred[i] == tagO || pred[i].pos() == posU {
			setSpan(pred, i, i+1, tLOC)
		}
	}
}

// theMastheads makes a newspaper of a name read as a person that "the"
// opens and a masthead noun ends: "the Larkspur Ledger" (a person's name
// takes no article; but "the Mark Ledger case" is a person's).
func theMastheads(words []string, pred []tag) {
	for i := 1; i < len(pred); i++ {
		if end := spanEnd(pred, i, tPER); end > 0 && strings.EqualFold(words[i-1], "the") && namewords.Masthead(strings.ToLower(words[end-1])) && !inLower(givenNames, words[i]) {
			setSpan(pred, i, end, tORG)
		}
	}
}

// statesReadAsPeople makes a place of a one-word name read as a person
// that the gazetteer knows only as a province, a state or a country, never
// as a given name, nor as the surname of a person named before: "frost in
// much of south-central Manitoba" ("Georgia", "Jordan" are given names too
// and stay; so does "Greenland said" after "Jo Greenland").
func statesReadAsPeople(words []string, ti []tokInfo, pred []tag, surnames map[string]bool) {
	for i := range pred {
		if pred[i] == mkTag(tPER, posU) && ti[i].gazPos == posU && ti[i].gazBits&(GazState|GazCountry) != 0 && ti[i].gazBits&GazPerson == 0 && !inLower(givenNames, words[i]) && !surnames[strings.ToLower(words[i])] && !surnameInSentence(words, pred, i) {
			pred[i] = mkTag(tLOC, posU)
		}
	}
}

// surnameInSentence reports the word at i ending a person's name of two
// words or more elsewhere in the sentence ("When Jo Maine took over, Maine
// said").
func surnameInSentence(words []string, pred []tag, i int) bool {
	for j, end := range entities(pred) {
		if pred[j].typ() == tPER && end-j >= 2 && words[end-1] == words[i] {
			return true
		}
	}
	return false
}

// countyPlaces makes a place of a county read as an organisation where it
// is the land, not its government: after a preposition of place ("farm
// families in Kestrel County", "parts of Kestrel County", "tenants in
// surrounding Kestrel County") or before a noun of what is in it
// ("Kestrel County doctors", "the Kestrel County area"); "Kestrel County
// said" stays its government.
func countyPlaces(words []string, pred []tag) {
	for i, end := range entities(pred) {
		if pred[i].typ() != tORG || end-i < 2 || words[end-1] != "County" {
			continue
		}
		before := i > 0 && (inLower(countyPreps, words[i-1]) || strings.EqualFold(words[i-1], "from") && !(i > 1 && inLower(fromBodyNouns, words[i-2])))
		after := end < len(words) && (placeFollowers[words[end]] || countyFollowers[words[end]])
		if before || after {
			setSpan(pred, i, end, tLOC)
		}
	}
}

var (
	countyPreps = withWords(regionPreps, "of", "surrounding", "rural", "outside", "neighbouring", "neighboring")
	// fromBodyNouns come from a county's government, not its land: "an
	// email from Kestrel County said" ("teams from Kestrel County" are from
	// the land)
	fromBodyNouns = map[string]bool{"email": true, "letter": true, "statement": true, "release": true, "spokesperson": true, "spokesman": true,
		"spokeswoman": true, "representative": true, "representatives": true, "official": true, "officials": true, "staff": true, "grant": true,
		"funding": true, "money": true, "lawyer": true, "response": true}
	countyFollowers = map[string]bool{"patients": true, "doctors": true, "tenants": true, "families": true, "farmers": true, "households": true, "schools": true, "communities": true}
)

// withWords is a copy of set m with words added.
func withWords(m map[string]bool, words ...string) map[string]bool {
	out := make(map[string]bool, len(m)+len(words))
	for w := range m {
		out[w] = true
	}
	for _, w := range words {
		out[w] = true
	}
	return out
}

// parkPlaces makes a place of a park read as a person: a name that ends in
// "Park" after "Provincial", "National" or "Regional" ("Sir Jo Doe
// Provincial Park"; "Jo Park" stays a person).
func parkPlaces(words []string, pred []tag) {
	for i, end := range entities(pred) {
		if pred[i].typ() == tPER && end-i >= 3 && words[end-1] == "Park" && parkKinds[words[end-2]] {
			if i > 0 && pred[i-1] == tagO && words[i-1] == "Sir" {
				i-- // the title the tagger left before the park's name
			}
			setSpan(pred, i, end, tLOC)
		}
	}
}

// parkKinds come before "Park" in the names of parks.
var parkKinds = map[string]bool{"Provincial": true, "National": true, "Regional": true}

// peoplesNames clears a one-word name of an Indigenous people, which
// CoNLL's guidelines leave to MISC as they do nationalities ("Cree
// leaders", "the Cree", "in Cree"); a people's body keeps its name ("the
// Cree Nation Government").
func peoplesNames(words []string, pred []tag) {
	for i := range pred {
		if pred[i] != tagO && pred[i].pos() == posU && pred[i].typ() != tMISC && peoples[words[i]] {
			pred[i] = mkTag(tMISC, posU)
		}
	}
}

// peoples are Indigenous peoples of Canada named by one word.
var peoples = map[string]bool{"Cree": true, "Innu": true, "Dene": true, "Métis": true, "Inuit": true, "Ojibwe": true, "Ojibway": true,
	"Anishinaabe": true, "Mi'kmaq": true, "Mi’kmaq": true, "Haudenosaunee": true, "Oji-Cree": true, "Inuk": true, "Atikamekw": true, "Naskapi": true}

// placesJoinedToPlaces makes a place of a one-word name read as a body or
// a person that "and" or "or" joins to a place after a preposition of
// place or of a route, the pair ending its phrase: "between Kestrelton and
// Vancouver, the only flight", "to Kestrelton or Birchfall." (not a given
// name: "to Maria and Paris").
func placesJoinedToPlaces(words []string, pred []tag) {
	for i := 1; i+2 < len(words); i++ {
		if words[i+1] != "and" && words[i+1] != "or" || pred[i] == tagO || pred[i].pos() != posU || pred[i].typ() == tLOC || pred[i].typ() == tMISC ||
			!inLower(joinPlacePreps, words[i-1]) || inLower(givenNames, words[i]) || isCapsWord(words[i]) {
			continue
		}
		if pred[i+2] == mkTag(tLOC, posU) && (i+3 >= len(words) || afterPlace[words[i+3]] || words[i+3] == "earlier" || words[i+3] == "later") {
			// (the pair ends its phrase, as in platformsAndPlaceWords's
			// mirror case: not "talks between Unifor and Ottawa stalled",
			// a deal's parties, nor "between Doe and Russia's envoy")
			pred[i] = mkTag(tLOC, posU)
		}
	}
}

// joinPlacePreps put two places side by side: "between X and Y", "from X
// or Y", "to X or Y".
var joinPlacePreps = map[string]bool{"between": true, "to": true, "from": true, "in": true, "near": true}
