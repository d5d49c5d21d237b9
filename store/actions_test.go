package store

import (
	"errors"
	"path/filepath"
	"reflect"
	"sort"
	"testing"

	"github.com/quotebench/quotebench/annot"
)

// TestActionsUndoRedo applies each user action, then checks that undo
// restores the state before it and redo the state after it, also across
// closing and reopening the file.
func TestActionsUndoRedo(t *testing.T) {
	type ids struct {
		doc    annot.DocID
		ent    annot.EntityID
		m1, m2 annot.MentionID
		q1, q2 annot.QuoteID
		ent2   annot.EntityID
	}
	cases := []struct {
		name   string
		action string
		do     func(s *Store, x ids) error
	}{
		{"status", "set status done", func(s *Store, x ids) error { return s.SetStatus(x.doc, annot.StatusDone) }},
		{"accept quote", "accept quote", func(s *Store, x ids) error { return s.SetQuoteState(x.q1, annot.StateAccepted) }},
		{"reject mention", "reject mention", func(s *Store, x ids) error { return s.SetMentionState(x.m2, annot.StateRejected) }},
		{"accept all", "accept all", func(s *Store, x ids) error { _, err := s.AcceptAll(x.doc); return err }},
		{"speaker", "set speaker", func(s *Store, x ids) error { return s.SetSpeaker(x.q1, x.m2, false) }},
		{"unattributed", "set speaker", func(s *Store, x ids) error { return s.SetSpeaker(x.q1, 0, true) }},
		{"add mention new entity", "add mention", func(s *Store, x ids) error {
			_, err := s.AddMention(x.doc, annot.Span{Start: 94, End: 100}, annot.LabelLoc, annot.MentionName, 0)
			return err
		}},
		{"add mention to entity", "add mention", func(s *Store, x ids) error {
			_, err := s.AddMention(x.doc, annot.Span{Start: 4, End: 12}, annot.LabelPerson, annot.MentionName, x.ent)
			return err
		}},
		{"add quote", "add quote", func(s *Store, x ids) error {
			_, err := s.AddQuote(x.doc, []annot.Span{{Start: 70, End: 80}, {Start: 20, End: 30}}, annot.KindDirect)
			return err
		}},
		{"quote kind", "set quote kind", func(s *Store, x ids) error { return s.SetQuoteKind(x.q2, annot.KindDirect) }},
		{"quote parts", "edit quote", func(s *Store, x ids) error {
			return s.SetQuoteParts(x.q2, []annot.Span{{Start: 65, End: 77}})
		}},
		{"mention span", "edit mention", func(s *Store, x ids) error { return s.SetMentionSpan(x.m1, annot.Span{Start: 4, End: 12}) }},
		{"mention label", "set mention label", func(s *Store, x ids) error { return s.SetMentionLabel(x.m1, annot.LabelOrg) }},
		{"delete quote", "delete quote", func(s *Store, x ids) error { return s.DeleteQuote(x.q2) }},
		{"delete speaker mention", "delete mention", func(s *Store, x ids) error { return s.DeleteMention(x.m1) }},
		{"rename entity", "rename entity", func(s *Store, x ids) error { return s.RenameEntity(x.ent, "A. Ferreira") }},
		{"merge entities", "merge entities", func(s *Store, x ids) error { return s.MergeEntities(x.ent2, x.ent) }},
		{"move mention", "move mention", func(s *Store, x ids) error { return s.MoveMention(x.m2, x.ent2) }},
		{"unlink mention", "move mention", func(s *Store, x ids) error { return s.MoveMention(x.m2, 0) }},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "p"+Ext)
			s, err := Open(path, Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer func() { s.Close() }()
			var x ids
			x.doc = addSample(t, s)
			a, _ := s.Annotations(x.doc)
			x.ent, x.m1, x.m2, x.q1, x.q2 = a.Entities[0].ID, a.Mentions[0].ID, a.Mentions[1].ID, a.Quotes[0].ID, a.Quotes[1].ID
			if err := s.AddAnnotations(x.doc, annot.Annotations{Entities: []annot.Entity{{ID: 1, Name: "Bridge", Label: annot.LabelLoc}}}); err != nil {
				t.Fatal(err)
			}
			a, _ = s.Annotations(x.doc)
			x.ent2 = a.Entities[1].ID

			before := dump(t, s.db)
			if err := c.do(s, x); err != nil {
				t.Fatal(err)
			}
			after := dump(t, s.db)
			if after == before {
				t.Fatal("action changed nothing")
			}
			j, err := s.Journal(0)
			if err != nil || len(j) != 1 || j[0].Action != c.action || j[0].Doc != x.doc {
				t.Fatalf("journal = %+v, %v; want one %q on doc %d", j, err, c.action, x.doc)
			}
			// Survives a restart.
			s.Close()
			if s, err = Open(path, Options{}); err != nil {
				t.Fatal(err)
			}
			e, ok, err := s.Undo()
			if err != nil || !ok || e.Action != c.action || !e.Undone {
				t.Fatalf("Undo = %+v, %v, %v", e, ok, err)
			}
			if got := dump(t, s.db); got != before {
				t.Errorf("after undo:\n%s\nwant:\n%s", got, before)
			}
			if _, ok, _ := s.Undo(); ok {
				t.Error("second undo did something")
			}
			s.Close()
			if s, err = Open(path, Options{}); err != nil {
				t.Fatal(err)
			}
			if _, ok, err := s.Redo(); err != nil || !ok {
				t.Fatalf("Redo: %v, %v", ok, err)
			}
			if got := dump(t, s.db); got != after {
				t.Errorf("after redo:\n%s\nwant:\n%s", got, after)
			}
			if _, ok, _ := s.Redo(); ok {
				t.Error("second redo did something")
			}
			if v := pragma(t, s.db, "integrity_check"); v != "ok" {
				t.Errorf("integrity_check = %s", v)
			}
			fk, err := s.db.Query("PRAGMA foreign_key_check")
			if err != nil {
				t.Fatal(err)
			}
			if fk.Next() {
				t.Error("foreign key violations")
			}
			fk.Close()
		})
	}
}

