// Package article reads news articles to import: plain text (.txt), web
// pages (.html, .htm, through the HTML func of the Handler: the store passes
// one built on a readability library, never fetching anything), and JSON
// Lines (.jsonl, one article per line). Folders are read
// recursively.
//
// The text of an article is stored exactly as it is in the file, because
// every offset refers to it: only a UTF-8 byte order mark is dropped, and
// CRLF line ends are kept (two code points). Inputs are refused, with the
// path, the line for JSONL and a reason, when they are empty or only
// whitespace, binary (NUL bytes, image or archive signatures), not valid
// UTF-8 (Windows-1252 included: guessing an encoding would silently shift
// offsets, so the reason says how to convert the file), or larger than
// MaxBytes. UTF-16 with a byte order mark is converted to UTF-8 with a notice.
package article

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/annot/lines"
	"github.com/quotebench/quotebench/formats"
)

// MaxBytes is the largest article accepted: a .txt or .html file, or one
// JSONL line. JSONL files themselves may be larger.
const MaxBytes = 50 << 20

// MaxTitle is the longest title derived from a text's first line, in code points.
const MaxTitle = 200

// Item is one article read from a file; Line is its JSONL line (0 otherwise).
type Item struct {
	Path string
	Line int
	Doc  annot.Document
}

// Where names an item's origin: "path" or "path:line".
func (it Item) Where() string { return annot.Rejected{Path: it.Path, Line: it.Line}.Where() }

// Issue is a refused input or a notice about a converted one: what an
// import reports as annot.Rejected.
type Issue = annot.Rejected

// Handler receives what a read produces. Nil funcs are skipped.
type Handler struct {
	Item   func(Item)
	Reject func(Issue)
	Notice func(Issue)

	// HTML extracts an article from a web page's bytes (see Decode). It is
	// supplied by the caller because the readability library links net/http
	// (and so cgo), which the core packages must not depend on. Nil: .html
	// and .htm files are refused.
	HTML func(data []byte) (annot.Document, []string, error)
}

func (h Handler) item(it Item) {
	if h.Item != nil {
		h.Item(it)
	}
}

func (h Handler) reject(path string, line int, format string, args ...any) {
	if h.Reject != nil {
		h.Reject(Issue{Path: path, Line: line, Reason: fmt.Sprintf(format, args...)})
	}
}

func (h Handler) notice(path string, line int, format string, args ...any) {
	if h.Notice != nil {
		h.Notice(Issue{Path: path, Line: line, Reason: fmt.Sprintf(format, args...)})
	}
}

// Supported reports whether a file name has an extension this package reads.
func Supported(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".html", ".htm", ".jsonl":
		return true
	}
	return false
}

// Files expands paths into the files to read: files named directly are kept
// whatever their extension (and refused later if unsupported); folders are
// walked recursively for supported files, skipping hidden entries. The result
// keeps the order of paths, each folder's files sorted.
func Files(paths []string) ([]string, []Issue) {
	var files []string
	var issues []Issue
	for _, p := range paths {
		fi, err := os.Stat(p)
		if err != nil {
			issues = append(issues, Issue{Path: p, Reason: cleanErr(err)})
			continue
		}
		if !fi.IsDir() {
			files = append(files, p)
			continue
		}
		var found []string
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				issues = append(issues, Issue{Path: path, Reason: cleanErr(err)})
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if path != p && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() || !Supported(d.Name()) {
				return nil
			}
			mode := d.Type()
			if mode&fs.ModeSymlink != 0 { // a link to a file is read as that file
				if fi, err := os.Stat(path); err == nil {
					mode = fi.Mode()
				}
			}
			if mode.IsRegular() {
				found = append(found, path)
			} else {
				// Named, not opened: a named pipe would wait for a writer.
				issues = append(issues, Issue{Path: path, Reason: "not a regular file but " + formats.FileKind(mode)})
			}
			return nil
		})
		if err != nil {
			issues = append(issues, Issue{Path: p, Reason: cleanErr(err)})
		}
		if len(found) == 0 && err == nil {
			issues = append(issues, Issue{Path: p, Reason: "no .txt, .html, .htm or .jsonl files in this folder"})
		}
		sort.Strings(found)
		files = append(files, found...)
	}
	return files, issues
}

