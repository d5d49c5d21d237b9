package agree

import (
	"strings"

	"github.com/quotebench/quotebench/annot"
)

// Report is the result of Compare. The embedded Metrics are overall: for
// two annotators those of the pair; for three or more the pairs' counts
// pooled (quotes, speakers, entities, kappa) and alpha over all annotators
// at once on the documents every one of them has.
type Report struct {
	Annotators []string `json:"annotators"`
	// Shared counts the documents every annotator has; Only, per
	// annotator, the documents not everyone has.
	Shared int            `json:"shared_documents"`
	Only   map[string]int `json:"only_documents"`
	Metrics
	Pairs []Pair `json:"pairs"`
}

// Pair is the agreement of two annotators.
type Pair struct {
	A         string       `json:"a"`
	B         string       `json:"b"`
	Shared    int          `json:"shared_documents"`
	OnlyA     []string     `json:"only_a"` // documents only A has (titles)
	OnlyB     []string     `json:"only_b"`
	Overall   Metrics      `json:"overall"`
	Documents []DocMetrics `json:"documents"`
}

// DocMetrics is the agreement on one shared document.
type DocMetrics struct {
	Title string      `json:"title"`
	A     annot.DocID `json:"a_doc"` // the document's id in A's project
	B     annot.DocID `json:"b_doc"`
	Metrics
}

// Metrics are the figures of one comparison, in percent; nil when
// undefined.
type Metrics struct {
	Quotes   Quotes             `json:"quotes"`
	Speakers Speakers           `json:"speakers"`
	Entities Entities           `json:"entities"`
	Alpha    map[string]float64 `json:"alpha"` // per category; left out where undefined
	Kappa    *float64           `json:"kappa"`
	// KappaItems counts the suggestions both decided.
	KappaItems int `json:"kappa_items"`
}

// Quotes compares B's quotes with A's: precision is the share of B's
// quotes A has, recall the share of A's that B has.
type Quotes struct {
	A         int      `json:"a"`
	B         int      `json:"b"`
	Exact     int      `json:"matched_exact"`
	Overlap   int      `json:"matched_overlap"`
	PExact    *float64 `json:"P_exact"`
	RExact    *float64 `json:"R_exact"`
	F1Exact   *float64 `json:"F1_exact"`
	POverlap  *float64 `json:"P_overlap"`
	ROverlap  *float64 `json:"R_overlap"`
	F1Overlap *float64 `json:"F1_overlap"`
}

// Speakers is the speaker agreement on quotes both annotated.
type Speakers struct {
	Compared  int      `json:"compared"`
	Agreed    int      `json:"agreed"`
	Agreement *float64 `json:"agreement"`
}

// Entities is name-mention F1, exact span and label, overall (micro) and
// per label.
type Entities struct {
	PRF
	Labels map[string]PRF `json:"labels"`
}

// PRF is a count of B's items against A's.
type PRF struct {
	A       int      `json:"a"`
	B       int      `json:"b"`
	Matched int      `json:"matched"`
	P       *float64 `json:"P_exact"`
	R       *float64 `json:"R_exact"`
	F1      *float64 `json:"F1_exact"`
}

func newPRF(a, b, matched int) PRF {
	return PRF{A: a, B: b, Matched: matched, P: pct(matched, b), R: pct(matched, a), F1: pct(2*matched, a+b)}
}

func pct(num, den int) *float64 {
	if den == 0 {
		return nil
	}
	v := 100 * float64(num) / float64(den)
	return &v
}

type entCount struct{ a, b, matched int }

// tally holds the counts of a comparison; tallies add up.
type tally struct {
	qa, qb, qExact, qOverlap int
	spkCompared, spkAgreed   int
	ents                     map[string]*entCount
	kappa                    [2][2]int // [A rejected?][B rejected?]
}

func (t *tally) add(o tally) {
	t.qa += o.qa
	t.qb += o.qb
	t.qExact += o.qExact
	t.qOverlap += o.qOverlap
	t.spkCompared += o.spkCompared
	t.spkAgreed += o.spkAgreed
	for l, c := range o.ents {
		t.ent(l).a += c.a
		t.ent(l).b += c.b
		t.ent(l).matched += c.matched
	}
	for i := range t.kappa {
		for j := range t.kappa[i] {
			t.kappa[i][j] += o.kappa[i][j]
		}
	}
}

func (t *tally) ent(l string) *entCount {
	if t.ents == nil {
		t.ents = map[string]*entCount{}
	}
	c := t.ents[l]
	if c == nil {
		c = &entCount{}
		t.ents[l] = c
	}
	return c
}

