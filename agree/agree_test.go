package agree

import (
	"math"
	"strings"
	"testing"

	"github.com/quotebench/quotebench/annot"
)

// The article both annotators worked on, and the differences between them
// (figures worked out by hand below).
const article = `Mayor Jo Doe said "We will build it." Critics disagree. "It is too late," said Ann Lee. Paris is far.`

func span(t *testing.T, text, s string) annot.Span {
	t.Helper()
	i := strings.Index(text, s)
	if i < 0 {
		t.Fatalf("%q not in text", s)
	}
	return annot.Span{Start: i, End: i + len(s)} // ASCII: bytes are code points
}

type builder struct {
	t    *testing.T
	text string
	a    annot.Annotations
}

func (b *builder) entity(name string, l annot.Label) annot.EntityID {
	id := annot.EntityID(len(b.a.Entities) + 1)
	b.a.Entities = append(b.a.Entities, annot.Entity{ID: id, Name: name, Label: l,
		Provenance: annot.Provenance{Origin: annot.OriginHuman, State: annot.StateAccepted}})
	return id
}

func (b *builder) mention(s string, l annot.Label, typ annot.MentionType, e annot.EntityID, o annot.Origin, st annot.State) annot.MentionID {
	id := annot.MentionID(len(b.a.Mentions) + 1)
	b.a.Mentions = append(b.a.Mentions, annot.Mention{ID: id, Span: span(b.t, b.text, s), Label: l, Type: typ, Entity: e,
		Provenance: annot.Provenance{Origin: o, State: st}})
	return id
}

func (b *builder) quote(s string, spk annot.MentionID, o annot.Origin, st annot.State) {
	b.a.Quotes = append(b.a.Quotes, annot.Quote{ID: annot.QuoteID(len(b.a.Quotes) + 1),
		Parts: []annot.Span{span(b.t, b.text, s)}, Kind: annot.KindDirect, Speaker: spk,
		Provenance: annot.Provenance{Origin: o, State: st}})
}

const (
	det   = annot.OriginDetector
	human = annot.OriginHuman
	acc   = annot.StateAccepted
	rej   = annot.StateRejected
	edit  = annot.StateEdited
	sugg  = annot.StateSuggested
	name  = annot.MentionName
	nomin = annot.MentionNominal
)

// annotatorA: quotes Q1 "We will build it." (Jo Doe), Q2 `"It is too
// late,"` (Ann Lee), Q3 "Critics disagree." (added, no speaker), and a
// pending suggestion that must not count. Names: Jo Doe and Ann Lee
// PERSON, Paris GPE. Suggestions decided: Q1, Q2, Jo Doe, Ann Lee, Paris
// accepted; "Critics" and "Mayor" rejected; "far" left pending.
func annotatorA(t *testing.T) annot.Annotations {
	b := &builder{t: t, text: article}
	jo := b.mention("Jo Doe", annot.LabelPerson, name, b.entity("Jo Doe", annot.LabelPerson), det, acc)
	ann := b.mention("Ann Lee", annot.LabelPerson, name, b.entity("Ann Lee", annot.LabelPerson), det, acc)
	b.mention("Paris", annot.LabelGPE, name, 0, det, acc)
	b.mention("Critics", annot.LabelPerson, nomin, 0, det, rej)
	b.mention("Mayor", annot.LabelPerson, nomin, 0, det, rej)
	b.mention("far", annot.LabelLoc, name, 0, det, sugg)
	b.quote(`"We will build it."`, jo, det, acc)
	b.quote(`"It is too late,"`, ann, det, acc)
	b.quote("Critics disagree.", 0, human, acc)
	b.quote("Paris is far.", 0, det, sugg)
	return b.a
}

