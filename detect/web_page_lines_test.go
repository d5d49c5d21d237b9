package detect

import (
	"strings"
	"testing"

	"github.com/quotebench/quotebench/annot"
)

// TestLinkLinesHoldNoQuotes: a line linking to another story or a video
// ("READ MORE: …", "WATCH | …:", "Click to play video: '…'") and a byline's
// field ("Posted: Dec 04") report no one in this article; the article's own
// lines around them keep their quotes and speakers.
func TestLinkLinesHoldNoQuotes(t *testing.T) {
	det := mustNew(t)
	for _, scope := range []Scope{ScopeSpeech, ScopeAll} {
		d := det
		if scope == ScopeAll {
			var err error
			if d, err = NewWith(Options{Scope: ScopeAll}); err != nil {
				t.Fatal(err)
			}
		}
		in := "Ontario to cap rent increases, minister says\n\n" +
			"Jane Doucet · CBC News · Posted: Dec 04, 2026 4:00 AM EST | Last Updated: 2 hours ago\n\n" +
			"TORONTO — Ontario will cap rent increases at 2.5 per cent, Housing Minister Paul Calandra said Thursday.\n\n" +
			"READ MORE: Ford says Ontario will sue Ottawa over housing funding\n\n" +
			"Click to play video: 'Renters say they are being squeezed out'\n\n" +
			"WATCH | Calandra says the province will not back down:\n\n" +
			"LISTEN | Why economists say rent caps slow construction:\n\n" +
			"“We know families are struggling,” Calandra told reporters.\n\n" +
			"Related: Landlords warn cap will slow construction\n\n" +
			"Tenant advocates said the cap does not go far enough."
		runes := []rune(in)
		a := d.Detect(in)
		want := map[string]string{
			"Ontario to cap rent increases":                   "Paul Calandra", // the minister named below
			"Ontario will cap rent increases at 2.5 per cent": "Paul Calandra",
			"“We know families are struggling,”":              "Paul Calandra",
			"the cap does not go far enough":                  "Tenant advocates",
		}
		got := map[string]string{}
		for _, q := range a.Quotes {
			got[annot.SpanText(runes, q.Parts[0])] = a.SpeakerName(runes, q)
		}
		for quote, name := range want {
			if got[quote] != name {
				t.Errorf("scope %v: quote %q: speaker %q, want %q; got%s", scope, quote, got[quote], name, dump(runes, a))
			}
		}
		if len(got) != len(want) {
			t.Errorf("scope %v: %d quotes, want %d (none in link lines or the byline):%s", scope, len(got), len(want), dump(runes, a))
		}
	}
}

// TestLinkLabelsOnlyOpenALine: the same words inside the article's text, or
// opening its first line (its headline), do not make a link; "posted:" in
// lower case is a verb of speech.
func TestLinkLabelsOnlyOpenALine(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"WATCH: Senator Jo Brel says the bill will pass\n\nThe vote is on Monday.", "the bill will pass", "Jo Brel"},
		{"The vote is on Monday.\n\nMore than 40 members said the bill would pass.", "the bill would pass", "40 members"},
		{"Another user, Tom Roe, posted: “The minister should resign.”", "“The minister should resign.”", "Tom Roe"},
	})
}

// TestListsOfLinksHoldNoQuotes: a list of headlines under a heading
// ("Trending Now", "RELATED STORIES") links to other stories, and a
// correction's note speaks of the story itself; the list ends at the first
// line that ends as a sentence does, and the article's quotes around them
// stay.
func TestListsOfLinksHoldNoQuotes(t *testing.T) {
	det := mustNew(t)
	in := "Mayor says city will review tree-trimming program\n\n" +
		"Mayor Catherine Lowry said the city would review its tree-trimming program.\n\n" +
		"Trending Now\n\n" +
		"Union says Canada Post strike could come next week\n\n" +
		"Premier says he has 'full confidence' in public works minister\n\n" +
		"“We will fix it,” Lowry said.\n\n" +
		"RELATED STORIES\n\n" +
		"Labour minister urges union to 'stay at the table'\n\n" +
		"Hydro Ottawa says full restoration could take days\n\n" +
		"Correction: An earlier version of this story said the city had 300 crews. The city said it has 200."
	checkQuoteTexts(t, det, in, []string{"city will review tree-trimming program", "the city would review its tree-trimming program", "“We will fix it,”"})
}

