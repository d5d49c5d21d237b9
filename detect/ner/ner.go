// Package ner finds named entities (PERSON, ORG, GPE, LOC) in news text.
//
// The tagger is a first-order structured averaged perceptron over BILOU
// tags, decoded with Viterbi, trained on CoNLL-2003 English (see
// cmd/nertrain). Features: the word, its lower-case form, shape, affixes, the
// words and shapes around it (±2), whether the sentence is a capitalised
// headline, gazetteer matches (GeoNames countries and cities, states and
// provinces, regions, news outlets, given names; towns in Canada are added
// when the tagger loads, Tagger.AddPlaces), prefixes of the word
// clusters (Clusters) of the word and its neighbours, the word's
// capitalisation class in the unlabelled text the clusters were learnt from
// (how often it is written capitalised where a sentence does not force it),
// a document memory (the type last given to the same word earlier in the
// document, whether the word occurs in lower case elsewhere), and context
// aggregation (aggregate.go: a capitalised word seen twice in the document
// gets the words around all its occurrences). A headline in title case is
// tagged as a capitalised CoNLL headline.
//
// A model may run in two passes (TrainOptions.TwoPass): the second model
// also sees, for each capitalised word, the tag the first pass gave it most
// often in the whole document (trained on first-pass tags from models that
// had not seen the document). The shipped model has two passes (chosen on
// the tune protocol, README "Protocol"). Rules then handle datelines
// ("CITY (Agency) -"), titles inside ORG runs,
// the source a report is credited to ("as reported by the X": ORG) and
// generic media words before a head noun ("the X TV channel": X).
// The scores of features of one word alone are cached per word.
// CoNLL's LOC becomes GPE when the name is a country, city, state or
// province in the gazetteer; MISC is learnt but not output, nor are names
// the gazetteer lists as non-entities (diseases).
//
// A mention's confidence is σ(a·margin + b), the margin being the smallest
// score margin inside the span, with a and b fitted per entity type on the
// last tenth of the training documents by a model trained on the rest.
//
// Weights, gazetteer and clusters are embedded through package assets;
// Default loads them once. A Tagger is safe for concurrent use.
package ner

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"math"
	"strings"
	"sync"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/annot/textlayer"
	"github.com/quotebench/quotebench/annot/tokens"
	"github.com/quotebench/quotebench/assets"
	"github.com/quotebench/quotebench/detect/internal/gencache"
	"github.com/quotebench/quotebench/detect/internal/vec"
)

// Mention is an entity mention over tokens [Start, End) of the token slice
// given to Tag.
type Mention struct {
	Start, End int // token indices, end exclusive
	Label      annot.Label
	Confidence float64
	Gaz        uint8 // the gazetteer's kinds of the name (GazCountry, GazCity, GazState, …), whatever its label
	Town       bool  // the gazetteer knows the name only as a town Tagger.AddPlaces added
}

// Tagger tags entities. It is safe for concurrent use.
type Tagger struct {
	m1   *model // first pass, whose tags give the second pass its document votes; may be nil
	m    *model
	st   *staticTable
	gaz  *Gazetteer
	pool sync.Pool
}

var (
	defaultOnce   sync.Once
	defaultTagger *Tagger
	defaultErr    error
)

// Default returns the tagger built from the embedded weights and gazetteer,
// loading them on first use.
func Default() (*Tagger, error) {
	defaultOnce.Do(func() {
		defaultTagger, defaultErr = Load(bytes.NewReader(assets.NERModel), bytes.NewReader(assets.NERGazetteer), bytes.NewReader(assets.NERTaggerClusters))
		if defaultErr != nil {
			defaultErr = fmt.Errorf("load embedded entity tagger: %w", defaultErr)
			return
		}
		defaultTagger.AddPlaces(assets.NERPlacesCA)
	})
	return defaultTagger, defaultErr
}