// annotatorB: Q1 the same, its speaker the nominal "Mayor Jo Doe" linked
// to an entity named "Jo Doe" (same canonical speaker); Q2 narrowed to
// "It is too late" (14 of A's 17 characters: overlap, not exact) and given
// to Jo Doe (a different speaker); no Q3; an added "Paris is far.". Ann
// Lee relabelled ORG (edited). Suggestions: Q1, Jo Doe, Ann Lee (edited),
// Paris and "Mayor" accepted, "Critics" rejected; Q2 edited to other parts
// is no longer the same suggestion; "far" pending.
func annotatorB(t *testing.T) annot.Annotations {
	b := &builder{t: t, text: article}
	joE := b.entity("Jo Doe", annot.LabelPerson)
	jo := b.mention("Jo Doe", annot.LabelPerson, name, joE, det, acc)
	mayor := b.mention("Mayor Jo Doe", annot.LabelPerson, nomin, joE, human, acc)
	b.mention("Ann Lee", annot.LabelOrg, name, 0, det, edit)
	b.mention("Paris", annot.LabelGPE, name, 0, det, acc)
	b.mention("Critics", annot.LabelPerson, nomin, 0, det, rej)
	b.mention("Mayor", annot.LabelPerson, nomin, 0, det, acc)
	b.mention("far", annot.LabelLoc, name, 0, det, sugg)
	b.quote(`"We will build it."`, mayor, det, acc)
	b.quote("It is too late", jo, det, edit)
	b.quote("Paris is far.", 0, human, acc)
	return b.a
}

func near(t *testing.T, what string, got *float64, want float64) {
	t.Helper()
	if got == nil {
		t.Errorf("%s = nil, want %.4f", what, want)
		return
	}
	if math.Abs(*got-want) > 1e-9 {
		t.Errorf("%s = %.6f, want %.6f", what, *got, want)
	}
}

func twoProjects(t *testing.T) []Project {
	empty := "An article nobody annotated. It says nothing."
	return []Project{
		{Name: "A", Docs: []Doc{
			{ID: 1, Title: "Doe builds", Text: article, Ann: annotatorA(t)},
			{ID: 2, Title: "Only A has this", Text: "Only A imported this article."},
			{ID: 3, Title: "Quiet", Text: empty},
		}},
		{Name: "B", Docs: []Doc{
			{ID: 7, Title: "Quiet, B's title", Text: empty},
			{ID: 8, Title: "Only B has this", Text: "Only B imported this article."},
			{ID: 9, Title: "Doe builds (B)", Text: article, Ann: annotatorB(t)},
		}},
	}
}

