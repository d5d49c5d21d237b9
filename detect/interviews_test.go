package detect

import (
	"strings"
	"testing"

	"github.com/quotebench/quotebench/annot"
)

// Invented interviews printed as questions and answers, in the manner of
// Canadian news sites: a note that the interview was edited, questions
// ending in a question mark, answers with no quotation marks.

const interviewText = "Dr. Hana Kurosawa, the region's medical health officer, says smoke season is here to stay.\n\n" +
	"Valley Today spoke with Kurosawa on Wednesday. This interview has been edited for length and clarity.\n\n" +
	"Is this summer worse than usual?\n\n" +
	"It is not the worst we have seen, but it started early. We had our first smoky days in early July.\n\n" +
	"When should people worry?\n\n" +
	"Chest pain is not a symptom to wait out. Call 911.\n\n" +
	"I've said from the start that I want better air filters in every school. My father used to say, “Close the windows and wait.” He was half right.\n\n" +
	"The ministry of health said in a statement that it is reviewing its guidance.\n\n" +
	"Related stories"

// TestInterviewAnswersAreTheIntervieweesQuotes: each answer is a direct
// quote of the person interviewed, the questions are not quotes, and the
// article's narration after the interview is not an answer.
func TestInterviewAnswersAreTheIntervieweesQuotes(t *testing.T) {
	det := mustNew(t)
	runes := []rune(interviewText)
	a := det.Detect(interviewText)
	want := map[string]string{
		"It is not the worst we have seen, but it started early. We had our first smoky days in early July.":                                               "Hana Kurosawa",
		"Chest pain is not a symptom to wait out. Call 911.":                                                                                               "Hana Kurosawa",
		"I've said from the start that I want better air filters in every school. My father used to say, “Close the windows and wait.” He was half right.": "Hana Kurosawa",
		"“Close the windows and wait.”": "My father",
	}
	for _, q := range a.Quotes {
		s := annot.SpanText(runes, q.Parts[0])
		if strings.HasSuffix(s, "?") {
			t.Errorf("a question is a quote: %q", s)
		}
		if strings.HasPrefix(s, "I want better air filters") {
			t.Errorf("the interviewee's own report inside an answer is a second quote: %q", s)
		}
		if strings.HasPrefix(s, "The ministry") {
			t.Errorf("the narration after the interview is an answer: %q", s)
		}
		if name, ok := want[s]; ok {
			if got := a.SpeakerName(runes, q); got != name {
				t.Errorf("%q: speaker %q, want %q", s, got, name)
			}
			if name == "Hana Kurosawa" && (q.Kind != annot.KindDirect || q.Confidence != interviewConf) {
				t.Errorf("%q: kind %v confidence %v, want a direct quote at %v", s, q.Kind, q.Confidence, interviewConf)
			}
			delete(want, s)
		}
	}
	for s := range want {
		t.Errorf("quote %q not found:%s", s, dump(runes, a))
	}
	// The narration after it is the ministry's indirect quote.
	checkSpeakerName(t, det, interviewText, "it is reviewing its guidance", "The ministry of health")
}

// TestIntervieweeIntroducedByPronounOrLabel: "She sat down with CBC News"
// is the person the paragraph before names first; "Jo Doe:" labels label
// the answers, which are one quote each, without the label.
func TestIntervieweeIntroducedByPronounOrLabel(t *testing.T) {
	det := mustNew(t)
	text := "Marisol Tenniel, a civil engineer with a Yellowknife firm, co-wrote the report.\n\n" +
		"She sat down with CBC News to talk about it. This interview has been edited for length and clarity.\n\n" +
		"What has changed?\n\nThe calendar, mostly. We have lost weeks on both sides.\n\n" +
		"Why move the roads onto land?\n\nBecause land does not melt the way lakes do."
	checkSpeakerName(t, det, text, "The calendar, mostly. We have lost weeks on both sides.", "Marisol Tenniel")
	checkSpeakerName(t, det, text, "Because land does not melt the way lakes do.", "Marisol Tenniel")

	text = "Dr. Odessa Lindqvist, a biologist with the Coastal Rivers Institute, studies salmon rivers. The Tyee spoke with Lindqvist about her report. The conversation has been condensed and edited.\n\n" +
		"The Tyee: What is a cold-water refuge?\n\n" +
		"Odessa Lindqvist: It is any place in a river where the water stays cooler. Salmon will stack up there and wait.\n\n" +
		"The Tyee: How bad was last summer?\n\n" +
		"Odessa Lindqvist: It was the worst I have seen in 14 years."
	runes := []rune(text)
	a := det.Detect(text)
	n := 0
	for _, q := range a.Quotes {
		s := annot.SpanText(runes, q.Parts[0])
		if strings.Contains(s, "cooler") || strings.Contains(s, "worst") {
			n++
			if !strings.HasPrefix(s, "It ") {
				t.Errorf("answer %q keeps its label", s)
			}
			if q.Kind != annot.KindDirect || !strings.HasSuffix(s, ".") {
				t.Errorf("answer %q is %v, not the whole paragraph as an interview's answer", s, q.Kind)
			}
			if got := a.SpeakerName(runes, q); got != "Odessa Lindqvist" {
				t.Errorf("%q: speaker %q", s, got)
			}
		}
	}
	if n != 2 {
		t.Errorf("want the 2 answers once each, got %d:%s", n, dump(runes, a))
	}
}

