package ner

import (
	"bytes"
	"strings"
	"testing"
)

func TestParseClustersErrorsNameTheLine(t *testing.T) {
	k := ClusterKey("Paris")
	for _, in := range []string{"0101\n", "01x1\t" + k + "\n", "0\t" + k + "\n" + strings.Repeat("1", 30) + "\t" + k + "\n", "0\tParis\n"} {
		_, err := ParseClusters(strings.NewReader(in), "c.tsv")
		if err == nil || !strings.HasPrefix(err.Error(), "c.tsv:") {
			t.Errorf("%q: error %v, want one naming c.tsv and the line", in, err)
		}
	}
	c, err := ParseClusters(strings.NewReader("0110\t"+k+"\n\n1\t"+ClusterKey("said")+"\n"), "c.tsv")
	if err != nil || c.Len() != 2 {
		t.Fatalf("got %v, %v", c, err)
	}
	// Prefixes: the first k bits, or the whole path when shorter.
	code := c.Code(fnvString("Paris"))
	if cluPrefix(code, 2) != 0b101 || cluPrefix(code, 8) != 0b10110 || cluPrefix(0, 4) != 0 {
		t.Errorf("prefixes of 0110: %b %b", cluPrefix(code, 2), cluPrefix(code, 8))
	}
}

// The written file holds hashes, not words, and reads back to the paths.
func TestWriteClustersRoundTrips(t *testing.T) {
	paths := map[string]string{"Paris": "0110", "London": "0110", "said": "1"}
	var b bytes.Buffer
	if err := WriteClusters(&b, paths); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(b.String(), "Paris") || strings.Count(b.String(), "\n") != 3 {
		t.Errorf("wrote %q", b.String())
	}
	c, err := ParseClusters(&b, "written")
	if err != nil {
		t.Fatal(err)
	}
	for w, p := range paths {
		if got, want := c.Code(fnvString(w)), uint32(1<<len(p))|uint32(mustBits(t, p)); got != want {
			t.Errorf("%s: code %b, want %b", w, got, want)
		}
	}
}

func mustBits(t *testing.T, p string) uint64 {
	t.Helper()
	v := uint64(0)
	for _, c := range p {
		v = v<<1 | uint64(c-'0')
	}
	return v
}

// A name never seen in training is typed by its cluster: trained on
// "<name> won ." where only the word tells a person from a place, the
// tagger types unseen words like the training words of their cluster.
func TestClustersTypeUnseenNames(t *testing.T) {
	// Made-up names from syllables: nothing in their spelling tells a
	// person from a place.
	syl := []string{"ba", "ko", "ri", "ten", "mu", "sal", "vo", "dra", "pe", "lin"}
	name := func(i int) string {
		w := syl[i%10] + syl[(i/10)%10] + syl[(i*7+3)%10]
		return strings.ToUpper(w[:1]) + w[1:]
	}
	var docs []Doc
	var lines []string
	for i := 0; i < 60; i++ {
		w := name(i)
		typ, path := "PER", "1100000011110000"
		if i%2 == 1 {
			typ, path = "LOC", "0011000011110000"
		}
		docs = append(docs, Doc{Sentences: []Sentence{{Words: []string{w, "won", "."}, Entities: []Entity{{0, 1, typ}}}}})
		lines = append(lines, path+"\t"+ClusterKey(w))
	}
	lines = append(lines, "1100000011110001\t"+ClusterKey("Pelwyn"), "0011000011110001\t"+ClusterKey("Novgar"))
	clu, err := ParseClusters(strings.NewReader(strings.Join(lines, "\n")), "test")
	if err != nil {
		t.Fatal(err)
	}
	gaz, err := ParseGazetteer(strings.NewReader(""), "test")
	if err != nil {
		t.Fatal(err)
	}
	gaz.SetClusters(clu)
	tg := Train(docs, gaz, TrainOptions{Epochs: 5, Seed: 1})
	for w, want := range map[string]string{"Pelwyn": "PER", "Novgar": "LOC"} {
		got := tg.TagDoc(Doc{Sentences: []Sentence{{Words: []string{w, "won", "."}}}})
		if len(got[0]) != 1 || got[0][0].Type != want {
			t.Errorf("%s won: got %v, want one %s", w, got[0], want)
		}
	}
}
