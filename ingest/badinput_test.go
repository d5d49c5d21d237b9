package ingest

import (
	"bufio"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"unicode/utf8"

	"github.com/quotebench/quotebench/annot"
)

// repoFile finds a path relative to the module root.
func repoFile(t testing.TB, rel string) string {
	t.Helper()
	dir, _ := filepath.Abs(".")
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return filepath.Join(dir, rel)
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("module root not found")
		}
		dir = parent
	}
}

// writeBig streams head, repeated body up to size bytes, and tail to path.
func writeBig(t *testing.T, path, head, body string, size int, tail string) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriterSize(f, 1<<20)
	w.WriteString(head)
	for n := len(head); n < size; n += len(body) {
		w.WriteString(body)
	}
	w.WriteString(tail)
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}

type countingTransport struct{ n atomic.Int64 }

func (c *countingTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	c.n.Add(1)
	return nil, errors.New("network use forbidden in tests")
}

// fakeDetect suggests one mention on the first word, so that imports store
// suggestions too.
func fakeDetect(text string) annot.Annotations {
	end := strings.IndexFunc(text, func(r rune) bool { return r == ' ' || r == '\n' || r == '\r' })
	if end <= 0 {
		return annot.Annotations{}
	}
	n := utf8.RuneCountInString(text[:end])
	return annot.Annotations{Mentions: []annot.Mention{{ID: 1, Span: annot.Span{Start: 0, End: n}, Label: annot.LabelOrg,
		Provenance: annot.Provenance{Origin: annot.OriginDetector, State: annot.StateSuggested, Confidence: 0.5}}}}
}

