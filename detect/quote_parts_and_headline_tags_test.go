package detect

import (
	"strings"
	"testing"

	"github.com/quotebench/quotebench/annot"
)

// Invented sentences: a direct quote that goes on after a few words of
// narration in the same sentence, and a headline-style tag with a bare role
// after a quotation in double or single marks.

// TestQuoteGoesOnAfterNarration: `X said: “A,” and then, after a pause,
// “B.”` is one quote in two parts with X as its speaker; narration with a
// verb of its own between the marks keeps them apart.
func TestQuoteGoesOnAfterNarration(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct{ in, first, second string }{
		{`Jo Doe said: "Yes," and then, after a pause, "No."`, "Yes", "No"},
		{`Ana Ruiz told the crowd: "We are ready," and then, after a long pause, "We will win."`, "We are ready", "We will win"},
	} {
		runes := []rune(c.in)
		a := det.Detect(c.in)
		q := quoteWith(a, runes, c.first)
		if q == nil || len(q.Parts) != 2 || !strings.Contains(annot.SpanText(runes, q.Parts[1]), c.second) {
			t.Errorf("%q: want one quote in two parts, the second holding %q:%s", c.in, c.second, dump(runes, a))
			continue
		}
		if m := a.Mention(q.Speaker); m == nil || !strings.HasPrefix(c.in, string(runes[m.Start:m.End])) {
			t.Errorf("%q: want the speaker at the start:%s", c.in, dump(runes, a))
		}
	}
	in := `Jo Doe said: "We are ready," and the crowd shouted, "We will win this."`
	runes := []rune(in)
	a := det.Detect(in)
	if q := quoteWith(a, runes, "We are ready"); q == nil || len(q.Parts) != 1 {
		t.Errorf("%q: want the first quote alone:%s", in, dump(runes, a))
	}
}

// TestHeadlineBareRoleAfterQuote: `“…,” says mayor after …` (no article
// before the role, as in headlines) attributes the quotation, in double and
// in single marks.
func TestHeadlineBareRoleAfterQuote(t *testing.T) {
	det := mustNew(t)
	for _, in := range []string{
		`"We will rebuild," says mayor after fire destroys town hall`,
		`'We will rebuild,' says mayor after fire destroys town hall`,
	} {
		checkQuoteBy(t, det.Detect(in), []rune(in), in, "We will rebuild", "mayor")
	}
}

// TestSubheadingAndShowTitleAreNoQuote: a paragraph that is only an
// all-capitals phrase in marks is a sub-heading, and a programme title with
// "with" in it is a title; a slogan of short words and a remark with a
// comma inside stay quotations.
func TestSubheadingAndShowTitleAreNoQuote(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct{ in, bad string }{
		{"The premier also spoke about trade.\n\n“VOTERS WILL DECIDE IN THE END”\n\nAcross the region, mayors were worried.", "VOTERS WILL DECIDE"},
		{"Jo Doe is now the host of “The Morning Hour with Sam Roe.”", "Morning Hour"},
	} {
		noQuoteHolding(t, det.Detect(c.in), c.in, c.bad)
	}
	for _, c := range []struct{ in, want string }{
		{"Supporters of the mayor answered with chants of “We're with you” until she spoke.", "We're with you"},
		{"Jo Doe ended the fair on Friday, adding, “Thanks to all of you, and may The Good Lord keep you.”", "Thanks to all of you"},
	} {
		if a := det.Detect(c.in); quoteWith(a, []rune(c.in), c.want) == nil {
			t.Errorf("%q: want a quote holding %q:%s", c.in, c.want, dump([]rune(c.in), a))
		}
	}
}

// TestHeadlineCommaJoinsSpeakers: a headline's comma for "and" between two
// bare plurals ("Truckers, exporters say …", no final stop) joins them as
// the speakers, on a pasted page's line too; after a sentence adverb
// ("Meanwhile, farmers say", "Nowadays, teens say") only the noun after
// the comma speaks.
func TestHeadlineCommaJoinsSpeakers(t *testing.T) {
	det := mustNew(t)
	checkQuotesBy(t, det, []quoteByCase{
		{"Farmers, ranchers say drought is the worst in decades", "drought is the worst in decades", "Farmers, ranchers"},
		// a sentence of prose, an adverb in -s first
		{"Nowadays, teens say the app is boring.", "the app is boring", "teens"},
		{"Business / Local News\nPort lockout enters second week as talks stall\nTruckers, exporters say cargo is piling up; union calls offer 'a slap in the face'\nMarc-André Thibodeau\nStaff Reporter", "cargo is piling up", "Truckers, exporters"},
		{"Meanwhile, farmers say drought is the worst in decades.", "drought is the worst in decades", "farmers"},
	})
}

