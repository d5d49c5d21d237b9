package ner

import (
	"fmt"
	"math"
	"strings"
	"unicode/utf8"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/annot/tokens"
)

// Score counts the matches of one label: exact span and label.
type Score struct{ TP, FP, FN int }

// P is the precision, in percent.
func (s Score) P() float64 { return pct(s.TP, s.TP+s.FP) }

// R is the recall, in percent.
func (s Score) R() float64 { return pct(s.TP, s.TP+s.FN) }

// F1 is the harmonic mean of P and R.
func (s Score) F1() float64 {
	p, r := s.P(), s.R()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

// Scores are per-label scores and their sum.
type Scores struct {
	Labels []string // the labels scored, in report order
	By     map[string]*Score
	All    Score
	// Bins counts predicted mentions by confidence decile, and how many of
	// them were right (EvaluateText fills it).
	Bins [10]struct {
		N, Right int
		Conf     float64 // sum of the confidences
	}
}

// ECE is the expected calibration error over the confidence deciles, in
// percentage points: the mentions-weighted mean of |accuracy − mean
// confidence| per decile.
func (s *Scores) ECE() float64 {
	n, sum := 0, 0.0
	for _, b := range s.Bins {
		if b.N > 0 {
			n += b.N
			sum += math.Abs(float64(b.Right) - b.Conf)
		}
	}
	if n == 0 {
		return 0
	}
	return 100 * sum / float64(n)
}

// NewScores scores the given labels; others are ignored.
func NewScores(labels ...string) *Scores {
	s := &Scores{Labels: labels, By: map[string]*Score{}}
	for _, l := range labels {
		s.By[l] = &Score{}
	}
	return s
}

// Add compares one unit's gold and predicted entities (strict match).
func (s *Scores) Add(gold, pred []Entity) {
	g := map[Entity]bool{}
	for _, e := range gold {
		if s.By[e.Type] != nil {
			g[e] = true
		}
	}
	for _, e := range pred {
		sc := s.By[e.Type]
		if sc == nil {
			continue
		}
		if g[e] {
			sc.TP++
			s.All.TP++
			delete(g, e)
		} else {
			sc.FP++
			s.All.FP++
		}
	}
	for e := range g {
		s.By[e.Type].FN++
		s.All.FN++
	}
}

func (s *Scores) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%-8s %6s %6s %6s %6s %6s %6s\n", "label", "P", "R", "F1", "tp", "fp", "fn")
	row := func(name string, sc Score) {
		fmt.Fprintf(&b, "%-8s %6.2f %6.2f %6.2f %6d %6d %6d\n", name, sc.P(), sc.R(), sc.F1(), sc.TP, sc.FP, sc.FN)
	}
	for _, l := range s.Labels {
		row(l, *s.By[l])
	}
	row("overall", s.All)
	for i, bin := range s.Bins {
		if bin.N > 0 {
			fmt.Fprintf(&b, "confidence %.1f-%.1f: %5d mentions, mean %.3f, %6.2f%% right\n", float64(i)/10, float64(i+1)/10, bin.N, bin.Conf/float64(bin.N), pct(bin.Right, bin.N))
		}
	}
	if s.Bins != [10]struct {
		N, Right int
		Conf     float64
	}{} {
		fmt.Fprintf(&b, "expected calibration error: %.2f points\n", s.ECE())
	}
	return b.String()
}

// TagDoc tags a tokenised document (its sentences as given) and returns the
// entities of each sentence with CoNLL types: PER, ORG, LOC (GPE included),
// MISC.
func (t *Tagger) TagDoc(d Doc) [][]Entity {
	x := t.pool.Get().(*scratch)
	defer t.pool.Put(x)
	var words []string
	var sents [][2]int
	for _, s := range d.Sentences {
		s0 := len(words)
		for _, w := range s.Words {
			words = append(words, normWord(w))
		}
		sents = append(sents, [2]int{s0, len(words)})
	}
	out := make([][]Entity, len(sents))
	p := x.prepare(words, sents, t.gaz)
	t.decode(p, x, func(si int, pred []tag) {
		x.spans = tagsToSpans(pred, x.spans[:0])
		for _, sp := range x.spans {
			out[si] = append(out[si], Entity{sp.start, sp.end, typeNames[sp.typ]})
		}
	})
	return out
}

// Evaluate tags docs and scores PER, ORG and LOC as in CoNLL (exact span
// and type; MISC ignored).
func (t *Tagger) Evaluate(docs []Doc) *Scores {
	s := NewScores("PER", "ORG", "LOC")
	for _, d := range docs {
		pred := t.TagDoc(d)
		for i, sent := range d.Sentences {
			s.Add(sent.Entities, pred[i])
		}
	}
	return s
}

// EvaluateText checks the raw-text path: each document is written out as
// text (words joined by spaces, one sentence per line), tokenised with
// tokens.Tokenize and tagged with Tag; spans are compared in code points
// (GPE and LOC both count as LOC, PERSON as PER).
func (t *Tagger) EvaluateText(docs []Doc) *Scores {
	s := NewScores("PER", "ORG", "LOC")
	var b strings.Builder
	for _, d := range docs {
		b.Reset()
		var gold []Entity
		cp := 0
		for _, sent := range d.Sentences {
			starts := make([]int, len(sent.Words)+1)
			for i, w := range sent.Words {
				if i > 0 {
					b.WriteByte(' ')
					cp++
				}
				starts[i] = cp
				b.WriteString(w)
				cp += utf8.RuneCountInString(w)
			}
			for _, e := range sent.Entities {
				gold = append(gold, Entity{starts[e.Start], starts[e.End-1] + utf8.RuneCountInString(sent.Words[e.End-1]), e.Type})
			}
			b.WriteByte('\n')
			cp++
		}
		text := b.String()
		toks := tokens.Tokenize(text)
		var pred []Entity
		for _, m := range t.Tag(text, toks) {
			typ := "PER"
			switch m.Label {
			case annot.LabelOrg:
				typ = "ORG"
			case annot.LabelGPE, annot.LabelLoc:
				typ = "LOC"
			}
			pred = append(pred, Entity{int(toks[m.Start].Start), int(toks[m.End-1].End), typ})
			bin := &s.Bins[min(9, int(m.Confidence*10))]
			bin.N++
			bin.Conf += m.Confidence
			for _, g := range gold {
				if g == pred[len(pred)-1] {
					bin.Right++
					break
				}
			}
		}
		s.Add(gold, pred)
	}
	return s
}
