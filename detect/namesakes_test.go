package detect

import (
	"testing"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/annot/tokens"
)

// TestShortNameFindsItsNamesake: a surname alone stands for the namesake
// a title before it agrees with ("Mr. Velde" is Thomas, not Mary Ann), else
// for one the article's body names (a headline's word may cling to a name
// there) and of those the one it names first, not the longest name
// (invented sentences).
func TestShortNameFindsItsNamesake(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Thomas Velde won the seat on Tuesday. His aunt, Mary Ann Velde, held it for years. Mr. Velde said the result was fair.",
			"the result was fair", "Thomas Velde"},
		{"Mary Velde won the seat on Tuesday. Her uncle, Thomas J. Velde, held it for years. Mrs. Velde said the result was fair.",
			"the result was fair", "Mary Velde"},
		{"Upbeat Velde wins harbour vote.\n\nThe harbour board elected Thomas Velde as its chair on Monday. Velde said the ferry would run again in May.",
			"the ferry would run again in May", "Thomas Velde"},
		{"Jeanne Roux announced her candidacy on Monday. Her father, Henri Paul Roux, was mayor for two decades. Roux said she would run on the economy.",
			"she would run on the economy", "Jeanne Roux"},
	})
}

// TestSurnameGoesOnWithTheNamesakeWhoSpoke: a surname attributing a direct
// quote right after its other bearer spoke is that bearer going on ("Her
// daughter, Shirley Tardiff, said …. ¶ “…,” Tardiff said"), not the one
// named first, unless that one spoke shortly before; a title still decides
// ("Mrs. Tardiff").
func TestSurnameGoesOnWithTheNamesakeWhoSpoke(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Evelyn Kudlak Tardiff, Inuvik seamstress, dies at 84\n\nEvelyn Kudlak Tardiff, the Inuvialuit seamstress whose parkas were worn from Tuktoyaktuk to Ottawa, died Jan. 19. She was 84.\n\nHer daughter, Shirley Tardiff, said her mother was sewing until a few weeks before she died.\n\n“She had a pair of mitts half done on the table,” Tardiff said.",
			"“She had a pair of mitts half done on the table,”", "Shirley Tardiff"},
		// not when the one named first has spoken too
		{"Kwame Mensah, 45, opened his barbershop on Jane Street in 2004.\n\n“This chair has seen three generations of the same families,” Kwame Mensah said.\n\nHis son, Kofi Mensah, 19, said he cuts hair on weekends while studying engineering.\n\n“I opened this shop with $3,000 and two chairs,” Mensah said.",
			"“I opened this shop with $3,000 and two chairs,”", "Kwame Mensah"},
		{"Sean Smith died in the attack in Benghazi.\n\nHis mother, Patricia Smith, said Clinton had blamed a video.\n\n“She lied to me,” Smith said.",
			"“She lied to me,”", "Patricia Smith"},
		// the one named first spoke long before; an indirect quote too
		{"LUMBY — Ray Kowalchuk had time to grab his dog.\n\n“I didn't open the gate,” Kowalchuk said.\n\nThe fire grew overnight.\n\nCrews held the line on Tuesday.\n\nWinds picked up on Wednesday.\n\nThe highway stayed closed.\n\n" +
			"Evacuees waited in Vernon.\n\nThe grounds in Armstrong had taken in more than 60 horses, according to volunteer co-ordinator Denise Kowalchuk, who is not related to Ray Kowalchuk.\n\nKowalchuk said a Facebook group set up by volunteers had grown to 4,000 members.",
			"a Facebook group set up by volunteers had grown to 4,000 members", "Denise Kowalchuk"},
	})
}

// TestNameModifyingARole: a name that modifies the head of the speaker's
// noun phrase names someone else than the speaker ("a Doe adviser", "the
// Doe campaign"): the speaker stays that description, unless a name ends
// the phrase (invented sentences).
func TestNameModifyingARole(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Mayor Lina Okafor opened the library on Monday. A senior Okafor adviser said the budget would not change.",
			"the budget would not change", "A senior Okafor adviser"},
		{"Mayor Lina Okafor opened the library on Monday. Later the Okafor campaign said the poll was wrong.",
			"the poll was wrong", "the Okafor campaign"},
		{"Mayor Lina Okafor opened the library on Monday. Okafor spokesman Tim Reed said the budget would not change.",
			"the budget would not change", "Tim Reed"},
	})
}

