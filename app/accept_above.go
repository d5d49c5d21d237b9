package app

import (
	"fmt"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/quotebench/quotebench/annot"
)

// aboveCount counts what "accept all above min" accepts: the pending quotes
// and mentions at least that sure, and the less sure pending speakers of
// those quotes (a quote's speaker follows it).
func aboveCount(a *annot.Annotations, min float64) (quotes, speakers, mentions int) {
	seen := map[annot.MentionID]bool{}
	for _, q := range a.Quotes {
		if q.State != annot.StateSuggested || q.Confidence < min {
			continue
		}
		quotes++
		if m := a.Mention(q.Speaker); m != nil && m.State == annot.StateSuggested && m.Origin == annot.OriginDetector && m.Confidence < min && !seen[m.ID] {
			seen[m.ID] = true
			speakers++
		}
	}
	for _, m := range a.Mentions {
		if m.State == annot.StateSuggested && m.Confidence >= min {
			mentions++
		}
	}
	return quotes, speakers, mentions
}

// percent renders a confidence: "82%".
func percent(c float64) string { return fmt.Sprintf("%.0f%%", math.Round(c*100)) }

// AcceptAll asks how sure a suggestion must be to be accepted without
// review, says how many that accepts, and accepts them on confirmation:
// one action, one undo step.
func (wb *Workbench) AcceptAll() {
	if wb.doc.ID == 0 {
		return
	}
	p := countPending(&wb.ann)
	if p.quotes+p.mentions == 0 {
		wb.hint("No suggestions left in this document")
		return
	}
	doc := wb.doc.ID
	min := wb.prefs.acceptAbove()
	label := widget.NewLabel("")
	var ok *widget.Button
	update := func() {
		q, spk, m := aboveCount(&wb.ann, min)
		n := q + spk + m
		label.SetText(fmt.Sprintf("Accepts %d of %d pending suggestions: %d quotes and %d mentions at least %s sure,\nand %d less sure speakers of those quotes. One undo step reverts it.",
			n, p.quotes+p.mentions, q, m, percent(min), spk))
		ok.SetText(fmt.Sprintf("Accept %d", n))
		if n == 0 {
			ok.Disable()
		} else {
			ok.Enable()
		}
	}
	var dlg *dialog.CustomDialog
	ok = widget.NewButton("", func() {
		dlg.Hide()
		if wb.doc.ID != doc {
			return
		}
		wb.prefs.setAcceptAbove(min)
		wb.acceptAbove(min)
	})
	ok.Importance = widget.HighImportance
	slider := newEscSlider(0, 100, wb.escape)
	slider.Step = 5
	slider.SetValue(min * 100)
	slider.OnChanged = func(v float64) { min = v / 100; update() }
	update()
	cancel := widget.NewButton("Cancel", func() { dlg.Hide() })
	body := container.NewVBox(
		widget.NewLabel("Accept every pending suggestion at least this sure:"),
		container.NewBorder(nil, nil, widget.NewLabel("0%"), widget.NewLabel("100%"), slider),
		label,
		container.NewHBox(cancel, ok))
	dlg = dialog.NewCustomWithoutButtons("Accept all above…", body, wb.win)
	dlg.Resize(fyne.NewSize(560, 0))
	wb.showDialog(dlg, nil)
	wb.acceptDialog = slider
}

// acceptAbove accepts the pending suggestions at least min sure.
func (wb *Workbench) acceptAbove(min float64) {
	n := 0
	what := "accept all remaining"
	if min > 0 {
		what = "accept all above " + percent(min)
	}
	if wb.write(what, func() (err error) { n, err = wb.proj.DecidePending(wb.doc.ID, annot.StateAccepted, min); return err }) {
		wb.reload()
		wb.didSave(fmt.Sprintf("%s: %d suggestions accepted", what, n))
	}
}
