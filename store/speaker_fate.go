package store

import (
	"fmt"

	"github.com/quotebench/quotebench/annot"
)

// A quote's speaker follows the quote. The detector's speaker finder makes a
// mention for the noun phrase or pronoun before "said" when the entity
// tagger found no name there ("the minister", "he", and sometimes junk such
// as "an"); such a mention (origin detector, type nominal or pronoun) exists
// only because of its quote. While it is still a suggestion:
//   - rejecting, deleting or re-attributing the quote rejects it too, unless
//     another quote that is not rejected still has it as speaker;
//   - accepting the quote accepts its speaker mention, whatever its type: the
//     analyst has confirmed who said it.
// Both happen inside the quote's action, so one undo step reverts them.

// quoteOnly is the condition on mention m for a speaker made only for quotes
// other than those it names: a pending detector nominal or pronoun.
const quoteOnly = `m.origin = 'detector' AND m.state = 'suggested' AND m.type <> 'name'`

// dropOrphanSpeaker rejects mention m when it is a pending detector nominal
// or pronoun that no quote which is not rejected has as its speaker.
func (r *rec) dropOrphanSpeaker(m int64) error {
	if m == 0 {
		return nil
	}
	orphans, err := ids(r.tx, `SELECT m.id FROM mentions m WHERE m.id = ? AND `+quoteOnly+`
		AND NOT EXISTS (SELECT 1 FROM quotes o WHERE o.speaker_id = m.id AND o.state <> 'rejected')`, m)
	if err != nil {
		return err
	}
	return r.setRows("mentions", orphans, annot.StateRejected)
}

// acceptSpeaker accepts the pending detector speaker mention of quote q.
func (r *rec) acceptSpeaker(q int64) error {
	ms, err := ids(r.tx, `SELECT m.id FROM quotes q JOIN mentions m ON m.id = q.speaker_id
		WHERE q.id = ? AND m.origin = 'detector' AND m.state = 'suggested'`, q)
	if err != nil {
		return err
	}
	return r.setRows("mentions", ms, annot.StateAccepted)
}

// speakerOf returns quote q's speaker mention (0: none).
func speakerOf(tx querier, q int64) (int64, error) {
	var m int64
	err := tx.QueryRowContext(bg, "SELECT coalesce(speaker_id, 0) FROM quotes WHERE id = ?", q).Scan(&m)
	return m, err
}

// setRows records and sets the state of rows of a table.
func (r *rec) setRows(table string, rows []int64, st annot.State) error {
	for _, id := range rows {
		if err := r.touch(table, id); err != nil {
			return err
		}
		if _, err := r.tx.ExecContext(bg, "UPDATE "+table+" SET state = ? WHERE id = ?", string(st), id); err != nil {
			return err
		}
	}
	return nil
}

// quoteFate applies the rule above after quote q's state became st.
func (r *rec) quoteFate(q int64, st annot.State) error {
	switch st {
	case annot.StateRejected:
		m, err := speakerOf(r.tx, q)
		if err != nil {
			return err
		}
		return r.dropOrphanSpeaker(m)
	case annot.StateAccepted, annot.StateEdited:
		return r.acceptSpeaker(q)
	}
	return nil
}

// DecidePending decides every suggestion still pending in a document whose
// confidence is at least minConf (0: all of them): st is accepted or
// rejected. Quotes go first and their speakers follow them as above; a
// pending mention that speaks for a quote the analyst kept is accepted even
// when the rest is rejected, so no kept quote loses its speaker. It returns
// how many quotes and mentions it changed. One action, one undo step.
func (s *Store) DecidePending(id annot.DocID, st annot.State, minConf float64) (int, error) {
	if st != annot.StateAccepted && st != annot.StateRejected {
		return 0, fmt.Errorf("decide pending: %w: state %q", annot.ErrInvalid, st)
	}
	verb := "accept"
	if st == annot.StateRejected {
		verb = "reject"
	}
	action := verb + " the rest"
	if minConf > 0 {
		action = fmt.Sprintf("%s all above %.0f%%", verb, minConf*100)
	}
	n := 0
	err := s.act(action, func(r *rec) error {
		r.doc = id
		if _, err := docChars(r.tx, id); err != nil {
			return err
		}
		qs, err := ids(r.tx, "SELECT id FROM quotes WHERE doc_id = ? AND state = 'suggested' AND confidence >= ? ORDER BY id", id, minConf)
		if err != nil {
			return err
		}
		if err := r.setRows("quotes", qs, st); err != nil {
			return err
		}
		for _, q := range qs {
			if err := r.quoteFate(q, st); err != nil {
				return err
			}
		}
		if st == annot.StateRejected {
			// Speakers of kept quotes are part of what the analyst kept.
			kept, err := ids(r.tx, `SELECT DISTINCT m.id FROM mentions m JOIN quotes q ON q.speaker_id = m.id
				WHERE m.doc_id = ? AND m.state = 'suggested' AND q.state IN ('accepted', 'edited') ORDER BY m.id`, id)
			if err != nil {
				return err
			}
			if err := r.setRows("mentions", kept, annot.StateAccepted); err != nil {
				return err
			}
		}
		ms, err := ids(r.tx, "SELECT id FROM mentions WHERE doc_id = ? AND state = 'suggested' AND confidence >= ? ORDER BY id", id, minConf)
		if err != nil {
			return err
		}
		if err := r.setRows("mentions", ms, st); err != nil {
			return err
		}
		for _, c := range r.changes {
			if c.Table == "quotes" || c.Table == "mentions" {
				n++
			}
		}
		if st == annot.StateRejected {
			// An entity some kept mention refers to is kept.
			kept, err := ids(r.tx, `SELECT e.id FROM entities e WHERE e.doc_id = ? AND e.state = 'suggested'
				AND EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = e.id AND m.state IN ('accepted', 'edited')) ORDER BY e.id`, id)
			if err != nil {
				return err
			}
			if err := r.setRows("entities", kept, annot.StateAccepted); err != nil {
				return err
			}
		}
		es, err := ids(r.tx, "SELECT id FROM entities WHERE doc_id = ? AND state = 'suggested' AND confidence >= ? ORDER BY id", id, minConf)
		if err != nil {
			return err
		}
		return r.setRows("entities", es, st)
	})
	if err != nil {
		return 0, err
	}
	return n, nil
}
