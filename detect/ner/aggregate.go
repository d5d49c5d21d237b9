package ner

import "slices"

// Context aggregation (Ratinov & Roth 2009): a capitalised word that occurs
// twice or more in a document gets, at every occurrence, the words within
// two tokens of all its occurrences as features, so that a name's clear
// contexts ("the chief executive of X", "X Corp.") help where it stands
// alone, and a headline in capitals borrows the contexts of the body.

// Aggregate turns context aggregation on (cmd/nertrain's -aggregate; a
// model trained without it has no weights for its features). It is off:
// on the tune protocol (README "Protocol") it gained within noise on fold 1
// (mean of seeds 1-3: alone 89.08 against 88.89; on top of the
// capitalisation classes 89.63 against 89.06) and lost on fold 2 on top of
// them (92.01 against 92.48); on the hand-annotated 2016 news the README
// describes it lost 1.9 points alone (a word's aggregated contexts are the
// same at all its occurrences, so one wrong reading spreads over the
// document: one article lost a person's given name at every occurrence).
var Aggregate = false

// aggMaxKeys bounds the aggregated features of one word in a document.
const aggMaxKeys = 48

// aggregate sets p.aggOf, p.aggSpan and p.aggKeys: token i's aggregated
// feature keys are p.aggKeys[p.aggSpan[e][0]:p.aggSpan[e][1]] with
// e = p.aggOf[i] (-1: none).
func (x *scratch) aggregate(p *prepDoc) {
	n := len(p.ti)
	p.aggOf = slices.Grow(p.aggOf[:0], n)[:n]
	p.aggKeys, p.aggSpan = p.aggKeys[:0], p.aggSpan[:0]
	for i := range p.aggOf {
		p.aggOf[i] = -1
	}
	if !Aggregate {
		return
	}
	if x.aggN == nil {
		x.aggN = map[uint64]int32{}
	}
	clear(x.aggN)
	for i := range p.ti {
		if p.ti[i].cap {
			x.aggN[p.ti[i].l]++
		}
	}
	x.aggTok = x.aggTok[:0]
	x.sentOf = slices.Grow(x.sentOf[:0], n)[:n]
	for si, s := range p.sents {
		for i := s[0]; i < s[1]; i++ {
			x.sentOf[i] = int32(si)
			if p.ti[i].cap && x.aggN[p.ti[i].l] >= 2 {
				x.aggTok = append(x.aggTok, int32(i))
			}
		}
	}
	// Occurrences of one word together, in text order.
	slices.SortFunc(x.aggTok, func(a, b int32) int {
		la, lb := p.ti[a].l, p.ti[b].l
		switch {
		case la < lb:
			return -1
		case la > lb:
			return 1
		}
		return int(a - b)
	})
	for g := 0; g < len(x.aggTok); {
		l := p.ti[x.aggTok[g]].l
		h := g
		for h < len(x.aggTok) && p.ti[x.aggTok[h]].l == l {
			h++
		}
		k0 := len(p.aggKeys)
		for _, i := range x.aggTok[g:h] {
			s := p.sents[x.sentOf[i]]
			for off := -2; off <= 2; off++ {
				if off == 0 {
					continue
				}
				j := int(i) + off
				var nl uint64
				switch {
				case j < s[0]:
					nl = bosHash[-off-1]
				case j >= s[1]:
					nl = eosHash[off-1]
				default:
					nl = p.ti[j].l
				}
				key := feat(fAgg, mix(uint64(off+2), nl))
				if len(p.aggKeys)-k0 < aggMaxKeys && !slices.Contains(p.aggKeys[k0:], key) {
					p.aggKeys = append(p.aggKeys, key)
				}
			}
		}
		e := int32(len(p.aggSpan))
		p.aggSpan = append(p.aggSpan, [2]int32{int32(k0), int32(len(p.aggKeys))})
		for _, i := range x.aggTok[g:h] {
			p.aggOf[i] = e
		}
		g = h
	}
}

// aggKeysOf returns token i's aggregated feature keys.
func (p *prepDoc) aggKeysOf(i int) []uint64 {
	if i >= len(p.aggOf) || p.aggOf[i] < 0 {
		return nil
	}
	sp := p.aggSpan[p.aggOf[i]]
	return p.aggKeys[sp[0]:sp[1]]
}
