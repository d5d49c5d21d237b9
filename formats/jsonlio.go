package formats

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"

	"github.com/quotebench/quotebench/annot"
)

// JSONLWriter writes one JSON value per item, each on its own line: the
// writer of the JSONL formats (jsonl, spacy, doccano). It implements Writer
// and ItemEncoder.
type JSONLWriter struct {
	f      *os.File
	w      *bufio.Writer
	encode func(i int, it Item) (any, error)
	n      int // items written
}

// NewJSONLWriter creates path; encode turns the i-th (0-based) item into the
// value of its line. encode must be safe for concurrent use.
func NewJSONLWriter(path string, encode func(i int, it Item) (any, error)) (*JSONLWriter, error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	return &JSONLWriter{f: f, w: bufio.NewWriterSize(f, 1<<16), encode: encode}, nil
}

// Write writes the next item's line.
func (w *JSONLWriter) Write(it Item) error {
	b, err := w.Encode(w.n, it)
	if err != nil {
		return err
	}
	return w.WriteEncoded(b)
}

// Encode implements ItemEncoder: the i-th item's line, with its '\n'.
func (w *JSONLWriter) Encode(i int, it Item) ([]byte, error) {
	v, err := w.encode(i, it)
	if err != nil {
		return nil, err
	}
	return MarshalLine(v)
}

// WriteEncoded implements ItemEncoder.
func (w *JSONLWriter) WriteEncoded(b []byte) error {
	w.n++
	_, err := w.w.Write(b)
	return err
}

// Close flushes and closes the file.
func (w *JSONLWriter) Close() error {
	err := w.w.Flush()
	if cerr := w.f.Close(); err == nil {
		err = cerr
	}
	return err
}

// LineSizer may be implemented by values given to MarshalLine: an estimate
// of the encoded size spares the buffer its regrowth.
type LineSizer interface{ LineSize() int }

// MarshalLine encodes v as JSON without HTML escaping, followed by '\n'
// (the bytes json.Encoder writes).
func MarshalLine(v any) ([]byte, error) {
	var buf bytes.Buffer
	if s, ok := v.(LineSizer); ok {
		buf.Grow(s.LineSize())
	}
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// ReadJSONL streams the records of the JSONL file at path, each line decoded
// by decode (see ReadLines and DecodeJSONLine).
func ReadJSONL(path string, decode func(line []byte) Record, yield func(Record) bool) error {
	f, err := OpenInput(path)
	if err != nil {
		return err
	}
	defer f.Close()
	return ReadLines(f, path, decode, yield)
}

// DecodeJSONLine makes a line decoder for ReadLines and ReadJSONL: it
// unmarshals the line into a T and lets conv fill the record, which starts
// with the given unit. A line that is not JSON is a record with an error.
func DecodeJSONLine[T any](unit annot.Unit, conv func(v T, rec *Record)) func(line []byte) Record {
	return func(b []byte) Record {
		rec := Record{Unit: unit}
		var v T
		if err := json.Unmarshal(b, &v); err != nil {
			rec.Err = BrokenJSON(err)
			return rec
		}
		conv(v, &rec)
		return rec
	}
}

// BrokenJSON is the error of a record that is not valid JSON.
func BrokenJSON(err error) error {
	return fmt.Errorf("%w: broken JSON: %v", annot.ErrInvalid, err)
}
