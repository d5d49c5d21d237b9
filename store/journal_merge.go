package store

import (
	"database/sql"
	"encoding/json"
	"errors"
	"time"

	"github.com/quotebench/quotebench/annot"
)

// mergeWindow is how long after the latest entry an action may still join it.
const mergeWindow = 30 * time.Second

// recent reports whether a journal time (now()'s format) is within mergeWindow.
func recent(at string) bool {
	t := parseTime(at)
	return !t.IsZero() && time.Since(t) < mergeWindow
}

// mergeLatest folds this action's changes into the journal's latest entry
// when that entry is the same action and holds every row this one changed
// (it may hold more: the first nudge also moved the document to in
// progress), nothing is
// waiting to be redone, and it was written less than mergeWindow seconds
// ago: the entry keeps its before images and takes the new after images,
// so one undo step reverts the whole run. It reports whether it merged.
func (r *rec) mergeLatest() (bool, error) {
	var undone int
	if err := r.tx.QueryRowContext(bg, "SELECT count(*) FROM journal WHERE undone = 1").Scan(&undone); err != nil || undone > 0 {
		return false, err
	}
	var id, doc int64
	var action, raw, when string
	err := r.tx.QueryRowContext(bg, "SELECT id, doc_id, action, at, changes FROM journal ORDER BY id DESC LIMIT 1").Scan(&id, &doc, &action, &when, &raw)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	if action != r.action || annot.DocID(doc) != r.doc || !recent(when) {
		return false, nil
	}
	var prev []change
	if err := json.Unmarshal([]byte(raw), &prev); err != nil {
		return false, nil // not ours to fold into
	}
	at := map[string]int{}
	for i, c := range prev {
		at[key(c.Table, c.ID)] = i
	}
	for _, c := range r.changes {
		i, ok := at[key(c.Table, c.ID)]
		if !ok || prev[i].Before == nil || c.Before == nil || c.After == nil {
			return false, nil // another row, or a row made or deleted: keep the steps apart
		}
		prev[i].After = c.After
	}
	b, err := json.Marshal(prev)
	if err != nil {
		return false, err
	}
	_, err = r.tx.ExecContext(bg, "UPDATE journal SET changes = ?, at = ? WHERE id = ?", string(b), now(), id)
	return err == nil, err
}
