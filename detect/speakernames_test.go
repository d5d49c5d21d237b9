package detect

import (
	"strings"
	"testing"

	"github.com/quotebench/quotebench/annot"
)

// TestSpeakerNames: the speaker's resolved name for descriptions of
// people and of organisations (invented sentences): a title written short
// before the name ("Gov.") and in full in the description ("the
// governor"), an age description, and "the company" or "the department"
// for the organisation named before.
func TestSpeakerNames(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Gov. Tomas Reyes toured the flooded area on Sunday. The governor said the province would pay for repairs.",
			"the province would pay for repairs", "Tomas Reyes"},
		{"Sen. Irene Kowalczyk met farmers in the morning. Later the senator said the drought relief was too slow.",
			"the drought relief was too slow", "Irene Kowalczyk"},
		{"Halvard Mining Corp. reported a loss for the quarter. The company said it would cut 200 jobs.",
			"it would cut 200 jobs", "Halvard Mining Corp."},
		{"The Department of Fisheries closed the bay on Monday.\n\nThe department said the stocks were too low.",
			"the stocks were too low", "Department of Fisheries"},
		{"Coach Dana Whitfield was upbeat after the game. The 54-year-old said her team had improved.",
			"her team had improved", "Dana Whitfield"},
		{"Ines Moreau, the team's coach, spoke on Monday. “It was hard,” she said. Later the minister said the tax would be cut.",
			"the tax would be cut", "the minister"},
		{"Ines Moreau spoke on Monday. “It was hard,” she said. Later the businessman said the tax would be cut.",
			"the tax would be cut", "Ines Moreau"},
		{"Senior Constable Ray Dion said officers found the car in a ditch. The 19-year-old driver told police he had swerved to avoid a deer.",
			"he had swerved to avoid a deer", "The 19-year-old driver"},
		{"The board heard from Capt. Jo Tamm, who said the base would stay open. “We are not going anywhere.”",
			"“We are not going anywhere.”", "Jo Tamm"},
		{"The Halvard Mining Corp. issued a statement on Monday. The statement said the mine would reopen.",
			"the mine would reopen", "Halvard Mining Corp."},
		{"Halvard Mining Corp. said crews were at the site.\n\nThe statement said the mine would reopen in May.",
			"the mine would reopen in May", "Halvard Mining Corp."},
		{"Lena Park, the party's leader, spoke first. Then the party said the campaign had only started.",
			"the campaign had only started", "the party"},
	})
}

// TestCompanyShortName: a company named once in full with its suffix ("Acme
// Freight Lines Inc") and after that by its first word ("Acme") is one
// entity, whose full name is the speaker's; two companies sharing the first
// word leave the short name alone.
func TestCompanyShortName(t *testing.T) {
	det := mustNew(t)
	in := "Quarterly profit at Halvard Freight Lines Inc rose 12 percent on higher volumes.\n\nHalvard said it would open two new depots this year."
	checkSpeakerName(t, det, in, "it would open two new depots this year", "Halvard Freight Lines Inc")
	in = "Halvard Freight Lines Inc and Halvard Marine Group Plc agreed to share a terminal.\n\nHalvard said it would open two new depots this year."
	checkSpeakerName(t, det, in, "it would open two new depots this year", "Halvard")
}

// TestTitlesJoinedBeforeName: "and" between two titles of one person named
// after them joins no two speakers; "The mayor and Jo Doe" still does.
func TestTitlesJoinedBeforeName(t *testing.T) {
	det := mustNew(t)
	checkSpeakerName(t, det, "Halvard Freight Lines Inc Chairman and Chief Executive Rosa Lindqvist said profits would recover.", "profits would recover", "Rosa Lindqvist")
	checkSpeakerName(t, det, "The mayor and Rosa Lindqvist said profits would recover.", "profits would recover", "The mayor and Rosa Lindqvist")
}

