package detect

import (
	"strings"
	"testing"

	"github.com/quotebench/quotebench/annot"
)

// Bounds of an attribution: what it may take as content (not another
// paragraph's own attribution, not an adjunct), where its cue and speaker
// are looked for (the quote's paragraph, the subject noun phrase) and which
// organisation a description like "the company" names.

// quotesBy maps each quote's first part to its speaker's name.
func quotesBy(runes []rune, a annot.Annotations) map[string]string {
	got := map[string]string{}
	for _, q := range a.Quotes {
		got[annot.SpanText(runes, q.Parts[0])] = a.SpeakerName(runes, q)
	}
	return got
}

// TestColonBlockYieldsToOwnAttribution: an attribution ending its paragraph
// with a colon takes the next paragraph as its words only when that
// paragraph has no attribution of its own.
func TestColonBlockYieldsToOwnAttribution(t *testing.T) {
	all, err := NewWith(Options{Scope: ScopeAll})
	if err != nil {
		t.Fatal(err)
	}
	for name, det := range map[string]*Detector{"speech": mustNew(t), "all": all} {
		in := "Jo Doe spoke first.\n\nShe said:\n\nThe mayor said the plan would fail."
		runes := []rune(in)
		a := det.Detect(in)
		got := quotesBy(runes, a)
		if len(got) != 1 || got["the plan would fail"] != "The mayor" {
			t.Errorf("%q, scope %s: want one quote 'the plan would fail' by The mayor; got%s", in, name, dump(runes, a))
		}
		in = "Jo Doe spoke first.\n\nShe said:\n\nNo city can grow without a bridge that works."
		runes = []rune(in)
		a = det.Detect(in)
		if got := quotesBy(runes, a); len(got) != 1 || got["No city can grow without a bridge that works"] != "Jo Doe" {
			t.Errorf("%q, scope %s: want the block by Jo Doe; got%s", in, name, dump(runes, a))
		}
	}
}

// TestSpeakerOverBareComma: a comma after the subject with no apposition
// before it ends nothing: the subject is still the speaker.
func TestSpeakerOverBareComma(t *testing.T) {
	det := mustNew(t)
	in := "The chair, this past week said the vote would be held."
	runes := []rune(in)
	a := det.Detect(in)
	if got := quotesBy(runes, a); len(got) != 1 || got["the vote would be held"] != "The chair" {
		t.Errorf("%q: want one quote by The chair; got%s", in, dump(runes, a))
	}
}

// TestCueAfterStaysInParagraph: a direct quote ending its paragraph takes
// no cue from the next paragraph.
func TestCueAfterStaysInParagraph(t *testing.T) {
	det := mustNew(t)
	in := "Ana Ruiz spoke on Monday.\n\n“We will not give up,” a\n\ntearful Jo Doe told reporters the vote was lost."
	runes := []rune(in)
	a := det.Detect(in)
	for _, q := range a.Quotes {
		if q.Kind == annot.KindDirect && a.SpeakerName(runes, q) == "Jo Doe" {
			t.Errorf("%q: the direct quote took the next paragraph's cue;%s", in, dump(runes, a))
		}
	}
}

// TestAdjunctAfterAddressee: an adjunct after the addressee ("told his
// audience, to loud applause:") is no content; the block after the colon
// is.
func TestAdjunctAfterAddressee(t *testing.T) {
	det := mustNew(t)
	in := "Jo Doe spoke last.\n\nHe told his audience, to loud applause:\n\n“We will win.”"
	runes := []rune(in)
	a := det.Detect(in)
	got := quotesBy(runes, a)
	if _, bad := got["to loud applause"]; bad || len(got) != 1 || got["“We will win.”"] != "Jo Doe" && got["We will win."] != "Jo Doe" {
		t.Errorf("%q: want only the quotation, by Jo Doe; got%s", in, dump(runes, a))
	}
}

// TestLowerCaseSubject: a participle's subject is the sentence's subject
// noun phrase, even in lower case, not a name later in the sentence.
func TestLowerCaseSubject(t *testing.T) {
	all, err := NewWith(Options{Scope: ScopeAll})
	if err != nil {
		t.Fatal(err)
	}
	checkEverySpeaker(t, all, "The union met Premier Ana Ruiz on Monday speaking about wages.", "The union")
}

// TestCompanyPrefersCompanyName: "the company" names the organisation with
// a company suffix, not the nearest organisation.
func TestCompanyPrefersCompanyName(t *testing.T) {
	det := mustNew(t)
	in := "Acme Corp. closed a plant in May. The Department of Health said it was told. The company said the plant was too old to repair."
	runes := []rune(in)
	a := det.Detect(in)
	got := quotesBy(runes, a)
	if got["the plant was too old to repair"] != "Acme Corp." {
		t.Errorf("%q: want the last quote by Acme Corp.; got%s", in, dump(runes, a))
	}
}

// TestRelativeClauseAntecedentIsNoContent: the noun before ", who said"
// is the antecedent, not what was said.
func TestRelativeClauseAntecedentIsNoContent(t *testing.T) {
	all, err := NewWith(Options{Scope: ScopeAll})
	if err != nil {
		t.Fatal(err)
	}
	in := "A spokesperson, who asked not to be named, said the layoffs would go ahead."
	runes := []rune(in)
	for name, det := range map[string]*Detector{"speech": mustNew(t), "all": all} {
		a := det.Detect(in)
		if got := quotesBy(runes, a); len(got) != 1 || got["the layoffs would go ahead"] != "A spokesperson" {
			t.Errorf("scope %s: want one quote by A spokesperson; got%s", name, dump(runes, a))
		}
	}
}

// TestSubjectOverParticipleApposition: the person opening the sentence is
// the speaker over appositions and a participle phrase before the verb.
func TestSubjectOverParticipleApposition(t *testing.T) {
	det := mustNew(t)
	in := "Sen. Jo Doe, R-Ohio, appearing on television right after the speech, said the president failed to address the threats."
	runes := []rune(in)
	a := det.Detect(in)
	if got := quotesBy(runes, a)["the president failed to address the threats"]; got != "Sen. Jo Doe" && got != "Jo Doe" {
		t.Errorf("%q: want the quote by Jo Doe; got%s", in, dump(runes, a))
	}
}

// TestContentClauseBeforeThat: a "that" after a verb of the reported clause
// is no complementiser to skip to ("said the new menu would resemble that
// of …"), unlike one after an adjunct ("said in a statement that …").
func TestContentClauseBeforeThat(t *testing.T) {
	det := mustNew(t)
	for in, want := range map[string]string{
		"Jo Doe said the new menu would resemble that of the old bakery.":     "the new menu would resemble that of the old bakery",
		"Jo Doe said in a statement released Tuesday that the vote was fair.": "the vote was fair",
	} {
		runes := []rune(in)
		a := det.Detect(in)
		if got := quotesBy(runes, a)[want]; got != "Jo Doe" {
			t.Errorf("%q: want %q by Jo Doe; got%s", in, want, dump(runes, a))
		}
	}
}

// TestSubjectBeforeBracketAndApposition: "Rep. Jo Doe (D-Ore.), chair of the
// committee, said": the name before the bracket is the speaker.
func TestSubjectBeforeBracketAndApposition(t *testing.T) {
	det := mustNew(t)
	in := "Rep. Jo Doe (D-Ore.), chair of the town’s ferry oversight panel, said the captain did not seem worried about the storm."
	runes := []rune(in)
	a := det.Detect(in)
	if got := quotesBy(runes, a)["the captain did not seem worried about the storm"]; got != "Rep. Jo Doe" && got != "Jo Doe" {
		t.Errorf("%q: want the quote by Jo Doe; got%s", in, dump(runes, a))
	}
}

// TestQuantifierSubjectSpeaks: "Some say", "but many say": a quantifier
// standing alone as the subject is a speaker; "some say in the plan" is a
// noun.
func TestQuantifierSubjectSpeaks(t *testing.T) {
	det := mustNew(t)
	for in, want := range map[string]string{
		"Some say they hear ferry horns at night.":               "they hear ferry horns at night",
		"The plan was approved, but many say it will fail soon.": "it will fail soon",
	} {
		runes := []rune(in)
		a := det.Detect(in)
		if _, ok := quotesBy(runes, a)[want]; !ok {
			t.Errorf("%q: want the quote %q; got%s", in, want, dump(runes, a))
		}
	}
	in := "The residents have some say in the plan."
	if a := det.Detect(in); len(a.Quotes) != 0 {
		t.Errorf("%q: want no quote; got%s", in, dump([]rune(in), a))
	}
}

// TestOneQuoteForOneClause: two cues before one that-clause (the later in
// the earlier one's adjunct) give one quote, by the earlier cue's speaker.
func TestOneQuoteForOneClause(t *testing.T) {
	det := mustNew(t)
	in := "The coach told a local blog in a piece posted on Friday that she expects the pool to close."
	runes := []rune(in)
	a := det.Detect(in)
	if got := quotesBy(runes, a); len(a.Quotes) != 1 || got["she expects the pool to close"] != "The coach" {
		t.Errorf("%q: want one quote by The coach; got%s", in, dump(runes, a))
	}
}

// TestFrontedStatementIsNoSpeaker: after a fronted "In an emailed
// statement," the speaker is the subject's name, not the statement.
func TestFrontedStatementIsNoSpeaker(t *testing.T) {
	det := mustNew(t)
	in := "The federation welcomed the money. In an emailed statement, the federation's president, Ana Lind, said the gap is closer to $4 billion."
	runes := []rune(in)
	a := det.Detect(in)
	if got := quotesBy(runes, a)["the gap is closer to $4 billion"]; got != "Ana Lind" {
		t.Errorf("%q: want the quote by Ana Lind; got%s", in, dump(runes, a))
	}
}

