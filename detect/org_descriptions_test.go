package detect

import (
	"strings"
	"testing"

	"github.com/quotebench/quotebench/annot"
)

// TestOrganisationDescriptions: "the club", "the newspaper", "the
// company" and "it" as speakers stand for the organisation of that kind
// named before (invented sentences).
func TestOrganisationDescriptions(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		// The kind noun after the name: "the Morning Ledger newspaper".
		{"The mayor resigned on Monday, the Morning Ledger newspaper said.\n\nHer deputy, Ivo Brandt, took over the budget talks with Crestmoor Bank.\n\nThe talks will resume in June, the newspaper said.",
			"The talks will resume in June", "Morning Ledger"},
		// "the club": the organisation named just before, of any name.
		{"Veteran striker Ivo Brandt left Redhill Rovers on Monday, the club said.",
			"Veteran striker Ivo Brandt left Redhill Rovers on Monday", "Redhill Rovers"},
		// "it": the organisation that spoke last, not one named since.
		{"Talvik Airlines said on Tuesday that it would add six flights to Lisbon, although the Transport Ministry has capped landings there. The flights start in May, it said.",
			"The flights start in May", "Talvik Airlines"},
		// With none named nearby, "the company" is the organisation that
		// spoke last, two paragraphs before.
		{"Fennick Pharmaceuticals said on Monday that its new drug had passed a trial.\n\nAnalysts had expected the result.\n\nDoctors welcomed it.\n\nThe company said it would seek approval next year.",
			"it would seek approval next year", "Fennick Pharmaceuticals"},
		// An organisation of another kind named since is passed over.
		{"Redhill Rovers said the striker had signed for three years, in a deal backed by the Harbour Development Agency.\n\nThe club said the fee would not be disclosed.",
			"the fee would not be disclosed", "Redhill Rovers"},
		// A newspaper is mostly the source: the one that spoke last.
		{"The Tidewater Daily News said the mayor would resign over a loan from private bank Morrow Trust.\n\nThe newspaper said the review would end in May.",
			"the review would end in May", "Tidewater Daily News"},
		// "the radio": the broadcaster whose name holds it; a bare
		// "television" names no one known.
		{"Officials said the dam was safe, the state-run Lanport Radio reported on Monday.\n\nThe river rose by two metres overnight.\n\nThe radio said hundreds of families had left their homes.",
			"hundreds of families had left their homes", "Lanport Radio"},
		{"The Lanport Radio said the dam was safe. Hundreds of families had left, television reported.",
			"Hundreds of families had left", "television"},
		// "the Harbour Union statement" is the union's.
		{"The council will vote on the budget in June, the Harbour Union statement said.",
			"The council will vote on the budget in June", "Harbour Union"},
		// "it" goes on with a description of an organisation.
		{"The vote was delayed, the newspaper said. It said the mayor was ill.",
			"the mayor was ill", "the newspaper"},
		// ... and with a text that spoke.
		{"The flood defences were too low, the report said. It said the repairs would take a year.",
			"the repairs would take a year", "the report"},
	})
}

// TestDescriptionOfFarOrganisation: "the department" names the organisation
// whose name holds "department" although it was named more than three
// paragraphs before; a possessive description ("Doe's office") or one with
// a preposition stays as it is.
func TestDescriptionOfFarOrganisation(t *testing.T) {
	det := mustNew(t)
	far := "The Department of Fisheries will close the northern bays to trawlers from March, the ministry's bulletin said.\n\n" +
		"Boats already at sea may finish their trips.\n\n" +
		"Crews have two weeks to land their catch.\n\n" +
		"The southern bays stay open.\n\n"
	checkSpeakerName(t, det, far+"The closure will be reviewed in a year, the department said.", "The closure will be reviewed in a year", "Department of Fisheries")
	checkSpeakerName(t, det, far+"The closure will be reviewed in a year, the office said.", "The closure will be reviewed in a year", "the office")
	in := "The Office of Fair Trading opened an inquiry into the merger on Monday.\n\n" +
		"Shares in both firms fell.\n\nAnalysts expect a long review.\n\nThe firms declined to comment.\n\n" +
		"The minister will not intervene, Doe's office said."
	checkSpeakerName(t, det, in, "The minister will not intervene", "Doe's office")
}

// TestOrganisationModifyingGroup: an organisation named before a plural
// role ("Halvard scientists said", "Acme planners said") modifies the group
// that speaks; the group is the speaker, not the organisation.
func TestOrganisationModifyingGroup(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct{ in, want, by string }{
		{"Halvard University researchers said on Friday that their vaccine had shown progress in mice.", "their vaccine had shown progress in mice", "Halvard University researchers"},
		{"Acme planners said the depot would close in June.", "the depot would close in June", "Acme planners"},
	} {
		checkQuoteBy(t, det.Detect(c.in), []rune(c.in), c.in, c.want, c.by)
	}
}

// TestAssociationDescription: "the association" is the association named
// before; "an official of the Writers Association" stays the official.
func TestAssociationDescription(t *testing.T) {
	det := mustNew(t)
	checkSpeakerName(t, det, "The Ohio Association of Realtors reported that sales rose 5 percent in May.\n\nThe association said prices were also up.", "prices were also up", "Ohio Association of Realtors")
	in := "A novelist was murdered at her home on Sunday, an official of the city's Writers Association said on Wednesday."
	checkQuoteBy(t, det.Detect(in), []rune(in), in, "A novelist was murdered", "an official of the city's Writers Association")
}

// TestDepartmentAfterPublicBodySpoke: "the department" or "the ministry"
// right after a public body whose name holds no kind spoke ("Indigenous
// Services Canada said X. The department said Y") is that body; not after
// a company.
func TestDepartmentAfterPublicBodySpoke(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"In a statement, Indigenous Services Canada said it had provided $38.2 million toward the new plant. The department said 29 long-term advisories remain in effect.",
			"29 long-term advisories remain in effect", "Indigenous Services Canada"},
		{"Global Affairs Canada said Tuesday it was aware of the arrest. The department said consular officials were in contact with the family.",
			"consular officials were in contact with the family", "Global Affairs Canada"},
		{"Acme Corp. said it would close the plant. The department said it would review the file.",
			"it would review the file", "The department"},
	})
}

// TestBusinessKindDescription: "the grocer", "the automaker" describe a
// business by its trade, like "the company": the one named before.
func TestBusinessKindDescription(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Northfield Grocers Ltd. reported a drop in third-quarter profit on Wednesday.\n\nThe Mississauga-based grocer, which operates about 640 stores, said net earnings fell to $188.2-million.",
			"net earnings fell to $188.2-million", "Northfield Grocers Ltd."},
		{"Maple Motors Inc. recalled 40,000 vehicles. The automaker said no injuries had been reported.",
			"no injuries had been reported", "Maple Motors Inc."},
		// a chain of stores, whose name says it is none
		{"Birchfall Fresh Market announced Tuesday that its store on Main Street will close. The Larkspur-based chain said in a news release that the location had been losing money.",
			"the location had been losing money", "Birchfall Fresh Market"},
	})
}

// TestTownGovernmentIsNoCompany: "the company" is never a town's
// government, even one that spoke in the sentence before; the firm named
// more than once is, and one whose name ends in "City".
func TestTownGovernmentIsNoCompany(t *testing.T) {
	det := mustNew(t)
	const later = "\n\nCrews worked all night.\n\nCrews worked all night.\n\nCrews worked all night.\n\nCrews worked all night.\n\n" +
		"The city said the contractor's crews would work as usual this week. In a short statement, the company confirmed it would keep to the contract."
	text := "The City of Larkspur is holding back $200,000 from Doucet Paving Ltd., its road contractor.\n\nMayor Jo Lang said residents had waited four days." + later
	a, runes := det.Detect(text), []rune(text)
	for _, q := range a.Quotes {
		if string(runes[q.Parts[0].Start:q.Parts[0].End]) == "it would keep to the contract" && a.SpeakerName(runes, q) == "City of Larkspur" {
			t.Errorf("%q: the company's statement given to the city", text)
		}
	}
	// a firm or a club whose name ends in "City" is no town
	checkSpeakerNames(t, det, []nameCase{
		{"Mattress City said Monday it will close its Lakeway store.\n\nThe company said sales fell.", "sales fell", "Mattress City"},
		{"Birchfall City said on Tuesday it had signed striker Jo Doe.\n\nThe club said the deal runs to 2027.", "the deal runs to 2027", "Birchfall City"},
	})
	checkSpeakerName(t, det, "The City of Larkspur is holding back $200,000 from Doucet Paving Ltd., its road contractor.\n\nDoucet Paving Ltd. said its crews had worked around the clock."+later,
		"it would keep to the contract", "Doucet Paving Ltd.")
}

