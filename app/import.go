package app

import (
	"fmt"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
	"github.com/quotebench/quotebench/annot"
)

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
		wb.errorf(fmt.Errorf("import %s: %w", strings.Join(paths, ", "), annot.ErrReadOnly))
		return
	}
	p := wb.proj
	var rep annot.ImportReport
	var err error
	var done, total int // the worker's last progress
	wb.progress.SetValue(0)
	wb.progress.Show()
	wb.saved.SetText("Importing…")
	wb.background(func() {
		rep, err = p.Import(paths, func(d, n int, item string) {
			done, total = d, n
			fyne.Do(func() {
				if n <= 1 {
					// one input (a large JSONL file): no fraction to show,
					// but the bar moves and the status says how far it got
					wb.progress.Hide()
					wb.busyBar.Show()
					wb.busyBar.Start()
				} else {
					wb.progress.SetValue(float64(d) / float64(n))
				}
				if item != "" {
					wb.saved.SetText("Importing " + filepath.Base(item) + "…")
				}
			})
		})
	}, func() {
		wb.progress.Hide()
		wb.busyBar.Stop()
		wb.busyBar.Hide()
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
		case show && len(rep.DuplicateIDs) > 0:
			wb.ShowDocument(rep.DuplicateIDs[0])
			wb.hint("Already in the project: showing it")
		}
		if len(rep.Rejected) > 0 || len(rep.Notices) > 0 || !show {
			wb.showImportReport(rep)
		}
	})
}

func (wb *Workbench) showImportReport(rep annot.ImportReport) {
	lines := []string{fmt.Sprintf("Added %d documents; %d were already in the project.", len(rep.Added), len(rep.Duplicates))}
	list := func(title string, rs []annot.Rejected) {
		if len(rs) == 0 {
			return
		}
		lines = append(lines, "", title)
		for _, r := range rs {
			lines = append(lines, fmt.Sprintf("• %s — %s", r.Where(), r.Reason))
		}
	}
	list("Not imported:", rep.Rejected)
	list("Imported, with notes:", rep.Notices)
	txt := widget.NewLabel(strings.Join(lines, "\n"))
	if len(lines) == 1 {
		// just the summary: a dialog the size of its line
		wb.showDialog(dialog.NewCustom("Import finished", "Close", txt, wb.win), nil)
		return
	}
	txt.Wrapping = fyne.TextWrapWord
	sc := container.NewVScroll(txt)
	sc.SetMinSize(fyne.NewSize(520, 240))
	wb.showDialog(dialog.NewCustom("Import finished", "Close", sc, wb.win), nil)
}