// TestInfinitiveAfterAddresseeIsContent: "urged people to get vaccinated,
// …": the infinitive is the request, not an adjunct to step over.
func TestInfinitiveAfterAddresseeIsContent(t *testing.T) {
	det, err := NewWith(Options{Scope: ScopeAll})
	if err != nil {
		t.Fatal(err)
	}
	in := "Health officials urged people to get vaccinated, saying hospitals are full."
	runes := []rune(in)
	a := det.Detect(in)
	if q := quoteWith(a, runes, "to get vaccinated"); q == nil {
		t.Errorf("%q: want a quote holding the request; got%s", in, dump(runes, a))
	}
}

// TestSubjectOverParticipleAndWhose: the noun a participle or a "whose"
// clause modifies is the speaker ("A school report published Thursday
// said", "The owners whose permits were revoked say").
func TestSubjectOverParticipleAndWhose(t *testing.T) {
	det := mustNew(t)
	for in, want := range map[string][2]string{
		"A school report published Thursday said the principal had sold the old bus.": {"the principal had sold the old bus", "A school report"},
		"The bakery owners whose permits have been revoked say the rules changed.":    {"the rules changed", "The bakery owners"},
	} {
		runes := []rune(in)
		a := det.Detect(in)
		if got, ok := quotesBy(runes, a)[want[0]]; !ok || got != want[1] {
			t.Errorf("%q: want %q by %s; got%s", in, want[0], want[1], dump(runes, a))
		}
	}
}

// TestPlainReportsKeepTheirSubject: a participle after a plural noun is a
// reduced relative ("Officials involved said"), a bare plural noun opening
// the sentence is the subject of a cue word the tagger may read as a noun
// ("Critics charge"), and a short clause ending in a verb of speech is
// content unless it follows an aside's comma ("said the neighbours
// complained").
func TestPlainReportsKeepTheirSubject(t *testing.T) {
	det := mustNew(t)
	for in, want := range map[string]string{
		"Officials involved said the talks on the ferry had stalled.": "the talks on the ferry had stalled",
		"Voters polled said they preferred the new bakery.":           "they preferred the new bakery",
		"Critics charge the plan will raise school taxes.":            "the plan will raise school taxes",
		"Jo Doe said the neighbours complained.":                      "the neighbours complained",
	} {
		runes := []rune(in)
		a := det.Detect(in)
		if _, ok := quotesBy(runes, a)[want]; !ok {
			t.Errorf("%q: want the quote %q; got%s", in, want, dump(runes, a))
		}
	}
}

// TestExpletiveIsNoSpeaker: "It is far too soon to say …, the mayor said":
// the expletive "it" before "to say" speaks for no one.
func TestExpletiveIsNoSpeaker(t *testing.T) {
	det := mustNew(t)
	in := "It is far too soon to say whether the ferry will run, the mayor said."
	runes := []rune(in)
	a := det.Detect(in)
	for _, q := range a.Quotes {
		if m := a.Mention(q.Speaker); m != nil && string(runes[m.Start:m.End]) == "It" {
			t.Errorf("%q: the expletive taken as a speaker:%s", in, dump(runes, a))
		}
	}
}

// TestAnonymityIsNoContent: asking for anonymity is a condition of
// speaking, as "asked not to be named" is: never what was said.
func TestAnonymityIsNoContent(t *testing.T) {
	all, err := NewWith(Options{Scope: ScopeAll})
	if err != nil {
		t.Fatal(err)
	}
	det := mustNew(t)
	in := "“We need answers,” said a prominent Acme Party committee member who supports Doe, asking for anonymity to speak freely."
	noQuoteHolding(t, det.Detect(in), in, "anonymity")
	in = "The official asked for anonymity to discuss the talks."
	noQuoteHolding(t, det.Detect(in), in, "anonymity")
	noQuoteHolding(t, all.Detect(in), in, "anonymity")
}

// TestAccordingToAfterAttributedQuote: "“…,” the judge said, according to
// the paper" is the judge's quote; the paper is the source of the report,
// not a second speaker of the same words.
func TestAccordingToAfterAttributedQuote(t *testing.T) {
	det := mustNew(t)
	in := "“There has been a constant flow of filings. When does it stop?,” the judge said, according to the Daily Star."
	a := det.Detect(in)
	if len(a.Quotes) != 1 {
		t.Errorf("want one quote, by the judge:%s", dump([]rune(in), a))
	}
	in = "The plant will close, according to the Daily Star."
	checkQuoteBy(t, det.Detect(in), []rune(in), in, "The plant will close", "Daily Star")
}

// TestAccordingToIsNoContentOfTheVerbBefore: "according to X" ending the
// sentence, with an apposition or a relative clause after X, attributes
// what comes before it; it is never what the verb before it reported
// ("Acme told staff about the cuts, according to the union" is the
// union's), nor is X's name ("according to his agent, Ilya Morozov"),
// though a clause after it can be ("reported that, according to an
// analysis, most were donors").
func TestAccordingToIsNoContentOfTheVerbBefore(t *testing.T) {
	det := mustNew(t)
	for _, in := range []string{
		"Speedvale told employees about the cuts at a meeting Monday morning, according to the union that represents the plant's hourly workers.",
		"Acme told staff about the layoffs on Monday, according to the union.",
		"The RCMP told the family nothing for three weeks, according to Jasmine Redsky, the victim's cousin.",
		"Boeing told airlines about the flaw in 2019, according to the FAA, which says it was not itself informed until 2018.",
		"Kovalchuk was told on Monday that he had been traded, according to his agent, Ilya Morozov.",
	} {
		a := det.Detect(in)
		runes := []rune(in)
		for _, q := range a.Quotes {
			if strings.HasPrefix(annot.SpanText(runes, q.Parts[0]), "according") {
				t.Errorf("%q: the according-to phrase taken as content:%s", in, dump(runes, a))
			}
		}
		if len(a.Quotes) == 0 || a.SpeakerName(runes, a.Quotes[0]) == "" || strings.HasPrefix(in, a.SpeakerName(runes, a.Quotes[0])) {
			t.Errorf("%q: want a first quote by the source after \"according to\":%s", in, dump(runes, a))
		}
		for _, q := range a.Quotes {
			if c := annot.SpanText(runes, q.Parts[0]); c == "Ilya Morozov" {
				t.Errorf("%q: the source's name taken as content:%s", in, dump(runes, a))
			}
		}
	}
	in := "The AP reported that, according to an analysis of her calendar, 85 of the 154 meetings were with donors."
	checkQuoteBy(t, det.Detect(in), []rune(in), in, "according to an analysis of her calendar, 85 of the 154 meetings were with donors", "AP")
}

// TestDocumentsObtainedByAnOutletSpeak: "according to internal documents
// obtained by The Citadel Record" is the documents' (an accurate
// description), not the paper that got them; a report prepared by a body
// is that body's.
func TestDocumentsObtainedByAnOutletSpeak(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"Ambulances were redirected away from the emergency room 1,412 times between December and March, according to internal documents obtained by The Citadel Record.",
			"Ambulances were redirected", "internal documents"},
		{"The department had 3,200 appeals waiting in October, according to internal figures obtained by CBC News.", "The department had 3,200 appeals", "internal figures"},
		{"The plan would cost $40 million, according to a report prepared by Acme Consulting Group.", "The plan would cost", "Acme Consulting Group"},
	})
}

// TestAsideBeforeThat: an aside set off by commas between the verb (or
// its object) and "that" is no part of what was said ("told Sen. Doe,
// chairman of the panel, that B", "said, after a long pause, that B").
func TestAsideBeforeThat(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct{ in, want, by string }{
		{"He told Sen. Jo Doe, chairman of the committee, that he would withdraw the nomination.", "he would withdraw the nomination", "He"},
		{"She warned the board, which meets on Monday, that the plan would fail.", "the plan would fail", "She"},
		{"The mayor said, after a long pause, that the bridge would reopen in May.", "the bridge would reopen in May", "The mayor"},
	} {
		a := det.Detect(c.in)
		checkQuoteBy(t, a, []rune(c.in), c.in, c.want, c.by)
		q := quoteWith(a, []rune(c.in), c.want)
		if q != nil && annot.SpanText([]rune(c.in), q.Parts[0]) != c.want {
			t.Errorf("%q: quote %q, want %q", c.in, annot.SpanText([]rune(c.in), q.Parts[0]), c.want)
		}
	}
}

// TestAsideThatReportsToo: an aside that holds a verb of speech ("said, as
// he often says, that …") is not skipped, and the verb in it makes no
// second quote of the clause after "that".
func TestAsideThatReportsToo(t *testing.T) {
	det := mustNew(t)
	in := "The coach said, as he often says, that defence wins games."
	a := det.Detect(in)
	n := 0
	for _, q := range a.Quotes {
		for _, p := range q.Parts {
			if strings.Contains(annot.SpanText([]rune(in), p), "defence wins games") {
				n++
			}
		}
	}
	if n != 1 {
		t.Errorf("%q: want one quote holding the clause, got %d:%s", in, n, dump([]rune(in), a))
	}
}

// TestJointPollSource: a source named by two names joined with a slash
// ("according to a Kellan Globe/Channel 9 survey") is one phrase: what it
// reports is the clause before it, not the half after the slash.
func TestJointPollSource(t *testing.T) {
	det := mustNew(t)
	in := "Senator Jo Doe leads the race, according to a Kellan Globe/Channel 9 News survey released on Thursday."
	a := det.Detect(in)
	noQuoteHolding(t, a, in, "survey released")
	if quoteWith(a, []rune(in), "Senator Jo Doe leads the race") == nil {
		t.Errorf("%q: want a quote of the clause before the source:%s", in, dump([]rune(in), a))
	}
	in = "The plan is dead, said a senior Harlow County Farm Bureau official Monday."
	checkQuoteBy(t, det.Detect(in), []rune(in), in, "The plan is dead", "a senior Harlow County Farm Bureau official")
}

