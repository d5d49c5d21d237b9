package detect

import "testing"

// Invented sentences: a sentence that opens with a prepositional phrase and
// no comma before its subject ("In Ottawa officials said …"), and a topic
// verb whose subject carries a prepositional phrase ("Residents near the
// plant complain of …").

// TestSubjectAfterFrontedPhrase: the subject after an opening phrase with
// no comma is the speaker, and the report is kept; a phrase whose only
// noun phrase is the preposition's object has no speaker in it.
func TestSubjectAfterFrontedPhrase(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct{ in, want, by string }{
		{"In Ottawa officials said the budget was balanced.", "the budget was balanced", "officials"},
		{"In Nova Scotia health officials said the virus was spreading slowly.", "the virus was spreading slowly", "health officials"},
		{"At the meeting the mayor said the town would rebuild the arena.", "the town would rebuild the arena", "the mayor"},
		// after a comma, a subject with a plural's possessive: not the
		// platform in the opening phrase
		{"In a post on Facebook on Monday, the families' group shared a photo of a sign, asking visitors to be patient because the unit was short-staffed.",
			"to be patient because the unit was short-staffed", "the families' group"},
	} {
		runes := []rune(c.in)
		checkQuoteBy(t, det.Detect(c.in), runes, c.in, c.want, c.by)
	}
	for _, in := range []string{
		"In the report on the strike the union said nothing new.",
	} {
		if a := det.Detect(in); len(a.Quotes) > 0 {
			t.Errorf("%q: want no quote:%s", in, dump([]rune(in), a))
		}
	}
}

// TestTopicSubjectOverPreposition: a verb that is never a noun reports a
// topic even when the tagger reads it as one, and its subject is the
// phrase the preposition modifies, not the preposition's object (scope
// all: complaints are PolNeAR's attitudes and speech alike).
func TestTopicSubjectOverPreposition(t *testing.T) {
	det, err := NewWith(Options{Scope: ScopeAll})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ in, want, by string }{
		{"Residents near the plant complain of a constant smell.", "a constant smell", "Residents near the plant"},
		{"In Ottawa officials talked about the budget at length.", "the budget", "officials"},
	} {
		runes := []rune(c.in)
		checkQuoteBy(t, det.Detect(c.in), runes, c.in, c.want, c.by)
	}
}

// TestFrontedPhraseBeforeCoordinatedVerb: after a fronted phrase with no
// comma, the subject of "X did Y and said Z" is the noun phrase before the
// first verb ("On Monday the minister toured the plant and said …"), not
// the fronted phrase and not nothing.
func TestFrontedPhraseBeforeCoordinatedVerb(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct{ in, want, by string }{
		{"On Monday the minister toured the plant and said it would stay open.", "it would stay open", "the minister"},
		{"At the hearing several residents walked out and said that the council had ignored them.", "the council had ignored them", "several residents"},
		{"After the vote the mayor thanked the council and said the budget would pass.", "the budget would pass", "the mayor"},
	} {
		checkQuoteBy(t, det.Detect(c.in), []rune(c.in), c.in, c.want, c.by)
	}
}

// TestNameInAppositionToDescriptionWithObjectName: in "One pastor
// supporting Mr. Lind, John Marsh, said" the name before the comma is the
// object of the participle inside the description; the name in apposition
// to the description speaks. A possessor after the comma is not the
// speaker ("…, Jo Roe, Tom Brel's former aide, said" stays Jo Roe's).
func TestNameInAppositionToDescriptionWithObjectName(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"One pastor supporting Tom Lind, John Marsh of Hope Church in Marion, said he had made more than 150 calls.",
			"he had made more than 150 calls", "John Marsh"},
		{"One donor backing Mary Lind, John Marsh, said she would win.", "she would win", "John Marsh"},
		{"An aide to Mary Lind, John Marsh, said she would appeal.", "she would appeal", "John Marsh"},
		{"''They were rivals,'' Jo Roe, President Tom Brel's former aide, said of their time in office.",
			"''They were rivals,''", "Jo Roe"},
	})
}

// TestSubjectOverNestedPrepositionalPhrases: a subject with a phrase inside
// a phrase ("A diplomat in charge of elections in the region announced")
// is the whole description; the cue was lost, and the "He" after it went
// to a woman named before.
func TestSubjectOverNestedPrepositionalPhrases(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"A diplomat in charge of elections in the region announced that the polls would be put off.", "the polls would be put off", "A diplomat in charge of elections in the region"},
		{"Lind will meet Foreign Minister Tansu Roe, the official said.\n\nA diplomat in charge of elections in the region announced that the polls would be put off.\n\nHe said no new date had been set.", "no new date had been set", "He"},
	})
	det := mustNew(t)
	in := "Lind will meet Foreign Minister Tansu Roe, the official said.\n\nA diplomat in charge of elections in the region announced that the polls would be put off.\n\nHe said no new date had been set."
	checkSpeakerName(t, det, in, "no new date had been set", "A diplomat in charge of elections in the region")
}

// TestNameBeforeTwoAppositions: "Mark Brel, chairman of Acme Corp, the
// largest firm in town, said" is Brel's: the description is itself in
// apposition to the name opening the sentence.
func TestNameBeforeTwoAppositions(t *testing.T) {
	det := mustNew(t)
	in := "Mark Brel, chairman of Acme Corp, the largest firm in town, said the plant would close."
	checkSpeakerName(t, det, in, "the plant would close", "Mark Brel")
}

// TestFrontedPhraseAndPlaceWithRegion: after a fronted phrase, a name and
// its description holding a place and its province ("Gérard Lussier, a
// retired bus driver from Gatineau, Que., said") is the name; the
// province's comma opens no apposition.
func TestFrontedPhraseAndPlaceWithRegion(t *testing.T) {
	det := mustNew(t)
	in := "Outside the committee room, Gérard Lussier, a 71-year-old retired bus driver from Gatineau, Que., said the plan paid for a partial denture."
	checkSpeakerName(t, det, in, "the plan paid for a partial denture", "Gérard Lussier")
	in = "At the rally, a farmer from Brandon, Man., said the rail strike had left his crop stranded."
	checkSpeakerName(t, det, in, "the rail strike had left his crop stranded", "a farmer from Brandon")
}
