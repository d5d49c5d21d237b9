package formats

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/quotebench/quotebench/annot"
)

// Target is what an import of pre-annotations needs of a project; the
// store has these methods.
type Target interface {
	// FindDocument returns the project's document with this external id
	// or, failing that, whose text (as is, or with CRLF and CR written as
	// LF) has this hex sha256 (see annot.TextHash). When the document with the
	// id has another text and one with this text exists, the text wins.
	FindDocument(extID, sha256 string) (annot.Document, bool, error)
	AddDocument(d annot.Document, sugg *annot.Annotations, origin annot.Origin) (annot.DocID, error)
	// AddImported adds imported annotations to a document, leaving out
	// those identical to an import already on it, and returns those.
	AddImported(id annot.DocID, a annot.Annotations) (dup annot.Annotations, err error)
	// ImportedDuplicates is what AddImported would leave out, changing nothing.
	ImportedDuplicates(id annot.DocID, a annot.Annotations) (annot.Annotations, error)
	// Labels is the project's label set: imported labels are mapped onto
	// it (MapLabels), never added to it.
	Labels() ([]annot.Label, error)
}

// Outcome is what happened (or, in a dry run, would happen) to one record.
type Outcome struct {
	Where    string      // "path:line" or "path"
	ExtID    string      // the record's document id
	Doc      annot.DocID // the project's document (0 for a new one in a dry run)
	New      bool        // the document was (would be) added with its text
	Quotes   int         // quotes, mentions and entities added (that would be added)
	Mentions int
	Entities int
	// Duplicates counts the quotes, mentions and entities left out because
	// an earlier import put the same ones on the document, or because the
	// record itself repeats them (see Dedupe).
	Duplicates int
	Unit       annot.Unit // the offset unit found in the file
	// Decisions is what an import of decisions did (ImportOptions.State
	// accepted); then Quotes, Mentions and Entities count the record's.
	Decisions annot.Decisions
	Err       error // why the record was rejected
	// Notes say what was mapped (labels under another name), linked or
	// refused (spans, relations, labels the project does not have), and why.
	Notes []Note
}

// Summary sums an import.
type Summary struct {
	Documents, New, Quotes, Mentions, Duplicates, Rejected int
	// Of an import of decisions: annotations added, pending suggestions
	// decided, and the analyst's decisions kept.
	Added, Decided, Kept int
}

// Import reads pre-annotations from paths in the named format and adds them
// to the project as suggestions with origin import: to the document with
// the same external id or text, else (when the file carries the text) to a
// new document. Annotations identical to ones an earlier import put on the
// document are left out and counted as duplicates, so importing a file
// twice adds nothing the second time. With dry it changes nothing and
// reports what it would do.
// report (which may be nil) gets every record's outcome; rejected records
// name file, line and reason. The error is for failures of the project
// itself (a store error other than annot.ErrInvalid, ErrConflict,
// ErrNotFound or ErrDuplicate stops the import with its cause); bad input
// is only ever a rejected outcome.
func Import(p Target, format string, paths []string, dry bool, report func(Outcome)) (Summary, error) {
	return ImportWith(p, format, paths, ImportOptions{Dry: dry}, report)
}

// ImportOptions are the choices of ImportWith.
type ImportOptions struct {
	Dry bool // change nothing; report what would be done
	// State is what the imported annotations become: suggested (the
	// default: pre-annotations the analyst reviews) or accepted
	// (decisions: earlier human annotation joining the project; the
	// target must be a DecisionTarget, see its AddDecisions).
	State annot.State
	// TextKey is the key of Label Studio's data that holds the text ("" for "text").
	TextKey string
}