// TestPlaceBeforeOrganisation: "Nova Scotia RCMP said" opening a sentence
// is the police force's report; the entity tagger had read the province as
// a person's name, which spoke.
func TestPlaceBeforeOrganisation(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"Nova Scotia RCMP said officers had helped a number of stranded motorists.", "officers had helped", "RCMP"},
	})
	det := mustNew(t)
	in := "Nova Scotia RCMP said officers had helped a number of stranded motorists."
	for _, e := range det.Detect(in).Entities {
		if e.Label == annot.LabelPerson {
			t.Errorf("%q: a person %q", in, e.Name)
		}
	}
}

// TestKindAfterName: an organisation named with its kind after it in lower
// case ("the United Logistics and Warehouse Workers union") is "the union"
// later; a name before a group it leads is not ("the Lind campaign").
func TestKindAfterName(t *testing.T) {
	det := mustNew(t)
	checkSpeakerName(t, det, "About 820 workers, members of Local 2217 of the United Logistics and Warehouse Workers union, walked off the job on July 1.\n\nThe company offered 9 per cent over four years, according to the union.",
		"The company offered 9 per cent over four years", "United Logistics and Warehouse Workers")
}

// TestRegulatorDescriptions: "the regulator" and "the watchdog" stand for
// the public body named before them ("the Financial Conduct Authority"),
// not the company it fined.
func TestRegulatorDescriptions(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"LONDON (Reuters) - Britain's Financial Conduct Authority fined Caldmoor Bank PLC 41 million pounds on Thursday.\n\nThe lender failed to monitor cash deposits at two branches, the regulator said.",
			"The lender failed to monitor cash deposits at two branches", "Financial Conduct Authority"},
		{"The Securities and Exchange Commission charged Norland Capital Inc with fraud. The fund had misled investors for years, the watchdog said.",
			"The fund had misled investors for years", "Securities and Exchange Commission"},
		// Never the firm it rules on.
		{"Tesla said it would appeal the ruling. The regulator said the company had broken the rules.",
			"the company had broken the rules", "The regulator"},
		{"HSBC was fined $20 million for the breaches. \"The failures were serious,\" the regulator said.",
			"\"The failures were serious,\"", "the regulator"},
	})
}

// TestDescriptionFindsNameFarBack: "the alliance", "police" find the
// organisation whose name holds the noun even many short paragraphs back
// ("the Upper Saugeen Health Alliance", "Charlottetown Police Services").
func TestDescriptionFindsNameFarBack(t *testing.T) {
	det := mustNew(t)
	filler := strings.Repeat("Residents said they were worried.\n\n", 14)
	checkSpeakerNames(t, det, []nameCase{
		{"The Upper Saugeen Health Alliance said the emergency department would close overnight.\n\n" + filler + "The alliance said it would post updated schedules every Thursday.",
			"it would post updated schedules every Thursday", "Upper Saugeen Health Alliance"},
		{"The Kitikmeot Harvesters Society asked for more money in March.\n\n" + filler + "The society said the funds arrived four months late.",
			"the funds arrived four months late", "Kitikmeot Harvesters Society"},
		// "police" is too often another force, and no firm that spoke before.
		{"The Metropolitan Police arrested a protester in London.\n\n" + filler + "In New York, a man was shot. Police said the suspect fled.",
			"the suspect fled", "Police"},
		{"Costco said it was cooperating with investigators. Police said the suspect was arrested at the scene.",
			"the suspect was arrested at the scene", "Police"},
	})
}

// TestOfficeOfPlaceNeedsItsTitle: "Alberta's health minister" is someone
// titled so, never the last speaker for want of one (a nurse had been
// given the minister's words); "Toronto's star" is no office.
func TestOfficeOfPlaceNeedsItsTitle(t *testing.T) {
	det := mustNew(t)
	checkSpeakerName(t, det, "Nurse Jo Doe said the wards were full.\n\nAlberta's health minister said the province would hire 300 nurses.",
		"the province would hire 300 nurses", "Alberta's health minister")
	// An epithet is no office: the sentence before says who it is.
	checkSpeakerName(t, det, "Lucas Ferreira was named the league's most valuable player.\n\nToronto's star said the award belonged to his teammates.",
		"the award belonged to his teammates", "Lucas Ferreira")
}

// TestFrenchFirmIsTheCompany: a firm named in French by its trade
// ("Meubles Vaillancourt-Roy", a furniture maker) is an organisation and
// "the company", over a union confederation named nearer; and a
// subheadline's "Company says" is that firm (invented sentences).
func TestFrenchFirmIsTheCompany(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Meubles Vaillancourt-Roy posted guards at the gates of its plant.\n\n“The doors were chained,” said Éric Bouchard, president of the local, which is affiliated with the CSN.\n\nThe company said in a statement Tuesday that it had no choice.",
			"it had no choice", "Meubles Vaillancourt-Roy"},
		{"Furniture workers locked out\n\nCompany says it needs flexibility to compete\n\nCOATICOOK — About 240 workers at Meubles Vaillancourt-Roy were locked out early Tuesday.",
			"it needs flexibility to compete", "Meubles Vaillancourt-Roy"},
		// a federal department named for its field is no French firm
		// ("Transport Canada", as "Transport Doucet" is)
		{"The board made two recommendations to Transport Canada.\n\nIn a statement, Kestrel Pacific said it accepts the findings of the board. The company said it has added a second testing vehicle.",
			"it has added a second testing vehicle", "Kestrel Pacific"},
		{"Transport Doucet will cut 40 jobs.\n\nThe company said the cuts are final.", "the cuts are final", "Transport Doucet"},
	})
}

// TestUnionAndMinistersStatement: "The union said" is the one union the
// article names by one word ("Members of Unifor"), and "the statement"
// after "Labour Minister Harpreet Gill said in an emailed statement" is
// the minister's, not "Labour", and after "Hockey PEI executive director
// Joanne Arsenault said in a statement" Arsenault's (invented sentences).
func TestUnionAndMinistersStatement(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Members of Unifor set up picket lines at the gates of Nechako Fibre Products shortly after 6 a.m.\n\nThe union said the main sticking points are pensions and shifts.",
			"the main sticking points are pensions and shifts", "Unifor"},
		// A confederation the union belongs to is not "the union".
		{"The union, which is affiliated with the Confédération des syndicats nationaux (CSN), says the main sticking points are schedules.\n\nIn a news release, the union said the transit agency had every opportunity to withdraw its demands.",
			"the transit agency had every opportunity to withdraw its demands", "the union"},
		{"Labour Minister Harpreet Gill said in an emailed statement that the province was monitoring the situation.\n\n\"Free collective bargaining is the best way to reach agreements,\" the statement said.",
			"\"Free collective bargaining is the best way to reach agreements,\"", "Harpreet Gill"},
		// The body named before the title is not the statement's author:
		// the one titled is ("Curling NL executive director Patricia Walsh").
		{"Sethi shot 91 per cent, according to statistics kept by Hockey PEI.\n\nHockey PEI executive director Joanne Arsenault said in a statement Sunday that the association was thrilled.\n\n\"This team has shown what is possible,\" the statement said.",
			"\"This team has shown what is possible,\"", "Joanne Arsenault"},
	})
}

// TestPublicBodyByItsField: "the health authority" is the body named
// before whose name holds the field ("Nova Scotia Health"); not one of
// another field named since (invented sentences).
func TestPublicBodyByItsField(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"The emergency department will close every night, Nova Scotia Health confirmed Tuesday.\n\nThe health authority said in a news release that the hospital could not fill shifts.",
			"the hospital could not fill shifts", "Nova Scotia Health"},
		{"Nova Scotia Health said it was short of doctors. The Halifax school board said buses were late.\n\nThe health authority said it would hire more staff.",
			"it would hire more staff", "Nova Scotia Health"},
	})
}

// TestInstitutionByItsName: "the college", "the university" stand for the
// one named before whose name holds the word ("Nunavut Arctic College"),
// never for another organisation only because it is nearest.
func TestInstitutionByItsName(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Her daughter, Leah Kilabuk, is in the teacher education program at Nunavut Arctic College.\n\nShe said the program has been demanding.\n\nThe college said in an email that it was working on student housing.",
			"it was working on student housing", "Nunavut Arctic College"},
		{"Dr. Jo Doe of Crestview Labs said the study at Harlow Medical Institute was flawed.\n\nThe university said it would review the claim.",
			"it would review the claim", "The university"},
	})
}