// TestSurnameAfterArabicArticle: a surname written with its article
// ("al-", "el-") in the full name is the same person when it comes back
// without it, or with it capitalised at the start of a sentence.
func TestSurnameAfterArabicArticle(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Attorney-General Karim al-Nouri was not available for comment. Nouri had said the man was arrested for fraud.",
			"the man was arrested for fraud", "Karim al-Nouri"},
		{"Minister Omar el-Sayegh visited the plant. Sayegh said the plant would stay open.",
			"the plant would stay open", "Omar el-Sayegh"},
		{"Minister Omar el-Sayegh visited the plant. El-Sayegh said the plant would stay open.",
			"the plant would stay open", "Omar el-Sayegh"},
	})
}

// TestDescriptionNotNamedOnlyFarLater: a description as the speaker is not
// resolved to someone first named paragraphs later under the same role (a
// later section of the article); someone named in the next sentences is
// still found ("The actor said …. Actor Sam Reyes, 40, …"), and so is
// someone named under that role three paragraphs on (a delayed lede).
func TestDescriptionNotNamedOnlyFarLater(t *testing.T) {
	det := mustNew(t)
	far := "The film crew gathered on Monday.\n\nThe actor said the film would open in May.\n\nThe crew worked late into the night.\n\nThe budget grew again.\n\nThe studio stayed quiet.\n\nIn other news, actor Sam Reyes signed a new deal."
	checkSpeakerName(t, det, far, "the film would open in May", "The actor")
	near := "The film crew gathered on Monday.\n\nThe actor said the film would open in May. Actor Sam Reyes, 40, has starred in six films."
	checkSpeakerName(t, det, near, "the film would open in May", "Sam Reyes")
	lede := "“I knew it was over,” the coach said after the loss.\n\nThe team flew home on Sunday.\n\nFans met the bus.\n\nCoach Dale Hinson said the players had given up."
	checkSpeakerName(t, det, lede, "“I knew it was over,”", "Dale Hinson")
}

// TestCompanyDescriptionsAndStatements: a description before a company's
// name is the company's ("Software company Halvard Inc said"); "the
// company" in the next sentence is the subject of the sentence before,
// over a company named after it there; "the statement" paragraphs later
// is the statement of the one who spoke "in a statement".
func TestCompanyDescriptionsAndStatements(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Software company Halvard Inc said it had signed a deal with the city.",
			"it had signed a deal with the city", "Halvard Inc"},
		{"On Friday, Halvard Holdings topped the gainers on talk of a buyout offer from Brook Capital Corp.\n\nThe company said it knew of no reason for the jump.",
			"it knew of no reason for the jump", "Halvard Holdings"},
		{"Halvard Inc said it had signed a deal with Brook Insurance Co, part of the Oster Group.\n\nThe firm noted in a statement on Friday that it would review all systems.\n\nThe work will be done in Ohio.\n\n“Our goal is to finish by May,” the statement said.",
			"“Our goal is to finish by May,”", "Halvard Inc"},
	})
}

// TestNewspaperNamedParagraphsBefore: "the newspaper" is the paper named
// as a source paragraphs before, past another speaker and paragraphs about
// other things.
func TestNewspaperNamedParagraphsBefore(t *testing.T) {
	det := mustNew(t)
	in := "The harbour will close for a month, the official Kellan Herald newspaper said on Saturday.\n\nMayor Ana Lind said the repairs were overdue.\n\nThe port handles most of the region's grain.\n\nShipping firms have long asked for a second quay.\n\nThe work will cost about 40 million euros, the newspaper said."
	checkSpeakerName(t, det, in, "The work will cost about 40 million euros", "Kellan Herald")
}

// TestShortOrganisationName: "the Post" after "the Kellan Post" is the
// same organisation, when no other organisation named before ends in the
// same word.
func TestShortOrganisationName(t *testing.T) {
	det := mustNew(t)
	in := "A former minister made a secret trip to the port, the Kellan Post reported on Thursday.\n\nThe trip was meant to stay secret, the Post said."
	checkSpeakerName(t, det, in, "The trip was meant to stay secret", "Kellan Post")
	in = "The Kellan Post and the Harbour Post both ran the story on Thursday.\n\nThe trip was meant to stay secret, the Post said."
	checkSpeakerName(t, det, in, "The trip was meant to stay secret", "Post")
}

