package ner

import (
	"slices"
	"strings"
	"testing"
)

// Context aggregation: every occurrence of a capitalised word seen twice in
// the document gets the words around all its occurrences (a headline in
// capitals included); a word seen once and lower-case words get none.
func TestAggregateContexts(t *testing.T) {
	defer func(a bool) { Aggregate = a }(Aggregate)
	Aggregate = true
	words := strings.Fields("ACME WINS . Shares of Acme rose . Bob said Acme will hire .")
	sents := [][2]int{{0, 3}, {3, 8}, {8, 14}}
	var x scratch
	p := x.prepare(words, sents, nil)
	idx := func(w string, n int) int {
		for i, v := range words {
			if v == w {
				if n == 0 {
					return i
				}
				n--
			}
		}
		t.Fatalf("no %s", w)
		return -1
	}
	a0, a1, a2 := idx("ACME", 0), idx("Acme", 0), idx("Acme", 1)
	k := p.aggKeysOf(a1)
	if len(k) == 0 || !slices.Equal(k, p.aggKeysOf(a0)) || !slices.Equal(k, p.aggKeysOf(a2)) {
		t.Fatalf("occurrences of Acme do not share their aggregated contexts: %d %d %d keys",
			len(p.aggKeysOf(a0)), len(k), len(p.aggKeysOf(a2)))
	}
	l := func(w string) uint64 { return x.info(w).l }
	for _, c := range []struct {
		off int
		w   string
	}{{1, "wins"}, {-2, "shares"}, {-1, "of"}, {1, "rose"}, {-1, "said"}, {2, "hire"}, {-2, "<s2>"}} {
		nl := l(c.w)
		if c.w == "<s2>" {
			nl = bosHash[1]
		}
		if !slices.Contains(k, feat(fAgg, mix(uint64(c.off+2), nl))) {
			t.Errorf("no aggregated context %q at %+d", c.w, c.off)
		}
	}
	if len(k) != len(dedupe(k)) {
		t.Error("repeated keys")
	}
	for _, w := range []string{"Bob", "rose", "Shares"} {
		if got := p.aggKeysOf(idx(w, 0)); got != nil {
			t.Errorf("%s (seen once, or lower case) has %d aggregated keys", w, len(got))
		}
	}
	Aggregate = false
	p = x.prepare(words, sents, nil)
	if p.aggKeysOf(a1) != nil {
		t.Error("aggregation off, and Acme has aggregated keys")
	}
}

func dedupe(k []uint64) []uint64 {
	s := slices.Clone(k)
	slices.Sort(s)
	return slices.Compact(s)
}
