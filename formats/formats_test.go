package formats_test

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/formats"
	_ "github.com/quotebench/quotebench/formats/all"
	"github.com/quotebench/quotebench/formats/formatstest"
)

const example = "Strike 🔥 day: “We will not back down,” said Jane Smith of Unite."

func st(s, e int, text string) formats.SpanText {
	return formats.SpanText{Parts: [][2]int{{s, e}}, Text: text}
}

// FORMATS.md's table: the same spans in code points, UTF-16 units and bytes.
func TestDetectUnit(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		spans []formats.SpanText
		want  annot.Unit
		err   bool
	}{
		{"codepoints", example, []formats.SpanText{st(14, 38, "“We will not back down,”"), st(44, 54, "Jane Smith")}, annot.UnitCodePoint, false},
		{"utf16", example, []formats.SpanText{st(15, 39, "“We will not back down,”"), st(45, 55, "Jane Smith")}, annot.UnitUTF16, false},
		{"bytes", example, []formats.SpanText{st(17, 45, "“We will not back down,”"), st(51, 61, "Jane Smith")}, annot.UnitByte, false},
		{"ascii is ambiguous: code points", "abc def", []formats.SpanText{st(4, 7, "def")}, annot.UnitCodePoint, false},
		{"no texts: code points if they fit", example, []formats.SpanText{st(44, 54, "")}, annot.UnitCodePoint, false},
		{"fits no unit", example, []formats.SpanText{st(44, 54, "Jane Smith"), st(58, 63, "Smith")}, "", true},
		{"inside a surrogate pair everywhere", "🔥", []formats.SpanText{st(1, 2, "x")}, "", true},
		{"fragments joined by a space", "“Yes,” she said, “we will.”", []formats.SpanText{{Parts: [][2]int{{0, 6}, {17, 27}}, Text: "“Yes,” “we will.”", Sep: " "}}, annot.UnitCodePoint, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := formats.DetectUnit(tt.text, tt.spans)
			if (err != nil) != tt.err {
				t.Fatalf("err %v", err)
			}
			if got != tt.want {
				t.Errorf("unit %q, want %q", got, tt.want)
			}
		})
	}
}

func TestLFMaps(t *testing.T) {
	orig := "a\r\nb\rc\n\r\nd"
	lf := annot.NormalizeNewlines(orig)
	if lf != "a\nb\nc\n\nd" {
		t.Fatalf("normalised %q", lf)
	}
	m, back := formats.LFMap(orig), formats.ToLFMap(orig)
	if want := []int{0, 1, 3, 4, 5, 6, 7, 9, 10}; !reflect.DeepEqual(m, want) {
		t.Errorf("LFMap %v, want %v", m, want)
	}
	for i := range []rune(lf) {
		if back[m[i]] != i {
			t.Errorf("ToLFMap(LFMap(%d)) = %d", i, back[m[i]])
		}
	}
	// A record with LF text resolves onto the CRLF project text.
	rec := formats.Record{Doc: annot.Document{Text: lf}, Ann: annot.Annotations{Mentions: []annot.Mention{
		{ID: 1, Span: annot.Span{Start: 7, End: 8}, Label: "X"}, {ID: 2, Span: annot.Span{Start: 2, End: 5}, Label: "X"}}}}
	a, err := formats.Resolve(rec, orig)
	if err != nil {
		t.Fatal(err)
	}
	r := []rune(orig)
	if got := string(r[a.Mentions[0].Start:a.Mentions[0].End]); got != "d" {
		t.Errorf("mention 1 reads %q", got)
	}
	if got := string(r[a.Mentions[1].Start:a.Mentions[1].End]); got != "b\rc" {
		t.Errorf("mention 2 reads %q", got)
	}
	rec.Doc.Text = "something else"
	if _, err := formats.Resolve(rec, orig); !errors.Is(err, annot.ErrConflict) {
		t.Errorf("different text: %v", err)
	}
}

