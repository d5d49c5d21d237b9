package detect

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/quotebench/quotebench/annot"
)

// marked is a test article where [[...]] marks each expected quote part
// and {{...}} the expected speaker mention of the quote in the same
// sentence group. Markers are stripped before detection.
type marked struct {
	text     string
	parts    []annot.Span
	speakers []annot.Span
}

func parseMarked(s string) marked {
	var m marked
	var b strings.Builder
	n := 0
	var open [2]int
	for i := 0; i < len(s); {
		switch {
		case strings.HasPrefix(s[i:], "[["):
			open[0] = n
			i += 2
		case strings.HasPrefix(s[i:], "]]"):
			m.parts = append(m.parts, annot.Span{Start: open[0], End: n})
			i += 2
		case strings.HasPrefix(s[i:], "{{"):
			open[1] = n
			i += 2
		case strings.HasPrefix(s[i:], "}}"):
			m.speakers = append(m.speakers, annot.Span{Start: open[1], End: n})
			i += 2
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			b.WriteRune(r)
			n++
			i += size
		}
	}
	m.text = b.String()
	return m
}

func mustNew(t testing.TB) *Detector {
	t.Helper()
	d, err := New()
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestQuotes checks each expected part is found (covered > 80% by one
// detected part) with a speaker mention at the expected span, and that no
// other quote is reported.
func TestQuotes(t *testing.T) {
	det := mustNew(t)
	for _, tc := range []struct {
		name string
		in   string
		kind annot.Kind
	}{
		{"colon intro", `{{Smith}} said: [[“We will win this election.”]]`, annot.KindDirect},
		{"inverted after", `[["We will win this election,"]] said {{Jane Smith}}, the mayor.`, annot.KindDirect},
		{"pronoun after", `Jane Smith spoke on Monday. [[“We will win this election,”]] {{she}} said.`, annot.KindDirect},
		{"interrupted in one pair", `[[“We are ready to cooperate]] – said {{Lin Wei}} – [[to build a future together.”]]`, annot.KindDirect},
		{"interrupted in two pairs", `Maria Lopez was there. [[“We are ready,”]] {{she}} said, [[“to cooperate with everyone.”]]`, annot.KindDirect},
		{"wrong-way closer", `{{Smith}} said: [[“We are ready to go now “]]. Then he left.`, annot.KindDirect},
		{"mark glued to a comma", `{{Ryan}} said,[[“Look, we will win this one.”]]`, annot.KindDirect},
		{"typewriter marks", "{{Mr. Lee}} said, [[``We will win this one.'']]", annot.KindDirect},
		{"guillemets", `{{Smith}} said: [[«We are ready to go now.»]]`, annot.KindDirect},
		{"multi-paragraph", "{{Smith}} said: [[“The first paragraph goes here.\n\n“And the second one ends it.”]]", annot.KindDirect},
		{"indirect that", `{{The minister}} said that [[the talks would resume next week]].`, annot.KindIndirect},
		{"time between subject and cue", `{{House Speaker Jo Doe}} on Friday declared that [[he will not back the ferry budget]].`, annot.KindIndirect},
		{"period between subject and cue", `{{Smith}} last week said that [[the plan would fail]].`, annot.KindIndirect},
		{"day between subject and cue", `{{Gov. Jo Doe}} on Thursday argued [[the weather would delay the parade]].`, annot.KindIndirect},
		{"adverb between subject and cue", `Jo Doe left. {{Al Roe}} has even claimed that [[the plan would fail]].`, annot.KindIndirect},
		{"later day between subject and cue", "{{Jo Doe}} later Thursday told the Daily Zork: [[“Both teams will meet next week.”]]", annot.KindDirect},
		{"indirect no that", `{{Mayor Ana Ruiz}} said [[the bridge would reopen in May]].`, annot.KindIndirect},
		{"told reporters", `{{Smith}} told reporters [[the plant would close in the spring]].`, annot.KindIndirect},
		{"according to", `According to {{the police}}, [[the suspect fled on foot toward the river]].`, annot.KindIndirect},
		{"backward", `[[The plant will close in May]], {{officials}} said.`, annot.KindIndirect},
		{"backward with adjunct", `[[The plant will close in May]], {{Smith}} said on Friday.`, annot.KindIndirect},
		{"aside", `[[The plant]], {{he}} said, [[will close in May]].`, annot.KindIndirect},
		{"mixed", `{{Smith}} said [[the plan was “a disaster for everyone involved”]].`, annot.KindMixed},
		{"apposition", `{{Tom Berg}}, a spokesman for the company, said [[the plant would close]].`, annot.KindIndirect},
		{"asked participle: the answer, not the reporter's question", `Asked whether the bridge would reopen soon, {{Mayor Ana Ruiz}} said [[it would open in May]].`, annot.KindIndirect},
		{"asked to: a reporter's request, no quote in the speech scope", `When asked to describe the plan in detail, the minister declined.`, ""},
		{"a plain object is no speech", `Jo Doe thanked the volunteers for their work.`, ""},
		{"contracted verb after it", `{{Jo Doe}} says [[it's more important than ever to vote early]].`, annot.KindIndirect},
		{"apposition then determiner clause", `{{Jo Doe}}, a delegate from Ohio, said [[the vote at the convention was fair]].`, annot.KindIndirect},
		{"inverted determiner speaker", `[[The plant will close in May]], said {{the minister}} on Friday.`, annot.KindIndirect},
		{"pronoun before a contraction", `Al Roe, wearing a cap, said [[he's glad about how the crew rows]].`, annot.KindIndirect},
		{"dashed apposition", `{{Jo Doe}} — a teacher from Ohio — says [[he made a late decision to vote]].`, annot.KindIndirect},
		{"possessive adjunct before that", `{{Jo Doe}} argued during Sunday’s long meeting that [[she would be strict with the ferry firm]].`, annot.KindIndirect},
		{"long according-to source", `[[Most voters want a change of course]], according to early results of a poll conducted by a research firm for several networks and newspapers in the state.`, annot.KindIndirect},
		{"noun after preposition", `The bill won with 38 percent in support from both parties.`, ""},
		{"secretary of state", `The former secretary of state Jo Doe arrived in smaller states such as Ohio.`, ""},
		{"spoke to an addressee", `Jo Doe spoke to reporters outside the court after the hearing.`, ""},
		{"talked about a topic: what was spoken of, no quote in the speech scope", `Jo Doe talked about the economy and new jobs on Friday.`, ""},
		{"apposition after inverted speaker", `[[The market will recover by spring]], said {{Jo Doe}}, a demographer at a large university.`, annot.KindIndirect},
		{"adjunct before an aside", `In the end, {{Jo Doe}} said, [[union voters almost always follow the leaders]].`, annot.KindIndirect},
		{"noun of speech", `{{The mayor}}'s claim that [[the old bridge was safe for traffic]], made on Monday, drew criticism.`, annot.KindIndirect},
		{"possessive pronoun and noun of speech", `Jo Doe arrived late. {{Her}} statement that [[the plant would close in May]], issued on Friday, surprised the workers.`, annot.KindIndirect},
		{"noun of speech in an adjunct", `{{The ministry}} said in a statement that [[a final inspection is planned for April]].`, annot.KindIndirect},
		{"in his opinion aside", `Jo Doe arrived. He was clear on one point: in {{his}} view, [[the new pact will keep the peace in the region]].`, annot.KindIndirect},
		{"title of work", `She read “War and Peace” on the train.`, ""},
		{"long title after its author", `According to Tom Lind's ''The Fixers: Eddie Roe, Ann Lee and the Studio Publicity Machine'' and other sources, his was an all-purpose job.`, ""},
		{"scare quotes", `The so-called “experts” disagreed about it.`, ""},
		{"nickname", `Jo “The Anvil” Doe arrived at noon.`, ""},
		{"single quoted term", `The word 'woke' is everywhere now.`, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := parseMarked(tc.in)
			a := det.Detect(m.text)
			if err := a.Validate(utf8.RuneCountInString(m.text)); err != nil {
				t.Fatal(err)
			}
			runes := []rune(m.text)
			if len(m.parts) == 0 {
				for _, q := range a.Quotes {
					t.Errorf("unexpected %s quote %q", q.Kind, string(runes[q.Extent().Start:q.Extent().End]))
				}
				return
			}
			for _, want := range m.parts {
				q, ok := findPart(a.Quotes, want)
				if !ok {
					t.Errorf("part %q not found; got %s", string(runes[want.Start:want.End]), dump(runes, a))
					continue
				}
				if tc.kind != "" && q.Kind != tc.kind {
					t.Errorf("part %q: kind %s, want %s", string(runes[want.Start:want.End]), q.Kind, tc.kind)
				}
				sm := a.Mention(q.Speaker)
				if len(m.speakers) > 0 && (sm == nil || !sm.Overlaps(m.speakers[0]) && !coreferent(a, sm, m.speakers[0])) {
					t.Errorf("part %q: speaker %v, want %q; got %s", string(runes[want.Start:want.End]), sm,
						string(runes[m.speakers[0].Start:m.speakers[0].End]), dump(runes, a))
				}
			}
		})
	}
}

// coreferent reports whether a mention over span w links to the same
// entity as sm: another mention of the right speaker is the right speaker.
func coreferent(a annot.Annotations, sm *annot.Mention, w annot.Span) bool {
	if sm.Entity == 0 {
		return false
	}
	for _, o := range a.Mentions {
		if o.Entity == sm.Entity && o.Overlaps(w) {
			return true
		}
	}
	return false
}

func findPart(qs []annot.Quote, want annot.Span) (annot.Quote, bool) {
	for _, q := range qs {
		for _, p := range q.Parts {
			if p.Intersect(want)*10 > want.Len()*8 && p.Intersect(want)*10 > p.Len()*6 {
				return q, true
			}
		}
	}
	return annot.Quote{}, false
}

func dump(runes []rune, a annot.Annotations) string {
	var b strings.Builder
	for _, q := range a.Quotes {
		b.WriteString("\n  " + string(q.Kind))
		for _, p := range q.Parts {
			b.WriteString(" [" + string(runes[p.Start:p.End]) + "]")
		}
		if m := a.Mention(q.Speaker); m != nil {
			b.WriteString(" by " + string(runes[m.Start:m.End]) + " = " + a.SpeakerName(runes, q))
		}
	}
	return b.String()
}

// nameCase is a text, the first part of one of its quotes and the
// canonical name that quote's speaker must have.
type nameCase struct{ text, quote, want string }

// checkSpeakerNames runs checkSpeakerName on each case.
func checkSpeakerNames(t *testing.T, det *Detector, cases []nameCase) {
	t.Helper()
	for _, c := range cases {
		checkSpeakerName(t, det, c.text, c.quote, c.want)
	}
}

// checkOneQuote wants exactly one quote in in, whose first part reads want.
func checkOneQuote(t *testing.T, det *Detector, in, want string) {
	t.Helper()
	runes := []rune(in)
	a := det.Detect(in)
	if len(a.Quotes) != 1 || annot.SpanText(runes, a.Quotes[0].Parts[0]) != want {
		t.Errorf("%q: want the one quote %q; got%s", in, want, dump(runes, a))
	}
}

// checkQuoteTexts wants the quotes of in, by their first parts, to be want
// in order.
func checkQuoteTexts(t *testing.T, det *Detector, in string, want []string) {
	t.Helper()
	runes := []rune(in)
	a := det.Detect(in)
	var got []string
	for _, q := range a.Quotes {
		got = append(got, annot.SpanText(runes, q.Parts[0]))
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("quotes %q, want %q:%s", got, want, dump(runes, a))
	}
}

// checkSpeakerName: in text, the quote whose first part is quote is found
// and its speaker's canonical name is want.
func checkSpeakerName(t *testing.T, det *Detector, text, quote, want string) {
	t.Helper()
	a := det.Detect(text)
	runes := []rune(text)
	found := false
	for _, q := range a.Quotes {
		if string(runes[q.Parts[0].Start:q.Parts[0].End]) != quote {
			continue
		}
		found = true
		if got := a.SpeakerName(runes, q); got != want {
			t.Errorf("%q: speaker %q, want %q", text, got, want)
		}
	}
	if !found {
		t.Errorf("%q: quote %q not found:%s", text, quote, dump(runes, a))
	}
}

// noSpeakerNamed wants no quote of in whose speaker's name is name.
func noSpeakerNamed(t *testing.T, det *Detector, in, name string) {
	t.Helper()
	a := det.Detect(in)
	runes := []rune(in)
	for _, q := range a.Quotes {
		if a.SpeakerName(runes, q) == name {
			t.Errorf("%q: a quote given to %s:%s", in, name, dump(runes, a))
		}
	}
}

// TestSpeakerEntities checks pronouns and descriptions resolve to the
// canonical name (the longest name of the entity).
func TestSpeakerEntities(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Russian President Anton Varga met Chinese leaders on Friday. “We are close partners,” he said.",
			"“We are close partners,”", "Anton Varga"},
		{"Transport Minister Ana Ferreira opened the road. Tom Berg runs a ferry. Later the minister said that the bridge was safe.",
			"the bridge was safe", "Ana Ferreira"},
		{"Mrs. Ann Lee met Mr. Tom Berg in the hall. “We agree on the plan,” she said.",
			"“We agree on the plan,”", "Ann Lee"},
		{"Tom Berg, who said the bridge was late, left early.",
			"the bridge was late", "Tom Berg"},
		{"Helen Carver spoke on Monday. Carver's campaign said that the rally was cancelled.",
			"the rally was cancelled", "Carver's campaign"},
		{"Tom Berg met Maria Lopez on Monday. “We agree on the plan,” he said.",
			"“We agree on the plan,”", "Tom Berg"},
		{"Maria Lopez met Tom Berg on Monday. “We agree on the plan,” she said.",
			"“We agree on the plan,”", "Maria Lopez"},
		{"Sarah Okafor met Kwame Mensah at the port.\n\n“The port must grow,” she said.",
			"“The port must grow,”", "Sarah Okafor"},
		{"Sarah Okafor spoke first. Her deputy, John Reed, said that the city would pay half.",
			"the city would pay half", "John Reed"},
		{"Greta Lindholm arrived in Paris. “This is a good day for Europe,” Lindholm said.",
			"“This is a good day for Europe,”", "Greta Lindholm"},
	})
}

