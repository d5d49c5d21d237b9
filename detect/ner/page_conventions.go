package ner

import "strings"

// Rules for conventions of news pages that CoNLL-2003's Reuters copy of
// 1996 does not show, applied to each sentence's tags after the others:
//   - a site or an app a post is made on is an organisation: "in a post
//     on X", "posted to Facebook", "a GoFundMe page" (platformNames);
//   - the agency a report is credited to is an organisation: "By Jo Doe,
//     The Prairie Wire", a line "THE PRAIRIE WIRE" after the byline,
//     "This report by The Prairie Wire was first published …"
//     (agencyCredits);
//   - a company's legal suffix after its name belongs to it: "Holtkamp
//     Agri Holdings B.V.", "Groupe Wexford inc." (legalSuffix, which
//     orgHeadAfter widens a span over);
//   - what is no name: a hospital's ward ("the ER"), a title's plural
//     ("the region's MLAs"), a staff credit ("Staff Reporter", "(Jo
//     Doe/Staff photo)"), a temperature's unit ("highs near 4 C.")
//     (notNames).
func (p *prepDoc) pageConventions(si int, words []string, ti []tokInfo, pred []tag) {
	platformNames(words, ti, pred)
	byline := si > 0 && p.words[p.sents[si-1][0]] == "By"
	agencyCredits(words, pred, byline)
	bylineNames(words, pred)
	notNames(words, pred)
}

// bylineNames tags PER the person a byline names, whatever the tagger read
// across the name ("By Olivia Brunet Global News", where two spaces, not a
// comma, part the name from the outlet; "By Jo Doe Health Reporter";
// "Posted by Jo Doe | Feb 24"): on a line of at most 12 words, a known
// given name (with a middle initial, a second given name or a particle)
// and the capitalised word after it, and "Jr." or "Sr."; not when the line
// is a sentence ("By Grace Hospital's count, …": "'s" or a comma and a
// lower-case word after the name, or a name ending in a body's word).
// Capitalised words after the name that end in a word of a news outlet's
// name ("Global News") are that outlet, an organisation; others (a staff
// credit) no name.
func bylineNames(words []string, pred []tag) {
	i := 0
	switch {
	case len(words) >= 3 && words[0] == "By":
		i = 1
	case len(words) >= 4 && (words[0] == "Posted" || words[0] == "Written") && words[1] == "by":
		i = 2
	default:
		return
	}
	if !startsUpper(words[i]) || !inLower(givenNames, words[i]) || len(words) > 12 {
		return // (a byline is a short line: not "By Grace Hospital's count, 40 patients waited …")
	}
	e := i + 1
	for e+1 < len(words) && e < i+3 && (len(words[e]) == 2 && words[e][1] == '.' && startsUpper(words[e]) || inLower(givenNames, words[e]) && startsUpper(words[e+1]) && !(e+2 < len(words) && startsUpper(words[e+2])) || bylineParticles[words[e]]) {
		e++ // a middle initial, a second given name, a particle: "Mary Ann Halloway", "Sarah Van Halloway"
	}
	if e >= len(words) || !startsUpper(words[e]) || strings.HasSuffix(words[e], ".") {
		return
	}
	e++
	if e < len(words) && (words[e] == "Jr." || words[e] == "Sr.") {
		e++
	}
	if e < len(words) && (possessiveMark(words[e]) || words[e] == "," && e+1 < len(words) && !startsUpper(words[e+1])) || inLower(orgHeads, words[e-1]) {
		return // no byline but a sentence: "By Grace Hospital's count, …", "By Regina Police Service figures, …"
	}
	inside := func(t tag) bool { return t != tagO && (t.pos() == posI || t.pos() == posL) }
	a, b := i, e
	for a > 0 && inside(pred[a]) {
		a-- // the tagger's entity began before the name
	}
	for b < len(pred) && inside(pred[b]) {
		b++ // and ran on after it
	}
	clearTags(pred, a, b)
	setSpan(pred, i, e, tPER)
	r := e
	for r < len(words) && r-e < 4 && startsUpper(words[r]) {
		r++
	}
	if r > e && (r == len(words) || !startsUpper(words[r])) && outletEnds[words[r-1]] && noEntityCrosses(pred, e, r) {
		clearTags(pred, e, r)
		setSpan(pred, e, r, tORG)
	}
}

