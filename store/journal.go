package store

import (
	"bytes"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/quotebench/quotebench/annot"
)

// The journal records, for every user action, the before and after images
// of each row it changed. Undo writes the befores back (newest change
// first), redo the afters (oldest first). Dependent rows (quote parts,
// speaker links that a delete would null) are changed explicitly by the
// action and recorded, so no foreign-key cascade does unrecorded work.

// journaled lists, per table, the columns a row image holds. Documents are
// only ever updated by actions (status), so their images hold just that.
var journaled = map[string][]string{
	"documents":     {"id", "status", "updated"},
	"entities":      {"id", "doc_id", "name", "label", "origin", "state", "confidence", "annotator", "speaker_id", "speaker_state"},
	"speakers":      {"id", "sid", "name", "type", "aliases"},
	"mentions":      {"id", "doc_id", "start", "end", "label", "type", "entity_id", "origin", "state", "confidence", "annotator"},
	"quotes":        {"id", "doc_id", "kind", "cue_start", "cue_end", "speaker_id", "unattributed", "origin", "state", "confidence", "annotator"},
	"quote_parts":   {"id", "quote_id", "seq", "start", "end"},
	"adjudications": {"id", "doc_id", "item", "choice", "annotator"},
}

type row map[string]any

type change struct {
	Table  string `json:"t"`
	ID     int64  `json:"id"`
	Before row    `json:"b,omitempty"`
	After  row    `json:"a,omitempty"`
}

// rec collects the changes of one action inside its transaction.
type rec struct {
	tx querier
	// annotator is who makes this action's decisions (see Store.Annotator)
	annotator string
	doc       annot.DocID
	action    string
	changes   []change
	seen      map[string]bool
	// status is set by actions that set the document's status themselves;
	// other actions move a todo document to in progress (see commit).
	status bool
	// merge makes the action one step with the journal's latest entry when
	// that is the same action on the same rows (see mergeLatest).
	merge bool
}

func newRec(tx querier, action string) *rec {
	return &rec{tx: tx, action: action, seen: map[string]bool{}}
}

func key(table string, id int64) string { return fmt.Sprintf("%s/%d", table, id) }

func quoteCols(cols []string) string {
	q := make([]string, len(cols))
	for i, c := range cols {
		q[i] = `"` + c + `"`
	}
	return strings.Join(q, ", ")
}

// image reads a row's journaled columns; nil when the row does not exist.
func image(tx querier, table string, id int64) (row, error) {
	cols := journaled[table]
	vals := make([]any, len(cols))
	ptrs := make([]any, len(cols))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	err := tx.QueryRowContext(bg, "SELECT "+quoteCols(cols)+" FROM "+table+" WHERE id = ?", id).Scan(ptrs...)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	r := row{}
	for i, c := range cols {
		if b, ok := vals[i].([]byte); ok {
			vals[i] = string(b)
		}
		r[c] = vals[i]
	}
	return r, nil
}

// touch records a row's before image; call it before changing the row. A
// missing row is annot.ErrNotFound.
func (r *rec) touch(table string, id int64) error {
	k := key(table, id)
	if r.seen[k] {
		return nil
	}
	img, err := image(r.tx, table, id)
	if err != nil {
		return err
	}
	if img == nil {
		return fmt.Errorf("%s %d: %w", strings.TrimSuffix(table, "s"), id, annot.ErrNotFound)
	}
	r.seen[k] = true
	r.changes = append(r.changes, change{Table: table, ID: id, Before: img})
	return nil
}

// inserted records a new row (no before image).
func (r *rec) inserted(table string, id int64) {
	r.seen[key(table, id)] = true
	r.changes = append(r.changes, change{Table: table, ID: id})
}

