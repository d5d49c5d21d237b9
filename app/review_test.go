package app

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/app/widgets"
	"github.com/quotebench/quotebench/assets"
)

// Tests for the review findings of the workbench window.

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

// Mark done under a filter takes the next document of the list as it was:
// the done document leaves the filtered list and shifts every index.
func TestMarkDoneAndNextUnderFilter(t *testing.T) {
	h, c := newHarness3(t)
	h.wb.statusFilter.SetSelected("To do")
	h.wb.ShowDocument(h.a)
	if len(h.wb.docs) != 3 || h.wb.docIndex() != 0 {
		t.Fatalf("to do list %+v, shown %d", h.wb.docs, h.wb.doc.ID)
	}
	h.shortcut(ctrl(fyne.KeyD))
	if h.wb.doc.ID != h.b {
		t.Errorf("after mark done showing %d, want the next document %d (not %d)", h.wb.doc.ID, h.b, c)
	}
	if len(h.wb.docs) != 2 {
		t.Errorf("to do list has %d rows after marking one done, want 2", len(h.wb.docs))
	}
	h.shortcut(ctrl(fyne.KeyD))
	if h.wb.doc.ID != c {
		t.Errorf("second mark done shows %d, want %d", h.wb.doc.ID, c)
	}
}

// After a reload the list keeps no stale selection: clicking the row that
// now holds another document opens it.
func TestReloadDocsClearsStaleSelection(t *testing.T) {
	h, _ := newHarness3(t)
	h.wb.statusFilter.SetSelected("To do")
	h.wb.ShowDocument(h.a)
	h.wb.SetStatus(annot.StatusSkipped) // A leaves the list; B moves to row 0
	if len(h.wb.docs) != 2 || h.wb.docs[0].ID != h.b {
		t.Fatalf("to do list %+v", h.wb.docs)
	}
	h.wb.docList.Select(0)
	if h.wb.doc.ID != h.b {
		t.Errorf("clicking row 0 shows %d, want %d: the list kept a stale selection", h.wb.doc.ID, h.b)
	}
	if !strings.HasPrefix(h.wb.position.Text, "Document 1 of 2") {
		t.Errorf("status bar %q", h.wb.position.Text)
	}
}

// A curly-quoted selection becomes a direct quote (the first character is
// a rune, not a byte).
func TestQuoteKeyKindFromFirstRune(t *testing.T) {
	for _, c := range []struct {
		text string
		kind annot.Kind
	}{
		{"“and we will win.”", annot.KindDirect},
		{"we will win", annot.KindIndirect},
	} {
		t.Run(c.text, func(t *testing.T) {
			h := newHarness(t, newProject(t))
			h.wb.view.SetSelection(sp(t, articleA, c.text))
			h.typeKeys(string(rune('0' + len(h.wb.labels) + 1))) // the "Quote" key
			r := h.wb.view.Selected()
			if r.Quote == 0 {
				t.Fatalf("no quote selected after the quote key: %+v", r)
			}
			if got := h.quote(r.Quote).Kind; got != c.kind {
				t.Errorf("quote %q is %s, want %s", c.text, got, c.kind)
			}
		})
	}
}

func TestMentionType(t *testing.T) {
	for _, c := range []struct {
		text string
		want annot.MentionType
	}{
		{"Maria Ortiz", annot.MentionName},
		{"Émile Zola", annot.MentionName},
		{"Ødegaard", annot.MentionName},
		{"the council member", annot.MentionNominal},
		{"élus locaux", annot.MentionNominal},
		{"she", annot.MentionPronoun},
		{"She", annot.MentionPronoun},
	} {
		if got := mentionType(c.text); got != c.want {
			t.Errorf("mentionType(%q) = %s, want %s", c.text, got, c.want)
		}
	}
}

// The entity chosen in the inspector is forgotten when the document changes:
// Rename, Merge and Move must not act on an entity nobody sees.
func TestEntitySelectionClearedOnDocumentChange(t *testing.T) {
	h := newHarness(t, newProject(t))
	row := -1
	for i, r := range h.wb.insp.rows {
		if r.header && r.text == "Maria Ortiz" {
			row = i
		}
	}
	if row < 0 {
		t.Fatal("no entity row for Maria Ortiz")
	}
	h.wb.insp.entityList.Select(row)
	if h.wb.insp.selEntity == 0 || h.wb.insp.rename.Disabled() {
		t.Fatalf("selecting the entity row: selEntity %d, rename disabled %v", h.wb.insp.selEntity, h.wb.insp.rename.Disabled())
	}
	h.wb.ShowDocument(h.b)
	if h.wb.insp.selEntity != 0 || h.wb.insp.selMention != 0 {
		t.Errorf("after changing document selEntity %d selMention %d, want none", h.wb.insp.selEntity, h.wb.insp.selMention)
	}
	if !h.wb.insp.rename.Disabled() || !h.wb.insp.move.Disabled() {
		t.Error("Rename or Move enabled with no entity shown")
	}
}

