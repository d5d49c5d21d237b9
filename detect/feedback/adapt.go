package feedback

import (
	"math"
	"sort"
	"strings"
	"unicode"

	"github.com/quotebench/quotebench/annot"
)

// Adaptation is what a project taught the detector: a quote scorer trained
// on the project's decided documents on top of the detector's own
// confidence, the threshold that suited the project, and the entity names
// its analysts confirmed or kept rejecting. It is stored in the project file
// (as JSON) and moves with it; deleting it resets the detector.
type Adaptation struct {
	Version   int                    `json:"version"`
	Documents int                    `json:"documents"` // done documents it learned from
	Examples  int                    `json:"examples"`  // candidate quotes it learned from
	Positives int                    `json:"positives"`
	Weights   map[string]float64     `json:"weights"`        // feature → weight, added to the detector's log-odds
	Threshold float64                `json:"threshold"`      // suggest a candidate quote from this probability on
	Names     map[string]annot.Label `json:"names"`          // name text → label the analysts kept
	Rejected  map[string]int         `json:"rejected_names"` // name text → times rejected, never kept
}

// AdaptationVersion is the layout of Adaptation this code writes and reads.
const AdaptationVersion = 1

// DetectFunc returns every candidate the detector has for a text, scored but
// not thresholded (detect.Options.KeepAll).
type DetectFunc func(text string) annot.Annotations

// Learning parameters, chosen on the PolNeAR train tune split (never dev).
const (
	epochs     = 8
	rate       = 0.1
	l2         = 0.01
	minCover   = 0.3 // a candidate is right when it covers 30% of a kept quote and is half inside it
	minRejects = 2   // a name rejected this often and never kept is not suggested again
)

// example is one candidate quote of a done document, as the scorer learns it.
type example struct {
	feats  []string
	prior  float64 // the detector's log-odds
	right  bool
	covers []int // indexes of the kept quotes (over all documents) it covers by minCover
	doc    int   // which done document it comes from
}

// Learn trains an adaptation on the done documents: every candidate the
// detector has for their texts is labelled right when it matches a quote
// the analysts kept (accepted, edited or added), wrong otherwise.
func Learn(docs []Doc, detect DetectFunc) Adaptation {
	ad := Adaptation{Version: AdaptationVersion, Weights: map[string]float64{}, Names: map[string]annot.Label{}, Rejected: map[string]int{}}
	var exs []example
	goldN := 0 // kept quotes over all documents
	kept := map[string]int{}
	for _, d := range docs {
		if d.Doc.Status != annot.StatusDone {
			continue
		}
		ad.Documents++
		text := []rune(d.Doc.Text)
		var gold []annot.Quote
		for _, q := range d.Ann.Quotes {
			if q.State == annot.StateAccepted || q.State == annot.StateEdited {
				gold = append(gold, q)
			}
		}
		cands := detect(d.Doc.Text)
		for _, q := range cands.Quotes {
			x := example{feats: quoteFeatures(text, &cands, q), prior: logit(q.Confidence), right: matches(q, gold), doc: ad.Documents}
			for gi, g := range gold {
				if covers(q, g) {
					x.covers = append(x.covers, goldN+gi)
				}
			}
			exs = append(exs, x)
		}
		goldN += len(gold)
		for _, m := range d.Ann.Mentions {
			if m.Type != annot.MentionName && m.Type != "" {
				continue
			}
			name := annot.SpanText(text, m.Span)
			switch {
			case m.State == annot.StateAccepted || m.State == annot.StateEdited:
				ad.Names[name] = m.Label
				kept[name]++
			case m.Origin == annot.OriginDetector:
				ad.Rejected[name]++ // rejected, or left pending on a done document
			}
		}
		// the canonical names of the entities the analysts kept, as aliases
		// of the names they were mentioned by ("Jo Doe" for "Doe")
		for _, e := range d.Ann.Entities {
			if (e.State == annot.StateAccepted || e.State == annot.StateEdited) && e.Name != "" {
				ad.Names[e.Name] = e.Label
				kept[e.Name]++
			}
		}
	}
	for name := range ad.Rejected {
		if kept[name] > 0 || ad.Rejected[name] < minRejects {
			delete(ad.Rejected, name)
		}
	}
	ad.Examples = len(exs)
	// logistic regression on top of the detector's log-odds
	ad.Weights = train(exs, func(int) bool { return true })
	for _, x := range exs {
		if x.right {
			ad.Positives++
		}
	}
	// the threshold is chosen on probabilities each example gets from the
	// weights trained without its half of the documents, so that it does
	// not reward the weights for remembering what they were trained on
	probs := make([]float64, len(exs))
	for fold := 0; fold < 2; fold++ {
		w := train(exs, func(i int) bool { return exs[i].doc%2 != fold })
		for i, x := range exs {
			if x.doc%2 == fold {
				probs[i] = sigmoid(x.prior + dot(w, x.feats))
			}
		}
	}
	ad.Threshold = 0.5
	best := -1.0
	for t := 0.05; t < 0.951; t += 0.01 {
		right, pred := 0, 0
		found := make([]bool, goldN)
		for i, x := range exs {
			if probs[i] < t {
				continue
			}
			pred++
			if x.right {
				right++
			}
			for _, g := range x.covers {
				found[g] = true
			}
		}
		nf := 0
		for _, f := range found {
			if f {
				nf++
			}
		}
		if f := f1(right, pred, nf, goldN); f > best+1e-9 {
			best, ad.Threshold = f, math.Round(t*100)/100
		}
	}
	return ad
}

