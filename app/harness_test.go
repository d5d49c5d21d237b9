package app

import (
	"reflect"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/quotebench/quotebench/annot"
)

// The fixture: an article of our own with detector suggestions.
const articleA = "The mayor opened the meeting.\n\n" +
	"“We will build the bridge,” she said. “It will take two years.”\n\n" +
	"Critics in Port Alma said the plan was too costly. " +
	"“The plan is sound,” Maria Ortiz, a council member, said, “and we will win.”"

const articleB = "A second story.\n\nNothing was said here by anyone in Port Alma."

// sp returns the code point span of the first occurrence of s in text.
func sp(t testing.TB, text, s string) annot.Span {
	t.Helper()
	i := strings.Index(text, s)
	if i < 0 {
		t.Fatalf("%q not in text", s)
	}
	st := len([]rune(text[:i]))
	return annot.Span{Start: st, End: st + len([]rune(s))}
}

// spAfter is sp for the first occurrence of s after the first of anchor.
func spAfter(t testing.TB, text, anchor, s string) annot.Span {
	t.Helper()
	a := strings.Index(text, anchor)
	i := strings.Index(text[a:], s)
	if a < 0 || i < 0 {
		t.Fatalf("%q after %q not in text", s, anchor)
	}
	st := len([]rune(text[:a+i]))
	return annot.Span{Start: st, End: st + len([]rune(s))}
}

var suggested = annot.Provenance{Origin: annot.OriginDetector, State: annot.StateSuggested, Confidence: 0.8}

func fixtureA(t testing.TB) annot.Annotations {
	return annot.Annotations{
		Entities: []annot.Entity{
			{ID: 1, Name: "mayor", Label: annot.LabelPerson, Provenance: suggested},
			{ID: 2, Name: "Port Alma", Label: annot.LabelGPE, Provenance: suggested},
			{ID: 3, Name: "Maria Ortiz", Label: annot.LabelPerson, Provenance: suggested},
		},
		Mentions: []annot.Mention{
			{ID: 1, Span: sp(t, articleA, "mayor"), Label: annot.LabelPerson, Type: annot.MentionNominal, Entity: 1, Provenance: suggested},
			{ID: 2, Span: sp(t, articleA, "she"), Label: annot.LabelPerson, Type: annot.MentionPronoun, Entity: 1, Provenance: suggested},
			{ID: 3, Span: sp(t, articleA, "Port Alma"), Label: annot.LabelGPE, Type: annot.MentionName, Entity: 2, Provenance: suggested},
			{ID: 4, Span: sp(t, articleA, "Maria Ortiz"), Label: annot.LabelPerson, Type: annot.MentionName, Entity: 3, Provenance: suggested},
		},
		Quotes: []annot.Quote{
			{ID: 1, Parts: []annot.Span{sp(t, articleA, "“We will build the bridge,”")}, Kind: annot.KindDirect,
				Cue: sp(t, articleA, "said"), Speaker: 2, Provenance: suggested},
			{ID: 2, Parts: []annot.Span{sp(t, articleA, "“It will take two years.”")}, Kind: annot.KindDirect, Provenance: suggested},
			{ID: 3, Parts: []annot.Span{sp(t, articleA, "the plan was too costly")}, Kind: annot.KindIndirect,
				Cue: spAfter(t, articleA, "Critics", "said"), Provenance: suggested},
			// wrongly one part: the attribution sits inside
			{ID: 4, Parts: []annot.Span{sp(t, articleA, "“The plan is sound,” Maria Ortiz, a council member, said, “and we will win.”")},
				Kind: annot.KindDirect, Speaker: 4, Provenance: suggested},
		},
	}
}

// seed fills a project with the two fixture documents through the Project
// methods available to every backend.
type seeder interface {
	Project
	seed(t testing.TB) (a, b annot.DocID)
}

type harness struct {
	t    *testing.T
	wb   *Workbench
	w    fyne.Window
	p    Project
	a, b annot.DocID
	errs []error
}

func newHarness(t *testing.T, p seeder) *harness {
	t.Helper()
	a, b := p.seed(t)
	h := &harness{t: t, p: p, a: a, b: b}
	h.open(p)
	return h
}

// open builds a fresh window (as after a restart) on p.
func (h *harness) open(p Project) {
	h.t.Helper()
	fa := test.NewTempApp(h.t)
	h.w = test.NewTempWindow(h.t, nil)
	h.w.Resize(fyne.NewSize(1280, 800))
	h.wb = New(fa, h.w, Options{Version: "test"})
	h.wb.errorf = func(err error) { h.errs = append(h.errs, err); h.t.Errorf("error shown to the user: %v", err) }
	h.p = p
	h.wb.SetProject(p)
}

func (h *harness) typeKeys(s string) {
	for _, r := range s {
		h.wb.view.Content().TypedRune(r)
	}
}

// shortcut presses a modified key through the canvas's shortcut handling
// (what the desktop driver does when no focused widget takes it); the key
// must be in the shortcut table the menus are built from.
func (h *harness) shortcut(s fyne.Shortcut) {
	h.t.Helper()
	found := s.ShortcutName() == ctrlShift(fyne.KeyZ).ShortcutName() // the second redo key
	for _, a := range h.wb.actions() {
		found = found || a.key != nil && a.key.ShortcutName() == s.ShortcutName()
	}
	if !found {
		h.t.Fatalf("no action for %s", s.ShortcutName())
	}
	shortcutHandler(h.t, h.w.Canvas()).TypedShortcut(s)
}

