// Package csv writes one row per quote, for spreadsheets and quick counts:
//
//	document, quote_id, kind, state, quote, speaker, speaker_mention, cue,
//	start, end, parts, speaker_start, speaker_end, cue_start, cue_end, unattributed, doc,
//	speaker_id
//
// quote is the quote's text, the parts of a split quote joined by " … ";
// speaker is the canonical name (the linked entity's name, else the
// mention's text); offsets are code points, end exclusive; parts lists the
// parts of a split quote as "[start,end) [start,end)" (a form no spreadsheet
// mistakes for a date or a number); document is the document's external
// id and doc its number in the project, unique where external ids are not
// (a folder import names documents by file name: a/story.txt and
// b/story.txt are both "story"). speaker_id is the stable id of the speaker
// registry entry the speaker's entity is linked to (empty when none), the
// same across documents and exports. Documents without quotes have no rows.
//
// Encoding decisions, for LibreOffice Calc and Excel alike:
//   - UTF-8 with a byte order mark: Excel reads BOM-less CSV as the ANSI code
//     page and garbles “curly quotes”, emoji and CJK; LibreOffice recognises
//     the BOM and preselects UTF-8 in its import dialog.
//   - comma separator and RFC 4180 quoting: fields holding a comma, a double
//     quote or a line break are enclosed in double quotes, inner quotes doubled.
//   - records end with LF (both programs accept it); line breaks inside a
//     quote are written as they are in the text (CRLF stays CRLF), inside
//     the quoted field.
//   - a text cell starting with = + - @ (a formula to a spreadsheet) gets a
//     leading apostrophe, so "=SUM(1,2)" stays text instead of showing 3; the
//     offsets are exact in any case.
//
// Checked by hand with LibreOffice 7.4 (headless): with the import filter set
// to UTF-8 (CSV:44,34,76,1) every cell came back intact — curly quotes,
// emoji, CJK, combining marks, doubled double quotes, commas, line breaks
// and tabs inside cells. LibreOffice's headless default charset ignores the
// BOM and reads Windows-1252 (mojibake), so pick UTF-8 in the import dialog
// when it does not preselect it.
//
// CSV is export-only.
package csv

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/formats"
)

func init() {
	formats.Register(&formats.Format{
		Name:      "csv",
		Summary:   "CSV, one row per quote (UTF-8 with BOM, RFC 4180 quoting)",
		Ext:       ".csv",
		Unit:      annot.UnitCodePoint,
		NewWriter: NewWriter,
		Expect:    expect,
		ReadBack:  readBack,
	})
}

// Header is the first row.
var Header = []string{"document", "quote_id", "kind", "state", "quote", "speaker", "speaker_mention", "cue",
	"start", "end", "parts", "speaker_start", "speaker_end", "cue_start", "cue_end", "unattributed", "doc", "speaker_id"}

// docCol is the index of "doc", the project's document number.
const docCol = 16

// BOM is the UTF-8 byte order mark the file starts with.
const BOM = "\uFEFF"

// Rows gives an item's rows.
func Rows(it formats.Item) ([][]string, error) {
	text := it.Doc.Text
	o := annot.NewOffsets(text)
	runes := []rune(text)
	doc := formats.DocName(it.Doc)
	var rows [][]string
	num := strconv.Itoa
	for _, q := range it.Ann.Quotes {
		ext := q.Extent()
		var parts, texts []string
		for _, p := range q.Parts {
			t, err := o.Slice(p)
			if err != nil {
				return nil, fmt.Errorf("quote %d: %w", q.ID, err)
			}
			texts = append(texts, t)
			parts = append(parts, p.String())
		}
		quote := strings.Join(texts, " … ")
		docNum := ""
		if it.Doc.ID != 0 {
			docNum = strconv.FormatInt(int64(it.Doc.ID), 10)
		}
		var err error
		row := []string{doc, strconv.FormatInt(int64(q.ID), 10), string(q.Kind), string(q.State), quote,
			it.Ann.SpeakerName(runes, q), "", "", num(ext.Start), num(ext.End), strings.Join(parts, " "), "", "", "", "", "", docNum, ""}
		if m := it.Ann.Mention(q.Speaker); m != nil {
			if e := it.Ann.Entity(m.Entity); e != nil {
				row[17] = e.Speaker // the speaker registry's stable id, when linked
			}
			if row[6], err = o.Slice(m.Span); err != nil {
				return nil, fmt.Errorf("quote %d speaker: %w", q.ID, err)
			}
			row[11], row[12] = num(m.Start), num(m.End)
		}
		if !q.Cue.Empty() {
			if row[7], err = o.Slice(q.Cue); err != nil {
				return nil, fmt.Errorf("quote %d cue: %w", q.ID, err)
			}
			row[13], row[14] = num(q.Cue.Start), num(q.Cue.End)
		}
		if q.Unattributed {
			row[15] = "yes"
		}
		for _, k := range []int{0, 4, 5, 6, 7} {
			row[k] = defuse(row[k])
		}
		rows = append(rows, row)
	}
	return rows, nil
}

