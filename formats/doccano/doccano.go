// Package doccano reads and writes doccano's relation JSONL (the
// "JSONL(relation)" export and import): one document per line,
//
//	{"id": 1, "text": "...", "doc_id": "...", "title": ..., "date": ..., "source": ..., "url": ...,
//	 "entities": [{"id": 0, "label": "QUOTE/direct", "start_offset": 14, "end_offset": 38}],
//	 "relations": [{"id": 0, "from_id": 0, "to_id": 1, "type": "SAID_BY"}],
//	 "Comments": []}
//
// doccano has no attributes, so they travel in the label: a quote part is
// QUOTE/direct, QUOTE/mixed, QUOTE/indirect (QUOTE/direct+unattributed when
// marked so), a cue is CUE, a name mention its label (PERSON), a nominal or
// pronoun mention LABEL/nominal or LABEL/pronoun. Relations: SAID_BY (quote
// → speaker), HAS_CUE (quote → cue), CONTINUES (quote part → next part),
// COREF (mention → the entity's first mention). Document metadata is
// flattened into the top level, as doccano does with meta; "id" is the line
// number, "doc_id" the document's id. Entity names are not carried.
//
// Quotes contain the mentions of their speakers' words and mentions nest,
// so spans overlap: doccano keeps them only in a project created with
// "Allow overlapping spans"; the manifest says so and the lint lists them.
//
// Offsets are code points (doccano's default). doccano states no span
// texts, so the reader cannot detect another unit; projects created in
// doccano's grapheme mode count grapheme clusters and must be converted
// first. The reader also takes sequence-labelling lines, "label" (or
// "labels") as [[start, end, "LABEL"], ...].
package doccano

import (
	"fmt"
	"io"
	"strings"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/formats"
)

func init() {
	formats.Register(&formats.Format{
		Name:    "doccano",
		Summary: "doccano relation JSONL: entities and relations, attributes in labels",
		Ext:     ".jsonl",
		Unit:    annot.UnitCodePoint,
		Caps: formats.CapQuotes | formats.CapKinds | formats.CapCues | formats.CapSpeakers | formats.CapUnattributed |
			formats.CapMentionTypes | formats.CapEntities | formats.CapMeta,
		NewWriter: NewWriter,
		Read:      Read,
		Import:    true,
		Lint:      lint,
		Describe: func(m *formats.Manifest, _ formats.Options) {
			m.Notes = append(m.Notes, overlapNote)
		},
	})
}

// overlapNote is what the manifest says of nested and overlapping spans.
const overlapNote = "doccano keeps overlapping or nested entities (a quote and the names in it, LAKE BUENA VISTA and BUENA VISTA) only in a project created with \"Allow overlapping spans\" (allow_overlapping; it cannot be turned on later): import this file into such a project, or doccano drops them (the lint lists each one)"

// lint lists the spans that overlap an earlier one: doccano drops them
// unless the project allows overlapping spans.
func lint(it formats.Item, _ formats.Options) []formats.Problem {
	g := formats.Flatten(it.Ann, true, false)
	var ps []formats.Problem
	end, endAt := -1, annot.Span{}
	for _, r := range g.Regions { // in text order
		sp := r.Span()
		if sp.Start < end {
			ps = append(ps, formats.Problem{Doc: formats.DocName(it.Doc), Check: formats.CheckSpanOverlap, Span: sp,
				Message: fmt.Sprintf("%s overlaps the span at %v: doccano drops it unless the project allows overlapping spans", r.Label, endAt)})
		}
		if sp.End > end {
			end, endAt = sp.End, sp
		}
	}
	return ps
}

// Doc is one line.
type Doc struct {
	ID        int        `json:"id"`
	Text      string     `json:"text"`
	DocID     string     `json:"doc_id,omitempty"`
	Title     string     `json:"title,omitempty"`
	Date      string     `json:"date,omitempty"`
	Source    string     `json:"source,omitempty"`
	URL       string     `json:"url,omitempty"`
	Entities  []Entity   `json:"entities"`
	Relations []Relation `json:"relations"`
	Comments  []any      `json:"Comments"`

	Label  [][3]any `json:"label,omitempty"`  // sequence labelling export
	Labels [][3]any `json:"labels,omitempty"` // older releases
}

// Entity is a labelled span.
type Entity struct {
	ID          int    `json:"id"`
	Label       string `json:"label"`
	StartOffset int    `json:"start_offset"`
	EndOffset   int    `json:"end_offset"`
}

// Relation joins two entities.
type Relation struct {
	ID     int    `json:"id"`
	FromID int    `json:"from_id"`
	ToID   int    `json:"to_id"`
	Type   string `json:"type"`
}

const unattributed = "+unattributed"

