package agree

import (
	"sort"
	"strconv"
	"strings"

	"github.com/quotebench/quotebench/annot"
)

// Adjudication: two annotators' decisions on one document, set side by
// side item by item, for a third person to settle. An item is a quote (with
// its speaker) or a name mention: one where both agree (same quote parts,
// kind and speaker; same mention span and label), one where they differ
// (a quote or mention each, overlapping), or one only one side has.

// Item is one thing to adjudicate.
type Item struct {
	// Key names the item stably for the same two layers ("q 12-40 | 12-38").
	Key   string
	Quote bool // a quote item (else a mention)
	Agree bool // both sides have the same
	// A and B are each side's version: the quote with its speaker mention
	// and entity, or the mention with its entity; nil when the side has
	// none.
	A, B *annot.Annotations
	Pos  int // where the item starts in the text, for ordering
}

// Choice is what the adjudicator decided about an item.
type Choice string

const (
	TakeA   Choice = "a"       // A's version
	TakeB   Choice = "b"       // B's version
	Both    Choice = "both"    // both versions
	Neither Choice = "neither" // none
	Agreed  Choice = "agreed"  // an agreement, accepted (A's version, which is B's)
)

// Choices lists the choices in key order.
var Choices = []Choice{TakeA, TakeB, Both, Neither, Agreed}

// Valid reports whether c is a choice.
func (c Choice) Valid() bool {
	for _, x := range Choices {
		if c == x {
			return true
		}
	}
	return false
}

// Resolve is what a choice adds to the adjudicated layer: annotations with
// ids local to the set (nothing for Neither).
func (it Item) Resolve(c Choice) annot.Annotations {
	var out annot.Annotations
	add := func(a *annot.Annotations) {
		if a == nil {
			return
		}
		out = mergeSets(out, *a)
	}
	switch c {
	case TakeA:
		add(it.A)
	case Agreed:
		if it.A != nil {
			add(it.A)
		} else {
			add(it.B)
		}
	case TakeB:
		add(it.B)
	case Both:
		add(it.A)
		add(it.B)
	}
	return out
}

// mergeSets appends b to a, renumbering b's local ids.
func mergeSets(a, b annot.Annotations) annot.Annotations {
	eOff, mOff, qOff := annot.EntityID(len(a.Entities)), annot.MentionID(len(a.Mentions)), annot.QuoteID(len(a.Quotes))
	for _, e := range b.Entities {
		e.ID += eOff
		a.Entities = append(a.Entities, e)
	}
	for _, m := range b.Mentions {
		m.ID += mOff
		if m.Entity != 0 {
			m.Entity += eOff
		}
		a.Mentions = append(a.Mentions, m)
	}
	for _, q := range b.Quotes {
		q.ID += qOff
		if q.Speaker != 0 {
			q.Speaker += mOff
		}
		q.Parts = append([]annot.Span(nil), q.Parts...)
		a.Quotes = append(a.Quotes, q)
	}
	return a
}

// Items compares two annotators' decided annotations on the same text
// (pending and rejected annotations are not decisions and are left out),
// in text order.
func Items(text string, a, b annot.Annotations) []Item {
	da, db := &Doc{Text: text, Ann: a}, &Doc{Text: text, Ann: b}
	pa, pb := prepare(da), prepare(db)
	var items []Item
	// Quotes: the overlap matching of the agreement figures.
	pairs, onlyA, onlyB := matchQuotes(pa, pb)
	for _, p := range pairs {
		qa, qb := pa.quotes[p[0]], pb.quotes[p[1]]
		agree := quoteKey(qa) == quoteKey(qb) && qa.Kind == qb.Kind && sameSpeaker(pa, qa, pb, qb)
		items = append(items, Item{Key: "q " + partsText(qa.Parts) + " | " + partsText(qb.Parts), Quote: true, Agree: agree,
			A: quoteSet(pa, qa), B: quoteSet(pb, qb), Pos: min(qa.Extent().Start, qb.Extent().Start)})
	}
	for _, i := range onlyA {
		q := pa.quotes[i]
		items = append(items, Item{Key: "q " + partsText(q.Parts) + " |", Quote: true, A: quoteSet(pa, q), Pos: q.Extent().Start})
	}
	for _, j := range onlyB {
		q := pb.quotes[j]
		items = append(items, Item{Key: "q | " + partsText(q.Parts), Quote: true, B: quoteSet(pb, q), Pos: q.Extent().Start})
	}
	// Name mentions: the same span and label agree; overlapping ones
	// differ; the rest is one side's.
	usedB := make([]bool, len(pb.mentions))
	for _, ma := range pa.mentions {
		best := -1
		for j, mb := range pb.mentions {
			if usedB[j] || !ma.Span.Overlaps(mb.Span) {
				continue
			}
			if ma.Span == mb.Span && ma.Label == mb.Label {
				best = j
				break
			}
			if best < 0 {
				best = j
			}
		}
		if best < 0 {
			items = append(items, Item{Key: "m " + mentionText(ma) + " |", A: mentionSet(pa, ma), Pos: ma.Start})
			continue
		}
		usedB[best] = true
		mb := pb.mentions[best]
		items = append(items, Item{Key: "m " + mentionText(ma) + " | " + mentionText(mb), Agree: ma.Span == mb.Span && ma.Label == mb.Label,
			A: mentionSet(pa, ma), B: mentionSet(pb, mb), Pos: min(ma.Start, mb.Start)})
	}
	for j, mb := range pb.mentions {
		if !usedB[j] {
			items = append(items, Item{Key: "m | " + mentionText(mb), B: mentionSet(pb, mb), Pos: mb.Start})
		}
	}
	sort.SliceStable(items, func(i, j int) bool {
		if items[i].Pos != items[j].Pos {
			return items[i].Pos < items[j].Pos
		}
		return items[i].Quote && !items[j].Quote
	})
	return items
}

