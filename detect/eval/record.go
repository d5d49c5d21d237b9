// Package eval scores quote, speaker and entity predictions against gold
// annotations in the gold JSONL format of ../shared/README.md, and converts
// detector output to that format. Pure Go.
package eval

import (
	"github.com/quotebench/quotebench/annot"
)

// Record is one article in the gold JSONL format. Offsets are code points,
// end exclusive.
type Record struct {
	ID       string   `json:"id,omitempty"`
	Text     string   `json:"text"`
	Quotes   []Quote  `json:"quotes"`
	Entities []Entity `json:"entities"`
}

// Quote is one contiguous part of a quote. Parts of one quote share QuoteID
// (detector output) or AttributionID (PolNeAR).
type Quote struct {
	Start          int      `json:"start"`
	End            int      `json:"end"`
	Text           string   `json:"text"`
	Type           string   `json:"type"`
	QuoteID        int      `json:"quote_id,omitempty"`
	AttributionID  string   `json:"attribution_id,omitempty"`
	Speaker        *string  `json:"speaker"`
	SpeakerMention *string  `json:"speaker_mention"`
	SpeakerStart   *int     `json:"speaker_start"`
	SpeakerEnd     *int     `json:"speaker_end"`
	CueStart       *int     `json:"cue_start,omitempty"`
	CueEnd         *int     `json:"cue_end,omitempty"`
	Confidence     *float64 `json:"confidence,omitempty"`
	// SpeakerConfidence is the detector's probability that the speaker is right.
	SpeakerConfidence *float64 `json:"speaker_confidence,omitempty"`
}

// Entity is one named entity mention.
type Entity struct {
	Start      int      `json:"start"`
	End        int      `json:"end"`
	Label      string   `json:"label"`
	Text       string   `json:"text"`
	Entity     string   `json:"entity,omitempty"`
	Confidence *float64 `json:"confidence,omitempty"`
}

// FromAnnotations converts detector output on text to a Record: one quote
// item per part, entities from name mentions only (nominal and pronoun
// mentions appear as speaker mentions).
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
		var spk, smen *string
		var ss, se, cs, ce *int
		if m := ments[q.Speaker]; m != nil {
			// The canonical name comes from the entity; an unlinked name or
			// description ("the regional council") stands for itself; an
			// unlinked pronoun ("he") names nobody: speaker is null.
			if e := ents[m.Entity]; e != nil {
				name := e.Name
				spk = &name
			} else if m.Type != annot.MentionPronoun {
				name := sub(m.Span)
				spk = &name
			}
			t := sub(m.Span)
			smen = &t
			ss, se = ptr(m.Start), ptr(m.End)
		}
		if !q.Cue.Empty() {
			cs, ce = ptr(q.Cue.Start), ptr(q.Cue.End)
		}
		conf := q.Confidence
		var sconf *float64
		if q.Speaker != 0 && q.SpeakerConfidence > 0 {
			sconf = ptr(q.SpeakerConfidence)
		}
		for _, p := range q.Parts {
			r.Quotes = append(r.Quotes, Quote{
				Start: p.Start, End: p.End, Text: sub(p), Type: string(q.Kind), QuoteID: int(q.ID),
				Speaker: spk, SpeakerMention: smen, SpeakerStart: ss, SpeakerEnd: se,
				CueStart: cs, CueEnd: ce, Confidence: &conf, SpeakerConfidence: sconf,
			})
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
		conf := m.Confidence
		r.Entities = append(r.Entities, Entity{Start: m.Start, End: m.End, Label: string(m.Label), Text: sub(m.Span), Entity: name, Confidence: &conf})
	}
	return r
}

func ptr[T any](v T) *T { return &v }
