package detect

import (
	"strings"
	"testing"
)

// TestRelayedReports: "X said Y, according to Reuters" and "According to
// Reuters, X said Y" give X's report, its content without the relaying
// phrase; in the speech scope the relay itself ("according to Reuters"
// over the whole sentence) is no quote, scope all keeps it. Reports that
// are no named speaker's ("Doe asked for a deposit, saying …", what a
// statement of facts says), and a paper relaying sources ("X, according
// to sources, the paper said") stay as they were.
func TestRelayedReports(t *testing.T) {
	dets := detectors(t)
	all, speech := dets["all"], dets["speech"]
	for _, c := range []struct{ in, content, by string }{
		{"The U.S. Department of Commerce said in a final determination that the duty rate would rise to 39.6 per cent, according to Reuters.", "the duty rate would rise to 39.6 per cent", "U.S. Department of Commerce"},
		{"The finance ministry announced the duty on Tuesday. According to a report by Reuters, the government said the move was meant to support domestic farmers.", "the move was meant to support domestic farmers", "the government"},
		{"The mayor said the road would reopen Monday, according to a city news release.", "the road would reopen Monday", "The mayor"},
	} {
		for _, det := range []*Detector{speech, all} {
			a := det.Detect(c.in)
			runes := []rune(c.in)
			found := false
			for _, q := range a.Quotes {
				text := string(runes[q.Parts[0].Start:q.Parts[len(q.Parts)-1].End])
				if text == c.content {
					found = true
					if m := a.Mention(q.Speaker); m == nil || string(runes[m.Start:m.End]) != c.by {
						t.Errorf("%q: %q want the speaker %q:%s", c.in, c.content, c.by, dump(runes, a))
					}
				}
				if det == speech && strings.Contains(text, " said ") {
					t.Errorf("%q: speech scope suggests the relay %q:%s", c.in, text, dump(runes, a))
				}
			}
			if !found {
				t.Errorf("%q: no quote %q:%s", c.in, c.content, dump(runes, a))
			}
		}
	}
	in := "Brazil is likely to turn the state bank into a federal bank, according to unnamed government sources, the daily O Globo said."
	checkQuoteBy(t, speech.Detect(in), []rune(in), in, "Brazil is likely to turn the state bank into a federal bank", "unnamed government sources")
}

// TestOutletIsNoDescribedBody: "the government" and "the office of the
// minister" after a fronted phrase naming a news agency are not the
// agency.
func TestOutletIsNoDescribedBody(t *testing.T) {
	det := mustNew(t)
	for _, in := range []string{
		"In a statement to The Canadian Press, the office of the federal minister of northern affairs said Ottawa \"remains committed to closing the housing gap.\"",
		"According to a report by Reuters, the government said the move was meant to support domestic farmers.",
	} {
		noSpeakerNamed(t, det, in, "Canadian Press")
		noSpeakerNamed(t, det, in, "Reuters")
	}
}

// TestAtLeastOpensContent: "said at least six mills have closed" reports
// a clause ("at least" is a number's, not an adjunct's "at").
func TestAtLeastOpensContent(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct{ in, want, by string }{
		{"Harjit Bains said at least six mills have announced closures since last fall.", "at least six mills have announced closures since last fall", "Harjit Bains"},
	} {
		checkQuoteBy(t, det.Detect(c.in), []rune(c.in), c.in, c.want, c.by)
	}
}

// TestQuestionAfterAddressee: "asked the minister responsible for housing
// what the government would do" reports the question, whole; a request
// before it ("asked the department to determine whether …") stays the
// content.
func TestQuestionAfterAddressee(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct{ in, want, by string }{
		{"Jo Doe asked the minister responsible for housing what the government would do.", "what the government would do", "Jo Doe"},
		{"Jo Doe asked the minister what the government would do.", "what the government would do", "Jo Doe"},
		{"Jo Doe asked the department to determine whether the mayor had lied.", "to determine whether the mayor had lied", "Jo Doe"},
	} {
		checkQuoteBy(t, det.Detect(c.in), []rune(c.in), c.in, c.want, c.by)
	}
}

