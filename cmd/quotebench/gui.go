package main

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/app"
	"github.com/quotebench/quotebench/assets"
	"github.com/quotebench/quotebench/detect"
	"github.com/quotebench/quotebench/formats"
	_ "github.com/quotebench/quotebench/formats/all"
	"github.com/quotebench/quotebench/store"
)

// appID is the application id (preferences, desktop file).
const appID = "io.github.quotebench.Quotebench"

// runGUI opens the workbench window: on --project P, else on the last
// project (or the default one), importing and showing ARTICLE... at once.
func runGUI(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("", stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: quotebench [--project P] [ARTICLE...]\n\nOpen the workbench window.\n\nFlags:\n")
		fs.PrintDefaults()
	}
	projectPath := fs.String("project", "", "project file to open (default: the last one, or the default project)")
	if code, stop := parseFlags(fs, args); stop {
		return code
	}
	project, articles, err := guiArgs(*projectPath, fs.Args())
	if err != nil {
		fmt.Fprintf(stderr, "quotebench: %v\n", err)
		return 2
	}
	det, err := detect.New()
	if err != nil {
		fmt.Fprintf(stderr, "quotebench: load the detector: %v\n", err)
		return 1
	}
	opener := guiOpener{detect: det.Detect}
	a := fyneapp.NewWithID(appID)
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.Icon)) // packaged builds have it from FyneApp.toml; dev builds from here
	// X11 takes the window class from the title the window is created with:
	// "Quotebench", the desktop file's StartupWMClass. The project's name
	// joins the title once the window exists (Show creates it).
	w := a.NewWindow("Quotebench")
	wb := app.New(a, w, app.Options{
		Version:        version,
		Open:           opener.open,
		DefaultProject: opener.defaultProject,
		Export:         opener.export,
		ExportFormats:  formats.Names(),
		ProjectExt:     store.Ext,
	})
	w.Show()
	wb.Start(project, articles)
	a.Run()
	return 0
}

// guiArgs splits the window's arguments into the project to open and the
// articles to import: `quotebench FILE.quotebench` (how the desktop file and
// the Windows installers launch it) opens that project.
func guiArgs(project string, args []string) (string, []string, error) {
	var articles []string
	for _, a := range args {
		if !strings.EqualFold(filepath.Ext(a), store.Ext) {
			articles = append(articles, a)
			continue
		}
		if project != "" && project != a {
			return "", nil, fmt.Errorf("open one project at a time: %q and %q given", project, a)
		}
		project = a
	}
	return project, articles, nil
}

// guiOpener opens project files for the window and adapts the store to
// app.Project.
type guiOpener struct {
	detect store.Detector
}

func (o *guiOpener) open(path string, readOnly bool) (app.Project, error) {
	s, err := openOrCreateProject(path, readOnly)
	if err != nil {
		return nil, mapStoreErr(err)
	}
	return &guiProject{Store: s, detect: o.detect}, nil
}

// defaultProject returns the default project's path; open creates it with
// the bundled sample article on first start.
func (o *guiOpener) defaultProject() (string, error) {
	return defaultProjectPath()
}

// mapStoreErr wraps the store's errors in the window's, keeping the text.
func mapStoreErr(err error) error {
	switch {
	case errors.Is(err, store.ErrBusy):
		return fmt.Errorf("%w: %w", app.ErrBusy, err)
	case errors.Is(err, store.ErrNewerVersion):
		return fmt.Errorf("%w: %w", app.ErrNewerVersion, err)
	case errors.Is(err, store.ErrReadOnly):
		return fmt.Errorf("%w: %w", app.ErrReadOnly, err)
	}
	return err
}

// guiProject adapts *store.Store to app.Project: the methods whose types
// the window mirrors are converted, the rest pass through.
type guiProject struct {
	*store.Store
	detect store.Detector
}

