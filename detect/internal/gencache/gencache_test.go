package gencache

import (
	"math/rand"
	"testing"
)

// TestCacheAgainstMap checks the cache against a plain map on random
// puts and gets: a hit returns the value last put for the key, a key put or
// hit within the last half puts and hits (each adds at most one entry to
// the newer generation) is always hit, and it never holds more than two
// generations.
func TestCacheAgainstMap(t *testing.T) {
	const half = 8
	c := New[int](half)
	ref := map[uint64]int{}
	var recent []uint64
	rng := rand.New(rand.NewSource(1))
	misses := 0
	for step := 0; step < 5000; step++ {
		k := uint64(rng.Intn(40)) // 0 included: the table marks empty slots apart from key 0
		if rng.Intn(3) == 0 {
			ref[k] = step
			c.Put(k, step)
			recent = append(recent, k)
			continue
		}
		v, ok := c.Get(k)
		if ok && v != ref[k] {
			t.Fatalf("step %d: key %d gives %d, last put %d", step, k, v, ref[k])
		}
		if ok {
			recent = append(recent, k)
		}
		if !ok {
			misses++
			for _, r := range recent[max(0, len(recent)-half):] {
				if r == k {
					t.Fatalf("step %d: key %d, put or hit within the last %d puts and hits, is missing", step, k, half)
				}
			}
		}
		if n := c.Len(); n > 2*half {
			t.Fatalf("step %d: %d entries, more than two generations of %d", step, n, half)
		}
	}
	if misses == 0 {
		t.Fatal("no misses: the cache dropped nothing, so eviction was not tested")
	}
}
