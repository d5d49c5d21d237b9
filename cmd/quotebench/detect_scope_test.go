package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDetectScope: an attitude ("plans to") is suggested with --scope all
// only; speech is suggested with both; an unknown scope is a usage error.
func TestDetectScope(t *testing.T) {
	in := filepath.Join(t.TempDir(), "in.jsonl")
	text := `{"id":"plan","text":"Acme Corp. plans to close two plants in the spring."}
{"id":"said","text":"Jo Doe said the two plants would close in the spring."}
`
	if err := os.WriteFile(in, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	count := func(args ...string) map[string]int {
		var stdout, stderr bytes.Buffer
		if code := run(append([]string{"detect"}, append(args, in)...), &stdout, &stderr); code != 0 {
			t.Fatalf("detect %v: exit %d: %s", args, code, stderr.String())
		}
		n := map[string]int{}
		for _, l := range strings.Split(strings.TrimSpace(stdout.String()), "\n") {
			var rec struct {
				ID     string
				Quotes []json.RawMessage
			}
			if err := json.Unmarshal([]byte(l), &rec); err != nil {
				t.Fatal(err)
			}
			n[rec.ID] = len(rec.Quotes)
		}
		return n
	}
	if n := count(); n["plan"] != 0 || n["said"] != 1 {
		t.Errorf("default scope: %v, want plan 0, said 1", n)
	}
	if n := count("--scope", "all"); n["plan"] != 1 || n["said"] != 1 {
		t.Errorf("scope all: %v, want plan 1, said 1", n)
	}
	var stdout, stderr bytes.Buffer
	if code := run([]string{"detect", "--scope", "most", in}, &stdout, &stderr); code != 2 || !strings.Contains(stderr.String(), "most") {
		t.Errorf("unknown scope: exit %d, stderr %q", code, stderr.String())
	}
}
