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
	"fmt"
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
			m.Notes = append(m.Notes, "paste the labeling config written beside the tasks ("+m.Output+ConfigSuffix+") into the project's Settings → Labeling Interface → Code before importing the tasks")
		},
		Sidecars: sidecars,
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
	f       *os.File
	w       *bufio.Writer
	unit    annot.Unit
	pred    bool
	textKey []byte // `"data":{"KEY":` when the text goes under another key than "text"
	n       int
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
	if k := opt.TextKey; k != "" && k != "text" {
		kb, _ := json.Marshal(k)
		w.textKey = append(append([]byte(`"data":{`), kb...), ':')
	}
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
	if w.textKey != nil { // the text is data's first field
		b = bytes.Replace(b, []byte(`"data":{"text":`), w.textKey, 1)
	}
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
