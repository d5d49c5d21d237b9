package store

import (
	"database/sql"
	"errors"
	"fmt"

	"github.com/quotebench/quotebench/annot"
)

// User actions: each one transaction, journaled, undoable. Editing a
// detector's or an import's suggestion (span, parts, kind, label, speaker)
// sets its state to edited; human annotations stay accepted.

// SetStatus sets a document's workflow status.
func (s *Store) SetStatus(id annot.DocID, st annot.Status) error {
	if !validStatus(st) {
		return fmt.Errorf("set status: %w: status %q", annot.ErrInvalid, st)
	}
	return s.act("set status "+string(st), func(r *rec) error {
		r.doc, r.status = id, true
		if err := r.touch("documents", int64(id)); err != nil {
			return err
		}
		_, err := r.tx.ExecContext(bg, "UPDATE documents SET status = ?, updated = ? WHERE id = ? AND status <> ?", string(st), now(), id, string(st))
		return err
	})
}

func validState(st annot.State) bool {
	switch st {
	case annot.StateSuggested, annot.StateAccepted, annot.StateRejected, annot.StateEdited:
		return true
	}
	return false
}

func stateVerb(st annot.State) string {
	switch st {
	case annot.StateAccepted:
		return "accept"
	case annot.StateRejected:
		return "reject"
	case annot.StateEdited:
		return "mark edited"
	}
	return "reset"
}

// SetQuoteState records the analyst's decision on a quote.
func (s *Store) SetQuoteState(q annot.QuoteID, st annot.State) error {
	if !validState(st) {
		return fmt.Errorf("set quote state: %w: state %q", annot.ErrInvalid, st)
	}
	return s.act(stateVerb(st)+" quote", func(r *rec) error {
		if err := r.touchDoc("quotes", int64(q)); err != nil {
			return err
		}
		if _, err := r.tx.ExecContext(bg, "UPDATE quotes SET state = ? WHERE id = ?", string(st), q); err != nil {
			return err
		}
		return r.quoteFate(int64(q), st)
	})
}

// SetMentionState records the analyst's decision on a mention.
func (s *Store) SetMentionState(m annot.MentionID, st annot.State) error {
	if !validState(st) {
		return fmt.Errorf("set mention state: %w: state %q", annot.ErrInvalid, st)
	}
	return s.act(stateVerb(st)+" mention", func(r *rec) error {
		if err := r.touchDoc("mentions", int64(m)); err != nil {
			return err
		}
		_, err := r.tx.ExecContext(bg, "UPDATE mentions SET state = ? WHERE id = ?", string(st), m)
		return err
	})
}

// touchDoc records a row and sets the action's document from it.
func (r *rec) touchDoc(table string, id int64) error {
	if err := r.touch(table, id); err != nil {
		return err
	}
	d, ok := r.changes[len(r.changes)-1].Before["doc_id"].(int64)
	if ok && r.doc == 0 {
		r.doc = annot.DocID(d)
	}
	return nil
}

// ids returns the ids a query selects.
func ids(tx querier, q string, args ...any) ([]int64, error) {
	rows, err := tx.QueryContext(bg, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		out = append(out, id)
	}
	return out, rows.Err()
}

