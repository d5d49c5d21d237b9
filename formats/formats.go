// Package formats exports Quotebench annotations to the exchange formats
// other tools read, and imports pre-annotations from them, without losing an
// offset. Each format lives in its own package under formats and
// registers itself here from init; a program that wants every format imports
// formats/all.
//
// Everything here works on plain values: an Item is a document and its
// annotations, offsets in Unicode code points. Formats that count in other
// units convert through annot.Offsets, the one place conversions happen.
//
// Every export is proved: Export lints the items, writes the output to a
// temporary path beside the destination, reads it back with the format's own
// reader, compares what came back with what the format can carry of each
// item (Project), writes a manifest and only then moves the output into
// place. A mismatch is an error and leaves nothing behind.
package formats

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/quotebench/quotebench/annot"
)

// Item is one document with its annotations; offsets in code points.
type Item struct {
	Doc annot.Document    `json:"doc"`
	Ann annot.Annotations `json:"ann"`
}

// Caps says what a format can carry. Project drops the rest.
type Caps uint32

const (
	CapQuotes       Caps = 1 << iota // quotes with all their parts
	CapKinds                         // direct, mixed, indirect
	CapCues                          // cue spans
	CapSpeakers                      // quote → speaker mention links
	CapUnattributed                  // the explicit "no speaker" flag
	CapMentionTypes                  // nominal and pronoun mentions (else names only)
	CapEntities                      // entity clusters (which mentions co-refer)
	CapNames                         // canonical entity names and labels, singletons included
	CapProvenance                    // origin, state, confidence
	CapMeta                          // document title, date, source, url
	CapLoneEntities                  // entities that no mention refers to

	CapAll Caps = 1<<iota - 1
)

// Newline policies recorded in the manifest.
const (
	NewlinesAsStored = "as-stored" // texts and offsets exactly as in the project (CRLF counts 2)
	NewlinesLF       = "lf"        // CRLF and CR written as LF, offsets counted on that text
)

// Options tune an export (and, where it matters, a read).
type Options struct {
	// State selects annotations by state: "" keeps all but rejected ones,
	// "all" keeps everything, "accepted" keeps accepted and edited ones, any
	// other state keeps exactly that state. Entities follow their mentions:
	// one linked by a kept mention is kept whatever its own state (see Filter).
	State string
	// Strict refuses to export while the lint finds problems.
	Strict bool
	// LF writes the brat newline-normalised variant, for brat on Python 2,
	// whose universal newlines count CRLF as one character. brat on Python 3
	// opens .txt in binary mode and counts CRLF as two, like the default
	// as-stored export.
	LF bool
	// IOB1 writes CoNLL tags in the original CoNLL-2003 IOB1 scheme instead of IOB2.
	IOB1 bool
	// Predictions writes Label Studio results as predictions rather than annotations.
	Predictions bool
	// TextKey is the key of Label Studio's data that holds the text ("" means
	// "text"): what the labeling config names as $KEY.
	TextKey string
	// Unit overrides the offset unit of formats that allow it (Label Studio
	// before 2022 counted UTF-16 units). "" means the format's default.
	Unit annot.Unit
	// Protect lists files the export must never write over: the open
	// project and its companions (see store.Files). An output or manifest
	// that is one of them, by any name, is refused with ErrProtected.
	Protect []string
}

// Writer writes items of one format to one output (a file or a directory).
type Writer interface {
	Write(it Item) error
	Close() error
}

// ItemEncoder is implemented by writers whose output is one encoding per
// item (the JSON formats): Export then encodes items on every core and
// writes the encodings in order. i is the item's 0-based position.
type ItemEncoder interface {
	Encode(i int, it Item) ([]byte, error)
	WriteEncoded(b []byte) error
}

// Record is one document read from a file: its text as the file carries it
// ("" when it carries none), metadata, and annotations in code points of
// that text. Err is set when the record could not be read; readers go on with
// the next record after one fails.
type Record struct {
	Path string
	Line int // 1-based line of the record in line-based files, else 0
	Doc  annot.Document
	Ann  annot.Annotations
	Unit annot.Unit // offset unit found in the file
	Err  error
	// Notes say what the reader changed or left out of a record it read:
	// labels it mapped, spans and relations it refused, with the reason.
	Notes []Note
	// SpanLines gives the line of a mention's span in files with one
	// annotation per line (brat's .ann), for messages.
	SpanLines map[annot.Span]int
}

