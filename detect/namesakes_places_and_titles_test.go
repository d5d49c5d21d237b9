package detect

import (
	"strings"
	"testing"
)

// TestPersonsAmongPlaceAndKinWords: a person whose
// surname is a landform word stays a person after "The" when the given
// name is common ("The Jordan Bay documentary … Bay said"); "Doctors Nova
// Scotia recruited from Ireland" are doctors; "the 19-year-old son of the
// owner" is not the owner; "His father" after the grandson of a man
// introduced as "Dale's father" is no one named (the father or the
// grandfather); stated ages decide "the younger Rideout" between two
// bearers that have one, over kinship told of a third (invented sentences).
func TestPersonsAmongPlaceAndKinWords(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"The Jordan Bay documentary premieres Friday in Halifax. Jordan Bay said he spent four years making it. \"It nearly broke me,\" Bay said.",
			"\"It nearly broke me,\"", "Jordan Bay"},
		{"Doctors Nova Scotia recruited from Ireland said the licensing paperwork took months.",
			"the licensing paperwork took months", "Doctors Nova Scotia recruited from Ireland"},
		{"Marc Gagnon has owned the garage in Edmundston for 30 years. The 19-year-old son of the owner said he would take over next year.",
			"he would take over next year", "The 19-year-old son of the owner"},
		{"Dale Hrynchuk farms with his son, Tyler. Walter Hrynchuk, Dale's father, started the farm in 1958.\n\nTyler Hrynchuk said the farm might not survive another dry year. His father said the bank had been patient.",
			"the bank had been patient", "His father"},
		{"Emma Rideout, 12, sold lemonade on the wharf to raise money for the lifeboat. Her grandfather, Wayne Rideout, watched. His son, Jordan Rideout, 40, is the coxswain.\n\n\"I raised $300,\" the younger Rideout said.",
			"\"I raised $300,\"", "Emma Rideout"},
	})
}

// TestFormerTitleAndBusinessNamedLikeAPlace: a headline's "Former mayor
// says" is not the sitting mayor, and a rare given name before "Bay" after
// "The" stays a person's when a business, not a place's feature, follows
// ("The Riley Bay lobster pound … Riley Bay said") (invented sentences).
func TestFormerTitleAndBusinessNamedLikeAPlace(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Former mayor says bridge was a mistake\n\nKELLAN BAY — Mayor Ana Ferreira said the bridge will reopen. Former mayor Basil Stewart said the repairs were botched.",
			"bridge was a mistake", "Basil Stewart"},
		{"The Riley Bay lobster pound opened in 1990. Riley Bay said his grandmother ran it for 30 years.\n\n\"It was her whole life,\" Bay said.",
			"\"It was her whole life,\"", "Riley Bay"},
	})
}

// TestKinshipByNamedPossessorAndMother: a father told as "Dale Hrynchuk's
// father" is not the father of every Hrynchuk named since, and "His
// father" after a son introduced by "Her son" is not his mother; a
// headline's "Judge says" after Aaron Judge is Judge (a surname), not a
// title (invented sentences).
func TestKinshipByNamedPossessorAndMother(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Walter Hrynchuk, Dale Hrynchuk's father, farmed the land for 50 years.\n\nTyler Hrynchuk said the harvest was late this year.\n\nHis father said the rain came too early.",
			"the rain came too early", "His father"},
		{"Sasha Hrynchuk keeps the books on the family farm near Vegreville.\n\nHer son, Tyler Hrynchuk, runs the combine.\n\n“It was a tough year,” Tyler Hrynchuk said.\n\nHis father said the rain came too early.",
			"the rain came too early", "His father"},
		{"Aaron Judge hit two home runs for the Yankees on Tuesday night.\n\nJudge says his swing finally feels right.",
			"his swing finally feels right", "Aaron Judge"},
	})
}

// TestRidingIsNoSpeaker: the district before a member's seat title is no
// person "he" could be: "Saint John Harbour MLA Yusuf Haddad said … He
// said" is Haddad (the tagger had read "John Harbour" as a person).
func TestRidingIsNoSpeaker(t *testing.T) {
	det := mustNew(t)
	in := "Saint John Harbour MLA Yusuf Haddad said Ottawa's patience was \"costing New Brunswick families money every single day.\" He said he had written to the minister asking for a deadline."
	checkSpeakerName(t, det, in, "he had written to the minister asking for a deadline", "Yusuf Haddad")
}

