package detect

import (
	"strings"
	"testing"
)

// TestTheRoleAnAppositionGave: "the respirologist" is the one person an
// apposition described so ("Priya Ramanathan, a respirologist at …,"),
// over the person who spoke last; not when two were described so, nor
// with a modifier the apposition did not give.
func TestTheRoleAnAppositionGave(t *testing.T) {
	det := mustNew(t)
	quote := "\"Stay inside if you can,\""
	checkSpeakerNames(t, det, []nameCase{
		{"Priya Ramanathan, a respirologist at Royal Inland Hospital, says smoke is dangerous.\n\nMayor Tom Lee said the city would open cooling centres.\n\n" + quote + " the respirologist said.",
			quote, "Priya Ramanathan"},
		{"Her neighbour, Sarah Ikkusek, a 78-year-old elder and retired teaching assistant, said she remembers years when the ship came late.\n\nJoe Tan, who runs the store, said prices are up.\n\n\"We always managed,\" the elder said.",
			"\"We always managed,\"", "Sarah Ikkusek"},
		{"Priya Ramanathan, a respirologist at Royal Inland Hospital, says smoke is dangerous. Ann Roe, a respirologist in Kamloops, agreed.\n\n" + quote + " the respirologist said.",
			quote, "the respirologist"},
		{"Priya Ramanathan, a respirologist at Royal Inland Hospital, says smoke is dangerous.\n\nMayor Tom Lee said the city would open cooling centres.\n\n" + quote + " the Toronto respirologist said.",
			quote, "the Toronto respirologist"},
	})
	// Someone else of that role came in since, named or not.
	scared := "\"We are scared to go to work,\""
	checkSpeakerNames(t, det, []nameCase{
		{"Maria Ortiz, a nurse at Foothills Medical Centre, said she had been assaulted.\n\nAnother nurse, Kim Park, said security was inadequate.\n\n" + scared + " the nurse said.", scared, "the nurse"},
		{"Jo Doe, a nurse at St. Michael's Hospital, said shifts were getting longer.\n\nSeparately, police said a nurse at the Ottawa Hospital was attacked on Tuesday.\n\n" + scared + " the nurse said.", scared, "the nurse"},
		{"Jim Lee, a nurse at Mount Sinai, said morale was low.\n\nAnother nurse, who asked not to be named, said she had quit.\n\n" + scared + " the nurse said.", scared, "the nurse"},
		{"Jo Doe, a nurse at St. Michael's Hospital, said she had been threatened.\n\nThe nurse, who asked that her name not be used, works at another downtown hospital.\n\n" + scared + " the nurse said.", scared, "the nurse"},
	})
}

// TestASpokespersonSpeaksForTheBodyBefore: "a spokesperson" with no body
// of their own speaks for the organisation the sentence before is about;
// not for a news outlet, nor across paragraphs.
func TestASpokespersonSpeaksForTheBodyBefore(t *testing.T) {
	det := mustNew(t)
	quote := "the company \"does not comment on matters before the courts.\""
	checkSpeakerNames(t, det, []nameCase{
		{"Maple Leaf Foods declined to comment on the lawsuit. In an email, a spokesperson said " + quote, quote, "Maple Leaf Foods"},
		{"Rideau Transit Maintenance, the consortium responsible for maintaining the line, declined to comment on the memo. In an emailed statement, a spokesperson said the company \"continues to work closely with the city.\"",
			"the company \"continues to work closely with the city.\"", "Rideau Transit Maintenance"},
		{"The Canadian Press first reported the lawsuit. In an email, a spokesperson said " + quote, quote, "a spokesperson"},
		{"Maple Leaf Foods declined to comment on the lawsuit.\n\nIn an email, a spokesperson said " + quote, quote, "a spokesperson"},
	})
}

