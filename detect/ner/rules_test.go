package ner

import (
	"slices"
	"strings"
	"testing"
)

func TestRules(t *testing.T) {
	O := tagO
	B, I, L, U := func(e etype) tag { return mkTag(e, posB) }, func(e etype) tag { return mkTag(e, posI) },
		func(e etype) tag { return mkTag(e, posL) }, func(e etype) tag { return mkTag(e, posU) }
	for _, tc := range []struct {
		words     string
		pred      []tag
		wantSpans []span
	}{
		{"NEW YORK ( Reuters ) - Shares rose", []tag{B(tORG), L(tORG), O, O, O, O, O, O},
			[]span{{0, 2, tLOC}, {3, 4, tORG}}},
		{"PORTLAND , Maine ( Reuters ) - The", []tag{U(tORG), O, O, O, O, O, O, O},
			[]span{{0, 1, tLOC}, {2, 3, tLOC}, {4, 5, tORG}}},
		{"BRUSSELS 1996-08-22", []tag{U(tLOC), O}, []span{{0, 1, tLOC}}},
		{"Acme Bank President Jo Doe said", []tag{B(tORG), I(tORG), I(tORG), I(tORG), L(tORG), O},
			[]span{{0, 2, tORG}, {3, 5, tPER}}},
		{"said Mayor Jo Doe", []tag{O, B(tPER), I(tPER), L(tPER)}, []span{{2, 4, tPER}}},
		// a field and a body's head the tagger left out after the name
		{"The Kestrel Canada Rail Conference , which", []tag{O, B(tORG), L(tORG), O, O, O, O}, []span{{1, 5, tORG}}},
		{"Kestrel Canada Rail Conference Centre opened", []tag{B(tORG), L(tORG), O, O, O, O}, []span{{0, 2, tORG}}},
		{"Kestrel Canada Monday Conference", []tag{B(tORG), L(tORG), O, O}, []span{{0, 2, tORG}}},
		// a firm's trade word the tagger left out after its name
		{"Larkspur Ag Equipment , which", []tag{B(tORG), L(tORG), O, O, O}, []span{{0, 3, tORG}}},
		{"Acme Inc. Sales rose", []tag{B(tORG), L(tORG), O, O}, []span{{0, 2, tORG}}},
		{"Larkspur Lumber Co. Sales have slowed", []tag{B(tORG), I(tORG), L(tORG), O, O, O}, []span{{0, 3, tORG}}},
		{"Larkspur Ag Equipment Rentals said", []tag{B(tORG), L(tORG), O, O, O}, []span{{0, 2, tORG}}},
		// a one-word name before a lower-case "council" is the town
		{"Halloway council voted", []tag{U(tPER), O, O}, []span{{0, 1, tLOC}}},
		{"Mary council voted", []tag{U(tPER), O, O}, []span{{0, 1, tPER}}}, // (a given name stays)
		{"said Mayor Doe", []tag{O, B(tPER), L(tPER)}, []span{{2, 3, tPER}}},
		{"Acme Bank President said", []tag{B(tORG), I(tORG), L(tORG), O}, []span{{0, 3, tORG}}},
		// a police rank's abbreviation is a title too
		{"Weyburn Police Service Insp. Jo Doe said", []tag{B(tORG), I(tORG), I(tORG), I(tORG), I(tORG), L(tORG), O},
			[]span{{0, 3, tORG}, {4, 6, tPER}}},
		// A PERSON span right after the run takes the given name the run
		// took in, or the run ends before a title that the PERSON follows.
		{"High Court Justice Jo Ann Doe said", []tag{B(tORG), I(tORG), I(tORG), L(tORG), B(tPER), L(tPER), O},
			[]span{{0, 2, tORG}, {3, 6, tPER}}},
		{"High Court Justice Jo Doe said", []tag{B(tORG), I(tORG), L(tORG), B(tPER), L(tPER), O},
			[]span{{0, 2, tORG}, {3, 5, tPER}}},
		// Not after an article or a joining word.
		{"The Justice Department said", []tag{B(tORG), I(tORG), L(tORG), O}, []span{{0, 3, tORG}}},
		{"Prairie Justice Network said", []tag{B(tORG), I(tORG), L(tORG), O}, []span{{0, 3, tORG}}}, // no person after it
		{"Bench Justice Lorraine Desjarlais said", []tag{B(tORG), I(tORG), I(tORG), L(tORG), O}, []span{{0, 1, tORG}, {2, 4, tPER}}},
		// A surname the run left out after its given name goes with it,
		// an accented given name too.
		{"Superior Court Justice Hélène Desrochers-Baptiste said", []tag{B(tORG), I(tORG), I(tORG), L(tORG), O, O},
			[]span{{0, 2, tORG}, {3, 5, tPER}}},
		{"Superior Court Justice Rebecca Park said", []tag{B(tORG), I(tORG), I(tORG), L(tORG), O, O},
			[]span{{0, 2, tORG}, {3, 5, tPER}}},
		{"Prairie Justice Network Gala said", []tag{B(tORG), I(tORG), L(tORG), O, O}, []span{{0, 3, tORG}}}, // no given name ends the run
		{"Trade Commission and Justice Department", []tag{B(tORG), I(tORG), I(tORG), I(tORG), L(tORG)}, []span{{0, 5, tORG}}},
		{"as reported by the Zork .", []tag{O, O, O, O, O, O}, []span{{4, 5, tORG}}},
		{"The Zork Daily reports it", []tag{O, O, O, O, O}, []span{{1, 3, tORG}}},
		{"writes the Zork", []tag{O, O, U(tORG)}, []span{{2, 3, tORG}}},
		{"according to the Zork", []tag{O, O, O, O}, []span{{3, 4, tORG}}},
		{"the Zork said", []tag{O, O, O}, nil},                                             // not a report verb
		{"reported by the Jo Doe", []tag{O, O, O, B(tPER), L(tPER)}, []span{{3, 5, tPER}}}, // a person stays one
		{"reported by the President", []tag{O, O, O, O}, nil},                              // a title is no source
		{"by the Zork TV channel", []tag{O, O, B(tORG), L(tORG), O}, []span{{2, 3, tORG}}},
		{"by the Zork TV .", []tag{O, O, B(tORG), L(tORG), O}, []span{{2, 4, tORG}}},
		// A common given name and a surname before "of" inside an ORG run
		// are a person of the organisation after it, over a title or a
		// capitalised noun opening the sentence; not after an article,
		// nor before an organisation's head noun.
		{"Bronwyn Keating of Environment Canada said", []tag{B(tORG), I(tORG), I(tORG), I(tORG), L(tORG), O},
			[]span{{0, 2, tPER}, {3, 5, tORG}}},
		{"Meteorologist Bronwyn Keating of Environment Canada said", []tag{B(tORG), I(tORG), I(tORG), I(tORG), I(tORG), L(tORG), O},
			[]span{{1, 3, tPER}, {4, 6, tORG}}},
		{"said Dr. Maria Santos Lima of Acme Health", []tag{O, B(tORG), I(tORG), I(tORG), I(tORG), I(tORG), I(tORG), L(tORG)},
			[]span{{2, 5, tPER}, {6, 8, tORG}}},
		{"at the Brooklyn Academy of Music", []tag{O, O, B(tORG), I(tORG), I(tORG), L(tORG)}, []span{{2, 6, tORG}}},
		{"to Young Presidents Organization of Cincinnati", []tag{O, B(tORG), I(tORG), I(tORG), I(tORG), L(tORG)}, []span{{1, 6, tORG}}},
		{"the veteran MP said", []tag{O, O, U(tORG), O}, nil}, // a title alone is no entity
		{"Fort St. James Mayor Dale Harnett said", []tag{B(tPER), I(tPER), I(tPER), I(tPER), I(tPER), L(tPER), O}, []span{{4, 6, tPER}}},
		{"Liberal MP Jo Doe said", []tag{B(tORG), I(tORG), I(tORG), L(tORG), O}, []span{{0, 1, tORG}, {2, 4, tPER}}},
		// A run after "the" that its head ends, read in part as a person
		// whose span holds the head, is one organisation.
		{"the Lakeway Valley Irrigation District will stage", []tag{O, O, B(tPER), I(tPER), L(tPER), O, O}, []span{{1, 5, tORG}}},
		// A place read as a person before a local title and a name.
		{"Birchfall Arm Mayor Dana Quon said", []tag{B(tPER), L(tPER), O, B(tPER), L(tPER), O}, []span{{0, 2, tLOC}, {3, 5, tPER}}},
		{"Dana Quon Mayor Jo Doe said", []tag{B(tPER), L(tPER), O, B(tPER), L(tPER), O}, []span{{0, 2, tPER}, {3, 5, tPER}}}, // a given name: a person
		// A plural name after "the" in a team's place with a score in
		// the sentence is a team; not without one.
		{"The Larkspur Kestrels , who beat the Northgate Ravens 4-2 , were", []tag{O, B(tPER), L(tPER), O, O, O, O, B(tORG), L(tORG), O, O, O},
			[]span{{1, 3, tORG}, {7, 9, tORG}}},
		{"against the Lakeway Falcons 5-1", []tag{O, O, B(tPER), L(tPER), O}, []span{{2, 4, tORG}}},
		{"The Doucet Brothers beat the odds", []tag{O, B(tPER), L(tPER), O, O, O}, []span{{1, 3, tPER}}},
		// A place and its state or province.
		{"practices in Surrey , B.C. , to offer", []tag{O, O, U(tORG), O, U(tORG), O, O, O}, []span{{2, 3, tLOC}, {4, 5, tLOC}}},
		{"from Prince Albert , Sask . , said", []tag{O, B(tPER), L(tPER), O, U(tLOC), O, O, O}, []span{{1, 3, tLOC}, {4, 5, tLOC}}},
		{"around Fort St. James , B.C. , were", []tag{O, O, O, U(tPER), O, U(tORG), O, O}, []span{{1, 4, tLOC}, {5, 6, tLOC}}},
		{"in Jackson , Miss .", []tag{O, U(tPER), O, O, O}, []span{{1, 2, tLOC}, {3, 4, tLOC}}},
		{"Jo Doe , Man of the Year", []tag{B(tPER), L(tPER), O, O, O, O, O}, []span{{0, 2, tPER}}}, // no period
		{"the lake , Mass said", []tag{O, O, O, O, O}, nil},
		{"The San Jose , Calif . , company", []tag{O, B(tLOC), L(tLOC), O, O, O, O, O}, []span{{1, 3, tLOC}, {4, 5, tLOC}}},
		{"in Washington , D.C. , said", []tag{O, B(tLOC), I(tLOC), L(tLOC), O, O}, []span{{1, 4, tLOC}}},
		{"Seaford Union Free School District , N.Y. ,", []tag{B(tORG), I(tORG), I(tORG), I(tORG), L(tORG), O, O, O}, []span{{0, 5, tORG}}},
		// A title, a given name and a surname tagged as one organisation.
		{"Mayor Taras Melnyk speaks to reporters", []tag{B(tORG), I(tORG), L(tORG), O, O, O}, []span{{1, 3, tPER}}},
		{"Mayor Jo Doe Foundation said", []tag{B(tORG), I(tORG), I(tORG), L(tORG), O}, []span{{0, 4, tORG}}},
		{"Chief Joseph Band said", []tag{B(tORG), I(tORG), L(tORG), O}, []span{{0, 3, tORG}}},
		{"Henry Motor Co. of Canada said", []tag{B(tORG), I(tORG), I(tORG), I(tORG), L(tORG), O}, []span{{0, 5, tORG}}},
	} {
		words := strings.Fields(tc.words)
		p := &prepDoc{words: words, sents: [][2]int{{0, len(words)}}}
		pred := append([]tag(nil), tc.pred...)
		p.applyRules(0, pred)
		got := tagsToSpans(pred, nil)
		if len(got) != len(tc.wantSpans) {
			t.Errorf("%q: got %v, want %v", tc.words, got, tc.wantSpans)
			continue
		}
		for i := range got {
			if got[i] != tc.wantSpans[i] {
				t.Errorf("%q: got %v, want %v", tc.words, got, tc.wantSpans)
				break
			}
		}
	}
}

