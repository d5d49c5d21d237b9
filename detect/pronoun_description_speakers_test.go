package detect

import (
	"strings"
	"testing"

	"github.com/quotebench/quotebench/annot"
)

// TestHeTakesDescribedSpeaker: a "he" or "she" that no named person fits
// goes on with the person the last speaker's description names ("A
// trader at a bank said X. …, he said"): both mentions are one entity,
// named as the description is written.
func TestHeTakesDescribedSpeaker(t *testing.T) {
	det := mustNew(t)
	for _, in := range []string{
		"Markets were calm. A trader at a Swiss bank said the rates looked stable. Prices had barely moved since Monday, he said.",
		"The ferry hit the pier at noon, a harbour spokeswoman said. Nobody was hurt, she added.",
	} {
		a := det.Detect(in)
		if len(a.Quotes) != 2 {
			t.Fatalf("%q: want two quotes:%s", in, dump([]rune(in), a))
		}
		m1, m2 := a.Mention(a.Quotes[0].Speaker), a.Mention(a.Quotes[1].Speaker)
		if m1 == nil || m2 == nil || m1.Entity == 0 || m1.Entity != m2.Entity {
			t.Errorf("%q: want both quotes' speakers one entity:%s", in, dump([]rune(in), a))
		}
	}
}

// TestDescribedWitnessPastNamesInHerWords: a speaker described as a
// woman ("One witness, a 24-year-old woman who was at the party") keeps
// the "she" of the quotation after her report, past the men named in
// what she said; he who testifies next is the accused, not the victim.
func TestDescribedWitnessPastNamesInHerWords(t *testing.T) {
	det := mustNew(t)
	in := "Tyler Kowal, 29, was charged with murder in the death of Cody Brandt.\n\n" +
		"One witness, a 24-year-old woman who was at the party, told the court she saw Kowal go back into the house and return \"with something in his hand.\"\n\n" +
		"\"I yelled at Cody to get away from him,\" she testified. \"I don't think he heard me.\"\n\n" +
		"Kowal testified in his own defence. He told the court he had been punched by Brandt."
	checkSpeakerName(t, det, in, "\"I yelled at Cody to get away from him,\"", "One witness")
	checkSpeakerName(t, det, in, "he had been punched by Brandt", "Tyler Kowal")
	// a description's own word for a woman ("A spokeswoman …") keeps her
	// "she" past the man named in what she said
	in = "A spokeswoman for the hospital said Dr. Al Wong had operated on Monday.\n\n\"It went well,\" she said."
	checkSpeakerName(t, det, in, "\"It went well,\"", "A spokeswoman for the hospital")
}

// TestOneWithAppositionIsDescribedSpeaker: "One, a millwright who …,
// said X. ¶ “…,” he said" is the millwright's, not the chief executive's
// named two paragraphs before; a trade heads such a description as a
// role does.
func TestOneWithAppositionIsDescribedSpeaker(t *testing.T) {
	det := mustNew(t)
	in := "“This was a difficult decision,” the company's chief executive, Martin Roy, said in the release.\n\n" +
		"Workers learned of the cuts on Wednesday. One, a millwright who said he had worked there for 22 years, said he wasn't surprised.\n\n" +
		"“You could feel it coming,” he said."
	a := det.Detect(in)
	runes := []rune(in)
	q := quoteWith(a, runes, "You could feel it coming")
	if q == nil {
		t.Fatalf("%q: no quote:%s", in, dump(runes, a))
	}
	if got := a.SpeakerName(runes, *q); got == "Martin Roy" {
		t.Errorf("%q: the millwright's words went to %q:%s", in, got, dump(runes, a))
	}
	if m, w := a.Mention(q.Speaker), quoteWith(a, runes, "he wasn't surprised"); m == nil || w == nil || a.Mention(w.Speaker) == nil || m.Entity == 0 || m.Entity != a.Mention(w.Speaker).Entity {
		t.Errorf("%q: want the quotation's \"he\" one entity with the speaker of \"he wasn't surprised\":%s", in, dump(runes, a))
	}
}

// TestQuotedAsSaying: in "quoted X as saying" X speaks, a role before a
// name or a description included; the paper reports.
func TestQuotedAsSaying(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct{ in, want, by string }{
		{"The Ledger on Thursday quoted Harbour Minister Jo Doe as saying inspectors found two cracks.", "inspectors found two cracks", "Jo Doe"},
		{"The Herald quoted the county fire chief as saying the blaze was under control.", "the blaze was under control", "the county fire chief"},
	} {
		checkQuoteBy(t, det.Detect(c.in), []rune(c.in), c.in, c.want, c.by)
	}
}

// TestNameBeforeOpenApposition: "Jo Doe, leader of the party told" (the
// comma closing the apposition missing) is Jo Doe's report; a name that
// is an object ("After meeting Jo Doe, the minister said") and a report
// about the name ("Doe, a top aide said") are not.
func TestNameBeforeOpenApposition(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct{ in, want, by string }{
		{"“We will march to the capital,” Jo Doe, leader of the farmers' union told a rally.", "We will march to the capital", "Jo Doe"},
		{"After meeting Jo Doe, the minister said the vote was fair.", "the vote was fair", "the minister"},
		{"Jo Doe, a top aide said, is sure to run again.", "Jo Doe", "a top aide"},
	} {
		checkQuoteBy(t, det.Detect(c.in), []rune(c.in), c.in, c.want, c.by)
	}
}