// TestNoInterviewWithoutOne: an edited story, letters, an explainer's
// questions or a single question make no answers.
func TestNoInterviewWithoutOne(t *testing.T) {
	det := mustNew(t)
	checkNoAnswers(t, det, []string{
		// A story's note, not an interview's, over an explainer.
		"Premier Jo Doe announced the plan on Monday.\n\nThis story has been edited for clarity.\n\nWhat is the plan?\n\nThe plan moves the clinic to the old school.\n\nWhen does it open?\n\nThe clinic opens in March.",
		// Letters.
		"Readers wrote to us about the clinic, among them Sam Roe. Letters have been edited for length and clarity.\n\nWhy close it now?\n\nThe clinic served us well for years.\n\nWho decided?\n\nNobody asked the town.",
		// One question, answered by the reporter.
		"Jo Doe spoke with us. The interview has been edited for length.\n\nSo what comes next?\n\nThe council votes on the budget in March.",
		// An interview whose note is followed by prose, not a question.
		"Jo Doe spoke with us. The interview has been edited for length.\n\nThe council votes on the budget in March.\n\nWhy now?\n\nThe money runs out in April.\n\nAnd then?\n\nThe clinic closes.",
	})
}

// TestLabelledPullQuoteOfAnAnswer: a crosshead "Q&A: ‘…’" repeating the
// words of an answer below is the interviewee's, not the last speaker's.
func TestLabelledPullQuoteOfAnAnswer(t *testing.T) {
	det := mustNew(t)
	text := "“We started it for the company,” Winston Penney said.\n\n" +
		"Q&A: ‘Nobody was asking about food’\n\n" +
		"We asked Dr. Adaeze Nwachukwu what surprised her team. This interview has been edited for length and clarity.\n\n" +
		"What surprised you most?\n\nHow quickly it happens. Nobody was asking about food at their checkups.\n\n" +
		"Is this a rural problem?\n\nNo, but rural makes it harder."
	checkSpeakerName(t, det, text, "‘Nobody was asking about food’", "Adaeze Nwachukwu")
}

// TestInterviewOpenedByHeadingOrQLabel: with no note, an interview opens
// after a heading that announces it ("Five questions with Jo Doe") and the
// paragraph introducing it, or before a question labelled "Q:".
func TestInterviewOpenedByHeadingOrQLabel(t *testing.T) {
	det := mustNew(t)
	for _, text := range []string{
		"Five questions with Colin Ashby\n\nThe wildfire scientist at the University of Alberta spoke to the Herald on Monday.\n\nHow bad is this season?\n\nIt is bad. We have more fire on the ground in June than in August.\n\nWhat should people do?\n\nHave a plan. Keep a bag packed.",
		"We reached Dr. Colin Ashby, a wildfire scientist at the University of Alberta, by phone.\n\nQ: How bad is this season?\n\nA: It is bad. We have more fire on the ground in June than in August.\n\nQ: What should people do?\n\nA: Have a plan. Keep a bag packed.",
	} {
		checkSpeakerName(t, det, text, "It is bad. We have more fire on the ground in June than in August.", "Colin Ashby")
		checkSpeakerName(t, det, text, "Have a plan. Keep a bag packed.", "Colin Ashby")
	}
}

// TestTranscriptTurnIsTheWholeParagraph: "ASHBY: It is bad. We have …" is
// one quote of everything after the colon, not of its first sentence.
func TestTranscriptTurnIsTheWholeParagraph(t *testing.T) {
	det := mustNew(t)
	text := "Host Priya Raman spoke with Dr. Colin Ashby, a wildfire scientist.\n\nRAMAN: How bad is this season?\n\nASHBY: It is bad. We have more fire on the ground in June than we usually see in August."
	checkSpeakerName(t, det, text, "It is bad. We have more fire on the ground in June than we usually see in August", "Colin Ashby")
}

