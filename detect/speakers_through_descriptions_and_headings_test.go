package detect

import (
	"strings"
	"testing"
)

// TestBodyDescribedBeforeItsName: a description set off before a body's
// name ("Quebec's forest fire prevention agency, SOPFEU,") says what kind
// of body it is, so "the agency" said later, past another paragraph or
// two, is that body; not one of a list ("the agency, Harbour Rail and
// the ministry"), nor past another of its kind described since
// (invented sentences).
func TestBodyDescribedBeforeItsName(t *testing.T) {
	det := mustNew(t)
	intro := "The province's forest fire prevention agency, FORFEU, said the blaze had grown to 4,200 hectares.\n\n"
	between := "\"The wind was our biggest problem overnight,\" FORFEU spokesperson Mira Castel told a news conference.\n\nCastel said six water bombers were on the fire.\n\nAdvertisement\n\n"
	checkSpeakerNames(t, det, []nameCase{
		{intro + between + "The agency said the fire was likely started by lightning.",
			"the fire was likely started by lightning", "FORFEU"},
		{intro + "Castel said six water bombers were on the fire.\n\nThe agency said the fire was likely started by lightning.",
			"the fire was likely started by lightning", "FORFEU"},
	})
	for _, text := range []string{
		// a list: the agency and Harbour Rail are two
		"Crews from the agency, Harbour Rail and the ministry cleared the tracks.\n\n" + between + "The agency said the line would reopen Friday.",
		// another agency described since
		intro + "The federal environment agency sent two inspectors.\n\n" + between + "The agency said the line would reopen Friday.",
	} {
		got, found := quotesBy([]rune(text), det.Detect(text))["the line would reopen Friday"]
		if !found || got != "The agency" {
			t.Errorf("%q: speaker %q (quote found: %v), want the description as written", text[:50], got, found)
		}
	}
}

// TestTownGovernmentNamedFarBack: "The town said" thirty paragraphs after
// "The Town of Birch River issued an alert" is the town's government
// when no town was named nearer; "the assembly" is the assembly named
// before (invented sentences).
func TestTownGovernmentNamedFarBack(t *testing.T) {
	det := mustNew(t)
	filler := strings.Repeat("Shoppers were loading up on water and bread.\n\n", 28)
	checkSpeakerNames(t, det, []nameCase{
		{"The Town of Birch River issued an evacuation alert on Wednesday.\n\n" + filler + "The town said it will hold another public briefing on Thursday.",
			"it will hold another public briefing on Thursday", "Town of Birch River"},
		{"The Assembly of Coastal Chiefs said in a statement that it stood with the fishers.\n\n\"Treaty rights are not privileges,\" the assembly said.",
			"\"Treaty rights are not privileges,\"", "Assembly of Coastal Chiefs"},
	})
}

// TestCrossheadShortNameOfBody: a crosshead that names a body by the end
// of its name ("First Nation moves elders first") is the body the article
// named so before, and so is "The First Nation" after it; a body of that
// ending named only in the page's footer does not make two
// (invented sentences).
func TestCrossheadShortNameOfBody(t *testing.T) {
	det := mustNew(t)
	text := "Residents of Birch River and the Tahltin Lake First Nation were told to be ready to leave.\n\n" +
		"First Nation moves elders first\n\n" +
		"Chief Rosa Tetso said the band made the decision on Wednesday. The First Nation posted a list of phone numbers on its Facebook page.\n\n" +
		"\"Please call the band office if you need a ride,\" the post said.\n\n" +
		"We work on the land of the Dene Bay First Nation."
	checkSpeakerNames(t, det, []nameCase{
		{text, "\"Please call the band office if you need a ride,\"", "Tahltin Lake First Nation"},
	})
}

