package store

import (
	"errors"
	"testing"

	"github.com/quotebench/quotebench/annot"
)

// A layer name belongs to the project file it was gathered from: another
// file's layer of the same name is refused (on the same document or
// another) and nothing changes, until ReplaceLayers hands the name over.
func TestLayerNameBelongsToOneSource(t *testing.T) {
	s := newStore(t)
	d1, err := s.AddDocument(annot.Document{Text: adjText}, nil, annot.OriginHuman)
	if err != nil {
		t.Fatal(err)
	}
	d2, err := s.AddDocument(annot.Document{Text: adjText + "more"}, nil, annot.OriginHuman)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SetLayer(d1, "project.quotebench", "/ana/project.quotebench", adjPick(0).Add); err != nil {
		t.Fatal(err)
	}
	// The same source replaces its own layer (a merge run again).
	if err := s.SetLayer(d1, "project.quotebench", "/ana/project.quotebench", adjPick(1).Add); err != nil {
		t.Fatal(err)
	}
	for _, d := range []annot.DocID{d1, d2} {
		err := s.SetLayer(d, "project.quotebench", "/bo/project.quotebench", adjPick(3).Add)
		if !errors.Is(err, annot.ErrConflict) {
			t.Fatalf("document %d: another source's layer of the same name: %v, want a conflict", d, err)
		}
		t.Logf("refused: %v", err)
	}
	ls, _ := s.Layers(d1)
	if len(ls) != 1 || ls[0].Ann.Quotes[0].Parts[0] != adjPick(1).Add.Quotes[0].Parts[0] {
		t.Fatalf("layers after the refusal: %+v", ls)
	}
	if ls, _ := s.Layers(d2); len(ls) != 0 {
		t.Fatalf("document 2 got layers: %+v", ls)
	}
	if src, ok, err := s.LayerSource("project.quotebench"); err != nil || !ok || src != "/ana/project.quotebench" {
		t.Errorf("source %q %v %v", src, ok, err)
	}
	// Replace: the old layers go, the name is the new source's.
	n, err := s.ReplaceLayers("project.quotebench", "/bo/project.quotebench")
	if err != nil || n != 1 {
		t.Fatalf("replace: %d, %v", n, err)
	}
	if err := s.SetLayer(d2, "project.quotebench", "/bo/project.quotebench", adjPick(3).Add); err != nil {
		t.Fatal(err)
	}
	if ls, _ := s.Layers(d1); len(ls) != 0 {
		t.Errorf("document 1 keeps the replaced layer: %+v", ls)
	}
	if err := s.SetLayer(d1, "project.quotebench", "/ana/project.quotebench", adjPick(0).Add); !errors.Is(err, annot.ErrConflict) {
		t.Errorf("the old source after the replace: %v, want a conflict", err)
	}
	// A layer stored before sources were recorded: its name is taken too.
	if err := s.SetSetting(layerSourceKey("project.quotebench"), nil); err != nil {
		t.Fatal(err)
	}
	if src, ok, err := s.LayerSource("project.quotebench"); err != nil || !ok || src != "" {
		t.Errorf("source of layers stored without one: %q %v %v", src, ok, err)
	}
	if _, ok, err := s.LayerSource("nobody"); err != nil || ok {
		t.Errorf("source of no layers: %v %v", ok, err)
	}
	if err := s.SetLayer(d2, "project.quotebench", "/cy/project.quotebench", adjPick(4).Add); !errors.Is(err, annot.ErrConflict) {
		t.Errorf("over a layer of unrecorded source: %v, want a conflict", err)
	}
	if err := s.SetLayer(d1, "x", "", adjPick(0).Add); !errors.Is(err, annot.ErrInvalid) {
		t.Errorf("a layer without its source: %v", err)
	}
}