// TestVideoBlocksHoldNoQuotes: a video's block ("WATCH | …:", its title, its
// length "Duration 6:12" and the line that describes it) is not the
// article's text; the article's next paragraph is.
func TestVideoBlocksHoldNoQuotes(t *testing.T) {
	det := mustNew(t)
	in := "Province reviews school meal funding\n\n" +
		"Education Minister Nellie Gaudry said the province would review the funding.\n\n" +
		"WATCH | Manitoba's education minister says province is reviewing school meal funding:\n\n" +
		"Province 'not going to let kids go hungry,' education minister says\n\n" +
		"Duration 6:12\n\n" +
		"Families say the free lunch program has made a real difference. Now the division says it may cut it.\n\n" +
		"The food network said it could help for a few weeks."
	checkQuoteTexts(t, det, in, []string{"the province would review the funding", "it could help for a few weeks"})
}

// TestListOnSingleLines: a pasted list whose headlines are broken by single
// line breaks, numbered or not, is a list of links too.
func TestListOnSingleLines(t *testing.T) {
	det := mustNew(t)
	in := "Council passes budget\n\n" +
		"The mayor said the budget was fair.\n\n" +
		"Trending Now\n\n" +
		"1. Alberta government says it will appeal court ruling\n" +
		"2. 'We just want answers': Family says hospital delayed care before mother's death\n" +
		"3. Province says new hospital on track for 2030 groundbreaking\n" +
		"4. Snowfall warning issued for Calgary and foothills, Environment Canada says\n\n" +
		"Latest Local News\n" +
		"OPP say driver charged after rollover on Highway 17\n" +
		"City says water main repairs to wrap up Friday\n\n" +
		"Also read\n\n" +
		"Union says strike could come next week"
	checkQuoteTexts(t, det, in, []string{"the budget was fair"})
}

// TestLinkRulesKeepArticleText: what the link rules must not take: a line
// ending in a colon after a link line introduces the article's quote; a
// sentence ending in an abbreviation's period ends a list; a line of
// hard-wrapped prose holding a list word is no heading; "The latest:" opens
// the article's own summary.
func TestLinkRulesKeepArticleText(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Minister keeps plan\n\nREAD MORE: Ford says Ontario will sue\n\nIn a statement, Minister Jo Brel said:\n\n“We will not back down.”",
			"“We will not back down.”", "Jo Brel"},
	})
	checkQuoteTexts(t, det, "Council meets\n\nTrending Now\n\nUnion says strike could come\n\nThe mayor said the meeting would start at 7 p.m.",
		[]string{"the meeting would start at 7 p.m."})
	checkQuoteTexts(t, det, "Council meets\n\nCouncil met on Monday to discuss the\nbudget. Many residents want more\nparks, and the mayor said\nthe city would build three of them\nnext year.",
		[]string{"the city would build three of them\nnext year"})
	checkQuoteTexts(t, det, "Flood update\n\nThe latest:\n\nPolice say the highway is closed\n\nThe water is rising.",
		[]string{"the highway is closed"})
	// "Top Stories" inside a site's menu of sections heads no list: the
	// headline and the sub-headline after the menu are the article's.
	checkQuoteTexts(t, det, "Skip to Main Content\nNews\nMenu\nSearch\nSign In\nNews\nTop Stories\nLocal\nCanada\nPolitics\nBusiness\nHealth\nManitoba\n\n"+
		"Winnipeg council approves property tax hike after late-night debate\n\n"+
		"Mayor says increase needed to protect bus routes\n\n"+
		"Council voted 9-7 on Wednesday.",
		[]string{"increase needed to protect bus routes"})
	// A heading right after the article's last sentence, on the next line.
	checkQuoteTexts(t, det, "Council meets on budget\n\nThe mayor said the meeting would start at 7 p.m.\nTrending Now\nPremier says \"we will cut the gas tax\"\nUnion says strike could come",
		[]string{"the meeting would start at 7 p.m."})
}

