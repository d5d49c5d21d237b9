package detect

import (
	"testing"

	"github.com/quotebench/quotebench/annot"
)

// TestSignsReadTheirWords: the words of a sign, a banner or a shirt are the
// sign's ("The sign read “…”", "It read: “…”" after the sign), not those
// of a person named near it who does not hold or wear it; the sign is named by its head, not by a place
// in a phrase after it.
func TestSignsReadTheirWords(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Marta Lee opened the centre on Sunday. The sign taped to the glass doors was written in black marker. It read: \"Coffee's on. Dogs welcome.\"",
			"\"Coffee's on. Dogs welcome.\"", "The sign"},
		{"Lorna Friesen walked the picket line. \"We are not the problem,\" she said.\n\nThe signs read \"Built in Swift Current. Keep it that way.\"",
			"\"Built in Swift Current. Keep it that way.\"", "The signs"},
		{"Volunteers cooked all night, said Anneliese Vogt. The hand-lettered sign taped to the front door read \"Firefighters eat free. So does everyone else.\"",
			"\"Firefighters eat free. So does everyone else.\"", "The hand-lettered sign"},
		{"Rhoda Ford spoke first. A banner hung over the home bench read “Skate hard, pass the puck.”",
			"“Skate hard, pass the puck.”", "A banner"},
		{"A handwritten sign on the door of one Charlottetown walk-in clinic on Tuesday read \"Full for today — please try again tomorrow at 8.\"",
			"\"Full for today — please try again tomorrow at 8.\"", "A handwritten sign"},
		// the last of a list (not "a man in a parka and a hat")
		{"The sign was taped to the door by a man in a parka and a hat. It read: \"Closed for good.\"", "\"Closed for good.\"", "The sign"},
		{"Environment Canada is forecasting rain on Saturday.\n\nAll that was left of the camp was a patch of grass, a few pallets and a cardboard sign nailed to a tree. It read: \"Thanks for the coffee, neighbours.\"",
			"\"Thanks for the coffee, neighbours.\"", "a cardboard sign"},
	})
	// (one who wears or holds it, named, speaks: TestSignHolderSpeaks)
	checkSpeakerNames(t, det, []nameCase{{"The protester, Jo Doe, wore a shirt. It said \"Animal liberation now.\"", "\"Animal liberation now.\"", "Jo Doe"}})
}

// TestWrittenWordsAfterARelative: "a statement that said “…”" reports the
// quotation (no quote was found at all); "X held a banner that read “…”"
// and "X wore a shirt that said “…”" give it to the one holding it.
func TestWrittenWordsAfterARelative(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"The union released a statement that said \"we will not back down.\"", "\"we will not back down.\"", "The union"},
		{"The protester, Jo Doe, wore a shirt that said \"Animal liberation now.\" She declined to comment.", "\"Animal liberation now.\"", "Jo Doe"},
		// (not the victim named before the ones holding the banner)
		{"\"She was kind,\" said Maribel's sister, Ana Santos. Outside the courthouse, Santos's co-workers held a banner that read \"Drive sober. Someone is waiting for you at home.\"",
			"\"Drive sober. Someone is waiting for you at home.\"", "Santos's co-workers"},
		// (a statement read out is the reader's; a sign read is the sign's)
		{"Councillor Dan Price read a statement that said “We will appeal this decision.”", "“We will appeal this decision.”", "Dan Price"},
		{"She read a sign that said “No dogs allowed” and turned back.", "“No dogs allowed”", "a sign"},
		// (the holder, not a phrase the tagger ran together, nor a thing
		// in a phrase after the holder)
		{"Residents put up signs that read “No to the casino.” Council will vote on the proposal Thursday.", "“No to the casino.”", "Residents"},
		{"A woman in a red hat held a sign that read “Bring them home.”", "“Bring them home.”", "A woman in a red hat"},
	})
}

// TestReadingIsNoReport: "read" right before a quotation reports it only
// after a text or a thing written on; a person reading a title aloud says
// nothing, and a T-shirt mentioned in passing is not what "It says" stands
// for after "The post showed …".
func TestReadingIsNoReport(t *testing.T) {
	det := mustNew(t)
	checkQuoteTexts(t, det, "Jo Doe read \"The Raven\" aloud at the vigil.", nil)
	noSpeakerNamed(t, det, "The post showed a man wearing parts of a T-shirt. It says: \"LET HIM IN to the restroom.\"", "a T-shirt")
	checkQuoteTexts(t, det, "Henry added the caption which reads, “Weaver told me the photo violates the rules.” The implication is clear.",
		[]string{"the caption which reads, “Weaver told me the photo violates the rules.”"})
}