// TestSecondVerbOfSpeechWithThat: "said X and added that Y" ends X before
// "and added"; Y is a quote of its own (X ran on to the end of Y).
func TestSecondVerbOfSpeechWithThat(t *testing.T) {
	det := mustNew(t)
	in := "The paper said the bank was an intermediary in the talks and added that three retailers were also in discussions."
	runes := []rune(in)
	a := det.Detect(in)
	checkQuoteBy(t, a, runes, in, "the bank was an intermediary", "The paper")
	checkQuoteBy(t, a, runes, in, "three retailers were also", "The paper")
	noQuoteHolding(t, a, in, "and added")
}

// TestObjectBeforeTrailingAttribution: a verb's object that runs up to an
// attribution ending the sentence ("…, it said") is no content of that
// verb; the sentence is what the attribution reports. A clause before it
// stays a report in a report.
func TestObjectBeforeTrailingAttribution(t *testing.T) {
	det := mustNew(t)
	in := "The anti-graft body was discussing the case with the government, especially the suspect's status, it said."
	runes := []rune(in)
	a := det.Detect(in)
	for _, q := range a.Quotes {
		if m := a.Mention(q.Speaker); m != nil && string(runes[m.Start:m.End]) == "The anti-graft body" {
			t.Errorf("%q: the object of \"discussing\" is no quote:%s", in, dump(runes, a))
		}
	}
	in = "Doe said the plan would fail, the paper reported."
	runes = []rune(in)
	a = det.Detect(in)
	doe := false
	for _, q := range a.Quotes {
		if m := a.Mention(q.Speaker); m != nil && string(runes[m.Start:m.End]) == "Doe" {
			doe = true
		}
	}
	if !doe {
		t.Errorf("%q: want Doe's report inside the paper's:%s", in, dump(runes, a))
	}
}

// TestClauseBeforeAndAddedThat: "Lind said A and added that B" gives A to
// "said" (the scan for "that" ran on into "added that" and lost A) and B to
// "added"; quoted words in an object before a trailing attribution stay a
// quote ("Lind called the tax “theft”, her spokesman said").
func TestClauseBeforeAndAddedThat(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct{ in, want, by string }{
		{"Lind said the plan was sound and added that more money would come next year.", "the plan was sound", "Lind"},
		{"The ministry said the talks had failed and added that it would appeal.", "the talks had failed", "The ministry"},
		{"Lind called the tax “theft”, her spokesman said.", "theft", "Lind"},
	} {
		runes := []rune(c.in)
		a := det.Detect(c.in)
		found := false
		for _, q := range a.Quotes {
			m := a.Mention(q.Speaker)
			if m != nil && string(runes[m.Start:m.End]) == c.by && strings.Contains(annot.SpanText(runes, q.Parts[0]), c.want) {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: want a quote holding %q by %q:%s", c.in, c.want, c.by, dump(runes, a))
		}
	}
}

// TestSubordinatorIsNoPartOfName: "Because Lind said no, Brel walked out"
// has no speaker "Because Lind" (the entity tagger joins the two).
func TestSubordinatorIsNoPartOfName(t *testing.T) {
	det := mustNew(t)
	for _, in := range []string{"Because Lind said no, Brel walked out.", "Because Lind told him to, Brel resigned."} {
		runes := []rune(in)
		a := det.Detect(in)
		for _, q := range a.Quotes {
			if m := a.Mention(q.Speaker); m != nil && strings.HasPrefix(string(runes[m.Start:m.End]), "Because") {
				t.Errorf("%q: the speaker takes in the subordinator:%s", in, dump(runes, a))
			}
		}
	}
}

// TestSecondVerbOfSpeechEndsContent: a second verb of speech joined by "and"
// ends the first verb's content: after a modal's clause a past form cannot
// join the clause's verb ("said he would press … and blamed …"), and a
// participle joins a participle ("telling X that … and questioning how").
// After a perfect or a progressive, or at a pronoun, the content goes on.
func TestSecondVerbOfSpeechEndsContent(t *testing.T) {
	det := mustNew(t)
	for _, tc := range []struct{ in, want string }{
		{"Tom Brel said on Tuesday he would press the government to end the sanctions and blamed the capital for delaying ties with the region.",
			"he would press the government to end the sanctions"},
		{"She escalated her criticism on Tuesday, telling the radio that Lind is a “faker” and questioning how he has “gotten away with it.”",
			"Lind is a “faker”"},
		{"Jo Roe said the plan had failed and he was replaced by Tom Brel.",
			"the plan had failed and he was replaced by Tom Brel"},
		// Not after a perfect or a progressive, whose participles join.
		{"Anna Quill said the company should have investigated and reported the leak to regulators.",
			"the company should have investigated and reported the leak to regulators"},
		{"Anna Quill spoke Tuesday, saying the firm had been misleading investors and telling regulators nothing.",
			"the firm had been misleading investors and telling regulators nothing"},
		{"Tom Lebed said he had clinched a truce and he promised to halt the attack.",
			"he had clinched a truce"},
		// Nor at a pronoun the content has not used: "he" may be someone
		// it names.
		{"The sheriff said deputies had arrested a man and he told them he acted alone.",
			"deputies had arrested a man and he told them he acted alone"},
	} {
		runes := []rune(tc.in)
		a := det.Detect(tc.in)
		if _, ok := quotesBy(runes, a)[tc.want]; !ok {
			t.Errorf("%q: want a quote %q:%s", tc.in, tc.want, dump(runes, a))
		}
	}
}

// TestDescriptionBeforeAppositiveNameIsNoContent: in "“…,” the mayor, Jo
// Brel, said" the attribution starts at the description; the quote holds
// only the quoted words.
func TestDescriptionBeforeAppositiveNameIsNoContent(t *testing.T) {
	det := mustNew(t)
	for _, in := range []string{
		"“We will win,” the mayor, Jo Brel, said.",
		"“We will win,” her lawyer, Jo Brel, told reporters on Monday.",
		"''We will win,'' the city's mayor, Jo Brel, said.",
	} {
		runes := []rune(in)
		a := det.Detect(in)
		if len(a.Quotes) != 1 || a.SpeakerName(runes, a.Quotes[0]) != "Jo Brel" || !strings.HasSuffix(annot.SpanText(runes, a.Quotes[0].Parts[0]), ",”") && !strings.HasSuffix(annot.SpanText(runes, a.Quotes[0].Parts[0]), ",''") {
			t.Errorf("%q: want one quote of the quoted words by Jo Brel:%s", in, dump(runes, a))
		}
	}
}

// TestWhileClauseWithOwnAttributionEndsContent: ", while X said Y" is an
// attribution of its own: it ends the content before it. A "while" clause
// with no verb of speech stays in the content.
func TestWhileClauseWithOwnAttributionEndsContent(t *testing.T) {
	det := mustNew(t)
	in := "Roe said the plan would work, while critics argued it would fail."
	runes := []rune(in)
	got := quotesBy(runes, det.Detect(in))
	if got["the plan would work"] != "Roe" || got["it would fail"] != "critics" {
		t.Errorf("%q: want two quotes, Roe's and the critics':%s", in, dump(runes, det.Detect(in)))
	}
	in = "The union said the talks had failed, while union leader Marco Dunne said a strike could begin Monday."
	runes = []rune(in)
	if got := quotesBy(runes, det.Detect(in)); got["the talks had failed"] != "The union" || got["a strike could begin Monday"] != "Marco Dunne" {
		t.Errorf("%q: want the union's quote and Dunne's apart:%s", in, dump(runes, det.Detect(in)))
	}
	in = "Roe said the plan would work while the markets were open."
	runes = []rune(in)
	if _, ok := quotesBy(runes, det.Detect(in))["the plan would work while the markets were open"]; !ok {
		t.Errorf("%q: want the while clause in Roe's quote:%s", in, dump(runes, det.Detect(in)))
	}
}

// TestTimeOfDayAndWriteOffAreNoContent: "said Thursday night it had …"
// starts the content after the time ("night it had …" was a quote), and
// "wrote down all goodwill" is an accounting entry, no writing reported.
func TestTimeOfDayAndWriteOffAreNoContent(t *testing.T) {
	det := mustNew(t)
	in := "The party said Thursday night it had repelled an attack."
	runes := []rune(in)
	if _, ok := quotesBy(runes, det.Detect(in))["it had repelled an attack"]; !ok {
		t.Errorf("%q: want the quote after the time:%s", in, dump(runes, det.Detect(in)))
	}
	in = "It also wrote down all goodwill and said the sale would close in May."
	runes = []rune(in)
	got := quotesBy(runes, det.Detect(in))
	if _, ok := got["the sale would close in May"]; !ok || len(got) != 1 {
		t.Errorf("%q: want one quote, the sale's:%s", in, dump(runes, det.Detect(in)))
	}
}

// TestAddresseeWithArticleBeforeClause: "told the reporters he was …" has
// the addressee "the reporters" and the content "he was …" (the chunker
// took "he" into the addressee's phrase).
func TestAddresseeWithArticleBeforeClause(t *testing.T) {
	det := mustNew(t)
	in := "Tom Brel told the committee he was not entirely satisfied with the cooperation."
	runes := []rune(in)
	if _, ok := quotesBy(runes, det.Detect(in))["he was not entirely satisfied with the cooperation"]; !ok {
		t.Errorf("%q: want the clause after the addressee:%s", in, dump(runes, det.Detect(in)))
	}
}

// TestRelativeClauseAfterAttributionIsNoContent: a relative clause after a
// comma that follows an attribution ("told a news conference after the
// meeting, which was held online") says nothing the speaker said.
func TestRelativeClauseAfterAttributionIsNoContent(t *testing.T) {
	det := mustNew(t)
	in := "\"We have found a balance,\" Saudi Energy Minister Prince Faisal bin Nasser told a news conference after the meeting, which was held by video conference because of the pandemic."
	runes := []rune(in)
	got := quotesBy(runes, det.Detect(in))
	if _, ok := got["\"We have found a balance,\""]; !ok || len(got) != 1 {
		t.Errorf("%q: want the one direct quote:%s", in, dump(runes, det.Detect(in)))
	}
}

// TestContentAfterRelativeClause: a relative clause between a verb of
// speech and its "that" clause is skipped, not taken for all there is; a
// question after a comma is content; a "which" standing for the clause
// before it is no speaker.
func TestContentAfterRelativeClause(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct{ in, want string }{
		{"She said in a statement, which was posted on Twitter, that she would not resign.", "she would not resign"},
		{"The minister noted, which few had expected, that the deal was off.", "the deal was off"},
		{"The senator asked, who will pay for this?", "who will pay for this"},
		{"He added, which was telling, that the deal was not final.", "the deal was not final"},
	} {
		runes := []rune(c.in)
		a := det.Detect(c.in)
		got := quotesBy(runes, a)
		if _, ok := got[c.want]; !ok || len(got) != 1 {
			t.Errorf("%q: want the one quote %q:%s", c.in, c.want, dump(runes, a))
		}
	}
}

// TestWhichForAStatement: "which" after a verb that is no verb of speech
// stands for the noun before it ("A statement was issued, which said …"),
// and speaks.
func TestWhichForAStatement(t *testing.T) {
	det := mustNew(t)
	in := "A statement was issued, which said the company would close its plant."
	runes := []rune(in)
	if _, ok := quotesBy(runes, det.Detect(in))["the company would close its plant"]; !ok {
		t.Errorf("%q: want the quote:%s", in, dump(runes, det.Detect(in)))
	}
}

// TestParticipleOfSpeechAfterObject: in the speech scope a plain object
// ("rejected that argument …", "rejected the request …") followed by ",
// saying"/", writing" is no content: what the participle reports is, the
// subject's ("that" before a noun is a determiner here); ", while X said"
// after a quotation closing with a comma, and ", as X questioned whether",
// open X's own report.
func TestParticipleOfSpeechAfterObject(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct {
		in   string
		want map[string]string
	}{
		{"Lapointe rejected that argument in an interview with the morning show on Monday, saying the union had proposed a phased approach.",
			map[string]string{"the union had proposed a phased approach": "Lapointe"}},
		{"The judge rejected the request for a conditional sentence, writing that it \"would not adequately reflect the gravity of the offence.\"",
			map[string]string{"it \"would not adequately reflect the gravity of the offence.\"": "The judge"}},
		{"Lapointe said the union would return to the table \"the minute they call,\" while Bertrand-Sauvé said the company was \"reviewing next steps.\"",
			map[string]string{"the union would return to the table \"the minute they call,\"": "Lapointe", "the company was \"reviewing next steps.\"": "Bertrand-Sauvé"}},
		// ", as X questioned whether …" is X's own report; an aside
		// ("…, as Doe had predicted") stays in the content.
		{"Transport Canada says it is reviewing the order, as opposition MPs questioned whether the department has enough inspectors.",
			map[string]string{"it is reviewing the order": "Transport Canada", "whether the department has enough inspectors": "MPs"}},
		{"Roe said the plan would fail, as Doe had predicted.",
			map[string]string{"the plan would fail, as Doe had predicted": "Roe"}},
		// A pronoun and an auxiliary after the quotation go on with the
		// same report; another subject, or a verb of its own, does not.
		{"Roe said the report was \"flawed,\" but he would read it again.",
			map[string]string{"the report was \"flawed,\" but he would read it again": "Roe"}},
		{"Roe said the report was \"flawed,\" but he later said he had not read it.",
			map[string]string{"the report was \"flawed,\"": "Roe", "he had not read it": "Roe"}},
		// An adjunct between the participle and "that": one quote.
		{"The minister dismissed the report, saying on Monday that it was \"a big step backward.\"",
			map[string]string{"it was \"a big step backward.\"": "The minister"}},
		// "that" and a noun whose clause has its verb before any comma
		// open a clause, not an object
		{"A 2025 survey by a municipal finance association found that water rates in small and mid-sized Larkspur towns rose by an average of 5.8 per cent last year.",
			map[string]string{"water rates in small and mid-sized Larkspur towns rose by an average of 5.8 per cent last year": "A 2025 survey by a municipal finance association"}},
		// (not a verb after "and", "when" or "because": another clause)
		{"The mayor rejected that claim and said the road would stay open.",
			map[string]string{"the road would stay open": "The mayor"}},
		{"The mayor rejected that idea when council met Tuesday, saying it would cost too much.",
			map[string]string{"it would cost too much": "The mayor"}},
		{"The mayor rejected that proposal because it costs too much.", map[string]string{}},
	} {
		runes := []rune(c.in)
		a := det.Detect(c.in)
		got := quotesBy(runes, a)
		if len(got) != len(c.want) {
			t.Errorf("%q: want %d quotes:%s", c.in, len(c.want), dump(runes, a))
			continue
		}
		for q, by := range c.want {
			if got[q] != by {
				t.Errorf("%q: want %q by %q:%s", c.in, q, by, dump(runes, a))
			}
		}
	}
	in := "Roe called the ruling \"a travesty,\" and her lawyer said they would appeal."
	checkQuoteBy(t, det.Detect(in), []rune(in), in, "they would appeal", "her lawyer")
}

// TestSubjectOverRelativeWithApposition: "Jo Doe, who owns Acme, a
// 40-truck carrier …, said" is Jo Doe's: the apposition describes the
// relative clause's object, not the speaker.
func TestSubjectOverRelativeWithApposition(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"Jaswinder Brar, who owns Brar Freight Lines, a 40-truck carrier based in Winnipeg's Inkster Industrial Park, said roughly a third of his company's loads cross after dark.",
			"roughly a third", "Jaswinder Brar"},
	})
}