// TestPronounAfterTrailingAttribution: after a sentence that is what
// someone said ("A will visit B, spokesman Jo Doe said."), the next "he"
// is the one who said it, not the sentence's subject.
func TestPronounAfterTrailingAttribution(t *testing.T) {
	det := mustNew(t)
	in := "Foreign Minister Tansa Ruiz will visit the capital on Monday on her first trip since she took office, ministry official Tavi Okonde said on Wednesday.\n\n“The trip comes at the request of the prime minister,” he told reporters."
	a := det.Detect(in)
	if len(a.Quotes) != 2 {
		t.Fatalf("want two quotes:%s", dump([]rune(in), a))
	}
	m1, m2 := a.Mention(a.Quotes[0].Speaker), a.Mention(a.Quotes[1].Speaker)
	if m1 == nil || m2 == nil || m1.Entity == 0 || m1.Entity != m2.Entity {
		t.Errorf("want both quotes by the spokesman:%s", dump([]rune(in), a))
	}
}

// TestPronounGivesGender: a name the given-name lists do not know takes
// the gender of the subject pronoun that refers back to it in an
// adverbial clause of its own sentence ("since she returned"); a pronoun
// after another person named, or after an object pronoun, is no evidence,
// nor is one after a verb of speech ("said she would back Roe").
func TestPronounGivesGender(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct{ in, name, want string }{
		{"Daw Khin has led the opposition since she returned from exile in 1995.", "Daw Khin", "f"},
		{"Tun Lwin won the seat in 2012, and he kept it.", "Tun Lwin", "m"},
		{"Tun Lwin met Daw Khin when she returned.", "Tun Lwin", ""},
		{"Tun Lwin challenged her when she ran in 1986.", "Tun Lwin", ""},
		{"Tun Lwin said she would win.", "Tun Lwin", ""},
		{"Tun Lwin's mother died when she was 90.", "Tun Lwin", ""},
		{"Tun Lwin hired a new manager in May, and she started on Monday.", "Tun Lwin", ""},
	} {
		r := det.run(c.in)
		found := false
		for _, e := range r.ents {
			if e.name == c.name {
				found = true
				if got := genderOf(e); got != c.want {
					t.Errorf("%q: gender of %s %q, want %q", c.in, c.name, got, c.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no entity %s", c.in, c.name)
		}
	}
}

// TestPlaceBeforeTitleTellsNoGender: a place's name before a person's
// title ("Prince George Coun. Tatiana Morozova", "King County Sheriff")
// is no title of theirs: "Prince" had made her a man, whom "she" could not
// name; a royal title right before the name still tells ("Prince Harry").
func TestPlaceBeforeTitleTellsNoGender(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Prince George Coun. Tatiana Morozova said the city was ready.\n\n\"This city has done this before,\" she said.", "\"This city has done this before,\"", "Tatiana Morozova"},
		{"Prince Harry said the charity would grow.\n\n\"It will reach every school,\" she said.", "\"It will reach every school,\"", "she"},
	})
}

// TestADocumentIsNoPerson: a document that spoke ("According to an agreed
// statement of facts filed in court, …") is never "the judge" or "she"
// after it.
func TestADocumentIsNoPerson(t *testing.T) {
	det := mustNew(t)
	in := "The man was sentenced Friday.\n\nAccording to an agreed statement of facts filed in court, he had been evicted two weeks before the fire.\n\nA neighbour saw smoke and began pounding on doors, the statement says.\n\nThe judge called the act \"planned, not impulsive.\"\n\n\"He knew there were children on the third floor,\" she said."
	runes := []rune(in)
	a := det.Detect(in)
	for _, q := range a.Quotes {
		c := annot.SpanText(runes, q.Parts[0])
		if (strings.Contains(c, "planned") || strings.Contains(c, "children")) && strings.Contains(a.SpeakerName(runes, q), "statement") {
			t.Errorf("the judge's words given to the statement:%s", dump(runes, a))
		}
	}
}

// TestTheyIsNoPossessorOrganisation: "they" after "Acme's union leaders
// told reporters" is the leaders, not the firm named as their possessor.
func TestTheyIsNoPossessorOrganisation(t *testing.T) {
	det := mustNew(t)
	in := "Arguing that the sale would cost 13,000 jobs, Acme's union leaders told reporters they would strike.\n\n“We oppose any sale that hurts workers,” they said."
	a := det.Detect(in)
	runes := []rune(in)
	for _, q := range a.Quotes {
		if name := a.SpeakerName(runes, q); name == "Acme" {
			t.Errorf("a quote given to the firm:%s", dump(runes, a))
		}
	}
	if got := quotesBy(runes, a)["“We oppose any sale that hurts workers,”"]; got != "Acme's union leaders" {
		t.Errorf("speaker %q, want Acme's union leaders:%s", got, dump(runes, a))
	}
}

// TestRoleAtOrganisation: "an investment banker at Acme Bank told
// Reuters" is the banker, not the bank, and the "he" after it goes on with
// the banker.
func TestRoleAtOrganisation(t *testing.T) {
	det := mustNew(t)
	in := "A consortium led by Acme Bank has won the right to sell two bond issues, an official at the bank said.\n\nThe housing bank will issue bonds worth three billion, an investment banker at Acme Bank told Reuters.\n\nBoth bonds will be issued on September 5, he said."
	a := det.Detect(in)
	runes := []rune(in)
	got := quotesBy(runes, a)
	if got["The housing bank will issue bonds worth three billion"] != "an investment banker at Acme Bank" || got["Both bonds will be issued on September 5"] != "an investment banker at Acme Bank" {
		t.Errorf("want both by the banker:%s", dump(runes, a))
	}
}

// TestRelativePronounOverApposition: "who" after an age and a place set off
// by commas refers to the person named before them.
func TestRelativePronounOverApposition(t *testing.T) {
	det := mustNew(t)
	in := "\"We came to vote,\" said Ana Lindqvist, 24, from Springfield, who said the mayor had earned a second term."
	checkSpeakerName(t, det, in, "the mayor had earned a second term", "Ana Lindqvist")
}

