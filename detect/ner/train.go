package ner

import (
	"compress/gzip"
	"fmt"
	"io"
	"math"
	"math/rand"
	"slices"
	"sort"
	"time"
)

// TrainOptions control training. The zero value trains with the defaults.
type TrainOptions struct {
	Epochs int       // passes over the data; 0 means 12
	Seed   int64     // seed of the document order; training is deterministic for a seed
	Log    io.Writer // progress, or nil
	// Calibrate fits the confidence on held-out documents (the last tenth:
	// CoNLL's documents are in date order, and text to tag comes later
	// still) with a first model before training the final one on
	// everything.
	Calibrate bool
	// TwoPass adds a second model that sees, for each capitalised word, the
	// tag the first model gave it most often in the document. Its training
	// votes come from first models trained on the other folds (jackknife).
	TwoPass bool
	// Bags is the number of perceptrons, each trained on its own document
	// order (seeds Seed, Seed+1, ...), whose weights are averaged; 0 means 1.
	Bags int
	// Rare: a capitalised word seen fewer than Rare times in the training
	// documents is trained without its identity features (word, lower-case
	// word), as an unseen name is tagged: from its shape, affixes, cluster,
	// context and gazetteer. 0 or 1: off.
	Rare int
}

// trainer holds the perceptron during training: integer weights w and, for
// averaging, u accumulating c·Δ (averaged weight = w − u/c).
type trainer struct {
	idx    map[uint64]int32
	keys   []uint64
	w      []int32
	u      []int64
	trans  [nTags + 1][nTags]int32
	utrans [nTags + 1][nTags]int64
	c      int64
}

func (tr *trainer) emit(keys []uint64, out *[nTags]int32) {
	*out = [nTags]int32{}
	for _, h := range keys {
		r, ok := tr.idx[h]
		if !ok {
			continue
		}
		ws := tr.w[int(r)*nTags : int(r)*nTags+nTags]
		for t, v := range ws {
			out[t] += v
		}
	}
}

func (tr *trainer) row(h uint64) int {
	r, ok := tr.idx[h]
	if !ok {
		r = int32(len(tr.keys))
		tr.idx[h] = r
		tr.keys = append(tr.keys, h)
		tr.w = append(tr.w, make([]int32, nTags)...)
		tr.u = append(tr.u, make([]int64, nTags)...)
	}
	return int(r) * nTags
}

func (tr *trainer) update(keys []uint64, good, bad tag) {
	for _, h := range keys {
		r := tr.row(h)
		tr.w[r+int(good)]++
		tr.u[r+int(good)] += tr.c
		tr.w[r+int(bad)]--
		tr.u[r+int(bad)] -= tr.c
	}
}

type trainDoc struct {
	words []string
	sents [][2]int
	gold  []tag
	votes []uint8 // per token, from a first pass that did not see the document
}

func toTrainDocs(docs []Doc) []trainDoc {
	out := make([]trainDoc, 0, len(docs))
	for _, d := range docs {
		var td trainDoc
		for _, s := range d.Sentences {
			s0 := len(td.words)
			for _, w := range s.Words {
				td.words = append(td.words, normWord(w))
			}
			td.sents = append(td.sents, [2]int{s0, len(td.words)})
			spans := make([]span, 0, len(s.Entities))
			for _, e := range s.Entities {
				t, _ := typeOf(e.Type)
				spans = append(spans, span{e.Start, e.End, t})
			}
			td.gold = append(td.gold, spansToTags(spans, len(s.Words))...)
		}
		out = append(out, td)
	}
	return out
}

// Train trains a tagger on docs with gazetteer gaz (which may be nil).
func Train(docs []Doc, gaz *Gazetteer, opt TrainOptions) *Tagger {
	if opt.Epochs <= 0 {
		opt.Epochs = 12
	}
	tds := toTrainDocs(docs)
	var m1 *model
	if opt.TwoPass {
		const folds = 4
		x := new(scratch)
		for f := 0; f < folds; f++ {
			var train []trainDoc
			for i, d := range tds {
				if i%folds != f {
					train = append(train, d)
				}
			}
			logf(opt.Log, "first pass, fold %d/%d\n", f+1, folds)
			mf := trainModel(train, gaz, opt, false)
			for i := f; i < len(tds); i += folds {
				d := &tds[i]
				p := x.prepare(d.words, d.sents, gaz)
				x.docPred = x.docPred[:0]
				runDoc(mf, &mf.trans, p, x, func(si int, pred []tag) { x.docPred = append(x.docPred, pred...) })
				x.applyVotes(p, x.docPred)
				d.votes = make([]uint8, len(p.ti))
				for j := range p.ti {
					d.votes[j] = p.ti[j].vote
				}
			}
		}
		logf(opt.Log, "first pass, all documents\n")
		m1 = trainModel(tds, gaz, opt, false)
	}
	var calA, calB [nTypes]float64
	if opt.Calibrate && len(tds) >= 10 {
		var train, held []trainDoc
		cut := len(tds) - len(tds)/10
		for i, d := range tds {
			if i >= cut {
				held = append(held, d)
			} else {
				train = append(train, d)
			}
		}
		logf(opt.Log, "calibration model\n")
		m := trainModel(train, gaz, opt, opt.TwoPass)
		calA, calB = calibrate(m, gaz, held, opt.TwoPass, opt.Log)
	}
	logf(opt.Log, "final model\n")
	m := trainModel(tds, gaz, opt, opt.TwoPass)
	m.calA, m.calB = calA, calB
	return newTagger(m1, m, gaz)
}

