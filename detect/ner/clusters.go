package ner

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
)

// Clusters place words in a binary hierarchy of word clusters learnt from
// unlabelled text (cmd/nertrain): words used in similar contexts share a
// long prefix of their path. The tagger uses prefixes of the paths of a word
// and its neighbours as features, so that a name it never saw in training
// is tagged like the names it shares a cluster with.
type Clusters struct {
	m map[uint64]uint32 // word hash → code: a leading 1 bit, then the path
}

// Len is the number of words with a path.
func (c *Clusters) Len() int { return len(c.m) }

// maxPath is the longest path read.
const maxPath = 24

// ParseClusters reads lines "path<TAB>key", the path a string of 0s and
// 1s, the key the word's 64-bit FNV-1a hash in 16 hexadecimal digits (the
// shipped file holds no words, only their hashes); blank lines are
// skipped. name is used in errors.
func ParseClusters(r io.Reader, name string) (*Clusters, error) {
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
		if !ok || len(key) != 16 || err != nil || len(path) > maxPath {
			return nil, fmt.Errorf("%s:%d: want a path of at most %d bits, a tab and 16 hexadecimal digits", name, n, maxPath)
		}
		code := uint32(1)
		for i := 0; i < len(path); i++ {
			switch path[i] {
			case '0', '1':
				code = code<<1 | uint32(path[i]-'0')
			default:
				return nil, fmt.Errorf("%s:%d: path %q is not made of 0 and 1", name, n, path)
			}
		}
		c.m[h] = code
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", name, n+1, err)
	}
	return c, nil
}

// WriteClusters writes paths (word → path of 0s and 1s) as ParseClusters
// reads them: each word as its hash, sorted by path then hash.
func WriteClusters(w io.Writer, paths map[string]string) error {
	type entry struct {
		path string
		h    uint64
	}
	es := make([]entry, 0, len(paths))
	for word, p := range paths {
		es = append(es, entry{p, fnvString(word)})
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

// ClusterKey is the key WriteClusters writes for a word.
func ClusterKey(word string) string { return fmt.Sprintf("%016x", fnvString(word)) }

// code returns the code of the word with hash h, or 0.
func (c *Clusters) code(h uint64) uint32 {
	if c == nil {
		return 0
	}
	return c.m[h]
}

// cluPrefix is the code of the first k bits of a path (the whole path when
// it is shorter), or 0 for no path.
func cluPrefix(code uint32, k int) uint64 {
	if code == 0 {
		return 0
	}
	n := 31
	for code>>uint(n) == 0 {
		n--
	}
	// n is the path's length.
	if n > k {
		code >>= uint(n - k)
	}
	return uint64(code)
}

// NormWord maps typographic variants to the ASCII forms CoNLL uses, as the
// tagger does before looking a word up (cmd/nertrain learns clusters over
// the same forms).
func NormWord(w string) string { return normWord(w) }
