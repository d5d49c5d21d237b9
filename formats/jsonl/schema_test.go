package jsonl_test

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/formats"
	"github.com/quotebench/quotebench/formats/formatstest"
	"github.com/quotebench/quotebench/formats/gold"
	"github.com/quotebench/quotebench/formats/jsonl"
)

// What `quotebench detect` writes (gold.FromAnnotations) is the same
// schema the jsonl format reads: split quotes come back as one quote,
// speakers, cues and canonical names as they were.
func TestDetectOutputReadsAsJSONL(t *testing.T) {
	it := formatstest.Article()
	b, err := json.Marshal(gold.FromAnnotations("strike", it.Doc.Text, it.Ann))
	if err != nil {
		t.Fatal(err)
	}
	r := formatstest.DecodeOne(t, jsonl.Decode, string(b))
	if r.Err != nil {
		t.Fatal(r.Err)
	}
	if len(r.Ann.Quotes) != len(it.Ann.Quotes) {
		t.Fatalf("%d quotes, want %d", len(r.Ann.Quotes), len(it.Ann.Quotes))
	}
	text := []rune(it.Doc.Text)
	for i, q := range r.Ann.Quotes {
		w := it.Ann.Quotes[i]
		if len(q.Parts) != len(w.Parts) || q.Extent() != w.Extent() || q.Cue != w.Cue || q.Kind != w.Kind {
			t.Errorf("quote %d: %+v, want %+v", i, q, w)
		}
		if w.Speaker != 0 {
			got, want := r.Ann.Mention(q.Speaker), it.Ann.Mention(w.Speaker)
			if got == nil || got.Span != want.Span {
				t.Errorf("quote %d: speaker %v, want %q", i, got, annot.SpanText(text, want.Span))
			}
		}
	}
}

// Exports written before the schema was shared kept the cluster id in
// "entity"; they still read.
func TestEntityIDInEntityField(t *testing.T) {
	line := `{"id":"x","text":"Jane Smith and Smith.","quotes":[],"entities":[` +
		`{"start":0,"end":10,"label":"PERSON","text":"Jane Smith","mid":1,"entity":1},` +
		`{"start":15,"end":20,"label":"PERSON","text":"Smith","mid":2,"entity":1}],` +
		`"clusters":[{"id":1,"name":"Jane Smith","label":"PERSON"}]}`
	r := formatstest.DecodeOne(t, jsonl.Decode, line)
	if r.Err != nil {
		t.Fatal(r.Err)
	}
	if len(r.Ann.Mentions) != 2 || r.Ann.Mentions[0].Entity != 1 || r.Ann.Mentions[1].Entity != 1 {
		t.Errorf("mentions %+v, want both in cluster 1", r.Ann.Mentions)
	}
	out, _ := formatstest.Export(t, "jsonl", []formats.Item{{Doc: r.Doc, Ann: r.Ann}}, formats.Options{})
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	got := string(b)
	if !strings.Contains(got, `"entity":"Jane Smith"`) || !strings.Contains(got, `"entity_id":1`) {
		t.Errorf("the export does not name the entity and its cluster: %s", got)
	}
}
