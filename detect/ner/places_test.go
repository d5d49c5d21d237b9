package ner

import (
	"slices"
	"strings"
	"testing"

	"github.com/quotebench/quotebench/annot"
)

// TestPlaceRules: invented sentences where the tagger alone misreads a
// place. A dateline without an agency ("OTTAWA —") is a place when its
// capitals are a known one or read as a person ("ST. JOHN'S, N.L. —");
// "Place, ST." is two places; a known place of
// two words is no person. (GPE or LOC: locLabel reads "Fort" as a landform.)
func TestPlaceRules(t *testing.T) {
	tg := mustDefault(t)
	for _, tc := range []struct {
		text string
		want []found
	}{
		{"OTTAWA — The federal government introduced a bill on Tuesday.",
			[]found{{"OTTAWA", annot.LabelGPE}}},
		{"DES MOINES - The candidates met voters on Monday.",
			[]found{{"DES MOINES", annot.LabelGPE}}},
		// capitals the tagger reads as a person, with a possessive and
		// a province
		{"ST. JOHN'S — Jordan Fewer had been thinking about the shot for most of his life, he said.",
			[]found{{"ST. JOHN'S", annot.LabelGPE}, {"Jordan Fewer", annot.LabelPerson}}},
		{"ST. JOHN'S, N.L. — The federal government announced the quota on Tuesday.",
			[]found{{"ST. JOHN'S", annot.LabelGPE}}},
		{"ST. JOHN'S — \"We will win this,\" Jordan Fewer said.",
			[]found{{"ST. JOHN'S", annot.LabelGPE}, {"Jordan Fewer", annot.LabelPerson}}},
		// a transcript's name in capitals stays a person
		{"DIANE PELLETIER — We have asked the province for help for three years.",
			[]found{{"DIANE PELLETIER", annot.LabelPerson}}},
		{"She opened one of the first clinics in Surrey, B.C., to offer care in Punjabi.",
			[]found{{"Surrey", annot.LabelGPE}, {"B.C.", annot.LabelGPE}}},
		{"About 2,000 people in and around Fort St. James, B.C., were ordered to leave.",
			[]found{{"Fort St. James", annot.LabelGPE}, {"B.C.", annot.LabelGPE}}},
		{"He bought a house in rural Lewisburg, Pa., last spring.",
			[]found{{"Lewisburg", annot.LabelGPE}, {"Pa.", annot.LabelGPE}}},
		{"The storm buried much of mainland Nova Scotia under snow.",
			[]found{{"Nova Scotia", annot.LabelGPE}}},
		{"Sanders, who did win Rhode Island on Tuesday, spoke last.",
			[]found{{"Rhode Island", annot.LabelGPE}}},
		// a street with a compass point after its head
		{"Paul Reimer was stabbed in the chest outside a home on Larkspur Street West.",
			[]found{{"Larkspur Street West", annot.LabelLoc}}},
		// a venue and a generating station the tagger reads as bodies,
		// after a preposition of place
		{"The rink society will hold its gala at Northgate Financial Place in October.",
			[]found{{"Northgate Financial Place", annot.LabelGPE}}},
		{"Coal-fired power will end at the Larkspur Valley Generating Station in 2030.",
			[]found{{"Larkspur Valley Generating Station", annot.LabelLoc}}},
		// a saint's place with its possessive in title case, not the
		// person "John"; a road by its number
		{"Passengers were offered a refund or rebooking through St. John's, according to the airline.",
			[]found{{"St. John's", annot.LabelGPE}}},
		{"The camp would be built along Highway 16 about 20 kilometres east of the city, near Route 138.",
			[]found{{"Highway 16", annot.LabelLoc}, {"Route 138", annot.LabelLoc}}},
		// a region by its compass point, which the tagger reads as a body
		{"Heavy rain is forecast for the North Coast, and smoke settled over the southern Interior on Friday.",
			[]found{{"North Coast", annot.LabelLoc}, {"Interior", annot.LabelGPE}}},
		{"Smoke settled over the Southern Interior on Friday.", []found{{"Southern Interior", annot.LabelGPE}}},
		// a town after a person's "of", which the tagger reads as a person
		{"Not everyone is convinced. Mayor Tom Birch of Halloway said the city has already felt the effect.",
			[]found{{"Tom Birch", annot.LabelPerson}, {"Halloway", annot.LabelGPE}}},
	} {
		got := tagText(tg, tc.text)
		for _, w := range tc.want {
			if !contains(got, w) && !contains(got, found{w.text, annot.LabelLoc}) { // a town or a landform
				t.Errorf("%q: want %s %q, got %v", tc.text, w.label, w.text, got)
			}
		}
	}
}

// TestCouncillorAbbreviation: "Coun." is a title (Canadian councillors),
// not a place, and its period ends no sentence.
func TestCouncillorAbbreviation(t *testing.T) {
	tg := mustDefault(t)
	text := "Not everyone on council is convinced. Coun. Derek Okafor says he supports the review."
	got := tagText(tg, text)
	if !contains(got, found{"Derek Okafor", annot.LabelPerson}) {
		t.Errorf("%q: want PERSON %q, got %v", text, "Derek Okafor", got)
	}
	for _, g := range got {
		if g.text == "Coun" || g.text == "Coun." {
			t.Errorf("%q: %q tagged %s, want nothing", text, g.text, g.label)
		}
	}
}

// TestPortfolioOfCountry: a government portfolio before a country is that
// country's department, one organisation ("Environment Canada"), not the
// place alone.
func TestPortfolioOfCountry(t *testing.T) {
	tg := mustDefault(t)
	for _, text := range []string{
		"Environment Canada is forecasting temperatures near 30 C for the weekend.",
		"The warning was issued by Environment Canada on Monday.",
	} {
		if got := tagText(tg, text); !contains(got, found{"Environment Canada", annot.LabelOrg}) {
			t.Errorf("%q: want ORG %q, got %v", text, "Environment Canada", got)
		}
	}
}