// TestRelativePronounOfDescription: "who" after a description that names
// no entity ("local bankers, who said", "one former aide, who said") gives
// the description as the speaker, not a bare "who"; a phrase that is no
// description ("For someone who …") does not.
func TestRelativePronounOfDescription(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct{ in, want, by string }{
		{"The new rules angered several small lenders, who said they would stop lending to farmers.", "they would stop lending to farmers", "several small lenders"},
		{"\"I left on good terms,\" said one former aide, who said the office had been run well.", "the office had been run well", "one former aide"},
	} {
		checkQuoteBy(t, det.Detect(c.in), []rune(c.in), c.in, c.want, c.by)
	}
	in := "For someone who says the tax is unfair, the senator has been quiet."
	noQuoteBy(t, det.Detect(in), in, "For someone")
}

// TestRoleNamedWithAs: "X gave the speech as the party's nominee" lets "the
// nominee" later name X; a gendered role ("listed as the chairman") says
// nothing of the person's gender, so "she" still finds her.
func TestRoleNamedWithAs(t *testing.T) {
	det := mustNew(t)
	in := "On Thursday Ana Lindqvist gave her acceptance speech as the Green nominee, and the hall cheered.\n\n\"We will win this state,\" said the Green nominee."
	checkSpeakerName(t, det, in, "\"We will win this state,\"", "Ana Lindqvist")
	in = "Jo Doe runs the group.\n\nAna Lindqvist is named as the chairman of the club. Recently she said that the club would back Doe."
	checkSpeakerName(t, det, in, "the club would back Doe", "Ana Lindqvist")
}

// TestPronounAfterDescribedSpeaker: "he" after a speaker described by a role
// and named nowhere goes on with that speaker, not with a person named
// earlier; a person named in between takes it.
func TestPronounAfterDescribedSpeaker(t *testing.T) {
	det := mustNew(t)
	in := "Jo Doe, the party leader, met voters on Monday.\n\nA dealer at a foreign bank said the market was calm.\n\nHe said cash would be their first worry."
	checkSpeakerName(t, det, in, "cash would be their first worry", "A dealer at a foreign bank")
	in = "Jo Doe, the party leader, met voters on Monday.\n\n\"The market is calm,\" one dealer said.\n\n\"Cash will be our first worry,\" he said."
	checkSpeakerName(t, det, in, "\"Cash will be our first worry,\"", "one dealer")
	in = "A dealer at a foreign bank said the market was calm.\n\nJo Doe, the party leader, disagreed.\n\nHe said cash would be their first worry."
	checkSpeakerName(t, det, in, "cash would be their first worry", "Jo Doe")
}

// TestGroupPronounTwoParagraphsOn: "they said" goes on with the group that
// spoke two paragraphs before, with no other group in between.
func TestGroupPronounTwoParagraphsOn(t *testing.T) {
	det := mustNew(t)
	in := "Wheat futures ended two cents higher on Monday, grain traders said.\n\nExport demand was firm.\n\nVolume will likely stay thin ahead of the holiday, they said."
	checkSpeakerName(t, det, in, "Volume will likely stay thin ahead of the holiday", "grain traders")
}

// TestPronounPastNameModifyingRole: a name that modifies the role of the
// person named after it ("Lind campaign manager Tom Roe said") is not whom
// "he" or "she" goes on with.
func TestPronounPastNameModifyingRole(t *testing.T) {
	det := mustNew(t)
	in := "Senator Bernard Lind toured the state on Sunday.\n\n“We are ready,” Lind campaign manager Tom Roe said on Monday in an interview with a radio host.\n\n“The numbers are on our side,” he continued."
	checkSpeakerName(t, det, in, "“The numbers are on our side,”", "Tom Roe")
	in = "Senator Bernard Lind toured the state on Sunday. Lind campaign manager Tom Roe said the numbers were good, and he added that the mayor would win."
	checkSpeakerName(t, det, in, "the mayor would win", "Tom Roe")
}

// TestFragmentGoesToTheSubject: a quoted fragment with no verb of speech
// is the words of the person who is its sentence's subject, past a name
// that modifies the subject's role ("Former Holt spokesman Jo Roe derided
// “…”") or a fronted participle phrase ("Preceded by Sheriff Al Roe,
// Governor Tom Lund began a lament for “…”"); not past someone named
// between the subject and the fragment, nor after "Quoting Ann Holt,".
func TestFragmentGoesToTheSubject(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{`Mayor Ann Holt left office in May. Former Holt spokesman Jo Roe derided "the professional left and its endless demands" in a speech.`,
			`"the professional left and its endless demands"`, "Jo Roe"},
		{`Preceded at the lectern by Sheriff Al Roe, Governor Tom Lund began a long lament for "the countless families who lost their homes."`,
			`"the countless families who lost their homes."`, "Tom Lund"},
		{`Mayor Ann Holt left office in May. Holt aide Jo Roe listened quietly as Ann Holt took aim at "the greedy bosses who run the port."`,
			`"the greedy bosses who run the port."`, "Ann Holt"},
		{`Mayor Ann Holt left office in May. Quoting Ann Holt, Governor Tom Lund began a lament for "the forgotten towns of the north."`,
			`"the forgotten towns of the north."`, "Ann Holt"},
	})
}

// TestItForPlaceSubject: "it" speaking after a sentence whose subject is a
// country is that country; a dateline or a place in an adjunct is no
// antecedent.
func TestItForPlaceSubject(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct{ in, want, by string }{
		{"Norland captured the eastern valley in 1967 and annexed it.\n\nIt says it will never cede any part of the valley.", "it will never cede", "Norland"},
		{"Norland signed the treaty on Monday. It said the deal was fair.", "the deal was fair", "Norland"},
		{"In Norland, the rains came late. It said the deal was fair.", "the deal was fair", ""},
		{"OSLO 1996-08-29\n\nThe board welcomed the accord, which it said would bring stability.", "would bring stability", ""},
	} {
		a, runes, q := detectQuote(t, det, c.in, c.want)
		if q == nil {
			continue
		}
		if got := a.SpeakerName(runes, *q); c.by != "" && got != c.by || c.by == "" && (got == "Norland" || got == "OSLO") {
			t.Errorf("%q: want the speaker %q, got %q:%s", c.in, c.by, got, dump(runes, a))
		}
	}
}