// TestASpokespersonNotForAnOutletOrOneOfTwo: not for a news outlet that
// reported the story, nor for one of two bodies in the sentence before.
func TestASpokespersonNotForAnOutletOrOneOfTwo(t *testing.T) {
	det := mustNew(t)
	rumours := "\"We don't comment on rumours.\""
	checkSpeakerNames(t, det, []nameCase{
		{"The Hamilton Spectator reported the closure on Friday. A spokesperson said " + rumours, rumours, "A spokesperson"},
		{"The Logic reported that Shopify was cutting staff. A spokesperson said " + rumours, rumours, "A spokesperson"},
		{"The Globe and Mail first reported the deal last week. A spokesperson said " + rumours, rumours, "A spokesperson"},
		{"Shell and BP both reported lower profits. A spokesperson said " + rumours, rumours, "A spokesperson"},
		{"Canada Post suspended delivery in the area. A spokesperson said " + rumours, rumours, "Canada Post"},
	})
}

// TestAnAdministratorOfABodyStaysADescription: "a senior Nova Scotia
// Health administrator said" is that person, described, not the body
// named inside the description.
func TestAnAdministratorOfABodyStaysADescription(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Nova Scotia Health declined an interview request.\n\nOn Morning earlier this month, a senior Nova Scotia Health administrator said the authority was \"cautiously optimistic\" about recruitment.",
			"the authority was \"cautiously optimistic\" about recruitment", "a senior Nova Scotia Health administrator"},
	})
}

// TestTheReportIsItsAuthors: "the report" speaks for the organisation the
// article tied to the last report it named ("a report by …", "X released a
// report", "X's memo"); not for an outlet that obtained it, nor past a new
// report with no author.
func TestTheReportIsItsAuthors(t *testing.T) {
	det := mustNew(t)
	q := "wait times had doubled"
	last := "\n\nThe report said wait times had doubled."
	checkSpeakerNames(t, det, []nameCase{
		{"A report by the Prairie Health Policy Institute found long waits." + last, q, "Prairie Health Policy Institute"},
		{"The Prairie Health Policy Institute released a report on Tuesday." + last, q, "Prairie Health Policy Institute"},
		{"The Prairie Health Policy Institute released a report on Tuesday. A new report from a group of doctors came out Friday." + last, q, "The report"},
		{"A report obtained by the Northern Chronicle shows long waits." + last, q, "A report"}, // (the text itself, by its first mention)
		// what it is about, who commissioned or criticized it, or an
		// author that is no organisation, is not its author
		{"An audit of Hydro One found millions in overpayments." + last, q, "The report"},
		{"A report commissioned by Hockey Canada and led by former justice Thomas Cromwell recommended changes." + last, q, "The report"},
		{"A study commissioned by Imperial Oil and conducted by the University of Calgary found minimal impact." + "\n\nThe study said wait times had doubled.", q, "University of Calgary"},
		{"The Fraser Institute report was criticized by the Canadian Medical Association." + last, q, "Fraser Institute"},
		{"The Metrolinx report by the auditor general was released Tuesday." + last, q, "The report"},
	})
}

// TestTheCouncillorAndTheMP: "the councillor" after "Coun. Priya
// Ramaswamy, who voted with Okafor, said" is Ramaswamy, not the councillor
// named in her relative clause; "the MP" after "Conservative trade critic
// Derek Szabo said" is the critic, who holds a seat; not after "Dan Gross,
// president of the Brady Campaign, live tweeted as Obama spoke", where
// "the president" stays the nearer one.
func TestTheCouncillorAndTheMP(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Coun. Desmond Okafor moved the motion.\n\nCoun. Priya Ramaswamy, who voted with Okafor, said she was not convinced.\n\n\"We keep being told the turnaround is just around the corner,\" the councillor said.",
			"\"We keep being told the turnaround is just around the corner,\"", "Priya Ramaswamy"},
		{"Conservative trade critic Derek Szabo said the government had \"run out of excuses\" on the softwood file.\n\n\"This government has not sat down at a real negotiating table once,\" the MP said.",
			"\"This government has not sat down at a real negotiating table once,\"", "Derek Szabo"},
		// (not a critic of something, a film critic or a Senate critic;
		// not a subject who does not speak)
		{"Film critic Roger Hall said the movie was a triumph.\n\n“It is the best film of the year,” the MP said.", "“It is the best film of the year,”", "the MP"},
		{"Jane Doe, a longtime critic of the project, said it would destroy the wetland.\n\n“This is irreversible,” the MP said.", "“This is irreversible,”", "the MP"},
		{"Conservative Senate critic Leo Housakos said the bill was flawed.\n\n“This needs amendments,” the MP said.", "“This needs amendments,”", "the MP"},
		{"Coun. Desmond Okafor said the motion was sound.\n\nCoun. Priya Ramaswamy, who sat beside Okafor, nodded.\n\n“We studied this for years,” the councillor said.", "“We studied this for years,”", "Desmond Okafor"},
		{"President Barack Obama announced new executive actions on guns.\n\nDan Gross, president of the Brady Campaign, live tweeted as Obama spoke from the White House East Room.\n\nAn early tweet quoted the president as saying “Need to do something to prevent the next one!”",
			"“Need to do something to prevent the next one!”", "Barack Obama"},
	})
}