// bylineParticles join a family name's parts.
var bylineParticles = map[string]bool{"Van": true, "van": true, "Von": true, "von": true, "de": true, "De": true, "Le": true, "La": true, "Mac": true, "St.": true}

// outletEnds are the last words of news outlets' names.
var outletEnds = map[string]bool{"News": true, "Press": true, "Post": true, "Times": true, "Herald": true, "Star": true,
	"Journal": true, "Gazette": true, "Tribune": true, "Sun": true, "Wire": true, "Radio": true, "Chronicle": true,
	"Telegram": true, "Examiner": true, "Observer": true, "Guardian": true, "Citizen": true, "Leader": true, "Daily": true}

// postOn are the nouns and verbs of a post made on a site ("a post on
// X"), postTo of one made to it ("posted to Facebook"); not "a comment on
// Jo Doe", "wrote to Jo Doe", "a video on Ukraine" (a video about it).
var (
	postOn = map[string]bool{"post": true, "posts": true, "posted": true, "posting": true, "livestream": true, "shared": true}
	postTo = map[string]bool{"posted": true, "posting": true, "shared": true, "uploaded": true}
)

// platformNouns follow a site's name: "a GoFundMe page", "its Facebook
// account".
var platformNouns = map[string]bool{"page": true, "pages": true, "account": true, "accounts": true,
	"feed": true, "livestream": true}

// pageDeterminers come before a site's page or account that is named for
// the site: "a GoFundMe page", "the council's Facebook page", "on its
// Facebook page", "her Twitter account" (whose words are its owner's: the
// detector does not take the site for the speaker).
var pageDeterminers = map[string]bool{"a": true, "an": true, "the": true, "its": true, "their": true, "his": true, "her": true, "our": true, "my": true, "your": true}

// platformNames tags ORG a capitalised word, alone, that a post is made on
// or to ("a post on X", "posted to Facebook") or that names a page or an
// account after a determiner or a possessive ("a GoFundMe page", "the
// First Nation's Facebook page", "on its Facebook page"), where the tagger left it out or read another kind of
// name; not a name of more words, nor a place or a person the gazetteer
// knows, nor a day or a date ("posted on Monday", "on Jan. 27"), nor a
// word written capitalised less than nine times in ten in the unlabelled
// text ("the group's Web page"; ti may be nil), nor "an account of".
func platformNames(words []string, ti []tokInfo, pred []tag) {
	for i := 1; i < len(words); i++ {
		w := words[i]
		if !startsUpper(w) || inLower(calendarWords, w) || strings.HasSuffix(w, ".") {
			continue
		}
		if !free(pred[i]) && (pred[i].pos() != posU || ti == nil || ti[i].gazBits&(gazGPE|GazRegion|GazPerson) != 0) {
			continue // a name of more words, or a place or a person the gazetteer knows ("a video on Ukraine")
		}
		if i+1 < len(words) && startsUpper(words[i+1]) || ti != nil && ti[i].capr != 0 && ti[i].capr < 5 {
			continue
		}
		if i+2 < len(words) && words[i+2] == "of" {
			continue // "the Smith account of the crash"
		}
		on := i >= 2 && (words[i-1] == "on" && postOn[strings.ToLower(words[i-2])] || words[i-1] == "to" && postTo[strings.ToLower(words[i-2])])
		page := i+1 < len(words) && platformNouns[words[i+1]] && (pageDeterminers[strings.ToLower(words[i-1])] || words[i-1] == "'s" || words[i-1] == "’s")
		if on || page {
			pred[i] = mkTag(tORG, posU)
		}
	}
}

