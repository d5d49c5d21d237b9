package detect

import (
	"fmt"
	"strings"
	"testing"
)

// TestTheUnionIsTheOneUnionNamed: "the union" is the one labour union the
// article named, however far back and over a firm named nearer, or a
// students' union named after the article called the labour union "the
// union"; not when two unions were named, nor a credit union.
func TestTheUnionIsTheOneUnionNamed(t *testing.T) {
	det := mustNew(t)
	between := "\n\nThe plant builds grain augers.\n\nThe company said its offer was fair.\n\nMayor Jo Doe said the city has no role.\n\nThe plant employs 300 people.\n\n"
	quote := "it will hold a membership meeting on April 22"
	last := "The union has said it will hold a membership meeting on April 22."
	checkSpeakerNames(t, det, []nameCase{
		{"Members of Local 4412 of the Prairie Industrial Workers Union walked off the job at Cypress Implement Manufacturing on March 24." + between +
			"Cypress Implement Manufacturing said it would not return to the table.\n\n" + last, quote, "Prairie Industrial Workers Union"},
		{"Members of the Plant Workers' Alliance, Local 1172, walked off the job on Monday." + between + last, quote, "Plant Workers' Alliance"},
		{"Members of the Prairie Nurses Union rallied on Monday. Workers of the Allied Health Workers Union joined them." + between + last, quote, "The union"},
		{"The Prairie Credit Union opened a branch in 2019." + between + last, quote, "The union"},
		// a union and its local are one body
		{"IBEW says the contractor used unlicensed workers.\n\nIBEW Local 353 says Brightpath Solar hired unlicensed electricians." + between + last, quote, "IBEW Local 353"},
		// two locals of one union are two bodies; a name and its initials one
		{"CUPE Local 79 says its members are burned out.\n\nCUPE Local 416 says its outdoor workers will rally." + between + last, quote, "The union"},
		{"The Ontario Nurses' Association says hospitals are short 20,000 nurses.\n\nONA president Erin Ariss-Kovac said the warnings went unheeded." + between + last, quote, "Ontario Nurses' Association"},
		{"The Ontario Nurses' Association said hospitals were relying on agency staff." + between + last, quote, "Ontario Nurses' Association"},
		// (a professional body, and "Local" that is no union local)
		{"The Canadian Nurses Association said Canada needs 60,000 more nurses." + between + last, quote, "The union"},
		{"The Association of Local Public Health Agencies warned of cuts." + between + last, quote, "The union"},
		// a students' union named since is no labour union
		{"\"This is the last thing we wanted,\" said Jo Roy, president of the Larkspur Association of University Teachers.\n\nThe union represents about 320 faculty.\n\nThe Larkspur Students' Union said it supports faculty.\n\nThe province said it is monitoring the talks.\n\n" + last,
			quote, "Larkspur Association of University Teachers"},
		// a labour union named in passing is not the one "the union" is
		{"Jo Roy, a former Unifor organizer, now studies law at Larkspur College.\n\nThe Larkspur Students' Union said it opposes the transit fee.\n\nThe college said the fee is needed.\n\n" + last,
			quote, "Larkspur Students' Union"},
	})
}

// TestLoneUnionHeadingIsNoLabourUnion: a one-word "Union" opening the
// text (a heading) is no labour union, and reading it so does not look
// before the text.
func TestLoneUnionHeadingIsNoLabourUnion(t *testing.T) {
	d := mustNew(t).run("Union leaders said the plan had failed.").x
	if d.labourUnion(ment{a: 0, b: 1}) {
		t.Error("a lone \"Union\" read as a labour union")
	}
}

