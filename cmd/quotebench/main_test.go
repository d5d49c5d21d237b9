package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestOpensInWindow(t *testing.T) {
	dir := t.TempDir()
	article := filepath.Join(dir, "story.txt")
	if err := os.WriteFile(article, []byte("Title\n\nText."), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		arg  string
		want bool
	}{
		{filepath.Join(dir, "new.quotebench"), true}, // not there yet: the window creates it
		{filepath.Join(dir, "Old.QUOTEBENCH"), true},
		{article, true},
		{filepath.Join(dir, "missing.txt"), false},
		{"improt", false},
	} {
		if got := opensInWindow(tc.arg); got != tc.want {
			t.Errorf("opensInWindow(%q) = %v, want %v", tc.arg, got, tc.want)
		}
	}
}

func TestUnknownCommand(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run([]string{"improt"}, &out, &errb); code != 2 {
		t.Errorf("exit %d, want 2", code)
	}
	if !strings.Contains(errb.String(), `unknown command "improt"`) {
		t.Errorf("stderr %q does not name the command", errb.String())
	}
}