// metrics turns counts (and the continua for alpha) into figures.
func (t *tally) metrics(cs map[string][]Continuum) Metrics {
	m := Metrics{Alpha: map[string]float64{}}
	m.Quotes = Quotes{A: t.qa, B: t.qb, Exact: t.qExact, Overlap: t.qOverlap,
		PExact: pct(t.qExact, t.qb), RExact: pct(t.qExact, t.qa), F1Exact: pct(2*t.qExact, t.qa+t.qb),
		POverlap: pct(t.qOverlap, t.qb), ROverlap: pct(t.qOverlap, t.qa), F1Overlap: pct(2*t.qOverlap, t.qa+t.qb)}
	m.Speakers = Speakers{Compared: t.spkCompared, Agreed: t.spkAgreed, Agreement: pct(t.spkAgreed, t.spkCompared)}
	var sa, sb, sm int
	m.Entities.Labels = map[string]PRF{}
	for l, c := range t.ents {
		m.Entities.Labels[l] = newPRF(c.a, c.b, c.matched)
		sa, sb, sm = sa+c.a, sb+c.b, sm+c.matched
	}
	m.Entities.PRF = newPRF(sa, sb, sm)
	for l, c := range cs {
		if a, ok := AlphaU(c); ok {
			m.Alpha[l] = 100 * a
		}
	}
	m.Kappa, m.KappaItems = kappa(t.kappa)
	return m
}

// kappa is Cohen's kappa of a 2×2 table of two annotators' decisions.
func kappa(k [2][2]int) (*float64, int) {
	n := k[0][0] + k[0][1] + k[1][0] + k[1][1]
	if n == 0 {
		return nil, 0
	}
	fn := float64(n)
	po := float64(k[0][0]+k[1][1]) / fn
	aAcc, bAcc := float64(k[0][0]+k[0][1])/fn, float64(k[0][0]+k[1][0])/fn
	pe := aAcc*bAcc + (1-aAcc)*(1-bAcc)
	if pe >= 1 {
		return nil, n // both made one and the same choice throughout: undefined
	}
	v := 100 * (po - pe) / (1 - pe)
	return &v, n
}

// compare counts one document pair.
func (t *tally) compare(a, b *prepared) {
	// Quotes, exact: the same parts.
	t.qa += len(a.quotes)
	t.qb += len(b.quotes)
	exact := map[string]int{}
	for _, q := range a.quotes {
		exact[quoteKey(q)]++
	}
	for _, q := range b.quotes {
		if k := quoteKey(q); exact[k] > 0 {
			exact[k]--
			t.qExact++
		}
	}
	// Quotes, 50% overlap: one to one, best overlap first.
	pairs, _, _ := matchQuotes(a, b)
	for _, p := range pairs {
		t.qOverlap++
		t.spkCompared++
		if sameSpeaker(a, a.quotes[p[0]], b, b.quotes[p[1]]) {
			t.spkAgreed++
		}
	}
	// Entities: exact span and label.
	ents := map[string]int{}
	for _, m := range a.mentions {
		t.ent(string(m.Label)).a++
		ents[string(m.Label)+" "+m.Span.String()]++
	}
	for _, m := range b.mentions {
		c := t.ent(string(m.Label))
		c.b++
		if k := string(m.Label) + " " + m.Span.String(); ents[k] > 0 {
			ents[k]--
			c.matched++
		}
	}
	// Kappa: suggestions both decided.
	for k, da := range a.sugg {
		db := b.sugg[k]
		for i := 0; i < len(da) && i < len(db); i++ {
			t.kappa[b2i(!da[i])][b2i(!db[i])]++
		}
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func partsLen(ps []annot.Span) int {
	n := 0
	for _, p := range ps {
		n += p.Len()
	}
	return n
}

// sameSpeaker: both without a speaker, or the same mention span, or the
// same canonical name (the linked entity's name, else the mention's text;
// compared without case and extra spaces).
func sameSpeaker(a *prepared, qa annot.Quote, b *prepared, qb annot.Quote) bool {
	ma, mb := a.ann.Mention(qa.Speaker), b.ann.Mention(qb.Speaker)
	switch {
	case ma == nil && mb == nil:
		return true
	case ma == nil || mb == nil:
		return false
	case ma.Span == mb.Span:
		return true
	}
	na := norm(a.ann.SpeakerName(a.runes(), qa))
	return na != "" && na == norm(b.ann.SpeakerName(b.runes(), qb))
}

func norm(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }
