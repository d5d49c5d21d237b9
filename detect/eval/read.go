package eval

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"unicode/utf8"

	"github.com/quotebench/quotebench/annot/lines"
)

// MaxLine is the longest JSONL line (one article) the readers accept.
const MaxLine = 256 << 20

// Lines calls fn for every non-blank line of r with its 1-based number
// (annot/lines: bounded memory). A line longer than MaxLine is passed as
// nil, an error for that line, and the rest continues.
func Lines(r io.Reader, fn func(n int, line []byte) error) error {
	lr := lines.NewReader(r, MaxLine)
	for {
		line, n, err := lr.Next()
		switch {
		case err == io.EOF:
			return nil
		case errors.Is(err, lines.ErrTooLong):
			line = nil
		case err != nil:
			return fmt.Errorf("line %d: %w", n, err)
		case len(bytes.TrimSpace(line)) == 0:
			continue
		}
		if ferr := fn(n, line); ferr != nil {
			return ferr
		}
	}
}

// ParseLine decodes one JSONL line into a Record and checks it.
func ParseLine(line []byte) (Record, error) {
	var r Record
	line = bytes.TrimPrefix(line, []byte("\ufeff")) // a byte-order mark on the first line
	if line == nil {
		return r, fmt.Errorf("line longer than %d MB", MaxLine>>20)
	}
	if !utf8.Valid(line) {
		return r, errors.New("not valid UTF-8")
	}
	if err := json.Unmarshal(line, &r); err != nil {
		return r, fmt.Errorf("invalid JSON: %w", err)
	}
	if r.Text == "" {
		return r, errors.New(`no "text" field`)
	}
	return r, nil
}

// ReadFile reads a whole gold or prediction JSONL file. Any bad line is an
// error naming the file and the line.
func ReadFile(path string) ([]Record, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []Record
	err = Lines(f, func(n int, line []byte) error {
		r, err := ParseLine(line)
		if err != nil {
			return fmt.Errorf("line %d: %w", n, err)
		}
		out = append(out, r)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return out, nil
}