// TestCompanyAndStatementNotOverReached: "the company" after a sentence
// whose subject acted on another company as its object is not the subject
// ("Brookline Ratings Corp downgraded Harlow Industries Inc. The company
// said it disagreed"); "the statement" after another statement is not the
// first one's; "the newspaper" after an unnamed newspaper is not the one
// named before it.
func TestCompanyAndStatementNotOverReached(t *testing.T) {
	det := mustNew(t)
	in := "Brookline Ratings Corp downgraded Harlow Industries Inc on Monday.\n\nThe company said it disagreed with the decision."
	checkSpeakerName(t, det, in, "it disagreed with the decision", "Harlow Industries Inc")
	for _, c := range []struct{ in, quote, not string }{
		{"Harlow Industries Inc said in a statement it would cut 500 jobs.\n\nThe union called the cuts reckless.\n\nHours later the union issued a statement of its own.\n\n“We will strike,” the statement said.",
			"“We will strike,”", "Harlow Industries Inc"},
		{"The official Harbor Daily newspaper said trade was strong.\n\nPrices rose.\n\nExports fell.\n\nLater, a Spanish newspaper published photos of the site.\n\nThe newspaper said the photos were taken in May.",
			"the photos were taken in May", "Harbor Daily"},
	} {
		a := det.Detect(c.in)
		runes := []rune(c.in)
		q := quoteWith(a, runes, c.quote)
		if q == nil {
			t.Errorf("%q: quote %q not found:%s", c.in, c.quote, dump(runes, a))
		} else if got := a.SpeakerName(runes, *q); got == c.not {
			t.Errorf("%q: speaker %q", c.in, got)
		}
	}
}

// TestLocalTitlesParticlesAndAuthorities: a warden's or a reeve's title
// before a name splits it from the municipality's and links "the warden"
// to her; a surname opening with an elided particle ("d'Entremont") is the
// person's; "the authority" is the authority named before.
func TestLocalTitlesParticlesAndAuthorities(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Jacques d'Entremont, 67, has fished from the wharf for nearly 50 years.\n\n\"I came down the morning after and I just stood there,\" d'Entremont said.",
			"\"I came down the morning after and I just stood there,\"", "Jacques d'Entremont"},
		{"Municipality of the District of Argyle Warden Danielle Surette said council has written to the minister.\n\nFisherman Tom Roe said the wharf was ruined.\n\nThe warden said the municipality has offered to help.",
			"the municipality has offered to help", "Danielle Surette"},
		{"Jacques d’Entremont has fished from the wharf for 50 years.\n\n\"I just stood there,\" d'Entremont said.",
			"\"I just stood there,\"", "Jacques d’Entremont"},
		{"Montcalm Reeve Denis Robidoux says volunteers have filled more than 60,000 sandbags.\n\n\"We are ready,\" he said.",
			"\"We are ready,\"", "Denis Robidoux"},
		{"Nine rural emergency departments will close, the Saskatchewan Health Authority said Tuesday.\n\nThe authority said the closures will begin June 20.",
			"the closures will begin June 20", "Saskatchewan Health Authority"},
	})
}

// TestPlaceStateBasedModifier: "Troy, Mich.-based Acme" is no name with an
// apposition: the town is not the speaker; an ordinary apposition after a
// name stays one, and a text opening with a comma is read.
func TestPlaceStateBasedModifier(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct{ in, want, by string }{
		{"The company's parent, Troy, Mich.-based Halverson Automotive Group, said the work will move to Tennessee.", "the work will move to Tennessee", "The company's parent"},
		{"“We are back in business,” William Luehrs, president of the Glenview, Ill.-based company's networks division, said.", "“We are back in business,”", "William Luehrs"},
		// Without the abbreviation's period it is a word: "Man Group", "La Presse".
		{"Luke Ellis, Man Group's chief executive, said profits would rise.", "profits would rise", "Luke Ellis"},
		{"Marc Tremblay, La Presse columnist, said the report was late.", "the report was late", "Marc Tremblay"},
		{",Jane Doe, 45, said the plan would work.", "the plan would work", "Jane Doe"},
	} {
		runes := []rune(c.in)
		checkQuoteBy(t, det.Detect(c.in), runes, c.in, c.want, c.by)
	}
}

