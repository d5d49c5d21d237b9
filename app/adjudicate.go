package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/quotebench/quotebench/agree"
	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/app/widgets"
)

// Adjudicator is what a gold project offers for adjudication (quotebench
// merge gathers each annotator's decisions into it as layers); the store
// has these methods.
type Adjudicator interface {
	Layers(doc annot.DocID) ([]annot.Layer, error)
	Adjudications(doc annot.DocID) (map[string]string, error)
	// Adjudicate records choices and adds what they chose to the
	// document: one transaction, one undo step.
	Adjudicate(doc annot.DocID, picks ...annot.Pick) error
}

// adjudication is the open adjudication view of one document: where the
// first two annotators agree, and each disagreement side by side.
type adjudication struct {
	wb    *Workbench
	adj   Adjudicator
	doc   annot.DocID
	names [2]string
	items []agree.Item
	done  map[string]string
	sel   int

	dlg    *dialog.CustomDialog
	header *widget.Label
	list   *keyList
	sides  [2]*widget.Label
	note   *widget.Label
}

// adjKeys are the view's keys, shown in it and in Help.
var adjKeys = []struct {
	r      rune
	choice agree.Choice // "" for the non-choice keys
	what   string
}{
	{'a', agree.TakeA, "take A"},
	{'b', agree.TakeB, "take B"},
	{'2', agree.Both, "both"},
	{'0', agree.Neither, "neither"},
	{'e', "edit", "take A and edit it in the article"},
	{'g', agree.Agreed, "accept all agreements"},
	{'n', "", "next open item"},
	{'p', "", "previous item"},
}

// ShowAdjudication opens the adjudication view of the current document.
func (wb *Workbench) ShowAdjudication() {
	if wb.doc.ID == 0 {
		return
	}
	adj, ok := wb.proj.(Adjudicator)
	if !ok {
		wb.hint("This project cannot hold annotators' layers")
		return
	}
	layers, err := adj.Layers(wb.doc.ID)
	if err != nil {
		wb.errorf(err)
		return
	}
	if len(layers) < 2 {
		wb.hint("Nothing to adjudicate here: gather two annotators' projects with quotebench merge --project GOLD A B")
		return
	}
	v := &adjudication{wb: wb, adj: adj, doc: wb.doc.ID, names: [2]string{layers[0].Name, layers[1].Name},
		items: agree.Items(wb.doc.Text, layers[0].Ann, layers[1].Ann)}
	if err := v.load(); err != nil {
		wb.errorf(err)
		return
	}
	v.build()
	wb.adj = v
	wb.showDialog(v.dlg, func() {
		if wb.adj == v {
			wb.adj = nil
		}
	})
	v.selectItem(v.nextOpen(-1))
}

func (v *adjudication) load() error {
	done, err := v.adj.Adjudications(v.doc)
	if err != nil {
		return err
	}
	v.done = done
	return nil
}

func (v *adjudication) build() {
	v.header = widget.NewLabel("")
	// after a click on a row the list has the keys: its letters and Escape still work
	v.list = newKeyList(func() int { return len(v.items) },
		func() fyne.CanvasObject { return widget.NewLabel("") },
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(v.row(i)) }, v.wb.typedRune)
	v.list.onEscape = v.wb.escape
	v.list.OnSelected = func(i widget.ListItemID) { v.sel = i; v.showSides() }
	for i := range v.sides {
		v.sides[i] = widget.NewLabel("")
		v.sides[i].Wrapping = fyne.TextWrapWord
	}
	var keys []string
	for _, k := range adjKeys {
		keys = append(keys, fmt.Sprintf("%c %s", k.r, k.what))
	}
	v.note = widget.NewLabel(strings.Join(keys, " · ") + " · Ctrl+Z undo")
	v.note.Wrapping = fyne.TextWrapWord
	btn := func(label string, c agree.Choice) *widget.Button {
		return widget.NewButton(label, func() { v.choose(c) })
	}
	buttons := container.NewHBox(btn("Take A (a)", agree.TakeA), btn("Take B (b)", agree.TakeB), btn("Both (2)", agree.Both),
		btn("Neither (0)", agree.Neither), btn("Edit (e)", "edit"),
		widget.NewButton("Accept all agreements (g)", v.acceptAgreements),
		widget.NewButton("Close", v.close))
	sides := container.NewGridWithColumns(2,
		container.NewBorder(widget.NewLabelWithStyle("A: "+v.names[0], fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), nil, nil, nil, v.sides[0]),
		container.NewBorder(widget.NewLabelWithStyle("B: "+v.names[1], fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), nil, nil, nil, v.sides[1]))
	body := container.NewBorder(v.header, container.NewVBox(sides, buttons, v.note), nil, nil, v.list)
	v.dlg = dialog.NewCustomWithoutButtons("Adjudicate: "+v.wb.doc.Title, body, v.wb.win)
	size := v.wb.win.Canvas().Size()
	v.dlg.Resize(fyne.NewSize(size.Width*0.9, size.Height*0.9))
	v.refresh()
}

func (v *adjudication) close() { v.dlg.Hide() }

// describe is one side of an item in words.
func (v *adjudication) describe(a *annot.Annotations) string {
	if a == nil {
		return "—"
	}
	wb := v.wb
	if len(a.Quotes) > 0 {
		q := a.Quotes[0]
		var parts []string
		for _, p := range q.Parts {
			parts = append(parts, wb.spanText(p))
		}
		who := a.SpeakerName(wb.runes, q)
		if who == "" {
			who = "no speaker"
		}
		return fmt.Sprintf("%s: %s — %s", q.Kind, strings.Join(parts, " … "), who)
	}
	if len(a.Mentions) > 0 {
		m := a.Mentions[0]
		return fmt.Sprintf("%s %s", m.Label, wb.spanText(m.Span))
	}
	return "—"
}

