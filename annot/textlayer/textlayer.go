// Package textlayer is the one text layer of an article: its tokens, their
// lower-case forms, its paragraphs and its sentences, computed once and
// shared by the detector (quotes, speakers, entities) and the exporters
// (CoNLL's sentence breaks). It depends only on annot/tokens.
package textlayer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quotebench/quotebench/annot/tokens"
)

// Range is a half-open range of token indices [A, B).
type Range struct{ A, B int }

// Layer is an article's text layer. Sentences lie inside paragraphs; every
// token is in exactly one of each.
type Layer struct {
	Text       string
	Tokens     []tokens.Token
	Lower      []string // lower-case token text
	Paragraphs []Range
	Sentences  []Range
	Para, Sent []int32 // the paragraph and sentence index of each token
	firstStop  int     // the last token of the first line that ends as a sentence does
	widest     int32   // the longest line's length in code points, 0 until fullLine needs it
}

// New tokenizes text (joining a typewriter double quote written as two
// marks, two apostrophes or two backticks, into one token) and splits it into paragraphs and
// sentences.
func New(text string) *Layer {
	return Split(text, MergeMarks(text, tokens.Tokenize(text)))
}

// Split builds the layer over tokens already made from text.
//
// Paragraphs end at blank lines; a single line break also ends one after a
// line that ends a sentence or a headline (a capitalised last word before a
// capitalised next line). A single line break ends a sentence after a
// short heading of its own, before a byline's line, before a line
// opening with a quotation, or between the lines heading a page before
// its first sentence (lineSentenceBreak). The header line "date
// YYYY-MM-DD Title" starts with a paragraph of its own for the date.
// Sentences end after . ! ? or ... followed by a space and a word that is
// not lower case; closing marks and brackets glued to the period stay in
// the sentence.
func Split(text string, toks []tokens.Token) *Layer {
	n := len(toks)
	l := &Layer{Text: text, Tokens: toks, Lower: make([]string, n), Para: make([]int32, n), Sent: make([]int32, n)}
	for i, t := range toks {
		l.Lower[i] = Lower(t.Text(text))
	}
	l.firstStop = n
	for i := range toks {
		if (i+1 == n || toks[i+1].Gap >= tokens.Newline) && l.stopEnds(i) {
			l.firstStop = i
			break
		}
	}
	start := 0
	if n > 2 && l.Lower[0] == "date" && IsISODate(toks[1].Text(text)) {
		l.Paragraphs = append(l.Paragraphs, Range{0, 2})
		start = 2
	}
	for i := start + 1; i <= n; i++ {
		if i == n || toks[i].Gap == tokens.Paragraph || toks[i].Gap == tokens.Newline && l.headlineBreak(i) {
			l.Paragraphs = append(l.Paragraphs, Range{start, i})
			start = i
		}
	}
	for pi, p := range l.Paragraphs {
		for j := p.A; j < p.B; j++ {
			l.Para[j] = int32(pi)
		}
		l.splitSentences(p)
	}
	return l
}

// splitSentences appends the sentences of paragraph p.
func (l *Layer) splitSentences(p Range) {
	add := func(a, b int) {
		l.Sentences = append(l.Sentences, Range{a, b})
		for k := a; k < b; k++ {
			l.Sent[k] = int32(len(l.Sentences) - 1)
		}
	}
	s := p.A
	for i := p.A; i < p.B; i++ {
		if i+1 < p.B && !l.SentenceEnd(i) && !l.lineSentenceBreak(i+1) {
			continue
		}
		j := i + 1
		for j < p.B && l.Tokens[j].Gap == tokens.NoSpace && IsCloser(l.Lower[j]) {
			j++
		}
		j = min(j, p.B)
		add(s, j)
		s = j
		i = j - 1
	}
	if s < p.B {
		add(s, p.B)
	}
}

// headlineBreak reports whether the single line break before token i ends
// a paragraph (rather than wrapping a line).
func (l *Layer) headlineBreak(i int) bool {
	switch l.Lower[i-1] {
	case ".", "!", "?", "...", "”", "\"", "''", "»", ":":
		return true
	}
	if !l.Capital(i) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(l.Tokens[i-1].Text(l.Text))
	return !unicode.IsLower(r) // a headline ends in a name or a number, not in a lower-case word
}

