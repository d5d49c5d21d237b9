package brat_test

import (
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/formats"
	"github.com/quotebench/quotebench/formats/formatstest"
)

// Documents whose ids are Windows device names (CON, aux, NUL.txt, LPT1,
// COM1, ...) get file names Windows can create: "CON" there is the console,
// whatever the case and extension. The ids themselves are kept (index.tsv)
// and the export reads back.
func TestWindowsDeviceNames(t *testing.T) {
	ids := []string{"CON", "aux", "NUL.txt", "LPT1", "com1", "prn.x.y", "Console", "CONIN$"}
	base := formatstest.Article()
	var items []formats.Item
	for i, id := range ids {
		it := base
		it.Doc.ID = base.Doc.ID + annot.DocID(100+i)
		it.Doc.ExtID = id
		items = append(items, it)
	}
	out, _ := formatstest.Export(t, "brat", items, formats.Options{})
	ents, err := os.ReadDir(out)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range ents {
		if strings.HasSuffix(e.Name(), ".txt") {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	want := []string{"CONIN_.txt", "CON_.txt", "Console.txt", "LPT1_.txt", "NUL_.txt.txt", "aux_.txt", "com1_.txt", "prn_.x.y.txt"}
	if strings.Join(names, " ") != strings.Join(want, " ") {
		t.Errorf("text files\n got %v\nwant %v", names, want)
	}
	idx, err := os.ReadFile(out + "/index.tsv")
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range ids {
		if !strings.Contains(string(idx), `"`+id+`"`) {
			t.Errorf("index.tsv lost the id %q:\n%s", id, idx)
		}
	}
}