// TestSignLanguageIsNoSign: a noun of a thing written on that modifies
// another noun ("The sign language interpreter", "The hat maker") is no
// sign reading, and a person who reads is not overruled by one named
// before.
func TestSignLanguageIsNoSign(t *testing.T) {
	det := mustNew(t)
	noSpeakerNamed(t, det, "The sign language interpreter read “We are here for you.”", "The sign")
	noSpeakerNamed(t, det, "The hat maker read “Made in Canada since 1902.”", "The hat")
	checkSpeakerName(t, det, "A sign language interpreter stood by as Jo Doe read “We are here for you, always.”", "“We are here for you, always.”", "Jo Doe")
	checkSpeakerName(t, det, "The sign, held by Jenna Cole, 28, read “Trans rights are human rights.”", "“Trans rights are human rights.”", "The sign")
}

// TestAdjunctBeforeColon: a prepositional phrase before a colon is no
// speaker ("The sign reads, in spray paint: “…”" is the sign's, was "in
// spray paint"), and no part of the quote after a verb of speech ("The
// mayor said, in a statement: “…”" is the quotation alone).
func TestAdjunctBeforeColon(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"Someone nailed plywood to a fence post. The sign reads, in spray paint: \"Pray for rain.\"", "Pray for rain.", "The sign"},
	})
	det := mustNew(t)
	in := "The mayor said, in a statement: \"We will rebuild.\""
	runes := []rune(in)
	a := det.Detect(in)
	if got := quotesBy(runes, a); len(got) != 1 || got["\"We will rebuild.\""] != "The mayor" {
		t.Errorf("%q: want the quotation alone, by the mayor;%s", in, dump(runes, a))
	}
}

// TestSignReadsBeforeColon: "A sign … read:" and a quotation is the sign's
// as "read “…”" is, not the person who spoke last; a person who reads
// aloud before a colon keeps the words.
func TestSignReadsBeforeColon(t *testing.T) {
	det := mustNew(t)
	in := "Olusegun Adeyemi said the yields were down.\n\nA sign hand-painted on a sheet of plywood at the end of their lane read: \"Harvest in progress — trucks turning. Please slow down.\""
	checkSpeakerName(t, det, in, "\"Harvest in progress — trucks turning. Please slow down.\"", "A sign")
	in = "Jo Doe stood at the lectern and read: \"We are here to stay.\""
	checkSpeakerName(t, det, in, "\"We are here to stay.\"", "Jo Doe")
}

// TestThePostIsItsAuthors: "the post said" is whoever put the post out
// in the sentence before, as "the statement said": the speaker who
// posted it ("X posted on Facebook that …"), the subject that announced
// it on a site, or the named poster after a title ("Labrador City Mayor
// Jo Doe posted …"); an unnamed body's statement is its description,
// also after "It said" made that description an entity. A post whose
// author the article does not give is the post it brought in.
func TestThePostIsItsAuthors(t *testing.T) {
	det := mustNew(t)
	q := "\"We'll ride again,\""
	checkSpeakerNames(t, det, []nameCase{
		{"After the sitting, Daniel Karpik-Hughes posted on Facebook that he would keep raising the issue \"every single day.\"\n\n" + q + " the post said.", q, "Daniel Karpik-Hughes"},
		{"The Manning Agricultural Society announced on Facebook that the rodeo has been postponed. " + q + " the post said.", q, "Manning Agricultural Society"},
		{"Labrador City Mayor Roland Michelin posted congratulations on the town's Facebook page shortly after the final rock.\n\n" + q + " the post read.", q, "Roland Michelin"},
		{"The parents' committee said in a statement Monday that it supports the educators. It said it had started a shared spreadsheet.\n\n" + q + " the statement read.", q, "The parents' committee"},
		{"A post circulating on social media claimed the rodeo was cancelled.\n\n" + q + " the post read.", q, "A post circulating on social media"},
		{"Mayor Roland Michelin said the town would help. A post circulating on social media claimed the rodeo was cancelled.\n\n" + q + " the post read.", q, "A post circulating on social media"},
	})
}