// TestBadInput imports each input of testdata/badinput into a project that
// already holds a document with analyst decisions, settings and layers, and checks the
// documented outcome (testdata/badinput/README.md) and that nothing already
// stored changed.
func TestBadInput(t *testing.T) {
	dir := repoFile(t, "testdata/badinput")
	ct := &countingTransport{}
	saved := http.DefaultTransport
	http.DefaultTransport = ct
	defer func() { http.DefaultTransport = saved }()

	big := filepath.Join(t.TempDir(), "huge-100mb.txt")
	bigLine := filepath.Join(t.TempDir(), "huge-line.jsonl")
	if !testing.Short() {
		line := strings.Repeat("The minister said the bridge would reopen. ", 20)
		writeBig(t, big, "", line+"\n", 100<<20, "")
		writeBig(t, bigLine, `{"text": "`, line, 60<<20, "\"}\n{\"text\": \"A short one after the long line.\"}\n")
	}

	type rej struct {
		line   int
		reason string
	}
	cases := []struct {
		file    string
		added   int
		text    string // expected stored text of the first added document ("" = don't check)
		title   string
		notice  string
		rejects []rej
		long    bool
	}{
		{file: "invalid-utf8.txt", rejects: []rej{{0, "invalid UTF-8 at byte 46 (line 2)"}}},
		{file: "windows-1252.txt", rejects: []rej{{0, "iconv -f WINDOWS-1252 -t UTF-8"}}},
		{file: "utf16-bom.txt", added: 1, text: "Harbour ferry returns\r\nThe operator said “we are back” on Monday. 😀\r\n", title: "Harbour ferry returns", notice: "converted from UTF-16LE to UTF-8"},
		{file: "utf8-bom.txt", added: 1, text: "date 2026-02-01 Council approves budget\nThe mayor said “the numbers add up”.\n", title: "Council approves budget"},
		{file: "crlf.txt", added: 1, text: "Storm closes port\r\n\r\nOfficials said the port would reopen “as soon as it is safe”.\r\n", title: "Storm closes port"},
		{file: "nul-bytes.txt", rejects: []rej{{0, "binary file (NUL byte at offset 26)"}}},
		{file: "image.png", rejects: []rej{{0, `unsupported file type ".png"`}}},
		{file: "archive.zip", rejects: []rej{{0, `unsupported file type ".zip"`}}},
		{file: "png-named.txt", rejects: []rej{{0, "binary file (PNG image)"}}},
		{file: "zip-named.txt", rejects: []rej{{0, "binary file (ZIP archive)"}}},
		{file: "empty.txt", rejects: []rej{{0, "empty"}}},
		{file: "whitespace.txt", rejects: []rej{{0, "only whitespace"}}},
		{file: "broken-line.jsonl", added: 2, text: "Port workers strike\nThe union said the strike would last a week.", rejects: []rej{{2, "broken JSON"}}},
		{file: "duplicate-ids.jsonl", added: 1, rejects: []rej{{2, `id "d1" already used on line 1`}}},
		{file: "no-body.html", rejects: []rej{{0, "no article text found"}}},
		{file: "article.html", added: 1, title: "Bridge reopens in May"},
		{file: "missing.txt", rejects: []rej{{0, "no such file or directory"}}},
		{file: big, rejects: []rej{{0, "too large: 104857"}}, long: true},
		{file: bigLine, added: 1, rejects: []rej{{1, "line too long (limit 50 MiB)"}}, long: true},
	}
	for _, c := range cases {
		t.Run(filepath.Base(c.file), func(t *testing.T) {
			if c.long && testing.Short() {
				t.Skip("100 MB input skipped with -short")
			}
			s, _ := preparedProject(t)
			before := stateOf(t, s)
			journal, _ := s.Journal(0)

			path := c.file
			if !filepath.IsAbs(path) {
				path = filepath.Join(dir, c.file)
			}
			rep, err := importer(s, fakeDetect).Import([]string{path}, nil)
			if err != nil {
				t.Fatalf("Import: %v", err)
			}
			if len(rep.Added) != c.added {
				t.Errorf("added %d (%v), want %d; rejected %v", len(rep.Added), rep.AddedFrom, c.added, rep.Rejected)
			}
			if len(rep.Rejected) != len(c.rejects) {
				t.Fatalf("rejected %+v, want %+v", rep.Rejected, c.rejects)
			}
			for i, r := range rep.Rejected {
				if r.Path != path || r.Line != c.rejects[i].line || !strings.Contains(r.Reason, c.rejects[i].reason) {
					t.Errorf("rejected %+v, want %s line %d %q", r, path, c.rejects[i].line, c.rejects[i].reason)
				}
			}
			var notes []string
			for _, n := range rep.Notices {
				notes = append(notes, n.Reason)
			}
			if got := strings.Join(notes, "; "); got != c.notice {
				t.Errorf("notices %q, want %q", got, c.notice)
			}
			if c.added > 0 {
				d, err := s.Document(rep.Added[0])
				if err != nil {
					t.Fatal(err)
				}
				if c.text != "" && d.Text != c.text {
					t.Errorf("stored text %q, want %q", d.Text, c.text)
				}
				if c.title != "" && d.Title != c.title {
					t.Errorf("title %q, want %q", d.Title, c.title)
				}
				if sa, _ := s.Annotations(rep.Added[0]); len(sa.Mentions) != 1 {
					t.Errorf("suggestions not stored with the document: %+v", sa)
				}
			}
			// Nothing already stored changed: the documents there before
			// are still there, the same, and come first; the labels,
			// settings (the annotator among them), layers and choices are
			// as they were.
			for _, c := range before.changes(stateOf(t, s), c.added) {
				t.Error(c)
			}
			if j, _ := s.Journal(0); len(j) != len(journal) {
				t.Errorf("import touched the journal: %d entries, want %d", len(j), len(journal))
			}
		})
	}
	if n := ct.n.Load(); n != 0 {
		t.Errorf("import made %d network requests", n)
	}
}

// TestImportDetectorPanics: a detector that panics on one text costs that
// text its suggestions, not the import.
func TestImportDetectorPanics(t *testing.T) {
	s := newStore(t)
	dir := t.TempDir()
	for i, body := range []string{"Fine text one.", "PANIC here.", "Fine text two."} {
		os.WriteFile(filepath.Join(dir, fmt.Sprintf("%d.txt", i)), []byte(body), 0o644)
	}
	det := func(text string) annot.Annotations {
		if strings.HasPrefix(text, "PANIC") {
			panic("boom")
		}
		return fakeDetect(text)
	}
	rep, err := importer(s, det).Import([]string{dir}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Added) != 3 || len(rep.Notices) != 1 || !strings.Contains(rep.Notices[0].Reason, "detector: panic: boom") {
		t.Errorf("report = %+v", rep)
	}
}
