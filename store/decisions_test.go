package store

import (
	"strings"
	"testing"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/formats"
)

const decText = `Jo Doe said "We will build it." Critics disagree. "It is too late," said Ann Lee. "Not in Paris," one added.`

func decSpan(t *testing.T, s string) annot.Span {
	t.Helper()
	i := strings.Index(decText, s)
	if i < 0 {
		t.Fatalf("%q not in text", s)
	}
	return annot.Span{Start: i, End: i + len(s)}
}

// docState reads a document's annotations keyed by text: "q <text>" →
// quote, "m <text>" → mention.
func docState(t *testing.T, s *Store, id annot.DocID) (map[string]annot.Quote, map[string]annot.Mention, annot.Annotations) {
	t.Helper()
	a, err := s.Annotations(id)
	if err != nil {
		t.Fatal(err)
	}
	qs, ms := map[string]annot.Quote{}, map[string]annot.Mention{}
	for _, q := range a.Quotes {
		qs[decText[q.Parts[0].Start:q.Parts[0].End]] = q
	}
	for _, m := range a.Mentions {
		ms[decText[m.Start:m.End]] = m
	}
	return qs, ms, a
}

// Earlier human annotation joins a document with detector suggestions as
// decisions: matching suggestions are decided (accepted, or edited where
// the speaker differs), the analyst's own decision is kept, the rest is
// added accepted, and suggestions the import does not name stay pending.
// A dry run changes nothing; one undo takes the whole import back.
func TestAddDecisions(t *testing.T) {
	s := newStore(t)
	sugg := &annot.Annotations{
		Entities: []annot.Entity{{ID: 1, Name: "Jo Doe", Label: annot.LabelPerson}, {ID: 2, Name: "Ann Lee", Label: annot.LabelPerson}},
		Mentions: []annot.Mention{
			{ID: 1, Span: decSpan(t, "Jo Doe"), Label: annot.LabelPerson, Type: annot.MentionName, Entity: 1},
			{ID: 2, Span: decSpan(t, "Ann Lee"), Label: annot.LabelPerson, Type: annot.MentionName, Entity: 2},
			{ID: 3, Span: decSpan(t, "Paris"), Label: annot.LabelGPE, Type: annot.MentionName},
		},
		Quotes: []annot.Quote{
			{ID: 1, Parts: []annot.Span{decSpan(t, `"We will build it."`)}, Kind: annot.KindDirect, Speaker: 1},
			{ID: 2, Parts: []annot.Span{decSpan(t, `"It is too late,"`)}, Kind: annot.KindDirect, Speaker: 2},
			{ID: 3, Parts: []annot.Span{decSpan(t, `"Not in Paris,"`)}, Kind: annot.KindDirect},
		},
	}
	id, err := s.AddDocument(annot.Document{Title: "t", Text: decText}, sugg, annot.OriginDetector)
	if err != nil {
		t.Fatal(err)
	}
	qs, _, _ := docState(t, s, id)
	if err := s.SetQuoteState(qs[`"Not in Paris,"`].ID, annot.StateRejected); err != nil {
		t.Fatal(err)
	}
	// The earlier annotation: Q1 by Jo Doe (as suggested), Q2 by Jo Doe
	// (the detector said Ann Lee), Q3 (the analyst rejected it), a new
	// quote "Critics disagree." by the new mention "Critics", and Paris.
	gold := annot.Annotations{
		Entities: []annot.Entity{{ID: 1, Name: "Jo Doe", Label: annot.LabelPerson}, {ID: 2, Name: "Critics", Label: annot.LabelPerson}},
		Mentions: []annot.Mention{
			{ID: 1, Span: decSpan(t, "Jo Doe"), Label: annot.LabelPerson, Type: annot.MentionName, Entity: 1},
			{ID: 2, Span: decSpan(t, "Critics"), Label: annot.LabelPerson, Type: annot.MentionNominal, Entity: 2},
			{ID: 3, Span: decSpan(t, "Paris"), Label: annot.LabelGPE, Type: annot.MentionName},
		},
		Quotes: []annot.Quote{
			{ID: 1, Parts: []annot.Span{decSpan(t, `"We will build it."`)}, Kind: annot.KindDirect, Speaker: 1},
			{ID: 2, Parts: []annot.Span{decSpan(t, `"It is too late,"`)}, Kind: annot.KindDirect, Speaker: 1},
			{ID: 3, Parts: []annot.Span{decSpan(t, `"Not in Paris,"`)}, Kind: annot.KindDirect},
			{ID: 4, Parts: []annot.Span{decSpan(t, "Critics disagree.")}, Kind: annot.KindIndirect, Speaker: 2},
		},
	}
	// Decided: mentions Jo Doe and Paris, quotes Q1 and Q2 (4). Added: the
	// entity and mention "Critics" and the quote (3). Kept: Q3 (1).
	want := annot.Decisions{Added: 3, Decided: 4, Kept: 1}
	_, _, before := docState(t, s, id)
	dry, err := s.AddDecisions(id, gold, true)
	if err != nil || dry != want {
		t.Fatalf("dry run: %+v, %v; want %+v", dry, err, want)
	}
	if _, _, after := docState(t, s, id); !sameAnn(before, after) {
		t.Fatal("the dry run changed the document")
	}
	got, err := s.AddDecisions(id, gold, false)
	if err != nil || got != want {
		t.Fatalf("import: %+v, %v; want %+v", got, err, want)
	}
	qs, ms, a := docState(t, s, id)
	check := func(what string, p annot.Provenance, origin annot.Origin, st annot.State) {
		t.Helper()
		if p.Origin != origin || p.State != st {
			t.Errorf("%s: %s/%s, want %s/%s", what, p.Origin, p.State, origin, st)
		}
	}
	check("Q1", qs[`"We will build it."`].Provenance, annot.OriginDetector, annot.StateAccepted)
	check("Q2", qs[`"It is too late,"`].Provenance, annot.OriginDetector, annot.StateEdited)
	check("Q3", qs[`"Not in Paris,"`].Provenance, annot.OriginDetector, annot.StateRejected)
	check("new quote", qs["Critics disagree."].Provenance, annot.OriginImport, annot.StateAccepted)
	check("Jo Doe", ms["Jo Doe"].Provenance, annot.OriginDetector, annot.StateAccepted)
	check("Paris", ms["Paris"].Provenance, annot.OriginDetector, annot.StateAccepted)
	check("Ann Lee (not in the import)", ms["Ann Lee"].Provenance, annot.OriginDetector, annot.StateSuggested)
	check("Critics", ms["Critics"].Provenance, annot.OriginImport, annot.StateAccepted)
	text := []rune(decText)
	if n := a.SpeakerName(text, qs[`"It is too late,"`]); n != "Jo Doe" {
		t.Errorf("Q2 speaker %q, want Jo Doe", n)
	}
	if n := a.SpeakerName(text, qs["Critics disagree."]); n != "Critics" {
		t.Errorf("new quote speaker %q, want Critics", n)
	}
	if e := a.Entity(ms["Jo Doe"].Entity); e == nil || e.State != annot.StateAccepted {
		t.Errorf("Jo Doe's entity not accepted: %+v", e)
	}
	// Importing the same again decides nothing more and adds nothing.
	again, err := s.AddDecisions(id, gold, false)
	if err != nil || again.Added != 0 || again.Decided != 0 {
		t.Errorf("second import: %+v, %v; want all kept", again, err)
	}
	// One undo per import: undo the (empty) second, then the first.
	for i := 0; i < 2; i++ {
		if _, _, err := s.Undo(); err != nil {
			t.Fatal(err)
		}
		if _, _, now := docState(t, s, id); sameAnn(before, now) {
			break
		}
	}
	if _, _, now := docState(t, s, id); !sameAnn(before, now) {
		t.Errorf("undo did not take the import back:\nbefore %+v\nnow    %+v", before, now)
	}
	// Bad input changes nothing: a span outside the text.
	bad := annot.Annotations{Quotes: []annot.Quote{{ID: 1, Parts: []annot.Span{{Start: 5, End: 5000}}, Kind: annot.KindDirect}}}
	if _, err := s.AddDecisions(id, bad, false); err == nil {
		t.Error("a span outside the text was taken")
	}
	if _, _, now := docState(t, s, id); !sameAnn(before, now) {
		t.Error("a refused import changed the document")
	}
}

func sameAnn(a, b annot.Annotations) bool {
	if len(a.Quotes) != len(b.Quotes) || len(a.Mentions) != len(b.Mentions) || len(a.Entities) != len(b.Entities) {
		return false
	}
	for i := range a.Quotes {
		x, y := a.Quotes[i], b.Quotes[i]
		if x.ID != y.ID || x.State != y.State || x.Speaker != y.Speaker || x.Kind != y.Kind {
			return false
		}
	}
	for i := range a.Mentions {
		if a.Mentions[i] != b.Mentions[i] {
			return false
		}
	}
	for i := range a.Entities {
		if a.Entities[i] != b.Entities[i] {
			return false
		}
	}
	return true
}

// The store is what formats.ImportWith needs to import decisions.
var _ formats.DecisionTarget = (*Store)(nil)
