package app

import (
	"fmt"
	"image/color"
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
	"github.com/quotebench/quotebench/app/widgets"
	"github.com/quotebench/quotebench/assets"
)

func (wb *Workbench) showOpenArticle() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			wb.errorf(fmt.Errorf("open article: %w", err))
			return
		}
		if r == nil {
			return
		}
		path := r.URI().Path()
		r.Close()
		wb.OpenArticles([]string{path})
	}, wb.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".txt", ".html", ".htm", ".jsonl"}))
	wb.showDialog(d, nil)
}

func (wb *Workbench) showImport() {
	var dlg dialog.Dialog
	files := widget.NewButtonWithIcon("Choose a file…", theme.FileIcon(), func() {
		dlg.Hide()
		d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
			if err != nil || r == nil {
				return
			}
			path := r.URI().Path()
			r.Close()
			wb.importPaths([]string{path}, false)
		}, wb.win)
		d.SetFilter(storage.NewExtensionFileFilter([]string{".txt", ".html", ".htm", ".jsonl"}))
		wb.showDialog(d, nil)
	})
	folder := widget.NewButtonWithIcon("Choose a folder…", theme.FolderOpenIcon(), func() {
		dlg.Hide()
		wb.showDialog(dialog.NewFolderOpen(func(u fyne.ListableURI, err error) {
			if err != nil || u == nil {
				return
			}
			wb.importPaths([]string{u.Path()}, false)
		}, wb.win), nil)
	})
	msg := widget.NewLabel("Import .txt, .html and .jsonl articles; folders are read recursively.\nThe detector suggests quotes, speakers and entities as they arrive.\nYou can also drop files and folders on the window.")
	dlg = dialog.NewCustom("Import articles", "Cancel", container.NewVBox(msg, container.NewGridWithColumns(2, files, folder)), wb.win)
	wb.showDialog(dlg, nil)
}

func (wb *Workbench) projectFilter() storage.FileFilter {
	return storage.NewExtensionFileFilter([]string{wb.opts.ProjectExt})
}

// showNewProject asks for a folder and a name. It never writes the chosen
// path itself (Fyne's save dialog would open it for writing and empty an
// existing project): NewProjectAt creates or opens the project file.
func (wb *Workbench) showNewProject() {
	if wb.busy() {
		wb.hintBusy()
		return
	}
	dir := ""
	if wb.proj != nil {
		dir = filepath.Dir(wb.proj.Path())
	} else if home, err := os.UserHomeDir(); err == nil {
		dir = home
	}
	name := newEscEntry(wb.escape)
	name.SetText(wb.freeProjectName(dir, "annotations"))
	folder := newEscEntry(wb.escape)
	folder.SetText(dir)
	browse := widget.NewButton("Browse…", func() {
		wb.showDialog(dialog.NewFolderOpen(func(u fyne.ListableURI, err error) {
			if err == nil && u != nil {
				folder.SetText(u.Path())
			}
		}, wb.win), nil)
	})
	items := []*widget.FormItem{
		widget.NewFormItem("Name", name),
		widget.NewFormItem("Folder", container.NewBorder(nil, nil, nil, browse, folder)),
	}
	wb.showDialog(dialog.NewForm("New project", "Create", "Cancel", items, func(ok bool) {
		if ok {
			wb.NewProjectAt(folder.Text, name.Text)
		}
	}, wb.win), nil)
}

// projectPath is the project file called name in dir, with the project extension.
func (wb *Workbench) projectPath(dir, name string) string {
	name = strings.TrimSpace(name)
	if filepath.Ext(name) != wb.opts.ProjectExt {
		name += wb.opts.ProjectExt
	}
	return filepath.Join(dir, name)
}

// freeProjectName returns base, or base-2, base-3, … when a project of that
// name already exists in dir.
func (wb *Workbench) freeProjectName(dir, base string) string {
	name := base
	for i := 2; i < 100 && fileExists(wb.projectPath(dir, name)); i++ {
		name = fmt.Sprintf("%s-%d", base, i)
	}
	return name
}

// NewProjectAt opens the project called name in folder dir, creating it
// when it does not exist. An existing file is opened as a project, never
// emptied; the open project's own path is refused.
func (wb *Workbench) NewProjectAt(dir, name string) {
	if strings.TrimSpace(name) == "" || strings.TrimSpace(dir) == "" {
		wb.errorf(fmt.Errorf("new project: give a name and a folder"))
		return
	}
	path := wb.projectPath(dir, name)
	if wb.proj != nil && samePath(wb.proj.Path(), path) {
		wb.errorf(fmt.Errorf("new project %q: that is the project open now; choose another name", path))
		return
	}
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
		wb.errorf(fmt.Errorf("new project %q: the folder %q does not exist", path, dir))
		return
	}
	if fileExists(path) {
		wb.hint(fmt.Sprintf("%s already exists: opened it", filepath.Base(path)))
	}
	wb.OpenProject(path)
}

func (wb *Workbench) showOpenProject() {
	if wb.busy() {
		wb.hintBusy()
		return
	}
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			wb.errorf(fmt.Errorf("open project: %w", err))
			return
		}
		if r == nil {
			return
		}
		path := r.URI().Path()
		r.Close()
		wb.OpenProject(path)
	}, wb.win)
	d.SetFilter(wb.projectFilter())
	wb.showDialog(d, nil)
}

