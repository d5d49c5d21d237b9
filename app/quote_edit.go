package app

import (
	"fmt"
	"strings"

	"github.com/quotebench/quotebench/annot"
)

// SetQuoteKind changes the selected quote's kind.
func (wb *Workbench) SetQuoteKind(k annot.Kind) {
	q := wb.selectedQuote()
	if q == nil || q.Kind == k {
		return
	}
	if wb.write("quote kind "+string(k), func() error { return wb.proj.SetQuoteKind(q.ID, k) }) {
		wb.reload()
	}
}

// CycleKind moves the selected quote to the next kind.
func (wb *Workbench) CycleKind() {
	q := wb.selectedQuote()
	if q == nil {
		return
	}
	kinds := []annot.Kind{annot.KindDirect, annot.KindMixed, annot.KindIndirect}
	for i, k := range kinds {
		if k == q.Kind {
			wb.SetQuoteKind(kinds[(i+1)%len(kinds)])
			return
		}
	}
	wb.SetQuoteKind(annot.KindDirect)
}

// SplitQuote cuts the text selection out of the selected quote's part that
// holds it, leaving two parts ("“A,” he said, “B”").
func (wb *Workbench) SplitQuote() {
	q := wb.selectedQuote()
	sel := wb.view.Selection()
	if q == nil || sel.Empty() {
		wb.hint("Select a quote, then drag over the words between its parts, then Split")
		return
	}
	var parts []annot.Span
	split := false
	for _, p := range q.Parts {
		if !split && p.Start < sel.Start && sel.End < p.End {
			parts = append(parts, annot.Span{Start: p.Start, End: sel.Start}, annot.Span{Start: sel.End, End: p.End})
			split = true
			continue
		}
		parts = append(parts, p)
	}
	if !split {
		wb.hint("The selection must lie inside one part of the quote")
		return
	}
	for i := range parts { // no part keeps the spaces at the cut
		parts[i] = wb.trimSpan(parts[i])
	}
	if wb.write("split quote", func() error { return wb.proj.SetQuoteParts(q.ID, parts) }) {
		wb.view.ClearSelection()
		wb.reload()
	}
}

// trimSpan drops white space at both ends of sp.
func (wb *Workbench) trimSpan(sp annot.Span) annot.Span {
	isSpace := func(r rune) bool { return r == ' ' || r == '\n' || r == '\t' || r == '\r' }
	for sp.Start < sp.End && isSpace(wb.runes[sp.Start]) {
		sp.Start++
	}
	for sp.End > sp.Start && isSpace(wb.runes[sp.End-1]) {
		sp.End--
	}
	return sp
}

// JoinQuote joins the selected quote's parts into one.
func (wb *Workbench) JoinQuote() {
	q := wb.selectedQuote()
	if q == nil || len(q.Parts) < 2 {
		return
	}
	if wb.write("join quote parts", func() error { return wb.proj.SetQuoteParts(q.ID, []annot.Span{q.Extent()}) }) {
		wb.reload()
	}
}

// nudge moves a boundary of the selected annotation by one token.
func (wb *Workbench) nudge(start bool, d int) {
	r := wb.view.Selected()
	edge := "end"
	if start {
		edge = "start"
	}
	// what moved, for the status line: nudges in a row are one undo step
	said := func(what string, sp annot.Span) {
		wb.didSave(fmt.Sprintf("moved the %s of the %s: now “%s” (nudges in a row undo as one)", edge, what, shorten(wb.spanText(sp), 60)))
	}
	switch {
	case r.Mention != 0:
		m := wb.ann.Mention(r.Mention)
		if m == nil {
			return
		}
		sp := wb.view.SnapSpan(m.Span, start, d)
		if sp != m.Span && wb.write("move mention "+edge, func() error { return wb.proj.NudgeMentionSpan(m.ID, sp) }) {
			wb.reload()
			said(strings.ToLower(string(m.Label)), sp)
		}
	case r.Quote != 0:
		q := wb.quote(r.Quote)
		if q == nil {
			return
		}
		parts := append([]annot.Span(nil), q.Parts...)
		i := len(parts) - 1
		if start {
			i = 0
		}
		parts[i] = wb.view.SnapSpan(parts[i], start, d)
		if parts[i] != q.Parts[i] && wb.write("move quote "+edge, func() error { return wb.proj.NudgeQuoteParts(q.ID, parts) }) {
			wb.reload()
			said("quote", parts[i])
		}
	}
}

// shorten cuts s to n code points with an ellipsis in the middle.
func shorten(s string, n int) string {
	r := []rune(strings.Join(strings.Fields(s), " "))
	if len(r) <= n {
		return string(r)
	}
	return string(r[:n/2]) + "…" + string(r[len(r)-n/2:])
}
