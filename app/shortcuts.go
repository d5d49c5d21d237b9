package app

import (
	"fmt"
	"path/filepath"
	"strings"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"

	"github.com/quotebench/quotebench/annot"
)

// action is one entry of the shortcut table: a command, where it sits in
// the menus, and its key. Keys without a modifier work while the article
// has focus; keys with one work everywhere and show in the menus.
type action struct {
	menu string
	name string
	key  fyne.Shortcut
	run  func()
}

func key(k fyne.KeyName) fyne.Shortcut { return &desktop.CustomShortcut{KeyName: k} }

func ctrl(k fyne.KeyName) fyne.Shortcut {
	return &desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault}
}

func ctrlShift(k fyne.KeyName) fyne.Shortcut {
	return &desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
}

// separator marks a menu separator in the table.
const separator = "-"

// Menu items disabled while an import or export runs.
const (
	menuNewProject      = "New project…"
	menuOpenProject     = "Open project…"
	menuRedetect        = "Re-detect documents to do…"
	menuRedetectShipped = "Re-detect with the detector as shipped…"
)

// actions is the one shortcut table: menus, key dispatch and
// Help → Keyboard shortcuts are all built from it.
func (wb *Workbench) actions() []action {
	a := []action{
		{"File", "Open article…", ctrl(fyne.KeyO), wb.showOpenArticle},
		{"File", "Import articles…", ctrl(fyne.KeyI), wb.showImport},
		{"File", "Export…", ctrl(fyne.KeyE), wb.showExport},
		{"File", separator, nil, nil},
		{"File", menuNewProject, nil, wb.showNewProject},
		{"File", menuOpenProject, ctrlShift(fyne.KeyO), wb.showOpenProject},

		{"Edit", "Undo", &fyne.ShortcutUndo{}, wb.Undo},
		{"Edit", "Redo", &fyne.ShortcutRedo{}, wb.Redo},
		{"Edit", separator, nil, nil},
		{"Edit", "Next suggestion", key(fyne.KeyN), func() { wb.NextSuggestion(1) }},
		{"Edit", "Previous suggestion", key(fyne.KeyP), func() { wb.NextSuggestion(-1) }},
		{"Edit", "Accept", key(fyne.KeyA), wb.Accept},
		{"Edit", "Reject", key(fyne.KeyR), wb.Reject},
		{"Edit", "Accept all above…", ctrlShift(fyne.KeyA), wb.AcceptAll},
		{"Edit", separator, nil, nil},
		{"Edit", "Speaker…", key(fyne.KeyS), wb.OpenSpeakerPicker},
		{"Edit", "Next speaker candidate", key(fyne.KeyC), wb.CycleSpeaker},
		{"Edit", separator, nil, nil},
		{"Edit", "Search the project", ctrl(fyne.KeyF), wb.focusSearch},
		{"Edit", "Next match", ctrl(fyne.KeyG), func() { wb.NextMatch(1) }},
		{"Edit", "Previous match", ctrlShift(fyne.KeyG), func() { wb.NextMatch(-1) }},

		{"Document", "Mark done and open next", ctrl(fyne.KeyD), wb.MarkDoneAndNext},
		{"Document", "Adjudicate…", ctrl(fyne.KeyJ), wb.ShowAdjudication},
		{"Document", "Mark in progress", nil, func() { wb.SetStatus(annot.StatusInProgress) }},
		{"Document", "Mark skipped", nil, func() { wb.SetStatus(annot.StatusSkipped) }},
		{"Document", "Mark to do", nil, func() { wb.SetStatus(annot.StatusTodo) }},
		{"Document", menuRedetect, nil, wb.Redetect},
		{"Document", menuRedetectShipped, nil, wb.RedetectAsShipped},
		{"Document", separator, nil, nil},
		{"Document", "Change quote kind", key(fyne.KeyK), wb.CycleKind},
		{"Document", "Split quote at selection", key(fyne.KeyX), wb.SplitQuote},
		{"Document", "Join quote parts", key(fyne.KeyJ), wb.JoinQuote},

		{"View", "Project overview", ctrlShift(fyne.KeyP), wb.ShowOverview},
		{"View", "People…", ctrl(fyne.KeyL), wb.ShowPeople},
		{"View", "Detector report", ctrlShift(fyne.KeyR), wb.ShowDetectorReport},
		{"View", separator, nil, nil},
		{"View", "Zoom in", ctrl(fyne.KeyEqual), func() { wb.Zoom(1.1) }},
		{"View", "Zoom out", ctrl(fyne.KeyMinus), func() { wb.Zoom(1 / 1.1) }},
		{"View", "Actual size", ctrl(fyne.Key0), func() { wb.Zoom(1) }},
		{"View", separator, nil, nil},
		{"View", "Start of the article", ctrl(fyne.KeyHome), func() { wb.view.ScrollHome() }},
		{"View", "End of the article", ctrl(fyne.KeyEnd), func() { wb.view.ScrollEnd() }},

		{"Help", "Keyboard shortcuts", ctrl(fyne.KeySlash), wb.showShortcuts},
		{"Help", "About Quotebench", nil, wb.showAbout},
	}
	for i, name := range wb.labelKeyNames() {
		if i >= 9 {
			break
		}
		n := i + 1
		a = append(a, action{"Label", name, key(fyne.KeyName(fmt.Sprint(n))), func() { wb.LabelKey(n) }})
	}
	return a
}