// TestHeadingWordsAreTheirSpeakers: a headline or a crosshead that quotes
// a body or a group ("Union says STM ‘left us no choice’") is the person
// who said those words in the story and heads or speaks for it; not when
// two people said them, nor for words the story never quotes, nor the
// other side denying them, nor a member who holds no office (invented
// sentences).
func TestHeadingWordsAreTheirSpeakers(t *testing.T) {
	det := mustNew(t)
	body := "\n\nThe union walked out on Monday.\n\n“Our members keep this network running. The transit agency left us no choice,” said union president Stefan Brouwer."
	checkSpeakerNames(t, det, []nameCase{
		{"Transit workers strike\n\nUnion says agency ‘left us no choice’" + body,
			"agency ‘left us no choice’", "Stefan Brouwer"},
		{"Ambulance delays\n\nThe city's ambulances were stuck for 3,900 hours.\n\nDoctors say ER is at 'breaking point'\n\n\"We are at a breaking point,\" said Dr. Folami Adeyinka, an emergency physician.",
			"ER is at 'breaking point'", "Folami Adeyinka"},
	})
	for _, text := range []string{
		// two people said the words
		"Transit workers strike\n\nUnion says agency ‘left us no choice’" + body + "\n\n“The transit agency left us no choice,” said union spokesperson Rita Olsen.",
		// the story never quotes them
		"Transit workers strike\n\nUnion says agency ‘left us no choice’\n\nThe union walked out on Monday.\n\n“We are ready to talk,” said union president Stefan Brouwer.",
		// a member of no office repeats them
		"Transit workers strike\n\nUnion says agency ‘left us no choice’\n\nThe union walked out on Monday.\n\n“The agency left us no choice,” said driver Ian Cho.",
	} {
		got := quotesBy([]rune(text), det.Detect(text))["agency ‘left us no choice’"]
		if got != "Union" {
			t.Errorf("%q: headline's speaker %q, want Union", text[len(text)-60:], got)
		}
	}
	// the other side denies them
	text := "Talks stall\n\nUnion says company ‘bargaining in bad faith’\n\nTalks broke off Monday.\n\n“We are not bargaining in bad faith,” said company CEO Rhea Blaine."
	if got := quotesBy([]rune(text), det.Detect(text))["company ‘bargaining in bad faith’"]; got != "Union" {
		t.Errorf("%q: headline's speaker %q, want Union", text[len(text)-60:], got)
	}
}

// TestBriefSpeaksForWhoSubmittedIt: a brief or a submission speaks for
// whoever the sentences just before say sent, filed or submitted it, also
// when that sentence named them by a description ("In a written brief
// sent to MPs, the council said"); a body's text described as its own
// ("the association's proposal") is the body's (invented sentences).
func TestBriefSpeaksForWhoSubmittedIt(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"The Coastal Council of Defence Lawyers warned that the changes would slow down bail courts.\n\nIn a written brief sent to MPs last week, the council said bail hearings are already being adjourned.\n\n\"A reverse-onus hearing is not a five-minute matter,\" the brief said.",
			"\"A reverse-onus hearing is not a five-minute matter,\"", "Coastal Council of Defence Lawyers"},
		{"Jo Doe, a lawyer for the tenants, filed a brief on Monday.\n\n\"The law is clear,\" the brief said.",
			"\"The law is clear,\"", "Jo Doe"},
		{"The Prairie Growers Association wants to build 40 units on the site.\n\nThe building would house people who have been homeless, according to the association's proposal.",
			"The building would house people who have been homeless", "Prairie Growers Association"},
	})
	// (not one the brief was sent to)
	checkSpeakerNames(t, det, []nameCase{
		{"Jo Doe was sent a brief by the tenants on Monday.\n\n\"The law is clear,\" the brief said.", "\"The law is clear,\"", "the brief"},
	})
}