func logf(w io.Writer, format string, args ...any) {
	if w != nil {
		fmt.Fprintf(w, format, args...)
	}
}

// trainModel trains opt.Bags perceptrons on different document orders and
// averages them.
func trainModel(tds []trainDoc, gaz *Gazetteer, opt TrainOptions, votes bool) *model {
	bags := max(opt.Bags, 1)
	fm := &floatModel{rows: map[uint64]*[nTags]float64{}}
	for k := 0; k < bags; k++ {
		o := opt
		o.Seed = opt.Seed + int64(k)
		trainOne(tds, gaz, o, votes).addAveraged(fm, 1/float64(bags))
	}
	return fm.quantize()
}

func trainOne(tds []trainDoc, gaz *Gazetteer, opt TrainOptions, votes bool) *trainer {
	tr := &trainer{idx: make(map[uint64]int32)}
	rng := rand.New(rand.NewSource(opt.Seed))
	order := make([]int, len(tds))
	for i := range order {
		order[i] = i
	}
	x := new(scratch)
	var count map[string]int32
	if opt.Rare > 1 {
		count = map[string]int32{}
		for i := range tds {
			for _, w := range tds[i].words {
				count[w]++
			}
		}
	}
	for ep := 0; ep < opt.Epochs; ep++ {
		t0 := time.Now()
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs, n := 0, 0
		for _, di := range order {
			d := &tds[di]
			p := x.prepare(d.words, d.sents, gaz)
			if votes {
				for j := range p.ti {
					p.ti[j].vote = d.votes[j]
				}
			}
			if count != nil {
				for j := range p.ti {
					p.ti[j].rare = p.ti[j].cap && count[d.words[j]] < int32(opt.Rare)
				}
			}
			runDoc(tr, &tr.trans, p, x, func(si int, pred []tag) {
				s0 := p.sents[si][0]
				gold := d.gold[s0:p.sents[si][1]]
				tr.c++
				prevG, prevP := start, start
				for i := range pred {
					g, q := gold[i], pred[i]
					n++
					if g != q {
						errs++
						tr.update(x.keys[x.koff[i]:x.koff[i+1]], g, q)
					}
					if prevG != prevP || g != q {
						tr.trans[prevG][g]++
						tr.utrans[prevG][g] += tr.c
						tr.trans[prevP][q]--
						tr.utrans[prevP][q] -= tr.c
					}
					prevG, prevP = int(g), int(q)
				}
				// Memory follows the gold tags during training only where the
				// prediction was right; runDoc stores the prediction.
			})
		}
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, "epoch %d: %d/%d tokens wrong (%.2f%%), %d features, %s\n",
				ep+1, errs, n, 100*float64(errs)/float64(max(n, 1)), len(tr.keys), time.Since(t0).Round(time.Millisecond))
		}
	}
	return tr
}

// floatModel is a sum of averaged perceptrons before quantisation.
type floatModel struct {
	rows  map[uint64]*[nTags]float64
	trans [nTags + 1][nTags]float64
}

// addAveraged adds weight × the averaged weights of tr to fm.
func (tr *trainer) addAveraged(fm *floatModel, weight float64) {
	c := float64(tr.c + 1)
	for r, h := range tr.keys {
		row := fm.rows[h]
		if row == nil {
			row = new([nTags]float64)
			fm.rows[h] = row
		}
		for t := 0; t < nTags; t++ {
			i := r*nTags + t
			row[t] += weight * (float64(tr.w[i]) - float64(tr.u[i])/c)
		}
	}
	for a := range tr.trans {
		for t := range tr.trans[a] {
			fm.trans[a][t] += weight * (float64(tr.trans[a][t]) - float64(tr.utrans[a][t])/c)
		}
	}
}