// train fits weights on the examples use selects, in a fixed order, with
// stochastic gradient descent on the log loss and an L2 penalty; weights
// near zero are dropped.
func train(exs []example, use func(int) bool) map[string]float64 {
	w := map[string]float64{}
	for e := 0; e < epochs; e++ {
		for i, x := range exs {
			if !use(i) {
				continue
			}
			g := sigmoid(x.prior + dot(w, x.feats))
			if x.right {
				g--
			}
			for _, f := range x.feats {
				w[f] -= rate * (g + l2*w[f])
			}
		}
	}
	for f, v := range w {
		if math.Abs(v) < 1e-4 {
			delete(w, f)
		}
	}
	return w
}

// Apply rescores a detection of every candidate with the adaptation: quote
// confidences become the project's probabilities and candidates under the
// threshold go; names the analysts kept rejecting go, and names they kept
// are suggested where the detector missed them.
func (ad Adaptation) Apply(text string, cands annot.Annotations) annot.Annotations {
	runes := []rune(text)
	out := annot.Annotations{Entities: cands.Entities}
	speakers := map[annot.MentionID]bool{}
	for _, q := range cands.Quotes {
		p := sigmoid(logit(q.Confidence) + dot(ad.Weights, quoteFeatures(runes, &cands, q)))
		if p < ad.Threshold {
			continue
		}
		q.Confidence = math.Round(p*100) / 100
		out.Quotes = append(out.Quotes, q)
		speakers[q.Speaker] = true
	}
	var next annot.MentionID
	for _, m := range cands.Mentions {
		next = max(next, m.ID)
		if ad.Rejected[annot.SpanText(runes, m.Span)] > 0 && !speakers[m.ID] {
			continue
		}
		out.Mentions = append(out.Mentions, m)
	}
	return ad.addNames(runes, out, next)
}