// Clicking an entity row gives the keyboard back to the article, and the
// single keys work while a list has focus too.
func TestKeysWorkAfterListClick(t *testing.T) {
	h := newHarness(t, newProject(t))
	c := h.w.Canvas()
	ortiz := h.mentionID("Maria Ortiz")
	row := -1
	for i, r := range h.wb.insp.rows {
		if r.mention == ortiz {
			row = i
		}
	}
	c.Focus(h.wb.insp.entityList) // what a click on a row does first
	h.wb.insp.entityList.Select(row)
	if c.Focused() != h.wb.view.Content() {
		t.Errorf("after selecting an entity row focus is on %T, want the article", c.Focused())
	}
	test.TypeOnCanvas(c, "a")
	if st := h.mention(ortiz).State; st != annot.StateAccepted {
		t.Errorf("a after clicking the row left Maria Ortiz %s, want accepted", st)
	}
	// re-tapping a selected row leaves the focus in the list: keys still work
	for _, l := range []*keyList{h.wb.insp.entityList, h.wb.insp.quoteList, h.wb.docList} {
		h.wb.SelectRef(widgets.Ref{})
		c.Focus(l)
		test.TypeOnCanvas(c, "n")
		if h.wb.view.Selected().IsZero() {
			t.Errorf("n with focus in a %d-row list selected nothing", l.Length())
		}
	}
}

// C moves to the next entity: a speaker whose mention is not the entity's
// nearest one still counts as that entity.
func TestCycleSpeakerComparesEntities(t *testing.T) {
	for name, mk := range backends(t) {
		t.Run(name, func(t *testing.T) {
			h := newHarness(t, mk(t))
			q2 := h.quoteID("“It will")
			mayor := h.mentionID("mayor") // the mayor's far mention; "she" is nearer
			if err := h.p.SetSpeaker(q2, mayor, false); err != nil {
				t.Fatal(err)
			}
			h.wb.reload()
			h.wb.SelectRef(widgets.Ref{Quote: q2})
			h.wb.view.FocusText()
			test.TypeOnCanvas(h.w.Canvas(), "c")
			before := h.mention(mayor).Entity
			if got := h.mention(h.quote(q2).Speaker).Entity; got == before {
				t.Errorf("c kept the speaker on entity %d, want the next candidate entity", got)
			}
			// the picker opens on the current speaker's entity
			h.wb.OpenSpeakerPicker()
			cs := h.wb.speakerCandidates(h.wb.quote(q2))
			if i := h.wb.picker.Index; i >= len(cs) || cs[i].mention != h.quote(q2).Speaker && cs[i].entity != h.mention(h.quote(q2).Speaker).Entity {
				t.Errorf("picker highlights %d (%q), not the current speaker", i, h.wb.picker.Items[i])
			}
		})
	}
}

// Every menu item shows its own key from the shortcut table.
func TestMenuItemsShowTheirKeys(t *testing.T) {
	h := newHarness(t, newProject(t))
	shown := map[string]string{}
	var walk func(items []*fyne.MenuItem)
	walk = func(items []*fyne.MenuItem) {
		for _, it := range items {
			if it.Shortcut != nil {
				shown[it.Label] = it.Shortcut.ShortcutName()
			}
			if it.ChildMenu != nil {
				walk(it.ChildMenu.Items)
			}
		}
	}
	for _, m := range h.w.MainMenu().Items {
		walk(m.Items)
	}
	for _, a := range h.wb.actions() {
		if a.key == nil {
			continue
		}
		if got := shown[a.name]; got != a.key.ShortcutName() {
			t.Errorf("menu item %q shows %q, want %q", a.name, got, a.key.ShortcutName())
		}
	}
}

