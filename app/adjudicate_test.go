package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/quotebench/quotebench/annot"
)

var decided = annot.Provenance{Origin: annot.OriginHuman, State: annot.StateAccepted}

// goldProject is a gold project on the real store: article A with no
// annotations of its own and two annotators' layers, as quotebench merge
// leaves it.
type goldProject struct{ *testProject }

func (p goldProject) seed(t testing.TB) (annot.DocID, annot.DocID) {
	t.Helper()
	a := p.addDoc(t, "Bridge vote", articleA, annot.Annotations{})
	b := p.addDoc(t, "Second story", articleB, annot.Annotations{})
	// Ana: Q1 by "mayor", Q3 "the plan was too costly", Port Alma.
	ana := annot.Annotations{
		Entities: []annot.Entity{{ID: 1, Name: "mayor", Label: annot.LabelPerson, Provenance: decided}},
		Mentions: []annot.Mention{
			{ID: 1, Span: sp(t, articleA, "mayor"), Label: annot.LabelPerson, Type: annot.MentionNominal, Entity: 1, Provenance: decided},
			{ID: 2, Span: sp(t, articleA, "Port Alma"), Label: annot.LabelGPE, Type: annot.MentionName, Provenance: decided},
		},
		Quotes: []annot.Quote{
			{ID: 1, Parts: []annot.Span{sp(t, articleA, "“We will build the bridge,”")}, Kind: annot.KindDirect, Speaker: 1, Provenance: decided},
			{ID: 2, Parts: []annot.Span{sp(t, articleA, "the plan was too costly")}, Kind: annot.KindIndirect, Provenance: decided},
		},
	}
	// Bo: Q1 by "she" (the same entity "mayor": agreement), Q2 (only
	// Bo), "plan was too costly" (a disagreement with Ana's Q3), Port Alma.
	bo := annot.Annotations{
		Entities: []annot.Entity{{ID: 1, Name: "mayor", Label: annot.LabelPerson, Provenance: decided}},
		Mentions: []annot.Mention{
			{ID: 1, Span: sp(t, articleA, "she"), Label: annot.LabelPerson, Type: annot.MentionPronoun, Entity: 1, Provenance: decided},
			{ID: 2, Span: sp(t, articleA, "Port Alma"), Label: annot.LabelGPE, Type: annot.MentionName, Provenance: decided},
		},
		Quotes: []annot.Quote{
			{ID: 1, Parts: []annot.Span{sp(t, articleA, "“We will build the bridge,”")}, Kind: annot.KindDirect, Speaker: 1, Provenance: decided},
			{ID: 2, Parts: []annot.Span{sp(t, articleA, "“It will take two years.”")}, Kind: annot.KindDirect, Provenance: decided},
			{ID: 3, Parts: []annot.Span{sp(t, articleA, "plan was too costly")}, Kind: annot.KindIndirect, Provenance: decided},
		},
	}
	if err := p.SetLayer(a, "Ana", "ana.quotebench", ana); err != nil {
		t.Fatal(err)
	}
	if err := p.SetLayer(a, "Bo", "bo.quotebench", bo); err != nil {
		t.Fatal(err)
	}
	return a, b
}

func (h *harness) quoteTexts() map[string]annot.Quote {
	h.t.Helper()
	a, err := h.p.Annotations(h.a)
	if err != nil {
		h.t.Fatal(err)
	}
	out := map[string]annot.Quote{}
	for _, q := range a.Quotes {
		out[annot.SpanText([]rune(articleA), q.Parts[0])] = q
	}
	return out
}

