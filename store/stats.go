package store

import (
	"fmt"

	"github.com/quotebench/quotebench/annot"
)

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
		// Who is quoted: a speaker registry entry counts once whatever each
		// document calls them; unlinked speakers count by name.
		rows, err = q.QueryContext(bg, `SELECT name, count(*) AS n FROM (
				SELECT coalesce(s.sid, 'name:' || coalesce(e.name, substr(d.text, m.start + 1, m."end" - m.start))) AS who,
					coalesce(s.name, e.name, substr(d.text, m.start + 1, m."end" - m.start)) AS name
				FROM quotes q JOIN mentions m ON m.id = q.speaker_id
				JOIN documents d ON d.id = q.doc_id
				LEFT JOIN entities e ON e.id = m.entity_id
				LEFT JOIN speakers s ON s.id = e.speaker_id
				WHERE q.state <> 'rejected')
			GROUP BY who ORDER BY n DESC, name LIMIT 100`)
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
