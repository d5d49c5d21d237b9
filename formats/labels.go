package formats

import (
	"fmt"
	"slices"
	"strings"

	"github.com/quotebench/quotebench/annot"
)

// labelSpellings are the usual other spellings of the default labels
// (lower case): CoNLL's PER, MUC/OntoNotes' ORGANIZATION, brat's and Label
// Studio's Person, Organization, Location.
var labelSpellings = map[string][]annot.Label{
	"per": {annot.LabelPerson}, "pers": {annot.LabelPerson}, "person": {annot.LabelPerson}, "persons": {annot.LabelPerson}, "people": {annot.LabelPerson},
	"org": {annot.LabelOrg}, "orgs": {annot.LabelOrg}, "organization": {annot.LabelOrg}, "organisation": {annot.LabelOrg},
	"gpe": {annot.LabelGPE}, "geopolitical entity": {annot.LabelGPE}, "geo-political entity": {annot.LabelGPE},
	// A location is LOC where the project has LOC, else GPE (CoNLL's LOC
	// holds countries and cities, which this project may call GPE).
	"loc": {annot.LabelLoc, annot.LabelGPE}, "location": {annot.LabelLoc, annot.LabelGPE}, "place": {annot.LabelLoc, annot.LabelGPE},
}

// MapLabel finds the project label (of labels) that an imported label
// means: itself, the same in another case, or a usual spelling (Person,
// PER → PERSON; Organization → ORG; LOC, Location → LOC, else GPE). ok is
// false when the label means none of them.
func MapLabel(l annot.Label, labels []annot.Label) (annot.Label, bool) {
	if slices.Contains(labels, l) {
		return l, true
	}
	key := strings.ToLower(strings.TrimSpace(string(l)))
	for _, p := range labels {
		if strings.ToLower(string(p)) == key {
			return p, true
		}
	}
	for _, cand := range labelSpellings[key] {
		if slices.Contains(labels, cand) {
			return cand, true
		}
	}
	return "", false
}

// MapLabels maps the labels of imported annotations onto the project's
// labels (MapLabel) and leaves out the mentions and entities whose label
// means none of them, rather than adding labels to the project unasked.
// A quote whose speaker is left out keeps no speaker. text (code points)
// names the spans in the notes, which say what was mapped and refused;
// lines (which may be nil) gives the file line of a mention's span.
func MapLabels(a annot.Annotations, labels []annot.Label, text []rune, lines map[annot.Span]int) (annot.Annotations, []Note) {
	var notes []Note
	mapped := map[[2]annot.Label]int{}
	var order [][2]annot.Label
	mapOne := func(l annot.Label) (annot.Label, bool) {
		to, ok := MapLabel(l, labels)
		if ok && to != l {
			k := [2]annot.Label{l, to}
			if mapped[k] == 0 {
				order = append(order, k)
			}
			mapped[k]++
		}
		return to, ok
	}
	known := make([]string, len(labels))
	for i, l := range labels {
		known[i] = string(l)
	}
	why := fmt.Sprintf("not a label of the project (%s); add it to the project or rename it in the file", strings.Join(known, ", "))
	out := annot.Annotations{}
	goneEnt := map[annot.EntityID]bool{}
	for _, e := range a.Entities {
		if to, ok := mapOne(e.Label); ok {
			e.Label = to
			out.Entities = append(out.Entities, e)
		} else {
			goneEnt[e.ID] = true
			notes = append(notes, Note{NoteRefused, fmt.Sprintf("entity %q, label %q: %s", e.Name, e.Label, why)})
		}
	}
	goneMention := map[annot.MentionID]bool{}
	for _, m := range a.Mentions {
		to, ok := mapOne(m.Label)
		if !ok {
			goneMention[m.ID] = true
			at := ""
			if n := lines[m.Span]; n > 0 {
				at = fmt.Sprintf("line %d: ", n)
			}
			notes = append(notes, Note{NoteRefused, at + fmt.Sprintf("mention %d-%d %q, label %q: %s", m.Span.Start, m.Span.End, clip(annot.SpanText(text, m.Span)), m.Label, why)})
			continue
		}
		m.Label = to
		if goneEnt[m.Entity] {
			m.Entity = 0
		}
		out.Mentions = append(out.Mentions, m)
	}
	for _, q := range a.Quotes {
		if goneMention[q.Speaker] {
			notes = append(notes, Note{NoteRefused, fmt.Sprintf("speaker of the quote at %d-%d: its mention was refused; the quote is taken without a speaker", q.Extent().Start, q.Extent().End)})
			q.Speaker = 0
		}
		out.Quotes = append(out.Quotes, q)
	}
	// An entity all of whose mentions were refused goes too.
	if len(goneMention) > 0 {
		used := map[annot.EntityID]bool{}
		for _, m := range out.Mentions {
			used[m.Entity] = true
		}
		had := map[annot.EntityID]bool{}
		for _, m := range a.Mentions {
			had[m.Entity] = true
		}
		kept := out.Entities[:0]
		for _, e := range out.Entities {
			if had[e.ID] && !used[e.ID] {
				notes = append(notes, Note{NoteRefused, fmt.Sprintf("entity %q: all its mentions were refused", e.Name)})
				continue
			}
			kept = append(kept, e)
		}
		out.Entities = kept
	}
	var mappedNotes []Note
	for _, k := range order {
		mappedNotes = append(mappedNotes, Note{NoteMapped, fmt.Sprintf("label %q as %s (%d)", k[0], k[1], mapped[k])})
	}
	return out, append(mappedNotes, notes...)
}
