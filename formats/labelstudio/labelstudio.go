// Package labelstudio reads and writes Label Studio task JSON: a JSON array
// with one task per line, each {"data": {"text", "id", ...}, "annotations":
// [{"result": [...]}]} (or "predictions" with a model_version, to load them
// as pre-annotations).
//
// Results, all with "to_name": "text":
//
//	labels    from_name "label": {"start","end","text","labels":[L]}; L is Quote
//	          (one region per part of a split quote), Cue, or a mention label
//	choices   from_name "quote_kind" (direct/mixed/indirect), "mention_type"
//	          (nominal/pronoun), "unattributed" (["unattributed"]): same id as the region
//	textarea  from_name "entity_name": {"text": [name]} on an entity's first mention
//	relation  {"from_id","to_id","type":"relation","direction":"right",
//	          "labels":[said_by|has_cue|continues|coref]}
//
// A labelling config that shows all of it:
//
//	<View>
//	  <Labels name="label" toName="text"><Label value="Quote"/><Label value="Cue"/>
//	    <Label value="PERSON"/><Label value="ORG"/><Label value="GPE"/><Label value="LOC"/></Labels>
//	  <Text name="text" value="$text"/>
//	  <Relations><Relation value="said_by"/><Relation value="has_cue"/>
//	    <Relation value="continues"/><Relation value="coref"/></Relations>
//	  <Choices name="quote_kind" toName="text" perRegion="true"><Choice value="direct"/>
//	    <Choice value="mixed"/><Choice value="indirect"/></Choices>
//	  <Choices name="mention_type" toName="text" perRegion="true"><Choice value="nominal"/>
//	    <Choice value="pronoun"/></Choices>
//	  <Choices name="unattributed" toName="text" perRegion="true"><Choice value="unattributed"/></Choices>
//	  <TextArea name="entity_name" toName="text" perRegion="true"/>
//	</View>
//
// Offsets are code points, as Label Studio stores them since 2022; exports
// for older versions can use UTF-16 units (Options.Unit). The reader finds
// the unit by checking each region's text, takes a task's first annotation
// that was not cancelled (else its first prediction), and accepts a JSON
// array, a single task or one task per line.
package labelstudio

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/formats"
)

func init() {
	formats.Register(&formats.Format{
		Name:    "labelstudio",
		Summary: "Label Studio tasks (JSON): labels, per-region choices, relations; annotations or predictions",
		Ext:     ".json",
		Unit:    annot.UnitCodePoint,
		Units:   []annot.Unit{annot.UnitUTF16, annot.UnitByte},
		Caps: formats.CapQuotes | formats.CapKinds | formats.CapCues | formats.CapSpeakers | formats.CapUnattributed |
			formats.CapMentionTypes | formats.CapEntities | formats.CapNames | formats.CapMeta,
		NewWriter: NewWriter,
		Read:      Read,
		Import:    true,
		Describe: func(m *formats.Manifest, opt formats.Options) {
			m.Target = "annotations"
			if opt.Predictions {
				m.Target = "predictions"
			}
		},
	})
}

// Task is one Label Studio task.
type Task struct {
	ID          int          `json:"id,omitempty"`
	Data        Data         `json:"data"`
	Annotations []Annotation `json:"annotations,omitempty"`
	Predictions []Annotation `json:"predictions,omitempty"`
}

// Data is what the labelling config reads ($text).
type Data struct {
	Text   string `json:"text"`
	ID     ID     `json:"id,omitempty"`
	Title  string `json:"title,omitempty"`
	Date   string `json:"date,omitempty"`
	Source string `json:"source,omitempty"`
	URL    string `json:"url,omitempty"`
}

// ID is a document id, written as a string, read from a string or a number.
type ID string

// UnmarshalJSON takes a string or a number.
func (id *ID) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err == nil {
		*id = ID(s)
		return nil
	}
	var n json.Number
	if err := json.Unmarshal(b, &n); err != nil {
		return fmt.Errorf("data.id is neither a string nor a number")
	}
	*id = ID(n.String())
	return nil
}

