package detect

import (
	"testing"

	"github.com/quotebench/quotebench/annot"
)

// Direct quotes: one pair of marks is one quote unless an attribution
// interrupts it, and the tag after the closing mark names its speaker.

// TestQuoteEndingInCommaIsNotInterrupted: a comma inside the marks that
// only ends the quote does not make what comes before it an interrupting
// attribution, even when a verb of speech is quoted ("ask", "saying").
func TestQuoteEndingInCommaIsNotInterrupted(t *testing.T) {
	det := mustNew(t)
	for in, want := range map[string]string{
		`"Yes, ask the neighbours," Jo Doe replied.`:                  `"Yes, ask the neighbours,"`,
		`"In the square, they were saying it was over," Jo Doe said.`: `"In the square, they were saying it was over,"`,
	} {
		runes := []rune(in)
		a := det.Detect(in)
		got := quotesBy(runes, a)
		if len(a.Quotes) != 1 || len(a.Quotes[0].Parts) != 1 || got[want] != "Jo Doe" {
			t.Errorf("%q: want one quote in one part, %s by Jo Doe; got%s", in, want, dump(runes, a))
		}
	}
	// A real interruption still splits the quote.
	in := `"We will build it," Jo Doe said, "and it will be finished in May."`
	runes := []rune(in)
	a := det.Detect(in)
	if len(a.Quotes) != 1 || len(a.Quotes[0].Parts) != 2 {
		t.Errorf("%q: want one quote in two parts; got%s", in, dump(runes, a))
	}
}

// TestNameEndingInLyIsASpeaker: a capitalised name ending in -ly before the
// verb ("Connolly said") is the speaker, not an adverb to step over.
func TestNameEndingInLyIsASpeaker(t *testing.T) {
	det := mustNew(t)
	in := "Jo Connolly runs the depot.\n\n\"Costs matter,\" Connolly said. \"We cut them every year and we will go on.\""
	runes := []rune(in)
	a := det.Detect(in)
	got := quotesBy(runes, a)
	if sp, ok := got[`"Costs matter,"`]; !ok || sp != "Jo Connolly" && sp != "Connolly" {
		t.Errorf("%q: want \"Costs matter,\" by Connolly; got%s", in, dump(runes, a))
	}
	// An adverb ending in -ly is still stepped over.
	in = "\"Costs matter,\" the mayor quickly said."
	runes = []rune(in)
	a = det.Detect(in)
	if got := quotesBy(runes, a); got[`"Costs matter,"`] != "the mayor" {
		t.Errorf("%q: want the quote by the mayor; got%s", in, dump(runes, a))
	}
}

// TestTagAfterQuestionNamesSpeaker: the tag after a quoted question names
// its speaker, inverted after a tell-verb ("asked the girl") or behind a role
// noun ("reporter Jo Doe asked").
func TestTagAfterQuestionNamesSpeaker(t *testing.T) {
	det := mustNew(t)
	for in, want := range map[string][2]string{
		"The first question came from a pupil.\n\n“When does the ferry leave?” asked the girl, who held a blue kite.": {"“When does the ferry leave?”", "the girl"},
		"“He earned the award,” Smith said.\n“But why?” reporter Jo Doe asked him.":                                   {"“But why?”", "Jo Doe"},
	} {
		runes := []rune(in)
		a := det.Detect(in)
		if got, ok := quotesBy(runes, a)[want[0]]; !ok || got != want[1] {
			t.Errorf("%q: want %s by %s; got%s", in, want[0], want[1], dump(runes, a))
		}
	}
}

// TestOpeningMarkBeforeSpaceOpens: an opening glyph followed by a space
// (a typing slip) still opens a quote; a straight mark stays ambiguous.
func TestOpeningMarkBeforeSpaceOpens(t *testing.T) {
	det := mustNew(t)
	in := "“The race is close,” Jo Doe said. “ You know, what we found is a broken sense of the future.”"
	runes := []rune(in)
	a := det.Detect(in)
	if got, ok := quotesBy(runes, a)["“ You know, what we found is a broken sense of the future.”"]; !ok || got != "Jo Doe" {
		t.Errorf("%q: want the second quote by Jo Doe; got%s", in, dump(runes, a))
	}
}