// TestCentreNamedForItsService: "the centre" and "it" after a centre named
// for its service ("Manitoba's Hydrologic Forecast Centre") are that
// centre, and "the division" a school division; "the centre" is never the
// organisation merely nearest (a hockey team's centre is a player).
func TestCentreNamedForItsService(t *testing.T) {
	det := mustNew(t)
	in := "Manitoba's Hydrologic Forecast Centre upgraded its flood warning for the Souris River on Tuesday.\n\nIn its bulletin, the centre said the river is expected to crest on Saturday. It warned that ice jams could cause \"sudden and localized\" rises in water levels."
	checkSpeakerName(t, det, in, "the river is expected to crest on Saturday", "Hydrologic Forecast Centre")
	checkSpeakerName(t, det, in, "ice jams could cause \"sudden and localized\" rises in water levels", "Hydrologic Forecast Centre")
	in = "The Brandon Wheat Kings beat Regina 4-2 on Friday.\n\nThe centre said the team played its best game of the season."
	noQuoteBy(t, det.Detect(in), in, "Brandon Wheat Kings")
	// a player described as one, one who scored, an unnamed centre
	// brought in since
	in = "The Legal Aid Centre in Dartmouth helped 400 clients last year. Jordan Pike, a centre with the Halifax Mooseheads, volunteered there.\n\nThe centre said he was moved by what he saw."
	checkSpeakerName(t, det, in, "he was moved by what he saw", "Jordan Pike")
	in = "The Hydrologic Forecast Centre issued a flood watch on Monday. Meanwhile, a new drop-in centre opened in Selkirk for evacuees.\n\nThe centre said it has 40 cots and hot meals."
	noQuoteBy(t, det.Detect(in), in, "Hydrologic Forecast Centre")
	in = "The Jets practised after a visit from the Manitoba Concussion Assessment Centre staff.\n\nThe centre, who had 30 goals last season, said he felt ready to return."
	noQuoteBy(t, det.Detect(in), in, "Manitoba Concussion Assessment Centre")
	in = "Southwest Horizon School Division cancelled buses on four routes Wednesday because of road closures. In a notice on its website, the division said schools would stay open."
	checkSpeakerName(t, det, in, "schools would stay open", "Southwest Horizon School Division")
}

// TestDepartmentNamedByItsField: "the department" after a federal
// department named by its field and the country ("Indigenous Services
// Canada", "Fisheries and Oceans Canada") is that department, and "the
// agency" after "Statistics Canada" that agency; not a firm named so
// ("Air Canada").
func TestDepartmentNamedByItsField(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"According to Indigenous Services Canada, the new plant uses a membrane filtration system.\n\nThe chief said the water was safe.\n\nAccording to the department, 31 long-term drinking water advisories remain in effect.",
			"31 long-term drinking water advisories remain in effect", "Indigenous Services Canada"},
		{"Fisheries and Oceans Canada set the quota at 25,000 tonnes.\n\nThe department said it will review the stock again next spring.",
			"it will review the stock again next spring", "Fisheries and Oceans Canada"},
		// an agency named so, four paragraphs on
		{"The economy lost 21,000 jobs in January, Statistics Canada said Friday.\n\nThe economist Jo Doe said hiring had stalled.\n\nDoe said new graduates were hit first.\n\n\"It is a slow year,\" Doe said.\n\nAverage hourly wages were up 3.4 per cent, the agency said.",
			"Average hourly wages were up 3.4 per cent", "Statistics Canada"},
	})
	// opening the text (no look back at all)
	in := "The department said the road is closed."
	checkSpeakerName(t, det, in, "the road is closed", "The department")
	// another department brought in since
	in = "Fisheries and Oceans Canada funded the study. Researchers in the university's biology department said the salmon count was the lowest on record.\n\nThe department said it would repeat the survey next year."
	noQuoteBy(t, det.Detect(in), in, "Fisheries and Oceans Canada")
	in = "Air Canada cancelled 40 flights on Tuesday.\n\nThe union said its members were ready.\n\nThe department said it was monitoring the situation."
	noQuoteBy(t, det.Detect(in), in, "Air Canada")
}

// TestProvinceDepartmentByItsField: "the ministry" after a province's
// department named by its field and a second field ("Alberta Environment
// and Protected Areas") is that department; not a province's authority
// named by its field ("Alberta Health Services").
func TestProvinceDepartmentByItsField(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Alberta Environment and Protected Areas is investigating the fish kill at Lakeway Lake.\n\nIn a statement Wednesday, the ministry said biologists had collected water samples.",
			"biologists had collected water samples", "Alberta Environment and Protected Areas"},
	})
	// not its authority; a federal department nearer goes first; a
	// province's body named for health is as often its health authority
	checkSpeakerNames(t, det, []nameCase{
		{"Alberta Health Services is investigating the outbreak at Lakeway Lodge.\n\nIn a statement Wednesday, the ministry said nurses had collected samples.",
			"nurses had collected samples", "the ministry"},
		{"Alberta Environment said the river is high.\n\nEnvironment Canada said more rain is coming to Larkspur.\n\nThe department said the warning remains.",
			"the warning remains", "Environment Canada"},
		{"Nova Scotia Health said the emergency room in Larkspur will close overnight.\n\nThe department said the decision was made by the health authority.",
			"the decision was made by the health authority", "The department"},
	})
}

// TestTheGroupAnAppositionNamed: "The group said" is the body an
// apposition called a group ("Cycle Kitchener Now, an advocacy group,"),
// past its spokesperson's quote.
func TestTheGroupAnAppositionNamed(t *testing.T) {
	det := mustNew(t)
	q := "it would push council to extend the lanes east"
	checkSpeakerNames(t, det, []nameCase{
		{"Cycle Kitchener Now, an advocacy group that brought dozens of supporters to the council chamber, said in a statement that the decision was \"overdue but welcome.\"\n\n\"Tonight council chose to stop waiting,\" spokesperson Emily Osei said in the statement. The group said it would push council to extend the lanes east.",
			q, "Cycle Kitchener Now"},
	})
}

// TestTheUnionNamedInFrench: "the union" is the one union the article
// named, by its French name ("Syndicat des …"), not the confederation it
// is affiliated with.
func TestTheUnionNamedInFrench(t *testing.T) {
	det := mustNew(t)
	q := "the five centres have operated with 14 vacant positions since September"
	checkSpeakerNames(t, det, []nameCase{
		{"The workers, members of the Syndicat des travailleuses en petite enfance de Sherbrooke, which is affiliated with the Confédération des syndicats nationaux (CSN), voted 91 per cent in favour of the strike mandate.\n\nAccording to the union, the five centres have operated with 14 vacant positions since September.",
			q, "Syndicat des travailleuses en petite enfance de Sherbrooke"},
	})
}

// TestTheCompanyNamedInApposition: a firm named in apposition to a
// description ("the contractor, Arctic Fjord Builders, said") is the
// speaker, and "The company" after it; a firm's name ends in a word of
// trade ("Builders", "Developments"), never a person's.
func TestTheCompanyNamedInApposition(t *testing.T) {
	det := mustNew(t)
	in := "In a statement, the contractor, Arctic Fjord Builders, said replacement parts have been ordered. The company said it \"regrets the delay\" and is working with the territory."
	checkSpeakerNames(t, det, []nameCase{
		{in, "replacement parts have been ordered", "Arctic Fjord Builders"},
		{in, "\"regrets the delay\"", "Arctic Fjord Builders"},
		{"The project, proposed by Kestrel Ridge Developments, would put 118 rental units on the lot. The company said construction would start in May.",
			"construction would start in May", "Kestrel Ridge Developments"},
	})
}

// TestItsTextIsTheOrganisations: "according to its annual report" and "its
// policy" speak for the organisation opening the sentence, or the one
// before (invented sentences).
func TestItsTextIsTheOrganisations(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Tamarack Potash Corp. employs about 900 people at the mine.\n\nTamarack, which is headquartered in Calgary, produced about 2.1 million tonnes last year, according to its annual report.",
			"Tamarack, which is headquartered in Calgary, produced about 2.1 million tonnes last year", "Tamarack Potash Corp."},
		{"Acme Corp. said profits rose.\n\nIts annual report said sales fell in Asia.", "sales fell in Asia", "Acme Corp."},
	})
}

