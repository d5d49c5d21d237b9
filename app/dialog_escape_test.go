package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/test"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/app/widgets"
)

// escape presses Escape as the desktop driver delivers it
// (internal/driver/glfw/window.go, processKeyPressed): to the focused widget
// (the top dialog's focus when a dialog is open), else to the canvas's
// OnTypedKey.
func (h *harness) escape() {
	ev := &fyne.KeyEvent{Name: fyne.KeyEscape}
	c := h.w.Canvas()
	if f := c.Focused(); f != nil {
		f.TypedKey(ev)
		return
	}
	if k := c.OnTypedKey(); k != nil {
		k(ev)
	}
}

func (h *harness) overlays() int { return len(h.w.Canvas().Overlays().List()) }

// askCounting shows a confirm through the workbench that records its answers.
func (h *harness) askCounting(answers *[]bool) {
	h.wb.showDialog(dialog.NewConfirm("Sure?", "Really?", func(ok bool) { *answers = append(*answers, ok) }, h.w), nil)
}

// Escape answers a confirm "no", once; and closes the app's own confirms
// (Re-detect) without doing what they ask.
func TestEscapeAnswersConfirmNoOnce(t *testing.T) {
	h := newHarness(t, learningProject{newProject(t)})
	var answers []bool
	h.askCounting(&answers)
	h.escape()
	if h.overlays() != 0 || len(answers) != 1 || answers[0] {
		t.Fatalf("after Esc: %d overlays, answers %v; want the dialog closed, answered no once", h.overlays(), answers)
	}
	h.w.Canvas().Unfocus() // the key goes to the canvas, not the article
	h.escape()
	if len(answers) != 1 {
		t.Errorf("a second Esc answered again: %v", answers)
	}

	before, _ := h.p.Annotations(h.a)
	h.wb.Redetect()
	if !strings.Contains(dialogText(h.w), "Re-detect the") {
		t.Fatalf("Re-detect asked nothing: %q", dialogText(h.w))
	}
	h.escape()
	h.wb.bg.Wait()
	if h.overlays() != 0 || h.wb.jobs != 0 || strings.Contains(h.wb.saved.Text, "Re-detect") {
		t.Errorf("after Esc on Re-detect: %d overlays, status %q", h.overlays(), h.wb.saved.Text)
	}
	if after, _ := h.p.Annotations(h.a); len(after.Quotes) != len(before.Quotes) || len(after.Mentions) != len(before.Mentions) {
		t.Errorf("Esc on Re-detect changed the document: %d→%d quotes", len(before.Quotes), len(after.Quotes))
	}
}

// A confirm answered Yes is gone: Escape then closes the dialog under it
// and never calls the confirm back again.
func TestEscapeAfterYesAnswersNothing(t *testing.T) {
	h := newHarness(t, newProject(t))
	h.wb.showShortcuts()
	var answers []bool
	h.askCounting(&answers)
	confirm(t, h.w, "Yes")
	h.escape()
	if len(answers) != 1 || !answers[0] {
		t.Errorf("answers %v, want one yes", answers)
	}
	if h.overlays() != 0 {
		t.Errorf("Esc after Yes left %d dialogs open; want the shortcuts list closed", h.overlays())
	}
}

// With two dialogs open Escape closes the top one only, then the other.
func TestEscapeClosesTopDialogOnly(t *testing.T) {
	h := newHarness(t, newProject(t))
	h.wb.showShortcuts()
	h.wb.showAbout()
	h.escape()
	if h.overlays() != 1 || !strings.Contains(dialogText(h.w), "Keyboard shortcuts") {
		t.Fatalf("after one Esc: %d dialogs, top says %.60q; want the shortcuts list left", h.overlays(), dialogText(h.w))
	}
	if !strings.Contains(dialogText(h.w), "Close the dialog") {
		t.Error("the shortcuts list does not say Esc closes a dialog")
	}
	h.escape()
	if h.overlays() != 0 {
		t.Errorf("after two Esc: %d dialogs open", h.overlays())
	}
}

// Escape closes the adjudication view (its OnClosed runs: wb.adj is nil
// after), also when its list has the focus after a click on a row; the
// view's letters still work there.
func TestEscapeClosesAdjudication(t *testing.T) {
	h := newHarness(t, goldProject{newProject(t)})
	h.shortcut(ctrl(fyne.KeyJ))
	if h.wb.adj == nil {
		t.Fatal("Ctrl+J did not open the adjudication view")
	}
	h.escape()
	if h.wb.adj != nil || h.overlays() != 0 {
		t.Fatalf("after Esc: adj %v, %d overlays", h.wb.adj != nil, h.overlays())
	}
	h.shortcut(ctrl(fyne.KeyJ))
	v := h.wb.adj
	if v == nil {
		t.Fatal("Ctrl+J did not open the adjudication view again")
	}
	h.w.Canvas().Focus(v.list) // as a click on a row does
	h.w.Canvas().Focused().TypedRune('g')
	if !strings.Contains(v.header.Text, "2 agreements (0 open)") {
		t.Errorf("g with the list focused: %q", v.header.Text)
	}
	h.escape()
	if h.wb.adj != nil || h.overlays() != 0 {
		t.Errorf("after Esc in the list: adj %v, %d overlays", h.wb.adj != nil, h.overlays())
	}
}