// shortcutHandler returns the canvas's shortcut handler, where
// Canvas.AddShortcut registered the keys. The test canvas wraps the software
// canvas without forwarding TypedShortcut, so it is reached through the
// exported embedded field.
func shortcutHandler(t testing.TB, c fyne.Canvas) fyne.Shortcutable {
	t.Helper()
	if s, ok := c.(fyne.Shortcutable); ok {
		return s
	}
	v := reflect.ValueOf(c)
	if v.Kind() == reflect.Pointer && v.Elem().Kind() == reflect.Struct {
		if f := v.Elem().FieldByName("WindowlessCanvas"); f.IsValid() && f.CanInterface() {
			if s, ok := f.Interface().(fyne.Shortcutable); ok {
				return s
			}
		}
	}
	t.Fatalf("canvas %T has no shortcut handler", c)
	return nil
}

func (h *harness) quote(id annot.QuoteID) annot.Quote {
	h.t.Helper()
	a, err := h.p.Annotations(h.wb.doc.ID)
	if err != nil {
		h.t.Fatal(err)
	}
	for _, q := range a.Quotes {
		if q.ID == id {
			return q
		}
	}
	h.t.Fatalf("quote %d not in the project", id)
	return annot.Quote{}
}

func (h *harness) mention(id annot.MentionID) annot.Mention {
	h.t.Helper()
	a, err := h.p.Annotations(h.wb.doc.ID)
	if err != nil {
		h.t.Fatal(err)
	}
	if m := a.Mention(id); m != nil {
		return *m
	}
	h.t.Fatalf("mention %d not in the project", id)
	return annot.Mention{}
}

// quoteID finds the quote whose first part starts like s in the project.
func (h *harness) quoteID(s string) annot.QuoteID {
	h.t.Helper()
	for _, q := range h.wb.ann.Quotes {
		if strings.HasPrefix(h.wb.spanText(q.Parts[0]), s) {
			return q.ID
		}
	}
	h.t.Fatalf("no quote starting %q", s)
	return 0
}

func (h *harness) mentionID(s string) annot.MentionID {
	h.t.Helper()
	for _, m := range h.wb.ann.Mentions {
		if h.wb.spanText(m.Span) == s {
			return m.ID
		}
	}
	h.t.Fatalf("no mention %q", s)
	return 0
}

func backends(t *testing.T) map[string]func(t *testing.T) seeder {
	return map[string]func(t *testing.T) seeder{
		"store": func(t *testing.T) seeder { return newProject(t) },
	}
}

// posOf returns the absolute canvas position of the middle of the first
// token of s in the shown article.
func (h *harness) posOf(s annot.Span) fyne.Position {
	h.t.Helper()
	v := h.wb.view
	toks := v.Tokens()
	for _, tk := range toks {
		if int(tk.Start) >= s.Start {
			return h.tokenPos(int(tk.Start))
		}
	}
	h.t.Fatalf("no token at %v", s)
	return fyne.Position{}
}

// tokenPos is the absolute position of the middle of the token at code point off.
func (h *harness) tokenPos(off int) fyne.Position {
	return h.wb.view.TokenPosition(off)
}

const articleC = "A third story.\n\n“Nothing is decided,” the clerk said."

// newHarness3 is a harness on a memory project with three documents to do.
func newHarness3(t *testing.T) (*harness, annot.DocID) {
	t.Helper()
	p := newProject(t)
	h := newHarness(t, p)
	c := p.addDoc(t, "Third story", articleC, annot.Annotations{})
	h.wb.reloadDocs()
	return h, c
}

// captureErrors makes errors shown to the user data instead of test failures.
func (h *harness) captureErrors() *[]error {
	var errs []error
	h.wb.errorf = func(err error) { errs = append(errs, err) }
	return &errs
}

func menuItem(w fyne.Window, label string) *fyne.MenuItem {
	var found *fyne.MenuItem
	for _, m := range w.MainMenu().Items {
		for _, it := range m.Items {
			if it.Label == label {
				found = it
			}
		}
	}
	return found
}

// confirm taps the button labelled text in the top dialog.
func confirm(t *testing.T, w fyne.Window, text string) {
	t.Helper()
	if w.Canvas().Overlays().Top() == nil {
		t.Fatal("no dialog shown")
	}
	var b *widget.Button
	walkTop(w, func(o fyne.CanvasObject) {
		switch o := o.(type) {
		case *widget.Button:
			if o.Text == text {
				b = o
			}
		case *escButton:
			if o.Text == text {
				b = &o.Button
			}
		}
	})
	if b == nil {
		t.Fatalf("no %q button in the dialog", text)
	}
	test.Tap(b)
}

// dialogText is every label's text in the top dialog.
func dialogText(w fyne.Window) string {
	var b strings.Builder
	walkTop(w, func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok {
			b.WriteString(l.Text + "\n")
		}
	})
	return b.String()
}

// walkTop visits every object in the top overlay.
func walkTop(w fyne.Window, visit func(fyne.CanvasObject)) {
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		visit(o)
		switch o := o.(type) {
		case *fyne.Container:
			for _, c := range o.Objects {
				walk(c)
			}
		case fyne.Widget:
			for _, c := range test.WidgetRenderer(o).Objects() {
				walk(c)
			}
		}
	}
	if top := w.Canvas().Overlays().Top(); top != nil {
		walk(top)
	}
}
