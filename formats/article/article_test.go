package article

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

func utf16le(s string, bom bool) []byte {
	var b []byte
	if bom {
		b = []byte{0xFF, 0xFE}
	}
	for _, r := range s {
		if r >= 0x10000 {
			r -= 0x10000
			hi, lo := 0xD800+(r>>10), 0xDC00+(r&0x3FF)
			b = append(b, byte(hi), byte(hi>>8), byte(lo), byte(lo>>8))
			continue
		}
		b = append(b, byte(r), byte(r>>8))
	}
	return b
}

func utf16be(s string) []byte {
	le := utf16le(s, false)
	b := []byte{0xFE, 0xFF}
	for i := 0; i < len(le); i += 2 {
		b = append(b, le[i+1], le[i])
	}
	return b
}

func TestParseText(t *testing.T) {
	cases := []struct {
		name   string
		in     []byte
		text   string // "" = the input as a string
		title  string
		date   string
		notice string
		err    string
	}{
		{name: "date convention", in: []byte("date 2022-12-30 Mayor and council\n\nBody “quoted”.\n"), title: "Mayor and council", date: "2022-12-30"},
		{name: "leading space before date", in: []byte(" date 2022-12-30 Title here\nBody"), title: "Title here", date: "2022-12-30"},
		{name: "first line title", in: []byte("Harbour bridge reopens\nBody."), title: "Harbour bridge reopens"},
		{name: "blank first lines", in: []byte("\n\n  Title  \nBody"), title: "Title"},
		{name: "impossible date is title", in: []byte("date 2022-13-45 Title\nBody"), title: "date 2022-13-45 Title"},
		{name: "crlf kept", in: []byte("Title\r\nBody line\r\n"), title: "Title"},
		{name: "utf8 bom dropped", in: []byte("\xEF\xBB\xBFTitle\nBody"), text: "Title\nBody", title: "Title"},
		{name: "emoji and cjk", in: []byte("标题 😀\nBody"), title: "标题 😀"},
		{name: "long title clipped", in: []byte(strings.Repeat("word ", 100)), title: strings.TrimSpace(strings.Repeat("word ", 40)[:199]) + "…"},
		{name: "utf16le bom", in: utf16le("Title 😀\r\nBody", true), text: "Title 😀\r\nBody", title: "Title 😀", notice: "converted from UTF-16LE to UTF-8"},
		{name: "utf16be bom", in: utf16be("Title\nBody"), text: "Title\nBody", title: "Title", notice: "converted from UTF-16BE to UTF-8"},
		{name: "utf16 odd bytes", in: append(utf16le("Title", true), 'x'), err: "broken UTF-16"},
		{name: "utf16 lone surrogate", in: []byte{0xFF, 0xFE, 0x00, 0xD8, 'a', 0}, err: "unpaired surrogate"},
		{name: "empty", in: []byte{}, err: "empty"},
		{name: "bom only", in: []byte("\xEF\xBB\xBF"), err: "empty"},
		{name: "whitespace only", in: []byte(" \r\n\t\u00a0\n"), err: "only whitespace"},
		{name: "nul byte", in: []byte("Title\nBo\x00dy"), err: "NUL byte at offset 8"},
		{name: "png", in: []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), err: "PNG image"},
		{name: "zip", in: []byte("PK\x03\x04\x14\x00\x00\x00"), err: "ZIP archive"},
		{name: "invalid utf8", in: []byte("Title\nbad \xff\xfe byte"), err: "invalid UTF-8 at byte 10 (line 2)"},
		{name: "windows-1252", in: []byte("Title\nthe \x93bridge\x94 \x96 caf\xe9"), err: "WINDOWS-1252"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, notes, err := ParseText(c.in)
			if c.err != "" {
				if err == nil || !strings.Contains(err.Error(), c.err) {
					t.Fatalf("err = %v, want %q", err, c.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			want := c.text
			if want == "" {
				want = string(c.in)
			}
			if d.Text != want {
				t.Errorf("text = %q, want %q", d.Text, want)
			}
			if d.Title != c.title || d.Date != c.date {
				t.Errorf("title, date = %q, %q; want %q, %q", d.Title, d.Date, c.title, c.date)
			}
			if got := strings.Join(notes, "; "); got != c.notice {
				t.Errorf("notices = %q, want %q", got, c.notice)
			}
		})
	}
}

// TestSampleArticle reads the shared sample: its text must be the file
// byte for byte (gold offsets refer to it).
func TestSampleArticle(t *testing.T) {
	path := sharedPath(t, "corpus/sample/putin-xi-2022-12-30.txt")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	d, _, err := ParseText(data)
	if err != nil {
		t.Fatal(err)
	}
	// The title is the rest of the header line "date 2022-12-30 …".
	first, _, _ := strings.Cut(string(data), "\n")
	title, ok := strings.CutPrefix(strings.TrimSpace(first), "date 2022-12-30 ")
	if !ok || title == "" {
		t.Fatalf("the sample's first line %q is not a date header with a title", first)
	}
	if d.Text != string(data) || d.Date != "2022-12-30" || d.Title != strings.TrimSpace(title) {
		t.Errorf("title %q date %q", d.Title, d.Date)
	}
}

// sharedPath finds ../shared beside the module root, or skips.
func sharedPath(t *testing.T, rel string) string {
	t.Helper()
	dir, _ := filepath.Abs(".")
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			p := filepath.Join(dir, "..", "shared", rel)
			if _, err := os.Stat(p); err != nil {
				t.Skipf("%s not available", p)
			}
			return p
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("module root not found")
		}
		dir = parent
	}
}

