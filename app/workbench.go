package app

import (
	"errors"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/app/widgets"
)

// Workbench is the main window: document list, article view, inspector and
// status bar. Widgets are fields so tests can drive them; handlers are methods.
type Workbench struct {
	app   fyne.App
	win   fyne.Window
	opts  Options
	prefs prefs

	proj   Project
	labels []annot.Label
	docs   []DocSummary
	filter DocFilter
	doc    annot.Document // the document shown; ID 0 when none
	ann    annot.Annotations
	runes  []rune

	// document list
	docList      *keyList
	statusFilter *widget.Select
	search       *widget.Entry
	listing      bool // docList.Select called from code

	// centre
	docTitle *widget.Label
	view     *widgets.ArticleView

	insp *inspector

	// status bar
	saved    *widget.Label
	position *widget.Label
	progress *widget.ProgressBar

	picker      *widgets.Picker
	pickerPopUp *widget.PopUp

	lastSaved string // the status bar's save state
	hinting   bool   // the status bar shows a hint instead

	bg        sync.WaitGroup // background work in flight (tests wait on it)
	jobs      int            // imports and exports running (UI goroutine only)
	afterJobs func()         // runs when the last job has finished (a deferred quit)
	// errorf reports an error to the user; tests replace it.
	errorf func(err error)
}

// New builds the workbench inside w. Call Start (or SetProject) next.
func New(a fyne.App, w fyne.Window, opts Options) *Workbench {
	if opts.ProjectExt == "" {
		opts.ProjectExt = ".quotebench"
	}
	wb := &Workbench{app: a, win: w, opts: opts, prefs: prefs{a.Preferences()}}
	wb.errorf = func(err error) { dialog.ShowError(err, wb.win) }
	applyTheme(a, wb.prefs)
	w.SetContent(wb.build())
	wb.setMenus()
	wb.addShortcuts()
	w.SetOnDropped(func(_ fyne.Position, uris []fyne.URI) {
		var paths []string
		for _, u := range uris {
			paths = append(paths, u.Path())
		}
		wb.OpenArticles(paths)
	})
	return wb
}

// Window returns the window the workbench lives in.
func (wb *Workbench) Window() fyne.Window { return wb.win }

func (wb *Workbench) build() fyne.CanvasObject {
	// left: the document list
	wb.statusFilter = widget.NewSelect(statusChoices(), func(s string) {
		wb.filter.Status = statusFromChoice(s)
		wb.reloadDocs()
	})
	wb.statusFilter.SetSelected(statusChoices()[0])
	wb.search = widget.NewEntry()
	wb.search.SetPlaceHolder("Search the project…")
	wb.search.ActionItem = widget.NewButtonWithIcon("", theme.SearchIcon(), func() { wb.runSearch(wb.search.Text) })
	wb.search.OnSubmitted = wb.runSearch
	wb.docList = newKeyList(
		func() int { return len(wb.docs) },
		func() fyne.CanvasObject { return newRow(2) },
		func(i widget.ListItemID, o fyne.CanvasObject) {
			if i >= len(wb.docs) {
				return
			}
			d := wb.docs[i]
			setRow(o.(*fyne.Container), d.Title, docMeta(d))
		}, wb.typedRune)
	wb.docList.OnSelected = func(i widget.ListItemID) {
		if wb.listing || i >= len(wb.docs) {
			return
		}
		wb.ShowDocument(wb.docs[i].ID)
	}
	left := container.NewBorder(container.NewVBox(wb.search, wb.statusFilter), nil, nil, nil, wb.docList)

	// centre: the article
	wb.docTitle = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	wb.docTitle.Wrapping = fyne.TextWrapWord
	wb.view = widgets.NewArticleView()
	wb.view.OnSelect = wb.SelectRef
	wb.view.OnSelection = func(annot.Span) { wb.insp.refreshActions() }
	wb.view.OnRune = wb.typedRune
	wb.view.OnNudge = wb.nudge
	wb.view.ContextMenu = wb.contextMenu
	centre := container.NewBorder(container.NewVBox(wb.docTitle, legend()), nil, nil, nil, wb.view)

	// right: the inspector
	wb.insp = newInspector(wb)

	// bottom: the status bar
	wb.saved = widget.NewLabel("No project open")
	wb.position = widget.NewLabel("")
	wb.progress = widget.NewProgressBar()
	wb.progress.Hide()
	status := container.NewBorder(nil, nil, wb.saved, container.NewHBox(wb.progress, wb.position))

	split := container.NewHSplit(left, container.NewHSplit(centre, wb.insp.box))
	split.Offset = 0.22
	split.Trailing.(*container.Split).Offset = 0.66
	wb.win.Canvas().SetOnTypedRune(wb.typedRune)
	return container.NewBorder(nil, container.NewVBox(widget.NewSeparator(), status), nil, nil, split)
}

