package app

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
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
