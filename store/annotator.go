package store

import (
	"database/sql"
	"errors"
	"fmt"
	"os"
	"os/user"
	"strings"
	"unicode"

	"github.com/quotebench/quotebench/annot"
)

// Every decision (accept, reject, edit, add) records who made it: the
// project's annotator, a name set once per project file (SetAnnotator),
// else the OS user. Options.Annotator overrides it for one session (an
// import on behalf of the person who made the annotation).

// annotatorKey is the project setting that holds the annotator's name.
const annotatorKey = "annotator"

// MaxAnnotatorLen is the longest annotator name, in characters.
const MaxAnnotatorLen = 80

// OSUser is the name of the user running Quotebench, or "" when unknown.
func OSUser() string {
	if u, err := user.Current(); err == nil && u.Username != "" {
		return u.Username
	}
	for _, v := range []string{"USER", "USERNAME", "LOGNAME"} {
		if s := os.Getenv(v); s != "" {
			return s
		}
	}
	return ""
}

// CheckAnnotator refuses names that are empty, too long or hold control
// characters.
func CheckAnnotator(name string) error {
	n := strings.TrimSpace(name)
	switch {
	case n == "":
		return fmt.Errorf("%w: an annotator name cannot be empty", annot.ErrInvalid)
	case len([]rune(n)) > MaxAnnotatorLen:
		return fmt.Errorf("%w: an annotator name is at most %d characters", annot.ErrInvalid, MaxAnnotatorLen)
	case strings.IndexFunc(n, unicode.IsControl) >= 0:
		return fmt.Errorf("%w: an annotator name cannot hold control characters", annot.ErrInvalid)
	}
	return nil
}

// Annotator is who makes the decisions of this session: Options.Annotator,
// else the project's annotator setting, else the OS user.
func (s *Store) Annotator() (string, error) {
	var name string
	err := s.read(func(q querier) error {
		var err error
		name, err = s.annotatorTx(q)
		return err
	})
	return name, err
}

// ProjectAnnotator is the name set in the project file ("" when none).
func (s *Store) ProjectAnnotator() (string, error) {
	var name string
	err := s.read(func(q querier) error {
		var err error
		name, err = projectAnnotator(q)
		return err
	})
	return name, err
}

func projectAnnotator(q querier) (string, error) {
	var name []byte
	err := q.QueryRowContext(bg, "SELECT value FROM settings WHERE key = ?", annotatorKey).Scan(&name)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	return string(name), err
}

func (s *Store) annotatorTx(q querier) (string, error) {
	if s.annotator != "" {
		return s.annotator, nil
	}
	name, err := projectAnnotator(q)
	if err != nil || name != "" {
		return name, err
	}
	return OSUser(), nil
}

// SetAnnotator sets the project's annotator name ("" clears it: the OS
// user again). Decisions already made keep the name they were made under.
func (s *Store) SetAnnotator(name string) error {
	name = strings.TrimSpace(name)
	if name != "" {
		if err := CheckAnnotator(name); err != nil {
			return fmt.Errorf("set annotator: %w", err)
		}
	}
	var v []byte
	if name != "" {
		v = []byte(name)
	}
	if err := s.SetSetting(annotatorKey, v); err != nil {
		return fmt.Errorf("set annotator: %w", err)
	}
	return nil
}

// stampDecisions names the session's annotator on the decided annotations
// of a document that carry no name (annotations added already decided, by
// an import of decisions).
func (s *Store) stampDecisions(tx querier, doc annot.DocID) error {
	name, err := s.annotatorTx(tx)
	if err != nil {
		return err
	}
	for _, t := range []string{"quotes", "mentions", "entities"} {
		if _, err := tx.ExecContext(bg, "UPDATE "+t+" SET annotator = ? WHERE doc_id = ? AND state <> 'suggested' AND annotator = ''", name, doc); err != nil {
			return err
		}
	}
	return nil
}