// matchQuotes pairs quotes one to one at 50% overlap, best first.
func matchQuotes(a, b *prepared) (pairs [][2]int, onlyA, onlyB []int) {
	type cand struct {
		i, j int
		r    float64
	}
	var cands []cand
	for i, qa := range a.quotes {
		la := partsLen(qa.Parts)
		for j, qb := range b.quotes {
			if !qa.Extent().Overlaps(qb.Extent()) {
				continue
			}
			shared := 0
			for _, x := range qa.Parts {
				for _, y := range qb.Parts {
					shared += x.Intersect(y)
				}
			}
			if r := float64(shared) / float64(max(la, partsLen(qb.Parts))); r >= 0.5 {
				cands = append(cands, cand{i, j, r})
			}
		}
	}
	sort.SliceStable(cands, func(x, y int) bool { return cands[x].r > cands[y].r })
	usedA, usedB := make([]bool, len(a.quotes)), make([]bool, len(b.quotes))
	for _, c := range cands {
		if usedA[c.i] || usedB[c.j] {
			continue
		}
		usedA[c.i], usedB[c.j] = true, true
		pairs = append(pairs, [2]int{c.i, c.j})
	}
	for i, u := range usedA {
		if !u {
			onlyA = append(onlyA, i)
		}
	}
	for j, u := range usedB {
		if !u {
			onlyB = append(onlyB, j)
		}
	}
	return pairs, onlyA, onlyB
}

func partsText(ps []annot.Span) string {
	var s []string
	for _, p := range ps {
		s = append(s, strconv.Itoa(p.Start)+"-"+strconv.Itoa(p.End))
	}
	return strings.Join(s, ",")
}

func mentionText(m annot.Mention) string {
	return strconv.Itoa(m.Start) + "-" + strconv.Itoa(m.End) + " " + string(m.Label)
}

// quoteSet is a quote with its speaker mention and that mention's entity,
// as a set with local ids 1.
func quoteSet(p *prepared, q annot.Quote) *annot.Annotations {
	out := &annot.Annotations{}
	q.ID = 1
	q.Parts = append([]annot.Span(nil), q.Parts...)
	if m := p.ann.Mention(q.Speaker); m != nil {
		mm := *m
		mm.ID, mm.Entity = 1, 0
		if e := p.ann.Entity(m.Entity); e != nil {
			ee := *e
			ee.ID = 1
			out.Entities = append(out.Entities, ee)
			mm.Entity = 1
		}
		out.Mentions = append(out.Mentions, mm)
		q.Speaker = 1
	} else {
		q.Speaker = 0
	}
	out.Quotes = append(out.Quotes, q)
	return out
}

// mentionSet is a mention with its entity, local ids 1.
func mentionSet(p *prepared, m annot.Mention) *annot.Annotations {
	out := &annot.Annotations{}
	m.ID = 1
	if e := p.ann.Entity(m.Entity); e != nil {
		ee := *e
		ee.ID = 1
		out.Entities = append(out.Entities, ee)
		m.Entity = 1
	} else {
		m.Entity = 0
	}
	out.Mentions = append(out.Mentions, m)
	return out
}