func TestLint(t *testing.T) {
	text := "He said “yes” and\n\n“no”. Later “again,” he said. “Alone.”"
	sp := func(sub string) annot.Span {
		i := strings.Index(text, sub)
		n := len([]rune(text[:i]))
		return annot.Span{Start: n, End: n + len([]rune(sub))}
	}
	ann := annot.Annotations{
		Mentions: []annot.Mention{{ID: 1, Span: sp("He "), Label: "PERSON", Type: annot.MentionPronoun}},
		Quotes: []annot.Quote{
			{ID: 1, Parts: []annot.Span{sp("“yes” and\n\n“no”")}, Kind: annot.KindDirect, Speaker: 1},
			{ID: 2, Parts: []annot.Span{sp("“no”. Later")}, Kind: annot.KindDirect, Speaker: 1},
			{ID: 3, Parts: []annot.Span{sp("“again,”")}, Kind: annot.KindDirect},
			{ID: 4, Parts: []annot.Span{sp("“Alone.”")}, Kind: annot.KindDirect, Unattributed: true},
		},
	}
	got := map[string]int{}
	for _, p := range formats.Lint(formats.Item{Doc: annot.Document{ExtID: "d", Text: text}, Ann: ann}) {
		got[p.Check]++
		if p.Doc != "d" || p.Message == "" {
			t.Errorf("problem %+v", p)
		}
	}
	want := map[string]int{formats.CheckEdgeSpace: 1, formats.CheckParagraphs: 1, formats.CheckOverlap: 1, formats.CheckNoSpeaker: 1}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("lint %v, want %v", got, want)
	}
	if ps := formats.Lint(formatstest.Tricky()[0]); len(ps) != 0 {
		t.Errorf("clean document: %v", ps)
	}
}

func TestFilter(t *testing.T) {
	a := formatstest.Article().Ann
	count := func(a annot.Annotations) [3]int { return [3]int{len(a.Entities), len(a.Mentions), len(a.Quotes)} }
	tests := []struct {
		state string
		want  [3]int
	}{
		{"all", [3]int{3, 7, 5}},
		{"", [3]int{3, 6, 5}},
		{"accepted", [3]int{2, 4, 4}},  // accepted and edited
		{"suggested", [3]int{2, 2, 1}}, // "The union" keeps its accepted entity Unite
		{"rejected", [3]int{0, 1, 0}},
	}
	for _, tt := range tests {
		f := formats.Filter(a, tt.state)
		if got := count(f); got != tt.want {
			t.Errorf("state %q: %v, want %v", tt.state, got, tt.want)
		}
		if err := f.Validate(500); err != nil {
			t.Errorf("state %q: %v", tt.state, err)
		}
	}
	if err := formats.CheckState("maybe"); err == nil {
		t.Error("unknown state accepted")
	}
}

// Canonical forgets ids and order.
func TestCanonical(t *testing.T) {
	a := formatstest.Article().Ann
	b := annot.Annotations{}
	// renumber everything and reverse the order
	for i := len(a.Entities) - 1; i >= 0; i-- {
		e := a.Entities[i]
		e.ID += 100
		b.Entities = append(b.Entities, e)
	}
	for i := len(a.Mentions) - 1; i >= 0; i-- {
		m := a.Mentions[i]
		m.ID += 50
		if m.Entity != 0 {
			m.Entity += 100
		}
		b.Mentions = append(b.Mentions, m)
	}
	for i := len(a.Quotes) - 1; i >= 0; i-- {
		q := a.Quotes[i]
		q.ID += 7
		if q.Speaker != 0 {
			q.Speaker += 50
		}
		b.Quotes = append(b.Quotes, q)
	}
	if !reflect.DeepEqual(formats.Canonical(a), formats.Canonical(b)) {
		t.Error("renumbered set is not canonically equal")
	}
	b.Quotes[0].Kind = annot.KindMixed
	if reflect.DeepEqual(formats.Canonical(a), formats.Canonical(b)) {
		t.Error("a changed kind went unnoticed")
	}
}