// TestReportOfABodyAndWhenItCameOut: "The report said" after "the Ministry
// of Agriculture's weekly crop report" is the ministry; "released
// Thursday" after the report is neither part of the source nor of what it
// says; "data released on Tuesday by the federation" keeps its agent
// (invented sentences).
func TestReportOfABodyAndWhenItCameOut(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"According to the Ministry of Agriculture's weekly crop report released Thursday, 78 per cent of cropland is short of moisture.\n\nThe report said crop conditions were poor.",
			"crop conditions were poor", "Ministry of Agriculture"},
	})
	checkOneQuote(t, det, "According to the province's weekly crop report, released Thursday, topsoil moisture is short across the region.",
		"topsoil moisture is short across the region")
	in := "Shipments rose 8.9 per cent in July, according to preliminary data released on Tuesday by the Aluminium Federation."
	a := det.Detect(in)
	if len(a.Quotes) != 1 || a.SpeakerName([]rune(in), a.Quotes[0]) != "Aluminium Federation" {
		t.Errorf("%q: want the federation's quote:%s", in, dump([]rune(in), a))
	}
}

// TestLetterSpeaksForWriter: "the letter said" is whoever the sentences
// just before say wrote or sent it ("In a letter sent to council, the
// association said", "The association sent a letter"), never one who got
// it.
func TestLetterSpeaksForWriter(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"In a letter sent to all members of council on Monday, the Ashburnham Village Residents' Association said more than 300 residents had signed a petition. The letter called the process \"rushed, opaque and disrespectful.\"",
			"the process \"rushed, opaque and disrespectful.\"", "Ashburnham Village Residents' Association"},
		{"The Island Potato Growers' Association sent a letter Monday to Agriculture Minister Brendan Gallant asking for an exemption.\n\n\"Without timely rain, growers are facing losses,\" the letter said.",
			"\"Without timely rain, growers are facing losses,\"", "Island Potato Growers' Association"},
		{"Jo Doe received a letter from the ministry on Monday.\n\n\"Your claim is denied,\" the letter said.", "\"Your claim is denied,\"", "the letter"},
	})
	// not one who wrote about it, nor the writer of a letter another answered
	checkSpeakerNames(t, det, []nameCase{
		{"Coun. Pat Guimond wrote about the letter on Facebook on Sunday. The letter calls the arena plan \"a waste of money.\"", "the arena plan \"a waste of money.\"", "The letter"},
		{"In a letter sent to the premier, the Northern Mayors' Caucus says the highway \"is a death trap.\" The premier's office wrote back Friday. \"The minister will visit the region this summer,\" the letter says.",
			"\"The minister will visit the region this summer,\"", "the letter"},
	})
	// not one who was sent it, nor a name inside the subject that sent it
	checkSpeakerNames(t, det, []nameCase{
		{"Resident Jo Doe was sent a letter by the city last month. The letter said her water would be cut off.", "her water would be cut off", "The letter"},
		{"The Cruz campaign sent a fundraising email on Friday. \"I can beat her,\" the email said.", "\"I can beat her,\"", "the email"},
	})
}

// TestRecordsSpeakForBody: a body's records ("the CNESST's most recent
// annual statistics", "Statistics Canada data") speak for the body; an
// analysis of records ("a Ledger analysis of campaign finance filings") is
// no record of the body that wrote it.
func TestRecordsSpeakForBody(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"According to the CNESST’s most recent annual statistics, construction accounted for roughly a quarter of all work-related deaths in the province.",
			"construction accounted for roughly a quarter of all work-related deaths in the province", "CNESST"},
		{"According to RCMP statistics, officers in central Newfoundland laid 212 impaired driving charges in 2025.",
			"officers in central Newfoundland laid 212 impaired driving charges in 2025", "RCMP"},
		// ("figures" after a party may be people)
		{"Some GOP figures said Trump was nearly unstoppable.", "Trump was nearly unstoppable", "Some GOP figures"},
	})
	checkSpeakers(t, []speakerCase{
		{"Independent groups have spent more than $23.5 million on the race, according to a Washington Post analysis of campaign finance filings.",
			"Independent groups have spent more than $23.5 million on the race", "a Washington Post analysis of campaign finance filings"},
	})
	// (a body named inside a phrase after the records is not their owner)
	checkSpeakers(t, []speakerCase{{"According to data from Acme Corp.'s competitors, prices rose 5 per cent.", "prices rose 5 per cent", "data from Acme Corp.'s competitors"}})
}

// TestBusinessNamedAfterItsDescription: a lede's "An auto parts maker
// says" (also with a place after its head: "A bus manufacturer in
// Quebec's Larkspur region says") is the business the next paragraph
// opens with as its subject, and
// "The firm said" is a business named once as a paragraph's subject when
// its name ends in a trade ("Labs", "Technologies"); not a union or a
// federal department opening the next paragraph, nor a firm named once
// inside another subject ("Shares of Pixelgrove Labs").
func TestBusinessNamedAfterItsDescription(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"WOODSTOCK, Ont. — An auto parts maker says it will close its plant in Woodstock by the end of the year.\n\nNorthfield Axle Technologies told employees at a meeting Wednesday that production will end by Dec. 18.\n\n\"This was a difficult decision,\" chief executive Gregory Lindqvist said in the release.\n\nThe company said it would provide severance to affected workers.",
			"it will close its plant in Woodstock by the end of the year", "Northfield Axle Technologies"},
		{"WOODSTOCK, Ont. — An auto parts maker says it will close its plant in Woodstock by the end of the year.\n\nNorthfield Axle Technologies told employees at a meeting Wednesday that production will end by Dec. 18.\n\n\"This was a difficult decision,\" chief executive Gregory Lindqvist said in the release.\n\nThe company said it would provide severance to affected workers.",
			"it would provide severance to affected workers", "Northfield Axle Technologies"},
		{"A Winnipeg software firm says it will hire 200 people next year.\n\nPixelgrove Labs made the announcement Tuesday.\n\nThe city has 40 tech firms.\n\nMost are small.\n\nThe firm said most of the jobs would be in engineering.",
			"most of the jobs would be in engineering", "Pixelgrove Labs"},
		{"An auto parts maker says it will close its plant in Woodstock by the end of the year.\n\nUnifor, which represents 520 workers at the plant, said it was not told about the closure.",
			"it will close its plant in Woodstock by the end of the year", "An auto parts maker"},
		{"An auto parts maker says it will close its plant in Woodstock by the end of the year.\n\nHealth Canada said Tuesday it had not been told about the closure.",
			"it will close its plant in Woodstock by the end of the year", "An auto parts maker"},
		{"A bank says mortgage rates will rise.\n\nStatistics Canada reported Tuesday that inflation slowed.", "mortgage rates will rise", "A bank"},
		// its head before a place: the whole phrase, and the business named next
		{"LAKEWAY, Que. — A bus manufacturer in Quebec's Larkspur region says it will lay off about 230 workers.\n\nCarrosseries Doucet Inc. told employees at a meeting Tuesday that the layoffs would take effect in April.",
			"it will lay off about 230 workers", "Carrosseries Doucet Inc."},
		{"The CEO of an auto parts maker says the plant will close.\n\nNorthfield Axle Technologies told employees Wednesday that production will end.", "the plant will close", "The CEO of an auto parts maker"},
		{"A Winnipeg software firm says it will hire 200 people next year.\n\nShares of Pixelgrove Labs rose 5 per cent on the news.\n\nThe city has 40 tech firms.\n\nMost are small.\n\nThe firm said most of the jobs would be in engineering.",
			"most of the jobs would be in engineering", "The firm"},
	})
}

// TestTeamThatSpokeJustBefore: "The team said" is the club that spoke in
// the sentence before, or was its subject in the same paragraph, whose
// name does not say it is a team; not one that only played, nor a union
// or a federal department that spoke.
func TestTeamThatSpokeJustBefore(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"The Wheat Kings said in a post on social media that fan bus seats would go on sale Sunday at noon. The team said the trip would leave from the arena at 11 a.m. Monday.",
			"the trip would leave from the arena at 11 a.m. Monday", "Wheat Kings"},
		{"The Wheat Kings won 4-3 on Saturday. The team said the trip would leave from the arena at 11 a.m. Monday.",
			"the trip would leave from the arena at 11 a.m. Monday", "The team"},
		// the subject of the sentence before, in the same paragraph
		{"The Larkspur Kestrels, who beat the Northgate Ravens 4-2 on Saturday, were scheduled to travel east for a game Wednesday. The team said it would decide Tuesday whether to take the detour.",
			"it would decide Tuesday whether to take the detour", "Larkspur Kestrels"},
		{"The Larkspur Kestrels were scheduled to travel east for a game Wednesday.\n\nThe team said it would decide Tuesday whether to take the detour.",
			"it would decide Tuesday whether to take the detour", "The team"},
		{"Unifor said in a post that members would rally on Sunday. The team said the trip would leave from the arena at 11 a.m. Monday.",
			"the trip would leave from the arena at 11 a.m. Monday", "The team"},
		{"Health Canada said in a post that the vaccine was safe. The team said the trip would leave from the arena at 11 a.m. Monday.",
			"the trip would leave from the arena at 11 a.m. Monday", "The team"},
	})
}

