package app

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/quotebench/quotebench/annot"
)

// The export dialog defaults to the analyst's decisions of done documents,
// offers every --state of the CLI, shows the full path and says what is
// included; the choices are remembered for the next export.
func TestExportDialogChoices(t *testing.T) {
	h := newHarness(t, newProject(t))
	var got []ExportRequest
	h.wb.opts.ExportFormats = []string{"conll", "jsonl"}
	h.wb.opts.ExportExt = func(f string) string { return "." + f }
	h.wb.opts.Export = func(p ExportSource, req ExportRequest, progress func(int, int)) (string, error) {
		got = append(got, req)
		return "written", nil
	}
	h.shortcut(ctrl(fyne.KeyE))
	f := h.wb.exportForm
	if f == nil {
		t.Fatal("Ctrl+E showed no export dialog")
	}
	req := f.request()
	if req.State != "accepted" || req.Status != annot.StatusDone || req.Format != "jsonl" {
		t.Errorf("defaults %+v, want the analyst's decisions of done documents as jsonl", req)
	}
	if len(f.state.Options) != 6 {
		t.Errorf("annotation choices %q, want the six of --state", f.state.Options)
	}
	if !strings.Contains(f.says.Text, "Includes 0 documents (done documents), with your decisions") {
		t.Errorf("the dialog says %q", f.says.Text)
	}
	want := filepath.Join(filepath.Dir(h.p.Path()), "x-export.jsonl")
	if f.path.Text != want {
		t.Errorf("path shown %q, want %q in full", f.path.Text, want)
	}
	f.docs.SetSelected(f.docs.Options[1]) // all documents (2)
	f.state.SetSelected(f.state.Options[5])
	saveAs(t, h, "gold")
	if !strings.Contains(f.says.Text, "Includes 2 documents (all documents), with every annotation, rejected ones included") {
		t.Errorf("after choosing, the dialog says %q", f.says.Text)
	}
	confirm(t, h.w, "Export")
	h.wb.Wait()
	if len(got) != 1 || got[0].State != "all" || got[0].Status != "" || filepath.Base(got[0].Out) != "gold" {
		t.Fatalf("export asked %+v", got)
	}
	h.shortcut(ctrl(fyne.KeyE))
	if again := h.wb.exportForm.request(); again.State != "all" || again.Status != "" || again.Format != "jsonl" {
		t.Errorf("second export dialog starts at %+v, want the last choices", again)
	}
}
