package app

import (
	"fmt"
	"sort"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/app/widgets"
)

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
