package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/app/widgets"
)

// Done means decided: Ctrl+D with suggestions pending asks first; Cancel
// and Review change nothing, Review selects a pending suggestion, Reject the
// rest rejects them (keeping what was accepted) and marks the document done.
func TestMarkDoneAsksAboutPending(t *testing.T) {
	h := newHarness(t, newProject(t))
	status := func() annot.Status {
		d, err := h.p.Document(h.a)
		if err != nil {
			t.Fatal(err)
		}
		return d.Status
	}
	q1 := h.quoteID("“We will")
	h.wb.SelectRef(widgets.Ref{Quote: q1})
	h.typeKeys("a") // accepted: stays whatever happens to the rest

	h.shortcut(ctrl(fyne.KeyD))
	if txt := dialogText(h.w); !strings.Contains(txt, "3 suggested quotes and 3 mentions are still pending") {
		t.Errorf("dialog says %q, want the pending counts", txt)
	}
	confirm(t, h.w, doneCancel)
	if st := status(); st == annot.StatusDone || h.wb.doc.ID != h.a {
		t.Fatalf("after Cancel the document is %s and document %d shown", st, h.wb.doc.ID)
	}

	h.wb.SelectRef(widgets.Ref{})
	h.shortcut(ctrl(fyne.KeyD))
	confirm(t, h.w, doneReview)
	r := h.wb.view.Selected()
	if status() == annot.StatusDone || r.IsZero() {
		t.Fatalf("after Review: status %s, selected %+v; want not done and a suggestion selected", status(), r)
	}
	if r.Quote != 0 && h.quote(r.Quote).State != annot.StateSuggested || r.Mention != 0 && h.mention(r.Mention).State != annot.StateSuggested {
		t.Errorf("Review selected %+v, which is not pending", r)
	}

	h.shortcut(ctrl(fyne.KeyD))
	confirm(t, h.w, doneRejectRest)
	if st := status(); st != annot.StatusDone {
		t.Errorf("after Reject the rest the document is %s, want done", st)
	}
	if h.wb.doc.ID != h.b {
		t.Errorf("showing %d, want the next document %d", h.wb.doc.ID, h.b)
	}
	a, _ := h.p.Annotations(h.a)
	for _, q := range a.Quotes {
		want := annot.StateRejected
		if q.ID == q1 {
			want = annot.StateAccepted
		}
		if q.State != want {
			t.Errorf("quote %d is %s, want %s", q.ID, q.State, want)
		}
	}
	for _, m := range a.Mentions {
		if m.State == annot.StateSuggested {
			t.Errorf("mention %d still pending in a done document", m.ID)
		}
		if m.ID == h.mentionID0(a, "she") && m.State != annot.StateAccepted {
			t.Errorf("the accepted quote's speaker is %s", m.State)
		}
	}
}

// mentionID0 finds a mention by its text in a document's annotations.
func (h *harness) mentionID0(a annot.Annotations, s string) annot.MentionID {
	h.t.Helper()
	for _, m := range a.Mentions {
		if annot.SpanText([]rune(articleA), m.Span) == s {
			return m.ID
		}
	}
	h.t.Fatalf("no mention %q", s)
	return 0
}
