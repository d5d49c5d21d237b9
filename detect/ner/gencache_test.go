package ner

import (
	"bytes"
	"math/rand"
	"reflect"
	"strings"
	"testing"

	"github.com/quotebench/quotebench/annot/tokens"
	"github.com/quotebench/quotebench/assets"
)

// TestGenCacheAgainstMap checks genCache against a plain map on random
// puts and gets: a hit returns the value last put for the key, a key put or
// hit within the last half puts and hits (each adds at most one entry to
// the newer generation) is always hit, and it never holds more than two
// generations.
func TestGenCacheAgainstMap(t *testing.T) {
	const half = 8
	c := newGenCache[int](half)
	ref := map[uint64]int{}
	var recent []uint64
	rng := rand.New(rand.NewSource(1))
	misses := 0
	for step := 0; step < 5000; step++ {
		k := uint64(rng.Intn(40)) + 1
		if rng.Intn(3) == 0 {
			ref[k] = step
			c.put(k, step)
			recent = append(recent, k)
			continue
		}
		v, ok := c.get(k)
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
		if n := len(c.cur) + len(c.old); n > 2*half {
			t.Fatalf("step %d: %d entries, more than two generations of %d", step, n, half)
		}
	}
	if misses == 0 {
		t.Fatal("no misses: the cache dropped nothing, so eviction was not tested")
	}
}

// TestSmallCachesSameMentions: a tagger whose per-word caches hold two
// entries per generation, so that they turn over all the time, tags every
// paragraph of the sample as a tagger with fresh caches for each text does.
func TestSmallCachesSameMentions(t *testing.T) {
	load := func() *Tagger {
		tg, err := Load(bytes.NewReader(assets.NERModel), bytes.NewReader(assets.NERGazetteer), bytes.NewReader(assets.NERTaggerClusters))
		if err != nil {
			t.Fatal(err)
		}
		return tg
	}
	small := load()
	small.pool.New = func() any {
		return &scratch{
			infos:    newGenCache[*wordEntry](2),
			infosClu: small.gaz.clusters(),
			local:    newGenCache[*[2][nTags]int32](2),
			shape:    newGenCache[*[2][nTags]int32](2),
			nbr:      newGenCache[*[4][2][nTags]int32](2),
		}
	}
	var texts []string
	for _, p := range strings.Split(strings.ReplaceAll(string(assets.Sample), "\r\n", "\n"), "\n\n") {
		if strings.TrimSpace(p) != "" {
			texts = append(texts, p)
		}
	}
	texts = append(texts, string(assets.Sample))
	found := 0
	for round := 0; round < 2; round++ {
		for i, text := range texts {
			toks := tokens.Tokenize(text)
			want := load().Tag(text, toks)
			got := small.Tag(text, toks)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("round %d, text %d: with small caches %v, with fresh ones %v", round, i, got, want)
			}
			found += len(want)
		}
	}
	if found == 0 {
		t.Fatal("no mentions in the sample: nothing compared")
	}
}
