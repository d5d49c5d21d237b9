package store

import (
	"testing"

	"github.com/quotebench/quotebench/annot"
)

const fateText = `An official said: “We will build it.” Later the minister said: “It is late.” Maria Lopez said: “Fine.” The minister also said: “Again.”`

// addFateDoc stores a document whose quotes have detector speakers: m1 "An
// official" (nominal, speaks q1 only), m2 "the minister" (nominal, speaks q2
// and q4), m3 "Maria Lopez" (a name the tagger found, speaks q3).
func addFateDoc(t *testing.T, s *Store) (annot.DocID, annot.Annotations) {
	t.Helper()
	det := func(c float64) annot.Provenance {
		return annot.Provenance{Origin: annot.OriginDetector, State: annot.StateSuggested, Confidence: c}
	}
	sp := func(sub string) annot.Span { return runeSpan(t, fateText, sub) }
	sugg := &annot.Annotations{
		Entities: []annot.Entity{{ID: 1, Name: "Maria Lopez", Label: annot.LabelPerson, Provenance: det(0.9)}},
		Mentions: []annot.Mention{
			{ID: 1, Span: sp("An official"), Label: annot.LabelPerson, Type: annot.MentionNominal, Provenance: det(0.6)},
			{ID: 2, Span: sp("the minister"), Label: annot.LabelPerson, Type: annot.MentionNominal, Provenance: det(0.6)},
			{ID: 3, Span: sp("Maria Lopez"), Label: annot.LabelPerson, Type: annot.MentionName, Entity: 1, Provenance: det(0.9)},
		},
		Quotes: []annot.Quote{
			{ID: 1, Parts: []annot.Span{sp("We will build it.")}, Kind: annot.KindDirect, Speaker: 1, Provenance: det(0.9)},
			{ID: 2, Parts: []annot.Span{sp("It is late.")}, Kind: annot.KindDirect, Speaker: 2, Provenance: det(0.5)},
			{ID: 3, Parts: []annot.Span{sp("Fine.")}, Kind: annot.KindDirect, Speaker: 3, Provenance: det(0.95)},
			{ID: 4, Parts: []annot.Span{sp("Again.")}, Kind: annot.KindDirect, Speaker: 2, Provenance: det(0.7)},
		},
	}
	id, err := s.AddDocument(annot.Document{Title: "Fate", Text: fateText}, sugg, annot.OriginDetector)
	if err != nil {
		t.Fatal(err)
	}
	a, err := s.Annotations(id)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Quotes) != 4 || len(a.Mentions) != 3 {
		t.Fatalf("stored %d quotes and %d mentions, want 4 and 3", len(a.Quotes), len(a.Mentions))
	}
	return id, a
}

// states returns the state of each quote and mention, in id order.
func states(t *testing.T, s *Store, id annot.DocID) (qs, ms []annot.State) {
	t.Helper()
	a, err := s.Annotations(id)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range a.Quotes {
		qs = append(qs, q.State)
	}
	for _, m := range a.Mentions {
		ms = append(ms, m.State)
	}
	return qs, ms
}

func wantStates(t *testing.T, s *Store, id annot.DocID, what string, qs, ms string) {
	t.Helper()
	gq, gm := states(t, s, id)
	code := func(sts []annot.State) string {
		b := make([]byte, len(sts))
		for i, st := range sts {
			b[i] = string(st)[0] // s(uggested) a(ccepted) r(ejected) e(dited)
		}
		return string(b)
	}
	if code(gq) != qs || code(gm) != ms {
		t.Errorf("%s: quotes %s mentions %s, want %s and %s", what, code(gq), code(gm), qs, ms)
	}
}