func (p *guiProject) Documents(f app.DocFilter) ([]app.DocSummary, error) {
	ds, err := p.Store.Documents(store.DocFilter{Status: f.Status, Query: f.Query, IDs: f.IDs})
	if err != nil {
		return nil, err
	}
	out := make([]app.DocSummary, len(ds))
	for i, d := range ds {
		out[i] = app.DocSummary{ID: d.ID, Title: d.Title, Date: d.Date, Status: d.Status,
			Quotes: d.Quotes, Mentions: d.Mentions, Pending: d.Pending}
	}
	return out, nil
}

func (p *guiProject) Import(paths []string, progress func(done, total int, item string)) (app.ImportReport, error) {
	r, err := p.Store.Import(paths, p.detect, store.Progress(progress))
	out := app.ImportReport{Added: r.Added, Duplicates: r.Duplicates, Existing: r.DuplicateIDs}
	for _, x := range r.Rejected {
		out.Rejected = append(out.Rejected, app.Rejected{Path: x.Path, Line: x.Line, Reason: x.Reason})
	}
	for _, x := range r.Notices {
		out.Notices = append(out.Notices, app.Rejected{Path: x.Path, Line: x.Line, Reason: x.Reason})
	}
	return out, mapStoreErr(err)
}

func (p *guiProject) Undo() (app.JournalEntry, bool, error) {
	e, ok, err := p.Store.Undo()
	return app.JournalEntry{Doc: e.Doc, Action: e.Action}, ok, mapStoreErr(err)
}

func (p *guiProject) Redo() (app.JournalEntry, bool, error) {
	e, ok, err := p.Store.Redo()
	return app.JournalEntry{Doc: e.Doc, Action: e.Action}, ok, mapStoreErr(err)
}

func (p *guiProject) Stats() (app.Stats, error) {
	s, err := p.Store.Stats()
	out := app.Stats{ByStatus: s.ByStatus, DetectorAccepted: s.DetectorAccepted, DetectorEdited: s.DetectorEdited,
		DetectorRejected: s.DetectorRejected, DetectorPending: s.DetectorPending}
	for _, x := range s.Speakers {
		out.Speakers = append(out.Speakers, app.SpeakerCount{Name: x.Name, Count: x.Count})
	}
	return out, err
}

// export writes the documents of project in one of the formats package's
// formats; the export is read back and verified, with a manifest beside it.
// It runs off the UI goroutine on the project the window passes (the one
// open when the export was asked for).
func (o *guiOpener) export(project app.Project, format, out string, status annot.Status, progress func(done, total int)) (string, error) {
	f, err := formats.Lookup(format)
	if err != nil {
		return "", err
	}
	p, ok := project.(*guiProject)
	if !ok || p == nil {
		return "", errors.New("no project open")
	}
	if f.Ext != "" && !strings.EqualFold(filepath.Ext(out), f.Ext) {
		out += f.Ext
	}
	sums, err := p.Store.Documents(store.DocFilter{Status: status})
	if err != nil {
		return "", fmt.Errorf("list documents: %w", err)
	}
	items := func(yield func(formats.Item) bool) error {
		for _, d := range sums {
			doc, err := p.Store.Document(d.ID)
			if err != nil {
				return err
			}
			a, err := p.Store.Annotations(d.ID)
			if err != nil {
				return err
			}
			if !yield(formats.Item{Doc: doc, Ann: a}) {
				return nil
			}
		}
		return nil
	}
	m, err := formats.Export(out, format, items, len(sums), formats.Options{Protect: p.Store.Files()}, progress)
	if err != nil {
		return "", err
	}
	warn := ""
	if len(m.Lint) > 0 {
		warn = fmt.Sprintf("; %d lint warnings, listed in the manifest", len(m.Lint))
	}
	return fmt.Sprintf("%d documents, %d quotes, %d mentions written to %s (%s), read back and verified%s",
		m.Counts.Documents, m.Counts.Quotes, m.Counts.Mentions, out, m.Format, warn), nil
}
