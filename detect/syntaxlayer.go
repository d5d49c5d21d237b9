package detect

import (
	"github.com/quotebench/quotebench/annot/tokens"
	"github.com/quotebench/quotebench/detect/syntax"
)

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
	for k := s.a; k < s.b; k++ {
		if d.low[k] == "et" && d.tagPOS[k].IsVerb() {
			d.tagPOS[k] = syntax.CC // French "and" in a name, no verb: "Boulangerie Doucet et fils" (its chunk is left as the tagger's)
		}
		if d.tagPOS[k] == syntax.VBZ && k > s.a && k+1 < s.b {
			n := k + 1
			if n+1 < s.b && (d.low[n] == "\"" || d.low[n] == "“") {
				n++ // the quotation opening at the verb: "said that crews “are aware …”"
			}
			if pluralBeforeAux(d.low[k], d.low[n]) && d.pluralOpensAt(k, s) {
				d.tagPOS[k] = syntax.NNS // a plural noun before its verb, read as a verb: "said that crews had triggered slides"
			}
		}
	}
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

// absoluteLeft retags as a participle the "left" of an absolute phrase of
// time, "with 41 seconds left", "with a minute left", which the tagger
// reads as a finite verb: "Jo Doe added a goal with 41 seconds left"
// reports nothing. (Only the POS: finiteVerb reads it; the chunks stay.)
func (d *doc) absoluteLeft(s rng) {
	for i := s.a + 2; i < s.b; i++ {
		if d.low[i] != "left" || !isFinite(d.tagPOS[i]) {
			continue
		}
		if u := d.low[i-1]; !timeNouns.has(u) && !timeUnits[u] && d.toks[i-1].Kind != tokens.Number {
			continue
		}
		for k := i - 2; k >= s.a && k >= i-6; k-- {
			if d.low[k] == "with" {
				d.tagPOS[i] = syntax.VBN
				break
			}
		}
	}
}

// timeUnits are the units, besides timeNouns, a game's or a day's remaining
// time is counted in.
var timeUnits = map[string]bool{"second": true, "seconds": true, "minute": true, "hour": true, "day": true,
	"week": true, "month": true, "year": true, "game": true, "games": true, "lap": true, "laps": true,
	"inning": true, "innings": true, "hole": true, "holes": true, "period": true, "periods": true,
	"round": true, "rounds": true, "race": true, "races": true, "match": true, "matches": true}

// pluralOpensAt reports token k, read as a verb, where a plural subject
// opens: after a determiner or an adjective, or after a "that" that opens
// what a verb (and a day) or a noun of speech reports ("said in a
// statement that crews had", "said Tuesday that crews had", not the
// relative "the team that wins will", nor "what that means will").
func (d *doc) pluralOpensAt(k int, s rng) bool {
	if d.low[k-1] == "that" {
		j := k - 2
		if j-1 >= s.a && dayWords.has(d.low[j]) {
			j-- // "said Tuesday that crews …"
		}
		return j >= s.a && (cueStrength[d.low[j]] > 0 && d.tagPOS[j].IsVerb() || docNouns.has(d.low[j]) || textNouns.has(d.low[j]))
	}
	return d.tagPOS[k-1] == syntax.DT || d.tagPOS[k-1].IsAdjective()
}

// finiteAuxiliaries are the finite auxiliaries and modals a plural subject
// takes.
var finiteAuxiliaries = wordSet(`had have will would could can should may might must were are`)

// pluralBeforeAux reports w, read as a verb in the third person, before
// an auxiliary that no such verb is followed by: a plural noun, the
// subject of the auxiliary ("crews had", "ranchers will"); not an
// auxiliary itself ("does have": it is shorter than five letters), nor a
// verb after "what that" ("what that means will depend", checked by the
// caller).
func pluralBeforeAux(w, next string) bool {
	return len(w) > 4 && w[len(w)-1] == 's' && w[len(w)-2] != 's' && finiteAuxiliaries[next] // (five letters or more: not "does", "has")
}
