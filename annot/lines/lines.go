// Package lines reads a stream line by line in bounded memory: the one
// line reader of the JSONL readers (articles, gold and prediction files,
// exports read back and imported). A line longer than the limit is read
// past, never held, and reported as ErrTooLong; the next line reads on.
package lines

import (
	"bufio"
	"errors"
	"io"
)

// ErrTooLong is the error of a line longer than the reader's limit.
var ErrTooLong = errors.New("line too long")

// Reader reads lines of at most Max bytes.
type Reader struct {
	br  *bufio.Reader
	max int
	n   int
	buf []byte
}

// NewReader reads r; lines longer than max bytes (not counting their line
// end) are ErrTooLong.
func NewReader(r io.Reader, max int) *Reader {
	return &Reader{br: bufio.NewReaderSize(r, 64<<10), max: max}
}

// Next returns the next line without its line end ("\n" or "\r\n") and
// its 1-based number. At the end it returns io.EOF (with no line). A line
// over the limit comes back as nil with ErrTooLong. Any other error is the
// stream's. The line is valid until the next call.
func (r *Reader) Next() (line []byte, n int, err error) {
	r.buf = r.buf[:0]
	tooLong := false
	for {
		chunk, err := r.br.ReadSlice('\n')
		if !tooLong {
			if len(r.buf)+len(chunk) > r.max+2 { // room for "\r\n"
				tooLong, r.buf = true, r.buf[:0]
			} else {
				r.buf = append(r.buf, chunk...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if err == io.EOF && len(r.buf) == 0 && !tooLong {
			return nil, r.n, io.EOF
		}
		r.n++
		if err != nil && err != io.EOF {
			return nil, r.n, err
		}
		line := r.buf
		if k := len(line); k > 0 && line[k-1] == '\n' {
			line = line[:k-1]
			if k := len(line); k > 0 && line[k-1] == '\r' {
				line = line[:k-1]
			}
		}
		if tooLong || len(line) > r.max {
			return nil, r.n, ErrTooLong
		}
		return line, r.n, nil
	}
}
