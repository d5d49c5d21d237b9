// Package app is the Quotebench workbench window: the document list, the
// annotated article, the inspector, menus, shortcuts, theme and preferences.
// It reads and changes a project through the small interfaces declared
// here (DocList, Editor, Importer), which *store.Store and the importer
// satisfy; it never imports the store.
package app

import "github.com/quotebench/quotebench/annot"

// DocList is what the document list, the article view and the overview
// read from a project.
type DocList interface {
	Documents(f annot.DocFilter) ([]annot.DocSummary, error)
	Document(id annot.DocID) (annot.Document, error)
	Annotations(id annot.DocID) (annot.Annotations, error)
	Labels() ([]annot.Label, error)
	Stats() (annot.Stats, error)
}

// Editor is what the review actions change. Every method is one
// transaction, journaled for undo; a project opened read-only fails each
// with annot.ErrReadOnly.
type Editor interface {
	SetStatus(id annot.DocID, st annot.Status) error
	SetQuoteState(q annot.QuoteID, st annot.State) error
	SetMentionState(m annot.MentionID, st annot.State) error
	// DecidePending accepts or rejects every suggestion of a document still
	// pending with a confidence of at least minConf; it returns how many
	// quotes and mentions changed.
	DecidePending(id annot.DocID, st annot.State, minConf float64) (int, error)
	SetSpeaker(q annot.QuoteID, m annot.MentionID, unattributed bool) error
	AddMention(id annot.DocID, sp annot.Span, l annot.Label, t annot.MentionType, e annot.EntityID) (annot.MentionID, error)
	// AddSpeakerMention makes a span of the quote's document a mention of a
	// new entity named after its text and the quote's speaker: one action.
	AddSpeakerMention(q annot.QuoteID, sp annot.Span, l annot.Label, t annot.MentionType) (annot.MentionID, error)
	AddQuote(id annot.DocID, parts []annot.Span, k annot.Kind) (annot.QuoteID, error)
	SetQuoteKind(q annot.QuoteID, k annot.Kind) error
	SetQuoteParts(q annot.QuoteID, parts []annot.Span) error
	SetMentionSpan(m annot.MentionID, sp annot.Span) error
	// NudgeQuoteParts and NudgeMentionSpan move a boundary by a key; moves
	// of the same annotation in a row are one undo step.
	NudgeQuoteParts(q annot.QuoteID, parts []annot.Span) error
	NudgeMentionSpan(m annot.MentionID, sp annot.Span) error
	SetMentionLabel(m annot.MentionID, l annot.Label) error
	RenameEntity(e annot.EntityID, name string) error
	MergeEntities(into, from annot.EntityID) error
	MoveMention(m annot.MentionID, to annot.EntityID) error

	Undo() (annot.JournalEntry, bool, error)
	Redo() (annot.JournalEntry, bool, error)
}

// Importer reads files and folders into the project, running the detector
// on each article.
type Importer interface {
	Import(paths []string, progress func(done, total int, item string)) (annot.ImportReport, error)
}

// ExportSource is what an export reads: the documents, and the project's
// own files (the database and its side files), which it must never write over.
type ExportSource interface {
	DocList
	Files() []string
}

// Project is an open project file: *store.Store with an importer beside it.
// The window compares projects (is the one a job started on still open?),
// so an implementation must be comparable: use a pointer.
type Project interface {
	Path() string
	ReadOnly() bool
	Close() error
	ExportSource
	Editor
	Importer
}

// OpenFunc opens (or creates) a project file. Errors wrap annot.ErrBusy,
// annot.ErrNewerVersion or annot.ErrReadOnly when those apply.
type OpenFunc func(path string, readOnly bool) (Project, error)

// ExportRequest is what the analyst asked to export.
type ExportRequest struct {
	Format string
	Out    string       // the file (or folder) to write
	Status annot.Status // documents with this status ("" = all)
	// State filters the annotations as the CLI's --state does: "accepted"
	// (accepted and edited: the analyst's decisions), "" (all but rejected),
	// "suggested", "edited", "rejected" or "all".
	State string
}

// ExportFunc writes what req asks of src and returns a one-line summary.
// src is the project that was open when the analyst asked for the export;
// it runs off the UI goroutine.
type ExportFunc func(src ExportSource, req ExportRequest, progress func(done, total int)) (string, error)

// Options wire the window to the rest of the program.
type Options struct {
	Version        string
	Open           OpenFunc
	DefaultProject func() (string, error) // path of the default project
	Export         ExportFunc
	ExportFormats  []string // offered in the export dialog; first is the default
	// ExportExt is the extension a format adds to the file name (".jsonl"),
	// so the dialog shows the path that will be written; nil adds none.
	ExportExt func(format string) string
	// ExportCheck refuses a file an export must never write over (the
	// project's files, any SQLite database); nil checks nothing before the
	// export itself.
	ExportCheck func(out string, protect []string) error
	ProjectExt  string // ".quotebench"
}
