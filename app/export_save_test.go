package app

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/storage/repository"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/formats"
	_ "github.com/quotebench/quotebench/formats/jsonl"
)

// saveAs taps "Save as…" in the export dialog, types name into Fyne's save
// dialog (which opens on the chosen file's folder) and chooses it.
func saveAs(t *testing.T, h *harness, name string) {
	t.Helper()
	test.Tap(h.wb.exportForm.saveAs)
	top := h.w.Canvas().Overlays().Top()
	var entry *widget.Entry
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch o := o.(type) {
		case *widget.Entry:
			if entry == nil {
				entry = o
			}
		case *escEntry: // escapeInSaveName's stand-in, in step with Fyne's field
			if entry == nil {
				entry = &o.Entry
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
	if entry == nil {
		t.Fatal("Save as… showed no save dialog with a file name")
	}
	entry.SetText(name)
	confirm(t, h.w, "Choose")
}

// exportForReal wires the window to the formats package as the program does
// (cmd/quotebench/gui.go): the extension added, the project's files
// protected, written through a temporary file and read back.
func exportForReal(h *harness) {
	h.wb.opts.ExportFormats = []string{"jsonl"}
	h.wb.opts.ExportExt = func(name string) string {
		if f, err := formats.Lookup(name); err == nil {
			return f.Ext
		}
		return ""
	}
	h.wb.opts.ExportCheck = formats.CheckOutput
	h.wb.opts.Export = func(p ExportSource, req ExportRequest, progress func(int, int)) (string, error) {
		out := req.Out
		if e := h.wb.opts.ExportExt(req.Format); !strings.EqualFold(filepath.Ext(out), e) {
			out += e
		}
		items, n, err := formats.SourceItems(p, req.Status)
		if err != nil {
			return "", err
		}
		m, err := formats.Export(out, req.Format, items, n, formats.Options{Protect: p.Files(), State: req.State}, progress)
		if err != nil {
			return "", err
		}
		return fmt.Sprintf("%d documents written to %s", m.Counts.Documents, out), nil
	}
}

// openExport opens the export dialog with all documents and every annotation
// chosen, so the file written has a line per document.
func openExport(t *testing.T, h *harness) *exportForm {
	t.Helper()
	h.shortcut(ctrl(fyne.KeyE))
	f := h.wb.exportForm
	if f == nil {
		t.Fatal("Ctrl+E showed no export dialog")
	}
	f.docs.SetSelected(f.docs.Options[1])
	f.state.SetSelected(f.state.Options[5])
	return f
}

func assertExported(t *testing.T, path string, docs int) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("the export wrote no %s: %v", path, err)
	}
	if n := bytes.Count(b, []byte("\n")); n != docs || !bytes.HasPrefix(b, []byte("{")) {
		t.Errorf("%s holds %d lines (want %d JSON documents): %.80q", path, n, docs, b)
	}
}

func fileGuarded(t *testing.T) bool {
	r, err := repository.ForScheme("file")
	if err != nil {
		t.Fatal(err)
	}
	_, g := r.(saveGuard)
	return g
}

// Choosing the open project in the save dialog (and saying yes to Fyne's
// "Overwrite?") leaves the project file byte for byte as it was, is refused
// with a message that says why, and the export goes nowhere near it.
func TestSaveDialogRefusesTheProject(t *testing.T) {
	h := newHarness(t, newProject(t))
	exportForReal(h)
	errs := h.captureErrors()
	before, err := os.ReadFile(h.p.Path())
	if err != nil || len(before) == 0 {
		t.Fatalf("read project: %d bytes, %v", len(before), err)
	}
	f := openExport(t, h)
	def := f.written()
	test.Tap(f.saveAs)
	if !fileGuarded(t) {
		t.Error("the save dialog is open without the guard on file writes")
	}
	confirm(t, h.w, "Cancel") // closed unused…
	if fileGuarded(t) || f.written() != def {
		t.Fatalf("after Cancel: guard on %v, file %q (want %q)", fileGuarded(t), f.written(), def)
	}
	saveAs(t, h, filepath.Base(h.p.Path())) // …and choose the project in a new one
	if strings.Contains(dialogText(h.w), "overwrite") {
		confirm(t, h.w, "Yes")
	}
	after, err := os.ReadFile(h.p.Path())
	if err != nil || !bytes.Equal(before, after) {
		t.Fatalf("choosing the project in the save dialog changed it: %d bytes before, %d after (%v)", len(before), len(after), err)
	}
	if len(*errs) != 1 || !strings.Contains((*errs)[0].Error(), "nothing was written") || !strings.Contains((*errs)[0].Error(), "would replace") {
		t.Fatalf("errors shown %v, want one refusing the project file", *errs)
	}
	if f.written() != def {
		t.Errorf("after the refusal the dialog writes %q, want the earlier %q", f.written(), def)
	}
	if fileGuarded(t) {
		t.Error("the guard stayed on after the save dialog closed")
	}
	if docs, err := h.p.Documents(annot.DocFilter{}); err != nil || len(docs) != 2 {
		t.Errorf("project after the refusal: %d documents, %v", len(docs), err)
	}
	// Export then writes the file shown, never the project.
	confirm(t, h.w, "Export")
	h.wb.Wait()
	assertExported(t, def, 2)
	if after, _ := os.ReadFile(h.p.Path()); !bytes.Equal(before, after) {
		t.Error("the export changed the project file")
	}
}