// TestAuthorityOnlyByName: "the authority" is an organisation whose name
// holds the word, never merely the one named last (here the newspaper that
// obtained a notice).
func TestAuthorityOnlyByName(t *testing.T) {
	det := mustNew(t)
	in := "The CISSS des Laurentides confirmed the closure Monday in a notice sent to local mayors. From June 21, the emergency room will only be open from 8 a.m. to 8 p.m., according to the document, which Le Courrier laurentien obtained.\n\n" +
		"The health authority said in a statement that it had exhausted all options."
	runes := []rune(in)
	a := det.Detect(in)
	q := quoteWith(a, runes, "it had exhausted all options")
	if q == nil {
		t.Fatalf("no quote:%s", dump(runes, a))
	}
	if got := a.SpeakerName(runes, *q); got != "The health authority" && !strings.HasPrefix(got, "CISSS") {
		t.Errorf("speaker %q, want the health authority (the CISSS, or the phrase unresolved), not the newspaper:%s", got, dump(runes, a))
	}
}

// TestCaptionTitleAndAccentedNames: "Mayor Taras Melnyk" opening a caption
// is the person (the tagger had made one organisation of it, so his later
// "Melnyk" and "he" were no one's), and an accented given name tells its
// gender ("Geneviève" is a woman's: "he" is not hers).
func TestCaptionTitleAndAccentedNames(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Mayor Taras Melnyk speaks to reporters after the budget vote. (Jo Pelletier/PBC)\n\n\"We had no choice,\" Melnyk said.",
			"\"We had no choice,\"", "Taras Melnyk"},
		{"Mayor Taras Melnyk speaks to reporters after the budget vote. (Jo Pelletier/PBC)\n\n" +
			"The business group was less enthusiastic. Its president, Geneviève Lacroix, said the increase would hurt owners.\n\n" +
			"The budget also sets aside money for a pilot, according to city documents.\n\n" +
			"Melnyk said he expects council to revisit the fee next year.\n\n\"This wasn't it,\" he said.",
			"\"This wasn't it,\"", "Taras Melnyk"},
		{"Councillor Tom Roe spoke first.\n\nGeneviève Lacroix said the plan was bad. \"It will fail,\" he said.",
			"\"It will fail,\"", "Tom Roe"},
	})
}

// TestAppositiveNameWithAffiliation: a name set off after a description
// with its title or its affiliation ("The president of the union, Denise
// Morrow of the Teachers' Association, said"; "The first witness, Const.
// Shauna Fitzgerald, testified") is the speaker.
func TestAppositiveNameWithAffiliation(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Trustees voted to close the school. The president of the local teachers' union, Denise Morrow of the Nanaimo District Teachers' Association, said the closure was a symptom of a larger problem.",
			"the closure was a symptom of a larger problem", "Denise Morrow"},
		{"The spokesman, Jo Doe from Acme, said the plan failed.", "the plan failed", "Jo Doe"},
		{"Outside court, the defence lawyer, Aidan MacIsaac, told reporters the case was weak.\n\nThe first witness, Const. Shauna Fitzgerald of Halifax Regional Police, testified she was the first officer to arrive at the scene.",
			"she was the first officer to arrive at the scene", "Shauna Fitzgerald"},
		{"The spokesman, Doe of all people, said the plan failed.", "the plan failed", "The spokesman"},
	})
}