// addNames suggests the project's confirmed names where they stand in the
// text as whole words and no mention overlaps them.
func (ad Adaptation) addNames(text []rune, a annot.Annotations, next annot.MentionID) annot.Annotations {
	names := make([]string, 0, len(ad.Names))
	for n := range ad.Names {
		if len([]rune(n)) >= 2 {
			names = append(names, n)
		}
	}
	sort.Slice(names, func(i, j int) bool { // longest first, then in order
		if len(names[i]) != len(names[j]) {
			return len(names[i]) > len(names[j])
		}
		return names[i] < names[j]
	})
	s := string(text)
	for _, n := range names {
		for from := 0; ; {
			i := strings.Index(s[from:], n)
			if i < 0 {
				break
			}
			b := from + i
			from = b + len(n)
			sp := annot.Span{Start: len([]rune(s[:b]))}
			sp.End = sp.Start + len([]rune(n))
			if !wordBounds(text, sp) || overlapsMention(a.Mentions, sp) {
				continue
			}
			next++
			a.Mentions = append(a.Mentions, annot.Mention{ID: next, Span: sp, Label: ad.Names[n], Type: annot.MentionName,
				Provenance: annot.Provenance{Origin: annot.OriginDetector, State: annot.StateSuggested, Confidence: 0.9}})
		}
	}
	return a
}

func wordBounds(text []rune, sp annot.Span) bool {
	word := func(i int) bool {
		return i >= 0 && i < len(text) && (unicode.IsLetter(text[i]) || unicode.IsDigit(text[i]))
	}
	return !word(sp.Start-1) && !word(sp.End)
}

func overlapsMention(ms []annot.Mention, sp annot.Span) bool {
	for _, m := range ms {
		if m.Overlaps(sp) {
			return true
		}
	}
	return false
}

// quoteFeatures are what the project's scorer sees of a candidate quote.
func quoteFeatures(text []rune, a *annot.Annotations, q annot.Quote) []string {
	f := []string{"bias", "kind=" + string(q.Kind)}
	cue := strings.ToLower(annot.SpanText(text, q.Cue))
	if cue == "" {
		cue = "(none)"
	}
	f = append(f, "cue="+cue, "kind+cue="+string(q.Kind)+"+"+cue)
	if m := a.Mention(q.Speaker); m != nil {
		f = append(f, "speaker="+string(m.Type), "speaker_label="+string(m.Label))
	} else {
		f = append(f, "speaker=none")
	}
	words := 0
	for _, p := range q.Parts {
		words += len(strings.Fields(annot.SpanText(text, p)))
	}
	switch {
	case words < 5:
		f = append(f, "words<5")
	case words < 15:
		f = append(f, "words<15")
	case words < 40:
		f = append(f, "words<40")
	default:
		f = append(f, "words>=40")
	}
	if len(q.Parts) > 1 {
		f = append(f, "split")
	}
	return f
}

// matches reports whether a candidate is one of the kept quotes: it covers
// at least minCover of one and lies at least half inside it.
func matches(q annot.Quote, gold []annot.Quote) bool {
	n := partsLen(q.Parts)
	for _, g := range gold {
		if in := shared(q, g); n > 0 && float64(in) >= minCover*float64(partsLen(g.Parts)) && 2*in >= n {
			return true
		}
	}
	return false
}

// covers reports whether q covers at least minCover of g.
func covers(q, g annot.Quote) bool {
	return float64(shared(q, g)) > minCover*float64(partsLen(g.Parts))
}

func shared(q, g annot.Quote) int {
	in := 0
	for _, p := range q.Parts {
		for _, gp := range g.Parts {
			in += p.Intersect(gp)
		}
	}
	return in
}

func partsLen(ps []annot.Span) int {
	n := 0
	for _, p := range ps {
		n += p.Len()
	}
	return n
}

func dot(w map[string]float64, feats []string) float64 {
	s := 0.0
	for _, f := range feats {
		s += w[f]
	}
	return s
}

func sigmoid(x float64) float64 { return 1 / (1 + math.Exp(-x)) }

func logit(p float64) float64 {
	p = min(max(p, 0.01), 0.99)
	return math.Log(p / (1 - p))
}

func f1(right, pred, found, gold int) float64 {
	if right == 0 || found == 0 {
		return 0
	}
	p, r := float64(right)/float64(pred), float64(found)/float64(gold)
	return 2 * p * r / (p + r)
}
