package app

import (
	"fmt"
	"strings"

	"github.com/quotebench/quotebench/annot"
)

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
		q.State, q.Annotator = st, wb.annotator()
		if m := wb.ann.Mention(q.Speaker); m != nil && m.State == annot.StateSuggested {
			// its speaker may have followed it (store: speaker_fate.go)
			id, name := m.ID, wb.spanText(m.Span)
			wb.reload()
			if m := wb.ann.Mention(id); m != nil && m.State != annot.StateSuggested {
				wb.didSave(fmt.Sprintf("%s quote and its speaker “%s”", verb, name))
			}
		}
	case r.Mention != 0:
		m := wb.ann.Mention(r.Mention)
		if m == nil || m.State == st {
			break
		}
		if !wb.write(verb+" "+strings.ToLower(string(m.Label)), func() error { return wb.proj.SetMentionState(r.Mention, st) }) {
			return
		}
		m.State, m.Annotator = st, wb.annotator()
	}
	wb.repaintOne(r)
	if len(wb.suggestions()) > 0 {
		wb.NextSuggestion(1)
	}
}

// annotator is who makes the decisions in this window (the project's
// annotator; see store.Store.Annotator), "" when the project cannot say.
func (wb *Workbench) annotator() string {
	n, ok := wb.proj.(interface{ Annotator() (string, error) })
	if !ok {
		return ""
	}
	name, _ := n.Annotator()
	return name
}

// Accept accepts the selected annotation and selects the next suggestion.
func (wb *Workbench) Accept() { wb.setState(annot.StateAccepted) }

// Reject rejects the selected annotation and selects the next suggestion.
func (wb *Workbench) Reject() { wb.setState(annot.StateRejected) }

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