// TestPublicServiceNames: a public body named for its field and its
// country or province is one organisation ("Acute Care Alberta", "Legal
// Aid Ontario", "Manitoba Hydro"), not the place alone or a person; a
// department inside a person's run is left to the rule that splits it.
func TestPublicServiceNames(t *testing.T) {
	tg := mustDefault(t)
	for _, c := range []struct{ text, want string }{
		{"Acute Care Alberta declined to comment on the report.", "Acute Care Alberta"},
		{"Coastal Power Nova Scotia said crews would not be able to restore power.", "Coastal Power Nova Scotia"},
		{"Legal Aid Ontario said it would cut funding.", "Legal Aid Ontario"},
		{"Manitoba Hydro said 4,000 customers were without power.", "Manitoba Hydro"},
		{"Meteorologist Bronwyn Keating of Environment Canada said the storm would stall.", "Environment Canada"},
		{"Under Legal Aid Ontario rules, clients must apply.", "Legal Aid Ontario"},
		{"In Legal Aid Ontario news, the board met.", "Legal Aid Ontario"},
		{"In an emailed statement, Santé Québec said diversions are normal.", "Santé Québec"},
		{"Transports Québec closed the road overnight.", "Transports Québec"},
		{"Doctors Nova Scotia, which represents the province's physicians, said in a statement that closures were a symptom.", "Doctors Nova Scotia"},
	} {
		if got := tagText(tg, c.text); !contains(got, found{c.want, annot.LabelOrg}) {
			t.Errorf("%q: want ORG %q, got %v", c.text, c.want, got)
		}
	}
	for _, c := range []struct{ text, want string }{
		{"Meteorologist Bronwyn Keating of Environment Canada said the storm would stall.", "Bronwyn Keating"},
		{"Ontario Health Minister Sylvia Jones said wait times improved.", "Sylvia Jones"},
	} {
		if got := tagText(tg, c.text); !contains(got, found{c.want, annot.LabelPerson}) {
			t.Errorf("%q: want PERSON %q, got %v", c.text, c.want, got)
		}
	}
}

// TestUnionLocals: a union's local with its number is one organisation
// ("CUPE Local 6121", "Amalgamated Transit Union Local 113"), without the
// article, title or word before it, and never with a person's name; so is
// a local government named by its kind and its place ("Regional District
// of Okanagan-Similkameen", "the Municipality of Souris-Glenwood", "the
// Town of Hay River", which speaks: "the town said"). Other bodies known
// by a number are one organisation too ("School District 59", "Legion
// Branch 12"), and a person's name read up to "Local" gives way to the
// union's ("Unifor Local 444").
func TestUnionLocals(t *testing.T) {
	tg := mustDefault(t)
	for _, c := range []struct{ text, want string }{
		{"\"People heard it from a television,\" said Fatou Diallo, president of Unifor Local 2217, which represents 190 workers.", "Unifor Local 2217"},
		{"Farah Qasim, president of CUPE Local 6121, said the report was overdue.", "CUPE Local 6121"},
		{"The Amalgamated Transit Union Local 113 said its members would vote.", "Amalgamated Transit Union Local 113"},
		{"Under CUPE Local 79 rules, members must give notice.", "CUPE Local 79"},
		{"Members of Teamsters Local 987 voted on Sunday.", "Teamsters Local 987"},
		{"When CUPE Local 79 members voted, the city made an offer.", "CUPE Local 79"}, // not the sentence's first word
		{"The Regional District of Okanagan-Similkameen has expanded its evacuation order.", "Regional District of Okanagan-Similkameen"},
		{"Yesterday the Peace River Regional District said no homes were lost.", "Peace River Regional District"},
		{"The Peace River Regional District said no homes were lost.", "Peace River Regional District"}, // without the article
		{"The Municipality of Souris-Glenwood declared a local state of emergency Monday night. As of Wednesday, the municipality said in a Facebook post that residents should prepare.", "Municipality of Souris-Glenwood"},
		{"Crews from the Township of Langley cleared the road.", "Township of Langley"},
		{"The Town of Hay River issued an evacuation alert on Tuesday.", "Town of Hay River"},
		{"HAY RIVER, N.W.T. — The Town of Hay River issued an evacuation alert.", "Town of Hay River"},
		{"Staff at the City of Moose Jaw said the pool would reopen.", "City of Moose Jaw"},
		{"Municipality of Cumberland Coun. Wendell Tabbert posted on Facebook on Sunday.", "Municipality of Cumberland"},
		{"Municipality of Kent Const. Jo Doe said the road was closed.", "Municipality of Kent"},
		{"The Municipality of Chester Warden Allen Webber said council would meet Thursday.", "Municipality of Chester"},
		{"Two schools were closed Thursday as a precaution, School District 59 said in a message to parents.", "School District 59"},
		{"Two schools were closed Thursday, Peace River School District No. 59 said.", "Peace River School District No. 59"},
		{"Two schools were closed Thursday, Unifor Local 444 said.", "Unifor Local 444"},
		{"Members of Royal Canadian Legion Branch 12 met on Sunday.", "Royal Canadian Legion Branch 12"},
	} {
		if got := tagText(tg, c.text); !contains(got, found{c.want, annot.LabelOrg}) {
			t.Errorf("%q: want ORG %q, got %v", c.text, c.want, got)
		}
	}
	for _, c := range []struct {
		text string
		want found
	}{
		{"Fatou Diallo, president of Unifor Local 2217, said the talks failed.", found{"Fatou Diallo", annot.LabelPerson}},
		{"The city of Local 12 voted.", found{"The city of Local 12", annot.LabelOrg}},
		{"Crews closed Highway 97 and District 9 roads.", found{"District 9", annot.LabelOrg}},
	} {
		if got := tagText(tg, c.text); c.want.label == annot.LabelPerson && !contains(got, c.want) || c.want.label == annot.LabelOrg && contains(got, c.want) {
			t.Errorf("%q: got %v", c.text, got)
		}
	}
}