// Adjudication from the keyboard on the real store: Ctrl+J opens the
// view; g accepts both agreements in one step; b takes Bo's quote; Ctrl+Z
// undoes that choice; 2 keeps both versions of the disagreement; 0 takes
// neither of the quote only Bo has. What the choices added is the
// document's annotation (what exports).
func TestAdjudicateFromKeyboard(t *testing.T) {
	h := newHarness(t, goldProject{newProject(t)})
	h.shortcut(ctrl(fyne.KeyJ))
	v := h.wb.adj
	if v == nil {
		t.Fatal("Ctrl+J did not open the adjudication view")
	}
	if len(v.items) != 4 || !strings.Contains(v.header.Text, "2 agreements (2 open), 2 disagreements (2 open)") {
		t.Fatalf("%d items, header %q", len(v.items), v.header.Text)
	}
	if !v.items[0].Agree || v.items[1].A != nil || !v.items[2].Agree || v.items[3].Agree {
		t.Fatalf("items out of order: %+v", v.items)
	}
	h.typeKeys("g")
	if !strings.Contains(v.header.Text, "2 agreements (0 open)") {
		t.Errorf("after g: %q", v.header.Text)
	}
	qs := h.quoteTexts()
	if q, ok := qs["“We will build the bridge,”"]; !ok || q.State != annot.StateAccepted || q.Origin != annot.OriginHuman {
		t.Errorf("agreed quote not in the document: %+v", qs)
	}
	a, _ := h.p.Annotations(h.a)
	if len(a.Mentions) != 2 || a.SpeakerName([]rune(articleA), qs["“We will build the bridge,”"]) != "mayor" {
		t.Errorf("agreed annotations: %+v", a)
	}
	// the selection moved to the first open item: Bo's Q2
	if v.sel != 1 || !strings.Contains(v.sides[1].Text, "It will take two years") || v.sides[0].Text != "—" {
		t.Fatalf("selection %d, sides %q | %q", v.sel, v.sides[0].Text, v.sides[1].Text)
	}
	h.typeKeys("b")
	if _, ok := h.quoteTexts()["“It will take two years.”"]; !ok {
		t.Error("b did not take Bo's quote")
	}
	if v.sel != 3 {
		t.Errorf("after b the selection is %d, want the next open item 3", v.sel)
	}
	// Undo the choice: the quote and the choice go, the item is open again.
	h.shortcut(&fyne.ShortcutUndo{})
	if _, ok := h.quoteTexts()["“It will take two years.”"]; ok {
		t.Error("undo left Bo's quote")
	}
	if _, done := v.done[v.items[1].Key]; done || !strings.Contains(v.header.Text, "2 disagreements (2 open)") {
		t.Errorf("after undo: done %v, header %q", v.done, v.header.Text)
	}
	v.selectItem(3)
	h.typeKeys("2")
	qs = h.quoteTexts()
	if _, ok := qs["the plan was too costly"]; !ok {
		t.Error("both: Ana's version missing")
	}
	if _, ok := qs["plan was too costly"]; !ok {
		t.Error("both: Bo's version missing")
	}
	if v.sel != 1 {
		t.Errorf("after 2 the selection is %d, want the open item 1", v.sel)
	}
	h.typeKeys("0")
	if _, ok := h.quoteTexts()["“It will take two years.”"]; ok {
		t.Error("neither added the quote")
	}
	if !strings.Contains(v.header.Text, "(0 open), 2 disagreements (0 open)") {
		t.Errorf("all decided: %q", v.header.Text)
	}
	// A decided item stays decided: a second key does nothing.
	h.typeKeys("b")
	if n := len(h.quoteTexts()); n != 3 {
		t.Errorf("%d quotes in the adjudicated document, want 3", n)
	}
	done, _ := h.p.(Adjudicator).Adjudications(h.a)
	if len(done) != 4 || done[v.items[1].Key] != "neither" || done[v.items[3].Key] != "both" {
		t.Errorf("recorded choices %v", done)
	}
}

// A document without layers says how to get them instead of opening.
func TestAdjudicateNeedsLayers(t *testing.T) {
	h := newHarness(t, newProject(t))
	h.shortcut(ctrl(fyne.KeyJ))
	if h.wb.adj != nil || !strings.Contains(h.wb.saved.Text, "quotebench merge") {
		t.Errorf("view %v, status %q", h.wb.adj, h.wb.saved.Text)
	}
}