// TestANamedSpokesmanKeepsTheSpokesman: "The spokesman said" after "Acme
// spokesman Jo Roe said" is Roe, not Acme.
func TestANamedSpokesmanKeepsTheSpokesman(t *testing.T) {
	det := mustNew(t)
	checkSpeakerName(t, det, "Acme spokesman Jo Roe said the plant would close.\n\nThe spokesman said “We have no choice.”", "“We have no choice.”", "Jo Roe")
	checkSpeakerName(t, det, "Maria Ortiz said she had been assaulted.\n\nAn angry nurse, Kim Park, said security was inadequate.\n\n“We are scared,” the nurse said.", "“We are scared,”", "Kim Park")
}

// TestThePartyMLAAfterTheCritic: "the NDP MLA" after "Opposition
// agriculture critic Renée Bouchard-Sinclair said" is the critic, who
// holds a seat (the words had been read as an organisation "NDP MLA").
func TestThePartyMLAAfterTheCritic(t *testing.T) {
	det := mustNew(t)
	q := "\"You can drive down Highway 7 and see it from the car,\""
	checkSpeakerNames(t, det, []nameCase{
		{"Opposition agriculture critic Renée Bouchard-Sinclair said the government should not need more time.\n\n" + q + " the NDP MLA said.", q, "Renée Bouchard-Sinclair"},
		{"Opposition agriculture critic Renée Bouchard-Sinclair said the government should not need more time.\n\n" + q + " the Regina MLA said.", q, "Renée Bouchard-Sinclair"},
	})
}

// TestTheMinisterByAnOfficeOfCabinet: "the minister" is someone whose
// title is a minister's without the word ("Treasury Board President",
// "Government House Leader"); not an opposition house leader, nor an
// attorney general (no minister in the United States, where "the
// minister" is as often a cleric).
func TestTheMinisterByAnOfficeOfCabinet(t *testing.T) {
	det := mustNew(t)
	q := "\"I respect the right of the unions to file whatever they want to file,\""
	tail := "\n\nRaghunathan said Tuesday that the government had consulted the unions \"for months.\"\n\n" + q + " the minister told reporters."
	checkSpeakerNames(t, det, []nameCase{
		{"Treasury Board President Anand Raghunathan announced the policy on March 3." + tail, q, "Anand Raghunathan"},
		{"Government House Leader Anand Raghunathan announced the policy on March 3." + tail, q, "Anand Raghunathan"},
		{"Attorney General Anand Raghunathan announced the policy on March 3." + tail, q, "the minister"},
		{"NDP House leader Anand Raghunathan criticized the policy on March 3." + tail, q, "the minister"},
	})
}

// TestSeatAndCabinetTitlesAcrossParties: "the NDP MLA" is not a critic of
// another party ("Liberal critic Hugh Dorsey"); "the Liberal MHA" is the
// Liberal critic as "the MLA" would be; "the minister" is no deputy
// attorney general, and goes to a named Finance Minister over an Attorney
// General.
func TestSeatAndCabinetTitlesAcrossParties(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Liberal critic Hugh Dorsey said the bill was flawed. The NDP MLA said it did not go far enough.", "it did not go far enough", "The NDP MLA"},
		{"Liberal critic Tom Osborne said the plan was rushed. The Liberal MHA said consultations had been skipped.", "consultations had been skipped", "Tom Osborne"},
		{"Deputy Attorney General Lisa Morrow said the department was short 40 lawyers. The minister said more would be hired.", "more would be hired", "The minister"},
		{"Finance Minister Paula Reyes met the mayors on Monday. Attorney General Ravi Dhaliwal also attended.\n\nThe minister said she would consider the request.", "she would consider the request", "Paula Reyes"},
	})
}

