// Package agree measures how far annotators agree: several project files
// annotated by different people over the same articles. Documents are
// paired by text (the same text is the same document whatever its id or
// title), and only human decisions count: annotations accepted, edited or
// added by the analyst; pending suggestions and rejected ones do not.
//
// For each pair of annotators it gives, per document and overall:
//   - quotes: precision, recall and F1 of B against A, exact parts and at
//     least 50% overlap (the characters two quotes share are at least half
//     of the longer one), each quote matched at most once;
//   - speakers: on the quotes matched at 50% overlap, how often both name
//     the same speaker (the same mention span or the same canonical name),
//     or both leave the quote without one;
//   - entities: F1 of the name mentions per label, exact span and label;
//   - Krippendorff's unitizing alpha per category (quotes and each entity
//     label) over the characters of the text (see AlphaU);
//   - Cohen's kappa on accept/reject of the detector's suggestions both
//     annotators decided (the same suggestion: same quote parts, or same
//     mention span; annotations imported as decisions are not suggestions
//     and are left out).
//
// Every figure is a percentage (0–100; alpha and kappa go below 0 when
// annotators agree less than chance); nil when undefined (nothing to
// compare). The package is pure Go: the caller reads the projects.
package agree

import (
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/quotebench/quotebench/annot"
)

// Doc is one document of one annotator's project.
type Doc struct {
	ID    annot.DocID
	Title string
	Text  string
	Ann   annot.Annotations
}

// Project is one annotator's work: a name (the file, or the annotator) and
// the documents.
type Project struct {
	Name string
	Docs []Doc
}

// Options narrows a comparison.
type Options struct {
	// Docs, when not empty, keeps only these documents of the first
	// project (and the documents of the others with the same texts).
	Docs []annot.DocID
}

// QuoteLabel is the category of quotes in Metrics.Alpha.
const QuoteLabel = "QUOTE"

// decided reports whether an annotation is a human decision: accepted,
// edited or added by the analyst (added annotations are accepted).
func decided(p annot.Provenance) bool {
	return p.State == annot.StateAccepted || p.State == annot.StateEdited
}

// docKey identifies a document by its text.
func docKey(text string) string { return annot.TextHash(text) }

// prepared is a document ready for comparison: its human decisions only.
type prepared struct {
	doc      *Doc
	text     []rune
	n        int
	quotes   []annot.Quote
	mentions []annot.Mention // decided name mentions
	ann      *annot.Annotations
	sugg     map[string][]bool // suggestion key → accepted? (in order)
}

func prepare(d *Doc) *prepared {
	p := &prepared{doc: d, ann: &d.Ann, n: utf8.RuneCountInString(d.Text), sugg: map[string][]bool{}}
	for _, q := range d.Ann.Quotes {
		if decided(q.Provenance) {
			q.Parts = sortedParts(q.Parts)
			p.quotes = append(p.quotes, q)
		}
		if q.Origin == annot.OriginDetector && q.State != annot.StateSuggested {
			k := quoteKey(q)
			p.sugg[k] = append(p.sugg[k], q.State != annot.StateRejected)
		}
	}
	for _, m := range d.Ann.Mentions {
		if decided(m.Provenance) && m.Type == annot.MentionName {
			p.mentions = append(p.mentions, m)
		}
		if m.Origin == annot.OriginDetector && m.State != annot.StateSuggested {
			k := "m " + m.Span.String()
			p.sugg[k] = append(p.sugg[k], m.State != annot.StateRejected)
		}
	}
	return p
}

func (p *prepared) runes() []rune {
	if p.text == nil {
		p.text = []rune(p.doc.Text)
	}
	return p.text
}

