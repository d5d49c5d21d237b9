// Package formatstest holds the annotated test documents and checks that
// every format package shares: golden files and export → import round trips.
package formatstest

import (
	"bytes"
	"encoding/json"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/formats"
)

// Update rewrites golden files: go test ./formats/... -update
var Update = flag.Bool("update", false, "rewrite golden files")

// at returns the code point span of the n-th (0-based) occurrence of sub.
func at(text, sub string, n int) annot.Span {
	off := 0
	for {
		i := strings.Index(text[off:], sub)
		if i < 0 {
			panic("formatstest: " + sub + " not in text")
		}
		if n == 0 {
			s := utf8.RuneCountInString(text[:off+i])
			return annot.Span{Start: s, End: s + utf8.RuneCountInString(sub)}
		}
		n--
		off += i + len(sub)
	}
}

var (
	acc  = annot.Provenance{Origin: annot.OriginHuman, State: annot.StateAccepted}
	sugg = annot.Provenance{Origin: annot.OriginDetector, State: annot.StateSuggested, Confidence: 0.75}
	edit = annot.Provenance{Origin: annot.OriginDetector, State: annot.StateEdited, Confidence: 0.5}
	rej  = annot.Provenance{Origin: annot.OriginDetector, State: annot.StateRejected, Confidence: 0.25}
)

// Article is the small annotated article of the golden files: a direct
// quote with a name speaker and a cue, a split quote with a pronoun
// speaker, an indirect quote with a nominal speaker, a mixed quote, an
// unattributed quote, entity clusters, an astral emoji and CJK.
func Article() formats.Item {
	text := "Strike 🔥 day: “We will not back down,” said Jane Smith of Unite.\n\n" +
		"“Yes,” she said, “we will.” The union said talks in 東京 would resume.\n\n" +
		"Smith called the offer “an insult”. “Nobody asked us.”\n"
	d := annot.Document{ID: 7, ExtID: "strike-2026-01-02", Title: "Strike day", Date: "2026-01-02", Source: "Test Wire",
		URL: "https://example.org/strike", Text: text, Status: annot.StatusDone}
	a := annot.Annotations{
		Entities: []annot.Entity{
			{ID: 1, Name: "Jane Smith", Label: annot.LabelPerson, Provenance: acc},
			{ID: 2, Name: "Unite", Label: annot.LabelOrg, Provenance: acc},
			{ID: 3, Name: "Tokyo", Label: annot.LabelGPE, Provenance: sugg},
		},
		Mentions: []annot.Mention{
			{ID: 1, Span: at(text, "Jane Smith", 0), Label: annot.LabelPerson, Type: annot.MentionName, Entity: 1, Provenance: acc},
			{ID: 2, Span: at(text, "Unite", 0), Label: annot.LabelOrg, Type: annot.MentionName, Entity: 2, Provenance: acc},
			{ID: 3, Span: at(text, "she", 0), Label: annot.LabelPerson, Type: annot.MentionPronoun, Entity: 1, Provenance: edit},
			{ID: 4, Span: at(text, "The union", 0), Label: annot.LabelOrg, Type: annot.MentionNominal, Entity: 2, Provenance: sugg},
			{ID: 5, Span: at(text, "東京", 0), Label: annot.LabelGPE, Type: annot.MentionName, Entity: 3, Provenance: sugg},
			{ID: 6, Span: at(text, "Smith", 1), Label: annot.LabelPerson, Type: annot.MentionName, Entity: 1, Provenance: acc},
			{ID: 7, Span: at(text, "Strike", 0), Label: annot.LabelOrg, Type: annot.MentionName, Provenance: rej},
		},
		Quotes: []annot.Quote{
			{ID: 1, Parts: []annot.Span{at(text, "“We will not back down,”", 0)}, Kind: annot.KindDirect,
				Cue: at(text, "said", 0), Speaker: 1, Provenance: acc},
			{ID: 2, Parts: []annot.Span{at(text, "“Yes,”", 0), at(text, "“we will.”", 0)}, Kind: annot.KindDirect,
				Cue: at(text, "said", 1), Speaker: 3, Provenance: edit},
			{ID: 3, Parts: []annot.Span{at(text, "talks in 東京 would resume", 0)}, Kind: annot.KindIndirect,
				Cue: at(text, "said", 2), Speaker: 4, Provenance: sugg},
			{ID: 4, Parts: []annot.Span{at(text, "the offer “an insult”", 0)}, Kind: annot.KindMixed,
				Cue: at(text, "called", 0), Speaker: 6, Provenance: acc},
			{ID: 5, Parts: []annot.Span{at(text, "“Nobody asked us.”", 0)}, Kind: annot.KindDirect, Unattributed: true, Provenance: acc},
		},
	}
	return formats.Item{Doc: d, Ann: a}
}

