// Package jsonl is Quotebench's native, lossless exchange format: one
// document per line, offsets in Unicode code points, end exclusive.
//
// Each line is the gold schema (formats/gold: what `quotebench detect`
// writes and `quotebench eval` scores; id, text, quotes with
// start/end/text/type/speaker/speaker_mention/speaker_start/speaker_end,
// entities with start/end/label/text/entity) plus everything the project
// holds:
//
//	document   title, date, source, url, status, sha256
//	quotes     qid, parts [{start,end,text}] (for split quotes; a quote of one
//	           part is start/end), cue/cue_start/cue_end (PolNeAR's
//	           names), speaker_id, unattributed, origin, state, confidence,
//	           annotator (who decided it)
//	entities   name mentions: entity (the canonical name, as in the gold
//	           schema), entity_id (the cluster), mid, mention_type, origin,
//	           state, confidence, annotator
//	mentions   nominal and pronoun mentions, same fields ("entities" stays
//	           what NER scorers expect)
//	clusters   entities: id, name, label, speaker_id (the stable id of the
//	           speaker registry entry), origin, state, confidence, annotator
//
// The reader also takes plain gold and PolNeAR lines: a quote without parts
// is one part (gold parts sharing a quote_id, and PolNeAR parts sharing an
// attribution_id, become one quote), a
// speaker given only by speaker_start/speaker_end becomes a mention, and the
// offset unit is found by checking the stated span texts.
package jsonl

import (
	"fmt"
	"io"
	"slices"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/formats"
	"github.com/quotebench/quotebench/formats/gold"
)

func init() {
	formats.Register(&formats.Format{
		Name:      "jsonl",
		Summary:   "Quotebench JSONL: the gold format plus every field (lossless)",
		Ext:       ".jsonl",
		Unit:      annot.UnitCodePoint,
		Caps:      formats.CapAll,
		NewWriter: NewWriter,
		Read:      Read,
		Import:    true,
	})
}

// Doc is one line.
type Doc struct {
	ID       string    `json:"id"`
	Title    string    `json:"title,omitempty"`
	Date     string    `json:"date,omitempty"`
	Source   string    `json:"source,omitempty"`
	URL      string    `json:"url,omitempty"`
	Status   string    `json:"status,omitempty"`
	SHA256   string    `json:"sha256,omitempty"`
	Text     string    `json:"text"`
	Quotes   []Quote   `json:"quotes"`
	Entities []Mention `json:"entities"`
	Mentions []Mention `json:"mentions,omitempty"`
	Clusters []Cluster `json:"clusters,omitempty"`
}

// Quote is a quote in the gold schema plus Quotebench's fields.
type Quote struct {
	gold.Quote

	QID          int64  `json:"qid,omitempty"`
	Parts        []Part `json:"parts,omitempty"`
	SpeakerID    int64  `json:"speaker_id,omitempty"`
	Unattributed bool   `json:"unattributed,omitempty"`
	Origin       string `json:"origin,omitempty"`
	State        string `json:"state,omitempty"`
	Annotator    string `json:"annotator,omitempty"` // who decided it
}

