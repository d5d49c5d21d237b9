package formats_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/formats"
	"github.com/quotebench/quotebench/formats/formatstest"
)

// fakeProject is an in-memory Target.
type fakeProject struct {
	docs   []annot.Document
	ann    map[annot.DocID][]annot.Annotations
	labels []annot.Label // nil: the default labels
}

func (p *fakeProject) Labels() ([]annot.Label, error) {
	if p.labels == nil {
		return annot.DefaultLabels, nil
	}
	return p.labels, nil
}

func newFake(docs ...annot.Document) *fakeProject {
	p := &fakeProject{ann: map[annot.DocID][]annot.Annotations{}}
	for i := range docs {
		docs[i].ID = annot.DocID(i + 1)
	}
	p.docs = docs
	return p
}

func (p *fakeProject) FindDocument(extID, sha string) (annot.Document, bool, error) {
	for _, d := range p.docs {
		if extID != "" && d.ExtID == extID {
			return d, true, nil
		}
	}
	for _, d := range p.docs {
		if sha != "" && (annot.TextHash(d.Text) == sha || annot.TextHash(annot.NormalizeNewlines(d.Text)) == sha) {
			return d, true, nil
		}
	}
	return annot.Document{}, false, nil
}

func (p *fakeProject) AddDocument(d annot.Document, a *annot.Annotations, _ annot.Origin) (annot.DocID, error) {
	for _, o := range p.docs {
		if o.Text == d.Text {
			return o.ID, annot.ErrDuplicate
		}
	}
	d.ID = annot.DocID(len(p.docs) + 1)
	p.docs = append(p.docs, d)
	p.ann[d.ID] = append(p.ann[d.ID], *a)
	return d.ID, nil
}

// ImportedDuplicates leaves out the quotes whose first part an earlier
// import added (the store's rule is finer; this is enough to count).
func (p *fakeProject) ImportedDuplicates(id annot.DocID, a annot.Annotations) (annot.Annotations, error) {
	if err := a.Validate(annot.NewOffsets(p.docs[id-1].Text).Len()); err != nil {
		return annot.Annotations{}, err
	}
	var dup annot.Annotations
	for _, q := range a.Quotes {
		for _, old := range p.ann[id] {
			for _, o := range old.Quotes {
				if o.Parts[0] == q.Parts[0] {
					dup.Quotes = append(dup.Quotes, q)
				}
			}
		}
	}
	return dup, nil
}

func (p *fakeProject) AddImported(id annot.DocID, a annot.Annotations) (annot.Annotations, error) {
	dup, err := p.ImportedDuplicates(id, a)
	if err == nil && len(dup.Quotes) < len(a.Quotes) {
		p.ann[id] = append(p.ann[id], a)
	}
	return dup, err
}

// An LF brat export finds the CRLF document by its normalised text, a dry
// run changes nothing, and everything lands as import suggestions.
func TestImport(t *testing.T) {
	items := formatstest.All()
	out, _ := formatstest.Export(t, "brat", items, formats.Options{LF: true})
	// the project knows the CRLF document under another id, and the article
	p := newFake(annot.Document{ExtID: "other-id", Text: items[1].Doc.Text}, items[0].Doc)
	var outs []formats.Outcome
	sum, err := formats.Import(p, "brat", []string{out}, true, func(o formats.Outcome) { outs = append(outs, o) })
	if err != nil {
		t.Fatal(err)
	}
	if len(p.ann) != 0 || len(p.docs) != 2 {
		t.Fatal("dry run changed the project")
	}
	if sum.Documents != 4 || sum.New != 2 || sum.Rejected != 0 {
		t.Errorf("dry run %+v", sum)
	}
	if _, err := formats.Import(p, "brat", []string{out}, false, nil); err != nil {
		t.Fatal(err)
	}
	crlf := p.ann[1]
	if len(crlf) != 1 || len(crlf[0].Quotes) != 2 {
		t.Fatalf("CRLF document got %+v", crlf)
	}
	text := []rune(items[1].Doc.Text)
	q := crlf[0].Quotes[0]
	if got := string(text[q.Parts[0].Start:q.Parts[0].End]); got != "“Prices rise 😀😀 — again.”" || q.Origin != annot.OriginImport || q.State != annot.StateSuggested {
		t.Errorf("quote reads %q, provenance %+v", got, q.Provenance)
	}
	if len(p.docs) != 4 {
		t.Errorf("%d documents, want 2 new ones", len(p.docs))
	}
	// a second import of the same file finds the now existing documents
	// and their quotes: it would add no document and no quote
	first := sum
	for _, dry := range []bool{true, false} {
		sum, err = formats.Import(p, "brat", []string{out}, dry, nil)
		if err != nil {
			t.Fatal(err)
		}
		if sum.New != 0 || sum.Quotes != 0 || sum.Duplicates != first.Quotes || sum.Documents != first.Documents {
			t.Errorf("second import (dry %v): %+v, want every quote of %+v a duplicate", dry, sum, first)
		}
	}
	if len(p.ann[1]) != 1 {
		t.Errorf("the second import added to the CRLF document: %d sets", len(p.ann[1]))
	}
}