// TestRefusalEndsContent: a "but" clause (or ", though") in which the
// speaker declines to say more ends what was said ("but he would not say
// whether …", "but did not say when", "but offers no timeline", ", though
// it did not provide numbers"), also after an attribution set off inside
// the sentence ("A, Doe said, though she did not say which ones"); a "but"
// or "though" clause that is more of what was said stays in it (invented
// sentences).
func TestRefusalEndsContent(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct{ in, want string }{
		{"Fairbairn said the association has asked a lawyer to look at a judicial review, but he would not say whether it intends to file.", "the association has asked a lawyer to look at a judicial review"},
		{"Lee said the mayor had promised a review but did not say when.", "the mayor had promised a review"},
		{"Province says changes to program deadlines are on the table but offers no timeline", "changes to program deadlines are on the table"},
		{"The official said the talks were going well but declined to give further details.", "the talks were going well"},
		{"Mayor Denise Tourangeau said the alert was a precaution, but she did not want anyone to take it lightly.", "the alert was a precaution, but she did not want anyone to take it lightly"},
		{"He said the company remained open to talks, but would not reopen the pension question.", "the company remained open to talks, but would not reopen the pension question"},
		{"The guild said complaints about noise have doubled since spring, though it did not provide numbers.", "complaints about noise have doubled since spring"},
		{"Several towns have been asked to share their snowplows, Marchetti said, although she would not say which ones.", "Several towns have been asked to share their snowplows"},
		{"Marchetti said the plan would work, though it would take two winters.", "the plan would work, though it would take two winters"},
		{"Mayor Ellen Varga said the bridge, though she would not say when, will reopen next year.", "the bridge, though she would not say when, will reopen next year"},
	} {
		runes := []rune(c.in)
		a := det.Detect(c.in)
		if _, ok := quotesBy(runes, a)[c.want]; !ok {
			t.Errorf("%q: want the quote %q;%s", c.in, c.want, dump(runes, a))
		}
		for _, q := range a.Quotes {
			for _, p := range q.Parts {
				if strings.Contains(annot.SpanText(runes, p), "not say which") {
					t.Errorf("%q: the refusal is no quote;%s", c.in, dump(runes, a))
				}
			}
		}
	}
}

// TestDemonstrativeNounIsNoCue: a verb of speech's form after a sentence's
// "That" and before a comma is the subject's noun ("That offer, according
// to a copy obtained by the Herald, would close …": no quote of "That"'s).
func TestDemonstrativeNounIsNoCue(t *testing.T) {
	det := mustNew(t)
	in := "That offer, according to a copy obtained by the Herald, would close the pension plan to new hires."
	runes := []rune(in)
	a := det.Detect(in)
	for _, q := range a.Quotes {
		if m := a.Mention(q.Speaker); m != nil && string(runes[m.Start:m.End]) == "That" {
			t.Errorf("%q: no quote is That's;%s", in, dump(runes, a))
		}
	}
	if len(a.Quotes) == 0 {
		t.Errorf("%q: want the quote after according to;%s", in, dump(runes, a))
	}
}

// TestPartitiveSubjectIsContent: "said much of the region went …" reports
// a clause whose subject opens with "much of" (nothing had been found);
// "did not say much of interest" has no clause.
func TestPartitiveSubjectIsContent(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct {
		in, want string
		found    bool
	}{
		{"Ifeoma Okafor, a hydroclimatologist, said much of the region went into winter with low soil moisture reserves.", "much of the region went into winter with low soil moisture reserves", true},
		{"Okafor did not say much of interest about the plan.", "", false},
	} {
		runes := []rune(c.in)
		a := det.Detect(c.in)
		got := quotesBy(runes, a)
		if _, ok := got[c.want]; c.found && !ok || !c.found && len(got) > 0 {
			t.Errorf("%q: want the quote %q (%v);%s", c.in, c.want, c.found, dump(runes, a))
		}
	}
}