// lineSentenceBreak reports whether the single line break before token i,
// inside a paragraph, ends a sentence: after a section's heading of its
// own before a long line, before a byline's line, before a line opening
// with a quotation and a capital after a word, before a deck that ends
// with a trailing attribution (", Alberta Wildfire says") under a
// headline's line, after such a deck before a page's heading line, or
// before a capital in the lines that head a page before its first
// sentence, when the line before is a headline's or the line after a
// heading's (not a wrapped line of prose: headLineAt, shortLineBefore).
// (A sentence, not a paragraph: the page's lines between a
// story's paragraphs, "Article content", "Story continues below", do not
// push its pronouns further from whom they stand for.)
func (l *Layer) lineSentenceBreak(i int) bool {
	if l.Tokens[i].Gap != tokens.Newline {
		return false
	}
	if l.quotedCapital(i) && l.Tokens[i-1].Kind == tokens.Word {
		return true // (not after "said," or "told:", which go on with it)
	}
	if e := l.lineEnd(i); l.Capital(i) && e <= len(l.Tokens) && l.saysTail(e) && (e == len(l.Tokens) || l.Tokens[e].Gap >= tokens.Paragraph || l.Capital(e)) && l.headlineBefore(i) {
		return true // a deck reporting under its headline: "… grows to 4,200 hectares\nOut-of-control fire jumped the river, Alberta Wildfire says"
	}
	return l.Capital(i) && (l.headingLine(i) && l.lineLen(i) > 60 || l.bylineLine(i) || l.saysTail(i) && l.headLineAt(i) && l.headlineBefore(l.lineStart(i-1)) || i <= l.firstStop && (!wrapEnd[l.Lower[i-1]] || l.saysTail(i)) && (l.headLineAt(i) || l.shortLineBefore(i)))
}

// lineStart is the first token of the line token i is in.
func (l *Layer) lineStart(i int) int {
	for i > 0 && l.Tokens[i].Gap < tokens.Newline {
		i--
	}
	return i
}

// headlineBefore reports that the line before token i reads as a
// headline: capitalised, at most twenty tokens, ending neither as a
// sentence does nor with a word a wrapped line goes on from.
func (l *Layer) headlineBefore(i int) bool {
	if i == 0 {
		return false
	}
	a := i - 1
	for a > 0 && i-a <= 20 && l.Tokens[a].Gap < tokens.Newline {
		a--
	}
	return i-a <= 20 && (a == 0 || l.Tokens[a].Gap >= tokens.Newline) && l.Capital(a) && !l.stopEnds(i-1) && !wrapEnd[l.Lower[i-1]]
}

