package store

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/quotebench/quotebench/annot"
)

// Every decision names who made it: the project's annotator once set,
// the OS user before that, a session's override when given; pending
// suggestions name nobody; undo brings the earlier name back.
func TestAnnotatorOnDecisions(t *testing.T) {
	path := filepath.Join(t.TempDir(), "p"+Ext)
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	id := addSample(t, s)
	a, _ := s.Annotations(id)
	for _, q := range a.Quotes {
		if q.Annotator != "" {
			t.Fatalf("a pending suggestion names %q", q.Annotator)
		}
	}
	if name, err := s.Annotator(); err != nil || name != OSUser() {
		t.Fatalf("default annotator %q, %v; want the OS user %q", name, err, OSUser())
	}
	if err := s.SetQuoteState(a.Quotes[0].ID, annot.StateAccepted); err != nil {
		t.Fatal(err)
	}
	if err := s.SetAnnotator("  Ana Lima "); err != nil {
		t.Fatal(err)
	}
	if err := s.SetQuoteState(a.Quotes[1].ID, annot.StateRejected); err != nil {
		t.Fatal(err)
	}
	mid, err := s.AddMention(id, annot.Span{Start: 0, End: 3}, annot.LabelOrg, annot.MentionName, 0)
	if err != nil {
		t.Fatal(err)
	}
	got, _ := s.Annotations(id)
	if q := quoteByID(got, a.Quotes[0].ID); q.Annotator != OSUser() {
		t.Errorf("first accept named %q, want the OS user %q", q.Annotator, OSUser())
	}
	if q := quoteByID(got, a.Quotes[1].ID); q.Annotator != "Ana Lima" || q.State != annot.StateRejected {
		t.Errorf("reject named %q (%s), want Ana Lima", q.Annotator, q.State)
	}
	m := got.Mention(mid)
	if m.Annotator != "Ana Lima" || got.Entity(m.Entity).Annotator != "Ana Lima" {
		t.Errorf("added mention and entity name %q and %q, want Ana Lima", m.Annotator, got.Entity(m.Entity).Annotator)
	}
	// Undo the reject: the quote is pending again and names nobody.
	if _, _, err := s.Undo(); err != nil { // the added mention
		t.Fatal(err)
	}
	if _, _, err := s.Undo(); err != nil {
		t.Fatal(err)
	}
	got, _ = s.Annotations(id)
	if q := quoteByID(got, a.Quotes[1].ID); q.Annotator != "" || q.State != annot.StateSuggested {
		t.Errorf("after undo: %s named %q, want pending and nobody", q.State, q.Annotator)
	}
	if _, _, err := s.Redo(); err != nil {
		t.Fatal(err)
	}
	got, _ = s.Annotations(id)
	if q := quoteByID(got, a.Quotes[1].ID); q.Annotator != "Ana Lima" {
		t.Errorf("after redo named %q, want Ana Lima", q.Annotator)
	}
	// Bad names are refused and change nothing.
	for _, bad := range []string{"a\nb", string(make([]rune, MaxAnnotatorLen+1))} {
		if err := s.SetAnnotator(bad); err == nil {
			t.Errorf("SetAnnotator(%q) accepted", bad)
		}
	}
	if name, _ := s.ProjectAnnotator(); name != "Ana Lima" {
		t.Errorf("project annotator %q after refused names, want Ana Lima", name)
	}
	s.Close()

	// The name is the project file's: it is there on the next open. A
	// session override names that session's decisions only.
	s, err = Open(path, Options{Annotator: "Bo"})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SetQuoteState(a.Quotes[1].ID, annot.StateAccepted); err != nil {
		t.Fatal(err)
	}
	got, _ = s.Annotations(id)
	if q := quoteByID(got, a.Quotes[1].ID); q.Annotator != "Bo" {
		t.Errorf("session override: named %q, want Bo", q.Annotator)
	}
	if name, _ := s.ProjectAnnotator(); name != "Ana Lima" {
		t.Errorf("the override changed the project's annotator to %q", name)
	}
	// Decisions added already decided (an import of decisions) are named.
	doc, err := s.AddDocument(annot.Document{Text: "Ann Lee spoke."}, &annot.Annotations{
		Mentions: []annot.Mention{{ID: 1, Span: annot.Span{Start: 0, End: 7}, Label: annot.LabelPerson, Type: annot.MentionName,
			Provenance: annot.Provenance{State: annot.StateAccepted}}},
	}, annot.OriginImport)
	if err != nil {
		t.Fatal(err)
	}
	ga, _ := s.Annotations(doc)
	if ga.Mentions[0].Annotator != "Bo" {
		t.Errorf("imported decision named %q, want Bo", ga.Mentions[0].Annotator)
	}
	s.Close()
	if _, err := Open(path, Options{Annotator: "x\x00y"}); err == nil {
		t.Error("a session annotator with a control character was taken")
	}
}

// A journal entry written before annotators existed (its row images lack
// the column) still undoes and redoes.
func TestUndoEntryWithoutAnnotator(t *testing.T) {
	path := filepath.Join(t.TempDir(), "p"+Ext)
	old := openAt(t, path, 5)
	if _, err := old.db.Exec(`INSERT INTO documents (id, text, chars, sha256, created, updated, status) VALUES (1, 'Hello there.', 12, 'h', '', '', 'in_progress')`); err != nil {
		t.Fatal(err)
	}
	if _, err := old.db.Exec(`INSERT INTO quotes (id, doc_id, kind, origin, state) VALUES (1, 1, 'direct', 'detector', 'accepted')`); err != nil {
		t.Fatal(err)
	}
	if _, err := old.db.Exec(`INSERT INTO quote_parts (quote_id, seq, start, "end") VALUES (1, 0, 0, 5)`); err != nil {
		t.Fatal(err)
	}
	img := `{"id":1,"doc_id":1,"kind":"direct","cue_start":0,"cue_end":0,"speaker_id":null,"unattributed":0,"origin":"detector","state":"%s","confidence":0}`
	changes := `[{"t":"quotes","id":1,"b":` + fmt.Sprintf(img, "suggested") + `,"a":` + fmt.Sprintf(img, "accepted") + `}]`
	if _, err := old.db.Exec(`INSERT INTO journal (doc_id, action, at, changes) VALUES (1, 'accept quote', '', ?)`, changes); err != nil {
		t.Fatal(err)
	}
	old.Close()
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, ok, err := s.Undo(); err != nil || !ok {
		t.Fatalf("undo of an old entry: %v, %v", ok, err)
	}
	a, _ := s.Annotations(1)
	if a.Quotes[0].State != annot.StateSuggested {
		t.Errorf("after undo: %s", a.Quotes[0].State)
	}
	if _, ok, err := s.Redo(); err != nil || !ok {
		t.Fatalf("redo of an old entry: %v, %v", ok, err)
	}
}

func quoteByID(a annot.Annotations, id annot.QuoteID) annot.Quote {
	for _, q := range a.Quotes {
		if q.ID == id {
			return q
		}
	}
	return annot.Quote{}
}