func TestCompareTwoByHand(t *testing.T) {
	rep := Compare(twoProjects(t), Options{})
	if rep.Shared != 2 || rep.Only["A"] != 1 || rep.Only["B"] != 1 {
		t.Fatalf("shared %d, only %v; want 2 shared and one only-document each", rep.Shared, rep.Only)
	}
	p := rep.Pairs[0]
	if len(p.OnlyA) != 1 || p.OnlyA[0] != "Only A has this" || len(p.OnlyB) != 1 || p.OnlyB[0] != "Only B has this" {
		t.Errorf("only A %v, only B %v", p.OnlyA, p.OnlyB)
	}
	if len(p.Documents) != 2 || p.Documents[0].A != 1 || p.Documents[0].B != 9 || p.Documents[1].A != 3 || p.Documents[1].B != 7 {
		t.Fatalf("documents paired by text: %+v", p.Documents)
	}
	m := rep.Metrics
	// Quotes: A 3 decided (Q1, Q2, Q3), B 3 (Q1, Q2', Paris); exact 1 (Q1),
	// overlap 2 (Q1, Q2/Q2' share 14 of max(17, 14)). F1 = 2·1/6, 2·2/6.
	if m.Quotes.A != 3 || m.Quotes.B != 3 || m.Quotes.Exact != 1 || m.Quotes.Overlap != 2 {
		t.Errorf("quotes %+v", m.Quotes)
	}
	near(t, "quotes.P_exact", m.Quotes.PExact, 100.0/3)
	near(t, "quotes.F1_exact", m.Quotes.F1Exact, 100.0/3)
	near(t, "quotes.F1_overlap", m.Quotes.F1Overlap, 200.0/3)
	// Speakers: Q1 same canonical entity (Jo Doe) through another mention;
	// Q2 Ann Lee against Jo Doe. 1 of 2.
	near(t, "speakers.agreement", m.Speakers.Agreement, 50)
	// Entities (name mentions): PERSON A {Jo Doe, Ann Lee}, B {Jo Doe}:
	// F1 2·1/3; ORG A {}, B {Ann Lee}: 0; GPE {Paris} both: 100;
	// overall A 3, B 3, matched 2: F1 2·2/6. The pending "far" counts nowhere.
	near(t, "entities.F1_exact", m.Entities.F1, 200.0/3)
	near(t, "PERSON F1", m.Entities.Labels["PERSON"].F1, 200.0/3)
	near(t, "ORG F1", m.Entities.Labels["ORG"].F1, 0)
	near(t, "GPE F1", m.Entities.Labels["GPE"].F1, 100)
	if _, ok := m.Entities.Labels["LOC"]; ok {
		t.Error("a pending LOC suggestion counted as an entity")
	}
	// Kappa over the 6 suggestions both decided: both accept Q1, Jo Doe,
	// Ann Lee, Paris (4); both reject Critics (1); A rejects, B accepts
	// Mayor (1). Q2 (B edited its parts) and "far" (pending) are out.
	// po = 5/6; pe = 4/6·5/6 + 2/6·1/6 = 22/36; κ = (30−22)/(36−22) = 8/14.
	if m.KappaItems != 6 {
		t.Errorf("kappa items %d, want 6", m.KappaItems)
	}
	near(t, "kappa", m.Kappa, 800.0/14)
	// Alpha: GPE identical (100); quotes as worked out by AlphaU on the
	// spans of the one annotated document.
	if m.Alpha["GPE"] != 100 {
		t.Errorf("alpha GPE %v, want 100", m.Alpha["GPE"])
	}
	qa := []annot.Span{span(t, article, `"We will build it."`), span(t, article, `"It is too late,"`), span(t, article, "Critics disagree.")}
	qb := []annot.Span{span(t, article, `"We will build it."`), span(t, article, "It is too late"), span(t, article, "Paris is far.")}
	want, _ := AlphaU([]Continuum{{Len: len(article), Units: [][]annot.Span{qa, qb}}, {Len: 45, Units: [][]annot.Span{nil, nil}}})
	if a, ok := m.Alpha[QuoteLabel]; !ok || math.Abs(a-100*want) > 1e-9 || a >= 100 || a <= 0 {
		t.Errorf("alpha QUOTE %v, want %v", a, 100*want)
	}
	// The shared document nobody annotated has nothing to compare.
	d := p.Documents[1].Metrics
	if d.Quotes.F1Exact != nil || d.Speakers.Agreement != nil || d.Kappa != nil || len(d.Alpha) != 0 {
		t.Errorf("empty document has figures: %+v", d)
	}
	// Per document: the annotated one carries all of the overall figures.
	near(t, "document F1_overlap", p.Documents[0].Quotes.F1Overlap, 200.0/3)
}

func TestCompareDocsOption(t *testing.T) {
	rep := Compare(twoProjects(t), Options{Docs: []annot.DocID{3}})
	if rep.Shared != 1 || len(rep.Pairs[0].Documents) != 1 || rep.Pairs[0].Documents[0].B != 7 {
		t.Fatalf("--docs 3: %+v", rep.Pairs[0].Documents)
	}
	if rep.Quotes.A != 0 {
		t.Errorf("document 1 counted although not selected: %+v", rep.Quotes)
	}
}

func TestCompareThree(t *testing.T) {
	ps := twoProjects(t)
	c := Project{Name: "C", Docs: []Doc{{ID: 4, Title: "copy", Text: article, Ann: annotatorA(t)}}}
	rep := Compare(append(ps, c), Options{})
	if len(rep.Pairs) != 3 {
		t.Fatalf("%d pairs, want 3", len(rep.Pairs))
	}
	// A–C agree fully on the one shared document.
	ac := rep.Pairs[1]
	if ac.A != "A" || ac.B != "C" {
		t.Fatalf("pair order %s–%s", ac.A, ac.B)
	}
	near(t, "A–C F1_exact", ac.Overall.Quotes.F1Exact, 100)
	near(t, "A–C speakers", ac.Overall.Speakers.Agreement, 100)
	if ac.Overall.Alpha[QuoteLabel] != 100 {
		t.Errorf("A–C alpha %v", ac.Overall.Alpha)
	}
	// Pooled: exact matches A–B 1, A–C 3, B–C 1 of 3+3, 3+3, 3+3 quotes.
	near(t, "pooled F1_exact", rep.Quotes.F1Exact, 100*2*5.0/18)
	if rep.Shared != 1 {
		t.Errorf("documents all three share: %d, want 1", rep.Shared)
	}
	if _, ok := rep.Alpha[QuoteLabel]; !ok {
		t.Error("no alpha over three annotators")
	}
}