func short(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}

func (v *adjudication) row(i int) string {
	it := v.items[i]
	mark := "○"
	if c, ok := v.done[it.Key]; ok {
		mark = "✓ " + c
	}
	kind := "name"
	if it.Quote {
		kind = "quote"
	}
	if it.Agree {
		return fmt.Sprintf("%s  %s · agree · %s", mark, kind, short(v.describe(it.A), 90))
	}
	return fmt.Sprintf("%s  %s · A: %s  |  B: %s", mark, kind, short(v.describe(it.A), 60), short(v.describe(it.B), 60))
}

func (v *adjudication) counts() (agreeOpen, agreeAll, diffOpen, diffAll int) {
	for _, it := range v.items {
		_, done := v.done[it.Key]
		if it.Agree {
			agreeAll++
			if !done {
				agreeOpen++
			}
		} else {
			diffAll++
			if !done {
				diffOpen++
			}
		}
	}
	return
}

func (v *adjudication) refresh() {
	ao, aa, do, da := v.counts()
	v.header.SetText(fmt.Sprintf("A: %s · B: %s — %d agreements (%d open), %d disagreements (%d open). What you choose is the document's annotation, and what exports.",
		v.names[0], v.names[1], aa, ao, da, do))
	v.list.Refresh()
	v.showSides()
}

func (v *adjudication) showSides() {
	if v.sel < 0 || v.sel >= len(v.items) {
		v.sides[0].SetText("")
		v.sides[1].SetText("")
		return
	}
	it := v.items[v.sel]
	v.sides[0].SetText(v.describe(it.A))
	v.sides[1].SetText(v.describe(it.B))
}

func (v *adjudication) selectItem(i int) {
	if i < 0 || i >= len(v.items) {
		return
	}
	v.sel = i
	v.list.Select(i)
	v.list.ScrollTo(i)
	v.showSides()
}

// nextOpen is the first undecided item after i (wrapping), or i when none.
func (v *adjudication) nextOpen(i int) int {
	for k := 1; k <= len(v.items); k++ {
		j := (i + k + len(v.items)) % len(v.items)
		if _, done := v.done[v.items[j].Key]; !done {
			return j
		}
	}
	return max(i, 0)
}

func (v *adjudication) typedRune(r rune) {
	for _, k := range adjKeys {
		if k.r != r {
			continue
		}
		switch {
		case r == 'n':
			v.selectItem(v.nextOpen(v.sel))
		case r == 'p':
			v.selectItem(max(v.sel-1, 0))
		case k.choice == agree.Agreed:
			v.acceptAgreements()
		default:
			v.choose(k.choice)
		}
		return
	}
}

// choose records a choice on the selected item: one transaction.
func (v *adjudication) choose(c agree.Choice) {
	if v.sel < 0 || v.sel >= len(v.items) {
		return
	}
	it := v.items[v.sel]
	if prev, done := v.done[it.Key]; done {
		v.wb.hint(fmt.Sprintf("Already decided (%s); Ctrl+Z undoes it", prev))
		return
	}
	edit := c == "edit"
	res := c
	if edit {
		res = agree.TakeA
		if it.A == nil {
			res = agree.TakeB
		}
	}
	pick := annot.Pick{Item: it.Key, Choice: string(c), Add: it.Resolve(res)}
	if !v.wb.write("adjudicate: "+string(c), func() error { return v.adj.Adjudicate(v.doc, pick) }) {
		return
	}
	v.afterWrite()
	if edit {
		v.close()
		if len(pick.Add.Quotes)+len(pick.Add.Mentions) > 0 {
			v.wb.selectAt(it.Pos)
		}
		return
	}
	v.selectItem(v.nextOpen(v.sel))
}

// acceptAgreements accepts every open agreement: one transaction.
func (v *adjudication) acceptAgreements() {
	var picks []annot.Pick
	for _, it := range v.items {
		if _, done := v.done[it.Key]; it.Agree && !done {
			picks = append(picks, annot.Pick{Item: it.Key, Choice: string(agree.Agreed), Add: it.Resolve(agree.Agreed)})
		}
	}
	if len(picks) == 0 {
		v.wb.hint("No open agreements")
		return
	}
	if !v.wb.write(fmt.Sprintf("accept %d agreements", len(picks)), func() error { return v.adj.Adjudicate(v.doc, picks...) }) {
		return
	}
	v.afterWrite()
	v.selectItem(v.nextOpen(-1))
}

// afterWrite reads the choices and the document again.
func (v *adjudication) afterWrite() {
	if err := v.load(); err != nil {
		v.wb.errorf(err)
	}
	v.wb.reload()
	v.refresh()
}

// selectAt selects the annotation the article has at code point pos.
func (wb *Workbench) selectAt(pos int) {
	for _, q := range wb.ann.Quotes {
		if q.State != annot.StateRejected && q.Extent().Start == pos {
			wb.SelectRef(widgets.Ref{Quote: q.ID})
			return
		}
	}
	for _, m := range wb.ann.Mentions {
		if m.State != annot.StateRejected && m.Start == pos {
			wb.SelectRef(widgets.Ref{Mention: m.ID})
			return
		}
	}
}