// TestApproximateNumberOpensClause: "About 40 houses …, according to the
// band office" reports the clause (the number's "about" is no preposition);
// "About 40 minutes later, police said, …" reports what follows, not the
// time.
func TestApproximateNumberOpensClause(t *testing.T) {
	det := mustNew(t)
	checkQuoteTexts(t, det, "About 40 houses still rely on holding tanks, according to the band office.", []string{"About 40 houses still rely on holding tanks"})
	checkQuoteTexts(t, det, "About 40 minutes later, police said, the suspect fled.", []string{"the suspect fled"})
}

// TestSectionHeadingKindSays: a section's heading "Association says …" or
// "Health authority says …" is the body the article names of that kind
// (the tagger had read "Association" alone as an organisation's name).
func TestSectionHeadingKindSays(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Stéphane LeBlanc pleaded guilty to fraud in connection with money taken from the Tri-County Minor Hockey Association.\n\nThe judge imposed a sentence of two years.\n\nAssociation says it is 'moving forward'\n\nIn a statement, the association's president said the board had changed its rules.",
			"it is 'moving forward'", "Tri-County Minor Hockey Association"},
		{"NL Health Services announced Thursday that the emergency department will be closed.\n\nNwosu said she had raised the idea.\n\nHealth authority says recruitment under way\n\nIn an emailed statement, spokesperson Karen Hiscock said the health authority is actively recruiting.",
			"recruitment under way", "NL Health Services"},
	})
}

// TestHeadlineKickerAndItsClause: a headline opening with a quoted kicker
// and a colon ("'We're tired': Paramedics say …") reports the clause of
// its verb too, after the verb or before it, without the kicker, which
// stays a direct quote of its own, also of three words when the headline
// reports someone ("'Nowhere to go': …, advocates say").
func TestHeadlineKickerAndItsClause(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct{ in, want, by, kicker string }{
		{"LOCAL NEWS\n'Running out of beds': Valley doctors say new report confirms hospital overcrowding\n\nThe report came out Monday.", "new report confirms hospital overcrowding", "Valley doctors", "Running out of beds"},
		{"NEWS\n‘We’re tired’: Coastal paramedics say offload delays getting worse\n\nThe delays grew in March.", "offload delays getting worse", "Coastal paramedics", "We’re tired"},
		{"NEWS\n'A tough winter': Food bank shelves running low, organizers say\n\nThe shelves were empty Monday.", "Food bank shelves running low", "organizers", "A tough winter"},
		{"NEWS\n'Nowhere to go': Shelter beds full across the city, advocates say\n\nThe shelters were full Monday.", "Shelter beds full across the city", "advocates", "Nowhere to go"},
	} {
		runes := []rune(c.in)
		a := det.Detect(c.in)
		checkQuoteBy(t, a, runes, c.in, c.want, c.by)
		if quoteWith(a, runes, c.kicker) == nil {
			t.Errorf("%q: the kicker is no quote:%s", c.in, dump(runes, a))
		}
		for _, q := range a.Quotes {
			if text := annot.SpanText(runes, q.Parts[0]); strings.Contains(text, c.want) && strings.ContainsAny(text, "'‘") {
				t.Errorf("%q: the clause holds the kicker: %q", c.in, text)
			}
			if q.Kind == annot.KindMixed {
				t.Errorf("%q: want no mixed quote:%s", c.in, dump(runes, a))
			}
		}
	}
	// a quotation before a colon inside the body is no kicker
	in := "Mayor Jo Brel spoke for an hour on Tuesday.\n\nHer answer was “we will not back down from this fight with the province”: the city would sue."
	if q := quoteWith(det.Detect(in), []rune(in), "we will not back down"); q != nil && q.Kind == annot.KindDirect {
		t.Errorf("%q: a fragment in a sentence taken as a kicker:%s", in, dump([]rune(in), det.Detect(in)))
	}
}
