package syntax

import (
	"math"
	"math/rand"
	"testing"
)

// TestArgmaxMarginAgainstTwoPasses: the one-pass argmaxMargin gives what
// argmax and a second pass over the other classes give, on random scores
// with many ties (small ranges) and extremes (MinInt32, MaxInt32).
func TestArgmaxMarginAgainstTwoPasses(t *testing.T) {
	twoPasses := func(s []int32) (int, int32) {
		b := argmax(s)
		second := int32(math.MinInt32)
		for i, v := range s {
			if i != b && v > second {
				second = v
			}
		}
		if second == math.MinInt32 {
			return b, 0
		}
		return b, s[b] - second
	}
	rng := rand.New(rand.NewSource(3))
	for iter := 0; iter < 20000; iter++ {
		s := make([]int32, rng.Intn(50))
		spread := []int32{1, 3, 1000}[iter%3]
		for i := range s {
			switch rng.Intn(20) {
			case 0:
				s[i] = math.MinInt32
			case 1:
				s[i] = math.MaxInt32 - rng.Int31n(2)
			default:
				s[i] = rng.Int31n(2*spread+1) - spread
			}
		}
		b, d := argmaxMargin(s)
		wb, wd := twoPasses(s)
		if b != wb || d != wd {
			t.Fatalf("%v: argmaxMargin gives %d, %d; two passes %d, %d", s, b, d, wb, wd)
		}
	}
}