// TestDetectOutput checks the general contract on varied input: spans in
// range, ids consistent, provenance set, same output twice.
func TestDetectOutput(t *testing.T) {
	det := mustNew(t)
	for _, in := range []string{
		"",
		"“",
		strings.Repeat("“", 50) + " x " + strings.Repeat("”", 7),
		"He said “it is” and “it isn't”.\r\n\r\n“Unclosed paragraph\n\nNext 😀 said Bob.",
		"'single' and 'quotes', said 'Jo'.",
		"date 2026-01-02 Header only",
	} {
		a := det.Detect(in)
		if err := a.Validate(utf8.RuneCountInString(in)); err != nil {
			t.Errorf("%q: %v", in, err)
		}
		for _, q := range a.Quotes {
			if q.Origin != annot.OriginDetector || q.State != annot.StateSuggested || q.Confidence <= 0 || q.Confidence > 1 {
				t.Errorf("%q: quote provenance %+v", in, q.Provenance)
			}
		}
		if b := det.Detect(in); !reflect.DeepEqual(a, b) {
			t.Errorf("%q: two runs differ", in)
		}
	}
}

// TestScope: attributions of an attitude are suggested with scope all and
// not with the default speech scope; speech is suggested with both.
func TestScope(t *testing.T) {
	all, err := NewWith(Options{Scope: ScopeAll})
	if err != nil {
		t.Fatal(err)
	}
	det := mustNew(t)
	const said = "Jo Doe said that the plan would fail."
	speech := all.Detect(said)
	if len(speech.Quotes) != 1 || len(det.Detect(said).Quotes) != 1 {
		t.Fatalf("speech: %d quotes with scope all, %d with speech, want 1 and 1", len(speech.Quotes), len(det.Detect(said).Quotes))
	}
	for _, in := range []string{
		"Jo Doe seemed to suggest that the plan would fail.",
		"Jo Doe supports the plan to widen the road.",
		"Jo Doe believes that the plan would fail.",
		"The council called for a review of the budget.",
		"Acme Corp. plans to close two plants in the spring.",
		"The union pledged to fight the cuts in court.",
	} {
		a := all.Detect(in)
		if len(a.Quotes) != 1 {
			t.Errorf("%q with scope all: %d quotes, want 1", in, len(a.Quotes))
		}
		if a := det.Detect(in); len(a.Quotes) != 0 {
			t.Errorf("%q with scope speech: %d quotes, want 0", in, len(a.Quotes))
		}
	}
}

