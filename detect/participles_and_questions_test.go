package detect

import (
	"testing"
)

// TestParticipleAfterTag: a topic participle after a reporting tag's comma
// ("…,” Doe said, referring to X") is the tag's speaker's in scope all (the
// speech scope suggests no topic); after a comma that ends no tag it is not
// a cue ("Ana Ruiz, writing for the majority, said …").
func TestParticipleAfterTag(t *testing.T) {
	for _, opts := range []Options{{Scope: ScopeSpeech}, {Scope: ScopeAll}} {
		d, err := NewWith(opts)
		if err != nil {
			t.Fatal(err)
		}
		for _, in := range []string{
			"“The old one will hold,” Jo Doe said, referring to the span over the river.",
			"“The old one will hold,” said Jo Doe, referring to the span over the river.",
		} {
			if opts.Scope == ScopeAll {
				checkQuoteBy(t, d.Detect(in), []rune(in), in, "the span over the river", "Jo Doe")
			} else {
				checkQuoteBy(t, d.Detect(in), []rune(in), in, "The old one will hold", "Jo Doe")
				noQuoteHolding(t, d.Detect(in), in, "the span over the river")
			}
		}
		in := "Ana Ruiz, writing for the majority of the panel, said the law stands."
		a := d.Detect(in)
		if q := quoteWith(a, []rune(in), "the majority"); q != nil {
			t.Errorf("%q, scope %s: the venue is no content:%s", in, opts.Scope, dump([]rune(in), a))
		}
	}
}

// TestQuestionAfterWhenAsked: "when asked whether X" later in a sentence,
// and "Asked on Monday whether X," at its start, report the question with
// no speaker.
func TestQuestionAfterWhenAsked(t *testing.T) {
	d, err := NewWith(Options{Scope: ScopeAll})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ in, want string }{
		{"“Not this year,” the coach said when asked whether the team would move to a new arena.", "whether the team would move to a new arena"},
		{"Asked on Monday whether the mill would reopen, the owner shook his head.", "whether the mill would reopen"},
	} {
		a := d.Detect(c.in)
		runes := []rune(c.in)
		q := quoteWith(a, runes, c.want)
		if q == nil || q.Speaker != 0 {
			t.Errorf("%q: want a quote holding %q without a speaker; got%s", c.in, c.want, dump(runes, a))
		}
	}
}

// TestQuotedAsOverApposition: "quoted the top negotiator, Jo Doe, as
// saying" and "quoted Jo Doe, the top negotiator, as saying" are Jo Doe's
// words, not the quoting outlet's.
func TestQuotedAsOverApposition(t *testing.T) {
	det := mustNew(t)
	for _, in := range []string{
		"The agency quoted the country's top negotiator with the rebels, Jo Doe, as telling a visiting group that it was time for talks.",
		"The agency quoted Jo Doe, the top negotiator, as saying that it was time for talks.",
	} {
		checkSpeakerName(t, det, in, "it was time for talks", "Jo Doe")
	}
}

// TestParticipleAfterThingNoun: a past form after a noun for a thing, with
// the sentence's verb after it and no subject between, is a participle
// ("The accord agreed quietly three weeks ago will settle …", "The deal reported on
// Monday was worth …"), not a thing speaking; a reporting verb with a
// subject after it still reports ("The report said on Monday the fares
// would rise", "The jury said on Friday the defendant was …").
func TestParticipleAfterThingNoun(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct{ in, bad string }{
		{"The accord agreed quietly three weeks ago will settle a long quarrel over the border.", "will settle a long quarrel"},
		{"The plan announced last week will cut fares on all routes.", "will cut fares"},
		{"The deal reported on Monday was worth two million dollars.", "was worth"},
		// a noun without an article: "new refining capacity announced across the region"
		{"By 2027, new refining capacity announced across the region could lift supply by a fifth.", "across the region could lift supply"},
		{"New capacity announced last year could add more than 20 per cent to demand.", "last year could add"},
	} {
		noQuoteHolding(t, det.Detect(c.in), c.in, c.bad)
	}
	for _, c := range []struct{ in, want, by string }{
		{"In a memo, management confirmed Friday will be the plant's last day.", "will be the plant's last day", "management"}, // (those who run it speak without an article)
		{"The report said on Monday the fares would rise.", "the fares would rise", "The report"},
		{"The jury said on Friday the defendant was not guilty of fraud.", "the defendant was not guilty of fraud", "The jury"},
		{"The family announced on Sunday the funeral will be held on Friday.", "the funeral will be held on Friday", "The family"},
	} {
		checkQuoteBy(t, det.Detect(c.in), []rune(c.in), c.in, c.want, c.by)
	}
}

// TestQuoteInSentenceOfDescribedSubject: a quotation inside a sentence
// whose subject is a description of a group or an office ("the commission
// recognized that … — “…”") is the subject's, not that of a person named
// in a fronted phrase or the paragraph's only person.
func TestQuoteInSentenceOfDescribedSubject(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"In rejecting a challenge to Tom Lind’s eligibility, the commission recognized that a court should settle the matter — “so that all officials know the rules.”",
			"“so that all officials know the rules.”", "the commission"},
		{"After meeting Tom Lind on Monday, the council decided that the vote should wait — “until every ballot is counted.”",
			"“until every ballot is counted.”", "the council"},
	})
}

