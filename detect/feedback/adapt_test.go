package feedback

import (
	"fmt"
	"strings"
	"testing"

	"github.com/quotebench/quotebench/annot"
)

// A toy detector: every "X said Y." and "X plans Z." sentence is a candidate
// indirect quote with confidence 0.6, spoken by X; capitalised X is a PERSON
// name mention, and so is "Monday".
func toyDetect(text string) annot.Annotations {
	var a annot.Annotations
	off := 0
	for _, s := range strings.SplitAfter(text, ". ") {
		w := strings.Fields(s)
		if len(w) >= 3 && (w[1] == "said" || w[1] == "plans") {
			start := off + len([]rune(w[0]+" "+w[1]+" "))
			end := off + len([]rune(strings.TrimRight(s, " ")))
			m := annot.Mention{ID: annot.MentionID(len(a.Mentions) + 1), Span: annot.Span{Start: off, End: off + len([]rune(w[0]))},
				Label: annot.LabelPerson, Type: annot.MentionName, Provenance: annot.Provenance{Origin: annot.OriginDetector, State: annot.StateSuggested, Confidence: 0.8}}
			a.Mentions = append(a.Mentions, m)
			cue := annot.Span{Start: m.End + 1, End: m.End + 1 + len([]rune(w[1]))}
			a.Quotes = append(a.Quotes, annot.Quote{ID: annot.QuoteID(len(a.Quotes) + 1), Parts: []annot.Span{{Start: start, End: end}},
				Kind: annot.KindIndirect, Cue: cue, Speaker: m.ID, Provenance: annot.Provenance{Origin: annot.OriginDetector, State: annot.StateSuggested, Confidence: 0.6}})
		}
		if i := strings.Index(s, "Monday"); i >= 0 {
			st := off + len([]rune(s[:i]))
			a.Mentions = append(a.Mentions, annot.Mention{ID: annot.MentionID(len(a.Mentions) + 1), Span: annot.Span{Start: st, End: st + 6},
				Label: annot.LabelPerson, Type: annot.MentionName, Provenance: annot.Provenance{Origin: annot.OriginDetector, State: annot.StateSuggested, Confidence: 0.7}})
		}
		off += len([]rune(s))
	}
	return a
}

// The analysts of this project count speech only: every "said" candidate
// kept, every "plans" one rejected, "Monday" rejected as a name and "Kellan
// Bay" added by hand. The adaptation learns all three.
func TestLearnApply(t *testing.T) {
	var docs []Doc
	for i := 0; i < 12; i++ {
		text := fmt.Sprintf("Ana said the vote %d was close. Acme plans to close plant %d. Bo said on Monday it was over. They met in Kellan Bay. ", i, i)
		a := toyDetect(text)
		for j := range a.Quotes {
			a.Quotes[j].State = annot.StateAccepted
			if strings.Contains(annot.SpanText([]rune(text), a.Quotes[j].Cue), "plans") {
				a.Quotes[j].State = annot.StateRejected
			}
		}
		for j := range a.Mentions {
			if annot.SpanText([]rune(text), a.Mentions[j].Span) == "Monday" {
				a.Mentions[j].State = annot.StateRejected
			}
		}
		a.Entities = append(a.Entities, annot.Entity{ID: 7, Name: "Ana Varga", Label: annot.LabelPerson, Provenance: annot.Provenance{Origin: annot.OriginHuman, State: annot.StateAccepted}})
		kb := strings.Index(text, "Kellan Bay")
		a.Mentions = append(a.Mentions, annot.Mention{ID: 99, Span: annot.Span{Start: kb, End: kb + 10}, Label: annot.LabelGPE, Type: annot.MentionName,
			Provenance: annot.Provenance{Origin: annot.OriginHuman, State: annot.StateAccepted}})
		docs = append(docs, Doc{Doc: annot.Document{ID: annot.DocID(i + 1), Text: text, Status: annot.StatusDone}, Ann: a})
	}
	// an undecided document teaches nothing
	docs = append(docs, Doc{Doc: annot.Document{ID: 99, Text: "Zed plans nothing. ", Status: annot.StatusTodo}, Ann: toyDetect("Zed plans nothing. ")})
	ad := Learn(docs, toyDetect)
	if ad.Documents != 12 || ad.Examples != 36 || ad.Positives != 24 {
		t.Errorf("learned from %d documents, %d examples, %d right; want 12, 36, 24", ad.Documents, ad.Examples, ad.Positives)
	}
	if ad.Weights["cue=plans"] >= 0 || ad.Weights["cue=said"] <= 0 {
		t.Errorf("weights plans %.3f, said %.3f: want plans demoted, said promoted", ad.Weights["cue=plans"], ad.Weights["cue=said"])
	}
	if ad.Names["Kellan Bay"] != annot.LabelGPE || ad.Rejected["Monday"] != 12 {
		t.Errorf("names %v, rejected %v", ad.Names, ad.Rejected)
	}
	text := "Cy said the budget grew. Dee plans a merger. Cy visited Kellan Bay on Monday with Ana Varga. "
	got := ad.Apply(text, toyDetect(text))
	runes := []rune(text)
	if len(got.Quotes) != 1 || annot.SpanText(runes, got.Quotes[0].Cue) != "said" || got.Quotes[0].Confidence <= 0.6 {
		t.Errorf("quotes after adaptation: %+v; want the said quote alone, more confident than 0.6", got.Quotes)
	}
	var names []string
	for _, m := range got.Mentions {
		names = append(names, annot.SpanText(runes, m.Span)+"/"+string(m.Label))
	}
	if want := "Cy/PERSON Dee/PERSON Kellan Bay/GPE Ana Varga/PERSON"; strings.Join(names, " ") != want {
		t.Errorf("mentions %q, want %q (Monday dropped; Kellan Bay, and the entity name Ana Varga, added)", strings.Join(names, " "), want)
	}
	if err := got.Validate(len(runes)); err != nil {
		t.Error(err)
	}
}

// No decided document: nothing learned, and Apply at the default threshold
// keeps what the detector would suggest above it.
func TestLearnNothing(t *testing.T) {
	ad := Learn(nil, toyDetect)
	if ad.Documents != 0 || ad.Examples != 0 || len(ad.Weights) != 0 {
		t.Errorf("%+v", ad)
	}
	text := "Ana said yes. "
	if got := ad.Apply(text, toyDetect(text)); len(got.Quotes) != 1 {
		t.Errorf("quotes %+v", got.Quotes)
	}
}