// saysTail reports that the line before token i ends with a trailing
// attribution, a comma, one to three words and "says" or "say", as a
// headline or a section's heading does ("'We're not going back …,' union
// president says", "Weeks-long strike possible, expert says"), not a
// wrapped line ("… the report says\nthe plan").
func (l *Layer) saysTail(i int) bool {
	if w := l.Lower[i-1]; w != "says" && w != "say" {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-5; k-- {
		if l.Tokens[k+1].Gap >= tokens.Newline {
			return false
		}
		switch l.Lower[k] {
		case ",":
			return k < i-2
		case ".", "!", "?", ":", ";", "the", "a", "an", "that", "and", "or":
			return false
		}
	}
	return false
}

// shortLineBefore reports that the line before token i has at most eight
// tokens and does not end with a past form, as a headline's line does
// ("Teachers say class sizes too large"; not "The minister urged", a
// wrapped line).
func (l *Layer) shortLineBefore(i int) bool {
	a := i - 1
	for a > 0 && i-a <= 8 && l.Tokens[a].Gap < tokens.Newline {
		a--
	}
	return i-a <= 8 && !strings.HasSuffix(l.Lower[i-1], "ed")
}

// headLineAt reports that the line from token i reads as a line heading a
// page, a byline or a deck, not as the rest of a wrapped sentence: at most
// six tokens ("Marie-Ève Sabourin", "Author of the article:"), or a line
// that ends as no sentence does, nor with a word a wrapped line goes on
// from ("Evacuation order expanded to 640 properties", "Posted May 20,
// 2026 6:48 am MDT"; not "Red Deer, and that charges are pending.").
func (l *Layer) headLineAt(i int) bool {
	b := l.lineEnd(i)
	return b-i <= 6 || !l.stopEnds(b-1) && !lineGoesOn[l.Lower[b-1]]
}

// perfectBefore come before a past participle that a wrapped line ends
// with ("has not yet tabled\nLegislation …"), where a heading ends with an
// adjective ("ER is understaffed").
var perfectBefore = map[string]bool{"not": true, "yet": true, "been": true, "has": true, "have": true, "had": true}

// lineGoesOn are the words a line of wrapped prose ends with that no
// heading's line does ("… and the town would need").
var lineGoesOn = map[string]bool{"the": true, "a": true, "an": true, "to": true, "of": true, "and": true, "or": true, "in": true, "on": true,
	"for": true, "with": true, "at": true, "by": true, "from": true, "that": true, ",": true}

// stopEnds reports a sentence's stop at token i, or one before the closing
// marks that end there ("… next week.”").
func (l *Layer) stopEnds(i int) bool {
	for i > 0 && IsCloser(l.Lower[i]) {
		i--
	}
	switch w := l.Lower[i]; w {
	case ".", "!", "?", "...", "…":
		return true
	default:
		return len(w) > 1 && strings.HasSuffix(w, ".")
	}
}

// wrapEnd are the words that end a line a sentence goes on from: a
// narrow column's "Mayor Jo Brel told the\nCBC …", "a crash on Highway 2
// near\nRed Deer". In the lines that head a page before its first
// sentence (headline, deck, byline), a line that ends with none of them
// may end its sentence at a capital on the next (lineSentenceBreak): a
// deck does not run into "Author of the article:" or a byline that is only
// a name.
var wrapEnd = func() map[string]bool {
	m := map[string]bool{"told": true, "said": true, "says": true, "near": true, "toward": true, "towards": true, "outside": true,
		"against": true, "between": true, "into": true, "about": true, "over": true, "under": true, "after": true, "before": true,
		"across": true, "through": true, "around": true, "without": true, "within": true, "behind": true, "as": true, "than": true,
		"his": true, "her": true, "their": true, "its": true}
	for w := range lineGoesOn {
		m[w] = true
	}
	return m
}()

// lineLen is the length in code points of the line token i opens.
func (l *Layer) lineLen(i int) int32 {
	return l.Tokens[l.lineEnd(i)-1].End - l.Tokens[i].Start
}

// lineEnd is the token after the line token i is in.
func (l *Layer) lineEnd(i int) int {
	b := i + 1
	for b < len(l.Tokens) && l.Tokens[b].Gap < tokens.Newline {
		b++
	}
	return b
}

// quotedCapital reports an opening quotation mark at token i before a
// capitalised word: a line opening with a quotation ("'It came over the
// ridge': Hundreds flee …") begins as one opening with a capital does.
func (l *Layer) quotedCapital(i int) bool {
	switch l.Lower[i] {
	case "'", "\"", "“", "‘", "«", "``":
		return i+1 < len(l.Tokens) && l.Tokens[i+1].Gap == tokens.NoSpace && l.Capital(i+1)
	}
	return false
}

// bylineLine reports that the line from token i is a byline's or a date's
// ("Aisling Dempsey · CBC News · Posted: Feb 18, 2026"): a middle dot, or
// "Posted", "Updated" or "Published" and a colon, within its first twelve
// tokens. The line before it ends there (a deck does not run into it).
func (l *Layer) bylineLine(i int) bool {
	for k := i; k < len(l.Tokens) && k < i+12 && (k == i || l.Tokens[k].Gap < tokens.Newline); k++ {
		switch l.Lower[k] {
		case "·":
			return true
		case "posted", "updated", "published":
			if k+1 < len(l.Tokens) && l.Lower[k+1] == ":" {
				return true
			}
		}
	}
	return false
}

// headingLine reports that the line before token i is a section's heading
// of its own: at most eight tokens opening with a capital (fourteen with
// "says" or "say" in its first five, a heading reporting in the present,
// not ending with a word a wrapped line goes on from or a past form), no
// sentence stop,
// no function word or verb of speech at its end, after a sentence's end, a
// paragraph's start or a line of at most three tokens ("… it said.\nDirectors
// caught in the middle\nThe association said …", "Advertisement\nDirectors
// caught …"). A line of hard-wrapped prose goes on from the line before it
// (lineSentenceBreak also wants the line after a heading longer than 60
// code points, as a pasted paragraph is and a narrow column's is not).
func (l *Layer) headingLine(i int) bool {
	a := i - 1
	for a > 0 && i-a <= 14 && l.Tokens[a].Gap < tokens.Newline {
		a--
	}
	if l.Tokens[a].Gap < tokens.Newline && a > 0 || i-a > 14 || !l.Capital(a) {
		return false
	}
	says := false
	for k := a; k < i; k++ {
		switch l.Lower[k] {
		case ",":
			if !l.saysTail(i) {
				return false
			}
		case ".", "!", "?", "...", ":", ";":
			return false
		case "says", "say":
			says = says || k-a < 5
		}
	}
	tail := l.saysTail(i) // "Weeks-long strike possible, expert says"
	if i-a > 8 && !tail && (!says || wrapEnd[l.Lower[i-1]] || strings.HasSuffix(l.Lower[i-1], "ed") && perfectBefore[l.Lower[i-2]]) {
		return false // (a longer heading reports in the present, its subject short: "Riders say they'll believe it when they see it")
	}
	switch l.Lower[i-1] {
	case "the", "a", "an", "to", "of", "and", "or", "in", "on", "for", "with", "at", "by", "from", "that", "told", "said", "says":
		if !tail {
			return false // a line of a narrow column: "Mayor Jo Brel told the\nCBC the budget was late"
		}
	}
	if a == 0 || l.Tokens[a].Gap == tokens.Paragraph {
		return true
	}
	switch l.Lower[a-1] {
	case ".", "!", "?", "”", "\"", "''", ")":
		return true // (")": a photo's credit ending its caption, "(Robert Short/CBC)")
	}
	p := a - 1 // the line before: a word or two of the page ("Advertisement") stand alone too
	for p > 0 && a-p <= 3 && l.Tokens[p].Gap < tokens.Newline {
		p--
	}
	return a-p <= 3 && (p == 0 || l.Tokens[p].Gap >= tokens.Newline)
}

// SentenceEnd reports whether a sentence ends after token i.
func (l *Layer) SentenceEnd(i int) bool {
	w := l.Lower[i]
	if len(w) > 1 && strings.HasSuffix(w, ".") && w != "..." {
		return l.abbreviationEnds(i)
	}
	if w != "." && w != "!" && w != "?" && w != "..." {
		return false
	}
	j := i + 1
	for j < len(l.Tokens) && l.Tokens[j].Gap == tokens.NoSpace && IsCloser(l.Lower[j]) {
		j++
	}
	if j >= len(l.Tokens) {
		return true
	}
	if l.Tokens[j].Gap == tokens.NoSpace {
		return false
	}
	r, _ := utf8.DecodeRuneInString(l.Tokens[j].Text(l.Text))
	return !unicode.IsLower(r)
}

// abbreviationEnds reports a word that kept its period (an initial, an
// abbreviation) at token i ending a sentence: an opening quotation mark
// and a capital follow it ("posted a photo on X. “Call 911 …”"), or it
// is the site X after "on", "to" or "via" and a capital follows ("a post
// on X. Police said"); an initial is followed by a name, or a nickname in
// quotation marks ("C.L. “Butch” Otter"), never by a quotation.
func (l *Layer) abbreviationEnds(i int) bool {
	j := i + 1
	if j+1 >= len(l.Tokens) || l.Tokens[j].Gap == tokens.NoSpace || l.Tokens[j].Gap >= tokens.Paragraph {
		return false // (a paragraph's end ends it anyway)
	}
	switch l.Lower[j] {
	case "“", "\"":
		for k := j + 2; k < len(l.Tokens) && k <= j+4; k++ {
			if l.Lower[k] == "”" || l.Lower[k] == "\"" {
				if k+1 < len(l.Tokens) && l.Capital(k+1) && !IsCloser(l.Lower[k-1]) && l.Lower[k-1] != "," {
					return false // a nickname between initials and a surname: "Gov. C.L. “Butch” Otter"
				}
				break // a short quotation: "to X. “Fund care,” the post read"
			}
		}
		return l.Tokens[j+1].Gap == tokens.NoSpace && l.Capital(j+1)
	}
	if l.Lower[i] == "x." && i > 0 && (l.Lower[i-1] == "on" || l.Lower[i-1] == "to" || l.Lower[i-1] == "via") {
		return l.Capital(j)
	}
	// A time, a firm's or a country's abbreviation before a word that opens
	// sentences and never follows one inside a sentence: "went out at 1:20
	// p.m. But only …", "Acme Inc. The company said" (not "2 p.m. Monday").
	// A time's at a line's end ends a pasted paragraph before a capital:
	// "had left by 7 a.m.\nGrande Prairie RCMP said" (not "at 7 a.m.\nMonday").
	// So does one before a capitalised word that is no day, month or
	// zone and a word in lower case: "shortly after 11 p.m. Police
	// estimated …" (not "at 8 p.m. Halifax time").
	time := (l.Lower[i] == "a.m." || l.Lower[i] == "p.m.") && !calendarWords[l.Lower[j]] && !zoneLike(l.Tokens[j].Text(l.Text)) && !calendarWords[strings.TrimSuffix(l.Lower[j], "s")] && !timeGoesOn[l.Lower[j+1]]
	timeAtLineEnd := time && l.Tokens[j].Gap == tokens.Newline && !l.fullLine(i, j)
	timeBeforeClause := time && l.Tokens[j+1].Kind == tokens.Word && !l.Capital(j+1)
	if tokens.IsRegionAbbreviation(strings.TrimSuffix(l.Tokens[i].Text(l.Text), ".")) && i >= 2 && l.Lower[i-1] == "," && l.Capital(j) &&
		(sentenceOpeners[l.Lower[j]] || !l.Capital(j+1) && !officeWords[l.Lower[j]]) {
		// A state after its town ends the sentence before a sentence's
		// opener or a capitalised word and one in lower case: "in Fresno,
		// Calif. Officials said" (not "Washington, D.C. Mayor Jo Doe said",
		// "Fresno, Calif. Police Department", nor, unsure, "Bedminster,
		// N.J. Roger Ailes").
		return true
	}
	return closingAbbreviations[l.Lower[i]] && l.Capital(j) && (sentenceOpeners[l.Lower[j]] || timeAtLineEnd || timeBeforeClause) && !l.titleCaseAround(i)
}

// calendarWords name days and months, which a time goes on into.
var calendarWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`monday tuesday wednesday thursday friday saturday sunday today tonight tomorrow yesterday
		january february march april may june july august september october november december jan. feb. mar. apr. jun. jul. aug. sept. sep. oct. nov. dec.
		eastern pacific central mountain atlantic newfoundland local et pt ct mt est edt pst pdt cst cdt mst mdt ast adt`) {
		m[w] = true
	}
	return m
}()