// A new name chosen in the save dialog is where the export writes, with the
// format's extension added, and the folder is remembered.
func TestSaveDialogNewName(t *testing.T) {
	h := newHarness(t, newProject(t))
	exportForReal(h)
	f := openExport(t, h)
	saveAs(t, h, "gold")
	want := filepath.Join(filepath.Dir(h.p.Path()), "gold.jsonl")
	if f.path.Text != want {
		t.Errorf("the dialog shows %q, want %q", f.path.Text, want)
	}
	if _, err := os.Stat(want); !os.IsNotExist(err) {
		t.Fatalf("choosing a name created %s before the export: %v", want, err)
	}
	confirm(t, h.w, "Export")
	h.wb.Wait()
	assertExported(t, want, 2)
	if !strings.Contains(h.wb.saved.Text, want) {
		t.Errorf("status line %q does not name %s", h.wb.saved.Text, want)
	}
	h.shortcut(ctrl(fyne.KeyE))
	if got := filepath.Dir(h.wb.exportForm.written()); got != filepath.Dir(want) {
		t.Errorf("next export starts in %q, want %q", got, filepath.Dir(want))
	}
}

// An existing file that is not a project is replaced only after the analyst
// agrees, and then by the export (never emptied by the save dialog): agreed
// in the save dialog's "Overwrite?", or, when the extension makes it another
// existing file, at Export.
func TestSaveDialogReplacesOnlyWhenConfirmed(t *testing.T) {
	h := newHarness(t, newProject(t))
	exportForReal(h)
	dir := filepath.Dir(h.p.Path())
	old := filepath.Join(dir, "old.jsonl")
	precious := []byte("an earlier export\n")
	if err := os.WriteFile(old, precious, 0o644); err != nil {
		t.Fatal(err)
	}
	unchanged := func(when string) {
		t.Helper()
		if b, _ := os.ReadFile(old); !bytes.Equal(b, precious) {
			t.Fatalf("%s: old.jsonl holds %q", when, b)
		}
	}

	// Typed without the extension: the save dialog sees no such file, the
	// export dialog asks at Export.
	openExport(t, h)
	saveAs(t, h, "old")
	unchanged("after choosing old")
	confirm(t, h.w, "Export")
	h.wb.Wait()
	if !strings.Contains(dialogText(h.w), old+" already exists") {
		t.Fatalf("no replace question; the dialog says %q", dialogText(h.w))
	}
	confirm(t, h.w, "No")
	h.wb.Wait()
	unchanged("after saying no")

	// Chosen with its name: Fyne asks "Overwrite?"; yes changes nothing yet,
	// and the export replaces it without asking twice.
	f := openExport(t, h)
	saveAs(t, h, "old.jsonl")
	if !strings.Contains(strings.ToLower(dialogText(h.w)), "overwrite") {
		t.Fatalf("the save dialog did not ask before choosing an existing file: %q", dialogText(h.w))
	}
	confirm(t, h.w, "Yes")
	unchanged("after the save dialog's Overwrite? yes")
	if f.path.Text != old {
		t.Fatalf("the dialog shows %q, want %q", f.path.Text, old)
	}
	confirm(t, h.w, "Export")
	h.wb.Wait()
	assertExported(t, old, 2)
}

// The guard's writer opens nothing until written to: closed unwritten the
// file is as it was; written, it is replaced as Fyne's writer would.
func TestSaveGuardWriter(t *testing.T) {
	test.NewTempApp(t)
	p := filepath.Join(t.TempDir(), "f.txt")
	if err := os.WriteFile(p, []byte("kept"), 0o644); err != nil {
		t.Fatal(err)
	}
	restore, ok := guardFileWrites()
	if !ok {
		t.Fatal("the test app's file repository cannot be guarded")
	}
	defer restore()
	w, err := storage.Writer(storage.NewFileURI(p))
	if err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(p); string(b) != "kept" {
		t.Fatalf("opening the guarded writer changed the file to %q", b)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(p); string(b) != "kept" {
		t.Fatalf("closing the unwritten writer changed the file to %q", b)
	}
	w, _ = storage.Writer(storage.NewFileURI(p))
	if _, err := w.Write([]byte("new")); err != nil {
		t.Fatal(err)
	}
	w.Close()
	if b, _ := os.ReadFile(p); string(b) != "new" {
		t.Fatalf("written through the guard the file holds %q", b)
	}
	if ok, _ := storage.CanList(storage.NewFileURI(filepath.Dir(p))); !ok {
		t.Error("the guard does not list folders")
	}
	restore()
	if fileGuarded(t) {
		t.Error("restore left the guard in place")
	}
}
