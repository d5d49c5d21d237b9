// Package ingest reads article files into a project: text, HTML (main text
// extracted with a readability library) and JSONL, recursively through
// folders, running the detector on each article so that a document and its
// suggestions land in one transaction. It writes through the Store
// interface, which *store.Store satisfies; the store itself only persists.
package ingest

import (
	"errors"
	"fmt"
	"runtime"
	"sync"
	"unicode/utf8"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/detect/chunk"
	"github.com/quotebench/quotebench/formats/article"
)

// Detector pre-annotates a text. Nil means no detection.
type Detector func(text string) annot.Annotations

// Store is what an import needs of a project.
type Store interface {
	ReadOnly() bool
	// TextOwners returns the document with exactly the text whose
	// annot.TextHash is sum, and a document using extID for another text.
	TextOwners(extID, sum string) (same, clash annot.DocID, err error)
	// AddDocuments adds documents and their suggestions in one
	// transaction: all durable, or none (err); a document it cannot add
	// gets its own error (annot.ErrDuplicate with the existing id, or
	// annot.ErrInvalid) and the rest are added.
	AddDocuments(docs []annot.Document, sugg []*annot.Annotations, origin annot.Origin) (ids []annot.DocID, errs []error, err error)
}

// Batches: articles are added BatchDocs at a time (or fewer, once their
// texts reach BatchBytes), each batch one transaction, so a corpus does not
// pay a commit and its fsyncs per article. What the report says was added
// has been committed; an import cut short (a crash, a full disk) keeps
// every batch before the one it was in, and running it again skips those
// as duplicates.
const (
	BatchDocs  = 500
	BatchBytes = 16 << 20
)

// progressEvery is how many articles of one file pass between progress reports.
const progressEvery = 100

// Importer imports files into Store, running Detect on each article.
type Importer struct {
	Store  Store
	Detect Detector
}

// Import reads files and folders (recursively: .txt, .html/.htm, .jsonl)
// and adds each article with its detector suggestions, in batches (see
// BatchDocs). Bad files and lines are reported in the report and never stop
// the rest; the error is for the store itself failing (read-only, disk
// full).
func (im Importer) Import(paths []string, progress func(done, total int, item string)) (annot.ImportReport, error) {
	var rep annot.ImportReport
	if im.Store.ReadOnly() {
		return rep, fmt.Errorf("import: %w", annot.ErrReadOnly)
	}
	files, issues := article.Files(paths)
	rep.Rejected = append(rep.Rejected, issues...)
	b := &batch{im: im, rep: &rep}
	var fatal error
	for i, f := range files {
		if progress != nil {
			progress(i, len(files), f)
		}
		read := 0
		article.ReadFile(f, article.Handler{
			Item: func(it article.Item) {
				if fatal == nil {
					fatal = b.add(it)
				}
				// a large JSONL file is one input: say how far into it we are
				if read++; progress != nil && read%progressEvery == 0 {
					progress(i, len(files), fmt.Sprintf("%s: %d articles read", f, read))
				}
			},
			Reject: func(is article.Issue) { rep.Rejected = append(rep.Rejected, is) },
			Notice: func(is article.Issue) { rep.Notices = append(rep.Notices, is) },
			HTML:   ParseHTML,
		})
		if fatal != nil {
			return rep, fmt.Errorf("import %s: %w", f, fatal)
		}
	}
	if err := b.flush(); err != nil {
		return rep, fmt.Errorf("import: %w", err)
	}
	if progress != nil {
		progress(len(files), len(files), "")
	}
	return rep, nil
}

// batch collects articles until they are detected and added together.
type batch struct {
	im    Importer
	rep   *annot.ImportReport
	items []article.Item
	bytes int
	sums  map[string]bool // texts in the batch
	ids   map[string]bool // JSONL ids in the batch
}

