package detect

import "github.com/quotebench/quotebench/detect/syntax"

// analyze prepares the syntax layer: parts of speech and chunks
// (detect/syntax) for the rules and the learned scorers. A sentence is
// tagged when one of its tokens is first asked for (posAt, chunkAt): the
// rules look at the sentences with cues, quotes and speakers, so most
// sentences of a long article are never tagged. The result is the same as
// tagging every sentence, since each sentence is tagged alone.
func (d *doc) analyze(t *syntax.Tagger) {
	n := len(d.toks)
	d.syn = t
	d.tagPOS = make([]syntax.POS, n)
	d.tagChunk = make([]syntax.ChunkType, n)
	d.finCum = make([]int32, n)
	d.analysed = make([]bool, len(d.sents))
	if eagerSyntax {
		for _, s := range d.sents {
			if s.b > s.a {
				d.analyseAt(s.a)
			}
		}
	}
}

// eagerSyntax tags every sentence up front (TestLazySyntaxSameOutput).
var eagerSyntax = false

// posAt is the part of speech of token i.
func (d *doc) posAt(i int) syntax.POS {
	d.analyseAt(i)
	return d.tagPOS[i]
}

// chunkAt is the type of the chunk holding token i.
func (d *doc) chunkAt(i int) syntax.ChunkType {
	d.analyseAt(i)
	return d.tagChunk[i]
}

// analyseAt tags the sentence of token i unless it is tagged.
func (d *doc) analyseAt(i int) {
	si := d.sent[i]
	if d.analysed[si] {
		return
	}
	d.analysed[si] = true
	if d.syn == nil {
		return
	}
	s := d.sents[si]
	var a syntax.Analysis
	d.syn.Analyze(d.text, d.toks[s.a:s.b], &a)
	copy(d.tagPOS[s.a:s.b], a.POS)
	d.absoluteLeft(s)
	for _, c := range a.Chunks {
		for k := s.a + c.Start; k < s.a+c.End && k < s.b; k++ {
			d.tagChunk[k] = c.Type
		}
	}
	d.countFinite(s)
}

// npChunked describes how a speaker phrase [a, b) sits in the chunks:
// "np" when its last token is in a noun phrase, else the chunk type there.
func (d *doc) npChunked(r rng) string {
	if r.len() <= 0 {
		return "none"
	}
	return d.chunkAt(r.b-1).String() + "/" + d.posAt(r.b-1).String()
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

// absoluteLeft retags as a participle the "left" or "remaining" of an
// absolute phrase of time, "with 41 seconds left", which the tagger reads as
// a finite verb: "Jo Doe added a goal with 41 seconds left" reports nothing.
func (d *doc) absoluteLeft(s rng) {
	for i := s.a + 2; i < s.b; i++ {
		if w := d.low[i]; w != "left" && w != "remaining" || !isFinite(d.tagPOS[i]) || !timeUnits[d.low[i-1]] {
			continue
		}
		for k := i - 2; k >= s.a && k >= i-4; k-- {
			if d.low[k] == "with" {
				d.tagPOS[i] = syntax.VBN
				break
			}
		}
	}
}

// timeUnits are the plural units a game's or a day's remaining time is
// counted in.
var timeUnits = map[string]bool{"seconds": true, "minutes": true, "hours": true, "days": true, "weeks": true,
	"months": true, "years": true, "games": true, "laps": true, "innings": true, "holes": true, "periods": true,
	"rounds": true, "races": true, "matches": true}
