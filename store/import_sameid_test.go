package store

import (
	"path/filepath"
	"testing"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/formats"
	_ "github.com/quotebench/quotebench/formats/jsonl"
)

// Two documents of a folder import share an external id (a/story.txt and
// b/story.txt). Annotations exported from the older one go back onto it,
// found by their text, not onto the newer one with the same id.
func TestImportSameExternalID(t *testing.T) {
	s := newStore(t)
	texts := []string{"Doe said: “We will win.” Then he left.", "Roe said nothing at all, then left early."}
	var ids []annot.DocID
	for _, text := range texts {
		id, err := s.AddDocument(annot.Document{ExtID: "story", Text: text}, nil, annot.OriginImport)
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
	}
	it := formats.Item{Doc: annot.Document{ID: ids[0], ExtID: "story", Text: texts[0]}, Ann: annot.Annotations{
		Mentions: []annot.Mention{{ID: 1, Span: annot.Span{Start: 0, End: 3}, Label: annot.LabelPerson, Type: annot.MentionName}},
		Quotes: []annot.Quote{{ID: 1, Parts: []annot.Span{{Start: 10, End: 24}}, Kind: annot.KindDirect,
			Cue: annot.Span{Start: 4, End: 8}, Speaker: 1}},
	}}
	out := filepath.Join(t.TempDir(), "story.jsonl")
	if _, err := formats.Export(out, "jsonl", func(yield func(formats.Item) bool) error { yield(it); return nil }, 1, formats.Options{}, nil); err != nil {
		t.Fatal(err)
	}
	var outs []formats.Outcome
	sum, err := formats.Import(s, "jsonl", []string{out}, false, func(o formats.Outcome) { outs = append(outs, o) })
	if err != nil {
		t.Fatal(err)
	}
	if sum.Rejected != 0 || sum.Quotes != 1 || len(outs) != 1 || outs[0].Doc != ids[0] {
		t.Fatalf("import %+v, outcomes %+v; want one quote on document %d", sum, outs, ids[0])
	}
	for i, id := range ids {
		a, err := s.Annotations(id)
		if err != nil {
			t.Fatal(err)
		}
		if want := 1 - i; len(a.Quotes) != want {
			t.Errorf("document %d has %d quotes, want %d", id, len(a.Quotes), want)
		}
	}
}
