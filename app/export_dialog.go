package app

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/quotebench/quotebench/annot"
)

// exportState is one choice of which annotations an export includes: the
// CLI's --state values, described for the analyst.
type exportState struct {
	value, label, says string
}

var exportStates = []exportState{
	{"accepted", "Your decisions: accepted and edited annotations", "your decisions (accepted and edited); pending suggestions and rejected ones are left out"},
	{"", "Decisions and pending suggestions (all but rejected)", "accepted, edited and still pending suggestions; rejected ones are left out"},
	{"suggested", "Pending suggestions only", "only suggestions nobody has decided on yet"},
	{"edited", "Edited only", "only annotations you changed"},
	{"rejected", "Rejected only", "only what you rejected"},
	{"all", "Everything, whatever its state", "every annotation, rejected ones included"},
}

// exportDocs is one choice of which documents an export includes.
type exportDocs struct {
	status annot.Status // "" = all
	label  string
}

func exportDocChoices() []exportDocs {
	return []exportDocs{
		{annot.StatusDone, "Done documents"},
		{"", "All documents"},
		{annot.StatusInProgress, "Documents in progress"},
		{annot.StatusTodo, "Documents to do"},
	}
}

// exportForm is the export dialog's state (fields so tests can drive it).
type exportForm struct {
	format *escSelect
	docs   *widget.RadioGroup
	state  *widget.RadioGroup
	saveAs *widget.Button // opens the save dialog
	out    string         // the file chosen (the format's extension is added when missing)
	// confirmed is the file the analyst already agreed to replace (in the
	// save dialog's "Overwrite?"); any other existing file is confirmed at
	// Export.
	confirmed string
	ext       func(string) string
	path      *widget.Label // the full path written, never cut
	says      *widget.Label // what the export will include
	counts    map[annot.Status]int
}

// request reads the form.
func (f *exportForm) request() ExportRequest {
	req := ExportRequest{Format: f.format.Selected, Out: f.out}
	for _, d := range exportDocChoices() {
		if d.label == stripCount(f.docs.Selected) {
			req.Status = d.status
		}
	}
	for _, s := range exportStates {
		if s.label == f.state.Selected {
			req.State = s.value
		}
	}
	return req
}

// stripCount drops the " (12)" a documents choice shows.
func stripCount(s string) string {
	if i := strings.LastIndex(s, " ("); i >= 0 {
		return s[:i]
	}
	return s
}

// written is the file the export writes: the chosen one, with the format's
// extension when it lacks it (as the exporter adds it).
func (f *exportForm) written() string {
	out := f.out
	if f.ext != nil {
		if e := f.ext(f.format.Selected); e != "" && !strings.EqualFold(filepath.Ext(out), e) {
			out += e
		}
	}
	return out
}

// update shows the full path and says what the export includes.
func (f *exportForm) update() {
	req := f.request()
	f.path.SetText(f.written())
	n := 0
	for st, c := range f.counts {
		if req.Status == "" || st == req.Status {
			n += c
		}
	}
	what := ""
	for _, s := range exportStates {
		if s.value == req.State {
			what = s.says
		}
	}
	docs := "all documents"
	if req.Status != "" {
		docs = statusName(req.Status) + " documents"
	}
	f.says.SetText(fmt.Sprintf("Includes %d %s (%s), with %s.", n, map[bool]string{true: "document", false: "documents"}[n == 1], docs, what))
}

func (wb *Workbench) showExport() {
	if wb.proj == nil {
		return
	}
	if wb.opts.Export == nil {
		wb.showDialog(dialog.NewInformation("Export", "Export is not available in this build.", wb.win), nil)
		return
	}
	proj := wb.proj // the export writes this project, whatever is open when it runs
	f := wb.newExportForm()
	f.saveAs.OnTapped = func() { wb.showSaveAs(f, proj) }
	body := container.NewVBox(
		widget.NewForm(
			widget.NewFormItem("Format", f.format),
			widget.NewFormItem("Documents", f.docs),
			widget.NewFormItem("Annotations", f.state),
			widget.NewFormItem("File", container.NewBorder(nil, nil, nil, f.saveAs, f.path)),
		),
		widget.NewSeparator(), f.says)
	d := dialog.NewCustomConfirm("Export", "Export", "Cancel", body, func(ok bool) {
		if !ok {
			return
		}
		req := f.request()
		run := func() {
			wb.prefs.setExport(req)
			wb.runExport(proj, req)
		}
		out := f.written()
		if _, err := os.Stat(out); err != nil || out == f.confirmed {
			run()
			return
		}
		// Replaced only when the analyst says so; the export then writes a
		// temporary file and renames it over the old one.
		wb.showDialog(dialog.NewConfirm("Replace the file?", fmt.Sprintf("%s already exists.\nReplace it with this export?", out), func(yes bool) {
			if yes {
				run()
			}
		}, wb.win), nil)
	}, wb.win)
	d.Resize(fyne.NewSize(min(900, wb.win.Canvas().Size().Width-40), 0))
	wb.showDialog(d, nil)
	wb.exportForm = f
}

