package app

import (
	"os"

	"fyne.io/fyne/v2"
	"github.com/quotebench/quotebench/annot"
)

// prefs holds UI state only (annotations live in the project file), through
// typed getters with their defaults next to the keys.
type prefs struct{ p fyne.Preferences }

const (
	keyLastProject = "project.last"        // path of the project opened last
	keyRecent      = "project.recent"      // recent project paths, newest first
	keyLastDoc     = "doc.last:"           // + project path: the document viewed last
	keyWinW        = "window.width"        // default 1280
	keyWinH        = "window.height"       // default 800
	keyThemeMode   = "theme.mode"          // "system" (default), "light", "dark"
	keyTextZoom    = "text.zoom"           // 1.0 default, 0.7–2.0
	keyAcceptAbove = "review.accept_above" // "accept all above" threshold, 0.9 default
	keyReviewOrder = "review.order"        // "text" (default) or "confidence": what N visits first
	keySplitLeft   = "layout.split.left"   // document list | rest, 0.22 default
	keySplitRight  = "layout.split.right"  // article | inspector, 0.66 default
	keyExportState = "export.state"        // state filter of the last export ("accepted" default)
	keyExportDocs  = "export.docs"         // status of the last export's documents ("" all)
	keyExportFmt   = "export.format"       // format of the last export
	keyExportOut   = "export.out"          // file of the last export
	maxRecent      = 8
	defaultWinW    = 1280
	defaultWinH    = 800
)

func (p prefs) lastProject() string               { return p.p.String(keyLastProject) }
func (p prefs) setLastProject(path string)        { p.p.SetString(keyLastProject, path) }
func (p prefs) recent() []string                  { return p.p.StringList(keyRecent) }
func (p prefs) lastDoc(project string) int        { return p.p.Int(keyLastDoc + project) }
func (p prefs) setLastDoc(project string, id int) { p.p.SetInt(keyLastDoc+project, id) }

func (p prefs) addRecent(path string) {
	list := []string{path}
	for _, r := range p.recent() {
		if r != path && len(list) < maxRecent {
			list = append(list, r)
		}
	}
	p.p.SetStringList(keyRecent, list)
}

func (p prefs) windowSize() fyne.Size {
	return fyne.NewSize(float32(p.p.FloatWithFallback(keyWinW, defaultWinW)), float32(p.p.FloatWithFallback(keyWinH, defaultWinH)))
}

func (p prefs) setWindowSize(s fyne.Size) {
	p.p.SetFloat(keyWinW, float64(s.Width))
	p.p.SetFloat(keyWinH, float64(s.Height))
}

func (p prefs) themeMode() string {
	switch m := p.p.StringWithFallback(keyThemeMode, "system"); m {
	case "light", "dark":
		return m
	}
	return "system"
}

func (p prefs) setThemeMode(m string) { p.p.SetString(keyThemeMode, m) }

func (p prefs) textZoom() float32 {
	z := float32(p.p.FloatWithFallback(keyTextZoom, 1))
	return min(2, max(0.7, z))
}

func (p prefs) setTextZoom(z float32) { p.p.SetFloat(keyTextZoom, float64(min(2, max(0.7, z)))) }

func (p prefs) acceptAbove() float64 {
	return min(1, max(0, p.p.FloatWithFallback(keyAcceptAbove, 0.9)))
}
func (p prefs) setAcceptAbove(v float64) { p.p.SetFloat(keyAcceptAbove, v) }

// leastSureFirst reports whether N visits the least sure suggestion first
// (else in text order).
func (p prefs) leastSureFirst() bool { return p.p.String(keyReviewOrder) == "confidence" }
func (p prefs) setLeastSureFirst(on bool) {
	p.p.SetString(keyReviewOrder, map[bool]string{true: "confidence", false: "text"}[on])
}

func (p prefs) split(key string, def float64) float64 {
	return min(0.85, max(0.1, p.p.FloatWithFallback(key, def)))
}
func (p prefs) setSplit(key string, v float64) { p.p.SetFloat(key, v) }

// lastExport is the analyst's last export choices (the analyst's decisions
// and done documents when there was none).
func (p prefs) lastExport() ExportRequest {
	return ExportRequest{
		Format: p.p.String(keyExportFmt),
		Out:    p.p.String(keyExportOut),
		Status: annot.Status(p.p.StringWithFallback(keyExportDocs, string(annot.StatusDone))),
		State:  p.p.StringWithFallback(keyExportState, "accepted"),
	}
}

func (p prefs) setExport(r ExportRequest) {
	p.p.SetString(keyExportFmt, r.Format)
	p.p.SetString(keyExportOut, r.Out)
	p.p.SetString(keyExportDocs, string(r.Status))
	p.p.SetString(keyExportState, r.State)
}

func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// restoreWindow sizes the window as it was and remembers its size on close.
func (wb *Workbench) restoreWindow() {
	wb.win.Resize(wb.prefs.windowSize())
	wb.win.SetCloseIntercept(func() { wb.requestClose(wb.win.Close) })
}
