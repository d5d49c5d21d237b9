package detect

import (
	"strings"
	"testing"

	"github.com/quotebench/quotebench/annot"
)

// TestElderIsTheOneJustMet: "the elder" stands, as "the businessman"
// does, for the person the story has just been about ("Walter Sheldon, 81,
// has trapped in the valley …. “…,” the elder said"), and an elder
// brought in unnamed, even a few paragraphs up, stays unnamed (named by
// the phrase that brought it in when it spoke just before: "An elder who
// asked not to be named said …"), as does one after a titled principal
// or counsellor (invented sentences).
func TestElderIsTheOneJustMet(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Walter Sheldon, 81, has trapped and hunted in the valley since he was a boy. He said the caribou used to cross the river below his cabin every May.\n\n“Hundreds, when I was young,” the elder said, standing at the edge of the ice.",
			"“Hundreds, when I was young,”", "Walter Sheldon"},
		// the one who spoke just before, brought in unnamed, by that phrase
		{"Marie Tenasco said the band had asked for a meeting.\n\nAn elder who asked not to be named said the herd had not come back in years.\n\n“We used to hear them at night,” the elder said.",
			"“We used to hear them at night,”", "An elder"},
	})
	for _, text := range []string{
		// brought in unnamed four short paragraphs up
		"The youth sat listening to an elder talk about the old ways.\n\nThe camp runs for two weeks each summer.\n\nCounsellor Mike Bird said attendance has doubled.\n\nThe camp is funded by the band.\n\n“We used to hear them at night,” the elder said.",
		// a titled principal is no elder
		"Principal Janet Morrow said the response has been overwhelming.\n\n“We used to hear them at night,” the elder said.",
		// the one a relative clause brings in
		"Marie Tenasco spoke first.\n\n“We used to hear them at night,” said the elder who opened the ceremony.",
	} {
		if got := quotesBy([]rune(text), det.Detect(text))["“We used to hear them at night,”"]; got != "the elder" {
			t.Errorf("%q: speaker %q, want the description as written", text[:40], got)
		}
	}
}

// TestCommunityIsTheFirstNationNamed: "the community" that speaks is the
// First Nation or band named in its sentence or the one before; not when
// two are named there, nor a band that plays (invented sentences).
func TestCommunityIsTheFirstNationNamed(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Wagmatcook First Nation also opened its wellness centre to anyone in need, the community said in a post on its Facebook page.",
			"Wagmatcook First Nation also opened its wellness centre to anyone in need", "Wagmatcook First Nation"},
		{"Crews from Wagmatcook First Nation cleared the road on Friday.\n\nThe community said the road would stay open overnight.",
			"the road would stay open overnight", "Wagmatcook First Nation"},
		{"Tsleil Nation opened its hall to evacuees, the community said.",
			"Tsleil Nation opened its hall to evacuees", "Tsleil Nation"},
	})
	for _, text := range []string{
		"Wagmatcook First Nation and Eskasoni First Nation cleared the road on Friday.\n\nThe community said the road would stay open overnight.",
		"The Salvation Army Band played on Friday.\n\nThe community said the road would stay open overnight.",
	} {
		if got := quotesBy([]rune(text), det.Detect(text))["the road would stay open overnight"]; got != "The community" {
			t.Errorf("%q: speaker %q, want the description as written", text[:40], got)
		}
	}
}

// TestStatementOfTheOneWhoseItIs: "Her statement was read aloud by her
// daughter. “…,” the statement read" is hers, the one the sentence before
// was about, not the daughter's (invented sentences).
func TestStatementOfTheOneWhoseItIs(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Several victims gave impact statements to the court last month.\n\nEdna Marchuk, 84, who lost $38,000 she had set aside for a new roof, was not well enough to attend. Her statement was read aloud by her daughter, Joanne Marchuk.\n\n\"For most of my life, I trusted people,\" the statement read.",
			"\"For most of my life, I trusted people,\"", "Edna Marchuk"},
	})
}

// TestCompanyDescribedAtItsFirstName: a body described as a company where
// it was first named ("bought by Gestion immobilière Valmont, a
// Laval-based company") is "the company" that speaks paragraphs later,
// after its short name alone, which the tagger may read as a place, has
// been its only mention nearby (invented sentences).
func TestCompanyDescribedAtItsFirstName(t *testing.T) {
	det := mustNew(t)
	text := "The 62-unit building was bought last year by Gestion immobilière Valmont, a Laval-based company that owns several rental properties in Montreal.\n\n" +
		"Most of the tenants have refused, and Valmont has filed applications with the tribunal.\n\n" +
		"Yasmine Belkacem, a spokesperson for the tenants' committee, said residents are not opposed to repairs.\n\n" +
		"\"Nobody here is against new windows,\" Belkacem said.\n\n" +
		"In a statement, Valmont president Philippe Vachon said the work was necessary for tenants' safety.\n\n" +
		"\"We have found corroded pipes,\" Vachon said.\n\n" +
		"The company said any rent increase would be set according to the tribunal's rules."
	checkSpeakerNames(t, det, []nameCase{
		{text, "any rent increase would be set according to the tribunal's rules", "Valmont"},
	})
	runes := []rune(text)
	for _, m := range det.Detect(text).Mentions {
		if s := annot.SpanText(runes, m.Span); strings.HasSuffix(s, "Valmont") && m.Label != annot.LabelOrg {
			t.Errorf("%q at %d labelled %s, want ORG as where it was first named", s, m.Start, m.Label)
		}
	}
}