// TestTheUnionNamedAfter: "the union" before the article has named any
// organisation is the one labour union it names after ("…, according to
// the union. ¶ “…,” said Fatou Diallo, president of Unifor Local 2217");
// not one of two, and a union is never "the company". A union may be
// named for its members ("United Steelworkers", "Detroit Federation of
// Teachers").
func TestTheUnionNamedAfter(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Workers learned of the closure Tuesday morning at a meeting in the cafeteria, according to the union.\n\n“People heard it from a television on the wall,” said Fatou Diallo, president of Unifor Local 2217, which represents about 190 workers.",
			"Workers learned of the closure Tuesday morning at a meeting in the cafeteria", "Unifor Local 2217"},
		{"The union representing paramedics said the findings confirm what members have been telling it for years.\n\n“Nothing in this report is new to us,” said Farah Qasim, president of CUPE Local 6121.",
			"the findings confirm what members have been telling it for years", "CUPE Local 6121"},
		{"Workers learned of the closure Tuesday morning, the union said.\n\nFatou Diallo of Unifor Local 2217 and Jo Roe of CUPE Local 6121 spoke at the rally.",
			"Workers learned of the closure Tuesday morning", "the union"},
		{"The union says employees were not consulted about the move.\n\nWestern Union announced it would close its Winnipeg call centre in March.",
			"employees were not consulted about the move", "The union"},
		{"The union representing Detroit teachers said Tuesday it would not accept the district's offer.\n\nThe Detroit Federation of Teachers has about 4,000 members.",
			"it would not accept the district's offer", "Detroit Federation of Teachers"},
		{"Union says members ratified the deal\n\nThe United Auto Workers said Sunday 64 per cent of members voted yes.",
			"members ratified the deal", "United Auto Workers"},
		{"The United Steelworkers says Algoma Steel must stop using contractors.\n\nThe company says the contractors are temporary.",
			"the contractors are temporary", "Algoma Steel"},
		{"The International Brotherhood of Electrical Workers filed a complaint Monday with the labour board.\n\nThe company said it had followed the contract.",
			"it had followed the contract", "The company"},
		{"Prairie Crest blames weak prices; union says cuts are a bargaining tactic\n\nPrairie Crest Proteins will eliminate the night shift at its Brandon plant in January, the company announced Tuesday.\n\n“It is no coincidence,” said Dale Kim, president of the Prairie Food Workers Union.",
			"Prairie Crest Proteins will eliminate the night shift at its Brandon plant in January", "the company"}, // (never the union)
	})
}

// TestPoliceIsTheOneForceNamed: "Police" paragraphs after the article
// named one police force is that force; not when it named two, nor after
// other police ("state police") or another place ("In New York, …").
func TestPoliceIsTheOneForceNamed(t *testing.T) {
	det := mustNew(t)
	between := "\n\nThe judge gave him two years.\n\nHe has repaid $22,000.\n\nThe Crown had asked for three.\n\nThe victims were in court.\n\n"
	quote := "homeowners should get written quotes"
	last := "Police said homeowners should get written quotes."
	checkSpeakerNames(t, det, []nameCase{
		{"Greater Sudbury Police began investigating in 2023." + between + last, quote, "Greater Sudbury Police"},
		{"Greater Sudbury Police began investigating in 2023. The OPP charged a second man in Barrie." + between + last, quote, "Police"},
		{"Greater Sudbury Police began investigating in 2023.\n\nThe Greater Sudbury Police Association, which represents officers, said staffing was too thin." + between + last, quote, "Police"}, // a force and its officers' association are two bodies
		{"The Metropolitan Police arrested two men on Monday." + between + "In New York, the mayor said the city was on alert.\n\n" + last, quote, "Police"},
		{"Greater Sudbury Police began investigating in 2023." + between + "Across the border in Michigan, state police said a second crash killed two people.\n\n" + last, quote, "Police"},
	})
}