// Tricky are documents whose offsets differ in every unit: astral emoji,
// CJK, combining marks, CRLF line ends (one inside a quote), tabs, a quote
// at the very end, a document without annotations and an id that is not a
// safe file name.
func Tricky() []formats.Item {
	t1 := "Cafe\u0301 owner Jose\u0301 said:\r\n\t“Prices rise 😀😀 — again.”\r\n\r\nHe added that 北京 was next.\r\n"
	i1 := formats.Item{Doc: annot.Document{ID: 1, ExtID: "crlf/../../etc passwd", Text: t1}, Ann: annot.Annotations{
		Entities: []annot.Entity{{ID: 9, Name: "José", Label: annot.LabelPerson, Provenance: acc}},
		Mentions: []annot.Mention{
			{ID: 11, Span: at(t1, "Jose\u0301", 0), Label: annot.LabelPerson, Type: annot.MentionName, Entity: 9, Provenance: acc},
			{ID: 12, Span: at(t1, "He", 0), Label: annot.LabelPerson, Type: annot.MentionPronoun, Entity: 9, Provenance: acc},
			{ID: 13, Span: at(t1, "北京", 0), Label: annot.LabelGPE, Type: annot.MentionName, Provenance: sugg},
			{ID: 14, Span: at(t1, "Cafe\u0301", 0), Label: annot.LabelOrg, Type: annot.MentionName, Provenance: sugg},
		},
		Quotes: []annot.Quote{
			{ID: 21, Parts: []annot.Span{at(t1, "“Prices rise 😀😀 — again.”", 0)}, Kind: annot.KindDirect, Cue: at(t1, "said", 0), Speaker: 11, Provenance: acc},
			{ID: 22, Parts: []annot.Span{at(t1, "北京 was next", 0)}, Kind: annot.KindIndirect, Cue: at(t1, "added", 0), Speaker: 12, Provenance: sugg},
		},
	}}
	t2 := "“First line\r\nsecond line 🙂,” said Ann\tLee, then: “end 🙂”"
	i2 := formats.Item{Doc: annot.Document{ID: 2, ExtID: "quote-with-newline", Title: "Tabs\tand \"quotes\"", Text: t2}, Ann: annot.Annotations{
		Mentions: []annot.Mention{{ID: 1, Span: at(t2, "Ann\tLee", 0), Label: annot.LabelPerson, Type: annot.MentionName, Provenance: acc}},
		Quotes: []annot.Quote{
			{ID: 1, Parts: []annot.Span{at(t2, "“First line\r\nsecond line 🙂,”", 0)}, Kind: annot.KindDirect, Cue: at(t2, "said", 0), Speaker: 1, Provenance: acc},
			{ID: 2, Parts: []annot.Span{at(t2, "“end 🙂”", 0)}, Kind: annot.KindDirect, Speaker: 1, Provenance: acc},
		},
	}}
	t3 := "Nothing to see 👀 here.\n"
	i3 := formats.Item{Doc: annot.Document{ID: 3, Text: t3}}
	return []formats.Item{i1, i2, i3}
}

// All is the article followed by the tricky documents.
func All() []formats.Item { return append([]formats.Item{Article()}, Tricky()...) }

// Seq turns a slice into the iterator Export takes.
func Seq(items []formats.Item) formats.Items {
	return func(yield func(formats.Item) bool) error {
		for _, it := range items {
			if !yield(it) {
				return nil
			}
		}
		return nil
	}
}

// Export exports items to a fresh temporary path and returns it.
func Export(t testing.TB, format string, items []formats.Item, opt formats.Options) (string, formats.Manifest) {
	t.Helper()
	f, err := formats.Lookup(format)
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "out"+f.Ext)
	m, err := formats.Export(out, format, Seq(items), len(items), opt, nil)
	if err != nil {
		t.Fatalf("export %s: %v", format, err)
	}
	if !m.Verified || m.Counts.Documents != len(items) {
		t.Fatalf("export %s: manifest %+v", format, m.Counts)
	}
	return out, m
}