func TestTitleCase(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"Harbour Bridge Will Reopen in May , Minister Says", true},
		{"Harbour bridge will reopen in May", false},
		{"Jo Doe met Al Roe", false},
		{"Jo Doe and Al", false},
		{"MARKETS RALLY IN ASIA", true}, // all capitals count too; prepare checks allCaps first
	} {
		if got := titleCase(strings.Fields(tc.in)); got != tc.want {
			t.Errorf("titleCase(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// inLower gives the lookup of strings.ToLower(w), for ASCII, non-ASCII and
// over-long words alike.
func TestInLower(t *testing.T) {
	m := map[string]bool{"mayor": true, "président": true, strings.Repeat("a", 70): true}
	for _, w := range []string{"Mayor", "MAYOR", "mayor", "Mayo", "PRÉSIDENT", "Président", strings.Repeat("A", 70), "", "M@yor", "Mayor1"} {
		if got, want := inLower(m, w), m[strings.ToLower(w)]; got != want {
			t.Errorf("inLower(%q) = %v, want %v", w, got, want)
		}
	}
	if !inLower(m, "MaYoR") || inLower(m, "Mayors") {
		t.Error("inLower: wrong answer on a mixed-case or longer word")
	}
}

// TestPortfolioOfCountryReadAsAPlace: "Statistics Canada" the tagger read
// whole as a place (as document votes can make it) is the agency; a
// portfolio word alone before the country still joins it; a person's
// name before the country is left.
func TestPortfolioOfCountryReadAsAPlace(t *testing.T) {
	ti := func(n, country int) []tokInfo {
		out := make([]tokInfo, n)
		out[country].gazBits, out[country].gazPos = GazCountry, posU
		return out
	}
	for _, tc := range []struct {
		words string
		pred  []tag
		want  []span
	}{
		{"data from Statistics Canada ,", []tag{tagO, tagO, mkTag(tLOC, posB), mkTag(tLOC, posL), tagO}, []span{{2, 4, tORG}}},
		{"data from Statistics Canada ,", []tag{tagO, tagO, tagO, mkTag(tLOC, posU), tagO}, []span{{2, 4, tORG}}},
		{"said Justice Canada ,", []tag{tagO, mkTag(tPER, posB), mkTag(tPER, posL), tagO}, []span{{1, 3, tPER}}},
	} {
		words := strings.Fields(tc.words)
		pred := append([]tag(nil), tc.pred...)
		portfolioOfCountry(words, ti(len(words), len(words)-2), pred)
		if got := tagsToSpans(pred, nil); !slices.Equal(got, tc.want) {
			t.Errorf("%q: got %v, want %v", tc.words, got, tc.want)
		}
	}
}