// Annotation is one annotation or prediction.
type Annotation struct {
	Result       []Result `json:"result"`
	ModelVersion string   `json:"model_version,omitempty"`
	WasCancelled bool     `json:"was_cancelled,omitempty"`
}

// Result is a region, a per-region attribute or a relation.
type Result struct {
	ID        string   `json:"id,omitempty"`
	FromName  string   `json:"from_name,omitempty"`
	ToName    string   `json:"to_name,omitempty"`
	Type      string   `json:"type"`
	Value     *Value   `json:"value,omitempty"`
	FromID    string   `json:"from_id,omitempty"`
	ToID      string   `json:"to_id,omitempty"`
	Direction string   `json:"direction,omitempty"`
	Labels    []string `json:"labels,omitempty"`
}

// Value is a result's value. Text is the covered text (a string) for
// labels and choices, and the typed texts (an array) for textarea.
type Value struct {
	Start   int      `json:"start"`
	End     int      `json:"end"`
	Text    any      `json:"text,omitempty"`
	Labels  []string `json:"labels,omitempty"`
	Choices []string `json:"choices,omitempty"`
}

// Label names.
const (
	LabelQuote = "Quote"
	LabelCue   = "Cue"
)

// Encode turns an item into a task; offsets in unit.
func Encode(it formats.Item, unit annot.Unit, predictions bool) (Task, error) {
	text := it.Doc.Text
	o := annot.NewOffsets(text)
	t := Task{Data: Data{Text: text, ID: ID(formats.DocName(it.Doc)), Title: it.Doc.Title, Date: it.Doc.Date, Source: it.Doc.Source, URL: it.Doc.URL}}
	g := formats.Flatten(it.Ann, true, true)
	res := []Result{}
	for i, r := range g.Regions {
		sp := r.Span()
		s, err := o.To(unit, sp.Start)
		if err != nil {
			return t, err
		}
		e, err := o.To(unit, sp.End)
		if err != nil {
			return t, err
		}
		cover, _ := o.Slice(sp)
		id := fmt.Sprintf("r%d", i+1)
		label := r.Label
		switch label {
		case formats.LabelQuote:
			label = LabelQuote
		case formats.LabelCue:
			label = LabelCue
		}
		res = append(res, Result{ID: id, FromName: "label", ToName: "text", Type: "labels", Value: &Value{Start: s, End: e, Text: cover, Labels: []string{label}}})
		choice := func(from, v string) {
			res = append(res, Result{ID: id, FromName: from, ToName: "text", Type: "choices", Value: &Value{Start: s, End: e, Text: cover, Choices: []string{v}}})
		}
		if r.Kind != "" {
			choice("quote_kind", string(r.Kind))
		}
		if r.Unattributed {
			choice("unattributed", "unattributed")
		}
		if r.Type != "" && r.Type != annot.MentionName {
			choice("mention_type", string(r.Type))
		}
		if r.Name != "" {
			res = append(res, Result{ID: id, FromName: "entity_name", ToName: "text", Type: "textarea", Value: &Value{Start: s, End: e, Text: []string{r.Name}}})
		}
	}
	for _, rel := range g.Relations {
		res = append(res, Result{FromID: fmt.Sprintf("r%d", rel.From+1), ToID: fmt.Sprintf("r%d", rel.To+1), Type: "relation", Direction: "right",
			Labels: []string{strings.ToLower(rel.Type)}})
	}
	if predictions {
		t.Predictions = []Annotation{{Result: res, ModelVersion: "quotebench"}}
	} else {
		t.Annotations = []Annotation{{Result: res}}
	}
	return t, nil
}

type writer struct {
	f    *os.File
	w    *bufio.Writer
	unit annot.Unit
	pred bool
	n    int
}

// NewWriter writes a JSON array of tasks, one per line, to path.
func NewWriter(path string, opt formats.Options) (formats.Writer, error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	unit := opt.Unit
	if unit == "" {
		unit = annot.UnitCodePoint
	}
	w := &writer{f: f, w: bufio.NewWriterSize(f, 1<<16), unit: unit, pred: opt.Predictions}
	w.w.WriteString("[")
	return w, nil
}