// quantize returns the model with int16 weights.
func (fm *floatModel) quantize() *model {
	hs := make([]uint64, 0, len(fm.rows))
	for h := range fm.rows {
		hs = append(hs, h)
	}
	slices.Sort(hs)
	maxAbs := 0.0
	for _, h := range hs {
		for _, v := range fm.rows[h] {
			maxAbs = math.Max(maxAbs, math.Abs(v))
		}
	}
	if maxAbs == 0 {
		maxAbs = 1
	}
	m := &model{scale: maxAbs / 32000}
	for a := range fm.trans {
		for t := range fm.trans[a] {
			m.trans[a][t] = int32(math.Round(fm.trans[a][t] / m.scale))
		}
	}
	// Rows by 32-bit key; rows whose key collides are summed.
	type row struct {
		key uint32
		w   [nTags]int32
	}
	byKey := make(map[uint32]*row)
	for _, h := range hs {
		var q [nTags]int32
		nz := false
		for t := 0; t < nTags; t++ {
			q[t] = int32(math.Round(fm.rows[h][t] / m.scale))
			nz = nz || q[t] != 0
		}
		if !nz {
			continue
		}
		k := key32(h)
		if rw := byKey[k]; rw != nil {
			for t := range q {
				rw.w[t] += q[t]
			}
		} else {
			byKey[k] = &row{k, q}
		}
	}
	keys := make([]uint32, 0, len(byKey))
	for k := range byKey {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	m.w = make([]int16, len(keys)*nTags)
	for r, k := range keys {
		for t, v := range byKey[k].w {
			m.w[r*nTags+t] = int16(max(-32767, min(32767, v)))
		}
	}
	m.keys = keys
	m.build(keys)
	return m
}

// calibrate fits p(correct) = σ(a·margin + b) on the spans predicted in
// held-out documents, by Newton's method on the log-likelihood, for each
// entity type (a type with few spans gets the fit of all types).
func calibrate(m *model, gaz *Gazetteer, held []trainDoc, votes bool, log io.Writer) (calA, calB [nTypes]float64) {
	var ms, ys []float64
	var typs []etype
	x := new(scratch)
	for _, d := range held {
		p := x.prepare(d.words, d.sents, gaz)
		if votes {
			for j := range p.ti {
				p.ti[j].vote = d.votes[j]
			}
		}
		runDoc(m, &m.trans, p, x, func(si int, pred []tag) {
			s0 := p.sents[si][0]
			gold := tagsToSpans(d.gold[s0:p.sents[si][1]], nil)
			x.spans = tagsToSpans(pred, x.spans[:0])
			for _, sp := range x.spans {
				mg := m.margin(x, sp, pred)
				y := 0.0
				for _, g := range gold {
					if g == sp {
						y = 1
					}
				}
				ms = append(ms, mg)
				ys = append(ys, y)
				typs = append(typs, sp.typ)
			}
		})
	}
	ga, gb := fitPlatt(ms, ys)
	for t := range calA {
		var tm, ty []float64
		for i := range ms {
			if typs[i] == etype(t) {
				tm, ty = append(tm, ms[i]), append(ty, ys[i])
			}
		}
		calA[t], calB[t] = ga, gb
		if len(tm) >= 50 {
			calA[t], calB[t] = fitPlatt(tm, ty)
		}
		if log != nil {
			fmt.Fprintf(log, "confidence of %s calibrated on %d held-out spans: a=%.4f b=%.4f\n", typeNames[t], len(tm), calA[t], calB[t])
		}
	}
	return calA, calB
}

// fitPlatt fits p = σ(a·m + b) to outcomes ys: Newton's method on the
// log-likelihood with a small ridge, each step halved until the
// likelihood improves, so that it cannot run away.
func fitPlatt(ms, ys []float64) (float64, float64) {
	const ridge = 1e-3
	ll := func(a, b float64) float64 {
		s := -ridge / 2 * (a*a + b*b)
		for i, m := range ms {
			z := a*m + b
			// log σ(z) and log(1 − σ(z)), stable for large |z|.
			lp := -math.Log1p(math.Exp(-math.Abs(z))) + math.Min(z, 0)
			lq := lp - z
			s += ys[i]*lp + (1-ys[i])*lq
		}
		return s
	}
	a, b := 0.1, 0.0
	cur := ll(a, b)
	for it := 0; it < 100; it++ {
		ga, gb := -ridge*a, -ridge*b
		haa, hab, hbb := ridge, 0.0, ridge
		for i, m := range ms {
			p := 1 / (1 + math.Exp(-(a*m + b)))
			d := ys[i] - p
			ga += d * m
			gb += d
			w := p * (1 - p)
			haa += w * m * m
			hab += w * m
			hbb += w
		}
		det := haa*hbb - hab*hab
		if det <= 0 {
			break
		}
		da := (hbb*ga - hab*gb) / det
		db := (haa*gb - hab*ga) / det
		step := 1.0
		improved := false
		for k := 0; k < 40; k++ {
			if n := ll(a+step*da, b+step*db); n >= cur {
				a, b, cur = a+step*da, b+step*db, n
				improved = true
				break
			}
			step /= 2
		}
		if !improved || math.Abs(step*da) < 1e-10 && math.Abs(step*db) < 1e-10 {
			break
		}
	}
	return a, b
}

// WriteModel writes the model, gzipped.
func (t *Tagger) WriteModel(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	if t.m1 != nil {
		if err := t.m1.write(zw, t.m1.keys); err != nil {
			return err
		}
	}
	if err := t.m.write(zw, t.m.keys); err != nil {
		return err
	}
	return zw.Close()
}

// Features is the number of feature rows in the model.
func (t *Tagger) Features() int {
	n := len(t.m.keys)
	if t.m1 != nil {
		n += len(t.m1.keys)
	}
	return n
}
