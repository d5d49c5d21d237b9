package ner

import (
	"strings"
	"testing"

	"github.com/quotebench/quotebench/annot"
)

// TestPageConventions: invented lines of local news pages. A site a post
// is made on or to, or whose page or account is named, is an
// organisation; a company's legal suffix is part of its name; a staff
// credit and a temperature's unit are no names.
func TestPageConventions(t *testing.T) {
	checkEntities(t, []entityCase{
		{text: "The mayor said in a post on X that the road would reopen.", want: []found{{"X", annot.LabelOrg}}},
		{text: "A GoFundMe page set up by friends had raised $12,000 by Monday.", want: []found{{"GoFundMe", annot.LabelOrg}}},
		{text: "The city offered condolences in a post on its Facebook page.", want: []found{{"Facebook", annot.LabelOrg}}},
		{text: "The band council posted to Facebook that the water was safe.", want: []found{{"Facebook", annot.LabelOrg}}},
		{text: "The land was sold to Vandermeer Agri Holdings B.V., a Dutch firm.", want: []found{{"Vandermeer Agri Holdings B.V.", annot.LabelOrg}}},
		{text: "Highs will reach 4 C. on Friday, Environment Canada said.", want: []found{{"Environment Canada", annot.LabelOrg}}, not: []string{"C."}},
		{text: "Bathurst council has invited MLAs from all parties to attend the meeting.", not: []string{"MLAs"}},
		{text: "The health authority said the ER will close at night.", not: []string{"ER"}},
		// the agency a report is credited to
		{text: "By Jo Tremblay\n\nTHE PRAIRIE WIRE\n\nOTTAWA — The central bank held its rate on Wednesday.",
			want: []found{{"PRAIRIE WIRE", annot.LabelOrg}}},
		{text: "By Jo Tremblay, The Prairie Wire\n\nOTTAWA — The central bank held its rate on Wednesday.",
			want: []found{{"Prairie Wire", annot.LabelOrg}}},
		{text: "The bank's next decision is in March.\n\nThis report by The Prairie Wire was first published Jan. 28, 2026.",
			want: []found{{"Prairie Wire", annot.LabelOrg}}},
		{text: "By Jo Tremblay, Staff Reporter\n\nThe council met on Tuesday.", not: []string{"Staff Reporter", "Staff"}},
		// not a video about a country
		{text: "The network aired a video on Ukraine last week.", want: []found{{"Ukraine", annot.LabelGPE}}},
		// not a day a post is made on, nor a person written to
		{text: "She posted on Monday that the road was open.", not: []string{"Monday"}},
		{text: "The votes are a strong message to Meri that he is not favoured, he said.", want: []found{{"Meri", annot.LabelPerson}}},
		{text: "A Fresno man wrote to Lincoln to plead for his son.", want: []found{{"Lincoln", annot.LabelPerson}}},
	})
}

// TestShortCompanyNames: a company named with its legal suffix is named
// again by its first word, which the tagger reads as a surname; a person
// named by that word and more stays a person.
func TestShortCompanyNames(t *testing.T) {
	checkEntities(t, []entityCase{
		{text: "The leak began at a storage tank at Tillson Olefins Ltd. on Tuesday.\n\nCouncil will ask for a meeting with Tillson and the ministry this week.\n\n" +
			"A Tillson spokesperson said the figure was still being determined.",
			want: []found{{"Tillson Olefins Ltd.", annot.LabelOrg}, {"Tillson", annot.LabelOrg}}},
	})
	tg := mustDefault(t)
	text := "Mara Tillson founded Tillson Olefins Ltd. in 1990.\n\nTillson said she would retire next year."
	for _, f := range tagText(tg, text) {
		if f.text == "Tillson" && f.label == annot.LabelOrg {
			t.Errorf("%q: %q tagged ORG, want the person", text, f.text)
		}
	}
}

// TestVoteTallyIsNoScore: a council's tally next to "voted" or "vote" is
// no score, so the report is no sports report; a team "defeated 4-2" is.
func TestVoteTallyIsNoScore(t *testing.T) {
	for _, tc := range []struct {
		text  string
		sport bool
	}{
		{"Council voted 8-3 on Tuesday to pay overtime to crews .", false},
		{"The motion passed in a 5-2 vote after overtime talks .", false},
		{"Moose Jaw were defeated 4-2 in overtime by Regina on Saturday .", true},
		{"Regina won 4-2 in overtime on Saturday .", true},
	} {
		if got := sportsReport(strings.Fields(tc.text)); got != tc.sport {
			t.Errorf("%q: sports report %v, want %v", tc.text, got, tc.sport)
		}
	}
}