// TestInterviewReviewCases: the one who asks (a reporter, a lawyer, a
// dispatcher, an editor) is never the interviewee; explainers, advice and
// letters under an interview's words are the writer's; the article after
// the last answer is no answer; a list of "Name: …" entries is no
// transcript.
func TestInterviewReviewCases(t *testing.T) {
	det := mustNew(t)
	checkNoAnswers(t, det, []string{
		"Under questioning by Crown prosecutor Alain Dufresne, the witness described the night of the fire.\n\nQ: Where were you at 11 p.m.?\n\nA: I was at home with my sister.\n\nQ: Did you see the accused that night?\n\nA: No. I saw his truck in the lot.",
		"Q&A with the new police chief\n\nReporter Sam Ellery sat down with the city's new police chief this week.\n\nWhat are your priorities?\n\nTrust. People in the north end do not trust us, and I understand why.\n\nWill you hire more officers?\n\nNot right away. I want to see where the gaps are first.",
		"Q&A: What the new carbon rebate means for you\n\nFinance Minister Helena Corbeau announced changes to the rebate on Tuesday.\n\nWho qualifies?\n\nAny adult who files a tax return in Ontario. Couples receive one payment.\n\nWhen will the money arrive?\n\nThe first cheques go out in April, the department says.",
		"Premier Lorne Gaudet announced a ban on cellphones in classrooms on Monday.\n\nQ: When does the ban start?\n\nA: It takes effect in September for all public schools.\n\nQ: Are there exceptions?\n\nA: Students with medical needs can keep their phones.",
		"Letters to the editor. Send yours to letters editor Jane Ross. The following letters have been edited for length and clarity.\n\nWhy is the city raising taxes again?\n\nI have lived in Moncton for 40 years and have never seen services this poor.\n\nWhere does the money go?\n\nNot to snow clearing, that is for sure.",
		"Five questions for the Leafs as camp opens\n\nGeneral manager Brad Treliving has spent the summer reshaping the roster.\n\nWho plays with Matthews?\n\nThe early favourite is a rookie from the Marlies.\n\nIs the goaltending good enough?\n\nThat depends on health.",
	})
	// The article after the last answer, and a list of entries.
	text := "The Tribune spoke with Coach Dale Pruitt after Saturday's win. This interview has been edited for length and clarity.\n\nWhat changed in the second half?\n\nWe stopped turning the ball over. I told them at the half to keep it simple.\n\nHow is the quarterback?\n\nHe is fine. We will know more on Monday.\n\nThe Tigers host Regina next Saturday at 1 p.m. Tickets remain available at the box office."
	checkSpeakerName(t, det, text, "He is fine. We will know more on Monday.", "Dale Pruitt")
	for _, text := range []string{text, "Player ratings\n\nConnor McDavid: Scored twice and set up another. Was the best player on the ice.\n\nStuart Skinner: Shaky early. Made 31 saves and settled down in the third."} {
		runes := []rune(text)
		for _, q := range det.Detect(text).Quotes {
			if s := annot.SpanText(runes, q.Parts[0]); strings.Contains(s, "Tickets") || strings.Contains(s, "31 saves") {
				t.Errorf("%q: a quote %q", text, s)
			}
		}
	}
}

// TestIntervieweeOfHeadingPronounOrAnswerLines: the heading's person over
// the outlet the introduction names; "She sat down with CBC News" is the
// woman the paragraph before is about, not the man in a possessive; a
// question set over its answer in one paragraph; an answer that reports
// someone ("I've heard the minister say …") is still an answer; a second
// "Q:" is the same interview.
func TestIntervieweeOfHeadingPronounOrAnswerLines(t *testing.T) {
	det := mustNew(t)
	text := "3 questions with Ryder Cardinal\n\nThe Stags forward sat down with Sportsline after the morning skate.\n\nDoes the slump get in your head?\nA little bit, yeah. But my dad always told me you control the effort.\n\nWhat does it mean to play at home?\nIt means a lot. My kokum comes to most games."
	checkSpeakerName(t, det, text, "A little bit, yeah. But my dad always told me you control the effort.", "Ryder Cardinal")
	checkSpeakerName(t, det, text, "It means a lot. My kokum comes to most games.", "Ryder Cardinal")
	text = "After Premier Lorne Gaudet's announcement, Chief Ruth Ahenakew said she was hopeful.\n\nShe sat down with CBC News later that day. This interview has been edited for length and clarity.\n\nHow did the meeting go?\n\nBetter than I expected. He listened.\n\nWill you meet again?\n\nIn June. We set a date."
	checkSpeakerName(t, det, text, "Better than I expected. He listened.", "Ruth Ahenakew")
	text = "The Daily spoke with Theresa Fudge, president of the local, on the picket line. The interview has been edited for length and clarity.\n\nQ: How long will you stay out?\n\nA: As long as it takes. We have had harder winters.\n\nQ: Have you heard from the province?\n\nA: I've heard the minister say he's watching. Well, we're watching him too."
	checkSpeakerName(t, det, text, "I've heard the minister say he's watching. Well, we're watching him too.", "Theresa Fudge")
}

