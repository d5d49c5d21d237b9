package store

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/quotebench/quotebench/annot"
)

// runeSpan is the code-point span of the first occurrence of sub in text.
func runeSpan(t testing.TB, text, sub string) annot.Span {
	t.Helper()
	i := strings.Index(text, sub)
	if i < 0 {
		t.Fatalf("%q not in the text", sub)
	}
	start := len([]rune(text[:i]))
	return annot.Span{Start: start, End: start + len([]rune(sub))}
}

func journalLen(t testing.TB, s *Store) int {
	t.Helper()
	j, err := s.Journal(0)
	if err != nil {
		t.Fatal(err)
	}
	return len(j)
}

// checkNewSpeaker asserts that quote q's speaker is mention m on span sp, of
// a new human entity named after the text.
func checkNewSpeaker(t *testing.T, s *Store, doc annot.DocID, q annot.QuoteID, m annot.MentionID, sp annot.Span, name string) {
	t.Helper()
	a, err := s.Annotations(doc)
	if err != nil {
		t.Fatal(err)
	}
	var qt *annot.Quote
	for i := range a.Quotes {
		if a.Quotes[i].ID == q {
			qt = &a.Quotes[i]
		}
	}
	if qt == nil {
		t.Fatalf("quote %d is gone", q)
	}
	if qt.Speaker != m || qt.Unattributed {
		t.Errorf("quote speaker %d unattributed %v, want %d false", qt.Speaker, qt.Unattributed, m)
	}
	if qt.State != annot.StateEdited {
		t.Errorf("detector quote state %s after a new speaker, want edited", qt.State)
	}
	mn := a.Mention(m)
	if mn == nil {
		t.Fatalf("mention %d not in the document", m)
	}
	if mn.Span != sp || mn.Label != annot.LabelPerson || mn.Type != annot.MentionName || mn.Origin != annot.OriginHuman || mn.State != annot.StateAccepted {
		t.Errorf("mention %+v, want span %v PERSON name human accepted", *mn, sp)
	}
	e := a.Entity(mn.Entity)
	if e == nil {
		t.Fatalf("mention's entity %d not in the document", mn.Entity)
	}
	if e.Name != name || e.Label != annot.LabelPerson || e.Origin != annot.OriginHuman {
		t.Errorf("entity %+v, want a new human PERSON named %q", *e, name)
	}
	for _, o := range a.Mentions {
		if o.ID != m && o.Entity == e.ID {
			t.Errorf("the new entity %d also has mention %d; want a new entity", e.ID, o.ID)
		}
	}
}

// A new speaker from a selection is one action: one journal entry, one undo
// step (the link, the mention and the entity), redo with the same ids, also
// after the project was closed and reopened.
func TestAddSpeakerMention(t *testing.T) {
	for _, reopen := range []bool{false, true} {
		name := "same session"
		if reopen {
			name = "after reopening"
		}
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "p"+Ext)
			s, err := Open(path, Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer func() { s.Close() }()
			doc := addSample(t, s)
			a, err := s.Annotations(doc)
			if err != nil {
				t.Fatal(err)
			}
			q := a.Quotes[1].ID
			sp := runeSpan(t, sampleText, "Bridge\r")
			sp.End--
			before := dump(t, s.db)

			m, err := s.AddSpeakerMention(q, sp, annot.LabelPerson, annot.MentionName)
			if err != nil {
				t.Fatalf("add speaker mention: %v", err)
			}
			checkNewSpeaker(t, s, doc, q, m, sp, "Bridge")
			if st := docStatus(t, s, doc); st != annot.StatusInProgress {
				t.Errorf("status %s after the first action, want in_progress", st)
			}
			j, err := s.Journal(0)
			if err != nil {
				t.Fatal(err)
			}
			if len(j) != 1 || j[0].Action != "new speaker" || j[0].Doc != doc {
				t.Fatalf("journal %+v, want one entry \"new speaker\" on document %d", j, doc)
			}
			after := dump(t, s.db)

			if reopen {
				if err := s.Close(); err != nil {
					t.Fatal(err)
				}
				if s, err = Open(path, Options{}); err != nil {
					t.Fatal(err)
				}
			}
			e, ok, err := s.Undo()
			if err != nil || !ok {
				t.Fatalf("undo: %v %v", ok, err)
			}
			if e.Action != "new speaker" {
				t.Errorf("undid %q, want \"new speaker\"", e.Action)
			}
			if got := dump(t, s.db); got != before {
				t.Errorf("one undo did not revert the whole action:\n%s\nwant\n%s", got, before)
			}
			if _, ok, err := s.Undo(); err != nil || ok {
				t.Errorf("a second undo found something (%v, %v): the action took more than one entry", ok, err)
			}

			if reopen {
				if err := s.Close(); err != nil {
					t.Fatal(err)
				}
				if s, err = Open(path, Options{}); err != nil {
					t.Fatal(err)
				}
			}
			if _, ok, err := s.Redo(); err != nil || !ok {
				t.Fatalf("redo: %v %v", ok, err)
			}
			if got := dump(t, s.db); got != after {
				t.Errorf("redo did not restore the action with the same ids:\n%s\nwant\n%s", got, after)
			}
			checkNewSpeaker(t, s, doc, q, m, sp, "Bridge")
		})
	}
}