// TestRespondentsOutsidePlaces: the places coordinated after a
// participle's or a noun's preposition are its object, not the speaker
// ("64 per cent of respondents living outside Regina and Saskatoon said",
// "respondents outside the Lower Mainland and southern Vancouver Island
// said"); "the AP's questions and Gates said" is still two clauses
// (invented sentences).
func TestRespondentsOutsidePlaces(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"A poll found that 64 per cent of respondents living outside Regina and Saskatoon said they were not confident they could get care.",
			"they were not confident they could get care", "64 per cent of respondents"},
		{"A survey found that 62 per cent of respondents outside the Lower Mainland and southern Vancouver Island said they were considering reducing hours.",
			"they were considering reducing hours", "62 per cent of respondents outside the Lower Mainland and southern Vancouver Island"},
	})
	checkSpeakers(t, []speakerCase{{"He was copied on the AP's questions and Gates said he spoke to Manafort first.", "he spoke to Manafort first", "Gates"}})
}

// TestLetterOfATitledWriter: "In a letter sent to council, Harbour
// Growers Association president Jo Doe said …. The letter called …" is
// the president's letter, as a statement introduced so is (invented
// sentences).
func TestLetterOfATitledWriter(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"In a letter sent to council on Monday, Harbour Growers Association president Jo Doe said 300 growers had signed a petition. The letter called the plan \"rushed.\"",
			"the plan \"rushed.\"", "Jo Doe"},
	})
}

// TestOfficeSpeaksThroughItsSpokesperson: "The minister's office said in
// an email …" is the press secretary or spokesperson the next paragraph
// names as writing or saying it; not one named further on, nor in the same
// paragraph as another's words (invented sentences).
func TestOfficeSpeaksThroughItsSpokesperson(t *testing.T) {
	det := mustNew(t)
	email := "The minister's office said in an email that the minister had spoken with the chief on Monday."
	checkSpeakerNames(t, det, []nameCase{
		{email + "\n\n\"We share the goal of an orderly fishery,\" press secretary Jordan Whitby wrote.",
			"the minister had spoken with the chief on Monday", "Jordan Whitby"},
		{email + "\n\nThe chief was not satisfied.\n\n\"We share the goal of an orderly fishery,\" press secretary Jordan Whitby wrote.",
			"the minister had spoken with the chief on Monday", "The minister's office"},
	})
}

// TestSpokespersonAfterFrontedStatement: "In an emailed statement, a
// spokesperson for the minister said" is the spokesperson the next
// paragraph names, though the speaker phrase the scan finds after the
// fronted phrase starts at "spokesperson" (invented sentences).
func TestSpokespersonAfterFrontedStatement(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"In an emailed statement, a spokesperson for Ontario's health minister said the province had increased funding every year since 2022.\n\n\"Ontario is adding thousands of new beds,\" spokesperson Hanne Lindgren wrote.",
			"the province had increased funding every year since 2022", "Hanne Lindgren"},
	})
}

// TestFreeRelativeSpeaker: "for what doctors later said was a minor heart
// attack" is said by the doctors, not by the phrase before "what" (invented
// sentences).
func TestFreeRelativeSpeaker(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"Roger Gauthier was treated at Dawson Creek Hospital for what doctors later said was a minor heart attack.", "was a minor heart attack", "doctors"},
	})
	det := mustNew(t)
	in := "Roger Gauthier was treated at Dawson Creek Hospital for what doctors later said was a minor heart attack."
	if got := quotesBy([]rune(in), det.Detect(in))["was a minor heart attack"]; got != "doctors" {
		t.Errorf("speaker %q, want doctors", got)
	}
}

