package formats

import (
	"fmt"
	"sort"
	"strings"

	"github.com/quotebench/quotebench/annot"
)

// Dedupe leaves out the repeats within one record's annotations: a mention
// with the span, label and entity of an earlier one, and a quote with the
// kind, cue, parts and speaker of an earlier one (a file that lists one
// span four times gets it once). A quote whose speaker was a left-out
// mention speaks through the mention kept. It returns the set without the
// repeats, how many it left out and a note for each repeated annotation
// (text is the document's text, for naming the span).
func Dedupe(a annot.Annotations, text []rune) (annot.Annotations, int, []Note) {
	var notes []Note
	left := 0
	same := map[annot.MentionID]annot.MentionID{} // left out -> kept
	type mkey struct {
		span   annot.Span
		label  annot.Label
		entity annot.EntityID
	}
	firstM := map[mkey]annot.MentionID{}
	countM := map[mkey]int{}
	var ments []annot.Mention
	for _, m := range a.Mentions {
		k := mkey{m.Span, m.Label, m.Entity}
		if id, ok := firstM[k]; ok {
			same[m.ID] = id
			countM[k]++
			left++
			continue
		}
		firstM[k] = m.ID
		countM[k] = 1
		ments = append(ments, m)
	}
	for _, m := range ments {
		if n := countM[mkey{m.Span, m.Label, m.Entity}]; n > 1 {
			notes = append(notes, Note{NoteRefused, fmt.Sprintf("mention %d-%d %q (%s) is in the file %d times: kept once",
				m.Start, m.End, annot.SpanText(text, m.Span), m.Label, n)})
		}
	}
	firstQ := map[string]bool{}
	countQ := map[string]int{}
	var quotes []annot.Quote
	for _, q := range a.Quotes {
		if to, ok := same[q.Speaker]; ok {
			q.Speaker = to
		}
		k := dedupeQuoteKey(q)
		countQ[k]++
		if firstQ[k] {
			left++
			continue
		}
		firstQ[k] = true
		quotes = append(quotes, q)
	}
	for _, q := range quotes {
		if n := countQ[dedupeQuoteKey(q)]; n > 1 {
			x := q.Extent()
			notes = append(notes, Note{NoteRefused, fmt.Sprintf("quote %d-%d %q is in the file %d times: kept once",
				x.Start, x.End, clip(annot.SpanText(text, x)), n)})
		}
	}
	if left == 0 {
		return a, 0, nil
	}
	a.Mentions, a.Quotes = ments, quotes
	return a, left, notes
}

func dedupeQuoteKey(q annot.Quote) string {
	parts := append([]annot.Span(nil), q.Parts...)
	sort.Slice(parts, func(i, j int) bool { return parts[i].Start < parts[j].Start })
	cue := q.Cue
	if cue.Empty() {
		cue = annot.Span{}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s %d-%d %d %v", q.Kind, cue.Start, cue.End, q.Speaker, q.Unattributed)
	for _, p := range parts {
		fmt.Fprintf(&b, " %d-%d", p.Start, p.End)
	}
	return b.String()
}
