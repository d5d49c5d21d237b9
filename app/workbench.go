package app

import (
	"fmt"
	"strings"
	"sync"

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
	docs   []annot.DocSummary
	filter annot.DocFilter
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

	insp   *inspector
	splits [2]*container.Split // document list | rest, article | inspector

	// status bar
	saved    *widget.Label
	position *widget.Label
	progress *widget.ProgressBar
	busyBar  *widget.ProgressBarInfinite // a job whose size is unknown (one large file)

	waiting      []string    // articles to import once a project is open
	exportForm   *exportForm // the export dialog last shown (tests drive it)
	acceptDialog *escSlider  // the open "accept all above" threshold (tests drive it)
	picker       *widgets.Picker
	pickerPopUp  *widget.PopUp
	adj          *adjudication // the open adjudication view
	people       *people       // the open People view
	dialogs      []*openDialog // the dialogs open, top last (dialog_stack.go)

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
	wb.errorf = func(err error) { wb.showDialog(dialog.NewError(err, wb.win), nil) }
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
	wb.search.OnChanged = wb.searchChanged
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
	wb.view.SetZoom(wb.prefs.textZoom())
	wb.view.OnSelect = wb.SelectRef
	wb.view.OnSelection = func(annot.Span) { wb.insp.refreshActions() }
	wb.view.OnRune = wb.typedRune
	wb.view.OnNudge = wb.nudge
	wb.view.ContextMenu = wb.contextMenu
	// the legend scrolls sideways rather than fixing the centre's minimum width
	// (which kept the document list from growing past ~200 px)
	centre := container.NewBorder(container.NewVBox(wb.docTitle, container.NewHScroll(legend())), nil, nil, nil, wb.view)

	// right: the inspector
	wb.insp = newInspector(wb)

	// bottom: the status bar
	wb.saved = widget.NewLabel("No project open")
	wb.position = widget.NewLabel("")
	wb.progress = widget.NewProgressBar()
	wb.progress.Hide()
	wb.busyBar = widget.NewProgressBarInfinite()
	wb.busyBar.Stop()
	wb.busyBar.Hide()
	status := container.NewBorder(nil, nil, wb.saved, container.NewHBox(wb.progress, wb.busyBar, wb.position))

	// The panels are split containers: drag the dividers; saveLayout
	// remembers where they were.
	right := container.NewHSplit(centre, wb.insp.box)
	right.Offset = wb.prefs.split(keySplitRight, 0.66)
	split := container.NewHSplit(left, right)
	split.Offset = wb.prefs.split(keySplitLeft, 0.22)
	wb.splits = [2]*container.Split{split, right}
	wb.win.Canvas().SetOnTypedRune(wb.typedRune)
	wb.win.Canvas().SetOnTypedKey(wb.typedKey)
	return container.NewBorder(nil, container.NewVBox(widget.NewSeparator(), status), nil, nil, split)
}

// saveLayout remembers where the panel dividers are.
func (wb *Workbench) saveLayout() {
	wb.prefs.setSplit(keySplitLeft, wb.splits[0].Offset)
	wb.prefs.setSplit(keySplitRight, wb.splits[1].Offset)
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

func docMeta(d annot.DocSummary) string {
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