// TestAGroupAtAPlaceSpeaks: "Tour operators on the Bonavista Peninsula
// said" is the group, not the place in its phrase (the tagger read the
// peninsula, "the Interior", as organisations, which took the quote);
// "the victim's employer, Prairie Sky Trucking, said" is the firm named
// in apposition; "Citizens for Public Transit, a group," keeps its whole
// name.
func TestAGroupAtAPlaceSpeaks(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Tour operators on the Bonavista Peninsula said bookings were up 20 per cent.", "bookings were up 20 per cent", "Tour operators on the Bonavista Peninsula"},
		{"Farmers in the Interior said the crop was poor.", "the crop was poor", "Farmers in the Interior"},
		// a name modifying a noun after adjectives ("Corner Brook" read as a person or a place)
		{"Parents at a crowded Corner Brook elementary school say they are out of patience.", "they are out of patience", "Parents at a crowded Corner Brook elementary school"},
		{"Parents at a crowded Halifax elementary school say they are out of patience.", "they are out of patience", "Parents at a crowded Halifax elementary school"},
		{"The victim's employer, Prairie Sky Trucking, said it was co-operating with police.", "it was co-operating with police", "Prairie Sky Trucking"},
		{"Citizens for Public Transit, a group that represents riders, said the fare hike was unfair.", "the fare hike was unfair", "Citizens for Public Transit"},
	})
}

// TestGroupNamedByAModifier: a plural noun for a group after a name that
// modifies it is the speaker ("Potato farmers on Prince Edward Island are
// asking …, saying", where the tagger read "Potato" as an organisation);
// not a verb the tagger read as a plural noun right before the cue ("Ms.
// Hughes avoids discussing …").
func TestGroupNamedByAModifier(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"CHARLOTTETOWN — Potato farmers on Prince Edward Island are asking the province for emergency permission to draw more groundwater for irrigation, saying a second straight dry summer is threatening this year's crop.",
			"a second straight dry summer is threatening this year's crop", "Potato farmers"},
	})
	noSpeakerNamed(t, det, "Ms. Hughes avoids discussing the election with her mother, but their neighbor Benjamin Green, 83, knows just what Washington needs.", "Ms. Hughes avoids")
}

// TestSeatTitleOfAnotherPartyIsNoOne: "the Tory MHA" is no "Liberal MHA
// Sandra Hearn" ("Tory", "PC" and "Conservative" are one party), "the
// Liberal MLA" no "NDP MLA Carol Baptiste".
func TestSeatTitleOfAnotherPartyIsNoOne(t *testing.T) {
	det := mustNew(t)
	q := "“That is what they said last year,”"
	checkSpeakerNames(t, det, []nameCase{
		{"Liberal MHA Sandra Hearn said the ferry would be replaced next year. " + q + " the Tory MHA said.", q, "the Tory MHA"},
		{"Liberal MLA Sandra Hearn said the ferry would be replaced next year. " + q + " the PC MLA said.", q, "the PC MLA"},
		{"NDP MLA Carol Baptiste said the cuts were cruel. " + q + " the Liberal MLA said.", q, "the Liberal MLA"},
		{"Progressive Conservative MHA Gerald Tobin said the clinic should stay open. " + q + " the PC MHA said.", q, "Gerald Tobin"},
	})
}

// TestDescriptionBeforeADistrictAndSeat: a description in apposition to a
// name with its district and seat ("The NDP's health critic, Halifax
// Needham MLA Priya Raman, said") is the name.
func TestDescriptionBeforeADistrictAndSeat(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"The NDP's health critic, Halifax Needham MLA Priya Raman, said the government has been promising a fix for three years.", "the government has been promising a fix for three years", "Priya Raman"},
		{"Québec solidaire's families critic, Laurier-Dorion MNA Amira Haddad, said the dispute had dragged on.", "the dispute had dragged on", "Amira Haddad"},
	})
}

// TestSpokespersonForATitledMinister: "A spokesperson for federal Justice
// Minister Hélène Tardif said" is the spokesperson, not the minister
// named after the portfolio and the office's adjective.
func TestSpokespersonForATitledMinister(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"A spokesperson for federal Justice Minister Hélène Tardif said the government was reviewing the decision.", "the government was reviewing the decision", "A spokesperson for federal Justice Minister Hélène Tardif"},
	})
}

