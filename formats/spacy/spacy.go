// Package spacy reads and writes spaCy/Prodigy JSONL, as saved by
// Prodigy's relations view (`prodigy db-out`): one task per line with text,
// tokens, spans and relations.
//
//	text       the document text, unchanged
//	meta       {"id", "title", "date", "source", "url"}
//	tokens     [{"text","start","end","id","ws"}]: the shared tokenizer
//	           (annot/tokens); ws is true when whitespace follows
//	spans      [{"start","end","token_start","token_end","label"}]: token_end is
//	           INCLUSIVE (Prodigy's convention); labels QUOTE (one span per part of a
//	           split quote), CUE, and the mention labels (PERSON, ORG, ...). Extra keys
//	           Prodigy keeps: "kind" (quotes), "mention_type" (nominal/pronoun),
//	           "unattributed", "entity_name" (on an entity's first mention)
//	relations  [{"head","child","label","head_span","child_span"}]: head and child
//	           are the token_end of the spans (Explosion's rel_component
//	           convention); labels SAID_BY (quote → speaker), HAS_CUE (quote → cue),
//	           CONTINUES (quote part → next part), COREF (mention → the entity's
//	           first mention)
//	answer     "accept"
//
// Offsets are code points (Python str indices). A span that does not start
// or end on a token boundary keeps its character offsets; its token range is
// the tokens it touches (the lint reports it). The reader finds spans by
// head_span/child_span, else by token index, and skips tasks whose answer
// is not accept.
package spacy

import (
	"fmt"
	"io"
	"strings"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/annot/tokens"
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
		Read:      Read,
		Import:    true,
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
	Start        int    `json:"start"`
	End          int    `json:"end"`
	TokenStart   *int   `json:"token_start,omitempty"`
	TokenEnd     *int   `json:"token_end,omitempty"`
	Label        string `json:"label"`
	Kind         string `json:"kind,omitempty"`
	MentionType  string `json:"mention_type,omitempty"`
	Unattributed bool   `json:"unattributed,omitempty"`
	EntityName   string `json:"entity_name,omitempty"`
}

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
	toks := tokens.Tokenize(text)
	t := Task{Text: text, Meta: Meta{ID: formats.DocName(it.Doc), Title: it.Doc.Title, Date: it.Doc.Date, Source: it.Doc.Source, URL: it.Doc.URL},
		Tokens: make([]Token, len(toks)), Spans: []Span{}, Relations: []Relation{}, Answer: "accept", ViewID: "relations"}
	for i, tk := range toks {
		ws := false
		if i+1 < len(toks) {
			ws = toks[i+1].Gap != tokens.NoSpace
		} else {
			ws = int(tk.B1) < len(text)
		}
		t.Tokens[i] = Token{Text: tk.Text(text), Start: int(tk.Start), End: int(tk.End), ID: i, WS: ws}
	}
	g := formats.Flatten(it.Ann, true, true)
	for _, r := range g.Regions {
		sp := r.Span()
		ts, te, ok := tokenRange(toks, sp)
		if !ok {
			return t, fmt.Errorf("%w: span %v covers no token", annot.ErrInvalid, sp)
		}
		s := Span{Start: sp.Start, End: sp.End, TokenStart: &ts, TokenEnd: &te, Label: r.Label,
			Kind: string(r.Kind), Unattributed: r.Unattributed, EntityName: r.Name}
		if r.Type != annot.MentionName {
			s.MentionType = string(r.Type)
		}
		t.Spans = append(t.Spans, s)
	}
	for _, rel := range g.Relations {
		h, c := t.Spans[rel.From], t.Spans[rel.To]
		t.Relations = append(t.Relations, Relation{Head: *h.TokenEnd, Child: *c.TokenEnd, Label: rel.Type, HeadSpan: bare(h), ChildSpan: bare(c)})
	}
	return t, nil
}

func bare(s Span) *Span {
	return &Span{Start: s.Start, End: s.End, TokenStart: s.TokenStart, TokenEnd: s.TokenEnd, Label: s.Label}
}

