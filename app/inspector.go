package app

import (
	"fmt"
	"image/color"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/app/widgets"
)

// inspector is the right-hand pane: the document's quotes with their
// speakers, and its entities with their mentions.
type inspector struct {
	wb  *Workbench
	box fyne.CanvasObject

	quotes      []annot.Quote
	quoteHeader *widget.Label
	quoteList   *keyList
	accept      *widget.Button
	reject      *widget.Button
	speaker     *widget.Button
	split       *widget.Button
	join        *widget.Button
	kind        *widget.Select

	rows         []entityRow
	entityHeader *widget.Label
	entityList   *keyList
	rename       *widget.Button
	merge        *widget.Button
	move         *widget.Button
	selEntity    annot.EntityID
	selMention   annot.MentionID

	selecting bool // list selection set from code
}

type entityRow struct {
	header  bool
	entity  annot.EntityID
	mention annot.MentionID
	label   annot.Label
	text    string
	meta    string
}

func newInspector(wb *Workbench) *inspector {
	in := &inspector{wb: wb}
	in.quoteHeader = widget.NewLabelWithStyle("Quotes", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	in.quoteList = newKeyList(
		func() int { return len(in.quotes) },
		func() fyne.CanvasObject { return newRow(2) },
		func(i widget.ListItemID, o fyne.CanvasObject) {
			if i >= len(in.quotes) {
				return
			}
			q := in.quotes[i]
			setRow(o.(*fyne.Container), in.quoteLine(q), in.snippet(q))
		}, wb.typedRune)
	in.quoteList.OnSelected = func(i widget.ListItemID) {
		if in.selecting || i >= len(in.quotes) {
			return
		}
		wb.SelectRef(widgets.Ref{Quote: in.quotes[i].ID})
		wb.view.FocusText()
	}
	in.accept = widget.NewButtonWithIcon("Accept", theme.ConfirmIcon(), wb.Accept)
	in.reject = widget.NewButtonWithIcon("Reject", theme.CancelIcon(), wb.Reject)
	in.speaker = widget.NewButtonWithIcon("Speaker…", theme.AccountIcon(), wb.OpenSpeakerPicker)
	in.split = widget.NewButton("Split", wb.SplitQuote)
	in.join = widget.NewButton("Join", wb.JoinQuote)
	in.kind = widget.NewSelect([]string{string(annot.KindDirect), string(annot.KindMixed), string(annot.KindIndirect)}, func(s string) {
		if !in.selecting {
			wb.SetQuoteKind(annot.Kind(s))
		}
	})
	in.kind.PlaceHolder = "kind"
	quoteActions := container.NewVBox(
		container.NewGridWithColumns(3, in.accept, in.reject, in.speaker),
		container.NewGridWithColumns(3, in.kind, in.split, in.join))

	in.entityHeader = widget.NewLabelWithStyle("Entities", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	in.entityList = newKeyList(
		func() int { return len(in.rows) },
		func() fyne.CanvasObject {
			r := canvas.NewRectangle(color.Transparent)
			r.CornerRadius = 3
			r.SetMinSize(fyne.NewSize(12, 12))
			return container.NewBorder(nil, nil, container.NewCenter(r), nil, newRow(1))
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			if i >= len(in.rows) {
				return
			}
			r := in.rows[i]
			c := o.(*fyne.Container)
			row := c.Objects[0].(*fyne.Container)
			sw := c.Objects[1].(*fyne.Container).Objects[0].(*canvas.Rectangle)
			t := row.Objects[0].(*fyne.Container).Objects[0].(*canvas.Text)
			col := color.Color(color.Transparent)
			if r.header {
				t.TextStyle = fyne.TextStyle{Bold: true}
				setRow(row, r.text+"  ·  "+r.meta)
				if r.label != "" {
					col = widgets.LabelColor(r.label)
				}
			} else {
				t.TextStyle = fyne.TextStyle{}
				setRow(row, "     “"+r.text+"”  "+r.meta)
			}
			if sw.FillColor != col {
				sw.FillColor = col
				sw.Refresh()
			}
		}, wb.typedRune)
	in.entityList.OnSelected = func(i widget.ListItemID) {
		if in.selecting || i >= len(in.rows) {
			return
		}
		r := in.rows[i]
		in.selEntity, in.selMention = r.entity, r.mention
		if r.mention != 0 {
			wb.view.Select(widgets.Ref{Mention: r.mention}, &wb.ann)
		}
		in.refreshActions()
		wb.view.FocusText() // the keys act on the article, not the list
	}
	in.rename = widget.NewButton("Rename…", in.renameEntity)
	in.merge = widget.NewButton("Merge into…", in.mergeEntity)
	in.move = widget.NewButton("Move mention…", in.moveMention)
	entityActions := container.NewGridWithColumns(3, in.rename, in.merge, in.move)

	quotes := container.NewBorder(container.NewVBox(in.quoteHeader, quoteActions), nil, nil, nil, in.quoteList)
	ents := container.NewBorder(container.NewVBox(in.entityHeader, entityActions), nil, nil, nil, in.entityList)
	split := container.NewVSplit(quotes, ents)
	split.Offset = 0.55
	in.box = split
	in.refreshActions()
	return in
}

// swatch is a small colour box.
func swatch(c any) fyne.CanvasObject {
	col, _ := c.(color.Color)
	if col == nil {
		col = color.Transparent
	}
	r := canvas.NewRectangle(col)
	r.CornerRadius = 3
	r.SetMinSize(fyne.NewSize(12, 12))
	return container.NewCenter(r)
}

// decidedBy names who made a decision (" by Ana"), "" for a pending
// suggestion or a decision made before annotators were recorded.
func decidedBy(p annot.Provenance) string {
	if p.Annotator == "" || p.State == annot.StateSuggested {
		return ""
	}
	return " by " + p.Annotator
}

func stateGlyph(st annot.State) string {
	switch st {
	case annot.StateSuggested:
		return "○ suggested"
	case annot.StateAccepted:
		return "● accepted"
	case annot.StateEdited:
		return "◐ edited"
	case annot.StateRejected:
		return "✕ rejected"
	}
	return string(st)
}

func (in *inspector) quoteLine(q annot.Quote) string {
	who := in.wb.ann.SpeakerName(in.wb.runes, q)
	switch {
	case q.Unattributed:
		who = "unattributed"
	case who == "":
		who = "no speaker"
	}
	parts := ""
	if len(q.Parts) > 1 {
		parts = fmt.Sprintf(" · %d parts", len(q.Parts))
	}
	return fmt.Sprintf("%s%s · %s · %s%s", stateGlyph(q.State), sureText(q.Provenance)+decidedBy(q.Provenance), q.Kind, who, parts)
}

// sureText is how sure the detector was of a suggestion still pending:
// " 82% sure" ("" once decided or when not from the detector).
func sureText(p annot.Provenance) string {
	if p.State != annot.StateSuggested || p.Origin != annot.OriginDetector || p.Confidence <= 0 {
		return ""
	}
	return " " + percent(p.Confidence) + " sure"
}

func (in *inspector) snippet(q annot.Quote) string {
	var s []string
	for _, p := range q.Parts {
		s = append(s, in.wb.spanText(p))
	}
	t := strings.Join(s, " … ")
	t = strings.Join(strings.Fields(t), " ")
	if r := []rune(t); len(r) > 140 {
		t = string(r[:140]) + "…"
	}
	return t
}

// refresh rebuilds both lists from the workbench's annotations.
func (in *inspector) refresh() {
	wb := in.wb
	in.quotes = sortedQuotes(&wb.ann)
	in.selEntity, in.selMention = 0, 0 // showSelection picks them again when still listed
	in.setQuoteHeader()
	in.quoteList.Refresh()
	in.buildRows()
	in.entityList.Refresh()
	in.showSelection(wb.view.Selected())
}

// refreshRef updates the rows showing annotation r after its state changed.
func (in *inspector) refreshRef(r widgets.Ref) {
	wb := in.wb
	if r.Quote != 0 {
		for i := range in.quotes {
			if in.quotes[i].ID == r.Quote {
				if q := wb.quote(r.Quote); q != nil {
					in.quotes[i] = *q
				}
				in.quoteList.RefreshItem(i)
			}
		}
		in.setQuoteHeader()
		return
	}
	m := wb.ann.Mention(r.Mention)
	if m == nil || m.State == annot.StateRejected {
		in.buildRows() // a rejected mention leaves the list
		in.entityList.Refresh()
		return
	}
	for i := range in.rows {
		if in.rows[i].mention == r.Mention {
			in.rows[i].meta = fmt.Sprintf("%s · %s%s", m.Type, m.State, sureText(m.Provenance)+decidedBy(m.Provenance))
			in.entityList.RefreshItem(i)
		}
	}
}

func (in *inspector) setQuoteHeader() {
	c := countPending(&in.wb.ann)
	in.quoteHeader.SetText(fmt.Sprintf("Quotes  (%d, %d pending)", len(in.quotes), c.quotes))
}

func (in *inspector) buildRows() {
	wb := in.wb
	byEnt := map[annot.EntityID][]annot.Mention{}
	for _, m := range wb.ann.Mentions {
		if m.State == annot.StateRejected {
			continue
		}
		byEnt[m.Entity] = append(byEnt[m.Entity], m)
	}
	ents := make([]annot.Entity, 0, len(wb.ann.Entities))
	for _, e := range wb.ann.Entities {
		if len(byEnt[e.ID]) > 0 {
			ents = append(ents, e)
		}
	}
	sort.SliceStable(ents, func(i, j int) bool {
		if a, b := len(byEnt[ents[i].ID]), len(byEnt[ents[j].ID]); a != b {
			return a > b
		}
		return ents[i].Name < ents[j].Name
	})
	in.rows = in.rows[:0]
	add := func(id annot.EntityID, name string, l annot.Label, ms []annot.Mention) {
		in.rows = append(in.rows, entityRow{header: true, entity: id, label: l, text: name,
			meta: fmt.Sprintf("%s · %d", l, len(ms))})
		sort.Slice(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
		for _, m := range ms {
			in.rows = append(in.rows, entityRow{entity: id, mention: m.ID, label: m.Label, text: wb.spanText(m.Span),
				meta: fmt.Sprintf("%s · %s%s", m.Type, m.State, sureText(m.Provenance)+decidedBy(m.Provenance))})
		}
	}
	for _, e := range ents {
		add(e.ID, e.Name, e.Label, byEnt[e.ID])
	}
	if ms := byEnt[0]; len(ms) > 0 {
		add(0, "Not linked to an entity", "", ms)
	}
	in.entityHeader.SetText(fmt.Sprintf("Entities  (%d)", len(ents)))
}

// showSelection mirrors the selected annotation in the lists and buttons.
func (in *inspector) showSelection(r widgets.Ref) {
	in.selecting = true
	defer func() { in.selecting = false }()
	wb := in.wb
	in.quoteList.UnselectAll()
	if r.Quote == 0 {
		in.kind.ClearSelected()
	}
	if r.Quote != 0 {
		for i, q := range in.quotes {
			if q.ID == r.Quote {
				in.quoteList.Select(i)
				in.quoteList.ScrollTo(i)
				in.kind.SetSelected(string(q.Kind))
			}
		}
	}
	mention := r.Mention
	if q := wb.quote(r.Quote); q != nil && r.Quote != 0 {
		mention = q.Speaker // a quote's speaker is highlighted in the entities too
	}
	found := false
	for i, row := range in.rows {
		if mention != 0 && row.mention == mention {
			in.entityList.Select(i)
			in.entityList.ScrollTo(i)
			in.selEntity, in.selMention = row.entity, row.mention
			found = true
			break
		}
	}
	if !found {
		// nothing listed is selected: Rename, Merge and Move must not act
		// on an entity the analyst no longer sees
		in.entityList.UnselectAll()
		in.selEntity, in.selMention = 0, 0
	}
	in.refreshActions()
}

// refreshActions enables the buttons that apply to the selection.
func (in *inspector) refreshActions() {
	wb := in.wb
	r := wb.view.Selected()
	q := wb.selectedQuote()
	enable := func(b interface {
		Enable()
		Disable()
	}, on bool) {
		if on {
			b.Enable()
		} else {
			b.Disable()
		}
	}
	enable(in.accept, !r.IsZero())
	enable(in.reject, !r.IsZero())
	enable(in.speaker, q != nil)
	enable(in.kind, q != nil)
	enable(in.split, q != nil && !wb.view.Selection().Empty())
	enable(in.join, q != nil && len(q.Parts) > 1)
	enable(in.rename, in.selEntity != 0)
	enable(in.merge, in.selEntity != 0 && len(wb.ann.Entities) > 1)
	enable(in.move, in.selMention != 0)
}

// entityChoices lists the other entities by name for merge and move.
func (in *inspector) entityChoices(except annot.EntityID) ([]string, []annot.EntityID) {
	var names []string
	var ids []annot.EntityID
	for _, e := range in.wb.ann.Entities {
		if e.ID != except {
			names = append(names, fmt.Sprintf("%s (%s)", e.Name, e.Label))
			ids = append(ids, e.ID)
		}
	}
	return names, ids
}

func (in *inspector) renameEntity() {
	wb := in.wb
	e := wb.ann.Entity(in.selEntity)
	if e == nil {
		return
	}
	id := e.ID
	entry := newEscEntry(wb.escape)
	entry.SetText(e.Name)
	wb.showDialog(dialog.NewForm("Rename entity", "Rename", "Cancel", []*widget.FormItem{widget.NewFormItem("Name", entry)}, func(ok bool) {
		name := strings.TrimSpace(entry.Text)
		if !ok || name == "" {
			return
		}
		in.Rename(id, name)
	}, wb.win), nil)
}

// Rename renames an entity.
func (in *inspector) Rename(id annot.EntityID, name string) {
	wb := in.wb
	if wb.write("rename entity to "+name, func() error { return wb.proj.RenameEntity(id, name) }) {
		wb.reload()
	}
}

func (in *inspector) mergeEntity() {
	wb := in.wb
	from := in.selEntity
	names, ids := in.entityChoices(from)
	if len(ids) == 0 {
		return
	}
	sel := newEscSelect(names, wb.escape)
	title := "Merge entity"
	if e := wb.ann.Entity(from); e != nil {
		title = fmt.Sprintf("Merge “%s” (%s) into another entity", e.Name, e.Label)
	}
	wb.showDialog(dialog.NewForm(title, "Merge", "Cancel", []*widget.FormItem{widget.NewFormItem("Into", sel)}, func(ok bool) {
		if !ok || sel.SelectedIndex() < 0 {
			return
		}
		into := ids[sel.SelectedIndex()]
		in.MergeInto(into, from)
	}, wb.win), nil)
}

// MergeInto merges entity from into entity into.
func (in *inspector) MergeInto(into, from annot.EntityID) {
	wb := in.wb
	if wb.write("merge entities", func() error { return wb.proj.MergeEntities(into, from) }) {
		in.selEntity = into
		wb.reload()
	}
}

func (in *inspector) moveMention() {
	wb := in.wb
	m := wb.ann.Mention(in.selMention)
	if m == nil {
		return
	}
	id := m.ID
	names, ids := in.entityChoices(m.Entity)
	sel := newEscSelect(names, wb.escape)
	wb.showDialog(dialog.NewForm("Move mention", "Move", "Cancel", []*widget.FormItem{widget.NewFormItem("To entity", sel)}, func(ok bool) {
		if !ok || sel.SelectedIndex() < 0 {
			return
		}
		in.MoveTo(id, ids[sel.SelectedIndex()])
	}, wb.win), nil)
}

// MoveTo moves a mention to another entity.
func (in *inspector) MoveTo(m annot.MentionID, to annot.EntityID) {
	wb := in.wb
	if wb.write("move mention", func() error { return wb.proj.MoveMention(m, to) }) {
		wb.reload()
	}
}
