package jsonl_test

import (
	"os"
	"strings"
	"testing"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/formats"
	"github.com/quotebench/quotebench/formats/formatstest"
	"github.com/quotebench/quotebench/formats/jsonl"
)

func TestGolden(t *testing.T) {
	formatstest.Golden(t, "jsonl", formats.Options{State: "all"}, "article")
}

func TestRoundTrip(t *testing.T) {
	for _, state := range []string{"all", "", "accepted"} {
		t.Run("state="+state, func(t *testing.T) {
			formatstest.RoundTrip(t, "jsonl", formatstest.All(), formats.Options{State: state})
		})
	}
}

// The gold files of the corpus and PolNeAR-style lines, in any unit.
func TestDecodeGold(t *testing.T) {
	text := "Strike 🔥 day: “We will not back down,” said Jane Smith of Unite."
	tests := []struct {
		name, line string
		unit       annot.Unit
		quotes     int
		parts      int
		speaker    string
		err        string
	}{
		{"codepoints", `{"id":"a","text":"` + text + `","quotes":[{"start":14,"end":38,"text":"“We will not back down,”","type":"direct","speaker":"Jane Smith","speaker_mention":"Jane Smith","speaker_start":44,"speaker_end":54}],"entities":[{"start":58,"end":63,"label":"ORG","text":"Unite"}]}`,
			annot.UnitCodePoint, 1, 1, "Jane Smith", ""},
		{"utf16", `{"id":"a","text":"` + text + `","quotes":[{"start":15,"end":39,"text":"“We will not back down,”","type":"direct","speaker":"J. Smith","speaker_mention":"Jane Smith","speaker_start":45,"speaker_end":55}],"entities":[]}`,
			annot.UnitUTF16, 1, 1, "J. Smith", ""},
		{"bytes", `{"id":"a","text":"` + text + `","quotes":[{"start":17,"end":45,"text":"“We will not back down,”","type":"direct","speaker":null,"speaker_mention":null,"speaker_start":null,"speaker_end":null}],"entities":[{"start":65,"end":70,"label":"ORG","text":"Unite"}]}`,
			annot.UnitByte, 1, 1, "", ""},
		{"polnear parts", `{"id":"p","text":"` + text + `","quotes":[{"start":14,"end":20,"text":"“We wi","type":"direct","attribution_id":"x1","cue":"said","cue_start":39,"cue_end":43},{"start":21,"end":38,"text":"l not back down,”","type":"direct","attribution_id":"x1","speaker":"Jane Smith","speaker_mention":"Jane Smith","speaker_start":44,"speaker_end":54}],"entities":[]}`,
			annot.UnitCodePoint, 1, 2, "Jane Smith", ""},
		{"gold split quote", `{"id":"g","text":"` + text + `","quotes":[{"start":14,"end":20,"text":"“We wi","type":"direct","quote_id":"q1"},{"start":21,"end":38,"text":"l not back down,”","type":"direct","quote_id":"q1","speaker":"Jane Smith","speaker_mention":"Jane Smith","speaker_start":44,"speaker_end":54},{"start":44,"end":54,"text":"Jane Smith","type":"indirect","quote_id":"q2"}],"entities":[]}`,
			annot.UnitCodePoint, 2, 2, "Jane Smith", ""},
		{"wrong text", `{"id":"a","text":"` + text + `","quotes":[{"start":10,"end":20,"text":"nope","type":"direct"}],"entities":[]}`,
			"", 0, 0, "", "no unit"},
		{"outside", `{"id":"a","text":"abc","quotes":[],"entities":[{"start":1,"end":9,"label":"ORG","text":""}]}`,
			"", 0, 0, "", "outside"},
		{"bad type", `{"id":"a","text":"abc","quotes":[{"start":0,"end":1,"text":"a","type":"shouted"}],"entities":[]}`,
			"", 0, 0, "", "unknown type"},
		{"broken json", `{"id":"a","text":"abc",`, "", 0, 0, "", "broken JSON"},
		{"no text", `{"id":"a","quotes":[],"entities":[]}`, "", 0, 0, "", "no text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := formatstest.DecodeOne(t, jsonl.Decode, "\n"+tt.line+"\n")
			if r.Line != 2 {
				t.Errorf("line %d, want 2", r.Line)
			}
			if formatstest.CheckErr(t, r, tt.err) {
				return
			}
			if r.Unit != tt.unit {
				t.Errorf("unit %s, want %s", r.Unit, tt.unit)
			}
			if len(r.Ann.Quotes) != tt.quotes {
				t.Fatalf("%d quotes", len(r.Ann.Quotes))
			}
			q := r.Ann.Quotes[0]
			if len(q.Parts) != tt.parts {
				t.Errorf("%d parts", len(q.Parts))
			}
			if q.Parts[0].Start != 14 {
				t.Errorf("quote starts at %d, want code point 14", q.Parts[0].Start)
			}
			if got := r.Ann.SpeakerName([]rune(text), q); got != tt.speaker {
				t.Errorf("speaker %q, want %q", got, tt.speaker)
			}
		})
	}
}

