// Package feedback turns an analyst's decisions into evidence about the
// detector on this project: how precise its suggestions were, per kind, cue
// word and entity label, how much it missed (estimated from what analysts
// added by hand), and how often they changed a quote's speaker.
//
// Only documents marked done count, and on them a suggestion still pending
// counts as rejected: marking a document done says everything in it was
// decided.
package feedback

import (
	"encoding/json"
	"math"
	"sort"
	"strings"
	"time"

	"github.com/quotebench/quotebench/annot"
)

// Counts are the fates of the detector's suggestions of one kind.
type Counts struct {
	Suggested int `json:"suggested"`
	Accepted  int `json:"accepted"`
	Edited    int `json:"edited"` // kept with a change (span, kind, label or speaker)
	Rejected  int `json:"rejected"`
	Pending   int `json:"pending"` // left undecided on a done document: counted as rejected
}

func (c *Counts) add(st annot.State) {
	c.Suggested++
	switch st {
	case annot.StateAccepted:
		c.Accepted++
	case annot.StateEdited:
		c.Edited++
	case annot.StateRejected:
		c.Rejected++
	default:
		c.Pending++
	}
}

// Kept is how many suggestions the analyst kept, as they were or edited.
func (c Counts) Kept() int { return c.Accepted + c.Edited }

// Precision is the share of suggestions kept (edited ones count as right:
// the detector found the item), in percent; 0 when nothing was suggested.
func (c Counts) Precision() float64 { return pct(c.Kept(), c.Suggested) }

// Exact is the share of suggestions accepted unchanged, in percent.
func (c Counts) Exact() float64 { return pct(c.Accepted, c.Suggested) }

// Found compares what the detector found with what analysts added by hand.
type Found struct {
	Kept  int `json:"kept"`  // detector suggestions kept
	Added int `json:"added"` // items analysts (or imports) added
}

// Recall estimates the detector's recall: of everything the analysts ended
// up with, the share the detector had suggested. It cannot see items nobody
// added, so it is an upper bound.
func (f Found) Recall() float64 { return pct(f.Kept, f.Kept+f.Added) }

// Speakers are the fates of the speakers of detector quotes the analysts kept.
type Speakers struct {
	Quotes  int `json:"quotes"`  // kept detector quotes
	Kept    int `json:"kept"`    // speaker still the detector's mention
	Changed int `json:"changed"` // speaker now a mention the analyst made, or unattributed
	// ChangedTo counts the new speakers by kind of mention ("name",
	// "nominal", "pronoun") or "unattributed".
	ChangedTo map[string]int `json:"changed_to"`
}

// Accuracy is the share of kept quotes whose detector speaker stayed, in percent.
func (s Speakers) Accuracy() float64 { return pct(s.Kept, s.Kept+s.Changed) }

// Period is the quote precision of the documents last changed in one week.
type Period struct {
	Week   string `json:"week"` // ISO year and week, 2026-W49
	Quotes Counts `json:"quotes"`
}

// Report is what the decisions on done documents say about the detector.
type Report struct {
	Documents   int                    `json:"documents"`
	Quotes      Counts                 `json:"quotes"`
	QuoteKinds  map[annot.Kind]Counts  `json:"quote_kinds"`
	Cues        map[string]Counts      `json:"cues"` // by lower-cased cue text; "" for quotes without a cue
	Entities    Counts                 `json:"entities"`
	Labels      map[annot.Label]Counts `json:"labels"`
	QuotesFound Found                  `json:"quotes_found"`
	NamesFound  Found                  `json:"names_found"`
	Speakers    Speakers               `json:"speakers"`
	Trend       []Period               `json:"trend"`
}

// Doc is one document with its annotations, as the store gives them.
type Doc struct {
	Doc annot.Document
	Ann annot.Annotations
}