// tokenRange is the first and last (inclusive) token a span touches.
func tokenRange(toks []tokens.Token, s annot.Span) (int, int, bool) {
	lo, hi := 0, len(toks)
	for lo < hi { // first token ending after s.Start
		mid := (lo + hi) / 2
		if int(toks[mid].End) <= s.Start {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	first := lo
	last := first - 1
	for k := first; k < len(toks) && int(toks[k].Start) < s.End; k++ {
		last = k
	}
	return first, last, last >= first
}

// NewWriter writes spaCy/Prodigy JSONL to path.
func NewWriter(path string, _ formats.Options) (formats.Writer, error) {
	return formats.NewJSONLWriter(path, func(_ int, it formats.Item) (any, error) { return Encode(it) })
}

var decodeLine = formats.DecodeJSONLine("", func(t Task, rec *formats.Record) {
	rec.Doc, rec.Ann, rec.Unit, rec.Err = Decoded(t)
})

// Read streams the tasks of a JSONL file.
func Read(path string, _ formats.Options, yield func(formats.Record) bool) error {
	return formats.ReadJSONL(path, decodeLine, yield)
}

// Decode streams records from r; path names r in messages.
func Decode(r io.Reader, path string, yield func(formats.Record) bool) error {
	return formats.ReadLines(r, path, decodeLine, yield)
}

// Decoded turns a task into a document and annotations in code points.
func Decoded(t Task) (annot.Document, annot.Annotations, annot.Unit, error) {
	doc := annot.Document{ExtID: t.Meta.ID, Title: t.Meta.Title, Date: t.Meta.Date, Source: t.Meta.Source, URL: t.Meta.URL, Text: t.Text}
	var a annot.Annotations
	if t.Text == "" {
		return doc, a, "", fmt.Errorf("%w: the task has no text", annot.ErrInvalid)
	}
	if t.Answer != "" && t.Answer != "accept" {
		return doc, a, "", fmt.Errorf("the answer is %q, not accept: not imported", t.Answer)
	}
	var st []formats.SpanText
	for _, tk := range t.Tokens {
		st = append(st, formats.SpanText{Parts: [][2]int{{tk.Start, tk.End}}, Text: tk.Text})
	}
	for _, s := range t.Spans {
		st = append(st, formats.SpanText{Parts: [][2]int{{s.Start, s.End}}})
	}
	unit, err := formats.DetectUnit(t.Text, st)
	if err != nil {
		return doc, a, "", err
	}
	o := annot.NewOffsets(t.Text)
	var g formats.Graph
	for _, s := range t.Spans {
		sp, err := formats.ConvertSpan(o, unit, s.Start, s.End)
		if err != nil {
			return doc, a, unit, fmt.Errorf("span %d-%d: %w", s.Start, s.End, err)
		}
		g.Regions = append(g.Regions, formats.Region{Parts: []annot.Span{sp}, Label: s.Label, Kind: annot.Kind(s.Kind),
			Type: annot.MentionType(s.MentionType), Name: s.EntityName, Unattributed: s.Unattributed})
	}
	find := func(ref *Span, tok int, head bool, label string) (int, error) {
		if ref != nil {
			for i, s := range t.Spans {
				if s.Start == ref.Start && s.End == ref.End && s.Label == ref.Label {
					return i, nil
				}
			}
			return 0, fmt.Errorf("%w: %s relation names a span %d-%d %s that is not in spans", annot.ErrInvalid, label, ref.Start, ref.End, ref.Label)
		}
		for i, s := range t.Spans {
			if s.TokenEnd == nil || *s.TokenEnd != tok {
				continue
			}
			isQuote := s.Label == formats.LabelQuote
			switch {
			case label == formats.RelContinues && isQuote,
				head && isQuote && label != formats.RelCoref,
				!head && label == formats.RelSaidBy && !isQuote && s.Label != formats.LabelCue,
				!head && label == formats.RelHasCue && s.Label == formats.LabelCue,
				label == formats.RelCoref && !isQuote && s.Label != formats.LabelCue:
				return i, nil
			}
		}
		return 0, fmt.Errorf("%w: %s relation: no span ends at token %d", annot.ErrInvalid, label, tok)
	}
	for _, r := range t.Relations {
		label := strings.ToUpper(r.Label)
		if !formats.KnownRelation(label) {
			continue
		}
		h, err := find(r.HeadSpan, r.Head, true, label)
		if err != nil {
			return doc, a, unit, err
		}
		c, err := find(r.ChildSpan, r.Child, false, label)
		if err != nil {
			return doc, a, unit, err
		}
		g.Relations = append(g.Relations, formats.Relation{From: h, To: c, Type: label})
	}
	a, err = formats.Unflatten(g, []rune(t.Text))
	return doc, a, unit, err
}

// lint reports spans that split a token: spaCy's doc.char_span returns None
// for them.
func lint(it formats.Item, _ formats.Options) []formats.Problem {
	toks := tokens.Tokenize(it.Doc.Text)
	var ps []formats.Problem
	check := func(what string, s annot.Span) {
		if msg := formats.TokenBoundary(toks, s); msg != "" {
			ps = append(ps, formats.Problem{Doc: formats.DocName(it.Doc), Check: formats.CheckTokenBoundary, Span: s, Message: what + " " + msg})
		}
	}
	for _, m := range it.Ann.Mentions {
		check("mention", m.Span)
	}
	for _, q := range it.Ann.Quotes {
		for _, p := range q.Parts {
			check("quote", p)
		}
		if !q.Cue.Empty() {
			check("cue", q.Cue)
		}
	}
	return ps
}