// TestTheRegionalDistrictAndTheService: "the regional district" and "the
// wildfire service" are the body named so before ("Regional District of
// Okanagan-Similkameen", "BC Wildfire Service"), never the nearest other
// organisation.
func TestTheRegionalDistrictAndTheService(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"The Regional District of Okanagan-Similkameen has expanded its evacuation order.\n\nAn alert remains in place for 900 more properties. Residents on alert should be ready to leave on short notice, the regional district said.",
			"Residents on alert should be ready to leave on short notice", "Regional District of Okanagan-Similkameen"},
		{"The wildfire has grown to 1,400 hectares, the BC Wildfire Service says.\n\nIts cause is under investigation, though the wildfire service says it is believed to be human-caused.",
			"it is believed to be human-caused", "BC Wildfire Service"},
		{"The funeral service was held Monday at St. Paul's Church.\n\nThe service said the family thanked everyone.",
			"the family thanked everyone", "The service"},
	})
}

// TestTheBoardIsTheOneBoardNamed: a plain description of a kind of body
// that may be named far back ("the board") is the one organisation named
// before whose name holds it; not when two are.
func TestTheBoardIsTheOneBoardNamed(t *testing.T) {
	det := mustNew(t)
	between := "\n\nThe school opened in 1962.\n\nParents said they were worried.\n\nMayor Jo Doe said the city has no role.\n\nThe school has 210 students.\n\n"
	last := "The board said it would include the proposal in a report to commissioners."
	quote := "it would include the proposal in a report to commissioners"
	checkSpeakerNames(t, det, []nameCase{
		{"Last month, the Lakeshore West English School Board voted to begin a formal closure review." + between + last, quote, "Lakeshore West English School Board"},
		{"Last month, the Lakeshore West English School Board voted to begin a review. The Riverside School Board did not." + between + last, quote, "The board"},
	})
}

// TestTheAssociationOverANearerProgram: "the association" is the
// association named paragraphs before, not a program named in its own
// sentence ("programs such as AgriStability, though the association says":
// a clause after the comma, no apposition), nor a bare "Association"
// heading a chair's title ("Association chair Jo Doe": the same body).
func TestTheAssociationOverANearerProgram(t *testing.T) {
	det := mustNew(t)
	fill := fillerParagraphs(12, "It has rained only %d millimetres in the county since May, well below normal.")
	in := "The Island Potato Growers' Association sent a letter Monday.\n\nAssociation chair Melanie Doiron said the crop is at risk.\n\n" + fill +
		"\n\nFarmers who suffer major losses may get support through programs such as AgriStability, though the association says payments often arrive a year late."
	checkSpeakerNames(t, det, []nameCase{{in, "payments often arrive a year late", "Island Potato Growers' Association"}})
	// Near, without the chair's line.
	in = "The Island Potato Growers' Association asked the province for help on Monday.\n\nFarmers may get support through AgriStability, though the association says payments often arrive late."
	checkSpeakerNames(t, det, []nameCase{{in, "payments often arrive late", "Island Potato Growers' Association"}})
}

// TestDescribedBodyFarBack: "The municipal district said" thirty
// paragraphs after "The Municipal District of Lesser Slave River issued the
// order", with another body speaking nearer: the one body named before
// whose name holds every word of the description.
func TestDescribedBodyFarBack(t *testing.T) {
	det := mustNew(t)
	in := "The Municipal District of Opal Ridge issued the evacuation order on Tuesday.\n\n" + fillerParagraphs(30, crewsLine) +
		"\n\nEnvironment Canada issued a special air quality statement for the region.\n\nThe municipal district said it would hold its next update at 10 a.m. Thursday."
	checkSpeakerNames(t, det, []nameCase{{in, "it would hold its next update at 10 a.m. Thursday", "Municipal District of Opal Ridge"}})
}

// crewsLine is a paragraph of narration that names no one, for fillers.
const crewsLine = "Crews held the line on the %d-kilometre flank overnight."

// fillerParagraphs is n paragraphs of line, a format taking the paragraph's
// number, joined as an article's paragraphs.
func fillerParagraphs(n int, line string) string {
	fill := make([]string, n)
	for i := range fill {
		fill[i] = fmt.Sprintf(line, i+1)
	}
	return strings.Join(fill, "\n\n")
}