// Escape in a dialog's focused field or button closes the dialog as Cancel
// does: New project creates nothing, Mark done leaves the document as it was.
func TestEscapeInFocusedDialogWidget(t *testing.T) {
	h := newHarness(t, newProject(t))
	h.wb.showNewProject()
	var fields []*escEntry // name, folder
	walkTop(h.w, func(o fyne.CanvasObject) {
		if e, ok := o.(*escEntry); ok {
			fields = append(fields, e)
		}
	})
	if len(fields) != 2 {
		t.Fatalf("New project shows %d fields, want name and folder", len(fields))
	}
	dir := t.TempDir()
	fields[0].SetText("fresh")
	fields[1].SetText(dir)
	h.w.Canvas().Focus(fields[0])
	h.escape()
	if h.overlays() != 0 {
		t.Fatalf("Esc in the name field left %d dialogs", h.overlays())
	}
	if _, err := os.Stat(filepath.Join(dir, "fresh.quotebench")); err == nil || h.wb.proj != h.p {
		t.Error("Esc created or opened a project")
	}

	h.shortcut(ctrl(fyne.KeyD)) // suggestions pending: asks, with Review focused
	if h.w.Canvas().Focused() == nil {
		t.Fatal("Mark done's question has no focused button")
	}
	h.escape()
	d, _ := h.p.Document(h.a)
	if h.overlays() != 0 || d.Status == annot.StatusDone || h.wb.doc.ID != h.a {
		t.Errorf("Esc on Mark done: %d dialogs, status %s, showing %d", h.overlays(), d.Status, h.wb.doc.ID)
	}

	h.shortcut(ctrlShift(fyne.KeyA)) // accept all above: the slider after a click on it
	h.wb.acceptDialog.SetValue(0)
	h.w.Canvas().Focus(h.wb.acceptDialog)
	h.escape()
	if h.overlays() != 0 || h.mention(h.mentionID("mayor")).State != annot.StateSuggested {
		t.Errorf("Esc on the slider: %d dialogs, mayor %s", h.overlays(), h.mention(h.mentionID("mayor")).State)
	}

	exportForReal(h)
	f := openExport(t, h) // the format list after a click on it
	h.w.Canvas().Focus(f.format)
	h.escape()
	if h.overlays() != 0 {
		t.Fatalf("Esc on the export's format: %d dialogs", h.overlays())
	}
	f = openExport(t, h) // a click on another radio choice (openExport chose the last)
	var item fyne.Tappable
	for _, o := range test.WidgetRenderer(f.state).Objects() {
		if tp, ok := o.(fyne.Tappable); ok && item == nil {
			item = tp
		}
	}
	if item == nil {
		t.Fatal("no radio item in the export's annotations")
	}
	test.Tap(item)
	h.escape()
	if h.overlays() != 0 {
		t.Errorf("Esc after a click on a radio choice: %d dialogs", h.overlays())
	}
}

// Escape in the save dialog cancels it: the export dialog stays, the guard
// on file writes is released, and the export keeps its file.
func TestEscapeCancelsSaveDialog(t *testing.T) {
	h := newHarness(t, newProject(t))
	exportForReal(h)
	f := openExport(t, h)
	def := f.written()
	test.Tap(f.saveAs)
	if !fileGuarded(t) || h.overlays() != 2 {
		t.Fatalf("save dialog: guarded %v, %d overlays", fileGuarded(t), h.overlays())
	}
	if _, ok := h.w.Canvas().Focused().(*escEntry); !ok {
		t.Errorf("the save dialog's name field (focused: %T) does not take Escape", h.w.Canvas().Focused())
	}
	h.escape()
	if fileGuarded(t) || h.overlays() != 1 || f.written() != def {
		t.Errorf("after Esc: guarded %v, %d overlays, file %q (was %q)", fileGuarded(t), h.overlays(), f.written(), def)
	}
	h.escape() // the export dialog: Cancel, nothing written
	h.wb.bg.Wait()
	if _, err := os.Stat(def); err == nil || h.overlays() != 0 {
		t.Errorf("Esc on the export dialog: %d overlays, file written: %v", h.overlays(), err == nil)
	}
}

// Without a dialog Escape clears the article's selection, focused or not;
// with one it closes the dialog and keeps the selection.
func TestEscapeWithoutDialogClearsSelection(t *testing.T) {
	h := newHarness(t, newProject(t))
	mayor := widgets.Ref{Mention: h.mentionID("mayor")}
	for _, focusArticle := range []bool{true, false} {
		h.typeKeys("n")
		if got := h.wb.view.Selected(); got != mayor {
			t.Fatalf("n selected %+v", got)
		}
		h.wb.showShortcuts()
		h.escape()
		if h.overlays() != 0 || h.wb.view.Selected() != mayor {
			t.Fatalf("Esc with a dialog: %d dialogs, selected %+v; want it closed and the selection kept", h.overlays(), h.wb.view.Selected())
		}
		if focusArticle {
			h.w.Canvas().Focus(h.wb.view.Content())
		} else {
			h.w.Canvas().Unfocus()
		}
		h.escape()
		if got := h.wb.view.Selected(); !got.IsZero() {
			t.Errorf("Esc (article focused %v) left the selection %+v", focusArticle, got)
		}
	}
}