// Flatten and Unflatten agree for split quotes, shared cues and clusters.
func TestGraph(t *testing.T) {
	it := formatstest.Article()
	text := []rune(it.Doc.Text)
	for _, split := range []bool{false, true} {
		g := formats.Flatten(it.Ann, split, true)
		back, err := formats.Unflatten(g, text)
		if err != nil {
			t.Fatal(err)
		}
		c := formats.CapAll &^ (formats.CapProvenance | formats.CapLoneEntities | formats.CapMeta)
		want := formats.Canonical(formats.Project(it.Ann, text, c))
		got := formats.Canonical(formats.Project(back, text, c))
		if !reflect.DeepEqual(want, got) {
			t.Errorf("split=%v:\nwant %+v\n got %+v", split, want, got)
		}
	}
	bad := formats.Graph{Regions: []formats.Region{
		{Parts: []annot.Span{{Start: 0, End: 1}}, Label: formats.LabelQuote},
		{Parts: []annot.Span{{Start: 1, End: 2}}, Label: formats.LabelQuote},
	}, Relations: []formats.Relation{{From: 0, To: 1, Type: formats.RelContinues}, {From: 1, To: 0, Type: formats.RelContinues}}}
	if _, err := formats.Unflatten(bad, []rune("ab")); err == nil {
		t.Error("a circle of quote parts was accepted")
	}
}

