// Package spacy reads and writes spaCy/Prodigy JSONL, as saved by
// Prodigy's relations view (`prodigy db-out`): one task per line with text,
// tokens, spans and relations.
//
//	text       the document text, unchanged
//	meta       {"id", "title", "date", "source", "url"}
//	tokens     [{"text","start","end","id","ws"}]: spaCy's Doc tokens. ws is
//	           true when ONE space follows; every other whitespace run is a
//	           token of its own, so "".join(t.text + " "*t.ws) == text
//	spans      [{"id","start","end","token_start","token_end","label","group"}]:
//	           token_end is INCLUSIVE (Prodigy's convention); labels QUOTE (one
//	           span per part of a split quote), CUE, and the mention labels
//	           (PERSON, ORG, ...). group is "ents" for the mentions that can be
//	           spaCy's doc.ents (no two overlap: spaCy's filter_spans rule) and
//	           "spans" for the rest (doc.spans["sc"]: quotes, cues, overlapping
//	           mentions). id (from 1) tells apart spans with the same offsets and
//	           label. Extra keys Prodigy keeps: "kind" (quotes), "mention_type"
//	           (nominal/pronoun), "unattributed", "entity_name" (on an entity's
//	           first mention)
//	relations  [{"head","child","label","head_span","child_span"}]: head and child
//	           are the token_end of the spans (Explosion's rel_component
//	           convention); labels SAID_BY (quote → speaker), HAS_CUE (quote → cue),
//	           CONTINUES (quote part → next part), COREF (mention → the entity's
//	           first mention)
//	answer     "accept"
//
// Offsets are code points (Python str indices). Every span starts and ends on
// a token boundary: the tokens are split where a span starts or ends inside a
// word (the lint reports it), so doc.char_span finds every span. The reader
// finds spans by head_span/child_span (their id, else offsets and label),
// else by token index, refuses spans whose offsets disagree with their
// tokens, and skips tasks whose answer is not accept.
package spacy

import (
	"fmt"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/formats"
)

func init() {
	formats.Register(&formats.Format{
		Name:    "spacy",
		Summary: "spaCy/Prodigy JSONL: text, tokens, spans (token_end inclusive), relations",
		Ext:     ".jsonl",
		Unit:    annot.UnitCodePoint,
		Caps: formats.CapQuotes | formats.CapKinds | formats.CapCues | formats.CapSpeakers | formats.CapUnattributed |
			formats.CapMentionTypes | formats.CapEntities | formats.CapNames | formats.CapMeta,
		NewWriter: NewWriter,
		Lint:      lint,
		Describe: func(m *formats.Manifest, _ formats.Options) {
			m.Notes = append(m.Notes, "tokens rebuild the text: Doc(vocab, words=[t.text], spaces=[t.ws]); spans of group \"ents\" are doc.ents (no two overlap), the others (quotes, cues, overlapping mentions) belong in doc.spans[\"sc\"]; relation head/child are the token_end of head_span/child_span")
		},
		Read:   Read,
		Import: true,
	})
}

// Task is one line.
type Task struct {
	Text      string     `json:"text"`
	Meta      Meta       `json:"meta"`
	Tokens    []Token    `json:"tokens,omitempty"`
	Spans     []Span     `json:"spans"`
	Relations []Relation `json:"relations"`
	Answer    string     `json:"answer,omitempty"`
	ViewID    string     `json:"_view_id,omitempty"`
}

// Meta is the task's metadata.
type Meta struct {
	ID     string `json:"id,omitempty"`
	Title  string `json:"title,omitempty"`
	Date   string `json:"date,omitempty"`
	Source string `json:"source,omitempty"`
	URL    string `json:"url,omitempty"`
}

// Token is one token.
type Token struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	ID    int    `json:"id"`
	WS    bool   `json:"ws"`
}

// Span is a labelled span.
type Span struct {
	ID           int    `json:"id,omitempty"`
	Start        int    `json:"start"`
	End          int    `json:"end"`
	TokenStart   *int   `json:"token_start,omitempty"`
	TokenEnd     *int   `json:"token_end,omitempty"`
	Label        string `json:"label"`
	Kind         string `json:"kind,omitempty"`
	MentionType  string `json:"mention_type,omitempty"`
	Unattributed bool   `json:"unattributed,omitempty"`
	EntityName   string `json:"entity_name,omitempty"`
	Group        string `json:"group,omitempty"`
}

// Span groups: where a span goes in a spaCy Doc.
const (
	GroupEnts  = "ents"  // doc.ents
	GroupSpans = "spans" // doc.spans["sc"]
)

// Relation joins two spans.
type Relation struct {
	Head      int    `json:"head"`
	Child     int    `json:"child"`
	Label     string `json:"label"`
	HeadSpan  *Span  `json:"head_span,omitempty"`
	ChildSpan *Span  `json:"child_span,omitempty"`
}

// Encode turns an item into a task.
func Encode(it formats.Item) (Task, error) {
	text := it.Doc.Text
	g := formats.Flatten(it.Ann, true, true)
	spans := make([]annot.Span, len(g.Regions))
	for i, r := range g.Regions {
		spans[i] = r.Span()
	}
	toks := docTokens(text, spans)
	ix := indexTokens(toks)
	t := Task{Text: text, Meta: Meta{ID: formats.DocName(it.Doc), Title: it.Doc.Title, Date: it.Doc.Date, Source: it.Doc.Source, URL: it.Doc.URL},
		Tokens: toks, Spans: make([]Span, 0, len(g.Regions)), Relations: []Relation{}, Answer: "accept", ViewID: "relations"}
	ranges := make([][2]int, len(g.Regions))
	mention := make([]bool, len(g.Regions))
	for i, r := range g.Regions {
		sp := spans[i]
		ts, ok1 := ix.start[sp.Start]
		te, ok2 := ix.end[sp.End]
		if !ok1 || !ok2 || te < ts {
			return t, fmt.Errorf("%w: %s span %v covers no token", annot.ErrInvalid, r.Label, sp)
		}
		ranges[i] = [2]int{ts, te}
		mention[i] = r.Label != formats.LabelQuote && r.Label != formats.LabelCue
		s := Span{ID: i + 1, Start: sp.Start, End: sp.End, TokenStart: &ranges[i][0], TokenEnd: &ranges[i][1], Label: r.Label,
			Kind: string(r.Kind), Unattributed: r.Unattributed, EntityName: r.Name, Group: GroupSpans}
		if r.Type != annot.MentionName {
			s.MentionType = string(r.Type)
		}
		t.Spans = append(t.Spans, s)
	}
	for i, ent := range entGroups(ranges, mention) {
		if ent {
			t.Spans[i].Group = GroupEnts
		}
	}
	for _, rel := range g.Relations {
		h, c := t.Spans[rel.From], t.Spans[rel.To]
		t.Relations = append(t.Relations, Relation{Head: *h.TokenEnd, Child: *c.TokenEnd, Label: rel.Type, HeadSpan: bare(h), ChildSpan: bare(c)})
	}
	return t, nil
}

func bare(s Span) *Span {
	return &Span{ID: s.ID, Start: s.Start, End: s.End, TokenStart: s.TokenStart, TokenEnd: s.TokenEnd, Label: s.Label}
}

// NewWriter writes spaCy/Prodigy JSONL to path.
func NewWriter(path string, _ formats.Options) (formats.Writer, error) {
	return formats.NewJSONLWriter(path, func(_ int, it formats.Item) (any, error) { return Encode(it) })
}