// RoundTrip exports items, reads them back as an importer would (Read, then
// Resolve onto the project's text) and checks that what came back equals
// what the format carries of each item, and that something came back.
func RoundTrip(t *testing.T, format string, items []formats.Item, opt formats.Options) {
	t.Helper()
	f, err := formats.Lookup(format)
	if err != nil {
		t.Fatal(err)
	}
	out, _ := Export(t, format, items, opt)
	var recs []formats.Record
	if err := f.Read(out, opt, func(r formats.Record) bool { recs = append(recs, r); return true }); err != nil {
		t.Fatalf("read %s: %v", out, err)
	}
	if len(recs) != len(items) {
		t.Fatalf("read %d records, exported %d", len(recs), len(items))
	}
	for i, r := range recs {
		it := items[i]
		if r.Err != nil {
			t.Errorf("%s: %v", r.Where(), r.Err)
			continue
		}
		if got, want := formats.DocName(r.Doc), formats.DocName(it.Doc); got != want {
			t.Errorf("record %d is %q, want %q", i, got, want)
		}
		a, err := formats.Resolve(r, it.Doc.Text)
		if err != nil {
			t.Errorf("%s: resolve: %v", r.Where(), err)
			continue
		}
		it.Ann = formats.Filter(it.Ann, opt.State)
		want := formats.Expected(f, it)
		got := formats.Expected(f, formats.Item{Doc: r.Doc, Ann: a})
		wb, _ := json.MarshalIndent(want, "", " ")
		gb, _ := json.MarshalIndent(got, "", " ")
		if !bytes.Equal(wb, gb) {
			t.Errorf("%s: round trip differs\nwant %s\n got %s", formats.DocName(it.Doc), wb, gb)
		}
		if len(it.Ann.Mentions) > 0 && len(a.Mentions) == 0 {
			t.Errorf("%s: no mentions came back", formats.DocName(it.Doc))
		}
	}
}

// Golden compares the files of an export of the article with testdata/golden
// (a file, or a folder for directory formats); -update rewrites them.
func Golden(t *testing.T, format string, opt formats.Options, name string) {
	t.Helper()
	out, _ := Export(t, format, []formats.Item{Article()}, opt)
	f, _ := formats.Lookup(format)
	files := map[string]string{} // golden path → output path
	if f.Dir {
		ents, err := os.ReadDir(out)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range ents {
			files[filepath.Join("testdata", name, e.Name())] = filepath.Join(out, e.Name())
		}
	} else {
		files[filepath.Join("testdata", name+f.Ext)] = out
		files[filepath.Join("testdata", name+f.Ext+".manifest.json")] = formats.ManifestPath(f, out)
	}
	for g, o := range files {
		got, err := os.ReadFile(o)
		if err != nil {
			t.Fatal(err)
		}
		if *Update {
			if err := os.MkdirAll(filepath.Dir(g), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(g, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(g)
		if err != nil {
			t.Fatalf("%v (run with -update to create it)", err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from the golden file (run with -update if the change is intended)\n got:\n%s", g, got)
		}
	}
}

// Decoder is the Decode of a line-based format package.
type Decoder func(r io.Reader, path string, yield func(formats.Record) bool) error

// DecodeOne decodes input, which must hold exactly one record, and returns it.
func DecodeOne(t testing.TB, decode Decoder, input string) formats.Record {
	t.Helper()
	var recs []formats.Record
	if err := decode(strings.NewReader(input), "in.jsonl", func(r formats.Record) bool { recs = append(recs, r); return true }); err != nil {
		t.Fatal(err)
	}
	if len(recs) != 1 {
		t.Fatalf("%d records, want 1", len(recs))
	}
	return recs[0]
}

// CheckErr checks a record's error against want, a part of the expected
// message ("" for none); it fails the test on a mismatch. It reports
// whether the record failed as expected, so that the caller stops there.
func CheckErr(t testing.TB, r formats.Record, want string) (failed bool) {
	t.Helper()
	if want != "" {
		if r.Err == nil || !strings.Contains(r.Err.Error(), want) {
			t.Fatalf("err %v, want %q", r.Err, want)
		}
		return true
	}
	if r.Err != nil {
		t.Fatal(r.Err)
	}
	return false
}

// CheckDecode is the body of the readers' fuzz tests: whatever decode makes
// of input, the records it accepts hold valid annotations and the ones it
// rejects say why.
func CheckDecode(t *testing.T, decode Decoder, input string) {
	_ = decode(strings.NewReader(input), "fuzz.jsonl", func(r formats.Record) bool {
		if r.Err == nil {
			if err := r.Ann.Validate(annot.NewOffsets(r.Doc.Text).Len()); err != nil {
				t.Fatalf("accepted invalid annotations: %v", err)
			}
		} else if r.Err.Error() == "" {
			t.Fatal("empty error")
		}
		return true
	})
}

// SharedPath is rel inside ../shared beside the module root; the test is
// skipped when it is absent.
func SharedPath(t testing.TB, rel string) string {
	t.Helper()
	dir, err := filepath.Abs(".")
	if err != nil {
		t.Skip(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			p := filepath.Join(dir, "..", "shared", rel)
			if _, err := os.Stat(p); err != nil {
				t.Skipf("%s not available", p)
			}
			return p
		}
		if filepath.Dir(dir) == dir {
			t.Skip("module root not found")
		}
		dir = filepath.Dir(dir)
	}
}
