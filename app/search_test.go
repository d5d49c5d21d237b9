package app

import (
	"strings"
	"testing"
)

// A search paints its matches in the article, Ctrl+G / Ctrl+Shift+G move
// between them, and clearing the field clears the matches and the status.
func TestSearchHighlightsMatches(t *testing.T) {
	h := newHarness(t, newProject(t))
	h.wb.search.SetText("plan")
	h.wb.runSearch("plan")
	found, cur := h.wb.view.Found()
	if len(found) != 2 || cur != 0 {
		t.Fatalf("matches %v (current %d), want the 2 of “plan”", found, cur)
	}
	for _, f := range found {
		if got := strings.ToLower(h.wb.spanText(f)); got != "plan" {
			t.Errorf("match %v is %q", f, got)
		}
	}
	if !strings.Contains(h.wb.saved.Text, "match 1 of 2") {
		t.Errorf("status %q", h.wb.saved.Text)
	}
	h.shortcut(ctrl("G"))
	if _, cur := h.wb.view.Found(); cur != 1 || !strings.Contains(h.wb.saved.Text, "match 2 of 2") {
		t.Errorf("Ctrl+G: current %d, status %q", cur, h.wb.saved.Text)
	}
	h.shortcut(ctrlShift("G"))
	h.shortcut(ctrlShift("G"))
	if _, cur := h.wb.view.Found(); cur != 1 {
		t.Errorf("Ctrl+Shift+G twice from match 2 is match %d, want 2 (wrapping)", cur+1)
	}
	h.wb.search.SetText("")
	if found, _ := h.wb.view.Found(); len(found) != 0 {
		t.Errorf("matches %v after the search was cleared", found)
	}
	if strings.Contains(h.wb.saved.Text, "match") || len(h.wb.docs) != 2 {
		t.Errorf("after clearing: status %q, %d documents listed", h.wb.saved.Text, len(h.wb.docs))
	}
}

func TestQueryWords(t *testing.T) {
	got := strings.Join(queryWords(`"harbour fees" OR council*`), ",")
	if got != "harbour,fees,council" {
		t.Errorf("queryWords = %q", got)
	}
}