// The hand annotation of the shared sample article reads without error: 22
// quote items, two of which share a quote_id and become one quote in two
// parts, and 41 entity mentions (speaker spans may add mentions).
func TestSharedGold(t *testing.T) {
	gold := formatstest.SharedPath(t, "corpus/sample/putin-xi-2022-12-30.gold.jsonl")
	n := 0
	err := jsonl.Read(gold, formats.Options{}, func(r formats.Record) bool {
		if r.Err != nil {
			t.Errorf("%s: %v", r.Where(), r.Err)
		}
		n++
		parts, split := 0, 0
		for _, q := range r.Ann.Quotes {
			parts += len(q.Parts)
			if len(q.Parts) > 1 {
				split++
			}
		}
		if len(r.Ann.Quotes) != 21 || parts != 22 || split != 1 || len(r.Ann.Mentions) < 41 {
			t.Errorf("%d quotes (%d parts, %d split), %d mentions; the gold has 22 quote items forming 21 quotes (one in two parts) and 41 entity mentions",
				len(r.Ann.Quotes), parts, split, len(r.Ann.Mentions))
		}
		return true
	})
	if err != nil || n != 1 {
		t.Fatalf("read %d records: %v", n, err)
	}
}

func FuzzRead(f *testing.F) {
	f.Add([]byte(`{"id":"a","text":"“Hi 🔥,” she said.","quotes":[{"start":0,"end":7,"text":"“Hi 🔥,”","type":"direct","speaker_start":8,"speaker_end":11,"speaker_mention":"she"}],"entities":[]}`))
	f.Add([]byte(`{"id":"a","text":"ab","quotes":[{"parts":[{"start":0,"end":1},{"start":1,"end":2}],"start":0,"end":2,"type":"mixed","attribution_id":1}],"clusters":[{"id":1,"name":"x","label":"ORG"}],"entities":[{"start":0,"end":1,"label":"ORG","text":"a","mid":3,"entity":1}]}`))
	f.Add([]byte("{\"text\":\"\xff\xfe\"}\n{"))
	f.Fuzz(func(t *testing.T, b []byte) { formatstest.CheckDecode(t, jsonl.Decode, string(b)) })
}

// Who decided each annotation survives the native export and its reading
// back; a pending suggestion has no annotator.
func TestRoundTripKeepsAnnotator(t *testing.T) {
	it := formatstest.Article()
	named := 0
	for i := range it.Ann.Quotes {
		if it.Ann.Quotes[i].State != annot.StateSuggested {
			it.Ann.Quotes[i].Annotator = "Ana Lima"
			named++
		}
	}
	for i := range it.Ann.Mentions {
		if it.Ann.Mentions[i].State != annot.StateSuggested {
			it.Ann.Mentions[i].Annotator = "bo"
			named++
		}
	}
	if named == 0 {
		t.Fatal("the article has no decided annotation to name")
	}
	formatstest.RoundTrip(t, "jsonl", []formats.Item{it}, formats.Options{State: "all"})
	out, _ := formatstest.Export(t, "jsonl", []formats.Item{it}, formats.Options{State: "all"})
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `"annotator":"Ana Lima"`) || !strings.Contains(string(b), `"annotator":"bo"`) {
		t.Errorf("the export does not name the annotators:\n%.600s", b)
	}
}