// Part is one part of a quote.
type Part struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Mention is an entity mention in the gold schema (entity: the canonical
// name) plus Quotebench's fields (entity_id: the cluster).
type Mention struct {
	gold.Entity

	MID       int64  `json:"mid,omitempty"`
	Type      string `json:"mention_type,omitempty"`
	EntityID  int64  `json:"entity_id,omitempty"`
	Origin    string `json:"origin,omitempty"`
	State     string `json:"state,omitempty"`
	Annotator string `json:"annotator,omitempty"` // who decided it
}

// Cluster is an entity.
type Cluster struct {
	ID    int64  `json:"id"`
	Name  string `json:"name"`
	Label string `json:"label"`
	// SpeakerID is the stable id of the speaker registry entry the
	// analyst confirmed this entity is.
	SpeakerID string `json:"speaker_id,omitempty"`
	Prov
}

// Prov is provenance.
type Prov struct {
	Origin     string  `json:"origin,omitempty"`
	State      string  `json:"state,omitempty"`
	Confidence float64 `json:"confidence,omitempty"`
	Annotator  string  `json:"annotator,omitempty"` // who decided it
}

func prov(p annot.Provenance) Prov {
	return Prov{string(p.Origin), string(p.State), p.Confidence, p.Annotator}
}

// confidence is the gold schema's confidence of p: none when zero.
func confidence(p annot.Provenance) *float64 {
	if p.Confidence == 0 {
		return nil
	}
	c := p.Confidence
	return &c
}

// provOf is the provenance of a gold item with Quotebench's fields.
func provOf(origin, state string, conf *float64, annotator string) annot.Provenance {
	p := annot.Provenance{Origin: annot.Origin(origin), State: annot.State(state), Annotator: annotator}
	if conf != nil {
		p.Confidence = *conf
	}
	return p
}

func (p Prov) annot() annot.Provenance {
	return annot.Provenance{Origin: annot.Origin(p.Origin), State: annot.State(p.State), Confidence: p.Confidence, Annotator: p.Annotator}
}

// Encode turns an item into a line's value.
func Encode(it formats.Item) (Doc, error) {
	text := it.Doc.Text
	o := annot.NewOffsets(text)
	a := it.Ann
	slice := func(s annot.Span) (string, error) { return o.Slice(s) }
	d := Doc{ID: formats.DocName(it.Doc), Title: it.Doc.Title, Date: it.Doc.Date, Source: it.Doc.Source,
		URL: it.Doc.URL, Status: string(it.Doc.Status), SHA256: it.Doc.SHA256, Text: text,
		Quotes: make([]Quote, 0, len(a.Quotes)), Entities: make([]Mention, 0, len(a.Mentions))}
	for _, m := range a.Mentions {
		t, err := slice(m.Span)
		if err != nil {
			return d, fmt.Errorf("mention %d: %w", m.ID, err)
		}
		jm := Mention{Entity: gold.Entity{Start: m.Start, End: m.End, Label: string(m.Label), Text: t, Confidence: confidence(m.Provenance)},
			MID: int64(m.ID), Type: string(m.Type), EntityID: int64(m.Entity), Origin: string(m.Origin), State: string(m.State), Annotator: m.Annotator}
		if e := a.Entity(m.Entity); e != nil {
			jm.Entity.Entity = gold.Key(e.Name)
		}
		if m.Type == annot.MentionName || m.Type == "" {
			d.Entities = append(d.Entities, jm)
		} else {
			d.Mentions = append(d.Mentions, jm)
		}
	}
	entities := make(map[annot.EntityID]*annot.Entity, len(a.Entities))
	for i, e := range a.Entities {
		d.Clusters = append(d.Clusters, Cluster{int64(e.ID), e.Name, string(e.Label), e.Speaker, prov(e.Provenance)})
		entities[e.ID] = &a.Entities[i]
	}
	mentions := make(map[annot.MentionID]*annot.Mention, len(a.Mentions))
	for i := range a.Mentions {
		mentions[a.Mentions[i].ID] = &a.Mentions[i]
	}
	for _, q := range a.Quotes {
		ext := q.Extent()
		t, err := slice(ext)
		if err != nil {
			return d, fmt.Errorf("quote %d: %w", q.ID, err)
		}
		jq := Quote{Quote: gold.Quote{Start: ext.Start, End: ext.End, Text: t, Type: string(q.Kind), Confidence: confidence(q.Provenance)},
			QID: int64(q.ID), SpeakerID: int64(q.Speaker), Unattributed: q.Unattributed, Origin: string(q.Origin), State: string(q.State), Annotator: q.Annotator}
		for _, p := range q.Parts {
			if len(q.Parts) == 1 && p == ext {
				break // start, end and text say it all
			}
			pt, err := slice(p)
			if err != nil {
				return d, fmt.Errorf("quote %d: %w", q.ID, err)
			}
			jq.Parts = append(jq.Parts, Part{p.Start, p.End, pt})
		}
		if m := mentions[q.Speaker]; m != nil {
			mt, err := slice(m.Span)
			if err != nil {
				return d, fmt.Errorf("quote %d speaker: %w", q.ID, err)
			}
			name := mt
			if e := entities[m.Entity]; e != nil {
				name = e.Name
			}
			s, e := m.Start, m.End
			jq.Speaker, jq.SpeakerMention, jq.SpeakerStart, jq.SpeakerEnd = &name, &mt, &s, &e
		}
		if !q.Cue.Empty() {
			ct, err := slice(q.Cue)
			if err != nil {
				return d, fmt.Errorf("quote %d cue: %w", q.ID, err)
			}
			s, e := q.Cue.Start, q.Cue.End
			jq.Cue, jq.CueStart, jq.CueEnd = &ct, &s, &e
		}
		d.Quotes = append(d.Quotes, jq)
	}
	return d, nil
}

// NewWriter writes JSONL to path.
func NewWriter(path string, _ formats.Options) (formats.Writer, error) {
	return formats.NewJSONLWriter(path, func(_ int, it formats.Item) (any, error) { return Encode(it) })
}

// LineSize implements formats.LineSizer.
func (d Doc) LineSize() int { return 3*len(d.Text) + 256*(len(d.Quotes)+len(d.Entities)) }

var decodeLine = formats.DecodeJSONLine(annot.UnitCodePoint, func(d Doc, rec *formats.Record) {
	rec.Doc, rec.Ann, rec.Unit, rec.Err = Decoded(d)
})

// Read streams the lines of a JSONL file.
func Read(path string, _ formats.Options, yield func(formats.Record) bool) error {
	return formats.ReadJSONL(path, decodeLine, yield)
}

// Decode streams records from r; path names r in messages.
func Decode(r io.Reader, path string, yield func(formats.Record) bool) error {
	return formats.ReadLines(r, path, decodeLine, yield)
}

// Decoded turns a line's value into a document and its annotations, in
// code points of the line's text.
func Decoded(d Doc) (annot.Document, annot.Annotations, annot.Unit, error) {
	doc := annot.Document{ExtID: d.ID, Title: d.Title, Date: d.Date, Source: d.Source, URL: d.URL, Text: d.Text}
	var a annot.Annotations
	if d.Text == "" {
		return doc, a, "", fmt.Errorf("%w: the line has no text", annot.ErrInvalid)
	}
	// find the offset unit from the stated texts
	all := slices.Concat(d.Entities, d.Mentions)
	st := make([]formats.SpanText, 0, len(all)+3*len(d.Quotes))
	span := func(s, e int, t string) { st = append(st, formats.SpanText{Start: s, End: e, Text: t}) }
	for _, m := range all {
		span(m.Start, m.End, m.Text)
	}
	for _, q := range d.Quotes {
		span(q.Start, q.End, q.Text)
		for _, p := range q.Parts {
			span(p.Start, p.End, p.Text)
		}
		if q.SpeakerStart != nil && q.SpeakerEnd != nil {
			span(*q.SpeakerStart, *q.SpeakerEnd, deref(q.SpeakerMention))
		}
		if q.CueStart != nil && q.CueEnd != nil {
			span(*q.CueStart, *q.CueEnd, deref(q.Cue))
		}
	}
	unit, err := formats.DetectUnit(d.Text, st)
	if err != nil {
		return doc, a, "", err
	}
	o := annot.NewOffsets(d.Text)
	conv := func(what string, s, e int) (annot.Span, error) {
		sp, err := formats.ConvertSpan(o, unit, s, e)
		if err != nil {
			return sp, fmt.Errorf("%s %d-%d: %w", what, s, e, err)
		}
		return sp, nil
	}

	// clusters
	ents := map[int64]bool{}
	for _, c := range d.Clusters {
		if c.ID <= 0 || ents[c.ID] {
			return doc, a, unit, fmt.Errorf("%w: cluster id %d missing or used twice", annot.ErrInvalid, c.ID)
		}
		ents[c.ID] = true
		a.Entities = append(a.Entities, annot.Entity{ID: annot.EntityID(c.ID), Name: c.Name, Label: annot.Label(c.Label), Speaker: c.SpeakerID, Provenance: c.annot()})
	}
	// mentions: keep their ids when every one has a distinct id
	keepIDs := true
	seen := map[int64]bool{}
	for _, m := range all {
		if m.MID <= 0 || seen[m.MID] {
			keepIDs = false
		}
		seen[m.MID] = true
	}
	for i, m := range all {
		sp, err := conv("entity", m.Start, m.End)
		if err != nil {
			return doc, a, unit, err
		}
		id := annot.MentionID(i + 1)
		if keepIDs {
			id = annot.MentionID(m.MID)
		}
		t := annot.MentionType(m.Type)
		if t == "" {
			t = annot.MentionName
		}
		eid := m.EntityID
		if n, ok := m.Entity.Entity.Int(); ok && eid == 0 && ents[n] {
			eid = n // written before the schema was shared: "entity" held the cluster id
		}
		if eid != 0 && !ents[eid] {
			return doc, a, unit, fmt.Errorf("%w: entity %d-%d names unknown cluster %d", annot.ErrInvalid, m.Start, m.End, eid)
		}
		if m.Label == "" {
			return doc, a, unit, fmt.Errorf("%w: entity %d-%d has no label", annot.ErrInvalid, m.Start, m.End)
		}
		a.Mentions = append(a.Mentions, annot.Mention{ID: id, Span: sp, Label: annot.Label(m.Label), Type: t,
			Entity: annot.EntityID(eid), Provenance: provOf(m.Origin, m.State, m.Confidence, m.Annotator)})
	}
	// quotes
	byAttr := map[string]int{}
	for _, jq := range d.Quotes {
		var parts []annot.Span
		if len(jq.Parts) > 0 {
			for _, p := range jq.Parts {
				sp, err := conv("quote part", p.Start, p.End)
				if err != nil {
					return doc, a, unit, err
				}
				parts = append(parts, sp)
			}
		} else {
			sp, err := conv("quote", jq.Start, jq.End)
			if err != nil {
				return doc, a, unit, err
			}
			parts = []annot.Span{sp}
		}
		q := annot.Quote{ID: annot.QuoteID(jq.QID), Parts: parts, Kind: annot.Kind(jq.Type), Unattributed: jq.Unattributed, Provenance: provOf(jq.Origin, jq.State, jq.Confidence, jq.Annotator)}
		switch q.Kind {
		case annot.KindDirect, annot.KindMixed, annot.KindIndirect:
		case "":
			q.Kind = annot.KindIndirect
		default:
			return doc, a, unit, fmt.Errorf("%w: quote %d-%d has unknown type %q", annot.ErrInvalid, jq.Start, jq.End, jq.Type)
		}
		if jq.CueStart != nil && jq.CueEnd != nil && *jq.CueEnd > *jq.CueStart {
			if q.Cue, err = conv("cue", *jq.CueStart, *jq.CueEnd); err != nil {
				return doc, a, unit, err
			}
		}
		switch {
		case keepIDs && jq.SpeakerID != 0:
			if !seen[jq.SpeakerID] {
				return doc, a, unit, fmt.Errorf("%w: quote %d-%d names unknown speaker mention %d", annot.ErrInvalid, jq.Start, jq.End, jq.SpeakerID)
			}
			q.Speaker = annot.MentionID(jq.SpeakerID)
		case jq.SpeakerStart != nil && jq.SpeakerEnd != nil && *jq.SpeakerEnd > *jq.SpeakerStart:
			sp, err := conv("speaker", *jq.SpeakerStart, *jq.SpeakerEnd)
			if err != nil {
				return doc, a, unit, err
			}
			q.Speaker = speakerMention(&a, sp, deref(jq.Speaker), []rune(d.Text))
		}
		// gold: parts of one quote share a quote_id; PolNeAR: an attribution_id
		if key, ok := partKey(jq); ok {
			if k, ok := byAttr[key]; ok {
				prev := &a.Quotes[k]
				prev.Parts = append(prev.Parts, parts...)
				slices.SortFunc(prev.Parts, func(x, y annot.Span) int { return x.Start - y.Start })
				if prev.Speaker == 0 {
					prev.Speaker = q.Speaker
				}
				if prev.Cue.Empty() {
					prev.Cue = q.Cue
				}
				continue
			}
			byAttr[key] = len(a.Quotes)
		}
		a.Quotes = append(a.Quotes, q)
	}
	// quote ids: keep when all are distinct and set
	qseen := map[annot.QuoteID]bool{}
	keepQ := true
	for _, q := range a.Quotes {
		if q.ID <= 0 || qseen[q.ID] {
			keepQ = false
		}
		qseen[q.ID] = true
	}
	if !keepQ {
		for i := range a.Quotes {
			a.Quotes[i].ID = annot.QuoteID(i + 1)
		}
	}
	if err := a.Validate(o.Len()); err != nil {
		return doc, a, unit, err
	}
	return doc, a, unit, nil
}

// partKey is the key that joins the parts of one split quote given as
// separate items: the gold's quote_id, else PolNeAR's attribution_id. Items
// with parts of their own, or with neither key, stand alone.
func partKey(jq Quote) (string, bool) {
	switch {
	case len(jq.Parts) > 0:
		return "", false
	case jq.QuoteID != "":
		return "quote_id " + string(jq.QuoteID), true
	case jq.AttributionID != "":
		return "attribution_id " + jq.AttributionID, true
	}
	return "", false
}

// speakerMention finds the mention at sp or adds one (a PERSON name); a
// canonical name different from the mention's text becomes its entity.
func speakerMention(a *annot.Annotations, sp annot.Span, name string, text []rune) annot.MentionID {
	for _, m := range a.Mentions {
		if m.Span == sp {
			return m.ID
		}
	}
	var id annot.MentionID
	for _, m := range a.Mentions {
		id = max(id, m.ID)
	}
	id++
	m := annot.Mention{ID: id, Span: sp, Label: annot.LabelPerson, Type: annot.MentionName}
	if name != "" && name != string(text[sp.Start:sp.End]) {
		var eid annot.EntityID
		for _, e := range a.Entities {
			if e.Name == name {
				eid = e.ID
			}
		}
		if eid == 0 {
			for _, e := range a.Entities {
				eid = max(eid, e.ID)
			}
			eid++
			a.Entities = append(a.Entities, annot.Entity{ID: eid, Name: name, Label: annot.LabelPerson})
		}
		m.Entity = eid
	}
	a.Mentions = append(a.Mentions, m)
	return id
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