// TestFamilyFirms: a family business named by its family and "and Sons"
// or the French "et fils" is one organisation, with a legal suffix after
// it; "Son" before a capitalised word is a name's.
func TestFamilyFirms(t *testing.T) {
	tg := mustDefault(t)
	for _, c := range []struct{ text, want string }{
		{"Jo Doe, co-owner of Boulangerie Doucet et fils, a bakery, said sales are down.", "Boulangerie Doucet et fils"},
		{"Jo Doe, co-owner of Doucet and Sons, a bakery, said sales are down.", "Doucet and Sons"},
		{"Tom Birch and Sons Ltd. said it would close.", "Tom Birch and Sons Ltd."},
		// read whole as a work's title; the suffix's period split off before the comma
		{"The city stopped paying Déneigement Doucet et Fils inc., which clears its streets.", "Déneigement Doucet et Fils inc."},
		{"The city owed money to Doucet et Fils inc., which clears its streets.", "Doucet et Fils inc."},
		// a trade's word before a name read whole; "Limitée" written out
		{"The contract went to Excavation Roy et Frères inc., which bid lowest.", "Excavation Roy et Frères inc."},
		{"The city stopped paying Déneigement Doucet et Fils Limitée, which clears its streets.", "Déneigement Doucet et Fils Limitée"},
	} {
		if got := tagText(tg, c.text); !contains(got, found{c.want, annot.LabelOrg}) {
			t.Errorf("%q: want ORG %q, got %v", c.text, c.want, got)
		}
	}
	if got := tagText(tg, "Jo Doe and Son Heung went home."); !contains(got, found{"Jo Doe", annot.LabelPerson}) {
		t.Errorf("Jo Doe and Son Heung: got %v", got)
	}
}

// TestHealthAndHydroBodies: a name ending in "Health" or "Hydro" is a
// health authority's or a utility's, never a person's.
func TestHealthAndHydroBodies(t *testing.T) {
	tg := mustDefault(t)
	for _, c := range []struct{ text, want string }{
		{"Larkspur Hydro said crews had restored power to most homes.", "Larkspur Hydro"},
		{"In its statement, Northgate Health said the clinic would reopen in April.", "Northgate Health"},
	} {
		if got := tagText(tg, c.text); !contains(got, found{c.want, annot.LabelOrg}) {
			t.Errorf("%q: want ORG %q, got %v", c.text, c.want, got)
		}
	}
}

// TestWaterNamesArePlaces: a place named by its falls, river or slough
// stays a place, as the modifier of a facility it names too; a person
// whose surname is such a word, or one of a firm's, stays a person.
func TestWaterNamesArePlaces(t *testing.T) {
	tg := mustDefault(t)
	for _, c := range []struct{ text, want string }{
		{"The utility said a fault on a line between Kestrel Falls and the Birchfall Falls terminal station tripped equipment.", "Birchfall Falls"},
		{"The money will cover work on about 11 kilometres of dike along the Kestrel River and Birchfall Slough.", "Birchfall Slough"},
	} {
		if got := tagText(tg, c.text); !slices.ContainsFunc(got, func(f found) bool {
			return f.text == c.want && (f.label == annot.LabelLoc || f.label == annot.LabelGPE)
		}) {
			t.Errorf("%q: want %q a place, got %v", c.text, c.want, got)
		}
	}
	// a body's name ending in such a word, as a subject, stays as the tagger read it
	if got := tagText(tg, "Silver Creek announces it will raise taxes."); !contains(got, found{"Silver Creek", annot.LabelOrg}) {
		t.Errorf("Silver Creek announces: got %v", got)
	}
	for _, c := range []struct{ text, want string }{
		{"Jane Slough, a Larkspur resident, said the water rose quickly.", "Jane Slough"},
		{"Mary Health, who lives in Northgate, said she was worried.", "Mary Health"},
	} {
		if got := tagText(tg, c.text); !contains(got, found{c.want, annot.LabelPerson}) {
			t.Errorf("%q: want PERSON %q, got %v", c.text, c.want, got)
		}
	}
}

// TestSaintInsideOrgNames: a place's name with a saint's abbreviation
// inside a firm's name stays in it ("Bay St. Kestrel Renewables Inc.");
// not over an article.
func TestSaintInsideOrgNames(t *testing.T) {
	tg := mustDefault(t)
	for _, c := range []struct{ text, want string }{
		{"The project, led by Bay St. Kestrel Renewables Inc., would see up to 160 wind turbines built.", "Bay St. Kestrel Renewables Inc."},
		{"The project, led by Bay St. Mary Renewables Inc., would see up to 160 wind turbines built.", "Bay St. Mary Renewables Inc."}, // (read as "Mary Renewables Inc.")
	} {
		if got := tagText(tg, c.text); !contains(got, found{c.want, annot.LabelOrg}) {
			t.Errorf("%q: want ORG %q, got %v", c.text, c.want, got)
		}
	}
}

// TestUnionDivisions: a union known by one word and the province after it
// is one organisation, its division ("CUPE Alberta", "CUPE Nova Scotia");
// not over a comma.
func TestUnionDivisions(t *testing.T) {
	checkEntities(t, []entityCase{
		{text: "CUPE Alberta posted a photo of the picket line on social media.", want: []found{{"CUPE Alberta", annot.LabelOrg}}},
		{text: "CUPE Nova Scotia president Nan McFadgen said the deal was fair.", want: []found{{"CUPE Nova Scotia", annot.LabelOrg}, {"Nan McFadgen", annot.LabelPerson}}},
		{text: "The largest union, CUPE, Alberta's biggest, said the deal was fair.", want: []found{{"CUPE", annot.LabelOrg}}, not: []string{"CUPE, Alberta"}},
	})
}

// TestPersonAfterTitle: a given name and a surname after a person's title
// are a person, over a party's name before the title ("Progressive
// Conservative MLA Brent Kowalchuk" had been one MISC run, "NDP MLA Brent
// Kowalchuk" an organisation); not a third capitalised word.
func TestPersonAfterTitle(t *testing.T) {
	checkEntities(t, []entityCase{
		{text: "Progressive Conservative MLA Brent Kowalchuk, the Opposition critic, asked why.", want: []found{{"Brent Kowalchuk", annot.LabelPerson}}},
		{text: "NDP MLA Brent Kowalchuk asked why.", want: []found{{"Brent Kowalchuk", annot.LabelPerson}}, not: []string{"NDP MLA Brent Kowalchuk"}},
		{text: "The daughter of former President Franklin Roosevelt spoke.", want: []found{{"Franklin Roosevelt", annot.LabelPerson}}},
	})
}

