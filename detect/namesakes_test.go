package detect

import "testing"

// TestShortNameFindsItsNamesake: a surname alone stands for the namesake
// a title before it agrees with ("Mr. Velde" is Thomas, not Mary Ann), else
// for the one the article names first, not the longest name (invented
// sentences).
func TestShortNameFindsItsNamesake(t *testing.T) {
	det := mustNew(t)
	for _, tc := range []struct{ in, quote, want string }{
		{"Thomas Velde won the seat on Tuesday. His aunt, Mary Ann Velde, held it for years. Mr. Velde said the result was fair.",
			"the result was fair", "Thomas Velde"},
		{"Mary Velde won the seat on Tuesday. Her uncle, Thomas J. Velde, held it for years. Mrs. Velde said the result was fair.",
			"the result was fair", "Mary Velde"},
		{"Jeanne Roux announced her candidacy on Monday. Her father, Henri Paul Roux, was mayor for two decades. Roux said she would run on the economy.",
			"she would run on the economy", "Jeanne Roux"},
	} {
		checkSpeakerName(t, det, tc.in, tc.quote, tc.want)
	}
}

// TestNameModifyingARole: a name that modifies the head of the speaker's
// noun phrase names someone else than the speaker ("a Doe adviser", "the
// Doe campaign"): the speaker stays that description, unless a name ends
// the phrase (invented sentences).
func TestNameModifyingARole(t *testing.T) {
	det := mustNew(t)
	for _, tc := range []struct{ in, quote, want string }{
		{"Mayor Lina Okafor opened the library on Monday. A senior Okafor adviser said the budget would not change.",
			"the budget would not change", "A senior Okafor adviser"},
		{"Mayor Lina Okafor opened the library on Monday. Later the Okafor campaign said the poll was wrong.",
			"the poll was wrong", "the Okafor campaign"},
		{"Mayor Lina Okafor opened the library on Monday. Okafor spokesman Tim Reed said the budget would not change.",
			"the budget would not change", "Tim Reed"},
	} {
		checkSpeakerName(t, det, tc.in, tc.quote, tc.want)
	}
}
