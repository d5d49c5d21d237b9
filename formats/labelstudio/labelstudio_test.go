package labelstudio_test

import (
	"io"
	"os"
	"strings"
	"testing"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/formats"
	"github.com/quotebench/quotebench/formats/formatstest"
	"github.com/quotebench/quotebench/formats/labelstudio"
)

func TestGolden(t *testing.T) {
	formatstest.Golden(t, "labelstudio", formats.Options{}, "article")
	formatstest.Golden(t, "labelstudio", formats.Options{Predictions: true, Unit: annot.UnitUTF16}, "article-predictions-utf16")
}

func TestRoundTrip(t *testing.T) {
	for _, opt := range []formats.Options{{}, {Predictions: true}, {Unit: annot.UnitUTF16}, {Unit: annot.UnitByte, State: "accepted"}} {
		formatstest.RoundTrip(t, "labelstudio", formatstest.All(), opt)
	}
}

// The UTF-16 export really counts in UTF-16 units.
func TestUTF16Offsets(t *testing.T) {
	out, _ := formatstest.Export(t, "labelstudio", []formats.Item{formatstest.Article()}, formats.Options{Unit: annot.UnitUTF16})
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	// FORMATS.md: the quote is 15–39 and Jane Smith 45–55 in UTF-16 units
	for _, want := range []string{`"start":15,"end":39,"text":"“We will not back down,”"`, `"start":45,"end":55,"text":"Jane Smith"`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("output lacks %s", want)
		}
	}
}

const example = `{
  "id": 1,
  "data": {"text": "Strike 🔥 day: “We will not back down,” said Jane Smith of Unite."},
  "annotations": [{"id": 1001, "was_cancelled": false, "result": [
      {"id": "q1", "from_name": "label", "to_name": "text", "type": "labels",
       "value": {"start": 14, "end": 38, "text": "“We will not back down,”", "labels": ["Quote"]}},
      {"id": "p1", "from_name": "label", "to_name": "text", "type": "labels",
       "value": {"start": 44, "end": 54, "text": "Jane Smith", "labels": ["Person"]}},
      {"id": "q1", "from_name": "quote_type", "to_name": "text", "type": "choices",
       "value": {"start": 14, "end": 38, "text": "“We will not back down,”", "choices": ["direct"]}},
      {"from_id": "q1", "to_id": "p1", "type": "relation", "direction": "right", "labels": ["said_by"]}
    ]}],
  "predictions": [{"model_version": "quotes-v3", "score": 0.91, "result": []}]
}`

func TestDecode(t *testing.T) {
	tests := []struct {
		name, in string
		tasks    int
		err      string
		line     int
	}{
		{"one task", example, 1, "", 1},
		{"array", "[" + example + ",\n" + example + "]", 2, "", 1},
		{"legacy utf16", strings.NewReplacer(`"start": 14, "end": 38`, `"start": 15, "end": 39`, `"start": 44, "end": 54`, `"start": 45, "end": 55`).Replace(example), 1, "", 1},
		{"relation left", strings.Replace(strings.Replace(example, `"right"`, `"left"`, 1), `"from_id": "q1", "to_id": "p1"`, `"from_id": "p1", "to_id": "q1"`, 1), 1, "", 1},
		{"dangling", strings.Replace(example, `"to_id": "p1"`, `"to_id": "zz"`, 1), 1, "missing region", 1},
		{"wrong text", strings.Replace(example, `"text": "Jane Smith"`, `"text": "Jane"`, 1), 1, "no unit", 1},
		{"broken second", "[\n" + example + ",\n{\"data\": }]", 2, "broken JSON", 16},
		{"numeric data id", strings.Replace(example, `"data": {`, `"data": {"id": 42, `, 1), 1, "", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var recs []formats.Record
			if err := labelstudio.Decode([]byte(tt.in), "x.json", func(r formats.Record) bool { recs = append(recs, r); return true }); err != nil {
				t.Fatal(err)
			}
			if len(recs) != tt.tasks {
				t.Fatalf("%d tasks, want %d", len(recs), tt.tasks)
			}
			r := recs[len(recs)-1]
			if tt.err != "" {
				if r.Err == nil || !strings.Contains(r.Err.Error(), tt.err) {
					t.Fatalf("err %v, want %q", r.Err, tt.err)
				}
				if r.Line != tt.line {
					t.Errorf("line %d, want %d", r.Line, tt.line)
				}
				return
			}
			if r.Err != nil {
				t.Fatal(r.Err)
			}
			q := r.Ann.Quotes[0]
			if q.Parts[0] != (annot.Span{Start: 14, End: 38}) || q.Speaker == 0 || r.Ann.Mention(q.Speaker).Span != (annot.Span{Start: 44, End: 54}) {
				t.Errorf("quote %+v mentions %+v", q, r.Ann.Mentions)
			}
		})
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte(example))
	f.Add([]byte("[" + example + "]"))
	f.Add([]byte(`{"data":{"text":"ab"},"predictions":[{"result":[{"id":"a","type":"labels","value":{"start":0,"end":1,"labels":["Quote"]}},{"id":"b","type":"labels","value":{"start":1,"end":2,"labels":["Quote"]}},{"from_id":"b","to_id":"a","type":"relation","labels":["continues"]},{"id":"a","type":"textarea","from_name":"entity_name","value":{"text":["x"]}}]}]}`))
	decode := func(r io.Reader, path string, yield func(formats.Record) bool) error {
		b, err := io.ReadAll(r)
		if err != nil {
			return err
		}
		return labelstudio.Decode(b, path, yield)
	}
	f.Fuzz(func(t *testing.T, b []byte) { formatstest.CheckDecode(t, decode, string(b)) })
}