// missTagger drops or relabels the tagger's one-word mentions of a word,
// as the learned tagger does with surnames that are also common words.
type missTagger struct {
	tagger
	word  string
	label annot.Label // "" drops the mention
}

func (m missTagger) names(text string, toks []tokens.Token, sents []rng) []nameSpan {
	var out []nameSpan
	for _, n := range m.tagger.names(text, toks, sents) {
		if n.b-n.a == 1 && text[toks[n.a].B0:toks[n.a].B1] == m.word {
			if m.label == "" {
				continue
			}
			n.label = m.label
		}
		out = append(out, n)
	}
	return out
}

// TestBareSurnameFindsPerson: a speaker written as a surname alone that the
// tagger missed, or took for an organisation, is the person of that
// surname named in full before (invented sentences).
func TestBareSurnameFindsPerson(t *testing.T) {
	for _, label := range []annot.Label{"", annot.LabelOrg} {
		det := mustNew(t)
		det.tagger = missTagger{det.tagger, "Lindqvist", label}
		checkSpeakerName(t, det, "Tomas Lindqvist runs a ferry service across the bay. On Monday Lindqvist said the crossings would resume in May.",
			"the crossings would resume in May", "Tomas Lindqvist")
	}
}

// TestPluralDescriptionIsNoPerson: a plural description ("aides",
// "Senate aides", "Doe's aides", "officials in the province", "70
// percent of voters") is a group, never the person whose titles
// share a word with it or who spoke last (invented sentences).
func TestPluralDescriptionIsNoPerson(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Senator Mara Lind spoke to the council on Monday. Senate aides said the vote would be delayed.",
			"the vote would be delayed", "Senate aides"},
		{"Mr. Tomas Berg toured the plant on Monday. Mr. Berg's aides said he would return in May.",
			"he would return in May", "Mr. Berg's aides"},
		{"Governor Mara Lind said the plant would reopen. Officials in the province said the plant would stay open.",
			"the plant would stay open", "Officials in the province"},
		{"Mara Lind, a Democratic candidate, said the vote was fair. Seventy percent of Democratic voters said the economy mattered most.",
			"the economy mattered most", "Seventy percent of Democratic voters"},
	})
}

// TestIndefiniteDescriptionIsNoOneKnown: "An official", capitalised at a
// sentence's start, introduces someone new, not the person named before
// (invented sentences).
func TestIndefiniteDescriptionIsNoOneKnown(t *testing.T) {
	det := mustNew(t)
	checkSpeakerName(t, det, "Mara Lind said the plant would reopen. An official said the plant would stay open.",
		"the plant would stay open", "An official")
}

// TestDescriptionWithAppositiveName: a description followed by a name set
// off by commas is that person, not the one named before (invented).
func TestDescriptionWithAppositiveName(t *testing.T) {
	det := mustNew(t)
	checkSpeakerName(t, det, "Rebel leader Arman Dosti met the envoy on Monday. “The talks will go on,” said the spokesman, Ivo Marek. He gave no date.",
		"“The talks will go on,”", "Ivo Marek")
}

// TestDescriptionTakesPreviousSubject: a definite description that no
// title names ("the billionaire") is the person the sentence before is
// about rather than the last one quoted; one that usually brings in
// someone new ("the spokesman") or names an office ("the mayor", named
// by its title when at all) is not; "the board of elections" is the
// board (invented sentences).
func TestDescriptionTakesPreviousSubject(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"“We will win,” said Rita Vale, a campaign volunteer. Tom Reyes toured the plant on Monday. The billionaire said the plant would stay open.",
			"the plant would stay open", "Tom Reyes"},
		{"Tom Reyes toured the plant on Monday. The spokesman said the plant would stay open.",
			"the plant would stay open", "The spokesman"},
		{"Jo Doe watched the water rise on Monday. The mayor said the town would rebuild.",
			"the town would rebuild", "The mayor"},
		{"The Harbour Board of Elections met on Monday. Later the board of elections said the vote would go ahead.",
			"the vote would go ahead", "Harbour Board of Elections"},
	})
}

// TestPronounAgreesWithWiderGivenNames: a given name that only the wider
// list genders still keeps "he" from a woman and "she" from a man
// (invented names).
func TestPronounAgreesWithWiderGivenNames(t *testing.T) {
	det := mustNew(t)
	checkSpeakerName(t, det, "Tomas Reyes criticised Mirabel Vance on Monday. Vance “lied to voters,” he said.",
		"“lied to voters,”", "Tomas Reyes")
}