func (w *writer) Write(it formats.Item) error {
	b, err := w.Encode(w.n, it)
	if err != nil {
		return err
	}
	return w.WriteEncoded(b)
}

// Encode implements formats.ItemEncoder: the task of the i-th item, id i+1.
func (w *writer) Encode(i int, it formats.Item) ([]byte, error) {
	t, err := Encode(it, w.unit, w.pred)
	if err != nil {
		return nil, err
	}
	t.ID = i + 1
	b, err := formats.MarshalLine(t)
	return bytes.TrimRight(b, "\n"), err
}

// WriteEncoded writes one task as an element of the array, on its own line.
func (w *writer) WriteEncoded(b []byte) error {
	w.n++
	if w.n > 1 {
		w.w.WriteString(",")
	}
	w.w.WriteString("\n")
	_, err := w.w.Write(b)
	return err
}

func (w *writer) Close() error {
	w.w.WriteString("\n]\n")
	err := w.w.Flush()
	if cerr := w.f.Close(); err == nil {
		err = cerr
	}
	return err
}

// Read reads a file of tasks: a JSON array, one task, or one task per line.
func Read(path string, _ formats.Options, yield func(formats.Record) bool) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	return Decode(b, path, yield)
}

// Decode reads tasks from b; path names b in messages.
func Decode(b []byte, path string, yield func(formats.Record) bool) error {
	lineAt := func(off int64) int { return 1 + bytes.Count(b[:min(int(off), len(b))], []byte("\n")) }
	trim := bytes.TrimSpace(b)
	if len(trim) == 0 {
		return fmt.Errorf("%s: %w: the file is empty", path, annot.ErrInvalid)
	}
	// next decodes the task at start (after skip bytes of space and
	// separator) and yields it; false stops (at the end, an error, or
	// when yield says so).
	next := func(dec *json.Decoder, start int64, skip int) bool {
		var raw json.RawMessage
		err := dec.Decode(&raw)
		if errors.Is(err, io.EOF) {
			return false
		}
		rec := formats.Record{Path: path, Line: lineAt(start + int64(skip))}
		if err != nil {
			rec.Err = formats.BrokenJSON(err)
			yield(rec)
			return false
		}
		task(raw, &rec)
		return yield(rec)
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	if trim[0] != '[' { // one task, or one per line
		for {
			start := dec.InputOffset()
			if !next(dec, start, countSpace(b[start:])) {
				return nil
			}
		}
	}
	if _, err := dec.Token(); err != nil {
		return fmt.Errorf("%s: %w: broken JSON: %v", path, annot.ErrInvalid, err)
	}
	for dec.More() {
		start := dec.InputOffset()
		rest := b[start:]
		skip := countSpace(rest)
		if skip < len(rest) && rest[skip] == ',' {
			skip += 1 + countSpace(rest[skip+1:])
		}
		if !next(dec, start, skip) {
			return nil
		}
	}
	return nil
}

func countSpace(b []byte) int {
	n := 0
	for n < len(b) && (b[n] == ' ' || b[n] == '\n' || b[n] == '\r' || b[n] == '\t') {
		n++
	}
	return n
}

func task(raw json.RawMessage, rec *formats.Record) {
	var t Task
	if err := json.Unmarshal(raw, &t); err != nil {
		rec.Err = fmt.Errorf("%w: not a Label Studio task: %v", annot.ErrInvalid, err)
		return
	}
	rec.Doc, rec.Ann, rec.Unit, rec.Err = Decoded(t)
}

// Decoded turns a task into a document and annotations in code points.
func Decoded(t Task) (annot.Document, annot.Annotations, annot.Unit, error) {
	d := t.Data
	doc := annot.Document{ExtID: string(d.ID), Title: d.Title, Date: d.Date, Source: d.Source, URL: d.URL, Text: d.Text}
	if doc.ExtID == "" && t.ID != 0 {
		doc.ExtID = fmt.Sprint(t.ID)
	}
	var a annot.Annotations
	if d.Text == "" {
		return doc, a, "", fmt.Errorf("%w: the task has no data.text", annot.ErrInvalid)
	}
	var res []Result
	found := false
	for _, an := range t.Annotations {
		if !an.WasCancelled {
			res, found = an.Result, true
			break
		}
	}
	if !found && len(t.Predictions) > 0 {
		res = t.Predictions[0].Result
	}
	// regions and the unit
	var st []formats.SpanText
	for _, r := range res {
		if r.Type == "labels" && r.Value != nil {
			s, _ := r.Value.Text.(string)
			st = append(st, formats.SpanText{Parts: [][2]int{{r.Value.Start, r.Value.End}}, Text: s})
		}
	}
	unit, err := formats.DetectUnit(d.Text, st)
	if err != nil {
		return doc, a, "", err
	}
	o := annot.NewOffsets(d.Text)
	var g formats.Graph
	idx := map[string]int{}
	for _, r := range res {
		if r.Type != "labels" || r.Value == nil {
			continue
		}
		if len(r.Value.Labels) != 1 {
			return doc, a, unit, fmt.Errorf("%w: region %q has %d labels, want 1", annot.ErrInvalid, r.ID, len(r.Value.Labels))
		}
		if _, dup := idx[r.ID]; dup || r.ID == "" {
			return doc, a, unit, fmt.Errorf("%w: region id %q missing or used twice", annot.ErrInvalid, r.ID)
		}
		sp, err := formats.ConvertSpan(o, unit, r.Value.Start, r.Value.End)
		if err != nil {
			return doc, a, unit, fmt.Errorf("region %q: %w", r.ID, err)
		}
		label := r.Value.Labels[0]
		switch strings.ToLower(label) {
		case "quote":
			label = formats.LabelQuote
		case "cue":
			label = formats.LabelCue
		}
		idx[r.ID] = len(g.Regions)
		g.Regions = append(g.Regions, formats.Region{Parts: []annot.Span{sp}, Label: label})
	}
	for _, r := range res {
		switch r.Type {
		case "choices", "textarea":
			i, ok := idx[r.ID]
			if !ok || r.Value == nil {
				continue // a per-task choice, or one for a region of another control
			}
			reg := &g.Regions[i]
			if r.Type == "textarea" {
				if ts, ok := r.Value.Text.([]any); ok && len(ts) > 0 && r.FromName == "entity_name" {
					reg.Name, _ = ts[0].(string)
				}
				continue
			}
			if len(r.Value.Choices) == 0 {
				continue
			}
			c := r.Value.Choices[0]
			switch r.FromName {
			case "quote_kind", "quote_type":
				reg.Kind = annot.Kind(strings.ToLower(c))
			case "mention_type":
				reg.Type = annot.MentionType(strings.ToLower(c))
			case "unattributed":
				reg.Unattributed = true
			}
		case "relation":
			if len(r.Labels) == 0 {
				continue
			}
			typ := strings.ToUpper(r.Labels[0])
			if !formats.KnownRelation(typ) {
				continue
			}
			from, ok1 := idx[r.FromID]
			to, ok2 := idx[r.ToID]
			if !ok1 || !ok2 {
				return doc, a, unit, fmt.Errorf("%w: relation %s → %s names a missing region", annot.ErrInvalid, r.FromID, r.ToID)
			}
			if r.Direction == "left" {
				from, to = to, from
			}
			g.Relations = append(g.Relations, formats.Relation{From: from, To: to, Type: typ})
		}
	}
	for _, r := range g.Regions {
		switch r.Kind {
		case "", annot.KindDirect, annot.KindMixed, annot.KindIndirect:
		default:
			return doc, a, unit, fmt.Errorf("%w: unknown quote kind %q", annot.ErrInvalid, r.Kind)
		}
	}
	a, err = formats.Unflatten(g, []rune(d.Text))
	return doc, a, unit, err
}
