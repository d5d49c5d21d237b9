package annot

import (
	"errors"
	"strconv"
)

// The results of asking a project for something: declared once here, used by
// the store that produces them, the importer, the GUI and the command line.

// DocSummary is one row of the document list.
type DocSummary struct {
	ID       DocID
	ExtID    string
	Title    string
	Date     string
	Status   Status
	Quotes   int // quotes not rejected
	Mentions int // mentions not rejected
	Pending  int // quotes and mentions still in state suggested
}

// DocFilter selects documents; zero values select everything.
type DocFilter struct {
	Status Status  // "" = any
	Query  string  // full-text query over title and text; "" = none
	IDs    []DocID // nil = any
}

// Rejected is an input the importer refused, and why. Line is 0 when the
// input is not line-based.
type Rejected struct {
	Path   string
	Line   int
	Reason string
}

// Where names the input: "path", or "path:line" for a line of it.
func (r Rejected) Where() string {
	if r.Line > 0 {
		return r.Path + ":" + strconv.Itoa(r.Line)
	}
	return r.Path
}

func (r Rejected) String() string { return r.Where() + ": " + r.Reason }

// Notice is something the importer did to an input it accepted (converted
// from UTF-16, date left empty, suggestions dropped).
type Notice = Rejected

// ImportReport says what an import did.
type ImportReport struct {
	Added      []DocID
	AddedFrom  []string // "path" or "path:line" of each Added document, same order
	Duplicates []string // "path" or "path:line" of texts already in the project
	// DuplicateIDs is the document each duplicate already is, same order
	DuplicateIDs []DocID
	Rejected     []Rejected
	Notices      []Notice
}

// JournalEntry is one user action in the journal.
type JournalEntry struct {
	ID     int64
	Doc    DocID
	Action string // "accept quote", "merge entities", ...
	Undone bool
}

// Stats is the project overview.
type Stats struct {
	ByStatus map[Status]int
	Speakers []SpeakerCount // most quoted first
	// detector suggestions (quotes and mentions) by what the analyst did with them
	DetectorAccepted, DetectorEdited, DetectorRejected, DetectorPending int
}

// SpeakerCount is how often someone is quoted.
type SpeakerCount struct {
	Name  string
	Count int
}

// Decisions is what importing annotations as decisions (an analyst's
// earlier work, not suggestions) did, or in a dry run would do, to one
// document. Counts are of quotes, mentions and entities.
type Decisions struct {
	// Added: annotations the document did not have, added as accepted
	// decisions (origin import).
	Added int
	// Decided: pending suggestions with the same span (quote parts, or
	// mention span and label) that the import decided: accepted, or
	// edited where kind, speaker or entity differ.
	Decided int
	// Kept: annotations the analyst had already decided (accepted,
	// edited or rejected), left as they are.
	Kept int
}

// Errors opening or writing a project file; the store wraps them with the
// file's name, the GUI and the command line explain them.
var (
	// ErrBusy: another Quotebench process holds the project's writer lock.
	ErrBusy = errors.New("project is open in another Quotebench")
	// ErrNewerVersion: the file was written by a newer Quotebench.
	ErrNewerVersion = errors.New("project file is from a newer version of Quotebench")
	// ErrReadOnly: a write on a project opened read-only.
	ErrReadOnly = errors.New("project is open read-only")
)
