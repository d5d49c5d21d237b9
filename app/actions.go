package app

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/app/widgets"
)

// SelectRef selects an annotation in the view and the inspector; a tap in
// the article comes here too.
func (wb *Workbench) SelectRef(r widgets.Ref) {
	wb.unhint()
	wb.view.Select(r, &wb.ann)
	wb.insp.showSelection(r)
}

// suggestion is a pending annotation in text order.
type suggestion struct {
	ref   widgets.Ref
	start int
}

func (wb *Workbench) suggestions() []suggestion {
	var s []suggestion
	for _, q := range wb.ann.Quotes {
		if q.State == annot.StateSuggested {
			s = append(s, suggestion{widgets.Ref{Quote: q.ID}, q.Extent().Start})
		}
	}
	for _, m := range wb.ann.Mentions {
		if m.State == annot.StateSuggested {
			s = append(s, suggestion{widgets.Ref{Mention: m.ID}, m.Start})
		}
	}
	sort.SliceStable(s, func(i, j int) bool { return later(s[j], s[i]) })
	return s
}

// refStart returns where an annotation starts (-1 when unknown).
func (wb *Workbench) refStart(r widgets.Ref) int {
	if r.Quote != 0 {
		for _, q := range wb.ann.Quotes {
			if q.ID == r.Quote {
				return q.Extent().Start
			}
		}
	}
	if m := wb.ann.Mention(r.Mention); m != nil {
		return m.Start
	}
	return -1
}

// NextSuggestion selects the next (dir 1) or previous (dir -1) pending
// suggestion after the selected annotation, wrapping around; false when
// there is none.
func (wb *Workbench) NextSuggestion(dir int) bool {
	s := wb.suggestions()
	if len(s) == 0 {
		wb.hint("No suggestions left in this document")
		return false
	}
	cur := wb.view.Selected()
	pick := 0
	if dir < 0 {
		pick = len(s) - 1
	}
	if at := wb.refStart(cur); at >= 0 {
		here := suggestion{cur, at}
		if dir > 0 {
			for i := range s {
				if later(s[i], here) {
					pick = i
					break
				}
			}
		} else {
			for i := len(s) - 1; i >= 0; i-- {
				if later(here, s[i]) {
					pick = i
					break
				}
			}
		}
	}
	wb.SelectRef(s[pick].ref)
	return true
}

// later orders suggestions as the article reads: by start, a quote before
// the mentions at its start, then by id.
func later(a, b suggestion) bool {
	if a.start != b.start {
		return a.start > b.start
	}
	if (a.ref.Quote != 0) != (b.ref.Quote != 0) {
		return b.ref.Quote != 0
	}
	return a.ref.Quote > b.ref.Quote || a.ref.Mention > b.ref.Mention
}

// setState accepts or rejects the selected annotation and moves on.
func (wb *Workbench) setState(st annot.State) {
	r := wb.view.Selected()
	if r.IsZero() {
		wb.NextSuggestion(1)
		return
	}
	verb := map[annot.State]string{annot.StateAccepted: "accept", annot.StateRejected: "reject"}[st]
	switch {
	case r.Quote != 0:
		q := wb.quote(r.Quote)
		if q == nil || q.State == st {
			break
		}
		if !wb.write(verb+" quote", func() error { return wb.proj.SetQuoteState(r.Quote, st) }) {
			return
		}
		q.State = st
	case r.Mention != 0:
		m := wb.ann.Mention(r.Mention)
		if m == nil || m.State == st {
			break
		}
		if !wb.write(verb+" "+strings.ToLower(string(m.Label)), func() error { return wb.proj.SetMentionState(r.Mention, st) }) {
			return
		}
		m.State = st
	}
	wb.repaintOne(r)
	if len(wb.suggestions()) > 0 {
		wb.NextSuggestion(1)
	}
}

// Accept accepts the selected annotation and selects the next suggestion.
func (wb *Workbench) Accept() { wb.setState(annot.StateAccepted) }

// Reject rejects the selected annotation and selects the next suggestion.
func (wb *Workbench) Reject() { wb.setState(annot.StateRejected) }

// AcceptAll accepts every suggestion left in the document.
func (wb *Workbench) AcceptAll() {
	if wb.doc.ID == 0 {
		return
	}
	n := 0
	if wb.write("accept all remaining", func() (err error) { n, err = wb.proj.AcceptAll(wb.doc.ID); return err }) {
		wb.reload()
		wb.didSave(fmt.Sprintf("accepted %d remaining suggestions", n))
	}
}

func (wb *Workbench) quote(id annot.QuoteID) *annot.Quote {
	for i := range wb.ann.Quotes {
		if wb.ann.Quotes[i].ID == id {
			return &wb.ann.Quotes[i]
		}
	}
	return nil
}

// selectedQuote returns the selected quote (nil when the selection is a
// mention or nothing).
func (wb *Workbench) selectedQuote() *annot.Quote {
	r := wb.view.Selected()
	if r.Quote != 0 {
		return wb.quote(r.Quote)
	}
	return nil
}

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

