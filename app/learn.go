package app

import (
	"fmt"
	"image/color"
	"sort"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/app/widgets"
	"github.com/quotebench/quotebench/detect/feedback"
)

// Learner is what a project offers when it can learn from its decisions
// (package learn): the detector report over the done documents, and a
// re-detection of the documents still to do with what the project taught.
// The window checks for it on the open project.
type Learner interface {
	DetectorReport() (feedback.Report, error)
	// Redetect returns a summary; progress is called off the UI goroutine
	// after each document. With reset the project forgets what it taught
	// the detector and re-detects with the detector as shipped.
	Redetect(reset bool, progress func(done, total int)) (string, error)
}

var colorWrong = color.NRGBA{R: 0xe5, G: 0x39, B: 0x35, A: 0xff}

// precisionBar is one row of the report: the share kept, its count.
func precisionBar(label string, c feedback.Counts, col color.Color) widgets.Bar {
	return widgets.Bar{Label: fmt.Sprintf("%s (%d)", label, c.Suggested), Value: int(c.Precision() + 0.5), Color: col,
		Text: fmt.Sprintf("%.0f%% kept", c.Precision())}
}

// detectorReport builds the report view: precision per quote kind, entity
// label and cue word, recall estimates and what happened to speakers.
func detectorReport(r feedback.Report) fyne.CanvasObject {
	heading := func(s string) fyne.CanvasObject {
		return widget.NewLabelWithStyle(s, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	}
	text := func(s string) *widget.Label {
		l := widget.NewLabel(s)
		l.Wrapping = fyne.TextWrapWord
		return l
	}
	if r.Documents == 0 {
		return text("No document is marked done yet. The report counts the decisions on done documents: mark a document done (Ctrl+D) when every suggestion in it is decided; suggestions still pending then count as rejected.")
	}
	chart := func(bars []widgets.Bar) *widgets.BarChart {
		c := widgets.NewBarChart(bars)
		c.Max = 100
		return c
	}
	quotes := []widgets.Bar{precisionBar("all quotes", r.Quotes, widgets.ColorQuote)}
	for _, k := range []annot.Kind{annot.KindDirect, annot.KindMixed, annot.KindIndirect} {
		if c, ok := r.QuoteKinds[k]; ok {
			quotes = append(quotes, precisionBar(string(k), c, widgets.ColorQuote))
		}
	}
	var labels []widgets.Bar
	names := make([]string, 0, len(r.Labels))
	for l := range r.Labels {
		names = append(names, string(l))
	}
	sort.Strings(names)
	for _, l := range names {
		labels = append(labels, precisionBar(l, r.Labels[annot.Label(l)], widgets.ColorSpeaker))
	}
	var cueBars []widgets.Bar
	for i, c := range r.CueOrder() {
		if i == 12 {
			break
		}
		name := c
		if name == "" {
			name = "(no cue)"
		}
		col := widgets.ColorQuote
		if r.Cues[c].Precision() < 50 {
			col = colorWrong
		}
		cueBars = append(cueBars, precisionBar(name, r.Cues[c], col))
	}
	sp := r.Speakers
	speakers := widgets.NewBarChart([]widgets.Bar{
		{Label: "kept", Value: sp.Kept, Color: widgets.ColorSpeaker},
		{Label: "changed", Value: sp.Changed, Color: colorWrong},
	})
	changed := ""
	for _, k := range []string{"name", "nominal", "pronoun", "unattributed"} {
		if n := sp.ChangedTo[k]; n > 0 {
			changed += fmt.Sprintf(" %s %d,", k, n)
		}
	}
	if changed != "" {
		changed = "; changed to" + changed[:len(changed)-1]
	}
	left := container.NewVBox(
		heading(fmt.Sprintf("Quotes: share of suggestions kept, over %d done documents", r.Documents)), chart(quotes),
		text(fmt.Sprintf("Estimated recall: %.0f%% (%d found by the detector, %d added by hand). Suggestions left pending on a done document count as rejected.",
			r.QuotesFound.Recall(), r.QuotesFound.Kept, r.QuotesFound.Added)),
		widget.NewSeparator(),
		heading("Speakers of kept quotes"), speakers,
		text(fmt.Sprintf("%.0f%% kept as the detector suggested%s.", sp.Accuracy(), changed)),
		widget.NewSeparator(),
		heading("Entity names"), chart(labels),
		text(fmt.Sprintf("Estimated recall: %.0f%% (%d found, %d added by hand).", r.NamesFound.Recall(), r.NamesFound.Kept, r.NamesFound.Added)),
	)
	right := container.NewVBox(heading("Cue words, most frequent first"), chart(cueBars))
	if len(r.Trend) > 1 {
		var weeks []widgets.Bar
		for _, p := range r.Trend {
			weeks = append(weeks, precisionBar(p.Week, p.Quotes, widgets.ColorQuote))
		}
		right.Add(widget.NewSeparator())
		right.Add(heading("Quotes kept, by the week documents were finished"))
		right.Add(chart(weeks))
	}
	return container.NewGridWithColumns(2, left, right)
}

// learner is the open project's Learner, if it has one.
func (wb *Workbench) learner() (Learner, bool) {
	if wb.proj == nil {
		return nil, false
	}
	l, ok := wb.proj.(Learner)
	return l, ok
}

// ShowDetectorReport opens the detector report of the open project.
func (wb *Workbench) ShowDetectorReport() {
	l, ok := wb.learner()
	if !ok {
		return
	}
	r, err := l.DetectorReport()
	if err != nil {
		wb.errorf(fmt.Errorf("detector report: %w", err))
		return
	}
	d := dialog.NewCustom("Detector report", "Close", container.NewVScroll(detectorReport(r)), wb.win)
	d.Resize(fyne.NewSize(1000, 640))
	wb.showDialog(d, nil)
}

// redetectMessage is the question Re-detect asks, with open documents to
// do and done ones.
func redetectMessage(open, done int, reset bool) string {
	if reset {
		return fmt.Sprintf("Forget what this project taught the detector, and re-detect the %s still to do with the detector as shipped?\n\n"+
			"Only undecided suggestions are replaced; everything accepted, edited or rejected stays.\n"+
			"Each document is one step of Undo. The next re-detect learns from the done documents again.", count(open, "document"))
	}
	return fmt.Sprintf("Re-detect the %s still to do, learning from %s done?\n\n"+
		"Only undecided suggestions are replaced; everything accepted, edited or rejected stays.\n"+
		"Each document is one step of Undo. What the project taught the detector is kept in the project file.",
		count(open, "document"), doneCount(done))
}

// doneCount is "the 1 that is", "the 3 that are" (done).
func doneCount(n int) string {
	if n == 1 {
		return "the 1 that is"
	}
	return fmt.Sprintf("the %d that are", n)
}

// Redetect asks, then re-detects the documents still to do in the
// background with what the done documents taught; the current document is
// shown again when it is done.
func (wb *Workbench) Redetect() { wb.askRedetect(false) }

// RedetectAsShipped asks, then forgets what the project taught the detector
// and re-detects the documents still to do with the detector as shipped.
func (wb *Workbench) RedetectAsShipped() { wb.askRedetect(true) }

func (wb *Workbench) askRedetect(reset bool) {
	l, ok := wb.learner()
	if !ok {
		return
	}
	if wb.proj.ReadOnly() {
		wb.errorf(fmt.Errorf("re-detect: %w", annot.ErrReadOnly))
		return
	}
	if wb.busy() {
		wb.hint("An import or export is running: re-detect when it has finished")
		return
	}
	st, err := wb.proj.Stats()
	if err != nil {
		wb.errorf(err)
		return
	}
	open := st.ByStatus[annot.StatusTodo] + st.ByStatus[annot.StatusInProgress]
	msg := redetectMessage(open, st.ByStatus[annot.StatusDone], reset)
	wb.showDialog(dialog.NewConfirm("Re-detect documents to do", msg, func(ok bool) {
		if ok {
			wb.runRedetect(l, reset)
		}
	}, wb.win), nil)
}

func (wb *Workbench) runRedetect(l Learner, reset bool) {
	p := wb.proj
	var summary string
	var err error
	wb.progress.SetValue(0)
	wb.progress.Show()
	wb.saved.SetText("Re-detecting…")
	wb.background(func() {
		summary, err = l.Redetect(reset, func(d, n int) {
			fyne.Do(func() {
				if n > 0 {
					wb.progress.SetValue(float64(d) / float64(n))
				}
				wb.saved.SetText(fmt.Sprintf("Re-detecting: %d of %d documents…", d, n))
			})
		})
	}, func() {
		wb.progress.Hide()
		if p != wb.proj {
			return
		}
		wb.reloadDocs()
		wb.reload()
		if err != nil {
			wb.errorf(fmt.Errorf("re-detect stopped: %w", err))
			return
		}
		wb.didSave("re-detected the documents to do")
		wb.showDialog(dialog.NewInformation("Re-detect finished", summary, wb.win), nil)
	})
}
