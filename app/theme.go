package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// appTheme is the default Fyne theme with a chosen light/dark variant (or
// the system's) and a text zoom.
type appTheme struct {
	mode string // "system", "light", "dark"
	zoom float32
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

func (t *appTheme) Size(n fyne.ThemeSizeName) float32 {
	s := theme.DefaultTheme().Size(n)
	switch n {
	case theme.SizeNameText, theme.SizeNameCaptionText, theme.SizeNameHeadingText, theme.SizeNameSubHeadingText:
		return s * t.zoom
	}
	return s
}

// applyTheme installs the theme the preferences ask for.
func applyTheme(a fyne.App, p prefs) {
	a.Settings().SetTheme(&appTheme{mode: p.themeMode(), zoom: p.textZoom()})
}

// SetThemeMode switches between "system", "light" and "dark".
func (wb *Workbench) SetThemeMode(m string) {
	wb.prefs.setThemeMode(m)
	applyTheme(wb.app, wb.prefs)
	wb.setMenus()
}

// Zoom multiplies the text size by f (1 resets it).
func (wb *Workbench) Zoom(f float32) {
	z := float32(1)
	if f != 1 {
		z = wb.prefs.textZoom() * f
	}
	wb.prefs.setTextZoom(z)
	applyTheme(wb.app, wb.prefs)
	wb.view.Refresh()
}
