package labelstudio

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/formats"
)

// Read reads a file of tasks: a JSON array, one task, or one task per line.
func Read(path string, opt formats.Options, yield func(formats.Record) bool) error {
	b, err := formats.ReadInput(path)
	if err != nil {
		return err
	}
	return decodeFile(b, path, opt.TextKey, yield)
}

// Decode reads tasks from b; path names b in messages.
func Decode(b []byte, path string, yield func(formats.Record) bool) error {
	return decodeFile(b, path, "", yield)
}

// decodeFile is Decode with the data key that holds the text ("" for "text").
func decodeFile(b []byte, path, textKey string, yield func(formats.Record) bool) error {
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
		task(raw, textKey, &rec)
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

func task(raw json.RawMessage, textKey string, rec *formats.Record) {
	var t Task
	if err := json.Unmarshal(raw, &t); err != nil {
		rec.Err = fmt.Errorf("%w: not a Label Studio task: %v", annot.ErrInvalid, err)
		return
	}
	if textKey == "" {
		textKey = "text"
	}
	if textKey != "text" || t.Data.Text == "" {
		var data struct {
			Data map[string]json.RawMessage `json:"data"`
		}
		json.Unmarshal(raw, &data) // it parsed as a Task above
		v, ok := data.Data[textKey]
		if !ok || json.Unmarshal(v, &t.Data.Text) != nil || t.Data.Text == "" {
			var keys []string
			for k, v := range data.Data {
				if len(v) > 0 && v[0] == '"' {
					keys = append(keys, k)
				}
			}
			sort.Strings(keys)
			rec.Err = fmt.Errorf("%w: the task has no text in data.%s (its text keys: %s; choose one with --text-key)", annot.ErrInvalid, textKey, strings.Join(keys, ", "))
			return
		}
	}
	rec.Doc, rec.Ann, rec.Unit, rec.Err = decode(t, rec)
}

// Decoded turns a task into a document and annotations in code points.
func Decoded(t Task) (annot.Document, annot.Annotations, annot.Unit, error) {
	var rec formats.Record
	return decode(t, &rec)
}

// results picks what a task's annotations say: the first annotation that
// was not cancelled, else the first prediction. It notes cancelled
// annotations that leave nothing.
func results(t Task, rec *formats.Record) []Result {
	cancelled := 0
	for _, an := range t.Annotations {
		if !an.WasCancelled {
			return an.Result
		}
		cancelled++
	}
	switch {
	case cancelled > 0 && len(t.Predictions) > 0:
		rec.Notef(formats.NoteRefused, "the task's annotation was cancelled (was_cancelled): took its prediction (model %q) instead", t.Predictions[0].ModelVersion)
		return t.Predictions[0].Result
	case cancelled == 1:
		rec.Notef(formats.NoteRefused, "the task's only annotation was cancelled (was_cancelled): its %d results are not imported", len(t.Annotations[0].Result))
	case cancelled > 1:
		rec.Notef(formats.NoteRefused, "all %d annotations of the task were cancelled (was_cancelled): none is imported", cancelled)
	case len(t.Predictions) > 0:
		return t.Predictions[0].Result
	}
	return nil
}

// decode is Decoded, noting on rec what it links and refuses.
func decode(t Task, rec *formats.Record) (annot.Document, annot.Annotations, annot.Unit, error) {
	d := t.Data
	doc := annot.Document{ExtID: string(d.ID), Title: d.Title, Date: d.Date, Source: d.Source, URL: d.URL, Text: d.Text}
	if doc.ExtID == "" && t.ID != 0 {
		doc.ExtID = fmt.Sprint(t.ID)
	}
	var a annot.Annotations
	if d.Text == "" {
		return doc, a, "", fmt.Errorf("%w: the task has no data.text", annot.ErrInvalid)
	}
	res := results(t, rec)
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
	var unlabelled []Result
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
				unlabelled = append(unlabelled, r)
				continue
			}
			typ := strings.ToUpper(r.Labels[0])
			if !formats.KnownRelation(typ) {
				rec.Notef(formats.NoteRefused, "relation %s → %s %q: not one of said_by, has_cue, continues, coref", r.FromID, r.ToID, r.Labels[0])
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
	for _, r := range unlabelled {
		linkUnlabelled(&g, idx, r, rec)
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

// linkUnlabelled takes a relation without a label (what Label Studio
// stores when the annotator picks none) as the quote's speaker when it
// joins a quote and a mention and the quote has no speaker yet; else it
// notes why it is left out.
func linkUnlabelled(g *formats.Graph, idx map[string]int, r Result, rec *formats.Record) {
	from, ok1 := idx[r.FromID]
	to, ok2 := idx[r.ToID]
	if !ok1 || !ok2 {
		rec.Notef(formats.NoteRefused, "relation %s → %s without a label: it names a missing region", r.FromID, r.ToID)
		return
	}
	isQuote := func(i int) bool { return g.Regions[i].Label == formats.LabelQuote }
	isMention := func(i int) bool { return !isQuote(i) && g.Regions[i].Label != formats.LabelCue }
	if isMention(from) && isQuote(to) {
		from, to = to, from
	}
	if !isQuote(from) || !isMention(to) {
		rec.Notef(formats.NoteRefused, "relation %s → %s without a label joins %s and %s: only a quote and a mention can be linked (as said_by); label it in Label Studio",
			r.FromID, r.ToID, g.Regions[from].Label, g.Regions[to].Label)
		return
	}
	for _, rel := range g.Relations {
		if rel.From == from && rel.Type == formats.RelSaidBy {
			if rel.To != to {
				rec.Notef(formats.NoteRefused, "relation %s → %s without a label: the quote already has a speaker", r.FromID, r.ToID)
			}
			return
		}
	}
	g.Relations = append(g.Relations, formats.Relation{From: from, To: to, Type: formats.RelSaidBy})
	rec.Notef(formats.NoteLinked, "relation %s → %s without a label: taken as said_by (the quote at %v → the mention at %v)", r.FromID, r.ToID, g.Regions[from].Span(), g.Regions[to].Span())
}