// TestCompanyIsNoFederalDepartment: "the company" is not Health Canada,
// the department that spoke just before (invented sentences).
func TestCompanyIsNoFederalDepartment(t *testing.T) {
	det := mustNew(t)
	in := "The vaccine, made by Boston-based Orvane Biologics, is approved for people 12 and older.\n\nIn a statement Tuesday, Health Canada said the approval was based on clinical trial data.\n\nThe most common side-effects were pain and headache, the company said."
	if got := quotesBy([]rune(in), det.Detect(in))["The most common side-effects were pain and headache"]; got == "Health Canada" {
		t.Errorf("the company's words given to %q", got)
	}
	// a company whose name ends so is one
	in = "Orvane Health Canada recalled the drug on Tuesday.\n\nThe most common side-effects were pain and headache, the company said."
	if got := quotesBy([]rune(in), det.Detect(in))["The most common side-effects were pain and headache"]; got != "Orvane Health Canada" {
		t.Errorf("the company's words given to %q, want Orvane Health Canada", got)
	}
}

// TestCompanyIsNoPlatform: "the company" is not the platform its page or
// post is on ("In a post on its Facebook page, the company apologized"),
// even when the tagger reads the platform as an organisation.
func TestCompanyIsNoPlatform(t *testing.T) {
	det := mustNew(t)
	in := "The company that runs the crossing announced Thursday that its vessel will stay in dry dock.\n\nIn a post on its Facebook page, the company apologized to customers and said all reservations would be refunded."
	if got := quotesBy([]rune(in), det.Detect(in))["all reservations would be refunded"]; got == "Facebook" {
		t.Errorf("the company's words given to %q", got)
	}
}

// TestNameInAppositionWithAgeOrPlace: a name set off after a description
// is the speaker with an age or an occupation before it or a place after
// it ("Another victim, 82-year-old Jo Doe of Cole Harbour, wrote", "The
// report's author, economist Jo Doe, cautioned"), as without them.
func TestNameInAppositionWithAgeOrPlace(t *testing.T) {
	det := mustNew(t)
	checkQuotesBy(t, det, []quoteByCase{
		{"The report's author, economist Rhea Vanterpool, cautioned that the estimate assumed no new markets.", "the estimate assumed no new markets", "Rhea Vanterpool"},
		{"The union's adviser, lawyer Rhea Vanterpool, said the lice counts varied widely.", "the lice counts varied widely", "Rhea Vanterpool"},
		{"The report's author, labour economist Rhea Vanterpool, said rents would keep rising.", "rents would keep rising", "Rhea Vanterpool"},
		{"The city's lawyer, citing economist Rhea Vanterpool, said the figures were wrong.", "the figures were wrong", "The city's lawyer"}, // (a participle's object)
		{"Another victim, 82-year-old Mary Nasser of Cole Harbour, wrote in her statement that she now refuses to open her door.", "she now refuses to open her door", "Mary Nasser"},
		{"A neighbour, 82-year-old Mary Nasser, said she now refuses to open her door.", "she now refuses to open her door", "Mary Nasser"},
		{"Another victim, Mary Nasser of Cole Harbour, wrote that she now refuses to open her door.", "she now refuses to open her door", "Mary Nasser"},
	})
}

// TestOrganisationNamedInAppositionAfterDescription: an organisation's
// name set off with its article after a description ("Another group, the
// Lakeway Ratepayers Association, said") is the speaker, as a name without
// the article is; an apposition that is no name leaves the description.
func TestOrganisationNamedInAppositionAfterDescription(t *testing.T) {
	det := mustNew(t)
	checkQuotesBy(t, det, []quoteByCase{
		{"Two groups spoke at the meeting. Another group, the Lakeway Ratepayers Association, said the plan was rushed.", "the plan was rushed", "Lakeway Ratepayers Association"},
		{"A business group, the Northgate Chamber of Commerce, said the closure would cost jobs.", "the closure would cost jobs", "Northgate Chamber of Commerce"},
		{"Another group, the one from Lakeway, said the plan was rushed.", "the plan was rushed", "Another group"},
	})
	// (a participle's object before it is no description it names:
	// the owners are not the speaker's group)
	in := "Ellen Varga, representing the owners, the Kestrel Group, said the sale was final."
	if got := quotesBy([]rune(in), det.Detect(in))["the sale was final"]; got == "Kestrel Group" {
		t.Errorf("%q: speaker %q, not the participle's object's apposition", in, got)
	}
}

// TestForecasterDescriptions: "the forecaster" is the one titled
// "avalanche forecaster" before the name, as "the pharmacist" is; a
// forecaster brought in unnamed stays unnamed, and so does "the
// beekeeper", whom no title names, after a mayor spoke (invented
// sentences).
func TestForecasterDescriptions(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Avalanche forecaster Tanis Halloway explained the process on Monday.\n\n“We close the road first,” Halloway said.\n\nSnow has fallen since Monday.\n\n“That layer keeps us up at night,” the forecaster said.",
			"“That layer keeps us up at night,”", "Tanis Halloway"},
		// a beekeeper titled so is named by it
		{"Beekeeper Jo Doe lost 40 hives this winter. Tanis Halloway, a neighbour, helped her.\n\n“It is devastating,” the beekeeper said.",
			"“It is devastating,”", "Jo Doe"},
	})
	for _, c := range []struct{ text, quote, want string }{
		{"Mayor Jo Doe said the road would stay shut.\n\nA forecaster with the weather office was at the meeting.\n\n“That layer keeps us up at night,” the forecaster said.",
			"“That layer keeps us up at night,”", "the forecaster"},
		{"Mayor Jo Doe visited a farm outside Larkspur on Monday.\n\n“We need more help,” Doe said.\n\n“Bees are dying,” the beekeeper said.",
			"“Bees are dying,”", "the beekeeper"},
	} {
		if got := quotesBy([]rune(c.text), det.Detect(c.text))[c.quote]; got != c.want {
			t.Errorf("%q: speaker %q, want the description as written", c.text[:40], got)
		}
	}
}
