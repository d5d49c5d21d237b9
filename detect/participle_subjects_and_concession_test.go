package detect

import "testing"

// TestAbsoluteParticipleSpeaker: in an absolute phrase after "with" the
// participle's subject is the phrase's own ("…, with most residents saying
// X"), not the sentence's; "met with officials, saying" keeps the
// sentence's subject.
func TestAbsoluteParticipleSpeaker(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct{ in, want, by string }{
		{"The mayor has gained ground, with 40 percent of residents saying they trust him.", "they trust him", "40 percent of residents"},
		{"The plan drew praise, with most residents telling the council it was overdue.", "it was overdue", "most residents"},
		{"The mayor met with officials, saying the deal was close.", "the deal was close", "The mayor"},
	} {
		checkQuoteBy(t, det.Detect(c.in), []rune(c.in), c.in, c.want, c.by)
	}
}

// TestThatSaidIsNoReport: "That said," opening a clause concedes; the
// report is the verb after it.
func TestThatSaidIsNoReport(t *testing.T) {
	det := mustNew(t)
	in := "The harvest was poor. That said, farmers say they expect a better year."
	a := det.Detect(in)
	noQuoteHolding(t, a, in, "farmers say")
	checkQuoteBy(t, a, []rune(in), in, "they expect a better year", "farmers")
}

// TestParticipleAfterReportingClause: a participle after "…, Jo Doe said
// Tuesday in Paris," shares the reporting clause's subject, not the first
// name of the sentence.
func TestParticipleAfterReportingClause(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct{ in, want, by string }{
		{"Lee’s plans are a failure, Jo Doe said Tuesday in Paris, noting that the mayor “makes you want to weep.”", "makes you want to weep", "Jo Doe"},
		{"Lee will visit next week, Ana Ruiz said, adding, “They need a long talk.”", "They need a long talk", "Ana Ruiz"},
		{"Lee spoke first, and Ana Ruiz said on Monday, adding that she was tired.", "she was tired", "Ana Ruiz"},
	} {
		checkQuoteBy(t, det.Detect(c.in), []rune(c.in), c.in, c.want, c.by)
	}
}

// TestDegreeAdverbBeforeSubordinateClause: "Ever since X announced Y, Z"
// reports no more than the subordinate clause holds: the main clause after
// its comma is not what X announced.
func TestDegreeAdverbBeforeSubordinateClause(t *testing.T) {
	all, err := NewWith(Options{Scope: ScopeAll})
	if err != nil {
		t.Fatal(err)
	}
	in := "Ever since the mayor announced her plan in May, the council has met every week."
	noQuoteHolding(t, all.Detect(in), in, "the council has met")
	in = "Even as the mayor said the budget was balanced, the council voted to cut jobs."
	a := mustNew(t).Detect(in)
	checkQuoteBy(t, a, []rune(in), in, "the budget was balanced", "the mayor")
	noQuoteHolding(t, a, in, "the council voted")
}

// TestParticiplePhraseEndingInRegion: the speaker of "The brother of a
// driller killed in a rock fall in northwestern Quebec told …" is the
// brother, over the participle and a place with its region's adjective.
func TestParticiplePhraseEndingInRegion(t *testing.T) {
	det := mustNew(t)
	checkQuotesBy(t, det, []quoteByCase{
		{"The brother of a driller killed in an underground rock fall in northwestern Quebec told a courtroom Wednesday that he warned his supervisor.",
			"he warned his supervisor", "The brother of a driller"},
		{"Residents of a town in northern Ontario said the water was unsafe.", "the water was unsafe", "Residents of a town in northern Ontario"},
	})
}

// TestParticipleAfterActingIt: "It called on the government to …,
// saying …" after a body spoke: the participle is the body's, through
// "it", not the government its verb addressed; an "it" of "It's a big
// if" or "It seems" stands for no one.
func TestParticipleAfterActingIt(t *testing.T) {
	det := mustNew(t)
	checkQuotesBy(t, det, []quoteByCase{
		{"The union said in a news release that the strike was the result of management's refusal. It called on the Quebec government to increase its share of funding, saying cities had been left to fend for themselves.",
			"cities had been left to fend for themselves", "The union"},
		{"It's a big if, but Sanders was in San Diego on Tuesday, saying the state mattered.", "the state mattered", "Sanders"},
	})
}

// TestBodyDescriptionBeforeParticiple: "The college sent students an
// email saying …" is the college's, as "The company issued a statement
// saying" is the company's: a description of a body or a place that
// governs is the subject a participle takes; not a possessor before the
// subject ("The province's Hydrologic Forecast Centre").
func TestBodyDescriptionBeforeParticiple(t *testing.T) {
	det := mustNew(t)
	checkQuotesBy(t, det, []quoteByCase{
		{"The college sent students an email saying teachers would be flexible.", "teachers would be flexible", "The college"},
		{"The city issued a statement saying water would be cut.", "water would be cut", "The city"},
		{"The province's Hydrologic Forecast Centre raised its spring outlook on Friday, saying the risk of flooding is now moderate.",
			"the risk of flooding is now moderate", "Hydrologic Forecast Centre"},
		{"Classes resumed at the Cégep de Sherbrooke on Monday.\n\nThe cégep sent students an email Sunday evening saying teachers had been asked to be flexible.",
			"teachers had been asked to be flexible", "Cégep de Sherbrooke"},
	})
}

// TestParticipleOfPossessedPerson: a participle after a sentence opened by
// "the man's sister" shares the sister (or the name set off after her),
// not the possessor; a possessed utterance ("The senator's answer") stays
// its possessor's.
func TestParticipleOfPossessedPerson(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct{ in, want, by string }{
		{"The man's sister posted a photo on Facebook, writing that he was innocent.", "he was innocent", "The man's sister"},
		{"The man's sister, Dana Birch, posted a photo on Facebook the next day, writing that he was innocent.", "he was innocent", "Dana Birch"},
		{"The company's president met the workers on Monday, saying the plant would stay open.", "the plant would stay open", "The company's president"},
		// a clause or an age set off after the possessed person
		{"The man's sister, who lives in Larkspur, posted a photo on Facebook, writing that he was innocent.", "he was innocent", "The man's sister"},
		{"The man's sister, 34, met reporters, saying he was innocent.", "he was innocent", "The man's sister"},
	} {
		checkQuoteBy(t, det.Detect(c.in), []rune(c.in), c.in, c.want, c.by)
	}
}

// TestParticipleAfterAdverbialClauseKeepsSubject: a participle after
// "after X did Y," reports for the sentence's subject, whatever its
// pronoun: "it" is mostly the thing X did ("Students protested after the
// university raised tuition, saying it was unfair").
func TestParticipleAfterAdverbialClauseKeepsSubject(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct{ in, want, by string }{
		{"Students protested after the university raised tuition, saying it was unfair.", "it was unfair", "Students"},
		{"Nurses walked off the job after the health authority imposed a new schedule, saying it was unsafe.", "it was unsafe", "Nurses"},
		{"The province stepped in after the nurses walked out, saying they had left patients at risk.", "they had left patients at risk", "The province"},
	} {
		checkQuoteBy(t, det.Detect(c.in), []rune(c.in), c.in, c.want, c.by)
	}
}