// AcceptAll accepts every suggestion still pending in a document: quotes,
// mentions and entities. It returns how many quotes and mentions it accepted.
func (s *Store) AcceptAll(id annot.DocID) (int, error) {
	n := 0
	err := s.act("accept all", func(r *rec) error {
		r.doc = id
		if _, err := docChars(r.tx, id); err != nil {
			return err
		}
		for _, t := range []string{"quotes", "mentions", "entities"} {
			rows, err := ids(r.tx, "SELECT id FROM "+t+" WHERE doc_id = ? AND state = 'suggested' ORDER BY id", id)
			if err != nil {
				return err
			}
			for _, x := range rows {
				if err := r.touch(t, x); err != nil {
					return err
				}
			}
			if t != "entities" {
				n += len(rows)
			}
			if _, err := r.tx.ExecContext(bg, "UPDATE "+t+" SET state = 'accepted' WHERE doc_id = ? AND state = 'suggested'", id); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return 0, err
	}
	return n, nil
}

// edited is the state of an annotation after the analyst changed it.
const editedState = `CASE WHEN origin = 'human' THEN state ELSE 'edited' END`

// SetSpeaker links a quote to a speaker mention (0 = none); unattributed
// records an explicit "no speaker" (only when m is 0).
func (s *Store) SetSpeaker(q annot.QuoteID, m annot.MentionID, unattributed bool) error {
	return s.act("set speaker", func(r *rec) error {
		if err := r.touchDoc("quotes", int64(q)); err != nil {
			return err
		}
		var spk any
		if m != 0 {
			if err := sameDoc(r.tx, "mentions", int64(m), r.doc); err != nil {
				return err
			}
			spk, unattributed = int64(m), false
		}
		old, err := speakerOf(r.tx, int64(q))
		if err != nil {
			return err
		}
		if _, err := r.tx.ExecContext(bg, `UPDATE quotes SET speaker_id = ?, unattributed = ?, state = `+editedState+`
			WHERE id = ? AND (coalesce(speaker_id, 0) <> ? OR unattributed <> ?)`, spk, unattributed, q, int64(m), unattributed); err != nil {
			return err
		}
		if old == int64(m) {
			return nil
		}
		return r.dropOrphanSpeaker(old)
	})
}

// sameDoc checks that a row exists and belongs to document doc.
func sameDoc(tx querier, table string, id int64, doc annot.DocID) error {
	var d int64
	err := tx.QueryRowContext(bg, "SELECT doc_id FROM "+table+" WHERE id = ?", id).Scan(&d)
	if errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("%s %d: %w", table[:len(table)-1], id, annot.ErrNotFound)
	}
	if err != nil {
		return err
	}
	if annot.DocID(d) != doc {
		return fmt.Errorf("%w: %s %d belongs to document %d, not %d", annot.ErrInvalid, table[:len(table)-1], id, d, doc)
	}
	return nil
}

func checkSpan(tx querier, doc annot.DocID, sp annot.Span) error {
	n, err := docChars(tx, doc)
	if err != nil {
		return err
	}
	if sp.Start < 0 || sp.End > n || sp.Start >= sp.End {
		return fmt.Errorf("%w: span %v outside text of %d code points", annot.ErrInvalid, sp, n)
	}
	return nil
}

func checkLabel(tx querier, l annot.Label) error {
	var n int
	if err := tx.QueryRowContext(bg, "SELECT count(*) FROM labels WHERE name = ?", string(l)).Scan(&n); err != nil {
		return err
	}
	if n == 0 {
		return fmt.Errorf("%w: label %q is not in the project's label set", annot.ErrInvalid, l)
	}
	return nil
}

// AddMention adds a human mention; entity 0 creates a new entity named after the text.
func (s *Store) AddMention(id annot.DocID, sp annot.Span, l annot.Label, t annot.MentionType, e annot.EntityID) (annot.MentionID, error) {
	var mid annot.MentionID
	err := s.act("add mention", func(r *rec) (err error) {
		r.doc = id
		mid, err = r.addMention(id, sp, l, t, e)
		return err
	})
	return mid, err
}

// AddSpeakerMention makes a span of a quote's document a new human mention
// of a new entity named after its text (as AddMention with entity 0) and
// links it as the quote's speaker: one action, so one undo step removes the
// link, the mention and the entity, and a bad span changes nothing.
func (s *Store) AddSpeakerMention(q annot.QuoteID, sp annot.Span, l annot.Label, t annot.MentionType) (annot.MentionID, error) {
	var mid annot.MentionID
	err := s.act("new speaker", func(r *rec) error {
		var d int64
		err := r.tx.QueryRowContext(bg, "SELECT doc_id FROM quotes WHERE id = ?", q).Scan(&d)
		if errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("quote %d: %w", q, annot.ErrNotFound)
		}
		if err != nil {
			return err
		}
		r.doc = annot.DocID(d)
		// entity and mention first, the link last: undo (newest change
		// first) unlinks before it deletes.
		if mid, err = r.addMention(r.doc, sp, l, t, 0); err != nil {
			return err
		}
		if err := r.touch("quotes", int64(q)); err != nil {
			return err
		}
		_, err = r.tx.ExecContext(bg, "UPDATE quotes SET speaker_id = ?, unattributed = 0, state = "+editedState+" WHERE id = ?", int64(mid), q)
		return err
	})
	if err != nil {
		return 0, err
	}
	return mid, nil
}

