package ner

// The tagger works with four internal entity types, as in CoNLL-2003, and
// BILOU tags over them. MISC is learnt (it keeps nationalities and events out
// of the other types) but never output.

type etype uint8

const (
	tPER etype = iota
	tORG
	tLOC
	tMISC
	nTypes
)

var typeNames = [nTypes]string{"PER", "ORG", "LOC", "MISC"}

// Positions inside an entity.
const (
	posB = iota
	posI
	posL
	posU
)

// tag 0 is O; an entity tag is 1 + 4*type + position.
type tag uint8

const (
	tagO  tag = 0
	nTags     = 1 + 4*int(nTypes)
	start     = nTags // the "previous tag" before a sentence
)

func mkTag(t etype, pos int) tag { return tag(1 + 4*int(t) + pos) }

func (g tag) typ() etype { return etype((g - 1) / 4) }
func (g tag) pos() int   { return int(g-1) % 4 }

// allowed reports whether tag b may follow tag a (a may be start), and
// whether a may end a sentence (b == start).
func allowed(a, b int) bool {
	aIn := a != start && a != int(tagO) && (tag(a).pos() == posB || tag(a).pos() == posI)
	if b == start {
		return !aIn
	}
	if b == int(tagO) {
		return !aIn
	}
	bt := tag(b)
	switch bt.pos() {
	case posB, posU:
		return !aIn
	default: // I, L continue an entity of the same type
		return aIn && tag(a).typ() == bt.typ()
	}
}

// span is an entity over tokens [start, end) of one type.
type span struct {
	start, end int
	typ        etype
}

// spansToTags writes BILOU tags for spans over n tokens.
func spansToTags(spans []span, n int) []tag {
	tags := make([]tag, n)
	for _, s := range spans {
		if s.end-s.start == 1 {
			tags[s.start] = mkTag(s.typ, posU)
			continue
		}
		tags[s.start] = mkTag(s.typ, posB)
		for i := s.start + 1; i < s.end-1; i++ {
			tags[i] = mkTag(s.typ, posI)
		}
		tags[s.end-1] = mkTag(s.typ, posL)
	}
	return tags
}

// tagsToSpans reads spans from a valid BILOU sequence; it tolerates invalid
// ones by closing an open entity at any tag that does not continue it.
func tagsToSpans(tags []tag, out []span) []span {
	open := -1
	var ot etype
	for i, g := range tags {
		if open >= 0 && (g == tagO || g.typ() != ot || g.pos() == posB || g.pos() == posU) {
			out = append(out, span{open, i, ot})
			open = -1
		}
		if g == tagO {
			continue
		}
		switch g.pos() {
		case posU:
			out = append(out, span{i, i + 1, g.typ()})
		case posB:
			open, ot = i, g.typ()
		case posI, posL:
			if open < 0 {
				open, ot = i, g.typ()
			}
			if g.pos() == posL {
				out = append(out, span{open, i + 1, ot})
				open = -1
			}
		}
	}
	if open >= 0 {
		out = append(out, span{open, len(tags), ot})
	}
	return out
}
