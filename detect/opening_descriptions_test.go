package detect

import "testing"

// TestOpeningDescriptionsNamedAfter: a deck's or a lede's description
// stands for the one the article names after it ("…; MLA calls the
// decision …", "The company says …" opening a deck, "…, with a judge
// calling the crimes …" in the lede); "a judge" elsewhere is someone new.
func TestOpeningDescriptionsNamedAfter(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Hospital to pause births for six weeks\n\nMothers will be sent to Ottawa in June; MLA calls the decision \"a step backward\"\n\nThe hospital will stop delivering babies this summer, the Government of Nunavut says.\n\nIqaluit MLA David Pitsiulak-Hart called the decision \"a step backward for women.\"",
			"the decision \"a step backward\"", "David Pitsiulak-Hart"},
		{"Council approves transit safety plan\n\nRiders question the officers; transit union says drivers still exposed\n\nWinnipeg city council has approved a plan to put officers on buses.\n\n\"It is not enough,\" said Hamid Osmani, president of Amalgamated Transit Union Local 1505.",
			"drivers still exposed", "Amalgamated Transit Union Local 1505"},
		// (a deck's clause after one that named its body: that body)
		{"Windsor auto parts strike enters third week\n\nMore than 600 members on strike at Essex Precision Castings; company calls its offer 'the best in the sector'\n\nWINDSOR, Ont. — Workers at the plant walked out on May 2.\n\n\"We are not going anywhere,\" said Ravi Gill of Unifor Local 195, speaking for the Canadian Auto Workers Council.",
			"its offer 'the best in the sector'", "Essex Precision Castings"},
		{"Locked-out metal workers mark 100 days\n\nThe company says the union's pension demands are \"not sustainable,\" while workers say they are being starved out.\n\nA fire burns outside the Métallurgie Boréal plant in Jonquière.\n\n\"We made a fair offer,\" said Karim Haddad, a spokesperson for the plant.",
			"the union's pension demands are \"not sustainable,\"", "Métallurgie Boréal"},
		{"ST. JOHN'S, N.L. — A former branch manager who took $1.2 million from elderly clients has been sentenced to four years, with a judge calling the crimes \"a calculated betrayal.\"\n\nGerard Dwyer, 58, pleaded guilty in June.\n\nJustice Margaret Penney-Walsh said in her decision that Dwyer targeted clients who were widowed.",
			"the crimes \"a calculated betrayal.\"", "Margaret Penney-Walsh"},
	})
	// (not in the body, nor named only many paragraphs after the lede)
	checkSpeakerNames(t, det, []nameCase{
		{"The fraud trial opened in June.\n\nGerard Dwyer pleaded guilty.\n\nHe was sentenced on Thursday, with a judge calling the crimes \"a calculated betrayal.\"\n\nJustice Margaret Penney-Walsh said in her decision that Dwyer targeted clients.",
			"the crimes \"a calculated betrayal.\"", "a judge"},
		{"A former manager has been sentenced to four years, with a judge calling the crimes \"a calculated betrayal.\"\n\nGerard Dwyer pleaded guilty in June.\n\nHis lawyer spoke.\n\nThe victims wept.\n\nThe bank apologised.\n\nJustice Margaret Penney-Walsh said in her decision that Dwyer targeted clients.",
			"the crimes \"a calculated betrayal.\"", "a judge"},
	})
}

// TestUnionsAndBusinessesNamedFarBack: a national union named with its
// country ("… Union Canada") is the union; "the company" paragraphs
// after the one business named as one, past the tribunal and the
// outlets named since, when it is the organisation named most.
func TestUnionsAndBusinessesNamedFarBack(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"About 7,400 workers represented by the International Longshore and Warehouse Union Canada walked off the job after talks with the BC Maritime Employers Association broke down.\n\nILWU Canada president Tomasz Wierzbicki called the move \"a betrayal.\"\n\nThe Canada Industrial Relations Board will hold a hearing.\n\nThe board met on Monday.\n\nThe ports stayed closed.\n\nThe union said it would challenge the order in court.",
			"it would challenge the order in court", "International Longshore and Warehouse Union Canada"},
		{"Métallurgie Boréal locked out 340 workers in November. Métallurgie Boréal wants new hires in a new plan.\n\nThe union filed a complaint with the Tribunal administratif du travail.\n\nAccording to the complaint, which was reviewed by Radio-Canada, trucks entered the site.\n\nThe union told CBC News that lights were on at night.\n\nThe company denies the allegation and says only maintenance has been performed.",
			"only maintenance has been performed", "Métallurgie Boréal"},
	})
	// (not the business named once in an article about another organisation)
	checkSpeakerNames(t, det, []nameCase{
		{"Bell Canada suspended 125,000 accounts. Bell Canada said it worked with police. Bell Canada added staff.\n\nThe review relied on parts from Métallurgie Boréal.\n\nOfficials met on Monday.\n\nLawmakers asked questions.\n\nThe vote was close.\n\nThe company said it had always sought to strike a balance.",
			"it had always sought to strike a balance", "The company"},
	})
}

