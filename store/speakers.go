package store

import (
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
	"unicode"

	"github.com/quotebench/quotebench/annot"
)

// The speaker registry (migration 9): one entry per person or organisation
// that speaks across the project. Entities that speak (the linked entity
// of a quote's speaker mention) link to an entry: suggested by name match
// (SuggestSpeakers), confirmed by the analyst (ConfirmSpeaker,
// LinkSpeaker). Entries are merged and renamed across every document at
// once. Every change is one journaled action.

func newSID() string {
	var b [6]byte
	rand.Read(b[:])
	return "spk-" + hex.EncodeToString(b[:])
}

// speakerNorm compares names: lower case, single spaces, no edge
// punctuation.
func speakerNorm(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	return strings.TrimFunc(s, func(r rune) bool { return unicode.IsPunct(r) })
}

// linkImportedSpeaker links a new entity row to the registry entry an
// import names (Entity.Speaker), creating the entry when the project has
// none with that id: a re-imported export keeps its speaker ids.
func linkImportedSpeaker(tx querier, row int64, e annot.Entity) error {
	if e.Speaker == "" {
		return nil
	}
	if _, err := tx.ExecContext(bg, `INSERT INTO speakers (sid, name, type) VALUES (?, ?, ?) ON CONFLICT (sid) DO NOTHING`,
		e.Speaker, e.Name, string(e.Label)); err != nil {
		return err
	}
	_, err := tx.ExecContext(bg, `UPDATE entities SET speaker_id = (SELECT id FROM speakers WHERE sid = ?), speaker_state = 'confirmed' WHERE id = ?`,
		e.Speaker, row)
	return err
}

type regEntry struct {
	id      int64
	sid     string
	name    string
	typ     string
	aliases []string
}

