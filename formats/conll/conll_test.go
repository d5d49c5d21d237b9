package conll_test

import (
	"os"
	"strings"
	"testing"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/formats"
	"github.com/quotebench/quotebench/formats/conll"
	"github.com/quotebench/quotebench/formats/formatstest"
)

func TestGolden(t *testing.T) {
	formatstest.Golden(t, "conll", formats.Options{}, "article")
	formatstest.Golden(t, "conll", formats.Options{IOB1: true}, "article-iob1")
}

// Every tricky text exports and reads back (Export proves it).
func TestExportTricky(t *testing.T) {
	for _, opt := range []formats.Options{{}, {IOB1: true}} {
		out, m := formatstest.Export(t, "conll", formatstest.All(), opt)
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Count(string(b), conll.DocStart) != 4 || m.Unit != "token" {
			t.Errorf("%d documents, unit %s", strings.Count(string(b), conll.DocStart), m.Unit)
		}
		if !strings.Contains(string(b), "北京 -X- _ ") || !strings.Contains(string(b), "José") && !strings.Contains(string(b), "Jose\u0301 -X- _ ") {
			t.Errorf("CJK or combining-mark tokens missing:\n%s", b)
		}
	}
}

func TestTags(t *testing.T) {
	es := []conll.Entity{{0, 2, "PERSON"}, {2, 3, "PERSON"}, {4, 5, "ORG"}}
	tests := []struct {
		iob1 bool
		want string
	}{
		{false, "B-PERSON I-PERSON B-PERSON O B-ORG O"},
		{true, "I-PERSON I-PERSON B-PERSON O I-ORG O"},
	}
	for _, tt := range tests {
		tags := conll.Tags(6, es, tt.iob1, nil)
		if got := strings.Join(tags, " "); got != tt.want {
			t.Errorf("iob1=%v: %s, want %s", tt.iob1, got, tt.want)
		}
		back, err := conll.Decode(tags, tt.iob1)
		if err != nil || len(back) != 3 || back[0] != es[0] || back[1] != es[1] || back[2] != es[2] {
			t.Errorf("iob1=%v: decoded %v %v", tt.iob1, back, err)
		}
	}
	if _, err := conll.Decode([]string{"O", "I-ORG"}, false); err == nil {
		t.Error("IOB2 accepted I- after O")
	}
}

// Mentions that split tokens are widened and reported; overlaps keep the first.
func TestLint(t *testing.T) {
	text := "Jane Smith's union"
	it := formats.Item{Doc: annot.Document{ExtID: "x", Text: text}, Ann: annot.Annotations{Mentions: []annot.Mention{
		{ID: 1, Span: annot.Span{Start: 0, End: 10}, Label: "PERSON", Type: annot.MentionName},
		{ID: 2, Span: annot.Span{Start: 5, End: 18}, Label: "ORG", Type: annot.MentionName},
		{ID: 3, Span: annot.Span{Start: 13, End: 16}, Label: "ORG", Type: annot.MentionName},
	}}}
	out, m := formatstest.Export(t, "conll", []formats.Item{it}, formats.Options{})
	var checks []string
	for _, p := range m.Lint {
		checks = append(checks, p.Check)
	}
	if got := strings.Join(checks, " "); got != "mention-overlap token-boundary" {
		t.Errorf("lint %q", got)
	}
	b, _ := os.ReadFile(out)
	want := conll.DocStart + "\n\nJane -X- _ B-PERSON\nSmith -X- _ I-PERSON\n's -X- _ O\nunion -X- _ B-ORG\n\n"
	if string(b) != want {
		t.Errorf("got\n%s\nwant\n%s", b, want)
	}
}
