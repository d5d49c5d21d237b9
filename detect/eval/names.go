package eval

import (
	"strings"
	"unicode"
)

// nameWords returns the words of a speaker written as a name, lower-cased,
// without titles before it and possessive endings ("Sen. Jane Doe's" ->
// jane, doe), or nil when it is no name: empty, or a word that is neither
// capitalised nor a name particle ("the mayor", "he", "Doe and Roe").
func nameWords(s *string) []string {
	if s == nil {
		return nil
	}
	var out []string
	for i, f := range strings.Fields(*s) {
		w := strings.ToLower(strings.Trim(f, `,;:"“”'‘’()`))
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if w == "" {
			continue
		}
		r := []rune(strings.TrimLeft(f, `"“'‘(`))
		if len(r) == 0 {
			return nil
		}
		switch {
		case nameParticles[w] && i > 0:
			continue
		case !unicode.IsUpper(r[0]) && !unicode.IsDigit(r[0]) || notNames[w]:
			return nil
		case len(out) == 0 && nameTitles[w]:
			continue
		}
		out = append(out, w)
	}
	if len(out) == 0 || len(out) > 6 {
		return nil
	}
	return out
}

// sameName reports whether the words of one name are all among the
// other's: "Doe" and "Jane Doe" agree, "Jane Doe" and "John Doe" do not.
func sameName(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	for _, w := range a {
		found := false
		for _, x := range b {
			found = found || x == w
		}
		if !found {
			return false
		}
	}
	return true
}

// nameParticles may stand lower-case inside a name ("Bank of Canada").
var nameParticles = map[string]bool{"of": true, "de": true, "da": true, "del": true, "la": true, "le": true,
	"van": true, "von": true, "der": true, "den": true, "bin": true, "al": true, "for": true, "the": true, "and": false}

// notNames are capitalised words that make a speaker no name: pronouns,
// determiners and quantifiers that open a sentence ("He", "The mayor").
var notNames = map[string]bool{"he": true, "she": true, "they": true, "it": true, "we": true, "i": true, "you": true,
	"his": true, "her": true, "their": true, "its": true, "our": true, "my": true, "the": true, "a": true, "an": true,
	"this": true, "that": true, "these": true, "those": true, "some": true, "many": true, "most": true, "several": true,
	"other": true, "others": true, "both": true, "all": true, "who": true, "which": true, "one": true, "two": true,
	"and": true, "&": false}

// nameTitles before a name are not part of it.
var nameTitles = map[string]bool{"mr.": true, "mr": true, "mrs.": true, "mrs": true, "ms.": true, "ms": true,
	"dr.": true, "sen.": true, "rep.": true, "gov.": true, "gen.": true, "sir": true, "president": true,
	"senator": true, "governor": true, "secretary": true, "minister": true, "prime": true, "former": true}
