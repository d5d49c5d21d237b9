package detect

import "github.com/quotebench/quotebench/detect/syntax"

// analyze tags every sentence of the text layer with parts of speech and
// chunks (detect/syntax), once per article, for the rules and the learned
// scorers.
func (d *doc) analyze(t *syntax.Tagger) {
	n := len(d.toks)
	d.pos = make([]syntax.POS, n)
	d.chunk = make([]syntax.ChunkType, n)
	if t == nil {
		return
	}
	var a syntax.Analysis
	for _, s := range d.sents {
		t.Analyze(d.text, d.toks[s.a:s.b], &a)
		copy(d.pos[s.a:s.b], a.POS)
		for _, c := range a.Chunks {
			for i := s.a + c.Start; i < s.a+c.End && i < s.b; i++ {
				d.chunk[i] = c.Type
			}
		}
	}
}

// finiteVerb reports whether tokens [a, b) hold a finite verb or a modal
// outside direct quotes' marks: reported content is a clause, so "added a
// goal" has none and "added the plan would fail" has one.
func (d *doc) finiteVerb(a, b int) bool {
	for i := a; i < b; i++ {
		switch d.pos[i] {
		case syntax.VBD, syntax.VBZ, syntax.VBP, syntax.MD:
			return true
		}
	}
	return false
}

// npChunked describes how a speaker phrase [a, b) sits in the chunks:
// "np" when its last token is in a noun phrase, else the chunk type there.
func (d *doc) npChunked(r rng) string {
	if r.len() <= 0 {
		return "none"
	}
	return d.chunk[r.b-1].String() + "/" + d.pos[r.b-1].String()
}

// clauseEnd is the first comma, semicolon, dash or coordinating
// conjunction in [a, b), or b.
func (d *doc) clauseEnd(a, b int) int {
	for i := a; i < b; i++ {
		if w := d.low[i]; w == "," || w == ";" || w == "and" || w == "but" || d.isDashTok(i) {
			return i
		}
	}
	return b
}