// legend shows what the colours mean.
func legend() fyne.CanvasObject {
	chip := func(name string, c fyne.CanvasObject) fyne.CanvasObject {
		l := widget.NewLabel(name)
		l.SizeName = theme.SizeNameCaptionText
		return container.NewHBox(c, l)
	}
	box := func(col any) fyne.CanvasObject { return swatch(col) }
	items := []fyne.CanvasObject{
		chip("quote", box(widgets.ColorQuote)), chip("speaker", box(widgets.ColorSpeaker)), chip("cue", box(widgets.ColorCue)),
	}
	for _, l := range annot.DefaultLabels {
		items = append(items, chip(string(l), box(widgets.LabelColor(l))))
	}
	hint := widget.NewLabel("outlined = suggestion, solid = accepted")
	hint.SizeName = theme.SizeNameCaptionText
	items = append(items, hint)
	return container.NewHBox(items...)
}

func statusChoices() []string {
	return []string{"All documents", "To do", "In progress", "Done", "Skipped"}
}

func statusFromChoice(s string) annot.Status {
	for i, c := range statusChoices()[1:] {
		if c == s {
			return annot.Statuses[i]
		}
	}
	return ""
}

func statusName(st annot.Status) string {
	for i, s := range annot.Statuses {
		if s == st {
			return strings.ToLower(statusChoices()[i+1])
		}
	}
	return string(st)
}

func docMeta(d DocSummary) string {
	parts := []string{}
	if d.Date != "" {
		parts = append(parts, d.Date)
	}
	parts = append(parts, statusName(d.Status))
	if d.Pending > 0 {
		parts = append(parts, fmt.Sprintf("%d pending", d.Pending))
	}
	parts = append(parts, fmt.Sprintf("%d quotes", d.Quotes))
	return strings.Join(parts, " · ")
}

// SetProject shows an open project: the document list and the last document
// viewed in it (or the first).
func (wb *Workbench) SetProject(p Project) {
	if wb.busy() && p != wb.proj {
		// the running import or export writes to the open project: keep it
		p.Close()
		wb.hintBusy()
		return
	}
	if wb.proj != nil && wb.proj != p {
		wb.proj.Close()
	}
	wb.proj = p
	wb.doc, wb.ann, wb.runes = annot.Document{}, annot.Annotations{}, nil
	wb.labels = annot.DefaultLabels
	if ls, err := p.Labels(); err == nil && len(ls) > 0 {
		wb.labels = ls
	}
	wb.prefs.addRecent(p.Path())
	wb.prefs.setLastProject(p.Path())
	wb.setMenus()
	title := "Quotebench — " + filepath.Base(p.Path())
	if p.ReadOnly() {
		title += " (read-only)"
	}
	wb.win.SetTitle(title)
	wb.reloadDocs()
	wb.lastSaved = "Project opened: every change is saved at once"
	if p.ReadOnly() {
		wb.lastSaved = "Read-only: changes are not saved"
	}
	wb.saved.SetText(wb.lastSaved)
	last := annot.DocID(wb.prefs.lastDoc(p.Path()))
	for _, d := range wb.docs {
		if d.ID == last {
			wb.ShowDocument(last)
			return
		}
	}
	if len(wb.docs) > 0 {
		wb.ShowDocument(wb.docs[0].ID)
	} else {
		wb.showEmpty()
	}
}

// Project returns the open project (nil when none).
func (wb *Workbench) Project() Project { return wb.proj }

func (wb *Workbench) showEmpty() {
	wb.docTitle.SetText("No documents yet: File → Open article… or drop files here")
	wb.view.SetDocument("", nil)
	wb.insp.refresh()
	wb.position.SetText("")
}

