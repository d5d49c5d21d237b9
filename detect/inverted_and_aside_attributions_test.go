package detect

import (
	"strings"
	"testing"

	"github.com/quotebench/quotebench/annot"
)

// Invented wire-style attributions at the end of a sentence: an inverted
// speaker written as a lower-case role before a name ("said police
// spokesman Ro Vance"), and an aside whose second part is an attribution
// of its own ("…, according to X, the paper said.").

// TestInvertedRoleBeforeName: "said police spokesman Ro Vance" names the
// speaker after the verb; the clause before the comma is what was said (it
// was no quote at all, or the name was taken as the content and a place in
// the sentence as the speaker).
func TestInvertedRoleBeforeName(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct{ in, want, by string }{
		{"The ferry was held at the pier after a storm, said police spokesman Ro Vance.", "The ferry was held at the pier after a storm", "Ro Vance"},
		{"The ferry was held at the pier after a storm in the little harbour town, about 30 km north of Ostervik, said police spokesman Ro Vance.", "The ferry was held at the pier", "Ro Vance"},
		{"The bridge will reopen in May, said party leader Ana Lind, who visited the site on Monday.", "The bridge will reopen in May", "Ana Lind"},
	} {
		runes := []rune(c.in)
		a := det.Detect(c.in)
		q := quoteWith(a, runes, c.want)
		if q == nil || len(a.Quotes) != 1 {
			t.Errorf("%q: want one quote holding %q:%s", c.in, c.want, dump(runes, a))
			continue
		}
		if m := a.Mention(q.Speaker); m == nil || !strings.Contains(string(runes[m.Start:m.End]), c.by) {
			t.Errorf("%q: want the speaker %q:%s", c.in, c.by, dump(runes, a))
		}
	}
}

// TestAsideEndingInAttribution: in "A, according to X, the paper said."
// the words after the aside are the paper's attribution, not more of what
// X said.
func TestAsideEndingInAttribution(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct{ in, attr string }{
		{"The province is likely to sell the state bank next year, according to unnamed officials, the daily newspaper said.", "the daily newspaper said"},
		{"The province is likely to sell the state bank next year, according to unnamed officials, O Diario daily said.", "O Diario daily said"},
	} {
		runes := []rune(c.in)
		a := det.Detect(c.in)
		for _, q := range a.Quotes {
			for _, p := range q.Parts {
				if strings.Contains(annot.SpanText(runes, p), c.attr) {
					t.Errorf("%q: an attribution taken as content:%s", c.in, dump(runes, a))
				}
			}
		}
		if quoteWith(a, runes, "The province is likely to sell the state bank") == nil {
			t.Errorf("%q: want the report itself:%s", c.in, dump(runes, a))
		}
	}
}

// TestAsideAfterPrepositionalPhrase: after a prepositional phrase opening
// the sentence ("Like his remarks about the judge, Doe said, B"; "Over the
// three years since the flood, Roe says, B"), what follows the aside is
// said; the phrase itself is not.
func TestAsideAfterPrepositionalPhrase(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct{ in, want, by string }{
		{"Like his remarks about the judge, Jo Doe said, the new jabs at the family were entirely unacceptable.", "the new jabs at the family were entirely unacceptable", "Jo Doe"},
		{"Over the three years since the flood, Roe says, far too many homes have been left empty.", "far too many homes have been left empty", "Roe"},
	} {
		a := det.Detect(c.in)
		checkQuoteBy(t, a, []rune(c.in), c.in, c.want, c.by)
		noQuoteHolding(t, a, c.in, "Like his remarks")
	}
}

// TestConnectiveBeforeAside: conjunctions and adverbs that open a sentence
// before an aside ("And yet, officials say, B") are no part of what was
// said; B is. A negation stays ("Not once, he said, did …").
func TestConnectiveBeforeAside(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct{ in, by string }{
		{"And yet, officials say, the bridge is safe.", "officials"},
		{"And so, the mayor's aides say, the bridge is safe.", "the mayor's aides"},
	} {
		a := det.Detect(c.in)
		noQuoteHolding(t, a, c.in, "And")
		checkQuoteBy(t, a, []rune(c.in), c.in, "the bridge is safe", c.by)
	}
	in := "Not once, he said, did the board ask for his view."
	checkQuoteBy(t, det.Detect(in), []rune(in), in, "Not once", "he")
}

// TestNameBeforeQuotedPredicateIsNoInvertedSpeaker: in "said Lind “was
// involved”" the name is the subject of what was said, whose quoted words
// open with its verb; the speaker is the subject before "said".
func TestNameBeforeQuotedPredicateIsNoInvertedSpeaker(t *testing.T) {
	det := mustNew(t)
	for _, in := range []string{
		"In an interview, Tom Roe, a former vice president of sales, said Lind \"was personally involved in all that research\" and shared the regret.",
		"Tom Roe said Lind “has no plan at all.”",
	} {
		checkQuoteBy(t, det.Detect(in), []rune(in), in, "Lind", "Tom Roe")
	}
}

