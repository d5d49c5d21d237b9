package detect

import "testing"

// Invented sentences whose speaker sits before a time phrase after a
// parenthesis, or after a dateline that opens the sentence.

// TestTimeAfterParenthesisSpeaker: "Doe (D-Calif.) on Monday said" and
// "earlier in the day" between the subject and the verb.
func TestTimeAfterParenthesisSpeaker(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct{ in, want, by string }{
		{"Sen. Jo Doe (D-Calif.) last week said the plan was dead.", "the plan was dead", "Jo Doe"},
		{"Jo Doe (D-Calif.) on Monday said the plan was dead.", "the plan was dead", "Jo Doe"},
		{"The mayor earlier in the day said the road would close for a month.", "the road would close", "The mayor"},
	} {
		checkQuoteBy(t, det.Detect(c.in), []rune(c.in), c.in, c.want, c.by)
	}
}

// TestDatelineIsNoSpeaker: a dateline opening the sentence is no subject
// of a coordinated verb or a participle.
func TestDatelineIsNoSpeaker(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct{ in, want, by string }{
		{"WASHINGTON — Sen. Jo Doe on Wednesday played down the row and said it was a distraction.", "it was a distraction", "Jo Doe"},
		{"OTTAWA — Ana Ruiz spoke on Monday, saying the plan was dead.", "the plan was dead", "Ana Ruiz"},
		{"He smiled and said the plan was dead.", "the plan was dead", "He"},
	} {
		checkQuoteBy(t, det.Detect(c.in), []rune(c.in), c.in, c.want, c.by)
	}
}

// TestOrganisationRoleBeforeName: "said Acme team physician Dr. Jo Doe"
// is Jo Doe's, and so is the participle after it; a title before a name
// in apposition is part of the name ("…, General Jo Doe, told").
func TestOrganisationRoleBeforeName(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct{ in, want, by string }{
		{"“He is in no danger,” said Acme team physician Dr. Jo Doe, adding that Lee is expected home on Friday.", "He is in no danger", "Jo Doe"},
		{"“He is in no danger,” said Acme team physician Dr. Jo Doe, adding that Lee is expected home on Friday.", "Lee is expected home", "Jo Doe"},
		{"But in the capital, the commander of Northland Interior Ministry forces in Eastmark, General Jo Doe, told the agency he was delaying the pullout.", "he was delaying the pullout", "Jo Doe"},
		{"The senator spoke over the noise as he congratulated Acme winner Jo Doe.", "", ""},
	} {
		if c.want == "" {
			noQuoteBy(t, det.Detect(c.in), c.in, "Acme winner Jo Doe")
			continue
		}
		checkQuoteBy(t, det.Detect(c.in), []rune(c.in), c.in, c.want, c.by)
	}
}

// TestAgencyDatelineIsNoSpeaker: a place in title case before a news
// agency in parentheses and a dash ("Springfield (AFP) –") is a dateline.
func TestAgencyDatelineIsNoSpeaker(t *testing.T) {
	det := mustNew(t)
	in := "Springfield (AFP) – Vice President Jo Doe on Monday joined the campaign, saying the plan was dead."
	checkQuoteBy(t, det.Detect(in), []rune(in), in, "the plan was dead", "Jo Doe")
}

// TestDatelineWithDate: a dateline with a date before its agency
// ("OSTERVIK, Dec. 8 (Wire) —") is no speaker, and no part of a quote.
func TestDatelineWithDate(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct{ in, want, by string }{
		{"OSTERVIK, Dec. 8 (Wire) — In response to the plan, the senator's top aide rallied supporters, saying: “We have to be ready to stop him.”", "We have to be ready", "the senator's top aide"},
		{"BROOKFIELD, Mass., Dec. 11 (Wire) — Young voters are drifting away from the party, a party spokesman said.", "Young voters are drifting", "a party spokesman"},
	} {
		runes := []rune(c.in)
		a := det.Detect(c.in)
		checkQuoteBy(t, a, runes, c.in, c.want, c.by)
		noQuoteHolding(t, a, c.in, "(Wire)")
	}
}

// TestDatelineInCapitalsWithAbbreviation: "ST. JOHN'S —" opening a story is
// a dateline in capitals (the period of "ST." ends no sentence), no
// speaker: the sentence after it is Jordan Fewer's, and "he" is his.
func TestDatelineInCapitalsWithAbbreviation(t *testing.T) {
	det := mustNew(t)
	in := "ST. JOHN'S — Jordan Fewer had been thinking about the shot for most of his life, he said. On Sunday night, he finally got to throw it."
	checkSpeakerName(t, det, in, "Jordan Fewer had been thinking about the shot for most of his life", "Jordan Fewer")
}

// TestOpeningTimeWithoutCommaIsNoSpeaker: a time opening the sentence
// without its comma ("Last year 32 per cent of residents said", "This week
// officials said") is no part of the speaker; a time that owns the head
// ("This year's budget") or ends in a verb's object is left as it is.
func TestOpeningTimeWithoutCommaIsNoSpeaker(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct{ in, want, by string }{
		{"Last year 32 per cent of residents said the roads in Larkspur were unsafe.", "the roads in Larkspur were unsafe", "32 per cent of residents"},
		{"This week officials said the Kestrel bridge would reopen.", "the Kestrel bridge would reopen", "officials"},
		{"Last year residents told the town they wanted a pool.", "they wanted a pool", "residents"},
		{"Last month only 12 per cent of growers said the season was good.", "the season was good", "12 per cent of growers"},
		{"This spring residents told the council they wanted a pool.", "they wanted a pool", "residents"},
		{"This year alone 20 families said they would leave Larkspur.", "they would leave Larkspur", "20 families"},
	} {
		checkQuoteBy(t, det.Detect(c.in), []rune(c.in), c.in, c.want, c.by)
	}
}