// TestYoungerBrotherByKinPhrase: "the younger Kowalyk" is the one the
// article introduced as "his younger brother, Elias Kowalyk", not the
// skip named before with an age nearby (an invented sports report).
func TestYoungerBrotherByKinPhrase(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Hallstrom's last-rock draw to the four-foot in an extra end gave Alberta a 7-6 win over Saskatchewan's Jonas Kowalyk in the national final, sending the 31-year-old from Okotoks to his first world championship.\n\n\"I didn't look at the scoreboard. I didn't look at the crowd,\" Hallstrom said. \"I just looked at my sweepers and thought, 'Trust the ice, trust the boys.'\n\n\"When it stopped, I honestly didn't know if it was enough. Then I heard Marc yelling and I figured it probably was.\"\n\nThird Marc Gagne, second Dale Park and lead Raj Bhat swept the stone almost the full length of the sheet before it settled a few centimetres inside Saskatchewan's shot rock.\n\nSaskatchewan had forced the extra end by stealing two in the 10th. Kowalyk made a delicate tap-back with his final stone to sit two, and Hallstrom's hit-and-roll with the hammer slid too far to save the end.\n\n\"That's about as good a shot as you'll see under pressure,\" Hallstrom said of Kowalyk's 10th-end tap. \"He made it look easy. It wasn't.\"\n\nKowalyk, who was playing in his third national final and is still looking for his first title, said his team had done \"just about everything right\" in the second half of the game.\n\n\"You come back from three down against a team like that and you think maybe this is the year,\" Kowalyk said. \"Then they make a shot like that at the end. What can you say? Hats off to them.\"\n\nKowalyk plays alongside his younger brother, Elias Kowalyk, who throws lead stones for the Winnipeg rink. The younger Kowalyk said the loss stung more than the previous two.",
			"the loss stung more than the previous two", "Elias Kowalyk"},
	})
}

// TestSpokespersonOfAnotherBody: the spokesperson or press secretary the
// next paragraph names is the description's only when no word before the
// title ties them to another body ("clinic spokesperson", "NDP press
// secretary"); "wrote spokesperson X" and "department spokesperson X" for
// a department still are (invented sentences).
func TestSpokespersonOfAnotherBody(t *testing.T) {
	det := mustNew(t)
	stmt := "In an emailed statement, a spokesperson for Ontario's health minister said the ministry is working with the clinic.\n\n"
	office := "The minister's office said in an email that the funding would flow by September.\n\n"
	checkSpeakerNames(t, det, []nameCase{
		{stmt + "“We found out from the news,” clinic spokesperson Nadia Petrova said.", "the ministry is working with the clinic", "a spokesperson for Ontario's health minister"},
		{office + "“It is too little, too late,” NDP press secretary Alain Coutu wrote.", "the funding would flow by September", "The minister's office"},
		{office + "Press secretary Malika Osei did not answer follow-up questions.", "the funding would flow by September", "The minister's office"},
		{stmt + "“We are recruiting in every region,” wrote spokesperson Mira Lafont.", "the ministry is working with the clinic", "Mira Lafont"},
	})
}

// TestPlaceAndTitledPersonCoordinated: "outside Brandon and Keystone
// Agricultural Producers president Jill Verwey said" coordinates the
// farmers with a titled person, not two places (invented sentence).
func TestPlaceAndTitledPersonCoordinated(t *testing.T) {
	det := mustNew(t)
	in := "Farmers living outside Brandon and Keystone Agricultural Producers president Jill Verwey said the rail delays were costing them."
	if got := quotesBy([]rune(in), det.Detect(in))["the rail delays were costing them"]; got != "Jill Verwey" {
		t.Errorf("speaker %q, want Jill Verwey", got)
	}
}

// TestReviewMendsOfDescriptions: "The town" is not a town's government
// named before another town brought in as one ("Fort Smith, a town of
// 2,500"); "said arms control expert Amy Lee" inverts though the tagger
// reads "expert" as a verb; a sentence where residents "filed complaints"
// does not stop "the letter" finding its writer (invented sentences).
func TestReviewMendsOfDescriptions(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"The Town of Birch River issued an evacuation alert on Wednesday.\n\nCrews also worked near Fort Smith, a town of 2,500.\n\nThe town said it will hold a briefing on Thursday.",
			"it will hold a briefing on Thursday", "The town"},
		{"The treaty is dead, said arms control expert Amy Lee.", "The treaty is dead", "Amy Lee"},
		{"In a letter sent to council, the Glenwood Residents Association said the rink should stay open. Some residents filed complaints about noise. The letter called the plan \"rushed.\"",
			"the plan \"rushed.\"", "Glenwood Residents Association"},
	})
}

