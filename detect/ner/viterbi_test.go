package ner

import (
	"math"
	"math/rand"
	"testing"
)

// viterbiAll is viterbi trying every allowed predecessor at every step.
func viterbiAll(emit [][nTags]int32, trans *[nTags + 1][nTags]int32) []tag {
	n := len(emit)
	const neg = math.MinInt64 / 4
	prev := make([]int64, nTags)
	bp := make([][nTags]uint8, n)
	for t := 0; t < nTags; t++ {
		prev[t] = neg
		if allow[start][t] {
			prev[t] = int64(emit[0][t]) + int64(trans[start][t])
		}
	}
	for i := 1; i < n; i++ {
		cur := make([]int64, nTags)
		for t := 0; t < nTags; t++ {
			best, arg := int64(neg), preds[t][0]
			for _, a := range preds[t] {
				if s := prev[a] + int64(trans[a][t]); s > best {
					best, arg = s, a
				}
			}
			cur[t] = best + int64(emit[i][t])
			bp[i][t] = arg
		}
		prev = cur
	}
	best, arg := int64(math.MinInt64), 0
	for t := 0; t < nTags; t++ {
		if allow[t][start] && prev[t] > best {
			best, arg = prev[t], t
		}
	}
	out := make([]tag, n)
	for i := n - 1; i >= 0; i-- {
		out[i] = tag(arg)
		arg = int(bp[i][arg])
	}
	return out
}

// TestViterbiPruningExact: viterbi, which skips the predecessors that
// cannot win, gives the same tags as trying them all, ties included
// (small integer scores make many), with narrow and wide transitions.
func TestViterbiPruningExact(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	for iter := 0; iter < 3000; iter++ {
		var trans [nTags + 1][nTags]int32
		spread := []int32{1, 3, 40, 1000}[iter%4]
		for a := range trans {
			for b := range trans[a] {
				trans[a][b] = rng.Int31n(2*spread+1) - spread
			}
		}
		n := 1 + rng.Intn(30)
		emit := make([][nTags]int32, n)
		es := []int32{2, 5, 100, 5000}[rng.Intn(4)]
		for i := range emit {
			for k := range emit[i] {
				emit[i][k] = rng.Int31n(2*es+1) - es
			}
		}
		out := make([]tag, n)
		bp := make([][nTags]uint8, n)
		viterbi(emit, &trans, out, bp)
		want := viterbiAll(emit, &trans)
		for i := range out {
			if out[i] != want[i] {
				t.Fatalf("iteration %d (transitions ±%d, emissions ±%d), token %d: tag %d, trying all gives %d", iter, spread, es, i, out[i], want[i])
			}
		}
	}
}
