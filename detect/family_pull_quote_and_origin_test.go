package detect

import (
	"strings"
	"testing"

	"github.com/quotebench/quotebench/annot"
)

// Invented sentences in the manner of features: a kinship description set
// off before the name, a pull quote repeating a later quote, a player
// described by where she comes from, a participle clause after a fronted
// question.

// TestKinshipBeforeNameIsTheSubject: "Jo Doe's husband, Sam Doe, … and
// says" is Sam Doe's, not his wife's; "Her husband … and says" likewise.
func TestKinshipBeforeNameIsTheSubject(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Bernadette Pyne lives here. Bernadette’s husband, Gerald Pyne, spent 31 years working on the ferries out of Port aux Basques and says he has seen the strait at its worst.",
			"he has seen the strait at its worst", "Gerald Pyne"},
		{"Bernadette Pyne lives here. Her husband, Gerald Pyne, spent 31 years working on the ferries out of Port aux Basques and says he has seen the strait at its worst.",
			"he has seen the strait at its worst", "Gerald Pyne"},
	})
}

// TestPullQuoteTakesTheLaterSpeaker: a paragraph that is only a quotation,
// with no attribution, whose words a later paragraph's quote holds is a
// pull quote of that quote and has its speaker, not the last speaker.
func TestPullQuoteTakesTheLaterSpeaker(t *testing.T) {
	det := mustNew(t)
	text := "“We were told six weeks,” Bernadette Pyne said.\n\n‘That’s not recovery. That’s waiting.’\n\nMayor Colleen Murra says 22 households are still out of their homes.\n\n“That’s not recovery,” Murra said. “That’s waiting. And people are tired.”"
	checkSpeakerName(t, det, text, "‘That’s not recovery. That’s waiting.’", "Colleen Murra")
	// A quotation of its own, which no later quote holds, goes on with the
	// last speaker.
	text = "“We were told six weeks,” Bernadette Pyne said.\n\n“Nobody called us back.”\n\nMayor Colleen Murra says 22 households are still out of their homes.\n\n“That’s not recovery,” Murra said."
	checkSpeakerName(t, det, text, "“Nobody called us back.”", "Bernadette Pyne")
	// Words the last speaker said before, repeated on their own, stay
	// theirs, though someone quotes them later; a short chant is no pull
	// quote.
	text = "Mayor Jo Dunne spoke to reporters. “We will not close the rink,” she said.\n\n“We will not close the rink.”\n\nCouncillor Sam Roe scoffed. “When the mayor says ‘we will not close the rink,’ I don’t believe her,” Roe said."
	checkSpeakerName(t, det, text, "“We will not close the rink.”", "Jo Dunne")
	text = "Protesters gathered outside the school, chanting.\n\n“Save our school!”\n\n“Save our school is what this is about,” parent Mia Chen said."
	chant := det.Detect(text)
	for _, q := range chant.Quotes {
		if s := string([]rune(text)[q.Parts[0].Start:q.Parts[0].End]); s == "“Save our school!”" && chant.SpeakerName([]rune(text), q) == "Mia Chen" {
			t.Errorf("%q: the chant went to Mia Chen", text)
		}
	}
	// The pull quote's speaker link is as sure as the later quote's.
	text = "‘That’s not recovery. That’s waiting.’\n\nMayor Colleen Murra says 22 households are still out.\n\n“That’s not recovery,” Murra said. “That’s waiting.”"
	a := det.Detect(text)
	runes := []rune(text)
	var pull, later float64
	for _, q := range a.Quotes {
		switch s := string(runes[q.Parts[0].Start:q.Parts[0].End]); {
		case strings.HasPrefix(s, "‘"):
			pull = q.SpeakerConfidence
		case strings.HasPrefix(s, "“That’s not"):
			later = q.SpeakerConfidence
		}
	}
	if pull == 0 || pull != later {
		t.Errorf("pull quote's speaker confidence %.2f, want the later quote's %.2f", pull, later)
	}
}

