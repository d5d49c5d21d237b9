// Package app is the Quotebench workbench window: the document list, the
// annotated article, the inspector, menus, shortcuts, theme and preferences.
// It sees the project store through the Project interface declared here;
// cmd/quotebench adapts the real store to it.
package app

import (
	"errors"

	"github.com/quotebench/quotebench/annot"
)

// Project is what the window needs from an open project file. Every method
// that changes something is one transaction, journaled for undo.
type Project interface {
	Path() string
	ReadOnly() bool
	Close() error

	Documents(f DocFilter) ([]DocSummary, error)
	Document(id annot.DocID) (annot.Document, error)
	Annotations(id annot.DocID) (annot.Annotations, error)
	// Import reads files and folders, running the detector on each article.
	Import(paths []string, progress func(done, total int, item string)) (ImportReport, error)
	Labels() ([]annot.Label, error)
	Stats() (Stats, error)

	SetStatus(id annot.DocID, st annot.Status) error
	SetQuoteState(q annot.QuoteID, st annot.State) error
	SetMentionState(m annot.MentionID, st annot.State) error
	AcceptAll(id annot.DocID) (int, error)
	SetSpeaker(q annot.QuoteID, m annot.MentionID, unattributed bool) error
	AddMention(id annot.DocID, sp annot.Span, l annot.Label, t annot.MentionType, e annot.EntityID) (annot.MentionID, error)
	// AddSpeakerMention makes a span of the quote's document a mention of a
	// new entity named after its text and the quote's speaker: one action.
	AddSpeakerMention(q annot.QuoteID, sp annot.Span, l annot.Label, t annot.MentionType) (annot.MentionID, error)
	AddQuote(id annot.DocID, parts []annot.Span, k annot.Kind) (annot.QuoteID, error)
	SetQuoteKind(q annot.QuoteID, k annot.Kind) error
	SetQuoteParts(q annot.QuoteID, parts []annot.Span) error
	SetMentionSpan(m annot.MentionID, sp annot.Span) error
	SetMentionLabel(m annot.MentionID, l annot.Label) error
	RenameEntity(e annot.EntityID, name string) error
	MergeEntities(into, from annot.EntityID) error
	MoveMention(m annot.MentionID, to annot.EntityID) error

	Undo() (JournalEntry, bool, error)
	Redo() (JournalEntry, bool, error)
}

// DocSummary is one row of the document list.
type DocSummary struct {
	ID       annot.DocID
	Title    string
	Date     string
	Status   annot.Status
	Quotes   int
	Mentions int
	Pending  int
}

// DocFilter selects documents; zero values select everything.
type DocFilter struct {
	Status annot.Status
	Query  string
	IDs    []annot.DocID // nil: any
}

// Rejected is an input the importer refused, and why.
type Rejected struct {
	Path   string
	Line   int
	Reason string
}

// ImportReport says what an import did.
type ImportReport struct {
	Added      []annot.DocID
	Duplicates []string
	Existing   []annot.DocID // the document each duplicate input already is, same order
	Rejected   []Rejected
	Notices    []Rejected // inputs imported with a note ("imported without suggestions: detector: …")
}

// JournalEntry is one undone or redone action.
type JournalEntry struct {
	Doc    annot.DocID
	Action string
}

// Stats is the project overview.
type Stats struct {
	ByStatus map[annot.Status]int
	Speakers []SpeakerCount

	DetectorAccepted, DetectorEdited, DetectorRejected, DetectorPending int
}

// SpeakerCount is how often someone is quoted.
type SpeakerCount struct {
	Name  string
	Count int
}

// OpenFunc opens (or creates) a project file. Errors wrap ErrBusy,
// ErrNewerVersion or ErrReadOnly when those apply.
type OpenFunc func(path string, readOnly bool) (Project, error)

// ExportFunc writes the documents of p with the given status ("" = all) in
// a format to out and returns a one-line summary. p is the project that was
// open when the analyst asked for the export; it runs off the UI goroutine.
type ExportFunc func(p Project, format, out string, status annot.Status, progress func(done, total int)) (string, error)

// Errors an OpenFunc wraps so the window can explain them.
var (
	ErrBusy         = errors.New("project is open in another Quotebench")
	ErrNewerVersion = errors.New("project file is from a newer version of Quotebench")
	ErrReadOnly     = errors.New("project is open read-only")
)

// Options wire the window to the rest of the program.
type Options struct {
	Version        string
	Open           OpenFunc
	DefaultProject func() (string, error) // path of the default project
	Export         ExportFunc
	ExportFormats  []string // offered in the export dialog; first is the default
	ProjectExt     string   // ".quotebench"
}
