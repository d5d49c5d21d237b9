package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/quotebench/quotebench/app/widgets"
	"github.com/quotebench/quotebench/assets"
)

func TestOverviewCounts(t *testing.T) {
	h := newHarness(t, newProject(t))
	h.wb.acceptAbove(0)
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

// The export gets the project that was open when it was asked for.
func TestExportGetsItsProject(t *testing.T) {
	mem := newProject(t)
	h := newHarness(t, mem)
	var got ExportSource
	h.wb.opts.Export = func(p ExportSource, req ExportRequest, progress func(int, int)) (string, error) {
		got = p
		return "1 document", nil
	}
	h.wb.runExport(mem, ExportRequest{Format: "jsonl", Out: t.TempDir() + "/out"})
	h.wb.Wait()
	if got != ExportSource(mem) {
		t.Errorf("export got project %v, want the open one", got)
	}
	other := newProject(t)
	got = nil
	h.wb.runExport(other, ExportRequest{Format: "jsonl", Out: t.TempDir() + "/out"}) // asked on a project no longer open
	h.wb.Wait()
	if got != nil {
		t.Errorf("export ran on %v after its project was closed", got)
	}
}

// The About box shows the data credits the shipped gazetteer requires,
// from assets (not a hand-written copy).
func TestAboutShowsDataCredits(t *testing.T) {
	h := newHarness(t, newProject(t))
	h.wb.showAbout()
	var text string
	walkTop(h.w, func(o fyne.CanvasObject) {
		if r, ok := o.(*widget.RichText); ok {
			text += r.String()
		}
	})
	for _, line := range strings.Split(strings.TrimSpace(assets.NERCredits), "\n") {
		if !strings.Contains(text, strings.TrimSpace(line)) {
			t.Errorf("About box lacks the credit %q; it says %q", line, text)
		}
	}
	if !strings.Contains(text, "CC BY 4.0") {
		t.Errorf("About box %q does not name the GeoNames licence", text)
	}
}