// TestDescriptionFromAPlace: "the third-year forward from Yorkton" is a
// player, not the town, and no one named before her ("the nurse from
// Moncton" is not the premier who toured the hospital).
func TestDescriptionFromAPlace(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Coach Dave Lowry praised his team. “I just heard the crowd,” the third-year forward from Yorkton said after scoring 4:12 into overtime.",
			"“I just heard the crowd,”", "the third-year forward from Yorkton"},
		{"Premier Jo Dunne toured the hospital. “It was chaos,” the nurse from Moncton said.",
			"“It was chaos,”", "the nurse from Moncton"},
	})
}

// TestParticipleAfterFrontedQuestion: "Asked about X, spokesperson Jo Doe
// declined to comment, saying …" is Jo Doe's, not X's: the tagger reads
// "Asked" as a past tense.
func TestParticipleAfterFrontedQuestion(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Asked about Texas, spokesperson Karim Benali declined to comment, saying only that the company would share details.",
			"the company would share details", "Karim Benali"},
		{"Asked whether the work would move to Texas, spokesperson Karim Benali declined to comment, saying only that the company would “share more details with employees first.”",
			"the company would “share more details with employees first.”", "Karim Benali"},
	})
}

// TestPlayerDescribedByTeamAndPosition: "the Stags goalie said" is the
// goalie the article titled so, not the team; "the Rebels forward" is a
// player left unnamed rather than the team; "the research centre" is no
// player (a centre).
func TestPlayerDescribedByTeamAndPosition(t *testing.T) {
	det := mustNew(t)
	text := "Wranglers captain Dawson Pelletier snapped a shot over the glove of Stags goalie Eli Sandhu.\n\nSandhu made 27 saves.\n\n“I knew I had to be the guy tonight,” the Stags goalie said."
	checkSpeakerName(t, det, text, "“I knew I had to be the guy tonight,”", "Eli Sandhu")
	text = "Tyson Cardinal scored twice for the Rebels.\n\nCardinal said the loss stung.\n\n“It’s tough,” the Rebels forward said."
	checkSpeakerName(t, det, text, "“It’s tough,”", "the Rebels forward")
	noSpeakerNamed(t, det, "Dr. Nathaniel Brisebois led the study at the Northern Health Research Centre.\n\nThe research centre said it plans a follow-up study.", "Nathaniel Brisebois")
}

// TestHeadlineQuoteRepeatedLater: a quotation opening a headline before a
// colon is a pull quote too, and a repeat may write a contraction in full
// or the speaker's "I" as "we": the later quote's speaker says it.
func TestHeadlineQuoteRepeatedLater(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"'You pack what you can carry': Kelowna-area evacuees wait out Bear Creek wildfire\n\nKELOWNA — Hundreds of people waited on Saturday.\n\n\"You pack what you can carry and you don't look back at the rest,\" said Gurpreet Sandhu, 52.",
			"'You pack what you can carry'", "Gurpreet Sandhu"},
		{"“We were told six weeks,” Rajan Thakkar said.\n\n'Who's going to teach in them?'\n\nParent Yasmin Delorey was blunt.\n\n\"Portables are the easy part,\" Delorey said. \"Who is going to teach in them?\"",
			"'Who's going to teach in them?'", "Yasmin Delorey"},
		{"‘We just keep the coffee going’: volunteers settle in for a long evacuation\n\nThe hall opened on Friday.\n\n“People ask me what I do here, and honestly, I just keep the coffee going,” said Dolores Ramsay.",
			"‘We just keep the coffee going’", "Dolores Ramsay"},
		// The deck on the next line of a pasted page carries on the
		// headline's sentence; the headline is still its own line.
		{"Advertisement\nNEWS\n'The water came up in an hour': Residents of low-lying streets pump out basements\nCity opens a second sandbag depot in the north end as the river keeps rising toward the record set in 1997\n\nCity crews worked overnight.\n\n\"The water came up in an hour. We had no time,\" said Teodora Vasquez.",
			"'The water came up in an hour'", "Teodora Vasquez"},
		// A headline's "X say Y" after the colon has its own content.
		{"'Our shelves are bare by March': Food bank volunteers say donations are down\n\nThe food bank opened in 2009.\n\n\"By Christmas we're low, and our shelves are bare by March,\" said Mirela Kovacs, who runs the pantry.",
			"'Our shelves are bare by March'", "Mirela Kovacs"},
		// "‘…,’ says elder as …": the body names the elder.
		{"'We took what fit in the truck,' says farmer as hundreds leave valley\n\nThe order came at noon.\n\n\"We took what fit in the truck,\" Anwar Haddad said from the arena.",
			"'We took what fit in the truck,'", "Anwar Haddad"},
	})
}