// OpenProject opens a project file, explaining a busy or newer file and
// offering to open a busy one read-only.
func (wb *Workbench) OpenProject(path string) {
	if wb.proj != nil && samePath(wb.proj.Path(), path) {
		return // already open (it would look busy: we hold its lock)
	}
	if wb.busy() {
		wb.hintBusy()
		return
	}
	p, err := wb.opts.Open(path, false)
	switch {
	case errors.Is(err, ErrBusy):
		dialog.ShowConfirm("Project in use",
			fmt.Sprintf("%s is open in another Quotebench window.\n\nOpen it read-only? You can look but not change anything.", path),
			func(ok bool) {
				if !ok {
					return
				}
				p, err := wb.opts.Open(path, true)
				if err != nil {
					wb.errorf(fmt.Errorf("open project %q read-only: %w", path, err))
					return
				}
				wb.SetProject(p)
			}, wb.win)
		return
	case errors.Is(err, ErrNewerVersion):
		wb.errorf(fmt.Errorf("%s was written by a newer Quotebench than this one (%s); update Quotebench to open it: %w", path, wb.opts.Version, err))
		return
	case err != nil:
		wb.errorf(fmt.Errorf("open project %q: %w", path, err))
		return
	}
	wb.SetProject(p)
}

func samePath(a, b string) bool {
	x, err1 := filepath.Abs(a)
	y, err2 := filepath.Abs(b)
	return err1 == nil && err2 == nil && x == y
}

// Start opens project (when "", the last project, or else the default one)
// and imports the articles given on the command line, showing the first at once.
func (wb *Workbench) Start(project string, articles []string) {
	wb.restoreWindow()
	path := project
	if path == "" {
		path = wb.prefs.lastProject()
		if !fileExists(path) {
			path = ""
		}
	}
	if path == "" {
		if wb.opts.DefaultProject != nil {
			p, err := wb.opts.DefaultProject()
			if err != nil {
				wb.errorf(fmt.Errorf("find the default project: %w", err))
				return
			}
			path = p
		}
	}
	if path == "" {
		return
	}
	wb.OpenProject(path)
	if wb.proj != nil && len(articles) > 0 {
		wb.OpenArticles(articles)
	}
}

// reloadDocs re-reads the document list (statuses, counts, the filter's
// matches), clears the list's selection and selects the shown document again
// when it is still listed.
func (wb *Workbench) reloadDocs() {
	if wb.proj == nil {
		return
	}
	docs, err := wb.proj.Documents(wb.filter)
	if err != nil {
		if wb.filter.Query != "" {
			wb.hint(fmt.Sprintf("Search failed: %v", err))
			return
		}
		wb.errorf(fmt.Errorf("list documents: %w", err))
		return
	}
	wb.docs = docs
	wb.listing = true
	wb.docList.UnselectAll()
	wb.listing = false
	wb.docList.Refresh()
	wb.selectInList()
	wb.updatePosition()
}

// selectInList highlights the shown document in the list without reloading it.
func (wb *Workbench) selectInList() {
	for i, d := range wb.docs {
		if d.ID == wb.doc.ID {
			wb.listing = true
			wb.docList.Select(i)
			wb.listing = false
			return
		}
	}
}

func (wb *Workbench) runSearch(q string) {
	wb.filter.Query = strings.TrimSpace(q)
	wb.reloadDocs()
	if wb.filter.Query != "" {
		wb.hint(fmt.Sprintf("%d documents match %q", len(wb.docs), wb.filter.Query))
	}
}

// ShowDocument loads a document and its annotations into the view.
func (wb *Workbench) ShowDocument(id annot.DocID) {
	if wb.proj == nil {
		return
	}
	d, err := wb.proj.Document(id)
	if err != nil {
		wb.errorf(fmt.Errorf("open document %d: %w", id, err))
		return
	}
	a, err := wb.proj.Annotations(id)
	if err != nil {
		wb.errorf(fmt.Errorf("load annotations of document %d: %w", id, err))
		return
	}
	wb.doc, wb.ann, wb.runes = d, a, []rune(d.Text)
	title := d.Title
	if d.Date != "" {
		title += "  (" + d.Date + ")"
	}
	wb.docTitle.SetText(title)
	wb.view.SetDocument(d.Text, &wb.ann)
	wb.insp.refresh()
	wb.selectInList()
	wb.updatePosition()
	wb.prefs.setLastDoc(wb.proj.Path(), int(id))
	wb.view.FocusText()
}

// Document returns the document shown and its annotations.
func (wb *Workbench) Document() (annot.Document, *annot.Annotations) { return wb.doc, &wb.ann }

// reload re-reads the current document's annotations after a structural
// change, keeping the scroll position.
func (wb *Workbench) reload() {
	if wb.doc.ID == 0 {
		return
	}
	a, err := wb.proj.Annotations(wb.doc.ID)
	if err != nil {
		wb.errorf(fmt.Errorf("load annotations of document %d: %w", wb.doc.ID, err))
		return
	}
	wb.ann = a
	wb.repaint()
}