// addMention inserts a human mention (and, for entity 0, a new entity named
// after the text) into document id, recording both rows.
func (r *rec) addMention(id annot.DocID, sp annot.Span, l annot.Label, t annot.MentionType, e annot.EntityID) (annot.MentionID, error) {
	if err := checkSpan(r.tx, id, sp); err != nil {
		return 0, err
	}
	if err := checkLabel(r.tx, l); err != nil {
		return 0, err
	}
	switch t {
	case annot.MentionName, annot.MentionNominal, annot.MentionPronoun:
	case "":
		t = annot.MentionName
	default:
		return 0, fmt.Errorf("%w: mention type %q", annot.ErrInvalid, t)
	}
	ent := int64(e)
	if e != 0 {
		if err := sameDoc(r.tx, "entities", ent, id); err != nil {
			return 0, err
		}
	} else {
		res, err := r.tx.ExecContext(bg, `INSERT INTO entities (doc_id, name, label, origin, state)
			SELECT id, substr(text, ? + 1, ?), ?, 'human', 'accepted' FROM documents WHERE id = ?`,
			sp.Start, sp.Len(), string(l), id)
		if err != nil {
			return 0, err
		}
		ent, _ = res.LastInsertId()
		r.inserted("entities", ent)
	}
	res, err := r.tx.ExecContext(bg, `INSERT INTO mentions (doc_id, start, "end", label, type, entity_id, origin, state)
		VALUES (?, ?, ?, ?, ?, ?, 'human', 'accepted')`, id, sp.Start, sp.End, string(l), string(t), ent)
	if err != nil {
		return 0, err
	}
	mid, _ := res.LastInsertId()
	r.inserted("mentions", mid)
	return annot.MentionID(mid), nil
}

func checkParts(tx querier, doc annot.DocID, parts []annot.Span) ([]annot.Span, error) {
	if len(parts) == 0 {
		return nil, fmt.Errorf("%w: a quote needs at least one part", annot.ErrInvalid)
	}
	ps := sortedParts(parts)
	for i, p := range ps {
		if err := checkSpan(tx, doc, p); err != nil {
			return nil, err
		}
		if i > 0 && ps[i-1].Overlaps(p) {
			return nil, fmt.Errorf("%w: quote parts %v and %v overlap", annot.ErrInvalid, ps[i-1], p)
		}
	}
	return ps, nil
}

func validKind(k annot.Kind) bool {
	switch k {
	case annot.KindDirect, annot.KindMixed, annot.KindIndirect:
		return true
	}
	return false
}

func (r *rec) insertParts(q int64, parts []annot.Span) error {
	for i, p := range parts {
		res, err := r.tx.ExecContext(bg, `INSERT INTO quote_parts (quote_id, seq, start, "end") VALUES (?, ?, ?, ?)`, q, i, p.Start, p.End)
		if err != nil {
			return err
		}
		pid, _ := res.LastInsertId()
		r.inserted("quote_parts", pid)
	}
	return nil
}

// AddQuote adds a human quote with one or more parts.
func (s *Store) AddQuote(id annot.DocID, parts []annot.Span, k annot.Kind) (annot.QuoteID, error) {
	var qid int64
	err := s.act("add quote", func(r *rec) error {
		r.doc = id
		if !validKind(k) {
			return fmt.Errorf("%w: quote kind %q", annot.ErrInvalid, k)
		}
		ps, err := checkParts(r.tx, id, parts)
		if err != nil {
			return err
		}
		res, err := r.tx.ExecContext(bg, `INSERT INTO quotes (doc_id, kind, origin, state) VALUES (?, ?, 'human', 'accepted')`, id, string(k))
		if err != nil {
			return err
		}
		qid, _ = res.LastInsertId()
		r.inserted("quotes", qid)
		return r.insertParts(qid, ps)
	})
	return annot.QuoteID(qid), err
}

// SetQuoteKind changes a quote's kind.
func (s *Store) SetQuoteKind(q annot.QuoteID, k annot.Kind) error {
	if !validKind(k) {
		return fmt.Errorf("set quote kind: %w: kind %q", annot.ErrInvalid, k)
	}
	return s.act("set quote kind", func(r *rec) error {
		if err := r.touchDoc("quotes", int64(q)); err != nil {
			return err
		}
		_, err := r.tx.ExecContext(bg, "UPDATE quotes SET kind = ?, state = "+editedState+" WHERE id = ? AND kind <> ?", string(k), q, string(k))
		return err
	})
}

