package formats

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/quotebench/quotebench/annot"
)

// batchSize is how many documents Export prepares or checks at once, on
// every core.
const batchSize = 64

// parallel runs fn(0..n-1) on every core and waits.
func parallel(n int, fn func(k int)) {
	workers := min(n, runtime.GOMAXPROCS(0))
	if workers <= 1 {
		for k := 0; k < n; k++ {
			fn(k)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := int(next.Add(1) - 1); k < n; k = int(next.Add(1) - 1) {
				fn(k)
			}
		}()
	}
	wg.Wait()
}

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
// exist yet or be empty. It lints every item (opt.Strict refuses to export
// while problems remain), writes to a temporary sibling of out, reads the
// output back and compares it with what the format can carry of each item,
// then moves output and manifest into place. On any error nothing is left
// behind and an existing out is untouched. items is called once (from the calling
// goroutine); only a fingerprint of each item is kept for the read-back
// (and the text of documents holding a CR). Items are prepared and checked
// in batches on every core. progress (which may be nil) is called from the
// calling goroutine with done of 2n: n for writing, n for reading back.
func Export(out, format string, items Items, n int, opt Options, progress func(done, total int)) (Manifest, error) {
	f, err := Lookup(format)
	if err != nil {
		return Manifest{}, err
	}
	if err := CheckState(opt.State); err != nil {
		return Manifest{}, err
	}
	switch opt.Unit {
	case "", annot.UnitCodePoint, annot.UnitUTF16, annot.UnitByte:
	default:
		return Manifest{}, fmt.Errorf("%w: unknown offset unit %q", annot.ErrInvalid, opt.Unit)
	}
	if opt.Unit != "" && opt.Unit != f.Unit && f.Name != "labelstudio" {
		return Manifest{}, fmt.Errorf("%w: %s counts offsets in %s only", annot.ErrInvalid, f.Name, f.Unit)
	}
	if progress == nil {
		progress = func(int, int) {}
	}
	out = filepath.Clean(out)
	if err := checkProtected([]string{out, ManifestPath(f, out)}, opt.Protect); err != nil {
		return Manifest{}, err
	}
	if err := checkOut(f, out); err != nil {
		return Manifest{}, err
	}
	man := Manifest{
		Version: ManifestVersion, Generator: "quotebench", Format: f.Name, Output: filepath.Base(out),
		Unit: f.unit(opt), Newlines: NewlinesAsStored, State: opt.State, Documents: []DocEntry{},
	}
	if man.State == "" {
		man.State = "not rejected"
	}
	if opt.LF && f.Name == "brat" {
		man.Newlines = NewlinesLF
	}
	switch f.Name {
	case "conll":
		man.Scheme = "IOB2"
		if opt.IOB1 {
			man.Scheme = "IOB1"
		}
		man.Unit = "token"
	case "labelstudio":
		man.Target = "annotations"
		if opt.Predictions {
			man.Target = "predictions"
		}
	}

	tmp, err := makeTemp(f, out)
	if err != nil {
		return man, err
	}
	done := false
	defer func() {
		if !done {
			os.RemoveAll(tmp)
		}
	}()
	w, err := f.NewWriter(tmp, opt)
	if err != nil {
		return man, fmt.Errorf("export %s to %q: %w", f.Name, out, err)
	}
	// What each document should read back as: a fingerprint, not the
	// value, so that a 10,000-document export keeps little in memory.
	type expect struct {
		name, sha string
		crText    string // the text, kept only when it holds a CR (LF variants map through it)
		skip      bool   // the output cannot show this document (a CSV row-less one)
		sum       [32]byte
		what      string // a summary for messages
	}
	// prep is one item made ready for writing; batches are prepared on
	// every core and written in order.
	type prep struct {
		it   Item
		name string
		lint []Problem
		exp  expect
		enc  []byte
		err  error
	}
	encw, _ := w.(ItemEncoder)
	var wants []expect
	var werr error
	count := 0
	var batch []prep
	flush := func() bool {
		parallel(len(batch), func(k int) {
			p := &batch[k]
			p.it.Ann = Filter(p.it.Ann, opt.State)
			p.name = DocName(p.it.Doc)
			p.lint = Lint(p.it)
			if f.Lint != nil {
				p.lint = append(p.lint, f.Lint(p.it, opt)...)
			}
			var want any
			if f.Expect != nil {
				want, p.err = f.Expect(p.it, opt)
			} else {
				want = expectation(f, p.it)
			}
			if p.err != nil {
				p.err = fmt.Errorf("document %q: %w", p.name, p.err)
				return
			}
			sum := sha256.Sum256([]byte(p.it.Doc.Text))
			p.exp = expect{name: p.name, sha: string(sum[:]), skip: want == nil}
			if strings.Contains(p.it.Doc.Text, "\r") {
				p.exp.crText = p.it.Doc.Text
			}
			if !p.exp.skip {
				if p.exp.sum, p.exp.what, p.err = fingerprint(want); p.err != nil {
					return
				}
			}
			if encw != nil {
				if p.enc, p.err = encw.Encode(count+k, p.it); p.err != nil {
					p.err = fmt.Errorf("write document %q: %w", p.name, p.err)
				}
			}
		})
		for k := range batch {
			p := &batch[k]
			if p.err != nil {
				werr = p.err
				return false
			}
			if encw != nil {
				werr = encw.WriteEncoded(p.enc)
			} else {
				werr = w.Write(p.it)
			}
			if werr != nil {
				werr = fmt.Errorf("write document %q: %w", p.name, werr)
				return false
			}
			man.Lint = append(man.Lint, p.lint...)
			wants = append(wants, p.exp)
			a := p.it.Ann
			man.Documents = append(man.Documents, DocEntry{ID: p.name, SHA256: hex.EncodeToString([]byte(p.exp.sha)), Quotes: len(a.Quotes), Mentions: len(a.Mentions)})
			man.Counts.Documents++
			man.Counts.Quotes += len(a.Quotes)
			man.Counts.Mentions += len(a.Mentions)
			man.Counts.Entities += len(a.Entities)
			count++
			progress(count, 2*max(n, count))
		}
		batch = batch[:0]
		return true
	}
	ierr := items(func(it Item) bool {
		batch = append(batch, prep{it: it})
		return len(batch) < batchSize || flush()
	})
	if werr == nil && ierr == nil {
		flush()
	}
	if werr == nil && ierr != nil {
		werr = fmt.Errorf("read the project: %w", ierr)
	}
	if cerr := w.Close(); werr == nil && cerr != nil {
		werr = fmt.Errorf("write %q: %w", out, cerr)
	}
	if werr != nil {
		return man, fmt.Errorf("export %s to %q: %w", f.Name, out, werr)
	}
	man.Counts.Warnings = len(man.Lint)
	if opt.Strict && len(man.Lint) > 0 {
		return man, fmt.Errorf("export %s to %q: %w (%d; first: %s)", f.Name, out, ErrLint, len(man.Lint), man.Lint[0])
	}

	// Read the output back.
	total := 2 * max(n, count)
	i := 0
	skip := func() { // documents the output cannot show (a CSV row-less document)
		for i < len(wants) && wants[i].skip {
			i++
			progress(count+i, total)
		}
	}
	verify := func(name string, sum [32]byte, what string, err error) bool {
		skip()
		if err == nil && i >= len(wants) {
			err = fmt.Errorf("%w: more documents read back than written", ErrMismatch)
		}
		if err == nil && name != "" && name != wants[i].name {
			err = fmt.Errorf("%w: document %d reads back as %q, was written as %q", ErrMismatch, i+1, name, wants[i].name)
		}
		if err == nil && sum != wants[i].sum {
			err = fmt.Errorf("%w: document %q reads back differently: wrote %s, read %s", ErrMismatch, wants[i].name, wants[i].what, what)
		}
		if err != nil {
			werr = err
			return false
		}
		i++
		progress(count+i, total)
		return true
	}
	var rerr error
	if f.ReadBack != nil {
		rerr = f.ReadBack(tmp, opt, func(name string, got any, err error) bool {
			var sum [32]byte
			var what string
			if err == nil {
				sum, what, err = fingerprint(got)
			}
			return verify(name, sum, what, err)
		})
	} else {
		// Records are fingerprinted in batches on every core. Formats read
		// this way show every document, so record k is wants[i+k].
		type result struct {
			name, what string
			sum        [32]byte
			err        error
		}
		var recs []Record
		process := func() bool {
			res := make([]result, len(recs))
			base := i
			parallel(len(recs), func(k int) {
				rec, r := recs[k], &res[k]
				if rec.Err != nil {
					r.err = fmt.Errorf("%w: %s: %v", ErrMismatch, rec.Where(), rec.Err)
					return
				}
				if base+k >= len(wants) {
					r.err = fmt.Errorf("%w: more documents read back than written", ErrMismatch)
					return
				}
				w := wants[base+k]
				if sum := sha256.Sum256([]byte(rec.Doc.Text)); string(sum[:]) == w.sha {
					if err := rec.Ann.Validate(annot.NewOffsets(rec.Doc.Text).Len()); err != nil {
						r.err = fmt.Errorf("%w: %s: %v", ErrMismatch, rec.Where(), err)
						return
					}
				} else if w.crText != "" {
					a, err := Resolve(rec, w.crText)
					if err != nil {
						r.err = fmt.Errorf("%w: %s: %v", ErrMismatch, rec.Where(), err)
						return
					}
					rec.Ann, rec.Doc.Text = a, w.crText
				} else {
					r.err = fmt.Errorf("%w: %s: the text of %q differs from the project's", ErrMismatch, rec.Where(), w.name)
					return
				}
				r.name = DocName(rec.Doc)
				r.sum, r.what, r.err = fingerprint(expectation(f, Item{rec.Doc, rec.Ann}))
			})
			for _, r := range res {
				if !verify(r.name, r.sum, r.what, r.err) {
					return false
				}
			}
			recs = recs[:0]
			return true
		}
		rerr = f.Read(tmp, opt, func(rec Record) bool {
			recs = append(recs, rec)
			return len(recs) < batchSize || process()
		})
		if werr == nil && rerr == nil {
			process()
		}
	}
	if werr == nil && rerr != nil {
		werr = fmt.Errorf("%w: %v", ErrMismatch, rerr)
	}
	skip()
	if werr == nil && i != len(wants) {
		werr = fmt.Errorf("%w: %d documents written, %d read back", ErrMismatch, len(wants), i)
	}
	if werr != nil {
		return man, fmt.Errorf("export %s to %q: %w", f.Name, out, werr)
	}
	man.Verified = true

	// Manifest, then move into place.
	mb, err := json.MarshalIndent(man, "", "  ")
	if err != nil {
		return man, err
	}
	mb = append(mb, '\n')
	// Exported files are for other programs and people: 0644 (CreateTemp
	// and MkdirTemp make them private), and on disk (fsync) before a rename
	// replaces an earlier export, so that a crash leaves the old export or
	// the new one, never a renamed but empty file.
	dir := filepath.Dir(out)
	if f.Dir {
		if err := os.WriteFile(filepath.Join(tmp, "manifest.json"), mb, 0o644); err != nil {
			return man, fmt.Errorf("write manifest: %w", err)
		}
		if err := syncTree(tmp); err != nil {
			return man, fmt.Errorf("export %s to %q: %w", f.Name, out, err)
		}
		if fi, err := os.Stat(out); err == nil && fi.IsDir() {
			if err := os.Remove(out); err != nil { // empty, checked above
				return man, fmt.Errorf("replace %q: %w", out, err)
			}
		}
		if err := rename(tmp, out); err != nil {
			return man, fmt.Errorf("move export into place: %w", err)
		}
		done = true
		if err := syncPath(dir); err != nil {
			return man, fmt.Errorf("export %s to %q: sync folder: %w", f.Name, out, err)
		}
		return man, nil
	}
	if err := os.Chmod(tmp, 0o644); err != nil {
		return man, fmt.Errorf("export %s to %q: %w", f.Name, out, err)
	}
	if err := syncPath(tmp); err != nil {
		return man, fmt.Errorf("export %s to %q: %w", f.Name, out, err)
	}
	mtmp := tmp + ".manifest"
	if err := writeSynced(mtmp, mb); err != nil {
		os.Remove(mtmp)
		return man, fmt.Errorf("write manifest: %w", err)
	}
	// The old manifest goes first: a failure from here on leaves the old
	// output or the new one without a manifest (read as a file of another
	// tool), never the new output beside the old manifest.
	mp := ManifestPath(f, out)
	if err := os.Remove(mp); err != nil && !errors.Is(err, os.ErrNotExist) {
		os.Remove(mtmp)
		return man, fmt.Errorf("replace manifest %q: %w", mp, err)
	}
	if err := rename(tmp, out); err != nil {
		os.Remove(mtmp)
		return man, fmt.Errorf("move export into place: %w", err)
	}
	done = true
	if err := rename(mtmp, mp); err != nil {
		os.Remove(mtmp)
		return man, fmt.Errorf("move manifest into place: %w", err)
	}
	if err := syncPath(dir); err != nil {
		return man, fmt.Errorf("export %s to %q: sync folder: %w", f.Name, out, err)
	}
	return man, nil
}

