package app

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// TestShortcutsGolden pins the shortcut table (what Help → Keyboard
// shortcuts and the menus show): a changed key is a visible change for
// every analyst, so it has to show up in review. Run with -update to accept.
func TestShortcutsGolden(t *testing.T) {
	h := newHarness(t, newProject(t))
	var b strings.Builder
	for _, a := range h.wb.actions() {
		if a.name == separator {
			continue
		}
		fmt.Fprintf(&b, "%-9s %-16s %s\n", a.menu, shortcutText(a.key), a.name)
	}
	got := strings.ReplaceAll(b.String(), "Cmd+", "Ctrl+") // the same table on macOS
	path := filepath.Join("testdata", "shortcuts.golden")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("shortcut table changed; run go test ./app -run Golden -update if intended.\ngot:\n%s\nwant:\n%s", got, want)
	}
}

func TestShortcutTable(t *testing.T) {
	h := newHarness(t, newProject(t))
	seen := map[string]string{}
	for _, a := range h.wb.actions() {
		if a.key == nil {
			continue
		}
		k := shortcutText(a.key)
		if prev, dup := seen[k]; dup {
			t.Errorf("key %s used by %q and %q", k, prev, a.name)
		}
		seen[k] = a.name
	}
	// every keyed action shows its key in the menus
	shown := 0
	var walk func(items []*fyne.MenuItem)
	walk = func(items []*fyne.MenuItem) {
		for _, it := range items {
			if it.Shortcut != nil {
				shown++
			}
			if it.ChildMenu != nil {
				walk(it.ChildMenu.Items)
			}
		}
	}
	for _, m := range h.w.MainMenu().Items {
		walk(m.Items)
	}
	if shown < len(seen) {
		t.Errorf("menus show %d keys, the table has %d", shown, len(seen))
	}
}

// Every menu item shows its own key from the shortcut table.
func TestMenuItemsShowTheirKeys(t *testing.T) {
	h := newHarness(t, newProject(t))
	shown := map[string]string{}
	var walk func(items []*fyne.MenuItem)
	walk = func(items []*fyne.MenuItem) {
		for _, it := range items {
			if it.Shortcut != nil {
				shown[it.Label] = it.Shortcut.ShortcutName()
			}
			if it.ChildMenu != nil {
				walk(it.ChildMenu.Items)
			}
		}
	}
	for _, m := range h.w.MainMenu().Items {
		walk(m.Items)
	}
	for _, a := range h.wb.actions() {
		if a.key == nil {
			continue
		}
		if got := shown[a.name]; got != a.key.ShortcutName() {
			t.Errorf("menu item %q shows %q, want %q", a.name, got, a.key.ShortcutName())
		}
	}
}
