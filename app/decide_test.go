package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/app/widgets"
)

func TestAcceptRejectFromKeyboard(t *testing.T) {
	for name, mk := range backends(t) {
		t.Run(name, func(t *testing.T) {
			h := newHarness(t, mk(t))
			h.typeKeys("n") // first suggestion: "mayor"
			mayor := h.mentionID("mayor")
			if got := h.wb.view.Selected(); got != (widgets.Ref{Mention: mayor}) {
				t.Fatalf("n selected %+v, want the mention %q", got, "mayor")
			}
			h.typeKeys("a") // accept, move on to the first quote
			if st := h.mention(mayor).State; st != annot.StateAccepted {
				t.Errorf("mayor is %s after a, want accepted", st)
			}
			q1 := h.quoteID("“We will")
			if got := h.wb.view.Selected(); got != (widgets.Ref{Quote: q1}) {
				t.Fatalf("after accepting, selection is %+v; want the next suggestion, quote %d", got, q1)
			}
			if !strings.Contains(h.wb.saved.Text, "Saved") {
				t.Errorf("status bar says %q, want Saved", h.wb.saved.Text)
			}
			h.typeKeys("r")
			if st := h.quote(q1).State; st != annot.StateRejected {
				t.Errorf("quote is %s after r, want rejected", st)
			}
			for _, m := range h.wb.view.Marks() {
				if m.Ref == (widgets.Ref{Quote: q1}) {
					t.Errorf("rejected quote still painted: %+v", m)
				}
			}
			// accept everything that is left: Ctrl+Shift+A asks how sure
			h.shortcut(ctrlShift(fyne.KeyA))
			h.wb.acceptDialog.SetValue(0)
			confirm(t, h.w, "Accept 5") // 3 quotes, Port Alma, Maria Ortiz ("she" went with quote 1)
			a, _ := h.p.Annotations(h.wb.doc.ID)
			for _, q := range a.Quotes {
				if q.State == annot.StateSuggested {
					t.Errorf("quote %d still suggested after accept all", q.ID)
				}
			}
			if !strings.Contains(h.wb.position.Text, "0 pending") {
				t.Errorf("status bar %q, want 0 pending", h.wb.position.Text)
			}
		})
	}
}

func TestNudgeBoundary(t *testing.T) {
	h := newHarness(t, newProject(t))
	id := h.mentionID("Maria Ortiz")
	h.wb.SelectRef(widgets.Ref{Mention: id})
	h.wb.view.Content().TypedKey(&fyne.KeyEvent{Name: fyne.KeyLeft}) // end one token left
	if got := h.wb.spanText(h.mention(id).Span); got != "Maria" {
		t.Errorf("after Left the mention is %q, want %q", got, "Maria")
	}
	// more nudges in a row: one undo step, and the status line says what moved
	h.wb.view.Content().TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	h.wb.view.Content().TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	if got := h.wb.spanText(h.mention(id).Span); got != "Maria Ortiz," {
		t.Errorf("after Left, Right, Right the mention is %q", got)
	}
	if !strings.Contains(h.wb.saved.Text, "moved the end of the person: now “Maria Ortiz,”") {
		t.Errorf("status line %q", h.wb.saved.Text)
	}
	h.wb.Undo()
	if got := h.wb.spanText(h.mention(id).Span); got != "Maria Ortiz" {
		t.Errorf("one undo after three nudges gives %q, want %q", got, "Maria Ortiz")
	}
}

func TestNextPreviousSuggestion(t *testing.T) {
	h := newHarness(t, newProject(t))
	var order []widgets.Ref
	for i := 0; i < 8; i++ {
		h.typeKeys("n")
		order = append(order, h.wb.view.Selected())
	}
	// 8 suggestions, each once, in text order: mayor, quote 1, she, ...
	seen := map[widgets.Ref]bool{}
	for _, r := range order {
		seen[r] = true
	}
	if len(seen) != 8 {
		t.Fatalf("8 presses of n visited %d distinct suggestions: %+v", len(seen), order)
	}
	if order[0] != (widgets.Ref{Mention: h.mentionID("mayor")}) || order[1] != (widgets.Ref{Quote: h.quoteID("“We will")}) {
		t.Errorf("order starts %+v", order[:2])
	}
	h.typeKeys("n") // wraps to the first
	if got := h.wb.view.Selected(); got != order[0] {
		t.Errorf("n after the last selected %+v, want the first %+v", got, order[0])
	}
	h.typeKeys("p") // and back to the last
	if got := h.wb.view.Selected(); got != order[7] {
		t.Errorf("p after the first selected %+v, want the last %+v", got, order[7])
	}
	h.typeKeys("p")
	if got := h.wb.view.Selected(); got != order[6] {
		t.Errorf("p selected %+v, want %+v", got, order[6])
	}
}

// A curly-quoted selection becomes a direct quote (the first character is
// a rune, not a byte).
func TestQuoteKeyKindFromFirstRune(t *testing.T) {
	for _, c := range []struct {
		text string
		kind annot.Kind
	}{
		{"“and we will win.”", annot.KindDirect},
		{"we will win", annot.KindIndirect},
	} {
		t.Run(c.text, func(t *testing.T) {
			h := newHarness(t, newProject(t))
			h.wb.view.SetSelection(sp(t, articleA, c.text))
			h.typeKeys(string(rune('0' + len(h.wb.labels) + 1))) // the "Quote" key
			r := h.wb.view.Selected()
			if r.Quote == 0 {
				t.Fatalf("no quote selected after the quote key: %+v", r)
			}
			if got := h.quote(r.Quote).Kind; got != c.kind {
				t.Errorf("quote %q is %s, want %s", c.text, got, c.kind)
			}
		})
	}
}

func TestMentionType(t *testing.T) {
	for _, c := range []struct {
		text string
		want annot.MentionType
	}{
		{"Maria Ortiz", annot.MentionName},
		{"Émile Zola", annot.MentionName},
		{"Ødegaard", annot.MentionName},
		{"the council member", annot.MentionNominal},
		{"élus locaux", annot.MentionNominal},
		{"she", annot.MentionPronoun},
		{"She", annot.MentionPronoun},
	} {
		if got := mentionType(c.text); got != c.want {
			t.Errorf("mentionType(%q) = %s, want %s", c.text, got, c.want)
		}
	}
}