// rename is os.Rename; tests make it fail.
var rename = os.Rename

// syncPath flushes a file or a folder (its entries: a rename in it) to
// disk. Windows cannot flush a folder; NTFS journals renames itself.
func syncPath(p string) error {
	fi, err := os.Stat(p)
	if err != nil {
		return err
	}
	var fh *os.File
	if fi.IsDir() {
		if runtime.GOOS == "windows" {
			return nil
		}
		fh, err = os.Open(p)
	} else {
		fh, err = os.OpenFile(p, os.O_RDWR, 0)
	}
	if err != nil {
		return err
	}
	if err := fh.Sync(); err != nil {
		fh.Close()
		return fmt.Errorf("sync %s: %w", p, err)
	}
	return fh.Close()
}

// syncTree makes a folder output 0755 and its files 0644, and flushes
// them and itself.
func syncTree(root string) error {
	if err := os.Chmod(root, 0o755); err != nil {
		return err
	}
	ents, err := os.ReadDir(root)
	if err != nil {
		return err
	}
	for _, e := range ents {
		if e.Type().IsRegular() {
			p := filepath.Join(root, e.Name())
			if err := os.Chmod(p, 0o644); err != nil {
				return err
			}
			if err := syncPath(p); err != nil {
				return err
			}
		}
	}
	return syncPath(root)
}

