package spacy_test

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/formats"
	"github.com/quotebench/quotebench/formats/formatstest"
	"github.com/quotebench/quotebench/formats/spacy"
)

func TestGolden(t *testing.T) { formatstest.Golden(t, "spacy", formats.Options{}, "article") }

func TestRoundTrip(t *testing.T) {
	formatstest.RoundTrip(t, "spacy", formatstest.All(), formats.Options{})
	formatstest.RoundTrip(t, "spacy", formatstest.All(), formats.Options{State: "accepted"})
}

// Token ranges are inclusive and relations point at the last token of
// their spans, as FORMATS.md's example from Prodigy shows.
func TestTokenIndices(t *testing.T) {
	text := "Strike 🔥 day: “We will not back down,” said Jane Smith of Unite."
	at := func(s string) annot.Span {
		i := strings.Index(text, s)
		n := len([]rune(text[:i]))
		return annot.Span{Start: n, End: n + len([]rune(s))}
	}
	it := formats.Item{Doc: annot.Document{ExtID: "x", Text: text}, Ann: annot.Annotations{
		Mentions: []annot.Mention{{ID: 1, Span: at("Jane Smith"), Label: "PERSON", Type: annot.MentionName}},
		Quotes:   []annot.Quote{{ID: 1, Parts: []annot.Span{at("“We will not back down,”")}, Kind: annot.KindDirect, Speaker: 1}},
	}}
	task, err := spacy.Encode(it)
	if err != nil {
		t.Fatal(err)
	}
	var q, p spacy.Span
	for _, s := range task.Spans {
		if s.Label == "QUOTE" {
			q = s
		} else {
			p = s
		}
	}
	if q.Start != 14 || q.End != 38 || *q.TokenStart != 4 || *q.TokenEnd != 11 {
		t.Errorf("quote span %+v, want 14-38 tokens 4..11", q)
	}
	if p.Start != 44 || *p.TokenStart != 13 || *p.TokenEnd != 14 {
		t.Errorf("person span %+v, want tokens 13..14", p)
	}
	if len(task.Relations) != 1 || task.Relations[0].Head != 11 || task.Relations[0].Child != 14 || task.Relations[0].Label != "SAID_BY" {
		t.Errorf("relations %+v", task.Relations)
	}
	if task.Tokens[1].Text != "🔥" || task.Tokens[1].Start != 7 || task.Tokens[1].End != 8 || !task.Tokens[0].WS || task.Tokens[4].WS {
		t.Errorf("tokens %+v", task.Tokens[:5])
	}
}

// tokensJSON is the tokens of text as a task carries them, offsets in unit.
func tokensJSON(t *testing.T, text string, unit annot.Unit) string {
	task, err := spacy.Encode(formats.Item{Doc: annot.Document{ExtID: "x", Text: text}})
	if err != nil {
		t.Fatal(err)
	}
	o := annot.NewOffsets(text)
	for i := range task.Tokens {
		tk := &task.Tokens[i]
		tk.Start, _ = o.To(unit, tk.Start)
		tk.End, _ = o.To(unit, tk.End)
	}
	b, err := json.Marshal(task.Tokens)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestDecode(t *testing.T) {
	text := "Strike 🔥 day: “We will not back down,” said Jane Smith of Unite."
	line := `{"text":"` + text + `","meta":{"source":"x"},` +
		`"tokens":` + tokensJSON(t, text, annot.UnitCodePoint) + `,` +
		`"spans":[{"start":14,"end":38,"token_start":4,"token_end":11,"label":"QUOTE"},{"start":44,"end":54,"token_start":13,"token_end":14,"label":"PERSON"}],` +
		`"relations":[{"head":11,"child":14,"label":"SAID_BY"},{"head":14,"child":11,"label":"MEMBER_OF"}],"answer":"accept"}`
	utf16 := strings.NewReplacer(tokensJSON(t, text, annot.UnitCodePoint), tokensJSON(t, text, annot.UnitUTF16),
		`"start":14,"end":38`, `"start":15,"end":39`, `"start":44,"end":54`, `"start":45,"end":55`).Replace(line)
	tests := []struct{ name, line, err string }{
		{"prodigy", line, ""},
		{"rejected answer", strings.Replace(line, `"accept"`, `"reject"`, 1), "not accept"},
		{"utf16", utf16, ""},
		{"tokens fit no unit", strings.Replace(line, `"start":7,"end":8`, `"start":8,"end":9`, 1), "no unit"},
		{"dangling", strings.Replace(line, `"child":14`, `"child":2`, 1), "no span ends at token 2"},
		{"broken", line[:40], "broken JSON"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := formatstest.DecodeOne(t, spacy.Decode, tt.line)
			if formatstest.CheckErr(t, r, tt.err) {
				return
			}
			if len(r.Ann.Quotes) != 1 || r.Ann.Quotes[0].Speaker == 0 || r.Ann.Quotes[0].Kind != annot.KindDirect ||
				r.Ann.Quotes[0].Parts[0] != (annot.Span{Start: 14, End: 38}) || r.Ann.Mentions[0].Span != (annot.Span{Start: 44, End: 54}) {
				t.Errorf("quotes %+v", r.Ann.Quotes)
			}
			if len(r.Notes) != 1 || r.Notes[0].Action != formats.NoteRefused || !strings.Contains(r.Notes[0].Text, "MEMBER_OF") {
				t.Errorf("notes %+v, want the MEMBER_OF relation refused", r.Notes)
			}
		})
	}
}