// showSaveAs opens Fyne's save dialog on the chosen file's folder and name.
// The dialog opens the file it returns for writing before we see it; the
// guard (save_guard.go) makes that writer open nothing, so choosing the
// project or an earlier export changes no file. Only the path is taken.
func (wb *Workbench) showSaveAs(f *exportForm, proj ExportSource) {
	restore, ok := guardFileWrites()
	if !ok {
		wb.errorf(fmt.Errorf("the save dialog cannot be used safely here (no file repository to guard)"))
		return
	}
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		restore()
		if err != nil {
			wb.errorf(fmt.Errorf("save dialog: %w", err))
			return
		}
		if w == nil {
			return // cancelled
		}
		path := w.URI().Path()
		_ = w.Close() // unwritten: the guard opened nothing
		if wb.opts.ExportCheck != nil {
			if err := wb.opts.ExportCheck(path, proj.Files()); err != nil {
				// The error dialog capitalises the first letter: start with a word, not the file name.
				wb.errorf(fmt.Errorf("not chosen, and nothing was written: %w", err))
				return
			}
		}
		f.out, f.confirmed = path, ""
		if _, err := os.Stat(path); err == nil {
			f.confirmed = path // the save dialog asked "Overwrite?" and was told yes
		}
		f.update()
	}, wb.win)
	d.SetFileName(filepath.Base(f.written()))
	if l, err := storage.ListerForURI(storage.NewFileURI(filepath.Dir(f.out))); err == nil {
		d.SetLocation(l)
	}
	d.SetTitleText("Export to file")
	d.SetConfirmText("Choose")
	// Escape dismisses it like Cancel: the callback gets nil and restores.
	// (Not restore as its OnClosed: Fyne runs that before it opens the
	// writer of a new file, which the original repository would create.)
	wb.showDialog(d, nil)
	wb.escapeInSaveName()
	// After Show: FileDialog.Resize before it dereferences the dialog it has
	// not built yet (Fyne 2.8.1) and panics.
	d.Resize(fyne.NewSize(min(1000, wb.win.Canvas().Size().Width-40), min(650, wb.win.Canvas().Size().Height-40)))
}

// newExportForm builds the form with the analyst's last choices.
func (wb *Workbench) newExportForm() *exportForm {
	f := &exportForm{counts: map[annot.Status]int{}, ext: wb.opts.ExportExt}
	if sums, err := wb.proj.Documents(annot.DocFilter{}); err == nil {
		for _, d := range sums {
			f.counts[d.Status]++
		}
	}
	formats := wb.opts.ExportFormats
	if len(formats) == 0 {
		formats = []string{"jsonl"}
	}
	last := wb.prefs.lastExport()
	f.format = newEscSelect(formats, wb.escape)
	f.format.SetSelected(formats[0])
	for _, x := range formats {
		if x == "jsonl" && last.Format == "" || x == last.Format {
			f.format.SetSelected(x)
		}
	}
	var docLabels []string
	sel := ""
	for _, d := range exportDocChoices() {
		n := 0
		for st, c := range f.counts {
			if d.status == "" || st == d.status {
				n += c
			}
		}
		l := fmt.Sprintf("%s (%d)", d.label, n)
		docLabels = append(docLabels, l)
		if d.status == last.Status {
			sel = l
		}
	}
	f.docs = widget.NewRadioGroup(docLabels, nil)
	f.docs.Horizontal = true
	f.docs.Required = true
	f.docs.SetSelected(sel)
	var stateLabels []string
	for _, s := range exportStates {
		stateLabels = append(stateLabels, s.label)
		if s.value == last.State {
			sel = s.label
		}
	}
	f.state = widget.NewRadioGroup(stateLabels, nil)
	f.state.Required = true
	f.state.SetSelected(sel)
	dir := filepath.Dir(wb.proj.Path())
	if last.Out != "" {
		dir = filepath.Dir(last.Out)
	}
	f.out = filepath.Join(dir, strings.TrimSuffix(filepath.Base(wb.proj.Path()), filepath.Ext(wb.proj.Path()))+"-export")
	f.saveAs = widget.NewButtonWithIcon("Save as…", theme.DocumentSaveIcon(), nil)
	f.path = widget.NewLabel("")
	f.path.Wrapping = fyne.TextWrapBreak
	f.says = widget.NewLabel("")
	f.says.Wrapping = fyne.TextWrapWord
	update := func(string) { f.update() }
	// A click on a choice gives it the focus, where Escape would be lost
	// (Fyne's radio items ignore it): the choice made, the focus goes.
	choose := func(string) { f.update(); wb.win.Canvas().Unfocus() }
	f.format.OnChanged, f.docs.OnChanged, f.state.OnChanged = update, choose, choose
	f.update()
	return f
}

func (wb *Workbench) runExport(p ExportSource, req ExportRequest) {
	if p != ExportSource(wb.proj) {
		return // the project was switched while the dialog was open
	}
	var summary string
	var err error
	export := wb.opts.Export // the worker reads nothing of the window
	wb.progress.SetValue(0)
	wb.progress.Show()
	wb.saved.SetText("Exporting…")
	wb.background(func() {
		summary, err = export(p, req, func(done, total int) {
			fyne.Do(func() {
				if total > 0 {
					wb.progress.SetValue(float64(done) / float64(total))
				}
			})
		})
	}, func() {
		wb.progress.Hide()
		if err != nil {
			wb.lastSaved = "Export failed: nothing in the project changed"
			wb.saved.SetText(wb.lastSaved)
			wb.errorf(fmt.Errorf("export %s to %q: %w", req.Format, req.Out, err))
			return
		}
		wb.saved.SetText("Exported: " + summary)
		lbl := widget.NewLabel(summary)
		lbl.Wrapping = fyne.TextWrapWord
		d := dialog.NewCustom("Export finished", "OK", lbl, wb.win)
		d.Resize(fyne.NewSize(min(800, wb.win.Canvas().Size().Width-40), 0))
		wb.showDialog(d, nil)
	})
}
