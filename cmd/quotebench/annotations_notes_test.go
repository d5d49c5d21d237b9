package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// import-annotations prints, under each record, the labels it mapped and
// the annotations it refused with their line and reason, and counts them.
func TestImportAnnotationsPrintsNotes(t *testing.T) {
	proj := newProject(t, nil)
	dir := filepath.Join(t.TempDir(), "brat")
	os.Mkdir(dir, 0o755)
	os.WriteFile(filepath.Join(dir, "d.txt"), []byte("Ana Lima said Apollo flew from Kellan Bay."), 0o644)
	os.WriteFile(filepath.Join(dir, "d.ann"), []byte("T1\tPerson 0 8\tAna Lima\nT2\tSpaceship 14 20\tApollo\nT3\tLocation 31 41\tKellan Bay\n"), 0o644)
	var stdout, stderr bytes.Buffer
	if code := run([]string{"import-annotations", "--project", proj, "--format", "brat", dir}, &stdout, &stderr); code != 0 {
		t.Fatalf("status %d: %s%s", code, stdout.String(), stderr.String())
	}
	ann := filepath.Join(dir, "d.ann")
	for _, want := range []string{
		ann + `: imported "d" → new document`,
		ann + `:   mapped: label "Person" as PERSON (1)`,
		ann + `:   mapped: label "Location" as LOC (1)`,
		ann + `:   refused: line 2: mention 14-20 "Apollo", label "Spaceship": not a label of the project`,
		"2 labels mapped or relations linked; 1 annotations refused",
	} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, stdout.String())
		}
	}
}