// TestItReadsAfterAThingWrittenOn: "it reads" after a sentence that brings
// in a sign or a banner is that thing, whatever the tagger made of the
// words around it ("A faded banner still hangs", "faded" a past tense; "A
// sign hangs on the door", "sign" a verb and "hangs" a plural noun); "the
// banner reads" after a quotation reports it (the present tense had been
// read as a plural noun).
func TestItReadsAfterAThingWrittenOn(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"A faded banner still hangs on the fence facing the road. \"Opening Fall 2024,\" it reads.", "\"Opening Fall 2024,\"", "A faded banner"},
		{"Marta Lee opened the centre on Sunday. A sign hangs on the door. It read: \"Coffee's on.\"", "\"Coffee's on.\"", "A sign"},
		{"A faded banner still hangs on the fence. \"Opening Fall 2024,\" the banner reads.", "\"Opening Fall 2024,\"", "the banner"},
	})
}

// TestThePostIsNotItsReaders: "the post" goes to the one named as putting
// it out, also after a title before the name ("Thunder Bay Police Chief
// Marcus Delorme posted": Delorme, not the force) or a relative clause
// ("Gail Ronson, who runs the food bank, posted"), or by "a post by";
// never to whoever spoke last or opened the sentence before without
// posting it (a resident afraid of what the police posted, a nurse whose
// friend posted).
func TestThePostIsNotItsReaders(t *testing.T) {
	det := mustNew(t)
	q := "\"Avoid the area of Main Street,\""
	checkSpeakerNames(t, det, []nameCase{
		{"Thunder Bay Police Chief Marcus Delorme posted an update on social media after the standoff ended. " + q + " the post said.", q, "Marcus Delorme"},
		{"Gail Ronson, who runs the food bank, posted a plea for donations on Tuesday. " + q + " the post said.", q, "Gail Ronson"},
		{"A Facebook post by Mayor Liam Doucette drew hundreds of comments. " + q + " the post said.", q, "Liam Doucette"},
		{"Police posted a warning on Facebook. Resident Jane Doucet said she was scared to go outside. " + q + " the post said.", q, "the post"},
		{"Sarah Quill, a nurse in Iqaluit, said her friend posted a photo of the empty shelves. " + q + " the post said.", q, "the post"},
		{"Coun. Rita Fox said the mayor's social media post was inappropriate. " + q + " the post said.", q, "the post"},
	})
}

// TestThePostOfWhoDefendedOrWroteIt: the sentence before names the post's
// author by "her Facebook post", "a Facebook post he wrote", "on X" or
// "took to Facebook"; a relative clause's object is no report ("a post he
// wrote over the weekend", "whose daughter posted a video of the crash,
// said": Tim Ochs said what follows).
func TestThePostOfWhoDefendedOrWroteIt(t *testing.T) {
	det := mustNew(t)
	q := "“Council has failed this city,”"
	checkSpeakerNames(t, det, []nameCase{
		{"Coun. Rita Fox defended her Facebook post on Tuesday. " + q + " the post said.", q, "Rita Fox"},
		{"Mayor Owen Price apologized Tuesday for a Facebook post he wrote over the weekend. " + q + " the post said.", q, "Owen Price"},
		{"MP Janet Kwok responded on X within minutes. " + q + " the post said.", q, "Janet Kwok"},
		{"Brandon resident Tim Ochs, whose daughter posted a video of the crash, said the intersection is dangerous.", "the intersection is dangerous", "Tim Ochs"},
	})
	noQuoteHolding(t, det.Detect("Mayor Owen Price apologized Tuesday for a Facebook post he wrote over the weekend."), "Mayor Owen Price apologized Tuesday for a Facebook post he wrote over the weekend.", "he wrote")
}

// TestNamesInsideAPhraseDoNotPostOrSpeak: a name inside the phrase that
// put a text out is not its author ("The family of Jo Doe released a
// statement", "Supporters of Premier Jo Doe shared a meme"); a school
// named after "Parents at the school," does not speak for the parents;
// "The town posted signs" is no sign; "the NDP MLA" is a "New Democrat
// critic".
func TestNamesInsideAPhraseDoNotPostOrSpeak(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"The family of Jo Doe released a statement Tuesday. \"We are heartbroken,\" the statement said.", "\"We are heartbroken,\"", "the statement"},
		{"Supporters of Premier Jo Doe shared a meme on Facebook. \"Four more years,\" the post read.", "\"Four more years,\"", "the post"},
		{"Parents at the school, Westdale Secondary School, said the closure was rushed.", "the closure was rushed", "Parents at the school"},
		{"New Democrat critic Jo Doe said the plan was rushed. The NDP MLA said consultations were skipped.", "consultations were skipped", "Jo Doe"},
	})
	noSpeakerNamed(t, det, "The town posted signs along the trail. \"Bears active,\" it reads.", "The town posted signs")
}

