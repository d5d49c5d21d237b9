package detect

import "testing"

// TestSubjectPhraseWhole: the speaker is the whole subject, not the part
// the scan left from the verb reaches first: both conjuncts of a
// coordination, a person "of" a place whose name opens with "New" before an
// apposition, the subject before a temporal prepositional phrase, and the
// noun a participle with an infinitive modifies rather than the
// infinitive's object (invented sentences).
func TestSubjectPhraseWhole(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Marta Quell met the growers on Monday. Both Quell and her campaign said the levy was unfair.",
			"the levy was unfair", "Both Quell and her campaign"},
		{"The harbour bill passed on Monday. Many economists and some council members say the levy was unfair.",
			"the levy was unfair", "Many economists and some council members"},
		{"Ferry traffic stopped on Monday. Dock workers and harbour pilots said the strike would go on.",
			"the strike would go on", "Dock workers and harbour pilots"},
		{"Tomas Brill sued the county on Monday. He and two outside lawyers said the levy was unfair.",
			"the levy was unfair", "He and two outside lawyers"},
		{"Rep. Ilse Varga of New Mexico, a harbour board member, said the levy was unfair.",
			"the levy was unfair", "Ilse Varga"},
		{"Tomas Brill toured the docks on Monday. Brill earlier in the day said the strike would go on.",
			"the strike would go on", "Tomas Brill"},
		{"The harbour bill passed on Monday. Growers hoping to stop Tomas Brill say the levy was unfair.",
			"the levy was unfair", "Growers"},
	})
}

// TestCoordinationByAgreement: a verb in the third person singular agrees
// with the last conjunct alone; a conjunct after a verb is its object; a
// clause before "and" is no conjunct (invented sentences).
func TestCoordinationByAgreement(t *testing.T) {
	det := mustNew(t)
	checkSpeakerName(t, det, "The harbour bill passed on Monday. Tomas Brill met the growers and the council says the levy was unfair.",
		"the levy was unfair", "the council")
	checkSpeakerName(t, det, "The harbour bill passed on Monday. The port agency declined to comment and council aides said the levy was unfair.",
		"the levy was unfair", "council aides")
}

// TestTheyTakesGroupSpeaker: a "they" that names no organisation goes
// with the plural speaker phrase of the quote before, in its paragraph or
// the one before; a singular one is no antecedent (invented sentences).
func TestTheyTakesGroupSpeaker(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"A ferry ran aground on Monday, harbour pilots said. Later they said the channel was clear.",
			"the channel was clear", "harbour pilots"},
		{"Tomas Brill and Ilse Varga say the levy is unfair.\n\nIn their report, they write that the growers would pay twice.",
			"the growers would pay twice", "Tomas Brill and Ilse Varga"},
		{"A ferry ran aground on Monday, a harbour pilot said. Later they said the channel was clear.",
			"the channel was clear", "they"},
		// A nearer plural subject in between: no link to the earlier group.
		{"Harbour pilots said the channel was clear.\n\nSkippers were not convinced. They said the sandbar had moved.",
			"the sandbar had moved", "They"},
	})
}

// TestTheyTakesPluralSubject: a "they" no quote's speaker stands for takes
// the plural subject, headed by a role noun, that opens the sentence before
// or its own sentence (invented sentences); a subject that names no one who
// speaks, or a person's name ending in -s, is not taken.
func TestTheyTakesPluralSubject(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"The plant will close in March. Many workers were angry on Monday. They said the owners had broken a promise.",
			"the owners had broken a promise", "Many workers"},
		{"Prices rose again in May. Many analysts expect a cut, and they say the bank will act soon.",
			"the bank will act soon", "Many analysts"},
		{"The campaign contrasts were stark this year. They said the race would be close.",
			"the race would be close", "They"},
		{"The harbour will reopen. Ivo Sanders waited on Monday. They said the race would be close.",
			"the race would be close", "They"},
	})
}

// TestColonAfterUtterance: "X's response was:" introduces X's words; a copula
// after any other subject names no one (invented sentences).
func TestColonAfterUtterance(t *testing.T) {
	det := mustNew(t)
	checkSpeakerName(t, det, "Ilse Varga met the growers on Monday. Varga's response was: “The levy stays.”", "“The levy stays.”", "Ilse Varga")
	a := det.Detect("The growers met on Monday. The upshot was: “The levy stays.”")
	for _, q := range a.Quotes {
		if m := a.Mention(q.Speaker); m != nil && m.Span.End-m.Span.Start > 0 {
			if got := []rune("The growers met on Monday. The upshot was: “The levy stays.”")[m.Span.Start:m.Span.End]; string(got) == "The upshot was" {
				t.Errorf("speaker %q, want no copula phrase", string(got))
			}
		}
	}
}

// TestSubjectOfInfinitiveAndAfterFrontedPhrase: a cue after "to" is spoken
// by the subject of the clause it depends on, not the phrase before "to";
// the object of a prepositional phrase opening the sentence is no subject
// of a later coordinated verb (invented sentences).
func TestSubjectOfInfinitiveAndAfterFrontedPhrase(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Ilse Varga spoke to the growers on Monday. She went on to say the levy was unfair.",
			"the levy was unfair", "Ilse Varga"},
		{"The harbour board met on Monday. The memo went on to say the levy was unfair.",
			"the levy was unfair", "The memo"},
		{"Tomas Brill spoke on Monday. He used his speech this year to tell growers that the levy was unfair.",
			"the levy was unfair", "Tomas Brill"},
		{"In a speech from Ohio -- which votes next week -- Tomas Brill claimed momentum and argued the levy was unfair.",
			"the levy was unfair", "Tomas Brill"},
	})
}

// TestObjectInRelativeClauseAfterPreposition: in "a maker in which Acme has
// a stake said", the stake is the relative clause's object and the maker
// speaks; the subject right after "in which" is the clause's own
// (invented sentences).
func TestObjectInRelativeClauseAfterPreposition(t *testing.T) {
	det := mustNew(t)
	checkSpeakerName(t, det, "A ferry builder in which Acme Marine holds a 15 percent share said its orders fell sharply over the winter months.",
		"its orders fell sharply over the winter months", "A ferry builder")
}