// TestSpokespersonNamedAfter: "a spokesperson (for …)" whom the next
// sentences name ("The spokesperson, Kiran Dhaliwal,", "Kiran Dhaliwal, the
// spokesperson,") is that person; a spokesperson of someone else named
// after is not.
func TestSpokespersonNamedAfter(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"In an email, a spokesperson for Labour Minister Patrice Doucette said the minister \"continues to encourage both parties to return to the table.\" The spokesperson, Kiran Dhaliwal, would not say whether legislation was being drafted.",
			"the minister \"continues to encourage both parties to return to the table.\"", "Kiran Dhaliwal"},
		{"Acme declined an interview. In an email, a spokesperson said the company was monitoring the situation.\n\nKiran Dhaliwal, the spokesperson, would not say more.",
			"the company was monitoring the situation", "Kiran Dhaliwal"},
		{"In an email, a spokesperson for the ministry said the minister was monitoring the situation.\n\nThe union's spokesperson, Kiran Dhaliwal, said that was not enough.",
			"the minister was monitoring the situation", "a spokesperson for the ministry"},
	})
	// a spokeswoman named after is not the spokesman of before
	checkSpeakerNames(t, det, []nameCase{
		{"A spokesman for the ministry said the review was ongoing. Asked about the union, the spokeswoman, Mia Chen, said nothing.", "the review was ongoing", "A spokesman for the ministry"},
	})
	// named with the title before the name in the paragraph after
	checkSpeakerNames(t, det, []nameCase{
		{"A spokesperson for the federal justice minister said the government was \"carefully reviewing\" the decision.\n\n\"The minister has been clear,\" spokesperson Émilie Charbonneau said in an email.",
			"the government was \"carefully reviewing\" the decision", "Émilie Charbonneau"},
	})
}

// TestSpeakerPhraseOverCueNoun: a word that is also a cue ("support",
// "report") inside a noun compound after the verb does not end the speaker
// phrase: "said the 38-year-old personal support worker" is the worker, the
// person named just before.
func TestSpeakerPhraseOverCueNoun(t *testing.T) {
	det := mustNew(t)
	in := "At the terminal, Lourdes Villanueva said she hadn't heard about the strike.\n\n\"I checked the app at six,\" said the 38-year-old personal support worker, who was trying to get to work."
	checkSpeakers(t, []speakerCase{{in, "\"I checked the app at six,\"", "the 38-year-old personal support worker"}})
	checkSpeakerName(t, det, in, "\"I checked the app at six,\"", "Lourdes Villanueva")
	// (not a participle after a role: "said the mayor warning residents")
	checkSpeakerNames(t, det, []nameCase{
		{"\"The river is still rising,\" said the mayor warning residents along Front Street to leave.", "\"The river is still rising,\"", "the mayor"},
		{"\"I have never seen a season like this,\" said the veteran weather warning coordinator.", "\"I have never seen a season like this,\"", "the veteran weather warning coordinator"},
	})
}

// TestParticipleModifiedSpeaker: "A lawyer representing the family said",
// "The union representing the workers said": the one the participle
// phrase describes speaks, not its object.
func TestParticipleModifiedSpeaker(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"The union representing the workers said it was blindsided by the announcement.", "it was blindsided by the announcement", "The union"},
		{"A lawyer representing the family said the ruling was unjust.", "the ruling was unjust", "A lawyer"},
		{"Maria Szabo of the office organising the elections on behalf of the OSCE told Reuters her office was studying the letter.", "her office was studying the letter", "Maria Szabo"},
	})
	// the participle the scan took in, a part of a group, a month no subject
	checkSpeakers(t, []speakerCase{
		{"The union representing Ottawa's roughly 700 paramedics says its members are burning out.", "its members are burning out", "The union"},
		{"That question had workers on edge. Several on the picket line said they had watched managers' cars drive through the gate.", "they had watched managers' cars drive through the gate", "Several on the picket line"},
		{"Many in the crowd said they had waited hours.", "they had waited hours", "Many in the crowd"},
	})
	checkSpeakerNames(t, mustNew(t), []nameCase{
		{"A sign taped to the emergency department door last August told patients to call 911 or drive to Wadena.", "to call 911 or drive to Wadena", "A sign"},
	})
}

