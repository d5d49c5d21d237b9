package formats

import (
	"fmt"

	"github.com/quotebench/quotebench/annot"
)

// verify is the second step: read the output back with the format's own
// reader and compare every document with its expectation.
func (e *exporter) verify() error {
	v := &verifier{e: e, total: 2 * max(e.n, e.count)}
	var rerr error
	if e.f.ReadBack != nil {
		rerr = e.f.ReadBack(e.tmp, e.opt, func(name string, got any, err error) bool {
			var p print
			if err == nil {
				p, err = fingerprint(got)
			}
			return v.check(name, p, err)
		})
	} else {
		rerr = v.records()
	}
	if v.err == nil && rerr != nil {
		v.err = fmt.Errorf("%w: %v", ErrMismatch, rerr)
	}
	v.skip()
	if v.err == nil && v.i != len(e.wants) {
		v.err = fmt.Errorf("%w: %d documents written, %d read back", ErrMismatch, len(e.wants), v.i)
	}
	return v.err
}

// verifier walks the expectations as the output is read back.
type verifier struct {
	e     *exporter
	i     int // the next expectation
	total int
	err   error
}

// skip passes the documents the output cannot show (a CSV row-less document).
func (v *verifier) skip() {
	for v.i < len(v.e.wants) && v.e.wants[v.i].skip {
		v.i++
		v.e.progress(v.e.count+v.i, v.total)
	}
}

// check compares the next document read back (its name, "" when the
// output does not carry names, and fingerprint) with the next expectation.
func (v *verifier) check(name string, got print, err error) bool {
	v.skip()
	if err == nil && v.i >= len(v.e.wants) {
		err = fmt.Errorf("%w: more documents read back than written", ErrMismatch)
	}
	if err == nil && name != "" && name != v.e.wants[v.i].name {
		err = fmt.Errorf("%w: document %d reads back as %q, was written as %q", ErrMismatch, v.i+1, name, v.e.wants[v.i].name)
	}
	if err == nil && got.sum != v.e.wants[v.i].print.sum {
		want := v.e.wants[v.i]
		err = fmt.Errorf("%w: document %q reads back differently: %s", ErrMismatch, want.name, want.print.diff(got))
	}
	if err != nil {
		v.err = err
		return false
	}
	v.i++
	v.e.progress(v.e.count+v.i, v.total)
	return true
}

// records reads the output back as documents with annotations (the
// generic read-back). Records are fingerprinted in batches on every core.
// Formats read this way show every document, so record k is wants[i+k].
func (v *verifier) records() error {
	type result struct {
		name  string
		print print
		err   error
	}
	var recs []Record
	process := func() bool {
		res := make([]result, len(recs))
		base := v.i
		parallel(len(recs), func(k int) {
			r := &res[k]
			if base+k >= len(v.e.wants) {
				r.err = fmt.Errorf("%w: more documents read back than written", ErrMismatch)
				return
			}
			r.name, r.print, r.err = v.e.readBack(recs[k], v.e.wants[base+k])
		})
		for _, r := range res {
			if !v.check(r.name, r.print, r.err) {
				return false
			}
		}
		recs = recs[:0]
		return true
	}
	err := v.e.f.Read(v.e.tmp, v.e.opt, func(rec Record) bool {
		recs = append(recs, rec)
		return len(recs) < batchSize || process()
	})
	if v.err == nil && err == nil {
		process()
	}
	return err
}

// readBack checks one record read back against the text it was written
// from and fingerprints what it holds.
func (e *exporter) readBack(rec Record, w expect) (string, print, error) {
	if rec.Err != nil {
		return "", print{}, fmt.Errorf("%w: %s: %v", ErrMismatch, rec.Where(), rec.Err)
	}
	if annot.TextHash(rec.Doc.Text) == w.sha {
		if err := rec.Ann.Validate(annot.NewOffsets(rec.Doc.Text).Len()); err != nil {
			return "", print{}, fmt.Errorf("%w: %s: %v", ErrMismatch, rec.Where(), err)
		}
	} else if w.crText != "" {
		a, err := Resolve(rec, w.crText)
		if err != nil {
			return "", print{}, fmt.Errorf("%w: %s: %v", ErrMismatch, rec.Where(), err)
		}
		rec.Ann, rec.Doc.Text = a, w.crText
	} else {
		return "", print{}, fmt.Errorf("%w: %s: the text of %q differs from the project's", ErrMismatch, rec.Where(), w.name)
	}
	p, err := fingerprint(expectation(e.f, Item{rec.Doc, rec.Ann}))
	return DocName(rec.Doc), p, err
}
