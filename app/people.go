package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/app/widgets"
)

// Registry is the project's speaker registry (the store has these
// methods): one entry per person or organisation quoted across the project.
type Registry interface {
	Speakers() ([]annot.Speaker, error)
	SpeakerQuotes(sid string) ([]annot.SpeakerQuote, error)
	SpeakerLinks() ([]annot.SpeakerLink, error)
	SuggestSpeakers() (created, suggested int, err error)
	ConfirmSpeaker(e annot.EntityID) error
	RenameSpeaker(sid, name string) error
	MergeSpeakers(into, from string) error
}

// people is the open People view: the registry, and the quotes of the
// selected entry across the corpus.
type people struct {
	wb       *Workbench
	reg      Registry
	entries  []annot.Speaker
	quotes   []annot.SpeakerQuote
	sel      int
	list     *keyList
	quoteLst *keyList
	detail   *widget.Label
	dlg      *dialog.CustomDialog
}

// ShowPeople opens the People view.
func (wb *Workbench) ShowPeople() {
	reg, ok := wb.proj.(Registry)
	if !ok {
		wb.hint("This project has no speaker registry")
		return
	}
	p := &people{wb: wb, reg: reg, sel: -1}
	// after a click on a row the list has the keys: Escape still closes the view
	p.list = newKeyList(func() int { return len(p.entries) },
		func() fyne.CanvasObject { return widget.NewLabel("") },
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(p.row(i)) }, nil)
	p.list.onEscape = wb.escape
	p.list.OnSelected = func(i widget.ListItemID) { p.pick(i) }
	p.quoteLst = newKeyList(func() int { return len(p.quotes) },
		func() fyne.CanvasObject { return widget.NewLabel("") },
		func(i widget.ListItemID, o fyne.CanvasObject) {
			q := p.quotes[i]
			o.(*widget.Label).SetText(fmt.Sprintf("%s — %s (%s)", short(q.Title, 40), quoted(short(q.Text, 90)), q.State))
		}, nil)
	p.quoteLst.onEscape = wb.escape
	p.quoteLst.OnSelected = func(i widget.ListItemID) {
		q := p.quotes[i]
		p.dlg.Hide()
		wb.ShowDocument(q.Doc)
		wb.SelectRef(widgets.Ref{Quote: q.Quote})
	}
	p.detail = widget.NewLabel("")
	p.detail.Wrapping = fyne.TextWrapWord
	suggest := widget.NewButton("Suggest links by name", p.suggest)
	confirm := widget.NewButton("Confirm this entry's suggested links", p.confirm)
	rename := widget.NewButton("Rename…", p.rename)
	merge := widget.NewButton("Merge into…", p.merge)
	left := container.NewBorder(widget.NewLabelWithStyle("People and organisations quoted", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		container.NewVBox(suggest), nil, nil, p.list)
	right := container.NewBorder(container.NewVBox(p.detail, container.NewHBox(confirm, rename, merge)), nil, nil, nil, p.quoteLst)
	split := container.NewHSplit(left, right)
	split.Offset = 0.4
	p.dlg = dialog.NewCustom("People", "Close", split, wb.win)
	size := wb.win.Canvas().Size()
	p.dlg.Resize(fyne.NewSize(size.Width*0.9, size.Height*0.85))
	if err := p.load(); err != nil {
		wb.errorf(err)
		return
	}
	wb.people = p
	wb.showDialog(p.dlg, func() {
		if wb.people == p {
			wb.people = nil
		}
	})
	if len(p.entries) > 0 {
		p.list.Select(0)
	} else {
		p.detail.SetText("No entries yet: Suggest links by name makes one per person quoted, from the names in the documents.")
	}
}

func (p *people) load() error {
	es, err := p.reg.Speakers()
	if err != nil {
		return err
	}
	p.entries = es
	p.list.Refresh()
	return nil
}

func (p *people) row(i int) string {
	e := p.entries[i]
	s := fmt.Sprintf("%s · %s · %s · %s", e.Name, e.Type, count(e.Documents, "document"), count(e.Quotes, "quote"))
	if e.Suggested > 0 {
		s += fmt.Sprintf(" · %d to confirm", e.Suggested)
	}
	return s
}