// TestDescriptionNotTheObjectNamed: the words before a name count as its
// titles only up to a verb or a preposition, so "The senator attacked Tom
// Doe and said" does not make Tom Doe the senator who spoke.
func TestDescriptionNotTheObjectNamed(t *testing.T) {
	det := mustNew(t)
	for _, in := range []string{
		"The senator attacked Tom Doe on Monday and said the plan was a fraud.",
		"The mayor met Tom Doe in the city and said the plan was sound.",
	} {
		runes := []rune(in)
		a := det.Detect(in)
		if len(a.Quotes) != 1 {
			t.Errorf("%q: want one quote:%s", in, dump(runes, a))
			continue
		}
		if got := a.SpeakerName(runes, a.Quotes[0]); got == "Tom Doe" {
			t.Errorf("%q: the speaker is the person the subject spoke of:%s", in, dump(runes, a))
		}
	}
	checkSpeakerName(t, det, "Secretary of State Tom Doe arrived in Ostervik on Monday. The secretary said the talks had gone well.", "the talks had gone well", "Tom Doe")
	// Nor does a preposition: the aide to Tom Roe is not Tom Roe.
	in := "The report was written by a former top aide to President Tom Roe.\n\n“We will see,” the former top aide said."
	a := det.Detect(in)
	runes := []rune(in)
	if q := quoteWith(a, runes, "We will see"); q == nil || a.SpeakerName(runes, *q) == "Tom Roe" {
		t.Errorf("%q: want the aide, not the president:%s", in, dump(runes, a))
	}
}

// TestPronounAfterContentNamingSomeoneElse: "he" in a trailing attribution
// is not a person the content names ("Mr. Lind … fits that bill, he
// added" is Brel's), unless that person is the content's subject and a
// pronoun of the same gender refers back to them in it.
func TestPronounAfterContentNamingSomeoneElse(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Tom Brel, a former party director, said the base was angry.\n\n''We are sick of it,'' Mr. Brel said.\n\nMr. Lind, who is not taking large donations, fits that bill for many people, he added.",
			"Mr. Lind, who is not taking large donations, fits that bill for many people", "Tom Brel"},
		{"“We ride at night,” Ms. Ann Gil said.\n\nThat sense of freedom is what drew Sara Roe to skating. Ms. Roe found skating to be a salve for her anxiety, she said.",
			"Ms. Roe found skating to be a salve for her anxiety", "Sara Roe"},
		// With no one else to refer to, the content's subject speaks.
		{"Former Rep. Tom Brel was pro Jo Lind while the governor was in the running, he said.",
			"Former Rep. Tom Brel was pro Jo Lind while the governor was in the running", "Tom Brel"},
	})
}

// TestSpokesmanTellsNoGender: news style calls women "spokesman" too, so
// the title does not stop "she" from referring to the person it names.
func TestSpokesmanTellsNoGender(t *testing.T) {
	det := mustNew(t)
	in := "Acme spokesman Hope Hicks confirmed that the group was created independently. \"They are not affiliated with the campaign,\" she said."
	checkSpeakerName(t, det, in, "\"They are not affiliated with the campaign,\"", "Hope Hicks")
}

// TestDescriptionByOrigin: a person described by age or origin and the
// place they come from ("the 18-year-old from Prince Albert, Sask.", "a
// native of Saint John") is the person named before, not the place, even a
// place the entity tagger reads as a person's name.
func TestDescriptionByOrigin(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Landon Pelletier scored twice in the third period.\n\n\"It's easier to just focus on winning,\" the 18-year-old from Prince Albert, Sask., said.",
			`"It's easier to just focus on winning,"`, "Landon Pelletier"},
		{"Landon Pelletier scored twice in the third period.\n\nThe 18-year-old from Regina said it was easier to focus on winning.",
			"it was easier to focus on winning", "Landon Pelletier"},
		{"Marie Cormier opened the bakery in 1998.\n\nThe 61-year-old native of Prince Albert said the town had changed.",
			"the town had changed", "Marie Cormier"},
	})
}

// TestPronounAfterQuotationOfSentences: "he said" after a quotation of
// two or more sentences looks for its antecedent in the sentence before
// the quotation, not in the quotation's own sentences (there the subject
// of the paragraph before was skipped for the last speaker); a name that
// only modifies a noun ("The Acme campaign picked up …") is no subject.
func TestPronounAfterQuotationOfSentences(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Defence lawyer Greg Sokolowski said Dueck had been attending a treatment program.\n\nTravis Dueck briefly addressed the court before he was sentenced.\n\n\"I'm ashamed of what I did. I know saying sorry doesn't give anybody their money back,\" he said.",
			"\"I'm ashamed of what I did. I know saying sorry doesn't give anybody their money back,\"", "Travis Dueck"},
		{"\"We will appeal,\" said Mayor Ana Lind.\n\nCouncillor Sara Brel voted against the plan. \"It costs too much. We cannot afford it,\" she said.",
			"\"It costs too much. We cannot afford it,\"", "Sara Brel"},
		{"\"It was fine,\" said Tom Roe.\n\nThe Jim Harlow campaign picked up a rumour about the vote.\n\n\"Is this what we accept now? Do we not have higher standards?\" he told the show.",
			"\"Is this what we accept now? Do we not have higher standards?\"", "Tom Roe"},
	})
}

