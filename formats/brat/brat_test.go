package brat_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/formats"
	"github.com/quotebench/quotebench/formats/brat"
	"github.com/quotebench/quotebench/formats/formatstest"
)

func TestGolden(t *testing.T) {
	formatstest.Golden(t, "brat", formats.Options{}, "article")
	formatstest.Golden(t, "brat", formats.Options{LF: true, State: "accepted"}, "article-lf-accepted")
}

func TestRoundTrip(t *testing.T) {
	for _, opt := range []formats.Options{{}, {LF: true}, {State: "all"}} {
		formatstest.RoundTrip(t, "brat", formatstest.All(), opt)
	}
}

// File names come from document ids but never leave the output folder.
func TestSafeNames(t *testing.T) {
	out, _ := formatstest.Export(t, "brat", formatstest.All(), formats.Options{})
	ents, err := os.ReadDir(out)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range ents {
		names = append(names, e.Name())
	}
	want := "annotation.conf crlf_.._.._etc_passwd.ann crlf_.._.._etc_passwd.txt doc3.ann doc3.txt index.tsv manifest.json quote-with-newline.ann quote-with-newline.txt strike-2026-01-02.ann strike-2026-01-02.txt"
	if got := strings.Join(names, " "); got != want {
		t.Errorf("files\n got %s\nwant %s", got, want)
	}
	if _, err := os.Stat(filepath.Join(filepath.Dir(out), "etc")); err == nil {
		t.Error("export wrote outside its folder")
	}
}

// brat's own files for a CRLF text count CRLF as one character (universal
// newlines); FORMATS.md's example, with a CRLF and a second line.
func TestDecodeBratCRLF(t *testing.T) {
	text := "Strike 🔥 day: “We will not back down,” said Jane Smith of Unite.\r\nMore from Unite.\r\n"
	tests := []struct {
		name, ann string
		unit      annot.Unit
		err       string
	}{
		{"universal newlines", "T1\tQuote 14 38\t“We will not back down,”\nT2\tCue 39 43\tsaid\nT3\tPerson 44 54\tJane Smith\nT4\tOrganization 58 63\tUnite\nT5\tOrganization 75 80\tUnite\nR1\tSaidBy Arg1:T1 Arg2:T3\nR2\tMemberOf Arg1:T3 Arg2:T4\nA1\tQuoteType T1 Direct\nN1\tReference T3 Wikidata:Q00000\tJane Smith\n#1\tAnnotatorNotes T1\tspeaker resolved from byline\n*\tEquiv T4 T5\n",
			annot.UnitCodePoint, ""},
		{"utf16 legacy", "T1\tQuote 15 39\t“We will not back down,”\nT3\tPerson 45 55\tJane Smith\nR1\tSaidBy Arg1:T1 Arg2:T3\n", annot.UnitUTF16, ""},
		{"dangling relation", "T1\tQuote 14 38\t“We will not back down,”\nR1\tSaidBy Arg1:T1 Arg2:T9\n", "", "line 2"},
		{"bad offsets", "T1\tQuote 38 14\tx\n", "", "line 1"},
		{"no tab", "T1 Quote 14 38\n", "", "line 1"},
		{"wrong text", "T1\tQuote 14 38\tsomething else\n", "", "no unit"},
		{"quote as speaker", "T1\tQuote 14 38\t“We will not back down,”\nT2\tQuote 44 54\tJane Smith\nR1\tSaidBy Arg1:T1 Arg2:T2\n", "", "SAID_BY"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, unit, _, err := brat.Decode(text, tt.ann)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("err %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if unit != tt.unit {
				t.Errorf("unit %s, want %s", unit, tt.unit)
			}
			q := a.Quotes[0]
			if q.Parts[0] != (annot.Span{Start: 14, End: 38}) || q.Kind != annot.KindDirect {
				t.Errorf("quote %+v", q)
			}
			if got := a.SpeakerName([]rune(text), q); got != "Jane Smith" {
				t.Errorf("speaker %q", got)
			}
			if len(a.Mentions) > 3 {
				// "Unite" on the second line: code point 76 in the CRLF text
				m := a.Mentions[len(a.Mentions)-1]
				if string([]rune(text)[m.Start:m.End]) != "Unite" || m.Start != 76 {
					t.Errorf("second-line mention at %v", m.Span)
				}
				if m.Entity == 0 || a.Entity(m.Entity).Name != "Unite" {
					t.Errorf("Equiv did not make an entity: %+v", a.Entities)
				}
			}
		})
	}
}

func FuzzDecode(f *testing.F) {
	f.Add("“Yes,” she said, “we will.”\r\n", "T1\tQuote 0 6;17 27\t“Yes,” “we will.”\nT2\tPerson 7 10\tshe\nA1\tMentionType T2 pronoun\nR1\tSaidBy Arg1:T1 Arg2:T2\n#1\tAnnotatorNotes T2\tJane\n")
	f.Add("ab\ncd", "T1\tX 0 2;3 5\tab cd\n*\tEquiv T1 T1\nA1\tUnattributed T1\n")
	f.Fuzz(func(t *testing.T, text, ann string) {
		a, _, _, err := brat.Decode(text, ann)
		if err != nil {
			if err.Error() == "" {
				t.Fatal("empty error")
			}
			return
		}
		if err := a.Validate(annot.NewOffsets(text).Len()); err != nil {
			t.Fatalf("accepted invalid annotations: %v", err)
		}
	})
}
