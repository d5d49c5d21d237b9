package agree

import (
	"math"
	"testing"

	"github.com/quotebench/quotebench/annot"
)

// The worked example of Krippendorff (2004), "Measuring the reliability of
// qualitative text analysis data", Quality & Quantity 38, 787–800: a
// continuum from 150 to 450, two observers. Category c: observer i marks
// [225,295) and [370,400); observer j marks [220,300), [355,375) and
// [400,420). The paper gives D_o ≈ .0144, D_e ≈ .0532 and α_c ≈ .7286
// (from rounded intermediate figures; unrounded it is .7285). Category k
// is marked identically by both: α_k = 1.
func TestAlphaUKrippendorffExample(t *testing.T) {
	shift := func(ss ...annot.Span) []annot.Span {
		for i := range ss {
			ss[i].Start -= 150
			ss[i].End -= 150
		}
		return ss
	}
	c := Continuum{Len: 300, Units: [][]annot.Span{
		shift(annot.Span{Start: 225, End: 295}, annot.Span{Start: 370, End: 400}),
		shift(annot.Span{Start: 220, End: 300}, annot.Span{Start: 355, End: 375}, annot.Span{Start: 400, End: 420}),
	}}
	a, ok := AlphaU([]Continuum{c})
	if !ok || math.Abs(a-0.7285) > 0.0001 {
		t.Errorf("alpha_c = %.5f (ok %v), want 0.7285", a, ok)
	}
	k := Continuum{Len: 300, Units: [][]annot.Span{
		shift(annot.Span{Start: 180, End: 240}, annot.Span{Start: 300, End: 350}),
		shift(annot.Span{Start: 180, End: 240}, annot.Span{Start: 300, End: 350}),
	}}
	if a, ok := AlphaU([]Continuum{k}); !ok || a != 1 {
		t.Errorf("alpha_k = %v (ok %v), want 1", a, ok)
	}
}

// A small continuum worked by hand. Length 10; A marks [2,6), B marks
// [3,6). Segments: A gap[0,2) unit[2,6) gap[6,10); B gap[0,3) unit[3,6)
// gap[6,10).
// Observed, ordered pairs (A,B) then (B,A): the two units overlap,
// δ² = (2−3)² + (6−6)² = 1; a unit inside the other's gap: none (A's unit
// starts before B's gap ends... [2,6) is not inside [0,3)). Other pairs 0.
// Both orders give 1: D_o = 2 / (2·1·10²) = 0.01.
// Expected: N_c = 2 units (lengths 4 and 3); gaps 2, 4, 3, 4.
// Unit 4: (N_c−1)/3·(2·64 − 3·16 + 4) = 84/3 = 28; gaps ≥ 4: 4, 4 → (1+1)·16 = 32; sum 60.
// Unit 3: 1/3·(54 − 27 + 3) = 10; gaps ≥ 3: 4, 3, 4 → (2+1+2)·9 = 45; sum 55.
// Numerator (2/10)·115 = 23; denominator 2·10·19 − (4·3 + 3·2) = 380 − 18 = 362.
// D_e = 23/362; α = 1 − 0.01·362/23 = 1 − 3.62/23 = 19.38/23.
func TestAlphaUByHand(t *testing.T) {
	c := Continuum{Len: 10, Units: [][]annot.Span{{{Start: 2, End: 6}}, {{Start: 3, End: 6}}}}
	a, ok := AlphaU([]Continuum{c})
	if want := 19.38 / 23; !ok || math.Abs(a-want) > 1e-12 {
		t.Errorf("alpha = %v (ok %v), want %v", a, ok, want)
	}
	// Nothing marked anywhere: undefined.
	if _, ok := AlphaU([]Continuum{{Len: 10, Units: [][]annot.Span{nil, nil}}}); ok {
		t.Error("alpha defined with no units")
	}
	// Two documents laid end to end keep their own gaps: the same pair
	// twice is not the same as one continuum twice as long with the
	// units merged, but alpha must stay within [−1, 1] and equal for
	// identical halves of identical marks.
	same := Continuum{Len: 10, Units: [][]annot.Span{{{Start: 2, End: 6}}, {{Start: 2, End: 6}}}}
	if a, ok := AlphaU([]Continuum{same, same}); !ok || a != 1 {
		t.Errorf("identical marks: alpha = %v (ok %v), want 1", a, ok)
	}
}
