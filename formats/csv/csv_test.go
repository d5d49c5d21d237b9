package csv_test

import (
	"os"
	"strings"
	"testing"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/formats"
	"github.com/quotebench/quotebench/formats/csv"
	"github.com/quotebench/quotebench/formats/formatstest"
)

func TestGolden(t *testing.T) { formatstest.Golden(t, "csv", formats.Options{}, "article") }

// The tricky texts (CRLF and a tab inside quotes, emoji, an id with a slash)
// export, read back, and keep their offsets.
func TestTricky(t *testing.T) {
	out, m := formatstest.Export(t, "csv", formatstest.All(), formats.Options{})
	if m.Counts.Quotes != 9 {
		t.Errorf("%d quotes", m.Counts.Quotes)
	}
	rows, err := csv.Read(out)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 9 {
		t.Fatalf("%d rows", len(rows))
	}
	var found bool
	for _, r := range rows {
		if r[0] == "quote-with-newline" && r[1] == "1" {
			found = true
			if r[4] != "“First line\nsecond line 🙂,”" || r[8] != "0" || r[9] != "28" || r[5] != "Ann\tLee" {
				t.Errorf("row %q", r)
			}
		}
	}
	if !found {
		t.Error("no row for the quote with a line break")
	}
	b, _ := os.ReadFile(out)
	if !strings.HasPrefix(string(b), csv.BOM+"document,quote_id,") || !strings.Contains(string(b), "\"“First line\r\nsecond line 🙂,”\"") {
		t.Errorf("file does not start with BOM and header or lost the CRLF:\n%s", b)
	}
}

func TestReadErrors(t *testing.T) {
	dir := t.TempDir()
	for name, body := range map[string]string{
		"nobom.csv":  strings.Join(csv.Header, ",") + "\n",
		"header.csv": csv.BOM + "a,b\n",
		"short.csv":  csv.BOM + strings.Join(csv.Header, ",") + "\nx,1\n",
	} {
		p := dir + "/" + name
		os.WriteFile(p, []byte(body), 0o644)
		if _, err := csv.Read(p); err == nil || !strings.Contains(err.Error(), name) {
			t.Errorf("%s: err %v", name, err)
		}
	}
}

// Cells a spreadsheet would evaluate get a leading apostrophe.
func TestFormulaCells(t *testing.T) {
	text := "=SUM(1,2) said -Bob. @ann said +1."
	it := formats.Item{Doc: annot.Document{ExtID: "=id", Text: text}, Ann: annot.Annotations{
		Mentions: []annot.Mention{{ID: 1, Span: annot.Span{Start: 15, End: 19}, Label: "PERSON", Type: annot.MentionName}},
		Quotes: []annot.Quote{
			{ID: 1, Parts: []annot.Span{{Start: 0, End: 9}}, Kind: annot.KindDirect, Cue: annot.Span{Start: 10, End: 14}, Speaker: 1},
			{ID: 2, Parts: []annot.Span{{Start: 31, End: 33}}, Kind: annot.KindDirect, Unattributed: true},
		},
	}}
	rows, err := csv.Rows(it)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(rows[0][:8], "|"); got != "'=id|1|direct||'=SUM(1,2)|'-Bob|'-Bob|said" {
		t.Errorf("row %s", got)
	}
	if rows[1][4] != "'+1" {
		t.Errorf("row %q", rows[1])
	}
	formatstest.Export(t, "csv", []formats.Item{it}, formats.Options{})
}

// A quote whose speaker's entity is linked to the speaker registry carries
// the entry's stable id in speaker_id; the others leave it empty.
func TestSpeakerID(t *testing.T) {
	it := formatstest.Article()
	linked := 0
	for i := range it.Ann.Entities {
		if it.Ann.Entities[i].Label == annot.LabelPerson {
			it.Ann.Entities[i].Speaker = "spk-test" + it.Ann.Entities[i].Name
			linked++
		}
	}
	if linked == 0 {
		t.Fatal("the fixture has no person entity")
	}
	rows, err := csv.Rows(it)
	if err != nil {
		t.Fatal(err)
	}
	col := len(csv.Header) - 1
	if csv.Header[col] != "speaker_id" {
		t.Fatalf("last column %q", csv.Header[col])
	}
	with := 0
	for i, q := range it.Ann.Quotes {
		want := ""
		if m := it.Ann.Mention(q.Speaker); m != nil {
			if e := it.Ann.Entity(m.Entity); e != nil {
				want = e.Speaker
			}
		}
		if rows[i][col] != want {
			t.Errorf("quote %d: speaker_id %q, want %q", q.ID, rows[i][col], want)
		}
		if want != "" {
			with++
		}
	}
	if with == 0 {
		t.Error("no quote of the fixture speaks through a linked entity")
	}
}