// A speaker the detector made only for a quote goes with that quote: one
// action, one undo step; names the tagger found and speakers of other live
// quotes stay.
func TestSpeakerFollowsQuote(t *testing.T) {
	s := newStore(t)
	id, a := addFateDoc(t, s)
	q, m := a.Quotes, a.Mentions
	wantStates(t, s, id, "imported", "ssss", "sss")

	j := journalLen(t, s)
	if err := s.SetQuoteState(q[0].ID, annot.StateRejected); err != nil {
		t.Fatal(err)
	}
	wantStates(t, s, id, "reject q1", "rsss", "rss")
	if n := journalLen(t, s); n != j+1 {
		t.Errorf("rejecting a quote wrote %d journal entries, want 1", n-j)
	}
	if _, ok, err := s.Undo(); !ok || err != nil {
		t.Fatalf("undo: %v %v", ok, err)
	}
	wantStates(t, s, id, "undo", "ssss", "sss")

	// "the minister" still speaks q4 when q2 goes; it goes with q4.
	if err := s.SetQuoteState(q[1].ID, annot.StateRejected); err != nil {
		t.Fatal(err)
	}
	wantStates(t, s, id, "reject q2", "srss", "sss")
	if err := s.SetQuoteState(q[3].ID, annot.StateRejected); err != nil {
		t.Fatal(err)
	}
	wantStates(t, s, id, "reject q4", "srsr", "srs")

	// A name the tagger found is an entity mention in its own right.
	if err := s.SetQuoteState(q[2].ID, annot.StateRejected); err != nil {
		t.Fatal(err)
	}
	wantStates(t, s, id, "reject q3", "srrr", "srs")

	// Giving q1 another speaker drops the one made for it.
	if err := s.SetSpeaker(q[0].ID, m[2].ID, false); err != nil {
		t.Fatal(err)
	}
	wantStates(t, s, id, "q1 spoken by Maria Lopez", "errr", "rrs")
	if _, ok, err := s.Undo(); !ok || err != nil {
		t.Fatalf("undo: %v %v", ok, err)
	}
	wantStates(t, s, id, "undo speaker", "srrr", "srs")

	// Accepting a quote confirms its speaker.
	if err := s.SetQuoteState(q[0].ID, annot.StateAccepted); err != nil {
		t.Fatal(err)
	}
	wantStates(t, s, id, "accept q1", "arrr", "ars")

	// Deleting a quote is the same as rejecting it for its speaker.
	s2 := newStore(t)
	id2, a2 := addFateDoc(t, s2)
	if err := s2.DeleteQuote(a2.Quotes[0].ID); err != nil {
		t.Fatal(err)
	}
	wantStates(t, s2, id2, "delete q1", "sss", "rss")
}

// Deciding the rest keeps what the analyst kept: the speaker of an accepted
// quote and its entity are accepted, everything else pending is rejected;
// "accept above" takes only what is at least as sure as asked.
func TestDecidePending(t *testing.T) {
	s := newStore(t)
	id, a := addFateDoc(t, s)
	if err := s.SetQuoteState(a.Quotes[2].ID, annot.StateAccepted); err != nil {
		t.Fatal(err)
	}
	wantStates(t, s, id, "accept q3", "ssas", "ssa")
	n, err := s.DecidePending(id, annot.StateRejected, 0)
	if err != nil {
		t.Fatal(err)
	}
	wantStates(t, s, id, "reject the rest", "rrar", "rra")
	if n != 5 {
		t.Errorf("reject the rest decided %d, want 5 (3 quotes, 2 mentions)", n)
	}
	b, _ := s.Annotations(id)
	if b.Entities[0].State != annot.StateAccepted {
		t.Errorf("entity of the kept speaker is %s, want accepted", b.Entities[0].State)
	}
	if _, ok, err := s.Undo(); !ok || err != nil {
		t.Fatalf("undo: %v %v", ok, err)
	}
	wantStates(t, s, id, "undo reject the rest", "ssas", "ssa")

	n, err = s.DecidePending(id, annot.StateAccepted, 0.8)
	if err != nil {
		t.Fatal(err)
	}
	// q1 (0.9) and its speaker; q2 (0.5) and q4 (0.7) stay, and so does "the minister".
	wantStates(t, s, id, "accept above 80%", "asas", "asa")
	if n != 2 {
		t.Errorf("accept above 80%% changed %d, want 2 (q1 and its speaker)", n)
	}
	if _, err := s.DecidePending(id, annot.StateEdited, 0); err == nil {
		t.Error("DecidePending(edited) succeeded; want an error")
	}
}