// TestQuoteGoesOnWithUnnamedSpeaker: a quotation opening the paragraph
// after one whose speaker is a description goes on with that description
// (invented sentences).
func TestQuoteGoesOnWithUnnamedSpeaker(t *testing.T) {
	det := mustNew(t)
	checkSpeakerName(t, det, "The harbour board met on Monday. “The vote was fair,” a spokesman for the board said.\n\n“We will not appeal.”\n",
		"“We will not appeal.”", "a spokesman for the board")
}

// TestNameAfterTheHead: a name that is the object of the word ending a
// description's head ("a spokeswoman for Mayor Doe") is not the speaker;
// "who" after such a phrase still refers to the name right before it
// (invented sentences).
func TestNameAfterTheHead(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Mayor Lina Okafor opened the library on Monday. A spokeswoman for Mayor Lina Okafor said the budget would not change.",
			"the budget would not change", "A spokeswoman for Mayor Lina Okafor"},
		{"The deal was struck with help from Labor Secretary Tomas Reyes, who said the talks would resume in May.",
			"the talks would resume in May", "Tomas Reyes"},
	})
}

// TestNameBeforeRelationNoun: in "A Lind ally said" the ally speaks, not
// Lind, who only names whose ally; and "she" after "Several Brel associates
// said" is no one of the group.
func TestNameBeforeRelationNoun(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Mary Lind spoke in Ohio on Monday.\n\nA Lind ally suggested she would change her mind on the trade deal.",
			"she would change her mind on the trade deal", "A Lind ally"},
		{"Tom Brel toured Ohio.\n\nSeveral Brel confidants said he would campaign in Iowa.",
			"he would campaign in Iowa", "Several Brel confidants"},
		{"Several Brel associates said they see New Hampshire as a place where he could help. Brel could help turn out the base for Sen. Ann Roe, they said.\n\n“I will not ask anyone to come,” she said.",
			"“I will not ask anyone to come,”", "Ann Roe"},
	})
}

// TestSameQuotedWordsSamePerson: words quoted from someone left unnamed
// ("with one senator calling the program “a benefit in name only”") are
// the person's whose direct quote nearby holds them; not when two people
// said them, nor when they are words quoted inside that person's answer
// ("One man told me, “…”").
func TestSameQuotedWordsSamePerson(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Senators pressed officials on Wednesday to explain the delays, with one senator calling the program \"a benefit in name only\" for those caught in the backlog.\n\nThe committee met for three hours.\n\n\"I don't know how to describe that except as a benefit in name only,\" said Sen. Eleanor MacAulay-Fisher, who chairs the committee.",
			"the program \"a benefit in name only\" for those caught in the backlog", "Eleanor MacAulay-Fisher"},
		{"One critic called the plan \"a waste of money.\"\n\n\"It is a waste of money,\" said Jo Doe, who heads the taxpayers group.\n\n\"It is a waste of money,\" said Al Roe, a councillor.",
			"the plan \"a waste of money.\"", "One critic"},
		// a whole quote that only shares a stock phrase
		{"“I don't know,” one senator said of the plan.\n\nThe plan covers about 2.3 million Canadians.\n\n“I don't know what else we could do,” said Sen. Eleanor MacAulay-Fisher.",
			"“I don't know,”", "one senator"},
		// someone of another role, or a senator who kept the first one anonymous
		{"The senate debated the plan on Tuesday, with one senator calling it “a benefit in name only.”\n\nThe plan covers about 2.3 million Canadians.\n\nMayor Jean-Guy Lalonde of Gatineau also weighed in on Wednesday.\n\n“Honestly, it is a benefit in name only for most of my residents,” Lalonde said.",
			"“a benefit in name only.”", "one senator"},
		{"One senator, who asked that his name not be used, called the program “a benefit in name only.”\n\nThe plan covers about 2.3 million Canadians.\n\n“I can only describe it as a benefit in name only,” said Sen. Eleanor MacAulay-Fisher.",
			"the program “a benefit in name only.”", "One senator"},
	})
}