// Load reads a gzipped model, a gzipped gazetteer and gzipped word
// clusters (as written by cmd/nertrain); clustersGz may be nil for a model
// trained without clusters.
func Load(modelGz, gazGz, clustersGz io.Reader) (*Tagger, error) {
	zr, err := gzip.NewReader(modelGz)
	if err != nil {
		return nil, fmt.Errorf("model: %w", err)
	}
	br := bufio.NewReader(zr)
	m, err := readModel(br)
	if err != nil {
		return nil, fmt.Errorf("model: %w", err)
	}
	var m1 *model
	if _, err := br.Peek(1); err == nil {
		m1 = m
		if m, err = readModel(br); err != nil {
			return nil, fmt.Errorf("model, second pass: %w", err)
		}
	}
	zg, err := gzip.NewReader(gazGz)
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	g, err := ParseGazetteer(zg, "gazetteer")
	if err != nil {
		return nil, err
	}
	if clustersGz != nil {
		zc, err := gzip.NewReader(clustersGz)
		if err != nil {
			return nil, fmt.Errorf("clusters: %w", err)
		}
		c, err := ParseClusters(zc, "clusters")
		if err != nil {
			return nil, err
		}
		g.SetClusters(c)
	}
	return newTagger(m1, m, g), nil
}

func newTagger(m1, m *model, g *Gazetteer) *Tagger {
	t := &Tagger{m1: m1, m: m, gaz: g, st: newStaticTable(m1, m)}
	t.pool.New = func() any { return new(scratch) }
	return t
}

// Gazetteer returns the tagger's gazetteer.
func (t *Tagger) Gazetteer() *Gazetteer { return t.gaz }

// Tag finds the entity mentions in text, given its tokens from
// tokens.Tokenize(text), in the sentences of the shared text layer
// (annot/textlayer). Mentions are in token order and do not overlap.
func (t *Tagger) Tag(text string, toks []tokens.Token) []Mention {
	l := textlayer.Split(text, toks)
	sents := make([][2]int, len(l.Sentences))
	for i, r := range l.Sentences {
		sents[i] = [2]int{r.A, r.B}
	}
	return t.TagSentences(text, toks, sents)
}

// TagSentences is Tag with the sentences given: token ranges [a, b) in
// order that cover toks (the detector passes those of its text layer).
func (t *Tagger) TagSentences(text string, toks []tokens.Token, sents [][2]int) []Mention {
	if len(toks) == 0 {
		return nil
	}
	x := t.pool.Get().(*scratch)
	defer t.pool.Put(x)
	words := x.words[:0]
	for _, tk := range toks {
		w := ""
		if tk.B0 >= 0 && tk.B0 <= tk.B1 && int(tk.B1) <= len(text) {
			w = normWord(text[tk.B0:tk.B1])
		}
		words = append(words, w)
	}
	x.words = words
	x.sents = append(x.sents[:0], sents...)
	p := x.prepare(words, x.sents, t.gaz)
	var out []Mention
	var misc [][2]int // the spans of other names (nationalities, events): no places (placesByContext)
	t.decode(p, x, func(si int, pred []tag) {
		s0 := p.sents[si][0]
		x.spans = tagsToSpans(pred, x.spans[:0])
		for _, sp := range x.spans {
			if sp.typ == tMISC {
				misc = append(misc, [2]int{s0 + sp.start, s0 + sp.end})
				continue
			}
			bits, town := t.gaz.lookupTown(p.ti, s0+sp.start, s0+sp.end) // the span's gazetteer kinds, read once
			if bits&GazMisc != 0 {
				misc = append(misc, [2]int{s0 + sp.start, s0 + sp.end})
				continue
			}
			label := annot.LabelPerson
			switch sp.typ {
			case tORG:
				label = annot.LabelOrg
			case tLOC:
				label = locLabel(p, s0+sp.start, s0+sp.end, bits)
			}
			end := s0 + sp.end
			if end-s0-sp.start == 1 && sp.typ == tLOC && end < len(words) && end >= 2 && words[end-2] == "," && words[end] == "." && IsRegionAbbrevAt(words[end-1], words[end]) && toks[end].B0 == toks[end-1].B1 {
				end++ // the period the tokenizer split from "Alta." after a town is the abbreviation's (not "Isle of Man.")
			}
			if sp.typ == tORG && splitSuffixes[words[end-1]] && end < len(words) && words[end] == "." && toks[end].B0 == toks[end-1].B1 {
				end++ // "Doucet et Fils inc.": the firm's abbreviation keeps the period split from it
			}
			out = append(out, Mention{
				Start: s0 + sp.start, End: end, Label: label,
				Confidence: t.m.confidence(x, sp, pred),
				Gaz:        bits,
				Town:       town,
			})
		}
	})
	out = placesByContext(p, out, misc, func(a, b int) uint8 { return t.gaz.lookup(p.ti, a, b) })
	shortCompanies(p, out)
	return out
}

