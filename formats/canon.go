package formats

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/quotebench/quotebench/annot"
)

// keep reports whether an annotation in state st passes the state filter.
func keep(filter string, st annot.State) bool {
	switch filter {
	case "":
		return st != annot.StateRejected
	case "all":
		return true
	case string(annot.StateAccepted):
		return st == annot.StateAccepted || st == annot.StateEdited
	}
	return string(st) == filter
}

// CheckState validates a state filter value.
func CheckState(filter string) error {
	switch filter {
	case "", "all", string(annot.StateAccepted), string(annot.StateSuggested), string(annot.StateRejected), string(annot.StateEdited):
		return nil
	}
	return fmt.Errorf("%w: unknown state filter %q (use all, accepted, suggested, edited or rejected)", annot.ErrInvalid, filter)
}

// Filter keeps the annotations whose state passes the filter (see
// Options.State). Links to dropped mentions are cut.
//
// Entities are clusters of mentions, and the analyst decides on mentions
// (the workbench has no action that accepts or rejects an entity), so an
// entity's own state does not decide whether its cluster is exported: an
// entity is kept when a kept mention links it, or when it passes the filter
// itself (an entity without kept mentions). With --state accepted, accepted
// mentions of a still suggested entity keep their cluster and canonical name.
func Filter(a annot.Annotations, filter string) annot.Annotations {
	if filter == "all" {
		return a
	}
	var out annot.Annotations
	ments := map[annot.MentionID]bool{}
	used := map[annot.EntityID]bool{}
	for _, m := range a.Mentions {
		if !keep(filter, m.State) {
			continue
		}
		used[m.Entity] = true
		ments[m.ID] = true
		out.Mentions = append(out.Mentions, m)
	}
	kept := map[annot.EntityID]bool{}
	for _, e := range a.Entities {
		if used[e.ID] || keep(filter, e.State) {
			kept[e.ID] = true
			out.Entities = append(out.Entities, e)
		}
	}
	for i, m := range out.Mentions {
		if !kept[m.Entity] {
			out.Mentions[i].Entity = 0
		}
	}
	for _, q := range a.Quotes {
		if !keep(filter, q.State) {
			continue
		}
		if !ments[q.Speaker] {
			q.Speaker = 0
		}
		q.Parts = slices.Clone(q.Parts)
		out.Quotes = append(out.Quotes, q)
	}
	return out
}

// Project returns what a format with the given capabilities keeps of a set
// of annotations on text, so that it can be compared with what the format
// reads back. The result shares nothing with a.
func Project(a annot.Annotations, text []rune, c Caps) annot.Annotations {
	out := annot.Annotations{Mentions: make([]annot.Mention, 0, len(a.Mentions))}
	if c&CapQuotes != 0 {
		out.Quotes = make([]annot.Quote, 0, len(a.Quotes))
	}
	var dropped map[annot.MentionID]bool
	if c&CapMentionTypes == 0 {
		dropped = map[annot.MentionID]bool{}
	}
	for _, m := range a.Mentions {
		if c&CapMentionTypes == 0 && m.Type != annot.MentionName && m.Type != "" {
			dropped[m.ID] = true
			continue
		}
		if m.Type == "" {
			m.Type = annot.MentionName
		}
		if c&CapEntities == 0 {
			m.Entity = 0
		}
		if c&CapProvenance == 0 {
			m.Provenance = annot.Provenance{}
		}
		out.Mentions = append(out.Mentions, m)
	}
	if c&CapEntities != 0 {
		out.Entities = projectEntities(a.Entities, out.Mentions, text, c)
		ids := make(map[annot.EntityID]bool, len(out.Entities))
		for _, e := range out.Entities {
			ids[e.ID] = true
		}
		for i := range out.Mentions {
			if !ids[out.Mentions[i].Entity] {
				out.Mentions[i].Entity = 0
			}
		}
	}
	if c&CapQuotes != 0 {
		for _, q := range a.Quotes {
			q.Parts = slices.Clone(q.Parts)
			if c&CapKinds == 0 {
				q.Kind = ""
			}
			if c&CapCues == 0 || q.Cue.Empty() {
				q.Cue = annot.Span{}
			}
			if c&CapSpeakers == 0 || dropped[q.Speaker] {
				q.Speaker = 0
			}
			if c&CapUnattributed == 0 {
				q.Unattributed = false
			}
			if c&CapProvenance == 0 {
				q.Provenance = annot.Provenance{}
			}
			out.Quotes = append(out.Quotes, q)
		}
	}
	return out
}