// add checks one article against the project and queues it; input problems
// go to the report, store failures are returned.
func (b *batch) add(it article.Item) error {
	sum := annot.TextHash(it.Doc.Text)
	extID := ""
	if it.Doc.ExtID != "" && it.Line > 0 { // JSONL ids; file names may repeat
		extID = it.Doc.ExtID
	}
	// The same text or id again: settle the batch first, so that the
	// project answers for it as it would one article at a time.
	if b.sums[sum] || extID != "" && b.ids[extID] {
		if err := b.flush(); err != nil {
			return err
		}
	}
	dupID, clash, err := b.im.Store.TextOwners(extID, sum)
	if err != nil {
		return err
	}
	if dupID != 0 {
		b.rep.Duplicates = append(b.rep.Duplicates, it.Where())
		b.rep.DuplicateIDs = append(b.rep.DuplicateIDs, dupID)
		return nil
	}
	if clash != 0 {
		b.rep.Rejected = append(b.rep.Rejected, annot.Rejected{Path: it.Path, Line: it.Line,
			Reason: fmt.Sprintf("id %q is already used by document %d with a different text", it.Doc.ExtID, clash)})
		return nil
	}
	if b.sums == nil {
		b.sums, b.ids = map[string]bool{}, map[string]bool{}
	}
	b.items = append(b.items, it)
	b.bytes += len(it.Doc.Text)
	b.sums[sum] = true
	if extID != "" {
		b.ids[extID] = true
	}
	if len(b.items) >= BatchDocs || b.bytes >= BatchBytes {
		return b.flush()
	}
	return nil
}

// flush runs the detector on the queued articles (on every core) and adds
// them in one transaction, then reports each.
func (b *batch) flush() error {
	if len(b.items) == 0 {
		return nil
	}
	items := b.items
	b.items, b.bytes = nil, 0
	clear(b.sums)
	clear(b.ids)
	docs := make([]annot.Document, len(items))
	sugg := make([]*annot.Annotations, len(items))
	notes := make([][]string, len(items))
	for i := range items {
		docs[i] = items[i].Doc
	}
	if b.im.Detect != nil {
		parallel(len(items), func(i int) {
			a, bounds, derr := runDetector(b.im.Detect, items[i].Doc.Text)
			if derr == nil {
				derr = a.Validate(utf8.RuneCountInString(items[i].Doc.Text))
			}
			if derr != nil {
				notes[i] = []string{fmt.Sprintf("imported without suggestions: detector: %v", derr)}
			} else {
				sugg[i], notes[i] = &a, bounds
			}
		})
	}
	ids, errs, err := b.im.Store.AddDocuments(docs, sugg, annot.OriginDetector)
	if err != nil {
		return err
	}
	for i, it := range items {
		for _, n := range notes[i] {
			b.rep.Notices = append(b.rep.Notices, annot.Notice{Path: it.Path, Line: it.Line, Reason: n})
		}
		switch err := errs[i]; {
		case errors.Is(err, annot.ErrDuplicate):
			b.rep.Duplicates = append(b.rep.Duplicates, it.Where())
			b.rep.DuplicateIDs = append(b.rep.DuplicateIDs, ids[i])
		case err != nil:
			b.rep.Rejected = append(b.rep.Rejected, annot.Rejected{Path: it.Path, Line: it.Line, Reason: err.Error()})
		default:
			b.rep.Added = append(b.rep.Added, ids[i])
			b.rep.AddedFrom = append(b.rep.AddedFrom, it.Where())
		}
	}
	return nil
}

// parallel calls fn(0..n-1) on GOMAXPROCS goroutines.
func parallel(n int, fn func(i int)) {
	workers := min(runtime.GOMAXPROCS(0), n)
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				fn(i)
			}
		}()
	}
	for i := 0; i < n; i++ {
		next <- i
	}
	close(next)
	wg.Wait()
}

// runDetector detects a text within bounded memory and output (see
// detect/chunk), with a notice for a text cut into pieces or suggestions
// left out; a detector panic is an error.
func runDetector(detect Detector, text string) (a annot.Annotations, notes []string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	a, notes = chunk.Detect(detect, text, chunk.Default)
	return a, notes, nil
}