// TestKinshipDescription: "her son" speaks for the person named with those
// words ("her son, Dr. Amarjit Grewal, said"), never for whoever spoke
// last, and another's kin ("Elliott's father") is not "his father" named
// before.
func TestKinshipDescription(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Dr. Harjit Grewal died last week, surrounded by family, her son, Dr. Amarjit Grewal, said in a statement.\n\n\"She used to say that a patient cannot tell you what is wrong,\" her son said.",
			"\"She used to say that a patient cannot tell you what is wrong,\"", "Amarjit Grewal"},
		{"\"He was a good man,\" said Jo Brel.\n\n\"He never missed a shift,\" her son said.",
			"\"He never missed a shift,\"", "her son"},
		{"His father, Tom Roe, ran the shop for years.\n\n\"He was proud of it,\" Lind's father said.",
			"\"He was proud of it,\"", "Lind's father"},
	})
}

// TestKinshipDescriptionFarBack: "her daughter" many paragraphs after
// "said her daughter, Carla Pelletier-Mah" is Pelletier-Mah when the one
// named last, whose daughter she is, shares her family name; not when the
// one named last is another family's ("Maria Santos lost her home. Her
// daughter said").
func TestKinshipDescriptionFarBack(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Lena Pelletier ran the rink for 40 years.\n\n\"Mom used to say the ice didn't care who you were,\" said her daughter, Carla Pelletier-Mah.\n\nThe rink opened in 1971.\n\nDhaliwal said she still skates most Sundays, and took her own daughter to the rink last year.\n\nThe city named the rink after her in 2010.\n\nA book about the rink came out in 2019.\n\nPelletier attended one reading and, according to her daughter, spent most of it asking the children whether they had skates at home.",
			"Pelletier attended one reading and", "Carla Pelletier-Mah"}, // (one quote in two parts around its attribution)
		{"Effie Haddad died on Monday at 91.\n\nHer daughter, Norah Haddad-Kerr, said her mother never thought of the two sides of the family as separate.\n\nHaddad taught music for 30 years.\n\nShe led the choir at St. Anne's.\n\nThe choir toured Europe in 1988.\n\nIt sang in Rome and Vienna.\n\nThe parish hall burned in 1996.\n\nThe choir sang in a school gym for two years.\n\nA new hall opened in 1999.\n\nHaddad continued to lead the sessions until 2022. Even then, her daughter said, former students would phone and sing to her.",
			"former students would phone and sing to her", "Norah Haddad-Kerr"},
		{"Her daughter, Ann Lee, said her mother loved the river.\n\nThe flood reached the town on Monday.\n\nThe water rose two metres.\n\nThe bridge closed at noon.\n\nSchools closed for the week.\n\nMaria Santos lost her home on Tuesday.\n\nHer daughter said the family would rebuild.",
			"the family would rebuild", "Her daughter"},
		// another daughter named since, and "his daughter" for "her daughter, …"
		{"Marie Pelletier ran the corner store for 41 years.\n\n“She never took a day off,” said her daughter, Carla Pelletier-Mah.\n\nHer other daughter, Sophie Pelletier, flew in from Vancouver.\n\nThe store opened in 1979.\n\nIt sold bread and milk.\n\nIts sign still hangs.\n\nPelletier died March 3 at 86.\n\n“She knew every kid's name,” her daughter said.",
			"“She knew every kid's name,”", "her daughter"},
		{"Marie Pelletier ran the corner store for 41 years.\n\n“She never took a day off,” said her daughter, Carla Pelletier-Mah.\n\nThe store opened in 1979.\n\nIt sold bread and milk.\n\nIts sign still hangs.\n\nJacques Pelletier, no relation, bought the building in 2020.\n\nPelletier plans to reopen it as a café.\n\n“He has big plans,” his daughter said.",
			"“He has big plans,”", "his daughter"},
	})
}

// TestParentOfAChild: "his father" after the one the article introduced
// as a son is the other person named with his family name, of the
// father's gender; not when the one named last was introduced as no one's
// child.
func TestParentOfAChild(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Dale Hrynchuk farms with his son, Tyler.\n\nTyler Hrynchuk, 34, has run the numbers.\n\n\"It is a coin toss,\" the younger Hrynchuk said.\n\nHis father said he will wait until June.",
			"he will wait until June", "Dale Hrynchuk"},
		{"Ana Lee farms with her daughter, Mia.\n\nMia Lee, 14, runs the stand.\n\nHer mother said she will wait.",
			"she will wait", "Ana Lee"},
		{"Dale Hrynchuk farms near Kindersley.\n\nJo Hrynchuk, 34, has run the numbers.\n\n\"It is a coin toss,\" Jo Hrynchuk said.\n\nHis father said he will wait until June.",
			"he will wait until June", "His father"},
	})
}

// TestWhichSpeaksForAntecedent: a verb of speech after ", which" speaks
// for the phrase before it, as after ", who": "The group, which says it
// represents 41,000 firms, …" reports what the group says (no cue had been
// proposed).
func TestWhichSpeaksForAntecedent(t *testing.T) {
	det := mustNew(t)
	checkSpeakerName(t, det, "The Canadian Independent Merchants Alliance welcomed the bill. The group, which says it represents 41,000 businesses, estimated its members pay $6,800 a year.",
		"it represents 41,000 businesses", "Canadian Independent Merchants Alliance")
	checkSpeakers(t, []speakerCase{{"The report, which says the river has risen two metres, was released Monday.", "the river has risen two metres", "The report"}})
}

