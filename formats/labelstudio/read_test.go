package labelstudio_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/formats"
	"github.com/quotebench/quotebench/formats/formatstest"
	"github.com/quotebench/quotebench/formats/labelstudio"
)

func decodeAll(t *testing.T, in string) []formats.Record {
	t.Helper()
	var recs []formats.Record
	if err := labelstudio.Decode([]byte(in), "x.json", func(r formats.Record) bool { recs = append(recs, r); return true }); err != nil {
		t.Fatal(err)
	}
	return recs
}

const lsText = `“Yes,” said Ana. Acme agreed.`

func lsTask(results string, cancelled bool) string {
	c := ""
	if cancelled {
		c = `,"was_cancelled":true`
	}
	return `{"data":{"text":"` + strings.ReplaceAll(lsText, `"`, `\"`) + `"},"annotations":[{"result":[` +
		`{"id":"q","from_name":"label","to_name":"text","type":"labels","value":{"start":0,"end":6,"text":"“Yes,”","labels":["Quote"]}},` +
		`{"id":"c","from_name":"label","to_name":"text","type":"labels","value":{"start":7,"end":11,"text":"said","labels":["Cue"]}},` +
		`{"id":"p","from_name":"label","to_name":"text","type":"labels","value":{"start":12,"end":15,"text":"Ana","labels":["PERSON"]}},` +
		`{"id":"o","from_name":"label","to_name":"text","type":"labels","value":{"start":17,"end":21,"text":"Acme","labels":["ORG"]}}` +
		results + `]` + c + `}]}`
}

// A relation without a label (what Label Studio stores when none is
// picked) is the quote's speaker when it joins a quote and a mention, in
// either direction; else it is reported, not dropped in silence.
func TestUnlabelledRelations(t *testing.T) {
	tests := []struct {
		name, rels string
		speaker    annot.Span // the speaker's span, zero for none
		note       string
	}{
		{"quote to mention", `,{"from_id":"q","to_id":"p","type":"relation","direction":"right"}`, annot.Span{Start: 12, End: 15}, "linked: relation q → p without a label: taken as said_by"},
		{"mention to quote", `,{"from_id":"p","to_id":"q","type":"relation","direction":"right","labels":[]}`, annot.Span{Start: 12, End: 15}, "linked: relation p → q"},
		{"quote to cue", `,{"from_id":"q","to_id":"c","type":"relation","direction":"right"}`, annot.Span{}, "refused: relation q → c without a label joins QUOTE and CUE"},
		{"second speaker", `,{"from_id":"q","to_id":"p","type":"relation","labels":["said_by"]},{"from_id":"q","to_id":"o","type":"relation"}`, annot.Span{Start: 12, End: 15}, "refused: relation q → o without a label: the quote already has a speaker"},
		{"other tool's relation", `,{"from_id":"p","to_id":"o","type":"relation","labels":["works_for"]}`, annot.Span{}, `refused: relation p → o "works_for"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			recs := decodeAll(t, lsTask(tt.rels, false))
			r := recs[0]
			if r.Err != nil {
				t.Fatal(r.Err)
			}
			var got annot.Span
			if q := r.Ann.Quotes[0]; q.Speaker != 0 {
				got = r.Ann.Mention(q.Speaker).Span
			}
			if got != tt.speaker {
				t.Errorf("speaker %v, want %v", got, tt.speaker)
			}
			var notes []string
			for _, n := range r.Notes {
				notes = append(notes, n.Action+": "+n.Text)
			}
			if len(notes) != 1 || !strings.HasPrefix(notes[0], tt.note) {
				t.Errorf("notes %q, want one starting %q", notes, tt.note)
			}
		})
	}
}

// A task whose only annotation was cancelled says so.
func TestCancelledAnnotation(t *testing.T) {
	r := decodeAll(t, lsTask("", true))[0]
	if r.Err != nil || len(r.Ann.Quotes)+len(r.Ann.Mentions) != 0 {
		t.Fatalf("%v %+v", r.Err, r.Ann)
	}
	if len(r.Notes) != 1 || !strings.Contains(r.Notes[0].Text, "only annotation was cancelled") || !strings.Contains(r.Notes[0].Text, "4 results") {
		t.Errorf("notes %+v", r.Notes)
	}
}

// --text-key: the export writes the text under the key, the labeling
// config beside it reads $key, and the import reads it back; a task
// without the key names the keys it has.
func TestTextKeyAndConfig(t *testing.T) {
	opt := formats.Options{TextKey: "article"}
	formatstest.RoundTrip(t, "labelstudio", formatstest.All(), opt)
	out, _ := formatstest.Export(t, "labelstudio", formatstest.All(), opt)
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `"data":{"article":"Strike`) || strings.Contains(string(b), `"text":"Strike`) {
		t.Errorf("the text is not under data.article: %.200s", b)
	}
	cfg, err := os.ReadFile(out + labelstudio.ConfigSuffix)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`<Text name="text" value="$article"/>`, `<Label value="Quote"/>`, `<Label value="PERSON"/>`, `<Label value="LOC"/>`, `<Relation value="said_by"/>`} {
		if !strings.Contains(string(cfg), want) {
			t.Errorf("config lacks %s:\n%s", want, cfg)
		}
	}
	var recs []formats.Record
	if err := labelstudio.Read(out, formats.Options{}, func(r formats.Record) bool { recs = append(recs, r); return true }); err != nil {
		t.Fatal(err)
	}
	if recs[0].Err == nil || !strings.Contains(recs[0].Err.Error(), "no text in data.text (its text keys: article, date, id, source, title, url; choose one with --text-key)") {
		t.Errorf("read without the key: %v", recs[0].Err)
	}
	if _, err := os.Stat(filepath.Join(filepath.Dir(out), "labelstudio"+labelstudio.ConfigSuffix)); err == nil {
		t.Error("config written under a fixed name")
	}
}
