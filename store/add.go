package store

import (
	"database/sql"
	"errors"
	"fmt"
	"maps"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

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
	chars, err := checkNewDocument(&d, sugg)
	if err != nil {
		return 0, fmt.Errorf("add document: %w", err)
	}
	var id annot.DocID
	err = s.write(func(tx querier) error {
		id, err = s.insertDocument(tx, d, chars, sugg, origin)
		return err
	})
	if errors.Is(err, errSameText) {
		return id, fmt.Errorf("add document: %w: same text as document %d", annot.ErrDuplicate, id)
	}
	if err != nil {
		return 0, fmt.Errorf("add document: %w", err)
	}
	return id, nil
}

// checkNewDocument checks a document and its suggestions before anything is
// written, defaults its status, and returns its length in code points.
func checkNewDocument(d *annot.Document, sugg *annot.Annotations) (int, error) {
	if d.Text == "" || strings.TrimSpace(d.Text) == "" {
		return 0, fmt.Errorf("%w: empty text", annot.ErrInvalid)
	}
	if !utf8.ValidString(d.Text) || strings.IndexByte(d.Text, 0) >= 0 {
		return 0, fmt.Errorf("%w: text is not valid UTF-8 or contains NUL", annot.ErrInvalid)
	}
	chars := utf8.RuneCountInString(d.Text)
	if sugg != nil {
		if err := sugg.Validate(chars); err != nil {
			return 0, fmt.Errorf("suggestions: %w", err)
		}
	}
	if d.Status == "" {
		d.Status = annot.StatusTodo
	}
	if !validStatus(d.Status) {
		return 0, fmt.Errorf("%w: status %q", annot.ErrInvalid, d.Status)
	}
	return chars, nil
}

// insertDocument adds a checked document and its suggestions in tx. A text
// already in the project is errSameText with that document's id. Its cost
// does not grow with the project: the duplicate check and every insert go
// through an index.
func (s *Store) insertDocument(tx querier, d annot.Document, chars int, sugg *annot.Annotations, origin annot.Origin) (annot.DocID, error) {
	sum, lf := annot.TextHash(d.Text), annot.TextHash(annot.NormalizeNewlines(d.Text))
	var id annot.DocID
	err := tx.QueryRowContext(bg, querySameText, sum).Scan(&id)
	if err == nil {
		return id, errSameText
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return 0, err
	}
	t := now()
	res, err := tx.ExecContext(bg, `INSERT INTO documents
		(ext_id, title, date, source, url, text, chars, sha256, sha256_lf, status, created, updated)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		d.ExtID, d.Title, d.Date, d.Source, d.URL, d.Text, chars, sum, lf, string(d.Status), t, t)
	if err != nil {
		return 0, err
	}
	n, err := res.LastInsertId()
	if err != nil {
		return 0, err
	}
	id = annot.DocID(n)
	if sugg != nil {
		if err := insertAnnotations(tx, id, sugg, origin); err != nil {
			return 0, err
		}
		if err := s.stampDecisions(tx, id); err != nil {
			return 0, err
		}
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
		if err := insertAnnotations(tx, id, &a, ""); err != nil {
			return err
		}
		return s.stampDecisions(tx, id)
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
// decider is the annotator name an inserted annotation keeps: its own
// when decided, none when pending.
func decider(st annot.State, name string) string {
	if st == annot.StateSuggested {
		return ""
	}
	return name
}

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
	if err := checkLabels(tx, a); err != nil {
		return err
	}
	ents := map[annot.EntityID]int64{}
	maps.Copy(ents, l.ents)
	for _, e := range a.Entities {
		if _, ok := l.ents[e.ID]; ok {
			continue
		}
		o, st := prov(e.Provenance)
		res, err := tx.ExecContext(bg, `INSERT INTO entities (doc_id, name, label, origin, state, confidence, annotator)
			VALUES (?, ?, ?, ?, ?, ?, ?)`, doc, e.Name, string(e.Label), string(o), string(st), e.Confidence, decider(st, e.Annotator))
		if err != nil {
			return fmt.Errorf("entity %d: %w", e.ID, err)
		}
		ents[e.ID], _ = res.LastInsertId()
		if err := linkImportedSpeaker(tx, ents[e.ID], e); err != nil {
			return fmt.Errorf("entity %d: %w", e.ID, err)
		}
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
		res, err := tx.ExecContext(bg, `INSERT INTO mentions (doc_id, start, "end", label, type, entity_id, origin, state, confidence, annotator)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, doc, m.Start, m.End, string(m.Label), string(typ), ent, string(o), string(st), m.Confidence, decider(st, m.Annotator))
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
		res, err := tx.ExecContext(bg, `INSERT INTO quotes (doc_id, kind, cue_start, cue_end, speaker_id, unattributed, origin, state, confidence, annotator)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, doc, string(q.Kind), cue.Start, cue.End, spk, q.Unattributed && q.Speaker == 0, string(o), string(st), q.Confidence, decider(st, q.Annotator))
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

// checkLabels refuses a set that uses a label the project does not have:
// an import never extends the label set on its own (formats map the usual
// spellings onto the project's labels first and report what they cannot).
func checkLabels(tx querier, a *annot.Annotations) error {
	rows, err := tx.QueryContext(bg, "SELECT name FROM labels ORDER BY key")
	if err != nil {
		return err
	}
	have := map[annot.Label]bool{}
	var names []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			rows.Close()
			return err
		}
		have[annot.Label(n)] = true
		names = append(names, n)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	unknown := func(what string, id int64, l annot.Label) error {
		return fmt.Errorf("%w: %s %d has the label %q, which is not one of the project's labels (%s)",
			annot.ErrInvalid, what, id, l, strings.Join(names, ", "))
	}
	for _, e := range a.Entities {
		if e.Label != "" && !have[e.Label] {
			return unknown("entity", int64(e.ID), e.Label)
		}
	}
	for _, m := range a.Mentions {
		if m.Label != "" && !have[m.Label] {
			return unknown("mention", int64(m.ID), m.Label)
		}
	}
	return nil
}

func validStatus(s annot.Status) bool {
	for _, x := range annot.Statuses {
		if s == x {
			return true
		}
	}
	return false
}
