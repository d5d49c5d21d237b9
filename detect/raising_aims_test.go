package detect

import "testing"

// TestAimAndDecisionAreAttitudes: in the all scope, aiming, seeking,
// deciding and agreeing to do something hold an attitude to it, as
// "plans to" does; the subject holds it.
func TestAimAndDecisionAreAttitudes(t *testing.T) {
	det := detectors(t)["all"]
	for _, c := range []struct{ in, want, by string }{
		{"The city aims to cut bus fares by half within two years.", "cut bus fares by half", "The city"},
		{"The union sought to delay the vote until the spring.", "delay the vote", "The union"},
		{"Jo Doe decided to run for the council seat again.", "run for the council seat", "Jo Doe"},
		{"The two clubs agreed to share the stadium for a decade.", "share the stadium", "The two clubs"},
	} {
		checkQuoteBy(t, det.Detect(c.in), []rune(c.in), c.in, c.want, c.by)
	}
}