// TestSurnameWithElidedParticle: "D'Entremont" opening a sentence is
// Colette d'Entremont, named before with the particle in lower case.
func TestSurnameWithElidedParticle(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Union president Colette d'Entremont said the offer was poor.\n\nD'Entremont said members voted 91 per cent in favour.",
			"members voted 91 per cent in favour", "Colette d'Entremont"},
	})
}

// TestSubjectOverPlaceWithAdjective: the subject before "said" reaches over
// "in northern Saskatchewan" to the person it locates.
func TestSubjectOverPlaceWithAdjective(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Chief Roberta Houle of Sturgeon Narrows First Nation in northern Saskatchewan said her community has 46 families on its waiting list.",
			"her community has 46 families on its waiting list", "Roberta Houle"},
		{"Mayor Jo Doe of Springfield in northern Ohio said the town has no money.", "the town has no money", "Jo Doe"},
	})
}

// TestPoliceForceByInitials: "Police said" after a police force named by
// its initials ("Kamloops RCMP") is that force, unless other police are
// named in between.
func TestPoliceForceByInitials(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Kamloops RCMP said in a news release Thursday that a man was arrested.\n\n\"This arrest is the result of hard work,\" Const. Jeremy Aldous, a spokesperson for Kamloops RCMP, said.\n\nThe cyclist was struck on Saturday. Police said the driver did not stop.",
			"the driver did not stop", "RCMP"},
		// Not over other police named in between.
		{"The OPP said Highway 17 was closed.\n\nAcross the border in Michigan, state police said a second crash killed two people. Police said the driver was speeding.",
			"the driver was speeding", "Police"},
	})
}

// TestAccordingToSourceBeforeRelative: the source after "according to"
// ends before a relative clause with a verb ("a new report that urges …",
// "an official who spoke on condition of anonymity").
func TestAccordingToSourceBeforeRelative(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Nearly six million adults do not have a family doctor, according to a new report that urges Ottawa to attach firmer conditions to the money it sends.",
			"Nearly six million adults do not have a family doctor", "a new report"},
		{"The plan will cost $2 billion a year, according to a campaign official who was not authorized to speak publicly.",
			"The plan will cost $2 billion a year", "a campaign official"},
	})
}

// TestNameModifyingGroupSubject: a participle's subject found as a name
// followed by a group or role noun ("Acme workers and retirees …,
// carrying signs saying") is the group, not the name.
func TestNameModifyingGroupSubject(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Acme workers and retirees had amassed at the center, carrying signs saying, \"Merger today, Chapter 11 tomorrow.\"",
			"\"Merger today, Chapter 11 tomorrow.\"", "Acme workers"},
	})
}

// TestHeadlineTitleAfterContent: a title before "says" ending a
// headline-like line ("…, minister says") and a side of a trial opening
// one ("Crown says …") are the person the article names with the word.
func TestHeadlineTitleAfterContent(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Cities must commit to faster permitting to qualify, minister says\n\nInfrastructure Minister Théo Lanctôt announced the fund on Tuesday.",
			"Cities must commit to faster permitting to qualify", "Théo Lanctôt"},
		{"Crown says accused lay in wait for victim\n\nCrown attorney Priya Raghunathan told the jury the accused waited outside.",
			"accused lay in wait for victim", "Priya Raghunathan"},
	})
}

// TestSubjectOverNestedRelatives: the subject before the verb reaches over
// a relative clause inside another ("Parents who spoke during the question
// period that preceded the vote argued").
func TestSubjectOverNestedRelatives(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Parents who spoke during the question period that preceded the vote argued the board was underestimating the bus ride.",
			"the board was underestimating the bus ride", "Parents"},
		{"Two other commissioners who voted against the motion, Jo Doe and Al Roe, said they shared those concerns.",
			"they shared those concerns", "other commissioners"},
	})
}

