package syntax

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Clusters give words their path in a binary hierarchy of word clusters
// learnt from unlabelled text (the entity tagger's, assets.NERClusters:
// "path<TAB>key" lines, the key a word's 64-bit FNV-1a hash in hexadecimal). Prefixes of a word's path are features, so that
// a word never seen in training is tagged like the words of its cluster.
type Clusters struct {
	m map[uint64]uint32 // word hash → code: a leading 1 bit, then the path
}

// ParseClusters reads "path<TAB>key" lines; name is used in errors.
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
		if !ok || len(key) != 16 || err != nil || len(path) > 30 {
			return nil, fmt.Errorf("%s:%d: want a path of at most 30 bits, a tab and 16 hexadecimal digits", name, n)
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

// Len is the number of words with a path.
func (c *Clusters) Len() int {
	if c == nil {
		return 0
	}
	return len(c.m)
}

func (c *Clusters) code(w string) uint32 {
	if c == nil {
		return 0
	}
	return c.m[fnvString(w)]
}

// cluPrefix is the code of the first k bits of a path (all of a shorter
// one).
func cluPrefix(code uint32, k int) uint64 {
	n := 31
	for n > 0 && code>>uint(n) == 0 {
		n--
	}
	if n > k {
		code >>= uint(n - k)
	}
	return uint64(code)
}
