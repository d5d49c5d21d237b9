package store

import (
	"database/sql"
	"errors"
	"fmt"
)

// Setting reads a project setting; found is false when it was never set.
func (s *Store) Setting(key string) (value []byte, found bool, err error) {
	err = s.read(func(q querier) error {
		err := q.QueryRowContext(bg, "SELECT value FROM settings WHERE key = ?", key).Scan(&value)
		if errors.Is(err, sql.ErrNoRows) {
			return nil
		}
		found = err == nil
		return err
	})
	if err != nil {
		return nil, false, fmt.Errorf("read setting %q: %w", key, err)
	}
	return value, found, nil
}

// SetSetting stores a project setting in one transaction; a nil value
// deletes it. Settings are not journaled: undo is for annotations.
func (s *Store) SetSetting(key string, value []byte) error {
	err := s.write(func(tx querier) error {
		if value == nil {
			_, err := tx.ExecContext(bg, "DELETE FROM settings WHERE key = ?", key)
			return err
		}
		_, err := tx.ExecContext(bg, `INSERT INTO settings (key, value, updated) VALUES (?, ?, ?)
			ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated = excluded.updated`, key, value, now())
		return err
	})
	if err != nil {
		return fmt.Errorf("store setting %q: %w", key, err)
	}
	return nil
}

// Settings returns every project setting: key → value.
func (s *Store) Settings() (map[string][]byte, error) {
	out := map[string][]byte{}
	err := s.read(func(q querier) error {
		rows, err := q.QueryContext(bg, "SELECT key, value FROM settings ORDER BY key")
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var k string
			var v []byte
			if err := rows.Scan(&k, &v); err != nil {
				return err
			}
			out[k] = v
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("read settings: %w", err)
	}
	return out, nil
}