// TestCompanyDescribedInRelative: a firm described in a relative clause
// ("Beta Resources, which is a Toronto company,") is "the company"; a
// media firm is "the company" too; a clause about something else ("which
// says the union's demands are unaffordable", "which is suing the
// company") describes no union and no company.
func TestCompanyDescribedInRelative(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Beta Resources, which is a Toronto company, bought the mine from the Ontario government.\n\nWorkers are worried.\n\nThe company said no jobs would be lost.",
			"no jobs would be lost", "Beta Resources"},
		{"Thomson Reuters reported quarterly earnings on Tuesday. The company said revenue rose five per cent.",
			"revenue rose five per cent", "Thomson Reuters"},
	})
	noSpeakerNamed(t, det, "Beta Resources, which is suing the company that built the mine, met with Vale on Monday.\n\nWorkers are worried.\n\nThe company said no jobs would be lost.", "Beta Resources")
	in := "The Treasury Board, which says the union's demands are unaffordable, met with the Public Service Alliance of Canada on Monday.\n\nTalks broke down.\n\nThe union said members would strike."
	a, runes := det.Detect(in), []rune(in)
	for _, q := range a.Quotes {
		if string(runes[q.Parts[0].Start:q.Parts[0].End]) == "members would strike" && a.SpeakerName(runes, q) == "Treasury Board" {
			t.Errorf("%q: the union taken for the Treasury Board:%s", in, dump(runes, a))
		}
	}
	in = "According to a Leger poll, voters said health care was their top concern."
	checkQuoteBy(t, det.Detect(in), []rune(in), in, "voters said health care was their top concern", "a Leger poll")
}

// TestRelayGuards: a trailing "according to" inside the content ("the
// project, according to the estimates, will cost …") is no relay tail,
// and a speaker's "said" in a clause of what the relay credits ("According
// to the lawsuit, Doe was fired after her manager said …") leaves the
// relay its account.
func TestRelayGuards(t *testing.T) {
	det := mustNew(t)
	for _, c := range []struct{ in, want, by string }{
		{"Police said the driver, according to witnesses, ran a red light before the crash.", "the driver, according to witnesses, ran a red light before the crash", "Police"},
		{"According to the lawsuit, Smith was fired two weeks after her manager said the complaint would be forwarded.", "Smith was fired two weeks after her manager said the complaint would be forwarded", "the lawsuit"},
	} {
		checkQuoteBy(t, det.Detect(c.in), []rune(c.in), c.in, c.want, c.by)
	}
}

// TestTranscriptOfAnAttributedQuote: "“…,” Pemberton said on the call,
// according to a transcript" is Pemberton's quote, and in the speech scope
// no report of the transcript's; the quote that goes on is his too.
func TestTranscriptOfAnAttributedQuote(t *testing.T) {
	det := mustNew(t)
	text := "\"We have more capacity than the market is asking for,\" Whitcombe told analysts, according to a transcript of the call. \"These are difficult decisions.\""
	checkQuoteTexts(t, det, text, []string{"\"We have more capacity than the market is asking for,\"", "\"These are difficult decisions.\""})
	checkSpeakerName(t, det, text, "\"These are difficult decisions.\"", "Whitcombe")
	checkQuoteTexts(t, det, "\"We are confident patients will have access to therapies,\" Pemberton said on the call, according to a transcript.",
		[]string{"\"We are confident patients will have access to therapies,\""})
	checkQuoteTexts(t, det, "“Our balance sheet is strong,” CFO Amy Hood said on Tuesday's earnings call, according to a FactSet transcript.",
		[]string{"“Our balance sheet is strong,”"})
}

// TestQuestionOfANamedAsker: "Asked by Coun. Evelyn Chow whether …, the
// solicitor said" reports the councillor's question, as "Chow asked
// whether" does, and the answer stays the solicitor's; a question "asked
// by reporters" or by a news outlet stays no one's to suggest (invented
// sentences).
func TestQuestionOfANamedAsker(t *testing.T) {
	det := mustNew(t)
	in := "Coun. Evelyn Chow pressed staff on enforcement.\n\nAsked by Chow whether hosts could get around the rule by listing rooms on longer leases, city solicitor Mark Devlin said staff would monitor the market."
	checkSpeakerNames(t, det, []nameCase{
		{in, "whether hosts could get around the rule by listing rooms on longer leases", "Evelyn Chow"},
		{in, "staff would monitor the market", "Mark Devlin"},
	})
	for _, in := range []string{
		"Asked by reporters whether he would resign, Mayor Tom Hale said he would not.",
		"Asked by CBC News whether he would resign, Mayor Tom Hale said he would not.",
		"Asked by MPs whether he would resign, Mayor Tom Hale said he would not.",
	} {
		for q := range quotesBy([]rune(in), det.Detect(in)) {
			if strings.Contains(q, "resign") {
				t.Errorf("%q: the reporters' question %q suggested", in, q)
			}
		}
	}
}