// TestTitleBeforeSurnameDecides: a title before a surname two people bear
// is the one titled so by name ("Mayor Okafor" is Mayor Daniel Okafor, not
// his wife Grace Okafor who spoke just before; "Dr. Osei" is Dr. Abena
// Osei, not her brother).
func TestTitleBeforeSurnameDecides(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Mayor Daniel Okafor cut the ribbon on the new Riverside arena Saturday morning.\n\nHis wife, Grace Okafor, said the family had waited years to see the rink open.\n\n“This is a proud day for every family in the east end,” Mayor Okafor said.",
			"“This is a proud day for every family in the east end,”", "Daniel Okafor"},
		{"Dr. Abena Osei, an emergency physician at the Health Sciences Centre, worked 14 straight hours on Saturday.\n\nHer brother, Kwabena Osei, said she barely sleeps during the respiratory virus season.\n\n“We are stretched to the limit and the public needs to know,” Dr. Osei said.",
			"“We are stretched to the limit and the public needs to know,”", "Abena Osei"},
	})
}

// TestLedeAfterATitleLineIsNoHeadline: after a "date YYYY-MM-DD Title"
// line (metadata, masked) the first paragraph is the lede, not a
// headline, so the bearer named there goes first for a bare surname
// ("ELMIRA, Ont. — Marc Lapointe had been in this spot before. … “…,”
// Lapointe said. … his brother Denis Lapointe").
func TestLedeAfterATitleLineIsNoHeadline(t *testing.T) {
	det := mustNew(t)
	q := "\"Honestly, I did not look at it,\""
	checkSpeakerNames(t, det, []nameCase{
		{"date 2026-02-08 Lapointe brothers win Ontario title\n\nELMIRA, Ont. — Marc Lapointe had been in this spot before, and it had not gone well.\n\n" + q + " Lapointe said.\n\nThe 36-year-old plays with his younger brother, Denis Lapointe, at second.", q, "Marc Lapointe"},
	})
}

// TestTitlesComeFromTheNamesOwnApposition: "the former mayor" is not the
// cousin named "Marc Thibodeau, the former mayor's first cousin" (a
// possessor's words are not his), and "the judge" is not the accused
// named "recover money from Thibodeau, given the judge's finding" (a
// clause after the comma is no apposition).
func TestTitlesComeFromTheNamesOwnApposition(t *testing.T) {
	det := mustNew(t)
	in := "A judge has found former mayor Réjean Thibodeau guilty of breach of trust. Judge Hélène Marcotte said he had put his family first.\n\n" +
		"The contracts went to a company owned by Marc Thibodeau, the former mayor's first cousin.\n\nMarc Thibodeau was not charged.\n\n" +
		"The former mayor testified that he had split the work into smaller contracts.\n\n" +
		"\"It is precisely the conduct the law is designed to prevent,\" the judge wrote.\n\n" +
		"The town has no plans to recover money from Thibodeau, given the judge's finding that there was no loss."
	checkSpeakerNames(t, det, []nameCase{
		{in, "he had split the work into smaller contracts", "Réjean Thibodeau"},
		{in, "\"It is precisely the conduct the law is designed to prevent,\"", "Hélène Marcotte"},
	})
}

// TestYoungerAndElderNamesake: "the younger Mercer" is the son of two
// Mercers, "the elder Mercer" the one of the greater stated age.
func TestYoungerAndElderNamesake(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Dale Mercer, a 52-year-old welder, said he expected to be kept on. His son, Jordan Mercer, who was hired three years ago, is not so lucky.\n\n\"I got my notice at 10 o'clock this morning,\" the younger Mercer said.",
			"\"I got my notice at 10 o'clock this morning,\"", "Jordan Mercer"},
		{"Ruth Okafor, 24, opened the bakery in May. Her aunt, Grace Okafor, 61, runs the till.\n\n\"We argue about the prices every day,\" the elder Okafor said.",
			"\"We argue about the prices every day,\"", "Grace Okafor"},
	})
}

// TestNamesakeByStatedAge: a surname set off with an age ("Thibodeau, who
// is 81, said") is the bearer given that age, or the one given none when
// the other was given another; an age that fits the first one linked
// changes nothing.
func TestNamesakeByStatedAge(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Gisèle Thibodeau, 78, said she had gone to the emergency room twice.\n\nHer husband, Réjean Thibodeau, said the couple would manage. Thibodeau, who is 81, said several people on their street no longer have a car.",
			"several people on their street no longer have a car", "Réjean Thibodeau"},
		{"Gisèle Thibodeau, 78, said she had gone to the emergency room twice.\n\nHer husband, Réjean Thibodeau, 81, said the couple would manage. Thibodeau, 78, said several people on their street no longer have a car.",
			"several people on their street no longer have a car", "Gisèle Thibodeau"},
	})
}

