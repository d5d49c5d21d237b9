package detect

import "testing"

// Invented sentences for speakers that are no noun phrase that can speak: a
// cue word used as a modifier or a noun inside a noun phrase, a verb or an
// adverb the chunker left at the end of the speaker, the possessor of a
// noun that is also a cue word, and a name inside the phrase after the head.

// TestCueWordInsideNounPhrase: a participle or a noun of the cue table inside
// a noun phrase opened by an article, a possessive or a preposition is no
// verb of speech, over adverbs and participles between ("a personally signed
// note", "the most telling pledge", "a hotly disputed claim", "in rural states
// that"); a verb after its subject still is.
func TestCueWordInsideNounPhrase(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct{ in, bad string }{
		{"The mayor opened the fair with a personally signed note that thanked the volunteers.", "thanked the volunteers"},
		{"The most telling pledge the governor has made this year is that she will not raise taxes.", "the governor has made"},
		{"He made a hotly disputed visit to the port city on Friday.", "visit to the port city"},
		{"The senator did better in rural states that have leaned toward the party for decades.", "have leaned toward the party"},
		{"The editorial, which echoes a widely criticized post by a talk-show host, is misleading.", "post by a talk-show host"},
	} {
		a := det.Detect(c.in)
		noQuoteHolding(t, a, c.in, c.bad)
	}
	for _, c := range []struct{ in, want, by string }{
		{"The mayor personally signed the order and said the fair would go ahead.", "the fair would go ahead", "The mayor"},
		{"The state's governor stated that the plant would stay open.", "the plant would stay open", "The state's governor"},
		{"Our survey of voters in three states said that turnout would fall.", "turnout would fall", "Our survey of voters in three states"},
	} {
		checkQuoteBy(t, det.Detect(c.in), []rune(c.in), c.in, c.want, c.by)
	}
}

// TestSpeakerTailTrimmed: a past verb or an adverb after the speaker's noun
// is not part of the speaker ("the driver needed … and asked", "some
// delegates vented … and said"); a plural noun the tagger reads as a verb
// stays ("Press reports have said").
func TestSpeakerTailTrimmed(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct{ in, want, by string }{
		{"Just before the bus left, the driver needed to check the tyres and asked for passengers to wait outside.", "passengers to wait outside", "the driver"},
		{"Some delegates vented about the chair and said that they had run out of patience.", "they had run out of patience", "Some delegates"},
		{"Press reports have said that the minister would resign within the week.", "the minister would resign within the week", "Press reports"},
	} {
		checkQuoteBy(t, det.Detect(c.in), []rune(c.in), c.in, c.want, c.by)
	}
}

// TestPossessorOfCueNoun: "The state's governor" and "State's lawyers" keep
// their possessor although "state" is also a verb of speech.
func TestPossessorOfCueNoun(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct{ in, want, by string }{
		{"The state's finance chief said the budget would balance.", "the budget would balance", "The state's finance chief"},
		{"After the hearing, State's lawyers said the ruling would be appealed.", "the ruling would be appealed", "State's lawyers"},
	} {
		checkQuoteBy(t, det.Detect(c.in), []rune(c.in), c.in, c.want, c.by)
	}
}

// TestNounOfSpeechAfterItsVerb: a noun of speech after its verb ("had posted
// comments about X") is the verb's subject's (its topic is a quote in scope
// all), and a passive "is being asked for" reports nothing in the speech
// scope.
func TestNounOfSpeechAfterItsVerb(t *testing.T) {
	det := mustNew(t)
	all, err := NewWith(Options{Scope: ScopeAll})
	if err != nil {
		t.Fatal(err)
	}
	in := "The teacher was suspended in May after she had posted comments about the strike online."
	checkQuoteBy(t, all.Detect(in), []rune(in), in, "the strike online", "she")
	noQuoteBy(t, det.Detect(in), in, "posted")
	in = "The clerk is being asked for the name of whoever leaked the memo."
	noQuoteHolding(t, det.Detect(in), in, "the name of whoever")
}

// TestYouInsideQuoteIsNoAside: "you said" inside a quote is a quote the
// speaker makes of someone addressed, not the narrator's attribution; the
// whole quote is the speaker's.
func TestYouInsideQuoteIsNoAside(t *testing.T) {
	det := mustNew(t)
	in := "\"Now, you famously said, at the first debate, that nobody cares about the audit,\" the host said."
	a := det.Detect(in)
	checkQuoteBy(t, a, []rune(in), in, "you famously said", "the host")
	noQuoteBy(t, a, in, "you famously")
}