// TestHeadlineQuoteOverItsShareLine: a share line that repeats the
// headline word for word, after a photo credit, is no source of the
// headline's quotation: the story's speaker is.
func TestHeadlineQuoteOverItsShareLine(t *testing.T) {
	det := mustNew(t)
	in := "Health\n‘The water came up in an hour’: Residents pump out basements\nCity opens a sandbag depot as the river keeps rising\nPublished Mar 04, 2026\nResidents bail out a basement on Tuesday evening. Photo by Ana Ruiz /The Herald\nShare this Story : ‘The water came up in an hour’: Residents pump out basements\nCopy Link\n\nCity crews worked overnight.\n\n“The water came up in an hour. We had no time,” Teodora Vasquez said."
	a := det.Detect(in)
	runes := []rune(in)
	for _, q := range a.Quotes {
		if string(runes[q.Parts[0].Start:q.Parts[0].End]) == "‘The water came up in an hour’" {
			if got := a.SpeakerName(runes, q); got != "Teodora Vasquez" {
				t.Errorf("headline's speaker %q, want Teodora Vasquez", got)
			}
			return // the headline's, the first
		}
	}
	t.Errorf("headline quote not found")
}

// TestCrossheadQuoteSpeaksForItsSection: a crosshead in single marks that
// no later quote repeats is the first speaker of the section under it, not
// the last speaker before it nor a name in an advertisement.
func TestCrossheadQuoteSpeaksForItsSection(t *testing.T) {
	det := mustNew(t)
	in := "Noor Siddiqui, a fire information officer, said the fire ran hard Tuesday night.\n\n\"Our crews are working the flanks,\" Siddiqui said.\n\nAdvertisement\n\nKamloops Honda — 0% financing on select 2026 models.\n\n'Nobody knocked on our door'\n\nChief Roberta Antoine said her community wasn't told directly that the order had been expanded.\n\n\"We found out from a Facebook post,\" she said."
	checkSpeakerName(t, det, in, "'Nobody knocked on our door'", "Roberta Antoine")
	// (a quote in double marks standing alone goes on with the last speaker)
	in = "Noor Siddiqui said the fire ran hard.\n\n\"Our crews are working the flanks.\"\n\nChief Roberta Antoine said her community wasn't told."
	checkSpeakerName(t, det, in, "\"Our crews are working the flanks.\"", "Noor Siddiqui")
	// (not a document the section cites first; one quoted in their own words first)
	checkSpeakerName(t, det, "The mine closed in March.\n\n'We gave that company thirty years of our lives'\n\nCourt documents show the company owed workers $4 million in severance.\n\nFormer miner Ed Rusu said he is still waiting.",
		"'We gave that company thirty years of our lives'", "Ed Rusu")
	checkSpeakerName(t, det, "The school board will close three rural schools in June.\n\n'This rips the heart out of our towns'\n\nThe board's own report says enrolment has fallen by half since 2010.\n\nTrustee Amanda Cole said the decision \"came too fast.\"",
		"'This rips the heart out of our towns'", "Amanda Cole")
	// a body's report is no one's own words; a text quoting in single marks
	// has no crosshead: a line in them goes on with the last speaker
	checkSpeakerName(t, det, "The river rose overnight.\n\n'Nobody knocked on our door'\n\nPolice said officers had gone door to door on every street.\n\nBut Maria Lopez, 71, said she woke to water in her bedroom. \"I had no warning,\" she said.",
		"'Nobody knocked on our door'", "Maria Lopez")
	checkSpeakerName(t, det, "Jo Doe, 54, said the council had ignored residents for years. 'We wrote to them three times,' she said.\n\n'Nobody came to see us'\n\nCouncillor Al Roe said: 'We did our best.'",
		"'Nobody came to see us'", "Jo Doe")
}

