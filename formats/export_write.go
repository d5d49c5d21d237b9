package formats

import (
	"fmt"
	"os"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/quotebench/quotebench/annot"
)

// exporter carries one export through its steps: write, verify, commit.
type exporter struct {
	f        *Format
	opt      Options
	out      string // the destination
	tmp      string // the temporary output beside it
	n        int    // items announced, for progress
	progress func(done, total int)
	man      Manifest
	wants    []expect             // what each written document should read back as
	count    int                  // documents written
	labels   map[annot.Label]bool // the labels of the entities and mentions written
	done     bool                 // the output is in place: nothing to clean up
}

// expect is what one written document should read back as: a fingerprint,
// not the value, so that a 10,000-document export keeps little in memory.
type expect struct {
	name, sha string // sha: annot.TextHash of the text
	crText    string // the text, kept only when it holds a CR (LF variants map through it)
	skip      bool   // the output cannot show this document (a CSV row-less one)
	print     print
}

// prep is one item made ready for writing; batches are prepared on every
// core and written in order.
type prep struct {
	it   Item
	name string
	lint []Problem
	exp  expect
	enc  []byte
	err  error
}

// cleanup removes the temporary output unless it was moved into place.
func (e *exporter) cleanup() {
	if !e.done {
		os.RemoveAll(e.tmp)
	}
}

// write is the first step: lint, expect and write every item.
func (e *exporter) write(items Items) error {
	w, err := e.f.NewWriter(e.tmp, e.opt)
	if err != nil {
		return err
	}
	encw, _ := w.(ItemEncoder)
	var werr error
	var batch []prep
	flush := func() bool {
		parallel(len(batch), func(k int) { e.prepare(&batch[k], encw, e.count+k) })
		for k := range batch {
			if werr = e.put(&batch[k], w, encw); werr != nil {
				return false
			}
		}
		batch = batch[:0]
		return true
	}
	ierr := items(func(it Item) bool {
		batch = append(batch, prep{it: it})
		return len(batch) < batchSize || flush()
	})
	if werr == nil && ierr == nil {
		flush()
	}
	if werr == nil && ierr != nil {
		werr = fmt.Errorf("read the project: %w", ierr)
	}
	if cerr := w.Close(); werr == nil && cerr != nil {
		werr = fmt.Errorf("write %q: %w", e.out, cerr)
	}
	if werr != nil {
		return werr
	}
	e.man.Counts.Warnings = len(e.man.Lint)
	if e.opt.Strict && len(e.man.Lint) > 0 {
		return fmt.Errorf("%w (%d; first: %s)", ErrLint, len(e.man.Lint), e.man.Lint[0])
	}
	return nil
}

// prepare filters, lints and fingerprints one item, and encodes it when
// the writer encodes items on their own (i is its position). It runs on
// any core.
func (e *exporter) prepare(p *prep, encw ItemEncoder, i int) {
	f, opt := e.f, e.opt
	p.it.Ann = Filter(p.it.Ann, opt.State)
	p.name = DocName(p.it.Doc)
	p.lint = Lint(p.it)
	if f.Lint != nil {
		p.lint = append(p.lint, f.Lint(p.it, opt)...)
	}
	var want any
	if f.Expect != nil {
		want, p.err = f.Expect(p.it, opt)
	} else {
		want = expectation(f, p.it)
	}
	if p.err != nil {
		p.err = fmt.Errorf("document %q: %w", p.name, p.err)
		return
	}
	p.exp = expect{name: p.name, sha: annot.TextHash(p.it.Doc.Text), skip: want == nil}
	if strings.Contains(p.it.Doc.Text, "\r") {
		p.exp.crText = p.it.Doc.Text
	}
	if !p.exp.skip {
		if p.exp.print, p.err = fingerprint(want); p.err != nil {
			return
		}
	}
	if encw != nil {
		if p.enc, p.err = encw.Encode(i, p.it); p.err != nil {
			p.err = fmt.Errorf("write document %q: %w", p.name, p.err)
		}
	}
}

// put writes one prepared item and counts it in the manifest.
func (e *exporter) put(p *prep, w Writer, encw ItemEncoder) error {
	if p.err != nil {
		return p.err
	}
	var err error
	if encw != nil {
		err = encw.WriteEncoded(p.enc)
	} else {
		err = w.Write(p.it)
	}
	if err != nil {
		return fmt.Errorf("write document %q: %w", p.name, err)
	}
	m := &e.man
	m.Lint = append(m.Lint, p.lint...)
	e.wants = append(e.wants, p.exp)
	a := p.it.Ann
	if e.labels == nil {
		e.labels = map[annot.Label]bool{}
	}
	for _, x := range a.Mentions {
		e.labels[x.Label] = true
	}
	for _, x := range a.Entities {
		e.labels[x.Label] = true
	}
	m.Documents = append(m.Documents, DocEntry{ID: p.name, SHA256: p.exp.sha, Quotes: len(a.Quotes), Mentions: len(a.Mentions)})
	m.Counts.Documents++
	m.Counts.Quotes += len(a.Quotes)
	m.Counts.Mentions += len(a.Mentions)
	m.Counts.Entities += len(a.Entities)
	e.count++
	e.progress(e.count, 2*max(e.n, e.count))
	return nil
}

// batchSize is how many documents Export prepares or checks at once, on
// every core.
const batchSize = 64

// parallel runs fn(0..n-1) on every core and waits.
func parallel(n int, fn func(k int)) {
	workers := min(n, runtime.GOMAXPROCS(0))
	if workers <= 1 {
		for k := 0; k < n; k++ {
			fn(k)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := int(next.Add(1) - 1); k < n; k = int(next.Add(1) - 1) {
				fn(k)
			}
		}()
	}
	wg.Wait()
}