// TestCueInReducedObjectRelative: a verb taking a noun-phrase object in a
// relative clause with no relative word ("The phrase Lind cited on
// Wednesday has appeared …") reports nothing: its object is the noun
// before its subject and the verb after it is the sentence's. A verb that
// takes a clause keeps its gapped clause ("the man police said was
// driving").
func TestCueInReducedObjectRelative(t *testing.T) {
	det := mustNew(t)
	for _, in := range []string{
		"The “wise judge” phrase Lind cited on Wednesday has appeared in various speeches over the years.",
		"The plan the minister announced on Monday will cut fares across the region.",
	} {
		if a := det.Detect(in); len(a.Quotes) != 0 {
			t.Errorf("%q: want no quote:%s", in, dump([]rune(in), a))
		}
	}
}

// TestQuestionAsTopicIsAClause: a question after a topic preposition
// ("talked about how …") runs over its own clause words.
func TestQuestionAsTopicIsAClause(t *testing.T) {
	det := mustNew(t)
	in := "She talked about how her experiences as a judge have shaped her life."
	runes := []rune(in)
	a := det.Detect(in)
	if _, ok := quotesBy(runes, a)["how her experiences as a judge have shaped her life"]; !ok {
		t.Errorf("%q: want the whole question as the quote:%s", in, dump(runes, a))
	}
}

// TestQuestionOpeningWithWhen: "asked (the government) when X could …" is
// the question asked, in both scopes (the "when" clause had been read as
// a time adjunct and no quote came out); "said when she left, …" keeps
// its adjunct.
func TestQuestionOpeningWithWhen(t *testing.T) {
	for scope, det := range detectors(t) {
		for _, c := range []speakerCase{
			{"NDP critic Tanvir Hossain-Laroque asked the government when patients could expect wait times to fall.", "when patients could expect wait times to fall", "Tanvir Hossain-Laroque"},
			{"Jo Doe wondered when the road would reopen.", "when the road would reopen", "Jo Doe"},
			{"Jo Doe said when she left the room, the lights were off.", "the lights were off", "Jo Doe"},
		} {
			runes := []rune(c.in)
			a := det.Detect(c.in)
			if got := quotesBy(runes, a); got[c.want] != c.by {
				t.Errorf("scope %s, %q: want a quote %q by %q:%s", scope, c.in, c.want, c.by, dump(runes, a))
			}
		}
	}
}

// TestVerbInAskedOpeningReportsNothing: a verb inside the reporter's
// question that opens the sentence ("Asked whether the government had
// offered incentives, …") reports nothing, and what the answerer said
// after the comma is theirs alone.
func TestVerbInAskedOpeningReportsNothing(t *testing.T) {
	det := mustNew(t)
	checkQuoteTexts(t, det, `Asked whether the government had offered financial incentives to keep the plant open, the minister said she would not discuss "private conversations" with the company.`,
		[]string{`she would not discuss "private conversations" with the company`})
	checkQuoteTexts(t, det, "Asked whether the union had warned members about the cuts, Doe said she would not speculate.",
		[]string{"she would not speculate"})
	// no comma ends the question: the verb is the sentence's own
	checkQuoteTexts(t, det, "Asked about the delay the minister said the contractor was to blame, and promised a review.",
		[]string{"the contractor was to blame"})
	checkQuoteTexts(t, det, "Asked about the delay the minister said the contractor, Acme Ltd., was to blame.",
		[]string{"the contractor, Acme Ltd., was to blame"})
}

// TestParticipleOfPeopleNamedByWhatTheyDo: a participle of speech after
// the object ("signed a letter saying", "met on Monday, saying") is the
// subject's, also when the subject is a plural named by what its people do
// ("The vendors", "The growers"), as it is for a body ("The union issued a
// statement saying").
func TestParticipleOfPeopleNamedByWhatTheyDo(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct{ in, want, by string }{
		{"The vendors signed a letter to the Larkspur board last week saying they were not consulted.", "they were not consulted", "The vendors"},
		{"The growers met on Monday, saying prices were too low.", "prices were too low", "The growers"},
		{"The investors signed a letter saying the new fees were unfair.", "the new fees were unfair", "The investors"},
		{"The union issued a statement saying members were not consulted.", "members were not consulted", "The union"},
		// things are no speakers: the participle's subject is the one who called
		{"The numbers in the report worried Jo Doe, who called the mayor on Monday, saying the town was broke.", "the town was broke", "Jo Doe"},
	} {
		checkQuoteBy(t, det.Detect(c.in), []rune(c.in), c.in, c.want, c.by)
	}
	// an absolute phrase's own subject speaks, not the sentence's
	in := "The protesters were arrested on Monday, police saying they had blocked the road."
	noQuoteBy(t, det.Detect(in), in, "The protesters")
}