// locLabel decides between GPE and LOC for a location over tokens [i, j):
// GPE when the gazetteer knows it as a country, city, state or province;
// LOC when it knows it as a region, or when a word of the name is a
// landform or a place that is not a town ("Lake", "Street", "Airport",
// "Palace"; a seat of power named for its building, as CoNLL tags it);
// otherwise GPE, since unknown places named in news are mostly towns.
// bits are the gazetteer's kinds of the span.
func locLabel(p *prepDoc, i, j int, bits uint8) annot.Label {
	switch {
	case bits&gazGPE != 0:
		return annot.LabelGPE
	case bits&GazRegion != 0:
		return annot.LabelLoc
	}
	for k := i; k < j; k++ {
		if inLower(landforms, p.words[k]) {
			return annot.LabelLoc
		}
	}
	return annot.LabelGPE
}

var landforms = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`river sea ocean lake lakes mountain mountains mount mt. mt hill hills
		valley desert island islands isle peninsula gulf bay strait straits canal coast cape forest park slough inlet lagoon narrows
		square street st. road avenue boulevard bridge airport stadium arena beach falls glacier plateau
		basin delta reef channel pass volcano range highlands lowlands plain plains region zone border
		corridor heights jebel house palace castle tower cathedral church mosque temple embassy highway hwy hwy. route autoroute interstate`) {
		landforms[w] = true
	}
}

// margin is the smallest score margin inside the span, in weight units:
// the chosen tag against the best other tag allowed at that point.
func (m *model) margin(x *scratch, sp span, pred []tag) float64 {
	minM := int64(math.MaxInt64)
	for i := sp.start; i < sp.end; i++ {
		prev := start
		if i > 0 {
			prev = int(pred[i-1])
		}
		e := &x.emits[i]
		chosen := int64(e[pred[i]]) + int64(m.trans[prev][pred[i]])
		alt := int64(math.MinInt64)
		for t := 0; t < nTags; t++ {
			if t == int(pred[i]) || !allow[prev][t] {
				continue
			}
			if s := int64(e[t]) + int64(m.trans[prev][t]); s > alt {
				alt = s
			}
		}
		if alt != math.MinInt64 && chosen-alt < minM {
			minM = chosen - alt
		}
	}
	if minM == math.MaxInt64 {
		return 0
	}
	return float64(minM) * m.scale
}

// confidence maps the span's margin to a probability with the calibration
// fitted at training time.
func (m *model) confidence(x *scratch, sp span, pred []tag) float64 {
	z := m.calA[sp.typ]*m.margin(x, sp, pred) + m.calB[sp.typ]
	return math.Round(1/(1+math.Exp(-z))*1000) / 1000
}

// prepDoc is a document ready for decoding.
type prepDoc struct {
	words    []string
	sents    [][2]int
	ti       []tokInfo
	caps     []bool
	aggOf    []int32    // per token: its entry in aggSpan, or -1 (aggregate.go)
	aggSpan  [][2]int32 // per entry: its keys in aggKeys
	aggKeys  []uint64
	ent      []*wordEntry    // per token: the word-info cache entry of its tokInfo, nil when prepare changed it
	listed   map[string]bool // first words of the names stock tickers follow, lower case (listedNames)
	sport    bool            // a sports report (sportsReport)
	surnames map[string]bool // last words of the persons tagged so far, lower case (applyRules)
	places   map[string]bool // landform names landPlaces made places so far, lower case
}