// A span shifted by one character while its token_start/token_end stay is
// refused with a message that names it, and so is its relation; the rest
// of the task is taken.
func TestDecodeShiftedSpan(t *testing.T) {
	text := "Strike 🔥 day: “We will not back down,” said Jane Smith of Unite."
	line := `{"text":"` + text + `","tokens":` + tokensJSON(t, text, annot.UnitCodePoint) + `,` +
		`"spans":[{"start":14,"end":38,"token_start":4,"token_end":11,"label":"QUOTE"},{"start":45,"end":55,"token_start":13,"token_end":14,"label":"PERSON"}],` +
		`"relations":[{"head":11,"child":14,"label":"SAID_BY"}]}`
	r := formatstest.DecodeOne(t, spacy.Decode, line)
	if r.Err != nil {
		t.Fatal(r.Err)
	}
	if len(r.Ann.Mentions) != 0 || len(r.Ann.Quotes) != 1 || r.Ann.Quotes[0].Speaker != 0 {
		t.Errorf("annotations %+v, want the quote without the shifted mention", r.Ann)
	}
	if len(r.Notes) != 2 || !strings.Contains(r.Notes[0].Text, "span 45-55 PERSON") || !strings.Contains(r.Notes[0].Text, "cover 44-54") ||
		!strings.Contains(r.Notes[1].Text, "SAID_BY") {
		t.Errorf("notes %+v", r.Notes)
	}
}

// A DocBin is named for what it is, not reported as broken JSON line by line.
func TestReadDocBin(t *testing.T) {
	dir := t.TempDir()
	for name, data := range map[string][]byte{
		"train.spacy":   {0x78, 0x9c, 0xed, 0x5a, 0x00, '\n', 0x01},
		"renamed.jsonl": {0x78, 0xda, 0x01, 0x02},
	} {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		n := 0
		err := spacy.Read(p, formats.Options{}, func(formats.Record) bool { n++; return true })
		if !errors.Is(err, spacy.ErrDocBin) || !strings.Contains(err.Error(), p) || n != 0 {
			t.Errorf("%s: err %v after %d records, want ErrDocBin naming the file", name, err, n)
		}
	}
}

func FuzzDecode(f *testing.F) {
	f.Add(`{"text":"“Yes,” she said.","spans":[{"start":0,"end":6,"token_end":2,"label":"QUOTE","kind":"direct"},{"start":7,"end":10,"token_end":3,"label":"PERSON","mention_type":"pronoun","entity_name":"J"}],"relations":[{"head":2,"child":3,"label":"SAID_BY"}]}`)
	f.Add(`{"text":"ab","spans":[{"start":0,"end":1,"label":"QUOTE"},{"start":1,"end":2,"label":"QUOTE"}],"relations":[{"head":0,"child":0,"label":"CONTINUES","head_span":{"start":0,"end":1,"label":"QUOTE"},"child_span":{"start":1,"end":2,"label":"QUOTE"}}]}`)
	f.Fuzz(func(t *testing.T, s string) { formatstest.CheckDecode(t, spacy.Decode, s) })
}
