package syntax

import (
	"fmt"
	"io"
	"math"
	"math/rand"
	"slices"
	"sort"
	"time"
)

// TrainOptions control training; the zero value trains with the defaults.
type TrainOptions struct {
	Epochs int       // passes over the data; 0 means 10
	Seed   int64     // seed of the document order; training is deterministic for a seed
	Folds  int       // the second POS pass learns from first-pass tags predicted by models that did not see the document (jackknife with this many folds); 0 means 5, 1 means the final first pass's own tags
	Prune  float64   // drop feature rows whose largest averaged weight is below this; 0 means 0.5
	Bags   int       // perceptrons per model, each on its own document order, whose averaged weights are averaged; 0 means 1
	Log    io.Writer // progress, or nil
	// Clusters are the word clusters whose path prefixes are features, or nil.
	Clusters *Clusters
}

// trainer is a multi-class averaged perceptron: integer weights w and, for
// averaging, u accumulating c·Δ (averaged weight = w − u/c).
type trainer struct {
	n    int
	idx  map[uint64]int32
	keys []uint64
	w    []int32
	u    []int64
	c    int64
}

func newTrainer(n int) *trainer { return &trainer{n: n, idx: map[uint64]int32{}} }

func (tr *trainer) score(keys []uint64, out []int32) {
	clear(out)
	for _, h := range keys {
		if r, ok := tr.idx[h]; ok {
			for t, v := range tr.w[int(r)*tr.n : int(r+1)*tr.n] {
				out[t] += v
			}
		}
	}
}

func (tr *trainer) update(keys []uint64, good, bad int) {
	for _, h := range keys {
		r, ok := tr.idx[h]
		if !ok {
			r = int32(len(tr.keys))
			tr.idx[h] = r
			tr.keys = append(tr.keys, h)
			tr.w = append(tr.w, make([]int32, tr.n)...)
			tr.u = append(tr.u, make([]int64, tr.n)...)
		}
		i := int(r) * tr.n
		tr.w[i+good]++
		tr.u[i+good] += tr.c
		tr.w[i+bad]--
		tr.u[i+bad] -= tr.c
	}
}

// finish averages the weights, drops rows whose largest weight is below
// prune, and quantises the rest to int16.
func (tr *trainer) finish(classes []string, prune float64) *model {
	return finishBag([]*trainer{tr}, classes, prune)
}

// finishBag is finish for the mean of the averaged weights of trs (each
// trained on its own document order).
func finishBag(trs []*trainer, classes []string, prune float64) *model {
	n := trs[0].n
	idx := map[uint64]int{}
	var keys []uint64
	var avg []float64
	for _, tr := range trs {
		c := float64(tr.c + 1)
		for r, h := range tr.keys {
			o, ok := idx[h]
			if !ok {
				o = len(keys)
				idx[h] = o
				keys = append(keys, h)
				avg = append(avg, make([]float64, n)...)
			}
			for t := 0; t < n; t++ {
				i := r*n + t
				avg[o*n+t] += (float64(tr.w[i]) - float64(tr.u[i])/c) / float64(len(trs))
			}
		}
	}
	maxAbs := 1e-9
	for _, v := range avg {
		maxAbs = math.Max(maxAbs, math.Abs(v))
	}
	m := &model{classes: classes, scale: maxAbs / 32000}
	byKey := map[uint32][]int32{}
	for r, h := range keys {
		row := avg[r*n : (r+1)*n]
		big := 0.0
		for _, v := range row {
			big = math.Max(big, math.Abs(v))
		}
		if big < prune {
			continue
		}
		k := key32(h)
		q := byKey[k]
		if q == nil {
			q = make([]int32, n)
			byKey[k] = q
		}
		for t, v := range row {
			q[t] += int32(math.Round(v / m.scale))
		}
	}
	for k := range byKey {
		m.keys = append(m.keys, k)
	}
	slices.Sort(m.keys)
	m.w = make([]int16, len(m.keys)*n)
	for r, k := range m.keys {
		for t, v := range byKey[k] {
			m.w[r*n+t] = int16(max(-32767, min(32767, v)))
		}
	}
	m.build()
	return m
}

func argmax(s []int32) int {
	b := 0
	for i, v := range s {
		if v > s[b] {
			b = i
		}
	}
	return b
}