// candidate is one choice of the speaker picker.
type candidate struct {
	name    string
	mention annot.MentionID // the entity's mention nearest the quote
	entity  annot.EntityID  // 0 for a mention linked to no entity
	dist    int
}

// speakerCandidates lists the entities that could have said q, nearest
// mention first, one per entity.
func (wb *Workbench) speakerCandidates(q *annot.Quote) []candidate {
	ext := q.Extent()
	best := map[string]candidate{}
	for _, m := range wb.ann.Mentions {
		if m.State == annot.StateRejected || m.Label == annot.LabelGPE || m.Label == annot.LabelLoc {
			continue
		}
		d := 0
		switch {
		case m.End <= ext.Start:
			d = ext.Start - m.End
		case m.Start >= ext.End:
			d = m.Start - ext.End
		default:
			continue // inside the quote
		}
		key := fmt.Sprintf("m%d", m.ID)
		name := wb.spanText(m.Span)
		var ent annot.EntityID
		if e := wb.ann.Entity(m.Entity); e != nil {
			key, ent = fmt.Sprintf("e%d", e.ID), e.ID
			if e.Name != name {
				name = fmt.Sprintf("%s  (“%s”)", e.Name, name)
			}
		}
		if c, ok := best[key]; !ok || d < c.dist {
			best[key] = candidate{name: name, mention: m.ID, entity: ent, dist: d}
		}
	}
	cs := make([]candidate, 0, len(best))
	for _, c := range best {
		cs = append(cs, c)
	}
	sort.Slice(cs, func(i, j int) bool {
		if cs[i].dist != cs[j].dist {
			return cs[i].dist < cs[j].dist
		}
		return cs[i].mention < cs[j].mention
	})
	return cs
}

// currentCandidate returns the index of the candidate that is q's speaker
// now: candidates stand for entities, so the speaker's entity counts, not
// only its mention. -1 when the speaker is none of them.
func (wb *Workbench) currentCandidate(q *annot.Quote, cs []candidate) int {
	m := wb.ann.Mention(q.Speaker)
	if m == nil {
		return -1
	}
	for i, c := range cs {
		if c.mention == m.ID || m.Entity != 0 && c.entity == m.Entity {
			return i
		}
	}
	return -1
}

const (
	pickNewEntity    = "New entity from selection…"
	pickUnattributed = "Unattributed"
)