// TestOrganisationByTheEndOfItsName: "the First Nation", "the Red Cross"
// after the one organisation named before whose name ends so ("the
// K'atl'odeeche First Nation", "the Canadian Red Cross") is that
// organisation; not one whose name holds the words after "of", "for" or
// "de" ("Edison Research for The Associated Press").
func TestOrganisationByTheEndOfItsName(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"The K'atl'odeeche First Nation posted an update Tuesday. \"Please call the band office if you need help,\" the First Nation wrote.",
			"\"Please call the band office if you need help,\"", "K'atl'odeeche First Nation"},
		{"Volunteers with the Canadian Red Cross set up cots in the arena. The Red Cross said it had registered 612 evacuees.",
			"it had registered 612 evacuees", "Canadian Red Cross"},
		{"Exit polls by Edison Research for The Associated Press were released Tuesday. Clinton now has 723 delegates, according to a count by the Associated Press.",
			"Clinton now has 723 delegates", "Associated Press"},
	})
}

// TestFirstNationAloneIsANominalMention: "the First Nation" after the one
// named before speaks as it and links to it, but is written as a nominal
// mention (no name an entity scorer reads), as is "A First Nation …";
// "Kestrel River First Nation" stays a name.
func TestFirstNationAloneIsANominalMention(t *testing.T) {
	det := mustNew(t)
	in := "The Kestrel River First Nation posted an update Tuesday. The First Nation said it would not sign the deal. Two First Nations, led by the Kestrel River First Nation, filed the appeal."
	runes := []rune(in)
	a := det.Detect(in)
	types := map[string]annot.MentionType{}
	for _, m := range a.Mentions {
		types[string(runes[m.Start:m.End])] = m.Type
	}
	for text, want := range map[string]annot.MentionType{"Kestrel River First Nation": annot.MentionName, "First Nation": annot.MentionNominal, "Two First Nations": annot.MentionNominal} {
		if got, ok := types[text]; !ok || got != want {
			t.Errorf("%q: mention type %q (found %v), want %q:%s", text, got, ok, want, dump(runes, a))
		}
	}
	checkSpeakerNames(t, det, []nameCase{{in, "it would not sign the deal", "Kestrel River First Nation"}})
	for _, in := range []string{"A First Nation in northern Manitoba said it would sue.", "Six First Nations said they would sue.",
		"The Kestrel River Nation posted an update. Chief Jo Roe said the Nation would like long-term water testing."} {
		runes := []rune(in)
		a := det.Detect(in)
		for _, m := range a.Mentions {
			if mt := string(runes[m.Start:m.End]); (strings.Contains(mt, "First Nation") || mt == "Nation") && m.Type != annot.MentionNominal {
				t.Errorf("%q: %q is a %q mention, want nominal:%s", in, string(runes[m.Start:m.End]), m.Type, dump(runes, a))
			}
		}
	}
}

// TestBodyByItsTextOrItsKind: "the agency's forecast" is the agency's, not
// the last speaker's; "the health authority" is the health body named
// before, not the health centre it moved tests to.
func TestBodyByItsTextOrItsKind(t *testing.T) {
	checkSpeakerNames(t, mustNew(t), []nameCase{
		{"Orchard owner Jo Doe said the frost could cost her the crop.\n\nEnvironment Canada issued a frost warning for the valley on Monday. The agency's forecast says the cold will ease by Thursday.",
			"the cold will ease by Thursday", "Environment Canada"},
		{"Clinics are short of staff.\n\nEarlier this month, Northgate Health cut the hours of the clinic and moved some testing to the Birchfall Regional Health Centre in Larkspur.\n\nIn a statement, the health authority said the changes were needed.",
			"the changes were needed", "Northgate Health"},
	})
}

