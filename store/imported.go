package store

import (
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/quotebench/quotebench/annot"
)

// FindDocument returns the document with this external id or, failing
// that, the one whose text (as is, or with CRLF and CR written as LF) has
// this hex sha256; found is false when there is none. Both lookups use an
// index. With several documents under one external id, the latest wins;
// but when its text does not have the hash and another document's does,
// that one wins (external ids are not unique: a folder import names
// documents by file name).
func (s *Store) FindDocument(extID, sha256 string) (d annot.Document, found bool, err error) {
	err = s.read(func(q querier) error {
		var id int64
		err := sql.ErrNoRows
		if extID != "" {
			var sum, sumLF string
			err = q.QueryRowContext(bg, `SELECT id, sha256, sha256_lf FROM documents WHERE ext_id = ? AND ext_id <> '' ORDER BY id DESC LIMIT 1`, extID).Scan(&id, &sum, &sumLF)
			if err == nil && sha256 != "" && sha256 != sum && sha256 != sumLF {
				// Another text under this id (a/story.txt and
				// b/story.txt): the document with this text, if any, wins.
				var byText int64
				switch err := findByHash(q, sha256, &byText); {
				case err == nil:
					id = byText
				case !errors.Is(err, sql.ErrNoRows):
					return err
				}
			}
		}
		if errors.Is(err, sql.ErrNoRows) && sha256 != "" {
			err = findByHash(q, sha256, &id)
		}
		if errors.Is(err, sql.ErrNoRows) {
			return nil
		}
		if err != nil {
			return err
		}
		found = true
		return scanDocument(q, annot.DocID(id), &d)
	})
	if err != nil {
		return annot.Document{}, false, fmt.Errorf("find document %q: %w", extID, err)
	}
	return d, found, nil
}

