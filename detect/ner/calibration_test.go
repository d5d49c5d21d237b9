package ner

import (
	"math"
	"math/rand"
	"testing"
)

// fitPlatt recovers the parameters outcomes were drawn with, and stays
// finite when the outcomes are separable by the margin.
func TestFitPlatt(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	var ms, ys []float64
	for i := 0; i < 4000; i++ {
		m := rng.Float64()*200 - 50
		y := 0.0
		if rng.Float64() < 1/(1+math.Exp(-(0.05*m-1))) {
			y = 1
		}
		ms, ys = append(ms, m), append(ys, y)
	}
	a, b := fitPlatt(ms, ys)
	if math.Abs(a-0.05) > 0.01 || math.Abs(b+1) > 0.3 {
		t.Errorf("fit a=%.4f b=%.4f, want about 0.05 and -1", a, b)
	}
	// Separable: every right span has a larger margin than every wrong one.
	ms, ys = ms[:0], ys[:0]
	for i := 0; i < 200; i++ {
		ms = append(ms, float64(i))
		ys = append(ys, float64(i/100))
	}
	a, b = fitPlatt(ms, ys)
	if math.IsNaN(a) || math.IsInf(a, 0) || math.Abs(a) > 1e4 || math.Abs(b) > 1e6 {
		t.Errorf("separable outcomes: a=%g b=%g", a, b)
	}
}
