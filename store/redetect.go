package store

import (
	"fmt"
	"slices"

	"github.com/quotebench/quotebench/annot"
)

// ReplaceSuggestions swaps the detector's undecided suggestions in a
// document for a new detection, in one journaled action: one undo brings the
// old suggestions back. What anybody decided (accepted, edited or rejected)
// and what people or imports made is never touched. A new suggestion that
// overlaps a kept annotation of its kind is left out, so nothing the analyst
// rejected or already has is suggested again; a new quote whose speaker has
// the span of a kept mention speaks through that mention (unless the analyst
// rejected it: then the new quote has no speaker). The document's
// status does not change. It returns how many suggestions went and came.
func (s *Store) ReplaceSuggestions(id annot.DocID, a annot.Annotations) (removed, added int, err error) {
	err = s.act("re-detect", func(r *rec) error {
		r.doc, r.status = id, true
		chars, err := docChars(r.tx, id)
		if err != nil {
			return err
		}
		if err := a.Validate(chars); err != nil {
			return err
		}
		if removed, err = r.removePending(id); err != nil {
			return err
		}
		kept, err := loadAnnotations(r.tx, id)
		if err != nil {
			return err
		}
		fresh, l := newSuggestions(kept, a)
		for i := range fresh.Quotes {
			fresh.Quotes[i].Provenance.State = annot.StateSuggested
		}
		return r.insertRecorded(id, &fresh, l, &added)
	})
	if err != nil {
		return 0, 0, fmt.Errorf("re-detect document %d: %w", id, err)
	}
	return removed, added, nil
}

// pending is the SQL condition for an undecided detector suggestion.
const pending = "origin = 'detector' AND state = 'suggested'"

// removePending deletes the document's undecided detector suggestions:
// quotes with their parts, then mentions no kept quote speaks through, then
// entities no kept mention belongs to.
func (r *rec) removePending(id annot.DocID) (int, error) {
	n := 0
	qs, err := ids(r.tx, "SELECT id FROM quotes WHERE doc_id = ? AND "+pending+" ORDER BY id", id)
	if err != nil {
		return 0, err
	}
	for _, q := range qs {
		if err := r.touch("quotes", q); err != nil {
			return 0, err
		}
		parts, err := ids(r.tx, "SELECT id FROM quote_parts WHERE quote_id = ? ORDER BY seq", q)
		if err != nil {
			return 0, err
		}
		for _, p := range parts {
			if err := r.touch("quote_parts", p); err != nil {
				return 0, err
			}
		}
		if _, err := r.tx.ExecContext(bg, "DELETE FROM quote_parts WHERE quote_id = ?", q); err != nil {
			return 0, err
		}
		if _, err := r.tx.ExecContext(bg, "DELETE FROM quotes WHERE id = ?", q); err != nil {
			return 0, err
		}
		n++
	}
	ms, err := ids(r.tx, `SELECT m.id FROM mentions m WHERE m.doc_id = ? AND m.`+pending+`
		AND NOT EXISTS (SELECT 1 FROM quotes q WHERE q.speaker_id = m.id) ORDER BY m.id`, id)
	if err != nil {
		return 0, err
	}
	if err := r.deleteRows("mentions", ms); err != nil {
		return 0, err
	}
	n += len(ms)
	es, err := ids(r.tx, `SELECT e.id FROM entities e WHERE e.doc_id = ? AND e.`+pending+`
		AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = e.id) ORDER BY e.id`, id)
	if err != nil {
		return 0, err
	}
	if err := r.deleteRows("entities", es); err != nil {
		return 0, err
	}
	return n, nil
}

// deleteRows records and deletes rows of a table.
func (r *rec) deleteRows(table string, rows []int64) error {
	for _, id := range rows {
		if err := r.touch(table, id); err != nil {
			return err
		}
		if _, err := r.tx.ExecContext(bg, "DELETE FROM "+table+" WHERE id = ?", id); err != nil {
			return err
		}
	}
	return nil
}

