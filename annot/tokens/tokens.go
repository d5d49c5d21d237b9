// Package tokens splits text into tokens with code point and byte offsets.
// It is the one tokenisation Quotebench uses: the detector, the entity tagger
// and the token-based exports (CoNLL, spaCy) all see the same tokens.
//
// Rules, in order:
//   - whitespace separates tokens and is never part of one;
//   - a word is a run of letters, digits and combining marks, with inner
//     apostrophes, hyphens and periods between letters ("o'clock", "well-known",
//     "U.S."), inner commas and periods between digits ("1,000.5");
//   - English clitics split off: "Doe's" → "Doe" "'s", "don't" → "do" "n't"
//     (straight and curly apostrophes alike);
//   - a final period stays with a single letter ("J."), with a word that
//     already holds a period ("U.S."), and with common abbreviations ("Mr.");
//   - "..." and runs of dashes are one token; any other symbol is its own token.
package tokens

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kind classifies a token.
type Kind uint8

const (
	Word   Kind = iota // letters (and digits mixed in)
	Number             // starts with a digit
	Punct              // anything else
)

// Gap describes the whitespace before a token.
type Gap uint8

const (
	NoSpace   Gap = iota // glued to the previous token
	Space                // spaces or tabs
	Newline              // one line break
	Paragraph            // a blank line (two or more line breaks), or the text start
)

// Token is one token. Start and End are code point offsets (end exclusive);
// B0 and B1 the byte offsets of the same range.
type Token struct {
	Start, End int32
	B0, B1     int32
	Kind       Kind
	Gap        Gap
}

// Text returns the token's text.
func (t Token) Text(text string) string { return text[t.B0:t.B1] }

var abbreviations = map[string]bool{}

func init() {
	for _, a := range strings.Fields(`Mr Mrs Ms Dr Prof Gen Sen Rep Gov Lt Col Sgt Capt Cmdr Adm Maj
		Rev Hon Pres Supt Det Insp Const Cst Cpl Coun St Mt Ft Jr Sr Inc Corp Co Ltd Bros vs v etc Jan Feb Mar Apr Aug
		Sept Sep Oct Nov Dec No Nos Ave Blvd Rd Dept Univ Assn Ariz Calif Colo Conn Fla Ga Ill Ind
		Kan Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev Okla Ore Pa Tenn Tex Va Vt Wash Wis Wyo
		approx est fig al i.e e.g ST Ste STE`) {
		abbreviations[a] = true
	}
}

// regionAbbreviations are the abbreviations of US states (AP style) and
// Canadian provinces and territories (Canadian Press style), without
// their final period.
var regionAbbreviations = func() map[string]bool {
	m := map[string]bool{}
	for _, a := range strings.Fields(`Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Ky La Md Mass Mich Minn Miss Mo
		Mont Neb Nev N.H N.J N.M N.Y N.C N.D Okla Ore Pa R.I S.C S.D Tenn Tex Vt Va Wash W.Va Wis Wyo D.C
		B.C Alta Sask Man Ont Que N.B N.S P.E.I N.L Nfld N.W.T Y.T`) {
		m[a] = true
	}
	return m
}()

// IsRegionAbbreviation reports whether w, without its final period,
// abbreviates a US state or a Canadian province or territory ("Calif",
// "B.C", "Sask"; case matters: "Man" is Manitoba, "man" is no place).
func IsRegionAbbreviation(w string) bool { return regionAbbreviations[w] }

// IsAbbreviation reports whether w (without its final period) is a known
// abbreviation that keeps its period.
func IsAbbreviation(w string) bool { return abbreviations[w] }