// writeSynced writes a 0644 file and flushes it.
func writeSynced(path string, b []byte) error {
	fh, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		return err
	}
	if _, err := fh.Write(b); err != nil {
		fh.Close()
		return err
	}
	if err := fh.Sync(); err != nil {
		fh.Close()
		return err
	}
	return fh.Close()
}

// checkOut refuses outputs that would clobber something unexpected.
func checkOut(f *Format, out string) error {
	fi, err := os.Stat(out)
	if errors.Is(err, os.ErrNotExist) {
		if _, err := os.Stat(filepath.Dir(out)); err != nil {
			return fmt.Errorf("export to %q: the folder %q does not exist", out, filepath.Dir(out))
		}
		return nil
	}
	if err != nil {
		return fmt.Errorf("export to %q: %w", out, err)
	}
	if f.Dir {
		if !fi.IsDir() {
			return fmt.Errorf("export %s to %q: it is a file; %s writes a folder", f.Name, out, f.Name)
		}
		ents, err := os.ReadDir(out)
		if err != nil {
			return fmt.Errorf("export to %q: %w", out, err)
		}
		if len(ents) > 0 {
			return fmt.Errorf("export %s to %q: the folder is not empty", f.Name, out)
		}
		return nil
	}
	if fi.IsDir() {
		return fmt.Errorf("export %s to %q: it is a folder; %s writes a file", f.Name, out, f.Name)
	}
	return nil
}

