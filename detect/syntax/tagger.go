// Package syntax tags parts of speech and chunks (noun phrases, verb
// groups, prepositions...) in news text, one sentence at a time, on the
// tokens of annot/tokens.
//
// Both are greedy left-to-right averaged perceptrons over hashed features,
// trained on the POS and chunk columns of CoNLL-2003 eng.train
// (cmd/syntaxtrain, make syntax-assets): the word, its affixes, shape and
// word-cluster path prefixes (the entity tagger's clusters), the words
// around it and word pairs, and the tags already given. POS tagging takes
// two passes: the second also sees the first's tags of the two words to
// the right (it learns from first-pass tags of models that did not see the
// sentence), and re-scores only the tokens the first was unsure of. The
// chunker also sees the POS tags around it. The scores of a word's own features and of the features it
// gives its neighbours are kept per word, and those of tag features in
// dense tables, so that a token costs a few vector additions and a handful
// of hashed lookups.
//
// Use: t, err := syntax.Default(); then t.Analyze(text, sentenceTokens, &a)
// gives a.POS (one tag per token) and a.Chunks (spans with type and head).
// A Tagger is safe for concurrent use; the same input gives the same output.
package syntax

import (
	"fmt"
	"math"
	"slices"
	"sync"

	"github.com/quotebench/quotebench/annot/tokens"
	"github.com/quotebench/quotebench/detect/internal/gencache"
	"github.com/quotebench/quotebench/detect/internal/vec"
)

// The score vectors have fixed widths, so that adding them needs no
// bounds checks: up to pw POS classes and cw chunk classes.
const (
	pw = 48
	cw = 24
)

type (
	pvec [pw]int32
	cvec [cw]int32
)

// Tagger tags parts of speech and chunks. It is safe for concurrent use.
type Tagger struct {
	pos       [2]*model // the first and second POS passes
	chunk     *model
	clu       *Clusters
	nP, nC    int
	sure      int32       // first-pass margin (in pos[0]'s units) from which the second pass keeps the first's tag (sureMargin)
	posName   []POS       // class → tag
	chunkType []ChunkType // class → type (ChunkOther for O)
	chunkIn   []bool      // class is I- (continues a chunk of its type)
	chunkO    []bool      // class is O

	// Dense tables of the features of small integer values (features.go).
	posPrev [2][]pvec       // by pass, [t1][t2]: pT1, pT2, pT12; t1, t2 in 0..nP (nP: none)
	posR    []pvec          // second pass, [r1][r2]: pR1, pR2, pR12 (first-pass tags after)
	posTR   []pvec          // second pass, [t1][r1]: pT1R1
	posQR   []pvec          // second pass, [q0][r1]: pQ0, pQ0R1
	chA     []cvec          // [pm1][p0]: cP0, cPm1, cPm1P0; POS ids in 0..nP+1
	chB     []cvec          // [p0][pp1]: cPp1, cP0Pp1
	chPm2   []cvec          // [pm2]
	chPp2   []cvec          // [pp2]
	chC     []cvec          // [c2][c1]: cC1, cC2C1; chunk ids in 0..nC (nC: none)
	chCP    []cvec          // [c1][p0]: cC1P0
	posEdge [2][nSlots]pvec // by pass, the neighbour scores of the words beyond the edges
	chEdge  [nSlots]cvec
	pool    sync.Pool
}