// New project never writes the chosen path: an existing file is opened as
// a project, and the open project's own path is refused.
func TestNewProjectNeverEmpties(t *testing.T) {
	mem := openStore(t, filepath.Join(t.TempDir(), "open.quotebench"))
	h := newHarness(t, mem)
	errs := h.captureErrors()
	var opened []string
	h.wb.opts.ProjectExt = ".quotebench"
	h.wb.opts.Open = func(path string, ro bool) (Project, error) {
		opened = append(opened, path)
		return namedProject{newProject(t), path}, nil
	}
	dir := t.TempDir()
	existing := filepath.Join(dir, "old.quotebench")
	if err := os.WriteFile(existing, []byte("SQLite format 3\x00 keep me"), 0o644); err != nil {
		t.Fatal(err)
	}

	// the open project's own path, with or without the extension
	h.wb.NewProjectAt(filepath.Dir(mem.Path()), "open")
	if len(opened) != 0 || mem.closed || len(*errs) != 1 {
		t.Fatalf("new project on the open one: opened %q, closed %v, errors %v", opened, mem.closed, *errs)
	}

	h.wb.NewProjectAt(dir, "old.quotebench")
	if b, err := os.ReadFile(existing); err != nil || string(b) != "SQLite format 3\x00 keep me" {
		t.Errorf("the existing file changed: %q %v", b, err)
	}
	if len(opened) != 1 || opened[0] != existing || h.wb.Project().Path() != existing {
		t.Errorf("opened %q, want the existing project %q", opened, existing)
	}

	h.wb.NewProjectAt(dir, "fresh")
	if want := filepath.Join(dir, "fresh.quotebench"); len(opened) != 2 || opened[1] != want {
		t.Errorf("opened %q, want %q", opened, want)
	}
	if _, err := os.Stat(filepath.Join(dir, "fresh")); err == nil {
		t.Error("a file without the extension was left behind")
	}
}

// blockingProject is a project whose import and export wait for release.
type blockingProject struct {
	*testProject
	started chan struct{}
	release chan struct{}
	rep     annot.ImportReport
	err     error
}

func newBlocking(t *testing.T) *blockingProject {
	return &blockingProject{testProject: newProject(t),
		started: make(chan struct{}), release: make(chan struct{})}
}

func (p *blockingProject) seed(t testing.TB) (annot.DocID, annot.DocID) { return p.testProject.seed(t) }

