package store

import (
	"fmt"

	"github.com/quotebench/quotebench/annot"
)

// The store takes imported annotations as decisions (it is a
// formats.DecisionTarget; decisions_test.go checks).

// AddDecisions records imported annotations (ids local to the set) on
// document id as the analyst's decisions rather than suggestions: earlier
// human annotation joining the project. Each quote, mention and entity
//   - that matches a pending suggestion (a quote with the same parts, a
//     mention with the same span and label, an entity both link) decides
//     it: accepted, or edited where the kind, speaker or entity differs;
//   - that matches an annotation the analyst already decided (accepted,
//     edited or rejected) leaves it as it is;
//   - that matches nothing is added, origin import, state accepted.
//
// Suggestions the import does not mention stay pending. It is one journaled
// action, so one undo takes the whole import of the document back. With
// dry it only reads (works on a read-only project) and reports what it
// would do.
func (s *Store) AddDecisions(id annot.DocID, a annot.Annotations, dry bool) (annot.Decisions, error) {
	var d annot.Decisions
	var err error
	if dry {
		err = s.read(func(q querier) error {
			d, err = decide(q, nil, id, a, annot.OriginImport)
			return err
		})
	} else {
		err = s.act("import decisions", func(r *rec) error {
			r.doc = id
			d, err = decide(r.tx, r, id, a, annot.OriginImport)
			return err
		})
	}
	if err != nil {
		return annot.Decisions{}, fmt.Errorf("import decisions into document %d: %w", id, err)
	}
	return d, nil
}

type existingMention struct {
	id, entity int64
	state      annot.State
}

type existingQuote struct {
	id, speaker  int64
	kind         annot.Kind
	unattributed bool
	state        annot.State
}

