package store

import (
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"unicode"

	sqlite3 "github.com/mattn/go-sqlite3"

	"github.com/quotebench/quotebench/annot"
)

// Documents lists documents in import order.
func (s *Store) Documents(f annot.DocFilter) ([]annot.DocSummary, error) {
	var out []annot.DocSummary
	err := s.read(func(q querier) error {
		var err error
		out, err = documents(q, f, f.Query)
		if err != nil && f.Query != "" && isQueryError(err) {
			// Whatever is typed searches: text FTS5 cannot read as a
			// query ("unterminated string", "unknown special query", a
			// column that does not exist) is searched for as words.
			out, err = documents(q, f, literalQuery(f.Query))
		}
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("list documents: %w", err)
	}
	return out, nil
}

func documents(q querier, f annot.DocFilter, query string) ([]annot.DocSummary, error) {
	if f.IDs != nil && len(f.IDs) == 0 {
		return nil, nil
	}
	sqlText, args := documentsQuery(f, query)
	rows, err := q.QueryContext(bg, sqlText, args...)
	if err != nil {
		return nil, err
	}
	return scanSummaries(rows)
}

// documentsQuery is the document list's SQL. Every column it reads is in
// an index (migration 5), so listing never touches the texts.
func documentsQuery(f annot.DocFilter, query string) (string, []any) {
	var where []string
	var args []any
	if f.Status != "" {
		where = append(where, "d.status = ?")
		args = append(args, string(f.Status))
	}
	if query != "" {
		where = append(where, "d.id IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)")
		args = append(args, query)
	}
	if len(f.IDs) > 0 {
		where = append(where, "d.id IN ("+strings.TrimSuffix(strings.Repeat("?,", len(f.IDs)), ",")+")")
		for _, id := range f.IDs {
			args = append(args, int64(id))
		}
	}
	sqlText := `SELECT d.id, d.ext_id, d.title, d.date, d.status,
		(SELECT count(*) FROM quotes q WHERE q.doc_id = d.id AND q.state <> 'rejected'),
		(SELECT count(*) FROM mentions m WHERE m.doc_id = d.id AND m.state <> 'rejected'),
		(SELECT count(*) FROM quotes q WHERE q.doc_id = d.id AND q.state = 'suggested') +
		(SELECT count(*) FROM mentions m WHERE m.doc_id = d.id AND m.state = 'suggested')
		FROM documents d`
	if len(where) > 0 {
		sqlText += " WHERE " + strings.Join(where, " AND ")
	}
	sqlText += " ORDER BY d.id"
	return sqlText, args
}

func scanSummaries(rows *sql.Rows) ([]annot.DocSummary, error) {
	defer rows.Close()
	var out []annot.DocSummary
	for rows.Next() {
		var d annot.DocSummary
		var st string
		if err := rows.Scan(&d.ID, &d.ExtID, &d.Title, &d.Date, &st, &d.Quotes, &d.Mentions, &d.Pending); err != nil {
			return nil, err
		}
		d.Status = annot.Status(st)
		out = append(out, d)
	}
	return out, rows.Err()
}

// isQueryError reports whether err is SQLite's plain SQLITE_ERROR, which is
// what FTS5 returns for a query it cannot parse (busy, damaged or read-only
// files have codes of their own and are not retried).
func isQueryError(err error) bool {
	var se sqlite3.Error
	return errors.As(err, &se) && se.Code == sqlite3.ErrError
}

// literalQuery makes each word of a query a quoted FTS5 string, so text the
// user types is searched for as is. Words with nothing FTS5 indexes (only
// quotation marks or other punctuation) are left out, and so is the search
// when no word is left: a search for `"` or `*` lists everything, as an
// empty search does.
func literalQuery(q string) string {
	var parts []string
	for _, w := range strings.Fields(q) {
		if !strings.ContainsFunc(w, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }) {
			continue
		}
		parts = append(parts, `"`+strings.ReplaceAll(w, `"`, `""`)+`"`)
	}
	return strings.Join(parts, " ")
}