func (p *blockingProject) Import(paths []string, progress func(done, total int, item string)) (annot.ImportReport, error) {
	close(p.started)
	<-p.release
	if progress != nil {
		progress(1, 3, paths[0])
	}
	return p.rep, p.err
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

// While an import runs the project stays open: Open/New/Recent project are
// disabled and refused, quitting waits for the import and then closes.
func TestImportKeepsProjectOpen(t *testing.T) {
	p := newBlocking(t)
	h := newHarness(t, p)
	h.wb.prefs.addRecent("/elsewhere/other.quotebench")
	opened := 0
	h.wb.opts.Open = func(path string, ro bool) (Project, error) { opened++; return namedProject{newProject(t), path}, nil }

	h.wb.importPaths([]string{"a.txt"}, true)
	<-p.started
	for _, l := range []string{menuNewProject, menuOpenProject, "Recent projects"} {
		if it := menuItem(h.w, l); it == nil || !it.Disabled {
			t.Errorf("menu item %q enabled while an import runs", l)
		}
	}
	h.wb.OpenProject("/elsewhere/other.quotebench")
	if opened != 0 || p.closed || h.wb.Project() != Project(p) {
		t.Errorf("opening another project during an import: opened %d, closed %v", opened, p.closed)
	}
	quit := false
	h.wb.requestClose(func() { quit = true })
	if quit || p.closed {
		t.Fatal("closed the project under a running import without asking")
	}
	confirm(t, h.w, "Yes")

	close(p.release)
	h.wb.Wait()
	if !p.closed || !quit {
		t.Errorf("after the import finished: closed %v, quit %v; want both", p.closed, quit)
	}
}

// confirm taps the button labelled text in the top dialog.
func confirm(t *testing.T, w fyne.Window, text string) {
	t.Helper()
	top := w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog shown")
	}
	var b *widget.Button
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch o := o.(type) {
		case *widget.Button:
			if o.Text == text {
				b = o
			}
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
	walk(top)
	if b == nil {
		t.Fatalf("no %q button in the dialog", text)
	}
	test.Tap(b)
}

// dialogText is every label's text in the top dialog.
func dialogText(w fyne.Window) string {
	top := w.Canvas().Overlays().Top()
	var b strings.Builder
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch o := o.(type) {
		case *widget.Label:
			b.WriteString(o.Text + "\n")
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
	if top != nil {
		walk(top)
	}
	return b.String()
}

// A failed import says so (not "Importing…" for ever) and how far it got;
// an import's notices are shown in its report.
func TestImportStoppedAndNotices(t *testing.T) {
	p := newBlocking(t)
	h := newHarness(t, p)
	errs := h.captureErrors()
	p.err = errors.New("disk I/O error")
	h.wb.importPaths([]string{"a.txt"}, false)
	<-p.started
	close(p.release)
	h.wb.Wait()
	if len(*errs) != 1 || !strings.Contains((*errs)[0].Error(), "stopped early after 1 of 3") {
		t.Errorf("errors shown %v, want one saying where the import stopped", *errs)
	}
	if strings.Contains(h.wb.saved.Text, "Importing") || !strings.Contains(h.wb.saved.Text, "Import stopped") {
		t.Errorf("status bar %q after a failed import", h.wb.saved.Text)
	}

	p2 := newBlocking(t)
	h2 := newHarness(t, p2)
	p2.rep = annot.ImportReport{Added: []annot.DocID{h2.a}, Notices: []annot.Rejected{{Path: "b.jsonl", Line: 4, Reason: "imported without suggestions: detector: boom"}}}
	close(p2.release)
	h2.wb.importPaths([]string{"b.jsonl"}, true)
	h2.wb.Wait()
	if got := dialogText(h2.w); !strings.Contains(got, "b.jsonl:4 — imported without suggestions: detector: boom") {
		t.Errorf("import report says %q, want the notice", got)
	}
}

// The export gets the project that was open when it was asked for.
func TestExportGetsItsProject(t *testing.T) {
	mem := newProject(t)
	h := newHarness(t, mem)
	var got ExportSource
	h.wb.opts.Export = func(p ExportSource, format, out string, st annot.Status, progress func(int, int)) (string, error) {
		got = p
		return "1 document", nil
	}
	h.wb.runExport(mem, "jsonl", t.TempDir()+"/out", "")
	h.wb.Wait()
	if got != ExportSource(mem) {
		t.Errorf("export got project %v, want the open one", got)
	}
	other := newProject(t)
	got = nil
	h.wb.runExport(other, "jsonl", t.TempDir()+"/out", "") // asked on a project no longer open
	h.wb.Wait()
	if got != nil {
		t.Errorf("export ran on %v after its project was closed", got)
	}
}

// undoProject fails to undo.
type undoProject struct{ *testProject }

func (p undoProject) seed(t testing.TB) (annot.DocID, annot.DocID) { return p.testProject.seed(t) }
func (p undoProject) Undo() (annot.JournalEntry, bool, error) {
	return annot.JournalEntry{}, false, errors.New("database is locked")
}

func TestUndoErrorPrefix(t *testing.T) {
	h := newHarness(t, undoProject{newProject(t)})
	errs := h.captureErrors()
	h.shortcut(&fyne.ShortcutUndo{})
	if len(*errs) != 1 || !strings.HasPrefix((*errs)[0].Error(), "undo: ") {
		t.Errorf("errors %v, want one starting %q", *errs, "undo: ")
	}
}

// The About box shows the data credits the shipped gazetteer requires,
// from assets (not a hand-written copy).
func TestAboutShowsDataCredits(t *testing.T) {
	h := newHarness(t, newProject(t))
	h.wb.showAbout()
	var text string
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch o := o.(type) {
		case *widget.RichText:
			text += o.String()
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
	walk(h.w.Canvas().Overlays().Top())
	for _, line := range strings.Split(strings.TrimSpace(assets.NERCredits), "\n") {
		if !strings.Contains(text, strings.TrimSpace(line)) {
			t.Errorf("About box lacks the credit %q; it says %q", line, text)
		}
	}
	if !strings.Contains(text, "CC BY 4.0") {
		t.Errorf("About box %q does not name the GeoNames licence", text)
	}
}

// The store moves a document to do to in progress on its first change; the
// list row says so at once.
func TestListRowFollowsInProgress(t *testing.T) {
	h := newHarness(t, openStore(t, t.TempDir()+"/x.quotebench"))
	if got := statusName(h.wb.docs[0].Status); got != "to do" {
		t.Fatalf("fresh document is %q", got)
	}
	h.typeKeys("na")
	d, err := h.p.Document(h.a)
	if err != nil {
		t.Fatal(err)
	}
	if d.Status != annot.StatusInProgress {
		t.Fatalf("the store left the document %s after a change, want in progress", d.Status)
	}
	if row := docMeta(h.wb.docs[0]); !strings.Contains(row, "in progress") {
		t.Errorf("list row %q after the first change, want in progress", row)
	}
}