// TestClauseBeforeAsideGoingOnInQuotes: "A, he said, “but B.”" reports A
// too (only the quotation had been found); not narration that goes on
// through the aside ("… and also, he said, “…”") nor a quotation that opens
// a sentence of its own.
func TestClauseBeforeAsideGoingOnInQuotes(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct {
		in, want string
		found    bool
	}{
		{"Forecaster Kyle Mandeville spoke Sunday.\n\nA cold front could bring some relief by Tuesday, Mandeville said, \"but nobody should be counting on it.\"", "A cold front could bring some relief by Tuesday", true},
		{"There was no photograph of the meeting, in keeping with protocol and also, Sanders said, \"because it was private.\"", "There was no photograph of the meeting, in keeping with protocol and also", false},
		{"The plan will work, Lee said, \"We will prove it.\"", "The plan will work", false},
	} {
		runes := []rune(c.in)
		a := det.Detect(c.in)
		if _, ok := quotesBy(runes, a)[c.want]; ok != c.found {
			t.Errorf("%q: want the quote %q: %v;%s", c.in, c.want, c.found, dump(runes, a))
		}
	}
}

// TestCallingSomethingSomething: "called the lockout a pressure tactic" is
// what the speaker said of it, in the speech scope too (it had been taken
// for a plain object); not "called it a day", "called a meeting", "called
// half a dozen directors", nor when nobody did. An adverb before the verb
// is no speaker ("Clinton, who voted for it, nevertheless called …").
func TestCallingSomethingSomething(t *testing.T) {
	checkQuotesBy(t, mustNew(t), []quoteByCase{
		{"Amira Haddad, president of the regional council, called the lockout a pressure tactic timed for the end of winter.", "the lockout a pressure tactic timed for the end of winter", "Amira Haddad"},
		{"Clinton, who voted for the bill, nevertheless called his vote an irresponsible one.", "his vote an irresponsible one", "Clinton"},
		{"The coach called it a day after practice.", "", ""},
		{"The manager called a meeting for Monday.", "", ""},
		{"One Sunday she called half a dozen directors at home.", "", ""},
		{"Nobody called it a bomb because it was just a bottle.", "", ""},
		{"Lee called a spade a spade.", "", ""},
		// What was called ends where the subject goes on.
		{"Coun. Jo Lee called the mayor a liar and ordered him to leave the chamber.", "the mayor a liar", "Jo Lee"},
		{"Alastair Osman called him a kind, loving and admirable person.", "him a kind, loving and admirable person", "Alastair Osman"},
	})
}

// TestAdjunctCallRefusalAndSemicolonBounds: an adjunct after a comma
// before a colon keeps the
// verb's subject as the speaker ("said, in French:" is no quote of
// French's); a call with a time is a telephone call; a clause the
// quotation completes is no quote alone; a refusal by someone else in what
// was said stays in it; a semicolon ends a headline's clause before
// another's attribution, or any clause of its own in a deck, not a list
// of one subject's deeds.
func TestAdjunctCallRefusalAndSemicolonBounds(t *testing.T) {
	det := mustNew(t)
	checkQuotesBy(t, det, []quoteByCase{
		{"Chief Samuel Okafor said, in French: “We will not give up the search.”", "“We will not give up the search.”", "Samuel Okafor"},
		{"The ministry said, in an email to CBC News: “The review is ongoing.”", "“The review is ongoing.”", "The ministry"},
		{"The graffiti on the wall reads, in black spray paint: “Go home.”", "“Go home.”", "The graffiti"},
		{"She called the police a second time.", "", ""},
		{"He called his lawyer a day later.", "", ""},
		{"Not one councillor called the budget a mistake.", "", ""},
		{"Ellen Schaefer said the landlord told her the repairs would be done in a week, but he would not say why they took three months.",
			"the landlord told her the repairs would be done in a week, but he would not say why they took three months", "Ellen Schaefer"},
		{"Mayor Stan Kurtz said he called the minister last week, but she would not say when the money would come.",
			"he called the minister last week, but she would not say when the money would come", "Stan Kurtz"},
		{"Residents' group says it will keep fighting; developer says first tenants could move in by 2028", "first tenants could move in by 2028", "developer"},
		{"The chief said crews cleared the highway by noon; the storm claimed three lives in the valley.", "crews cleared the highway by noon; the storm claimed three lives in the valley", "The chief"},
		{"The bartender called him a cab.", "", ""},
		{"Exporters say cargo is piling up; union calls employers' offer 'a slap in the face'", "cargo is piling up", "Exporters"},
		// (a deck's second headline, whatever its verb)
		{"Mayor says change is key to easing housing crunch; neighbours worry about parking, drainage", "change is key to easing housing crunch", "Mayor"},
		{"Riders say they'll be hardest hit; transit agency blames provincial funding gap", "they'll be hardest hit", "Riders"},
		// (a headline's passive before it is what was said, no verb of saying)
		{"Police say driver charged; victim remains in hospital", "driver charged", "Police"},
		{"After meeting with them two officials said the deal was off.", "the deal was off", "two officials"},
		// A refusal is one of saying more, in the cue's tense.
		{"She said the city kept the federal grant but refused to fund the shelter.", "the city kept the federal grant but refused to fund the shelter", "She"},
		{"Critics said the budget raises taxes but offers no relief for renters.", "the budget raises taxes but offers no relief for renters", "Critics"},
		{"Doe said the new rules help tenants but do not answer the question of who pays.", "the new rules help tenants but do not answer the question of who pays", "Doe"},
		{"The official said the talks were going well but declined to give further details.", "the talks were going well", "The official"},
		{"Had the council acted sooner, he said, “none of this would have happened.”", "“none of this would have happened.”", "he"},
	})
	for _, in := range []string{
		"The deal would include, he said, \"a new pension plan for all.\"",
		"The fire broke out shortly after 2 a.m. and by the time crews arrived, he said, \"the roof was gone.\"",
	} {
		runes := []rune(in)
		a := det.Detect(in)
		if got := quotesBy(runes, a); len(got) != 1 {
			t.Errorf("%q: want the quotation alone;%s", in, dump(runes, a))
		}
	}
}

// quoteByCase is one sentence, the words of a quote it must hold and its
// speaker's name; an empty want says it holds no quote at all.
type quoteByCase struct{ in, want, by string }

// checkQuotesBy runs det on each case and wants its quote and speaker.
func checkQuotesBy(t *testing.T, det *Detector, cases []quoteByCase) {
	t.Helper()
	for _, c := range cases {
		runes := []rune(c.in)
		a := det.Detect(c.in)
		got := quotesBy(runes, a)
		if c.want == "" && len(got) > 0 || c.want != "" && got[c.want] != c.by {
			t.Errorf("%q: want %q by %q;%s", c.in, c.want, c.by, dump(runes, a))
		}
	}
}

// TestAddedReportEndsContent: a participle that adds a report of its own
// (", adding that …", ", saying: “…”", "… surprised,” adding: “…”") ends
// what the verb before it reports, and reports on its own; a participle
// that adds no clause ("…, citing the budget") does not.
func TestAddedReportEndsContent(t *testing.T) {
	det := mustNew(t)
	checkQuoteTexts(t, det, "Coun. Bernard Tessier said he was disappointed, adding that he would appeal.",
		[]string{"he was disappointed", "he would appeal"})
	checkQuoteTexts(t, det, "Coun. Bernard Tessier said he was “disappointed but not surprised,” adding: “Process matters.”",
		[]string{"he was “disappointed but not surprised,”", "“Process matters.”"})
	checkQuoteTexts(t, det, "Coun. Bernard Tessier said the plan would fail, citing the budget.",
		[]string{"the plan would fail, citing the budget"})
	// the participle of the reported clause's own subject
	checkQuoteTexts(t, det, "Const. Amy Roy said a woman approached the cruiser, saying she needed help.",
		[]string{"a woman approached the cruiser, saying she needed help"})
}

// TestPronounSubjectBeforeQuotedVerb: "said it “does not take positions”
// but would work with …" reports the whole clause, the pronoun its
// subject, not the object of "said" ("said it twice" stays an object).
func TestPronounSubjectBeforeQuotedVerb(t *testing.T) {
	det := mustNew(t)
	checkOneQuote(t, det, "The police service said in an emailed statement that it \"does not take positions on zoning\" but would work with neighbours on a safety plan.",
		"it \"does not take positions on zoning\" but would work with neighbours on a safety plan")
	checkOneQuote(t, det, "The health authority said it “will not tolerate” threats and would investigate every report.",
		"it “will not tolerate” threats and would investigate every report")
}

// TestSummingUpAppositiveEndsContent: ", a decision advocates are calling
// …" after a reported clause is the writer's summing up, no part of what
// was said; its own report is its subject's ("a move critics say comes too
// late": the critics), and "a claim that" there is no one's claim, nor is
// "…,” a comment that drew angry replies" after quoted words. After a
// plain object the appositive stays ("supported Proposition 12, a measure
// opposed by unions").
func TestSummingUpAppositiveEndsContent(t *testing.T) {
	det := mustNew(t)
	checkOneQuote(t, det, "The Supreme Court of Canada says police need a warrant to search a car's computer, a decision civil liberties advocates are calling historic.",
		"police need a warrant to search a car's computer")
	checkOneQuote(t, det, "Doe said he was fired for taking time off for his military duties, a claim that the committee strongly disputes.",
		"he was fired for taking time off for his military duties")
	checkOneQuote(t, det, "The minister said the province will cut daycare fees by half, a move that will save families $500 a month.",
		"the province will cut daycare fees by half")
	checkSpeakerNames(t, det, []nameCase{
		{"The minister said the province will cut daycare fees by half, a move critics say comes too late.", "comes too late", "critics"},
	})
	// after quoted words whose closing mark follows the comma, and a
	// noun of speech summing up
	checkOneQuote(t, det, `One Larkspur resident wrote that the farm was "a nice idea that costs taxpayers more than it brings in," a comment that drew dozens of angry replies.`,
		`the farm was "a nice idea that costs taxpayers more than it brings in,"`)
	checkOneQuote(t, det, `Doe said the plan was "a waste of money," a view shared by many on council.`, `the plan was "a waste of money,"`)
}