// TestCueWithOwnClauseStaysOff: a cue opening the sentence after a quote
// with a that-clause of its own reports that clause, not the quote before.
func TestCueWithOwnClauseStaysOff(t *testing.T) {
	det := mustNew(t)
	in := "Jo Doe sent a letter to the ferry board on Tuesday. ''I do not think the new timetable helps anyone.'' He added that he was merely asking whether the fares were fair."
	runes := []rune(in)
	a := det.Detect(in)
	got := quotesBy(runes, a)
	if _, ok := got["he was merely asking whether the fares were fair"]; !ok {
		t.Errorf("%q: want the that-clause as He's quote; got%s", in, dump(runes, a))
	}
}

// TestCueWithOwnClauseAfterQuote: "“….” He said the plan would fail." —
// the cue opening the next sentence reports its own clause.
func TestCueWithOwnClauseAfterQuote(t *testing.T) {
	det := mustNew(t)
	in := "Jo Doe spoke after the vote. \"It is just not true.\" She said the senator would not go far enough."
	runes := []rune(in)
	a := det.Detect(in)
	if _, ok := quotesBy(runes, a)["the senator would not go far enough"]; !ok {
		t.Errorf("%q: want the clause after the cue as a quote; got%s", in, dump(runes, a))
	}
}

// TestWholeSentenceQuotedRightAfterCue: a quoted sentence right after the
// verb, with no comma or colon, is the speaker's ("She declared “What a
// night!” and said …"); a quoted phrase is not ("called it “a disaster”").
func TestWholeSentenceQuotedRightAfterCue(t *testing.T) {
	det := mustNew(t)
	for _, in := range []string{
		"She declared “What a night for the party!” and said that the campaign would go on.",
		"She declared “What a Super Night!” and said that the campaign would go on.",
	} {
		a := det.Detect(in)
		checkQuoteBy(t, a, []rune(in), in, "What a", "She")
		if q := quoteWith(a, []rune(in), "What a"); q != nil && q.Kind != annot.KindDirect {
			t.Errorf("%q: want a direct quote:%s", in, dump([]rune(in), a))
		}
	}
	in := "He called it “a disaster” and left the room."
	noQuoteHolding(t, det.Detect(in), in, "a disaster")
}

// TestSaidBeforeQuoteInsideQuote: "he said, ‘…’" inside a quotation tells
// what someone said in the speaker's own words, no aside that splits the
// quotation ("he just" had become the speaker of both halves).
func TestSaidBeforeQuoteInsideQuote(t *testing.T) {
	det := mustNew(t)
	in := "Wilfred Pardy took the wheel in 1984.\n\n“I was nervous,” Pardy said. “He never said a word. When we tied up, he just said, ‘You’ll do.’ That was my training.”"
	checkSpeakerName(t, det, in, "“He never said a word. When we tied up, he just said, ‘You’ll do.’ That was my training.”", "Wilfred Pardy")
}

// TestEmbeddedVerbWithObjectIsNoAside: inside one pair of marks, a verb of
// speech with an object between commas ("the minister says sorry") is a
// clause of the quote, not its attribution; an adjunct after the verb
// ("he said Monday", "she said in an interview"), a participle after a
// comma ("the minister explained, pointing to …") or a tell-verb's object
// ("she told reporters") leaves an aside.
func TestEmbeddedVerbWithObjectIsNoAside(t *testing.T) {
	det := mustNew(t)
	in := "\"We go through this same routine,\" Whitford said. \"A report comes out, the minister says sorry, and nothing happens.\""
	checkSpeakerName(t, det, in, "\"A report comes out, the minister says sorry, and nothing happens.\"", "Whitford")
	// (one quote in two parts, the first part the words before the aside)
	checkQuoteTexts(t, det, "\"The plan, she told reporters, is dead.\"", []string{"\"The plan"})
	checkQuoteTexts(t, det, "\"The plan, he said Monday, is dead.\"", []string{"\"The plan"})
	checkQuoteTexts(t, det, "“The funding, the premier promised voters, will be there.”", []string{"“The funding"})
	checkQuoteTexts(t, det, "“We checked every weld – the minister explained, pointing to the new steel supports – and we replaced every bearing.”", []string{"“We checked every weld"})
}