func newTagger(pos1, pos2, chunk *model, clu *Clusters) (*Tagger, error) {
	t := &Tagger{pos: [2]*model{pos1, pos2}, chunk: chunk, clu: clu, nP: len(pos1.classes), nC: len(chunk.classes)}
	if !slices.Equal(pos1.classes, pos2.classes) {
		return nil, fmt.Errorf("the two POS passes have different tags")
	}
	t.sure = int32(min(math.MaxInt32, math.Round(sureMargin/pos1.scale)))
	if t.nP > pw || t.nC > cw {
		return nil, fmt.Errorf("too many classes: %d POS (at most %d), %d chunk (at most %d)", t.nP, pw, t.nC, cw)
	}
	for _, c := range pos1.classes {
		t.posName = append(t.posName, posByName(c))
	}
	for _, c := range chunk.classes {
		typ, in, o := ChunkOther, false, c == "O"
		if len(c) > 2 && c[1] == '-' {
			typ, in = chunkByName(c[2:]), c[0] == 'I'
		}
		t.chunkType = append(t.chunkType, typ)
		t.chunkIn = append(t.chunkIn, in)
		t.chunkO = append(t.chunkO, o)
	}
	nP, nC := t.nP, t.nC
	n1, n2 := uint64(nP+1), uint64(nP+2)
	var buf []uint64
	pdense := func(m *model, keys func(a, b uint64) []uint64) []pvec {
		out := make([]pvec, n1*n1)
		for i := range out {
			m.addAll(keys(uint64(i)/n1, uint64(i)%n1), out[i][:])
		}
		return out
	}
	for k, m := range t.pos {
		t.posPrev[k] = pdense(m, func(t1, t2 uint64) []uint64 { return posDense(t1, t2, uint64(nP), buf[:0]) })
	}
	t.posR = pdense(pos2, func(r1, r2 uint64) []uint64 { return posRightDense(r1, r2, n1, buf[:0]) })
	t.posTR = pdense(pos2, func(t1, r1 uint64) []uint64 { return posLeftRightDense(t1, r1, n1, buf[:0]) })
	t.posQR = pdense(pos2, func(q0, r1 uint64) []uint64 { return posOwnRightDense(q0, r1, n1, buf[:0]) })
	cdense := func(n uint64, keys func(i uint64) []uint64) []cvec {
		out := make([]cvec, n)
		for i := range out {
			chunk.addAll(keys(uint64(i)), out[i][:])
		}
		return out
	}
	t.chA = cdense(n2*n2, func(i uint64) []uint64 {
		pm1, p0 := i/n2, i%n2
		return append(buf[:0], feat(cP0, p0), feat(cPm1, pm1), feat(cPm1P0, pm1*n2+p0))
	})
	t.chB = cdense(n2*n2, func(i uint64) []uint64 {
		p0, pp1 := i/n2, i%n2
		return append(buf[:0], feat(cPp1, pp1), feat(cP0Pp1, p0*n2+pp1))
	})
	t.chPm2 = cdense(n2, func(i uint64) []uint64 { return append(buf[:0], feat(cPm2, i)) })
	t.chPp2 = cdense(n2, func(i uint64) []uint64 { return append(buf[:0], feat(cPp2, i)) })
	c1n := uint64(nC + 1)
	t.chC = cdense(c1n*c1n, func(i uint64) []uint64 {
		c2, c1 := i/c1n, i%c1n
		return append(buf[:0], feat(cC1, c1), feat(cC2C1, c2*c1n+c1))
	})
	t.chCP = cdense(c1n*n2, func(i uint64) []uint64 {
		c1, p0 := i/n2, i%n2
		return append(buf[:0], feat(cC1P0, c1*n2+p0))
	})
	for s := range edgeWords {
		for k, m := range t.pos {
			m.addAll(posNeighbour(&edgeWords[s], s, buf[:0]), t.posEdge[k][s][:])
		}
		chunk.addAll(chunkNeighbour(&edgeWords[s], s, buf[:0]), t.chEdge[s][:])
	}
	t.pool.New = func() any { return &scratch{words: gencache.New[*entry](maxCache / 2)} }
	return t, nil
}

