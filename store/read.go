package store

import (
	"fmt"
	"sort"

	"github.com/quotebench/quotebench/annot"
)

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
	rows, err := q.QueryContext(bg, `SELECT e.id, e.name, e.label, e.origin, e.state, e.confidence, e.annotator,
		coalesce(CASE WHEN e.speaker_state = 'confirmed' THEN s.sid END, '')
		FROM entities e LEFT JOIN speakers s ON s.id = e.speaker_id WHERE e.doc_id = ? ORDER BY e.id`, id)
	if err != nil {
		return a, err
	}
	for rows.Next() {
		var e annot.Entity
		var label, origin, state string
		if err := rows.Scan(&e.ID, &e.Name, &label, &origin, &state, &e.Confidence, &e.Annotator, &e.Speaker); err != nil {
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
	rows, err = q.QueryContext(bg, `SELECT id, start, "end", label, type, coalesce(entity_id, 0), origin, state, confidence, annotator
		FROM mentions WHERE doc_id = ? ORDER BY start, "end", id`, id)
	if err != nil {
		return a, err
	}
	for rows.Next() {
		var m annot.Mention
		var label, typ, origin, state string
		if err := rows.Scan(&m.ID, &m.Start, &m.End, &label, &typ, &m.Entity, &origin, &state, &m.Confidence, &m.Annotator); err != nil {
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
		q.origin, q.state, q.confidence, q.annotator, p.start, p."end"
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
			&origin, &state, &qu.Confidence, &qu.Annotator, &p.Start, &p.End); err != nil {
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
