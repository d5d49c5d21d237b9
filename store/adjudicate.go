package store

import (
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/quotebench/quotebench/annot"
)

// SetLayer stores (or replaces) an annotator's layer of a document. It is
// not an analyst's action and is not journaled.
func (s *Store) SetLayer(doc annot.DocID, name string, a annot.Annotations) error {
	b, err := json.Marshal(a)
	if err != nil {
		return err
	}
	err = s.write(func(tx querier) error {
		chars, err := docChars(tx, doc)
		if err != nil {
			return err
		}
		if err := a.Validate(chars); err != nil {
			return err
		}
		_, err = tx.ExecContext(bg, `INSERT INTO layers (doc_id, name, seq, annotations)
			VALUES (?, ?, (SELECT coalesce(max(seq), 0) + 1 FROM layers WHERE doc_id = ?), ?)
			ON CONFLICT (doc_id, name) DO UPDATE SET annotations = excluded.annotations`, doc, name, doc, string(b))
		return err
	})
	if err != nil {
		return fmt.Errorf("set layer %q of document %d: %w", name, doc, err)
	}
	return nil
}

// Layers returns a document's layers in the order they were first added.
func (s *Store) Layers(doc annot.DocID) ([]annot.Layer, error) {
	var out []annot.Layer
	err := s.read(func(q querier) error {
		rows, err := q.QueryContext(bg, `SELECT name, annotations FROM layers WHERE doc_id = ? ORDER BY seq, name`, doc)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var l annot.Layer
			var raw string
			if err := rows.Scan(&l.Name, &raw); err != nil {
				return err
			}
			if err := json.Unmarshal([]byte(raw), &l.Ann); err != nil {
				return fmt.Errorf("layer %q: %w", l.Name, err)
			}
			out = append(out, l)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("layers of document %d: %w", doc, err)
	}
	return out, nil
}

// Adjudications returns the choices made on a document's items: item key →
// choice.
func (s *Store) Adjudications(doc annot.DocID) (map[string]string, error) {
	out := map[string]string{}
	err := s.read(func(q querier) error {
		rows, err := q.QueryContext(bg, `SELECT item, choice FROM adjudications WHERE doc_id = ?`, doc)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var item, choice string
			if err := rows.Scan(&item, &choice); err != nil {
				return err
			}
			out[item] = choice
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("adjudications of document %d: %w", doc, err)
	}
	return out, nil
}

// Adjudicate records choices on items of a document and adds what they
// chose to the document's annotations (as decisions: a mention or entity
// the document already has is reused, not repeated): all of them in one
// transaction, one undo step (accepting every agreement with one key is
// one step). An item already decided is annot.ErrConflict and nothing is
// recorded.
func (s *Store) Adjudicate(doc annot.DocID, picks ...annot.Pick) error {
	if len(picks) == 0 {
		return nil
	}
	action := "adjudicate: " + picks[0].Choice
	if len(picks) > 1 {
		action = fmt.Sprintf("adjudicate %d items", len(picks))
	}
	return s.act(action, func(r *rec) error {
		r.doc = doc
		for _, p := range picks {
			if p.Item == "" || p.Choice == "" {
				return fmt.Errorf("%w: an item and a choice are needed", annot.ErrInvalid)
			}
			var prev string
			err := r.tx.QueryRowContext(bg, `SELECT choice FROM adjudications WHERE doc_id = ? AND item = ?`, doc, p.Item).Scan(&prev)
			if err == nil {
				return fmt.Errorf("%w: item %q is already decided (%s)", annot.ErrConflict, p.Item, prev)
			}
			if !errors.Is(err, sql.ErrNoRows) {
				return err
			}
			if _, err := decide(r.tx, r, doc, p.Add, annot.OriginHuman); err != nil {
				return err
			}
			res, err := r.tx.ExecContext(bg, `INSERT INTO adjudications (doc_id, item, choice, annotator) VALUES (?, ?, ?, ?)`,
				doc, p.Item, p.Choice, r.annotator)
			if err != nil {
				return err
			}
			id, _ := res.LastInsertId()
			r.inserted("adjudications", id)
		}
		return nil
	})
}