// Tokenize splits text into tokens. It runs in linear time and allocates
// only the result.
func Tokenize(text string) []Token {
	toks := make([]Token, 0, len(text)/5+1)
	b, cp := 0, 0
	gap := Paragraph
	newlines := 0
	for b < len(text) {
		r, size := decode(text, b)
		if isSpace(r) {
			if r == '\n' {
				newlines++
			}
			b += size
			cp++
			if gap < Space {
				gap = Space
			}
			continue
		}
		if newlines == 1 && gap < Newline {
			gap = Newline
		} else if newlines >= 2 {
			gap = Paragraph
		}
		newlines = 0
		start, startB := cp, b
		var kind Kind
		switch {
		case isWordRune(r):
			kind = Word
			if unicode.IsDigit(r) {
				kind = Number
			}
			b, cp = scanWord(text, b, cp, kind)
			// Split clitics off the word: "Doe's", "don't".
			if kind == Word {
				if cb, ccp := clitic(text, startB, b, start, cp); cb > startB {
					toks = append(toks, Token{int32(start), int32(ccp), int32(startB), int32(cb), kind, gap})
					gap = NoSpace
					start, startB = ccp, cb
					kind = Punct
					if isWordRune(firstRune(text[cb:b])) {
						kind = Word
					}
				}
			}
			// A final period that belongs to the word.
			if b < len(text) && text[b] == '.' && kind == Word && keepsPeriod(text[startB:b]) {
				b++
				cp++
				if n := possessiveAt(text, b); n > 0 {
					// "B.C.'s": the possessive after the period.
					toks = append(toks, Token{int32(start), int32(cp), int32(startB), int32(b), kind, gap})
					gap = NoSpace
					start, startB = cp, b
					b += n
					cp += 2
					kind = Punct
				}
			}
		case r == '.' && strings.HasPrefix(text[b:], "..."):
			b += 3
			cp += 3
			kind = Punct
		case isDash(r):
			kind = Punct
			for b < len(text) {
				r2, s2 := decode(text, b)
				if !isDash(r2) || (r2 != r && r != '-') {
					break
				}
				b += s2
				cp++
			}
		default:
			kind = Punct
			b += size
			cp++
		}
		toks = append(toks, Token{int32(start), int32(cp), int32(startB), int32(b), kind, gap})
		gap = NoSpace
	}
	return toks
}

func decode(text string, b int) (rune, int) {
	if c := text[b]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(text[b:])
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f':
		return true
	}
	return r > 0x7f && (unicode.IsSpace(r) || r == 0x200b || r == 0xfeff)
}