// TestPunjabiNamesGender: "Singh" and "Kaur" tell a Sikh name's gender,
// whose given name both genders bear; a given name of that kind that the
// wider list genders the other way still takes he or she when no one else
// can ("Jaspreet Dhaliwal … he", the list says female), but not over a
// person who fits ("Gurpreet" is listed male: "she" is the woman introduced
// before).
func TestPunjabiNamesGender(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Harpreet Singh opened the clinic in 1998.\n\nAna Roe said the clinic was busy.\n\n“We never closed,” he said.",
			"“We never closed,”", "Harpreet Singh"},
		{"Jaspreet Dhaliwal, who runs a dairy farm, said the alert came late.\n\nOfficials said the water had stopped rising.\n\nDhaliwal isn’t sure his family can rebuild.\n\n“In 2021 we told ourselves, this is once in a lifetime,” he said.",
			"“In 2021 we told ourselves, this is once in a lifetime,”", "Jaspreet Dhaliwal"},
		{"Union president Gurpreet Dhaliwal said members would stay out.\n\nAmong those on the picket line was Anjali Persaud, 34, a forklift operator. She said she often learns of her shifts late.",
			"she often learns of her shifts late", "Anjali Persaud"},
		// The given name decides where it says: women are surnamed Singh too.
		{`Sarah Singh has worked at the hospital for 12 years. "We are exhausted," she said.`, `"We are exhausted,"`, "Sarah Singh"},
		{`Dr. Jo Roe runs the ward. Sarah Singh has worked there for 12 years. "We are exhausted," he said.`, `"We are exhausted,"`, "Jo Roe"},
	})
}

// TestBothGenderGivenNames: a given name many of both genders bear, which
// the wider list gives one gender ("Darcy", listed female there), takes
// either pronoun, but not over a person who fits; a name the wider list
// genders rightly still refuses the other pronoun ("Prince Harry … she").
func TestBothGenderGivenNames(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Agriculture Minister Darcy Lindgren told reporters the province made that request.\n\nHe said that would depend on the federal assessment.",
			"that would depend on the federal assessment", "Darcy Lindgren"},
		{"Agriculture Minister Darcy Lindgren told reporters the province made that request.\n\nRancher Tom Hale said the grass was gone. He said that would depend on the rain.",
			"that would depend on the rain", "Tom Hale"},
	})
	checkSpeakers(t, []speakerCase{{"Prince Harry said the charity would grow.\n\n\"It will reach every school,\" she said.", "\"It will reach every school,\"", "she"}})
	// not against a pronoun of the other gender that follows the name in its sentence
	checkSpeakerNames(t, det, []nameCase{
		{"The report was written by Kim Tran and her team at the institute. He disputed its findings, saying the data \"was cherry-picked.\"", "the data \"was cherry-picked.\"", "He"},
	})
}

// TestItGoesOnWithDescribedBody: an "it" that nothing else resolves goes on
// with the description of a body that is the subject of the sentence
// before: the body named before, else the description as written.
func TestItGoesOnWithDescribedBody(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Drivers walked off the job Monday after talks with Halifax Regional Municipality failed.\n\nThe municipality sees it differently. In a statement issued around 12:30 a.m., it said its offer included wage increases.\n\n\"We are disappointed,\" the statement read.",
			"its offer included wage increases", "Halifax Regional Municipality"},
		{"Drivers walked off the job Monday after talks with Halifax Regional Municipality failed.\n\nThe municipality sees it differently. In a statement issued around 12:30 a.m., it said its offer included wage increases.\n\n\"We are disappointed,\" the statement read.",
			"\"We are disappointed,\"", "Halifax Regional Municipality"},
		{"Workers at the Acme Corp. plant walked off the job.\n\nThe company declined an interview. It said the offer was fair.", "the offer was fair", "Acme Corp."},
		{"Workers at the plant walked off the job.\n\nThe company declined an interview. It said the offer was fair.", "the offer was fair", "The company"},
	})
	// Not a thing.
	checkSpeakerNames(t, det, []nameCase{
		{"Workers at the plant walked off the job.\n\nThe strike entered its second day. It said the offer was fair.", "the offer was fair", "It"},
	})
	// not when "it" is a text or a lawsuit the sentence before names as its object
	checkSpeakerNames(t, det, []nameCase{
		{"The company faces a class action. It alleges the firm \"knowingly sold defective heaters.\"", "the firm \"knowingly sold defective heaters.\"", "It"},
		{"The municipality commissioned a study of the landfill in 2022. Released Monday, it said the site \"will be full within six years.\"", "the site \"will be full within six years.\"", "it"},
		{"The hospital is pushing back on the report. It said wait times \"have fallen for six straight months.\"", "wait times \"have fallen for six straight months.\"", "The hospital"},
	})
	checkSpeakerNames(t, det, []nameCase{
		{"The company released its annual report Tuesday. It says emissions fell 10 per cent.", "emissions fell 10 per cent", "It"},
	})
}

// TestPartyMemberDescriptions: "the Kentucky Republican", "the Democrat"
// after a quote is the politician the text is about, not any other
// "Republican Jo Doe" named nearby; "Republican" alone names no one.
func TestPartyMemberDescriptions(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Senate Majority Leader Mitch Colton said lawmakers could still find common ground.\n\n\"The American people needed help, and this Congress delivered it,\" the Kentucky Republican said.",
			"\"The American people needed help, and this Congress delivered it,\"", "Mitch Colton"},
		{"Allies were rattled by Republican Dan Harker's comments.\n\nIn an interview on Thursday, House Speaker Paul Rydell criticized the policy. \"Allies want to know if we are still in the game,\" the Wisconsin Republican said.",
			"\"Allies want to know if we are still in the game,\"", "Paul Rydell"},
		// Not one of the other party.
		{"Republican Tim Sheehy criticized the bill. Democratic Sen. Jon Tester defended it. \"It is a disaster,\" the Republican said.",
			"\"It is a disaster,\"", "Tim Sheehy"},
		{"Republican Sen. Rand Paul spoke first. Paul called it reckless. \"It is necessary,\" the Democrat said.",
			"\"It is necessary,\"", "the Democrat"},
	})
}