func (x *scratch) prepare(words []string, sents [][2]int, gaz *Gazetteer) *prepDoc {
	p := &x.doc
	p.words, p.sents = words, sents
	p.ti, p.ent = p.ti[:0], p.ent[:0]
	if p.listed == nil {
		p.listed = map[string]bool{}
	}
	clear(p.listed)
	listedNames(words, p.listed)
	if p.surnames == nil {
		p.surnames = map[string]bool{}
	}
	clear(p.surnames)
	if p.places == nil {
		p.places = map[string]bool{}
	}
	clear(p.places)
	p.sport = sportsReport(words)
	clu := gaz.clusters()
	if x.infos == nil || x.infosClu != clu {
		x.infos, x.infosClu = gencache.New[*wordEntry](maxLocal/2), clu
	}
	for _, w := range words {
		// By the word's 64-bit hash (tokInfo.w), as the other caches:
		// cheaper than a string key, which is hashed and compared. The
		// entry holds the word's cluster code and capitalisation class too.
		h := fnvString(w)
		e, ok := x.infos.Get(h)
		if !ok {
			e = &wordEntry{info: x.info(w)}
			if clu != nil {
				e.info.clu, e.info.capr = clu.Code(h), clu.Caps(e.info.l)
			}
			x.infos.Put(h, e)
		}
		p.ti = append(p.ti, e.info)
		p.ent = append(p.ent, e)
	}
	p.caps = p.caps[:0]
	if x.lc == nil {
		x.lc, x.capNI, x.mem = map[uint64]bool{}, map[uint64]bool{}, map[uint64]uint8{}
	}
	clear(x.lc)
	clear(x.capNI)
	clear(x.mem)
	for _, s := range sents {
		caps := allCaps(words[s[0]:s[1]])
		if !caps && titleCase(words[s[0]:s[1]]) {
			// A headline in title case reads like a CoNLL headline in
			// capitals: tag it as one.
			caps = true
			for i := s[0]; i < s[1]; i++ {
				c := p.ti[i].clu // of the word as written
				p.ti[i] = x.info(strings.ToUpper(words[i]))
				p.ent[i] = nil
				if clu != nil {
					p.ti[i].clu = c
					p.ti[i].capr = clu.Caps(p.ti[i].l)
				}
			}
		}
		p.caps = append(p.caps, caps)
		for i := s[0]; i < s[1]; i++ {
			t := &p.ti[i]
			if t.lower {
				x.lc[t.l] = true
			} else if t.cap && !caps && i > s[0] {
				x.capNI[t.l] = true
			}
		}
		gaz.mark(p.ti, s[0], s[1])
	}
	for i := range p.ti {
		t := &p.ti[i]
		if t.cap {
			t.lcInDoc = x.lc[t.l]
			t.capElse = x.capNI[t.l]
		}
	}
	x.aggregate(p)
	return p
}

// maxLocal bounds the per-word and per-shape-context score caches of a
// scratch, which live on across documents, in two generations of half as
// many entries each (detect/internal/gencache).
// At most about 13 MB per scratch (16,384 × (136 + 544 + 136) bytes).
const maxLocal = 1 << 14