// decide plans and, when r is not nil, applies AddDecisions; what it adds
// has the given origin.
func decide(q querier, r *rec, doc annot.DocID, a annot.Annotations, origin annot.Origin) (annot.Decisions, error) {
	var d annot.Decisions
	chars, err := docChars(q, doc)
	if err != nil {
		return d, err
	}
	if err := a.Validate(chars); err != nil {
		return d, err
	}
	if r != nil {
		if err := checkLabels(q, &a); err != nil {
			return d, err
		}
	}
	// What the document has.
	ments := map[string]existingMention{}
	rows, err := q.QueryContext(bg, `SELECT id, start, "end", label, coalesce(entity_id, 0), state FROM mentions WHERE doc_id = ? ORDER BY id`, doc)
	if err != nil {
		return d, err
	}
	for rows.Next() {
		var m existingMention
		var start, end int
		var label, st string
		if err := rows.Scan(&m.id, &start, &end, &label, &m.entity, &st); err != nil {
			rows.Close()
			return d, err
		}
		m.state = annot.State(st)
		if k := mentionKey(start, end, annot.Label(label)); ments[k].id == 0 || ments[k].state == annot.StateRejected {
			ments[k] = m // a live row wins over a rejected one
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return d, err
	}
	quotes := map[string]existingQuote{}
	existing, err := loadAnnotations(q, doc)
	if err != nil {
		return d, err
	}
	for _, x := range existing.Quotes {
		k := partsKey(x.Parts)
		if quotes[k].id == 0 || quotes[k].state == annot.StateRejected {
			quotes[k] = existingQuote{id: int64(x.ID), speaker: int64(x.Speaker), kind: x.Kind, unattributed: x.Unattributed, state: x.State}
		}
	}
	entState := map[int64]annot.State{}
	for _, e := range existing.Entities {
		entState[int64(e.ID)] = e.State
	}

	// Entities are resolved as mentions need them: to the entity of a
	// matching mention, else a new accepted entity.
	ents := map[annot.EntityID]int64{}
	newEntity := func(e annot.EntityID) (int64, error) {
		if id, ok := ents[e]; ok {
			return id, nil
		}
		src := a.Entity(e)
		if src == nil {
			return 0, nil
		}
		d.Added++
		var id int64 = -1 // dry run: a row that would be added
		if r != nil {
			res, err := q.ExecContext(bg, `INSERT INTO entities (doc_id, name, label, origin, state, confidence)
				VALUES (?, ?, ?, ?, 'accepted', ?)`, doc, src.Name, string(src.Label), string(origin), src.Confidence)
			if err != nil {
				return 0, err
			}
			id, _ = res.LastInsertId()
			r.inserted("entities", id)
			if err := linkImportedSpeaker(q, id, *src); err != nil {
				return 0, err
			}
		}
		ents[e] = id
		return id, nil
	}
	decideEntity := func(id int64) error {
		if entState[id] != annot.StateSuggested {
			return nil
		}
		entState[id] = annot.StateAccepted
		if r == nil {
			return nil
		}
		if err := r.touch("entities", id); err != nil {
			return err
		}
		_, err := q.ExecContext(bg, "UPDATE entities SET state = 'accepted' WHERE id = ?", id)
		return err
	}
	mentionRow := map[annot.MentionID]int64{}
	for _, m := range a.Mentions {
		ex, ok := ments[mentionKey(m.Start, m.End, m.Label)]
		switch {
		case ok && ex.state == annot.StateRejected:
			d.Kept++
		case ok && ex.state != annot.StateSuggested:
			d.Kept++
			mentionRow[m.ID] = ex.id
			if _, mapped := ents[m.Entity]; m.Entity != 0 && !mapped && ex.entity != 0 {
				ents[m.Entity] = ex.entity
			}
		case ok: // a pending suggestion: decide it
			d.Decided++
			mentionRow[m.ID] = ex.id
			entity, state := ex.entity, "accepted"
			if m.Entity != 0 {
				if _, mapped := ents[m.Entity]; !mapped && ex.entity != 0 {
					ents[m.Entity] = ex.entity
				}
				e, err := newEntity(m.Entity)
				if err != nil {
					return d, err
				}
				if e != ex.entity {
					entity, state = e, "edited"
				}
			}
			if entity > 0 {
				if err := decideEntity(entity); err != nil {
					return d, err
				}
			}
			if r != nil {
				if err := r.touch("mentions", ex.id); err != nil {
					return d, err
				}
				if _, err := q.ExecContext(bg, `UPDATE mentions SET state = ?, entity_id = nullif(?, 0) WHERE id = ?`,
					state, max(entity, 0), ex.id); err != nil {
					return d, err
				}
			}
		default:
			d.Added++
			var entity int64
			if m.Entity != 0 {
				if entity, err = newEntity(m.Entity); err != nil {
					return d, err
				}
			}
			var id int64 = -1
			if r != nil {
				res, err := q.ExecContext(bg, `INSERT INTO mentions (doc_id, start, "end", label, type, entity_id, origin, state, confidence)
					VALUES (?, ?, ?, ?, ?, nullif(?, 0), ?, 'accepted', ?)`,
					doc, m.Start, m.End, string(m.Label), string(mentionType(m.Type)), max(entity, 0), string(origin), m.Confidence)
				if err != nil {
					return d, err
				}
				id, _ = res.LastInsertId()
				r.inserted("mentions", id)
			}
			mentionRow[m.ID] = id
		}
	}
	// Entities no mention brought in (an entity with no mention) are left
	// out: a decision is about text.
	for _, x := range a.Quotes {
		spk := mentionRow[x.Speaker] // 0 when none or not taken
		ex, ok := quotes[partsKey(x.Parts)]
		switch {
		case ok && ex.state != annot.StateSuggested:
			d.Kept++
		case ok:
			d.Decided++
			speaker, unattributed := ex.speaker, ex.unattributed
			if spk != 0 || x.Unattributed {
				speaker, unattributed = max(spk, 0), x.Unattributed && spk == 0
			}
			state := "accepted"
			if x.Kind != ex.kind || speaker != ex.speaker || unattributed != ex.unattributed || spk < 0 {
				state = "edited"
			}
			if r != nil {
				if err := r.touch("quotes", ex.id); err != nil {
					return d, err
				}
				cue := x.Cue
				if _, err := q.ExecContext(bg, `UPDATE quotes SET state = ?, kind = ?, speaker_id = nullif(?, 0), unattributed = ?,
					cue_start = CASE WHEN ? THEN ? ELSE cue_start END, cue_end = CASE WHEN ? THEN ? ELSE cue_end END WHERE id = ?`,
					state, string(x.Kind), speaker, unattributed, !cue.Empty(), cue.Start, !cue.Empty(), cue.End, ex.id); err != nil {
					return d, err
				}
			}
		default:
			d.Added++
			if r != nil {
				cue := x.Cue
				if cue.Empty() {
					cue = annot.Span{}
				}
				res, err := q.ExecContext(bg, `INSERT INTO quotes (doc_id, kind, cue_start, cue_end, speaker_id, unattributed, origin, state, confidence)
					VALUES (?, ?, ?, ?, nullif(?, 0), ?, ?, 'accepted', ?)`,
					doc, string(x.Kind), cue.Start, cue.End, spk, x.Unattributed && spk == 0, string(origin), x.Confidence)
				if err != nil {
					return d, err
				}
				id, _ := res.LastInsertId()
				r.inserted("quotes", id)
				if err := r.insertParts(id, sortedParts(x.Parts)); err != nil {
					return d, err
				}
			}
		}
	}
	return d, nil
}

func partsKey(parts []annot.Span) string {
	return quoteKey("", annot.Span{}, parts)
}

func mentionType(t annot.MentionType) annot.MentionType {
	if t == "" {
		return annot.MentionName
	}
	return t
}
