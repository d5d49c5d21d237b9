package store

import (
	"math/rand"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/quotebench/quotebench/annot"
)

func at(text, w string) annot.Span {
	i := strings.Index(text, w)
	s := len([]rune(text[:i]))
	return annot.Span{Start: s, End: s + len([]rune(w))}
}

// Re-detection replaces only undecided detector suggestions, never
// re-suggests what was decided, links new speakers to kept mentions, keeps
// the status, and is one undoable step.
func TestReplaceSuggestions(t *testing.T) {
	s := newStore(t)
	text := "Ana Lee said one thing. Bo Ray said a second. Cy Tam said a third. Di Yu said a fourth."
	det := func(st annot.State) annot.Provenance {
		return annot.Provenance{Origin: annot.OriginDetector, State: st, Confidence: 0.5}
	}
	old := annot.Annotations{
		Entities: []annot.Entity{{ID: 2, Name: "Bo Ray", Label: annot.LabelPerson, Provenance: det(annot.StateSuggested)}},
		Mentions: []annot.Mention{
			{ID: 1, Span: at(text, "Ana Lee"), Label: annot.LabelPerson, Type: annot.MentionName, Provenance: det(annot.StateAccepted)},
			{ID: 2, Span: at(text, "Bo Ray"), Label: annot.LabelPerson, Type: annot.MentionName, Entity: 2, Provenance: det(annot.StateSuggested)},
			{ID: 3, Span: at(text, "Cy Tam"), Label: annot.LabelPerson, Type: annot.MentionName, Provenance: det(annot.StateSuggested)},
		},
		Quotes: []annot.Quote{
			{ID: 1, Parts: []annot.Span{at(text, "one thing")}, Kind: annot.KindIndirect, Speaker: 1, Provenance: det(annot.StateAccepted)},
			{ID: 2, Parts: []annot.Span{at(text, "a second")}, Kind: annot.KindIndirect, Provenance: det(annot.StateRejected)},
			{ID: 3, Parts: []annot.Span{at(text, "a third")}, Kind: annot.KindIndirect, Speaker: 3, Provenance: det(annot.StateSuggested)},
		},
	}
	id, err := s.AddDocument(annot.Document{Title: "t", Text: text}, &old, annot.OriginDetector)
	if err != nil {
		t.Fatal(err)
	}
	before, err := s.Annotations(id)
	if err != nil {
		t.Fatal(err)
	}
	doc, _ := s.Document(id)
	fresh := annot.Annotations{
		Mentions: []annot.Mention{
			{ID: 1, Span: at(text, "Ana Lee"), Label: annot.LabelPerson, Type: annot.MentionName},
			{ID: 2, Span: at(text, "Bo Ray"), Label: annot.LabelPerson, Type: annot.MentionName},
			{ID: 3, Span: at(text, "Di Yu"), Label: annot.LabelPerson, Type: annot.MentionName},
		},
		Quotes: []annot.Quote{
			{ID: 1, Parts: []annot.Span{at(text, "thing")}, Kind: annot.KindIndirect, Speaker: 1}, // inside the accepted one
			{ID: 2, Parts: []annot.Span{at(text, "second")}, Kind: annot.KindIndirect},            // inside the rejected one
			{ID: 3, Parts: []annot.Span{at(text, "Cy Tam said a third")}, Kind: annot.KindDirect, Speaker: 1},
			{ID: 4, Parts: []annot.Span{at(text, "a fourth")}, Kind: annot.KindIndirect, Speaker: 3, Provenance: annot.Provenance{Confidence: 0.9}},
		},
	}
	removed, added, err := s.ReplaceSuggestions(id, fresh)
	if err != nil {
		t.Fatal(err)
	}
	// gone: quote 3 and its speaker, mention 2 (and its entity); came: quotes 3 and 4, mentions Bo Ray and Di Yu
	if removed != 3 || added != 4 {
		t.Errorf("removed %d, added %d; want 3 and 4", removed, added)
	}
	after, err := s.Annotations(id)
	if err != nil {
		t.Fatal(err)
	}
	if len(after.Quotes) != 4 || len(after.Mentions) != 3 || len(after.Entities) != 0 {
		t.Fatalf("after: %d quotes, %d mentions, %d entities: %+v", len(after.Quotes), len(after.Mentions), len(after.Entities), after)
	}
	for _, q := range before.Quotes[:2] {
		if !slicesHas(after.Quotes, q) {
			t.Errorf("decided quote %+v changed or went", q)
		}
	}
	ana := before.Mentions[0]
	var third, fourth *annot.Quote
	for i, q := range after.Quotes {
		switch q.Parts[0] {
		case at(text, "Cy Tam said a third"):
			third = &after.Quotes[i]
		case at(text, "a fourth"):
			fourth = &after.Quotes[i]
		}
	}
	if third == nil || fourth == nil {
		t.Fatalf("new quotes missing: %+v", after.Quotes)
	}
	if third.Speaker != ana.ID || third.State != annot.StateSuggested || third.Origin != annot.OriginDetector {
		t.Errorf("new quote %+v: want a detector suggestion spoken by the kept mention %d", third, ana.ID)
	}
	if m := after.Mention(fourth.Speaker); m == nil || m.Span != at(text, "Di Yu") || fourth.Confidence != 0.9 {
		t.Errorf("fourth quote %+v speaks through %+v", fourth, m)
	}
	if d, _ := s.Document(id); d.Status != doc.Status {
		t.Errorf("status moved from %s to %s", doc.Status, d.Status)
	}
	// one undo restores the old suggestions exactly; redo brings the new ones back
	if e, ok, err := s.Undo(); err != nil || !ok || e.Action != "re-detect" {
		t.Fatalf("undo: %+v %v %v", e, ok, err)
	}
	if got, _ := s.Annotations(id); !reflect.DeepEqual(got, before) {
		t.Errorf("after undo:\n%+v\nwant\n%+v", got, before)
	}
	if _, ok, err := s.Redo(); err != nil || !ok {
		t.Fatalf("redo: %v %v", ok, err)
	}
	if got, _ := s.Annotations(id); !reflect.DeepEqual(got, after) {
		t.Errorf("after redo:\n%+v\nwant\n%+v", got, after)
	}
	// a speaker the analyst rejected is not given to a new quote
	diYu := after.Mention(fourth.Speaker).ID
	if err := s.SetMentionState(diYu, annot.StateRejected); err != nil {
		t.Fatal(err)
	}
	again := annot.Annotations{
		Mentions: []annot.Mention{{ID: 1, Span: at(text, "Di Yu"), Label: annot.LabelPerson, Type: annot.MentionName}},
		Quotes:   []annot.Quote{{ID: 1, Parts: []annot.Span{at(text, "a fourth")}, Kind: annot.KindIndirect, Speaker: 1}},
	}
	if _, _, err := s.ReplaceSuggestions(id, again); err != nil {
		t.Fatal(err)
	}
	after, _ = s.Annotations(id)
	for _, q := range after.Quotes {
		if q.Parts[0] == at(text, "a fourth") && q.Speaker != 0 {
			t.Errorf("the new quote speaks through the rejected mention %d", q.Speaker)
		}
	}
	// a detection outside the text is refused and changes nothing
	bad := annot.Annotations{Quotes: []annot.Quote{{ID: 1, Parts: []annot.Span{{Start: 0, End: 9999}}, Kind: annot.KindDirect}}}
	if _, _, err := s.ReplaceSuggestions(id, bad); err == nil {
		t.Error("a span outside the text was accepted")
	}
	if got, _ := s.Annotations(id); !reflect.DeepEqual(got, after) {
		t.Error("a refused re-detection changed the document")
	}
}

