package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The sample-made articles keep the headline, differ from their neighbours
// and hold every paragraph of the sample once.
func TestSampleArticles(t *testing.T) {
	arts := sampleArticles(5)
	if len(arts) != 5 {
		t.Fatalf("%d articles, want 5", len(arts))
	}
	for i, a := range arts {
		if !strings.HasPrefix(a.Text, "date ") {
			t.Errorf("article %d does not start with the headline line: %.40q", i, a.Text)
		}
		if len(a.Text) != len(arts[0].Text) {
			t.Errorf("article %d has %d bytes, article 0 %d: a paragraph was lost or doubled", i, len(a.Text), len(arts[0].Text))
		}
		if i > 0 && a.Text == arts[i-1].Text {
			t.Errorf("article %d is the same text as article %d", i, i-1)
		}
		if i > 0 && a.ID == arts[i-1].ID {
			t.Errorf("articles %d and %d share the id %q", i-1, i, a.ID)
		}
	}
}

// Articles round-trip through the JSONL file, and a bad line is named.
func TestWriteReadArticles(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.jsonl")
	if err := writeArticles(path, 3, ""); err != nil {
		t.Fatal(err)
	}
	arts, err := readArticles(path)
	if err != nil {
		t.Fatal(err)
	}
	if want := sampleArticles(3); len(arts) != 3 || arts[2] != want[2] {
		t.Errorf("read back %d articles, the last %.60q; want 3, the last %.60q", len(arts), arts[len(arts)-1].Text, want[2].Text)
	}
	bad := filepath.Join(dir, "bad.jsonl")
	if err := os.WriteFile(bad, []byte("{\"id\":\"a\",\"text\":\"x\"}\n{\"id\":\"b\"}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := readArticles(bad); err == nil || !strings.Contains(err.Error(), "bad.jsonl line 2") {
		t.Errorf("error %v, want one naming bad.jsonl line 2", err)
	}
}