// TestCollegeIsNoCompany: "the company" is not a college or a university
// named since, read with an agency as one name by the entity tagger.
func TestCollegeIsNoCompany(t *testing.T) {
	det := mustNew(t)
	in := "Kestrel Blades Inc., founded in 2009, announced Monday that it would build a second line.\n\nThe work follows an order from Hydro-Québec, which wants new turbines.\n\nSales are up.\n\nHiring starts soon.\n\nTo meet demand, the company is training welders with the Cégep de Rimouski and Services Québec. Welders will earn a wage while they train, the company said."
	runes := []rune(in)
	a, _, q := detectQuote(t, det, in, "Welders will earn a wage while they train")
	if q == nil {
		return
	}
	if m := a.Mention(q.Speaker); m != nil && m.Entity != 0 {
		for _, e := range a.Entities {
			if e.ID == m.Entity && strings.Contains(e.Name, "Cégep") {
				t.Errorf("%q: the company resolved to %q:%s", in, e.Name, dump(runes, a))
			}
		}
	}
}

// TestNamesOpeningWithPlaceWordsAreCompanies: a firm whose name opens
// with "Port" or a street's name is still "the company"; a forecast
// centre is an agency, no place of care.
func TestNamesOpeningWithPlaceWordsAreCompanies(t *testing.T) {
	checkSpeakerNames(t, mustNew(t), []nameCase{
		{"Port Kestrel Seafoods will close its Larkspur plant in June, the company said.", "Port Kestrel Seafoods will close its Larkspur plant in June", "Port Kestrel Seafoods"},
		{"Division Street Brewing will close its Larkspur taproom in June. The company said 12 workers will lose their jobs.", "12 workers will lose their jobs", "Division Street Brewing"},
		{"The Kestrel River Forecast Centre issued a flood warning. The agency said the river will crest Friday.", "the river will crest Friday", "Kestrel River Forecast Centre"},
	})
}

// TestNamedBodysForecastOrResearchersStudy: "Environment Canada's
// forecast says" is the body's, "Doe's study found" the researcher's.
func TestNamedBodysForecastOrResearchersStudy(t *testing.T) {
	checkSpeakerNames(t, mustNew(t), []nameCase{
		{"Orchard owner Jo Doe said the frost could cost her the crop.\n\nEnvironment Canada issued a warning on Monday. Environment Canada's forecast says the cold will ease by Thursday.",
			"the cold will ease by Thursday", "Environment Canada"},
		{"Jo Doe, a biologist, studies the lake.\n\nDoe's study found the lake is warming.", "the lake is warming", "Jo Doe"},
	})
}

// TestSchoolsTestsAndForecastsByTheirOwners: a firm named "College …" is
// still "the company", a French school's accented name is not; a
// person's tests are no study of theirs; "The agency's forecasts" are
// the agency's, in the plural too.
func TestSchoolsTestsAndForecastsByTheirOwners(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"College Pro Painters will hire 40 students in Larkspur this summer. The company said wages will rise.", "wages will rise", "College Pro Painters"},
		{"Orchard owner Jo Doe said the frost could cost her the crop.\n\nEnvironment Canada issued a warning. The agency's forecasts say the cold will ease by Thursday.", "the cold will ease by Thursday", "Environment Canada"},
	})
	for _, c := range []struct{ in, want, not string }{
		{"Police are looking into the fire.\n\nDoe's tests found that the alarm failed.", "the alarm failed", "Doe"},
		{"Collège Boréal will train 40 workers in Larkspur. Trainees will be paid, the company said.", "Trainees will be paid", "Collège"},
	} {
		a, runes, q := detectQuote(t, det, c.in, c.want)
		if q == nil {
			continue
		}
		if m := a.Mention(q.Speaker); m != nil && m.Entity != 0 {
			for _, e := range a.Entities {
				if e.ID == m.Entity && strings.Contains(e.Name, c.not) {
					t.Errorf("%q: speaker resolved to %q:%s", c.in, e.Name, dump(runes, a))
				}
			}
		}
	}
}

// TestAgencyIsNoAirline: "the agency" is not an airline named since.
func TestAgencyIsNoAirline(t *testing.T) {
	checkSpeakerNames(t, mustNew(t), []nameCase{
		{"The Canadian Transportation Agency released its report on Tuesday. Borealis Air did not respond to a request for comment. The agency said it expects fewer disputes.",
			"it expects fewer disputes", "Canadian Transportation Agency"},
	})
}