// TestGivenNameTheTaggerLeftOut: a given name before a surname the tagger
// read alone joins it ("“…,” Cody Wiebe said", not his brother Nolan
// Wiebe); not a word opening its line ("Young Wiebe supporters …") nor a
// verb ("Said Wiebe").
func TestGivenNameTheTaggerLeftOut(t *testing.T) {
	det := mustNew(t)
	in := "date 2026-04-12 Wiebe twins lift Wheat Kings past Warriors\n\nBRANDON — Nolan Wiebe had waited 97 minutes for a shot he liked.\n\nThe 19-year-old winger one-timed a cross-ice feed from his twin brother, Cody, past the goaltender at 17:22 of the second overtime.\n\n“I honestly didn't see it go in,” Nolan Wiebe said. “Cody put it right on my tape.”\n\nHis brother had a slightly different version.\n\n“He's been telling me all series he's going to score the big one,” Cody Wiebe said with a grin."
	checkSpeakerName(t, det, in, "“He's been telling me all series he's going to score the big one,”", "Cody Wiebe")
	hasEntity := func(in, name string) bool {
		for _, e := range det.Detect(in).Entities {
			if e.Name == name {
				return true
			}
		}
		return false
	}
	if !hasEntity(in, "Cody Wiebe") {
		t.Errorf("%q: no entity Cody Wiebe", in)
	}
	for _, c := range []struct{ in, not string }{
		{in + "\n\nYoung Wiebe supporters filled the rink on Sunday.", "Young Wiebe"},
		{in + "\n\n“We'll be ready,” Coach Darnell Ruiz said. Said Wiebe: “So will we.”", "Said Wiebe"},
		{in + "\n\nNolan Wiebe is a respected elder. “We need to protect the water,” Elder Wiebe said.", "Elder Wiebe"},
	} {
		if hasEntity(c.in, c.not) {
			t.Errorf("%q: entity %q", c.in, c.not)
		}
	}
}

// TestShortFormOfAnOrganisationIsNoPerson: a word the tagger read alone as
// a person that opened an organisation's "X of …" name before is that
// organisation ("the Charter of Rights and Freedoms … The Charter, she
// added, …": "she" is the judge, no person "Charter"); not when a
// person's full name holds the word.
func TestShortFormOfAnOrganisationIsNoPerson(t *testing.T) {
	det := mustNew(t)
	in := "OTTAWA — The Supreme Court of Canada ruled that the search breached the Charter of Rights and Freedoms.\n\nOfficers used a forensic tool to copy the vehicle's data without a warrant. Police believed the data would show where Daniel Okafor had been.\n\nWriting for the majority, Justice Hélène Marchand said a car's computer can hold a detailed record.\n\n“It would be an odd result,” Marchand wrote.\n\nThe Charter, she added, “protects people, not devices.”"
	checkSpeakerName(t, det, in, "“protects people, not devices.”", "Hélène Marchand")
	for _, e := range det.Detect(in).Entities {
		if e.Name == "Charter" && e.Label == annot.LabelPerson {
			t.Errorf("%q: a person named Charter", in)
		}
	}
}

// TestDescriptionHeadBeforeItsParticiple: a description's head comes
// before a participle and its preposition ("the agreed statement of facts
// filed with the court" is the statement, not the court), and "the
// attorneys general" is plural, a group, never the one person who spoke
// before.
func TestDescriptionHeadBeforeItsParticiple(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"OTTAWA — The Supreme Court of Canada ruled Friday that police need a warrant.\n\nAccording to the agreed statement of facts filed with the court, officers stopped the vehicle in January 2022.",
			"officers stopped the vehicle in January 2022", "the agreed statement of facts filed with the court"},
		{"His mother, Grace Okafor, said the family was thankful.\n\nThe attorneys general of Ontario and Alberta had argued that a warrant requirement would hamper investigations.",
			"a warrant requirement would hamper investigations", "The attorneys general of Ontario and Alberta"},
		// a name's plural before "general" is no group
		{"Gen. Jennie Carignan spoke to troops on Monday.\n\nThe Canadian Forces general said the mission would continue.",
			"the mission would continue", "Jennie Carignan"},
	})
}