// TestContentOpensBeforeAnInnerThat: the content of "said" opens right
// after it when a clause is already under way before a later "that": a
// noun and "had" ("said the union had warned parents two weeks ago that
// …"), a passive verb of telling ("said her community wasn't told that
// …"), or "so high that", a clause of result.
func TestContentOpensBeforeAnInnerThat(t *testing.T) {
	det := mustNew(t)
	checkOneQuote(t, det, "Ouellet said the union had warned parents two weeks ago that a strike was possible.",
		"the union had warned parents two weeks ago that a strike was possible")
	checkOneQuote(t, det, "Patricia Boudreau said staff turnover had become so high that she no longer learns the names of new hires.",
		"staff turnover had become so high that she no longer learns the names of new hires")
	checkOneQuote(t, det, "Jo Doe said in a statement released Tuesday that the vote was fair.", "the vote was fair")
	// a passive verb of telling: what was said is that someone was (not) told
	checkOneQuote(t, det, "Chief Roberta Antoine said her community wasn't told directly that the order had been expanded.",
		"her community wasn't told directly that the order had been expanded")
	checkOneQuote(t, det, "Chief Roberta Antoine said residents were never warned that the order had been expanded.",
		"residents were never warned that the order had been expanded")
	checkOneQuote(t, det, "Chief Roberta Antoine said she was disappointed that the order had been expanded.", "the order had been expanded")
}

// TestCourtRuled: what a court or a judge "ruled" is reported, before a
// clause ("ruled that …", "ruled the footage was admissible") or after
// the clause it follows ("…, the court ruled Friday in a split decision
// that rights groups called a win": the relative clause on the decision
// is no second report); "who ruled the country for two years" and "Kings
// who ruled England believed …" govern (invented sentences).
func TestCourtRuled(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"The Supreme Court ruled that police need a warrant to get doorbell camera video.",
			"police need a warrant to get doorbell camera video", "Supreme Court"},
		{"Justice Mary Lindqvist ruled the footage was admissible at trial.",
			"the footage was admissible at trial", "Mary Lindqvist"},
		{"The appeal court ruled Friday that the search was unlawful.", "the search was unlawful", "The appeal court"},
		{"The tribunal ruled unanimously that the firing was unjust.", "the firing was unjust", "The tribunal"},
		// a place before "that" is no noun a relative clause hangs on
		{"The economy is weak, Premier Ann Lowe said on Monday in Halifax that she would cut taxes.", "she would cut taxes", "Ann Lowe"},
		{"Police must get a warrant before asking a company for stored video, the Supreme Court of Canada ruled Friday in a split decision that rights groups called a major win for privacy.",
			"Police must get a warrant before asking a company for stored video", "Supreme Court of Canada"},
	})
	for _, in := range []string{
		"Police must get a warrant before asking a company for stored video, the Supreme Court of Canada ruled Friday in a split decision that rights groups called a major win for privacy.",
		"Police must get a warrant before asking a company for stored video, the court said on Friday.",
		"Ramon Ortiz, who ruled the province for two years, died at age 78 on Monday.",
		"Kings who ruled England believed they were chosen by God.",
	} {
		for q, by := range quotesBy([]rune(in), det.Detect(in)) {
			if strings.Contains(q, "rights groups called") || strings.HasPrefix(q, "the court said") || strings.Contains(q, "died at age") || strings.HasPrefix(q, "England") {
				t.Errorf("%q: quote %q by %q", in, q, by)
			}
		}
	}
}

// TestThoughClauseOfAnotherSpeaker: ", though" or ", although" before the
// subject of a verb of speech, and "and" with no comma before a
// possessive's plural subject of one or a bare plural and its verb of
// speech ("and critics warn"), end what the verb before reported:
// "most said they supported it, though several questioned whether …",
// "a move its supporters say will help and its critics call a cash
// grab"; a clause of the same speaker with no verb of speech goes on
// ("…, though mine operators could likely find other contractors").
func TestThoughClauseOfAnotherSpeaker(t *testing.T) {
	det := mustNew(t)
	checkQuoteTexts(t, det, "Of the 23 people who spoke to council, most said they supported having more staff on buses, though several questioned whether the officers would target unhoused people.",
		[]string{"they supported having more staff on buses", "whether the officers would target unhoused people"})
	checkQuoteTexts(t, det, "Council voted to triple the tax, a move its supporters say will push hundreds of units back onto the market and its critics call a cash grab dressed up as housing policy.",
		[]string{"will push hundreds of units back onto the market", "a cash grab dressed up as housing policy"})
	checkQuoteTexts(t, det, "Council approved fourplexes on most lots, a move supporters say is long overdue and critics warn will change the feel of older neighbourhoods.",
		[]string{"is long overdue", "will change the feel of older neighbourhoods"})
	checkQuoteTexts(t, det, "She said a long strike could delay exploration programs, though mine operators could likely find other contractors for some of the work.",
		[]string{"a long strike could delay exploration programs, though mine operators could likely find other contractors for some of the work"})
	checkQuoteTexts(t, det, "The mayor said the plan will cut costs and critics say it will raise taxes.",
		[]string{"the plan will cut costs", "it will raise taxes"})
	// (a verb of speech with an object, no clause after it, opens no report)
	checkQuoteTexts(t, det, "The street is quiet and neighbours say hello to each other on the street, Jo Doe said.",
		[]string{"The street is quiet and neighbours say hello to each other on the street"})
	// "and" joining two nouns, no clauses, ends nothing
	checkQuoteTexts(t, det, "Police said the driver and the passengers told officers the car had stalled.",
		[]string{"the driver and the passengers told officers the car had stalled"})
}

// TestHeadlinePassiveBeforeSemicolon: "Police say woman, 34, charged;
// victim remains in hospital" is the police's report alone: "charged"
// before the semicolon reports nothing after it.
func TestHeadlinePassiveBeforeSemicolon(t *testing.T) {
	det := mustNew(t)
	checkQuoteTexts(t, det, "Police say woman, 34, charged; victim remains in hospital", []string{"woman, 34, charged"})
	// (a trailing attribution before the semicolon reports what came before it)
	checkQuoteTexts(t, det, "American dream survives among Millennials, poll finds; \nGeneration expects more success.\n\nMillennials still believe in the dream.",
		[]string{"American dream survives among Millennials"})
}

// TestAsideInsideAReportAfterItsColon: an aside inside what a verb before
// it reports ("Whitford said his concern was cost: at roughly $296,000 a
// unit, he argued, the city should get more") takes up after the report's
// colon, so it is part of that report, not a second quote holding
// "Whitford said"; an aside with no report before it keeps its clause.
func TestAsideInsideAReportAfterItsColon(t *testing.T) {
	det := mustNew(t)
	checkQuoteTexts(t, det, "Owen Whitford said his concern was cost: at roughly $296,000 per unit, he argued, the city should be getting more for its money.",
		[]string{"his concern was cost: at roughly $296,000 per unit, he argued, the city should be getting more for its money"})
	checkQuoteTexts(t, det, "The plan, she said, would fail.", []string{"The plan"})
}

// TestWhatAStudyShows: a study's, a poll's or an outlook's "shows" with
// a noun-phrase object reports that object, to its clause's end ("A poll
// shows support for the Liberals at 40 per cent"); a photo's does not.
func TestWhatAStudyShows(t *testing.T) {
	det := mustNew(t)
	checkQuotesBy(t, det, []quoteByCase{
		{"A poll shows support for the Liberals at 40 per cent.", "support for the Liberals at 40 per cent", "A poll"},
		{"The federal seasonal outlook shows above-normal fire risk for most of the province through June.",
			"above-normal fire risk for most of the province through June", "The federal seasonal outlook"},
		{"The photo shows a man in a red coat.", "", ""},
		// a verb in -s the tagger reads as a plural after "report"
		{"The report forecasts economic growth of 1.1 per cent in 2026.", "economic growth of 1.1 per cent in 2026", "The report"},
		// and in a relative clause on a report (not on a thing)
		{"The bank released its quarterly report, which forecasts growth of 1.1 per cent in 2026.", "growth of 1.1 per cent in 2026", "its quarterly report"},
		{"The firm released new software, which forecasts the weather.", "", ""},
		{"The city installed a new river gauge after the 2018 flood study, which forecasts water levels every 15 minutes.", "", ""},
	})
}

// TestTrailingAttributionBeforeSemicolon: an attribution closed by a
// semicolon reports the clause before it, not the one after ("…, analysts
// say; in 2012, …" is the writer's), and a clause after a fronted purpose
// ("To win the seat, candidates probably need …") is what was said.
func TestTrailingAttributionBeforeSemicolon(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct{ in, want string }{
		{"The city will need 40 new buses by 2030, transit officials say; the current fleet dates from 2009.", "The city will need 40 new buses by 2030"},
		{"Rents rose again in May, the agency said; the vacancy rate fell to 1.1 per cent.", "Rents rose again in May"},
		{"To win the riding, candidates probably need about 40 per cent of the vote, organizers say.", "To win the riding, candidates probably need about 40 per cent of the vote"},
		// (an opening phrase whose comma a participle follows is no clause)
		{"In an interview, the first since taking office, Doe said the plan would pass.", "the plan would pass"},
	} {
		checkOneQuote(t, det, c.in, c.want)
	}
}