// TextOwners says whether a text is already in the project: same is the
// document with exactly this text (sum is its annot.TextHash), clash the
// first document that uses extID ("" = none) for a different text. Each is
// 0 when there is none.
// Both look-ups go through an index (see importQueries).
func (s *Store) TextOwners(extID, sum string) (same, clash annot.DocID, err error) {
	err = s.read(func(q querier) error {
		err := q.QueryRowContext(bg, querySameText, sum).Scan(&same)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		if extID != "" {
			err = q.QueryRowContext(bg, queryIDClash, extID, sum).Scan(&clash)
			if err != nil && !errors.Is(err, sql.ErrNoRows) {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return 0, 0, fmt.Errorf("look up text: %w", err)
	}
	return same, clash, nil
}

// The look-ups an import makes per article. Each must use an index, or an
// import slows down as the project grows (TestImportQueriesUseIndexes): the
// index on ext_id is partial (ext_id <> ”), which SQLite uses only when the
// query says so itself.
const (
	querySameText = "SELECT id FROM documents WHERE sha256 = ?"
	queryIDClash  = "SELECT id FROM documents WHERE ext_id = ? AND ext_id <> '' AND sha256 <> ? LIMIT 1"
)

// importQueries are the per-article queries of an import, for the test.
var importQueries = []string{querySameText, queryIDClash}

// findByHash finds the document whose text, as is or LF-normalised, has
// this hash.
func findByHash(q querier, sha256 string, id *int64) error {
	err := q.QueryRowContext(bg, `SELECT id FROM documents WHERE sha256 = ?`, sha256).Scan(id)
	if errors.Is(err, sql.ErrNoRows) {
		err = q.QueryRowContext(bg, `SELECT id FROM documents WHERE sha256_lf = ? ORDER BY id LIMIT 1`, sha256).Scan(id)
	}
	return err
}

// AddImported adds imported annotations (ids local to the set, origin
// import) to a document, leaving out those identical to an import already
// on it: an entity with the same name and label, a mention with the same
// span and label, a quote with the same parts, kind and cue. New
// annotations that refer to a left-out one link to the row already there.
// It returns what it left out. Importing the same file twice adds nothing
// the second time, and an imported suggestion the analyst rejected is not
// suggested again.
func (s *Store) AddImported(id annot.DocID, a annot.Annotations) (dup annot.Annotations, err error) {
	err = s.write(func(tx querier) error {
		chars, err := docChars(tx, id)
		if err != nil {
			return err
		}
		if err := a.Validate(chars); err != nil {
			return err
		}
		l, err := matchImported(tx, id, &a)
		if err != nil {
			return err
		}
		dup = l.dup
		if err := insertLinked(tx, id, &a, annot.OriginImport, l); err != nil {
			return err
		}
		return s.stampDecisions(tx, id)
	})
	if err != nil {
		return annot.Annotations{}, fmt.Errorf("add imported annotations to document %d: %w", id, err)
	}
	return dup, nil
}

// ImportedDuplicates is what AddImported would leave out, without adding
// anything (a dry run; works on a read-only project).
func (s *Store) ImportedDuplicates(id annot.DocID, a annot.Annotations) (annot.Annotations, error) {
	var dup annot.Annotations
	err := s.read(func(q querier) error {
		chars, err := docChars(q, id)
		if err != nil {
			return err
		}
		if err := a.Validate(chars); err != nil {
			return err
		}
		l, err := matchImported(q, id, &a)
		dup = l.dup
		return err
	})
	if err != nil {
		return annot.Annotations{}, fmt.Errorf("check imported annotations of document %d: %w", id, err)
	}
	return dup, nil
}

// links says which annotations of a set are already stored: local id →
// row id for entities and mentions, and the quotes to leave out.
type links struct {
	ents   map[annot.EntityID]int64
	ments  map[annot.MentionID]int64
	quotes map[annot.QuoteID]bool
	dup    annot.Annotations
}

func entityKey(name string, l annot.Label) string { return name + "\x00" + string(l) }

func mentionKey(start, end int, l annot.Label) string {
	return fmt.Sprintf("%d-%d %s", start, end, l)
}

func quoteKey(kind annot.Kind, cue annot.Span, parts []annot.Span) string {
	if cue.Empty() {
		cue = annot.Span{}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s %d-%d", kind, cue.Start, cue.End)
	for _, p := range sortedParts(parts) {
		fmt.Fprintf(&b, " %d-%d", p.Start, p.End)
	}
	return b.String()
}

// matchImported finds the annotations of a that are identical to imports
// already on document doc.
func matchImported(q querier, doc annot.DocID, a *annot.Annotations) (links, error) {
	l := links{ents: map[annot.EntityID]int64{}, ments: map[annot.MentionID]int64{}, quotes: map[annot.QuoteID]bool{}}
	ents, err := keyedIDs(q, `SELECT id, name, label FROM entities WHERE doc_id = ? AND origin = 'import' ORDER BY id`, doc,
		func(r *sql.Rows) (string, int64, error) {
			var id int64
			var name, label string
			err := r.Scan(&id, &name, &label)
			return entityKey(name, annot.Label(label)), id, err
		})
	if err != nil {
		return l, err
	}
	ments, err := keyedIDs(q, `SELECT id, start, "end", label FROM mentions WHERE doc_id = ? AND origin = 'import' ORDER BY id`, doc,
		func(r *sql.Rows) (string, int64, error) {
			var id int64
			var start, end int
			var label string
			err := r.Scan(&id, &start, &end, &label)
			return mentionKey(start, end, annot.Label(label)), id, err
		})
	if err != nil {
		return l, err
	}
	quotes, err := importedQuoteKeys(q, doc)
	if err != nil {
		return l, err
	}
	for _, e := range a.Entities {
		if id, ok := ents[entityKey(e.Name, e.Label)]; ok {
			l.ents[e.ID] = id
			l.dup.Entities = append(l.dup.Entities, e)
		}
	}
	for _, m := range a.Mentions {
		if id, ok := ments[mentionKey(m.Start, m.End, m.Label)]; ok {
			l.ments[m.ID] = id
			l.dup.Mentions = append(l.dup.Mentions, m)
		}
	}
	for _, x := range a.Quotes {
		if quotes[quoteKey(x.Kind, x.Cue, x.Parts)] {
			l.quotes[x.ID] = true
			l.dup.Quotes = append(l.dup.Quotes, x)
		}
	}
	return l, nil
}

// keyedIDs maps the key of each row a query selects to its id (the first
// row of a key wins).
func keyedIDs(q querier, query string, doc annot.DocID, scan func(*sql.Rows) (string, int64, error)) (map[string]int64, error) {
	rows, err := q.QueryContext(bg, query, doc)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]int64{}
	for rows.Next() {
		k, id, err := scan(rows)
		if err != nil {
			return nil, err
		}
		if _, ok := out[k]; !ok {
			out[k] = id
		}
	}
	return out, rows.Err()
}

// importedQuoteKeys are the keys of the imported quotes on a document.
func importedQuoteKeys(q querier, doc annot.DocID) (map[string]bool, error) {
	rows, err := q.QueryContext(bg, `SELECT q.id, q.kind, q.cue_start, q.cue_end, p.start, p."end"
		FROM quotes q JOIN quote_parts p ON p.quote_id = q.id
		WHERE q.doc_id = ? AND q.origin = 'import' ORDER BY q.id, p.seq`, doc)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]bool{}
	var cur int64
	var kind string
	var cue annot.Span
	var parts []annot.Span
	flush := func() {
		if cur != 0 {
			out[quoteKey(annot.Kind(kind), cue, parts)] = true
		}
	}
	for rows.Next() {
		var id int64
		var k string
		var c, p annot.Span
		if err := rows.Scan(&id, &k, &c.Start, &c.End, &p.Start, &p.End); err != nil {
			return nil, err
		}
		if id != cur {
			flush()
			cur, kind, cue, parts = id, k, c, nil
		}
		parts = append(parts, p)
	}
	flush()
	return out, rows.Err()
}