func loadRegistry(q querier) ([]regEntry, error) {
	rows, err := q.QueryContext(bg, `SELECT id, sid, name, type, aliases FROM speakers ORDER BY id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []regEntry
	for rows.Next() {
		var e regEntry
		var al string
		if err := rows.Scan(&e.id, &e.sid, &e.name, &e.typ, &al); err != nil {
			return nil, err
		}
		json.Unmarshal([]byte(al), &e.aliases)
		out = append(out, e)
	}
	return out, rows.Err()
}

func entryBySID(q querier, sid string) (regEntry, error) {
	var e regEntry
	var al string
	err := q.QueryRowContext(bg, `SELECT id, sid, name, type, aliases FROM speakers WHERE sid = ?`, sid).Scan(&e.id, &e.sid, &e.name, &e.typ, &al)
	if errors.Is(err, sql.ErrNoRows) {
		return e, fmt.Errorf("speaker %q: %w", sid, annot.ErrNotFound)
	}
	json.Unmarshal([]byte(al), &e.aliases)
	return e, err
}

// matchEntry finds the registry entry a name refers to: the same name or
// alias, else (for a one-word name) the one entry whose name ends with it
// ("Doe" → "Jo Doe"). -1 when none, -2 when several entries end with it.
func matchEntry(reg []regEntry, name string) int {
	n := speakerNorm(name)
	if n == "" {
		return -1
	}
	for i, e := range reg {
		if speakerNorm(e.name) == n {
			return i
		}
		for _, a := range e.aliases {
			if speakerNorm(a) == n {
				return i
			}
		}
	}
	if strings.Contains(n, " ") {
		return -1
	}
	found := -1
	for i, e := range reg {
		f := strings.Fields(speakerNorm(e.name))
		if len(f) > 1 && f[len(f)-1] == n {
			if found >= 0 {
				return -2 // two Does: the analyst decides
			}
			found = i
		}
	}
	return found
}

// properName reports whether a name looks like a name (it starts with a
// capital letter), not a description ("the mayor"), which only the
// analyst can link.
func properName(s string) bool {
	for _, r := range strings.TrimSpace(s) {
		return unicode.IsUpper(r)
	}
	return false
}

// SuggestSpeakers links every speaking entity that has no registry entry
// yet to one by name match (suggested, for the analyst to confirm), and
// makes a new entry for each name that matches none. Descriptions ("the
// mayor") are left for the analyst. One action, one undo step. It returns
// how many entries it made and how many links it suggested.
func (s *Store) SuggestSpeakers() (created, suggested int, err error) {
	err = s.act("suggest speakers", func(r *rec) error {
		reg, err := loadRegistry(r.tx)
		if err != nil {
			return err
		}
		rows, err := r.tx.QueryContext(bg, `SELECT DISTINCT e.id, e.name, e.label FROM entities e
			JOIN mentions m ON m.entity_id = e.id JOIN quotes q ON q.speaker_id = m.id
			WHERE q.state <> 'rejected' AND e.state <> 'rejected' AND e.speaker_id IS NULL AND e.label IN ('PERSON', 'ORG')
			ORDER BY e.id`)
		if err != nil {
			return err
		}
		type ent struct {
			id          int64
			name, label string
		}
		var ents []ent
		for rows.Next() {
			var e ent
			if err := rows.Scan(&e.id, &e.name, &e.label); err != nil {
				rows.Close()
				return err
			}
			ents = append(ents, e)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		// longer names first, so that "Jo Doe" makes the entry "Doe" joins
		sort.SliceStable(ents, func(i, j int) bool {
			return len(strings.Fields(ents[i].name)) > len(strings.Fields(ents[j].name))
		})
		for _, e := range ents {
			i := matchEntry(reg, e.name)
			if i == -2 {
				continue // ambiguous: the analyst links it
			}
			if i < 0 {
				if !properName(e.name) {
					continue
				}
				ne := regEntry{sid: newSID(), name: strings.Join(strings.Fields(e.name), " "), typ: e.label}
				res, err := r.tx.ExecContext(bg, `INSERT INTO speakers (sid, name, type) VALUES (?, ?, ?)`, ne.sid, ne.name, ne.typ)
				if err != nil {
					return err
				}
				ne.id, _ = res.LastInsertId()
				r.inserted("speakers", ne.id)
				reg = append(reg, ne)
				i = len(reg) - 1
				created++
			}
			if err := r.touch("entities", e.id); err != nil {
				return err
			}
			if _, err := r.tx.ExecContext(bg, `UPDATE entities SET speaker_id = ?, speaker_state = 'suggested' WHERE id = ?`, reg[i].id, e.id); err != nil {
				return err
			}
			suggested++
		}
		return nil
	})
	return created, suggested, err
}

// addAlias records name as an alias of the entry (unless it is its name or
// already an alias).
func addAlias(r *rec, e regEntry, name string) error {
	n := speakerNorm(name)
	if n == "" || n == speakerNorm(e.name) {
		return nil
	}
	for _, a := range e.aliases {
		if speakerNorm(a) == n {
			return nil
		}
	}
	if err := r.touch("speakers", e.id); err != nil {
		return err
	}
	al, _ := json.Marshal(append(e.aliases, strings.Join(strings.Fields(name), " ")))
	_, err := r.tx.ExecContext(bg, `UPDATE speakers SET aliases = ? WHERE id = ?`, string(al), e.id)
	return err
}

// LinkSpeaker confirms that entity e is registry entry sid (whatever was
// suggested); its name becomes an alias of the entry. sid "" removes the
// link.
func (s *Store) LinkSpeaker(e annot.EntityID, sid string) error {
	return s.act("link speaker", func(r *rec) error {
		if err := r.touchDoc("entities", int64(e)); err != nil {
			return err
		}
		if sid == "" {
			_, err := r.tx.ExecContext(bg, `UPDATE entities SET speaker_id = NULL, speaker_state = '' WHERE id = ?`, e)
			return err
		}
		entry, err := entryBySID(r.tx, sid)
		if err != nil {
			return err
		}
		var name string
		if err := r.tx.QueryRowContext(bg, `SELECT name FROM entities WHERE id = ?`, e).Scan(&name); err != nil {
			return err
		}
		if err := addAlias(r, entry, name); err != nil {
			return err
		}
		_, err = r.tx.ExecContext(bg, `UPDATE entities SET speaker_id = ?, speaker_state = 'confirmed' WHERE id = ?`, entry.id, e)
		return err
	})
}

// ConfirmSpeaker confirms the suggested link of entity e.
func (s *Store) ConfirmSpeaker(e annot.EntityID) error {
	var sid string
	err := s.read(func(q querier) error {
		return q.QueryRowContext(bg, `SELECT coalesce(s.sid, '') FROM entities e LEFT JOIN speakers s ON s.id = e.speaker_id WHERE e.id = ?`, e).Scan(&sid)
	})
	if errors.Is(err, sql.ErrNoRows) || (err == nil && sid == "") {
		return fmt.Errorf("confirm speaker: entity %d has no suggested speaker: %w", e, annot.ErrNotFound)
	}
	if err != nil {
		return err
	}
	return s.LinkSpeaker(e, sid)
}

// RenameSpeaker gives an entry a new canonical name; the old one becomes
// an alias. Every document sees the new name at once.
func (s *Store) RenameSpeaker(sid, name string) error {
	name = strings.Join(strings.Fields(name), " ")
	if name == "" {
		return fmt.Errorf("rename speaker: %w: empty name", annot.ErrInvalid)
	}
	return s.act("rename speaker", func(r *rec) error {
		e, err := entryBySID(r.tx, sid)
		if err != nil {
			return err
		}
		if err := addAlias(r, e, e.name); err != nil {
			return err
		}
		if err := r.touch("speakers", e.id); err != nil {
			return err
		}
		_, err = r.tx.ExecContext(bg, `UPDATE speakers SET name = ? WHERE id = ?`, name, e.id)
		return err
	})
}

// MergeSpeakers folds entry from into entry into: its links, its name and
// aliases (as aliases); from is deleted.
func (s *Store) MergeSpeakers(into, from string) error {
	if into == from {
		return fmt.Errorf("merge speakers: %w: an entry cannot be merged into itself", annot.ErrInvalid)
	}
	return s.act("merge speakers", func(r *rec) error {
		a, err := entryBySID(r.tx, into)
		if err != nil {
			return err
		}
		b, err := entryBySID(r.tx, from)
		if err != nil {
			return err
		}
		for _, n := range append([]string{b.name}, b.aliases...) {
			if err := addAlias(r, a, n); err != nil {
				return err
			}
			if a, err = entryBySID(r.tx, into); err != nil {
				return err
			}
		}
		linked, err := ids(r.tx, `SELECT id FROM entities WHERE speaker_id = ?`, b.id)
		if err != nil {
			return err
		}
		for _, e := range linked {
			if err := r.touch("entities", e); err != nil {
				return err
			}
		}
		if _, err := r.tx.ExecContext(bg, `UPDATE entities SET speaker_id = ? WHERE speaker_id = ?`, a.id, b.id); err != nil {
			return err
		}
		if err := r.touch("speakers", b.id); err != nil {
			return err
		}
		_, err = r.tx.ExecContext(bg, `DELETE FROM speakers WHERE id = ?`, b.id)
		return err
	})
}

// Speakers lists the registry, most quoted first.
func (s *Store) Speakers() ([]annot.Speaker, error) {
	var out []annot.Speaker
	err := s.read(func(q querier) error {
		reg, err := loadRegistry(q)
		if err != nil {
			return err
		}
		byID := map[int64]int{}
		for _, e := range reg {
			byID[e.id] = len(out)
			out = append(out, annot.Speaker{ID: e.sid, Name: e.name, Type: annot.Label(e.typ), Aliases: e.aliases})
		}
		rows, err := q.QueryContext(bg, `SELECT speaker_id, count(*), sum(speaker_state = 'suggested') FROM entities WHERE speaker_id IS NOT NULL GROUP BY speaker_id`)
		if err != nil {
			return err
		}
		for rows.Next() {
			var id int64
			var n, sug int
			if err := rows.Scan(&id, &n, &sug); err != nil {
				rows.Close()
				return err
			}
			if i, ok := byID[id]; ok {
				out[i].Linked, out[i].Suggested = n, sug
			}
		}
		rows.Close()
		rows, err = q.QueryContext(bg, `SELECT e.speaker_id, count(DISTINCT q.doc_id), count(DISTINCT q.id)
			FROM quotes q JOIN mentions m ON m.id = q.speaker_id JOIN entities e ON e.id = m.entity_id
			WHERE q.state <> 'rejected' AND e.speaker_id IS NOT NULL GROUP BY e.speaker_id`)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var id int64
			var d, n int
			if err := rows.Scan(&id, &d, &n); err != nil {
				return err
			}
			if i, ok := byID[id]; ok {
				out[i].Documents, out[i].Quotes = d, n
			}
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("speakers: %w", err)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Quotes > out[j].Quotes })
	return out, nil
}

// SpeakerQuotes lists the quotes of a registry entry across the project,
// in document order.
func (s *Store) SpeakerQuotes(sid string) ([]annot.SpeakerQuote, error) {
	var out []annot.SpeakerQuote
	err := s.read(func(q querier) error {
		rows, err := q.QueryContext(bg, `SELECT d.id, d.title, qu.id, qu.state,
				substr(d.text, min(p.start) + 1, max(p."end") - min(p.start))
			FROM quotes qu JOIN mentions m ON m.id = qu.speaker_id JOIN entities e ON e.id = m.entity_id
			JOIN speakers s ON s.id = e.speaker_id JOIN documents d ON d.id = qu.doc_id
			JOIN quote_parts p ON p.quote_id = qu.id
			WHERE s.sid = ? AND qu.state <> 'rejected' GROUP BY qu.id ORDER BY d.id, min(p.start)`, sid)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var x annot.SpeakerQuote
			var st string
			if err := rows.Scan(&x.Doc, &x.Title, &x.Quote, &st, &x.Text); err != nil {
				return err
			}
			x.State = annot.State(st)
			out = append(out, x)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("quotes of speaker %s: %w", sid, err)
	}
	return out, nil
}

// SpeakerLinks lists every entity that speaks (the entity of a quote's
// speaker mention, quote not rejected) with its registry link, unlinked
// and unconfirmed ones first.
func (s *Store) SpeakerLinks() ([]annot.SpeakerLink, error) {
	var out []annot.SpeakerLink
	err := s.read(func(q querier) error {
		rows, err := q.QueryContext(bg, `SELECT DISTINCT e.id, e.doc_id, e.name, coalesce(s.sid, ''), e.speaker_state = 'confirmed'
			FROM entities e JOIN mentions m ON m.entity_id = e.id JOIN quotes qu ON qu.speaker_id = m.id
			LEFT JOIN speakers s ON s.id = e.speaker_id
			WHERE qu.state <> 'rejected' AND e.state <> 'rejected'
			ORDER BY e.speaker_state = 'confirmed', s.sid IS NOT NULL, e.doc_id, e.id`)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var l annot.SpeakerLink
			if err := rows.Scan(&l.Entity, &l.Doc, &l.Name, &l.Speaker, &l.Confirmed); err != nil {
				return err
			}
			out = append(out, l)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("speaker links: %w", err)
	}
	return out, nil
}
