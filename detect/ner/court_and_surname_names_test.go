package ner

import (
	"testing"

	"github.com/quotebench/quotebench/annot"
)

// TestSurnameReadAsFirm: the last word of a person named in an earlier
// sentence, alone later, is that person where the tagger read a firm of
// that one word (here also a city the gazetteer knows).
func TestSurnameReadAsFirm(t *testing.T) {
	checkEntities(t, []entityCase{
		{"Maribel Santos, 41, died at the scene. Her family said Santos was driving home from work. Santos had two children.",
			[]found{{"Maribel Santos", annot.LabelPerson}, {"Santos", annot.LabelPerson}}, nil},
	})
}

// TestTitledCompoundNameAfterCourt: "Superior Court Justice Nadine
// Osei-Tutu" is a court, a title and a person with a compound surname,
// not one organisation ending in the given name.
func TestTitledCompoundNameAfterCourt(t *testing.T) {
	checkEntities(t, []entityCase{
		{"Ontario Superior Court Justice Nadine Osei-Tutu delivered her decision on Thursday.",
			[]found{{"Ontario Superior Court", annot.LabelOrg}, {"Nadine Osei-Tutu", annot.LabelPerson}}, []string{"Ontario Superior Court Justice Nadine"}},
	})
}

// TestRidingsForcesAndPairedPlaces: "the MHA for Harbour Main" names a
// district, the title is no organisation; "Nanaimo RCMP" is a detachment,
// an organisation; "Newfoundland and Labrador Health Services" is one
// organisation, not a province and an organisation.
func TestRidingsForcesAndPairedPlaces(t *testing.T) {
	checkEntities(t, []entityCase{
		{"The MHA for Harbour Main asked about the bridge in the House of Assembly.",
			[]found{{"Harbour Main", annot.LabelGPE}}, []string{"MHA"}},
		{"In a news release, Nanaimo RCMP said the investigation continues.",
			[]found{{"Nanaimo RCMP", annot.LabelOrg}}, nil},
		{"A spokesperson for Newfoundland and Labrador Health Services said questions should go to the department.",
			[]found{{"Newfoundland and Labrador Health Services", annot.LabelOrg}}, []string{"Newfoundland"}},
	})
}

// TestRidingAndPairGuards: "an MLA for Rachel Notley's NDP" names a
// leader, not a district; "MP for Nepean Chandra Arya" runs the district
// and the member together and is left as the tagger read it; "Canada and
// China Southern Airlines" is a country and an airline.
func TestRidingAndPairGuards(t *testing.T) {
	checkEntities(t, []entityCase{
		{"She was first elected as an MLA for Rachel Notley's NDP in 2015.",
			[]found{{"Rachel Notley", annot.LabelPerson}}, nil},
		{"Flights between Canada and China Southern Airlines hubs resumed on Monday.",
			[]found{{"Canada", annot.LabelGPE}}, []string{"Canada and China Southern Airlines"}},
	})
}

// TestRidingBeforeSeatTitle: the capitalised words right before "MLA" or
// "MP" and a member's name are the district ("Saint John Harbour MLA
// Yusuf Haddad", read as the person "John Harbour"; "Halifax Needham MLA
// Suzy Hansen", read as an organisation); a party or a standing before
// the title is no district ("NDP MLA", "Former MP").
func TestRidingBeforeSeatTitle(t *testing.T) {
	checkEntities(t, []entityCase{
		{"Saint John Harbour MLA Yusuf Haddad said Ottawa was slow.",
			[]found{{"Saint John Harbour", annot.LabelGPE}, {"Yusuf Haddad", annot.LabelPerson}}, []string{"John Harbour"}},
		{"Halifax Needham MLA Suzy Hansen said the bill was weak.",
			[]found{{"Halifax Needham", annot.LabelGPE}, {"Suzy Hansen", annot.LabelPerson}}, nil},
		{"Fort McMurray-Wood Buffalo MLA Tany Yao said the fire was out.",
			[]found{{"Fort McMurray-Wood Buffalo", annot.LabelGPE}, {"Tany Yao", annot.LabelPerson}}, []string{"Buffalo"}},
		{"NDP MLA Brent Kowalchuk asked about the bridge.",
			[]found{{"Brent Kowalchuk", annot.LabelPerson}}, nil},
		{"Former Liberal MP Grace Okafor said the bill was weak.",
			[]found{{"Grace Okafor", annot.LabelPerson}}, []string{"Former Liberal"}},
		// nor a day, a title, a possessive or a portfolio
		{"On Tuesday MLA Renata Osei said the clinic would close.", []found{{"Renata Osei", annot.LabelPerson}}, []string{"Tuesday"}},
		{"Speaker MLA Gordon Fitch ruled the remark out of order.", []found{{"Gordon Fitch", annot.LabelPerson}}, []string{"Speaker"}},
		{"Our MLA Dana Kerr said the road would be built.", []found{{"Dana Kerr", annot.LabelPerson}}, []string{"Our"}},
	})
}

// TestEventNamedAfterPerson: "the Gwen Halvorsen Invitational" names a
// tournament, not the person, who keeps her own name.
func TestEventNamedAfterPerson(t *testing.T) {
	checkEntities(t, []entityCase{
		{"Gwen Halvorsen founded the club in 1979. The board voted to rename its spring tournament the Gwen Halvorsen Invitational.",
			[]found{{"Gwen Halvorsen", annot.LabelPerson}}, []string{"Gwen Halvorsen Invitational"}},
		{"Priya Sandhu coached for 30 years. Her former players will award the first Priya Sandhu Scholarship in June, and Sandhu's family will present it.",
			[]found{{"Priya Sandhu", annot.LabelPerson}, {"Sandhu", annot.LabelPerson}}, []string{"Priya Sandhu Scholarship"}},
		// Two words alone may be a person's name.
		{"Lucy Festival, the owner of a bakery in Moncton, said sales fell by half.",
			[]found{{"Lucy Festival", annot.LabelPerson}}, nil},
	})
}

// TestTitledGivenNameAndCompoundSurname: a legislator's title before a
// given name and a compound surname ("MNA Maude Gagnon-Okafor", "Liberal
// MLA Fiona Chisholm-Bent") is a person, where the tagger had read the
// title and the given name as one organisation, or nothing at all.
func TestTitledGivenNameAndCompoundSurname(t *testing.T) {
	checkEntities(t, []entityCase{
		{"Québec solidaire MNA Maude Gagnon-Okafor asked the minister whether he would commit.",
			[]found{{"Maude Gagnon-Okafor", annot.LabelPerson}}, []string{"MNA Maude"}},
		{"Liberal MLA Fiona Chisholm-Bent, her party's health critic, said the documents showed the province knew.",
			[]found{{"Fiona Chisholm-Bent", annot.LabelPerson}}, nil},
		{"Liberal MLA Fiona Chisholm-Bent said the documents showed the province knew.",
			[]found{{"Fiona Chisholm-Bent", annot.LabelPerson}}, []string{"Fiona"}},
	})
}
