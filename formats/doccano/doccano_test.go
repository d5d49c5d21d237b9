package doccano_test

import (
	"strings"
	"testing"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/formats"
	"github.com/quotebench/quotebench/formats/doccano"
	"github.com/quotebench/quotebench/formats/formatstest"
)

func TestGolden(t *testing.T) { formatstest.Golden(t, "doccano", formats.Options{}, "article") }

func TestRoundTrip(t *testing.T) {
	formatstest.RoundTrip(t, "doccano", formatstest.All(), formats.Options{})
	formatstest.RoundTrip(t, "doccano", formatstest.All(), formats.Options{State: "all"})
}

func TestDecode(t *testing.T) {
	text := "Strike 🔥 day: “We will not back down,” said Jane Smith of Unite."
	rel := `{"id": 7, "text": "` + text + `", "entities": [{"id": 0, "label": "QUOTE", "start_offset": 14, "end_offset": 38}, {"id": 1, "label": "PERSON", "start_offset": 44, "end_offset": 54}], "relations": [{"id": 0, "from_id": 0, "to_id": 1, "type": "SAID_BY"}], "Comments": []}`
	tests := []struct {
		name, line string
		quotes     int
		mentions   int
		err        string
	}{
		{"relation", rel, 1, 1, ""},
		{"sequence labelling", `{"id": 7, "text": "` + text + `", "label": [[14, 38, "QUOTE"], [44, 54, "PERSON"], [58, 63, "ORG"]], "Comments": []}`, 1, 2, ""},
		{"dangling", strings.Replace(rel, `"to_id": 1`, `"to_id": 5`, 1), 0, 0, "missing entity"},
		{"outside", strings.Replace(rel, `"end_offset": 54`, `"end_offset": 540`, 1), 0, 0, "outside"},
		{"bad label", `{"id": 1, "text": "abc", "label": [[0, "x", "ORG"]]}`, 0, 0, "not [start, end"},
		{"bad kind", strings.Replace(rel, `"QUOTE"`, `"QUOTE/loud"`, 1), 0, 0, "unknown quote kind"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := formatstest.DecodeOne(t, doccano.Decode, tt.line)
			if formatstest.CheckErr(t, r, tt.err) {
				return
			}
			if len(r.Ann.Quotes) != tt.quotes || len(r.Ann.Mentions) != tt.mentions {
				t.Fatalf("%d quotes %d mentions", len(r.Ann.Quotes), len(r.Ann.Mentions))
			}
			if q := r.Ann.Quotes[0]; q.Kind != annot.KindDirect || q.Parts[0] != (annot.Span{Start: 14, End: 38}) {
				t.Errorf("quote %+v", q)
			}
			if r.Doc.ExtID != "7" {
				t.Errorf("id %q", r.Doc.ExtID)
			}
		})
	}
}

func FuzzDecode(f *testing.F) {
	f.Add(`{"id":1,"text":"“Yes,” she said, “we will.”","entities":[{"id":0,"label":"QUOTE/direct","start_offset":0,"end_offset":6},{"id":1,"label":"QUOTE/direct","start_offset":17,"end_offset":27},{"id":2,"label":"PERSON/pronoun","start_offset":7,"end_offset":10},{"id":3,"label":"CUE","start_offset":11,"end_offset":15}],"relations":[{"id":0,"from_id":0,"to_id":1,"type":"CONTINUES"},{"id":1,"from_id":0,"to_id":2,"type":"SAID_BY"},{"id":2,"from_id":0,"to_id":3,"type":"HAS_CUE"}]}`)
	f.Add(`{"id":1,"text":"ab","label":[[0,1,"ORG"],[0,2,"QUOTE"]]}`)
	f.Fuzz(func(t *testing.T, s string) { formatstest.CheckDecode(t, doccano.Decode, s) })
}

// Nested spans are named one by one in the lint, and the manifest says
// that doccano keeps them only with overlapping spans allowed.
func TestOverlapsReported(t *testing.T) {
	_, man := formatstest.Export(t, "doccano", formatstest.Contracts(), formats.Options{State: "all"})
	found := false
	for _, p := range man.Lint {
		if p.Check == formats.CheckSpanOverlap && strings.HasPrefix(p.Message, "LOC overlaps the span at [") {
			found = true // BUENA VISTA inside LAKE BUENA VISTA
		}
	}
	if !found || len(man.Notes) != 1 || !strings.Contains(man.Notes[0], "Allow overlapping spans") {
		t.Errorf("lint %v, notes %v", man.Lint, man.Notes)
	}
}

// The entities-only variant has no overlapping span, so a doccano project
// without overlapping spans loses nothing of it; what it leaves out is in
// the lint.
func TestEntitiesOnlyVariant(t *testing.T) {
	items := append(formatstest.All(), formatstest.Contracts()...)
	out, man := formatstest.Export(t, "doccano-entities", items, formats.Options{State: "all"})
	if !man.Verified || len(man.Notes) != 1 {
		t.Fatalf("manifest %+v", man)
	}
	lines := 0
	err := doccano.Read(out, formats.Options{}, func(r formats.Record) bool {
		lines++
		if r.Err != nil {
			t.Fatal(r.Err)
		}
		if len(r.Ann.Quotes) != 0 {
			t.Errorf("%s: quotes in the entities-only variant", r.Where())
		}
		for i, m := range r.Ann.Mentions {
			for _, o := range r.Ann.Mentions[i+1:] {
				if m.Overlaps(o.Span) {
					t.Errorf("%s: %v overlaps %v", r.Where(), m.Span, o.Span)
				}
			}
		}
		return true
	})
	if err != nil || lines != len(items) {
		t.Fatalf("%d lines, %v", lines, err)
	}
	left := 0
	for _, p := range man.Lint {
		if p.Check == formats.CheckMentionOverlap {
			left++
		}
	}
	if left != 1 { // BUENA VISTA inside LAKE BUENA VISTA
		t.Errorf("lint names %d mentions left out, want 1: %v", left, man.Lint)
	}
}