// TestTranscriptLabelsInCapitalsAndInitials: "CHIEF LORETTA HALKETT:" and
// then "LH:" label her turns, whatever the tagger reads in the capitals;
// the host's turns are no quotes in the speech scope.
func TestTranscriptLabelsInCapitalsAndInitials(t *testing.T) {
	det := mustNew(t)
	text := "Chief Loretta Halkett spoke with host Trent Belanger on Wednesday.\n\n" +
		"TRENT BELANGER: Good morning. Chief, what is the situation?\n\n" +
		"CHIEF LORETTA HALKETT: Good morning, Trent. Right now it is smoky. We decided to move our most vulnerable people.\n\n" +
		"TB: Chief, who does that include?\n\n" +
		"LH: Elders, anybody on oxygen, expecting mothers. We have a list.\n\n" +
		"TB: How many people do you expect on those buses?\n\n" +
		"LH: Somewhere around 250, maybe 300. Some of us are driving."
	checkSpeakerName(t, det, text, "Good morning, Trent. Right now it is smoky. We decided to move our most vulnerable people", "Loretta Halkett")
	checkSpeakerName(t, det, text, "Elders, anybody on oxygen, expecting mothers. We have a list", "Loretta Halkett")
	checkSpeakerName(t, det, text, "Somewhere around 250, maybe 300. Some of us are driving", "Loretta Halkett")
	runes := []rune(text)
	for _, q := range det.Detect(text).Quotes {
		if s := annot.SpanText(runes, q.Parts[0]); strings.Contains(s, "buses") || strings.Contains(s, "who does that") {
			t.Errorf("the host's turn %q is a quote", s)
		}
	}
}

// TestInterviewSecondReviewCases: a guest titled like one who asks
// ("immigration lawyer", "host mother") is still the interviewee, the
// subject interviewing a described guest is not; "met with Premier X" names
// no interviewee; a second paragraph of an answer in the third person is
// passed over, not the end of the interview; a turn labelled in capitals
// is whole without "I" or "you"; a dateline in capitals is no label; a
// host is the one whose turns mostly ask.
func TestInterviewSecondReviewCases(t *testing.T) {
	det := mustNew(t)
	checkSpeakerName(t, det, "The Star spoke with immigration lawyer Meredith Kwan about the new rules. This interview has been edited for length and clarity.\n\nWhat changes for students?\n\nThey can work fewer hours off campus. I expect many will struggle to pay rent.\n\nWill the courts step in?\n\nI doubt it. We have challenged similar rules before and lost.",
		"I doubt it. We have challenged similar rules before and lost.", "Meredith Kwan")
	checkSpeakerName(t, det, "The Herald spoke with retired miner Gus Petrakis about the collapse. This interview has been edited for length and clarity.\n\nWhat do you remember?\n\nIt was 1992. The mill had just closed and the mine was all we had.\n\nThe town lost half its jobs that year. Families left for Alberta.\n\nDo you still go back?\n\nEvery summer. I visit the memorial with my grandson.",
		"Every summer. I visit the memorial with my grandson.", "Gus Petrakis")
	checkNoAnswers(t, det, []string{
		"The Herald's Sam Ellery sat down with the city's new police chief this week. This interview has been edited for length and clarity.\n\nWhat are your priorities?\n\nTrust. People in the north end do not trust us, and I understand why.\n\nWill you hire more officers?\n\nNot right away. I want to see where the gaps are first.",
		"Mayor Ann Dorsey met with Premier Lorne Gaudet on Monday. He sat down with CBC News afterward. This interview has been edited for length and clarity.\n\nHow did it go?\n\nBetter than I expected. She listened to us.\n\nWill you meet again?\n\nI think so. We will know in June.",
		"Reporter Sam Ellery spoke with Dr. Colin Ashby and Dr. Lena Moreau about the fire season. This interview has been edited for length and clarity.\n\nHow bad is it?\n\nIt is bad. I have never seen it this early.\n\nWhat should people do?\n\nYou should have a plan and keep a bag packed.",
	})
	text := "Union president Grace Okafor and plant manager Erik Halvorsen met reporters on Friday.\n\nHALVORSEN: The plant stays open. Production moves to two shifts in May.\n\nOKAFOR: Then why the layoffs? The union has seen the memo."
	checkSpeakerName(t, det, text, "The plant stays open. Production moves to two shifts in May", "Erik Halvorsen")
	noSpeakerNamed(t, det, "KINGSTON: The city will close the causeway for repairs. Drivers should plan another route.\n\nLocal developer Sam Kingston opposes the closure.", "Sam Kingston")
	// A host, untitled, asks in most turns; the guest answers.
	text = "Dr. Colin Ashby spoke with Julie Ng on Morning Edition.\n\nNG: How bad is it?\n\nASHBY: It is bad. We have more fire on the ground in June than in August.\n\nNG: What should people do?\n\nASHBY: Have a plan. Keep a bag packed by the door."
	runes := []rune(text)
	a := det.Detect(text)
	for _, q := range a.Quotes {
		if s := annot.SpanText(runes, q.Parts[0]); strings.Contains(s, "How bad") || strings.Contains(s, "What should") {
			t.Errorf("%q: the host's question %q is a quote", text, s)
		}
	}
	checkSpeakerName(t, det, text, "Have a plan. Keep a bag packed by the door", "Colin Ashby")
}