// agencyCredits tags ORG the agency a report is credited to, after "The"
// (left out, as CoNLL leaves it out): at the end of a byline after its
// comma ("By Jo Doe, The Prairie Wire"), alone on the line after a
// byline (byline: the sentence before opens with "By"), or in a footer's
// "report by The X was first published".
func agencyCredits(words []string, pred []tag, byline bool) {
	// capsRun returns the end of the run of one to four capitalised words at
	// i, or -1.
	capsRun := func(i int) int {
		e := i
		for e < len(words) && e-i < 4 && startsUpper(words[e]) { // (a person's name takes no "The")
			e++
		}
		if e == i || e < len(words) && startsUpper(words[e]) {
			return -1
		}
		return e
	}
	the := func(w string) bool { return w == "The" || w == "THE" }
	n := len(words)
	switch {
	case byline && n >= 2 && n <= 5 && the(words[0]):
		if e := capsRun(1); e >= n-1 && (e == n || words[e] == ".") {
			setCredit(pred, 1, e)
		}
	case n >= 4 && words[0] == "By":
		for c := 1; c+2 < n; c++ {
			if words[c] == "," && the(words[c+1]) {
				if e := capsRun(c + 2); e > 0 && (e == n || e == n-1 && words[e] == ".") {
					setCredit(pred, c+2, e)
				}
				break
			}
		}
	default:
		for i := 2; i+2 < n; i++ {
			if words[i] == "by" && the(words[i+1]) && (words[i-1] == "report" || words[i-1] == "story" || words[i-1] == "article") {
				if e := capsRun(i + 2); e > 0 && e+1 < n && words[e] == "was" {
					setCredit(pred, i+2, e)
				}
			}
		}
	}
}

func setCredit(pred []tag, a, b int) {
	if noEntityCrosses(pred, a, b) || pred[a].pos() == posB || pred[a].pos() == posU {
		clearTags(pred, a, b)
		setSpan(pred, a, b, tORG)
	}
}

// splitSuffixes are legal suffixes in lower case, whose period the
// tokenizer splits off (it keeps "Inc.", "Ltd." and "Corp." whole): "Doucet
// et Fils inc., which".
var splitSuffixes = map[string]bool{"inc": true, "ltd": true, "corp": true}

// legalSuffix are the suffixes of companies' legal names the tagger leaves
// out after the name, as written: Dutch, German, French and English forms
// (orgHeadAfter).
var legalSuffix = map[string]bool{"B.V.": true, "N.V.": true, "S.A.": true, "AG": true, "GmbH": true, "plc": true,
	"PLC": true, "LLC": true, "LLP": true, "L.P.": true, "inc.": true, "Inc.": true, "Ltd.": true, "ltée": true, "Ltée": true, "Limitée": true, "limitée": true, "S.A.S.": true}

// holidays are the days of feasts and festivals, which the tagger (CoNLL
// eng.train holds none of them) may read as a person or a body.
var holidays = map[string]bool{"Christmas": true, "Easter": true, "Thanksgiving": true, "Halloween": true, "Hanukkah": true,
	"Ramadan": true, "Passover": true, "Diwali": true}

// titlePlurals are titles whose plural ("MLAs", "MPs") is no name.
var titlePlurals = map[string]bool{"MLAs": true, "MPs": true, "MPPs": true, "MHAs": true, "MNAs": true,
	"CEOs": true, "CFOs": true, "MEPs": true}