// asciiWord[c] reports whether the byte c is an ASCII letter or digit
// (false for every byte of a multi-byte rune).
var asciiWord = func() (t [256]bool) {
	for c := range 128 {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

func isWordRune(r rune) bool {
	if uint32(r) < utf8.RuneSelf {
		return asciiWord[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isDash(r rune) bool { return r == '-' || r == '–' || r == '—' || r == '―' }

// IsDashWord reports whether token text w is a dash: one dash character or
// "--".
func IsDashWord(w string) bool {
	if w == "--" {
		return true
	}
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && n > 0 && isDash(r)
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

// scanWord consumes a word starting at b and returns the end.
func scanWord(text string, b, cp int, kind Kind) (int, int) {
	prev := rune(0)
	for b < len(text) {
		if c := text[b]; asciiWord[c] { // the common case, as isWordRune
			prev = rune(c)
			b++
			cp++
			continue
		}
		r, size := decode(text, b)
		if isWordRune(r) {
			prev = r
			b += size
			cp++
			continue
		}
		// Inner joiners need a word rune on both sides.
		if b+size >= len(text) {
			break
		}
		next, nsize := decode(text, b+size)
		if !isWordRune(next) {
			break
		}
		ok := false
		switch {
		case isApostrophe(r) || r == '-' || r == '‐':
			ok = kind == Word || r == '-' // "o'clock", "well-known", "COVID-19", "2-1"
		case r == '.':
			// "U.S.", "e.g", "1.5" — but not "end.Next" (lower/upper after a period
			// is a missing space only when the left part is long).
			ok = unicode.IsDigit(prev) && unicode.IsDigit(next) ||
				unicode.IsLetter(prev) && unicode.IsLetter(next) && (singleLetterBefore(text, b) || domainAfter(text, b+size))
		case r == ',':
			ok = unicode.IsDigit(prev) && unicode.IsDigit(next)
		case r == ':':
			ok = kind == Number && unicode.IsDigit(prev) && unicode.IsDigit(next) // "3:12 left", as CoNLL writes times
		case r == '@' || r == '&':
			ok = kind == Word && unicode.IsUpper(prev) && unicode.IsUpper(next) // "AT&T"
		}
		if !ok {
			break
		}
		b += size + nsize
		cp += 2
		prev = next
	}
	return b, cp
}

// domainAfter reports a top-level domain at text[b:] ending the word, as
// in "Example.com" or "city.gov.uk": a web address is one token.
func domainAfter(text string, b int) bool {
	e := b
	for e < len(text) && text[e] >= 'a' && text[e] <= 'z' {
		e++
	}
	if !topLevelDomains[text[b:e]] || e < len(text) && isWordRune(rune(text[e])) {
		return false
	}
	if e+1 < len(text) && text[e] == '.' && text[e+1] >= 'a' && text[e+1] <= 'z' {
		return domainAfter(text, e+1) // "city.gov.uk"
	}
	return true
}

// topLevelDomains are the common generic and country top-level domains.
var topLevelDomains = map[string]bool{"com": true, "org": true, "net": true, "gov": true, "edu": true, "int": true, "mil": true,
	"io": true, "info": true, "biz": true, "ca": true, "uk": true, "us": true, "au": true, "de": true, "fr": true, "eu": true}

// singleLetterBefore reports whether the word part ending at b (a period) is a
// single letter, as in "U.S" or "J.R".
func singleLetterBefore(text string, b int) bool {
	_, size := utf8.DecodeLastRuneInString(text[:b])
	if size == 0 {
		return false
	}
	p := b - size
	if p == 0 {
		return true
	}
	before, _ := utf8.DecodeLastRuneInString(text[:p])
	return !isWordRune(before) || before == '.'
}

// clitic finds an English clitic at the end of word text[b0:b1] and returns
// where it starts (bytes, code points), or b0 when there is none.
func clitic(text string, b0, b1, cp0, cp1 int) (int, int) {
	w := text[b0:b1]
	// Every clitic has an apostrophe (' or ’, whose last byte is 0x99) in
	// its last five bytes: most words have none and end here.
	tail := w[max(0, len(w)-5):]
	if strings.IndexByte(tail, '\'') < 0 && strings.IndexByte(tail, 0x99) < 0 {
		return b0, cp0
	}
	for _, c := range [...]string{"n't", "n’t", "'s", "’s", "'re", "’re", "'ll", "’ll", "'ve", "’ve", "'d", "’d", "'m", "’m", "'S", "’S"} {
		if len(w) > len(c) && strings.HasSuffix(w, c) {
			if c[0] == 'n' && !strings.HasSuffix(strings.ToLower(w), c) {
				continue
			}
			n := utf8.RuneCountInString(c)
			return b1 - len(c), cp1 - n
		}
	}
	return b0, cp0
}

// possessiveAt is the length in bytes of a possessive "'s" (or "’s") at
// text[b:] that no word rune follows, or 0.
func possessiveAt(text string, b int) int {
	for _, c := range [...]string{"'s", "’s", "'S", "’S"} {
		if strings.HasPrefix(text[b:], c) {
			if e := b + len(c); e < len(text) && isWordRune(firstRune(text[e:])) {
				return 0
			}
			return len(c)
		}
	}
	return 0
}

// keepsPeriod reports whether a word followed by "." keeps the period.
func keepsPeriod(w string) bool {
	if utf8.RuneCountInString(w) == 1 {
		r := firstRune(w)
		return unicode.IsUpper(r) || abbreviations[w] // an initial, or "v." of "Roe v. Wade"
	}
	if i := strings.LastIndexByte(w, '.'); i >= 0 && topLevelDomains[w[i+1:]] {
		return false // "Example.com." ends a sentence
	}
	return strings.Contains(w, ".") || abbreviations[w]
}
