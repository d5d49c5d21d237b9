package formats

import (
	"errors"
	"fmt"
	"path/filepath"

	"github.com/quotebench/quotebench/annot"
)

// ManifestVersion is the version of the manifest layout written by Export.
const ManifestVersion = 1

// Manifest describes one export. It is written beside a file output as
// OUT.manifest.json, and inside a directory output as manifest.json. It
// holds no timestamps so that the same project exports byte for byte the same.
type Manifest struct {
	Version   int        `json:"version"`
	Generator string     `json:"generator"`
	Format    string     `json:"format"`
	Output    string     `json:"output"` // base name of the output file or directory
	Unit      annot.Unit `json:"offset_unit"`
	Newlines  string     `json:"newlines"`
	Scheme    string     `json:"scheme,omitempty"` // CoNLL tag scheme
	Target    string     `json:"target,omitempty"` // Label Studio: annotations or predictions
	State     string     `json:"state"`            // the state filter
	Counts    Counts     `json:"counts"`
	Documents []DocEntry `json:"documents"`
	Notes     []string   `json:"notes,omitempty"` // what a consumer must know to load the export
	Lint      []Problem  `json:"lint,omitempty"`
	Verified  bool       `json:"verified"` // the output was read back and matched
}

// Counts sums what was exported.
type Counts struct {
	Documents int `json:"documents"`
	Quotes    int `json:"quotes"`
	Mentions  int `json:"mentions"`
	Entities  int `json:"entities"`
	Warnings  int `json:"warnings"`
}

// DocEntry is one exported document.
type DocEntry struct {
	ID       string `json:"id"`
	SHA256   string `json:"sha256"` // of the project's text
	Quotes   int    `json:"quotes"`
	Mentions int    `json:"mentions"`
}

// ManifestPath is where the manifest of an export to out goes.
func ManifestPath(f *Format, out string) string {
	if f.Dir {
		return filepath.Join(out, "manifest.json")
	}
	return out + ".manifest.json"
}

// ErrLint is returned by a strict export while the lint finds problems.
var ErrLint = errors.New("lint found problems")

// ErrMismatch is returned when an export does not read back as written.
var ErrMismatch = errors.New("export does not read back as written")

// Items produces the items to export, in order, until yield returns false;
// an error (the project could not be read) aborts the export.
type Items func(yield func(Item) bool) error

// Export writes n items (n is only used for progress) in the named format
// to out: a file, or for directory formats (brat) a directory that must not
// exist yet or be empty. It runs an exporter's three steps:
//
//   - write: lint every item (opt.Strict refuses to export while problems
//     remain) and write it to a temporary sibling of out, keeping only a
//     fingerprint of what each item should read back as;
//   - verify: read the output back with the format's own reader and compare
//     each document with what the format can carry of its item (Project);
//   - commit: write the manifest and the format's sidecar files, flush them
//     and move everything into place.
//
// On any error nothing is left behind and an existing out is untouched.
// items is called once (from the calling goroutine). Items are prepared and
// checked in batches on every core. progress (which may be nil) is called
// from the calling goroutine with done of 2n: n for writing, n for reading
// back.
func Export(out, format string, items Items, n int, opt Options, progress func(done, total int)) (Manifest, error) {
	f, err := Lookup(format)
	if err != nil {
		return Manifest{}, err
	}
	if err := f.checkOptions(opt); err != nil {
		return Manifest{}, err
	}
	out = filepath.Clean(out)
	if err := checkProtected([]string{out, ManifestPath(f, out)}, opt.Protect); err != nil {
		return Manifest{}, err
	}
	if err := checkOut(f, out); err != nil {
		return Manifest{}, err
	}
	e := &exporter{f: f, opt: opt, out: out, n: n, progress: progress}
	if e.progress == nil {
		e.progress = func(int, int) {}
	}
	e.man = f.manifest(opt, out)
	if e.tmp, err = makeTemp(f, out); err != nil {
		return e.man, err
	}
	defer e.cleanup()
	if err := e.write(items); err != nil {
		return e.man, fmt.Errorf("export %s to %q: %w", f.Name, out, err)
	}
	if err := e.verify(); err != nil {
		return e.man, fmt.Errorf("export %s to %q: %w", f.Name, out, err)
	}
	e.man.Verified = true
	return e.man, e.commit()
}

// checkOptions refuses options the format cannot honour.
func (f *Format) checkOptions(opt Options) error {
	if err := CheckState(opt.State); err != nil {
		return err
	}
	switch opt.Unit {
	case "", annot.UnitCodePoint, annot.UnitUTF16, annot.UnitByte:
	default:
		return fmt.Errorf("%w: unknown offset unit %q", annot.ErrInvalid, opt.Unit)
	}
	if f.unit(opt) != opt.Unit && opt.Unit != "" {
		return fmt.Errorf("%w: %s counts offsets in %s only", annot.ErrInvalid, f.Name, f.Unit)
	}
	return nil
}

// manifest starts the manifest of an export with opt to out; the format's
// Describe hook adds what is its own (tag scheme, target, newlines).
func (f *Format) manifest(opt Options, out string) Manifest {
	m := Manifest{
		Version: ManifestVersion, Generator: "quotebench", Format: f.Name, Output: filepath.Base(out),
		Unit: f.unit(opt), Newlines: NewlinesAsStored, State: opt.State, Documents: []DocEntry{},
	}
	if m.State == "" {
		m.State = "not rejected"
	}
	if f.Describe != nil {
		f.Describe(&m, opt)
	}
	return m
}

// DocSource is what an export reads documents from: a project
// (*store.Store satisfies it).
type DocSource interface {
	Documents(f annot.DocFilter) ([]annot.DocSummary, error)
	Document(id annot.DocID) (annot.Document, error)
	Annotations(id annot.DocID) (annot.Annotations, error)
}

// SourceItems lists the documents of src with the given status ("" for
// all) as export items, each read when the exporter comes to it; n is their
// number.
func SourceItems(src DocSource, status annot.Status) (items Items, n int, err error) {
	sums, err := src.Documents(annot.DocFilter{Status: status})
	if err != nil {
		return nil, 0, fmt.Errorf("list documents: %w", err)
	}
	items = func(yield func(Item) bool) error {
		for _, d := range sums {
			doc, err := src.Document(d.ID)
			if err != nil {
				return err
			}
			a, err := src.Annotations(d.ID)
			if err != nil {
				return err
			}
			if !yield(Item{Doc: doc, Ann: a}) {
				return nil
			}
		}
		return nil
	}
	return items, len(sums), nil
}
