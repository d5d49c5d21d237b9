package formats

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"runtime"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/annot/lines"
)

// MaxLine is the longest line a line-based reader takes (a whole article
// with its annotations is far shorter); longer lines are rejected.
const MaxLine = 64 << 20

// ReadLines streams the non-blank lines of a line-based file (JSONL),
// decodes them on every core and yields the records in file order, with
// their path and 1-based line number set. decode must be safe for
// concurrent use. Decoding is most of the cost of reading an export back,
// so this halves the read-back of a large export on two cores.
func ReadLines(r io.Reader, path string, decode func(line []byte) Record, yield func(Record) bool) error {
	type batch struct {
		lines [][]byte
		nums  []int
		out   chan []Record
	}
	const size = 32
	workers := max(1, runtime.GOMAXPROCS(0))
	work := make(chan *batch, workers)
	order := make(chan *batch, 2*workers)
	done := make(chan struct{})
	var readErr error

	go func() { // split into batches
		defer close(work)
		defer close(order)
		lr := lines.NewReader(r, MaxLine)
		b := &batch{out: make(chan []Record, 1)}
		send := func() bool {
			if len(b.lines) == 0 {
				return true
			}
			select {
			case order <- b:
			case <-done:
				return false
			}
			select {
			case work <- b:
			case <-done:
				return false
			}
			b = &batch{out: make(chan []Record, 1)}
			return true
		}
		for {
			line, n, err := lr.Next()
			switch {
			case err == io.EOF:
				send()
				return
			case errors.Is(err, lines.ErrTooLong):
				b.lines = append(b.lines, nil) // decoded as the error below
				b.nums = append(b.nums, n)
			case err != nil:
				readErr = fmt.Errorf("read %q line %d: %w", path, n, err)
				send()
				return
			case len(bytes.TrimSpace(line)) > 0:
				b.lines = append(b.lines, append([]byte(nil), line...))
				b.nums = append(b.nums, n)
			default:
				continue
			}
			if len(b.lines) == size && !send() {
				return
			}
		}
	}()
	for w := 0; w < workers; w++ {
		go func() {
			for b := range work {
				recs := make([]Record, len(b.lines))
				for i, l := range b.lines {
					if l == nil {
						recs[i] = Record{Err: fmt.Errorf("%w: line longer than %d MiB", annot.ErrInvalid, MaxLine>>20)}
					} else {
						recs[i] = decode(l)
					}
					recs[i].Path, recs[i].Line = path, b.nums[i]
				}
				b.out <- recs
			}
		}()
	}
	stopped := false
	for b := range order {
		if stopped {
			continue
		}
		for _, rec := range <-b.out {
			if !yield(rec) {
				stopped = true
				close(done)
				break
			}
		}
	}
	if stopped {
		return nil
	}
	return readErr
}