func makeTemp(f *Format, out string) (string, error) {
	dir, base := filepath.Split(out)
	if dir == "" {
		dir = "."
	}
	pattern := "." + base + ".tmp-*"
	if f.Dir {
		p, err := os.MkdirTemp(dir, pattern)
		if err != nil {
			return "", fmt.Errorf("export to %q: %w", out, err)
		}
		return p, nil
	}
	fh, err := os.CreateTemp(dir, pattern)
	if err != nil {
		return "", fmt.Errorf("export to %q: %w", out, err)
	}
	fh.Close()
	return fh.Name(), nil
}

// docView is what the generic read-back compares: metadata when the format
// carries it, and the projected, canonical annotations.
type docView struct {
	Title  string            `json:"title,omitempty"`
	Date   string            `json:"date,omitempty"`
	Source string            `json:"source,omitempty"`
	URL    string            `json:"url,omitempty"`
	Ann    annot.Annotations `json:"ann"`
}

// Expected is what a format reads back for an item: metadata it carries and
// Canonical(Project(...)) of the annotations. Tests use it to check round trips.
func Expected(f *Format, it Item) any { return expectation(f, it) }

func expectation(f *Format, it Item) any {
	var text []rune // only needed to name entities of formats without names
	if f.Caps&CapNames == 0 && f.Caps&CapEntities != 0 {
		text = []rune(it.Doc.Text)
	}
	v := docView{Ann: Canonical(Project(it.Ann, text, f.Caps))}
	if f.Caps&CapMeta != 0 {
		v.Title, v.Date, v.Source, v.URL = it.Doc.Title, it.Doc.Date, it.Doc.Source, it.Doc.URL
	}
	return v
}