func TestSafeName(t *testing.T) {
	used := map[string]bool{}
	tests := []struct{ in, want string }{
		{"../../etc/passwd", "_.._etc_passwd"},
		{"a b/c", "a_b_c"},
		{"A B/C", "A_B_C-2"}, // same name as above on a case-insensitive file system
		{"", "doc"},
		{"...", "doc-2"},
		{"東京", "__"},
		{strings.Repeat("x", 300), strings.Repeat("x", 100)},
	}
	for _, tt := range tests {
		if got := formats.SafeName(tt.in, used); got != tt.want {
			t.Errorf("SafeName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// A strict export with lint problems, a failing project and a bad output
// leave nothing behind and do not touch an existing file.
func TestExportFailures(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "x.jsonl")
	os.WriteFile(out, []byte("old\n"), 0o644)
	items := formatstest.All()
	items[0].Ann.Quotes[0].Speaker = 0 // a quote without speaker
	if _, err := formats.Export(out, "jsonl", formatstest.Seq(items), len(items), formats.Options{Strict: true}, nil); !errors.Is(err, formats.ErrLint) {
		t.Errorf("strict: %v", err)
	}
	boom := errors.New("disk on fire")
	failing := func(yield func(formats.Item) bool) error { yield(items[1]); return boom }
	if _, err := formats.Export(out, "jsonl", failing, 2, formats.Options{}, nil); !errors.Is(err, boom) {
		t.Errorf("failing items: %v", err)
	}
	bad := formatstest.All()[:1]
	bad[0].Ann.Mentions[0].Span.End = 10000
	if _, err := formats.Export(out, "spacy", formatstest.Seq(bad), 1, formats.Options{}, nil); err == nil {
		t.Error("span outside the text exported")
	}
	if _, err := formats.Export(out, "jsonl", formatstest.Seq(items), 1, formats.Options{Unit: annot.UnitUTF16}, nil); err == nil {
		t.Error("UTF-16 jsonl accepted")
	}
	if _, err := formats.Export(out, "nope", formatstest.Seq(items), 1, formats.Options{}, nil); err == nil {
		t.Error("unknown format accepted")
	}
	if _, err := formats.Export(filepath.Join(dir, "missing", "x.jsonl"), "jsonl", formatstest.Seq(items), 1, formats.Options{}, nil); err == nil {
		t.Error("missing folder accepted")
	}
	os.Mkdir(filepath.Join(dir, "full"), 0o755)
	os.WriteFile(filepath.Join(dir, "full", "keep.txt"), []byte("keep"), 0o644)
	if _, err := formats.Export(filepath.Join(dir, "full"), "brat", formatstest.Seq(items), 1, formats.Options{}, nil); err == nil || !strings.Contains(err.Error(), "not empty") {
		t.Errorf("non-empty folder: %v", err)
	}
	if b, _ := os.ReadFile(out); string(b) != "old\n" {
		t.Errorf("existing output changed: %q", b)
	}
	ents, _ := os.ReadDir(dir)
	if len(ents) != 2 {
		var names []string
		for _, e := range ents {
			names = append(names, e.Name())
		}
		t.Errorf("left behind: %v", names)
	}
}

// A format whose reader loses something fails the export: the read-back
// is a real check.
func TestExportMismatch(t *testing.T) {
	jl, _ := formats.Lookup("jsonl")
	lossy := *jl
	lossy.Name = "lossy-test"
	lossy.Read = func(path string, opt formats.Options, yield func(formats.Record) bool) error {
		return jl.Read(path, opt, func(r formats.Record) bool {
			if len(r.Ann.Quotes) > 0 {
				r.Ann.Quotes[0].Kind = annot.KindIndirect // drift
				r.Ann.Quotes[0].Parts[0].Start++
			}
			return yield(r)
		})
	}
	formats.Register(&lossy)
	dir := t.TempDir()
	out := filepath.Join(dir, "x.jsonl")
	var calls int
	_, err := formats.Export(out, "lossy-test", formatstest.Seq(formatstest.All()), 4, formats.Options{}, func(done, total int) { calls++ })
	if !errors.Is(err, formats.ErrMismatch) {
		t.Fatalf("err %v, want a mismatch", err)
	}
	if !strings.Contains(err.Error(), "strike-2026-01-02") {
		t.Errorf("the error does not name the document: %v", err)
	}
	if ents, _ := os.ReadDir(dir); len(ents) != 0 {
		t.Errorf("left %d files behind", len(ents))
	}
	if calls < 4 {
		t.Errorf("progress called %d times", calls)
	}
}

func TestManifest(t *testing.T) {
	_, m := formatstest.Export(t, "brat", formatstest.All(), formats.Options{LF: true})
	if m.Version != formats.ManifestVersion || m.Format != "brat" || m.Unit != annot.UnitCodePoint || m.Newlines != formats.NewlinesLF || !m.Verified {
		t.Errorf("manifest %+v", m)
	}
	if len(m.Documents) != 4 || m.Documents[1].ID != "crlf/../../etc passwd" || len(m.Documents[1].SHA256) != 64 {
		t.Errorf("documents %+v", m.Documents)
	}
}

type repeat byte

func (r repeat) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = byte(r)
	}
	return len(p), nil
}

// A huge line is rejected with its line number; the lines around it are read.
func TestReadLinesHuge(t *testing.T) {
	in := io.MultiReader(strings.NewReader("first\n"), io.LimitReader(repeat('x'), formats.MaxLine+10), strings.NewReader("\nlast\n"))
	var got []string
	err := formats.ReadLines(in, "big.jsonl", func(b []byte) formats.Record {
		return formats.Record{Doc: annot.Document{ExtID: strings.TrimSpace(string(b))}}
	}, func(r formats.Record) bool {
		if r.Err != nil {
			got = append(got, fmt.Sprintf("%s: %v", r.Where(), r.Err))
		} else {
			got = append(got, fmt.Sprintf("%s: %s", r.Where(), r.Doc.ExtID))
		}
		return true
	})
	want := "big.jsonl:1: first|big.jsonl:2: invalid: line longer than 64 MiB|big.jsonl:3: last"
	if err != nil || strings.Join(got, "|") != want {
		t.Errorf("got %q, %v\nwant %q", got, err, want)
	}
}
