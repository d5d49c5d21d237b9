package app

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/app/widgets"
)

// mentionType guesses the type of a new mention from its text.
func mentionType(s string) annot.MentionType {
	switch strings.ToLower(s) {
	case "he", "she", "they", "it", "him", "her", "them", "we", "i", "you", "his", "its", "their":
		return annot.MentionPronoun
	}
	if r, _ := utf8.DecodeRuneInString(s); s != "" && !unicode.IsUpper(r) && !unicode.IsTitle(r) {
		return annot.MentionNominal
	}
	return annot.MentionName
}

func (wb *Workbench) spanText(sp annot.Span) string { return annot.SpanText(wb.runes, sp) }

// LabelKey applies label key n (1-based): the project's entity labels, then
// "quote", then "quote part" (adds the selection to the selected quote).
func (wb *Workbench) LabelKey(n int) {
	if wb.doc.ID == 0 {
		return
	}
	sel := wb.view.Selection()
	nl := len(wb.labels)
	switch {
	case n >= 1 && n <= nl:
		l := wb.labels[n-1]
		if sel.Empty() {
			// relabel the selected mention
			if m := wb.ann.Mention(wb.view.Selected().Mention); m != nil && m.Label != l {
				if wb.write("label "+strings.ToLower(string(l)), func() error { return wb.proj.SetMentionLabel(m.ID, l) }) {
					wb.reload()
				}
			}
			return
		}
		var id annot.MentionID
		if !wb.write("add "+string(l)+" "+wb.spanText(sel), func() (err error) {
			id, err = wb.proj.AddMention(wb.doc.ID, sel, l, mentionType(wb.spanText(sel)), 0)
			return err
		}) {
			return
		}
		wb.view.ClearSelection()
		wb.reload()
		wb.SelectRef(widgets.Ref{Mention: id})
	case n == nl+1:
		if sel.Empty() {
			wb.hint("Select the quoted text first (drag over it)")
			return
		}
		k := annot.KindIndirect
		if r, _ := utf8.DecodeRuneInString(wb.spanText(sel)); strings.ContainsRune("\"“”«»‘’„‚‹›「『", r) {
			k = annot.KindDirect
		}
		var id annot.QuoteID
		if !wb.write("add quote", func() (err error) { id, err = wb.proj.AddQuote(wb.doc.ID, []annot.Span{sel}, k); return err }) {
			return
		}
		wb.view.ClearSelection()
		wb.reload()
		wb.SelectRef(widgets.Ref{Quote: id})
	case n == nl+2:
		q := wb.selectedQuote()
		if q == nil || sel.Empty() {
			wb.hint("Select a quote, then drag over the text of its next part")
			return
		}
		parts := append(append([]annot.Span(nil), q.Parts...), sel)
		sort.Slice(parts, func(i, j int) bool { return parts[i].Start < parts[j].Start })
		if wb.write("add quote part", func() error { return wb.proj.SetQuoteParts(q.ID, parts) }) {
			wb.view.ClearSelection()
			wb.reload()
		}
	}
}

// labelKeyNames lists what each label key does, for menus and help.
func (wb *Workbench) labelKeyNames() []string {
	var s []string
	for _, l := range wb.labels {
		s = append(s, string(l))
	}
	return append(s, "Quote", "Quote part")
}
