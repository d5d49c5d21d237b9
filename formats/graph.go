package formats

import (
	"fmt"
	"slices"

	"github.com/quotebench/quotebench/annot"
)

// The span-and-relation formats (brat, spaCy, Label Studio, doccano) all see
// a document as labelled regions joined by typed relations. Graph is that
// view, shared so that the four agree on how quotes, cues, speakers, split
// quotes and entity clusters are spelled.
//
//	region label   QUOTE (a quote or one part of a split quote), CUE, or the mention's label
//	SAID_BY        quote → speaker mention
//	HAS_CUE        quote → cue
//	CONTINUES      part → next part of the same split quote
//	COREF          mention → the first mention of its entity
const (
	LabelQuote   = "QUOTE"
	LabelCue     = "CUE"
	RelSaidBy    = "SAID_BY"
	RelHasCue    = "HAS_CUE"
	RelContinues = "CONTINUES"
	RelCoref     = "COREF"
)

// KnownRelation reports whether t is one of the relation types above;
// importers skip relations of other types (MemberOf, ...).
func KnownRelation(t string) bool {
	switch t {
	case RelSaidBy, RelHasCue, RelContinues, RelCoref:
		return true
	}
	return false
}

// Region is one labelled span (or several fragments, for brat).
type Region struct {
	Parts        []annot.Span
	Label        string
	Kind         annot.Kind        // quotes
	Type         annot.MentionType // mentions; "" or name for names
	Name         string            // entity name, on the first mention of an entity
	Unattributed bool              // quotes
}

// Span is the region's extent.
func (r Region) Span() annot.Span { return annot.Quote{Parts: r.Parts}.Extent() }

// Relation joins two regions by index.
type Relation struct {
	From, To int
	Type     string
}

// Graph is a document's annotations as regions and relations.
type Graph struct {
	Regions   []Region
	Relations []Relation
}

// Flatten turns annotations into a graph. With split, each part of a split
// quote is a region of its own and CONTINUES links them; otherwise a quote
// is one region with several parts. Regions come in text order; entity
// names are set when names is true.
func Flatten(a annot.Annotations, split, names bool) Graph {
	var g Graph
	type ref struct {
		kind byte // 'm', 'q', 'c'
		i    int  // index in a.Mentions / a.Quotes
		part int
	}
	var refs []ref
	var regs []Region
	for i, m := range a.Mentions {
		t := m.Type
		if t == annot.MentionName {
			t = ""
		}
		refs = append(refs, ref{'m', i, 0})
		regs = append(regs, Region{Parts: []annot.Span{m.Span}, Label: string(m.Label), Type: t})
	}
	cues := map[annot.Span]int{} // cue span → index in refs
	for i, q := range a.Quotes {
		parts := slices.Clone(q.Parts)
		slices.SortFunc(parts, func(x, y annot.Span) int { return x.Start - y.Start })
		if split {
			for p, sp := range parts {
				refs = append(refs, ref{'q', i, p})
				regs = append(regs, Region{Parts: []annot.Span{sp}, Label: LabelQuote, Kind: q.Kind, Unattributed: q.Unattributed})
			}
		} else {
			refs = append(refs, ref{'q', i, 0})
			regs = append(regs, Region{Parts: parts, Label: LabelQuote, Kind: q.Kind, Unattributed: q.Unattributed})
		}
		if !q.Cue.Empty() {
			if _, ok := cues[q.Cue]; !ok {
				cues[q.Cue] = len(refs)
				refs = append(refs, ref{'c', i, 0})
				regs = append(regs, Region{Parts: []annot.Span{q.Cue}, Label: LabelCue})
			}
		}
	}
	// text order: by start, longer first, then label
	order := make([]int, len(regs))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(x, y int) int {
		a, b := regs[x].Span(), regs[y].Span()
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		if a.End != b.End {
			return b.End - a.End
		}
		if regs[x].Label != regs[y].Label {
			if regs[x].Label < regs[y].Label {
				return -1
			}
			return 1
		}
		return 0
	})
	pos := make([]int, len(regs)) // old index → new index
	for n, o := range order {
		pos[o] = n
		g.Regions = append(g.Regions, regs[o])
	}
	mention := map[annot.MentionID]int{}
	quote := map[int][]int{} // quote index → region per part
	for o, r := range refs {
		switch r.kind {
		case 'm':
			mention[a.Mentions[r.i].ID] = pos[o]
		case 'q':
			quote[r.i] = append(quote[r.i], pos[o])
		}
	}
	// entity clusters and names
	first := map[annot.EntityID]int{}
	for _, n := range order {
		r := refs[n]
		if r.kind != 'm' || a.Mentions[r.i].Entity == 0 {
			continue
		}
		m := a.Mentions[r.i]
		e := a.Entity(m.Entity)
		if e == nil {
			continue
		}
		if f, ok := first[m.Entity]; ok {
			g.Relations = append(g.Relations, Relation{pos[n], f, RelCoref})
			continue
		}
		first[m.Entity] = pos[n]
		if names {
			g.Regions[pos[n]].Name = e.Name
		}
	}
	for i, q := range a.Quotes {
		rs := quote[i]
		head := rs[0]
		for k := 1; k < len(rs); k++ {
			g.Relations = append(g.Relations, Relation{rs[k-1], rs[k], RelContinues})
		}
		if s, ok := mention[q.Speaker]; ok {
			g.Relations = append(g.Relations, Relation{head, s, RelSaidBy})
		}
		if !q.Cue.Empty() {
			g.Relations = append(g.Relations, Relation{head, pos[cues[q.Cue]], RelHasCue})
		}
	}
	slices.SortStableFunc(g.Relations, func(x, y Relation) int {
		if x.From != y.From {
			return x.From - y.From
		}
		return x.To - y.To
	})
	return g
}

