package ner

import "math"

// vtab is a model's transitions in the form viterbi reads them, made once
// per model (newVtab) instead of once per sentence.
type vtab struct {
	// tt[t][a] is the transition a → t, in rows of 32 indexed by a&31, so
	// that the predecessors of a tag are read in a row with no bounds
	// checks.
	tt [nTags][32]int64
	// d is the spread of the transitions from the openers to the tags
	// they open (see viterbi).
	d int64
	// start[t] is the transition from the sentence's start to t (ok[t]
	// false: t cannot start one).
	start [nTags]int64
	ok    [nTags]bool
}

func newVtab(trans *[nTags + 1][nTags]int32) *vtab {
	v := &vtab{}
	for a := 0; a < nTags; a++ {
		for t := 0; t < nTags; t++ {
			v.tt[t][a] = int64(trans[a][t])
		}
	}
	for t := 0; t < nTags; t++ {
		v.start[t], v.ok[t] = int64(trans[start][t]), allow[start][t]
	}
	if len(openers) > 0 {
		lo, hi := int64(math.MaxInt64), int64(math.MinInt64)
		for _, t := range openTags {
			for _, a := range openers {
				x := v.tt[t][a&31]
				lo, hi = min(lo, x), max(hi, x)
			}
		}
		v.d = hi - lo
	}
	return v
}

// negScore is the score of a tag no path can reach.
const negScore = math.MinInt64 / 64

// viterbi finds the best tag sequence under BILOU constraints. emit holds
// the tag scores of each token; out receives the tags.
func viterbi(emit [][nTags]int32, trans *[nTags + 1][nTags]int32, out []tag, bp [][nTags]uint8) {
	viterbiT(emit, newVtab(trans), out, bp)
}

// viterbiT is viterbi with the transitions prepared (newVtab).
func viterbiT(emit [][nTags]int32, v *vtab, out []tag, bp [][nTags]uint8) {
	n := len(emit)
	if n == 0 {
		return
	}
	var prev, cur [32]int64
	for t := 0; t < nTags; t++ {
		if v.ok[t] {
			prev[t] = int64(emit[0][t]) + v.start[t]
		} else {
			prev[t] = negScore
		}
	}
	for i := 1; i < n; i++ {
		v.step(&prev, &cur, &emit[i], &bp[i])
		prev = cur
	}
	best, arg := int64(math.MinInt64), 0
	for t := 0; t < nTags; t++ {
		if allow[t][start] && prev[t] > best {
			best, arg = prev[t], t
		}
	}
	for i := n - 1; i >= 0; i-- {
		out[i] = tag(arg)
		arg = int(bp[i][arg])
	}
}

// step scores one token's tags from the previous token's (prev) into cur,
// with the best predecessor of each in b.
//
// The tags that may follow O or an entity's end (O, B-, U-) share their
// predecessors (O, L-, U-: openers). A predecessor whose score is below
// the best opener's by more than the spread d of the transitions between
// them cannot win for any such tag, so each step tries only the openers
// within d of the best (in order, so ties go as before).
func (v *vtab) step(prev, cur *[32]int64, e *[nTags]int32, b *[nTags]uint8) {
	var alive [nTags]uint8
	na := 0
	if len(openers) > 0 {
		m := int64(math.MinInt64)
		for _, a := range openers {
			m = max(m, prev[a&31])
		}
		for _, a := range openers {
			if prev[a&31] >= m-v.d {
				alive[na] = a
				na++
			}
		}
	}
	for t := 0; t < nTags; t++ {
		ps := preds[t]
		if opens[t] {
			ps = alive[:na]
		}
		cur[t], b[t] = bestPred(prev, &v.tt[t], ps)
		cur[t] += int64(e[t])
	}
}

// bestPred returns the best score of a predecessor in ps plus its
// transition in row, and which it is: the first of equals; negScore and
// ps[0] when none beats negScore. Each candidate is one integer, its score
// shifted left by 5 with 31 minus its place in ps below, so that the
// largest is the best and, of equal scores, the first; finding it takes
// no branches. The scores stay far from overflowing: negScore<<5 is
// MinInt64/2, and a sentence's scores are sums of int32s.
func bestPred(prev, row *[32]int64, ps []uint8) (int64, uint8) {
	key := int64(negScore)<<5 | 31
	for k, a := range ps {
		d := (prev[a&31]+row[a&31])<<5 | int64(31-k&31) - key
		key += d &^ (d >> 63) // max without a branch: the keys differ by less than 2^62
	}
	return key >> 5, ps[31-int(key&31)]
}
