package store

// CONTRACT STUB written by the lead so the GUI, formats and CLI can compile
// against the store from the start. The store owner replaces the bodies (and
// may add methods); signatures change only after telling the lead.

import (
	"errors"

	"github.com/quotebench/quotebench/app/annot"
)

// Store is an open project file.
type Store struct{ path string }

// Options for Open.
type Options struct {
	ReadOnly bool // open without taking the writer lock; every write fails
}

// ErrNewerVersion: the file was written by a newer Quotebench.
var ErrNewerVersion = errors.New("project file is from a newer version of Quotebench")

// ErrBusy: another Quotebench process holds the project's writer lock.
var ErrBusy = errors.New("project is open in another Quotebench")

// ErrReadOnly: a write on a store opened read-only.
var ErrReadOnly = errors.New("project is open read-only")

// Open opens or creates the project file at path and migrates it.
func Open(path string, opt Options) (*Store, error) { return nil, errors.New("store: not implemented") }

func (s *Store) Close() error   { return nil }
func (s *Store) Path() string   { return s.path }
func (s *Store) ReadOnly() bool { return false }

// DocSummary is one row of the document list.
type DocSummary struct {
	ID       annot.DocID
	ExtID    string
	Title    string
	Date     string
	Status   annot.Status
	Quotes   int // quotes not rejected
	Mentions int
	Pending  int // annotations still in state suggested
}

// DocFilter selects documents; zero values select everything.
type DocFilter struct {
	Status annot.Status // "" = any
	Query  string       // FTS5 query over title and text; "" = none
	IDs    []annot.DocID
}

// Detector pre-annotates a text; the store calls it on import so a document
// and its suggestions land in one transaction. Nil means no detection.
type Detector func(text string) annot.Annotations

// Rejected is an input the importer refused.
type Rejected struct {
	Path   string
	Line   int // 0 when not line-based
	Reason string
}

// ImportReport says what an import did.
type ImportReport struct {
	Added      []annot.DocID
	Duplicates []string // "path" or "path:line" of texts already in the project
	Rejected   []Rejected
}

// Progress is called during long work; done of total, with the current item.
type Progress func(done, total int, item string)

// Import reads files and folders (recursively: .txt, .html/.htm, .jsonl)
// and adds each article with its detector suggestions, one transaction each.
func (s *Store) Import(paths []string, detect Detector, progress Progress) (ImportReport, error) {
	return ImportReport{}, errors.New("store: not implemented")
}

// AddDocument adds one document with suggestions (ids local to the set).
// It returns the new id, or the existing id and annot.ErrDuplicate.
func (s *Store) AddDocument(d annot.Document, sugg *annot.Annotations, origin annot.Origin) (annot.DocID, error) {
	return 0, errors.New("store: not implemented")
}

func (s *Store) Documents(f DocFilter) ([]DocSummary, error) { return nil, nil }
func (s *Store) Document(id annot.DocID) (annot.Document, error) {
	return annot.Document{}, annot.ErrNotFound
}

// Annotations returns a document's annotations with database ids.
func (s *Store) Annotations(id annot.DocID) (annot.Annotations, error) {
	return annot.Annotations{}, nil
}

// AddAnnotations adds pre-annotations (ids local to the set), e.g. imported ones.
func (s *Store) AddAnnotations(id annot.DocID, a annot.Annotations) error { return nil }

// --- user actions: each one transaction, journaled, undoable ---

func (s *Store) SetStatus(id annot.DocID, st annot.Status) error         { return nil }
func (s *Store) SetQuoteState(q annot.QuoteID, st annot.State) error     { return nil }
func (s *Store) SetMentionState(m annot.MentionID, st annot.State) error { return nil }

// AcceptAll accepts every suggestion still pending in a document.
func (s *Store) AcceptAll(id annot.DocID) (int, error) { return 0, nil }

// SetSpeaker links a quote to a speaker mention (0 = none); unattributed
// records an explicit "no speaker".
func (s *Store) SetSpeaker(q annot.QuoteID, m annot.MentionID, unattributed bool) error { return nil }

// AddMention adds a human mention; entity 0 creates a new entity named after the text.
func (s *Store) AddMention(id annot.DocID, sp annot.Span, l annot.Label, t annot.MentionType, e annot.EntityID) (annot.MentionID, error) {
	return 0, nil
}
func (s *Store) AddQuote(id annot.DocID, parts []annot.Span, k annot.Kind) (annot.QuoteID, error) {
	return 0, nil
}
func (s *Store) SetQuoteKind(q annot.QuoteID, k annot.Kind) error        { return nil }
func (s *Store) SetQuoteParts(q annot.QuoteID, parts []annot.Span) error { return nil }
func (s *Store) SetMentionSpan(m annot.MentionID, sp annot.Span) error   { return nil }
func (s *Store) SetMentionLabel(m annot.MentionID, l annot.Label) error  { return nil }
func (s *Store) DeleteQuote(q annot.QuoteID) error                       { return nil }
func (s *Store) DeleteMention(m annot.MentionID) error                   { return nil }
func (s *Store) RenameEntity(e annot.EntityID, name string) error        { return nil }
func (s *Store) MergeEntities(into, from annot.EntityID) error           { return nil }
func (s *Store) MoveMention(m annot.MentionID, to annot.EntityID) error  { return nil }

// JournalEntry is one user action in the journal.
type JournalEntry struct {
	ID     int64
	Doc    annot.DocID
	Action string // "accept quote", "merge entities", ...
	Undone bool
}

// Undo reverts the latest action not yet undone and returns it; ok is false
// when there is nothing to undo. Redo re-applies the latest undone action.
func (s *Store) Undo() (e JournalEntry, ok bool, err error) { return JournalEntry{}, false, nil }
func (s *Store) Redo() (e JournalEntry, ok bool, err error) { return JournalEntry{}, false, nil }

// Stats is the project overview.
type Stats struct {
	ByStatus map[annot.Status]int
	Speakers []SpeakerCount // most quoted first
	// detector suggestions by what the analyst did with them
	DetectorAccepted, DetectorEdited, DetectorRejected, DetectorPending int
}

type SpeakerCount struct {
	Name  string
	Count int
}

func (s *Store) Stats() (Stats, error) { return Stats{}, nil }

// Labels is the project's label set, in key order.
func (s *Store) Labels() ([]annot.Label, error) { return annot.DefaultLabels, nil }
