package spacy

import (
	"sort"
	"unicode/utf8"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/annot/tokens"
)

// docTokens tokenizes text the way spaCy's Doc holds it, so that
//
//	"".join(t.text + (" " if t.ws else "") for t in tokens) == text
//
// Words come from the shared tokenizer (annot/tokens). Whitespace follows
// spaCy's tokenizer: one plain space after a word is that word's ws; any
// other whitespace run (a newline, a paragraph break, CRLF, a tab, the
// second of two spaces, whitespace at the start) is a token of its own.
// Every span boundary in spans is a token boundary: a word is split where a
// span starts or ends inside it, and a space is its own token when a span
// starts on it or ends just after it, so that doc.char_span finds every span.
func docTokens(text string, spans []annot.Span) []Token {
	starts, ends := map[int]bool{}, map[int]bool{}
	var cuts []int
	for _, s := range spans {
		starts[s.Start], ends[s.End] = true, true
		cuts = append(cuts, s.Start, s.End)
	}
	sort.Ints(cuts)
	var out []Token
	cp, b := 0, 0 // position in code points and bytes
	// emit adds text[cp:end) (code points; bend the byte end), split at the cuts.
	emit := func(end, bend int) {
		for cp < end {
			k := sort.SearchInts(cuts, cp+1)
			stop := end
			if k < len(cuts) && cuts[k] < end {
				stop = cuts[k]
			}
			sb := b
			for n := cp; n < stop; n++ {
				_, size := utf8.DecodeRuneInString(text[sb:])
				sb += size
			}
			if stop == end {
				sb = bend
			}
			out = append(out, Token{Text: text[b:sb], Start: cp, End: stop, ID: len(out)})
			cp, b = stop, sb
		}
	}
	gap := func(end, bend int) {
		if cp == end {
			return
		}
		if n := len(out); n > 0 && text[b] == ' ' && !ends[cp+1] && !starts[cp] && !isSpaceText(out[n-1].Text) {
			out[n-1].WS = true
			cp, b = cp+1, b+1
		}
		emit(end, bend)
	}
	for _, tk := range tokens.Tokenize(text) {
		gap(int(tk.Start), int(tk.B0))
		emit(int(tk.End), int(tk.B1))
	}
	gap(cp+utf8.RuneCountInString(text[b:]), len(text))
	return out
}

// isSpaceText reports whether a token is whitespace (one the tokenizer
// left between words).
func isSpaceText(s string) bool {
	for _, r := range s {
		switch r {
		case ' ', '\t', '\n', '\r', '\v', '\f', 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0x200b, 0xfeff:
		default:
			if r < 0x2000 || r > 0x200a {
				return false
			}
		}
	}
	return s != ""
}

// tokenIndex maps the code point offsets where tokens start and end to
// their indices.
type tokenIndex struct{ start, end map[int]int }

func indexTokens(toks []Token) tokenIndex {
	ix := tokenIndex{start: make(map[int]int, len(toks)), end: make(map[int]int, len(toks))}
	for i, t := range toks {
		ix.start[t.Start], ix.end[t.End] = i, i
	}
	return ix
}

// entGroups says which mention spans can be spaCy's doc.ents (which
// refuses overlapping spans, E1010): spaCy's filter_spans rule, the
// longest first (in tokens), then the earliest. The others belong in
// doc.spans. spans are token ranges (inclusive), mention[i] false for spans
// that are no mentions (quotes, cues).
func entGroups(ranges [][2]int, mention []bool) []bool {
	order := make([]int, 0, len(ranges))
	for i := range ranges {
		if mention[i] {
			order = append(order, i)
		}
	}
	sort.SliceStable(order, func(x, y int) bool {
		a, b := ranges[order[x]], ranges[order[y]]
		if la, lb := a[1]-a[0], b[1]-b[0]; la != lb {
			return la > lb
		}
		return a[0] < b[0]
	})
	ent := make([]bool, len(ranges))
	var taken [][2]int
	for _, i := range order {
		r := ranges[i]
		free := true
		for _, t := range taken {
			if r[0] <= t[1] && t[0] <= r[1] {
				free = false
				break
			}
		}
		if free {
			ent[i] = true
			taken = append(taken, r)
		}
	}
	return ent
}
