package detect

import (
	"strings"
	"testing"
)

// Invented sentences for the cases a review of the round's rules found
// misfiring: a relative clause after an inverted speaker's prepositional
// phrase, "The elderly say", a participle or a time phrase in an aside
// inside a quote, a fronted adverb before a relative clause, a passive or
// a source before a colon, "but said that was …", and a person inside the
// attribution's prepositional phrase.

// TestReviewedSpeakerRules: each keeps its quote and its speaker.
func TestReviewedSpeakerRules(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct{ in, want, by string }{
		{"The deal is dead, said a lawyer for the family who asked not to be named.", "The deal is dead", "a lawyer"},
		{"Prices will rise, said the head of the agency that oversees the program.", "Prices will rise", "the head"},
		{"The elderly say they are being left behind by the new system.", "they are being left behind", "The elderly"},
		{"“This is wrong, the newly elected mayor said, and it must stop now.”", "This is wrong", "the newly elected mayor"},
		{"“We will win, Doe said this morning, and we will win big.”", "We will win", "Doe"},
		{"Meanwhile, the agency, which runs the program, said it would hire more staff.", "it would hire more staff", "the agency"},
		{"The party said it would vote against the bill but said that was not final.", "that was not final", "The party"},
	} {
		checkQuoteBy(t, det.Detect(c.in), []rune(c.in), c.in, c.want, c.by)
	}
	in := "Doe was asked a simple question: “Will you run?”"
	a := det.Detect(in)
	if got := quotesBy([]rune(in), a)["“Will you run?”"]; got == "Doe" {
		t.Errorf("%q: the one asked is no speaker:%s", in, dump([]rune(in), a))
	}
}

// TestCueWordOpensDocument: every word of the cue table, and the function
// words the rules look around, may open or end a document or stand alone
// in it (a rule read the token before "say" at index -1 and panicked).
func TestCueWordOpensDocument(t *testing.T) {
	det := mustNew(t)
	words := []string{"only", "most", "being", "must", "that", "than", "according", "which", "who"}
	for w := range cueStrength {
		words = append(words, w)
	}
	for _, w := range words {
		title := strings.ToUpper(w[:1]) + w[1:]
		for _, in := range []string{title + " it again.", w, title + ", said the mayor.", "“" + title + ",” she said.",
			"The mayor " + w, "“No,” " + w, "Jo Doe, 35, " + w + ":", "Only " + w + " that", "(" + w + ")"} {
			det.Detect(in) // must not panic
		}
	}
}

// TestReviewOfCanadianBatteryRules: cases a review of the rules from the
// battery of invented Canadian news found them getting wrong, each mended:
// a kinship word in what a named person said is no introduction of them
// ("One farmer, Hugo Bisson, said his wife …" made Bisson "his wife"); an
// introduction by a named possessor or without commas is one ("Evelyn
// Marsh's son, Peter Marsh,", "his brother Alastair Osman"); "the MP" is a
// person named as one, not whoever was named last; "the court" is no public
// body that spoke before; "at that time" is an adjunct before the content;
// an accusation's list of charges stays whole and ends before a second
// finite verb.
func TestReviewOfCanadianBatteryRules(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"One farmer, Hugo Bisson, said his wife had been evacuated.\n\n\"She's fine,\" his wife said later.", "\"She's fine,\"", "his wife"},
		{"The Crown attorney, Leah Barnes, said the victim's mother had testified.\n\nThe mother said she wanted justice.", "she wanted justice", "The mother"},
		{"Evelyn Marsh's son, Peter Marsh, said the care home never called.\n\n\"We found out from a neighbour,\" her son said.", "\"We found out from a neighbour,\"", "Peter Marsh"},
		{"His brother Alastair Osman spoke to reporters on Monday.\n\n\"He is a new dad,\" his brother said.", "\"He is a new dad,\"", "Alastair Osman"},
		{"Mayor Lena Ortiz said the city needed transit money.\n\nThe MP said Ottawa would deliver.", "Ottawa would deliver", "The MP"},
		{"Health Canada said the drug was safe. The court said the approval was lawful.", "the approval was lawful", "The court"},
	})
	for _, c := range []struct{ in, want string }{
		{"The chief said at that time the band had no lawyer.", "the band had no lawyer"},
		{"Linda Okafor accused the board of trying to silence her, of withholding documents and of lying to parents.", "the board of trying to silence her, of withholding documents and of lying to parents"},
		{"Protesters accused police of using excessive force and demanded an independent review.", "police of using excessive force"},
	} {
		checkOneQuote(t, det, c.in, c.want)
	}
}

// TestReviewOfFinalDiff: cases a read of the session's code found: the plea
// rule refused any verb's content opening with "guilty" or "innocent"
// ("said guilty verdicts were rare"); "his father Jo Brel" and "his sister
// Ana Brel" introduce kin although "father" and "sister" are titles too.
func TestReviewOfFinalDiff(t *testing.T) {
	det := mustNew(t)
	checkOneQuote(t, det, "The minister said guilty verdicts were rare.", "guilty verdicts were rare")
	checkOneQuote(t, det, "The general said innocent civilians were killed.", "innocent civilians were killed")
	checkSpeakerNames(t, det, []nameCase{
		{"His father Jo Brel spoke first.\n\n\"He was proud,\" his father said.", "\"He was proud,\"", "Jo Brel"},
		{"Her sister Ana Brel spoke first.\n\n\"She was proud,\" her sister said.", "\"She was proud,\"", "Ana Brel"},
	})
}
