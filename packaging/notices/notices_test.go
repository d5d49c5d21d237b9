package main

import (
	"bytes"
	"os/exec"
	"strings"
	"testing"
)

// The notices name every module the Linux binary links, each with its
// licence text, the Go standard library's licence, and the data
// attribution (GeoNames CC BY 4.0, Wikidata CC0).
func TestNoticesCoverEveryModule(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go command:", err)
	}
	t.Chdir("../..")
	var buf bytes.Buffer
	if err := generate(&buf, "./cmd/quotebench", []string{"linux"}); err != nil {
		t.Fatal(err)
	}
	got := buf.String()
	ms, err := modules("./cmd/quotebench", []string{"linux"})
	if err != nil {
		t.Fatal(err)
	}
	if len(ms) < 10 {
		t.Fatalf("only %d modules found", len(ms))
	}
	for _, m := range ms {
		head := m.Path + " " + m.Version + "\n"
		i := strings.Index(got, head)
		if i < 0 {
			t.Errorf("no section for %s %s", m.Path, m.Version)
			continue
		}
		body := got[i+len(head):]
		if j := strings.Index(body[1:], "\n=="); j > 0 {
			body = body[:j]
		}
		if !strings.Contains(strings.ToLower(body), "licen") && !strings.Contains(strings.ToLower(body), "copyright") {
			t.Errorf("%s: the section has no licence text", m.Path)
		}
	}
	for _, want := range []string{
		"Go standard library", "Copyright 2009 The Go Authors",
		"fyne.io/fyne/v2 v2.8.1", "github.com/mattn/go-sqlite3",
		"GeoNames", "CC BY 4.0", "Wikidata", "CC0", "Apache License 2.0",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("notices lack %q", want)
		}
	}
}