// entry holds a word's info and the scores of its word features: its own,
// then as the neighbour in each slot (POS: by pass).
//
// It also keeps its own scores plus those of its features with the tags
// before it, for the last such tags: for POS with the tag before (t1 + 1
// in t1; the second pass also with the first pass's tag after, r1: (t1 +
// 1)<<8 | r1), for chunks with the chunk tag before and its own POS (c1<<8 | p0,
// + 1, in cp; with the features of c1 and p0 without the word). A word
// mostly comes with the same tags, so this saves most of the hashed
// lookups and additions per token.
type entry struct {
	w   word
	pos [2]*[1 + nSlots]pvec // by pass: nil until filled (fillWords, fillSecond)
	p1  [1 + nSlots]pvec     // pos[0]'s storage
	sec uint8                // the groups of pos[1] made (bit g: group g)
	ch  [1 + nSlots]cvec
	t1  [2]uint32
	cp  uint32
	t1v [2]pvec
	cpv cvec
}

type scratch struct {
	words    *gencache.Cache[*entry] // the word cache (maxCache)
	tri      [3][]int32              // per POS trigram: its weights in triW, -1 for none, 0 not looked up yet
	triW     []cvec
	ents     []*entry
	ws       []string
	first    []uint8 // the first POS pass's tags
	margin   []int32 // and by how much each beat the second best
	pos      []uint8 // the second pass's
	chunk    []uint8
	keys     []uint64
	rows     []int32
	ends     []int    // wordPOS: where each group of keys ends
	bi       []int32  // per token, the rows of its two word-pair features
	need     []*entry // fillWords
	groups   []group
	low, shp []byte
}

// maxCache bounds a scratch's word cache (about 2 KB a word, 3 KB with
// the second POS pass's scores, so at most about 49 MB), kept in two
// generations (detect/internal/gencache), so the words of a large corpus
// that recur stay (on varied news this halves the misses of one cache
// cleared when full).
const maxCache = 1 << 14

func (t *Tagger) lookup(x *scratch, w string) *entry {
	h := fnvString(w)
	if e, ok := x.words.Get(h); ok {
		return e
	}
	e := &entry{}
	e.w, x.low, x.shp = analyse(w, x.low, x.shp)
	e.w.clu = cluCode(t.clu, w)
	x.words.Put(h, e)
	return e
}

// Analysis is the syntax of one sentence: a tag per token and its chunks
// in order.
type Analysis struct {
	POS    []POS
	Chunks []Chunk
}

// NounPhrases returns the chunks of type NP.
func (a *Analysis) NounPhrases() []Chunk {
	var out []Chunk
	for _, c := range a.Chunks {
		if c.Type == NP {
			out = append(out, c)
		}
	}
	return out
}

// Analyze tags the sentence made of toks (tokens of text from
// tokens.Tokenize) into a, reusing a's slices.
func (t *Tagger) Analyze(text string, toks []tokens.Token, a *Analysis) {
	x := t.pool.Get().(*scratch)
	defer t.pool.Put(x)
	x.ws = x.ws[:0]
	for _, tk := range toks {
		w := ""
		if tk.B0 >= 0 && tk.B0 <= tk.B1 && int(tk.B1) <= len(text) {
			w = text[tk.B0:tk.B1]
		}
		x.ws = append(x.ws, normWord(w))
	}
	t.run(x, x.ws, a)
}

// Words tags a sentence given as words.
func (t *Tagger) Words(words []string, a *Analysis) {
	x := t.pool.Get().(*scratch)
	defer t.pool.Put(x)
	x.ws = x.ws[:0]
	for _, w := range words {
		x.ws = append(x.ws, normWord(w))
	}
	t.run(x, x.ws, a)
}

