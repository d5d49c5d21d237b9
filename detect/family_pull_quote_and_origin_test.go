package detect

import (
	"strings"
	"testing"
)

// Invented sentences in the manner of features: family members who share
// a surname, a kinship description set off before the name, a pull quote
// repeating a later quote, a player described by where she comes from, a
// participle clause after a fronted question.

// TestSharedSurnameFollowsGivenName: where two people of the article share
// a surname, the bare surname is the one the story last called by given
// name as a clause's subject; with a title, or with no such mention, it is
// the one named first.
func TestSharedSurnameFollowsGivenName(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Bernadette Pyne stands in her kitchen. Her husband, Gerald Pyne, worked on the ferries.\n\nThe couple had no flood coverage, and Gerald keeps every letter in a blue binder.\n\n“We were told six to eight weeks,” Pyne said.",
			"“We were told six to eight weeks,”", "Gerald Pyne"},
		{"Luc Tardif started at the mill in 1992. His son, Mathieu Tardif, joined him in 2019.\n\nMathieu and his partner bought a house last summer.\n\nTardif said he has looked at an apprenticeship program.",
			"he has looked at an apprenticeship program", "Mathieu Tardif"},
		// No given name since: the one named first.
		{"Bernadette Pyne stands in her kitchen. Her husband, Gerald Pyne, worked on the ferries.\n\n“We were told six to eight weeks,” Pyne said.",
			"“We were told six to eight weeks,”", "Bernadette Pyne"},
		// A title keeps the article's Pyne, however the sister was named.
		{"Mary Pyne runs the firm. Her sister, Jane Pyne, flew planes.\n\nJane left the business in 1970.\n\nMrs. Pyne said she learned from her sister.",
			"she learned from her sister", "Mary Pyne"},
		{"Mary Pyne runs the firm. Her sister, Jane Pyne, flew planes.\n\nJane left the business in 1970.\n\nPyne said she learned from her sister.",
			"she learned from her sister", "Jane Pyne"},
	})
}

// TestKinshipBeforeNameIsTheSubject: "Jo Doe's husband, Sam Doe, … and
// says" is Sam Doe's, not his wife's; "Her husband … and says" likewise.
func TestKinshipBeforeNameIsTheSubject(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Bernadette Pyne lives here. Bernadette’s husband, Gerald Pyne, spent 31 years working on the ferries out of Port aux Basques and says he has seen the strait at its worst.",
			"he has seen the strait at its worst", "Gerald Pyne"},
		{"Bernadette Pyne lives here. Her husband, Gerald Pyne, spent 31 years working on the ferries out of Port aux Basques and says he has seen the strait at its worst.",
			"he has seen the strait at its worst", "Gerald Pyne"},
	})
}

// TestPullQuoteTakesTheLaterSpeaker: a paragraph that is only a quotation,
// with no attribution, whose words a later paragraph's quote holds is a
// pull quote of that quote and has its speaker, not the last speaker.
func TestPullQuoteTakesTheLaterSpeaker(t *testing.T) {
	det := mustNew(t)
	text := "“We were told six weeks,” Bernadette Pyne said.\n\n‘That’s not recovery. That’s waiting.’\n\nMayor Colleen Murra says 22 households are still out of their homes.\n\n“That’s not recovery,” Murra said. “That’s waiting. And people are tired.”"
	checkSpeakerName(t, det, text, "‘That’s not recovery. That’s waiting.’", "Colleen Murra")
	// A quotation of its own, which no later quote holds, goes on with the
	// last speaker.
	text = "“We were told six weeks,” Bernadette Pyne said.\n\n“Nobody called us back.”\n\nMayor Colleen Murra says 22 households are still out of their homes.\n\n“That’s not recovery,” Murra said."
	checkSpeakerName(t, det, text, "“Nobody called us back.”", "Bernadette Pyne")
	// The pull quote's speaker link is as sure as the later quote's.
	text = "‘That’s not recovery. That’s waiting.’\n\nMayor Colleen Murra says 22 households are still out.\n\n“That’s not recovery,” Murra said. “That’s waiting.”"
	a := det.Detect(text)
	runes := []rune(text)
	var pull, later float64
	for _, q := range a.Quotes {
		switch s := string(runes[q.Parts[0].Start:q.Parts[0].End]); {
		case strings.HasPrefix(s, "‘"):
			pull = q.SpeakerConfidence
		case strings.HasPrefix(s, "“That’s not"):
			later = q.SpeakerConfidence
		}
	}
	if pull == 0 || pull != later {
		t.Errorf("pull quote's speaker confidence %.2f, want the later quote's %.2f", pull, later)
	}
}

// TestDescriptionFromAPlace: "the third-year forward from Yorkton" is the
// player, not the town; "a report from X" keeps X as its source.
func TestDescriptionFromAPlace(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Mackenzie Kowal scored in overtime. “I just heard the crowd,” the third-year forward from Yorkton said after scoring 4:12 into overtime.",
			"“I just heard the crowd,”", "Mackenzie Kowal"},
	})
}

// TestParticipleAfterFrontedQuestion: "Asked about X, spokesperson Jo Doe
// declined to comment, saying …" is Jo Doe's, not X's: the tagger reads
// "Asked" as a past tense.
func TestParticipleAfterFrontedQuestion(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Asked about Texas, spokesperson Karim Benali declined to comment, saying only that the company would share details.",
			"the company would share details", "Karim Benali"},
		{"Asked whether the work would move to Texas, spokesperson Karim Benali declined to comment, saying only that the company would “share more details with employees first.”",
			"the company would “share more details with employees first.”", "Karim Benali"},
	})
}