// notNames clears what the tagger reads as a name but is none: a title's
// plural; a staff credit after a byline's comma or a photo credit's slash
// ("By Jo Doe, Staff Reporter", "(Jo Doe/Staff photo)"); a temperature's
// unit after a number ("-17 C."); a holiday alone ("by Christmas").
func notNames(words []string, pred []tag) {
	for i, end := range entities(pred) {
		w := words[i]
		switch {
		case end-i == 1 && titlePlurals[w]:
		case end-i == 1 && (w == "ER" || w == "ICU") && i > 0 && articleWords[strings.ToLower(words[i-1])]: // "the ER", "its ICU"
		case w == "Staff" && i > 0 && (words[i-1] == "," || words[i-1] == "/") && (end-i == 1 || end-i == 2 && (words[i+1] == "Reporter" || words[i+1] == "Writer")):
		case end-i == 1 && (w == "C." || w == "C" || w == "F." || w == "F") && i > 0 && startsDigit(strings.TrimPrefix(words[i-1], "-")):
		case end-i == 1 && holidays[w] && pred[i].typ() != tMISC: // "by Christmas", read as a person
		case end-i == 1 && dateAbbrev(w) && inDate(words, end):
			// a day's or a month's short form in a date: "Wed., May 6", "Posted: Jan 19, 2026" (not "the Sun.", "his daughter Jan, 12,")
		case end-i == 1 && timeZones[w] && i > 0 && timeMarks[strings.ToLower(words[i-1])]: // "3:52 p.m. PT"
		case end-i == 1 && w == "Advertisement" && i == 0 && (end == len(words) || end+1 == len(words) && startsDigit(words[end])): // a page's ad slot: "Advertisement 3"
		case end-i == 1 && pred[i].typ() == tPER && bareTitleWords[w] && (i == 0 || strings.EqualFold(words[i-1], "the") || strings.Contains("—–-:|", words[i-1])) && !(end < len(words) && startsUpper(words[end])):
			// a title alone, no surname: "Mayor says town is ready", "the Mayor said"
		case (w == "|" || w == "·") && end-i > 1: // a page's separator read into the name after it: "| Local News"
			clearTags(pred, i, i+1)
			if end-i == 2 {
				setSpan(pred, i+1, end, pred[i+1].typ())
			} else {
				pred[i+1] = mkTag(pred[i+1].typ(), posB)
			}
			continue
		default:
			continue
		}
		clearTags(pred, i, end)
	}
}

// bareTitleWords are titles that are rarely surnames (unlike "King", "Judge",
// "Dean" or "Reeve"), which alone name no one.
var bareTitleWords = map[string]bool{"Mayor": true, "Premier": true, "Councillor": true, "Minister": true, "Senator": true,
	"Governor": true, "President": true, "Chancellor": true, "Commissioner": true}

// inDate reports a date going on at word k after a day's or a month's
// short form: a day's number right after it ("Jan 19", "Jan. 22"), or a
// comma or period and a month's name ("Wed., May 6").
func inDate(words []string, k int) bool {
	if k < len(words) && startsDigit(words[k]) {
		return true
	}
	if k < len(words) && dayAbbrevs[strings.TrimSuffix(words[k-1], ".")] {
		if n := strings.TrimSuffix(words[k], "."); inLower(calendarWords, n) || n == "May" || monthAbbrevs[n] {
			return true // a day then its month: "Sun. Jan. 4"
		}
		if (words[k] == "," || words[k] == ".") && k+1 < len(words) && startsDigit(words[k+1]) {
			return true // a day then a date: "Tue., 2026-01-06"
		}
	}
	for j := k; j < len(words) && j < k+2 && (words[j] == "," || words[j] == "."); j++ {
		if j+1 < len(words) {
			n := strings.TrimSuffix(words[j+1], ".")
			if inLower(calendarWords, n) || n == "May" || monthAbbrevs[n] { // (calendarWords leaves out "may", a verb)
				return true
			}
		}
	}
	return false
}

// dateAbbrev reports a day's or a month's short form, with or without its
// period ("Wed.", "Jan").
func dateAbbrev(w string) bool {
	w = strings.TrimSuffix(w, ".")
	return dayAbbrevs[w] || monthAbbrevs[w]
}

// dayAbbrevs and monthAbbrevs are the short forms of days and months, timeZones the zones
// after a clock time, timeMarks the marks a zone follows.
var (
	dayAbbrevs   = map[string]bool{"Mon": true, "Tue": true, "Tues": true, "Wed": true, "Thu": true, "Thur": true, "Thurs": true, "Fri": true, "Sat": true, "Sun": true}
	monthAbbrevs = map[string]bool{"Jan": true, "Feb": true, "Mar": true, "Apr": true, "Jun": true, "Jul": true, "Aug": true, "Sep": true, "Sept": true, "Oct": true, "Nov": true, "Dec": true}
	timeZones    = map[string]bool{"PT": true, "MT": true, "CT": true, "ET": true, "AT": true, "NT": true, "PST": true, "MST": true,
		"CST": true, "EST": true, "AST": true, "NST": true, "PDT": true, "MDT": true, "CDT": true, "EDT": true, "ADT": true, "NDT": true}
	timeMarks = map[string]bool{"a.m.": true, "p.m.": true, "am": true, "pm": true}
)