// TestHolidayIsNoName: a holiday alone ("by Christmas") is no person nor
// body.
func TestHolidayIsNoName(t *testing.T) {
	tg := mustDefault(t)
	for _, in := range []string{
		"The collective hopes to raise enough money by Christmas to buy 40 sleeping bags.",
		"Stores will close early on Thanksgiving, the chamber said.",
	} {
		for _, g := range tagText(tg, in) {
			if g.text == "Christmas" || g.text == "Thanksgiving" {
				t.Errorf("%q: %q tagged %s", in, g.text, g.label)
			}
		}
	}
}

// TestBylinesAndDateLines: a byline's person is a person whatever comes
// after the name on its line ("By Olivia Kestrel  Global News", two spaces
// and no comma before the outlet; "By Nadia Doucet Health Reporter";
// "Posted by Jordan Halloway | Feb 24, 2026"); a day's or a month's short
// form in a date line and a time zone after a clock time are no names
// (invented lines).
func TestBylinesAndDateLines(t *testing.T) {
	checkEntities(t, []entityCase{
		{text: "By Olivia Kestrel  Global News\n\nPosted March 18, 2026 6:12 pm\n\nThe council met on Tuesday.",
			want: []found{{"Olivia Kestrel", annot.LabelPerson}, {"Global News", annot.LabelOrg}}, not: []string{"Olivia Kestrel  Global News"}},
		{text: "By Nadia Doucet Health Reporter\n\nWed., May 6, 2026\n\nThe council met on Tuesday.",
			want: []found{{"Nadia Doucet", annot.LabelPerson}}, not: []string{"Nadia", "Wed", "Health Reporter"}},
		{text: "Posted by Jordan Halloway | Feb 24, 2026 | Local News\n\nThe council met on Tuesday.",
			want: []found{{"Jordan Halloway", annot.LabelPerson}}, not: []string{"Jordan", "Feb", "| Local News"}},
		{text: "Last updated: 3:52 p.m. PT, Jan. 22, 2026\n\nThe council met on Tuesday.", not: []string{"PT", "Jan."}},
		{text: "Dec 29 (Reuters) - The council met on Tuesday.", not: []string{"Dec"}},
		// no byline: a count or figures "By" a body
		{text: "By Regina Police Service figures, 40 cars were stolen last year.", want: []found{{"Regina Police Service", annot.LabelOrg}}},
		// a byline's longer names
		{text: "By Mary Ann Halloway\n\nThe council met on Tuesday.", want: []found{{"Mary Ann Halloway", annot.LabelPerson}}},
		{text: "By Sarah Halloway Jr.\n\nThe council met on Tuesday.", want: []found{{"Sarah Halloway Jr.", annot.LabelPerson}}},
		{text: "By Michael Doe Staff writer\n\nThe council met on Tuesday.", want: []found{{"Michael Doe", annot.LabelPerson}}},
		{text: "By Sarah Halloway for Kestrel News\n\nThe council met on Tuesday.", want: []found{{"Sarah Halloway", annot.LabelPerson}}},
		// short forms outside a date are names
		{text: "Jo Doe told the Sun.", want: []found{{"Sun", annot.LabelOrg}}},
		{text: "Jo Doe's daughter Jan, 12, was not hurt.", want: []found{{"Jan", annot.LabelPerson}}},
		// a page's ad slot, and a title alone, are no names; a surname like a title is
		{text: "Advertisement 3\n\nArticle content\n\nThe union said it filed a complaint.", not: []string{"Advertisement"}},
		{text: "1:40 p.m. — Mayor says town is ready to host\n\nLarkspur Mayor Jo Doe said hotels were full.", want: []found{{"Jo Doe", annot.LabelPerson}}, not: []string{"Mayor"}},
		{text: "Jo King won the final. King said the crowd was loud.", want: []found{{"King", annot.LabelPerson}}},
	})
}