// Build reports over the documents marked done; the others are skipped.
func Build(docs []Doc) Report {
	r := Report{
		QuoteKinds: map[annot.Kind]Counts{},
		Cues:       map[string]Counts{},
		Labels:     map[annot.Label]Counts{},
		Speakers:   Speakers{ChangedTo: map[string]int{}},
	}
	weeks := map[string]*Counts{}
	for _, d := range docs {
		if d.Doc.Status != annot.StatusDone {
			continue
		}
		r.Documents++
		text := []rune(d.Doc.Text)
		week := isoWeek(d.Doc.Updated)
		if weeks[week] == nil {
			weeks[week] = &Counts{}
		}
		for _, q := range d.Ann.Quotes {
			if q.Origin != annot.OriginDetector {
				if kept(q.State) {
					r.QuotesFound.Added++
				}
				continue
			}
			r.Quotes.add(q.State)
			weeks[week].add(q.State)
			k := r.QuoteKinds[q.Kind]
			k.add(q.State)
			r.QuoteKinds[q.Kind] = k
			cue := strings.ToLower(annot.SpanText(text, q.Cue))
			c := r.Cues[cue]
			c.add(q.State)
			r.Cues[cue] = c
			if kept(q.State) {
				r.QuotesFound.Kept++
				r.speaker(&d.Ann, q)
			}
		}
		for _, m := range d.Ann.Mentions {
			if m.Type != annot.MentionName && m.Type != "" {
				continue // descriptions and pronouns exist to carry speakers
			}
			if m.Origin != annot.OriginDetector {
				if kept(m.State) {
					r.NamesFound.Added++
				}
				continue
			}
			r.Entities.add(m.State)
			l := r.Labels[m.Label]
			l.add(m.State)
			r.Labels[m.Label] = l
			if kept(m.State) {
				r.NamesFound.Kept++
			}
		}
	}
	for w, c := range weeks {
		if c.Suggested > 0 {
			r.Trend = append(r.Trend, Period{Week: w, Quotes: *c})
		}
	}
	sort.Slice(r.Trend, func(i, j int) bool { return r.Trend[i].Week < r.Trend[j].Week })
	return r
}

// CueOrder lists the cue words most suggested first (then alphabetically).
func (r Report) CueOrder() []string {
	cues := make([]string, 0, len(r.Cues))
	for c := range r.Cues {
		cues = append(cues, c)
	}
	sort.Slice(cues, func(i, j int) bool {
		a, b := r.Cues[cues[i]], r.Cues[cues[j]]
		if a.Suggested != b.Suggested {
			return a.Suggested > b.Suggested
		}
		return cues[i] < cues[j]
	})
	return cues
}

// speaker records what happened to the speaker of a kept detector quote.
func (r *Report) speaker(a *annot.Annotations, q annot.Quote) {
	r.Speakers.Quotes++
	m := a.Mention(q.Speaker)
	switch {
	case q.Unattributed:
		r.Speakers.Changed++
		r.Speakers.ChangedTo["unattributed"]++
	case m == nil:
		// the detector named no speaker and the analyst added none
	case m.Origin == annot.OriginDetector && m.State != annot.StateRejected:
		r.Speakers.Kept++
	default:
		r.Speakers.Changed++
		t := string(m.Type)
		if t == "" {
			t = string(annot.MentionName)
		}
		r.Speakers.ChangedTo[t]++
	}
}

func kept(st annot.State) bool { return st == annot.StateAccepted || st == annot.StateEdited }

func pct(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return 100 * float64(n) / float64(d)
}

func isoWeek(t time.Time) string {
	if t.IsZero() {
		return "unknown"
	}
	y, w := t.ISOWeek()
	return time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC).Format("2006") + "-W" + twoDigits(w)
}

func twoDigits(n int) string {
	return string([]byte{byte('0' + n/10), byte('0' + n%10)})
}

// MarshalJSON adds the percentages to the counts.
func (c Counts) MarshalJSON() ([]byte, error) {
	type plain Counts
	return json.Marshal(struct {
		plain
		Precision float64 `json:"precision"`
		Exact     float64 `json:"exact"`
	}{plain(c), round1(c.Precision()), round1(c.Exact())})
}

// MarshalJSON adds the recall estimate.
func (f Found) MarshalJSON() ([]byte, error) {
	type plain Found
	return json.Marshal(struct {
		plain
		Recall float64 `json:"recall"`
	}{plain(f), round1(f.Recall())})
}

// MarshalJSON adds the accuracy.
func (s Speakers) MarshalJSON() ([]byte, error) {
	type plain Speakers
	return json.Marshal(struct {
		plain
		Accuracy float64 `json:"accuracy"`
	}{plain(s), round1(s.Accuracy())})
}

func round1(x float64) float64 { return math.Round(x*10) / 10 }
