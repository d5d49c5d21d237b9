// Package detect pre-annotates news text: quotes (direct, mixed, indirect),
// their cues and speakers, and named entities clustered per document.
// Pure Go, offline, deterministic.
//
// The pipeline (DESIGN §4): tokens, sentences and paragraphs (text.go);
// quotation marks paired in one pass per paragraph (marks.go); reporting
// cues with their speaker noun phrases (cues.go, lexicon.go); direct quotes
// attributed by adjacent patterns and indirect and mixed quotes read off the
// cues (quotes.go); then the later speaker sieves and pronoun and nominal
// resolution (speakers.go) over entities clustered per document
// (entities.go).
package detect

import (
	"math"

	"github.com/quotebench/quotebench/annot"
)

// Detector holds loaded models; it is safe for concurrent use.
type Detector struct {
	tagger tagger
}

// New loads the embedded models: the learned entity tagger when it loads,
// else the rule fallback.
func New() (*Detector, error) {
	return &Detector{tagger: defaultTagger()}, nil
}

// Detect returns suggestions for text: ids local to the set, every span in
// code points, Provenance{Origin: detector, State: suggested, Confidence}.
func (d *Detector) Detect(text string) annot.Annotations {
	x := newDoc(text)
	dqs := x.pairMarks()
	for qi, q := range dqs {
		for _, p := range q.parts {
			for i := p.a; i < p.b; i++ {
				if x.quote[i] < 0 {
					x.quote[i] = int32(qi)
				}
			}
		}
	}
	t := d.tagger
	if t == nil {
		t = capTagger{}
	}
	names := t.names(text, x.toks)
	ments, ents := x.cluster(names)
	x.person = make([]bool, len(x.toks))
	for _, m := range ments {
		if m.label == annot.LabelPerson {
			for i := m.a; i < m.b; i++ {
				x.person[i] = true
			}
		}
	}
	cues := x.findCues()
	qs := x.attribute(dqs, cues, ments, ents)
	// attribute adds the cues of embedded attributions to x.lastCues.
	spk := x.speakers(qs, x.lastCues, &ments, ents)
	return x.annotations(qs, x.lastCues, spk, ments, ents)
}

// annotations converts token ranges to code points and builds the set.
func (x *doc) annotations(qs []quote, cues []cue, spk []int, ments []ment, ents []entity) annot.Annotations {
	var a annot.Annotations
	span := func(r rng) annot.Span {
		return annot.Span{Start: int(x.toks[r.a].Start), End: int(x.toks[r.b-1].End)}
	}
	// Entities that some mention links to, in order of first mention.
	entID := make([]annot.EntityID, len(ents))
	for _, m := range ments {
		if m.ent >= 0 && entID[m.ent] == 0 {
			e := ents[m.ent]
			a.Entities = append(a.Entities, annot.Entity{
				ID: annot.EntityID(len(a.Entities) + 1), Name: e.name, Label: e.label,
				Provenance: prov(e.conf),
			})
			entID[m.ent] = annot.EntityID(len(a.Entities))
		}
	}
	mentID := make([]annot.MentionID, len(ments))
	for mi, m := range ments {
		if m.b <= m.a {
			continue
		}
		var e annot.EntityID
		if m.ent >= 0 {
			e = entID[m.ent]
		}
		a.Mentions = append(a.Mentions, annot.Mention{
			ID: annot.MentionID(len(a.Mentions) + 1), Span: span(rng{m.a, m.b}), Label: m.label,
			Type: m.typ, Entity: e, Provenance: prov(m.conf),
		})
		mentID[mi] = annot.MentionID(len(a.Mentions))
	}
	for qi, q := range qs {
		var parts []annot.Span
		for _, p := range q.parts {
			if p.b > p.a {
				parts = append(parts, span(p))
			}
		}
		if len(parts) == 0 {
			continue
		}
		aq := annot.Quote{ID: annot.QuoteID(len(a.Quotes) + 1), Parts: parts, Kind: q.kind, Provenance: prov(q.conf)}
		if q.cue >= 0 && q.cue < len(cues) {
			c := cues[q.cue]
			aq.Cue = span(rng{c.a, c.b})
		}
		if spk[qi] >= 0 {
			aq.Speaker = mentID[spk[qi]]
		}
		a.Quotes = append(a.Quotes, aq)
	}
	return a
}

func prov(conf float64) annot.Provenance {
	conf = math.Round(min(max(conf, 0.01), 1)*100) / 100
	return annot.Provenance{Origin: annot.OriginDetector, State: annot.StateSuggested, Confidence: conf}
}