// TestNameAfterVerbOfSubjectPhrase: a name after the verb is no inverted
// speaker when a subject phrase stands before the verb ("The book accuses
// Roe of …", "The spokesman said Ekeus, chairman of …, would …").
func TestNameAfterVerbOfSubjectPhrase(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"The book accuses Roe of treating the guards like \"security guards.\"", "security guards", "The book"},
		{"The spokesman said Ekeus, chairman of the commission, would spend two days in the capital.", "would spend two days", "The spokesman"},
	})
	det := mustNew(t)
	in := "In June, the group helped organise a party called Anti-Prom at a former factory in the city."
	if a := det.Detect(in); len(a.Quotes) != 0 {
		t.Errorf("%q: a name given is no quote:%s", in, dump([]rune(in), a))
	}
}

// TestInvertedNameAfterQuotedContent: after what was said (a quotation, a
// colon), "the president said Tom Roe during …" names Tom Roe as the
// speaker, and the words after the name are no quote of the president's.
func TestInvertedNameAfterQuotedContent(t *testing.T) {
	det := mustNew(t)
	in := "Norland “is ready to work with Ostervik” in a “complicated” situation: the Norland president said Tom Roe during the online meeting with his counterpart, as reported by the agency."
	runes := []rune(in)
	a := det.Detect(in)
	checkQuoteBy(t, a, runes, in, "is ready to work", "Tom Roe")
	noQuoteHolding(t, a, in, "during the online meeting")
}

// TestNameBeforeInfinitiveIsNoInvertedSpeaker: in "declared Lind to be …"
// the name is the object of the verb, whose subject before it speaks; and
// "called Lind to congratulate him" reports no words at all.
func TestNameBeforeInfinitiveIsNoInvertedSpeaker(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"The pastor campaigned for Lind. He has declared Lind to be “chosen” by God and “a leader for these times.”", "a leader for these times", "He"},
		{"The pastor declared Lind to be “chosen” by God.", "chosen", "The pastor"},
		{"“We will win,” said Lind to reporters.", "We will win", "Lind"},
	})
	det := mustNew(t)
	in := "Roe called Lind to congratulate him on the win."
	if a := det.Detect(in); len(a.Quotes) != 0 {
		t.Errorf("%q: a telephone call is no quote:%s", in, dump([]rune(in), a))
	}
	// A call to tell someone something reports the caller's words.
	checkSpeakers(t, []speakerCase{{"Peter Lind called Anna Quill to tell her she had won.", "she had won", "Peter Lind"}})
}

// TestObjectBeforeItsPrepositionIsNoInvertedSpeaker: a name after a verb
// of speech followed by "for", "of" or "as" is the verb's object ("praised
// Lind for “courage”", "accused Lind of …", "described Lind as …"), so the
// subject speaks; "said Lind of the party's chances" still inverts.
func TestObjectBeforeItsPrepositionIsNoInvertedSpeaker(t *testing.T) {
	all := detectors(t)["all"]
	for _, c := range []struct{ in, want, by string }{
		{"Tom Brel, the governor, praised Lind for showing “the courage of his convictions.”", "the courage of his convictions", "Tom Brel"},
		{"Roe accused Lind of running a campaign “of hatred.”", "of hatred", "Roe"},
	} {
		checkQuoteBy(t, all.Detect(c.in), []rune(c.in), c.in, c.want, c.by)
	}
	checkSpeakers(t, []speakerCase{{"“We will win,” said Lind of the party's chances.", "We will win", "Lind"}})
	// After a quotation a verb of speech inverts whatever follows the name.
	det := mustNew(t)
	in := "“Prices will rise,” warned Peter Lind of the central bank."
	runes := []rune(in)
	if a := det.Detect(in); len(a.Quotes) != 1 || a.Quotes[0].Kind != annot.KindDirect || quotesBy(runes, a)["“Prices will rise,”"] != "Peter Lind" {
		t.Errorf("%q: want one direct quote by Peter Lind:%s", in, dump(runes, a))
	}
}

// TestNameAfterVerbOfPronounSubject: after an opening phrase ("Later,",
// "In a statement,") a pronoun before the verb is its subject, so the name
// after "called" is the object, not an inverted speaker.
func TestNameAfterVerbOfPronounSubject(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Jo Doe spoke on Monday. Later, he called Acme Corp. “a disgrace.”", "Acme Corp. “a disgrace.”", "Jo Doe"},
		{"Minister Farid Noorani said the province would watch closely. In a statement, he called Skyline “a homegrown company that has put Kelowna on the map.”",
			"Skyline “a homegrown company that has put Kelowna on the map.”", "Farid Noorani"},
	})
}