func (t *Tagger) run(x *scratch, words []string, a *Analysis) {
	n := len(words)
	a.POS, a.Chunks = a.POS[:0], a.Chunks[:0]
	if n == 0 {
		return
	}
	x.ents = x.ents[:0]
	for _, w := range words {
		x.ents = append(x.ents, t.lookup(x, w))
	}
	t.fillWords(x)
	x.margin = x.margin[:0]
	x.first = t.tagPOS(x, 0, x.first[:0])
	x.pos = t.tagPOS(x, 1, x.pos[:0])
	t.tagChunks(x)
	for _, p := range x.pos[:n] {
		a.POS = append(a.POS, t.posName[p])
	}
	start := -1
	var typ ChunkType
	flush := func(i int) {
		if start >= 0 {
			a.Chunks = append(a.Chunks, Chunk{Start: start, End: i, Type: typ, Head: headOf(a.POS, start, i, typ)})
			start = -1
		}
	}
	for i, c := range x.chunk[:n] {
		switch {
		case t.chunkO[c]:
			flush(i)
		case !t.chunkIn[c] || start < 0 || typ != t.chunkType[c]:
			flush(i)
			start, typ = i, t.chunkType[c]
		}
	}
	flush(n)
}

// addP and addC add score vectors lane by lane (detect/internal/vec:
// SSE2 on amd64).
func addP(dst, src *pvec) { vec.AddInt32(dst[:], src[:]) }

func addC(dst, src *cvec) { vec.AddInt32(dst[:], src[:]) }

var slotOffset = [nSlots]int{-1, -2, 1, 2}

// tagPOS tags the words of x with POS pass k (0, 1) into out; the second
// pass also sees the first's tags and margins (x.first, x.margin), and
// keeps the first's tag where its margin is at least t.sure.
func (t *Tagger) tagPOS(x *scratch, k int, out []uint8) []uint8 {
	nP := t.nP
	n := len(x.ents)
	n1 := nP + 1
	m, prev, edge := t.pos[k], t.posPrev[k], &t.posEdge[k]
	if k == 1 {
		t.fillSecond(x)
	}
	t.bigramRows(x, k)
	var sc pvec
	for i := 0; i < n; i++ {
		if k == 1 && x.margin[i] >= t.sure {
			out = append(out, x.first[i])
			continue
		}
		e := x.ents[i]
		t1, t2 := nP, nP
		if i >= 1 {
			t1 = int(out[i-1])
			if i >= 2 {
				t2 = int(out[i-2])
			}
		}
		r1, r2 := 0, 0
		memo := uint32(t1+1) << 8
		if k == 1 {
			r1, r2 = int(tagAt(x.first, i+1, nP)), int(tagAt(x.first, i+2, nP))
			memo |= uint32(r1)
		}
		// The word's own scores with its features with the tag before (t1
		// is nP, none, exactly at the sentence's start: posHashed's other
		// case) and, in the second pass, the first's tag after.
		if e.t1[k] != memo {
			e.t1[k], e.t1v[k] = memo, e.pos[k][0]
			x.keys = posHashed(&e.w, i, uint64(t1), x.keys[:0])
			if k == 1 {
				x.keys = posRightHashed(&e.w, uint64(r1), x.keys)
			}
			m.addAll(x.keys, e.t1v[k][:])
		}
		sc = e.t1v[k]
		m.addRow(x.bi[2*i], sc[:])
		m.addRow(x.bi[2*i+1], sc[:])
		for s, off := range slotOffset {
			if j := i + off; j >= 0 && j < n {
				addP(&sc, &x.ents[j].pos[k][1+s])
			} else {
				addP(&sc, &edge[s])
			}
		}
		addP(&sc, &prev[t1*n1+t2])
		if k == 1 {
			addP(&sc, &t.posR[r1*n1+r2])
			addP(&sc, &t.posTR[t1*n1+r1])
			addP(&sc, &t.posQR[int(x.first[i])*n1+r1])
		}
		p, d := argmaxMargin(sc[:nP])
		out = append(out, uint8(p))
		if k == 0 {
			x.margin = append(x.margin, d)
		}
	}
	return out
}

