package csv_test

import (
	"os"
	"strings"
	"testing"

	"github.com/quotebench/quotebench/app/formats"
	"github.com/quotebench/quotebench/app/formats/csv"
	"github.com/quotebench/quotebench/app/formats/formatstest"
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