func cleanErr(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// ReadFile reads one file by its extension and reports every article, refusal
// and notice to h. It never stops at a bad line.
func ReadFile(path string, h Handler) {
	ext := strings.ToLower(filepath.Ext(path))
	if !Supported(path) {
		h.reject(path, 0, "unsupported file type %q (want .txt, .html, .htm or .jsonl)", ext)
		return
	}
	// Stat before opening: opening a named pipe waits for a writer.
	fi, err := os.Stat(path)
	if err != nil {
		h.reject(path, 0, "%s", cleanErr(err))
		return
	}
	if !fi.Mode().IsRegular() {
		h.reject(path, 0, "not a regular file but %s", formats.FileKind(fi.Mode()))
		return
	}
	f, err := formats.OpenInput(path)
	if err != nil {
		h.reject(path, 0, "%s", cleanErr(err))
		return
	}
	defer f.Close()
	if ext == ".jsonl" {
		ReadJSONL(path, f, h)
		return
	}
	if fi.Size() > MaxBytes {
		h.reject(path, 0, "too large: %d bytes (limit %d MiB)", fi.Size(), MaxBytes>>20)
		return
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxBytes+1))
	if err != nil {
		h.reject(path, 0, "read: %s", cleanErr(err))
		return
	}
	if len(data) > MaxBytes {
		h.reject(path, 0, "too large: more than %d MiB", MaxBytes>>20)
		return
	}
	var doc annot.Document
	var notes []string
	switch ext {
	case ".txt":
		doc, notes, err = ParseText(data)
	default:
		if h.HTML == nil {
			h.reject(path, 0, "HTML import is not available here")
			return
		}
		doc, notes, err = h.HTML(data)
	}
	for _, n := range notes {
		h.notice(path, 0, "%s", n)
	}
	if err != nil {
		h.reject(path, 0, "%v", err)
		return
	}
	if doc.ExtID == "" {
		base := filepath.Base(path)
		doc.ExtID = strings.TrimSuffix(base, filepath.Ext(base))
	}
	h.item(Item{Path: path, Doc: doc})
}

// Decode turns file bytes into the text to store: a UTF-8 BOM is dropped,
// UTF-16 with a BOM is converted (reported in the notices), anything binary,
// invalid, empty or whitespace-only is an error.
func Decode(data []byte) (text string, notices []string, err error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		le := data[0] == 0xFF
		s, err := fromUTF16(data[2:], le)
		if err != nil {
			return "", nil, err
		}
		name := "UTF-16BE"
		if le {
			name = "UTF-16LE"
		}
		notices = append(notices, "converted from "+name+" to UTF-8")
		data = []byte(s)
	}
	if kind := binaryKind(data); kind != "" {
		return "", notices, fmt.Errorf("binary file (%s)", kind)
	}
	if !utf8.Valid(data) {
		return "", notices, invalidUTF8(data)
	}
	if len(data) == 0 {
		return "", notices, errors.New("empty")
	}
	if len(bytes.TrimFunc(data, unicode.IsSpace)) == 0 {
		return "", notices, errors.New("only whitespace")
	}
	return string(data), notices, nil
}

func fromUTF16(b []byte, le bool) (string, error) {
	if len(b)%2 != 0 {
		return "", errors.New("broken UTF-16: odd number of bytes")
	}
	u := make([]uint16, len(b)/2)
	for i := range u {
		if le {
			u[i] = uint16(b[2*i]) | uint16(b[2*i+1])<<8
		} else {
			u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
		}
	}
	for i := 0; i < len(u); i++ {
		switch c := u[i]; {
		case c >= 0xD800 && c < 0xDC00:
			if i+1 >= len(u) || u[i+1] < 0xDC00 || u[i+1] >= 0xE000 {
				return "", fmt.Errorf("broken UTF-16: unpaired surrogate at unit %d", i)
			}
			i++
		case c >= 0xDC00 && c < 0xE000:
			return "", fmt.Errorf("broken UTF-16: unpaired surrogate at unit %d", i)
		}
	}
	return string(utf16.Decode(u)), nil
}

// binaryKind names a binary format by its signature or NUL bytes, or "".
func binaryKind(b []byte) string {
	sigs := []struct {
		magic string
		name  string
	}{
		{"\x89PNG\r\n\x1a\n", "PNG image"},
		{"PK\x03\x04", "ZIP archive"},
		{"PK\x05\x06", "ZIP archive"},
		{"\x1f\x8b", "gzip archive"},
		{"%PDF-", "PDF document"},
		{"\xff\xd8\xff", "JPEG image"},
		{"GIF87a", "GIF image"},
		{"GIF89a", "GIF image"},
		{"SQLite format 3\x00", "SQLite database"},
		{"\x7fELF", "executable"},
	}
	for _, s := range sigs {
		if bytes.HasPrefix(b, []byte(s.magic)) {
			return s.name
		}
	}
	if i := bytes.IndexByte(b, 0); i >= 0 {
		return fmt.Sprintf("NUL byte at offset %d", i)
	}
	return ""
}

func invalidUTF8(b []byte) error {
	off := 0
	for off < len(b) {
		r, size := utf8.DecodeRune(b[off:])
		if r == utf8.RuneError && size <= 1 {
			break
		}
		off += size
	}
	line := 1 + bytes.Count(b[:off], []byte{'\n'})
	return fmt.Errorf("invalid UTF-8 at byte %d (line %d); if the file is Windows-1252 or Latin-1, convert it first: iconv -f WINDOWS-1252 -t UTF-8", off, line)
}

var dateLine = regexp.MustCompile(`^date (\d{4}-\d{2}-\d{2}) (.+)$`)