// TestCommonNounOpeningSpeakerPhrase: "Doctors caring for Jo Doe said" is
// said by the doctors, not the person they care for, when the common noun
// opens the sentence (capitalised) as when it does not.
func TestCommonNounOpeningSpeakerPhrase(t *testing.T) {
	det := mustNew(t)
	for _, in := range []string{
		"Nurses caring for Ana Lindqvist in a city clinic said on Monday that her fever had fallen.",
		"On Monday, nurses caring for Ana Lindqvist in a city clinic said that her fever had fallen.",
	} {
		a := det.Detect(in)
		noQuoteBy(t, a, in, "Ana Lindqvist")
		if q := quoteWith(a, []rune(in), "her fever had fallen"); q == nil || a.Mention(q.Speaker) == nil {
			t.Errorf("%q: want a quote by the nurses:%s", in, dump([]rune(in), a))
		}
	}
}

// TestParticipleSubjectPastPossessor: a participle ("…, saying") shares
// the sentence's subject, and when that subject is a possessed phrase the
// speaker is the phrase, not the name in the possessive ("Gov. Jo Doe's
// aide Sam Roe quit, saying" is the aide's).
func TestParticipleSubjectPastPossessor(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Governor Ann Lee's top aide Tom Roe resigned on Thursday, saying he wanted more time with his family.", "he wanted more time with his family", "Tom Roe"},
		{"Acme Corp's chief executive Tom Roe stepped down on Friday, saying the board needed a fresh start.", "the board needed a fresh start", "Tom Roe"},
	})
	in := "Ann Lee's campaign ended on Thursday, saying it had run out of money."
	checkQuoteBy(t, det.Detect(in), []rune(in), in, "it had run out of money", "Ann Lee's campaign")
}

// TestNameModifyingGroupOrPerson: a name before a plural noun, or after a
// determiner and before a noun, modifies the one who speaks ("Sanders fans
// told reporters", "This Yellowknife engineer says"), including where the
// tagger took a place for a person's name ("Fraser Valley farmers").
func TestNameModifyingGroupOrPerson(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct{ in, want, by string }{
		{"Fraser Valley farmers say they had no warning before the dike broke.", "they had no warning before the dike broke", "Fraser Valley farmers"},
		{"Sanders fans told reporters that the rally was the biggest yet.", "the rally was the biggest yet", "Sanders fans"},
		{"This Yellowknife engineer says the North needs a Plan B.", "the North needs a Plan B", "This Yellowknife engineer"},
		{"Doe today said the plan would work.", "the plan would work", "Doe"},
	} {
		runes := []rune(c.in)
		checkQuoteBy(t, det.Detect(c.in), runes, c.in, c.want, c.by)
	}
}

// TestContactRelativeBeforeVerbOfSpeech: a relative clause without a
// relative pronoun between the speaker's noun and the verb of speech ("One
// man I won't name told me", "A woman I spoke to said") leaves the noun's
// phrase the speaker; a verb of speech right before a finite verb still
// reports its clause ("countries he said had sent immigrants").
func TestContactRelativeBeforeVerbOfSpeech(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct{ in, want, by string }{
		{`One man in a community I won't name told me, "You engineers are just now catching up."`, `"You engineers are just now catching up."`, "One man in a community"},
		{"A woman I spoke to said the roads were unsafe.", "the roads were unsafe", "A woman"},
		{"The people we talked with said the water rose overnight.", "the water rose overnight", "The people"},
		{"Trump included the Philippines on a list of countries he said had sent dangerous immigrants.", "had sent dangerous immigrants", "he"},
	} {
		runes := []rune(c.in)
		checkQuoteBy(t, det.Detect(c.in), runes, c.in, c.want, c.by)
	}
	// A time before a pronoun and an infinitive is no relative clause.
	checkSpeakerNames(t, det, []nameCase{
		{"Union president Jo Brel met the company on Monday. After the meeting she decided to say that the deal was off.", "the deal was off", "Jo Brel"},
		{"Mayor Jo Brel spoke on Monday. That night she wanted to tell police that her son was missing.", "her son was missing", "Jo Brel"},
	})
	for _, in := range []string{"This week they agreed to testify that the payments were legal.", "Last month she began to argue that the rules were unfair."} {
		if a := det.Detect(in); len(a.Quotes) > 0 {
			t.Errorf("%q: unexpected quote%s", in, dump([]rune(in), a))
		}
	}
}
