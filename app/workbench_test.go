package app

import (
	"reflect"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/app/widgets"
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

func TestOpenDocument(t *testing.T) {
	for name, mk := range backends(t) {
		t.Run(name, func(t *testing.T) {
			h := newHarness(t, mk(t))
			if h.wb.doc.ID != h.a {
				t.Fatalf("shown document %d, want the first (%d)", h.wb.doc.ID, h.a)
			}
			if got := len(h.wb.docs); got != 2 {
				t.Errorf("document list has %d rows, want 2", got)
			}
			if !strings.HasPrefix(h.wb.docTitle.Text, "Bridge vote") {
				t.Errorf("title %q", h.wb.docTitle.Text)
			}
			if got := len(h.wb.insp.quotes); got != 4 {
				t.Errorf("inspector lists %d quotes, want 4", got)
			}
			if got := len(h.wb.view.Marks()); got < 4+4 {
				t.Errorf("view paints %d marks, want at least the 4 quotes and 4 mentions", got)
			}
			if !strings.Contains(h.wb.position.Text, "8 pending") {
				t.Errorf("status bar %q, want 8 pending", h.wb.position.Text)
			}
			// choosing the other document in the list shows it
			h.wb.docList.Select(1)
			if h.wb.doc.ID != h.b || h.wb.view.Text() != articleB {
				t.Errorf("after selecting row 1 the view shows document %d", h.wb.doc.ID)
			}
		})
	}
}

func TestAcceptRejectFromKeyboard(t *testing.T) {
	for name, mk := range backends(t) {
		t.Run(name, func(t *testing.T) {
			h := newHarness(t, mk(t))
			h.typeKeys("n") // first suggestion: "mayor"
			mayor := h.mentionID("mayor")
			if got := h.wb.view.Selected(); got != (widgets.Ref{Mention: mayor}) {
				t.Fatalf("n selected %+v, want the mention %q", got, "mayor")
			}
			h.typeKeys("a") // accept, move on to the first quote
			if st := h.mention(mayor).State; st != annot.StateAccepted {
				t.Errorf("mayor is %s after a, want accepted", st)
			}
			q1 := h.quoteID("“We will")
			if got := h.wb.view.Selected(); got != (widgets.Ref{Quote: q1}) {
				t.Fatalf("after accepting, selection is %+v; want the next suggestion, quote %d", got, q1)
			}
			if !strings.Contains(h.wb.saved.Text, "Saved") {
				t.Errorf("status bar says %q, want Saved", h.wb.saved.Text)
			}
			h.typeKeys("r")
			if st := h.quote(q1).State; st != annot.StateRejected {
				t.Errorf("quote is %s after r, want rejected", st)
			}
			for _, m := range h.wb.view.Marks() {
				if m.Ref == (widgets.Ref{Quote: q1}) {
					t.Errorf("rejected quote still painted: %+v", m)
				}
			}
			// accept everything that is left
			h.shortcut(ctrlShift(fyne.KeyA))
			a, _ := h.p.Annotations(h.wb.doc.ID)
			for _, q := range a.Quotes {
				if q.State == annot.StateSuggested {
					t.Errorf("quote %d still suggested after accept all", q.ID)
				}
			}
			if !strings.Contains(h.wb.position.Text, "0 pending") {
				t.Errorf("status bar %q, want 0 pending", h.wb.position.Text)
			}
		})
	}
}

func TestSpeakerPicker(t *testing.T) {
	for name, mk := range backends(t) {
		t.Run(name, func(t *testing.T) {
			h := newHarness(t, mk(t))
			q2 := h.quoteID("“It will")
			h.wb.SelectRef(widgets.Ref{Quote: q2})
			h.typeKeys("s")
			p := h.wb.picker
			if p == nil {
				t.Fatal("s opened no speaker picker")
			}
			if len(p.Items) < 3 || p.Items[len(p.Items)-1] != pickUnattributed || p.Items[len(p.Items)-2] != pickNewEntity {
				t.Fatalf("picker items %q", p.Items)
			}
			// nearest first: "she" (the mayor) ends right before the quote
			if !strings.HasPrefix(p.Items[0], "mayor") {
				t.Errorf("first candidate %q, want the mayor (nearest)", p.Items[0])
			}
			p.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
			if h.wb.picker != nil {
				t.Error("picker still open after Enter")
			}
			she := h.mentionID("she")
			if got := h.quote(q2).Speaker; got != she {
				t.Errorf("speaker of quote 2 = mention %d, want %d (she)", got, she)
			}
			// cycling: s again, move down with s, choose: another candidate
			h.typeKeys("s")
			h.wb.picker.TypedRune('s')
			h.wb.picker.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
			if got := h.quote(q2).Speaker; got == she || got == 0 {
				t.Errorf("after cycling, speaker = mention %d, want another candidate", got)
			}
			// unattributed, via the picker's last item
			h.typeKeys("s")
			for i := 0; i < 10 && h.wb.picker.Items[h.wb.picker.Index] != pickUnattributed; i++ {
				h.wb.picker.TypedKey(&fyne.KeyEvent{Name: fyne.KeyUp})
			}
			h.wb.picker.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
			if q := h.quote(q2); !q.Unattributed || q.Speaker != 0 {
				t.Errorf("quote after choosing unattributed: speaker %d unattributed %v", q.Speaker, q.Unattributed)
			}
			if !strings.Contains(h.wb.insp.quoteLine(*h.wb.quote(q2)), "unattributed") {
				t.Errorf("inspector row %q does not say unattributed", h.wb.insp.quoteLine(*h.wb.quote(q2)))
			}
		})
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

func TestCreateEntityByDragging(t *testing.T) {
	for name, mk := range backends(t) {
		t.Run(name, func(t *testing.T) {
			h := newHarness(t, mk(t))
			from, to := h.posOf(sp(t, articleA, "council member")), h.posOf(sp(t, articleA, "member"))
			test.Drag(h.w.Canvas(), from, to.X-from.X, to.Y-from.Y)
			if got := h.wb.spanText(h.wb.view.Selection()); got != "council member" {
				t.Fatalf("drag selected %q, want %q", got, "council member")
			}
			h.typeKeys("2") // ORG
			id := h.mentionID("council member")
			m := h.mention(id)
			if m.Label != annot.LabelOrg || m.Origin != annot.OriginHuman {
				t.Errorf("new mention %+v, want a human ORG", m)
			}
			if m.Entity == 0 {
				t.Errorf("new mention has no entity")
			}
			if h.wb.view.Selected() != (widgets.Ref{Mention: id}) || !h.wb.view.Selection().Empty() {
				t.Errorf("after labelling: selected %+v, selection %v", h.wb.view.Selected(), h.wb.view.Selection())
			}
			found := false
			for _, r := range h.wb.insp.rows {
				found = found || r.header && r.text == "council member"
			}
			if !found {
				t.Error("inspector does not list the new entity")
			}
		})
	}
}

func TestSplitAndJoinQuote(t *testing.T) {
	for name, mk := range backends(t) {
		t.Run(name, func(t *testing.T) {
			h := newHarness(t, mk(t))
			q4 := h.quoteID("“The plan")
			h.wb.SelectRef(widgets.Ref{Quote: q4})
			h.wb.view.SetSelection(sp(t, articleA, "Maria Ortiz, a council member, said,"))
			h.typeKeys("x")
			q := h.quote(q4)
			want := []annot.Span{sp(t, articleA, "“The plan is sound,”"), sp(t, articleA, "“and we will win.”")}
			if len(q.Parts) != 2 || q.Parts[0] != want[0] || q.Parts[1] != want[1] {
				t.Fatalf("parts after split %v, want %v", q.Parts, want)
			}
			h.typeKeys("j")
			if q := h.quote(q4); len(q.Parts) != 1 || q.Parts[0] != (annot.Span{Start: want[0].Start, End: want[1].End}) {
				t.Errorf("parts after join %v", q.Parts)
			}
		})
	}
}

func TestUndoRedoAfterReopening(t *testing.T) {
	for name, mk := range backends(t) {
		t.Run(name, func(t *testing.T) {
			h := newHarness(t, mk(t))
			q1 := h.quoteID("“We will")
			h.wb.SelectRef(widgets.Ref{Quote: q1})
			h.typeKeys("a")
			she := h.mentionID("she")
			q2 := h.quoteID("“It will")
			if err := h.p.SetSpeaker(q2, she, false); err != nil { // a speaker link, journaled too
				t.Fatal(err)
			}
			h.wb.reload()
			h.wb.SelectRef(widgets.Ref{Quote: q2})
			h.typeKeys("c") // cycle to the next candidate
			cycled := h.quote(q2).Speaker
			if cycled == she {
				t.Fatalf("c did not change the speaker")
			}

			// restart: a new window on the project reopened from its file
			h.open(reopen(t, h.p))
			if h.wb.doc.ID != h.a {
				t.Fatalf("after reopening, shown document %d, want the last viewed %d", h.wb.doc.ID, h.a)
			}
			h.shortcut(&fyne.ShortcutUndo{})
			if got := h.quote(q2).Speaker; got != she {
				t.Errorf("undo after reopening: speaker %d, want %d", got, she)
			}
			if got := h.wb.quote(q2).Speaker; got != she {
				t.Errorf("view not updated after undo: speaker %d", got)
			}
			h.shortcut(&fyne.ShortcutUndo{})
			h.shortcut(&fyne.ShortcutUndo{})
			if st := h.quote(q1).State; st != annot.StateSuggested {
				t.Errorf("after three undos quote 1 is %s, want suggested", st)
			}
			h.shortcut(&fyne.ShortcutRedo{})
			if st := h.quote(q1).State; st != annot.StateAccepted {
				t.Errorf("after redo quote 1 is %s, want accepted", st)
			}
			if !strings.Contains(h.wb.saved.Text, "Redone") {
				t.Errorf("status bar %q", h.wb.saved.Text)
			}
		})
	}
}

func TestMarkDoneAndNext(t *testing.T) {
	for name, mk := range backends(t) {
		t.Run(name, func(t *testing.T) {
			h := newHarness(t, mk(t))
			h.shortcut(ctrl(fyne.KeyD))
			d, err := h.p.Document(h.a)
			if err != nil {
				t.Fatal(err)
			}
			if d.Status != annot.StatusDone {
				t.Errorf("document A is %s, want done", d.Status)
			}
			if h.wb.doc.ID != h.b {
				t.Errorf("showing %d after mark done, want the next document %d", h.wb.doc.ID, h.b)
			}
			if !strings.Contains(docMeta(h.wb.docs[0]), "done") {
				t.Errorf("list row says %q", docMeta(h.wb.docs[0]))
			}
			// the filter shows only what is left
			h.wb.statusFilter.SetSelected("To do")
			if len(h.wb.docs) != 1 || h.wb.docs[0].ID != h.b {
				t.Errorf("To do filter lists %+v", h.wb.docs)
			}
		})
	}
}

func TestNudgeBoundary(t *testing.T) {
	h := newHarness(t, newProject(t))
	id := h.mentionID("Maria Ortiz")
	h.wb.SelectRef(widgets.Ref{Mention: id})
	h.wb.view.Content().TypedKey(&fyne.KeyEvent{Name: fyne.KeyLeft}) // end one token left
	if got := h.wb.spanText(h.mention(id).Span); got != "Maria" {
		t.Errorf("after Left the mention is %q, want %q", got, "Maria")
	}
}

func TestShortcutTable(t *testing.T) {
	h := newHarness(t, newProject(t))
	seen := map[string]string{}
	for _, a := range h.wb.actions() {
		if a.key == nil {
			continue
		}
		k := shortcutText(a.key)
		if prev, dup := seen[k]; dup {
			t.Errorf("key %s used by %q and %q", k, prev, a.name)
		}
		seen[k] = a.name
	}
	// every keyed action shows its key in the menus
	shown := 0
	var walk func(items []*fyne.MenuItem)
	walk = func(items []*fyne.MenuItem) {
		for _, it := range items {
			if it.Shortcut != nil {
				shown++
			}
			if it.ChildMenu != nil {
				walk(it.ChildMenu.Items)
			}
		}
	}
	for _, m := range h.w.MainMenu().Items {
		walk(m.Items)
	}
	if shown < len(seen) {
		t.Errorf("menus show %d keys, the table has %d", shown, len(seen))
	}
}

func TestOverviewCounts(t *testing.T) {
	h := newHarness(t, newProject(t))
	h.wb.AcceptAll()
	c, err := h.wb.overview()
	if err != nil {
		t.Fatal(err)
	}
	var bars [][]widgets.Bar
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch o := o.(type) {
		case *widgets.BarChart:
			bars = append(bars, o.Bars)
		case *fyne.Container:
			for _, c := range o.Objects {
				walk(c)
			}
		}
	}
	walk(c)
	if len(bars) != 3 {
		t.Fatalf("%d charts, want 3", len(bars))
	}
	// accepting is the first change to the shown document: it is in
	// progress, the other one still to do
	if bars[0][0].Value != 1 || bars[0][1].Value != 1 {
		t.Errorf("to do bar %d, in progress bar %d, want 1 and 1", bars[0][0].Value, bars[0][1].Value)
	}
	if bars[1][0].Label != "Accepted" || bars[1][0].Value == 0 {
		t.Errorf("detector chart %+v", bars[1])
	}
	got := map[string]int{}
	for _, b := range bars[2] {
		got[b.Label] = b.Value
	}
	if got["mayor"] != 1 || got["Maria Ortiz"] != 1 {
		t.Errorf("speaker chart %+v, want the mayor and Maria Ortiz once each", bars[2])
	}
}

// tokenPos is the absolute position of the middle of the token at code point off.
func (h *harness) tokenPos(off int) fyne.Position {
	return h.wb.view.TokenPosition(off)
}

func TestEntityActions(t *testing.T) {
	for name, mk := range backends(t) {
		t.Run(name, func(t *testing.T) {
			h := newHarness(t, mk(t))
			entityOf := func(s string) annot.EntityID { return h.mention(h.mentionID(s)).Entity }
			ortiz, mayor := entityOf("Maria Ortiz"), entityOf("mayor")
			// move "she" from the mayor to Maria Ortiz
			h.wb.insp.MoveTo(h.mentionID("she"), ortiz)
			if got := entityOf("she"); got != ortiz {
				t.Errorf("she belongs to entity %d after the move, want %d", got, ortiz)
			}
			// merge Maria Ortiz into the mayor: every mention follows
			h.wb.insp.MergeInto(mayor, ortiz)
			for _, s := range []string{"she", "Maria Ortiz", "mayor"} {
				if got := entityOf(s); got != mayor {
					t.Errorf("%q belongs to entity %d after the merge, want %d", s, got, mayor)
				}
			}
			h.wb.insp.Rename(mayor, "Mayor Lena Fox")
			headers := 0
			for _, r := range h.wb.insp.rows {
				if r.header && r.entity == mayor {
					headers++
					if r.text != "Mayor Lena Fox" || !strings.HasSuffix(r.meta, "· 3") {
						t.Errorf("entity row %q %q, want the new name and 3 mentions", r.text, r.meta)
					}
				}
			}
			if headers != 1 {
				t.Errorf("%d header rows for the merged entity", headers)
			}
			// all three are one journaled action each
			h.shortcut(&fyne.ShortcutUndo{})
			h.shortcut(&fyne.ShortcutUndo{})
			if got := entityOf("Maria Ortiz"); got != ortiz {
				t.Errorf("after undoing rename and merge, Maria Ortiz is in %d, want %d", got, ortiz)
			}
		})
	}
}

func TestZoomRelaysOut(t *testing.T) {
	h := newHarness(t, newProject(t))
	before := h.wb.view.TokenPosition(sp(t, articleA, "win").Start)
	h.wb.Zoom(1.3)
	after := h.wb.view.TokenPosition(sp(t, articleA, "win").Start)
	if after.Y <= before.Y {
		t.Errorf("the last word is at y=%v after zooming in, was %v: text did not grow", after.Y, before.Y)
	}
	h.wb.Zoom(1)
	if got := h.wb.view.TokenPosition(sp(t, articleA, "win").Start); got != before {
		t.Errorf("actual size puts the last word at %v, want %v", got, before)
	}
}

func TestOpenProjectTwiceKeepsIt(t *testing.T) {
	mem := newProject(t)
	h := newHarness(t, mem)
	opened := 0
	h.wb.opts.Open = func(path string, ro bool) (Project, error) { opened++; return nil, annot.ErrBusy }
	h.wb.OpenProject(mem.Path()) // e.g. from Recent projects
	if opened != 0 || h.wb.Project() != Project(mem) || mem.closed {
		t.Errorf("reopening the open project: opened %d times, closed %v", opened, mem.closed)
	}
}

func TestNextPreviousSuggestion(t *testing.T) {
	h := newHarness(t, newProject(t))
	var order []widgets.Ref
	for i := 0; i < 8; i++ {
		h.typeKeys("n")
		order = append(order, h.wb.view.Selected())
	}
	// 8 suggestions, each once, in text order: mayor, quote 1, she, ...
	seen := map[widgets.Ref]bool{}
	for _, r := range order {
		seen[r] = true
	}
	if len(seen) != 8 {
		t.Fatalf("8 presses of n visited %d distinct suggestions: %+v", len(seen), order)
	}
	if order[0] != (widgets.Ref{Mention: h.mentionID("mayor")}) || order[1] != (widgets.Ref{Quote: h.quoteID("“We will")}) {
		t.Errorf("order starts %+v", order[:2])
	}
	h.typeKeys("n") // wraps to the first
	if got := h.wb.view.Selected(); got != order[0] {
		t.Errorf("n after the last selected %+v, want the first %+v", got, order[0])
	}
	h.typeKeys("p") // and back to the last
	if got := h.wb.view.Selected(); got != order[7] {
		t.Errorf("p after the first selected %+v, want the last %+v", got, order[7])
	}
	h.typeKeys("p")
	if got := h.wb.view.Selected(); got != order[6] {
		t.Errorf("p selected %+v, want %+v", got, order[6])
	}
}

func TestSpeakerFromNewEntity(t *testing.T) {
	for name, mk := range backends(t) {
		t.Run(name, func(t *testing.T) {
			h := newHarness(t, mk(t))
			q3 := h.quoteID("the plan was too costly")
			h.wb.SelectRef(widgets.Ref{Quote: q3})
			h.wb.view.SetSelection(sp(t, articleA, "Critics"))
			h.typeKeys("s")
			p := h.wb.picker
			for i := 0; i < 20 && p.Items[p.Index] != pickNewEntity; i++ {
				p.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
			}
			p.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
			q := h.quote(q3)
			m := h.mention(q.Speaker)
			if h.wb.spanText(m.Span) != "Critics" || m.Label != annot.LabelPerson || m.Entity == 0 {
				t.Errorf("speaker after new entity: %+v %q", m, h.wb.spanText(m.Span))
			}
			if got := h.wb.insp.quoteLine(*h.wb.quote(q3)); !strings.Contains(got, "Critics") {
				t.Errorf("inspector row %q does not name the new speaker", got)
			}
		})
	}
}