// TestListHeadingAfterPageFurniture: "Trending", "Most read this week",
// "Up next" or "More Local News" heads a list of links after a line that
// ends no sentence ("Advertisement", a share button's line) when a
// headline follows it;
// "Popular" as a word of a site's menu, before the next menu word, does
// not, and the article's headline after the menu stays.
func TestListHeadingAfterPageFurniture(t *testing.T) {
	det := mustNew(t)
	in := "Port strike enters third week\n\n" +
		"The union said no new talks were scheduled.\n" +
		"Advertisement\n" +
		"Share this article in your social network\n" +
		"Trending\n" +
		"Rothesay man charged after police chase ends on Route 1\n" +
		"'We were told to wait': Family says ER wait ended in tragedy\n" +
		"Sea Dogs edge Mooseheads 4-3 in shootout\n" +
		"Most read this week\n" +
		"'The ice is not safe': Hunters warn of thin ice near Whale Cove\n" +
		"Up next\n" +
		"'This is not a drill': EMO urges residents along the river to prepare for flooding\n" +
		"Sign up to receive daily headline news"
	checkQuoteTexts(t, det, in, []string{"no new talks were scheduled"})
	checkQuoteTexts(t, det, "Fort Vale ER closes overnight\n\n"+
		"Residents with non-urgent concerns can call 811, the health authority said.\n"+
		"Advertisement\n"+
		"More Local News\n"+
		"Man charged after stolen truck crashes into gas station\n"+
		"'It's been a tough winter': Food bank shelves running low, organizers say\n"+
		"City approves 2026 budget with 3.9 per cent tax increase\n"+
		"Most Read",
		[]string{"Residents with non-urgent concerns can call 811"})
	checkQuoteTexts(t, det, "Menu\nNews\nPopular\nLocal\nCanada\nAdvertisement\n\n"+
		"Mayor says increase needed to protect bus routes\n\n"+
		"Council voted 9-7 on Wednesday.",
		[]string{"increase needed to protect bus routes"})
}

// TestMenuLinesNameNoOrganisation: the words of a site's menu ("News",
// "Obituaries") and breadcrumb ("News / Local News / Business") are no
// organisations, so a deck's "Union says …" finds the union the story
// names, not a menu item; a line of capitals ("CDU / CSU SPD FDP") is no
// menu.
func TestMenuLinesNameNoOrganisation(t *testing.T) {
	det := mustNew(t)
	in := "The Prairie Sentinel\nSubscribe\nSign In\nNews\nLocal News\nObituaries\nPuzzles\n\nNews / Local News / Business\n\n" +
		"Potash strike enters third week as Kestrel seeks court limits on pickets\n\n" +
		"Union says workers at Quill Lake mine will stay out 'as long as it takes'\n\n" +
		"SASKATOON — About 600 members of Unifor Local 1219 walked off the job at Kestrel Potash Corp.'s mine."
	a := det.Detect(in)
	runes := []rune(in)
	for _, m := range a.Mentions {
		if txt := annot.SpanText(runes, m.Span); txt == "News" || txt == "Obituaries" || strings.HasPrefix(txt, "News /") {
			t.Errorf("menu word %q tagged %s", txt, m.Label)
		}
	}
	checkSpeakerName(t, det, in, "workers at Quill Lake mine will stay out 'as long as it takes'", "Unifor Local 1219")
	in = "For more information, contact:\nMedia Relations\nNova Scotia Power\nAtlantic Lottery Corporation\n\nThe utility said rates would rise."
	orgs := 0
	for _, m := range det.Detect(in).Mentions {
		if m.Label == annot.LabelOrg {
			orgs++
		}
	}
	if orgs < 2 {
		t.Errorf("%q: a contact block's organisations were dropped as a menu (%d left)", in, orgs)
	}
	in = "RESULTS OF THE OCTOBER 16 , 1994 GENERAL ELECTION :\nCDU / CSU SPD FDP Greens PDS\n41.5 36.4 6.9 7.3 4.4"
	found := false
	for _, m := range det.Detect(in).Mentions {
		found = found || m.Label == annot.LabelOrg
	}
	if !found {
		t.Errorf("%q: the parties of a table in capitals lost their organisation tags", in)
	}
}

// TestSectionHeadingIsNoSubject: a section's heading on a line of its own
// after a page's word ("Advertisement") is no part of the next sentence:
// the body named there speaks, not the heading's first word.
func TestSectionHeadingIsNoSubject(t *testing.T) {
	det := mustNew(t)
	in := "The strike went on.\nAdvertisement\nDirectors caught in the middle\nThe Association des CPE du Grand Montréal, which represents the boards, said in a news release that its members share the concerns, but noted that CPE salaries are set by the province."
	checkSpeakerName(t, det, in, "CPE salaries are set by the province", "Association des CPE du Grand Montréal")
}

// TestRecentPostsAndShareLinesHoldNoQuotes: a "Recent Posts" list of other
// stories' headlines is no part of the article, and a share button's
// line ("Share this Story : ‘…’: headline") does not make "this Story" a
// speaker.
func TestRecentPostsAndShareLinesHoldNoQuotes(t *testing.T) {
	det := mustNew(t)
	in := "Summer tourism bookings up on the Bonavista Peninsula\n\n" +
		"Operators on the Bonavista Peninsula said bookings were up 20 per cent.\n\n" +
		"Post Comment\n\n" +
		"Recent Posts\n" +
		"Third weekend closure in a month has Bonavista residents demanding answers on ER\n" +
		"'This is a good problem to have': Summer tourism bookings up, say Trinity operators\n" +
		"Bonavista Collegiate curlers bring home provincial bronze"
	checkQuoteTexts(t, det, in, []string{"bookings were up 20 per cent"})
	share := "Share this Story : 'It came over the ridge in 20 minutes': Hundreds flee as Cherry Creek wildfire nearly triples in size"
	noSpeakerNamed(t, det, share, "this Story")
}

