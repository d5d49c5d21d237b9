package app

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/quotebench/quotebench/annot"
)

// runSearch filters the document list by a full-text query and highlights
// its words in the article; an empty query clears both and the status line.
func (wb *Workbench) runSearch(q string) {
	wb.filter.Query = strings.TrimSpace(q)
	wb.reloadDocs()
	wb.markMatches()
	if wb.filter.Query == "" {
		wb.unhint()
		return
	}
	wb.hintMatches()
}

// searchChanged clears the search as soon as the field is emptied.
func (wb *Workbench) searchChanged(s string) {
	if strings.TrimSpace(s) == "" && wb.filter.Query != "" {
		wb.runSearch("")
	}
}

// queryWords are the words of a full-text query, without its operators.
func queryWords(q string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(q, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’' }) {
		switch w {
		case "AND", "OR", "NOT", "NEAR":
			continue
		}
		out = append(out, strings.ToLower(w))
	}
	return out
}

// findMatches returns the code-point spans of the words of q in text, in
// text order: a word matches at a word start (full-text search matches
// prefixes of words too).
func findMatches(runes []rune, q string) []annot.Span {
	words := queryWords(q)
	if len(words) == 0 {
		return nil
	}
	lower := []rune(strings.ToLower(string(runes)))
	if len(lower) != len(runes) { // a case mapping changed the length: match as is
		lower = runes
	}
	var out []annot.Span
	for i := 0; i < len(lower); i++ {
		if i > 0 && (unicode.IsLetter(lower[i-1]) || unicode.IsDigit(lower[i-1])) {
			continue
		}
		for _, w := range words {
			wr := []rune(w)
			if i+len(wr) <= len(lower) && string(lower[i:i+len(wr)]) == w {
				out = append(out, annot.Span{Start: i, End: i + len(wr)})
				break
			}
		}
	}
	return out
}

// markMatches paints the search's matches in the article, the first current.
func (wb *Workbench) markMatches() {
	m := findMatches(wb.runes, wb.filter.Query)
	cur := -1
	if len(m) > 0 {
		cur = 0
	}
	wb.view.SetFound(m, cur)
}

// hintMatches says how many documents and matches the search found.
func (wb *Workbench) hintMatches() {
	m, cur := wb.view.Found()
	msg := fmt.Sprintf("%d documents match %q", len(wb.docs), wb.filter.Query)
	if len(m) > 0 {
		msg += fmt.Sprintf(" · match %d of %d in this article (Ctrl+G next, Ctrl+Shift+G previous)", cur+1, len(m))
	} else if wb.doc.ID != 0 {
		msg += " · none in this article"
	}
	wb.hint(msg)
}

// NextMatch moves to the next (dir 1) or previous (dir -1) search match in
// the article, wrapping around.
func (wb *Workbench) NextMatch(dir int) {
	m, cur := wb.view.Found()
	if len(m) == 0 {
		if wb.filter.Query == "" {
			wb.hint("Search first (Ctrl+F)")
		}
		return
	}
	cur = ((cur+dir)%len(m) + len(m)) % len(m)
	wb.view.SetFound(m, cur)
	wb.hintMatches()
}