// SetQuoteParts replaces a quote's parts.
func (s *Store) SetQuoteParts(q annot.QuoteID, parts []annot.Span) error {
	return s.setQuoteParts("edit quote", false, q, parts)
}

// NudgeQuoteParts is SetQuoteParts for a boundary moved by a key: moves of
// the same quote in a row are one action, one undo step.
func (s *Store) NudgeQuoteParts(q annot.QuoteID, parts []annot.Span) error {
	return s.setQuoteParts("move quote boundary", true, q, parts)
}

func (s *Store) setQuoteParts(action string, merge bool, q annot.QuoteID, parts []annot.Span) error {
	return s.actMerge(action, merge, func(r *rec) error {
		if err := r.touchDoc("quotes", int64(q)); err != nil {
			return err
		}
		ps, err := checkParts(r.tx, r.doc, parts)
		if err != nil {
			return err
		}
		old, err := ids(r.tx, "SELECT id FROM quote_parts WHERE quote_id = ? ORDER BY seq", q)
		if err != nil {
			return err
		}
		same := len(old) == len(ps)
		if same {
			var cur []annot.Span
			rows, err := r.tx.QueryContext(bg, `SELECT start, "end" FROM quote_parts WHERE quote_id = ? ORDER BY seq`, q)
			if err != nil {
				return err
			}
			for rows.Next() {
				var p annot.Span
				if err := rows.Scan(&p.Start, &p.End); err != nil {
					rows.Close()
					return err
				}
				cur = append(cur, p)
			}
			rows.Close()
			for i := range cur {
				if cur[i] != ps[i] {
					same = false
				}
			}
		}
		if same {
			return nil
		}
		for _, p := range old {
			if err := r.touch("quote_parts", p); err != nil {
				return err
			}
		}
		if merge && len(old) == len(ps) {
			// a nudge moves the parts in place, so nudges in a row touch
			// the same rows and fold into one step
			for i, p := range ps {
				if _, err := r.tx.ExecContext(bg, `UPDATE quote_parts SET start = ?, "end" = ? WHERE id = ?`, p.Start, p.End, old[i]); err != nil {
					return err
				}
			}
			_, err = r.tx.ExecContext(bg, "UPDATE quotes SET state = "+editedState+" WHERE id = ?", q)
			return err
		}
		if _, err := r.tx.ExecContext(bg, "DELETE FROM quote_parts WHERE quote_id = ?", q); err != nil {
			return err
		}
		if err := r.insertParts(int64(q), ps); err != nil {
			return err
		}
		_, err = r.tx.ExecContext(bg, "UPDATE quotes SET state = "+editedState+" WHERE id = ?", q)
		return err
	})
}

// SetMentionSpan moves a mention's span.
func (s *Store) SetMentionSpan(m annot.MentionID, sp annot.Span) error {
	return s.setMentionSpan("edit mention", false, m, sp)
}

// NudgeMentionSpan is SetMentionSpan for a boundary moved by a key: moves of
// the same mention in a row are one action, one undo step.
func (s *Store) NudgeMentionSpan(m annot.MentionID, sp annot.Span) error {
	return s.setMentionSpan("move mention boundary", true, m, sp)
}

func (s *Store) setMentionSpan(action string, merge bool, m annot.MentionID, sp annot.Span) error {
	return s.actMerge(action, merge, func(r *rec) error {
		if err := r.touchDoc("mentions", int64(m)); err != nil {
			return err
		}
		if err := checkSpan(r.tx, r.doc, sp); err != nil {
			return err
		}
		_, err := r.tx.ExecContext(bg, `UPDATE mentions SET start = ?, "end" = ?, state = `+editedState+`
			WHERE id = ? AND (start <> ? OR "end" <> ?)`, sp.Start, sp.End, m, sp.Start, sp.End)
		return err
	})
}

// SetMentionLabel changes a mention's label (one of the project's labels).
func (s *Store) SetMentionLabel(m annot.MentionID, l annot.Label) error {
	return s.act("set mention label", func(r *rec) error {
		if err := r.touchDoc("mentions", int64(m)); err != nil {
			return err
		}
		if err := checkLabel(r.tx, l); err != nil {
			return err
		}
		_, err := r.tx.ExecContext(bg, "UPDATE mentions SET label = ?, state = "+editedState+" WHERE id = ? AND label <> ?", string(l), m, string(l))
		return err
	})
}