// decode runs the first pass (if any) to get the document votes, then the
// final pass, calling fn with each sentence's tags.
func (t *Tagger) decode(p *prepDoc, x *scratch, fn func(si int, pred []tag)) {
	n := len(p.ti)
	for k := range x.st {
		if cap(x.st[k]) < n {
			x.st[k] = make([][nTags]int32, n)
		}
		x.st[k] = x.st[k][:n]
	}
	if x.local == nil {
		x.local = gencache.New[*[2][nTags]int32](maxLocal / 2)
		x.shape = gencache.New[*[2][nTags]int32](maxLocal / 2)
		x.nbr = gencache.New[*[4][2][nTags]int32](maxLocal / 2)
	}
	// The scores of features of one word alone are looked up once per word
	// (and capitals): most words of a text recur.
	// A word's scores are also kept in its word-info entry (wordEntry),
	// so that a word seen before needs no lookup.
	x.nb = x.nb[:0]
	for i := range p.ti {
		var v *[4][2][nTags]int32
		e := p.ent[i]
		if e != nil {
			v = e.nbrV
		}
		if v == nil {
			l := p.ti[i].l
			v, _ = x.nbr.Get(l)
			if v == nil {
				v = new([4][2][nTags]int32)
				for k, key := range neighbourKeys(l) {
					t.st.emit([]uint64{key}, &v[k][0], &v[k][1])
				}
				x.nbr.Put(l, v)
			}
			if e != nil {
				e.nbrV = v
			}
		}
		x.nb = append(x.nb, v)
	}
	var edge [4][2][nTags]int32 // the missing neighbours at the sentence's edges
	for k, h := range edgeHashes {
		t.st.emit([]uint64{neighbourKeys(h)[k]}, &edge[k][0], &edge[k][1])
	}
	// The context features' keys of all tokens are gathered first and
	// looked up together (emitAddEach), so that the table's memory reads
	// overlap across tokens.
	x.ctx, x.ctxOff = x.ctx[:0], x.ctxOff[:0]
	for si, s := range p.sents {
		caps := p.caps[si]
		for i := s[0]; i < s[1]; i++ {
			ti := &p.ti[i]
			cb := boolU(caps)
			var v *[2][nTags]int32
			e := p.ent[i]
			if e != nil {
				v = e.locV[cb]
			}
			if v == nil {
				k := ti.w ^ cb*0x9e3779b97f4a7c15 ^ uint64(ti.clu)<<32
				v, _ = x.local.Get(k)
				if v == nil {
					v = new([2][nTags]int32)
					x.keys = localFeatures(ti, caps, x.keys[:0])
					t.st.emit(x.keys, &v[0], &v[1])
					x.local.Put(k, v)
				}
				if e != nil {
					e.locV[cb] = v
				}
			}
			o1, o2 := &x.st[0][i], &x.st[1][i]
			*o1, *o2 = v[0], v[1]
			nbs := [4]*[2][nTags]int32{&edge[0], &edge[1], &edge[2], &edge[3]}
			if i-1 >= s[0] {
				nbs[0] = &x.nb[i-1][0]
				if i-2 >= s[0] {
					nbs[1] = &x.nb[i-2][1]
				}
			}
			if i+1 < s[1] {
				nbs[2] = &x.nb[i+1][2]
				if i+2 < s[1] {
					nbs[3] = &x.nb[i+2][3]
				}
			}
			for _, nv := range nbs {
				vec.AddInt32(o1[:], nv[0][:])
				vec.AddInt32(o2[:], nv[1][:])
			}
			for len(x.ctxOff) <= i { // tokens outside the sentences have none
				x.ctxOff = append(x.ctxOff, int32(len(x.ctx)))
			}
			x.ctx = wordContext(p.ti, s[0], s[1], i, caps, false, x.ctx)
			x.ctx = append(x.ctx, p.aggKeysOf(i)...)
			ssm2, ssm1, ssp1, ssp2 := shapes(p.ti, s[0], s[1], i)
			sk := shapeContextKey(ssm2, ssm1, ti.ss, ssp1, ssp2, boolU(caps))
			sv, _ := x.shape.Get(sk)
			if sv == nil {
				sv = new([2][nTags]int32)
				x.keys = shapeContext(ssm2, ssm1, ti.ss, ssp1, ssp2, boolU(caps), x.keys[:0])
				t.st.emit(x.keys, &sv[0], &sv[1])
				x.shape.Put(sk, sv)
			}
			vec.AddInt32(o1[:], sv[0][:])
			vec.AddInt32(o2[:], sv[1][:])
		}
	}
	for len(x.ctxOff) <= n {
		x.ctxOff = append(x.ctxOff, int32(len(x.ctx)))
	}
	x.rows = t.st.emitAddEach(x.ctx, x.ctxOff, x.st[0], x.st[1], x.rows)
	if t.m1 != nil {
		x.docPred = x.docPred[:0]
		runStatic(t.m1, x.st[0], p, x, func(si int, pred []tag) {
			x.docPred = append(x.docPred, pred...)
		})
		x.applyVotes(p, x.docPred)
		clear(x.mem)
	}
	runStatic(t.m, x.st[1], p, x, func(si int, pred []tag) {
		p.applyRules(si, pred)
		fn(si, pred)
	})
}

