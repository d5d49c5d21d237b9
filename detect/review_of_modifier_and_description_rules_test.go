package detect

import (
	"testing"

	"github.com/quotebench/quotebench/annot"
)

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

// TestPlaceIsNoShortCompanyName: "Springfield" is not Springfield Tools Inc.
func TestPlaceIsNoShortCompanyName(t *testing.T) {
	det := mustNew(t)
	in := "Springfield Tools Inc reported earnings on Friday.\n\nSpringfield said it would repave the roads."
	runes := []rune(in)
	a := det.Detect(in)
	if q := quoteWith(a, runes, "it would repave the roads"); q == nil || a.SpeakerName(runes, *q) == "Springfield Tools Inc" {
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
	checkSpeakerNames(t, det, []nameCase{
		{"The Department of Transportation approved the new route in March." + fill + "A fire broke out in a warehouse on Friday, and the city's fire department sent six trucks.\n\nThe cause is under investigation, the department said.", "The cause is under investigation", "the department"},
		{"The European Union imposed new tariffs on steel in March." + fill + "The southern bays stay open.\n\nWorkers at the mill will strike on Friday, the union said.", "Workers at the mill will strike on Friday", "the union"},
	})
}

// TestPluralRoleBeforeNameIsObject: a plural role after "told" is the
// addressee, not a title of the name after it: "told judges Acme had lied"
// reports "Acme had lied".
func TestPluralRoleBeforeNameIsObject(t *testing.T) {
	det := mustNew(t)
	in := "Jo Doe told judges Acme had lied."
	checkQuoteBy(t, det.Detect(in), []rune(in), in, "Acme had lied", "Jo Doe")
	noQuoteHolding(t, det.Detect(in), in, "judges Acme")
}

// TestDescribedSpeakerOfOtherGender: "he" after "A spokeswoman said" goes
// on with the man named before, not with her. (With a bare "Acme", which
// the entity tagger takes for a person, "he" went to Acme once the words
// before a name stopped at a preposition: Acme had passed for a woman
// through "spokeswoman for".)
func TestDescribedSpeakerOfOtherGender(t *testing.T) {
	det := mustNew(t)
	in := "Jo Doe, the chief executive, announced the plan.\n\nA spokeswoman for Acme Corp said the deal was off.\n\nHe said the company would grow."
	checkSpeakerName(t, det, in, "the company would grow", "Jo Doe")
}

// TestRoleWithAsOnlyForItsPerson: "as the senator finished" is a clause,
// "endorsed by Jo Doe as the nominee" gives the role to the one endorsed,
// and "as the chief executive" is one role of two words.
func TestRoleWithAsOnlyForItsPerson(t *testing.T) {
	det := mustNew(t)
	checkSpeakerName(t, det, "Sen. Ana Ruiz spoke first.\n\nJo Doe arrived as the senator finished.\n\nThe senator said the bill would pass.", "the bill would pass", "Ana Ruiz")
	checkSpeakerName(t, det, "Acme hired Jo Doe as the chief executive.\n\nThe chief executive said sales would grow.", "sales would grow", "Jo Doe")
}

// TestRelativeAfterFrontedName: "Unlike Jo Doe, most residents, who said
// …" is the residents' clause.
func TestRelativeAfterFrontedName(t *testing.T) {
	det := mustNew(t)
	in := "Unlike Jo Doe, most residents, who said they had lived there for decades, welcomed the plan."
	checkQuoteBy(t, det.Detect(in), []rune(in), in, "they had lived there for decades", "most residents")
}

// TestFrontedPhraseBeforeSubjectWithRelative: a relative clause inside the
// subject gives no speaker from its object.
func TestFrontedPhraseBeforeSubjectWithRelative(t *testing.T) {
	det := mustNew(t)
	in := "After the game the coach who leads the team smiled and said the win was deserved."
	noQuoteBy(t, det.Detect(in), in, "the team")
}

// TestQuotedTitleIsNoQuote: a quoted title that is the subject of the
// reported clause, or a slogan in capitals, is no quotation of the speaker.
func TestQuotedTitleIsNoQuote(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct{ in, title string }{
		{"Jo Doe said “Why Nations Fail?” was a great book.", "Why Nations Fail?"},
		{"Jo Doe said “Thank You, America!” was his slogan.", "Thank You, America!"},
	} {
		a := det.Detect(c.in)
		if q := quoteWith(a, []rune(c.in), c.title); q != nil && q.Kind == annot.KindDirect {
			t.Errorf("%q: want no direct quote of the title:%s", c.in, dump([]rune(c.in), a))
		}
	}
}

// TestMediumRuleSparesThatDay: "commented on Iran that week" keeps Iran as
// what was talked about; "that week" opens no clause.
func TestMediumRuleSparesThatDay(t *testing.T) {
	det := mustNew(t)
	in := "Jo Doe commented on Iran that week and left."
	noQuoteHolding(t, det.Detect(in), in, "week and left")
}

// TestFarDescriptionOverCompoundNoun: "the new department head" is no other
// department; "the department" still names the Department of Transportation.
func TestFarDescriptionOverCompoundNoun(t *testing.T) {
	det := mustNew(t)
	in := "The Department of Transportation issued rules.\n\nThe new department head objected.\n\nAna Ruiz read them too.\n\nCritics said they were weak.\n\nShares fell.\n\nThe department said the rules were fair."
	checkSpeakerName(t, det, in, "the rules were fair", "Department of Transportation")
}
