package store

import (
	"reflect"
	"testing"

	"github.com/quotebench/quotebench/annot"
)

func TestStats(t *testing.T) {
	s := newStore(t)
	id := addSample(t, s)
	a, _ := s.Annotations(id)
	if err := s.SetQuoteState(a.Quotes[0].ID, annot.StateAccepted); err != nil {
		t.Fatal(err)
	}
	if err := s.SetQuoteKind(a.Quotes[1].ID, annot.KindIndirect); err != nil {
		t.Fatal(err)
	}
	if err := s.SetMentionState(a.Mentions[1].ID, annot.StateRejected); err != nil {
		t.Fatal(err)
	}
	if err := s.SetStatus(id, annot.StatusInProgress); err != nil {
		t.Fatal(err)
	}
	st, err := s.Stats()
	if err != nil {
		t.Fatal(err)
	}
	if st.ByStatus[annot.StatusInProgress] != 1 || st.ByStatus[annot.StatusTodo] != 0 {
		t.Errorf("ByStatus = %v", st.ByStatus)
	}
	// Accepting quote 1 also accepted its speaker, the pending mention 1.
	if st.DetectorAccepted != 2 || st.DetectorEdited != 1 || st.DetectorRejected != 1 || st.DetectorPending != 0 {
		t.Errorf("detector counts = %+v", st)
	}
	want := []annot.SpeakerCount{{Name: "Ana Ferreira", Count: 2}}
	if !reflect.DeepEqual(st.Speakers, want) {
		t.Errorf("Speakers = %v, want %v", st.Speakers, want)
	}
}
