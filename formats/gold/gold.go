// Package gold is the gold JSONL schema of ../shared/README.md, defined
// once: `quotebench detect` writes it, `quotebench eval` scores it, and the
// native jsonl format (formats/jsonl) is this schema plus Quotebench's own
// fields. One article per line, offsets in Unicode code points, end
// exclusive:
//
//	{"id", "text",
//	 "quotes":   [{"start", "end", "text", "type": "direct|mixed|indirect",
//	               "speaker": canonical name or null, "speaker_mention",
//	               "speaker_start", "speaker_end",
//	               "quote_id": the parts of one split quote share it,
//	               "cue", "cue_start", "cue_end", "attribution_id" (PolNeAR),
//	               "confidence", "speaker_confidence" (detector)}],
//	 "entities": [{"start", "end", "label", "text",
//	               "entity": canonical name, "confidence"}]}
//
// A split quote is one item per part, the parts sharing quote_id.
package gold

import (
	"encoding/json"
	"fmt"
	"strconv"

	"github.com/quotebench/quotebench/annot"
)

// Record is one article.
type Record struct {
	ID       string   `json:"id,omitempty"`
	Text     string   `json:"text"`
	Quotes   []Quote  `json:"quotes"`
	Entities []Entity `json:"entities"`
}

// Quote is one contiguous part of a quote. Parts of one quote share QuoteID
// (gold, detector output) or AttributionID (PolNeAR).
type Quote struct {
	Start          int      `json:"start"`
	End            int      `json:"end"`
	Text           string   `json:"text"`
	Type           string   `json:"type"`
	QuoteID        Key      `json:"quote_id,omitempty"`
	AttributionID  string   `json:"attribution_id,omitempty"`
	Speaker        *string  `json:"speaker"`
	SpeakerMention *string  `json:"speaker_mention"`
	SpeakerStart   *int     `json:"speaker_start"`
	SpeakerEnd     *int     `json:"speaker_end"`
	Cue            *string  `json:"cue,omitempty"`
	CueStart       *int     `json:"cue_start,omitempty"`
	CueEnd         *int     `json:"cue_end,omitempty"`
	Confidence     *float64 `json:"confidence,omitempty"`
	// SpeakerConfidence is the detector's probability that the speaker is right.
	SpeakerConfidence *float64 `json:"speaker_confidence,omitempty"`
}

// Entity is one named entity mention.
type Entity struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Label string `json:"label"`
	Text  string `json:"text"`
	// Entity is the canonical name of the entity the mention refers to.
	// (Exports before this schema was shared wrote the cluster id here;
	// Key reads both.)
	Entity     Key      `json:"entity,omitempty"`
	Confidence *float64 `json:"confidence,omitempty"`
}

// Key is an identifier written as a number when it is one, else as a
// string; it reads either.
type Key string

// IntKey is the Key of n ("" for 0: no key).
func IntKey(n int64) Key {
	if n == 0 {
		return ""
	}
	return Key(strconv.FormatInt(n, 10))
}

// Int is the key as a number, and whether it is one.
func (k Key) Int() (int64, bool) {
	n, err := strconv.ParseInt(string(k), 10, 64)
	return n, err == nil
}

// MarshalJSON writes a number for a numeric key.
func (k Key) MarshalJSON() ([]byte, error) {
	if _, ok := k.Int(); ok {
		return []byte(k), nil
	}
	return json.Marshal(string(k))
}

// UnmarshalJSON takes a string or a number.
func (k *Key) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err == nil {
		*k = Key(s)
		return nil
	}
	var n json.Number
	if err := json.Unmarshal(b, &n); err != nil {
		return fmt.Errorf("an id must be a string or a number, not %s", b)
	}
	*k = Key(n.String())
	return nil
}

// FromAnnotations writes annotations on text as a Record: one quote item
// per part, sharing the quote's id; entities from name mentions (nominal
// and pronoun mentions appear as speaker mentions).
func FromAnnotations(id, text string, a annot.Annotations) Record {
	runes := []rune(text)
	sub := func(s annot.Span) string { return annot.SpanText(runes, s) }
	r := Record{ID: id, Text: text, Quotes: []Quote{}, Entities: []Entity{}}
	ments := make(map[annot.MentionID]*annot.Mention, len(a.Mentions))
	for i := range a.Mentions {
		ments[a.Mentions[i].ID] = &a.Mentions[i]
	}
	ents := make(map[annot.EntityID]*annot.Entity, len(a.Entities))
	for i := range a.Entities {
		ents[a.Entities[i].ID] = &a.Entities[i]
	}
	for _, q := range a.Quotes {
		base := Quote{Type: string(q.Kind), QuoteID: IntKey(int64(q.ID))}
		if m := ments[q.Speaker]; m != nil {
			// The canonical name comes from the entity; an unlinked name or
			// description ("the regional council") stands for itself; an
			// unlinked pronoun ("he") names nobody: speaker is null.
			if e := ents[m.Entity]; e != nil {
				base.Speaker = ptr(e.Name)
			} else if m.Type != annot.MentionPronoun {
				base.Speaker = ptr(sub(m.Span))
			}
			base.SpeakerMention = ptr(sub(m.Span))
			base.SpeakerStart, base.SpeakerEnd = ptr(m.Start), ptr(m.End)
		}
		if !q.Cue.Empty() {
			base.CueStart, base.CueEnd = ptr(q.Cue.Start), ptr(q.Cue.End)
		}
		base.Confidence = ptr(q.Confidence)
		if q.Speaker != 0 && q.SpeakerConfidence > 0 {
			base.SpeakerConfidence = ptr(q.SpeakerConfidence)
		}
		for _, p := range q.Parts {
			item := base
			item.Start, item.End, item.Text = p.Start, p.End, sub(p)
			r.Quotes = append(r.Quotes, item)
		}
	}
	for _, m := range a.Mentions {
		if m.Type != annot.MentionName {
			continue
		}
		name := sub(m.Span)
		if e := ents[m.Entity]; e != nil {
			name = e.Name
		}
		r.Entities = append(r.Entities, Entity{Start: m.Start, End: m.End, Label: string(m.Label), Text: sub(m.Span), Entity: Key(name), Confidence: ptr(m.Confidence)})
	}
	return r
}

func ptr[T any](v T) *T { return &v }
