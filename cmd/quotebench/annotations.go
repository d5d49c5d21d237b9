package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/quotebench/quotebench/app/annot"
	"github.com/quotebench/quotebench/app/formats"
	"github.com/quotebench/quotebench/store"
)

func init() {
	register(command{
		name:    "import-annotations",
		usage:   "import-annotations [--project P] --format F [--dry-run] PATH...",
		summary: "import pre-annotations (" + strings.Join(formats.Importable(), ", ") + ") as suggestions; the offset unit is detected",
		run:     runImportAnnotations,
	})
}

// target finds the project document a record belongs to: by external id,
// else by the sha256 of its text (as is, or with line ends normalised).
type target struct {
	s      *store.Store
	byExt  map[string]annot.DocID
	byHash map[string]annot.DocID // sha256 of the text, and of its LF form
	loaded bool
}

func (t *target) load() error {
	if t.loaded {
		return nil
	}
	sums, err := t.s.Documents(store.DocFilter{})
	if err != nil {
		return err
	}
	t.byExt, t.byHash = map[string]annot.DocID{}, map[string]annot.DocID{}
	for _, d := range sums {
		if d.ExtID != "" {
			t.byExt[d.ExtID] = d.ID
		}
		doc, err := t.s.Document(d.ID)
		if err != nil {
			return err
		}
		t.byHash[store.Hash(doc.Text)] = d.ID
		if lf := formats.NormalizeNewlines(doc.Text); lf != doc.Text {
			if _, ok := t.byHash[store.Hash(lf)]; !ok {
				t.byHash[store.Hash(lf)] = d.ID
			}
		}
	}
	t.loaded = true
	return nil
}

func (t *target) find(rec formats.Record) (annot.Document, bool, error) {
	if err := t.load(); err != nil {
		return annot.Document{}, false, err
	}
	id, ok := t.byExt[rec.Doc.ExtID]
	if !ok && rec.Doc.Text != "" {
		id, ok = t.byHash[store.Hash(rec.Doc.Text)]
	}
	if !ok {
		return annot.Document{}, false, nil
	}
	d, err := t.s.Document(id)
	return d, err == nil, err
}

func runImportAnnotations(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("import-annotations", stderr)
	project := fs.String("project", "", "project file (default: the default project in the user data directory)")
	format := fs.String("format", "", "input format: "+strings.Join(formats.Importable(), ", "))
	dry := fs.Bool("dry-run", false, "report what would be imported and what is rejected; change nothing")
	if code, stop := parseFlags(fs, args); stop {
		return code
	}
	fail := func(code int, format string, a ...any) int {
		fmt.Fprintf(stderr, "quotebench import-annotations: "+format+"\n", a...)
		return code
	}
	if *format == "" || fs.NArg() == 0 {
		return fail(2, "--format and at least one PATH are required")
	}
	f, err := formats.Lookup(*format)
	if err != nil {
		return fail(2, "%v", err)
	}
	if !f.Import {
		return fail(2, "%s cannot be imported (importable: %s)", f.Name, strings.Join(formats.Importable(), ", "))
	}
	path, err := projectPath(*project)
	if err != nil {
		return fail(1, "%v", err)
	}
	s, err := store.Open(path, store.Options{ReadOnly: *dry})
	if err != nil {
		return fail(1, "%v", err)
	}
	defer s.Close()
	t := &target{s: s}
	verb := "imported"
	if *dry {
		verb = "would import"
	}
	var nDocs, nNew, nQuotes, nMentions, nRejected int
	reject := func(where string, why error) {
		nRejected++
		fmt.Fprintf(stdout, "rejected: %s: %v\n", where, why)
	}
	for _, p := range fs.Args() {
		if err := checkManifest(f, p); err != nil {
			reject(p, err)
			continue
		}
		var fatal error
		err := f.Read(p, formats.Options{}, func(rec formats.Record) bool {
			if rec.Err != nil {
				reject(rec.Where(), rec.Err)
				return true
			}
			doc, found, err := t.find(rec)
			if err != nil {
				fatal = err
				return false
			}
			a := rec.Ann
			if found {
				if a, err = formats.Resolve(rec, doc.Text); err != nil {
					reject(rec.Where(), err)
					return true
				}
			} else if rec.Doc.Text == "" {
				reject(rec.Where(), fmt.Errorf("document %q is not in the project and the file carries no text", rec.Doc.ExtID))
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
			where := "new document"
			if found {
				where = fmt.Sprintf("document %d", doc.ID)
			}
			if !*dry {
				if found {
					err = s.AddAnnotations(doc.ID, a)
				} else {
					nd := rec.Doc
					nd.Status = annot.StatusTodo
					var id annot.DocID
					id, err = s.AddDocument(nd, &a, annot.OriginImport)
					if errors.Is(err, annot.ErrDuplicate) && id != 0 { // same text under another id
						err = s.AddAnnotations(id, a)
					}
					where = fmt.Sprintf("new document %d", id)
					if err == nil {
						t.byHash[store.Hash(nd.Text)] = id
						if nd.ExtID != "" {
							t.byExt[nd.ExtID] = id
						}
					}
				}
				if err != nil {
					reject(rec.Where(), err)
					return true
				}
			}
			nDocs++
			if !found {
				nNew++
			}
			nQuotes += len(a.Quotes)
			nMentions += len(a.Mentions)
			fmt.Fprintf(stdout, "%s: %s %q → %s: %d quotes, %d mentions, %d entities (offsets in %s)\n",
				rec.Where(), verb, rec.Doc.ExtID, where, len(a.Quotes), len(a.Mentions), len(a.Entities), rec.Unit)
			return true
		})
		if fatal != nil {
			return fail(1, "%v", fatal)
		}
		if err != nil {
			reject(p, err)
		}
	}
	fmt.Fprintf(stdout, "%s %d quotes and %d mentions on %d documents (%d new); %d rejected\n", verb, nQuotes, nMentions, nDocs, nNew, nRejected)
	if nRejected > 0 {
		return 1
	}
	return 0
}

// checkManifest refuses an export written by a newer Quotebench when its
// manifest lies beside (or inside) the path.
func checkManifest(f *formats.Format, p string) error {
	mp := formats.ManifestPath(f, p)
	if fi, err := os.Stat(p); err == nil && fi.IsDir() {
		mp = filepath.Join(p, "manifest.json")
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
	if m.Version > formats.ManifestVersion {
		return fmt.Errorf("manifest %s: written by a newer Quotebench (manifest version %d, this one reads up to %d)", mp, m.Version, formats.ManifestVersion)
	}
	if m.Format != "" && m.Format != f.Name {
		return fmt.Errorf("manifest %s: the export is %s, not %s", mp, m.Format, f.Name)
	}
	return nil
}