// TestMenuInCapitalsNamesNoOrganisation: a site's menu with one section
// per line in capitals ("NEWS", "SPORTS", "OBITUARIES") names no
// organisation, so a deck's "Union says …" is no quote of "NEWS".
func TestMenuInCapitalsNamesNoOrganisation(t *testing.T) {
	det := mustNew(t)
	in := "Subscribe now\nSign in\nThe Coastal Chronicle\nNEWS\nLOCAL\nBUSINESS\nSPORTS\nOPINION\nLIFE\nOBITUARIES\nE-EDITION\nSearch\n\nAdvertisement\nStory continues below\nThis advertisement has not loaded yet, but your article continues below.\n\nNews / Local News / Nova Scotia\nCare workers walk off the job at Dartmouth nursing home as talks collapse\nUnion says wages at privately run Bayview Shores lag public facilities by up to $3.40 an hour; operator says residents will be safe\nMichael Chisholm\nPublished Mar 03, 2026 \u2022 Last updated Mar 03, 2026 \u2022 4 minute read\nJoin the conversation\n"
	noSpeakerNamed(t, det, in, "NEWS")
}

// TestSiteAddressingItsReaders: a page's own voice addressing its readers
// ("We ask you to keep your comments relevant and respectful") is no one's
// reported speech; a "we" in a quotation still is someone's.
func TestSiteAddressingItsReaders(t *testing.T) {
	det := mustNew(t)
	for _, in := range []string{
		"Join the Conversation\nWe encourage all readers to share their views on our articles. We ask you to keep your comments relevant and respectful.",
	} {
		if a := det.Detect(in); len(a.Quotes) > 0 {
			t.Errorf("%q: the site's own words suggested:%s", in, dump([]rune(in), a))
		}
	}
	checkSpeakerNames(t, det, []nameCase{
		{"\"We ask you to stay home,\" said Fire Chief Ana Ruiz.", "\"We ask you to stay home,\"", "Ana Ruiz"},
	})
}

// TestShareLineIsNoQuote: a share widget's line repeating the headline
// ("Share this Story : ‘…’: …") is page furniture, not a second quote of
// the headline's words; the headline's quote stays (invented page).
func TestShareLineIsNoQuote(t *testing.T) {
	det := mustNew(t)
	in := "Health\n‘People are going to die in the parking lot’: Rural ER to close overnight\nAuthor of the article: Jo Arsenault\nPublished Mar 04, 2026\nResidents gather outside the health centre on Tuesday. Photo by Rita Obi /The Herald\nShare this Story : ‘People are going to die in the parking lot’: Rural ER to close overnight\nCopy Link\nEmail\n\nThe emergency department will close every night from April 1.\n\n“People are going to die in the parking lot,” said Dr. Hoa Tran, a family physician."
	runes := []rune(in)
	a := det.Detect(in)
	n := 0
	for _, q := range a.Quotes {
		if strings.HasPrefix(annot.SpanText(runes, q.Parts[0]), "‘People are going") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d quotes of the headline's words in marks, want 1 (not the share line's):%s", n, dump(runes, a))
	}
}

// TestTrendingHeadlineWithProvinceAbbreviation: a list's headline ending
// with a province's abbreviation ("… crossed Highway 3 in B.C.") reads as
// a headline, not as a sentence ending the list: the list's heading holds,
// and none of its headlines report (invented page).
func TestTrendingHeadlineWithProvinceAbbreviation(t *testing.T) {
	det := mustNew(t)
	in := "\"Right now the only honest answer is: when the fire lets us,\" the mayor said.\nAdvertisement\nTrending Now\n'Just keep driving': Drivers describe escape as flames crossed Highway 3 in B.C.\nCanada Post strike vote set for next week, union says\nBlue Jays rally in ninth to beat Yankees 6-5\nFederal government announces new rules for student work permits"
	runes := []rune(in)
	a := det.Detect(in)
	if len(a.Quotes) != 1 {
		t.Errorf("want only the mayor's quote:%s", dump(runes, a))
	}
}