// ParseText reads a .txt article. Its first line gives the title, or the
// date and title when it reads "date YYYY-MM-DD Title". The text is the whole
// file, first line included.
func ParseText(data []byte) (annot.Document, []string, error) {
	text, notes, err := Decode(data)
	if err != nil {
		return annot.Document{}, notes, err
	}
	d := annot.Document{Text: text}
	first := firstLine(text)
	if m := dateLine.FindStringSubmatch(first); m != nil && validDate(m[1]) {
		d.Date, d.Title = m[1], strings.TrimSpace(m[2])
	} else {
		d.Title = first
	}
	d.Title = clip(d.Title)
	return d, notes, nil
}

// FirstLine is the first non-blank line of text, trimmed and clipped to
// MaxTitle: the title of an article that has none.
func FirstLine(text string) string { return clip(firstLine(text)) }

// ValidDate reports whether s is a real YYYY-MM-DD date.
func ValidDate(s string) bool { return validDate(s) }

// firstLine is the first non-blank line, trimmed.
func firstLine(text string) string {
	for _, l := range strings.Split(text, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			return l
		}
	}
	return ""
}

func clip(s string) string {
	if utf8.RuneCountInString(s) <= MaxTitle {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:MaxTitle-1])) + "…"
}

func validDate(s string) bool {
	_, err := time.Parse("2006-01-02", s)
	return err == nil
}

// jsonArticle is one JSONL line; other fields (annotations) are ignored here.
type jsonArticle struct {
	Text   *string         `json:"text"`
	ID     json.RawMessage `json:"id"`
	Title  string          `json:"title"`
	Date   string          `json:"date"`
	URL    string          `json:"url"`
	Source string          `json:"source"`
}

// ReadJSONL reads one article per line. Blank lines are skipped; a broken
// line, a line without text, a repeated id or a line over MaxBytes is
// refused with its number, and the rest is read on.
func ReadJSONL(path string, r io.Reader, h Handler) {
	lr := lines.NewReader(r, MaxBytes)
	ids := map[string]int{}
	seen := false
	for {
		b, line, err := lr.Next()
		if err == io.EOF {
			break
		}
		tooLong := errors.Is(err, lines.ErrTooLong)
		if err != nil && !tooLong {
			h.reject(path, line, "read: %s", cleanErr(err))
			return
		}
		if tooLong {
			h.reject(path, line, "line too long (limit %d MiB)", MaxBytes>>20)
		} else if len(bytes.TrimSpace(b)) > 0 {
			seen = true
			if line == 1 {
				b = bytes.TrimPrefix(b, []byte{0xEF, 0xBB, 0xBF})
			}
			d, notes, err := parseJSONLine(b)
			for _, n := range notes {
				h.notice(path, line, "%s", n)
			}
			if err != nil {
				h.reject(path, line, "%v", err)
			} else if prev, dup := ids[d.ExtID]; dup && d.ExtID != "" {
				h.reject(path, line, "id %q already used on line %d", d.ExtID, prev)
			} else {
				if d.ExtID != "" {
					ids[d.ExtID] = line
				}
				h.item(Item{Path: path, Line: line, Doc: d})
			}
		}
	}
	if !seen {
		h.reject(path, 0, "empty: no articles")
	}
}

// ParseJSONLine reads one JSONL line (without its line end).
func ParseJSONLine(b []byte) (annot.Document, []string, error) { return parseJSONLine(b) }

func parseJSONLine(b []byte) (annot.Document, []string, error) {
	var notes []string
	if kind := binaryKind(b); kind != "" {
		return annot.Document{}, nil, fmt.Errorf("binary data (%s)", kind)
	}
	if !utf8.Valid(b) {
		return annot.Document{}, nil, invalidUTF8(b)
	}
	var a jsonArticle
	if err := json.Unmarshal(b, &a); err != nil {
		return annot.Document{}, nil, fmt.Errorf("broken JSON: %v", err)
	}
	if a.Text == nil {
		return annot.Document{}, nil, errors.New(`no "text" field`)
	}
	if strings.TrimSpace(*a.Text) == "" {
		return annot.Document{}, nil, errors.New("empty text")
	}
	if strings.IndexByte(*a.Text, 0) >= 0 {
		return annot.Document{}, nil, errors.New("text contains NUL characters")
	}
	if !utf8.ValidString(*a.Text) {
		return annot.Document{}, nil, errors.New("text is not valid UTF-8")
	}
	d := annot.Document{Text: *a.Text, Title: clip(strings.TrimSpace(a.Title)), URL: a.URL, Source: a.Source}
	if id := bytes.TrimSpace(a.ID); len(id) > 0 && string(id) != "null" {
		switch {
		case id[0] == '"':
			if err := json.Unmarshal(id, &d.ExtID); err != nil {
				return annot.Document{}, nil, fmt.Errorf(`bad "id": %v`, err)
			}
		case id[0] == '-' || (id[0] >= '0' && id[0] <= '9'):
			d.ExtID = string(id)
		default:
			return annot.Document{}, nil, errors.New(`"id" must be a string or a number`)
		}
	}
	if a.Date != "" {
		if validDate(a.Date) {
			d.Date = a.Date
		} else {
			notes = append(notes, fmt.Sprintf("date %q is not YYYY-MM-DD; left empty", a.Date))
		}
	}
	if d.Title == "" {
		d.Title = clip(firstLine(d.Text))
	}
	return d, notes, nil
}
