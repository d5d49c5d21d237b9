package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"

	"github.com/quotebench/quotebench/app"
	"github.com/quotebench/quotebench/assets"
	"github.com/quotebench/quotebench/detect"
	"github.com/quotebench/quotebench/detect/feedback"
	"github.com/quotebench/quotebench/formats"
	_ "github.com/quotebench/quotebench/formats/all"
	"github.com/quotebench/quotebench/ingest"
	"github.com/quotebench/quotebench/learn"
	"github.com/quotebench/quotebench/store"
)

// appID is the application id (preferences, desktop file).
const appID = "io.github.quotebench.Quotebench"

// noDisplay says why no window can open, or "": on Linux and the BSDs a
// window needs an X11 or Wayland display (without one the toolkit panics
// deep in its driver).
func noDisplay(getenv func(string) string) string {
	switch runtime.GOOS {
	case "windows", "darwin", "android", "ios":
		return ""
	}
	if getenv("DISPLAY") == "" && getenv("WAYLAND_DISPLAY") == "" {
		return "no display (neither DISPLAY nor WAYLAND_DISPLAY is set)"
	}
	return ""
}

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
	if why := noDisplay(os.Getenv); why != "" {
		fmt.Fprintf(stderr, "quotebench: cannot open the window: %s\n(the commands work without one: quotebench help)\n", why)
		return 1
	}
	if _, err := detect.New(); err != nil { // fail before the window, not at the first project
		fmt.Fprintf(stderr, "quotebench: load the detector: %v\n", err)
		return 1
	}
	opener := guiOpener{}
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
		ExportExt: func(name string) string {
			if f, err := formats.Lookup(name); err == nil {
				return f.Ext
			}
			return ""
		},
		ExportCheck: formats.CheckOutput,
		ProjectExt:  store.Ext,
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

// guiOpener opens project files for the window.
// Each project gets a detector with its own scope (learn.ScopeKey).
type guiOpener struct{}

func (o *guiOpener) open(path string, readOnly bool) (app.Project, error) {
	s, err := openOrCreateProject(path, readOnly)
	if err != nil {
		return nil, err
	}
	opts, err := learn.ProjectScope(s, "")
	if err != nil {
		s.Close()
		return nil, err
	}
	det, err := detect.NewWith(opts)
	if err != nil {
		s.Close()
		return nil, fmt.Errorf("load the detector: %w", err)
	}
	return &guiProject{Store: s, Importer: ingest.Importer{Store: s, Detect: det.Detect}, detect: opts}, nil
}

// defaultProject returns the default project's path; open creates it with
// the bundled sample article on first start.
func (o *guiOpener) defaultProject() (string, error) {
	return defaultProjectPath()
}

// guiProject is an open project for the window: the store, an importer
// into it that runs the detector, and learning from its decisions. The
// window compares projects (is this still the open one?), so it is used by
// pointer: the struct holds a func and is not comparable.
type guiProject struct {
	*store.Store
	ingest.Importer
	detect detect.Options // the project's scope
}

// DetectorReport is the report of the detector on the done documents.
func (p guiProject) DetectorReport() (feedback.Report, error) { return learn.Report(p.Store) }

// Redetect learns from the done documents and re-detects the ones to do.
func (p guiProject) Redetect(reset bool, progress func(done, total int)) (string, error) {
	res, err := learn.Redetect(p.Store, learn.Options{Detect: p.detect, Reset: reset, Progress: progress})
	return res.Summary(), err
}

var _ app.Learner = guiProject{}

// export writes the documents of project in one of the formats package's
// formats; the export is read back and verified, with a manifest beside it.
// It runs off the UI goroutine on the project the window passes (the one
// open when the export was asked for), reading it through app.ExportSource.
func (o *guiOpener) export(p app.ExportSource, req app.ExportRequest, progress func(done, total int)) (string, error) {
	format, out, status := req.Format, req.Out, req.Status
	if err := formats.CheckState(req.State); err != nil {
		return "", err
	}
	f, err := formats.Lookup(format)
	if err != nil {
		return "", err
	}
	if f.Ext != "" && !strings.EqualFold(filepath.Ext(out), f.Ext) {
		out += f.Ext
	}
	items, n, err := formats.SourceItems(p, status)
	if err != nil {
		return "", err
	}
	m, err := formats.Export(out, format, items, n, formats.Options{Protect: p.Files(), State: req.State}, progress)
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
