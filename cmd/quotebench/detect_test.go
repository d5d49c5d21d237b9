package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDetectCommandJSONL(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.jsonl")
	lines := `{"id":"a","text":"“We will win,” said Ann Lee."}
{"id":"b", broken
{"id":"c","text":"Officials said the bridge would reopen in May."}
`
	if err := os.WriteFile(in, []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	code := run([]string{"detect", in}, &stdout, &stderr)
	if code != 1 {
		t.Errorf("exit status %d, want 1 after a broken line", code)
	}
	if !strings.Contains(stderr.String(), "in.jsonl:2:") {
		t.Errorf("stderr does not name line 2: %q", stderr.String())
	}
	var ids []string
	for _, l := range strings.Split(strings.TrimSpace(stdout.String()), "\n") {
		var rec struct {
			ID     string
			Text   string
			Quotes []struct {
				Start, End int
				Type       string
				Speaker    *string
				QuoteID    int `json:"quote_id"`
			}
		}
		if err := json.Unmarshal([]byte(l), &rec); err != nil {
			t.Fatalf("output line %q: %v", l, err)
		}
		ids = append(ids, rec.ID)
		if len(rec.Quotes) != 1 {
			t.Errorf("%s: %d quotes, want 1", rec.ID, len(rec.Quotes))
			continue
		}
		q := rec.Quotes[0]
		if rec.ID == "a" && (q.Type != "direct" || q.Speaker == nil || *q.Speaker != "Ann Lee" || string([]rune(rec.Text)[q.Start:q.End]) != "“We will win,”") {
			t.Errorf("a: got %+v", q)
		}
		if rec.ID == "c" && q.Type != "indirect" {
			t.Errorf("c: got %+v", q)
		}
	}
	if strings.Join(ids, ",") != "a,c" {
		t.Errorf("ids %v, want a,c", ids)
	}
}

func TestDetectCommandBadText(t *testing.T) {
	dir := t.TempDir()
	bin := filepath.Join(dir, "x.txt")
	if err := os.WriteFile(bin, []byte("ab\x00\xff"), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	if code := run([]string{"detect", bin}, &stdout, &stderr); code != 1 {
		t.Errorf("exit status %d, want 1", code)
	}
	if !strings.Contains(stderr.String(), "x.txt") || stdout.Len() != 0 {
		t.Errorf("stderr %q stdout %q", stderr.String(), stdout.String())
	}
}

func TestEvalCommand(t *testing.T) {
	dir := t.TempDir()
	gold := filepath.Join(dir, "gold.jsonl")
	g := `{"id":"a","text":"“We will win,” said Ann Lee.","quotes":[{"start":0,"end":14,"type":"direct","speaker":"Ann Lee","speaker_start":20,"speaker_end":27}],"entities":[{"start":20,"end":27,"label":"PERSON","text":"Ann Lee"}]}` + "\n"
	if err := os.WriteFile(gold, []byte(g), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	if code := run([]string{"eval", "--gold", gold, "--json"}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit status %d: %s", code, stderr.String())
	}
	var rep struct {
		Cover30 struct{ Found, Gold int }
		Speaker struct{ Name struct{ OK, Total int } }
	}
	if err := json.Unmarshal(stdout.Bytes(), &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Cover30.Found != 1 || rep.Cover30.Gold != 1 || rep.Speaker.Name.OK != 1 {
		t.Errorf("report %+v", rep)
	}
	if code := run([]string{"eval"}, &stdout, &stderr); code != 2 {
		t.Errorf("eval without --gold: status %d, want 2", code)
	}
}