func (t *Tagger) tagChunks(x *scratch) {
	nP, nC := t.nP, t.nC
	n := len(x.ents)
	n2 := nP + 2
	c1n := nC + 1
	x.chunk = x.chunk[:0]
	var sc cvec
	for i := 0; i < n; i++ {
		e := x.ents[i]
		pm2, pm1, p0 := posAt(x.pos, i-2, nP), posAt(x.pos, i-1, nP), posAt(x.pos, i, nP)
		pp1, pp2 := posAt(x.pos, i+1, nP), posAt(x.pos, i+2, nP)
		c1, c2 := nC, nC
		if i >= 1 {
			c1 = int(x.chunk[i-1])
			if i >= 2 {
				c2 = int(x.chunk[i-2])
			}
		}
		// The word's own scores with those of the chunk tag before and its
		// POS, with and without the word.
		if cp := uint32(c1)<<8 | uint32(p0) + 1; e.cp != cp {
			e.cp, e.cpv = cp, e.ch[0]
			x.keys = chunkWordTags(&e.w, uint64(c1), p0, x.keys[:0])
			t.chunk.addAll(x.keys, e.cpv[:])
			addC(&e.cpv, &t.chCP[c1*n2+int(p0)])
		}
		sc = e.cpv
		for s, off := range slotOffset {
			if j := i + off; j >= 0 && j < n {
				addC(&sc, &x.ents[j].ch[1+s])
			} else {
				addC(&sc, &t.chEdge[s])
			}
		}
		t.addTrigrams(x, pm2, pm1, p0, pp1, pp2, &sc)
		addC(&sc, &t.chC[c2*c1n+c1])
		x.chunk = append(x.chunk, uint8(argmax(sc[:nC])))
	}
}

// addTrigrams adds the chunk scores of the POS tags around a token: the
// three trigram features, and the single and pair features, which the
// trigrams' entries include: (pm2, pm1, p0) has cPm2, cPm1, cP0 and cPm1P0;
// (p0, pp1, pp2) has cPp1, cPp2 and cP0Pp1. Each trigram's entry is made
// once per scratch in x.triW, which stays small (the POS trigrams of news
// are a few thousand) and so in cache, where the model's rows are spread
// over megabytes.
func (t *Tagger) addTrigrams(x *scratch, pm2, pm1, p0, pp1, pp2 uint64, sc *cvec) {
	n2 := uint64(t.nP + 2)
	if x.tri[0] == nil {
		for k := range x.tri {
			x.tri[k] = make([]int32, n2*n2*n2)
		}
		x.triW = append(x.triW[:0], cvec{}) // index 0: no weights
	}
	codes := [3]uint64{(pm1*n2+p0)*n2 + pp1, (pm2*n2+pm1)*n2 + p0, (p0*n2+pp1)*n2 + pp2}
	for k, code := range codes {
		r := x.tri[k][code]
		if r == 0 {
			var v cvec
			row := t.chunk.row(chunkTrigrams(pm2, pm1, p0, pp1, pp2)[k])
			t.chunk.addRow(row, v[:])
			switch k {
			case 1:
				addC(&v, &t.chPm2[pm2])
				addC(&v, &t.chA[pm1*n2+p0])
			case 2:
				addC(&v, &t.chB[p0*n2+pp1])
				addC(&v, &t.chPp2[pp2])
			}
			r = -1
			if row >= 0 || k > 0 {
				r = int32(len(x.triW))
				x.triW = append(x.triW, v)
			}
			x.tri[k][code] = r
		}
		if r > 0 {
			addC(sc, &x.triW[r])
		}
	}
}

// sureMargin is how far (in averaged weights) the first POS pass's best
// tag must beat the second best for the second pass to keep it without
// scoring the token again, which saves most of its time. The second pass
// is trained on every token. Chosen on the tune split: tags as good as
// with every token scored again (POS 95.52, chunk F1 91.56, mean of seeds
// 1-3; margins 1, 2, 4, 8 were worse, 32 the same).
const sureMargin = 16.0
