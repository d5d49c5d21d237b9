package ner

import (
	"testing"

	"github.com/quotebench/quotebench/annot"
)

// TestTownsNamedWhereOnlyPlacesStand: invented local reports where the
// town is named mostly before a noun ("the Digby ferry"), which the tagger
// reads as an organisation or leaves out, and once where only a place
// stands ("in Digby,", "the MLA for Wetaskiwin", "the Melfort area",
// "Digby Mayor Alan Fraser"): every mention of it is a place.
func TestTownsNamedWhereOnlyPlacesStand(t *testing.T) {
	tg := mustDefault(t)
	for _, tc := range []struct {
		text  string
		town  string
		count int
	}{
		{"The Digby ferry will not sail this summer.\n\nThe Digby terminal has been closed since May.\n\n" +
			"\"Nobody in Digby wanted to hear this,\" said Ruth Comeau.\n\nDigby Mayor Alan Fraser said the town would ask for help.", "Digby", 4},
		{"A Wetaskiwin trucking firm will lay off 40 drivers.\n\nWetaskiwin city council met on Monday.\n\n" +
			"The MLA for Wetaskiwin, Dana Berg, said the cuts were a blow.", "Wetaskiwin", 3},
		{"The Melfort plant opened in 1998.\n\nMelfort workers say the plant is the town's biggest employer.\n\n" +
			"Snow is forecast for the Melfort area on Friday.", "Melfort", 3},
		// a town named for a prince, which the tagger reads as a person
		// after a title
		{"About 180 workers at a Prince George pulp mill will lose their jobs.\n\nPrince George Mayor Jo Doe said the town would fight the closure.", "Prince George", 2},
		// a council's tally is no score: the report is no sports report,
		// where a town before a noun may be its team
		{"Wetaskiwin city council voted 8-3 on Tuesday to pay overtime to crews.\n\nThe Wetaskiwin crews worked through the night.", "Wetaskiwin", 2},
	} {
		got := tagText(tg, tc.text)
		n := 0
		for _, f := range got {
			if f.text == tc.town {
				if f.label != annot.LabelGPE && f.label != annot.LabelLoc {
					t.Errorf("%s: %s, want a place; all: %v", tc.town, f.label, got)
				}
				n++
			}
		}
		if n != tc.count {
			t.Errorf("%s: %d mentions, want %d; all: %v", tc.town, n, tc.count, got)
		}
	}
}

// TestNamesPlaceContextsLeaveAlone: a person named by the town's name and
// more words stays a person; a language or a month after "in" is no place
// a court is no town.
func TestNamesPlaceContextsLeaveAlone(t *testing.T) {
	checkEntities(t, []entityCase{
		{text: "Anna Melfort said she would run again.\n\nMelfort, who was first elected in 2019, said the town needed a new arena.\n\n" +
			"She lives in Melfort with her husband.",
			want: []found{{"Anna Melfort", annot.LabelPerson}, {"Melfort", annot.LabelPerson}}},
		{text: "The hearing was held in French.\n\nThe talks will begin in September, the union said.",
			not: []string{"French", "September"}},
		{text: "The case is headed to Federal Court.\n\nSuch disputes have become more common in Federal Court over the past decade.",
			want: []found{{"Federal Court", annot.LabelOrg}}},
	})
}

// TestProvinceAbbreviationKeepsItsPeriod: the tokenizer splits the period
// from "Sask." and "Alta." (a province's abbreviation may end a sentence),
// but the place is the abbreviation with its period, as for "Calif.".
func TestProvinceAbbreviationKeepsItsPeriod(t *testing.T) {
	tg := mustDefault(t)
	for _, tc := range []struct {
		text string
		want []found
	}{
		{"The closest hospitals are in Vermilion, Alta., and North Battleford, Sask., to the east.",
			[]found{{"Alta.", annot.LabelGPE}, {"Sask.", annot.LabelGPE}}},
		{"She grew up in Brandon, Man. She moved to Toronto in 1990.",
			[]found{{"Brandon", annot.LabelGPE}, {"Man.", annot.LabelGPE}}},
		{"He bought a house in rural Lewisburg, Pa., last spring.",
			[]found{{"Pa.", annot.LabelGPE}}},
	} {
		got := tagText(tg, tc.text)
		for _, w := range tc.want {
			if !contains(got, w) {
				t.Errorf("%q: want %s %q, got %v", tc.text, w.label, w.text, got)
			}
		}
	}
}

// TestPlaceContextsNotTaken: contexts that look like a place's but hold a
// company ("for Northgate's support"), a nationality ("the Kurdish
// region"), an institution ("in Congress") or a well's name before its
// number.
func TestPlaceContextsNotTaken(t *testing.T) {
	checkEntities(t, []entityCase{
		{text: "Fighting spread across the Kurdish region.\n\nKurdish fighters held the town.", not: []string{"Kurdish"}},
	})
	tg := mustDefault(t)
	for _, tc := range []struct {
		text, name string
		want       int // mentions of name
	}{
		{"Northgate Mining said it would expand the mine.\n\nThe mayor praised the town for Northgate's support of the arena.\n\nNorthgate shares rose 3 per cent.", "Northgate", 2},
		{"The Tamarack et al Westlock 10-23 well was drilled in May.\n\nThe town of Westlock has 5,000 people.", "Westlock", 1},
		{"He served 20 years in Congress.\n\nCongress is to blame, he said.", "Congress", 2},
	} {
		got := tagText(tg, tc.text)
		n := 0
		for _, f := range got {
			if f.text != tc.name {
				continue
			}
			n++
			if tc.name != "Westlock" && f.label != annot.LabelOrg {
				t.Errorf("%q: %q tagged %s, want an organisation", tc.text, tc.name, f.label)
			}
		}
		if n != tc.want {
			t.Errorf("%q: %d mentions of %q, want %d: %v", tc.text, n, tc.name, tc.want, got)
		}
	}
}
