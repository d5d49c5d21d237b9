package store

import "github.com/quotebench/quotebench/annot"

// DocSummary is one row of the document list.
type DocSummary struct {
	ID       annot.DocID
	ExtID    string
	Title    string
	Date     string
	Status   annot.Status
	Quotes   int // quotes not rejected
	Mentions int // mentions not rejected
	Pending  int // quotes and mentions still in state suggested
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

// Notice is something the importer did to an input it accepted (converted
// from UTF-16, date left empty, suggestions dropped).
type Notice = Rejected

// ImportReport says what an import did.
type ImportReport struct {
	Added      []annot.DocID
	AddedFrom  []string // "path" or "path:line" of each Added document, same order
	Duplicates []string // "path" or "path:line" of texts already in the project
	// DuplicateIDs is the document each duplicate already is, same order
	DuplicateIDs []annot.DocID
	Rejected     []Rejected
	Notices      []Notice
}

// Progress is called during long work; done of total, with the current item.
type Progress func(done, total int, item string)

// JournalEntry is one user action in the journal.
type JournalEntry struct {
	ID     int64
	Doc    annot.DocID
	Action string // "accept quote", "merge entities", ...
	Undone bool
}

// Stats is the project overview.
type Stats struct {
	ByStatus map[annot.Status]int
	Speakers []SpeakerCount // most quoted first
	// detector suggestions (quotes and mentions) by what the analyst did with them
	DetectorAccepted, DetectorEdited, DetectorRejected, DetectorPending int
}

type SpeakerCount struct {
	Name  string
	Count int
}
