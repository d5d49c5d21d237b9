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

	text = "Odessa Lindqvist studies salmon rivers. The Tyee spoke with Lindqvist about her report. The conversation has been condensed and edited.\n\n" +
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
	for _, text := range []string{
		// A story's note, not an interview's, over an explainer.
		"Premier Jo Doe announced the plan on Monday.\n\nThis story has been edited for clarity.\n\nWhat is the plan?\n\nThe plan moves the clinic to the old school.\n\nWhen does it open?\n\nThe clinic opens in March.",
		// Letters.
		"Readers wrote to us about the clinic, among them Sam Roe. Letters have been edited for length and clarity.\n\nWhy close it now?\n\nThe clinic served us well for years.\n\nWho decided?\n\nNobody asked the town.",
		// One question, answered by the reporter.
		"Jo Doe spoke with us. The interview has been edited for length.\n\nSo what comes next?\n\nThe council votes on the budget in March.",
		// An interview whose note is followed by prose, not a question.
		"Jo Doe spoke with us. The interview has been edited for length.\n\nThe council votes on the budget in March.\n\nWhy now?\n\nThe money runs out in April.\n\nAnd then?\n\nThe clinic closes.",
	} {
		runes := []rune(text)
		a := det.Detect(text)
		for _, q := range a.Quotes {
			if q.Kind == annot.KindDirect && q.Cue.End == 0 && !strings.ContainsAny(annot.SpanText(runes, q.Parts[0]), "“\"") {
				t.Errorf("%q: an answer %q", text, annot.SpanText(runes, q.Parts[0]))
			}
		}
	}
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
