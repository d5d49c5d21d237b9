package syntax

// The per-word scores of the taggers' word features (entry.pos, entry.ch)
// are made in batches per sentence: all keys first, then their rows, then
// the sums, so that the lookups' memory reads overlap (model.addAll).

// fillWords makes the first POS pass's and the chunker's word scores of
// the sentence's new words (lookup leaves them empty), all keys first,
// then their rows, then the sums, so that the lookups' memory reads
// overlap (model.addAll).
func (t *Tagger) fillWords(x *scratch) {
	x.need = x.need[:0]
	for _, e := range x.ents {
		if e.pos[0] == nil {
			e.pos[0] = &e.p1
			x.need = append(x.need, e)
		}
	}
	if len(x.need) == 0 {
		return
	}
	x.groups = x.groups[:0]
	for _, e := range x.need {
		for g := 0; g <= nSlots; g++ {
			x.groups = append(x.groups, group{e, g})
		}
	}
	t.wordPOS(x, 0, x.groups)
	x.keys, x.ends = x.keys[:0], x.ends[:0]
	for _, e := range x.need {
		x.keys = chunkOwn(&e.w, x.keys)
		x.ends = append(x.ends, len(x.keys))
		for s := 0; s < nSlots; s++ {
			x.keys = chunkNeighbour(&e.w, s, x.keys)
			x.ends = append(x.ends, len(x.keys))
		}
	}
	x.rows = t.chunk.rows(x.keys, x.rows[:0])
	lo := 0
	for i, hi := range x.ends {
		v := &x.need[i/(1+nSlots)].ch[i%(1+nSlots)]
		for _, r := range x.rows[lo:hi] {
			t.chunk.addRow(r, v[:])
		}
		lo = hi
	}
}

// group is one of a word's groups of POS features: 0 its own, 1+s those
// it gives the token whose neighbour it is in slot s.
type group struct {
	e *entry
	g int
}

// wordPOS adds the scores of the word feature groups gs in POS pass k to
// their e.pos[k][g] (made zero by the caller), all keys first, then their
// rows, then the sums (the lookups' memory reads overlap).
func (t *Tagger) wordPOS(x *scratch, k int, gs []group) {
	x.keys, x.ends = x.keys[:0], x.ends[:0]
	for _, q := range gs {
		if q.g == 0 {
			x.keys = posOwn(&q.e.w, x.keys)
		} else {
			x.keys = posNeighbour(&q.e.w, q.g-1, x.keys)
		}
		x.ends = append(x.ends, len(x.keys))
	}
	m := t.pos[k]
	x.rows = m.rows(x.keys, x.rows[:0])
	lo := 0
	for i, hi := range x.ends {
		v := &gs[i].e.pos[k][gs[i].g]
		for _, r := range x.rows[lo:hi] {
			m.addRow(r, v[:])
		}
		lo = hi
	}
}

// bigramRows looks up the rows of the word-pair features (posBigrams) of
// the tokens that POS pass k scores, before any is added.
func (t *Tagger) bigramRows(x *scratch, k int) {
	n := len(x.ents)
	x.keys = x.keys[:0]
	for i, e := range x.ents {
		m1, p1 := &edgeWords[slotM1], &edgeWords[slotP1]
		if i > 0 {
			m1 = &x.ents[i-1].w
		}
		if i+1 < n {
			p1 = &x.ents[i+1].w
		}
		bi := posBigrams(&e.w, m1, p1)
		x.keys = append(x.keys, bi[:]...)
	}
	if k == 0 {
		x.bi = t.pos[0].rows(x.keys, x.bi[:0])
		return
	}
	x.bi = x.bi[:0]
	for i := range x.ents {
		if x.margin[i] >= t.sure {
			x.bi = append(x.bi, -1, -1)
		} else {
			x.bi = t.pos[1].rows(x.keys[2*i:2*i+2], x.bi)
		}
	}
}

// fillSecond makes the second pass's word scores that the tokens it
// scores need and that are not made yet: a token's own group and, for
// each neighbour, the group of its slot (most tokens keep the first
// pass's tag, so most words need few or none).
func (t *Tagger) fillSecond(x *scratch) {
	n := len(x.ents)
	x.groups = x.groups[:0]
	need := func(e *entry, g int) {
		if e.sec&(1<<g) != 0 {
			return
		}
		if e.pos[1] == nil {
			e.pos[1] = new([1 + nSlots]pvec)
		}
		e.sec |= 1 << g
		x.groups = append(x.groups, group{e, g})
	}
	for i, e := range x.ents {
		if x.margin[i] >= t.sure {
			continue
		}
		need(e, 0)
		for s, off := range slotOffset {
			if j := i + off; j >= 0 && j < n {
				need(x.ents[j], 1+s)
			}
		}
	}
	if len(x.groups) > 0 {
		t.wordPOS(x, 1, x.groups)
	}
}