// TestOrganisationKeepsItsKind: an organisation's name runs to the kind
// of body that ends it ("… Forest Fire Centre"), which the tagger had cut
// after "Forest" in an article that named another "Canadian … Forest"
// body before; its speaker is the whole name.
func TestOrganisationKeepsItsKind(t *testing.T) {
	det := mustNew(t)
	in := "\"We are starting this season in a deficit,\" said Tomasz Wiśniewski, a fire research scientist with the department's Canadian Forest Service. \"Many of these areas had a dry fall.\"\n\n" +
		"As of Thursday morning, 74 wildfires were burning across the country, according to the Canadian Interagency Forest Fire Centre, including 11 considered out of control.\n\n" +
		"Graham Oduya, the director of operations at the Canadian Interagency Forest Fire Centre, said the centre has already moved crews into Alberta this week."
	a := det.Detect(in)
	for _, e := range a.Entities {
		if strings.HasPrefix(e.Name, "Canadian Interagency") && e.Name != "Canadian Interagency Forest Fire Centre" {
			t.Errorf("entity %q, want the whole name", e.Name)
		}
	}
	checkSpeakerNames(t, det, []nameCase{{in, "As of Thursday morning, 74 wildfires were burning across the country", "Canadian Interagency Forest Fire Centre"}})
}

// TestCollectiveNamedBefore: "The collective says" is the organisation
// named before whose name ends in "Collective", as "the association" is
// one whose name holds "Association".
func TestCollectiveNamedBefore(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Council voted 7-4 to lease the lot to the Otonabee Supportive Housing Collective for $1 a year.\n\nSite preparation is scheduled to begin in May. The collective says it will start taking referrals in the fall.",
			"it will start taking referrals in the fall", "Otonabee Supportive Housing Collective"},
	})
}

// TestDepartmentNamedJustBefore: "The department said" after "According
// to Indigenous Services Canada, …" is that department, though another
// federal department was named further back.
func TestDepartmentNamedJustBefore(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Natural Resources Canada said the fire season would be severe.\n\nAccording to Indigenous Services Canada, more than 40 per cent of wildfire evacuations since 2010 have involved First Nations communities.\n\nThe department said in a statement that it is funding fire crews.",
			"it is funding fire crews", "Indigenous Services Canada"},
	})
}

// TestFrenchNameHoldsItsKind: "The university said" is the Université de
// Sherbrooke named before, its kind in French ("Université"), as "Laval
// University" holds it in English.
func TestFrenchNameHoldsItsKind(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Students at the Université de Sherbrooke and the Cégep de Sherbrooke were hit hardest.\n\nThe cégep sent students an email saying classes would be recorded. The university said in a post on X that its libraries would stay open later.",
			"its libraries would stay open later", "Université de Sherbrooke"},
	})
}

// TestTextOfItsPossessor: "Acme's statement said" is Acme's, not that of
// the person the sentence before is about; "The city's release" is the
// city's, left as it is when no city is named.
func TestTextOfItsPossessor(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Acme Corp. said it would close the plant.\n\nJo Doe declined to comment.\n\nAcme's statement said the plant would close by June.",
			"the plant would close by June", "Acme Corp."},
		{"In a news release, the city said it had bargained in good faith.\n\nSonia Bhattacharya declined a request for an interview.\n\nThe city's release also noted that any changes would require additional operators.",
			"any changes would require additional operators", "The city's release"},
	})
}

// TestShortDescriptionAfterItsLongerForm: "the authority" goes on with
// the last speaker, "The health authority", resolved to the body named
// four paragraphs before, which the look back for a name holding the word
// passed over as another authority brought in.
func TestShortDescriptionAfterItsLongerForm(t *testing.T) {
	det := mustNew(t)
	in := "The Saskatchewan Health Authority announced a temporary closure of the emergency department.\n\n" +
		"The health authority said Monday the ER will be closed overnight.\n\n" +
		"\"This was not a decision made lightly,\" said Dr. Sam Oye, the authority's area medical director.\n\n" +
		"Oye said three doctors are on leave.\n\nHe said recruiting had become hard.\n\n" +
		"Patients are being told to call 911. The health authority said the closest alternatives are an hour away.\n\n" +
		"Paramedics will continue to respond to calls in the city, according to the authority."
	checkSpeakerName(t, det, in, "Paramedics will continue to respond to calls in the city", "Saskatchewan Health Authority")
	// (not a description that goes on to describe another authority
	// named since)
	in = "The Saskatchewan Health Authority said the emergency room would close. The health authority said it had asked the Southwest Transit Authority to run a shuttle.\n\n" +
		"The authority, which runs buses in six towns, said it would decide by Friday."
	checkSpeakerName(t, det, in, "it would decide by Friday", "Southwest Transit Authority")
}

// TestReportNamedByItsTitle: "The report" after a report named by its
// title ("its quarterly Monetary Policy Report") is that report; after "a
// report" its author.
func TestReportNamedByItsTitle(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"The bank also released its quarterly Monetary Policy Report on Wednesday. The report warns that a trade war could knock growth down.",
			"a trade war could knock growth down", "Monetary Policy Report"},
		{"The Fraser Institute released a report on Monday. The report says taxes rose.", "taxes rose", "Fraser Institute"},
	})
}

// TestNumberedNameKeepsItsNumber: "Grand Council Treaty #3" is one
// organisation that speaks, not "Grand Council Treaty #" and a speaker
// "3".
func TestNumberedNameKeepsItsNumber(t *testing.T) {
	checkEverySpeaker(t, mustNew(t), "Grand Council Treaty #3 also offered condolences in a social media post Sunday, saying the family was \"in our thoughts and prayers\".", "Grand Council Treaty #3")
}

// TestDescriptionOfKindAndFederalDepartment: "the university" is the body
// whose name is a university, not an association "of University
// Teachers" named nearer; "the federal department" is the federal
// department named by its field, as "the department" is (invented
// sentences).
func TestDescriptionOfKindAndFederalDepartment(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Professors at Larkspur University went on strike Monday.\n\n\"We were at the table all night,\" said Jo Brennick, president of the Larkspur Association of University Teachers.\n\nIn a statement, the university said its offer was fair.",
			"its offer was fair", "Larkspur University"},
		{"Fisheries and Oceans Canada will not renew the licences of three salmon farms, the federal department confirmed Tuesday.",
			"Fisheries and Oceans Canada will not renew the licences of three salmon farms", "Fisheries and Oceans Canada"},
		// "the federal department" is no other department brought in
		// before "the department".
		{"Fisheries and Oceans Canada will not renew the licences of three salmon farms, the federal department confirmed Tuesday.\n\nThe farms, run by Kelpline Seafarms Ltd., must be emptied by June, according to the department.",
			"The farms, run by Kelpline Seafarms Ltd., must be emptied by June", "Fisheries and Oceans Canada"},
		// Every word of "the bridge corporation" is in one name, named
		// five paragraphs back, past an agency named nearer.
		{"Tolls on the crossing will rise to $5.25, according to a notice from the Larkspur International Bridge Corporation.\n\nDrivers were angry.\n\nSome said they would shop at home.\n\nThe mayor said nothing.\n\nTraffic has not recovered, according to the Canada Border Services Agency.\n\nThe bridge corporation said it would hold a public session on Jan. 29.",
			"it would hold a public session on Jan. 29", "Larkspur International Bridge Corporation"},
	})
}

