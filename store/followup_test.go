package store

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/quotebench/quotebench/app/annot"
)

func docStatus(t *testing.T, s *Store, id annot.DocID) annot.Status {
	t.Helper()
	d, err := s.Document(id)
	if err != nil {
		t.Fatal(err)
	}
	return d.Status
}

// The first user action on a todo document moves it to in progress in the
// action's own journal entry: undo makes it todo again, redo in progress.
func TestFirstActionStartsDocument(t *testing.T) {
	tests := []struct {
		name string
		act  func(s *Store, doc annot.DocID, a annot.Annotations) error
	}{
		{"accept quote", func(s *Store, _ annot.DocID, a annot.Annotations) error {
			return s.SetQuoteState(a.Quotes[0].ID, annot.StateAccepted)
		}},
		{"reject mention", func(s *Store, _ annot.DocID, a annot.Annotations) error {
			return s.SetMentionState(a.Mentions[1].ID, annot.StateRejected)
		}},
		{"add mention", func(s *Store, doc annot.DocID, _ annot.Annotations) error {
			_, err := s.AddMention(doc, annot.Span{Start: 90, End: 96}, annot.LabelGPE, annot.MentionName, 0)
			return err
		}},
		{"accept all", func(s *Store, doc annot.DocID, _ annot.Annotations) error {
			_, err := s.AcceptAll(doc)
			return err
		}},
		{"set speaker", func(s *Store, _ annot.DocID, a annot.Annotations) error {
			return s.SetSpeaker(a.Quotes[0].ID, a.Mentions[1].ID, false)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newStore(t)
			doc := addSample(t, s)
			a, err := s.Annotations(doc)
			if err != nil {
				t.Fatal(err)
			}
			before := dump(t, s.db)
			if err := tt.act(s, doc, a); err != nil {
				t.Fatal(err)
			}
			if st := docStatus(t, s, doc); st != annot.StatusInProgress {
				t.Fatalf("after the action: status %s, want in_progress", st)
			}
			j, err := s.Journal(10)
			if err != nil {
				t.Fatal(err)
			}
			if len(j) != 1 {
				t.Fatalf("%d journal entries, want 1 (the status change belongs to the action)", len(j))
			}
			if _, ok, err := s.Undo(); !ok || err != nil {
				t.Fatalf("undo: %v %v", ok, err)
			}
			if st := docStatus(t, s, doc); st != annot.StatusTodo {
				t.Errorf("after undo: status %s, want todo", st)
			}
			if after := dump(t, s.db); after != before {
				t.Errorf("undo did not restore everything:\n%s\nwant\n%s", after, before)
			}
			if _, ok, err := s.Redo(); !ok || err != nil {
				t.Fatalf("redo: %v %v", ok, err)
			}
			if st := docStatus(t, s, doc); st != annot.StatusInProgress {
				t.Errorf("after redo: status %s, want in_progress", st)
			}
		})
	}
}

// Only a todo document moves, only when the action changes something, and
// setting the status is the analyst's own choice.
func TestFirstActionLeavesOtherStatuses(t *testing.T) {
	s := newStore(t)
	doc := addSample(t, s)
	a, err := s.Annotations(doc)
	if err != nil {
		t.Fatal(err)
	}
	// an action that changes nothing: the quote is already suggested
	if err := s.SetQuoteState(a.Quotes[0].ID, annot.StateSuggested); err != nil {
		t.Fatal(err)
	}
	if st := docStatus(t, s, doc); st != annot.StatusTodo {
		t.Errorf("after a no-op: status %s, want todo", st)
	}
	// a failing action
	if err := s.SetQuoteState(a.Quotes[0].ID+100, annot.StateAccepted); err == nil {
		t.Fatal("accepting a missing quote succeeded")
	}
	if st := docStatus(t, s, doc); st != annot.StatusTodo {
		t.Errorf("after a failed action: status %s, want todo", st)
	}
	for _, st := range []annot.Status{annot.StatusSkipped, annot.StatusDone} {
		if err := s.SetStatus(doc, st); err != nil {
			t.Fatal(err)
		}
		if err := s.SetQuoteState(a.Quotes[0].ID, annot.StateRejected); err != nil {
			t.Fatal(err)
		}
		if got := docStatus(t, s, doc); got != st {
			t.Errorf("an action on a %s document made it %s", st, got)
		}
		if err := s.SetQuoteState(a.Quotes[0].ID, annot.StateSuggested); err != nil {
			t.Fatal(err)
		}
	}
	// setting todo explicitly stays todo
	if err := s.SetStatus(doc, annot.StatusTodo); err != nil {
		t.Fatal(err)
	}
	if st := docStatus(t, s, doc); st != annot.StatusTodo {
		t.Errorf("set status todo gave %s", st)
	}
}

// Each duplicate of an import names the document it already is.
func TestImportDuplicateIDs(t *testing.T) {
	s := newStore(t)
	dir := t.TempDir()
	a := filepath.Join(dir, "a.txt")
	b := filepath.Join(dir, "b.jsonl")
	if err := os.WriteFile(a, []byte("One article.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(b, []byte(`{"id":"b1","text":"Two."}`+"\n"+`{"id":"b2","text":"Three."}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	first, err := s.Import([]string{a, b}, nil, nil)
	if err != nil || len(first.Added) != 3 {
		t.Fatalf("first import: %+v %v", first, err)
	}
	again, err := s.Import([]string{b, a}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []annot.DocID{first.Added[1], first.Added[2], first.Added[0]}
	if len(again.Added) != 0 || !reflect.DeepEqual(again.DuplicateIDs, want) || len(again.Duplicates) != len(want) {
		t.Errorf("again: duplicates %v ids %v, want ids %v", again.Duplicates, again.DuplicateIDs, want)
	}
}
