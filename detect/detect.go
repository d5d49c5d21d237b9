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
	"github.com/quotebench/quotebench/detect/syntax"
)

// Detector holds loaded models; it is safe for concurrent use.
type Detector struct {
	tagger tagger
	syntax *syntax.Tagger
	model  *Model
	opts   Options
}

// New loads the embedded models with the default options (speech scope).
func New() (*Detector, error) { return NewWith(Options{}) }

// NewWith loads the embedded models with the given options.
func NewWith(opts Options) (*Detector, error) {
	m := opts.Model
	if m == nil {
		var err error
		if m, err = defaultModel(); err != nil {
			return nil, err
		}
	}
	tg, err := defaultTagger()
	if err != nil {
		return nil, err
	}
	syn, err := syntax.Default()
	if err != nil {
		return nil, err
	}
	return &Detector{tagger: tg, syntax: syn, model: m, opts: opts}, nil
}

// Detect returns suggestions for text: ids local to the set, every span in
// code points, Provenance{Origin: detector, State: suggested, Confidence}
// where Confidence is the learned, calibrated probability that the quote is
// right; Quote.SpeakerConfidence is the same for its speaker link.
func (d *Detector) Detect(text string) annot.Annotations {
	r := d.run(text)
	return r.x.annotations(r.qs, r.x.lastCues, r.spk, r.ments, r.ents)
}

// Candidate is one proposed quote with the features its scorers saw, for
// training and calibration (cmd/attrtrain). Quote.Speaker is a mention of
// Mentions.
type Candidate struct {
	Quote           annot.Quote
	QuoteFeatures   []string
	SpeakerFeatures []string // nil when the quote has no speaker
	SpeakerAlts     []SpeakerAlt
}

// SpeakerAlt is another candidate speaker the ranker considered.
type SpeakerAlt struct {
	Features []string
	Mention  annot.Span
}

// Candidates runs the detector and returns its quotes with their features
// (all of them when Options.KeepAll is set) and the mentions they point to.
func (d *Detector) Candidates(text string) ([]Candidate, []annot.Mention) {
	r := d.run(text)
	a := r.x.annotations(r.qs, r.x.lastCues, r.spk, r.ments, r.ents)
	var out []Candidate
	j := 0
	for qi := range r.qs {
		if j >= len(a.Quotes) || !r.x.emitted(r.qs[qi]) {
			continue
		}
		c := Candidate{Quote: a.Quotes[j], QuoteFeatures: r.qs[qi].feats}
		if r.spk[qi] >= 0 {
			c.SpeakerFeatures = r.x.speakerFeatures(&r.qs[qi], r.qs[qi].how, r.x.lastCues, &r.ments[r.spk[qi]], r.ents)
		}
		for _, al := range r.qs[qi].alts {
			m := r.ments[al.m]
			c.SpeakerAlts = append(c.SpeakerAlts, SpeakerAlt{
				Features: r.x.speakerFeatures(&r.qs[qi], al.how, r.x.lastCues, &m, r.ents),
				Mention:  annot.Span{Start: int(r.x.toks[m.a].Start), End: int(r.x.toks[m.b-1].End)},
			})
		}
		out = append(out, c)
		j++
	}
	return out, a.Mentions
}

// result is one article's pipeline state.
type result struct {
	x     *doc
	qs    []quote
	spk   []int
	ments []ment
	ents  []entity
}

