package store

import (
	"database/sql"
	"errors"
	"fmt"
	"maps"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	sqlite3 "github.com/mattn/go-sqlite3"

	"github.com/quotebench/quotebench/annot"
)

func now() string { return time.Now().UTC().Format(time.RFC3339Nano) }

func parseTime(s string) time.Time {
	t, _ := time.Parse(time.RFC3339Nano, s)
	return t
}

var errSameText = errors.New("same text")

// AddDocument adds one document with suggestions (ids local to the set).
// It returns the new id, or the existing id and annot.ErrDuplicate.
// Suggestions get the given origin; their state defaults to suggested.
func (s *Store) AddDocument(d annot.Document, sugg *annot.Annotations, origin annot.Origin) (annot.DocID, error) {
	if d.Text == "" || strings.TrimSpace(d.Text) == "" {
		return 0, fmt.Errorf("add document: %w: empty text", annot.ErrInvalid)
	}
	if !utf8.ValidString(d.Text) || strings.IndexByte(d.Text, 0) >= 0 {
		return 0, fmt.Errorf("add document: %w: text is not valid UTF-8 or contains NUL", annot.ErrInvalid)
	}
	chars := utf8.RuneCountInString(d.Text)
	if sugg != nil {
		if err := sugg.Validate(chars); err != nil {
			return 0, fmt.Errorf("add document: suggestions: %w", err)
		}
	}
	if d.Status == "" {
		d.Status = annot.StatusTodo
	}
	if !validStatus(d.Status) {
		return 0, fmt.Errorf("add document: %w: status %q", annot.ErrInvalid, d.Status)
	}
	sum, lf := annot.TextHash(d.Text), annot.TextHash(annot.NormalizeNewlines(d.Text))
	var id annot.DocID
	err := s.write(func(tx querier) error {
		err := tx.QueryRowContext(bg, "SELECT id FROM documents WHERE sha256 = ?", sum).Scan(&id)
		if err == nil {
			return errSameText
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		t := now()
		res, err := tx.ExecContext(bg, `INSERT INTO documents
			(ext_id, title, date, source, url, text, chars, sha256, sha256_lf, status, created, updated)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			d.ExtID, d.Title, d.Date, d.Source, d.URL, d.Text, chars, sum, lf, string(d.Status), t, t)
		if err != nil {
			return err
		}
		n, err := res.LastInsertId()
		if err != nil {
			return err
		}
		id = annot.DocID(n)
		if sugg != nil {
			return insertAnnotations(tx, id, sugg, origin)
		}
		return nil
	})
	if errors.Is(err, errSameText) {
		return id, fmt.Errorf("add document: %w: same text as document %d", annot.ErrDuplicate, id)
	}
	if err != nil {
		return 0, fmt.Errorf("add document: %w", err)
	}
	return id, nil
}

// AddAnnotations adds pre-annotations (ids local to the set), e.g. imported
// ones, keeping their provenance (origin import when none is given).
func (s *Store) AddAnnotations(id annot.DocID, a annot.Annotations) error {
	err := s.write(func(tx querier) error {
		chars, err := docChars(tx, id)
		if err != nil {
			return err
		}
		if err := a.Validate(chars); err != nil {
			return err
		}
		return insertAnnotations(tx, id, &a, "")
	})
	if err != nil {
		return fmt.Errorf("add annotations to document %d: %w", id, err)
	}
	return nil
}

func docChars(tx querier, id annot.DocID) (int, error) {
	var n int
	err := tx.QueryRowContext(bg, "SELECT chars FROM documents WHERE id = ?", id).Scan(&n)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, fmt.Errorf("document %d: %w", id, annot.ErrNotFound)
	}
	return n, err
}

// insertAnnotations stores a validated set; origin "" keeps each one's own
// (import when empty).
func insertAnnotations(tx querier, doc annot.DocID, a *annot.Annotations, origin annot.Origin) error {
	return insertLinked(tx, doc, a, origin, links{})
}

// insertLinked stores a validated set except the entities, mentions and
// quotes l says are stored already; references to those link to their rows.
func insertLinked(tx querier, doc annot.DocID, a *annot.Annotations, origin annot.Origin, l links) error {
	prov := func(p annot.Provenance) (annot.Origin, annot.State) {
		o, st := p.Origin, p.State
		if origin != "" {
			o = origin
		}
		if o == "" {
			o = annot.OriginImport
		}
		if st == "" {
			st = annot.StateSuggested
		}
		return o, st
	}
	if err := ensureLabels(tx, a); err != nil {
		return err
	}
	ents := map[annot.EntityID]int64{}
	maps.Copy(ents, l.ents)
	for _, e := range a.Entities {
		if _, ok := l.ents[e.ID]; ok {
			continue
		}
		o, st := prov(e.Provenance)
		res, err := tx.ExecContext(bg, `INSERT INTO entities (doc_id, name, label, origin, state, confidence)
			VALUES (?, ?, ?, ?, ?, ?)`, doc, e.Name, string(e.Label), string(o), string(st), e.Confidence)
		if err != nil {
			return fmt.Errorf("entity %d: %w", e.ID, err)
		}
		ents[e.ID], _ = res.LastInsertId()
	}
	ments := map[annot.MentionID]int64{}
	maps.Copy(ments, l.ments)
	for _, m := range a.Mentions {
		if _, ok := l.ments[m.ID]; ok {
			continue
		}
		o, st := prov(m.Provenance)
		typ := m.Type
		if typ == "" {
			typ = annot.MentionName
		}
		var ent any
		if m.Entity != 0 {
			ent = ents[m.Entity]
		}
		res, err := tx.ExecContext(bg, `INSERT INTO mentions (doc_id, start, "end", label, type, entity_id, origin, state, confidence)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, doc, m.Start, m.End, string(m.Label), string(typ), ent, string(o), string(st), m.Confidence)
		if err != nil {
			return fmt.Errorf("mention %d: %w", m.ID, err)
		}
		ments[m.ID], _ = res.LastInsertId()
	}
	for _, q := range a.Quotes {
		if l.quotes[q.ID] {
			continue
		}
		o, st := prov(q.Provenance)
		var spk any
		if q.Speaker != 0 {
			spk = ments[q.Speaker]
		}
		cue := q.Cue
		if cue.Empty() {
			cue = annot.Span{}
		}
		res, err := tx.ExecContext(bg, `INSERT INTO quotes (doc_id, kind, cue_start, cue_end, speaker_id, unattributed, origin, state, confidence)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, doc, string(q.Kind), cue.Start, cue.End, spk, q.Unattributed && q.Speaker == 0, string(o), string(st), q.Confidence)
		if err != nil {
			return fmt.Errorf("quote %d: %w", q.ID, err)
		}
		qid, _ := res.LastInsertId()
		for i, p := range sortedParts(q.Parts) {
			if _, err := tx.ExecContext(bg, `INSERT INTO quote_parts (quote_id, seq, start, "end") VALUES (?, ?, ?, ?)`,
				qid, i, p.Start, p.End); err != nil {
				return fmt.Errorf("quote %d part %d: %w", q.ID, i, err)
			}
		}
	}
	return nil
}

func sortedParts(parts []annot.Span) []annot.Span {
	ps := append([]annot.Span(nil), parts...)
	sort.Slice(ps, func(i, j int) bool { return ps[i].Start < ps[j].Start })
	return ps
}

// ensureLabels adds labels the set uses that the project does not have yet.
func ensureLabels(tx querier, a *annot.Annotations) error {
	seen := map[annot.Label]bool{}
	var want []annot.Label
	add := func(l annot.Label) {
		if l != "" && !seen[l] {
			seen[l] = true
			want = append(want, l)
		}
	}
	for _, e := range a.Entities {
		add(e.Label)
	}
	for _, m := range a.Mentions {
		add(m.Label)
	}
	for _, l := range want {
		if _, err := tx.ExecContext(bg, `INSERT INTO labels (key, name)
			SELECT (SELECT coalesce(max(key), 0) + 1 FROM labels), ?
			WHERE NOT EXISTS (SELECT 1 FROM labels WHERE name = ?)`, string(l), string(l)); err != nil {
			return fmt.Errorf("label %q: %w", l, err)
		}
	}
	return nil
}

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

// Document returns one document with its text.
func (s *Store) Document(id annot.DocID) (annot.Document, error) {
	var d annot.Document
	err := s.read(func(q querier) error { return scanDocument(q, id, &d) })
	if err != nil {
		return annot.Document{}, fmt.Errorf("document %d: %w", id, err)
	}
	return d, nil
}

func scanDocument(q querier, id annot.DocID, d *annot.Document) error {
	var st, created, updated string
	err := q.QueryRowContext(bg, `SELECT id, ext_id, title, date, source, url, text, sha256, status, created, updated
		FROM documents WHERE id = ?`, id).Scan(&d.ID, &d.ExtID, &d.Title, &d.Date, &d.Source, &d.URL, &d.Text, &d.SHA256, &st, &created, &updated)
	d.Status, d.Created, d.Updated = annot.Status(st), parseTime(created), parseTime(updated)
	return err
}

// EachDocument reads the documents ids, in that order, with their
// annotations (as Document and Annotations return them) and passes each to
// fn until it returns false. All are read in one read transaction: an
// export sees one state of the project, however long it takes, and does
// not begin a transaction per document. fn must not call the store.
func (s *Store) EachDocument(ids []annot.DocID, fn func(annot.Document, annot.Annotations) bool) error {
	return s.read(func(q querier) error {
		for _, id := range ids {
			var d annot.Document
			if err := scanDocument(q, id, &d); err != nil {
				return fmt.Errorf("document %d: %w", id, mapErr(err))
			}
			a, err := loadAnnotations(q, id)
			if err != nil {
				return fmt.Errorf("annotations of document %d: %w", id, err)
			}
			if !fn(d, a) {
				return nil
			}
		}
		return nil
	})
}

// Annotations returns a document's annotations with database ids, mentions
// and quotes in text order.
func (s *Store) Annotations(id annot.DocID) (annot.Annotations, error) {
	var a annot.Annotations
	err := s.read(func(q querier) error {
		if _, err := docChars(q, id); err != nil {
			return err
		}
		var err error
		a, err = loadAnnotations(q, id)
		return err
	})
	if err != nil {
		return annot.Annotations{}, fmt.Errorf("annotations of document %d: %w", id, err)
	}
	return a, nil
}

func loadAnnotations(q querier, id annot.DocID) (annot.Annotations, error) {
	a := annot.Annotations{Entities: []annot.Entity{}, Mentions: []annot.Mention{}, Quotes: []annot.Quote{}}
	rows, err := q.QueryContext(bg, `SELECT id, name, label, origin, state, confidence FROM entities WHERE doc_id = ? ORDER BY id`, id)
	if err != nil {
		return a, err
	}
	for rows.Next() {
		var e annot.Entity
		var label, origin, state string
		if err := rows.Scan(&e.ID, &e.Name, &label, &origin, &state, &e.Confidence); err != nil {
			rows.Close()
			return a, err
		}
		e.Label, e.Origin, e.State = annot.Label(label), annot.Origin(origin), annot.State(state)
		a.Entities = append(a.Entities, e)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return a, err
	}
	rows, err = q.QueryContext(bg, `SELECT id, start, "end", label, type, coalesce(entity_id, 0), origin, state, confidence
		FROM mentions WHERE doc_id = ? ORDER BY start, "end", id`, id)
	if err != nil {
		return a, err
	}
	for rows.Next() {
		var m annot.Mention
		var label, typ, origin, state string
		if err := rows.Scan(&m.ID, &m.Start, &m.End, &label, &typ, &m.Entity, &origin, &state, &m.Confidence); err != nil {
			rows.Close()
			return a, err
		}
		m.Label, m.Type, m.Origin, m.State = annot.Label(label), annot.MentionType(typ), annot.Origin(origin), annot.State(state)
		a.Mentions = append(a.Mentions, m)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return a, err
	}
	rows, err = q.QueryContext(bg, `SELECT q.id, q.kind, q.cue_start, q.cue_end, coalesce(q.speaker_id, 0), q.unattributed,
		q.origin, q.state, q.confidence, p.start, p."end"
		FROM quotes q JOIN quote_parts p ON p.quote_id = q.id
		WHERE q.doc_id = ? ORDER BY q.id, p.seq`, id)
	if err != nil {
		return a, err
	}
	defer rows.Close()
	for rows.Next() {
		var qu annot.Quote
		var kind, origin, state string
		var p annot.Span
		if err := rows.Scan(&qu.ID, &kind, &qu.Cue.Start, &qu.Cue.End, &qu.Speaker, &qu.Unattributed,
			&origin, &state, &qu.Confidence, &p.Start, &p.End); err != nil {
			return a, err
		}
		if n := len(a.Quotes); n > 0 && a.Quotes[n-1].ID == qu.ID {
			a.Quotes[n-1].Parts = append(a.Quotes[n-1].Parts, p)
			continue
		}
		qu.Kind, qu.Origin, qu.State = annot.Kind(kind), annot.Origin(origin), annot.State(state)
		qu.Parts = []annot.Span{p}
		a.Quotes = append(a.Quotes, qu)
	}
	if err := rows.Err(); err != nil {
		return a, err
	}
	sort.SliceStable(a.Quotes, func(i, j int) bool { return a.Quotes[i].Extent().Start < a.Quotes[j].Extent().Start })
	return a, nil
}

// Stats is the project overview.
func (s *Store) Stats() (annot.Stats, error) {
	st := annot.Stats{ByStatus: map[annot.Status]int{}}
	err := s.read(func(q querier) error {
		for _, x := range annot.Statuses {
			st.ByStatus[x] = 0
		}
		rows, err := q.QueryContext(bg, "SELECT status, count(*) FROM documents GROUP BY status")
		if err != nil {
			return err
		}
		for rows.Next() {
			var k string
			var n int
			if err := rows.Scan(&k, &n); err != nil {
				rows.Close()
				return err
			}
			st.ByStatus[annot.Status(k)] = n
		}
		rows.Close()
		rows, err = q.QueryContext(bg, `SELECT name, count(*) AS n FROM (
				SELECT coalesce(e.name, substr(d.text, m.start + 1, m."end" - m.start)) AS name
				FROM quotes q JOIN mentions m ON m.id = q.speaker_id
				JOIN documents d ON d.id = q.doc_id
				LEFT JOIN entities e ON e.id = m.entity_id
				WHERE q.state <> 'rejected')
			GROUP BY name ORDER BY n DESC, name LIMIT 100`)
		if err != nil {
			return err
		}
		for rows.Next() {
			var c annot.SpeakerCount
			if err := rows.Scan(&c.Name, &c.Count); err != nil {
				rows.Close()
				return err
			}
			st.Speakers = append(st.Speakers, c)
		}
		rows.Close()
		rows, err = q.QueryContext(bg, `SELECT state, count(*) FROM (
				SELECT state FROM quotes WHERE origin = 'detector'
				UNION ALL SELECT state FROM mentions WHERE origin = 'detector')
			GROUP BY state`)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var k string
			var n int
			if err := rows.Scan(&k, &n); err != nil {
				return err
			}
			switch annot.State(k) {
			case annot.StateAccepted:
				st.DetectorAccepted = n
			case annot.StateEdited:
				st.DetectorEdited = n
			case annot.StateRejected:
				st.DetectorRejected = n
			case annot.StateSuggested:
				st.DetectorPending = n
			}
		}
		return rows.Err()
	})
	if err != nil {
		return annot.Stats{}, fmt.Errorf("stats: %w", err)
	}
	return st, nil
}

// Labels is the project's label set, in key order.
func (s *Store) Labels() ([]annot.Label, error) {
	var out []annot.Label
	err := s.read(func(q querier) error {
		rows, err := q.QueryContext(bg, "SELECT name FROM labels ORDER BY key")
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var l string
			if err := rows.Scan(&l); err != nil {
				return err
			}
			out = append(out, annot.Label(l))
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("labels: %w", err)
	}
	return out, nil
}

func validStatus(s annot.Status) bool {
	for _, x := range annot.Statuses {
		if s == x {
			return true
		}
	}
	return false
}