type collected struct {
	items   []Item
	rejects []Issue
	notices []Issue
}

func (c *collected) handler() Handler {
	return Handler{
		Item:   func(it Item) { c.items = append(c.items, it) },
		Reject: func(is Issue) { c.rejects = append(c.rejects, is) },
		Notice: func(is Issue) { c.notices = append(c.notices, is) },
	}
}

func TestReadJSONL(t *testing.T) {
	in := strings.Join([]string{
		`{"id": "a1", "text": "First article.\r\nLine two.", "title": "First", "date": "2024-01-02", "url": "https://example.org/a", "source": "Example"}`,
		``,
		`{"id": 42, "text": "Numbered id, no title"}`,
		`{"text": "broken`,
		`{"id": "a1", "text": "Reused id"}`,
		`{"title": "no text"}`,
		`{"text": "   "}`,
		`{"text": "Bad date", "date": "yesterday"}`,
		"{\"text\": \"bad \xff byte\"}",
		`{"id": true, "text": "bool id"}`,
		`[1, 2]`,
		`{"text": "Last one without newline", "quotes": [{"start": 0, "end": 4}]}`,
	}, "\n")
	var c collected
	ReadJSONL("x.jsonl", strings.NewReader(in), c.handler())
	type got struct {
		Line  int
		ID    string
		Title string
		Date  string
	}
	var items []got
	for _, it := range c.items {
		items = append(items, got{it.Line, it.Doc.ExtID, it.Doc.Title, it.Doc.Date})
	}
	wantItems := []got{
		{1, "a1", "First", "2024-01-02"},
		{3, "42", "Numbered id, no title", ""},
		{8, "", "Bad date", ""},
		{12, "", "Last one without newline", ""},
	}
	if !reflect.DeepEqual(items, wantItems) {
		t.Errorf("items = %+v\nwant %+v", items, wantItems)
	}
	if c.items[0].Doc.Text != "First article.\r\nLine two." || c.items[0].Doc.URL != "https://example.org/a" || c.items[0].Doc.Source != "Example" {
		t.Errorf("first item = %+v", c.items[0].Doc)
	}
	wantRejects := map[int]string{
		4:  "broken JSON",
		5:  `id "a1" already used on line 1`,
		6:  `no "text" field`,
		7:  "empty text",
		9:  "invalid UTF-8",
		10: `"id" must be a string or a number`,
		11: "broken JSON",
	}
	if len(c.rejects) != len(wantRejects) {
		t.Errorf("rejects = %+v", c.rejects)
	}
	for _, r := range c.rejects {
		if w, ok := wantRejects[r.Line]; !ok || !strings.Contains(r.Reason, w) || r.Path != "x.jsonl" {
			t.Errorf("reject %s, want line %d %q", r, r.Line, w)
		}
	}
	if len(c.notices) != 1 || c.notices[0].Line != 8 || !strings.Contains(c.notices[0].Reason, "not YYYY-MM-DD") {
		t.Errorf("notices = %+v", c.notices)
	}
}

func TestReadJSONLEmpty(t *testing.T) {
	for _, in := range []string{"", "\n\n  \n"} {
		var c collected
		ReadJSONL("e.jsonl", strings.NewReader(in), c.handler())
		if len(c.items) != 0 || len(c.rejects) != 1 || c.rejects[0].Line != 0 || !strings.Contains(c.rejects[0].Reason, "empty") {
			t.Errorf("%q: items %v rejects %v", in, c.items, c.rejects)
		}
	}
}

func TestReadJSONLLongLine(t *testing.T) {
	long := `{"text": "` + strings.Repeat("a", MaxBytes+10) + `"}`
	in := long + "\n" + `{"text": "after"}` + "\n"
	var c collected
	ReadJSONL("l.jsonl", strings.NewReader(in), c.handler())
	if len(c.rejects) != 1 || c.rejects[0].Line != 1 || !strings.Contains(c.rejects[0].Reason, "too long") {
		t.Errorf("rejects = %v", c.rejects)
	}
	if len(c.items) != 1 || c.items[0].Line != 2 {
		t.Errorf("items = %+v", c.items)
	}
}