// Note is one thing an import did to a record besides taking it as is.
type Note struct {
	Action string // NoteMapped, NoteRefused or NoteLinked
	Text   string // what and why, naming the annotation ("span 12-20 \"Spaceship\": unknown label")
}

// Note actions.
const (
	NoteMapped  = "mapped"  // taken under another name (label "Person" as PERSON)
	NoteRefused = "refused" // left out, with the reason
	NoteLinked  = "linked"  // taken with a meaning the file did not spell out
)

// Notef adds a note to the record.
func (r *Record) Notef(action, format string, a ...any) {
	r.Notes = append(r.Notes, Note{Action: action, Text: fmt.Sprintf(format, a...)})
}

// Where names the record for messages: "path:line" or "path".
func (r Record) Where() string {
	if r.Line > 0 {
		return fmt.Sprintf("%s:%d", r.Path, r.Line)
	}
	return r.Path
}

// Format describes one exchange format.
type Format struct {
	Name    string
	Summary string
	Ext     string // extension of the output file (".jsonl"); "" for directory formats
	Dir     bool   // the output is a directory
	Unit    annot.Unit
	Units   []annot.Unit // other offset units an export may choose (Options.Unit)
	Caps    Caps

	// NewWriter starts an output at path (a file, or a directory that exists and is empty).
	NewWriter func(path string, opt Options) (Writer, error)
	// Read streams the records of a file or directory in output order. Nil
	// for formats that cannot be imported and provide ReadBack.
	Read func(path string, opt Options, yield func(Record) bool) error
	// Import reports whether Read may be used to import pre-annotations.
	Import bool

	// Lint adds the format's own warnings (spans that split tokens, ...).
	Lint func(it Item, opt Options) []Problem

	// Expect and ReadBack replace the generic read-back check for formats
	// whose output is not a document with annotations (CoNLL, CSV). Expect
	// gives the comparable value an item should read back as; ReadBack
	// yields the values found in the output, in order.
	Expect   func(it Item, opt Options) (any, error)
	ReadBack func(path string, opt Options, yield func(id string, got any, err error) bool) error

	// Describe adds what is the format's own to the manifest of an export
	// with opt: tag scheme, target, newline policy, notes.
	Describe func(m *Manifest, opt Options)
	// Sidecars are files written beside the output (see Sidecar); labels
	// are the project's default labels and any other the export holds.
	Sidecars func(opt Options, labels []annot.Label) []Sidecar
}

// unit is the offset unit an export with opt writes.
func (f *Format) unit(opt Options) annot.Unit {
	if opt.Unit != "" && slices.Contains(f.Units, opt.Unit) {
		return opt.Unit
	}
	return f.Unit
}

var registry = map[string]*Format{}

// Register adds a format; each format package calls it from init.
func Register(f *Format) {
	if _, dup := registry[f.Name]; dup {
		panic("formats: format " + f.Name + " registered twice")
	}
	registry[f.Name] = f
}

// Lookup returns the format called name.
func Lookup(name string) (*Format, error) {
	f, ok := registry[strings.ToLower(name)]
	if !ok {
		return nil, fmt.Errorf("%w: unknown format %q (known: %s)", annot.ErrInvalid, name, strings.Join(Names(), ", "))
	}
	return f, nil
}

// Names lists the registered formats, sorted.
func Names() []string {
	var ns []string
	for n := range registry {
		ns = append(ns, n)
	}
	sort.Strings(ns)
	return ns
}

// Importable lists the formats that can import pre-annotations, sorted.
func Importable() []string {
	var ns []string
	for n, f := range registry {
		if f.Import {
			ns = append(ns, n)
		}
	}
	sort.Strings(ns)
	return ns
}

// DocName is the name a document goes by in exports: its external id, or
// "doc<N>" when it has none.
func DocName(d annot.Document) string {
	if d.ExtID != "" {
		return d.ExtID
	}
	return fmt.Sprintf("doc%d", d.ID)
}