// TestFacilityDescriptions: "the hospital", "the airport", "the port"
// and "the library" stand for the one named before whose name holds the
// word, also when the tagger reads that name as a place (CoNLL tags
// hospitals and airports LOC); not the organisation named nearer
// (invented sentences).
func TestFacilityDescriptions(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Lakeview Regional Airport lost its only daily flight to Toronto. Brightwing Air cited weak demand. The airport said it would court other carriers.",
			"it would court other carriers", "Lakeview Regional Airport"},
		{"The Port of Lakeview wants to build a new wharf. The port said the project would create 200 jobs.",
			"the project would create 200 jobs", "Port of Lakeview"},
		{"Lakeview General Hospital will close its emergency department overnight. The hospital said staffing shortages were the cause.",
			"staffing shortages were the cause", "Lakeview General Hospital"},
		// not a street or a town whose name holds the word
		{"Police closed College Street after a water main broke near the campus. The college said classes would go ahead.",
			"classes would go ahead", "The college"},
		{"The town of Port Larkspur voted to raise its tax rate. The port said cargo volumes fell by a third last year.",
			"cargo volumes fell by a third last year", "The port"},
		// the kind word that ends the name is its head
		{"The University of Larkspur Hospital will add forty beds. The hospital said the wing opens in June.",
			"the wing opens in June", "University of Larkspur Hospital"},
	})
}

// TestOwnerOrOperatorOfAThing: "its operator", "the mill's owner" stand
// for the business the article names as running or owning that thing
// ("operated by", ", which runs"), or, in the opening, the business that
// opens the next paragraph and speaks of the mill; not another
// organisation named there (invented sentences).
func TestOwnerOrOperatorOfAThing(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"The island ferry will not sail this year, its operator confirmed Wednesday.\n\nLakeway Marine Services, which runs the ferry, blamed fuel costs.",
			"The island ferry will not sail this year", "Lakeway Marine Services"},
		{"Forty workers will lose their jobs after the mill's owner announced Wednesday it will shut one line.\n\nBirchfall Pulp Ltd. said in a news release that the mill had lost two customers.",
			"it will shut one line", "Birchfall Pulp Ltd."},
		{"The licences will not be renewed, a decision that the farms' owner called \"a gut punch for this town\".\n\nThe three farms, operated by Larkspur-based Tidewell Seafarms Ltd., produce 9,000 tonnes a year.",
			"\"a gut punch for this town\"", "Tidewell Seafarms Ltd."},
		{"The island ferry will not sail this year, its operator confirmed Wednesday.\n\nTourism Lakeway said the loss would hurt businesses.",
			"The island ferry will not sail this year", "its operator"},
		// the owner of another thing, a former owner, owners named after,
		// "its owner" (of a barn), a business that speaks of no mill
		{"The Harrow Lane bakery, owned by Northgate Properties Ltd., was closed Monday after a fire. The dog's owner said the animal had been rescued.",
			"the animal had been rescued", "The dog's owner"},
		{"Northgate Mining operated the Larkspur mine until 2015, when it sold the site to Harrow Resources Inc. The mine's owner said in a statement that the tailings dam was sound.",
			"the tailings dam was sound", "The mine's owner"},
		{"The bakery's owners, Ana and Leo Ruiz, said they would reopen. The building is owned by Northgate Properties Ltd.",
			"they would reopen", "The bakery's owners"},
		{"A barn on Larkspur Road burned overnight and all 40 cows were saved, its owner said.\n\nNorthgate Mutual Insurance Ltd. said it would review the claim.",
			"A barn on Larkspur Road burned overnight and all 40 cows were saved", "its owner"},
	})
}

// TestPersonsGroupIsTheBodyTheyLead: "Thibault's group" is the body the
// article named Thibault as leading ("president of …", "… president Jo
// Doe"), not the organisation named nearer (invented sentences).
func TestPersonsGroupIsTheBodyTheyLead(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"\"We're left with the crumbs,\" said Yvan Thibault, a fisherman from Larkspur and president of the Larkspur Inshore Fishers Alliance, which organized the protest.\n\nUnder the plan, Fisheries and Oceans Canada set the catch at 60,000 tonnes. Thibault's group says inshore fleets got less than 10 per cent of it.",
			"inshore fleets got less than 10 per cent of it", "Larkspur Inshore Fishers Alliance"},
		{"Northgate Tenants Union president Ada Feld led the march.\n\nThe Larkspur Housing Agency raised rents by 8 per cent. Feld's group says most tenants cannot pay.",
			"most tenants cannot pay", "Northgate Tenants Union"},
		// a modifier before the head; and not a body named after the
		// apposition, in what the person said
		{"Ada Feld, president of the Larkspur Tenants Union, spoke at the rally. The Northgate Housing Authority declined to comment. Feld's advocacy group said it would march on Monday.",
			"it would march on Monday", "Larkspur Tenants Union"},
	})
	noSpeakerNamed(t, det, "Ada Feld said the president of the Northgate Chamber of Commerce had ignored renters for years. She has led the Larkspur Tenants Union since 2019. Feld's group said in a statement it would march on Monday.", "Northgate Chamber of Commerce")
}

// TestDescriptionBeforeOrganisationName: "The administrator, Birchfall
// Trust Services, said" makes "the administrator" that organisation
// later in the article.
func TestDescriptionBeforeOrganisationName(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"The administrator, Birchfall Pension Trust Services, said in a written statement that no final decision had been made.\n\nA public meeting is scheduled for Feb. 7. The administrator said its actuary would be on hand to answer questions.",
			"its actuary would be on hand to answer questions", "Birchfall Pension Trust Services"},
		{"The contractor, Lakeway Paving Ltd., said the work would finish by June. Mayor Jo Doucet said she was pleased.\n\n\"We waited long enough,\" the contractor said.",
			`"We waited long enough,"`, "Lakeway Paving Ltd."},
		{"The new owner, Northgate Holdings, said in a statement that the mill would reopen.\n\nThe owner said 40 workers would be hired.",
			"40 workers would be hired", "Northgate Holdings"},
	})
	// a former owner is no longer "the owner"
	checkSpeakerName(t, det, "The former owner, Northgate Holdings, said the sale was final.\n\nThe owner said 40 workers would be hired.", "40 workers would be hired", "The owner")
}

// TestOrganisationsOwnStudy: a study an organisation's name owns speaks
// for it ("according to the Northgate Housing Agency's annual rental
// market report"), and so does "the survey" after "Larkspur County's most
// recent visitor survey".
func TestOrganisationsOwnStudy(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Rents rose 5 per cent last year, according to the Northgate Housing Agency's annual rental market report released Thursday.",
			"Rents rose 5 per cent last year", "Northgate Housing Agency"},
		{"According to the Larkspur Tourism Board's most recent visitor survey, about six per cent of visitors used the ferry. The survey found the average ferry passenger spent roughly $310 in the city.",
			"the average ferry passenger spent roughly $310 in the city", "Larkspur Tourism Board"},
	})
}

// TestReportIsTheSurveyBefore: "the report" after "The survey, conducted
// by the Larkspur Institute, found" is that survey, the institute's,
// when no report of that word was named before it.
func TestReportIsTheSurveyBefore(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"The survey, conducted by the non-profit Larkspur Institute for Household Economics, found that families spent more on food. Meat and coffee saw the steepest increases, the report says.",
			"Meat and coffee saw the steepest increases", "Larkspur Institute for Household Economics"},
		// a report of the same word comes first
		{"A report by the Northgate Food Bank, based on a survey conducted by the Larkspur Institute, found demand rose 20 per cent. The report says meat and coffee saw the steepest increases.",
			"meat and coffee saw the steepest increases", "Northgate Food Bank"},
	})
	// an investigation is no written study "the report" may be
	in := "A Northgate Police Service investigation into the crash is continuing.\n\nThe coroner's office released its findings on Tuesday. The report says the driver was speeding."
	noSpeakerNamed(t, det, in, "Northgate Police Service")
}

// TestCompanyIsNoDistrict: "the company" is no regional district or
// county named just before it, as it is no department; the company
// named further back is (or, beyond the look back, no one).
func TestCompanyIsNoDistrict(t *testing.T) {
	det := mustNew(t)
	for _, body := range []string{"the Regional District of Kitimat-Lakeway", "the Lakeway County Council"} {
		in := "Northgate Coast Pipeline Partners, the consortium building the line, will hold an open house.\n\nThe camp would house 600 workers.\n\nIt would be dismantled after three years.\n\nThe company plans to submit a permit application to " + body + " later this fall.\n\nEnvironment Canada is forecasting a wet fall, which the company says could affect the timing of site preparation."
		a := det.Detect(in)
		runes := []rune(in)
		for _, q := range a.Quotes {
			if got := a.SpeakerName(runes, q); strings.Contains(got, "Lakeway") {
				t.Errorf("%q: a quote given to %s:%s", in, got, dump(runes, a))
			}
		}
	}
}