// TestShortCrossheadAndCrossheadLine: a crosshead of three or four words
// in single marks is a quote too, whose speaker is the one whose later
// quote holds its words ("'I'd strike too'" over a section where another
// speaker is quoted first), else the section's first speaker; and a
// crosshead on a line of its own, the paragraph going on under it, is no
// related story's headline after a "RELATED:" line. A title ("'Anne of
// Green Gables'"), a short line over a section that quotes no one and a
// headline on the line after "RELATED:" alone are no quotes.
func TestShortCrossheadAndCrossheadLine(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Service stopped at midnight.\n\n'I'd strike too'\n\nAt the terminal, Ana Ruiz said she had not heard about the strike. \"Now I'll take a cab,\" she said.\n\nHer cousin, Mei Ruiz, was less even-handed.\n\n\"The drivers deserve normal hours,\" she said. \"Honestly? I'd strike too.\"",
			"'I'd strike too'", "Mei Ruiz"},
		{"The sentencing ended Friday.\n\n‘We had to choose’\n\nAt a hearing in January, several victims read statements.\n\nWalter Novak, 79, told the court he and his wife gave the man $14,800.\n\n“We had to choose between fixing the roof and fixing my wife’s teeth,” he said.",
			"‘We had to choose’", "Walter Novak"},
		{"\"They need a bed,\" Priya Rao said.\n\nRELATED: City council to ask province for update\n\n'She was in that chair for 19 hours'\nLorraine Bell, 71, went to the emergency department in January with chest pain.\n\nHer daughter, Michelle Bell, said her mother waited in a chair.\n\n\"She was in that chair for 19 hours, all told, before anybody could find her a bed,\" Michelle Bell said.",
			"'She was in that chair for 19 hours'", "Michelle Bell"},
	})
	// a title in capitalised words, a short line no quotation under it
	// holds, and a headline after a "RELATED:" line alone are no quotes
	for _, in := range []string{
		"Summerside is celebrating its theatre.\n\nDirector Kim Gallant said tickets sold out in hours.\n\n'Anne of Green Gables'\n\nThe musical has run every summer since 1965. \"It never gets old,\" Gallant said.",
		"Voters in Kenora head to the polls Monday.\n\nCandidate Bill Rourke said housing was the top issue.\n\n'Not in my backyard'\n\nSeveral residents opposed a shelter proposed for the downtown core.",
		"The rink opened Monday.\n\nRELATED:\n'It came over the ridge'\n\nAna Lind said the fire was close. \"It came over the ridge in minutes,\" she said.",
	} {
		runes := []rune(in)
		a := det.Detect(in)
		for _, q := range a.Quotes {
			if text := annot.SpanText(runes, q.Parts[0]); strings.HasPrefix(text, "'") {
				t.Errorf("%q: a quote %q:%s", in, text, dump(runes, a))
			}
		}
	}
}

// TestChildNamedByFamilyName: "his daughter" is the one woman of his
// family name named before, or speaking in the next paragraph ("…,
// according to his daughter. ¶ “…,” Isabelle Simard said"); two
// daughters named, or a woman of the family name given another kinship,
// a title or no relation, leave it the description.
func TestChildNamedByFamilyName(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Gérard Simard spent his 78th birthday on a stretcher.\n\nBy the time he was moved to a room, he had been in the ER for 31 hours, according to his daughter.\n\n“They were kind to him,” Isabelle Simard said.",
			"By the time he was moved to a room, he had been in the ER for 31 hours", "Isabelle Simard"},
		{"Gérard Simard spent his 78th birthday on a stretcher. Isabelle Simard and Marie Simard visited him.\n\nBy the time he was moved to a room, he had been in the ER for 31 hours, according to his daughter.",
			"By the time he was moved to a room, he had been in the ER for 31 hours", "his daughter"},
		// not a woman of the family given another kinship, a title, or no relation
		{"Dennis Arsenault was released from hospital on Monday, according to his daughter.\n\nHis wife, Lucille Arsenault, said the family was relieved.",
			"Dennis Arsenault was released from hospital on Monday", "his daughter"},
		{"Leonard Vokey, 70, has been waiting two years for cataract surgery, according to his daughter.\n\nHealth Minister Paula Vokey said the province is hiring more surgeons.",
			"Leonard Vokey, 70, has been waiting two years for cataract surgery", "his daughter"},
		{"Raymond Hill is recovering in hospital after heart surgery, according to his daughter.\n\nSarah Hill, who is not related to him, said she wished him a quick recovery.",
			"Raymond Hill is recovering in hospital after heart surgery", "his daughter"},
	})
}
