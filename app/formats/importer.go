package formats

import (
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/quotebench/quotebench/app/annot"
)

// Target is what an import of pre-annotations needs of a project. The
// store's AddDocument and AddAnnotations have these signatures; Find is
// usually a Finder.
type Target interface {
	// Find returns the project's document with this external id or, failing
	// that, with this text (as is, or with its line ends normalised).
	Find(extID, text string) (annot.Document, bool, error)
	AddDocument(d annot.Document, sugg *annot.Annotations, origin annot.Origin) (annot.DocID, error)
	AddAnnotations(id annot.DocID, a annot.Annotations) error
}

// Finder finds documents by external id or text hash. Build it with
// NewFinder; it reads the project's documents on first use.
type Finder struct {
	list   func(yield func(annot.Document) bool) error
	get    func(annot.DocID) (annot.Document, error)
	byExt  map[string]annot.DocID
	byHash map[[32]byte]annot.DocID
}

// NewFinder makes a Finder over a project's documents: list yields each
// document (with its text), get loads one by id.
func NewFinder(list func(yield func(annot.Document) bool) error, get func(annot.DocID) (annot.Document, error)) *Finder {
	return &Finder{list: list, get: get}
}

func (f *Finder) load() error {
	if f.byExt != nil {
		return nil
	}
	byExt, byHash := map[string]annot.DocID{}, map[[32]byte]annot.DocID{}
	err := f.list(func(d annot.Document) bool {
		f.add(byExt, byHash, d)
		return true
	})
	if err != nil {
		return err
	}
	f.byExt, f.byHash = byExt, byHash
	return nil
}

func (f *Finder) add(byExt map[string]annot.DocID, byHash map[[32]byte]annot.DocID, d annot.Document) {
	if d.ExtID != "" {
		byExt[d.ExtID] = d.ID
	}
	byHash[sha256.Sum256([]byte(d.Text))] = d.ID
	if lf := NormalizeNewlines(d.Text); lf != d.Text {
		if _, ok := byHash[sha256.Sum256([]byte(lf))]; !ok {
			byHash[sha256.Sum256([]byte(lf))] = d.ID
		}
	}
}

// Add records a document added during an import.
func (f *Finder) Add(d annot.Document) {
	if f.load() == nil {
		f.add(f.byExt, f.byHash, d)
	}
}

// Find implements Target.Find.
func (f *Finder) Find(extID, text string) (annot.Document, bool, error) {
	if err := f.load(); err != nil {
		return annot.Document{}, false, err
	}
	id, ok := f.byExt[extID]
	if !ok && text != "" {
		id, ok = f.byHash[sha256.Sum256([]byte(text))]
	}
	if !ok {
		return annot.Document{}, false, nil
	}
	d, err := f.get(id)
	return d, err == nil, err
}

// Outcome is what happened (or, in a dry run, would happen) to one record.
type Outcome struct {
	Where    string      // "path:line" or "path"
	ExtID    string      // the record's document id
	Doc      annot.DocID // the project's document (0 for a new one in a dry run)
	New      bool        // the document was (would be) added with its text
	Quotes   int
	Mentions int
	Entities int
	Unit     annot.Unit // the offset unit found in the file
	Err      error      // why the record was rejected
}

// Summary sums an import.
type Summary struct {
	Documents, New, Quotes, Mentions, Rejected int
}

// Import reads pre-annotations from paths in the named format and adds them
// to the project as suggestions with origin import: to the document with
// the same external id or text, else (when the file carries the text) to a
// new document. With dry it changes nothing and reports what it would do.
// report (which may be nil) gets every record's outcome; rejected records
// name file, line and reason. The error is for failures of the project
// itself; bad input is only ever a rejected outcome.
func Import(p Target, format string, paths []string, dry bool, report func(Outcome)) (Summary, error) {
	var sum Summary
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
		err := f.Read(path, Options{}, func(rec Record) bool {
			o := Outcome{Where: rec.Where(), ExtID: rec.Doc.ExtID, Unit: rec.Unit}
			if rec.Err != nil {
				o.Err = rec.Err
				reject(o)
				return true
			}
			doc, found, err := p.Find(rec.Doc.ExtID, rec.Doc.Text)
			if err != nil {
				fatal = err
				return false
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
			for i := range a.Entities {
				a.Entities[i].Origin, a.Entities[i].State = annot.OriginImport, annot.StateSuggested
			}
			for i := range a.Mentions {
				a.Mentions[i].Origin, a.Mentions[i].State = annot.OriginImport, annot.StateSuggested
			}
			for i := range a.Quotes {
				a.Quotes[i].Origin, a.Quotes[i].State = annot.OriginImport, annot.StateSuggested
			}
			o.New = !found
			o.Quotes, o.Mentions, o.Entities = len(a.Quotes), len(a.Mentions), len(a.Entities)
			if !dry {
				if found {
					err = p.AddAnnotations(doc.ID, a)
				} else {
					nd := rec.Doc
					nd.Status = annot.StatusTodo
					o.Doc, err = p.AddDocument(nd, &a, annot.OriginImport)
					if errors.Is(err, annot.ErrDuplicate) && o.Doc != 0 { // same text under another id
						o.New = false
						err = p.AddAnnotations(o.Doc, a)
					} else if err == nil {
						nd.ID = o.Doc
						if fd, ok := p.(interface{ Add(annot.Document) }); ok {
							fd.Add(nd)
						}
					}
				}
				if err != nil {
					o.Err = err
					reject(o)
					return true
				}
			}
			sum.Documents++
			if o.New {
				sum.New++
			}
			sum.Quotes += o.Quotes
			sum.Mentions += o.Mentions
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

// CheckManifest refuses an export written by a newer Quotebench, or in
// another format, when its manifest lies beside (or inside) path.
func CheckManifest(f *Format, path string) error {
	mp := ManifestPath(f, path)
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		mp = filepath.Join(path, "manifest.json")
	}
	b, err := os.ReadFile(mp)
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
