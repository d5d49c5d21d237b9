package app

import (
	"fmt"
	"sort"

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

// suggestion is a pending annotation.
type suggestion struct {
	ref   widgets.Ref
	start int
	conf  float64
}

// suggestions lists the pending annotations in the order N visits them:
// in text order, or least sure first (then in text order) when the analyst
// chose that in the View menu.
func (wb *Workbench) suggestions() []suggestion {
	var s []suggestion
	for _, q := range wb.ann.Quotes {
		if q.State == annot.StateSuggested {
			s = append(s, suggestion{widgets.Ref{Quote: q.ID}, q.Extent().Start, q.Confidence})
		}
	}
	for _, m := range wb.ann.Mentions {
		if m.State == annot.StateSuggested {
			s = append(s, suggestion{widgets.Ref{Mention: m.ID}, m.Start, m.Confidence})
		}
	}
	bySure := wb.prefs.leastSureFirst()
	sort.SliceStable(s, func(i, j int) bool {
		if bySure && s[i].conf != s[j].conf {
			return s[i].conf < s[j].conf
		}
		return later(s[j], s[i])
	})
	return s
}

// SetLeastSureFirst chooses the order N visits suggestions in: least sure
// first, or text order.
func (wb *Workbench) SetLeastSureFirst(on bool) {
	wb.prefs.setLeastSureFirst(on)
	wb.setMenus()
	if on {
		wb.hint("N visits the least sure suggestion first")
	} else {
		wb.hint("N visits suggestions in text order")
	}
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
// there is none. With nothing selected it starts from the first line on
// screen (in text order) or from the least sure suggestion.
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
	if wb.prefs.leastSureFirst() {
		for i := range s {
			if s[i].ref == cur {
				pick = ((i+dir)%len(s) + len(s)) % len(s)
			}
		}
		wb.SelectRef(s[pick].ref)
		wb.hint(fmt.Sprintf("Least sure first: %s sure", percent(s[pick].conf)))
		return true
	}
	at := wb.refStart(cur)
	if cur.IsZero() {
		// continue from what the analyst is looking at
		at = wb.view.FirstVisible()
		if dir > 0 {
			at--
		}
	}
	if at >= 0 {
		here := suggestion{ref: cur, start: at}
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
