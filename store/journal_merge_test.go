package store

import (
	"testing"

	"github.com/quotebench/quotebench/annot"
)

// Boundary nudges of the same annotation in a row are one journal entry:
// one undo puts the span back where it was before the first nudge. Another
// action, or an undo in between, starts a new step.
func TestNudgesInARowAreOneStep(t *testing.T) {
	s := newStore(t)
	id := addSample(t, s)
	a, _ := s.Annotations(id)
	m := a.Mentions[0]
	orig := m.Span
	j := journalLen(t, s)
	for _, end := range []int{orig.End + 1, orig.End + 2, orig.End + 3} {
		if err := s.NudgeMentionSpan(m.ID, annot.Span{Start: orig.Start, End: end}); err != nil {
			t.Fatal(err)
		}
	}
	if n := journalLen(t, s); n != j+1 {
		t.Fatalf("three nudges wrote %d journal entries, want 1", n-j)
	}
	span := func() annot.Span {
		b, _ := s.Annotations(id)
		return b.Mention(m.ID).Span
	}
	if got := span(); got.End != orig.End+3 {
		t.Fatalf("span %v after the nudges", got)
	}
	if _, ok, err := s.Undo(); !ok || err != nil {
		t.Fatal(ok, err)
	}
	if got := span(); got != orig {
		t.Errorf("one undo gives %v, want %v", got, orig)
	}
	if _, ok, err := s.Redo(); !ok || err != nil {
		t.Fatal(ok, err)
	}
	if got := span(); got.End != orig.End+3 {
		t.Errorf("redo gives %v, want the end at %d", got, orig.End+3)
	}
	// another mention's nudge, or a different action, is a new step
	if err := s.NudgeMentionSpan(a.Mentions[1].ID, annot.Span{Start: a.Mentions[1].Start, End: a.Mentions[1].End + 1}); err != nil {
		t.Fatal(err)
	}
	if err := s.NudgeMentionSpan(m.ID, annot.Span{Start: orig.Start, End: orig.End + 1}); err != nil {
		t.Fatal(err)
	}
	if n := journalLen(t, s); n != j+3 {
		t.Errorf("nudges of two mentions in turn wrote %d entries, want 3 in all", n-j)
	}
	// quotes too
	q := a.Quotes[0]
	for d := 1; d <= 2; d++ {
		p := q.Parts[0]
		if err := s.NudgeQuoteParts(q.ID, []annot.Span{{Start: p.Start + d, End: p.End}}); err != nil {
			t.Fatal(err)
		}
	}
	if n := journalLen(t, s); n != j+4 {
		t.Errorf("two quote nudges: %d entries in all, want %d", n-j, 4)
	}
	if _, ok, err := s.Undo(); !ok || err != nil {
		t.Fatal(ok, err)
	}
	b, _ := s.Annotations(id)
	for _, x := range b.Quotes {
		if x.ID == q.ID && x.Parts[0] != q.Parts[0] {
			t.Errorf("quote after one undo %v, want %v", x.Parts[0], q.Parts[0])
		}
	}
}