// titleCaseAround reports a headline written in title case around token i
// (its line's words before and after, up to eight each way, mostly
// capitalised): "Trump Says U.S. And China Are Close", where "And" opens
// no sentence.
func (l *Layer) titleCaseAround(i int) bool {
	words, caps := 0, 0
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if l.Tokens[k].Kind == tokens.Word {
			words++
			if l.Capital(k) {
				caps++
			}
		}
		if l.Tokens[k].Gap >= tokens.Newline {
			break
		}
	}
	for k := i + 2; k < len(l.Tokens) && k <= i+9 && l.Tokens[k].Gap < tokens.Newline; k++ {
		if l.Tokens[k].Kind == tokens.Word {
			words++
			if l.Capital(k) {
				caps++
			}
		}
	}
	return words >= 4 && caps*5 >= words*4
}

// officeWords are titles and offices a town's name and its state come
// before inside a sentence: "Fresno, Calif. Mayor Jo Doe", "Fresno, Calif.
// police".
var officeWords = map[string]bool{"mayor": true, "gov.": true, "governor": true, "police": true, "fire": true,
	"city": true, "county": true, "state": true, "sen.": true, "rep.": true, "sheriff": true, "chief": true,
	"council": true, "school": true, "schools": true, "residents": true, "resident": true}