// repaint shows wb.ann in the view and the inspector.
func (wb *Workbench) repaint() {
	ref := wb.view.Selected()
	wb.view.SetAnnotations(&wb.ann)
	wb.view.Select(ref, &wb.ann)
	wb.insp.refresh()
	wb.updatePending()
}

// repaintOne updates the view and the inspector rows after a change that
// touched only annotation r (a state change): cheaper than repaint.
func (wb *Workbench) repaintOne(r widgets.Ref) {
	wb.view.SetAnnotations(&wb.ann)
	wb.view.Select(wb.view.Selected(), &wb.ann)
	wb.insp.refreshRef(r)
	wb.updatePending()
}

// pending counts a document's suggestions waiting for a decision (quotes
// and mentions) and its quotes not rejected: the numbers of the list row, the
// status bar and the inspector's header.
type pending struct{ quotes, mentions, keptQuotes int }

func countPending(a *annot.Annotations) pending {
	var c pending
	for _, x := range a.Quotes {
		if x.State == annot.StateSuggested {
			c.quotes++
		}
		if x.State != annot.StateRejected {
			c.keptQuotes++
		}
	}
	for _, m := range a.Mentions {
		if m.State == annot.StateSuggested {
			c.mentions++
		}
	}
	return c
}

// updatePending recounts the shown document's pending suggestions for the list.
func (wb *Workbench) updatePending() {
	c := countPending(&wb.ann)
	if i := wb.docIndex(); i >= 0 {
		wb.docs[i].Pending, wb.docs[i].Quotes = c.quotes+c.mentions, c.keptQuotes
		wb.docList.RefreshItem(i)
	}
	wb.updatePosition()
}

// updatePosition shows where the document sits in the list and what is left in it.
func (wb *Workbench) updatePosition() {
	if wb.doc.ID == 0 {
		wb.position.SetText("")
		return
	}
	c := countPending(&wb.ann)
	n := c.quotes + c.mentions
	idx := wb.docIndex()
	if idx < 0 {
		wb.position.SetText(fmt.Sprintf("%d pending", n))
		return
	}
	wb.position.SetText(fmt.Sprintf("Document %d of %d · %d pending", idx+1, len(wb.docs), n))
}

// didSave reports a successful write in the status bar.
func (wb *Workbench) didSave(what string) {
	wb.lastSaved = fmt.Sprintf("✓ Saved: %s  (%s)", what, time.Now().Format("15:04:05"))
	wb.saved.SetText(wb.lastSaved)
}

// hint shows a passing message in the status bar; the next selection
// brings the save state back.
func (wb *Workbench) hint(msg string) {
	wb.saved.SetText(msg)
	wb.hinting = true
}

// unhint restores the save state after a hint.
func (wb *Workbench) unhint() {
	if wb.hinting {
		wb.hinting = false
		wb.saved.SetText(wb.lastSaved)
	}
}

// write runs one store action and reports it; false when it failed.
func (wb *Workbench) write(what string, fn func() error) bool {
	if wb.proj == nil {
		return false
	}
	if wb.proj.ReadOnly() {
		wb.saved.SetText("Read-only: " + what + " was not saved")
		return false
	}
	if err := fn(); err != nil {
		if errors.Is(err, ErrReadOnly) {
			wb.saved.SetText("Read-only: " + what + " was not saved")
			return false
		}
		wb.saved.SetText("Not saved: " + what)
		wb.errorf(fmt.Errorf("%s: %w", what, err))
		return false
	}
	wb.didSave(what)
	wb.syncStatus()
	return true
}

// syncStatus picks up a status the store changed by itself: the first
// action on a document to do moves it to in progress. Only documents still
// to do are read again, through the document list's query (the status
// without the text), so this costs one small query per document.
func (wb *Workbench) syncStatus() {
	if wb.doc.ID == 0 || wb.doc.Status != annot.StatusTodo {
		return
	}
	ds, err := wb.proj.Documents(DocFilter{IDs: []annot.DocID{wb.doc.ID}})
	if err != nil || len(ds) != 1 || ds[0].Status == wb.doc.Status {
		return
	}
	d := ds[0]
	wb.doc.Status = d.Status
	if i := wb.docIndex(); i >= 0 {
		wb.docs[i].Status = d.Status
		wb.docList.RefreshItem(i)
	}
}