// DeleteQuote deletes a quote and its parts.
func (s *Store) DeleteQuote(q annot.QuoteID) error {
	return s.act("delete quote", func(r *rec) error {
		if err := r.touchDoc("quotes", int64(q)); err != nil {
			return err
		}
		parts, err := ids(r.tx, "SELECT id FROM quote_parts WHERE quote_id = ? ORDER BY seq", q)
		if err != nil {
			return err
		}
		for _, p := range parts {
			if err := r.touch("quote_parts", p); err != nil {
				return err
			}
		}
		if _, err := r.tx.ExecContext(bg, "DELETE FROM quote_parts WHERE quote_id = ?", q); err != nil {
			return err
		}
		spk, err := speakerOf(r.tx, int64(q))
		if err != nil {
			return err
		}
		if _, err = r.tx.ExecContext(bg, "DELETE FROM quotes WHERE id = ?", q); err != nil {
			return err
		}
		return r.dropOrphanSpeaker(spk)
	})
}

// DeleteMention deletes a mention; quotes it spoke lose their speaker.
func (s *Store) DeleteMention(m annot.MentionID) error {
	return s.act("delete mention", func(r *rec) error {
		qs, err := ids(r.tx, "SELECT id FROM quotes WHERE speaker_id = ? ORDER BY id", m)
		if err != nil {
			return err
		}
		for _, q := range qs {
			if err := r.touch("quotes", q); err != nil {
				return err
			}
		}
		if err := r.touchDoc("mentions", int64(m)); err != nil {
			return err
		}
		if _, err := r.tx.ExecContext(bg, "UPDATE quotes SET speaker_id = NULL WHERE speaker_id = ?", m); err != nil {
			return err
		}
		_, err = r.tx.ExecContext(bg, "DELETE FROM mentions WHERE id = ?", m)
		return err
	})
}

// RenameEntity sets an entity's canonical name.
func (s *Store) RenameEntity(e annot.EntityID, name string) error {
	if name == "" {
		return fmt.Errorf("rename entity: %w: empty name", annot.ErrInvalid)
	}
	return s.act("rename entity", func(r *rec) error {
		if err := r.touchDoc("entities", int64(e)); err != nil {
			return err
		}
		_, err := r.tx.ExecContext(bg, "UPDATE entities SET name = ?, state = "+editedState+" WHERE id = ? AND name <> ?", name, e, name)
		return err
	})
}

// MergeEntities moves every mention of from to into and deletes from. Both
// must belong to the same document.
func (s *Store) MergeEntities(into, from annot.EntityID) error {
	if into == from {
		return fmt.Errorf("merge entities: %w: an entity cannot merge with itself", annot.ErrInvalid)
	}
	return s.act("merge entities", func(r *rec) error {
		ms, err := ids(r.tx, "SELECT id FROM mentions WHERE entity_id = ? ORDER BY id", from)
		if err != nil {
			return err
		}
		for _, m := range ms {
			if err := r.touch("mentions", m); err != nil {
				return err
			}
		}
		if err := r.touchDoc("entities", int64(from)); err != nil {
			return err
		}
		if err := sameDoc(r.tx, "entities", int64(into), r.doc); err != nil {
			return err
		}
		if _, err := r.tx.ExecContext(bg, "UPDATE mentions SET entity_id = ? WHERE entity_id = ?", into, from); err != nil {
			return err
		}
		_, err = r.tx.ExecContext(bg, "DELETE FROM entities WHERE id = ?", from)
		return err
	})
}

// MoveMention links a mention to another entity of its document (0 unlinks it).
func (s *Store) MoveMention(m annot.MentionID, to annot.EntityID) error {
	return s.act("move mention", func(r *rec) error {
		if err := r.touchDoc("mentions", int64(m)); err != nil {
			return err
		}
		var ent any
		if to != 0 {
			if err := sameDoc(r.tx, "entities", int64(to), r.doc); err != nil {
				return err
			}
			ent = int64(to)
		}
		_, err := r.tx.ExecContext(bg, "UPDATE mentions SET entity_id = ? WHERE id = ? AND coalesce(entity_id, 0) <> ?", ent, m, int64(to))
		return err
	})
}
