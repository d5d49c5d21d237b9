package ner

import (
	"slices"
	"strings"
	"testing"

	"github.com/quotebench/quotebench/annot"
)

// The organisation-word features: a capitalised token gets the distance to
// the nearest organisation word (gazetteer kind "orgword") after it and
// before it, over capitalised words and the links of/for/and/&, and nothing
// across a lower-case word.
func TestOrgWordFeatures(t *testing.T) {
	if GazKind("orgword") != GazOrgWord {
		t.Fatalf("GazKind(orgword) = %d", GazKind("orgword"))
	}
	gaz, err := ParseGazetteer(strings.NewReader("orgword\tCorp.\norgword\tMinistry\n"), "test")
	if err != nil {
		t.Fatal(err)
	}
	words := strings.Fields("Acme Steel Corp. said the Ministry of Defence and Bob agreed")
	var x scratch
	p := x.prepare(words, [][2]int{{0, len(words)}}, gaz)
	type want struct{ ahead, behind uint64 }
	cases := map[string]want{
		"Acme":    {2, 0}, // Corp. two words on
		"Steel":   {1, 0},
		"Corp.":   {0, 0}, // the organisation word itself: none after it, "Steel" and "Acme" are no orgwords
		"Defence": {0, 2}, // Ministry two words back, over "of"
		"Bob":     {0, 4}, // back over "and", "Defence" and "of" to Ministry: four tokens, within orgWordMaxDist
	}
	for i, w := range words {
		c, ok := cases[w]
		if !ok {
			continue
		}
		got := orgWordFeatures(p.ti, 0, len(words), i, nil)
		var exp []uint64
		if c.ahead != 0 {
			exp = append(exp, feat(fOrgAhead, c.ahead))
		}
		if c.behind != 0 {
			exp = append(exp, feat(fOrgBehind, c.behind))
		}
		if !slices.Equal(got, exp) {
			t.Errorf("%s: features %x, want %x", w, got, exp)
		}
	}
	// A lower-case word that is no link stops the search: "said" between
	// "Corp." and "Ministry".
	if got := orgWordFeatures(p.ti, 0, len(words), 2, nil); len(got) != 0 {
		t.Errorf("Corp.: %x, want nothing (said stops the search for Ministry)", got)
	}
	// The features are part of the static features of a capitalised token.
	keys := staticFeatures(p.ti, 0, len(words), 0, false, nil)
	if !slices.Contains(keys, feat(fOrgAhead, 2)) {
		t.Errorf("Acme's static features lack the organisation word two words on")
	}
}

// TestMastheadAfterTheIsNoPerson: a name the tagger reads as a person,
// after "the" and ending in a newspaper's noun, is the newspaper.
func TestMastheadAfterTheIsNoPerson(t *testing.T) {
	checkEntities(t, []entityCase{
		{text: "Producers the Larkspur Ledger spoke with said prices had doubled.", want: []found{{"Larkspur Ledger", annot.LabelOrg}}},
		{text: "Growers the Birchfall Courier reached said the frost came early.", want: []found{{"Birchfall Courier", annot.LabelOrg}}},
	})
}

// TestTradesUnionNames: a union named by its members' trades joined by
// "and" after "the" is one organisation, whatever the tagger read in it;
// a person and a group after "and" with no "the" are two names (invented
// names).
func TestTradesUnionNames(t *testing.T) {
	checkEntities(t, []entityCase{
		{text: "“We are not asking for the moon,” said Sylvie Doucet, president of Local 4410 of the Northern Mine and Mill Workers.",
			want: []found{{"Sylvie Doucet", annot.LabelPerson}, {"Northern Mine and Mill Workers", annot.LabelOrg}}, not: []string{"Mill Workers", "Northern Mine"}},
		{text: "The vote was held by the Larkspur Food and Commercial Workers on Monday.",
			want: []found{{"Larkspur Food and Commercial Workers", annot.LabelOrg}}},
	})
}
