// Package ingest reads article files into a project: text, HTML (main text
// extracted with a readability library) and JSONL, recursively through
// folders, running the detector on each article so that a document and its
// suggestions land in one transaction. It writes through the Store
// interface, which *store.Store satisfies; the store itself only persists.
package ingest

import (
	"errors"
	"fmt"
	"unicode/utf8"

	"github.com/quotebench/quotebench/annot"
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
	// AddDocument adds a document and its suggestions in one transaction;
	// a text already there is annot.ErrDuplicate with the existing id.
	AddDocument(d annot.Document, sugg *annot.Annotations, origin annot.Origin) (annot.DocID, error)
}

// Importer imports files into Store, running Detect on each article.
type Importer struct {
	Store  Store
	Detect Detector
}

// Import reads files and folders (recursively: .txt, .html/.htm, .jsonl)
// and adds each article with its detector suggestions, one transaction each.
// Bad files and lines are reported in the report and never stop the rest;
// the error is for the store itself failing (read-only, disk full).
func (im Importer) Import(paths []string, progress func(done, total int, item string)) (annot.ImportReport, error) {
	var rep annot.ImportReport
	if im.Store.ReadOnly() {
		return rep, fmt.Errorf("import: %w", annot.ErrReadOnly)
	}
	files, issues := article.Files(paths)
	for _, is := range issues {
		rep.Rejected = append(rep.Rejected, annot.Rejected(is))
	}
	var fatal error
	for i, f := range files {
		if progress != nil {
			progress(i, len(files), f)
		}
		article.ReadFile(f, article.Handler{
			Item: func(it article.Item) {
				if fatal == nil {
					fatal = im.importItem(it, &rep)
				}
			},
			Reject: func(is article.Issue) { rep.Rejected = append(rep.Rejected, annot.Rejected(is)) },
			Notice: func(is article.Issue) { rep.Notices = append(rep.Notices, annot.Notice(is)) },
			HTML:   ParseHTML,
		})
		if fatal != nil {
			return rep, fmt.Errorf("import %s: %w", f, fatal)
		}
	}
	if progress != nil {
		progress(len(files), len(files), "")
	}
	return rep, nil
}

// importItem adds one article; input problems go to the report, store
// failures are returned.
func (im Importer) importItem(it article.Item, rep *annot.ImportReport) error {
	where := it.Where()
	reject := func(format string, args ...any) {
		rep.Rejected = append(rep.Rejected, annot.Rejected{Path: it.Path, Line: it.Line, Reason: fmt.Sprintf(format, args...)})
	}
	extID := ""
	if it.Doc.ExtID != "" && it.Line > 0 { // JSONL ids; file names may repeat
		extID = it.Doc.ExtID
	}
	dupID, clash, err := im.Store.TextOwners(extID, annot.TextHash(it.Doc.Text))
	if err != nil {
		return err
	}
	if dupID != 0 {
		rep.Duplicates = append(rep.Duplicates, where)
		rep.DuplicateIDs = append(rep.DuplicateIDs, dupID)
		return nil
	}
	if clash != 0 {
		reject("id %q is already used by document %d with a different text", it.Doc.ExtID, clash)
		return nil
	}
	var sugg *annot.Annotations
	if im.Detect != nil {
		a, derr := runDetector(im.Detect, it.Doc.Text)
		if derr == nil {
			derr = a.Validate(utf8.RuneCountInString(it.Doc.Text))
		}
		if derr != nil {
			rep.Notices = append(rep.Notices, annot.Notice{Path: it.Path, Line: it.Line, Reason: fmt.Sprintf("imported without suggestions: detector: %v", derr)})
		} else {
			sugg = &a
		}
	}
	id, err := im.Store.AddDocument(it.Doc, sugg, annot.OriginDetector)
	switch {
	case errors.Is(err, annot.ErrDuplicate):
		rep.Duplicates = append(rep.Duplicates, where)
		rep.DuplicateIDs = append(rep.DuplicateIDs, id)
	case errors.Is(err, annot.ErrInvalid):
		reject("%v", err)
	case err != nil:
		return err
	default:
		rep.Added = append(rep.Added, id)
		rep.AddedFrom = append(rep.AddedFrom, where)
	}
	return nil
}

func runDetector(detect Detector, text string) (a annot.Annotations, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	return detect(text), nil
}