// ImportWith is Import with options. With State accepted each record's
// annotations are decisions: on a document the project has they decide
// the matching pending suggestions and add the rest (Outcome.Decisions
// says which); a new document comes in with them accepted and in
// progress.
func ImportWith(p Target, format string, paths []string, opt ImportOptions, report func(Outcome)) (Summary, error) {
	var sum Summary
	dry := opt.Dry
	var dt DecisionTarget
	switch opt.State {
	case "", annot.StateSuggested:
		opt.State = annot.StateSuggested
	case annot.StateAccepted:
		var ok bool
		if dt, ok = p.(DecisionTarget); !ok {
			return sum, fmt.Errorf("%w: this project cannot take imported decisions", annot.ErrInvalid)
		}
	default:
		return sum, fmt.Errorf("%w: imported annotations can be suggested or accepted, not %q", annot.ErrInvalid, opt.State)
	}
	f, err := Lookup(format)
	if err != nil {
		return sum, err
	}
	if !f.Import {
		return sum, fmt.Errorf("%w: %s cannot be imported", annot.ErrInvalid, f.Name)
	}
	if report == nil {
		report = func(Outcome) {}
	}
	labels, err := p.Labels()
	if err != nil {
		return sum, err
	}
	if len(labels) == 0 {
		labels = annot.DefaultLabels
	}
	reject := func(o Outcome) {
		sum.Rejected++
		report(o)
	}
	for _, path := range paths {
		if err := CheckManifest(f, path); err != nil {
			reject(Outcome{Where: path, Err: err})
			continue
		}
		var fatal error
		err := f.Read(path, Options{TextKey: opt.TextKey}, func(rec Record) bool {
			o := Outcome{Where: rec.Where(), ExtID: rec.Doc.ExtID, Unit: rec.Unit, Notes: rec.Notes}
			if rec.Err != nil {
				o.Err = rec.Err
				reject(o)
				return true
			}
			sha := ""
			if rec.Doc.Text != "" {
				sha = annot.TextHash(rec.Doc.Text)
			}
			doc, found, err := p.FindDocument(rec.Doc.ExtID, sha)
			if err != nil {
				fatal = err
				return false
			}
			// Labels are mapped on the record's own text when it has one
			// (where its lines are known), else on the project's.
			var notes []Note
			if rec.Doc.Text != "" {
				rec.Ann, notes = MapLabels(rec.Ann, labels, []rune(rec.Doc.Text), rec.SpanLines)
				o.Notes = append(o.Notes, notes...)
			}
			a := rec.Ann
			if found {
				if a, err = Resolve(rec, doc.Text); err != nil {
					o.Err = err
					reject(o)
					return true
				}
				o.Doc = doc.ID
			} else if rec.Doc.Text == "" {
				o.Err = fmt.Errorf("%w: document %q is not in the project and the file carries no text", annot.ErrNotFound, rec.Doc.ExtID)
				reject(o)
				return true
			}
			if rec.Doc.Text == "" {
				a, notes = MapLabels(a, labels, []rune(doc.Text), nil)
				o.Notes = append(o.Notes, notes...)
			}
			text := rec.Doc.Text
			if found {
				text = doc.Text
			}
			a, repeats, notes := Dedupe(a, []rune(text))
			o.Notes = append(o.Notes, notes...)
			for i := range a.Entities {
				a.Entities[i].Origin, a.Entities[i].State = annot.OriginImport, opt.State
			}
			for i := range a.Mentions {
				a.Mentions[i].Origin, a.Mentions[i].State = annot.OriginImport, opt.State
			}
			for i := range a.Quotes {
				a.Quotes[i].Origin, a.Quotes[i].State = annot.OriginImport, opt.State
			}
			o.New = !found
			var dup annot.Annotations
			switch {
			case found && dt != nil:
				o.Decisions, err = dt.AddDecisions(doc.ID, a, dry)
			case found && dry:
				dup, err = p.ImportedDuplicates(doc.ID, a)
			case found:
				dup, err = p.AddImported(doc.ID, a)
			case dry && dt != nil:
				o.Decisions.Added = len(a.Quotes) + len(a.Mentions) + len(a.Entities)
			case !dry:
				nd := rec.Doc
				nd.Status = annot.StatusTodo
				if dt != nil {
					nd.Status = annot.StatusInProgress
					o.Decisions.Added = len(a.Quotes) + len(a.Mentions) + len(a.Entities)
				}
				o.Doc, err = p.AddDocument(nd, &a, annot.OriginImport)
				if errors.Is(err, annot.ErrDuplicate) && o.Doc != 0 { // same text under another id
					o.New = false
					if dt != nil {
						o.Decisions, err = dt.AddDecisions(o.Doc, a, false)
					} else {
						dup, err = p.AddImported(o.Doc, a)
					}
				}
			}
			if err != nil && !recordError(err) {
				// The project failed (disk full, busy, read-only...): stop
				// with the real cause instead of rejecting every record.
				fatal = fmt.Errorf("%s: %w", o.Where, err)
				return false
			}
			if err != nil {
				o.Err = err
				reject(o)
				return true
			}
			o.Quotes, o.Mentions, o.Entities = len(a.Quotes)-len(dup.Quotes), len(a.Mentions)-len(dup.Mentions), len(a.Entities)-len(dup.Entities)
			o.Duplicates = len(dup.Quotes) + len(dup.Mentions) + len(dup.Entities) + repeats
			sum.Documents++
			if o.New {
				sum.New++
			}
			sum.Quotes += o.Quotes
			sum.Mentions += o.Mentions
			sum.Duplicates += o.Duplicates
			sum.Added += o.Decisions.Added
			sum.Decided += o.Decisions.Decided
			sum.Kept += o.Decisions.Kept
			report(o)
			return true
		})
		if fatal != nil {
			return sum, fatal
		}
		if err != nil {
			reject(Outcome{Where: path, Err: err})
		}
	}
	return sum, nil
}

// recordError reports whether a project's error is about the record (its
// annotations do not fit the document, conflict with it, or name what is
// not there), so that the record is rejected and the import goes on. Any
// other error is the project's own and stops the import.
func recordError(err error) bool {
	return errors.Is(err, annot.ErrInvalid) || errors.Is(err, annot.ErrConflict) ||
		errors.Is(err, annot.ErrNotFound) || errors.Is(err, annot.ErrDuplicate)
}

// CheckManifest refuses an export written by a newer Quotebench, or in
// another format, when its manifest lies beside (or inside) path.
func CheckManifest(f *Format, path string) error {
	mp := ManifestPath(f, path)
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		mp = filepath.Join(path, "manifest.json")
	}
	b, err := ReadInput(mp)
	if err != nil {
		return nil // no manifest: a file from another tool
	}
	var m struct {
		Version int    `json:"version"`
		Format  string `json:"format"`
	}
	if err := json.Unmarshal(b, &m); err != nil {
		return fmt.Errorf("manifest %s: %w: broken JSON: %v", mp, annot.ErrInvalid, err)
	}
	if m.Version > ManifestVersion {
		return fmt.Errorf("manifest %s: %w: written by a newer Quotebench (manifest version %d, this one reads up to %d)", mp, annot.ErrInvalid, m.Version, ManifestVersion)
	}
	if m.Format != "" && m.Format != f.Name {
		return fmt.Errorf("manifest %s: %w: the export is %s, not %s", mp, annot.ErrInvalid, m.Format, f.Name)
	}
	return nil
}
