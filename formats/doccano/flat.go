package doccano

import (
	"fmt"
	"slices"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/formats"
)

// The flat variant is for doccano projects created without "Allow
// overlapping spans", which drop nested spans on import: doccano's sequence
// labelling JSONL with the name mentions only, none overlapping another
// (in text order, the longer first; the lint names each one left out), no
// quotes and no relations:
//
//	{"id": 1, "text": "...", "doc_id": "...", "label": [[44, 54, "PERSON"], ...], "Comments": []}
func init() {
	formats.Register(&formats.Format{
		Name:      "doccano-entities",
		Summary:   "doccano sequence labelling JSONL, name mentions only and none overlapping (for projects without overlapping spans)",
		Ext:       ".jsonl",
		Unit:      annot.UnitCodePoint,
		NewWriter: NewFlatWriter,
		Lint:      flatLint,
		Expect:    func(it formats.Item, _ formats.Options) (any, error) { return FlatSpans(it.Ann), nil },
		ReadBack:  flatReadBack,
		Describe: func(m *formats.Manifest, _ formats.Options) {
			m.Notes = append(m.Notes, "entities only, none overlapping: for a doccano project without overlapping spans; quotes, cues and relations are in --format doccano")
		},
	})
}

// FlatSpan is one [start, end, label] of the flat variant.
type FlatSpan struct {
	Start, End int
	Label      string
}

// FlatDoc is one line of the flat variant.
type FlatDoc struct {
	ID       int      `json:"id"`
	Text     string   `json:"text"`
	DocID    string   `json:"doc_id,omitempty"`
	Label    [][3]any `json:"label"`
	Comments []any    `json:"Comments"`
}

// FlatSpans are the name mentions of a that the flat variant keeps: in
// text order, the longer first, none overlapping one kept before it.
func FlatSpans(a annot.Annotations) []FlatSpan {
	var ms []annot.Mention
	for _, m := range a.Mentions {
		if m.Type == annot.MentionName || m.Type == "" {
			ms = append(ms, m)
		}
	}
	slices.SortStableFunc(ms, func(x, y annot.Mention) int {
		if x.Start != y.Start {
			return x.Start - y.Start
		}
		return y.End - x.End
	})
	out := []FlatSpan{}
	for _, m := range ms {
		if n := len(out); n > 0 && m.Start < out[n-1].End {
			continue
		}
		out = append(out, FlatSpan{m.Start, m.End, string(m.Label)})
	}
	return out
}

// NewFlatWriter writes the flat variant to path.
func NewFlatWriter(path string, _ formats.Options) (formats.Writer, error) {
	return formats.NewJSONLWriter(path, func(i int, it formats.Item) (any, error) {
		d := FlatDoc{ID: i + 1, Text: it.Doc.Text, DocID: formats.DocName(it.Doc), Label: [][3]any{}, Comments: []any{}}
		for _, s := range FlatSpans(it.Ann) {
			d.Label = append(d.Label, [3]any{s.Start, s.End, s.Label})
		}
		return d, nil
	})
}

// flatLint names the name mentions the flat variant leaves out.
func flatLint(it formats.Item, _ formats.Options) []formats.Problem {
	kept := map[FlatSpan]bool{}
	for _, s := range FlatSpans(it.Ann) {
		kept[s] = true
	}
	var ps []formats.Problem
	for _, m := range it.Ann.Mentions {
		if (m.Type == annot.MentionName || m.Type == "") && !kept[FlatSpan{m.Start, m.End, string(m.Label)}] {
			ps = append(ps, formats.Problem{Doc: formats.DocName(it.Doc), Check: formats.CheckMentionOverlap, Span: m.Span,
				Message: fmt.Sprintf("%s mention overlaps another: the entities-only export leaves it out", m.Label)})
		}
	}
	return ps
}

// flatReadBack reads the flat variant with the doccano reader.
func flatReadBack(path string, opt formats.Options, yield func(string, any, error) bool) error {
	return Read(path, opt, func(rec formats.Record) bool {
		if rec.Err != nil {
			return yield("", nil, fmt.Errorf("%s: %w", rec.Where(), rec.Err))
		}
		return yield(rec.Doc.ExtID, FlatSpans(rec.Ann), nil)
	})
}