// TestPosterOverAdverbsAndRelativeClauses: the one who put a text out is
// found over an adverb before the verb ("She later posted a photo …":
// whom "she" stands for, the last speaker) and over a relative clause that
// names someone else ("Mayor Guy Ouellet, who was elected in 2021 after
// Thibodeau chose not to run again, issued a brief statement").
func TestPosterOverAdverbsAndRelativeClauses(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Former mayor Réjean Thibodeau did not speak to reporters.\n\nCurrent Mayor Guy Ouellet, who was elected in 2021 after Thibodeau chose not to run again, issued a brief statement on Wednesday.\n\n\"Council takes note of the decision,\" the statement read.",
			"\"Council takes note of the decision,\"", "Guy Ouellet"},
		{"\"The minister can't hide behind the operator,\" union president Fiona MacAskill said.\n\nShe later posted a photo from the picket line to X. \"Fund care,\" the post read.",
			"\"Fund care,\"", "Fiona MacAskill"},
	})
}

// TestSignHolderSpeaks: the words of a sign (banner, shirt) someone holds
// up or wears are theirs when the text says who: the subject holding it in
// the sentence before "It read", the phrase after "held up by", a group
// that "some" of carry signs; a sign on a door stays the sign.
func TestSignHolderSpeaks(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"At a school in the city's west end, Jocelyn Mabini stood on the sidewalk holding a hand-lettered sign. It read: \"EAs ARE ESSENTIAL — PAY US LIKE IT.\"",
			"\"EAs ARE ESSENTIAL — PAY US LIKE IT.\"", "Jocelyn Mabini"},
		{"The crowd rose to its feet as the stone stopped. A hand-lettered sign held up by a group of Dauphin fans in the upper deck read: \"FROM THE PARKLAND TO THE TANKARD.\"",
			"\"FROM THE PARKLAND TO THE TANKARD.\"", "a group of Dauphin fans"},
		{"Jo Doe marched to the legislature carrying a sign. The sign read \"Our lives are worth more.\"", "\"Our lives are worth more.\"", "Jo Doe"},
		{"The announcement drew a furious reaction in Sussex, where more than 200 people gathered outside the health centre Tuesday evening, some carrying signs that read “Our lives are worth a 12-hour shift.”",
			"“Our lives are worth a 12-hour shift.”", "more than 200 people"},
		{"A sign taped to the door of the clinic read: \"Closed until further notice.\"", "\"Closed until further notice.\"", "A sign"},
	})
	// the one holding it right before the verb, not the sentence's subject
	checkSpeakers(t, []speakerCase{
		{"Councillor Ravi Sandhu walked past a woman holding a sign. It read: \"Sandhu lied.\"", "\"Sandhu lied.\"", "a woman"},
		{"Photographer Lena Ortiz captured a protester carrying a sign outside the embassy. The sign read \"Free them all.\"", "\"Free them all.\"", "a protester"},
	})
	// the sentence's subject, not a name inside it; never a thing
	checkSpeakerNames(t, mustNew(t), []nameCase{
		{"Workers at Acme Corp. stood at the gate holding signs. The signs read “Fair wages now.”", "“Fair wages now.”", "Workers"},
		{"A supporter of Premier Jo Doe stood outside holding a sign. It read: “Four more years.”", "“Four more years.”", "A supporter"},
		{"A banner held up by two poles read “Welcome home, soldiers.”", "“Welcome home, soldiers.”", "A banner"},
		{"Homes along Elm Street displayed signs. The signs read “No quarry here.”", "“No quarry here.”", "The signs"},
		{"Residents packed the meeting, which councillors had moved to the arena, some wearing shirts that said “Save the rink.”", "“Save the rink.”", "Residents"},
	})
}