// TestCompassRegion: a compass word before a known place is a region of it
// ("Western Canada", "Northern Ontario"), not an organisation.
func TestCompassRegion(t *testing.T) {
	tg := mustDefault(t)
	for _, c := range []struct{ text, want string }{
		{"Western Canada is expected to see snow.", "Western Canada"},
		{"Hospitals in Northern Ontario are short of nurses.", "Northern Ontario"},
		{"Atlantic Canada will see rain on Monday.", "Atlantic Canada"},
	} {
		got := tagText(tg, c.text)
		if !contains(got, found{c.want, annot.LabelGPE}) && !contains(got, found{c.want, annot.LabelLoc}) {
			t.Errorf("%q: want the place %q, got %v", c.text, c.want, got)
		}
	}
}

// TestPlaceRulesLeaveOthers: what the place and title rules must not take:
// a sentence's opening preposition or a day before "Place, ST.", a person
// named like a town, a judge titled "Justice", a university's team, names
// holding "Reeve".
func TestPlaceRulesLeaveOthers(t *testing.T) {
	tg := mustDefault(t)
	for _, tc := range []struct {
		text string
		want found
		not  []string
	}{
		{"In Surrey, B.C., police said the man fled.", found{"Surrey", annot.LabelGPE}, []string{"In Surrey"}},
		{"On Tuesday, Sask., Alta. and Man. officials met.", found{}, []string{"On Tuesday", "Tuesday"}},
		{"Miguel Hidalgo worked at the plant for 20 years.", found{"Miguel Hidalgo", annot.LabelPerson}, nil},
		// a person after "of" with no name before it
		{"The eldest son of Dana Birch said the farm would be sold.", found{"Dana Birch", annot.LabelPerson}, nil},
		{"Dana Birch of Tom Birch's office said the bill would pass.", found{"Tom Birch", annot.LabelPerson}, nil},
		{"A portrait by Jo Doe of Tom Birch was unveiled at city hall on Monday.", found{"Tom Birch", annot.LabelPerson}, nil},
		{"In her ruling, Justice Jordan said the evidence was weak.", found{"Jordan", annot.LabelPerson}, []string{"Justice Jordan"}},
		{"Southern Utah said it had fired its coach.", found{"Southern Utah", annot.LabelOrg}, nil},
		// "Reeve" and "Warden" are names too.
		{"A spokesperson for the Christopher Reeve Foundation said the clinics would open.", found{"Christopher Reeve Foundation", annot.LabelOrg}, []string{"Foundation"}},
		{"Broadway star Reeve Carney said the show would close.", found{"Reeve Carney", annot.LabelPerson}, []string{"Carney"}},
		// a station or a place that speaks or is a person's name
		{"Ellen Place, a spokesperson for the Larkspur school board, said classes would resume.", found{"Ellen Place", annot.LabelPerson}, nil},
		{"The Northgate Agricultural Research Station said the drought had cut yields.", found{"Northgate Agricultural Research Station", annot.LabelOrg}, nil},
		{"The Larkspur Community Radio Station said it would stay on the air.", found{"Larkspur Community Radio Station", annot.LabelOrg}, nil},
		// a saint's day is no place; a route's word before a year is no road
		{"The St. Patrick's Day parade was cancelled.", found{}, []string{"St. Patrick's", "St. Patrick's Day"}},
		{"The Highway Traffic Act was amended in 2019.", found{}, []string{"Highway 2019"}},
		// a business named for a road; a person named "St. John" before
		{"The Highway 7 Motel will close, owner Jo Doe said.", found{}, []string{"Highway 7"}},
		{"Coun. Amy St. John said the plan is flawed. St. John's motion failed 5-4, the clerk said.", found{}, []string{"St. John's"}},
	} {
		got := tagText(tg, tc.text)
		if tc.want.text != "" && !contains(got, tc.want) {
			t.Errorf("%q: want %s %q, got %v", tc.text, tc.want.label, tc.want.text, got)
		}
		for _, n := range tc.not {
			for _, g := range got {
				if g.text == n {
					t.Errorf("%q: %q tagged %s, want nothing", tc.text, n, g.label)
				}
			}
		}
	}
}

// TestProvincesByFullNameAndInitials: "Prince Edward Island" is one place
// (the tagger had read the person "Edward Island" after the title
// "Prince"), and a province's dotted initials standing alone are a place
// ("in P.E.I.", "the N.W.T. government"; they had been nothing or an
// organisation), not a year ("the mid-500s B.C.") nor inside a longer
// name.
func TestProvincesByFullNameAndInitials(t *testing.T) {
	checkEntities(t, []entityCase{
		{"Farmers on Prince Edward Island are asking the province for emergency permission.",
			[]found{{"Prince Edward Island", annot.LabelGPE}}, []string{"Edward Island"}},
		{"Prince Edward Island's premier said the plan would work.",
			[]found{{"Prince Edward Island", annot.LabelGPE}}, nil},
		{"Potato farmers in P.E.I. are asking the province for permission.",
			[]found{{"P.E.I.", annot.LabelGPE}}, nil},
		{"Wildfires in the N.W.T. and Nunavut are growing.",
			[]found{{"N.W.T.", annot.LabelGPE}}, nil},
	})
	tg := mustDefault(t)
	in := "Wallnau spoke of a king living under his reign in the mid-500s B.C. and of his temple."
	if got := tagText(tg, in); contains(got, found{"B.C.", annot.LabelGPE}) {
		t.Errorf("%q: B.C. tagged a place, got %v", in, got)
	}
}

// TestRiversAndLakesOfThe: a person's span ending in a river's or a
// land's word is a place, with the saint's title before it ("Saint John
// River"); a lake, a gulf or a bay "of (the)" a name is one place, and so is
// the hospital named for it (CoNLL tags hospitals as places).
func TestRiversAndLakesOfThe(t *testing.T) {
	tg := mustDefault(t)
	for _, tc := range []struct {
		text string
		want found
	}{
		{"Water levels on the Saint John River rose again on Tuesday.", found{"Saint John River", annot.LabelLoc}},
		{"The ice on the Mackenzie Delta was still too thin, officials said.", found{"Mackenzie Delta", annot.LabelLoc}},
		{"He drowned near Coney Island on Lake of the Woods on Saturday.", found{"Lake of the Woods", annot.LabelLoc}},
		{"He was taken to Lake of the Woods District Hospital, where he died.", found{"Lake of the Woods District Hospital", annot.LabelLoc}},
		{"The quota for the Gulf of St. Lawrence was cut by half.", found{"Gulf of St. Lawrence", annot.LabelLoc}},
		// the lake's name ends before a title and a person
		{"Residents near Lake of the Woods Mayor Jo Doe said the water was high.", found{"Lake of the Woods", annot.LabelLoc}},
	} {
		if got := tagText(tg, tc.text); !contains(got, tc.want) {
			t.Errorf("%q: want %s %q, got %v", tc.text, tc.want.label, tc.want.text, got)
		}
	}
	// a bank "of" a country stays one organisation, a racing driver a person
	for _, tc := range []struct {
		text string
		want found
	}{
		{"The Bank of Canada held its key rate on Wednesday.", found{"Bank of Canada", annot.LabelOrg}},
		{"Damon Hill won the race from pole position.", found{"Damon Hill", annot.LabelPerson}},
	} {
		if got := tagText(tg, tc.text); !contains(got, tc.want) {
			t.Errorf("%q: want %s %q, got %v", tc.text, tc.want.label, tc.want.text, got)
		}
	}
}

