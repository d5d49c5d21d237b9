package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"unicode/utf8"
)

// MaxLine is the longest JSONL line (one article) the readers accept.
const MaxLine = 256 << 20

// Lines calls fn for every non-blank line of r with its 1-based number. It
// reads line by line with bounded memory; a line longer than MaxLine is an
// error for that line and the rest continues.
func Lines(r io.Reader, fn func(n int, line []byte) error) error {
	br := bufio.NewReaderSize(r, 1<<16)
	var buf []byte
	for n := 1; ; n++ {
		buf = buf[:0]
		tooLong := false
		var err error
		for {
			var chunk []byte
			chunk, err = br.ReadSlice('\n')
			if len(buf)+len(chunk) <= MaxLine {
				buf = append(buf, chunk...)
			} else {
				tooLong = true
			}
			if !errors.Is(err, bufio.ErrBufferFull) {
				break
			}
		}
		if err != nil && err != io.EOF {
			return fmt.Errorf("line %d: %w", n, err)
		}
		if tooLong {
			if ferr := fn(n, nil); ferr != nil {
				return ferr
			}
		} else if len(bytes.TrimSpace(buf)) > 0 {
			if ferr := fn(n, buf); ferr != nil {
				return ferr
			}
		}
		if err == io.EOF {
			return nil
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
