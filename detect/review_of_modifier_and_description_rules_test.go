package detect

import "testing"

// Invented sentences where this round's rules for modifiers, descriptions,
// company names, titles and colons misfired when a reviewer probed them.

// TestContractedHasAndObjectHerBeforeCue: "'s" for "has" and an object
// "her" are no article before a participle: "He's repeatedly told
// reporters that X", "The man who attacked her later told police that X".
func TestContractedHasAndObjectHerBeforeCue(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct{ in, want, by string }{
		{"He's repeatedly told reporters that he will not run again.", "he will not run again", "He"},
		{"Jo Doe's repeatedly told reporters that the mill will stay open.", "the mill will stay open", "Jo Doe"},
		{"The man who attacked her later told police that he had been drinking.", "he had been drinking", "The man"},
		{"The injured told police that the driver had fled.", "the driver had fled", "The injured"},
	} {
		checkQuoteBy(t, det.Detect(c.in), []rune(c.in), c.in, c.want, c.by)
	}
}

// TestFrontedClauseBeforeCoordinatedVerb: after a fronted clause with no
// comma ("Before the vote on the bill began"), "X met and said" is X's, not
// the clause's subject's.
func TestFrontedClauseBeforeCoordinatedVerb(t *testing.T) {
	det := mustNew(t)
	in := "Before the vote on the bill began the senators met and said they would abstain."
	checkQuoteBy(t, det.Detect(in), []rune(in), in, "they would abstain", "the senators")
}

// TestPlaceIsNoShortCompanyName: "Washington" is not Washington Post Co.
func TestPlaceIsNoShortCompanyName(t *testing.T) {
	det := mustNew(t)
	in := "Washington Post Co reported earnings on Friday.\n\nWashington said it would send more troops to the region."
	runes := []rune(in)
	a := det.Detect(in)
	if q := quoteWith(a, runes, "it would send more troops"); q == nil || a.SpeakerName(runes, *q) == "Washington Post Co" {
		t.Errorf("%q: want the quote, not by the company:%s", in, dump(runes, a))
	}
}

// TestTwoSpeakersJoinedBeforeName: "and" after a title with an article, a
// plural or a different case joins two speakers.
func TestTwoSpeakersJoinedBeforeName(t *testing.T) {
	det := mustNew(t)
	for _, in := range []string{
		"The mayor and Governor Ana Ruiz said the bridge would reopen.",
		"Officials and Senator Jo Doe said the bridge would reopen.",
		"The judge and prosecutor Jo Doe agreed that the case was weak.",
	} {
		a := det.Detect(in)
		runes := []rune(in)
		if len(a.Quotes) != 1 || a.SpeakerName(runes, a.Quotes[0]) == "Ana Ruiz" || a.SpeakerName(runes, a.Quotes[0]) == "Jo Doe" {
			t.Errorf("%q: want one quote by both:%s", in, dump(runes, a))
		}
	}
}

// TestColonAfterPronounGivenOrFrom: the pronoun after "given to" or "from"
// before a colon is the speaker, as it was.
func TestColonAfterPronounGivenOrFrom(t *testing.T) {
	det := mustNew(t)
	in := "The floor was given to her: \"Thank you, Mr. Chairman.\""
	checkQuoteBy(t, det.Detect(in), []rune(in), in, "Thank you, Mr. Chairman", "her")
	in = "A message from them: \"We are not leaving.\""
	checkQuoteBy(t, det.Detect(in), []rune(in), in, "We are not leaving", "A message from them")
}

// TestRelativeAfterAgentOrDescription: "who" after "by Ana Ruiz," is hers;
// after "Ana Ruiz, a local banker," hers too; "Anyone who says" names no one.
func TestRelativeAfterAgentOrDescription(t *testing.T) {
	det := mustNew(t)
	checkSpeakerName(t, det, "The prize went to the novel, by Ana Ruiz, who said she was stunned.", "she was stunned", "Ana Ruiz")
	checkSpeakerName(t, det, "Ana Ruiz, a local banker, who said the rule was unfair, resigned.", "the rule was unfair", "Ana Ruiz")
	in := "Anyone who says the tax is fair has not read the bill."
	noQuoteBy(t, det.Detect(in), in, "Anyone")
}

// TestReceivedCallsAreNotTheSubjects: "has faced calls for" reports no call
// by the subject (scope all).
func TestReceivedCallsAreNotTheSubjects(t *testing.T) {
	all, err := NewWith(Options{Scope: ScopeAll})
	if err != nil {
		t.Fatal(err)
	}
	in := "The governor has faced calls for her resignation."
	noQuoteBy(t, all.Detect(in), in, "The governor")
}

// TestFarDescriptionStopsAtAnotherOfItsKind: "the department" does not
// reach past "the city's fire department" to a Department named further
// back; "the union" and "the government" do not reach far at all.
func TestFarDescriptionStopsAtAnotherOfItsKind(t *testing.T) {
	det := mustNew(t)
	fill := "\n\nBoats already at sea may finish their trips.\n\nCrews have two weeks to land their catch.\n\n"
	for _, c := range []struct{ in, quote, want string }{
		{"The Department of Transportation approved the new route in March." + fill + "A fire broke out in a warehouse on Friday, and the city's fire department sent six trucks.\n\nThe cause is under investigation, the department said.", "The cause is under investigation", "the department"},
		{"The European Union imposed new tariffs on steel in March." + fill + "The southern bays stay open.\n\nWorkers at the mill will strike on Friday, the union said.", "Workers at the mill will strike on Friday", "the union"},
	} {
		checkSpeakerName(t, det, c.in, c.quote, c.want)
	}
}
