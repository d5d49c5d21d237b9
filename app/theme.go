package app

import (
	"fmt"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// appTheme is the default Fyne theme with a chosen light/dark variant (or
// the system's).
type appTheme struct {
	mode string // "system", "light", "dark"
}

var _ fyne.Theme = (*appTheme)(nil)

func (t *appTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	switch t.mode {
	case "light":
		v = theme.VariantLight
	case "dark":
		v = theme.VariantDark
	}
	return theme.DefaultTheme().Color(n, v)
}

func (t *appTheme) Font(s fyne.TextStyle) fyne.Resource     { return theme.DefaultTheme().Font(s) }
func (t *appTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return theme.DefaultTheme().Icon(n) }

func (t *appTheme) Size(n fyne.ThemeSizeName) float32 { return theme.DefaultTheme().Size(n) }

// applyTheme installs the theme the preferences ask for. The text zoom is
// the article's alone (ArticleView.SetZoom): zooming every label made the
// window's minimum size grow past the screen.
func applyTheme(a fyne.App, p prefs) {
	a.Settings().SetTheme(&appTheme{mode: p.themeMode()})
}

// SetThemeMode switches between "system", "light" and "dark".
func (wb *Workbench) SetThemeMode(m string) {
	wb.prefs.setThemeMode(m)
	applyTheme(wb.app, wb.prefs)
	wb.setMenus()
}

// Zoom multiplies the article's text size by f (1 resets it); the window
// and the panels keep their size.
func (wb *Workbench) Zoom(f float32) {
	z := float32(1)
	if f != 1 {
		z = wb.prefs.textZoom() * f
	}
	wb.prefs.setTextZoom(z)
	wb.view.SetZoom(wb.prefs.textZoom())
	wb.hint(fmt.Sprintf("Article text at %.0f%%", wb.prefs.textZoom()*100))
}