// TestHeadlineQuoteFirstIsItsSpeakers: a headline that opens with the
// quote ("'He sat at our kitchen table,' Camrose woman tells court") is
// the person who says those words in the story, a woman for "woman"; not
// a man.
func TestHeadlineQuoteFirstIsItsSpeakers(t *testing.T) {
	det := mustNew(t)
	body := "\n\nRED DEER, Alta. — A contractor was sentenced Tuesday.\n\nMargaret Haugen, 81, drove from Camrose with her daughter to read her victim impact statement in court.\n\n\"He sat at our kitchen table and drank our coffee and told Lloyd he'd have him showering on his own by Christmas,\" she told the court."
	checkSpeakerNames(t, det, []nameCase{
		{"'He sat at our kitchen table and drank our coffee,' Camrose woman tells court" + body,
			"'He sat at our kitchen table and drank our coffee,'", "Margaret Haugen"},
		{"'He sat at our kitchen table and drank our coffee,' Camrose man tells court" + body,
			"'He sat at our kitchen table and drank our coffee,'", "Camrose man"},
	})
}

// TestHeadlineWithTwoReports: a headline's second report after a comma
// ("…,' transit authority calls it 'fair'", "…, council says …") ends the
// first one's content.
func TestHeadlineWithTwoReports(t *testing.T) {
	det := mustNew(t)
	checkQuoteTexts(t, det, "Mayor says budget is balanced, council says it is not\n\nCouncil met Monday.", []string{"budget is balanced", "it is not"})
	checkQuoteTexts(t, det, "Mayor says budget is balanced, taxes rise\n\nCouncil met Monday.", []string{"budget is balanced, taxes rise"})
}

// TestDescriptionGoesOnWithIndefiniteSpeaker: "the spokesperson" goes on
// with the speaker brought in as "a spokesperson for …" in the paragraph
// before, and "the survey" with the survey the last quote came from,
// however it was named; not "the other official", nor a description of
// another head, nor one three paragraphs on (invented sentences).
func TestDescriptionGoesOnWithIndefiniteSpeaker(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"In an email, a spokesperson for the pension agency said most recipients need do nothing.\n\nThose still paid by cheque will get a letter, the spokesperson said.",
			"Those still paid by cheque will get a letter", "a spokesperson for the pension agency"},
		{"A man who lives nearby said the fire started at noon. The man said he called 911 right away.",
			"he called 911 right away", "A man"},
		{"According to the county's latest visitor survey, six per cent of visitors rode the ferry. The survey found the average rider spent $310 in town.",
			"the average rider spent $310 in town", "the county's latest visitor survey"},
		// a chain of three; and not past another brought in since
		{"A spokesperson for Northgate Transit said fares would rise in May. The spokesperson said the board approved it Monday. The spokesperson also said service would expand.",
			"service would expand", "A spokesperson for Northgate Transit"},
		{"A man who lives near the dam said the water rose overnight. Police later arrested a man in the parking lot. The man said he was only taking photos.",
			"he was only taking photos", "The man"},
		{"A provincial official said the road will reopen Friday. The other official said crews will work overnight.",
			"crews will work overnight", "other official"},
		{"A spokesperson for the pension agency said most recipients need do nothing. The minister said letters will go out in May.",
			"letters will go out in May", "The minister"},
		{"A spokesperson for the pension agency said most recipients need do nothing.\n\nLetters go out in May.\n\nCall centres will add staff.\n\nThe offices open at eight.\n\nThe spokesperson said the forms are online.",
			"the forms are online", "The spokesperson"},
	})
}
