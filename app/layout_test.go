package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// The panel dividers are remembered: a new window opens them where the
// analyst left them.
func TestPanelSizesRemembered(t *testing.T) {
	h := newHarness(t, newProject(t))
	h.wb.splits[0].SetOffset(0.4)
	h.wb.splits[1].SetOffset(0.5)
	// nothing in the centre or the inspector holds the list narrow
	if w := h.wb.splits[0].Leading.Size().Width; w < 0.38*h.w.Canvas().Size().Width {
		t.Errorf("document list %v wide at offset 0.4 of a %v window", w, h.w.Canvas().Size().Width)
	}
	h.wb.saveLayout()
	w := test.NewTempWindow(t, nil)
	wb := New(h.wb.app, w, Options{Version: "test"})
	if l, r := wb.splits[0].Offset, wb.splits[1].Offset; l != 0.4 || r != 0.5 {
		t.Errorf("new window splits at %v and %v, want 0.4 and 0.5", l, r)
	}
}

// Zoom changes the article's text, not the window: the window's minimum
// size stays, so the window never grows past the screen.
func TestZoomKeepsWindowSize(t *testing.T) {
	h := newHarness(t, newProject(t))
	min0 := h.w.Content().MinSize()
	size0 := h.w.Canvas().Size()
	text0 := h.wb.view.TextSize()
	for i := 0; i < 8; i++ {
		h.shortcut(ctrl(fyne.KeyEqual))
	}
	if h.wb.view.TextSize() <= text0 {
		t.Errorf("article text %v after zooming in, was %v", h.wb.view.TextSize(), text0)
	}
	if got := h.w.Content().MinSize(); got.Width > min0.Width || got.Height > min0.Height {
		t.Errorf("window minimum grew from %v to %v", min0, got)
	}
	if got := h.w.Canvas().Size(); got != size0 {
		t.Errorf("window %v after zooming, was %v", got, size0)
	}
	h.shortcut(ctrl(fyne.Key0))
	if h.wb.view.TextSize() != text0 {
		t.Errorf("Ctrl+0: text %v, want %v", h.wb.view.TextSize(), text0)
	}
}
