package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/app/widgets"
)

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

func TestMarkDoneAndNext(t *testing.T) {
	for name, mk := range backends(t) {
		t.Run(name, func(t *testing.T) {
			h := newHarness(t, mk(t))
			h.shortcut(ctrl(fyne.KeyD))
			confirm(t, h.w, doneAcceptRest) // 8 suggestions are pending
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
	confirm(t, h.w, doneRejectRest) // its suggestions first: the document leaves the To do list
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