func TestImportRejects(t *testing.T) {
	p := newFake(annot.Document{ExtID: "a", Text: "some text"})
	out, _ := formatstest.Export(t, "jsonl", formatstest.All()[:1], formats.Options{})
	var outs []formats.Outcome
	sum, err := formats.Import(p, "jsonl", []string{out, "/nonexistent/x.jsonl"}, true, func(o formats.Outcome) { outs = append(outs, o) })
	if err != nil {
		t.Fatal(err)
	}
	if sum.Rejected != 1 || !strings.Contains(outs[len(outs)-1].Err.Error(), "nonexistent") {
		t.Errorf("%+v %v", sum, outs)
	}
	if _, err := formats.Import(p, "csv", []string{out}, true, nil); err == nil {
		t.Error("csv import accepted")
	}
	if _, err := formats.Import(p, "brat", []string{out}, true, nil); err != nil {
		t.Fatal(err)
	}
	sum, _ = formats.Import(p, "spacy", []string{out}, true, nil)
	if sum.Rejected != 1 { // the manifest says jsonl
		t.Errorf("wrong format not rejected: %+v", sum)
	}
}

// failingProject fails every write with err, as a full disk or a busy or
// read-only project would.
type failingProject struct {
	*fakeProject
	err   error
	calls int
}

func (p *failingProject) AddImported(annot.DocID, annot.Annotations) (annot.Annotations, error) {
	p.calls++
	return annot.Annotations{}, p.err
}

func (p *failingProject) AddDocument(annot.Document, *annot.Annotations, annot.Origin) (annot.DocID, error) {
	p.calls++
	return 0, p.err
}

// Only errors about the record reject it; a failure of the project stops
// the import with the real cause after the first record.
func TestImportStopsOnProjectError(t *testing.T) {
	items := formatstest.All()
	out, _ := formatstest.Export(t, "jsonl", items, formats.Options{})
	diskFull := errors.New("database or disk is full")
	tests := []struct {
		err   error
		fatal bool
	}{
		{diskFull, true},
		{fmt.Errorf("add imported annotations: %w", errors.New("attempt to write a readonly database")), true},
		{fmt.Errorf("add imported annotations: %w: span out of range", annot.ErrInvalid), false},
		{fmt.Errorf("add imported annotations: %w", annot.ErrNotFound), false},
		{fmt.Errorf("add imported annotations: %w", annot.ErrConflict), false},
	}
	for _, tt := range tests {
		t.Run(tt.err.Error(), func(t *testing.T) {
			p := &failingProject{fakeProject: newFake(items[0].Doc), err: tt.err}
			sum, err := formats.Import(p, "jsonl", []string{out}, false, nil)
			if tt.fatal {
				if err == nil || !errors.Is(err, tt.err) || !strings.Contains(err.Error(), out+":1") {
					t.Errorf("err = %v, want %v naming %s:1", err, tt.err, out)
				}
				if p.calls != 1 || sum.Rejected != 0 {
					t.Errorf("%d writes tried, %d rejected; want the import stopped at the first", p.calls, sum.Rejected)
				}
				return
			}
			if err != nil || sum.Rejected != len(items) || p.calls != len(items) {
				t.Errorf("err %v, %d rejected of %d (%d writes); want every record rejected", err, sum.Rejected, len(items), p.calls)
			}
		})
	}
}
