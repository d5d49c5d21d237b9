package ner

// genCache is a bounded cache by 64-bit key in two generations of up to
// half entries each: when the newer is full it becomes the older and the
// oldest is dropped; a key found in the older generation moves to the
// newer. The keys a long run of documents keeps using stay, where a single
// map cleared when full forgets them all at once. The values must depend
// on the key alone, so that what is cached never changes a result.
type genCache[V any] struct {
	cur, old map[uint64]V
	half     int
}

func newGenCache[V any](half int) *genCache[V] {
	return &genCache[V]{cur: make(map[uint64]V, 1024), old: map[uint64]V{}, half: half}
}

// get returns the value of k and whether it is cached.
func (c *genCache[V]) get(k uint64) (V, bool) {
	if v, ok := c.cur[k]; ok {
		return v, true
	}
	v, ok := c.old[k]
	if ok {
		c.put(k, v)
	}
	return v, ok
}

// put caches v for k.
func (c *genCache[V]) put(k uint64, v V) {
	if len(c.cur) >= c.half {
		c.old, c.cur = c.cur, c.old
		clear(c.cur)
	}
	c.cur[k] = v
}

// wordEntry is an entry of the word-info cache: the word's tokInfo (its
// word features, cluster code and capitalisation class), and the scores
// decode has found for it (nil until first needed), so that a word seen
// before costs no lookup: of its neighbourKeys, and of its local features
// without and with capitals (by boolU(caps)). All depend on the word alone.
type wordEntry struct {
	info tokInfo
	nbrV *[4][2][nTags]int32
	locV [2]*[2][nTags]int32
}