// TestSpouseNamedBefore: "Her husband" after a woman of a couple named
// together ("Karen and Wes Bjornson") is the other of her family name and
// his gender, never a son brought in as one ("their son, Tyler
// Bjornson"); when no one else bears the name, the description stays.
func TestSpouseNamedBefore(t *testing.T) {
	det := mustNew(t)
	couple := "West of Melita, Karen and Wes Bjornson spent Tuesday moving cattle to higher ground.\n\n\"You'd think you'd get used to it,\" Karen Bjornson said.\n\n"
	in := couple + "Her husband said calving is nearly finished."
	checkSpeakerName(t, det, in, "calving is nearly finished", "Wes Bjornson")
	in = "Karen Bjornson and Wes Bjornson and their son, Tyler Bjornson, moved the cattle.\n\n\"You'd think you'd get used to it,\" Karen Bjornson said.\n\nHer husband said calving is nearly finished."
	noQuoteBy(t, det.Detect(in), in, "Tyler Bjornson")
	in = "\"You'd think you'd get used to it,\" Karen Bjornson said.\n\nHer husband said calving is nearly finished."
	checkSpeakerName(t, det, in, "calving is nearly finished", "Her husband")
	// not a judge, a teenager or one said to be no relation
	for _, in := range []string{
		"Justice Mary Holt heard the case.\n\n\"We want answers,\" Sandra Holt said.\n\nHer husband said he would keep fighting.",
		"Jason Carvalho, 17, has been missing since June.\n\n\"We want answers,\" Maria Carvalho said.\n\nHer husband said he would keep fighting.",
		"Paul Holt, who is not related to the family, testified.\n\n\"We want answers,\" Sandra Holt said.\n\nHer husband said he would keep fighting.",
	} {
		checkSpeakerName(t, det, in, "he would keep fighting", "Her husband")
	}
	// a wife named apart from him, nothing marking her as no kin
	in = "Gerald Boudreau, 71, had a heart attack. His wife drove him to Amherst.\n\n\"We knew it was closed,\" said Lorraine Boudreau, 67.\n\nGerald Boudreau has since recovered. His wife says the drive was the longest of her life."
	checkSpeakerName(t, det, in, "the drive was the longest of her life", "Lorraine Boudreau")
}

// TestPlaceAndDistrictOrganisation: "The Hamilton and District Rental
// Housing Providers Association" is one organisation's name, which the
// tagger splits at "and", and its statement is the association's; a place
// and an organisation joined by "and" stay two names, and so do a town
// and an electoral area ("Castlegar and Area J").
func TestPlaceAndDistrictOrganisation(t *testing.T) {
	det := mustNew(t)
	in := "The Hamilton and District Rental Housing Providers Association, which says it represents about 400 small landlords, said in a statement that it supports the goal but warned the increase could have \"unintended consequences.\""
	checkSpeakerName(t, det, in, `the increase could have "unintended consequences."`, "Hamilton and District Rental Housing Providers Association")
	checkSpeakerName(t, det, "The Kamloops and District Labour Council said the plan would fail.", "the plan would fail", "Kamloops and District Labour Council")
	checkSpeakerName(t, det, "The Prince George and District Labour Council said the plan would fail.", "the plan would fail", "Prince George and District Labour Council")
	checkSpeakerName(t, det, "The Fort St. John and District Chamber of Commerce said the plan would fail.", "the plan would fail", "Fort St. John and District Chamber of Commerce")
	for _, in := range []string{"Officials from Hamilton and the Niagara Region Police said the plan would fail.",
		"Directors for Castlegar and Area J said the plan would fail.",
		"Mayor Jo Brel and District Council members met on Monday."} {
		for _, e := range det.Detect(in).Entities {
			if strings.Contains(e.Name, " and ") {
				t.Errorf("%q: one name over \"and\": %q", in, e.Name)
			}
		}
	}
}

// TestShopNameAfterTitleWord: "The Winlaw General Store" is one
// organisation's name, not a place and a person "Store" after the title
// "General"; its post speaks for it.
func TestShopNameAfterTitleWord(t *testing.T) {
	det := mustNew(t)
	in := "The Winlaw General Store, which has operated near the highway since the 1940s, said on its Facebook page that it had closed \"until further notice.\"\n\n\"We've loaded what we could,\" read the post, signed by the owners."
	checkSpeakerName(t, det, in, `it had closed "until further notice."`, "Winlaw General Store")
	checkSpeakerName(t, det, in, `"We've loaded what we could,"`, "Winlaw General Store")
}

// TestAndInsideOrganisationName: capitalised words after "the" and before
// "and" join the organisation after "and" whose name ends with a kind of
// body in two words ("the Saskatchewan Health Quality and Safety
// Council"); two bodies stay two ("the FBI and Justice Department",
// "Unifor and the Canadian Labour Congress", "the Edmonton Journal and
// Alberta Press Council").
func TestAndInsideOrganisationName(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"A report by the Saskatchewan Health Quality and Safety Council found delays in the province.", []string{"Saskatchewan Health Quality and Safety Council"}},
		{"Spokesmen at the FBI and Justice Department would not comment on the case.", []string{"FBI", "Justice Department"}},
		{"Talks between Unifor and the Canadian Labour Congress failed on Monday.", []string{"Unifor", "Canadian Labour Congress"}},
		{"A complaint to the Edmonton Journal and Alberta Press Council was dismissed.", []string{"Edmonton Journal", "Alberta Press Council"}},
		{"Staff at the Vancouver Aquarium and Stanley Park Ecology Society said the otters were fine.", []string{"Vancouver Aquarium", "Stanley Park Ecology Society"}},
	} {
		var got []string
		for _, e := range det.Detect(c.in).Entities {
			got = append(got, e.Name)
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%q: entities %q, want %q", c.in, got, c.want)
		}
	}
}

// TestTitledNameOfPlaceSpeaks: "Mayor Tom Birch of Halloway said": the
// mayor speaks, not the town the tagger read as a person.
func TestTitledNameOfPlaceSpeaks(t *testing.T) {
	in := "Not everyone is convinced. Mayor Tom Birch of Halloway said the city has already felt the effect."
	checkQuoteBy(t, mustNew(t).Detect(in), []rune(in), in, "the city has already felt the effect", "Tom Birch")
}
