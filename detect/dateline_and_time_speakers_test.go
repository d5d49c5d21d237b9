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