func slicesHas(qs []annot.Quote, q annot.Quote) bool {
	for _, x := range qs {
		if reflect.DeepEqual(x, q) {
			return true
		}
	}
	return false
}

// Settings round-trip, overwrite and delete, and survive reopening.
func TestSettings(t *testing.T) {
	s := newStore(t)
	if _, found, err := s.Setting("detector.adaptation"); err != nil || found {
		t.Fatalf("unset setting: found %v, %v", found, err)
	}
	for _, v := range []string{`{"a":1}`, `{"a":2}`} {
		if err := s.SetSetting("detector.adaptation", []byte(v)); err != nil {
			t.Fatal(err)
		}
	}
	path := s.Path()
	s.Close()
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if v, found, err := s.Setting("detector.adaptation"); err != nil || !found || string(v) != `{"a":2}` {
		t.Errorf("setting after reopen: %q %v %v", v, found, err)
	}
	if err := s.SetSetting("detector.scope", []byte("all")); err != nil {
		t.Fatal(err)
	}
	if all, err := s.Settings(); err != nil || len(all) != 2 || string(all["detector.adaptation"]) != `{"a":2}` || string(all["detector.scope"]) != "all" {
		t.Errorf("all settings: %q %v", all, err)
	}
	if err := s.SetSetting("detector.adaptation", nil); err != nil {
		t.Fatal(err)
	}
	if _, found, _ := s.Setting("detector.adaptation"); found {
		t.Error("deleted setting still there")
	}
}

// spanIndex answers as Span.Overlaps over every span would.
func TestSpanIndex(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for round := 0; round < 200; round++ {
		var set []annot.Span
		for range rng.Intn(20) {
			s := rng.Intn(100)
			set = append(set, annot.Span{Start: s, End: s + 1 + rng.Intn(15)})
		}
		ix := newSpanIndex(slices.Clone(set))
		for range 50 {
			s := rng.Intn(110)
			sp := annot.Span{Start: s, End: s + 1 + rng.Intn(10)}
			want := slices.ContainsFunc(set, func(k annot.Span) bool { return k.Overlaps(sp) })
			if got := ix.overlaps(sp); got != want {
				t.Fatalf("%v against %v: %v, want %v", sp, set, got, want)
			}
		}
	}
}