// TestCompoundGivenNamesGender: a hyphened given name tells its gender by
// its parts ("Marc-André" a man's), so "she" after a judge and the man she
// sentences is the judge.
func TestCompoundGivenNamesGender(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Judge Hélène Tremblay-Roy sentenced Marc-André Vézina to three years on Tuesday.\n\nVézina showed no emotion. \"This court cannot repair what was done to you,\" she said.",
			"\"This court cannot repair what was done to you,\"", "Hélène Tremblay-Roy"},
		{"Marie-Ève Gagnon met Jean-Pierre Lacasse on Monday. \"We talked for an hour,\" she said.",
			"\"We talked for an hour,\"", "Marie-Ève Gagnon"},
	})
	for _, c := range []struct{ name, want string }{
		{"marc-andre", "m"}, {"marie-eve", "f"}, {"marie-claude", "f"}, {"jean-claude", "m"}, {"pierre-luc", "m"},
	} {
		if got := compoundGender(c.name); got != c.want {
			t.Errorf("compoundGender(%q) = %q, want %q", c.name, got, c.want)
		}
	}
}

// TestHeadlineTitleSpeaker: a title alone heading a line that reads as a
// headline ("Judge says …") is the bearer the article names later, however
// many paragraphs of a pasted page lie between.
func TestHeadlineTitleSpeaker(t *testing.T) {
	det := mustNew(t)
	furniture := strings.Repeat("Advertisement\n\nStory continues below\n\n", 3)
	checkSpeakerNames(t, det, []nameCase{
		{"Contractor sentenced to four years\n\nJudge says Marc Vezon showed a calculated indifference to the families\n\n" + furniture +
			"Marc Vezon, 52, pleaded guilty in February. Court of Quebec Judge Helen Tremblay handed down the sentence Thursday.",
			"Marc Vezon showed a calculated indifference to the families", "Helen Tremblay"},
		// Not a former coach named first, nor a vice president.
		{"Leafs rally late\n\nCoach says team is ready for the playoffs\n\n" + furniture +
			"Former coach Mike Babcock watched from the stands. Coach Sheldon Keefe said the team had grown.",
			"team is ready for the playoffs", "Sheldon Keefe"},
		// An organisation's kind alone: the first of that kind named after.
		{"Drone maker sold\n\nCompany says 240 jobs will stay in Kelowna\n\n" + furniture +
			"Skyline Aerial Systems, the Kelowna company whose drones survey mines, has agreed to be acquired by Meridian Autonomy.",
			"240 jobs will stay in Kelowna", "Skyline Aerial Systems"},
		{"Talks to resume\n\nPresident says talks will resume next week\n\n" + furniture +
			"Vice President Kamala Harris met the delegation on Monday.",
			"talks will resume next week", "President"},
		// A portfolio and its title; a title alone that opens the
		// headline (the entity tagger had read "Mayor" as a person).
		{"Rural ER closures hit record\n\nHealth minister says new staffing plan will turn the corner by summer\n\n" + furniture +
			"EDMONTON — Rural emergency rooms closed for 1,190 hours last month.\n\nHealth Minister Bruce Latendresse said he understands the frustration.",
			"new staffing plan will turn the corner by summer", "Bruce Latendresse"},
		{"Mayor says bridge will reopen\n\nKELLAN BAY — The bridge will reopen in May, Mayor Ana Ferreira said on Friday.",
			"bridge will reopen", "Ana Ferreira"},
	})
}

// TestPronounAfterUnnamedNeighbour: "she" after an unnamed person the
// news meets ("Another neighbour, who declined to give her name, said")
// goes on with that person, not with a woman named before.
func TestPronounAfterUnnamedNeighbour(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct{ in, first, second string }{
		{"Carol Doiron said her clubs were taken. “I was shocked,” she said. Another neighbour, who declined to give her name, said people had started leaving porch lights on all night. “We are not used to that here,” she said.",
			"people had started leaving", "We are not used to that"},
		{"Renée Kaminski, the chief executive, said the deal was good. One employee, who asked not to be named, said the mood in the building was good. She said many staff hold stock options.",
			"the mood in the building", "many staff hold stock options"},
	} {
		a := det.Detect(c.in)
		runes := []rune(c.in)
		q1, q2 := quoteWith(a, runes, c.first), quoteWith(a, runes, c.second)
		if q1 == nil || q2 == nil {
			t.Fatalf("%q: want both quotes:%s", c.in, dump(runes, a))
		}
		m1, m2 := a.Mention(q1.Speaker), a.Mention(q2.Speaker)
		if m1 == nil || m2 == nil || m1.Entity == 0 || m1.Entity != m2.Entity {
			t.Errorf("%q: want both quotes' speakers the unnamed person:%s", c.in, dump(runes, a))
		}
	}
}

// TestDescriptionOfSomeoneNew: "the owner of one of the businesses" brings
// in someone new, not the person named before; titles that hold the head
// still name the person ("the organizer of a rally" named in the next
// paragraph as an organizer).
func TestDescriptionOfSomeoneNew(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Jo Doe lost her clubs, she said. The owner of one of the businesses, a bike repair shop, told reporters that the break-in had cost him $6,000.",
			"the break-in had cost him $6,000", "The owner of one of the businesses"},
		{"Even the organizer of a rally said the rules increased the risk.\n\n“You stick everybody together,” said Tim Selaty, organizer of a group called Citizens First.",
			"the rules increased the risk", "Tim Selaty"},
	})
}