func sortedParts(ps []annot.Span) []annot.Span {
	out := append([]annot.Span(nil), ps...)
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

func quoteKey(q annot.Quote) string {
	var b strings.Builder
	b.WriteString("q")
	for _, s := range sortedParts(q.Parts) {
		b.WriteString(" ")
		b.WriteString(s.String())
	}
	return b.String()
}

// labels are the alpha categories of a document pair: quotes and every
// label of a decided name mention on either side.
func labels(ps ...*prepared) []string {
	seen := map[string]bool{}
	for _, p := range ps {
		for _, m := range p.mentions {
			seen[string(m.Label)] = true
		}
	}
	out := make([]string, 0, len(seen)+1)
	for l := range seen {
		out = append(out, l)
	}
	sort.Strings(out)
	return append([]string{QuoteLabel}, out...)
}

// units are a prepared document's units of one category.
func (p *prepared) units(label string) []annot.Span {
	var us []annot.Span
	if label == QuoteLabel {
		for _, q := range p.quotes {
			us = append(us, q.Parts...)
		}
		return us
	}
	for _, m := range p.mentions {
		if string(m.Label) == label {
			us = append(us, m.Span)
		}
	}
	return us
}

// Compare measures agreement between the projects: every pair, over the
// documents the two share, and (for three or more) overall.
func Compare(projects []Project, opt Options) *Report {
	prep := make([][]*prepared, len(projects))
	keys := make([][]string, len(projects))
	var keep map[string]bool
	if len(opt.Docs) > 0 && len(projects) > 0 {
		want := map[annot.DocID]bool{}
		for _, id := range opt.Docs {
			want[id] = true
		}
		keep = map[string]bool{}
		for _, d := range projects[0].Docs {
			if want[d.ID] {
				keep[docKey(d.Text)] = true
			}
		}
	}
	for i := range projects {
		for j := range projects[i].Docs {
			d := &projects[i].Docs[j]
			k := docKey(d.Text)
			if keep != nil && !keep[k] {
				continue
			}
			prep[i] = append(prep[i], prepare(d))
			keys[i] = append(keys[i], k)
		}
	}
	rep := &Report{Only: map[string]int{}}
	for _, p := range projects {
		rep.Annotators = append(rep.Annotators, p.Name)
	}
	var all tally
	for a := 0; a < len(projects); a++ {
		for b := a + 1; b < len(projects); b++ {
			pr, t := comparePair(projects[a].Name, projects[b].Name, prep[a], keys[a], prep[b], keys[b])
			rep.Pairs = append(rep.Pairs, pr)
			all.add(t)
		}
	}
	// Documents every annotator has, for the overall alpha and counts.
	shared := sharedByAll(keys)
	rep.Shared = len(shared)
	for i, p := range projects {
		rep.Only[p.Name] = len(keys[i]) - countIn(keys[i], shared)
	}
	if len(projects) == 2 {
		rep.Metrics = rep.Pairs[0].Overall
		return rep
	}
	var cs map[string][]Continuum
	if len(projects) > 2 {
		cs = continuaAll(prep, keys, shared)
	}
	rep.Metrics = all.metrics(cs)
	return rep
}

func countIn(ks []string, set map[string]bool) int {
	n := 0
	for _, k := range ks {
		if set[k] {
			n++
		}
	}
	return n
}

func sharedByAll(keys [][]string) map[string]bool {
	if len(keys) == 0 {
		return nil
	}
	set := map[string]bool{}
	for _, k := range keys[0] {
		set[k] = true
	}
	for _, ks := range keys[1:] {
		next := map[string]bool{}
		for _, k := range ks {
			if set[k] {
				next[k] = true
			}
		}
		set = next
	}
	return set
}

// continuaAll lays out, per category, the documents every annotator has
// (the first of each text) with all annotators' units.
func continuaAll(prep [][]*prepared, keys [][]string, shared map[string]bool) map[string][]Continuum {
	first := make([]map[string]*prepared, len(prep))
	for i := range prep {
		first[i] = map[string]*prepared{}
		for j, k := range keys[i] {
			if _, ok := first[i][k]; !ok {
				first[i][k] = prep[i][j]
			}
		}
	}
	cs := map[string][]Continuum{}
	for j, k := range keys[0] {
		if !shared[k] || first[0][k] != prep[0][j] {
			continue
		}
		docs := make([]*prepared, len(prep))
		for i := range prep {
			docs[i] = first[i][k]
		}
		for _, l := range labels(docs...) {
			c := Continuum{Len: docs[0].n, Units: make([][]annot.Span, len(docs))}
			for i, d := range docs {
				c.Units[i] = d.units(l)
			}
			cs[l] = append(cs[l], c)
		}
	}
	return cs
}

// comparePair pairs the documents of two annotators by text and compares
// each pair.
func comparePair(na, nb string, pa []*prepared, ka []string, pb []*prepared, kb []string) (Pair, tally) {
	pr := Pair{A: na, B: nb}
	byKey := map[string][]int{}
	for j, k := range kb {
		byKey[k] = append(byKey[k], j)
	}
	usedB := make([]bool, len(pb))
	var all tally
	cs := map[string][]Continuum{}
	for i, k := range ka {
		js := byKey[k]
		if len(js) == 0 {
			pr.OnlyA = append(pr.OnlyA, docName(pa[i].doc))
			continue
		}
		j := js[0]
		byKey[k] = js[1:]
		usedB[j] = true
		a, b := pa[i], pb[j]
		var t tally
		t.compare(a, b)
		dcs := map[string][]Continuum{}
		for _, l := range labels(a, b) {
			c := Continuum{Len: a.n, Units: [][]annot.Span{a.units(l), b.units(l)}}
			dcs[l] = []Continuum{c}
			cs[l] = append(cs[l], c)
		}
		pr.Documents = append(pr.Documents, DocMetrics{
			Title: docName(a.doc), A: a.doc.ID, B: b.doc.ID, Metrics: t.metrics(dcs),
		})
		all.add(t)
	}
	for j, used := range usedB {
		if !used {
			pr.OnlyB = append(pr.OnlyB, docName(pb[j].doc))
		}
	}
	pr.Shared = len(pr.Documents)
	pr.Overall = all.metrics(cs)
	return pr, all
}

func docName(d *Doc) string {
	if d.Title != "" {
		return d.Title
	}
	return "document " + strconv.FormatInt(int64(d.ID), 10)
}