// closingAbbreviations keep their period at the end of a sentence too.
var closingAbbreviations = map[string]bool{"a.m.": true, "p.m.": true, "inc.": true, "ltd.": true, "corp.": true, "co.": true,
	"jr.": true, "sr.": true, "u.s.": true, "u.k.": true, "etc.": true}

// sentenceOpeners are function words that open a sentence after an
// abbreviation's period.
var sentenceOpeners = map[string]bool{"but": true, "and": true, "so": true, "yet": true, "the": true, "a": true, "an": true,
	"he": true, "she": true, "it": true, "they": true, "we": true, "i": true, "this": true, "these": true, "those": true,
	"there": true, "his": true, "her": true, "their": true, "its": true, "our": true, "when": true, "while": true, "if": true}

// Capital reports whether token i is a word starting with an upper-case letter.
func (l *Layer) Capital(i int) bool {
	if l.Tokens[i].Kind != tokens.Word {
		return false
	}
	r, _ := utf8.DecodeRuneInString(l.Tokens[i].Text(l.Text))
	return unicode.IsUpper(r)
}

// SentenceStarts reports before which tokens a sentence starts (the first
// token's is false), for exporters that write one sentence per block.
func (l *Layer) SentenceStarts() []bool {
	br := make([]bool, len(l.Tokens))
	for _, s := range l.Sentences {
		if s.A > 0 && s.A < len(br) {
			br[s.A] = true
		}
	}
	return br
}