// run is the pipeline: text layer, marks, entities, cues proposed by the
// rules and classed, quotes attributed, speakers found and resolved, then
// both scored by the learned model.
func (d *Detector) run(text string) result {
	masked := maskHeader(text)
	x := newDoc(masked)
	x.titled = masked != text
	x.speech = d.opts.Scope != ScopeAll
	x.analyze(d.syntax)
	x.markLinks()
	dqs := x.withoutLinks(x.pairMarks())
	for qi, q := range dqs {
		for _, p := range q.parts {
			for i := p.a; i < p.b; i++ {
				if x.quote[i] < 0 {
					x.quote[i] = int32(qi)
				}
			}
		}
	}
	x.indexScans()
	names := x.givenNameJoined(x.orgKindTail(x.orgsKept(x.shopNames(x.andInName(x.andDistrict(x.withoutLabels(d.tagger.names(x.text, x.toks, x.sents))))))))
	ments, ents := x.cluster(names)
	ments = x.transcriptLabels(ments, ents)
	x.pronounGender(ments, ents)
	x.person = make([]bool, len(x.toks))
	x.org = make([]bool, len(x.toks))
	for _, m := range ments {
		switch m.label {
		case annot.LabelPerson:
			for i := m.a; i < m.b; i++ {
				x.person[i] = true
			}
		case annot.LabelOrg:
			for i := m.a; i < m.b; i++ {
				x.org[i] = true
			}
		}
	}
	cues := x.findCues()
	x.classify(cues)
	x.markOwnCues(cues)
	cues = x.inScope(cues, d.opts.Scope)
	qs := x.interviewAnswers(x.trimLinks(x.attribute(dqs, cues, ments, ents)), ments, ents)
	// attribute adds the cues of embedded attributions to x.lastCues.
	var rank *Linear
	if d.model != nil {
		rank = &d.model.Speaker
	}
	spk, ents := x.speakers(qs, x.lastCues, &ments, ents, rank)
	if x.speech {
		// After the speakers, so that both scopes find the same ones.
		qs, spk = x.withoutTopics(qs, spk, x.lastCues)
		qs, spk = x.withoutRelays(qs, spk, x.lastCues)
		qs, spk = x.withoutNestedTextQuotes(qs, spk, x.lastCues)
		qs, spk = x.withoutHostTurns(qs, spk, x.lastCues)
		qs, spk = x.withoutAnonymityRequests(qs, spk, x.lastCues)
	}
	qs, spk = d.score(x, qs, spk, dqs, ments, ents)
	return result{x: x, qs: qs, spk: spk, ments: ments, ents: ents}
}

// score sets each quote's confidence and its speaker link's from the
// learned model and drops the quotes below the model's threshold.
func (d *Detector) score(x *doc, qs []quote, spk []int, dqs []dquote, ments []ment, ents []entity) ([]quote, []int) {
	m := d.model
	kept, keptSpk := qs[:0], spk[:0]
	for qi := range qs {
		q := qs[qi]
		q.feats = x.quoteFeatures(&q, x.lastCues, dqs)
		if q.how == howInterview {
			// An interview's answer: no cue or marks for the model to read.
			q.conf, q.spkP = interviewConf, interviewSpkConf
		} else if m != nil {
			q.conf = m.Quote.Prob(q.feats)
			if !d.opts.KeepAll && q.conf < m.Quote.Threshold {
				continue
			}
		}
		if s := spk[qi]; s >= 0 && m != nil && q.how != howInterview {
			q.spkP = m.Speaker.Prob(x.speakerFeatures(&q, q.how, x.lastCues, &ments[s], ents))
		}
		kept = append(kept, q)
		keptSpk = append(keptSpk, spk[qi])
	}
	for qi := range kept {
		if kept[qi].how != "pull-quote" || keptSpk[qi] < 0 {
			continue
		}
		// A pull quote's speaker link is as sure as the one of the quote
		// it repeats, which links the same mention.
		for qj := qi + 1; qj < len(kept); qj++ {
			if keptSpk[qj] == keptSpk[qi] && kept[qj].how != "pull-quote" {
				kept[qi].spkP = kept[qj].spkP
				break
			}
		}
	}
	return kept, keptSpk
}

// emitted reports whether annotations writes quote q (it has a non-empty part).
func (x *doc) emitted(q quote) bool {
	for _, p := range q.parts {
		if p.b > p.a {
			return true
		}
	}
	return false
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
		typ := m.typ
		if typ == annot.MentionName && m.label == annot.LabelOrg && x.communityKind(m.a, m.b) {
			typ = annot.MentionNominal
		}
		a.Mentions = append(a.Mentions, annot.Mention{
			ID: annot.MentionID(len(a.Mentions) + 1), Span: span(rng{m.a, m.b}), Label: m.label,
			Type: typ, Entity: e, Provenance: prov(m.conf),
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
			if aq.Speaker != 0 {
				aq.SpeakerConfidence = roundConf(q.spkP)
			}
		}
		a.Quotes = append(a.Quotes, aq)
	}
	return a
}

func prov(conf float64) annot.Provenance {
	return annot.Provenance{Origin: annot.OriginDetector, State: annot.StateSuggested, Confidence: roundConf(conf)}
}

func roundConf(conf float64) float64 { return math.Round(min(max(conf, 0.01), 1)*100) / 100 }
