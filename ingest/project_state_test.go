package ingest

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/store"
)

// projectState is what a user can change in a project beyond its
// documents, read through the store's API for before/after comparisons:
// the label set, every setting (the annotator's name among them), and each
// document's layers and adjudication choices (a gold project's).
type projectState struct {
	Docs   []string // contents: each document with its annotations, in id order
	Labels []annot.Label
	Set    map[string]string
	Layers map[annot.DocID]string
}

func stateOf(t testing.TB, s *store.Store) projectState {
	t.Helper()
	st := projectState{Docs: contents(t, s), Set: map[string]string{}, Layers: map[annot.DocID]string{}}
	var err error
	if st.Labels, err = s.Labels(); err != nil {
		t.Fatal(err)
	}
	set, err := s.Settings()
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range set {
		st.Set[k] = string(v)
	}
	sums, err := s.Documents(annot.DocFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range sums {
		ls, err := s.Layers(d.ID)
		if err != nil {
			t.Fatal(err)
		}
		adj, err := s.Adjudications(d.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(ls)+len(adj) == 0 {
			continue
		}
		b, err := json.Marshal(struct {
			Layers []annot.Layer
			Adj    map[string]string
		}{ls, adj})
		if err != nil {
			t.Fatal(err)
		}
		st.Layers[d.ID] = string(b)
	}
	return st
}

// changes lists how after differs from before, where after may have added
// documents (and nothing else) at the end.
func (before projectState) changes(after projectState, added int) []string {
	var out []string
	if len(after.Docs) != len(before.Docs)+added {
		out = append(out, fmt.Sprintf("%d documents, want %d", len(after.Docs), len(before.Docs)+added))
	}
	for i := range before.Docs {
		if i >= len(after.Docs) || after.Docs[i] != before.Docs[i] {
			out = append(out, fmt.Sprintf("document %d changed: was %s", i, before.Docs[i]))
		}
	}
	if fmt.Sprint(after.Labels) != fmt.Sprint(before.Labels) {
		out = append(out, fmt.Sprintf("labels %v, were %v", after.Labels, before.Labels))
	}
	for k, v := range after.Set {
		if w, ok := before.Set[k]; !ok || w != v {
			out = append(out, fmt.Sprintf("setting %q is %q, was %q (set before: %v)", k, v, w, ok))
		}
	}
	for k := range before.Set {
		if _, ok := after.Set[k]; !ok {
			out = append(out, fmt.Sprintf("setting %q deleted", k))
		}
	}
	for d, v := range after.Layers {
		if before.Layers[d] != v {
			out = append(out, fmt.Sprintf("document %d's layers or choices are %s, were %s", d, v, before.Layers[d]))
		}
	}
	for d := range before.Layers {
		if _, ok := after.Layers[d]; !ok {
			out = append(out, fmt.Sprintf("document %d's layers and choices are gone", d))
		}
	}
	return out
}

// preparedProject is a project with something of every kind the
// comparison covers: a document with a decision and a status, the
// annotator, a setting, two layers and a choice.
func preparedProject(t testing.TB) (*store.Store, annot.DocID) {
	t.Helper()
	s := newStore(t)
	id := addSample(t, s)
	a, _ := s.Annotations(id)
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(s.SetQuoteState(a.Quotes[0].ID, annot.StateAccepted))
	must(s.SetStatus(id, annot.StatusInProgress))
	must(s.SetAnnotator("Ana"))
	must(s.SetSetting("detector.scope", []byte("speech")))
	layer := annot.Annotations{Quotes: []annot.Quote{{ID: 1, Parts: a.Quotes[0].Parts, Kind: annot.KindDirect,
		Provenance: annot.Provenance{Origin: annot.OriginHuman, State: annot.StateAccepted}}}}
	must(s.SetLayer(id, "Ana", "/ana.quotebench", layer))
	must(s.SetLayer(id, "Bo", "/bo.quotebench", annot.Annotations{}))
	must(s.Adjudicate(id, annot.Pick{Item: "q1", Choice: "Ana", Add: layer}))
	return s, id
}

// The comparison TestBadInput makes sees a change of each kind it covers
// (so a bad input that set one would fail it), and none where there is
// none.
func TestProjectStateSeesChanges(t *testing.T) {
	for _, c := range []struct {
		name   string
		change func(s *store.Store, id annot.DocID) error
	}{
		{"nothing", func(*store.Store, annot.DocID) error { return nil }},
		{"a new setting", func(s *store.Store, _ annot.DocID) error { return s.SetSetting("detector.adaptation", []byte("{}")) }},
		{"a changed setting", func(s *store.Store, _ annot.DocID) error { return s.SetSetting("detector.scope", []byte("all")) }},
		{"a deleted setting", func(s *store.Store, _ annot.DocID) error { return s.SetSetting("detector.scope", nil) }},
		{"the annotator", func(s *store.Store, _ annot.DocID) error { return s.SetAnnotator("Bo") }},
		{"a layer", func(s *store.Store, id annot.DocID) error {
			return s.SetLayer(id, "Bo", "/bo.quotebench", annot.Annotations{Entities: []annot.Entity{{ID: 1, Name: "X", Label: annot.LabelOrg}}})
		}},
		{"a layer replaced", func(s *store.Store, _ annot.DocID) error {
			_, err := s.ReplaceLayers("Bo", "/cy.quotebench")
			return err
		}},
		{"a choice", func(s *store.Store, id annot.DocID) error {
			return s.Adjudicate(id, annot.Pick{Item: "q2", Choice: "neither"})
		}},
		{"a status", func(s *store.Store, id annot.DocID) error { return s.SetStatus(id, annot.StatusDone) }},
	} {
		t.Run(c.name, func(t *testing.T) {
			s, id := preparedProject(t)
			before := stateOf(t, s)
			if err := c.change(s, id); err != nil {
				t.Fatal(err)
			}
			got := before.changes(stateOf(t, s), 0)
			if c.name == "nothing" && len(got) != 0 || c.name != "nothing" && len(got) == 0 {
				t.Errorf("changes %q", got)
			}
		})
	}
}