// TestInvertedKinWithName: after the verb, "her" before a noun opens the
// speaker's phrase ("said her daughter, Maureen Kieley-Hynes"), whose name
// is the speaker, not the woman "her" stands for; unless a verb follows it.
func TestInvertedKinWithName(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Philomena Kieley died Monday. She was 84.\n\n\"Mom never turned anybody away,\" said her daughter, Maureen Kieley-Hynes.",
			"\"Mom never turned anybody away,\"", "Maureen Kieley-Hynes"},
		// The name set off after it is the speaker's, no quote of its own.
		{"She loved to dance, said her daughter, Ann Lee, who is 12.", "She loved to dance", "Ann Lee"},
		// A verb after the phrase makes it a clause's subject: "said her
		// family is living on strike pay" is said by the woman.
		{"Lucía Ferreira has worked at the plant for 14 years. The 46-year-old, holding a sign that read \"14 ans de loyauté,\" said her family is now living on strike pay.",
			"\"14 ans de loyauté,\"", "Lucía Ferreira"},
	})
	// and the apposition after the name is no quote nor part of one
	in := "She loved to dance, said her daughter, Ann Lee, who is 12."
	if a := det.Detect(in); len(a.Quotes) != 1 || len(a.Quotes[0].Parts) != 1 {
		t.Errorf("%q: want one quote of one part:%s", in, dump([]rune(in), a))
	}
}

// TestNoInversionBeforeQuotedPredicate: "said the government “respects
// …”" is the clause's subject with its quoted predicate, not an inverted
// speaker, so the subject before the verb speaks; "“…,” said the minister,
// “…”" still inverts.
func TestNoInversionBeforeQuotedPredicate(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"In an emailed statement, Devon Achebe, press secretary to Education Minister Colleen Harcourt, said the government \"respects the collective bargaining process\" and would not step into local negotiations.",
			"the government \"respects the collective bargaining process\" and would not step into local negotiations", "Devon Achebe"},
		{"John Podesta, a former senior adviser who supported the deal, said Obama \"understood he couldn't have a successful outcome.\"", "Obama \"understood he couldn't have a successful outcome.\"", "John Podesta"},
	})
	checkSpeakers(t, []speakerCase{{"\"We are ready,\" said the minister, \"and we will act.\"", "\"We are ready,\"", "the minister"}})
	// (after a quotation the phrase inverts: "“…,” said the minister “…”")
	checkSpeakers(t, []speakerCase{{"“We did our best,” said the minister “under very difficult circumstances.”", "“We did our best,”", "the minister"}})
	// a verb of telling inside the marks with its own object clause is the quote's
	checkSpeakerNames(t, det, []nameCase{
		{"\"This is what the process is supposed to look like,\" Menon said. \"People came out, they told us what worried them, and the project changed.\"",
			"\"People came out, they told us what worried them, and the project changed.\"", "Menon"},
	})
}

// TestDeterminerThatInContentSubject: "said the threat of penalties of
// that size would make …" opens the content's clause, whose subject the
// determiner "that" does not make a relative clause of: no inverted
// speaker "the threat".
func TestDeterminerThatInContentSubject(t *testing.T) {
	det := mustNew(t)
	checkSpeakerName(t, det, "Trevor Nakamura, president and CEO of Boreal Link Communications, a regional provider that serves parts of northern Ontario and Manitoba, said the threat of penalties of that size would make smaller companies think twice before bidding on federal projects.",
		"the threat of penalties of that size would make smaller companies think twice before bidding on federal projects", "Trevor Nakamura")
}

// TestPlaceAndProvinceInSubject: a place and its province set off by
// commas stay inside the speaker's phrase ("the 17-year-old from Surrey,
// B.C., said", "Jo Doe, 33, of Flint, Mich., said", "the Flint, Mich.,
// resident said"); the place alone speaks only when nothing before it
// does ("Jo Doe, 33, of Baldwin, Miss., said" is Doe).
func TestPlaceAndProvinceInSubject(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Amrit Sandhu said the team took confidence.\n\n\"Nobody panicked on the bench,\" the 17-year-old from Surrey, B.C., said.",
			"\"Nobody panicked on the bench,\"", "Amrit Sandhu"},
		{"Voters were angry.\n\n\"I will vote,\" Cory James, 33, of Flint, Mich., said.", "\"I will vote,\"", "Cory James"},
		{"Voters were angry.\n\n\"I will vote,\" the Flint, Mich., resident said.", "\"I will vote,\"", "the Flint, Mich., resident"},
		{"Dewayne Smithy, 33, of Baldwin, Miss., said casting a ballot is likely to make a difference.",
			"casting a ballot is likely to make a difference", "Dewayne Smithy"},
		{"\"I will vote,\" Cory James, of Flint, Mich., said.", "\"I will vote,\"", "Cory James"},
	})
}