// TestTextHandedToBodyIsNotItsWords: a body a text was filed with or
// submitted to received it; it did not write it ("according to a closure
// plan filed with the provincial Department of Environment").
func TestTextHandedToBodyIsNotItsWords(t *testing.T) {
	det := mustNew(t)
	for _, in := range []string{
		"According to a closure plan filed with the provincial Department of Environment, the work will be done in three phases.",
		"According to a closure plan filed with Manitoba's Department of Environment, the work will be done in three phases.",
		"According to a report submitted to the Larkspur Health Authority, wait times grew by 20 per cent.",
	} {
		if a := det.Detect(in); len(a.Quotes) != 1 {
			t.Errorf("%q: want one quote;%s", in, dump([]rune(in), a))
		}
		noSpeakerNamed(t, det, in, "Department of Environment")
		noSpeakerNamed(t, det, in, "Larkspur Health Authority")
	}
}

// TestSpokespersonGoesOn: "The spokesperson added" in the paragraph after
// "a spokesperson said", which stood for a body, is that body's.
func TestSpokespersonGoesOn(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"The Larkspur Grocers Council, which represents major grocers, pushed back on the claim. In an emailed statement, a spokesperson said grocers were facing rising costs.\n\nThe spokesperson added that retailers had expanded discount offerings.",
			"retailers had expanded discount offerings", "Larkspur Grocers Council"},
	})
}

// TestDescriptionByLastWordOfName: "the unit", "the trust" is the
// organisation named within three paragraphs whose name ends in that word,
// for heads no rule of kinds knows; not one named further back.
func TestDescriptionByLastWordOfName(t *testing.T) {
	checkSpeakerNames(t, mustNew(t), []nameCase{
		{"The Larkspur Valley Health Unit said in an email that it carried out 900 inspections last year. The unit said it would review the draft bylaw.",
			"it would review the draft bylaw", "Larkspur Valley Health Unit"},
		{"The Northgate Land Trust bought the farm in May.\n\nThe trust said it would open the trails next year.",
			"it would open the trails next year", "Northgate Land Trust"},
		{"The Northgate Land Trust bought the farm in May.\n\nThe river rose.\n\nThe rain stopped.\n\nThe roads closed.\n\nThe trust said it would open the trails next year.",
			"it would open the trails next year", "The trust"},
	})
}

// TestCompanyNamedOnceThenDescribed: "the company" three paragraphs after
// a business named once is that business when a "the company" before was
// linked to it.
func TestCompanyNamedOnceThenDescribed(t *testing.T) {
	in := "LARKSPUR — The first heavy equipment rolled onto the grounds of the former Kestrel Ridge Metals smelter this week, marking the start of what the company says will be a years-long cleanup.\n\n" +
		"\"This is going to take a decade,\" said Harold Kessler, the company's director of closure operations.\n\n" +
		"The smelter shut down in the fall of 2024 after the company said it could no longer compete with larger facilities overseas."
	checkSpeakerNames(t, mustNew(t), []nameCase{{in, "it could no longer compete with larger facilities overseas", "Kestrel Ridge Metals"}})
}

// TestUnionNamedAfterOtherBodies: "The union that represents …" with
// only bodies of no members' kind named before is the labour union the
// article names after it; an association named before keeps it.
func TestUnionNamedAfterOtherBodies(t *testing.T) {
	checkSpeakerNames(t, mustNew(t), []nameCase{
		{"The Larkspur Institute for Household Economics said food prices would rise.\n\nThe union that represents grocery workers said the findings reflect what its members see.\n\n\"People are hungry,\" said Dana Birch, president of the Northgate Food and Retail Workers Union.",
			"the findings reflect what its members see", "Northgate Food and Retail Workers Union"},
		{"The Larkspur Teachers' Association filed a grievance on Monday.\n\nThe union said the findings reflect what its members see.\n\n\"People are tired,\" said Dana Birch, president of the Northgate Food and Retail Workers Union.",
			"the findings reflect what its members see", "Larkspur Teachers' Association"},
	})
}

// TestCompanyNamedBeforeItsWorks: a business named in the opening before
// the works it runs ("a flare at the Kestrel Energy refinery") is "the
// company" two paragraphs on, and its first word alone ("Kestrel
// spokesperson Jo Doe") is the same body; "the company" is not
// Environment and Climate Change Canada, a department that spoke just
// before. A body named before a plant that is no business ("the Health
// Canada lab") is not it.
func TestCompanyNamedBeforeItsWorks(t *testing.T) {
	lede := "A flare at the Kestrel Energy refinery lit up the sky on Tuesday night.\n\n" +
		"\"It smelled like burning tires,\" said Dana Birch, who lives nearby.\n\n"
	in := lede + "The company said in a statement that the flaring began at 7:40 p.m."
	in2 := lede + "Kestrel spokesperson Jo Doucet told reporters the monitors were fine.\n\n" +
		"Doucet said Kestrel would look at any request from council.\n\n" +
		"Environment and Climate Change Canada is forecasting light winds for Thursday.\n\n" +
		"Doucet said the compressor had been repaired. The company said the refinery would return to normal by the weekend."
	checkSpeakerNames(t, mustNew(t), []nameCase{
		{in, "the flaring began at 7:40 p.m.", "Kestrel Energy"},
		{in2, "the refinery would return to normal by the weekend", "Kestrel Energy"},
		{in2, "the monitors were fine", "Jo Doucet"},
	})
	ns := "Work at the Larkspur Valley Conservation Authority plant stopped on Tuesday.\n\n" +
		"\"It smelled like burning tires,\" said Dana Birch, who lives nearby.\n\n" +
		"The company said in a statement that the flaring began at 7:40 p.m."
	if got := quotesBy([]rune(ns), mustNew(t).Detect(ns))["the flaring began at 7:40 p.m."]; strings.Contains(got, "Authority") {
		t.Errorf("the company's words given to %q", got)
	}
}

// TestInstitutionNotIntroducedByModifier: "the university" is the one
// named before when "university" since only modified a noun after "a …
// in" ("a room in university residences"); a university brought in
// unnamed ("a university in the north") still stops the look back.
func TestInstitutionNotIntroducedByModifier(t *testing.T) {
	checkSpeakerNames(t, mustNew(t), []nameCase{
		{"Students marched from the Université de Larkspur's main campus to city hall.\n\nAt least 400 students who applied for a room in university residences were turned away. The university would not confirm that figure, but said in an email that its residences are full.",
			"its residences are full", "Université de Larkspur"},
		{"Students marched from the Université de Larkspur's main campus to city hall.\n\nA university in the north opened a residence. The university said in an email that its residences are full.",
			"its residences are full", "The university"},
	})
}

// TestCompanyIsNoClubInAGameResult: "the company" is no club named in a
// game's result in the paragraph before ("a 5-2 win over the Lakeway
// Battalion"); a firm named in a sentence with no game in it still is.
func TestCompanyIsNoClubInAGameResult(t *testing.T) {
	checkSpeakerNames(t, mustNew(t), []nameCase{
		{"Workers said the layoffs hurt.\n\nThe Kestrels opened their season last weekend with a 5-2 win over the Lakeway Battalion. Rookie Tom Doe scored twice.\n\nThe first layoffs take effect Oct. 20, according to the company.",
			"The first layoffs take effect Oct. 20", "the company"},
		{"Shares of the Northgate Battalion Group rose 5 per cent on Friday.\n\nThe first layoffs take effect Oct. 20, according to the company.",
			"The first layoffs take effect Oct. 20", "Northgate Battalion Group"},
		// a loss is a firm's as often: no game
		{"Workers said the layoffs hurt.\n\nKestrel Energy Inc. posted a loss in the quarter as revenue fell 3-4 per cent.\n\nThe first layoffs take effect Oct. 20, according to the company.",
			"The first layoffs take effect Oct. 20", "Kestrel Energy Inc."},
	})
}