// newSuggestions keeps of a new detection what does not overlap the kept
// annotations, and links new speakers to kept mentions with their span.
func newSuggestions(kept, a annot.Annotations) (annot.Annotations, links) {
	l := links{ents: map[annot.EntityID]int64{}, ments: map[annot.MentionID]int64{}, quotes: map[annot.QuoteID]bool{}}
	var out annot.Annotations
	var mentionSpans, quoteParts []annot.Span
	same := map[annot.Span]annot.MentionID{} // a kept mention's span, unless rejected
	for _, k := range kept.Mentions {
		mentionSpans = append(mentionSpans, k.Span)
		if k.State != annot.StateRejected {
			same[k.Span] = k.ID // a rejected mention speaks for nothing new
		}
	}
	for _, k := range kept.Quotes {
		quoteParts = append(quoteParts, k.Parts...)
	}
	keptMentions, keptParts := newSpanIndex(mentionSpans), newSpanIndex(quoteParts)
	dropped := map[annot.MentionID]bool{}
	for _, m := range a.Mentions {
		if k, ok := same[m.Span]; ok {
			l.ments[m.ID] = int64(k)
		}
		if keptMentions.overlaps(m.Span) {
			if _, ok := l.ments[m.ID]; !ok {
				dropped[m.ID] = true
			}
			continue
		}
		out.Mentions = append(out.Mentions, m)
	}
	used := map[annot.EntityID]bool{}
	for i, m := range out.Mentions {
		used[m.Entity] = true
		out.Mentions[i].Provenance.State = annot.StateSuggested
	}
	for _, e := range a.Entities {
		if used[e.ID] {
			e.State = annot.StateSuggested
			out.Entities = append(out.Entities, e)
		}
	}
	for _, q := range a.Quotes {
		if slices.ContainsFunc(q.Parts, keptParts.overlaps) {
			continue
		}
		if dropped[q.Speaker] {
			q.Speaker = 0
		}
		out.Quotes = append(out.Quotes, q)
	}
	return out, l // quotes may name mentions in l.ments: they link to the kept rows
}

// spanIndex answers whether a span overlaps any of a set in O(log n): the
// spans sorted by start, with the largest end up to each.
type spanIndex struct {
	starts, maxEnd []int
}

func newSpanIndex(spans []annot.Span) spanIndex {
	slices.SortFunc(spans, func(a, b annot.Span) int { return a.Start - b.Start })
	var ix spanIndex
	end := 0
	for _, s := range spans {
		end = max(end, s.End)
		ix.starts = append(ix.starts, s.Start)
		ix.maxEnd = append(ix.maxEnd, end)
	}
	return ix
}

// overlaps reports whether sp shares a code point with a span of the set:
// one that starts before sp ends and ends after sp starts.
func (ix spanIndex) overlaps(sp annot.Span) bool {
	n, _ := slices.BinarySearch(ix.starts, sp.End) // spans starting before sp.End
	return n > 0 && ix.maxEnd[n-1] > sp.Start
}

// insertRecorded inserts a set with insertLinked and records every new row
// in the journal (rows with ids above the largest before the insert).
func (r *rec) insertRecorded(id annot.DocID, a *annot.Annotations, l links, added *int) error {
	tables := []string{"entities", "mentions", "quotes", "quote_parts"}
	top := map[string]int64{}
	for _, t := range tables {
		var n int64
		if err := r.tx.QueryRowContext(bg, "SELECT coalesce(max(id), 0) FROM "+t).Scan(&n); err != nil {
			return err
		}
		top[t] = n
	}
	if err := insertLinked(r.tx, id, a, annot.OriginDetector, l); err != nil {
		return err
	}
	for _, t := range tables {
		rows, err := ids(r.tx, "SELECT id FROM "+t+" WHERE id > ? ORDER BY id", top[t])
		if err != nil {
			return err
		}
		for _, row := range rows {
			r.inserted(t, row)
			if t == "mentions" || t == "quotes" {
				*added++
			}
		}
	}
	return nil
}