func TestFilesAndReadFile(t *testing.T) {
	dir := t.TempDir()
	write := func(rel string, data string) string {
		p := filepath.Join(dir, rel)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	a := write("a.txt", "date 2024-05-01 A title\nBody")
	b := write("sub/deeper/b.TXT", "B\nBody")
	write("sub/c.jsonl", `{"text":"c"}`)
	write("sub/notes.md", "ignored in folders")
	write(".hidden/d.txt", "hidden folder")
	write("sub/.e.txt", "hidden file")
	page := write("p.html", "<html><body>x</body></html>")
	md := write("direct.md", "named directly")

	emptyDir := filepath.Join(dir, "sub", "none")
	os.MkdirAll(emptyDir, 0o755)
	files, issues := Files([]string{dir, md, filepath.Join(dir, "missing.txt"), emptyDir})
	rel := func(ps []string) []string {
		var out []string
		for _, p := range ps {
			r, _ := filepath.Rel(dir, p)
			out = append(out, filepath.ToSlash(r))
		}
		return out
	}
	if want := []string{"a.txt", "p.html", "sub/c.jsonl", "sub/deeper/b.TXT", "direct.md"}; !reflect.DeepEqual(rel(files), want) {
		t.Errorf("files = %v, want %v", rel(files), want)
	}
	if len(issues) != 2 || !strings.Contains(issues[0].Path, "missing.txt") || issues[1].Path != emptyDir || !strings.Contains(issues[1].Reason, "no .txt") {
		t.Errorf("issues = %v", issues)
	}

	var c collected
	for _, f := range []string{a, b, md, page} {
		ReadFile(f, c.handler())
	}
	if len(c.items) != 2 || c.items[0].Doc.ExtID != "a" || c.items[0].Doc.Date != "2024-05-01" || c.items[1].Doc.ExtID != "b" {
		t.Errorf("items = %+v", c.items)
	}
	if len(c.rejects) != 2 || !strings.Contains(c.rejects[0].Reason, "unsupported file type") ||
		!strings.Contains(c.rejects[1].Reason, "HTML import is not available") {
		t.Errorf("rejects = %v", c.rejects)
	}
}

func TestReadFileTooLarge(t *testing.T) {
	p := filepath.Join(t.TempDir(), "big.txt")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	// A sparse file: the size check must refuse it without reading it.
	if err := f.Truncate(MaxBytes + 1); err != nil {
		t.Fatal(err)
	}
	f.Close()
	var c collected
	ReadFile(p, c.handler())
	if len(c.items) != 0 || len(c.rejects) != 1 || !strings.Contains(c.rejects[0].Reason, "too large") {
		t.Errorf("items %d, rejects %v", len(c.items), c.rejects)
	}
}

// Fuzz targets: no input may panic, and whatever is accepted is valid,
// non-blank UTF-8 without NUL.
func checkAccepted(t *testing.T, text string) {
	if !utf8.ValidString(text) || strings.IndexByte(text, 0) >= 0 || strings.TrimSpace(text) == "" {
		t.Fatalf("accepted bad text %q", text)
	}
}

func FuzzParseText(f *testing.F) {
	for _, s := range []string{"date 2022-12-30 T\nB", "T\r\nB", "\xEF\xBB\xBFx", "\xFF\xFEa\x00", "\xFE\xFF\x00a", "a\x00b", "caf\xe9", "", " \n"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		d, _, err := ParseText(b)
		if err != nil {
			return
		}
		checkAccepted(t, d.Text)
		if utf8.RuneCountInString(d.Title) > MaxTitle {
			t.Fatalf("title too long: %d", utf8.RuneCountInString(d.Title))
		}
		if d.Date != "" && !validDate(d.Date) {
			t.Fatalf("bad date %q", d.Date)
		}
	})
}

func FuzzReadJSONL(f *testing.F) {
	for _, s := range []string{`{"text":"a","id":"1"}`, "{\"text\":\"a\"}\n{\"text\":\"b\",\"id\":2}\n{", `{"text":"\u0000"}`, "\xEF\xBB\xBF{\"text\":\"x\"}", `{"id":1e400,"text":"x"}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		lines := map[int]bool{}
		ReadJSONL("f.jsonl", strings.NewReader(string(b)), Handler{
			Item: func(it Item) {
				checkAccepted(t, it.Doc.Text)
				if lines[it.Line] {
					t.Fatalf("line %d reported twice", it.Line)
				}
				lines[it.Line] = true
			},
			Reject: func(is Issue) {
				if is.Reason == "" || is.Path != "f.jsonl" {
					t.Fatalf("bad issue %+v", is)
				}
			},
		})
	})
}

func FuzzDecode(f *testing.F) {
	for _, s := range []string{"plain", "\x89PNG\r\n\x1a\n", "PK\x03\x04", "\xFF\xFE\x3D\xD8\x00\xDE"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		text, _, err := Decode(b)
		if err == nil {
			checkAccepted(t, text)
		}
	})
}