// argmaxMargin returns the best class and by how much its score beats
// the second best (0 with fewer than two classes). One pass: the best so
// far is the first of equals, and the second best is the best of the
// others, so both are what argmax and a second pass over the others give.
func argmaxMargin(s []int32) (int, int32) {
	if len(s) == 0 {
		return 0, 0
	}
	b, best, second := 0, s[0], int32(math.MinInt32)
	for i, v := range s[1:] {
		if v > best {
			b, best, second = i+1, v, best
		} else if v > second {
			second = v
		}
	}
	if second == math.MinInt32 {
		return b, 0
	}
	return b, best - second
}

// encoded is a training sentence as class ids.
type encoded struct {
	ws    []word
	pos   []uint8 // gold POS ids
	chunk []uint8 // gold chunk ids
	first []uint8 // first-pass POS ids the second pass learns from
}

func classList(docs []Doc, get func(Sentence) []string) []string {
	seen := map[string]bool{}
	for _, d := range docs {
		for _, s := range d.Sentences {
			for _, t := range get(s) {
				seen[t] = true
			}
		}
	}
	var out []string
	for t := range seen {
		out = append(out, t)
	}
	sort.Strings(out)
	return out
}

func encode(docs []Doc, posIDs, chunkIDs map[string]uint8, clu *Clusters) [][]encoded {
	var low, shp []byte
	out := make([][]encoded, len(docs))
	for di, d := range docs {
		for _, s := range d.Sentences {
			var e encoded
			for i, w := range s.Words {
				var x word
				nw := normWord(w)
				x, low, shp = analyse(nw, low, shp)
				x.clu = cluCode(clu, nw)
				e.ws = append(e.ws, x)
				e.pos = append(e.pos, posIDs[s.POS[i]])
				e.chunk = append(e.chunk, chunkIDs[s.Chunks[i]])
			}
			out[di] = append(out[di], e)
		}
	}
	return out
}

// Train trains the part-of-speech tagger and the chunker on docs.
func Train(docs []Doc, opt TrainOptions) (*Tagger, error) {
	if opt.Epochs <= 0 {
		opt.Epochs = 10
	}
	if opt.Prune <= 0 {
		opt.Prune = 0.5
	}
	if opt.Folds <= 0 {
		opt.Folds = 5
	}
	posClasses := classList(docs, func(s Sentence) []string { return s.POS })
	chunkClasses := classList(docs, func(s Sentence) []string { return s.Chunks })
	if len(posClasses) == 0 || len(posClasses) > 250 || len(chunkClasses) > 250 {
		return nil, fmt.Errorf("train: %d POS and %d chunk classes", len(posClasses), len(chunkClasses))
	}
	posIDs, chunkIDs := map[string]uint8{}, map[string]uint8{}
	for i, c := range posClasses {
		posIDs[c] = uint8(i)
	}
	for i, c := range chunkClasses {
		chunkIDs[c] = uint8(i)
	}
	enc := encode(docs, posIDs, chunkIDs, opt.Clusters)
	nP := len(posClasses)
	logf(opt.Log, "POS first pass, all documents\n")
	p1 := bagged(opt, func(o TrainOptions) *trainer { return trainPOS(enc, nP, o) }).finish(posClasses, opt.Prune)
	for f := 0; f < opt.Folds; f++ {
		m := p1
		if opt.Folds > 1 {
			var in [][]encoded
			for i, d := range enc {
				if i%opt.Folds != f {
					in = append(in, d)
				}
			}
			logf(opt.Log, "POS first pass, fold %d/%d\n", f+1, opt.Folds)
			m = trainPOS(in, nP, opt).finish(posClasses, opt.Prune)
		}
		for i := f; i < len(enc); i += opt.Folds {
			for k := range enc[i] {
				e := &enc[i][k]
				e.first, _ = firstPass(m, e.ws, nP)
			}
		}
	}
	logf(opt.Log, "POS second pass\n")
	p2 := bagged(opt, func(o TrainOptions) *trainer { return trainPOS2(enc, nP, o) }).finish(posClasses, opt.Prune)
	logf(opt.Log, "chunks\n")
	ct := bagged(opt, func(o TrainOptions) *trainer { return trainChunks(enc, nP, len(chunkClasses), o) })
	return newTagger(p1, p2, ct.finish(chunkClasses, opt.Prune), opt.Clusters)
}