// TestCompassRegionsLeaveTeamsAndBodies: a results table's team named by
// a compass point, a body whose name goes on and a firm's or team's short
// name without "the" are no regions.
func TestCompassRegionsLeaveTeamsAndBodies(t *testing.T) {
	tg := mustDefault(t)
	for _, tc := range []struct{ text, notLoc string }{
		{"Collingwood 24 .\n\nWest Coast 24 .\n\nMelbourne 11 .", "West Coast"},
		{"The North Coast Health Authority said the clinic would close.", "North Coast"},
		{"North Coast Resources Ltd. lost its bid for the mine. North Coast said it would appeal the ruling.", "North Coast"},
		{"West Coast beat Northgate by 12 points on Saturday.", "West Coast"},
	} {
		for _, g := range tagText(tg, tc.text) {
			if g.text == tc.notLoc && g.label == annot.LabelLoc {
				t.Errorf("%q: %q tagged LOC", tc.text, g.text)
			}
		}
	}
}

// TestListedPlacesAndLocals: a name listed between two places is a place;
// a union's local takes its number after the tagger's name; a town
// before "Fire Chief" is a place.
func TestListedPlacesAndLocals(t *testing.T) {
	checkEntities(t, []entityCase{
		{text: "The company runs buses in Moncton, Beresford and Bathurst.", want: []found{{"Beresford", annot.LabelGPE}}},
		{text: "The buses run in Weyburn, Radville, Ogema and Estevan.", want: []found{{"Ogema", annot.LabelGPE}}},
		{text: "The deal among Ottawa, Northgate and Ontario was signed on Monday.", want: []found{{"Northgate", annot.LabelOrg}}},
		{text: "The drivers, members of Canadian Union of Public Employees Local 4400, walked out on Monday.",
			want: []found{{"Canadian Union of Public Employees Local 4400", annot.LabelOrg}}},
		{text: "Jo Doe, president of International Brotherhood of Boilermakers and Shipbuilders Union Local 359, said the talks failed.",
			want: []found{{"International Brotherhood of Boilermakers and Shipbuilders Union Local 359", annot.LabelOrg}}},
		{text: "\"Stay inside,\" Selkirk Fire Chief Dana Kerr said.\n\nThe Selkirk plant will stay closed.",
			want: []found{{"Selkirk", annot.LabelGPE}, {"Dana Kerr", annot.LabelPerson}}},
	})
}

// TestInstitutionsNamedForSaints: a university or a board named for a
// saint is an organisation, though the tagger reads the saint's place in
// it; so are a library and a legion read as places, and a French name
// opening with a body's word ("Université …").
func TestInstitutionsNamedForSaints(t *testing.T) {
	checkEntities(t, []entityCase{
		{text: "Faculty at St. Thomas University in Fredericton walked off the job on Monday.",
			want: []found{{"St. Thomas University", annot.LabelOrg}, {"Fredericton", annot.LabelGPE}}},
		{text: "Talks with the Soviet Union resumed on Monday.", want: []found{{"Soviet Union", annot.LabelGPE}}},
		// a library or a legion the tagger reads as a place
		{text: "The Northgate Public Library pulled the book.", want: []found{{"Northgate Public Library", annot.LabelOrg}}},
		{text: "Jo Doe, a professor of logistics at Université Larkspur, said in an interview that few suppliers were ready.", want: []found{{"Université Larkspur", annot.LabelOrg}}},
		{text: "The Northgate Legion will close its hall. The legion said membership had fallen.", want: []found{{"Northgate Legion", annot.LabelOrg}}},
	})
}

// TestPortfolioLists: a department named by a list of its fields is one
// organisation, across its comma; a list of places or of firms is not.
func TestPortfolioLists(t *testing.T) {
	tg := mustDefault(t)
	for _, c := range []struct{ text, want string }{
		{"In an email, a spokesperson for Innovation, Science and Economic Development Canada said the government stands with workers.", "Innovation, Science and Economic Development Canada"},
		{"Immigration, Refugees and Citizenship Canada said the permits would be issued.", "Immigration, Refugees and Citizenship Canada"},
		{"A spokesperson for the territory's Department of Industry, Tourism and Investment said the road would open.", "Department of Industry, Tourism and Investment"},
		// fields the tagger reads as a person's name
		{"The Ministry of Water, Land and Coastal Stewardship said in a statement that staff are monitoring conditions.", "Ministry of Water, Land and Coastal Stewardship"},
	} {
		if got := tagText(tg, c.text); !contains(got, found{c.want, annot.LabelOrg}) {
			t.Errorf("%q: want ORG %q, got %v", c.text, c.want, got)
		}
	}
	for _, c := range []struct{ text, not string }{
		{"Officials from Ontario, Quebec and Hydro-Quebec met in Ottawa.", "Quebec and Hydro-Quebec"},
		{"The campaign courted voters on channels such as Facebook, Twitter and Snapchat.", "Facebook, Twitter and Snapchat"},
		{"The Ministry of Health, Jo Doe and Northgate Health said the clinic would stay open.", "Health, Jo Doe"},
		{"Experts from the Department of Agriculture, American and Canadian universities took part in the study.", "Agriculture, American"},
	} {
		for _, g := range tagText(tg, c.text) {
			if strings.Contains(g.text, c.not) || strings.Contains(c.not, ",") && strings.Contains(g.text, ",") {
				t.Errorf("%q: one entity over the list: %v", c.text, g)
			}
		}
	}
}