// TestNegationBeforeThatStaysInContent: a negation, "there" or a second
// clause before a later "that" belongs to what was said ("said there was
// no indication that …" does not report "any grain was stored"); a plain
// "said it was disappointed that …" may still report the clause after it.
func TestNegationBeforeThatStaysInContent(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct{ in, want string }{
		{"The chief said there was no indication that any grain was still stored in the building.", "there was no indication that any grain was still stored in the building"},
		{"The miner said he did not remember that instruction and that he did not see any scaling done.", "he did not remember that instruction and that he did not see any scaling done"},
		{"Coun. Jo Roe said she was relieved no one was injured but frustrated that the building had been allowed to decay.", "she was relieved no one was injured but frustrated that the building had been allowed to decay"},
		{"The ministry said it found no evidence that the file was ever sent by fax.", "it found no evidence that the file was ever sent by fax"},
		{"The union said it was disappointed that the council voted against the plan.", "the council voted against the plan"},
		// "there" with no negation, a second clause, a negation before a
		// verb; not a negation in an adjunct
		{"The chief said there were fears that the dam would fail.", "there were fears that the dam would fail"},
		{"She said she thought the plan was sound but worried that costs would rise.", "she thought the plan was sound but worried that costs would rise"},
		{"The board said it never agreed that the school would close.", "it never agreed that the school would close"},
		{"The premier said in no uncertain terms that the plan was dead.", "the plan was dead"},
	} {
		checkOneQuote(t, det, c.in, c.want)
	}
}

// TestWritersGlossEndsContent: the writer's comment after a comma at the
// end of a report (", underscoring how …") is no part of it.
func TestWritersGlossEndsContent(t *testing.T) {
	det := mustNew(t)
	checkOneQuote(t, det, "A federal report released last month found that rail carried roughly 40 per cent of the freight last year, underscoring how quickly a stoppage can ripple through the economy.",
		"rail carried roughly 40 per cent of the freight last year")
	checkOneQuote(t, det, "The mayor said the vote was a turning point, highlighting the work of volunteers.", "the vote was a turning point, highlighting the work of volunteers")
}

// TestPluralBeforeRelativeThat: a plural before "that" and a verb is a
// noun with its relative clause ("the dozen states that held primaries"
// is no "states that …"), and after "it obtained …" the plural's "that"
// opens no content of its own; an adjunct's participle before "that"
// does not stop the content ("said in an interview taped before the
// attacks that …").
func TestPluralBeforeRelativeThat(t *testing.T) {
	det := mustNew(t)
	in := "Strong showings in the dozen states that held primaries on Tuesday strengthened the prospect of a rematch."
	if a := det.Detect(in); len(a.Quotes) > 0 {
		t.Errorf("%q: want no quote:%s", in, dump([]rune(in), a))
	}
	checkOneQuote(t, det, "The newspaper reported it obtained 72 emails that the minister sent from his personal account.", "it obtained 72 emails that the minister sent from his personal account")
	checkOneQuote(t, det, "The premier had said in an interview taped before the attacks that the province was safe.", "the province was safe")
}

// TestRoleAfterInvertedSpeakerIsNoContent: a role without an article
// after "said Jo Doe," describes her ("senior economist at the bank"), and
// what was said goes on after its comma only with a clause ("…, said
// Marcia Roy, vice president for sustainability, the firm wants …"), not
// with more about the role's organisation (", a union that …").
func TestRoleAfterInvertedSpeakerIsNoContent(t *testing.T) {
	det := mustNew(t)
	in := "Rents rose 6 per cent in May, said Jo Doe, senior economist at the bank."
	if a := det.Detect(in); len(a.Quotes) != 1 || len(a.Quotes[0].Parts) != 1 {
		t.Errorf("%q: want one quote in one part:%s", in, dump([]rune(in), a))
	}
	checkQuoteTexts(t, det, "“We are extremely happy” about the decision, said Ann Roe, executive director of the nurses' union, a union that has broken away from other labour groups.",
		[]string{"“We are extremely happy” about the decision"})
	in = "Rather than seeing the tax rise further, said Marcia Roy, vice president for sustainability, the firm wants the gap narrowed."
	a := det.Detect(in)
	runes := []rune(in)
	if len(a.Quotes) != 1 || len(a.Quotes[0].Parts) != 2 || annot.SpanText(runes, a.Quotes[0].Parts[1]) != "the firm wants the gap narrowed" {
		t.Errorf("%q: want one quote whose second part is the clause after the role:%s", in, dump(runes, a))
	}
}

// TestReactionParticipleEndsContent: a participle of what a statement
// drew or set off, after a comma, is the reporter's ("…, drawing boos
// from the crowd", "…, setting up what could be a long negotiation"),
// also after an aside tag or a comma inside a closing mark; a list of
// participles reported goes on ("clearing brush, setting up tents"), and
// so does a clause the participle sits inside ("the bridge, drawing on
// decades of data, is safe"; "…, prompting a search, and that he was
// arrested").
func TestReactionParticipleEndsContent(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct{ in, want string }{
		{"The band council said it will not support the port expansion until it has been consulted, setting up what could be a long negotiation.",
			"it will not support the port expansion until it has been consulted"},
		{"Jo Doe said the mayor had broken his word, drawing boos from the crowd.", "the mayor had broken his word"},
		{"The report said crews were building fences, clearing brush, setting up tents and digging trenches.",
			"crews were building fences, clearing brush, setting up tents and digging trenches"},
		// not a participle inside the clause, nor one of its own sense
		{"Councillor Ana Ruiz said the bridge, drawing on decades of inspection data, is safe for heavy trucks.",
			"the bridge, drawing on decades of inspection data, is safe for heavy trucks"},
		{"Police said the driver fled, prompting a search, and that he was arrested Tuesday.",
			"the driver fled, prompting a search, and that he was arrested Tuesday"},
		{"Ruiz said crews spent the night clearing roads, setting up warming centres and salting sidewalks.",
			"crews spent the night clearing roads, setting up warming centres and salting sidewalks"},
		// after "being", no participle of a list; after a second clause
		{"The office said the minister was being briefed daily, prompting criticism from the union.", "the minister was being briefed daily"},
		{"The office said in an email that \"the best deals are reached at the table,\" and that the minister was briefed daily, prompting criticism from the union.",
			"the minister was briefed daily"},
		// after an aside tag, and after a comma inside a closing mark
		{"The town will raise taxes by 4 per cent, Ruiz said, drawing boos from the crowd.", "The town will raise taxes by 4 per cent"},
		{"Ruiz said the plan is \"dead on arrival,\" drawing boos from the crowd.", "the plan is \"dead on arrival,\""},
	} {
		a := det.Detect(c.in)
		runes := []rune(c.in)
		found := false
		for _, q := range a.Quotes {
			if annot.SpanText(runes, q.Parts[len(q.Parts)-1]) == c.want {
				found = true
			}
			for _, p := range q.Parts {
				if s := annot.SpanText(runes, p); s == "drawing boos from the crowd" {
					t.Errorf("%q: the reaction reported as a part:%s", c.in, dump(runes, a))
				}
			}
		}
		if !found {
			t.Errorf("%q: want the content %q:%s", c.in, c.want, dump(runes, a))
		}
	}
}

// TestOthersReportEndsContent: ", and" before a clause with a subject of
// its own and a verb of speech ends what was said before it, also when
// that verb makes no quote ("…, and no one said whether …", "…, according
// to Environment Canada, and several growers reported readings …", whose
// growers speak in scope all). A second "that" clause, a clause the
// speaker's quoted words end, and a verb of attitude keep it whole.
func TestOthersReportEndsContent(t *testing.T) {
	det := mustNew(t)
	all, err := NewWith(Options{Scope: ScopeAll})
	if err != nil {
		t.Fatal(err)
	}
	growers := "Temperatures at the airport dropped to -4.6 C early Tuesday, according to Environment Canada, and several growers on the benches above the lake reported readings closer to -6 C on their own thermometers."
	checkQuotesBy(t, det, []quoteByCase{
		{"The union said none of the workers would return, and no one said whether the plant would reopen.", "none of the workers would return", "The union"},
		{growers, "Temperatures at the airport dropped to -4.6 C early Tuesday", "Environment Canada"},
		{"None of the carriers said Wednesday whether they planned to appeal.", "", ""},
		{"Dana Quon said his neighbours have been uneasy about the well, and that several of them plan to ask the regulator for a meeting.", "his neighbours have been uneasy about the well, and that several of them plan to ask the regulator for a meeting", "Dana Quon"},
		{"She said apples may have escaped the worst, and growers hope later varieties will still set a crop.", "apples may have escaped the worst, and growers hope later varieties will still set a crop", "She"},
		{`He said crews will replace the deck, and the ministry expects to reopen the bridge by November, "if weather conditions allow."`, `crews will replace the deck, and the ministry expects to reopen the bridge by November, "if weather conditions allow."`, "He"},
	})
	checkQuotesBy(t, all, []quoteByCase{
		{growers, "readings closer to -6 C on their own thermometers", "several growers on the benches above the lake"},
	})
}

// TestTextParticipleInAdjunct: a past form right after the noun of a text
// in the attribution's adjunct ("said in an update posted to its
// website", which the tagger reads as a past tense) describes the text,
// so what comes before the attribution is what was said; a noun of no
// text and its verb there open what was said ("said in a statement the
// company had failed").
func TestTextParticipleInAdjunct(t *testing.T) {
	det := mustNew(t)
	checkQuotesBy(t, det, []quoteByCase{
		{"The order was lifted Thursday, the regional district said in an update posted to its website.", "The order was lifted Thursday", "the regional district"},
		{"The order was lifted Thursday, the district said in a statement posted online.", "The order was lifted Thursday", "the district"},
		{"The district said in a statement the company had failed.", "the company had failed", "The district"},
	})
}

