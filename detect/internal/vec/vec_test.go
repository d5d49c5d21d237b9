package vec

import (
	"math"
	"math/rand"
	"slices"
	"testing"
)

// TestAddsAgainstGo: AddInt32 and AddInt16 (assembly on amd64) give the
// sums of the Go loops for every length up to 70 (every path of the
// eight-, four- and one-lane steps), with extreme values that wrap, touch
// no lane of dst past len(src), and leave src alone.
func TestAddsAgainstGo(t *testing.T) {
	rng := rand.New(rand.NewSource(9))
	i32 := func() int32 {
		if rng.Intn(6) == 0 {
			return []int32{math.MaxInt32, math.MinInt32, -1}[rng.Intn(3)]
		}
		return int32(rng.Uint32())
	}
	i16 := func() int16 {
		if rng.Intn(6) == 0 {
			return []int16{math.MaxInt16, math.MinInt16, -1}[rng.Intn(3)]
		}
		return int16(rng.Uint32())
	}
	for n := 0; n <= 70; n++ {
		for iter := 0; iter < 50; iter++ {
			dst := make([]int32, n+3)
			for i := range dst {
				dst[i] = i32()
			}
			s32 := make([]int32, n)
			s16 := make([]int16, n)
			for i := range s32 {
				s32[i], s16[i] = i32(), i16()
			}
			want, got := slices.Clone(dst), slices.Clone(dst)
			src := slices.Clone(s32)
			AddInt32Go(want, s32)
			AddInt32(got, s32)
			if !slices.Equal(got, want) || !slices.Equal(s32, src) {
				t.Fatalf("AddInt32, %d lanes: %v, want %v", n, got, want)
			}
			want, got = slices.Clone(dst), slices.Clone(dst)
			src16 := slices.Clone(s16)
			AddInt16Go(want, s16)
			AddInt16(got, s16)
			if !slices.Equal(got, want) || !slices.Equal(s16, src16) {
				t.Fatalf("AddInt16, %d lanes: %v, want %v", n, got, want)
			}
		}
	}
}

// TestShortDstPanics: a dst shorter than src is refused, not overrun.
func TestShortDstPanics(t *testing.T) {
	for name, f := range map[string]func(){
		"AddInt32": func() { AddInt32(make([]int32, 3), make([]int32, 4)) },
		"AddInt16": func() { AddInt16(make([]int32, 3), make([]int16, 4)) },
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s: no panic with a short dst", name)
				}
			}()
			f()
		}()
	}
}
