package feedback

import (
	"math"
	"strings"
	"testing"
	"time"

	"github.com/quotebench/quotebench/annot"
)

func prov(o annot.Origin, st annot.State) annot.Provenance {
	return annot.Provenance{Origin: o, State: st}
}

// span finds the first w in text, in code points.
func span(text, w string) annot.Span { return spanAfter(text, w, "") }

// spanAfter finds the first w after the first after.
func spanAfter(text, w, after string) annot.Span {
	from := strings.Index(text, after) + len(after)
	i := from + strings.Index(text[from:], w)
	s := len([]rune(text[:i]))
	return annot.Span{Start: s, End: s + len([]rune(w))}
}

// One done document whose every decision is known, and one in progress that
// must not count; each figure below is computed by hand from the list.
func TestBuildByHand(t *testing.T) {
	text := "Ana said A. Bo said B. Cy believes C. Di told D. Ed shouted E. Fo said F. Acme and Rome and Lu."
	det, hum := annot.OriginDetector, annot.OriginHuman
	acc, edi, rej, sug := annot.StateAccepted, annot.StateEdited, annot.StateRejected, annot.StateSuggested
	a := annot.Annotations{
		Mentions: []annot.Mention{
			{ID: 1, Span: span(text, "Ana"), Label: annot.LabelPerson, Type: annot.MentionName, Provenance: prov(det, acc)},
			{ID: 2, Span: span(text, "Acme"), Label: annot.LabelOrg, Type: annot.MentionName, Provenance: prov(det, rej)},
			{ID: 3, Span: span(text, "Rome"), Label: annot.LabelGPE, Type: annot.MentionName, Provenance: prov(det, sug)},
			{ID: 4, Span: span(text, "Di"), Label: annot.LabelPerson, Type: annot.MentionNominal, Provenance: prov(hum, acc)},
			{ID: 5, Span: span(text, "Lu"), Label: annot.LabelPerson, Type: annot.MentionName, Provenance: prov(hum, acc)},
		},
		Quotes: []annot.Quote{
			{ID: 1, Parts: []annot.Span{span(text, "A.")}, Kind: annot.KindDirect, Cue: span(text, "said"), Speaker: 1, Provenance: prov(det, acc)},
			{ID: 2, Parts: []annot.Span{span(text, "B.")}, Kind: annot.KindIndirect, Cue: spanAfter(text, "said", "Bo"), Provenance: prov(det, rej)},
			{ID: 3, Parts: []annot.Span{span(text, "C.")}, Kind: annot.KindIndirect, Cue: span(text, "believes"), Provenance: prov(det, sug)},
			{ID: 4, Parts: []annot.Span{span(text, "D.")}, Kind: annot.KindDirect, Cue: span(text, "told"), Speaker: 4, Provenance: prov(det, edi)},
			{ID: 5, Parts: []annot.Span{span(text, "E.")}, Kind: annot.KindDirect, Provenance: prov(hum, acc)},
			{ID: 6, Parts: []annot.Span{span(text, "F.")}, Kind: annot.KindMixed, Unattributed: true, Provenance: prov(det, acc)},
		},
	}
	when := time.Date(2026, 12, 2, 10, 0, 0, 0, time.UTC)
	done := Doc{Doc: annot.Document{ID: 1, Text: text, Status: annot.StatusDone, Updated: when}, Ann: a}
	open := Doc{Doc: annot.Document{ID: 2, Text: text, Status: annot.StatusInProgress, Updated: when}, Ann: a}
	r := Build([]Doc{done, open})

	if r.Documents != 1 {
		t.Errorf("documents %d, want 1 (in progress does not count)", r.Documents)
	}
	if want := (Counts{Suggested: 5, Accepted: 2, Edited: 1, Rejected: 1, Pending: 1}); r.Quotes != want {
		t.Errorf("quotes %+v, want %+v", r.Quotes, want)
	}
	near(t, "quote precision", r.Quotes.Precision(), 60)
	near(t, "quote exact", r.Quotes.Exact(), 40)
	near(t, "direct", r.QuoteKinds[annot.KindDirect].Precision(), 100)
	near(t, "indirect", r.QuoteKinds[annot.KindIndirect].Precision(), 0)
	near(t, "mixed", r.QuoteKinds[annot.KindMixed].Precision(), 100)
	if c := r.Cues["said"]; c.Suggested != 2 || c.Kept() != 1 {
		t.Errorf("cue said %+v, want 2 suggested, 1 kept", c)
	}
	if c := r.Cues["believes"]; c.Suggested != 1 || c.Pending != 1 {
		t.Errorf("cue believes %+v", c)
	}
	if c := r.Cues[""]; c.Suggested != 1 || c.Accepted != 1 {
		t.Errorf("no cue %+v", c)
	}
	if r.QuotesFound != (Found{Kept: 3, Added: 1}) {
		t.Errorf("quotes found %+v", r.QuotesFound)
	}
	near(t, "quote recall", r.QuotesFound.Recall(), 75)
	if s := r.Speakers; s.Quotes != 3 || s.Kept != 1 || s.Changed != 2 || s.ChangedTo["nominal"] != 1 || s.ChangedTo["unattributed"] != 1 {
		t.Errorf("speakers %+v", s)
	}
	near(t, "speaker accuracy", r.Speakers.Accuracy(), 100.0/3)
	if want := (Counts{Suggested: 3, Accepted: 1, Rejected: 1, Pending: 1}); r.Entities != want {
		t.Errorf("entities %+v, want %+v (nominals do not count)", r.Entities, want)
	}
	near(t, "PERSON", r.Labels[annot.LabelPerson].Precision(), 100)
	near(t, "ORG", r.Labels[annot.LabelOrg].Precision(), 0)
	if r.NamesFound != (Found{Kept: 1, Added: 1}) {
		t.Errorf("names found %+v", r.NamesFound)
	}
	if len(r.Trend) != 1 || r.Trend[0].Week != "2026-W49" || r.Trend[0].Quotes != r.Quotes {
		t.Errorf("trend %+v", r.Trend)
	}
}

func near(t *testing.T, what string, got, want float64) {
	t.Helper()
	if math.Abs(got-want) > 1e-9 {
		t.Errorf("%s = %.4f, want %.4f", what, got, want)
	}
}

// Nothing done: an empty report, no division by zero.
func TestBuildEmpty(t *testing.T) {
	r := Build(nil)
	if r.Documents != 0 || r.Quotes.Precision() != 0 || r.QuotesFound.Recall() != 0 || r.Speakers.Accuracy() != 0 || len(r.Trend) != 0 {
		t.Errorf("empty report %+v", r)
	}
}