// Encode turns an item into a line's value; n is its line number.
func Encode(it formats.Item, n int) Doc {
	d := Doc{ID: n, Text: it.Doc.Text, DocID: formats.DocName(it.Doc), Title: it.Doc.Title, Date: it.Doc.Date,
		Source: it.Doc.Source, URL: it.Doc.URL, Entities: []Entity{}, Relations: []Relation{}, Comments: []any{}}
	g := formats.Flatten(it.Ann, true, false)
	for i, r := range g.Regions {
		label := r.Label
		switch {
		case r.Label == formats.LabelQuote:
			label += "/" + string(r.Kind)
			if r.Unattributed {
				label += unattributed
			}
		case r.Label != formats.LabelCue && r.Type != "" && r.Type != annot.MentionName:
			label += "/" + string(r.Type)
		}
		sp := r.Span()
		d.Entities = append(d.Entities, Entity{ID: i, Label: label, StartOffset: sp.Start, EndOffset: sp.End})
	}
	for i, rel := range g.Relations {
		d.Relations = append(d.Relations, Relation{ID: i, FromID: rel.From, ToID: rel.To, Type: rel.Type})
	}
	return d
}

// NewWriter writes doccano relation JSONL to path; an item's doccano id is
// its line number.
func NewWriter(path string, _ formats.Options) (formats.Writer, error) {
	return formats.NewJSONLWriter(path, func(i int, it formats.Item) (any, error) { return Encode(it, i+1), nil })
}

var decodeLine = formats.DecodeJSONLine(annot.UnitCodePoint, func(d Doc, rec *formats.Record) {
	rec.Doc, rec.Ann, rec.Err = Decoded(d)
})

// Read streams the lines of a JSONL file.
func Read(path string, _ formats.Options, yield func(formats.Record) bool) error {
	return formats.ReadJSONL(path, decodeLine, yield)
}

// Decode streams records from r; path names r in messages.
func Decode(r io.Reader, path string, yield func(formats.Record) bool) error {
	return formats.ReadLines(r, path, decodeLine, yield)
}

// Decoded turns a line's value into a document and annotations.
func Decoded(d Doc) (annot.Document, annot.Annotations, error) {
	doc := annot.Document{ExtID: d.DocID, Title: d.Title, Date: d.Date, Source: d.Source, URL: d.URL, Text: d.Text}
	if doc.ExtID == "" {
		doc.ExtID = fmt.Sprint(d.ID)
	}
	var a annot.Annotations
	if d.Text == "" {
		return doc, a, fmt.Errorf("%w: the line has no text", annot.ErrInvalid)
	}
	ents := d.Entities
	for k, l := range append(d.Label, d.Labels...) {
		s, ok1 := l[0].(float64)
		e, ok2 := l[1].(float64)
		lab, ok3 := l[2].(string)
		if !ok1 || !ok2 || !ok3 || s != float64(int(s)) || e != float64(int(e)) {
			return doc, a, fmt.Errorf("%w: label %d is not [start, end, \"LABEL\"]", annot.ErrInvalid, k+1)
		}
		ents = append(ents, Entity{ID: -1 - k, Label: lab, StartOffset: int(s), EndOffset: int(e)})
	}
	o := annot.NewOffsets(d.Text)
	var g formats.Graph
	idx := map[int]int{}
	for _, e := range ents {
		sp, err := formats.ConvertSpan(o, annot.UnitCodePoint, e.StartOffset, e.EndOffset)
		if err != nil {
			return doc, a, fmt.Errorf("entity %d: %w", e.ID, err)
		}
		if _, dup := idx[e.ID]; dup {
			return doc, a, fmt.Errorf("%w: entity id %d used twice", annot.ErrInvalid, e.ID)
		}
		idx[e.ID] = len(g.Regions)
		r := formats.Region{Parts: []annot.Span{sp}}
		label, attr, _ := strings.Cut(e.Label, "/")
		switch strings.ToUpper(label) {
		case formats.LabelQuote:
			r.Label = formats.LabelQuote
			kind, un := strings.CutSuffix(attr, unattributed)
			r.Kind, r.Unattributed = annot.Kind(strings.ToLower(kind)), un
			switch r.Kind {
			case "", annot.KindDirect, annot.KindMixed, annot.KindIndirect:
			default:
				return doc, a, fmt.Errorf("%w: entity %d: unknown quote kind %q", annot.ErrInvalid, e.ID, kind)
			}
		case formats.LabelCue:
			r.Label = formats.LabelCue
		default:
			r.Label, r.Type = label, annot.MentionType(strings.ToLower(attr))
		}
		g.Regions = append(g.Regions, r)
	}
	for _, rel := range d.Relations {
		typ := strings.ToUpper(rel.Type)
		if !formats.KnownRelation(typ) {
			continue
		}
		from, ok1 := idx[rel.FromID]
		to, ok2 := idx[rel.ToID]
		if !ok1 || !ok2 {
			return doc, a, fmt.Errorf("%w: relation %d names a missing entity", annot.ErrInvalid, rel.ID)
		}
		g.Relations = append(g.Relations, formats.Relation{From: from, To: to, Type: typ})
	}
	a, err := formats.Unflatten(g, []rune(d.Text))
	return doc, a, err
}
