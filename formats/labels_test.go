package formats_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/formats"
	_ "github.com/quotebench/quotebench/formats/all"
)

func TestMapLabel(t *testing.T) {
	def := annot.DefaultLabels
	noLoc := []annot.Label{annot.LabelPerson, annot.LabelOrg, annot.LabelGPE}
	tests := []struct {
		in     annot.Label
		labels []annot.Label
		want   annot.Label
	}{
		{"PERSON", def, "PERSON"}, {"Person", def, "PERSON"}, {"per", def, "PERSON"}, {"PER", def, "PERSON"},
		{"Organization", def, "ORG"}, {"ORGANISATION", def, "ORG"}, {"org", def, "ORG"},
		{"LOC", def, "LOC"}, {"Location", def, "LOC"}, {"LOC", noLoc, "GPE"}, {"Location", noLoc, "GPE"},
		{"Spaceship", def, ""}, {"MISC", def, ""}, {"Spaceship", append(def, "SPACESHIP"), "SPACESHIP"},
	}
	for _, tt := range tests {
		got, ok := formats.MapLabel(tt.in, tt.labels)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("MapLabel(%q, %v) = %q %v, want %q", tt.in, tt.labels, got, ok, tt.want)
		}
	}
}

// Every importing format maps the usual spellings and refuses unknown
// labels with a note naming the span, instead of adding labels to the
// project; a quote whose speaker was refused keeps no speaker.
func TestImportMapsAndRefusesLabels(t *testing.T) {
	text := "Ana Lima said Apollo flew from Kellan Bay with Acme."
	dir := t.TempDir()
	write := func(name, data string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	bratDir := filepath.Join(dir, "brat")
	os.Mkdir(bratDir, 0o755)
	os.WriteFile(filepath.Join(bratDir, "d.txt"), []byte(text), 0o644)
	os.WriteFile(filepath.Join(bratDir, "d.ann"), []byte("T1\tPerson 0 8\tAna Lima\nT2\tSpaceship 14 20\tApollo\nT3\tLocation 31 41\tKellan Bay\nT4\tper 47 51\tAcme\n"), 0o644)
	files := map[string]string{
		"brat": bratDir,
		"spacy": write("d.jsonl", `{"text":"`+text+`","spans":[{"start":0,"end":8,"label":"Person"},{"start":14,"end":20,"label":"Spaceship"},`+
			`{"start":31,"end":41,"label":"Location"},{"start":47,"end":51,"label":"per"}]}`),
		"labelstudio": write("d.json", `[{"data":{"text":"`+text+`"},"annotations":[{"result":[`+
			`{"id":"a","from_name":"label","to_name":"text","type":"labels","value":{"start":0,"end":8,"text":"Ana Lima","labels":["Person"]}},`+
			`{"id":"b","from_name":"label","to_name":"text","type":"labels","value":{"start":14,"end":20,"text":"Apollo","labels":["Spaceship"]}},`+
			`{"id":"c","from_name":"label","to_name":"text","type":"labels","value":{"start":31,"end":41,"text":"Kellan Bay","labels":["Location"]}},`+
			`{"id":"d","from_name":"label","to_name":"text","type":"labels","value":{"start":47,"end":51,"text":"Acme","labels":["per"]}}]}]}]`),
	}
	for name, path := range files {
		t.Run(name, func(t *testing.T) {
			p := newFake()
			p.labels = []annot.Label{annot.LabelPerson, annot.LabelOrg, annot.LabelGPE}
			var outs []formats.Outcome
			if _, err := formats.Import(p, name, []string{path}, false, func(o formats.Outcome) { outs = append(outs, o) }); err != nil {
				t.Fatal(err)
			}
			if len(outs) != 1 || outs[0].Err != nil {
				t.Fatalf("outcomes %+v", outs)
			}
			labels := map[string]annot.Label{}
			for _, a := range p.ann[1] {
				for _, m := range a.Mentions {
					labels[string([]rune(text)[m.Span.Start:m.Span.End])] = m.Label
				}
			}
			want := map[string]annot.Label{"Ana Lima": "PERSON", "Kellan Bay": "GPE", "Acme": "PERSON"}
			if len(labels) != 3 || labels["Ana Lima"] != want["Ana Lima"] || labels["Kellan Bay"] != "GPE" || labels["Acme"] != "PERSON" {
				t.Errorf("labels %v, want %v", labels, want)
			}
			var notes []string
			for _, n := range outs[0].Notes {
				notes = append(notes, n.Action+": "+n.Text)
			}
			all := strings.Join(notes, "\n")
			refused := `refused: mention 14-20 "Apollo", label "Spaceship": not a label of the project (PERSON, ORG, GPE)`
			if name == "brat" {
				refused = `refused: line 2: mention 14-20 "Apollo"`
			}
			for _, w := range []string{`mapped: label "Person" as PERSON (1)`, `mapped: label "Location" as GPE (1)`, `mapped: label "per" as PERSON (1)`, refused} {
				if !strings.Contains(all, w) {
					t.Errorf("notes lack %q:\n%s", w, all)
				}
			}
		})
	}
}
