package store

import (
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"

	"github.com/quotebench/quotebench/annot"
)

// layerSourceKey is the project setting that records where the layers
// named name came from (quotebench merge: the annotator's project file).
func layerSourceKey(name string) string { return "layer source: " + name }

// LayerSource says where the layers named name came from: found is false
// when the project has no such layers, and source is "" (found true) for
// layers stored before their sources were recorded.
func (s *Store) LayerSource(name string) (source string, found bool, err error) {
	err = s.read(func(q querier) error {
		var v []byte
		err := q.QueryRowContext(bg, "SELECT value FROM settings WHERE key = ?", layerSourceKey(name)).Scan(&v)
		if err == nil {
			source, found = string(v), true
			return nil
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		var n int
		err = q.QueryRowContext(bg, "SELECT count(*) FROM layers WHERE name = ?", name).Scan(&n)
		found = n > 0
		return err
	})
	if err != nil {
		return "", false, fmt.Errorf("source of layers %q: %w", name, err)
	}
	return source, found, nil
}

// SetLayer stores an annotator's layer of a document, from source (the
// project file it was gathered from). A name belongs to one source: a layer
// of that name from another source (on this document or any other, or one
// stored before sources were recorded) is refused with annot.ErrConflict,
// and nothing changes; ReplaceLayers gives the name to another source. The
// same source replaces its own layer. It is not an analyst's action and is
// not journaled.
func (s *Store) SetLayer(doc annot.DocID, name, source string, a annot.Annotations) error {
	if source == "" {
		return fmt.Errorf("set layer %q of document %d: %w: the layer's source is needed", name, doc, annot.ErrInvalid)
	}
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
		if err := claimLayerName(tx, name, source); err != nil {
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

// claimLayerName records source as the source of the layers named name, or
// refuses when they came from another.
func claimLayerName(tx querier, name, source string) error {
	var had []byte
	err := tx.QueryRowContext(bg, "SELECT value FROM settings WHERE key = ?", layerSourceKey(name)).Scan(&had)
	switch {
	case err == nil && string(had) == source:
		return nil
	case err == nil:
		return fmt.Errorf("%w: the layers named %q came from %s, not from %s (merge with --replace to replace them, or name the annotator differently)",
			annot.ErrConflict, name, strconv.Quote(string(had)), strconv.Quote(source))
	case !errors.Is(err, sql.ErrNoRows):
		return err
	}
	var n int
	if err := tx.QueryRowContext(bg, "SELECT count(*) FROM layers WHERE name = ?", name).Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		return fmt.Errorf("%w: %d layers named %q came from a source that was not recorded (merge with --replace to replace them, or name the annotator differently)",
			annot.ErrConflict, n, name)
	}
	_, err = tx.ExecContext(bg, "INSERT INTO settings (key, value, updated) VALUES (?, ?, ?)", layerSourceKey(name), []byte(source), now())
	return err
}

// ReplaceLayers gives the name to another source: it deletes every layer
// named name (on every document) and records source as theirs, in one
// transaction. It returns how many layers it deleted. The adjudicator's
// choices already made stay.
func (s *Store) ReplaceLayers(name, source string) (deleted int, err error) {
	if source == "" {
		return 0, fmt.Errorf("replace layers %q: %w: the layers' source is needed", name, annot.ErrInvalid)
	}
	err = s.write(func(tx querier) error {
		res, err := tx.ExecContext(bg, "DELETE FROM layers WHERE name = ?", name)
		if err != nil {
			return err
		}
		n, _ := res.RowsAffected()
		deleted = int(n)
		_, err = tx.ExecContext(bg, `INSERT INTO settings (key, value, updated) VALUES (?, ?, ?)
			ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated = excluded.updated`, layerSourceKey(name), []byte(source), now())
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("replace layers %q: %w", name, err)
	}
	return deleted, nil
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