func logf(w io.Writer, format string, args ...any) {
	if w != nil {
		fmt.Fprintf(w, format, args...)
	}
}

func shuffled(n int, rng *rand.Rand) []int {
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	rng.Shuffle(n, func(i, j int) { order[i], order[j] = order[j], order[i] })
	return order
}

func trainPOS(enc [][]encoded, nPOS int, opt TrainOptions) *trainer {
	return trainGreedy(enc, nPOS, opt.Seed, opt, func(e encoded, pred []uint8, i int, keys []uint64) ([]uint64, uint8) {
		return posFeatures(e.ws, pred, i, nPOS, keys), e.pos[i]
	})
}

func trainPOS2(enc [][]encoded, nPOS int, opt TrainOptions) *trainer {
	return trainGreedy(enc, nPOS, opt.Seed+2, opt, func(e encoded, pred []uint8, i int, keys []uint64) ([]uint64, uint8) {
		return pos2Features(e.ws, pred, e.first, i, nPOS, keys), e.pos[i]
	})
}

// firstPass tags ws with a first-pass model, summing every feature, and
// gives the margin of each tag (argmaxMargin).
func firstPass(m *model, ws []word, nPOS int) ([]uint8, []int32) {
	pred := make([]uint8, len(ws))
	margin := make([]int32, len(ws))
	scores := make([]int32, nPOS)
	var keys []uint64
	for i := range ws {
		keys = posFeatures(ws, pred, i, nPOS, keys[:0])
		clear(scores)
		m.addAll(keys, scores)
		p, d := argmaxMargin(scores)
		pred[i], margin[i] = uint8(p), d
	}
	return pred, margin
}

func trainChunks(enc [][]encoded, nPOS, nChunk int, opt TrainOptions) *trainer {
	return trainGreedy(enc, nChunk, opt.Seed+1, opt, func(e encoded, pred []uint8, i int, keys []uint64) ([]uint64, uint8) {
		return chunkFeatures(e.ws, e.pos, pred, i, nPOS, nChunk, keys), e.chunk[i]
	})
}

// trainGreedy trains an averaged perceptron that labels a sentence left to
// right, each word's features seeing the labels predicted before it: the
// POS tagger and the chunker. step gives word i's features (appended to
// keys) and its gold label; documents come in a seeded shuffled order.
func trainGreedy(enc [][]encoded, nLabels int, seed int64, opt TrainOptions, step func(e encoded, pred []uint8, i int, keys []uint64) ([]uint64, uint8)) *trainer {
	tr := newTrainer(nLabels)
	rng := rand.New(rand.NewSource(seed))
	scores := make([]int32, nLabels)
	var keys []uint64
	for ep := 0; ep < opt.Epochs; ep++ {
		t0 := time.Now()
		errs, n := 0, 0
		for _, di := range shuffled(len(enc), rng) {
			for _, e := range enc[di] {
				pred := make([]uint8, len(e.ws))
				for i := range e.ws {
					tr.c++
					var gold uint8
					keys, gold = step(e, pred, i, keys[:0])
					tr.score(keys, scores)
					p := argmax(scores)
					if p != int(gold) {
						tr.update(keys, int(gold), p)
						errs++
					}
					pred[i] = uint8(p)
					n++
				}
			}
		}
		logf(opt.Log, "  epoch %d: %.2f%% wrong, %d features, %s\n", ep+1, 100*float64(errs)/float64(max(n, 1)), len(tr.keys), time.Since(t0).Round(time.Millisecond))
	}
	return tr
}

// bags are trainers of one model on different document orders, whose
// averaged weights are averaged (finish).
type bags []*trainer

func (b bags) finish(classes []string, prune float64) *model { return finishBag(b, classes, prune) }

// bagged trains opt.Bags trainers with train, seeds opt.Seed + 10·k, two
// at a time.
func bagged(opt TrainOptions, train func(TrainOptions) *trainer) bags {
	out := make(bags, max(opt.Bags, 1))
	sem := make(chan struct{}, 2)
	done := make(chan struct{})
	for k := range out {
		go func() {
			sem <- struct{}{}
			o := opt
			o.Seed += 10 * int64(k)
			if k > 0 {
				o.Log = nil
			}
			out[k] = train(o)
			<-sem
			done <- struct{}{}
		}()
	}
	for range out {
		<-done
	}
	return out
}
