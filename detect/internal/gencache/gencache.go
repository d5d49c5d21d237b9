// Package gencache is the bounded cache by 64-bit key that the entity
// tagger and the syntax layer keep per scratch: two generations of up to
// half entries each. When the newer is full it becomes the older and the
// oldest is dropped; a key found in the older generation moves to the
// newer. The keys a long run of documents keeps using stay, where a single
// map cleared when full forgets them all at once. The values must depend
// on the key alone, so that what is cached never changes a result.
//
// Each generation is an open-addressing table of fixed size (at most half
// full, linear probing) rather than a Go map: the keys are hashes already,
// so a lookup is a multiply and, mostly, one slot read.
package gencache

import "math/bits"

// Cache holds values of type V by key.
type Cache[V any] struct {
	cur, old *table[V]
	half     int
}

// table is one generation: key 0 marks an empty slot, so the key 0 itself
// is kept aside (zero, hasZero).
type table[V any] struct {
	slots   []slot[V]
	shift   uint
	n       int
	zero    V
	hasZero bool
}

// slot keeps a key beside its value, so that a hit reads one cache line.
type slot[V any] struct {
	k uint64
	v V
}

func newTable[V any](half int) *table[V] {
	size := 2
	for size < 2*half {
		size <<= 1
	}
	return &table[V]{slots: make([]slot[V], size), shift: uint(64 - bits.TrailingZeros(uint(size)))}
}

// slot returns where k is, or the empty slot where it would go.
func (t *table[V]) slot(k uint64) (int, bool) {
	mask := len(t.slots) - 1
	i := int((k * 0x9e3779b97f4a7c15) >> t.shift)
	for {
		switch t.slots[i].k {
		case k:
			return i, true
		case 0:
			return i, false
		}
		i = (i + 1) & mask
	}
}

func (t *table[V]) get(k uint64) (V, bool) {
	if k == 0 {
		return t.zero, t.hasZero
	}
	if i, ok := t.slot(k); ok {
		return t.slots[i].v, true
	}
	var none V
	return none, false
}

func (t *table[V]) put(k uint64, v V) {
	if k == 0 {
		if !t.hasZero {
			t.n++
		}
		t.zero, t.hasZero = v, true
		return
	}
	i, ok := t.slot(k)
	if !ok {
		t.slots[i].k = k
		t.n++
	}
	t.slots[i].v = v
}

func (t *table[V]) clear() {
	clear(t.slots)
	var none V
	t.zero, t.hasZero, t.n = none, false, 0
}

// New returns a cache of at most 2·half entries.
func New[V any](half int) *Cache[V] {
	half = max(half, 1)
	return &Cache[V]{cur: newTable[V](half), old: newTable[V](half), half: half}
}

// Get returns the value of k and whether it is cached.
func (c *Cache[V]) Get(k uint64) (V, bool) {
	if v, ok := c.cur.get(k); ok {
		return v, true
	}
	v, ok := c.old.get(k)
	if ok {
		c.Put(k, v)
	}
	return v, ok
}

// Put caches v for k.
func (c *Cache[V]) Put(k uint64, v V) {
	if c.cur.n >= c.half {
		c.old, c.cur = c.cur, c.old
		c.cur.clear()
	}
	c.cur.put(k, v)
}

// Len is the number of entries held.
func (c *Cache[V]) Len() int { return c.cur.n + c.old.n }