// commit takes the after images and writes the journal entry, discarding
// the redo tail. An action that changed nothing leaves no entry. The first
// action that changes a todo document moves it to in progress, inside the
// same entry, so that undoing the action makes it todo again.
func (r *rec) commit() error {
	changed := false
	for i := range r.changes {
		c := &r.changes[i]
		img, err := image(r.tx, c.Table, c.ID)
		if err != nil {
			return err
		}
		if decidedTables[c.Table] && img != nil && !sameRow(c.Before, img) {
			// a decision changed the row: it is this annotator's now
			if _, err := r.tx.ExecContext(bg, "UPDATE "+c.Table+" SET annotator = CASE WHEN state = 'suggested' THEN '' ELSE ? END WHERE id = ?",
				r.annotator, c.ID); err != nil {
				return err
			}
			if img, err = image(r.tx, c.Table, c.ID); err != nil {
				return err
			}
		}
		c.After = img
		if !sameRow(c.Before, c.After) {
			changed = true
		}
	}
	if !changed {
		return nil
	}
	if err := r.startDoc(); err != nil {
		return err
	}
	b, err := json.Marshal(r.changes)
	if err != nil {
		return err
	}
	if r.merge {
		if ok, err := r.mergeLatest(); ok || err != nil {
			return err
		}
	}
	if _, err := r.tx.ExecContext(bg, "DELETE FROM journal WHERE undone = 1"); err != nil {
		return err
	}
	_, err = r.tx.ExecContext(bg, "INSERT INTO journal (doc_id, action, at, changes) VALUES (?, ?, ?, ?)",
		int64(r.doc), r.action, now(), string(b))
	return err
}

// startDoc moves the action's document from todo to in progress, unless
// the action sets the status itself.
func (r *rec) startDoc() error {
	if r.status || r.doc == 0 {
		return nil
	}
	var st string
	err := r.tx.QueryRowContext(bg, "SELECT status FROM documents WHERE id = ?", r.doc).Scan(&st)
	if errors.Is(err, sql.ErrNoRows) || (err == nil && annot.Status(st) != annot.StatusTodo) {
		return nil
	}
	if err != nil {
		return err
	}
	if err := r.touch("documents", int64(r.doc)); err != nil {
		return err
	}
	if _, err := r.tx.ExecContext(bg, "UPDATE documents SET status = ?, updated = ? WHERE id = ?", string(annot.StatusInProgress), now(), r.doc); err != nil {
		return err
	}
	for i := range r.changes {
		if c := &r.changes[i]; c.Table == "documents" && c.ID == int64(r.doc) {
			c.After, err = image(r.tx, "documents", int64(r.doc))
		}
	}
	return err
}

func sameRow(a, b row) bool {
	if (a == nil) != (b == nil) {
		return false
	}
	x, _ := json.Marshal(a)
	y, _ := json.Marshal(b)
	return bytes.Equal(x, y)
}

// act runs one journaled user action in one transaction.
func (s *Store) act(action string, fn func(r *rec) error) error {
	return s.actMerge(action, false, fn)
}

// actMerge is act; with merge set, the action joins the journal's latest
// entry when that is the same action on the same rows (boundary nudges in
// a row are one undo step).
func (s *Store) actMerge(action string, merge bool, fn func(r *rec) error) error {
	err := s.write(func(tx querier) error {
		r := newRec(tx, action)
		r.merge = merge
		var err error
		if r.annotator, err = s.annotatorTx(tx); err != nil {
			return err
		}
		if err := fn(r); err != nil {
			return err
		}
		return r.commit()
	})
	if err != nil {
		return fmt.Errorf("%s: %w", action, err)
	}
	return nil
}

// Undo reverts the latest action not yet undone and returns it; ok is false
// when there is nothing to undo.
func (s *Store) Undo() (e annot.JournalEntry, ok bool, err error) {
	return s.replay(true)
}

// Redo re-applies the latest undone action.
func (s *Store) Redo() (e annot.JournalEntry, ok bool, err error) {
	return s.replay(false)
}

