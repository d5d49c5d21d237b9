package detect

import "testing"

// TestPlaceDescriptions: "the city", "the town", "the province", "the
// state" as speakers stand for the body that governs the place: an
// organisation named with the noun ("the City of Brampton"), else the last
// place of that kind named nearby; a town the gazetteer does not know only
// when a dateline or a province's abbreviation shows it is one.
func TestPlaceDescriptions(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"The City of Brampton said talks would resume Thursday.\n\nCommuters crowded the station. \"It's a mess,\" said Ravi Sandhu.\n\nThe city said updates would be posted on its website.",
			"updates would be posted on its website", "City of Brampton"},
		{"Wildfires forced more evacuations in Alberta on Monday.\n\nThe province said evacuees should register at a reception centre.",
			"evacuees should register at a reception centre", "Alberta"},
		// A city named since is not "the state".
		{"Voters in Ohio went to the polls. Calgary's mayor spoke later.\n\nThe state said turnout was high.",
			"turnout was high", "Ohio"},
		// The dateline's town, named by its spelling in the text, not in capitals.
		{"MORRIS, Man. — The Red River crested overnight at Morris.\n\nThe town said its ring dike would stay closed until Friday.",
			"its ring dike would stay closed until Friday", "Morris"},
		// ... also past a known city named once since, the dateline's
		// town named later by its spelling in the text
		{"LARKVIEW, Sask. - Ottawa and the province will spend $31 million to help Larkview and nearby towns.\n\nThe money was announced Tuesday at the Larkview town hall.\n\nAccording to the city, the plant accounts for 28 per cent of Larkview's tax base.",
			"the plant accounts for 28 per cent of Larkview's tax base", "Larkview"},
		// "Man." is the town's province, not the city of Man.
		{"Floodwater reached Morris, Man., on Tuesday.\n\nThe town said its ring dike would stay closed until Friday.",
			"its ring dike would stay closed until Friday", "Morris"},
		// An unknown name the tagger takes for a place is no town.
		{"Crowds gathered at the Riverside Islamic Center on Sunday.\n\nThe town said the vigil had been peaceful.",
			"the vigil had been peaceful", "The town"},
		// Only "the" and the noun: a department of the city is not the city.
		{"A fire broke out in Brampton on Monday. The city's fire department said no one was hurt.",
			"no one was hurt", "The city's fire department"},
		// A name ending in a place noun is that name.
		{"Islamic State said it carried out the attack.", "it carried out the attack", "Islamic State"},
	})
}

// TestPlaceDescriptionNotFirm: "the city" is not a firm with "City" in its
// name ("Bridge City Post Media Ltd."), but the city's government.
func TestPlaceDescriptionNotFirm(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"SASKATOON — Civic workers walked off the job in Saskatoon on Monday.\n\nThe strike was first reported by Bridge City Post Media Ltd., which publishes the daily.\n\nThe city said it was disappointed that the union had chosen to strike.",
			"the union had chosen to strike", "Saskatoon"},
	})
}

// TestPlaceDescriptionNotOrigin: a province named as where someone comes
// from ("a crew from British Columbia") is not "the province" of the story.
func TestPlaceDescriptionNotOrigin(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"HIGH LEVEL, Alta. — A wildfire grew overnight. Another crew from British Columbia is expected Wednesday.\n\nThe province said evacuees should register at a reception centre.",
			"evacuees should register at a reception centre", "The province"},
	})
}

// TestPlaceDescriptionFromWhenAlone: a province named after "from" is "the
// province" when no other is named and no dateline gives one ("Health
// officials from Alberta reported …").
func TestPlaceDescriptionFromWhenAlone(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Health officials from Alberta reported 300 new cases on Monday. The province said hospitals were full.",
			"hospitals were full", "Alberta"},
		// A line inside an article is no headline: "Company" is the one named before.
		{"Acme Corp said it would close two plants.\n\nCompany said the decision was final\n\nWorkers were upset about the closures.",
			"the decision was final", "Acme Corp"},
	})
}

// TestTownOfPlaceSpeaks: "the town" is the Town of Hay River named before,
// a local government, also under a dateline that names the place alone.
func TestTownOfPlaceSpeaks(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"The Town of Hay River issued an evacuation alert on Tuesday.\n\nIn a notice, the town said residents should pack essentials.",
			"residents should pack essentials", "Town of Hay River"},
		{"HAY RIVER, N.W.T. — The Town of Hay River issued an evacuation alert on Tuesday.\n\n“Be ready to leave,” the town said.",
			"“Be ready to leave,”", "Town of Hay River"},
	})
}

// TestProvinceIsNoState: "the province" is no US state and "the state" no
// Canadian province, whichever was named last.
func TestProvinceIsNoState(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"The ferry runs between Nova Scotia and Maine.\n\nThe province says the service will not run in 2026.", "the service will not run in 2026", "Nova Scotia"},
		{"The ferry runs between Maine and Nova Scotia.\n\nThe state said it would pay for the new terminal.", "it would pay for the new terminal", "Maine"},
	})
}

// TestCityShownByCouncil: "the city" is a town the gazetteer does not
// know when the text writes "city council" after its name, and never
// Quebec, a province whose capital is written "Quebec City".
func TestCityShownByCouncil(t *testing.T) {
	det := mustNew(t)
	in := "Lakeway restaurants hope the festival will draw visitors from Ontario and Quebec.\n\n" +
		"Lakeway city council will discuss the cuts on Nov. 10. In a brief statement, the city said it values the festival."
	checkSpeakerNames(t, det, []nameCase{
		{in, "it values the festival", "Lakeway"},
		{"Restaurants hope the festival will draw visitors from Ontario and Quebec.\n\nIn a brief statement, the city said it values the festival.", "it values the festival", "the city"},
	})
}