func TestFKCheckClean(t *testing.T) {
	s := newStore(t)
	id := addSample(t, s)
	a, _ := s.Annotations(id)
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(s.DeleteMention(a.Mentions[0].ID))
	must(s.DeleteQuote(a.Quotes[1].ID))
	for range 2 {
		_, _, err := s.Undo()
		must(err)
	}
	rows, err := s.db.Query("PRAGMA foreign_key_check")
	must(err)
	defer rows.Close()
	if rows.Next() {
		t.Error("foreign key violations after undo")
	}
}

func TestUndoTailDiscarded(t *testing.T) {
	s := newStore(t)
	id := addSample(t, s)
	a, _ := s.Annotations(id)
	for _, st := range []annot.State{annot.StateAccepted, annot.StateRejected} {
		if err := s.SetQuoteState(a.Quotes[0].ID, st); err != nil {
			t.Fatal(err)
		}
	}
	if _, _, err := s.Undo(); err != nil {
		t.Fatal(err)
	}
	if err := s.SetStatus(id, annot.StatusDone); err != nil {
		t.Fatal(err)
	}
	if _, ok, _ := s.Redo(); ok {
		t.Error("redo after a new action re-applied a discarded action")
	}
	j, _ := s.Journal(0)
	var got []string
	for _, e := range j {
		got = append(got, e.Action)
	}
	sort.Strings(got)
	if want := []string{"accept quote", "set status done"}; !reflect.DeepEqual(got, want) {
		t.Errorf("journal = %v, want %v", got, want)
	}
	// A no-op action leaves no entry.
	if err := s.SetStatus(id, annot.StatusDone); err != nil {
		t.Fatal(err)
	}
	if j2, _ := s.Journal(0); len(j2) != len(j) {
		t.Errorf("no-op action journaled: %d entries, want %d", len(j2), len(j))
	}
}

func TestActionErrors(t *testing.T) {
	s := newStore(t)
	id := addSample(t, s)
	other, err := s.AddDocument(annot.Document{Text: "Another text entirely."}, &annot.Annotations{
		Mentions: []annot.Mention{{ID: 1, Span: annot.Span{Start: 0, End: 7}, Label: annot.LabelPerson}},
	}, annot.OriginDetector)
	if err != nil {
		t.Fatal(err)
	}
	a, _ := s.Annotations(id)
	b, _ := s.Annotations(other)
	before := dump(t, s.db)
	cases := []struct {
		name string
		err  error
		want error
	}{
		{"missing quote", s.SetQuoteState(9999, annot.StateAccepted), annot.ErrNotFound},
		{"bad state", s.SetQuoteState(a.Quotes[0].ID, "maybe"), annot.ErrInvalid},
		{"bad status", s.SetStatus(id, "lost"), annot.ErrInvalid},
		{"missing doc", s.SetStatus(9999, annot.StatusDone), annot.ErrNotFound},
		{"speaker from other doc", s.SetSpeaker(a.Quotes[0].ID, b.Mentions[0].ID, false), annot.ErrInvalid},
		{"span past end", func() error {
			_, err := s.AddMention(id, annot.Span{Start: 5, End: 5000}, annot.LabelPerson, annot.MentionName, 0)
			return err
		}(), annot.ErrInvalid},
		{"unknown label", s.SetMentionLabel(a.Mentions[0].ID, "ALIEN"), annot.ErrInvalid},
		{"no parts", s.SetQuoteParts(a.Quotes[0].ID, nil), annot.ErrInvalid},
		{"overlapping parts", s.SetQuoteParts(a.Quotes[0].ID, []annot.Span{{Start: 1, End: 10}, {Start: 5, End: 12}}), annot.ErrInvalid},
		{"bad kind", s.SetQuoteKind(a.Quotes[0].ID, "shouted"), annot.ErrInvalid},
		{"merge self", s.MergeEntities(a.Entities[0].ID, a.Entities[0].ID), annot.ErrInvalid},
		{"move to missing entity", s.MoveMention(a.Mentions[0].ID, 9999), annot.ErrNotFound},
	}
	for _, c := range cases {
		if !errors.Is(c.err, c.want) {
			t.Errorf("%s: err = %v, want %v", c.name, c.err, c.want)
		}
	}
	if after := dump(t, s.db); after != before {
		t.Error("failed actions changed the store")
	}
	if j, _ := s.Journal(0); len(j) != 0 {
		t.Errorf("failed actions journaled: %+v", j)
	}
}

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