// TestPicturePostedSaysNothing: in the speech scope, posting a photo or a
// video is no one's words ("CUPE Alberta posted a photo of the picket
// line"); its caption quoted after it is, whether after a colon or not; a
// message posted still reports.
func TestPicturePostedSaysNothing(t *testing.T) {
	det := mustNew(t)
	checkQuoteTexts(t, det, "CUPE Alberta posted a photo of the downtown picket line on social media shortly after 7 a.m., with the caption: \"Day 1. Snow or sunshine, we're out here.\"",
		[]string{"\"Day 1. Snow or sunshine, we're out here.\""})
	checkQuoteTexts(t, det, "PSAC posted video of the rally on social media Tuesday afternoon with the caption “Five days? Show us the evidence.” By evening it had been viewed 200,000 times.",
		[]string{"“Five days? Show us the evidence.”"})
	checkQuoteTexts(t, det, "Stella Fedoruk posted a video on Facebook of a crowd of several hundred people packing the rink.", nil)
	checkQuoteTexts(t, det, "The union posted a message on Facebook saying members would return to work.", []string{"a message on Facebook saying members would return to work"})
	checkSpeakerName(t, det, "The team posted a photo on Instagram with a caption that read \"Champions.\"", "\"Champions.\"", "The team")
	checkSpeakerName(t, det, "The premier posted a video on TikTok with the caption: \"Promises made, promises kept.\"", "\"Promises made, promises kept.\"", "The premier")
}

// TestTextQuotedInsideAReport: "Jo Doe said the report confirmed “…”":
// the marked words are Jo Doe's, in what she says of the report: one mixed
// quote of hers in the speech scope, no direct quote of the report's; a
// report quoted on its own keeps its words.
func TestTextQuotedInsideAReport(t *testing.T) {
	det := mustNew(t)
	in := "Jo Doe, a board member with the Larkspur Coalition, said the report confirmed “what our members have been telling us for years.”"
	a := det.Detect(in)
	runes := []rune(in)
	if len(a.Quotes) != 1 || a.Quotes[0].Kind != annot.KindMixed {
		t.Errorf("%q: want one mixed quote:%s", in, dump(runes, a))
	}
	checkQuoteBy(t, a, runes, in, "the report confirmed “what our members", "Jo Doe")
	// a quotation the text's verb introduces after a comma is the text's own words
	in = "Jo Doe noted that the letter said, “Your account will be closed on May 1 unless you pay.”"
	if got := quotesBy([]rune(in), det.Detect(in))["“Your account will be closed on May 1 unless you pay.”"]; got != "the letter" {
		t.Errorf("%q: speaker %q, want the letter", in, got)
	}
	in = "“The bridge deck is near the end of its life,” the Kestrel report said."
	checkQuoteBy(t, det.Detect(in), []rune(in), in, "The bridge deck is near the end of its life", "the Kestrel report")
}

// TestUpdateAndNoticeSpeakForWhoPutThemOut: "the update said" after "In an
// update posted …, the agency said" and "the notice said" after "Kestrel
// Health issued a notice" are the agency's and Kestrel Health's, as "the
// letter said" is its writer's (invented sentences).
func TestUpdateAndNoticeSpeakForWhoPutThemOut(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Larkspur Parks crews began avalanche control on Monday.\n\nIn an update posted just before 3:45 p.m., the agency said technicians had finished the work.\n\n“Crews will keep clearing into the evening,” the update said.",
			"“Crews will keep clearing into the evening,”", "Larkspur Parks"},
		{"Kestrel Health issued a notice on Tuesday warning parents about the toy.\n\n“Stop using the product immediately,” the notice said.",
			"“Stop using the product immediately,”", "Kestrel Health"},
		// a letter a company issues is the company's
		{"Kestrel Mining issued a letter to shareholders.\n\n“We expect a strong year,” the letter said.",
			"“We expect a strong year,”", "Kestrel Mining"},
		// a statement issued in between is no letter of its own
		{"The Larkspur Tenants Union wrote a letter to council. The city issued a statement in response.\n\n“We are being ignored,” the letter said.",
			"“We are being ignored,”", "Larkspur Tenants Union"},
	})
	// a paper that publishes a letter is not its writer
	text := "The Kestrel Star published a letter from Jo Doe on Sunday.\n\n“The road is a disgrace,” the letter said."
	if got := quotesBy([]rune(text), det.Detect(text))["“The road is a disgrace,”"]; got == "Kestrel Star" {
		t.Errorf("%q: speaker %q, want not the paper", text[:40], got)
	}
}