// IsCloser reports whether w closes a quotation or bracket.
func IsCloser(w string) bool {
	switch w {
	case "”", "\"", "’", "'", "''", "»", ")", "]", "›":
		return true
	}
	return false
}

// Lower is strings.ToLower without allocating for text already lower case.
func Lower(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return strings.ToLower(s)
		}
	}
	return s
}

// IsISODate reports whether w is a date written YYYY-MM-DD.
func IsISODate(w string) bool {
	if len(w) != 10 || w[4] != '-' || w[7] != '-' {
		return false
	}
	for i := 0; i < 10; i++ {
		if i != 4 && i != 7 && (w[i] < '0' || w[i] > '9') {
			return false
		}
	}
	return true
}

// MergeMarks joins typewriter double quotes written as two characters,
// two apostrophes or two backticks, into one token.
func MergeMarks(text string, toks []tokens.Token) []tokens.Token {
	out := toks[:0]
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if i+1 < len(toks) && toks[i+1].Gap == tokens.NoSpace && t.B1-t.B0 == 1 && toks[i+1].B1-toks[i+1].B0 == 1 {
			if c := text[t.B0]; (c == '\'' || c == '`') && text[toks[i+1].B0] == c {
				t.End, t.B1 = toks[i+1].End, toks[i+1].B1
				i++
			}
		}
		out = append(out, t)
	}
	return out
}

// timeGoesOn follow a capitalised word that a time goes on into: "7 p.m.
// Halifax time", "7 p.m. Thursdays at", "11 p.m. Christmas Eve", "3 p.m. GMT on".
var timeGoesOn = map[string]bool{"time": true, "night": true, "morning": true, "afternoon": true, "evening": true, "weekend": true,
	"day": true, "eve": true, "on": true, "at": true, "from": true, "until": true, "till": true, "to": true, "through": true, "and": true, "or": true, "only": true}

// zoneLike reports a time zone's abbreviation: two to five capitals ending in T ("GMT", "UTC", "NDT", "AEST").
func zoneLike(w string) bool {
	if len(w) < 2 || len(w) > 5 || w != strings.ToUpper(w) {
		return false
	}
	return w[len(w)-1] == 'T' || w == "UTC" || w == "Z"
}

// fullLine reports that the line ending at token i could not have taken
// the word j after it within the text's longest line: a hard wrap, not a
// line ended on purpose.
func (l *Layer) fullLine(i, j int) bool {
	if l.widest == 0 {
		// (once per text)
		for a := 0; a < len(l.Tokens); {
			b := l.lineEnd(a)
			l.widest = max(l.widest, l.Tokens[b-1].End-l.Tokens[a].Start, 1)
			a = b
		}
	}
	return l.lineLen(l.lineStart(i))+1+(l.Tokens[j].End-l.Tokens[j].Start) > l.widest
}