// TestTownsAddedAtLoad: the places in Canada added to the gazetteer when
// the tagger loads make small towns places ("toward Nanton", "through
// Olds"); a town's name of one word elsewhere ("Taylor said") and one
// before a capitalised word are left to the model; the list's names of
// common words, royals and given names are not added.
func TestTownsAddedAtLoad(t *testing.T) {
	checkEntities(t, []entityCase{
		{"The district delivers water to cropland stretching from the edge of Lethbridge toward Nanton. In a typical year, members get more.", []found{{"Nanton", annot.LabelGPE}}, nil},
		{"Traffic was diverted through Olds and Lacombe.", []found{{"Olds", annot.LabelGPE}, {"Lacombe", annot.LabelGPE}}, nil},
		// one word is a town only after a preposition of place: many are surnames
		{"Jo Taylor chairs the water board. Taylor said the water was safe.", []found{{"Jo Taylor", annot.LabelPerson}, {"Taylor", annot.LabelPerson}}, nil},
		{"Crews fought the fire east of Olds on Tuesday.", []found{{"Olds", annot.LabelGPE}}, nil},
		{"It is not clear how many officers would be posted to Wetaskiwin.", []found{{"Wetaskiwin", annot.LabelGPE}}, nil},                          // a word of going before "to"
		{"Kingston city councillor Jo Doe said the farm was a success.", []found{{"Kingston", annot.LabelGPE}, {"Jo Doe", annot.LabelPerson}}, nil}, // "city" and a noun of its government
		{"Vegreville Hardware Supply will close its store.", []found{{"Vegreville Hardware Supply", annot.LabelOrg}}, []string{"Vegreville"}},
	})
	tg := mustDefault(t)
	var x scratch
	town := func(name string) bool { return tg.gaz.towns[tg.gaz.phraseKey(name, &x)] }
	for _, name := range []string{"Nanton", "Olds", "Picture Butte", "Sylvan Lake"} {
		if !town(name) {
			t.Errorf("%q: want it added as a town", name)
		}
	}
	for _, name := range []string{"Golden", "Hope", "Prince Charles", "Brandon"} {
		if town(name) {
			t.Errorf("%q: added as a town, want it left out", name)
		}
	}
}

// TestPlatformsLocalNearbyAndFrenchPlaces: a platform's name the tagger
// read as a place is an organisation ("In a Facebook post"); "Local"
// before a title is no entity; a name after "nearby" or "neighbouring",
// or after a place and "and", is a place, not a nationality after it; an
// ordinal is part of a street's name; a French word for a place opens a place's name
// ("Route de la Station", "Plage des Cantons") up to a title; a name set off after a
// noun for a body is an organisation ("One company, Larkspur River
// Cruises, said"), not a person named after a comma ("…, Jo Doe said").
func TestPlatformsLocalNearbyAndFrenchPlaces(t *testing.T) {
	checkEntities(t, []entityCase{
		{"In a Facebook post Monday, a relative thanked the crew.", []found{{"Facebook", annot.LabelOrg}}, nil},
		{"Local MP Tom Doe said in a statement that the work would finish soon.", []found{{"Tom Doe", annot.LabelPerson}}, []string{"Local"}},
		{"Jo Doe of nearby Blue Rocks said the crew was lucky.", []found{{"Blue Rocks", annot.LabelGPE}}, nil},
		{"The Pont Desjardins, a concrete span on Route de la Station, was closed.", []found{{"Pont Desjardins", annot.LabelGPE}, {"Route de la Station", annot.LabelLoc}}, nil},
		{"Larkspur has closed Plage des Cantons to swimmers.", []found{{"Plage des Cantons", annot.LabelGPE}}, nil},
		// the place's name ends before a title: the person after it is no place
		{"Lac La Doucet County Mayor Maria Halloway said the county is working with the province.",
			[]found{{"Lac La Doucet County", annot.LabelGPE}, {"Maria Halloway", annot.LabelPerson}}, []string{"Mayor"}},
		{"Pont Doucet Fire Chief Maria Roe said the road will close.", []found{{"Pont Doucet", annot.LabelGPE}, {"Maria Roe", annot.LabelPerson}}, nil},
		// a title of address only ("King", "Prince") is no title there: a street's name
		{"The fire started in a house on Rue King in Larkspur, police said.", []found{{"Rue King", annot.LabelGPE}}, nil},
		{"One company, Larkspur River Cruises, said it had cancelled trips.", []found{{"Larkspur River Cruises", annot.LabelOrg}}, nil},
		{"He works for the company, Jo Doe said.", []found{{"Jo Doe", annot.LabelPerson}}, nil},
		{"Members of Unifor Local 444 voted.", []found{{"Unifor Local 444", annot.LabelOrg}}, nil},
		{"Crews drove from the city to the nearby Pakistani town of Larkspur.", nil, []string{"Pakistani"}},
		// a town after a place and "and", after "neighbouring"; an ordinal street
		{"It steered workers toward mining jobs in Sudbury and Timmins.", []found{{"Timmins", annot.LabelGPE}}, nil},
		{"Workers live in Leamington and neighbouring Kingsville during the season.", []found{{"Kingsville", annot.LabelGPE}}, nil},
		{"Police responded to a residence on 15th Street West shortly after 11 p.m.", []found{{"15th Street West", annot.LabelLoc}}, nil},
	})
}