// A refused new speaker changes nothing and leaves no journal entry.
func TestAddSpeakerMentionRefused(t *testing.T) {
	n := len([]rune(sampleText))
	tests := []struct {
		name  string
		quote func(a annot.Annotations) annot.QuoteID
		span  annot.Span
		label annot.Label
		typ   annot.MentionType
		want  error
	}{
		{"span past the end", nil, annot.Span{Start: n - 2, End: n + 1}, annot.LabelPerson, annot.MentionName, annot.ErrInvalid},
		{"span wholly outside", nil, annot.Span{Start: n + 5, End: n + 9}, annot.LabelPerson, annot.MentionName, annot.ErrInvalid},
		{"negative start", nil, annot.Span{Start: -1, End: 3}, annot.LabelPerson, annot.MentionName, annot.ErrInvalid},
		{"empty span", nil, annot.Span{Start: 4, End: 4}, annot.LabelPerson, annot.MentionName, annot.ErrInvalid},
		{"unknown label", nil, annot.Span{Start: 0, End: 3}, annot.Label("NOPE"), annot.MentionName, annot.ErrInvalid},
		{"unknown mention type", nil, annot.Span{Start: 0, End: 3}, annot.LabelPerson, annot.MentionType("epithet"), annot.ErrInvalid},
		{"unknown quote", func(annot.Annotations) annot.QuoteID { return 9999 }, annot.Span{Start: 0, End: 3}, annot.LabelPerson, annot.MentionName, annot.ErrNotFound},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newStore(t)
			doc := addSample(t, s)
			a, err := s.Annotations(doc)
			if err != nil {
				t.Fatal(err)
			}
			q := a.Quotes[0].ID
			if tt.quote != nil {
				q = tt.quote(a)
			}
			before, jn := dump(t, s.db), journalLen(t, s)
			m, err := s.AddSpeakerMention(q, tt.span, tt.label, tt.typ)
			if !errors.Is(err, tt.want) {
				t.Fatalf("error %v, want %v", err, tt.want)
			}
			if m != 0 {
				t.Errorf("mention id %d with an error, want 0", m)
			}
			if got := dump(t, s.db); got != before {
				t.Errorf("a refused action changed the project:\n%s\nwant\n%s", got, before)
			}
			if got := journalLen(t, s); got != jn {
				t.Errorf("%d journal entries, want %d", got, jn)
			}
			if st := docStatus(t, s, doc); st != annot.StatusTodo {
				t.Errorf("status %s after a refused action, want todo", st)
			}
		})
	}
}

// BenchmarkAddSpeakerMention is "New entity from selection…": one journaled,
// fsynced transaction, like AddMention followed by nothing else.
func BenchmarkAddSpeakerMention(b *testing.B) {
	s := newStore(b)
	id := addSample(b, s)
	a, _ := s.Annotations(id)
	q := a.Quotes[0].ID
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := s.AddSpeakerMention(q, annot.Span{Start: 0, End: 3}, annot.LabelPerson, annot.MentionName); err != nil {
			b.Fatal(err)
		}
	}
}