func (s *Store) replay(undo bool) (e annot.JournalEntry, ok bool, err error) {
	verb := "redo"
	q := "SELECT id, doc_id, action, changes FROM journal WHERE undone = 1 ORDER BY id LIMIT 1"
	if undo {
		verb = "undo"
		q = "SELECT id, doc_id, action, changes FROM journal WHERE undone = 0 ORDER BY id DESC LIMIT 1"
	}
	err = s.write(func(tx querier) error {
		var raw string
		err := tx.QueryRowContext(bg, q).Scan(&e.ID, &e.Doc, &e.Action, &raw)
		if errors.Is(err, sql.ErrNoRows) {
			return nil
		}
		if err != nil {
			return err
		}
		dec := json.NewDecoder(strings.NewReader(raw))
		dec.UseNumber()
		var changes []change
		if err := dec.Decode(&changes); err != nil {
			return fmt.Errorf("journal entry %d: %w", e.ID, err)
		}
		if _, err := tx.ExecContext(bg, "PRAGMA defer_foreign_keys = ON"); err != nil {
			return err
		}
		apply := func(c change, from, to row) error {
			cur, err := image(tx, c.Table, c.ID)
			if err != nil {
				return err
			}
			// an entry written before a column was added does not hold it
			cur = onlyColumns(cur, from, to)
			if sameRow(normalize(cur), normalize(to)) {
				return nil // already there (a cascade of an earlier change)
			}
			if !sameRow(normalize(cur), normalize(from)) {
				return fmt.Errorf("%w: %s %d changed outside the journal", annot.ErrConflict, c.Table, c.ID)
			}
			return restore(tx, c.Table, c.ID, to)
		}
		if undo {
			for i := len(changes) - 1; i >= 0; i-- {
				if err := apply(changes[i], changes[i].After, changes[i].Before); err != nil {
					return err
				}
			}
		} else {
			for _, c := range changes {
				if err := apply(c, c.Before, c.After); err != nil {
					return err
				}
			}
		}
		if _, err := tx.ExecContext(bg, "UPDATE journal SET undone = ? WHERE id = ?", undo, e.ID); err != nil {
			return err
		}
		ok = true
		e.Undone = undo
		return nil
	})
	if err != nil {
		return annot.JournalEntry{}, false, fmt.Errorf("%s: %w", verb, err)
	}
	return e, ok, nil
}

// normalize makes a row image comparable whether it was just read or
// decoded from the journal (json.Number vs int64/float64).
func normalize(r row) row {
	if r == nil {
		return nil
	}
	out := row{}
	for k, v := range r {
		out[k] = fromJSON(v)
	}
	b, _ := json.Marshal(out)
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var back row
	dec.Decode(&back)
	for k, v := range back {
		back[k] = fromJSON(v)
	}
	return back
}

func fromJSON(v any) any {
	if n, ok := v.(json.Number); ok {
		if i, err := n.Int64(); err == nil {
			return i
		}
		f, _ := n.Float64()
		return f
	}
	return v
}

// restore makes a row equal to img: deleted when img is nil, else inserted
// or updated.
func restore(tx querier, table string, id int64, img row) error {
	if img == nil {
		_, err := tx.ExecContext(bg, "DELETE FROM "+table+" WHERE id = ?", id)
		return err
	}
	cols := make([]string, 0, len(img))
	for c := range img {
		if c != "id" {
			cols = append(cols, c)
		}
	}
	sort.Strings(cols)
	args := []any{}
	set := make([]string, len(cols))
	for i, c := range cols {
		set[i] = `"` + c + `" = ?`
		args = append(args, fromJSON(img[c]))
	}
	args = append(args, id)
	res, err := tx.ExecContext(bg, "UPDATE "+table+" SET "+strings.Join(set, ", ")+" WHERE id = ?", args...)
	if err != nil {
		return err
	}
	if n, _ := res.RowsAffected(); n == 1 {
		return nil
	}
	if table == "documents" {
		return fmt.Errorf("document %d: %w", id, annot.ErrNotFound)
	}
	all := append([]string{"id"}, cols...)
	ph := strings.TrimSuffix(strings.Repeat("?, ", len(all)), ", ")
	_, err = tx.ExecContext(bg, "INSERT INTO "+table+" ("+quoteCols(all)+") VALUES ("+ph+")",
		append([]any{id}, args[:len(args)-1]...)...)
	return err
}

// Journal returns the latest journal entries, newest first (n <= 0: all).
func (s *Store) Journal(n int) ([]annot.JournalEntry, error) {
	var out []annot.JournalEntry
	err := s.read(func(q querier) error {
		lim := -1
		if n > 0 {
			lim = n
		}
		rows, err := q.QueryContext(bg, "SELECT id, doc_id, action, undone FROM journal ORDER BY id DESC LIMIT ?", lim)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var e annot.JournalEntry
			if err := rows.Scan(&e.ID, &e.Doc, &e.Action, &e.Undone); err != nil {
				return err
			}
			out = append(out, e)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("journal: %w", err)
	}
	return out, nil
}

// decidedTables hold annotations that carry their annotator.
var decidedTables = map[string]bool{"entities": true, "mentions": true, "quotes": true}

// onlyColumns keeps the columns of cur that the images hold (all of cur
// when neither is there).
func onlyColumns(cur, a, b row) row {
	ref := a
	if ref == nil {
		ref = b
	}
	if cur == nil || ref == nil {
		return cur
	}
	out := make(row, len(ref))
	for k := range ref {
		if v, ok := cur[k]; ok {
			out[k] = v
		}
	}
	return out
}
