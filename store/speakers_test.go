package store

import (
	"strings"
	"testing"

	"github.com/quotebench/quotebench/annot"
)

func addSpeakerDoc(t *testing.T, s *Store, text, who string) annot.EntityID {
	t.Helper()
	i := strings.Index(text, who)
	acc := annot.Provenance{Origin: annot.OriginDetector, State: annot.StateAccepted}
	a := annot.Annotations{
		Entities: []annot.Entity{{ID: 1, Name: who, Label: annot.LabelPerson, Provenance: acc}},
		Mentions: []annot.Mention{{ID: 1, Span: annot.Span{Start: i, End: i + len(who)}, Label: annot.LabelPerson, Type: annot.MentionName, Entity: 1, Provenance: acc}},
		Quotes:   []annot.Quote{{ID: 1, Parts: []annot.Span{{Start: 0, End: i - 1}}, Kind: annot.KindIndirect, Speaker: 1, Provenance: acc}},
	}
	id, err := s.AddDocument(annot.Document{Text: text}, &a, annot.OriginDetector)
	if err != nil {
		t.Fatal(err)
	}
	got, _ := s.Annotations(id)
	return got.Entities[0].ID
}

// A surname two entries share is not guessed; merging two entries moves
// every link and keeps both names; undo splits them again.
func TestSpeakerMergeAndAmbiguity(t *testing.T) {
	s := newStore(t)
	addSpeakerDoc(t, s, "Taxes will fall, said Jo Doe", "Jo Doe")
	addSpeakerDoc(t, s, "Taxes will rise, said Al Doe", "Al Doe")
	doe := addSpeakerDoc(t, s, "Nothing changes, said Doe", "Doe")
	ann := addSpeakerDoc(t, s, "Rain is due, said Ann Lee", "Ann Lee")
	created, suggested, err := s.SuggestSpeakers()
	if err != nil || created != 3 || suggested != 3 {
		t.Fatalf("suggest: %d created, %d suggested, %v; want 3 and 3 (Doe is ambiguous)", created, suggested, err)
	}
	links, _ := s.SpeakerLinks()
	for _, l := range links {
		if l.Entity == doe && l.Speaker != "" {
			t.Errorf("Doe linked to %s although two entries end in Doe", l.Speaker)
		}
	}
	sp, _ := s.Speakers()
	sid := map[string]string{}
	for _, e := range sp {
		sid[e.Name] = e.ID
	}
	if err := s.MergeSpeakers(sid["Jo Doe"], sid["Ann Lee"]); err != nil {
		t.Fatal(err)
	}
	sp, _ = s.Speakers()
	if len(sp) != 2 {
		t.Fatalf("after merge %d entries, want 2", len(sp))
	}
	for _, e := range sp {
		if e.ID == sid["Jo Doe"] && (e.Documents != 2 || strings.Join(e.Aliases, "|") != "Ann Lee") {
			t.Errorf("merged entry %+v", e)
		}
	}
	// a suggested link is not the analyst's: the entity does not carry it
	a, _ := s.Annotations(4)
	if len(a.Entities) != 1 || a.Entities[0].ID != ann || a.Entities[0].Speaker != "" {
		t.Errorf("entity of a suggested link: %+v", a.Entities)
	}
	if _, _, err := s.Undo(); err != nil {
		t.Fatal(err)
	}
	if sp, _ := s.Speakers(); len(sp) != 3 {
		t.Errorf("after undoing the merge %d entries, want 3", len(sp))
	}
	if err := s.MergeSpeakers(sid["Jo Doe"], sid["Jo Doe"]); err == nil {
		t.Error("an entry merged into itself")
	}
	if err := s.RenameSpeaker("spk-none", "X"); err == nil {
		t.Error("renamed an entry that does not exist")
	}
}