// checkNoAnswers wants no interview answer (a direct quote with no cue and
// no quotation marks) in any of texts.
func checkNoAnswers(t *testing.T, det *Detector, texts []string) {
	t.Helper()
	for _, text := range texts {
		runes := []rune(text)
		a := det.Detect(text)
		for _, q := range a.Quotes {
			if s := annot.SpanText(runes, q.Parts[0]); q.Kind == annot.KindDirect && q.Cue.Empty() && !strings.ContainsAny(s, "“\"'") {
				t.Errorf("%q: an answer %q of %q", text, s, a.SpeakerName(runes, q))
			}
		}
	}
}

// TestInterviewCodeReviewCases: answers come out in text order however
// many quotes they hold; "Q:" on a line of its own is one question, not
// two; "a memoir by Jo Doe" is no one questioning; "The Jo Doe Q&A" is a
// heading.
func TestInterviewCodeReviewCases(t *testing.T) {
	det := mustNew(t)
	text := "Valley Today spoke with Dr. Hana Kurosawa on Wednesday. This interview has been edited for length and clarity.\n\nIs this summer worse than usual?\n\nI told the council, “We will fight this.” Then I said, “We will win.”\n\nWhen should people worry?\n\nChest pain is not a symptom to wait out. Call 911.\n\n“We are reviewing the guidance,” the ministry of health said in a statement."
	a := det.Detect(text)
	for i := 1; i < len(a.Quotes); i++ {
		if a.Quotes[i].Parts[0].Start < a.Quotes[i-1].Parts[0].Start {
			t.Errorf("%q: quotes out of text order:%s", text, dump([]rune(text), a))
			break
		}
	}
	checkNoAnswers(t, det, []string{"The Daily spoke with Theresa Fudge on the picket line. The interview has been edited for length and clarity.\n\nQ:\nHow long will you stay out?\n\nAs long as it takes. We have had harder winters.\n\nThe union meets again on Friday."})
	for _, text := range []string{
		"A new memoir by Jo Doe came out this week. The Herald spoke to its author. This interview has been edited for length and clarity.\n\nWhy write it now?\n\nI kept having the same dream. Writing it down helped.\n\nWhat do readers miss?\n\nThey think the story is the war. It is the people.",
		"The Theresa Fudge Q&A\n\nWhy write it now?\n\nI kept having the same dream. Writing it down helped.\n\nWhat do readers miss?\n\nThey think the story is the war. It is the people.",
	} {
		want := "Jo Doe"
		if strings.Contains(text, "Fudge") {
			want = "Theresa Fudge"
		}
		checkSpeakerName(t, det, text, "I kept having the same dream. Writing it down helped.", want)
	}
}