// TestQuoteExplainedInTheNextSentence: "“…” ¶ That was how X explained
// Y" gives the quotation to X, and the object of "explained" is no
// content of its own; "That is how X says CLAUSE" reports the clause.
func TestQuoteExplainedInTheNextSentence(t *testing.T) {
	det := mustNew(t)
	in := "\"The air is simply not safe for children.\"\n\nThat was how the superintendent of the Northgate School District explained Friday's decision to close all schools."
	a := det.Detect(in)
	runes := []rune(in)
	checkQuoteBy(t, a, runes, in, "The air is simply not safe for children.", "the superintendent of the Northgate School District")
	if q := quoteWith(a, runes, "Friday's decision"); q != nil {
		t.Errorf("%q: the object of \"explained\" reported:%s", in, dump(runes, a))
	}
	// a title before the name, "And" before "that"
	in = "\"The air is not safe.\"\n\nAnd that was how board chair Jo Doe explained the closure."
	checkQuoteBy(t, det.Detect(in), []rune(in), in, "The air is not safe.", "Jo Doe")
	// a clause after the verb is its own content, not the quotation's
	in = "\"Your position has been eliminated.\"\n\nThat is how Jo Doe says she learned she had lost her job."
	a = det.Detect(in)
	checkQuoteBy(t, a, []rune(in), in, "she learned she had lost her job", "Jo Doe")
	if q := quoteWith(a, []rune(in), "Your position has been eliminated."); q == nil || q.Speaker != 0 {
		t.Errorf("%q: the quotation given to the speaker of the clause after:%s", in, dump([]rune(in), a))
	}
	// "This is how X explained it:" points to the words after its colon
	in = "\"The road is closed.\"\n\nThis is how Mayor Jo Doe explained it: \"We have no money for repairs.\""
	a = det.Detect(in)
	if q := quoteWith(a, []rune(in), "The road is closed."); q == nil || q.Speaker != 0 {
		t.Errorf("%q: the quotation before given to the speaker of the one after:%s", in, dump([]rune(in), a))
	}
}

// TestThatClauseAfterQuotation: "said (that) “…” and that CLAUSE" reports
// the second clause too, by the same speaker; not a pronoun "that" with
// its verb ("and that frustrated the union"), nor a relative clause's
// second "that" after a name given in quotation marks.
func TestThatClauseAfterQuotation(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct{ in, want, by string }{
		{"The office of the labour minister said in an email Wednesday that \"the best deals are reached at the table,\" and that the minister was being briefed daily.",
			"the minister was being briefed daily", "The office of the labour minister"},
		{"The mayor said \"nothing is off the table\" and that council would meet again Monday.",
			"council would meet again Monday", "The mayor"},
	} {
		checkQuoteBy(t, det.Detect(c.in), []rune(c.in), c.in, c.want, c.by)
	}
	for _, c := range []struct{ in, bad string }{
		{"The mayor said \"nothing is off the table,\" and that frustrated the union.", "frustrated the union"},
		{"Larkspur will not renew the licences, a decision that the owner called \"a gut punch\" and that anglers welcomed as overdue.", "anglers welcomed"},
	} {
		if q := quoteWith(det.Detect(c.in), []rune(c.in), c.bad); q != nil {
			t.Errorf("%q: %q reported", c.in, c.bad)
		}
	}
}