// defuse keeps spreadsheets from reading a text cell as a formula: a cell
// starting with = + - @ or a tab or CR gets a leading apostrophe (OWASP's
// advice against CSV injection).
func defuse(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

type writer struct {
	f *os.File
	b *bufio.Writer
	w *csv.Writer
}

// NewWriter writes CSV to path.
func NewWriter(path string, _ formats.Options) (formats.Writer, error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	b := bufio.NewWriterSize(f, 1<<16)
	b.WriteString(BOM)
	w := csv.NewWriter(b)
	if err := w.Write(Header); err != nil {
		f.Close()
		return nil, err
	}
	return &writer{f, b, w}, nil
}

func (w *writer) Write(it formats.Item) error {
	rows, err := Rows(it)
	if err != nil {
		return err
	}
	return w.w.WriteAll(rows)
}

func (w *writer) Close() error {
	w.w.Flush()
	err := w.w.Error()
	if ferr := w.b.Flush(); err == nil {
		err = ferr
	}
	if cerr := w.f.Close(); err == nil {
		err = cerr
	}
	return err
}

// normal is what survives a CSV reader: line breaks inside a quoted field
// come back as LF.
func normal(rows [][]string) [][]string {
	out := make([][]string, len(rows))
	for i, r := range rows {
		out[i] = make([]string, len(r))
		for k, c := range r {
			out[i][k] = annot.NormalizeNewlines(c)
		}
	}
	return out
}

func expect(it formats.Item, _ formats.Options) (any, error) {
	rows, err := Rows(it)
	if err != nil || len(rows) == 0 {
		return nil, err
	}
	return normal(rows), nil
}

// Read reads an exported CSV file's rows (without the header).
func Read(path string) ([][]string, error) {
	b, err := formats.ReadInput(path)
	if err != nil {
		return nil, err
	}
	b, ok := bytes.CutPrefix(b, []byte(BOM))
	if !ok {
		return nil, fmt.Errorf("%s: %w: no UTF-8 byte order mark", path, annot.ErrInvalid)
	}
	r := csv.NewReader(bytes.NewReader(b))
	r.FieldsPerRecord = len(Header)
	head, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if strings.Join(head, ",") != strings.Join(Header, ",") {
		return nil, fmt.Errorf("%s: %w: unexpected header %q", path, annot.ErrInvalid, head)
	}
	var rows [][]string
	for {
		row, err := r.Read()
		if err == io.EOF {
			return rows, nil
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		rows = append(rows, row)
	}
}

func readBack(path string, _ formats.Options, yield func(string, any, error) bool) error {
	rows, err := Read(path)
	if err != nil {
		return err
	}
	rows = normal(rows)
	last := docCol // doc: unique where document (the external id) may not be
	for i := 0; i < len(rows); {
		j := i
		for j < len(rows) && rows[j][0] == rows[i][0] && rows[j][last] == rows[i][last] {
			j++
		}
		id := rows[i][0]
		if len(id) > 1 && id[0] == '\'' && strings.ContainsRune("=+-@\t\r", rune(id[1])) {
			id = id[1:]
		}
		if !yield(id, rows[i:j], nil) {
			return nil
		}
		i = j
	}
	return nil
}
