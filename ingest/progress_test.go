package ingest

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A single large JSONL file is one input, yet the import says how far into
// it it got, every progressEvery articles.
func TestProgressInsideOneFile(t *testing.T) {
	s := newStore(t)
	path := filepath.Join(t.TempDir(), "big.jsonl")
	var b strings.Builder
	for i := 0; i < 2*progressEvery+10; i++ {
		fmt.Fprintf(&b, "{\"id\":\"a%d\",\"text\":\"Story %d: the mayor said the bridge would open.\"}\n", i, i)
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	var items []string
	rep, err := Importer{Store: s}.Import([]string{path}, func(done, total int, item string) {
		items = append(items, item)
	})
	if err != nil || len(rep.Added) != 2*progressEvery+10 {
		t.Fatalf("import: %d added, %v", len(rep.Added), err)
	}
	want := []string{path, fmt.Sprintf("%s: %d articles read", path, progressEvery), fmt.Sprintf("%s: %d articles read", path, 2*progressEvery), ""}
	if strings.Join(items, "|") != strings.Join(want, "|") {
		t.Errorf("progress items %q, want %q", items, want)
	}
}
