package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/app/widgets"
)

// longArticle is many paragraphs with a suggested PERSON mention at the
// start of each.
func longArticle(t testing.TB, paras int) (string, annot.Annotations) {
	var b strings.Builder
	var a annot.Annotations
	for i := 0; i < paras; i++ {
		start := len([]rune(b.String()))
		b.WriteString("Someone spoke about the harbour again, and the council listened for a long while before it answered.\n\n")
		a.Mentions = append(a.Mentions, annot.Mention{ID: annot.MentionID(i + 1), Span: annot.Span{Start: start, End: start + 7},
			Label: annot.LabelPerson, Type: annot.MentionName, Provenance: suggested})
	}
	return b.String(), a
}

// Home/End and Ctrl+Home/End move through the article; N continues from
// what is on screen, not from the first suggestion of the text.
func TestHomeEndAndNextFromScreen(t *testing.T) {
	p := newProject(t)
	h := newHarness(t, p)
	text, a := longArticle(t, 200)
	id := p.addDoc(t, "Long", text, a)
	h.wb.reloadDocs()
	h.wb.ShowDocument(id)
	v := h.wb.view
	v.Content().TypedKey(&fyne.KeyEvent{Name: fyne.KeyEnd})
	if v.FirstVisible() < len([]rune(text))/2 {
		t.Fatalf("End shows from code point %d of %d", v.FirstVisible(), len([]rune(text)))
	}
	h.typeKeys("n")
	r := h.wb.view.Selected()
	if r.Mention == 0 || h.wb.ann.Mention(r.Mention).Start < v.FirstVisible()-200 {
		t.Errorf("n after End selected %+v, want a suggestion on screen (from %d)", r, v.FirstVisible())
	}
	if r.Mention == 1 {
		t.Error("n went back to the first suggestion of the text")
	}
	v.Content().TypedKey(&fyne.KeyEvent{Name: fyne.KeyHome})
	if v.FirstVisible() != 0 {
		t.Errorf("Home shows from code point %d", v.FirstVisible())
	}
	h.shortcut(ctrl(fyne.KeyEnd))
	if v.FirstVisible() == 0 {
		t.Error("Ctrl+End did not move")
	}
	h.shortcut(ctrl(fyne.KeyHome))
	if v.FirstVisible() != 0 {
		t.Errorf("Ctrl+Home shows from code point %d", v.FirstVisible())
	}
}

// A right-click on any annotation selects it and offers a menu whose
// entries show their keys.
func TestRightClickSelectsAndShowsKeys(t *testing.T) {
	h := newHarness(t, newProject(t))
	maria := h.mentionID("Maria Ortiz")
	h.wb.SelectRef(widgets.Ref{Quote: h.quoteID("“We will")}) // something else selected
	c := h.wb.view.Content().(fyne.SecondaryTappable)
	abs := h.tokenPos(sp(t, articleA, "Maria").Start)
	at := abs.Subtract(fyne.CurrentApp().Driver().AbsolutePositionForObject(c.(fyne.CanvasObject)))
	test.TapSecondaryAt(c, at)
	if got := h.wb.view.Selected(); got != (widgets.Ref{Mention: maria}) {
		t.Errorf("right-click on Maria Ortiz selected %+v", got)
	}
	top := h.w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no context menu")
	}
	m := h.wb.contextMenu()
	var keys []string
	for _, it := range m.Items {
		if it.Label == "Accept" || it.Label == "Reject" {
			keys = append(keys, shortcutText(it.Shortcut))
		}
	}
	if strings.Join(keys, ",") != "A,R" {
		t.Errorf("menu keys %q, want A,R", keys)
	}
}

// A new document's inspector lists start at the top.
func TestInspectorListsStartAtTop(t *testing.T) {
	p := newProject(t)
	h := newHarness(t, p)
	text, a := longArticle(t, 60)
	id := p.addDoc(t, "Long", text, a)
	h.wb.reloadDocs()
	h.wb.ShowDocument(id)
	h.wb.SelectRef(widgets.Ref{Mention: 60}) // scrolls the entity list down
	h.wb.ShowDocument(h.a)
	h.wb.ShowDocument(id)
	if off := h.wb.insp.entityList.GetScrollOffset(); off != 0 {
		t.Errorf("entity list of a newly shown document scrolled to %v, want the top", off)
	}
}
