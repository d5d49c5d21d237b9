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
	m     map[uint64]uint8
	towns map[uint64]bool // names only AddPlaces added: mark matches them only in townContext (Tag reports their kind wherever)
	clu   *Clusters       // word clusters, or nil
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
	if h := g.phraseKey(phrase, x); h != 0 {
		g.m[h] |= bits
	}
}

// phraseKey is the key a name is stored under, or 0 for one of no token or
// of more than gazMaxLen.
func (g *Gazetteer) phraseKey(phrase string, x *scratch) uint64 {
	toks := tokens.Tokenize(phrase)
	if len(toks) == 0 || len(toks) > gazMaxLen {
		return 0
	}
	h := phraseSeed
	for _, t := range toks {
		info := x.info(normWord(t.Text(phrase)))
		h = mix(h, info.l)
	}
	return h
}

// townContext reports the town's name over ti[i:j], in the sentence
// ti[s0:s1], where it is matched: no capitalised word after it (else it is
// part of another name: "St. Marys River Steel"), and a name of one word
// after a preposition of place ("toward Taber"; many are surnames:
// "Taylor said", "Jo Taylor").
func townContext(ti []tokInfo, s0, s1, i, j int) bool {
	if j < s1 && ti[j].cap {
		return false
	}
	if j-i > 1 {
		return true
	}
	if i <= s0 {
		return false
	}
	// "of" and "to" only after a compass point or a word of going ("east
	// of Olds", "drove to Taber"), and "of" after a name ("Mayor Tom Birch
	// of Taber"); not "a friend of Taylor", "spoke to Taylor"
	p := ti[i-1].l
	return townPrepKeys[p] || (p == townOfKey || p == townToKey) && i-1 > s0 && (townWayKeys[ti[i-2].l] || p == townOfKey && ti[i-2].cap)
}

// townPrepKeys are the lower-case keys of the prepositions of place after
// which a town's name of one word is matched (and "of" or "to" after a
// townWayKeys word).
var townPrepKeys = func() map[uint64]bool {
	m := map[uint64]bool{}
	for _, w := range strings.Fields(`in near from toward towards outside at around through across into via`) {
		m[LowerKey(w)] = true
	}
	return m
}()

var (
	townOfKey, townToKey = LowerKey("of"), LowerKey("to")
	// townWayKeys: compass points and words of going before "of" or "to"
	townWayKeys = func() map[uint64]bool {
		m := map[uint64]bool{}
		for _, w := range strings.Fields(`north south east west northeast northwest southeast southwest northeastern northwestern southeastern southwestern
			travel travelled traveled travelling traveling drive drove driving driven headed heading return returned returning moved move trip road highway route flight flights bus way back
			posted transferred relocated deployed`) {
			m[LowerKey(w)] = true
		}
		return m
	}()
)

// AddPlaces adds to the tagger's gazetteer, as cities, the place names of
// list (one per line; "#" opens a comment line), and returns how many it
// took. The gazetteer the model was trained with holds cities of 100,000
// people or more; the model learnt there what a city's name in it means,
// and these widen the list it looks up to towns (a local paper's "near
// Picture Butte", "east to Revelstoke"), matched only where no capitalised
// word follows (not in "Larkspur Soldiers' Memorial Hospital", "Larkspur
// River Steel", "Larkspur Mayor Jo Doe", where the model reads the run as
// it did), and a name of one word only after a preposition of place
// (townContext: "Taylor said" is a person). Left out: a name whose every
// word the unlabelled text mostly writes in lower case ("Hope"; a word it
// has too seldom to class, "Canoe", stays), one opening with a title or a
// royal's title before a given name ("Prince Charles": a person more often
// than the town), a given name alone ("Brandon"), and a name the
// gazetteer holds already. Call it before the tagger is shared: it is
// not safe for use at the same time as Tag.
func (t *Tagger) AddPlaces(list string) int {
	clu := t.gaz.clusters()
	var x scratch
	n := 0
	for _, line := range strings.Split(list, "\n") {
		name := strings.TrimSpace(line)
		if name == "" || name[0] == '#' {
			continue
		}
		words := strings.Fields(name)
		common := true
		for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' }) {
			c := clu.Caps(x.info(normWord(w)).l)
			common = common && c >= 1 && c <= 3
		}
		if common || inLower(titles, words[0]) || len(words) == 2 && inLower(anyTitles, words[0]) && givenName(words[1]) || len(words) == 1 && givenName(name) {
			continue
		}
		if h := t.gaz.phraseKey(name, &x); h != 0 && t.gaz.m[h] == 0 {
			if t.gaz.towns == nil {
				t.gaz.towns = map[uint64]bool{}
			}
			t.gaz.m[h] |= GazCity
			t.gaz.towns[h] = true
			n++
		}
	}
	return n
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
	return g.m[phraseHash(ti, i, j)]
}

// lookupTown returns the kinds of the phrase ti[i:j], and whether it is a
// name only AddPlaces added.
func (g *Gazetteer) lookupTown(ti []tokInfo, i, j int) (uint8, bool) {
	if g == nil {
		return 0, false
	}
	h := phraseHash(ti, i, j)
	return g.m[h], g.towns[h]
}

// phraseHash is the key of the phrase ti[i:j].
func phraseHash(ti []tokInfo, i, j int) uint64 {
	h := phraseSeed
	for k := i; k < j; k++ {
		h = mix(h, ti[k].l)
	}
	return h
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
			if b := g.m[h]; b != 0 && !(g.towns[h] && !townContext(ti, s0, s1, i, i+n)) {
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