// safe runs an action, turning a panic into an error dialog instead of a
// crash. While a dialog or pop-up is open the action waits: the keys are
// the dialog's, so a typed letter does not decide a suggestion behind it
// and a shortcut does not stack a second dialog. (A menu item's action
// runs after its menu has closed.)
func (wb *Workbench) safe(name string, run func()) func() {
	if run == nil {
		return nil
	}
	return func() {
		if wb.overlayOpen() {
			return
		}
		defer func() {
			if r := recover(); r != nil {
				wb.errorf(fmt.Errorf("%s failed unexpectedly: %v", strings.ToLower(name), r))
			}
		}()
		run()
	}
}

// overlayOpen reports whether a dialog or pop-up covers the window, but
// for the adjudication view, a dialog that takes the keys itself.
func (wb *Workbench) overlayOpen() bool {
	n := len(wb.win.Canvas().Overlays().List())
	if wb.adj != nil {
		n--
	}
	return n > 0
}

// typedRune dispatches an unmodified key typed in the article (or with no
// focus) through the shortcut table.
func (wb *Workbench) typedRune(r rune) {
	if wb.picker != nil { // typing filters the open speaker picker
		wb.picker.TypedRune(r)
		return
	}
	if wb.overlayOpen() { // a dialog is open: its keys are its own
		return
	}
	if wb.adj != nil { // the adjudication view takes its keys
		wb.adj.typedRune(r)
		return
	}
	k := fyne.KeyName(strings.ToUpper(string(unicode.ToUpper(r))))
	for _, a := range wb.actions() {
		if cs, ok := a.key.(*desktop.CustomShortcut); ok && cs.Modifier == 0 && cs.KeyName == k && a.run != nil {
			wb.safe(a.name, a.run)()
			return
		}
	}
}

// addShortcuts registers the modified keys on the canvas (the menus handle
// them too on desktop; the canvas makes them work without a menu, in tests).
func (wb *Workbench) addShortcuts() {
	for _, a := range wb.actions() {
		if a.key == nil || a.run == nil {
			continue
		}
		if cs, ok := a.key.(*desktop.CustomShortcut); ok && cs.Modifier == 0 {
			continue
		}
		run := wb.safe(a.name, a.run)
		wb.win.Canvas().AddShortcut(a.key, func(fyne.Shortcut) { run() })
	}
	// Ctrl+Shift+Z redoes too.
	redo := wb.safe("Redo", wb.Redo)
	wb.win.Canvas().AddShortcut(ctrlShift(fyne.KeyZ), func(fyne.Shortcut) { redo() })
}