// TestSchoolsDistrictsAndDashedNames: a run ending in a school's level is
// a school ("Willow Flats Elementary"); a body named for a place "and
// District" is one organisation ("Larkspur and District Hospital"), not
// after a person's name; a French body's name goes on over two places
// joined by a dash ("… de Kamouraska–Rivière-du-Loup"); a body the tagger
// split at "and" between two fields is one ("Summerland Research and
// Development Centre").
func TestSchoolsDistrictsAndDashedNames(t *testing.T) {
	checkEntities(t, []entityCase{
		{"Two schools, Larkspur Valley Elementary and Willow Flats Elementary, were closed.", []found{{"Willow Flats Elementary", annot.LabelOrg}}, nil},
		{"The emergency department at Larkspur and District Hospital saw two people.", []found{{"Larkspur and District Hospital", annot.LabelOrg}}, nil},
		{"The Larkspur and Area Chamber of Commerce said it was worried.", []found{{"Larkspur and Area Chamber of Commerce", annot.LabelOrg}}, nil},
		{"Jo Doe and District Hospital staff met.", []found{{"Jo Doe", annot.LabelPerson}}, nil},
		{"Members of the Penticton Indian Band met Monday.", []found{{"Penticton Indian Band", annot.LabelOrg}}, nil},
		{"The Larkspur River Theatre Festival will stage fewer productions next year.", []found{{"Larkspur River Theatre Festival", annot.LabelOrg}}, nil},
		{"The Centre de services scolaire de Kamouraska–Rivière-du-Loup said it is reviewing its routes.", []found{{"Centre de services scolaire de Kamouraska–Rivière-du-Loup", annot.LabelOrg}}, nil},
		// a body split at "and" between two fields is one
		{"Research from the federal Summerland Research and Development Centre has found that blossoms can suffer.", []found{{"Summerland Research and Development Centre", annot.LabelOrg}}, nil},
		{"Acme Research and Beta Labs Inc. said the deal was off.", []found{{"Acme Research", annot.LabelOrg}, {"Beta Labs Inc.", annot.LabelOrg}}, nil},
	})
}

// TestNearMissesOfPlaceAndBodyRules: close variants the rules for numbered
// bodies, family firms, French places, names after a body's noun,
// "nearby", a town after "and", "city" before a council's noun and a
// French body over a dash must leave alone (a review's invented
// sentences).
func TestNearMissesOfPlaceAndBodyRules(t *testing.T) {
	checkEntities(t, []entityCase{
		{"Tom Branch 12, Jo Doe 10 led the scoring, coach Al Venn said.", []found{{"Tom Branch", annot.LabelPerson}}, []string{"Tom Branch 12"}},
		{"Quarterback Ty Dale threw to Deon Branch 12 times in the game.", []found{{"Deon Branch", annot.LabelPerson}}, nil},
		{"Mayor Jo Doe and Sons of Norway president Al Lund said the hall will stay open.", []found{{"Jo Doe", annot.LabelPerson}}, []string{"Jo Doe and Sons"}},
		{"Pointe Larkspur Seafoods will hire 40 workers, the company said.", []found{{"Pointe Larkspur Seafoods", annot.LabelOrg}}, nil},
		{"A spokesperson for the union, Harjit Sandhu, said members will vote Friday.", []found{{"Harjit Sandhu", annot.LabelPerson}}, nil},
		{"Workers at nearby Acme Corp. said they were sent home.", []found{{"Acme Corp.", annot.LabelOrg}}, nil},
		{"Fans from neighbouring Northgate United said the match was unfair.", []found{{"Northgate United", annot.LabelOrg}}, nil},
		{"Layoffs came in Larkspur and Unifor said it would fight them.", []found{{"Unifor", annot.LabelOrg}}, nil},
		{"The CUPE town hall meeting drew 50 people, organizers said.", []found{{"CUPE", annot.LabelOrg}}, nil},
		{"The Syndicat des travailleurs de Larkspur – Paul Doucet, its president, said the vote is Friday.", []found{{"Paul Doucet", annot.LabelPerson}}, nil},
	})
}

// TestPlacesTheTaggerReadAsPeopleOrBodies: a province the gazetteer knows
// only as a place, a county where it is the land, a mountain pass, a
// street after a given name and "on", a province named by two names:
// places (a town before "council": TestRules).
func TestPlacesTheTaggerReadAsPeopleOrBodies(t *testing.T) {
	checkEntities(t, []entityCase{
		{text: "Forecasters expect frost in much of south-central Manitoba this week.", want: []found{{"Manitoba", annot.LabelGPE}}},
		{text: "Farm families in Kestrel County face higher costs this year.", want: []found{{"Kestrel County", annot.LabelGPE}}},
		{text: "Kestrel County doctors say the clinics are full.", want: []found{{"Kestrel County", annot.LabelGPE}}},
		{text: "The highway stayed closed through Halloway Pass on Tuesday.", want: []found{{"Halloway Pass", annot.LabelLoc}}},
		{text: "She rents a small house on Anna Street near the river.", want: []found{{"Anna Street", annot.LabelLoc}}},
		{text: "Fishing towns in Newfoundland and Labrador are shrinking.", want: []found{{"Newfoundland and Labrador", annot.LabelGPE}}},
	})
}

// TestListedNamesOfBodies: a department named by a list of fields the
// tagger read as bodies of one word or places, a union named by its
// members' trades.
func TestListedNamesOfBodies(t *testing.T) {
	checkEntities(t, []entityCase{
		{text: "The Department of Mines, Forestry and Tourism approved the permit.", want: []found{{"Department of Mines, Forestry and Tourism", annot.LabelOrg}}},
		// a longer list, a field read as a place
		{text: "A spokesperson for the Department of Communities, Culture, Tourism and Heritage said the department was in contact with the town.",
			want: []found{{"Department of Communities, Culture, Tourism and Heritage", annot.LabelOrg}}, not: []string{"Culture", "Heritage"}},
		{text: "The Ministry of Health, Larkspur and Northgate officials met on Monday.", want: []found{{"Ministry of Health", annot.LabelOrg}}},
		{text: "After talks with the Department of Fisheries, Oceans and Aquaculture, Tanis Doucet said the wharf will be repaired.",
			want: []found{{"Department of Fisheries, Oceans and Aquaculture", annot.LabelOrg}, {"Tanis Doucet", annot.LabelPerson}}},
		{text: "Jo Roe, a steward with the Wood, Paper and Allied Workers union, said she was upset.", want: []found{{"Wood, Paper and Allied Workers", annot.LabelOrg}}},
	})
}

// TestCountyGovernmentSpeaks: a county that acts stays its government.
func TestCountyGovernmentSpeaks(t *testing.T) {
	checkEntities(t, []entityCase{
		{text: "Officials of Kestrel County said the centre would open early. Kestrel County said in a statement that the centre would open early.", want: []found{{"Kestrel County", annot.LabelGPE}, {"Kestrel County", annot.LabelOrg}}},
	})
}

