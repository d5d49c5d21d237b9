package app

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2/dialog"

	"github.com/quotebench/quotebench/annot"
)

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
	if arts := wb.waiting; len(arts) > 0 && !p.ReadOnly() {
		// the articles given on the command line when no project could open
		wb.waiting = nil
		defer wb.OpenArticles(arts)
	}
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

// OpenProject opens a project file, explaining a busy, unwritable or newer
// file and offering to open a busy or unwritable one read-only.
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
	case errors.Is(err, annot.ErrBusy):
		wb.offerReadOnly(path, "Project in use",
			fmt.Sprintf("%s is open in another Quotebench window.\n\nOpen it read-only? You can look but not change anything.", path),
			fmt.Sprintf("%s is open in another Quotebench window.", filepath.Base(path)))
		return
	case errors.Is(err, annot.ErrReadOnly):
		// A folder or file this user cannot write (a shared or mounted
		// read-only folder): reading still works.
		wb.offerReadOnly(path, "Project cannot be changed here",
			fmt.Sprintf("%s cannot be changed here: this user may not write the file or its folder.\n\n"+
				"Open it read-only? You can look and export but not change anything.", path),
			fmt.Sprintf("%s cannot be written here.", filepath.Base(path)))
		return
	case errors.Is(err, annot.ErrNewerVersion):
		wb.errorf(fmt.Errorf("%s was written by a newer Quotebench than this one (%s); update Quotebench to open it: %w", path, wb.opts.Version, err))
		return
	case err != nil:
		wb.errorf(fmt.Errorf("open project %q: %w", path, err))
		return
	}
	wb.SetProject(p)
}

// offerReadOnly asks whether to open path read-only, and does.
// When the analyst says no and no project is open, the window says why
// (noProject) and what to do next.
func (wb *Workbench) offerReadOnly(path, title, msg, noProject string) {
	wb.showDialog(dialog.NewConfirm(title, msg, func(ok bool) {
		if !ok {
			if wb.proj == nil {
				wb.explainNoProject(noProject)
			}
			return
		}
		p, err := wb.opts.Open(path, true)
		if err != nil {
			wb.errorf(fmt.Errorf("open project %q read-only: %w", path, err))
			return
		}
		wb.SetProject(p)
	}, wb.win), nil)
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
	if len(articles) > 0 {
		wb.waiting = articles // imported as soon as a project is open
	}
	wb.OpenProject(path)
	if wb.proj != nil && !wb.proj.ReadOnly() && len(wb.waiting) > 0 {
		arts := wb.waiting
		wb.waiting = nil
		wb.OpenArticles(arts)
	}
}

// explainNoProject fills the empty window with why no project is open and
// what to do next, keeping any article given on the command line for the
// project the analyst opens next.
func (wb *Workbench) explainNoProject(why string) {
	msg := why + "\n\nClose the other window and open it again (File → Recent projects), or open another project " +
		"(File → Open project… / New project…)."
	if len(wb.waiting) > 0 {
		names := make([]string, len(wb.waiting))
		for i, a := range wb.waiting {
			names[i] = filepath.Base(a)
		}
		msg += fmt.Sprintf("\n\n%s will be imported into the project you open.", strings.Join(names, ", "))
	}
	wb.docTitle.SetText(msg)
	wb.lastSaved = "No project open"
	wb.saved.SetText(wb.lastSaved)
}