// TestReleaseFromADescribedBody: "according to a news release from the
// health authority" is the authority named before, and "The release
// said" many paragraphs on is that release's (not the subject of the
// sentence before, a patient who spoke); a statement "by the two" is no
// one of the two.
func TestReleaseFromADescribedBody(t *testing.T) {
	det := mustNew(t)
	text := "Lakeway Health confirmed Wednesday it will expand the dialysis unit at Birchfall General Hospital.\n\n" +
		"The project will add six stations, according to a news release from the health authority.\n\n" +
		"“This means no more ferry rides,” said Dr. Anika Doucet.\n\n" +
		"The unit runs at capacity, Doucet said.\n\n" +
		"Maria Halloway, 67, has made the trip three times a week since March.\n\n" +
		"“I did not think I would see it,” Halloway said.\n\n" +
		"The release said the province is paying most of the cost."
	checkSpeakerNames(t, det, []nameCase{
		{text, "The project will add six stations", "Lakeway Health"},
		{text, "the province is paying most of the cost", "Lakeway Health"},
	})
	// a body only: a family's statement is no one person's of it; an
	// unnamed spokesperson's statement leaves "the statement" to the
	// subject before it
	checkSpeakerNames(t, det, []nameCase{
		{"A spokesperson said in a statement that the plant would close.\n\nWorkers gathered outside.\n\nThe union was not told.\n\n“We will fight,” Kestrel Metals said. “We will help workers,” the statement said.",
			"“We will help workers,”", "Kestrel Metals"},
		{"Maria Doe and Jo Halloway met on Monday.\n\nThe talks went well, according to a statement by the two.", "The talks went well", "a statement by the two"},
		{"Dana Pike, 31, died after a crash on Highway 7 near Larkspur on Sunday.\n\nShe was a nurse and mother of two, according to a statement from the family.",
			"She was a nurse and mother of two", "a statement from the family"},
	})
}

// TestLetterAndCompanyFarBack: "the letter" is the one a firm spoke "in a
// letter to customers" through, past a relative clause after its name
// (not one someone was fired in); "the company" six paragraphs after
// "The company said" is that firm still, no other firm named since.
func TestLetterAndCompanyFarBack(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Larkspur Farm Equipment, which has operated on Highway 7 since 1987, confirmed the closure in a letter to customers last week. The company said it would keep two stores.\n\n“This was not an easy decision,” the letter said.",
			"“This was not an easy decision,”", "Larkspur Farm Equipment"},
		{"Larkspur Farm Equipment confirmed the closure last week. The company said it would consolidate parts at two stores.\n\nMaria Doe farms north of town.\n\n“It is a loss,” Doe said.\n\nLarkspur's general manager, Jo Halloway, said the company is trying to soften the blow.\n\n“We know we are asking a lot,” Halloway said.\n\nThe store employs 14 people. Five employees have so far accepted transfers, according to the company.",
			"Five employees have so far accepted transfers", "Larkspur Farm Equipment"},
	})
	in := "Maria Doe, who has worked there since 1987, was fired in a letter last week.\n\n“Your services are no longer needed,” the letter said."
	noQuoteBy(t, det.Detect(in), in, "Maria Doe")
	// over an auxiliary; not when "in a letter" is another clause's or
	// the letter is from another
	checkSpeakerNames(t, det, []nameCase{
		{"Acme Dairy has confirmed the closure in a letter to customers.\n\n“We are done,” the letter said.", "“We are done,”", "Acme Dairy"},
		{"Maria Doe said she was fired in a letter last week.\n\n“You are done,” the letter said.", "“You are done,”", "the letter"},
		{"Acme Dairy says Maria Doe resigned in a letter to the board.\n\n“I am done,” the letter said.", "“I am done,”", "the letter"},
		{"Maria Doe learned of her firing in a letter from Acme Dairy.\n\n“You are done,” the letter said.", "“You are done,”", "the letter"},
		// not past another company brought in unnamed
		{"Larkspur Farm Equipment confirmed it will close its Main Street store in March.\n\nThe company said sales have fallen for three years.\n\nA Winnipeg company has bought the building.\n\nMayor Maria Doe welcomed the news.\n\n“We need the housing,” Doe said.\n\nThe company said it will build 40 condos on the site.",
			"it will build 40 condos on the site", "The company"},
	})
}

// TestReportOfAResolvedOwner: "The report found" paragraphs after "The
// agency's report, released Tuesday, found" (the agency named) is the
// agency's, past other speakers.
func TestReportOfAResolvedOwner(t *testing.T) {
	det := mustNew(t)
	text := "Statistics Canada said Tuesday rural areas are shrinking.\n\n" +
		"The agency's report, released Tuesday, found that the rural share fell to 16 per cent.\n\n" +
		"Maria Doe is mayor of a small town near Larkspur.\n\n“We have lost our school,” Doe said.\n\n“We have lost our store,” Doe said.\n\n" +
		"The report found that some areas gained residents."
	checkSpeakerNames(t, det, []nameCase{{text, "some areas gained residents", "Statistics Canada"}})
}

// TestCompanyNamedByItsTrade: "the company" two paragraphs after a firm
// whose name ends in its trade ("Atlantic Gateway Ferries", "Kestrel
// Valley Foods") is that firm, past a person who spoke in between, as a
// firm with a legal suffix is.
func TestCompanyNamedByItsTrade(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Atlantic Gateway Ferries, which operates the service under contract with the province, announced Wednesday that the catamaran would be taken out of service.\n\n“We know this is disappointing,” Robert Ashdown said in a news release.\n\nAccording to the company, a routine inspection last week turned up cracks in a gearbox.",
			"a routine inspection last week turned up cracks in a gearbox", "Atlantic Gateway Ferries"},
		{"Northgate Ferries announced Wednesday that the catamaran would be taken out of service.\n\n“We know this is disappointing,” Robert Ashdown said in a news release.\n\nPassengers will receive full refunds, the company said.",
			"Passengers will receive full refunds", "Northgate Ferries"},
		{"Kestrel Valley Foods announced Wednesday that the plant would close.\n\n“We know this is hard,” Robert Ashdown said in a news release.\n\nThe company said 80 workers would be laid off.",
			"80 workers would be laid off", "Kestrel Valley Foods"},
		// (a public body's laboratories are no company)
		{"The Larkspur Public Health Laboratories confirmed three cases.\n\n“We are watching closely,” Ellen Varga said.\n\nThe company said its lab would stay open.",
			"its lab would stay open", "The company"},
	})
}

// TestInitialsOfAnOrganisationNamedBefore: initials that spell the words
// of one organisation named in full ("the SHA" after "the Saskatchewan
// Health Authority", "the CSN" after "Confédération des syndicats
// nationaux", the small words left out) are that organisation; initials
// two organisations spell are neither.
func TestInitialsOfAnOrganisationNamedBefore(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"The Saskatchewan Health Authority said the emergency room would close overnight.\n\nThree of the eight nursing positions are vacant, according to the SHA.",
			"Three of the eight nursing positions are vacant", "Saskatchewan Health Authority"},
		{"The workers belong to the Confédération des syndicats nationaux.\n\nThe CSN said it would fight the layoffs.",
			"it would fight the layoffs", "Confédération des syndicats nationaux"},
		{"The Northgate Ratepayers Association met the Northgate Rowing Association on Monday.\n\nThe NRA said it would appeal.",
			"it would appeal", "NRA"},
	})
	if got := initials([]string{"école", "larkspur", "technique"}); got != "elt" {
		t.Errorf("initials of École Larkspur Technique: %q, want \"elt\" (accents folded)", got)
	}
}

// TestHealthUnitByItsLastWords: "the health unit" is the organisation
// whose name ends in "Health Unit", as "the unit" is, and stays it when
// said again paragraphs later (invented names).
func TestHealthUnitByItsLastWords(t *testing.T) {
	det := mustNew(t)
	text := "The Larkspur Muskoka District Health Unit is warning people to stay out of the water.\n\nIn a news release issued Monday afternoon, the health unit said samples confirmed cyanobacteria.\n\nSwimmers were sent home.\n\nThe beach was quiet on Tuesday.\n\nA lifeguard put up signs.\n\nThe lake was calm.\n\nThe health unit said it will post an update."
	checkSpeakerNames(t, det, []nameCase{
		{text, "samples confirmed cyanobacteria", "Larkspur Muskoka District Health Unit"},
		{text, "it will post an update", "Larkspur Muskoka District Health Unit"},
	})
	// a body so named since goes first
	text = "The Larkspur District Health Unit said cases rose.\n\n“Wash your hands,” the health unit said.\n\nThe Kestrel Valley Health Unit reported three cases Tuesday. “Keep sick children home,” the health unit said."
	checkSpeakerNames(t, det, []nameCase{{text, "“Keep sick children home,”", "Kestrel Valley Health Unit"}})
	text = "The Larkspur District Health Unit reported 12 new cases.\n\n“We are watching this closely,” the unit said.\n\nKestrel Forensic Identification Unit officers arrived at noon.\n\n“Nobody was hurt,” the unit said."
	checkSpeakerNames(t, det, []nameCase{{text, "“Nobody was hurt,”", "Kestrel Forensic Identification Unit"}})
}
