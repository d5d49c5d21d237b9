package app

import (
	"fmt"
	"sort"
	"strings"

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
	label   annot.Label
	rank    int // 0 people and organisations, 1 other kinds, 2 places
}

// speakerCandidates lists the entities that could have said q, one per
// entity: people and organisations first, then other kinds, then (only when
// places is set) places; nearest mention first within each group.
func (wb *Workbench) speakerCandidates(q *annot.Quote, places bool) []candidate {
	ext := q.Extent()
	best := map[string]candidate{}
	for _, m := range wb.ann.Mentions {
		isPlace := m.Label == annot.LabelGPE || m.Label == annot.LabelLoc
		if m.State == annot.StateRejected || isPlace && !places {
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
		rank := 1
		switch {
		case m.Label == annot.LabelPerson || m.Label == annot.LabelOrg:
			rank = 0
		case isPlace:
			rank = 2
		}
		if c, ok := best[key]; !ok || d < c.dist {
			best[key] = candidate{name: name, label: m.Label, mention: m.ID, entity: ent, dist: d, rank: rank}
		}
	}
	cs := make([]candidate, 0, len(best))
	for _, c := range best {
		cs = append(cs, c)
	}
	sort.Slice(cs, func(i, j int) bool {
		if cs[i].rank != cs[j].rank {
			return cs[i].rank < cs[j].rank
		}
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
	pickPlaces       = "Show places too…"
	pickNewEntity    = "New entity from selection…"
	pickUnattributed = "Unattributed"
)

// OpenSpeakerPicker shows the speaker choices for the selected quote:
// people and organisations nearest first, then "places…", "new entity…"
// and "unattributed". Typing filters the list.
func (wb *Workbench) OpenSpeakerPicker() { wb.openSpeakerPicker(false) }

func (wb *Workbench) openSpeakerPicker(places bool) {
	q := wb.selectedQuote()
	if q == nil {
		wb.hint("Select a quote first (N moves to the next suggestion)")
		return
	}
	cs := wb.speakerCandidates(q, places)
	items := make([]string, 0, len(cs)+3)
	for _, c := range cs {
		items = append(items, c.name+"  · "+strings.ToLower(string(c.label)))
	}
	cur := max(0, wb.currentCandidate(q, cs))
	fixed := []string{pickNewEntity, pickUnattributed}
	if !places {
		fixed = append([]string{pickPlaces}, fixed...)
	}
	items = append(items, fixed...)
	qid := q.ID
	p := widgets.NewPicker(items, nil)
	p.Fixed = len(fixed)
	p.SetFilter("")
	p.Highlight(cur)
	title := widget.NewLabelWithStyle("Who said it?  Type to filter, Up/Down moves, Enter chooses, Esc closes", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	pop := widget.NewPopUp(container.NewVBox(title, p), wb.win.Canvas())
	p.OnCancel = func() { pop.Hide(); wb.pickerPopUp, wb.picker = nil, nil; wb.view.FocusText() }
	p.OnChosen = func(i int) {
		p.OnCancel()
		switch {
		case i < len(cs):
			wb.setSpeaker(qid, cs[i].mention, false, cs[i].name)
		case items[i] == pickUnattributed:
			wb.setSpeaker(qid, 0, true, "unattributed")
		case items[i] == pickPlaces:
			wb.openSpeakerPicker(true)
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
	cs := wb.speakerCandidates(q, false)
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
		wb.showDialog(dialog.NewInformation("New speaker", "Drag over the speaker's name in the text, then choose “New entity from selection…” again.", wb.win), nil)
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
