package ner

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/quotebench/quotebench/annot/tokens"
)

// Gazetteer kinds. A name may have several.
const (
	GazCountry uint8 = 1 << iota // countries and their common short forms
	GazCity                      // cities
	GazState                     // states, provinces and other large regions that govern themselves
	GazRegion                    // continents, seas, regions: LOC, not GPE
	GazNews                      // news outlets
	GazPerson                    // given names
	GazMisc                      // capitalised words that are not entities (diseases, ...): never output alone
	GazOrgWord                   // words that end or head an organisation's name (Corp., Ministry, Party): features only
)

const gazGPE = GazCountry | GazCity | GazState

var gazKinds = []struct {
	name string
	bit  uint8
}{
	{"country", GazCountry}, {"city", GazCity}, {"state", GazState},
	{"region", GazRegion}, {"news", GazNews}, {"person", GazPerson}, {"misc", GazMisc},
	{"orgword", GazOrgWord},
}

// GazKind returns the bit of a kind name ("country", "city", ...), or 0.
func GazKind(name string) uint8 {
	for _, k := range gazKinds {
		if k.name == name {
			return k.bit
		}
	}
	return 0
}

const gazMaxLen = 6 // tokens in the longest name matched

// Gazetteer maps names (matched case-insensitively on tokens, as phrases of
// up to six tokens) to kinds. The tagger uses it as features, and to tell a
// GPE from another location.
type Gazetteer struct {
	m   map[uint64]uint8
	clu *Clusters // word clusters, or nil
}

// SetClusters gives the gazetteer the word clusters the tagger uses as
// features (nil: none).
func (g *Gazetteer) SetClusters(c *Clusters) { g.clu = c }

// clusters is the gazetteer's word clusters, or nil (also for no gazetteer).
func (g *Gazetteer) clusters() *Clusters {
	if g == nil {
		return nil
	}
	return g.clu
}

var phraseSeed = fnvString("<phrase>")

// ParseGazetteer reads lines "kind<TAB>name"; blank lines and lines starting
// with # are skipped.
func ParseGazetteer(r io.Reader, name string) (*Gazetteer, error) {
	g := &Gazetteer{m: make(map[uint64]uint8)}
	var x scratch
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		kind, phrase, ok := strings.Cut(line, "\t")
		bit := GazKind(kind)
		if !ok || bit == 0 {
			return nil, fmt.Errorf("gazetteer %s:%d: want \"kind<TAB>name\" with a known kind, got %.40q", name, n, line)
		}
		g.Add(bit, phrase, &x)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("gazetteer %s:%d: %w", name, n+1, err)
	}
	return g, nil
}

// Add adds a name of the given kinds.
func (g *Gazetteer) Add(bits uint8, phrase string, x *scratch) {
	toks := tokens.Tokenize(phrase)
	if len(toks) == 0 || len(toks) > gazMaxLen {
		return
	}
	h := phraseSeed
	for _, t := range toks {
		info := x.info(normWord(t.Text(phrase)))
		h = mix(h, info.l)
	}
	g.m[h] |= bits
}

// Len is the number of distinct names.
func (g *Gazetteer) Len() int {
	if g == nil {
		return 0
	}
	return len(g.m)
}

// lookup returns the kinds of the phrase ti[i:j].
func (g *Gazetteer) lookup(ti []tokInfo, i, j int) uint8 {
	if g == nil {
		return 0
	}
	h := phraseSeed
	for k := i; k < j; k++ {
		h = mix(h, ti[k].l)
	}
	return g.m[h]
}

// mark sets gazBits and gazPos on the tokens of sentence ti[s0:s1]: the
// longest match starting at each capitalised token, left to right.
func (g *Gazetteer) mark(ti []tokInfo, s0, s1 int) {
	for i := s0; i < s1; i++ {
		ti[i].gazBits, ti[i].gazPos = 0, 0
	}
	if g == nil || len(g.m) == 0 {
		return
	}
	for i := s0; i < s1; {
		if !ti[i].cap {
			i++
			continue
		}
		h := phraseSeed
		best, bestBits := 0, uint8(0)
		for n := 1; n <= gazMaxLen && i+n <= s1; n++ {
			h = mix(h, ti[i+n-1].l)
			if !ti[i+n-1].cap {
				continue
			}
			if b := g.m[h]; b != 0 {
				best, bestBits = n, b
			}
		}
		if best == 0 {
			i++
			continue
		}
		for k := 0; k < best; k++ {
			p := uint8(posI)
			switch {
			case best == 1:
				p = posU
			case k == 0:
				p = posB
			case k == best-1:
				p = posL
			}
			ti[i+k].gazBits, ti[i+k].gazPos = bestBits, p
		}
		i += best
	}
}

// WriteGazetteer writes entries as "kind<TAB>name" lines, sorted, one line
// per (kind, name).
func WriteGazetteer(w io.Writer, entries map[string]uint8) error {
	var lines []string
	for name, bits := range entries {
		for _, k := range gazKinds {
			if bits&k.bit != 0 {
				lines = append(lines, k.name+"\t"+name)
			}
		}
	}
	sort.Strings(lines)
	bw := bufio.NewWriter(w)
	for _, l := range lines {
		bw.WriteString(l)
		bw.WriteByte('\n')
	}
	return bw.Flush()
}
