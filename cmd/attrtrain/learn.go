package main

import (
	"math"
	"sort"

	"github.com/quotebench/quotebench/detect"
	"github.com/quotebench/quotebench/detect/eval"
)

// example is one labelled feature list.
type example struct {
	feats []string
	right bool
}

func rightPct(xs []example) float64 {
	n := 0
	for _, x := range xs {
		if x.right {
			n++
		}
	}
	return 100 * float64(n) / float64(max(len(xs), 1))
}

// examples runs the detector (every candidate kept) on the gold articles
// and labels each candidate quote part as the scorer counts it (right when
// it covers more than 30% of a gold quote) and each speaker link (right
// when its mention overlaps the speaker of the gold quote the candidate
// covers most); and each other candidate speaker the ranker considers, the
// same way.
func examples(det *detect.Detector, gold []eval.Record) (qx, sx []example) {
	for _, g := range gold {
		cands, ments := det.Candidates(g.Text)
		for _, c := range cands {
			bestCov, best := 0.0, -1
			for _, p := range c.Quote.Parts {
				right := false
				for gi, gq := range g.Quotes {
					n := gq.End - gq.Start
					if n <= 0 {
						continue
					}
					cov := float64(max(0, min(p.End, gq.End)-max(p.Start, gq.Start))) / float64(n)
					if cov > 0.3 {
						right = true
					}
					if cov > bestCov {
						bestCov, best = cov, gi
					}
				}
				qx = append(qx, example{c.QuoteFeatures, right})
			}
			if best < 0 || bestCov <= 0.3 {
				continue
			}
			gq := g.Quotes[best]
			if gq.SpeakerStart == nil || gq.SpeakerEnd == nil {
				continue
			}
			if c.SpeakerFeatures != nil {
				m := ments[c.Quote.Speaker-1]
				ok := max(0, min(m.End, *gq.SpeakerEnd)-max(m.Start, *gq.SpeakerStart)) > 0
				sx = append(sx, example{c.SpeakerFeatures, ok})
			}
			for _, al := range c.SpeakerAlts {
				ok := max(0, min(al.Mention.End, *gq.SpeakerEnd)-max(al.Mention.Start, *gq.SpeakerStart)) > 0
				sx = append(sx, example{al.Features, ok})
			}
		}
	}
	return qx, sx
}

// trainLR fits a logistic regression by full-batch gradient descent with
// AdaGrad steps and an L2 penalty; deterministic (features are indexed in
// sorted order and examples summed in input order).
func trainLR(xs []example, epochs int, l2 float64) detect.Linear {
	index := map[string]int{}
	var names []string
	for _, x := range xs {
		for _, f := range x.feats {
			if _, ok := index[f]; !ok {
				index[f] = -1
				names = append(names, f)
			}
		}
	}
	sort.Strings(names)
	for i, n := range names {
		index[n] = i
	}
	ids := make([][]int, len(xs))
	for i, x := range xs {
		for _, f := range x.feats {
			ids[i] = append(ids[i], index[f])
		}
	}
	nf := len(names) + 1 // last is the bias
	w := make([]float64, nf)
	g2 := make([]float64, nf)
	grad := make([]float64, nf)
	const rate = 0.5
	n := float64(max(len(xs), 1))
	for e := 0; e < epochs; e++ {
		for i := range grad {
			grad[i] = 0
		}
		for i, x := range xs {
			z := w[nf-1]
			for _, f := range ids[i] {
				z += w[f]
			}
			p := 1 / (1 + math.Exp(-z))
			y := 0.0
			if x.right {
				y = 1
			}
			d := (p - y) / n
			for _, f := range ids[i] {
				grad[f] += d
			}
			grad[nf-1] += d
		}
		for i := range w {
			g := grad[i]
			if i < nf-1 {
				g += l2 * w[i]
			}
			g2[i] += g * g
			if g2[i] > 0 {
				w[i] -= rate * g / math.Sqrt(g2[i])
			}
		}
	}
	l := detect.Linear{Bias: round6(w[nf-1]), W: map[string]float64{}}
	for i, name := range names {
		if v := round6(w[i]); v != 0 {
			l.W[name] = v
		}
	}
	return l
}

func round6(x float64) float64 { return math.Round(x*1e6) / 1e6 }