// TestRoleBroughtInUnnamedSinceTheNamedOne: "the spokesperson" after "A
// spokesperson for the ministry said" is that unnamed one (named by that
// phrase), not the company spokesperson named paragraphs before; with no
// one brought in since, it is the named one.
func TestRoleBroughtInUnnamedSinceTheNamedOne(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Company spokesperson Liam O'Rourke said the offer was fair.\n\nA spokesperson for the Ministry of Labour said in an email that a conciliation officer had been assigned. The spokesperson said the ministry does not comment on ongoing negotiations.",
			"the ministry does not comment on ongoing negotiations", "A spokesperson for the Ministry of Labour"},
		{"Company spokesperson Liam O'Rourke said the offer was fair.\n\nThe ministry assigned a conciliation officer in December. The spokesperson said the company would not comment on ongoing negotiations.",
			"the company would not comment on ongoing negotiations", "Liam O'Rourke"},
		// a description whose words name the titled one more than its head
		{"Acme Energy spokesperson Linda Holt said the pipeline was safe.\n\nA spokesperson for the environment ministry said the review would take six months.\n\nThe Acme spokesperson said the company welcomed the review.",
			"the company welcomed the review", "Linda Holt"},
		{"Acme Energy spokesperson Linda Holt said the pipeline was safe.\n\nA spokesperson for the environment ministry said the review would take six months.\n\nThe company spokesperson said Acme would pay for the cleanup.",
			"Acme would pay for the cleanup", "Linda Holt"},
	})
}

// TestUnnamedPersonNamedLater: "the man" goes on with a man brought in
// with "A" but named later in the same sentence ("…, who asked to be
// identified only by his first name, Tom,"), not left to no one; a man
// brought in unnamed stays unresolved.
func TestUnnamedPersonNamedLater(t *testing.T) {
	named := "A 41-year-old man who has used the site for two years, and who asked to be identified only by his first name, Tom, said staff had saved his life.\n\n" +
		"He said he had tried to get into treatment last fall. The man said he had stopped answering his phone by then."
	unnamed := "A 41-year-old man who has used the site for two years said staff had saved his life.\n\n" +
		"He said he had tried to get into treatment last fall. The man said he had stopped answering his phone by then."
	notNamed := "A 41-year-old man who asked not to be named, Tom Doe's neighbour, said staff had saved his life.\n\n" +
		"He said he had tried to get into treatment last fall. The man said he had stopped answering his phone by then."
	checkSpeakerNames(t, mustNew(t), []nameCase{
		{named, "he had stopped answering his phone by then", "Tom"},
		{notNamed, "he had stopped answering his phone by then", "The man"},
		{unnamed, "he had stopped answering his phone by then", "The man"},
	})
}

// TestPartyCriticIsALegislator: "the Opposition health critic" is someone
// titled a party's critic, never the parent who spoke before; one titled
// so is still found.
func TestPartyCriticIsALegislator(t *testing.T) {
	det := mustNew(t)
	// far into a long article too (the look back for a critic named
	// before stays within its bound)
	long := strings.Repeat("Pharmacists in Larkspur reported shortages of several common drugs this week.\n\n", 200)
	checkSpeakerName(t, det, long+"Jo Doe, a mother of three in Larkspur, wrote on social media that she had driven to four pharmacies.\n\nThe federal Opposition health critic said in a statement that the government had failed.",
		"the government had failed", "The federal Opposition health critic")
	checkSpeakerNames(t, det, []nameCase{
		{"Jo Doe, a mother of three in Larkspur, wrote on social media that she had driven to four pharmacies.\n\nThe federal Opposition health critic said in a statement that the government had failed.",
			"the government had failed", "The federal Opposition health critic"},
		{"Conservative health critic Jo Doe toured the clinic on Monday.\n\nThe Conservative health critic said the government had failed.",
			"the government had failed", "Jo Doe"},
		// a critic mentioned before, in a relative clause: as before
		{"Jo Doe, who is the Opposition's critic for health, said Monday the shortage is dire.\n\nThe Opposition critic said the government must act.",
			"the government must act", "Jo Doe"},
	})
}
