package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/quotebench/quotebench/annot"
)

// The People view on the real store: Ctrl+L opens it; suggesting links by
// name makes one entry per person quoted; the entry lists its quotes
// across the corpus, and picking one opens its document at the quote.
func TestPeopleView(t *testing.T) {
	p := newProject(t)
	h := newHarness(t, p)
	// Maria Ortiz speaks quote 4 in document A; accept it so she is quoted.
	q4 := h.quoteID("“The plan is sound,”")
	if err := p.SetQuoteState(q4, annot.StateAccepted); err != nil {
		t.Fatal(err)
	}
	h.shortcut(ctrl(fyne.KeyL))
	v := h.wb.people
	if v == nil {
		t.Fatal("Ctrl+L did not open the People view")
	}
	if len(v.entries) != 0 || !strings.Contains(v.detail.Text, "No entries yet") {
		t.Fatalf("before suggesting: %+v, %q", v.entries, v.detail.Text)
	}
	v.suggest()
	var maria = -1
	for i, e := range v.entries {
		if e.Name == "Maria Ortiz" {
			maria = i
		}
	}
	if maria < 0 {
		t.Fatalf("no entry for Maria Ortiz: %+v", v.entries)
	}
	v.pick(maria)
	if len(v.quotes) != 1 || !strings.Contains(v.quotes[0].Text, "The plan is sound") || !strings.Contains(v.detail.Text, "1 suggested") {
		t.Fatalf("Maria Ortiz's quotes %+v, detail %q", v.quotes, v.detail.Text)
	}
	v.confirm()
	if e := v.entries[maria]; e.Suggested != 0 || e.Linked != 1 {
		t.Errorf("after confirm: %+v", e)
	}
	st, _ := p.Stats()
	found := false
	for _, c := range st.Speakers {
		found = found || c.Name == "Maria Ortiz" && c.Count == 1
	}
	if !found {
		t.Errorf("overview who is quoted: %+v", st.Speakers)
	}
	v.quoteLst.Select(0)
	if h.wb.doc.ID != h.a || h.wb.view.Selected().Quote != q4 {
		t.Errorf("picking the quote shows document %d, selection %+v", h.wb.doc.ID, h.wb.view.Selected())
	}
}

// The People view's rows: a direct quote keeps its own quotation marks, and
// counts read "1 document", "2 quotes".
func TestPeopleRowText(t *testing.T) {
	if got := quoted("“We will build it,”"); got != "“We will build it,”" {
		t.Errorf("direct quote: %q", got)
	}
	if got := quoted("the plan was too costly"); got != "“the plan was too costly”" {
		t.Errorf("indirect quote: %q", got)
	}
	if got := count(1, "document") + ", " + count(2, "quote"); got != "1 document, 2 quotes" {
		t.Errorf("counts: %q", got)
	}
}