// TestDatelineTownReadAsABody: a town's name in capitals before a page's
// dash is the place, also where the tagger read a body.
func TestDatelineTownReadAsABody(t *testing.T) {
	checkEntities(t, []entityCase{
		{text: "HALIBURTON — With the first lifts set to open, resorts are short of staff.", want: []found{{"HALIBURTON", annot.LabelGPE}}},
	})
}

// TestPeopleNamedLikeStreetsPassesAndPapers: a given name and "Pass", a
// street's name after "on" that a possessive or "to" follows, a given
// name in a newspaper's shape: people.
func TestPeopleNamedLikeStreetsPassesAndPapers(t *testing.T) {
	checkEntities(t, []entityCase{
		{text: "Mary Pass, a Larkspur farmer, said the frost was early.", want: []found{{"Mary Pass", annot.LabelPerson}}},
		{text: "The board signed off on Anna Street's appointment.", want: []found{{"Anna Street", annot.LabelPerson}}},
		{text: "Council called on Mary Street to resign.", want: []found{{"Mary Street", annot.LabelPerson}}},
		{text: "Police said the Mark Ledger case is closed.", want: []found{{"Mark Ledger", annot.LabelPerson}}},
		// but a pass after a way through it is the pass
		{text: "The highway stayed closed through Dawn Pass on Tuesday.", want: []found{{"Dawn Pass", annot.LabelLoc}}},
	})
}

// TestPlaceRulesKeepBodiesAndPeople: the rules for towns before
// "council", department lists, unions by trades, counties, passes,
// provinces and page datelines leave bodies and people alone.
func TestPlaceRulesKeepBodiesAndPeople(t *testing.T) {
	checkEntities(t, []entityCase{
		{text: "Neighbours relied on Mary Street, a retired nurse, for rides.", want: []found{{"Mary Street", annot.LabelPerson}}},
		{text: "Unifor council members voted to strike.", want: []found{{"Unifor", annot.LabelOrg}}},
		{text: "Officials from the Department of Health, Hydro and Telus met on Tuesday.", want: []found{{"Department of Health", annot.LabelOrg}, {"Telus", annot.LabelOrg}}},
		{text: "In Larkspur, Paper and Allied Workers members voted to strike.", want: []found{{"Larkspur", annot.LabelGPE}}},
		{text: "An email from Kestrel County said the landfill would close.", want: []found{{"Kestrel County", annot.LabelOrg}}},
		{text: "The Kestrel Transit Pass costs 90 dollars a month.", want: []found{{"Kestrel Transit Pass", annot.LabelOrg}}},
		{text: "When Jo Maine took over the Kestrels in 2019, Maine said, the team had no goalie.", want: []found{{"Maine", annot.LabelPerson}}},
		{text: "SENATE — The chamber passed the bill on Tuesday.", want: []found{{"SENATE", annot.LabelOrg}}},
	})
}

// TestSentenceOpeningPrepositionsOfPlace: a preposition opening the
// sentence counts as one in lower case ("Through Dawn Pass, …").
func TestSentenceOpeningPrepositionsOfPlace(t *testing.T) {
	checkEntities(t, []entityCase{
		{text: "Through Dawn Pass, crews worked all night.", want: []found{{"Dawn Pass", annot.LabelLoc}}},
	})
}

// TestPeoplesParksBasinsAirlinesAndTrustees: a people's name is no
// entity of ours; a provincial park, a river basin, a town joined to a
// town are places; an airline is a body; a trustee's title stays out of
// the name; a ministry of two fields is one body.
func TestPeoplesParksBasinsAirlinesAndTrustees(t *testing.T) {
	checkEntities(t, []entityCase{
		{text: "The mayor said the town could not grow without a good relationship with the Cree.", not: []string{"Cree"}},
		{text: "He now expects to haul grain to Kestrelton or Melfort, adding an hour each way.", want: []found{{"Kestrelton", annot.LabelGPE}}},
		{text: "Borealis Air did not respond to a request for comment.", want: []found{{"Borealis Air", annot.LabelOrg}}},
		{text: "Dead fish washed up near Sir Jo Doe Provincial Park on Sunday.", want: []found{{"Sir Jo Doe Provincial Park", annot.LabelLoc}}},
		{text: "The company shut in several wells in the Kestrel River Basin.", want: []found{{"Kestrel River Basin", annot.LabelLoc}}},
		{text: "Trustee Jo Doe, who chairs the budget committee, said the board needs clarity.", want: []found{{"Jo Doe", annot.LabelPerson}}},
		{text: "The story was updated to include comment from the Ministry of Transportation and Transit.", want: []found{{"Ministry of Transportation and Transit", annot.LabelOrg}}},
		{text: "The talks between Maria Doucet and Russia's envoy ended.", want: []found{{"Maria Doucet", annot.LabelPerson}}},
		{text: "The talks between Unifor and Ottawa stalled last week.", want: []found{{"Unifor", annot.LabelOrg}}},
	})
}

// TestPlaceJoinedByParticle: a town named by two parts and a French
// particle is one place ("Portage la Prairie"), and the title after it
// stays out.
func TestPlaceJoinedByParticle(t *testing.T) {
	checkEntities(t, []entityCase{
		{text: "Portage la Prairie Mayor Dale Kestrel said he wanted a firm timeline.",
			want: []found{{"Portage la Prairie", annot.LabelGPE}, {"Dale Kestrel", annot.LabelPerson}}, not: []string{"Portage", "Prairie"}},
		{text: "The sugar plant in Portage la Prairie will close in May.", want: []found{{"Portage la Prairie", annot.LabelGPE}}},
	})
}

// TestRouteEndsArePlaces: a name at one end of a route whose other end is
// a place is a place ("from Surrey to Calgary"); a firm or a person's full
// name is not.
func TestRouteEndsArePlaces(t *testing.T) {
	checkEntities(t, []entityCase{
		{text: "Jo Doe, who is hauling produce from Surrey to Calgary, said he had been waiting.",
			want: []found{{"Surrey", annot.LabelGPE}, {"Calgary", annot.LabelGPE}}},
		{text: "The company moved its office from Acme Seafoods to Calgary.", want: []found{{"Acme Seafoods", annot.LabelOrg}}},
		{text: "She flew from Tanis Halloway to Calgary.", want: []found{{"Tanis Halloway", annot.LabelPerson}}},
	})
}
