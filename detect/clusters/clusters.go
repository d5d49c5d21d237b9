// Package clusters reads and writes word clusters: each word's path in a
// binary hierarchy learnt from unlabelled text (cmd/nertrain), words used in
// similar contexts sharing a long prefix. The entity tagger (detect/ner) and
// the syntax layer (detect/syntax) use prefixes of a word's path as
// features, so that a word never seen in training is tagged like the words
// of its cluster. Words are kept as their 64-bit FNV-1a hashes, so the
// shipped file holds no words.
package clusters

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
)

// Clusters map word hashes to codes: a leading 1 bit, then the path. They
// may also hold capitalisation classes (Caps): how often a word's
// lower-case form is written capitalised inside a sentence of the
// unlabelled text.
type Clusters struct {
	m    map[uint64]uint32
	caps map[uint64]uint8
}

// MaxPath is the longest path read.
const MaxPath = 24

// Hash is the 64-bit FNV-1a hash of s: the key of a word.
func Hash(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// Parse reads lines "path<TAB>key", the path a string of 0s and 1s, the key
// the word's Hash in 16 hexadecimal digits, and lines "cN<TAB>key" (see
// WriteCaps); blank lines are skipped. name is used in errors, with the
// line number.
func Parse(r io.Reader, name string) (*Clusters, error) {
	c := &Clusters{m: map[uint64]uint32{}}
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if line == "" {
			continue
		}
		path, key, ok := strings.Cut(line, "\t")
		h, err := strconv.ParseUint(key, 16, 64)
		if !ok || len(key) != 16 || err != nil || len(path) > MaxPath {
			return nil, fmt.Errorf("%s:%d: want a path of at most %d bits, a tab and 16 hexadecimal digits", name, n, MaxPath)
		}
		if strings.HasPrefix(path, "c") {
			if len(path) != 2 || path[1] < '1' || path[1] > '9' {
				return nil, fmt.Errorf("%s:%d: capitalisation class %q: want c1 to c9", name, n, path)
			}
			if c.caps == nil {
				c.caps = map[uint64]uint8{}
			}
			c.caps[h] = path[1] - '0'
			continue
		}
		code := uint32(1)
		for i := 0; i < len(path); i++ {
			if path[i] != '0' && path[i] != '1' {
				return nil, fmt.Errorf("%s:%d: path %q is not made of 0 and 1", name, n, path)
			}
			code = code<<1 | uint32(path[i]-'0')
		}
		c.m[h] = code
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", name, n+1, err)
	}
	return c, nil
}

// Write writes paths (word → path of 0s and 1s) as Parse reads them: each
// word as its hash, sorted by path then hash.
func Write(w io.Writer, paths map[string]string) error {
	type entry struct {
		path string
		h    uint64
	}
	es := make([]entry, 0, len(paths))
	for word, p := range paths {
		es = append(es, entry{p, Hash(word)})
	}
	sort.Slice(es, func(i, j int) bool {
		return es[i].path < es[j].path || es[i].path == es[j].path && es[i].h < es[j].h
	})
	bw := bufio.NewWriter(w)
	for _, e := range es {
		fmt.Fprintf(bw, "%s\t%016x\n", e.path, e.h)
	}
	return bw.Flush()
}

// WriteCaps writes capitalisation classes (1 to 9) by key, as lines
// "cN<TAB>key" sorted by key, to follow Write's lines in one file.
func WriteCaps(w io.Writer, caps map[uint64]uint8) error {
	keys := make([]uint64, 0, len(caps))
	for h, c := range caps {
		if c < 1 || c > 9 {
			return fmt.Errorf("capitalisation class %d of %016x: want 1 to 9", c, h)
		}
		keys = append(keys, h)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	bw := bufio.NewWriter(w)
	for _, h := range keys {
		fmt.Fprintf(bw, "c%d\t%016x\n", caps[h], h)
	}
	return bw.Flush()
}

// Caps is the capitalisation class of the word key h (1 to 9), or 0 for
// none (also for nil Clusters).
func (c *Clusters) Caps(h uint64) uint8 {
	if c == nil {
		return 0
	}
	return c.caps[h]
}

// Key is the key Write writes for a word.
func Key(word string) string { return fmt.Sprintf("%016x", Hash(word)) }

// Len is the number of words with a path.
func (c *Clusters) Len() int {
	if c == nil {
		return 0
	}
	return len(c.m)
}

// Code is the code of the word with hash h, or 0 (also for nil Clusters).
func (c *Clusters) Code(h uint64) uint32 {
	if c == nil {
		return 0
	}
	return c.m[h]
}

// Prefix is the code of the first k bits of a path (the whole path when it
// is shorter), or 0 for no path.
func Prefix(code uint32, k int) uint64 {
	if code == 0 {
		return 0
	}
	n := 31
	for code>>uint(n) == 0 {
		n--
	}
	// n is the path's length
	if n > k {
		code >>= uint(n - k)
	}
	return uint64(code)
}