// TestReleaseSpeaksForItsIssuer: "The release says" is the body whose
// news release the article cited ("according to a Department of Health
// news release"), as "the report" is its author's; a release no one is
// named for stays "The release".
func TestReleaseSpeaksForItsIssuer(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Mothers will be flown to Ottawa, according to a Department of Health news release issued Wednesday.\n\nHealth Minister Jeannie Aqqiaruq confirmed the decision.\n\nThe release says the department will cover travel for each mother.",
			"the department will cover travel for each mother", "Department of Health"},
		{"Mothers will be flown to Ottawa, according to a news release issued Wednesday.\n\nHealth Minister Jeannie Aqqiaruq confirmed the decision.\n\nThe release says the department will cover travel for each mother.",
			"the department will cover travel for each mother", "The release"},
	})
}

// TestTextOfFrontedSpeaker: "the memo" is the one who spoke through it
// in the phrase that opened a sentence before ("In a memo to regional
// council, transit director Hamid Rezaei said"); a memo no one spoke
// through stays "the memo".
func TestTextOfFrontedSpeaker(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"In a memo to regional council released Tuesday, transit director Hamid Rezaei said the ferry will leave every 30 minutes.\n\n\"Safety has to come first,\" Rezaei wrote.\n\nAccording to the memo, Halifax Transit needs 31 licensed deckhands.",
			"Halifax Transit needs 31 licensed deckhands", "Hamid Rezaei"},
		{"In a memo leaked Tuesday, the ferry will leave every 30 minutes, transit director Hamid Rezaei said.\n\nThe crews walked out.\n\nAccording to the memo, Halifax Transit needs 31 licensed deckhands.",
			"Halifax Transit needs 31 licensed deckhands", "the memo"},
	})
}

// TestHeadlineBodiesNamedAfter: a headline's "City says" or "Town tells"
// is the government the article names after ("The City of Burnaby"), and
// "Teachers' union says" the union ("the Nunavut Teachers' Association").
func TestHeadlineBodiesNamedAfter(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Burnaby renters face eviction\n\nCity says it's reviewing timelines\n\nBURNABY, B.C. — The City of Burnaby says it is reviewing the demolition timelines for the towers.",
			"it's reviewing timelines", "City of Burnaby"},
		{"Town tells residents to be ready to leave\n\nHAY RIVER, N.W.T. — Residents should be ready to leave on short notice, the Town of Hay River said Monday.",
			"to be ready to leave", "Town of Hay River"},
		{"Nunavut teachers stretched thin\n\nTeachers' union says workload an issue\n\nIQALUIT — Teachers across Nunavut are leaving, the Nunavut Teachers' Association says.",
			"workload an issue", "Nunavut Teachers' Association"},
		// ("The city says" heading it, as "City says")
		{"Kamloops budget passes\n\nThe city says taxes will rise 3 per cent\n\nKAMLOOPS, B.C. — The City of Kamloops says the increase pays for transit.",
			"taxes will rise 3 per cent", "City of Kamloops"},
	})
}