// background runs work off the UI goroutine and done back on it. While a
// job runs the project stays open: opening another project is refused and
// quitting waits for the job (see requestClose).
func (wb *Workbench) background(work func(), done func()) {
	wb.jobs++
	if wb.jobs == 1 {
		wb.setMenus()
	}
	wb.bg.Add(1)
	go func() {
		work()
		fyne.Do(func() {
			defer wb.bg.Done()
			wb.jobs--
			done()
			if wb.jobs > 0 {
				return
			}
			wb.setMenus()
			if f := wb.afterJobs; f != nil {
				wb.afterJobs = nil
				f()
			}
		})
	}()
}

// busy reports whether an import or export is running.
func (wb *Workbench) busy() bool { return wb.jobs > 0 }

func (wb *Workbench) hintBusy() {
	wb.hint("An import or export is running on this project: wait for it to finish before opening another project")
}

// Wait blocks until background work (imports, exports) has finished. Tests
// and the command line call it; never call it on the UI goroutine.
func (wb *Workbench) Wait() { wb.bg.Wait() }

// OpenArticles imports files into the current project and shows the first
// new (or already present) one at once.
func (wb *Workbench) OpenArticles(paths []string) {
	wb.importPaths(paths, true)
}

func (wb *Workbench) importPaths(paths []string, show bool) {
	if wb.proj == nil || len(paths) == 0 {
		return
	}
	if wb.proj.ReadOnly() {
		wb.errorf(fmt.Errorf("import %s: %w", strings.Join(paths, ", "), ErrReadOnly))
		return
	}
	p := wb.proj
	var rep ImportReport
	var err error
	var done, total int // the worker's last progress
	wb.progress.SetValue(0)
	wb.progress.Show()
	wb.saved.SetText("Importing…")
	wb.background(func() {
		rep, err = p.Import(paths, func(d, n int, item string) {
			done, total = d, n
			fyne.Do(func() {
				if n > 0 {
					wb.progress.SetValue(float64(d) / float64(n))
				}
				wb.saved.SetText("Importing " + filepath.Base(item) + "…")
			})
		})
	}, func() {
		wb.progress.Hide()
		if p != wb.proj {
			return
		}
		if err != nil {
			wb.reloadDocs() // what was imported before the error stays
			wb.lastSaved = fmt.Sprintf("Import stopped: %d documents imported", len(rep.Added))
			wb.saved.SetText(wb.lastSaved)
			where := ""
			if total > 0 {
				where = fmt.Sprintf(" after %d of %d inputs", done, total)
			}
			wb.errorf(fmt.Errorf("import stopped early%s (%d documents imported): %w", where, len(rep.Added), err))
			return
		}
		wb.reloadDocs()
		wb.didSave(fmt.Sprintf("imported %d, %d already present, %d rejected", len(rep.Added), len(rep.Duplicates), len(rep.Rejected)))
		switch {
		case show && len(rep.Added) > 0:
			wb.ShowDocument(rep.Added[0])
		case show && len(rep.Existing) > 0:
			wb.ShowDocument(rep.Existing[0])
			wb.hint("Already in the project: showing it")
		}
		if len(rep.Rejected) > 0 || len(rep.Notices) > 0 || !show {
			wb.showImportReport(rep)
		}
	})
}

func (wb *Workbench) showImportReport(rep ImportReport) {
	lines := []string{fmt.Sprintf("Added %d documents; %d were already in the project.", len(rep.Added), len(rep.Duplicates))}
	list := func(title string, rs []Rejected) {
		if len(rs) == 0 {
			return
		}
		lines = append(lines, "", title)
		for _, r := range rs {
			where := r.Path
			if r.Line > 0 {
				where = fmt.Sprintf("%s:%d", r.Path, r.Line)
			}
			lines = append(lines, fmt.Sprintf("• %s — %s", where, r.Reason))
		}
	}
	list("Not imported:", rep.Rejected)
	list("Imported, with notes:", rep.Notices)
	txt := widget.NewLabel(strings.Join(lines, "\n"))
	txt.Wrapping = fyne.TextWrapWord
	sc := container.NewVScroll(txt)
	sc.SetMinSize(fyne.NewSize(520, 240))
	dialog.ShowCustom("Import finished", "Close", sc, wb.win)
}

// docIndex returns the list index of the shown document, or -1.
func (wb *Workbench) docIndex() int {
	for i, d := range wb.docs {
		if d.ID == wb.doc.ID {
			return i
		}
	}
	return -1
}

// sortedQuotes returns the quotes in text order.
func sortedQuotes(a *annot.Annotations) []annot.Quote {
	qs := append([]annot.Quote(nil), a.Quotes...)
	sort.SliceStable(qs, func(i, j int) bool { return qs[i].Extent().Start < qs[j].Extent().Start })
	return qs
}
