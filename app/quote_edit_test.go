package app

import (
	"testing"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/app/widgets"
)

func TestSplitAndJoinQuote(t *testing.T) {
	for name, mk := range backends(t) {
		t.Run(name, func(t *testing.T) {
			h := newHarness(t, mk(t))
			q4 := h.quoteID("“The plan")
			h.wb.SelectRef(widgets.Ref{Quote: q4})
			h.wb.view.SetSelection(sp(t, articleA, "Maria Ortiz, a council member, said,"))
			h.typeKeys("x")
			q := h.quote(q4)
			want := []annot.Span{sp(t, articleA, "“The plan is sound,”"), sp(t, articleA, "“and we will win.”")}
			if len(q.Parts) != 2 || q.Parts[0] != want[0] || q.Parts[1] != want[1] {
				t.Fatalf("parts after split %v, want %v", q.Parts, want)
			}
			h.typeKeys("j")
			if q := h.quote(q4); len(q.Parts) != 1 || q.Parts[0] != (annot.Span{Start: want[0].Start, End: want[1].End}) {
				t.Errorf("parts after join %v", q.Parts)
			}
		})
	}
}
