// Package chunk runs a detector on articles of any size within bounded
// memory and bounded output. The detector's memory grows with the text it
// is given (about 150 to 250 bytes per byte of input), so a long text is
// cut into pieces of at most Limits.ChunkBytes at paragraph, line or
// sentence ends, each piece is detected on its own and the results are put
// back at their offsets; and an article that yields more suggestions than
// Limits allows (a pathological one: a million quotation marks) keeps the
// first ones in text order, with a notice. A text no longer than one piece
// is detected exactly as the detector alone would.
package chunk

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/quotebench/quotebench/annot"
)

// Limits bound the work and the output for one article.
type Limits struct {
	ChunkBytes  int // largest piece given to the detector at once
	MaxQuotes   int // quote suggestions kept per article
	MaxMentions int // mention suggestions kept per article
}

// Default: pieces of 512 KiB (a news article is 2 to 50 KiB: never cut);
// 10,000 quotes and 50,000 mentions per article (a long book has fewer).
var Default = Limits{ChunkBytes: 512 << 10, MaxQuotes: 10000, MaxMentions: 50000}

// Detect runs det on text piece by piece and returns the suggestions in
// code points of text, and notices saying where the text was cut and what
// was left out (empty for an ordinary article).
func Detect(det func(string) annot.Annotations, text string, lim Limits) (annot.Annotations, []string) {
	if lim.ChunkBytes <= 0 {
		lim = Default
	}
	if len(text) <= lim.ChunkBytes {
		a := det(text)
		return capped(a, lim)
	}
	var out annot.Annotations
	var notes []string
	pieces, runeOff := 0, 0
	full := false
	for start := 0; start < len(text); pieces++ {
		end := cut(text, start, lim.ChunkBytes)
		piece := text[start:end]
		if !full {
			a := det(piece)
			full = add(&out, a, runeOff, lim)
			if full {
				notes = append(notes, fmt.Sprintf("detection stopped at character %d of %d: the article reached the limit of %d quote or %d mention suggestions",
					runeOff+utf8.RuneCountInString(piece), utf8.RuneCountInString(text), lim.MaxQuotes, lim.MaxMentions))
			}
		}
		runeOff += utf8.RuneCountInString(piece)
		start = end
	}
	notes = append([]string{fmt.Sprintf("a long article (%d bytes): detected in %d pieces of up to %d KiB cut at paragraph or sentence ends; "+
		"a speaker or a quote across a cut may be missed", len(text), pieces, lim.ChunkBytes>>10)}, notes...)
	return out, notes
}

// cut returns where the piece starting at start ends: at most max bytes
// on, after the last paragraph break, else line break, else sentence end,
// else space in the second half of the piece; else on a character boundary.
func cut(text string, start, max int) int {
	if len(text)-start <= max {
		return len(text)
	}
	end := start + max
	for end > start && !utf8.RuneStart(text[end]) {
		end--
	}
	window := text[start:end]
	half := len(window) / 2
	for _, sep := range []string{"\n\n", "\n", ". ", "? ", "! ", "” ", " "} {
		if i := strings.LastIndex(window, sep); i >= half {
			return start + i + len(sep)
		}
	}
	return end
}

// add appends the suggestions of a piece that starts at code point off,
// with ids made unique, and reports whether a limit was reached (then the
// set is cut to the limits).
func add(out *annot.Annotations, a annot.Annotations, off int, lim Limits) bool {
	ents := map[annot.EntityID]annot.EntityID{}
	for _, e := range a.Entities {
		id := annot.EntityID(len(out.Entities) + 1)
		ents[e.ID] = id
		e.ID = id
		out.Entities = append(out.Entities, e)
	}
	ments := map[annot.MentionID]annot.MentionID{}
	for _, m := range a.Mentions {
		id := annot.MentionID(len(out.Mentions) + 1)
		ments[m.ID] = id
		m.ID = id
		m.Span = shift(m.Span, off)
		if m.Entity != 0 {
			m.Entity = ents[m.Entity]
		}
		out.Mentions = append(out.Mentions, m)
	}
	for _, q := range a.Quotes {
		q.ID = annot.QuoteID(len(out.Quotes) + 1)
		parts := make([]annot.Span, len(q.Parts))
		for i, p := range q.Parts {
			parts[i] = shift(p, off)
		}
		q.Parts = parts
		if !q.Cue.Empty() {
			q.Cue = shift(q.Cue, off)
		}
		if q.Speaker != 0 {
			q.Speaker = ments[q.Speaker]
		}
		out.Quotes = append(out.Quotes, q)
	}
	if len(out.Quotes) < lim.MaxQuotes && len(out.Mentions) < lim.MaxMentions {
		return false
	}
	*out, _ = capped(*out, lim)
	return true
}

func shift(s annot.Span, off int) annot.Span {
	return annot.Span{Start: s.Start + off, End: s.End + off}
}

// capped keeps the first MaxQuotes quotes and MaxMentions mentions in text
// order, the speakers of the quotes kept first, and the entities the kept
// mentions refer to.
func capped(a annot.Annotations, lim Limits) (annot.Annotations, []string) {
	if len(a.Quotes) <= lim.MaxQuotes && len(a.Mentions) <= lim.MaxMentions {
		return a, nil
	}
	nq, nm := len(a.Quotes), len(a.Mentions)
	quotes := append([]annot.Quote(nil), a.Quotes...)
	sortBy(quotes, func(q annot.Quote) int { return q.Extent().Start })
	if len(quotes) > lim.MaxQuotes {
		quotes = quotes[:lim.MaxQuotes]
	}
	keep := map[annot.MentionID]bool{}
	for _, q := range quotes {
		if q.Speaker != 0 {
			keep[q.Speaker] = true
		}
	}
	ments := append([]annot.Mention(nil), a.Mentions...)
	sortBy(ments, func(m annot.Mention) int { return m.Start })
	room := lim.MaxMentions - len(keep)
	var kept []annot.Mention
	for _, m := range ments {
		if keep[m.ID] {
			kept = append(kept, m)
		} else if room > 0 {
			room--
			kept = append(kept, m)
		}
	}
	used := map[annot.EntityID]bool{}
	for _, m := range kept {
		used[m.Entity] = true
	}
	var ents []annot.Entity
	for _, e := range a.Entities {
		if used[e.ID] {
			ents = append(ents, e)
		}
	}
	note := fmt.Sprintf("the detector found %d quotes and %d mentions; kept the first %d quotes and %d mentions in text order (limits %d and %d per article)",
		nq, nm, len(quotes), len(kept), lim.MaxQuotes, lim.MaxMentions)
	return annot.Annotations{Entities: ents, Mentions: kept, Quotes: quotes}, []string{note}
}

// sortBy sorts xs by key, stably.
func sortBy[T any](xs []T, key func(T) int) {
	sort.SliceStable(xs, func(i, j int) bool { return key(xs[i]) < key(xs[j]) })
}