// OpenSpeakerPicker shows the speaker choices for the selected quote:
// nearest candidates first, then "new entity…" and "unattributed".
func (wb *Workbench) OpenSpeakerPicker() {
	q := wb.selectedQuote()
	if q == nil {
		wb.hint("Select a quote first (N moves to the next suggestion)")
		return
	}
	cs := wb.speakerCandidates(q)
	items := make([]string, 0, len(cs)+2)
	for _, c := range cs {
		items = append(items, c.name)
	}
	cur := max(0, wb.currentCandidate(q, cs))
	items = append(items, pickNewEntity, pickUnattributed)
	qid := q.ID
	p := widgets.NewPicker(items, nil)
	p.CycleRune = 's'
	p.Index = cur
	title := widget.NewLabelWithStyle("Who said it?  Up/Down or S moves, Enter chooses, Esc closes", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	pop := widget.NewPopUp(container.NewVBox(title, p), wb.win.Canvas())
	p.OnCancel = func() { pop.Hide(); wb.pickerPopUp, wb.picker = nil, nil; wb.view.FocusText() }
	p.OnChosen = func(i int) {
		p.OnCancel()
		switch {
		case i < len(cs):
			wb.setSpeaker(qid, cs[i].mention, false, cs[i].name)
		case items[i] == pickUnattributed:
			wb.setSpeaker(qid, 0, true, "unattributed")
		default:
			wb.newSpeakerEntity(qid)
		}
	}
	wb.picker, wb.pickerPopUp = p, pop
	// below the quote's last line, or above its first when there is no room
	size := pop.MinSize()
	cs0 := wb.win.Canvas().Size()
	lineH := fyne.MeasureText("Mg", theme.TextSize(), fyne.TextStyle{}).Height * 1.45
	end := wb.view.TokenPosition(q.Extent().End - 1)
	at := fyne.NewPos(end.X-size.Width/2, end.Y+lineH*0.6)
	if at.Y+size.Height > cs0.Height {
		at.Y = wb.view.TokenPosition(q.Extent().Start).Y - lineH*0.6 - size.Height
	}
	at.X = max(0, min(at.X, cs0.Width-size.Width))
	at.Y = max(0, at.Y)
	pop.ShowAtPosition(at)
	wb.win.Canvas().Focus(p)
}

// CycleSpeaker gives the selected quote the next candidate speaker.
func (wb *Workbench) CycleSpeaker() {
	q := wb.selectedQuote()
	if q == nil {
		return
	}
	cs := wb.speakerCandidates(q)
	if len(cs) == 0 {
		return
	}
	next := (wb.currentCandidate(q, cs) + 1) % len(cs) // the first when the speaker is none of them
	wb.setSpeaker(q.ID, cs[next].mention, false, cs[next].name)
}

func (wb *Workbench) setSpeaker(q annot.QuoteID, m annot.MentionID, unattributed bool, name string) {
	if wb.write("speaker "+name, func() error { return wb.proj.SetSpeaker(q, m, unattributed) }) {
		wb.reload()
		wb.SelectRef(widgets.Ref{Quote: q})
	}
}

// newSpeakerEntity makes the text selection a new PERSON and the quote's speaker.
func (wb *Workbench) newSpeakerEntity(q annot.QuoteID) {
	sel := wb.view.Selection()
	if sel.Empty() {
		dialog.ShowInformation("New speaker", "Drag over the speaker's name in the text, then choose “New entity from selection…” again.", wb.win)
		return
	}
	name := wb.spanText(sel)
	if !wb.write("new speaker "+name, func() error {
		_, err := wb.proj.AddSpeakerMention(q, sel, annot.LabelPerson, mentionType(name))
		return err
	}) {
		return
	}
	wb.view.ClearSelection()
	wb.reload()
	wb.SelectRef(widgets.Ref{Quote: q})
}

// Undo reverts the latest action in the project journal.
func (wb *Workbench) Undo() { wb.undoRedo(true) }

// Redo re-applies the latest undone action.
func (wb *Workbench) Redo() { wb.undoRedo(false) }

func (wb *Workbench) undoRedo(undo bool) {
	if wb.proj == nil || wb.proj.ReadOnly() {
		return
	}
	f, verb, done := wb.proj.Redo, "redo", "Redone"
	if undo {
		f, verb, done = wb.proj.Undo, "undo", "Undone"
	}
	e, ok, err := f()
	if err != nil {
		wb.errorf(fmt.Errorf("%s: %w", verb, err))
		return
	}
	if !ok {
		wb.hint("Nothing to " + verb)
		return
	}
	if e.Doc != 0 && e.Doc != wb.doc.ID {
		wb.ShowDocument(e.Doc)
	} else {
		wb.reload()
	}
	wb.reloadDocs()
	wb.lastSaved = fmt.Sprintf("✓ %s and saved: %s", done, e.Action)
	wb.saved.SetText(wb.lastSaved)
}

// SetStatus sets the shown document's status.
func (wb *Workbench) SetStatus(st annot.Status) {
	if wb.doc.ID == 0 {
		return
	}
	if wb.write("mark "+statusName(st), func() error { return wb.proj.SetStatus(wb.doc.ID, st) }) {
		wb.doc.Status = st
		wb.reloadDocs()
	}
}

// MarkDoneAndNext marks the document done and opens the next one not done.
func (wb *Workbench) MarkDoneAndNext() {
	if wb.doc.ID == 0 {
		return
	}
	cur := wb.doc.ID
	// the next document comes from the list as it was before the write: a
	// filter may drop the current one from the list, shifting every index
	before := append([]DocSummary(nil), wb.docs...)
	idx := wb.docIndex()
	if !wb.write("mark done", func() error { return wb.proj.SetStatus(cur, annot.StatusDone) }) {
		return
	}
	wb.doc.Status = annot.StatusDone
	wb.reloadDocs()
	n := len(before)
	for k := 1; k <= n; k++ {
		d := before[(max(idx, 0)+k)%n]
		if d.ID != cur && d.Status != annot.StatusDone && d.Status != annot.StatusSkipped {
			wb.ShowDocument(d.ID)
			return
		}
	}
	wb.saved.SetText("✓ Saved: mark done — every document in the list is done")
}

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
	switch {
	case r.Mention != 0:
		m := wb.ann.Mention(r.Mention)
		if m == nil {
			return
		}
		sp := wb.view.SnapSpan(m.Span, start, d)
		if sp != m.Span && wb.write("move mention "+edge, func() error { return wb.proj.SetMentionSpan(m.ID, sp) }) {
			wb.reload()
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
		if parts[i] != q.Parts[i] && wb.write("move quote "+edge, func() error { return wb.proj.SetQuoteParts(q.ID, parts) }) {
			wb.reload()
		}
	}
}

// contextMenu offers what can be made of the selection.
func (wb *Workbench) contextMenu() *fyne.Menu {
	var items []*fyne.MenuItem
	sel := wb.view.Selection()
	if !sel.Empty() {
		for i, name := range wb.labelKeyNames() {
			n := i + 1
			items = append(items, fyne.NewMenuItem(fmt.Sprintf("%d  Make %s", n, name), func() { wb.LabelKey(n) }))
		}
		if wb.selectedQuote() != nil {
			items = append(items, fyne.NewMenuItem("Split quote here", wb.SplitQuote))
		}
	}
	if !wb.view.Selected().IsZero() {
		items = append(items, fyne.NewMenuItemSeparator(),
			fyne.NewMenuItem("Accept", wb.Accept), fyne.NewMenuItem("Reject", wb.Reject))
		if wb.selectedQuote() != nil {
			items = append(items, fyne.NewMenuItem("Speaker…", wb.OpenSpeakerPicker))
		}
	}
	return fyne.NewMenu("", items...)
}