// TestInvertedApposition checks the description after an inverted speaker
// is not taken for reported speech.
func TestInvertedApposition(t *testing.T) {
	det := mustNew(t)
	text := `The market will recover by spring, said Jo Doe, a demographer at a large university.`
	a := det.Detect(text)
	runes := []rune(text)
	for _, q := range a.Quotes {
		for _, p := range q.Parts {
			if got := string(runes[p.Start:p.End]); strings.Contains(got, "demographer") {
				t.Errorf("apposition %q reported as a quote part", got)
			}
		}
	}
}

// TestFrontAdjunct checks a short adjunct before an aside ("In the end, he
// said, B") is not reported as part of what was said.
func TestFrontAdjunct(t *testing.T) {
	det := mustNew(t)
	text := `In the end, Jo Doe said, union voters almost always follow the leaders.`
	a := det.Detect(text)
	runes := []rune(text)
	for _, q := range a.Quotes {
		for _, p := range q.Parts {
			if got := string(runes[p.Start:p.End]); strings.Contains(got, "end") {
				t.Errorf("adjunct %q reported as a quote part", got)
			}
		}
	}
}

// TestSpeakerIsNounPhrase: a past participle after an article is an
// adjective, not a cue with the article as speaker; a prepositional
// adjunct between subject and verb is stepped over, not taken as the
// speaker.
func TestSpeakerIsNounPhrase(t *testing.T) {
	det := mustNew(t)
	for in, want := range map[string]string{
		"In an emailed statement, the company said it would appeal the ruling.": "the company",
		"Residents have for years been saying the road is unsafe for children.": "Residents",
		"Officials in recent weeks said the water was safe to drink.":           "Officials",
		"In his prepared remarks, the mayor said the budget was balanced.":      "the mayor",
	} {
		a := det.Detect(in)
		runes := []rune(in)
		if len(a.Quotes) != 1 {
			t.Errorf("%q: %d quotes, want 1", in, len(a.Quotes))
			continue
		}
		m := a.Mention(a.Quotes[0].Speaker)
		if m == nil {
			t.Errorf("%q: no speaker, want %q", in, want)
			continue
		}
		if got := annot.SpanText(runes, m.Span); got != want {
			t.Errorf("%q: speaker %q, want %q", in, got, want)
		}
	}
}

