package detect

import "testing"

// Invented sentences whose speaker span was cut or replaced by a word that
// cannot speak: a plural possessive, an adverb before the verb, a verb
// before a colon.

// TestPluralPossessiveSpeaker: "Jo Andrews’ campaign" is one phrase, and
// the campaign speaks, in both apostrophes.
func TestPluralPossessiveSpeaker(t *testing.T) {
	det := mustNew(t)
	for _, by := range []string{"Jo Andrews’ campaign", "Jo Andrews' campaign"} {
		in := by + " says it raised more than $2 million in May."
		checkQuoteBy(t, det.Detect(in), []rune(in), in, "it raised more than", by)
	}
}

// TestAdverbBeforeVerbIsNoSpeaker: "has twice warned", "has always argued".
func TestAdverbBeforeVerbIsNoSpeaker(t *testing.T) {
	det := mustNew(t)
	for _, in := range []string{
		"The union has twice warned that fees are too high.",
		"The union has always argued that fees are too high.",
		"The union sometimes argues that fees are too high.",
	} {
		checkQuoteBy(t, det.Detect(in), []rune(in), in, "fees are too high", "The union")
	}
}

// TestVerbBeforeColonIsNoSpeaker: the subject of a verb or an infinitive
// before a colon speaks ("leaned in and boomed: “…”", "are required to
// answer: “…”"); a name or a noun before the colon
// stays the speaker.
func TestVerbBeforeColonIsNoSpeaker(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct{ in, want, by string }{
		{"The mayor waved to the crowd, then leaned in and boomed: “We will win in November.”", "We will win", "The mayor"},
		{"Jo Doe said the vote was close, before adding: “We will count again.”", "We will count again", "Jo Doe"},
		{"Jo Doe: “We will win.”", "We will win", "Jo Doe"},
		{"Applicants are required to answer: “Where were you born?”", "Where were you born", "Applicants"},
	} {
		checkQuoteBy(t, det.Detect(c.in), []rune(c.in), c.in, c.want, c.by)
	}
}

// TestDeterminerNounIsNoAdverb: an -ly word after a determiner is a noun
// ("The weekly said"), not an adverb to step over to "The".
func TestDeterminerNounIsNoAdverb(t *testing.T) {
	det := mustNew(t)
	in := "A painting went missing from the museum, the Harbour Ledger reported. The weekly said two thieves had hoped to sell it abroad."
	checkQuoteBy(t, det.Detect(in), []rune(in), in, "two thieves had hoped to sell it abroad", "The weekly")
}

// TestCoordinatedVerbAfterList: a comma inside a list before "and
// announced" opens no clause; the sentence's subject speaks.
func TestCoordinatedVerbAfterList(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct{ in, want, by string }{
		{"The council raised parking fees in Northport, Eastfield and Millbrook streets and announced it would hire more wardens.", "it would hire more wardens", "The council"},
		{"Asked about the plan, he laughed and said it was dead.", "it was dead", "he"},
	} {
		checkQuoteBy(t, det.Detect(c.in), []rune(c.in), c.in, c.want, c.by)
	}
}

// TestObjectBeforeColonIsNoSpeaker: a phrase before a colon that cannot
// speak is the object of the clause ("gave a short reply: “…”", "had a
// simple message for his players: “…”"): its subject speaks; of a subject
// and its verb before the colon ("she demurred: “…”", "Jo Doe fired back
// forcefully: “…”") the subject speaks.
func TestObjectBeforeColonIsNoSpeaker(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct{ in, want, by string }{
		{"The mayor gave a short reply: “No one is walking away from this.”", "No one is walking away", "The mayor"},
		{"The coach had a simple message for his players: “Keep going.”", "Keep going", "The coach"},
		{"Asked about her plans, she demurred: “We will see.”", "We will see", "she"},
		{"After the governor spoke, Jo Doe fired back forcefully: “They will lose.”", "They will lose", "Jo Doe"},
	} {
		checkQuoteBy(t, det.Detect(c.in), []rune(c.in), c.in, c.want, c.by)
	}
}

// TestOnlyAfterModalAndAdjectiveBeforeColon: "would only say" steps over
// "only" to the subject; an adjective before a colon ("makes that clear:")
// is no speaker, its clause's subject is.
func TestOnlyAfterModalAndAdjectiveBeforeColon(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct{ in, want, by string }{
		{"Asked about it, the senator would only say that his rival was not ready.", "his rival was not ready", "the senator"},
		{"A spokesman for the mayor could only quip: “I guess the hall was booked.”", "I guess the hall was booked", "A spokesman for the mayor"},
		{"The new memo makes that clear: “These rules do not apply to the top officials.”", "These rules do not apply", "The new memo"},
	} {
		checkQuoteBy(t, det.Detect(c.in), []rune(c.in), c.in, c.want, c.by)
	}
}