// setMenus builds the main menu from the shortcut table.
func (wb *Workbench) setMenus() {
	menus := map[string]*fyne.Menu{}
	order := []string{"File", "Edit", "Document", "View", "Help"}
	for _, n := range order {
		menus[n] = fyne.NewMenu(n)
	}
	labels := fyne.NewMenuItem("Label selection", nil)
	labels.ChildMenu = fyne.NewMenu("")
	for _, a := range wb.actions() {
		var it *fyne.MenuItem
		if a.name == separator {
			it = fyne.NewMenuItemSeparator()
		} else {
			it = fyne.NewMenuItem(a.name, wb.safe(a.name, a.run))
			it.Shortcut = a.key
			// another project cannot open while a job writes to this one
			it.Disabled = wb.busy() && (a.name == menuNewProject || a.name == menuOpenProject || a.name == menuRedetect || a.name == menuRedetectShipped)
		}
		if a.menu == "Label" {
			labels.ChildMenu.Items = append(labels.ChildMenu.Items, it)
			continue
		}
		menus[a.menu].Items = append(menus[a.menu].Items, it)
	}
	edit := menus["Edit"]
	edit.Items = append(edit.Items[:len(edit.Items)-2], append([]*fyne.MenuItem{labels}, edit.Items[len(edit.Items)-2:]...)...)

	file := menus["File"]
	recent := fyne.NewMenuItem("Recent projects", nil)
	recent.ChildMenu = fyne.NewMenu("")
	for _, p := range wb.prefs.recent() {
		p := p
		it := fyne.NewMenuItem(filepath.Base(p)+"  —  "+filepath.Dir(p), func() { wb.OpenProject(p) })
		recent.ChildMenu.Items = append(recent.ChildMenu.Items, it)
	}
	if len(recent.ChildMenu.Items) == 0 || wb.busy() {
		recent.Disabled = true
	}
	quit := fyne.NewMenuItem("Quit", func() { wb.quit() })
	quit.IsQuit = true
	quit.Shortcut = ctrl(fyne.KeyQ)
	file.Items = append(file.Items, recent, fyne.NewMenuItemSeparator(), quit)

	view := menus["View"]
	themes := fyne.NewMenuItem("Theme", nil)
	themes.ChildMenu = fyne.NewMenu("")
	for _, m := range []string{"system", "light", "dark"} {
		m := m
		it := fyne.NewMenuItem(map[string]string{"system": "Follow the system", "light": "Light", "dark": "Dark"}[m], func() { wb.SetThemeMode(m) })
		it.Checked = wb.prefs.themeMode() == m
		themes.ChildMenu.Items = append(themes.ChildMenu.Items, it)
	}
	orderItem := fyne.NewMenuItem("Next suggestion: least sure first", func() { wb.SetLeastSureFirst(!wb.prefs.leastSureFirst()) })
	orderItem.Checked = wb.prefs.leastSureFirst()
	view.Items = append(view.Items, fyne.NewMenuItemSeparator(), orderItem, themes)

	main := fyne.NewMainMenu()
	for _, n := range order {
		main.Items = append(main.Items, menus[n])
	}
	wb.win.SetMainMenu(main)
}

func (wb *Workbench) quit() { wb.requestClose(wb.app.Quit) }

// requestClose closes the project and then runs then (quit the app, close
// the window). While an import or export runs it asks first and, when the
// analyst agrees, does it as soon as the job has finished: closing the
// store under a running job would lose its work.
func (wb *Workbench) requestClose(then func()) {
	if !wb.busy() {
		wb.shutdown()
		then()
		return
	}
	wb.showDialog(dialog.NewConfirm("Import or export still running",
		"An import or export is still writing. Quit as soon as it has finished?\n\nEverything finished so far is saved.",
		func(ok bool) {
			if !ok {
				return
			}
			wb.hint("Quitting when the import or export has finished…")
			wb.afterJobs = func() { wb.shutdown(); then() }
		}, wb.win), nil)
}

// shutdown remembers the window size and closes the project.
func (wb *Workbench) shutdown() {
	wb.prefs.setWindowSize(wb.win.Canvas().Size())
	wb.saveLayout()
	if wb.proj != nil {
		wb.proj.Close()
		wb.proj = nil
	}
}

func (wb *Workbench) focusSearch() { wb.win.Canvas().Focus(wb.search) }

// shortcutText renders a key for people: "Ctrl+Shift+A", "N".
func shortcutText(s fyne.Shortcut) string {
	ks, ok := s.(fyne.KeyboardShortcut)
	if !ok {
		return ""
	}
	var parts []string
	m := ks.Mod()
	if m&fyne.KeyModifierControl != 0 {
		parts = append(parts, "Ctrl")
	}
	if m&fyne.KeyModifierSuper != 0 {
		parts = append(parts, "Cmd")
	}
	if m&fyne.KeyModifierAlt != 0 {
		parts = append(parts, "Alt")
	}
	if m&fyne.KeyModifierShift != 0 {
		parts = append(parts, "Shift")
	}
	k := string(ks.Key())
	switch ks.Key() {
	case fyne.KeyEqual:
		k = "="
	case fyne.KeyMinus:
		k = "-"
	case fyne.KeySlash:
		k = "/"
	case fyne.KeyHome, fyne.KeyEnd:
		k = string(ks.Key())
	}
	return strings.Join(append(parts, k), "+")
}
