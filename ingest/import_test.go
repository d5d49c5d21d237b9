package ingest

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/store"
)

// Each duplicate of an import names the document it already is.
func TestImportDuplicateIDs(t *testing.T) {
	s := newStore(t)
	dir := t.TempDir()
	a := filepath.Join(dir, "a.txt")
	b := filepath.Join(dir, "b.jsonl")
	if err := os.WriteFile(a, []byte("One article.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(b, []byte(`{"id":"b1","text":"Two."}`+"\n"+`{"id":"b2","text":"Three."}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	first, err := importer(s, nil).Import([]string{a, b}, nil)
	if err != nil || len(first.Added) != 3 {
		t.Fatalf("first import: %+v %v", first, err)
	}
	again, err := importer(s, nil).Import([]string{b, a}, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []annot.DocID{first.Added[1], first.Added[2], first.Added[0]}
	if len(again.Added) != 0 || !reflect.DeepEqual(again.DuplicateIDs, want) || len(again.Duplicates) != len(want) {
		t.Errorf("again: duplicates %v ids %v, want ids %v", again.Duplicates, again.DuplicateIDs, want)
	}
}

// BenchmarkImport imports 100 articles of about 4 KB from a folder, each
// with suggestions, one transaction per article. Bytes/s is import speed.
func BenchmarkImport(b *testing.B) {
	dir := b.TempDir()
	para := "The minister said on Friday that the harbour bridge would reopen in May. “The repairs are on schedule,” she said. "
	total := 0
	for i := 0; i < 100; i++ {
		text := fmt.Sprintf("date 2026-03-%02d Article %d\n\n%s", i%28+1, i, strings.Repeat(para, 35))
		total += len(text)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("a%03d.txt", i)), []byte(text), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(int64(total))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		s, err := store.Open(filepath.Join(b.TempDir(), "imp"+store.Ext), store.Options{})
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		rep, err := importer(s, fakeDetect).Import([]string{dir}, nil)
		if err != nil || len(rep.Added) != 100 {
			b.Fatalf("added %d, %v", len(rep.Added), err)
		}
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(b.Elapsed().Seconds()*1000)/float64(b.N*100), "ms/article")
}