// runStatic is runDoc with the static emissions st computed beforehand.
func runStatic(m *model, st [][nTags]int32, p *prepDoc, x *scratch, fn func(si int, pred []tag)) {
	for si, s := range p.sents {
		s0, s1 := s[0], s[1]
		n := s1 - s0
		x.sizeSentence(n)
		for i := s0; i < s1; i++ {
			t := &p.ti[i]
			t.mem = 0
			if t.cap {
				t.mem = x.mem[t.l]
			}
			x.emits[i-s0] = st[i]
			if t.mem != 0 || t.vote != 0 {
				x.keys = dynFeatures(t, p.caps[si], x.keys[:0])
				m.emitAdd(x.keys, &x.emits[i-s0])
			}
		}
		viterbiT(x.emits, m.vtab(), x.pred, x.bp)
		fn(si, x.pred)
		x.remember(p, s0, x.pred)
	}
}

func (x *scratch) sizeSentence(n int) {
	if cap(x.emits) < n {
		x.emits = make([][nTags]int32, n)
		x.bp = make([][nTags]uint8, n)
		x.pred = make([]tag, n)
	}
	x.emits, x.bp, x.pred = x.emits[:n], x.bp[:n], x.pred[:n]
}

// remember stores the types of the sentence's capitalised words.
func (x *scratch) remember(p *prepDoc, s0 int, pred []tag) {
	for i, g := range pred {
		if g != tagO && p.ti[s0+i].cap {
			x.mem[p.ti[s0+i].l] = 1 + uint8(g.typ())
		}
	}
}

// applyVotes sets each capitalised token's vote: the tag (O or a type) its
// word got most often in the document's first pass.
func (x *scratch) applyVotes(p *prepDoc, pred []tag) {
	if x.votes == nil {
		x.votes = map[uint64][1 + nTypes]int32{}
	}
	clear(x.votes)
	for i := range p.ti {
		t := &p.ti[i]
		if !t.cap {
			continue
		}
		c := x.votes[t.l]
		k := 0
		if pred[i] != tagO {
			k = 1 + int(pred[i].typ())
		}
		c[k]++
		x.votes[t.l] = c
	}
	for i := range p.ti {
		t := &p.ti[i]
		t.vote = 0
		if !t.cap {
			continue
		}
		c := x.votes[t.l]
		best := 0
		for k := 1; k < len(c); k++ {
			if c[k] > c[best] {
				best = k
			}
		}
		t.vote = uint8(1 + best)
	}
}

// runDoc decodes the sentences of p in order, keeping the document memory,
// and calls fn with each sentence's tags. x.keys and x.koff hold the feature
// keys of the sentence's tokens, x.emits their scores.
func runDoc(e emitter, trans *[nTags + 1][nTags]int32, p *prepDoc, x *scratch, fn func(si int, pred []tag)) {
	for si, s := range p.sents {
		s0, s1 := s[0], s[1]
		n := s1 - s0
		for i := s0; i < s1; i++ {
			t := &p.ti[i]
			t.mem = 0
			if t.cap {
				t.mem = x.mem[t.l]
			}
		}
		x.keys = x.keys[:0]
		x.koff = x.koff[:0]
		x.sizeSentence(n)
		for i := s0; i < s1; i++ {
			k0 := len(x.keys)
			x.keys = features(p.ti, s0, s1, i, p.caps[si], x.keys)
			x.keys = append(x.keys, p.aggKeysOf(i)...)
			x.koff = append(x.koff, k0)
			e.emit(x.keys[k0:], &x.emits[i-s0])
		}
		x.koff = append(x.koff, len(x.keys))
		viterbi(x.emits, trans, x.pred, x.bp)
		fn(si, x.pred)
		x.remember(p, s0, x.pred)
	}
}