// TestDescriptionByOccupation: a description by someone's work or by a
// title spelt out ("the detective sergeant" for "Det. Sgt. Jo Doe", "the
// pharmacist" for "Jo Doe, a pharmacist") names the person, never the
// customer who spoke last; a
// playing position ("the Regina skip", one of two skips) names no one by
// it, a worker after "his" or "her" is not that person, and an occupation
// or "the elder" brought in unnamed before ("a forensic scientist",
// "listening to an elder talk" two paragraphs up) stays unnamed.
func TestDescriptionByOccupation(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Det. Sgt. Marcus Villeneuve said two suspects were arrested.\n\nThe sergeant said investigators had recovered an imitation firearm.",
			"investigators had recovered an imitation firearm", "Marcus Villeneuve"},
		{"Jo Doe, a pharmacist in Truro, said the shortage was serious.\n\nThe pharmacist said patients were switching drugs.",
			"patients were switching drugs", "Jo Doe"},
		// Not whoever spoke last, mostly the customer or the patient.
		{"Ann Lee waited two hours for her pills. “It is ridiculous,” she said. The pharmacist said supplies were short.",
			"supplies were short", "The pharmacist"},
		{"“That draw is the one people will talk about,” said third Tamsin Achterberg.\n\nThe 29-year-old skip said her team had struggled through the fall.",
			"her team had struggled through the fall", "The 29-year-old skip"},
		{"A dozen teenagers sat on the rocks 20 kilometres from Rankin Inlet, listening to an elder talk.\n\nSimeonie Amarualik, one of the two elders who started the program, said he tells stories.\n\n\"We were told to be strong,\" the elder said.",
			"\"We were told to be strong,\"", "the elder"},
		{"Jo Doe toured the clinic on Monday. His personal physician said he was in excellent health.",
			"he was in excellent health", "His personal physician"},
		{"Jo Doe called the skull a fake and sent it to a forensic scientist, who examined it.\n\n“This skull is not that of the king,” the scientist said.",
			"“This skull is not that of the king,”", "the scientist"},
	})
}

// TestStatementOfUnnamedSpeaker: "the statement" after a statement an
// unnamed speaker gave, or after "according to a statement from …", is
// that speaker's, not the subject of the sentence before.
func TestStatementOfUnnamedSpeaker(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"A spokesperson for the health minister said in a statement that the government welcomes the work.\n\n“We will continue to hold ourselves accountable,” the statement said.",
			"“We will continue to hold ourselves accountable,”", "A spokesperson for the health minister"},
		{"Haldane, a retired teacher, remains in hospital, according to a statement from her family.\n\n“Marguerite is a fighter,” the statement said.",
			"“Marguerite is a fighter,”", "a statement from her family"},
		{"The Halvard Mining Corp. issued a statement on Monday. The statement said the mine would reopen.",
			"the mine would reopen", "Halvard Mining Corp."},
	})
}

// TestPronounAfterTitledSubject: "she" after a sentence opened by a
// description that a title names ("The judge rejected that request." after
// "Judge Hélène Brassard-Kemp") is that person, not the man who spoke last.
func TestPronounAfterTitledSubject(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Quebec Court Judge Hélène Brassard-Kemp handed down the sentence.\n\nThe court heard from six parents.\n\nAdvertisement\n\nStory continues below\n\nDefence lawyer Kevin Ostrowski had argued for a conditional sentence.\n\nThe judge rejected that request. A sentence served at home, she wrote, “would not reflect the gravity of what happened.”",
			"“would not reflect the gravity of what happened.”", "Hélène Brassard-Kemp"},
	})
}

// TestOccupationNotAnotherTitledPerson: a description by work stands for
// no one but a person titled with it: not the last speaker, known by
// another title ("Sgt. Mike Dunn" is not "the constable") or by none (the
// parent before "the principal", the victim before "the firefighter").
func TestOccupationNotAnotherTitledPerson(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Police Chief Ann Lee said the crash happened at 2 a.m.\n\nThe paramedic who arrived first said the driver was unconscious.",
			"the driver was unconscious", "The paramedic"},
		{"Sgt. Mike Dunn said the arrest followed a tip.\n\nThe constable said the man did not resist.", "the man did not resist", "The constable"},
		{"Health Minister Sara Quinn said the hospital would reopen.\n\nThe surgeon said the operating rooms were not ready.",
			"the operating rooms were not ready", "The surgeon"},
		{"Mayor Tim Roe said the festival went well.\n\nThe chef said she ran out of food by noon.", "she ran out of food by noon", "The chef"},
		{"Ann Lee said the school was unsafe. The principal said the building passed inspection.", "the building passed inspection", "The principal"},
		{"Tom Brown lost his home in the fire. “Everything is gone,” he said.\n\nThe firefighter said the blaze started in the kitchen.",
			"the blaze started in the kitchen", "The firefighter"},
	})
}

// TestPlayingPositionNotTheLastSpeaker: "the Regina skip" after the other
// team's skip spoke is not that skip.
func TestPlayingPositionNotTheLastSpeaker(t *testing.T) {
	det := mustNew(t)
	in := "Skip Colton Yaremko drew for two to beat Regina's Matthieu Gaudet.\n\n\"You just hope your legs work,\" Yaremko said.\n\nThe 33-year-old Regina skip said he was proud of his team."
	runes := []rune(in)
	a := det.Detect(in)
	q := quoteWith(a, runes, "he was proud of his team")
	if q == nil {
		t.Fatalf("quote not found:%s", dump(runes, a))
	}
	if got := a.SpeakerName(runes, *q); got == "Colton Yaremko" {
		t.Errorf("speaker %q: the Regina skip is not the winning skip:%s", got, dump(runes, a))
	}
}

// TestHisOfficeSpeaksForHim: "his office" and "her office" speak for the
// person the possessive stands for, as a spokesperson does; with no such
// person the office stays as written.
func TestHisOfficeSpeaksForHim(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"\"We remain committed to a ferry link,\" the release quoted Public Works Minister Gordon Hale as saying.\n\nThe minister was not available for an interview, according to his office.",
			"The minister was not available for an interview", "Gordon Hale"},
		{"Mayor Jo Roe did not attend the meeting. Her office said she was ill.", "she was ill", "Jo Roe"},
		{"The company closed the plant in May. His office said the talks had failed.", "the talks had failed", "His office"},
		// (a relative named in the sentence is not the office's holder)
		{"The minister's son, Kyle Petrie, was charged with impaired driving, his office said.", "The minister's son, Kyle Petrie, was charged with impaired driving", "his office"},
	})
}