// TestEmbeddedNeedsAside: a cue inside a direct quote splits it only as an
// aside ("A, he said, B"), not as a clause of the quote itself ("I will
// predict that …", "I regret to say").
func TestEmbeddedNeedsAside(t *testing.T) {
	det := mustNew(t)
	in := "“With certainty, I will predict that prices fall, and soon,” he said."
	a := det.Detect(in)
	if len(a.Quotes) != 1 || len(a.Quotes[0].Parts) != 1 {
		t.Fatalf("%d quotes (first with %d parts), want 1 in one part", len(a.Quotes), len(a.Quotes[0].Parts))
	}
	if m := a.Mention(a.Quotes[0].Speaker); m == nil || annot.SpanText([]rune(in), m.Span) != "he" {
		t.Errorf("speaker %v, want he", m)
	}
	in = "“Prices will fall,” he said, “and soon.”"
	if a := det.Detect(in); len(a.Quotes) != 1 || len(a.Quotes[0].Parts) != 2 {
		t.Errorf("aside: %d quotes, want 1 in two parts", len(a.Quotes))
	}
	// A verb before the cue makes the aside the quoted speaker's own
	// words ("I regret to say"), not an attribution.
	in = "Asked who would win, Doe replied, “If I were betting, I am sorry to say, I would pick Roe.”"
	checkQuoteBy(t, det.Detect(in), []rune(in), in, "I would pick Roe", "Doe")
	// Nor does a cue with an object ("- I say experience, …").
	in = "“Somebody might say ‘luck’ - I say experience, I say practice, I say working with people,” she said."
	checkQuoteBy(t, det.Detect(in), []rune(in), in, "I say working with people", "she")
}

// TestDatelineAndGroups: reported content does not start in a dateline,
// and a description of an organisation is not resolved to the last person
// who spoke.
func TestDatelineAndGroups(t *testing.T) {
	det := mustNew(t)
	in := "OTTAWA — Canada will spend more on defence, the minister said Tuesday."
	a := det.Detect(in)
	if len(a.Quotes) != 1 || annot.SpanText([]rune(in), a.Quotes[0].Parts[0]) != "Canada will spend more on defence" {
		t.Errorf("dateline: got %s", dump([]rune(in), a))
	}
	in = "“We won,” said Jo Doe.\n\nThe company explained the numbers this way: sales fell sharply."
	a = det.Detect(in)
	runes := []rune(in)
	for _, q := range a.Quotes {
		if !strings.HasPrefix(annot.SpanText(runes, q.Parts[0]), "the numbers") {
			continue
		}
		if got := a.SpeakerName(runes, q); got == "Jo Doe" {
			t.Errorf("the company's quote attributed to %q", got)
		}
	}
}