// TestTextEndingInACoordinator: a text whose last sentence ends in ", and"
// is read without a fault (the look for a report after ", and" stays in
// the sentence), and a time after "by" is no source's agent.
func TestTextEndingInACoordinator(t *testing.T) {
	det := mustNew(t)
	for _, in := range []string{"Doe said the frost hit early, and", ", and", "He said it was over, but"} {
		det.Detect(in)
	}
	checkQuotesBy(t, det, []quoteByCase{
		{"Wages fell 3 per cent, according to figures released by the end of the month.", "Wages fell 3 per cent", "figures released by the end of the month"},
		{"Seed growers welcomed the rain but said prices were low.", "prices were low", "Seed growers"},
	})
}

// TestNearMissesOfContentAndSubjectRules: close variants that the rules
// for relative clauses with a year, data agents, "none … said whether",
// duties, other reports after ", and", requests to go unnamed and
// sentence-initial nouns must leave alone (a review's invented
// sentences).
func TestNearMissesOfContentAndSubjectRules(t *testing.T) {
	det := mustNew(t)
	checkQuotesBy(t, det, []quoteByCase{
		{"The council approved a bylaw that was shelved after 200 residents said it would raise taxes.", "it would raise taxes", "200 residents"},
		{"Home sales fell 12 per cent in March, according to figures released by Jo Doe's office.", "Home sales fell 12 per cent in March", "figures released by Jo Doe's office"},
		{"Farmers who have seen none of the promised aid said if it does not arrive soon they will lose their crops.", "if it does not arrive soon they will lose their crops", "Farmers"},
		{"Neither carrier said whether it would appeal.", "", ""},
		{"The mayor was required to step aside and said she would fight the ruling.", "she would fight the ruling", "The mayor"},
		{"Jo Doe said the plant needs repairs, and the money promised by the province has not arrived.", "the plant needs repairs, and the money promised by the province has not arrived", "Jo Doe"},
		{"Jo Doe asked that her name not be included on the new memorial wall.", "her name not be included on the new memorial wall", "Jo Doe"},
		{"Hospital workers picket daily but said patients are safe.", "patients are safe", "Hospital workers"},
	})
}

// TestPluralReadAsAVerbBeforeAnAuxiliary: "crews" read as a verb before
// "had" is the plural subject of a said-that clause, also after a day
// ("said Tuesday that") and before a quotation opening at the auxiliary
// (a mixed quote, whole: not its quoted words alone).
func TestPluralReadAsAVerbBeforeAnAuxiliary(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Roads are closed.\n\nThe ministry, which runs the highway, said in a statement that crews had cleared two slides.",
			"crews had cleared two slides", "The ministry"},
	})
	checkOneQuote(t, det, "Paramedic chief Maria Doe said in a written statement that crews “are aware of the closure and are routing accordingly,” and that the service would watch response times.",
		"crews “are aware of the closure and are routing accordingly,” and that the service would watch response times")
	checkOneQuote(t, det, "Maria Doe said Tuesday that crews “are aware of the closure.”", "crews “are aware of the closure.”")
}

// TestThatAfterAPrepositionIsADeterminer: "said a dike along that section
// of the river was studied" reports the whole clause; "that" after a
// preposition opens no clause.
func TestThatAfterAPrepositionIsADeterminer(t *testing.T) {
	det := mustNew(t)
	checkOneQuote(t, det, "Maria Doe said a dike along that section of the river was studied in the past.",
		"a dike along that section of the river was studied in the past")
	// an adverb before a complementizer: "gathered around that …"
	checkOneQuote(t, det, "The chief told the people gathered around that the fire was out.", "the fire was out")
}

// TestSubordinateOpeningAfterADateline: "LARKSPUR, Ont. — When X told her
// that A, she said B": the fronted clause ends at its comma after a
// dateline too, and B is hers.
func TestSubordinateOpeningAfterADateline(t *testing.T) {
	det := mustNew(t)
	in := "LARKSPUR, Ont. — After the council said the pool would close, residents said they were angry."
	checkSpeakerNames(t, det, []nameCase{
		{in, "the pool would close", "the council"},
		{in, "they were angry", "residents"},
	})
	runes := []rune(in)
	a := det.Detect(in)
	if q := quoteWith(a, runes, "the pool would close"); q != nil && strings.Contains(annot.SpanText(runes, q.Parts[0]), "angry") {
		t.Errorf("%q: the council's quote runs into the residents':%s", in, dump(runes, a))
	}
}

// TestAuxiliaryOrWhClauseIsNoPluralSubject: "does" before "have" and
// "means" after "what that" stay verbs; the content keeps its start.
func TestAuxiliaryOrWhClauseIsNoPluralSubject(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct{ in, want string }{
		{"Doe said the one town that does have a plan will get the money.", "the one town that does have a plan will get the money"},
		{"Doe said what that means will depend on council.", "what that means will depend on council"},
	} {
		runes := []rune(c.in)
		a := det.Detect(c.in)
		if q := quoteWith(a, runes, c.want); q == nil {
			t.Errorf("%q: want a quote holding %q:%s", c.in, c.want, dump(runes, a))
		}
	}
}

// TestAccordingToThenAnotherReportAfterAnAuxiliary: "A, according to X,
// and landlords … have reported Y": the second clause is the landlords'
// report, not more of X's (the report's verb after "have").
func TestAccordingToThenAnotherReportAfterAnAuxiliary(t *testing.T) {
	det := mustNew(t)
	in := "Rents are up.\n\nThe vacancy rate was 1.2 per cent in May, according to the housing agency, and landlords across the city have reported long waiting lists."
	runes := []rune(in)
	a := det.Detect(in)
	if q := quoteWith(a, runes, "The vacancy rate was 1.2 per cent in May"); q == nil {
		t.Errorf("%q: no quote of the agency's:%s", in, dump(runes, a))
	} else {
		for _, p := range q.Parts {
			if strings.Contains(annot.SpanText(runes, p), "landlords") {
				t.Errorf("%q: the agency's quote holds the landlords' report:%s", in, dump(runes, a))
			}
		}
	}
}

// TestRelativeThatKeepsItsVerb: "the team that wins will advance" and
// "all that remains are" keep their verbs; only a "that" after a verb or
// a noun of speech opens a plural subject ("said in a statement that
// crews had").
func TestRelativeThatKeepsItsVerb(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct{ in, want string }{
		{"The coach said the team that wins will advance to the final.", "the team that wins will advance to the final"},
		{"The mayor said all that remains are the walls.", "all that remains are the walls"},
	} {
		runes := []rune(c.in)
		if a := det.Detect(c.in); quoteWith(a, runes, c.want) == nil {
			t.Errorf("%q: want a quote holding %q:%s", c.in, c.want, dump(runes, a))
		}
	}
}

// TestListBeforeAVerbOfSpeechIsNoTrailingAttribution: "Doe said crews
// from Larkspur, Birchfall and the county responded": the list's last
// names are no speaker of Doe's report before their comma; a report
// relayed after a comma stays ("A said B, the paper reported").
func TestListBeforeAVerbOfSpeechIsNoTrailingAttribution(t *testing.T) {
	det := mustNew(t)
	in := "The fire burned all night.\n\nChief Jo Doe said crews from Larkspur, Birchfall and the Rural Municipality of Kestrel responded, along with two water tenders borrowed from Northgate."
	runes := []rune(in)
	a := det.Detect(in)
	for _, q := range a.Quotes {
		if m := a.Mention(q.Speaker); m != nil && strings.Contains(string(runes[m.Start:m.End]), "Birchfall") {
			t.Errorf("%q: a list's names speak:%s", in, dump(runes, a))
		}
	}
	checkSpeakerNames(t, det, []nameCase{
		{in, "crews from Larkspur, Birchfall and the Rural Municipality of Kestrel responded, along with two water tenders borrowed from Northgate", "Jo Doe"},
		{"The campaign said the candidate will visit Larkspur, the Kestrel Courier reported.", "The campaign said the candidate will visit Larkspur", "Kestrel Courier"},
		{"The campaign said the candidate will visit Larkspur, CNN and Reuters reported.", "The campaign said the candidate will visit Larkspur", "CNN and Reuters"},
	})
}

// TestOthersOfTheGroupAreNoContent: "Some hikers say A, while others
// welcome B" ends A at the comma (the others of the group are no part of
// what some say); "said some stores would close, while others would stay
// open" is one content.
func TestOthersOfTheGroupAreNoContent(t *testing.T) {
	det := mustNew(t)
	checkOneQuote(t, det, "Some local hikers say a lift would bring crowds to a quiet corner of the backcountry, while others welcome easier access.",
		"a lift would bring crowds to a quiet corner of the backcountry")
	checkOneQuote(t, det, "Maria Doe said some stores would close, while others would stay open.", "some stores would close, while others would stay open")
}

// TestThatAfterPlaceEndingInPossessive: a place's name ending in "'s"
// before "that" ("told reporters in St. John’s that …") leaves the clause
// after "that" the content, as after any other place.
func TestThatAfterPlaceEndingInPossessive(t *testing.T) {
	det := mustNew(t)
	for _, in := range []string{
		"Jo Doe later told reporters in St. John’s that the union would be “watching very closely” to see whether the clinic reopens.",
		"Jo Doe later told reporters in St. John's that the union would appeal the ruling.",
		"Jo Doe told reporters outside St. John's that the union would appeal the ruling.",
	} {
		checkQuoteBy(t, det.Detect(in), []rune(in), in, "the union would", "Jo Doe")
	}
	// a possessor's "'s" before "that" is no place's
	in := "Jo Doe said the best idea was Halloway's that the town should build a pool."
	checkQuoteBy(t, det.Detect(in), []rune(in), in, "the best idea was Halloway's that the town", "Jo Doe")
}
