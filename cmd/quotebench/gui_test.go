package main

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/app"
	"github.com/quotebench/quotebench/store"
)

// The window's opener: a second writer gets annot.ErrBusy, the JSONL export
// writes and verifies, and a duplicate article is found again.
func TestGUIOpener(t *testing.T) {
	dir := t.TempDir()
	o := &guiOpener{}
	p, err := o.open(filepath.Join(dir, "x"+store.Ext), false)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	// The window compares projects (p != wb.proj); an uncomparable dynamic
	// type would panic there, after an import or export.
	if !reflect.TypeOf(p).Comparable() {
		t.Fatalf("the opened project (%T) is not comparable", p)
	}
	if q := p; q != p {
		t.Fatal("a project differs from itself")
	}
	art := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(art, []byte("date 2026-04-01 Ferry fares rise\n\n“Prices must go up,” the operator said.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	rep, err := p.Import([]string{art}, nil)
	if err != nil || len(rep.Added) != 1 {
		t.Fatalf("import: %+v, %v", rep, err)
	}
	again, err := p.Import([]string{art}, nil)
	if err != nil || len(again.Added) != 0 || len(again.DuplicateIDs) != 1 || again.DuplicateIDs[0] != rep.Added[0] {
		t.Fatalf("importing again: %+v, %v; want the existing document %d", again, err, rep.Added[0])
	}

	_, err = o.open(filepath.Join(dir, "x"+store.Ext), false)
	if !errors.Is(err, annot.ErrBusy) {
		t.Errorf("opening a project twice: %v, want annot.ErrBusy", err)
	}

	out := filepath.Join(dir, "out")
	done := 0
	sum, err := o.export(p, app.ExportRequest{Format: "jsonl", Out: out}, func(d, n int) { done = d })
	if err != nil {
		t.Fatalf("export: %v", err)
	}
	if !strings.Contains(sum, "1 documents") || done == 0 {
		t.Errorf("export summary %q, progress %d", sum, done)
	}
	if b, err := os.ReadFile(out + ".jsonl"); err != nil || !strings.Contains(string(b), "Prices must go up") {
		t.Errorf("exported file: %v %q", err, b)
	}
	if _, err := o.export(p, app.ExportRequest{Format: "nosuch", Out: out}, func(int, int) {}); err == nil {
		t.Error("unknown format exported")
	}
	// the analyst's decisions only: nothing is decided yet, so no quote
	mine := filepath.Join(dir, "mine")
	sum, err = o.export(p, app.ExportRequest{Format: "jsonl", Out: mine, State: "accepted"}, func(int, int) {})
	if err != nil {
		t.Fatalf("export --state accepted: %v", err)
	}
	if !strings.Contains(sum, "0 quotes") {
		t.Errorf("exporting decisions only before any decision: %q, want 0 quotes", sum)
	}
	if _, err := o.export(p, app.ExportRequest{Format: "jsonl", Out: mine, State: "maybe"}, func(int, int) {}); err == nil {
		t.Error("unknown state filter exported")
	}
}

// `quotebench FILE.quotebench` (the desktop file, NSIS and MSI launch it so)
// opens that project; other files are articles to import into it.
func TestGUIArgs(t *testing.T) {
	p := "/data/press" + store.Ext
	for _, c := range []struct {
		name      string
		flag      string
		args      []string
		project   string
		articles  []string
		wantError bool
	}{
		{"project file", "", []string{p}, p, nil, false},
		{"upper-case extension", "", []string{"/data/X.QUOTEBENCH"}, "/data/X.QUOTEBENCH", nil, false},
		{"articles only", "", []string{"a.txt", "b.jsonl"}, "", []string{"a.txt", "b.jsonl"}, false},
		{"project and article", "", []string{p, "a.txt"}, p, []string{"a.txt"}, false},
		{"flag and the same file", p, []string{p}, p, nil, false},
		{"two projects", "", []string{p, "/other" + store.Ext}, "", nil, true},
		{"flag and another project", "/other" + store.Ext, []string{p}, "", nil, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			project, articles, err := guiArgs(c.flag, c.args)
			if (err != nil) != c.wantError {
				t.Fatalf("error %v, want error %v", err, c.wantError)
			}
			if c.wantError {
				return
			}
			if project != c.project || strings.Join(articles, "|") != strings.Join(c.articles, "|") {
				t.Errorf("project %q articles %q, want %q %q", project, articles, c.project, c.articles)
			}
		})
	}
}

// A speaker the detector made only for a quote is not exported once the
// analyst rejects the quote (the export's default leaves rejected out).
func TestExportLeavesOutDroppedSpeaker(t *testing.T) {
	dir := t.TempDir()
	o := &guiOpener{}
	p, err := o.open(filepath.Join(dir, "x"+store.Ext), false)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	art := filepath.Join(dir, "ferry.txt")
	if err := os.WriteFile(art, []byte("Ferry fares rise\n\n“Prices must go up,” the operator said.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	rep, err := p.Import([]string{art}, nil)
	if err != nil || len(rep.Added) != 1 {
		t.Fatalf("import: %+v, %v", rep, err)
	}
	a, err := p.Annotations(rep.Added[0])
	if err != nil || len(a.Quotes) != 1 || a.Mention(a.Quotes[0].Speaker) == nil {
		t.Fatalf("the detector found %+v (%v), want one quote with a speaker", a, err)
	}
	spk := a.Mention(a.Quotes[0].Speaker)
	if spk.Type == annot.MentionName {
		t.Skipf("the detector's speaker %+v is a name the tagger found; this test needs one made for the quote", *spk)
	}
	export := func(name string) string {
		sum, err := o.export(p, app.ExportRequest{Format: "jsonl", Out: filepath.Join(dir, name)}, func(int, int) {})
		if err != nil {
			t.Fatal(err)
		}
		return sum
	}
	if sum := export("before"); !strings.Contains(sum, "1 quotes, 1 mentions") {
		t.Fatalf("export before: %q", sum)
	}
	if err := p.SetQuoteState(a.Quotes[0].ID, annot.StateRejected); err != nil {
		t.Fatal(err)
	}
	if sum := export("after"); !strings.Contains(sum, "0 quotes, 0 mentions") {
		t.Errorf("export after rejecting the quote: %q, want neither the quote nor its speaker", sum)
	}
}

// The window detects with the project's scope: an attitude ("plans to") is
// suggested in a project whose scope is all, not in a speech project.
func TestGUIOpenerUsesProjectScope(t *testing.T) {
	dir := t.TempDir()
	art := filepath.Join(dir, "council.txt")
	if err := os.WriteFile(art, []byte("Council\n\nThe council plans to raise the parking fees next year.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	quotes := func(name, scope string) int {
		path := filepath.Join(dir, name+store.Ext)
		if scope != "" {
			var stdout, stderr bytes.Buffer
			if code := run([]string{"import", "--project", path, "--scope", scope, "--no-detect", filepath.Join(dir, "none")}, &stdout, &stderr); code == 2 {
				t.Fatalf("import --scope: %s", stderr.String())
			}
		}
		p, err := (&guiOpener{}).open(path, false)
		if err != nil {
			t.Fatal(err)
		}
		defer p.Close()
		rep, err := p.Import([]string{art}, nil)
		if err != nil || len(rep.Added) != 1 {
			t.Fatalf("import: %+v %v", rep, err)
		}
		a, err := p.Annotations(rep.Added[0])
		if err != nil {
			t.Fatal(err)
		}
		return len(a.Quotes)
	}
	if n := quotes("speech", ""); n != 0 {
		t.Errorf("speech project: %d quotes from an attitude", n)
	}
	if n := quotes("all", "all"); n != 1 {
		t.Errorf("project with scope all: %d quotes, want the attitude", n)
	}
}

// TestNoDisplayIsAClearError: without a display the window command says so
// and exits 1 (the toolkit had panicked in its driver); with one, nothing
// is said.
func TestNoDisplayIsAClearError(t *testing.T) {
	if runtime.GOOS == "windows" || runtime.GOOS == "darwin" {
		t.Skip("a display is always there on " + runtime.GOOS)
	}
	env := map[string]string{}
	get := func(k string) string { return env[k] }
	if why := noDisplay(get); !strings.Contains(why, "DISPLAY") {
		t.Errorf("no display: got %q", why)
	}
	env["WAYLAND_DISPLAY"] = "wayland-0"
	if why := noDisplay(get); why != "" {
		t.Errorf("Wayland display: got %q", why)
	}
	t.Setenv("DISPLAY", "")
	t.Setenv("WAYLAND_DISPLAY", "")
	var out, errb strings.Builder
	if code := run([]string{"--project", filepath.Join(t.TempDir(), "p.quotebench")}, &out, &errb); code != 1 || !strings.Contains(errb.String(), "cannot open the window") {
		t.Errorf("run without a display: code %d, stderr %q", code, errb.String())
	}
}