// TestOpeningAndNameGuards: a headline's trailing ", union says" is the
// union named after it, whatever organisation its line names before; a
// headline's "City says" is the city's government, not a union or a team
// with "City" in its name; "the company" is no business named only once
// beside the article's subject; a national union with its local ("Workers
// United Canada, Local 2010") is a union; "which" after a person's
// apposition is the firm's.
func TestOpeningAndNameGuards(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Workers at Essex Precision Castings walk out, union says\n\nWINDSOR, Ont. — More than 600 workers walked off the job Monday at Essex Precision Castings.\n\n“We are ready to stay out as long as it takes,” said Jo Doe, president of Unifor Local 1234.\n\nUnifor Local 1234 said the company's offer was too low.",
			"Workers at Essex Precision Castings walk out", "Unifor Local 1234"},
		{"City says garbage pickup will resume Monday\n\nWINNIPEG — The strike by the Winnipeg City Employees Union ended on Friday after 11 days.\n\nThe City of Winnipeg said crews would work overtime to clear the backlog.",
			"garbage pickup will resume Monday", "City of Winnipeg"},
		{"Shopify is cutting 10 per cent of its staff.\n\nThe layoffs follow a deal with Amazon.com Inc. last year.\n\nEmployees learned of the cuts by email on Tuesday.\n\nSome had worked there for a decade.\n\nThe cuts hit the Ottawa office hardest.\n\nThe company said it would offer severance to everyone affected.",
			"it would offer severance to everyone affected", "The company"},
		{"About 1,200 workers represented by Workers United Canada, Local 2010 walked off the job at the hotel.\n\nThe union said it would picket every day.",
			"it would picket every day", "Workers United Canada"},
		{"The contract went to Jo Doe, 52, a partner at Smith Legal LLP, which said the fee was fair.",
			"the fee was fair", "Smith Legal LLP"},
	})
	// ("she" is not a man whose given name the careful list holds)
	checkSpeakerName(t, det, "A neighbour, who asked not to be named, said she heard three shots just after midnight.\n\nPolice Chief David Brown said officers arrived within minutes.\n\n“It was terrifying. I grabbed my kids and hid in the basement,” she said.",
		"“It was terrifying. I grabbed my kids and hid in the basement,”", "she")
}

// TestLedeDescriptionNamedNextParagraph: an indefinite description of a
// person in the lede is the person the next paragraph opens by naming for
// the first time ("A Saskatoon woman says … ¶ Marlene Dubois, 64, said");
// not one of the other gender, nor one named before.
func TestLedeDescriptionNamedNextParagraph(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"date 2026-02-10 MNA quits caucus\n\nQUEBEC — A Quebec City-area member of the governing party quit its caucus Tuesday, saying she can no longer defend the government's decision.\n\nIsabelle Morneau, who has represented Charlesbourg since 2018, told reporters she will sit as an Independent.",
			"she can no longer defend the government's decision", "Isabelle Morneau"},
		{"date 2026-02-10 Woman waited 14 hours\n\nA Saskatoon woman says she waited 14 hours in an emergency room.\n\nMarlene Dubois, 64, said she arrived at the hospital on Monday.",
			"she waited 14 hours in an emergency room", "Marlene Dubois"},
		{"date 2026-02-10 Man waited 14 hours\n\nA Saskatoon man says he waited 14 hours in an emergency room.\n\nMarlene Dubois, 64, said she arrived at the hospital on Monday.",
			"he waited 14 hours in an emergency room", "A Saskatoon man"},
		// not an official, nor the child the lede speaks of
		{"date 2026-02-10 Doctor says clinic closing\n\nA Saskatoon doctor says the clinic will close in March.\n\nPremier Scott Moe said the province is working on it.",
			"the clinic will close in March", "A Saskatoon doctor"},
		{"date 2026-02-10 Mother says son denied care\n\nA Winnipeg mother says her son was denied treatment at a walk-in clinic.\n\nTyler Moss, 16, said he was struggling to breathe.",
			"her son was denied treatment at a walk-in clinic", "A Winnipeg mother"},
		{"date 2026-02-10 Woman waited 14 hours\n\nMarlene Dubois was in pain. A Saskatoon woman says she waited 14 hours in an emergency room.\n\nMarlene Dubois, 64, said she arrived at the hospital on Monday.",
			"she waited 14 hours in an emergency room", "A Saskatoon woman"},
	})
}

// TestLedeKinOfSomeoneStaysDescribed: a lede's "The brother of a driller
// killed …" stays as described: the person the next paragraph names is
// as often the one killed ("Luc Dubois, 34, died Tuesday") as the
// brother; and a lede's "A Moncton man" is not the one named next who
// died.
func TestLedeKinOfSomeoneStaysDescribed(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"The brother of a driller killed in a mine collapse says the company ignored safety warnings.\n\nLuc Dubois, 34, died Tuesday when a section of rock fell on him.",
			"the company ignored safety warnings", "The brother of a driller"},
		{"The mother of a boy hurt in a crash says she wants answers.\n\nPaul Tremblay was driving his son to school.", "she wants answers", "The mother of a boy"},
		{"A Moncton man says the highway needs a barrier.\n\nLuc Dubois, 34, died there in June.", "the highway needs a barrier", "A Moncton man"},
	})
}