// fingerprint hashes an expectation and summarises it for messages.
// Views of documents are hashed field by field; other values (CoNLL
// sequences, CSV rows) as JSON.
func fingerprint(v any) ([32]byte, string, error) {
	dv, ok := v.(docView)
	if !ok {
		b, err := json.Marshal(v)
		if err != nil {
			return [32]byte{}, "", err
		}
		return sha256.Sum256(b), fmt.Sprintf("%d bytes of JSON", len(b)), nil
	}
	b := make([]byte, 0, 1024)
	str := func(s string) { b = binary.AppendUvarint(b, uint64(len(s))); b = append(b, s...) }
	num := func(n int) { b = binary.AppendVarint(b, int64(n)) }
	span := func(s annot.Span) { num(s.Start); num(s.End) }
	prov := func(p annot.Provenance) {
		str(string(p.Origin))
		str(string(p.State))
		b = binary.AppendUvarint(b, math.Float64bits(p.Confidence))
	}
	str(dv.Title)
	str(dv.Date)
	str(dv.Source)
	str(dv.URL)
	a := dv.Ann
	num(len(a.Entities))
	for _, e := range a.Entities {
		num(int(e.ID))
		str(e.Name)
		str(string(e.Label))
		prov(e.Provenance)
	}
	num(len(a.Mentions))
	for _, m := range a.Mentions {
		num(int(m.ID))
		span(m.Span)
		str(string(m.Label))
		str(string(m.Type))
		num(int(m.Entity))
		prov(m.Provenance)
	}
	num(len(a.Quotes))
	for _, q := range a.Quotes {
		num(int(q.ID))
		num(len(q.Parts))
		for _, p := range q.Parts {
			span(p)
		}
		str(string(q.Kind))
		span(q.Cue)
		num(int(q.Speaker))
		if q.Unattributed {
			num(1)
		} else {
			num(0)
		}
		prov(q.Provenance)
	}
	what := fmt.Sprintf("%d entities, %d mentions, %d quotes", len(a.Entities), len(a.Mentions), len(a.Quotes))
	return sha256.Sum256(b), what, nil
}

// SafeName turns a document id into a file name that stays inside its
// folder: letters, digits, '.', '-' and '_' kept, everything else '_', no
// leading dot, at most 100 bytes. used (lower-cased names) makes names unique
// on case-insensitive file systems too.
func SafeName(id string, used map[string]bool) string {
	var b strings.Builder
	for _, r := range id {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-', r == '_', r == '.':
			b.WriteRune(r)
		default:
			b.WriteByte('_')
		}
		if b.Len() >= 100 {
			break
		}
	}
	name := strings.TrimLeft(b.String(), ".")
	if name == "" {
		name = "doc"
	}
	if used == nil {
		return name
	}
	cand := name
	for k := 2; used[strings.ToLower(cand)]; k++ {
		cand = fmt.Sprintf("%s-%d", name, k)
	}
	used[strings.ToLower(cand)] = true
	return cand
}
