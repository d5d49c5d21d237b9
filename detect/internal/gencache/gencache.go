// Package gencache is the bounded cache by 64-bit key that the entity
// tagger and the syntax layer keep per scratch: two generations of up to
// half entries each. When the newer is full it becomes the older and the
// oldest is dropped; a key found in the older generation moves to the
// newer. The keys a long run of documents keeps using stay, where a single
// map cleared when full forgets them all at once. The values must depend
// on the key alone, so that what is cached never changes a result.
package gencache

// Cache holds values of type V by key.
type Cache[V any] struct {
	cur, old map[uint64]V
	half     int
}

// New returns a cache of at most 2·half entries.
func New[V any](half int) *Cache[V] {
	return &Cache[V]{cur: make(map[uint64]V, 1024), old: map[uint64]V{}, half: half}
}

// Get returns the value of k and whether it is cached.
func (c *Cache[V]) Get(k uint64) (V, bool) {
	if v, ok := c.cur[k]; ok {
		return v, true
	}
	v, ok := c.old[k]
	if ok {
		c.Put(k, v)
	}
	return v, ok
}

// Put caches v for k.
func (c *Cache[V]) Put(k uint64, v V) {
	if len(c.cur) >= c.half {
		c.old, c.cur = c.cur, c.old
		clear(c.cur)
	}
	c.cur[k] = v
}

// Len is the number of entries held.
func (c *Cache[V]) Len() int { return len(c.cur) + len(c.old) }
