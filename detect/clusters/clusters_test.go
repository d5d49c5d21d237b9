package clusters

import (
	"bytes"
	"strings"
	"testing"
)

// Bad lines are refused with the file name and line; paths read as codes
// whose prefixes are features.
func TestParse(t *testing.T) {
	k := Key("Paris")
	for _, in := range []string{"0110 " + k, "0110\tzz", "012\t" + k, strings.Repeat("1", MaxPath+1) + "\t" + k} {
		_, err := Parse(strings.NewReader("\n"+in+"\n"), "c.tsv")
		if err == nil || !strings.Contains(err.Error(), "c.tsv:2:") {
			t.Errorf("%q: %v, want an error naming c.tsv:2", in, err)
		}
	}
	c, err := Parse(strings.NewReader("0110\t"+k+"\n\n1\t"+Key("said")+"\n"), "c.tsv")
	if err != nil || c.Len() != 2 {
		t.Fatalf("%v, %d words", err, c.Len())
	}
	code := c.Code(Hash("Paris"))
	if Prefix(code, 2) != 0b101 || Prefix(code, 8) != 0b10110 || Prefix(0, 4) != 0 || c.Code(Hash("Rome")) != 0 {
		t.Errorf("prefixes of 0110: %b %b", Prefix(code, 2), Prefix(code, 8))
	}
	var none *Clusters
	if none.Code(Hash("Paris")) != 0 || none.Len() != 0 {
		t.Error("nil clusters know a word")
	}
}

// What Write writes, Parse reads back.
func TestWriteParse(t *testing.T) {
	paths := map[string]string{"Paris": "0110", "Rome": "0111", "said": "1"}
	var b bytes.Buffer
	if err := Write(&b, paths); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(b.String(), "Paris") {
		t.Error("the written file holds a word")
	}
	c, err := Parse(&b, "written")
	if err != nil {
		t.Fatal(err)
	}
	for w, p := range paths {
		want := uint32(1)
		for _, r := range p {
			want = want<<1 | uint32(r-'0')
		}
		if got := c.Code(Hash(w)); got != want {
			t.Errorf("%s: code %b, want %b", w, got, want)
		}
	}
}

// Capitalisation classes written by WriteCaps follow the paths in one file
// and read back; a class outside 1-9 is refused with the file and line.
func TestWriteParseCaps(t *testing.T) {
	var b bytes.Buffer
	if err := Write(&b, map[string]string{"Paris": "0110"}); err != nil {
		t.Fatal(err)
	}
	caps := map[uint64]uint8{Hash("acme"): 6, Hash("the"): 1}
	if err := WriteCaps(&b, caps); err != nil {
		t.Fatal(err)
	}
	c, err := Parse(&b, "written")
	if err != nil {
		t.Fatal(err)
	}
	if c.Len() != 1 || c.Code(Hash("Paris")) != 0b10110 {
		t.Errorf("paths: %d words, Paris %b", c.Len(), c.Code(Hash("Paris")))
	}
	for h, want := range caps {
		if got := c.Caps(h); got != want {
			t.Errorf("class of %016x: %d, want %d", h, got, want)
		}
	}
	if c.Caps(Hash("rome")) != 0 || (*Clusters)(nil).Caps(Hash("acme")) != 0 {
		t.Error("a word without a class, or nil clusters, has a class")
	}
	for _, bad := range []string{"c0", "c", "c10", "cx"} {
		_, err := Parse(strings.NewReader("1\t"+Key("a")+"\n"+bad+"\t"+Key("b")+"\n"), "c.tsv")
		if err == nil || !strings.Contains(err.Error(), "c.tsv:2:") {
			t.Errorf("%q: %v, want an error naming c.tsv:2", bad, err)
		}
	}
	if err := WriteCaps(&b, map[uint64]uint8{1: 0}); err == nil {
		t.Error("WriteCaps took class 0")
	}
}