func (p *people) pick(i int) {
	if i < 0 || i >= len(p.entries) {
		return
	}
	p.sel = i
	e := p.entries[i]
	qs, err := p.reg.SpeakerQuotes(e.ID)
	if err != nil {
		p.wb.errorf(err)
		return
	}
	p.quotes = qs
	p.quoteLst.UnselectAll()
	p.quoteLst.Refresh()
	al := "none"
	if len(e.Aliases) > 0 {
		al = strings.Join(e.Aliases, ", ")
	}
	p.detail.SetText(fmt.Sprintf("%s (%s) · speaker_id %s\nAlso called: %s\n%d linked entities, %d suggested by name and not confirmed yet.",
		e.Name, e.Type, e.ID, al, e.Linked, e.Suggested))
}

// refreshAfter reloads the registry after a change, keeping the entry.
func (p *people) refreshAfter(what string) {
	sid := ""
	if p.sel >= 0 && p.sel < len(p.entries) {
		sid = p.entries[p.sel].ID
	}
	if err := p.load(); err != nil {
		p.wb.errorf(err)
		return
	}
	for i, e := range p.entries {
		if e.ID == sid {
			p.list.Select(i)
			p.pick(i)
		}
	}
	p.wb.didSave(what)
}

func (p *people) suggest() {
	var c, n int
	if !p.wb.write("suggest speakers", func() (err error) { c, n, err = p.reg.SuggestSpeakers(); return err }) {
		return
	}
	p.refreshAfter(fmt.Sprintf("suggest speakers: %d new entries, %d links to confirm", c, n))
	if len(p.entries) > 0 && p.sel < 0 {
		p.list.Select(0)
	}
}

func (p *people) confirm() {
	if p.sel < 0 {
		return
	}
	sid := p.entries[p.sel].ID
	links, err := p.reg.SpeakerLinks()
	if err != nil {
		p.wb.errorf(err)
		return
	}
	n := 0
	for _, l := range links {
		if l.Speaker == sid && !l.Confirmed {
			if !p.wb.write("confirm speaker", func() error { return p.reg.ConfirmSpeaker(l.Entity) }) {
				return
			}
			n++
		}
	}
	p.refreshAfter(fmt.Sprintf("confirmed %d links", n))
}

func (p *people) rename() {
	if p.sel < 0 {
		return
	}
	e := p.entries[p.sel]
	entry := newEscEntry(p.wb.escape)
	entry.SetText(e.Name)
	p.wb.showDialog(dialog.NewForm("Rename "+e.Name, "Rename", "Cancel", []*widget.FormItem{widget.NewFormItem("Name", entry)}, func(ok bool) {
		if ok && p.wb.write("rename speaker", func() error { return p.reg.RenameSpeaker(e.ID, entry.Text) }) {
			p.refreshAfter("rename speaker")
		}
	}, p.wb.win), nil)
}

func (p *people) merge() {
	if p.sel < 0 || len(p.entries) < 2 {
		return
	}
	from := p.entries[p.sel]
	var names []string
	byName := map[string]string{}
	for _, e := range p.entries {
		if e.ID != from.ID {
			n := fmt.Sprintf("%s (%s)", e.Name, e.ID)
			names = append(names, n)
			byName[n] = e.ID
		}
	}
	sel := newEscSelect(names, p.wb.escape)
	p.wb.showDialog(dialog.NewForm("Merge "+from.Name+" into…", "Merge", "Cancel", []*widget.FormItem{widget.NewFormItem("Into", sel)}, func(ok bool) {
		into := byName[sel.Selected]
		if !ok || into == "" {
			return
		}
		if p.wb.write("merge speakers", func() error { return p.reg.MergeSpeakers(into, from.ID) }) {
			p.sel = -1
			p.refreshAfter("merge speakers")
		}
	}, p.wb.win), nil)
}

// quoted puts a text between quotation marks unless it starts with one
// (a direct quote keeps its own).
func quoted(s string) string {
	for _, m := range []string{"“", "\"", "«", "„", "‘", "'"} {
		if strings.HasPrefix(s, m) {
			return s
		}
	}
	return "“" + s + "”"
}

// count is "1 document", "2 documents".
func count(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}