func (wb *Workbench) showShortcuts() {
	grid := container.NewGridWithColumns(2)
	for _, a := range wb.actions() {
		if a.key == nil || a.name == separator {
			continue
		}
		name := a.name
		if a.menu == "Label" {
			name = "Label selection as " + name
		}
		k := widget.NewLabelWithStyle(shortcutText(a.key), fyne.TextAlignTrailing, fyne.TextStyle{Monospace: true})
		grid.Add(k)
		grid.Add(widget.NewLabel(name))
	}
	for _, kv := range [][2]string{
		{"←  →", "Move the selection's end by a token (or the selected annotation's)"},
		{"Shift+←  →", "Move the selection's start by a token"},
		{"Esc", "Close the dialog; in the article, clear the selection"},
		{"Ctrl+Shift+Z", "Redo"},
	} {
		grid.Add(widget.NewLabelWithStyle(kv[0], fyne.TextAlignTrailing, fyne.TextStyle{Monospace: true}))
		grid.Add(widget.NewLabel(kv[1]))
	}
	sc := container.NewVScroll(grid)
	sc.SetMinSize(fyne.NewSize(620, 520))
	wb.showDialog(dialog.NewCustom("Keyboard shortcuts", "Close", sc, wb.win), nil)
}

func (wb *Workbench) showAbout() {
	credits := strings.ReplaceAll(strings.TrimSpace(assets.NERCredits), "\n", "\n\n") // one paragraph per source
	if credits == "" {
		credits = "(none)"
	}
	txt := fmt.Sprintf("**Quotebench** %s\n\nFind, check and correct who said what in news articles, and export labeled datasets.\n\n"+
		"**Data credits**\n\n%s\n\nBuilt with Fyne and SQLite.", wb.opts.Version, credits)
	rt := widget.NewRichTextFromMarkdown(txt)
	rt.Wrapping = fyne.TextWrapWord
	c := container.NewGridWrap(fyne.NewSize(480, 300), rt)
	wb.showDialog(dialog.NewCustom("About Quotebench", "Close", c, wb.win), nil)
}

var statusColors = map[annot.Status]color.NRGBA{
	annot.StatusTodo:       {R: 0x90, G: 0xa4, B: 0xae, A: 0xff},
	annot.StatusInProgress: {R: 0xf5, G: 0xa6, B: 0x23, A: 0xff},
	annot.StatusDone:       {R: 0x43, G: 0xa0, B: 0x47, A: 0xff},
	annot.StatusSkipped:    {R: 0x8d, G: 0x6e, B: 0x63, A: 0xff},
}

// overview builds the project overview: progress by status, the most
// quoted speakers and what the analysts did with detector suggestions.
func (wb *Workbench) overview() (fyne.CanvasObject, error) {
	st, err := wb.proj.Stats()
	if err != nil {
		return nil, fmt.Errorf("project statistics: %w", err)
	}
	heading := func(s string) fyne.CanvasObject {
		return widget.NewLabelWithStyle(s, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	}
	var status []widgets.Bar
	total := 0
	for _, s := range annot.Statuses {
		status = append(status, widgets.Bar{Label: statusChoices()[len(status)+1], Value: st.ByStatus[s], Color: statusColors[s]})
		total += st.ByStatus[s]
	}
	var speakers []widgets.Bar
	for i, s := range st.Speakers {
		if i == 10 {
			break
		}
		speakers = append(speakers, widgets.Bar{Label: s.Name, Value: s.Count, Color: widgets.ColorSpeaker})
	}
	det := []widgets.Bar{
		{Label: "Accepted", Value: st.DetectorAccepted, Color: statusColors[annot.StatusDone]},
		{Label: "Edited", Value: st.DetectorEdited, Color: widgets.ColorQuote},
		{Label: "Rejected", Value: st.DetectorRejected, Color: color.NRGBA{R: 0xe5, G: 0x39, B: 0x35, A: 0xff}},
		{Label: "Pending", Value: st.DetectorPending, Color: statusColors[annot.StatusTodo]},
	}
	decided := st.DetectorAccepted + st.DetectorEdited + st.DetectorRejected
	prec := "no decisions yet"
	if decided > 0 {
		prec = fmt.Sprintf("%.0f%% of decided suggestions kept (%.0f%% unchanged)",
			100*float64(st.DetectorAccepted+st.DetectorEdited)/float64(decided), 100*float64(st.DetectorAccepted)/float64(decided))
	}
	done := st.ByStatus[annot.StatusDone]
	progress := widget.NewProgressBar()
	if total > 0 {
		progress.SetValue(float64(done) / float64(total))
	}
	var who fyne.CanvasObject = widgets.NewBarChart(speakers)
	if len(speakers) == 0 {
		who = widget.NewLabel("No attributed quotes yet.")
	}
	precision := widget.NewLabel(prec)
	precision.Wrapping = fyne.TextWrapWord
	left := container.NewVBox(
		heading(fmt.Sprintf("Progress: %d of %d documents done", done, total)), progress, widgets.NewBarChart(status),
		widget.NewSeparator(),
		heading("Detector suggestions"), widgets.NewBarChart(det), precision,
	)
	right := container.NewVBox(heading("Most quoted speakers"), who)
	return container.NewGridWithColumns(2, left, right), nil
}

// ShowOverview opens the project overview.
func (wb *Workbench) ShowOverview() {
	if wb.proj == nil {
		return
	}
	c, err := wb.overview()
	if err != nil {
		wb.errorf(err)
		return
	}
	d := dialog.NewCustom("Project overview", "Close", container.NewVScroll(c), wb.win)
	d.Resize(fyne.NewSize(960, 520))
	wb.showDialog(d, nil)
}