// projectEntities keeps the entities a format can carry. Without CapNames
// an entity is known only by its mentions: singletons vanish and the name
// and label are those of its first mention in the text.
func projectEntities(es []annot.Entity, ms []annot.Mention, text []rune, c Caps) []annot.Entity {
	count := make(map[annot.EntityID]int, len(es))
	first := make(map[annot.EntityID]annot.Mention, len(es))
	for _, m := range ms {
		if m.Entity == 0 {
			continue
		}
		count[m.Entity]++
		if f, ok := first[m.Entity]; !ok || cmpMention(m, f) < 0 {
			first[m.Entity] = m
		}
	}
	out := make([]annot.Entity, 0, len(es))
	for _, e := range es {
		n := count[e.ID]
		if c&CapProvenance == 0 {
			e.Provenance = annot.Provenance{}
			e.Speaker = "" // the registry link travels with the provenance (native JSONL)
		}
		if c&CapNames == 0 {
			if n < 2 {
				continue
			}
			f := first[e.ID]
			e.Name = annot.SpanText(text, f.Span)
			e.Label = f.Label
		} else if n == 0 && c&CapLoneEntities == 0 {
			continue
		}
		out = append(out, e)
	}
	return out
}

func cmpMention(a, b annot.Mention) int {
	return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End),
		cmp.Compare(a.Label, b.Label), cmp.Compare(a.Type, b.Type))
}

func cmpSpans(a, b []annot.Span) int {
	for i := 0; i < len(a) && i < len(b); i++ {
		if c := cmp.Or(cmp.Compare(a[i].Start, b[i].Start), cmp.Compare(a[i].End, b[i].End)); c != 0 {
			return c
		}
	}
	return cmp.Compare(len(a), len(b))
}

// Canonical renumbers a set of annotations in a fixed order (mentions and
// quotes by position, entities by their first mention) so that two sets
// holding the same annotations compare equal whatever their ids were.
func Canonical(a annot.Annotations) annot.Annotations {
	ents := make(map[annot.EntityID]annot.Entity, len(a.Entities))
	for _, e := range a.Entities {
		ents[e.ID] = e
	}
	ms := slices.Clone(a.Mentions)
	slices.SortStableFunc(ms, func(x, y annot.Mention) int {
		return cmp.Or(cmpMention(x, y), cmp.Compare(ents[x.Entity].Name, ents[y.Entity].Name))
	})
	mID := make(map[annot.MentionID]annot.MentionID, len(ms))
	eID := make(map[annot.EntityID]annot.EntityID, len(a.Entities))
	out := annot.Annotations{Entities: make([]annot.Entity, 0, len(a.Entities))}
	for i := range ms {
		mID[ms[i].ID] = annot.MentionID(i + 1)
		ms[i].ID = annot.MentionID(i + 1)
		if e, ok := ents[ms[i].Entity]; ok {
			if _, seen := eID[e.ID]; !seen {
				eID[e.ID] = annot.EntityID(len(eID) + 1)
				ne := e
				ne.ID = eID[e.ID]
				out.Entities = append(out.Entities, ne)
			}
			ms[i].Entity = eID[ms[i].Entity]
		} else {
			ms[i].Entity = 0
		}
	}
	var lonely []annot.Entity
	for _, e := range a.Entities {
		if _, seen := eID[e.ID]; !seen {
			lonely = append(lonely, e)
		}
	}
	slices.SortStableFunc(lonely, func(x, y annot.Entity) int {
		return cmp.Or(cmp.Compare(x.Name, y.Name), cmp.Compare(x.Label, y.Label))
	})
	for _, e := range lonely {
		e.ID = annot.EntityID(len(out.Entities) + 1)
		out.Entities = append(out.Entities, e)
	}
	out.Mentions = ms
	qs := make([]annot.Quote, len(a.Quotes))
	for i, q := range a.Quotes {
		q.Parts = slices.Clone(q.Parts)
		slices.SortFunc(q.Parts, func(x, y annot.Span) int { return cmpSpans([]annot.Span{x}, []annot.Span{y}) })
		q.Speaker = mID[q.Speaker]
		if q.Cue.Empty() {
			q.Cue = annot.Span{}
		}
		qs[i] = q
	}
	slices.SortStableFunc(qs, func(x, y annot.Quote) int {
		return cmp.Or(cmpSpans(x.Parts, y.Parts), cmp.Compare(x.Kind, y.Kind),
			cmp.Compare(x.Cue.Start, y.Cue.Start), cmp.Compare(x.Cue.End, y.Cue.End), cmp.Compare(x.Speaker, y.Speaker))
	})
	for i := range qs {
		qs[i].ID = annot.QuoteID(i + 1)
	}
	out.Quotes = qs
	if out.Entities == nil {
		out.Entities = []annot.Entity{}
	}
	if out.Mentions == nil {
		out.Mentions = []annot.Mention{}
	}
	if out.Quotes == nil {
		out.Quotes = []annot.Quote{}
	}
	return out
}

// SetProvenance gives every annotation the same provenance (imports are
// suggestions with origin import).
func SetProvenance(a *annot.Annotations, p annot.Provenance) {
	for i := range a.Entities {
		a.Entities[i].Provenance = p
	}
	for i := range a.Mentions {
		a.Mentions[i].Provenance = p
	}
	for i := range a.Quotes {
		a.Quotes[i].Provenance = p
	}
}