// Unflatten turns a graph back into annotations on text (code points). It
// reports dangling or ill-typed relations. Entities are the COREF clusters
// and every mention carrying a name; an entity's name is the name found on
// its mentions, else the text of its first mention.
func Unflatten(g Graph, text []rune) (annot.Annotations, error) {
	var a annot.Annotations
	n := len(g.Regions)
	isQuote := func(i int) bool { return g.Regions[i].Label == LabelQuote }
	isCue := func(i int) bool { return g.Regions[i].Label == LabelCue }
	isMention := func(i int) bool { return !isQuote(i) && !isCue(i) }
	next := make([]int, n)
	prev := make([]int, n)
	for i := range next {
		next[i], prev[i] = -1, -1
	}
	speaker := map[int]int{}
	cue := map[int]int{}
	parent := make([]int, n) // union-find over mentions
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	for _, r := range g.Relations {
		if r.From < 0 || r.From >= n || r.To < 0 || r.To >= n {
			return a, fmt.Errorf("%w: %s relation points at a missing region", annot.ErrInvalid, r.Type)
		}
		bad := func(want string) error {
			return fmt.Errorf("%w: %s relation must go %s, goes %s → %s", annot.ErrInvalid, r.Type, want, g.Regions[r.From].Label, g.Regions[r.To].Label)
		}
		switch r.Type {
		case RelSaidBy:
			if !isQuote(r.From) || !isMention(r.To) {
				return a, bad("from a quote to a mention")
			}
			if s, dup := speaker[r.From]; dup && s != r.To {
				return a, fmt.Errorf("%w: quote at %v has two speakers", annot.ErrInvalid, g.Regions[r.From].Span())
			}
			speaker[r.From] = r.To
		case RelHasCue:
			if !isQuote(r.From) || !isCue(r.To) {
				return a, bad("from a quote to a cue")
			}
			if c, dup := cue[r.From]; dup && c != r.To {
				return a, fmt.Errorf("%w: quote at %v has two cues", annot.ErrInvalid, g.Regions[r.From].Span())
			}
			cue[r.From] = r.To
		case RelContinues:
			if !isQuote(r.From) || !isQuote(r.To) {
				return a, bad("from a quote part to a quote part")
			}
			if next[r.From] != -1 || prev[r.To] != -1 || r.From == r.To {
				return a, fmt.Errorf("%w: quote part at %v continues twice", annot.ErrInvalid, g.Regions[r.From].Span())
			}
			next[r.From], prev[r.To] = r.To, r.From
		case RelCoref:
			if !isMention(r.From) || !isMention(r.To) {
				return a, bad("between mentions")
			}
			parent[find(r.From)] = find(r.To)
		default:
			return a, fmt.Errorf("%w: unknown relation type %q", annot.ErrInvalid, r.Type)
		}
	}
	mid := map[int]annot.MentionID{}
	for i, r := range g.Regions {
		if !isMention(i) {
			continue
		}
		if len(r.Parts) != 1 {
			return a, fmt.Errorf("%w: mention %q has %d fragments", annot.ErrInvalid, r.Label, len(r.Parts))
		}
		t := r.Type
		if t == "" {
			t = annot.MentionName
		}
		switch t {
		case annot.MentionName, annot.MentionNominal, annot.MentionPronoun:
		default:
			return a, fmt.Errorf("%w: unknown mention type %q", annot.ErrInvalid, t)
		}
		mid[i] = annot.MentionID(len(a.Mentions) + 1)
		a.Mentions = append(a.Mentions, annot.Mention{ID: mid[i], Span: r.Parts[0], Label: annot.Label(r.Label), Type: t})
	}
	// entities: clusters of two or more, or any mention with a name
	size := map[int]int{}
	named := map[int]string{}
	for i, r := range g.Regions {
		if isMention(i) {
			root := find(i)
			size[root]++
			if r.Name != "" && named[root] == "" {
				named[root] = r.Name
			}
		}
	}
	eid := map[int]annot.EntityID{}
	visited := 0
	for i := range g.Regions { // regions are in text order: the first member names the entity
		if !isMention(i) {
			continue
		}
		root := find(i)
		if size[root] < 2 && named[root] == "" {
			continue
		}
		id, ok := eid[root]
		if !ok {
			id = annot.EntityID(len(a.Entities) + 1)
			eid[root] = id
			name := named[root]
			if name == "" {
				name = annot.SpanText(text, g.Regions[i].Parts[0])
			}
			a.Entities = append(a.Entities, annot.Entity{ID: id, Name: name, Label: annot.Label(g.Regions[i].Label)})
		}
		a.Mentions[mid[i]-1].Entity = id
	}
	for i, r := range g.Regions {
		if !isQuote(i) || prev[i] != -1 {
			continue
		}
		q := annot.Quote{ID: annot.QuoteID(len(a.Quotes) + 1), Kind: r.Kind, Unattributed: r.Unattributed}
		if q.Kind == "" {
			q.Kind = guessKind(text, r.Span())
		}
		for j := i; j != -1; j = next[j] {
			visited++
			q.Parts = append(q.Parts, g.Regions[j].Parts...)
			if s, ok := speaker[j]; ok {
				q.Speaker = mid[s]
			}
			if c, ok := cue[j]; ok {
				q.Cue = g.Regions[c].Span()
			}
		}
		a.Quotes = append(a.Quotes, q)
	}
	parts := 0
	for i := range g.Regions {
		if isQuote(i) {
			parts++
		}
	}
	if visited != parts {
		return a, fmt.Errorf("%w: quote parts continue in a circle", annot.ErrInvalid)
	}
	if err := a.Validate(len(text)); err != nil {
		return a, err
	}
	return a, nil
}

// guessKind names the kind of a quote whose file gives none: direct when it
// opens with a quotation mark, else indirect.
func guessKind(text []rune, s annot.Span) annot.Kind {
	if s.Start >= 0 && s.Start < len(text) {
		switch text[s.Start] {
		case '"', '“', '„', '«', '»', '‘', '\'', '「', '『', '‹', '›', '”':
			return annot.KindDirect
		}
	}
	return annot.KindIndirect
}
