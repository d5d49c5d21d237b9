package syntax

import (
	"github.com/quotebench/quotebench/detect/clusters"

	"unicode"
	"unicode/utf8"
)

// Features are 64-bit hashes of a template id and the values it combines,
// so extraction allocates nothing. They fall in groups by what they depend
// on, so that the tagger can keep the scores of a group instead of looking
// its features up again (tagger.go):
//   - the word itself (its own features, and the ones it gives the words
//     around it as a neighbour): kept per word;
//   - small integer values (tags, POS ids): kept in dense tables;
//   - the rest: hashed lookups per token.

func mix(a, b uint64) uint64 {
	h := a ^ (b + 0x9e3779b97f4a7c15 + a<<6 + a>>2)
	h ^= h >> 31
	h *= 0x7fb5d329728ea185
	h ^= h >> 27
	h *= 0x81dadef4bc2dd44d
	h ^= h >> 33
	return h
}

func fnv(b []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range b {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

func fnvString(s string) uint64 { return clusters.Hash(s) }

func feat(t, v uint64) uint64 { return mix(t*0x100000001b3, v) }

// Feature templates. The numbering is part of the model format.
const (
	// part of speech: the word
	pBias uint64 = iota + 1
	pL
	pSuf
	pPre
	pShape
	pFlags
	// part of speech: neighbour words
	pLm1
	pSufm1
	pShm1
	pLm2
	pLp1
	pSufp1
	pShp1
	pLp2
	// part of speech: earlier tags
	pT1
	pT2
	pT12
	pT1L
	pInit
	pW
	pLLp1
	pLm1L
	pT1Suf
	// chunks: words
	cBias
	cL
	cLm1
	cLp1
	// chunks: parts of speech around
	cP0
	cPm1
	cPp1
	cPm2
	cPp2
	cPm1P0
	cP0Pp1
	cLP0
	cPm1P0Pp1
	cPm2Pm1P0
	cP0Pp1Pp2
	// chunks: earlier chunk tags
	cC1
	cC2C1
	cC1P0
	cLm2
	cLp2
	cC1L
	pClu
	pCluM1
	pCluP1
	cClu
	// part of speech, second pass: the first pass's tags of the token
	// (q0) and of the two after it (r1, r2)
	pR1
	pR2
	pR12
	pT1R1
	pQ0
	pQ0R1
	pLR1
)

// word is what the features need of one token.
type word struct {
	w     uint64    // the word as written
	l     uint64    // lower case, digits as 0
	suf   [5]uint64 // lower-case suffixes of 1..5 bytes (0: word too short)
	pre   [4]uint64 // lower-case prefixes of 1..4 bytes
	shape uint64    // runs of X, x, d and other characters collapsed
	clu   uint32    // word cluster code (Clusters), 0 for none
	flags uint64    // bit 0 capitalised, 1 all capitals, 2 digit, 3 hyphen, 4 period
}

const (
	flagCap = 1 << iota
	flagUpper
	flagDigit
	flagHyphen
	flagPeriod
)

// analyse fills the word info of w; low and shp are scratch buffers.
func analyse(w string, low, shp []byte) (word, []byte, []byte) {
	var x word
	low, shp = low[:0], shp[:0]
	var last byte
	letters, uppers := 0, 0
	for i := 0; i < len(w); {
		r := rune(w[i])
		n := 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(w[i:])
		}
		var sc byte
		switch {
		case 'a' <= r && r <= 'z':
			sc = 'x'
			low = append(low, byte(r))
		case 'A' <= r && r <= 'Z':
			sc = 'X'
			low = append(low, byte(r+32))
		case '0' <= r && r <= '9':
			sc = 'd'
			low = append(low, '0')
			x.flags |= flagDigit
		case r < utf8.RuneSelf:
			sc = byte(r)
			low = append(low, byte(r))
			switch r {
			case '-':
				x.flags |= flagHyphen
			case '.':
				x.flags |= flagPeriod
			}
		case unicode.IsUpper(r):
			sc = 'X'
			low = utf8.AppendRune(low, unicode.ToLower(r))
		case unicode.IsLetter(r) || unicode.Is(unicode.Mn, r):
			sc = 'x'
			low = utf8.AppendRune(low, r)
		case unicode.IsDigit(r):
			sc = 'd'
			low = append(low, '0')
			x.flags |= flagDigit
		default:
			sc = 'o'
			low = utf8.AppendRune(low, r)
		}
		if i == 0 && sc == 'X' {
			x.flags |= flagCap
		}
		if sc == 'X' || sc == 'x' {
			letters++
			if sc == 'X' {
				uppers++
			}
		}
		if sc != last {
			shp = append(shp, sc)
			last = sc
		}
		i += n
	}
	if letters > 1 && uppers == letters {
		x.flags |= flagUpper
	}
	x.w = fnvString(w)
	x.l = fnv(low)
	x.shape = fnv(shp)
	for k := 1; k <= len(x.suf); k++ {
		if len(low) > k {
			x.suf[k-1] = fnv(low[len(low)-k:])
		}
	}
	for k := 1; k <= len(x.pre); k++ {
		if len(low) > k+1 {
			x.pre[k-1] = fnv(low[:k])
		}
	}
	return x, low, shp
}

// The neighbour slots: the word before, two before, after, two after.
const (
	slotM1 = iota
	slotM2
	slotP1
	slotP2
	nSlots
)

// Stand-ins for the words beyond the sentence's edges, by slot.
var edgeWords = [nSlots]word{
	{l: fnvString("<s>"), shape: fnvString("<s>")},
	{l: fnvString("<s2>"), shape: fnvString("<s2>")},
	{l: fnvString("</s>"), shape: fnvString("</s>")},
	{l: fnvString("</s2>"), shape: fnvString("</s2>")},
}

// posOwn appends the part-of-speech features of a word by itself.
func posOwn(w *word, buf []uint64) []uint64 {
	buf = append(buf, feat(pBias, 0), feat(pL, w.l), feat(pShape, w.shape), feat(pFlags, w.flags), feat(pW, w.w))
	for k, h := range w.suf {
		if h != 0 {
			buf = append(buf, feat(pSuf, mix(h, uint64(k))))
		}
	}
	for k, h := range w.pre {
		if h != 0 {
			buf = append(buf, feat(pPre, mix(h, uint64(k))))
		}
	}
	if w.clu != 0 {
		for _, k := range [...]int{4, 8, 12, 20} {
			buf = append(buf, feat(pClu, cluPrefix(w.clu, k)))
		}
	}
	return buf
}

// posNeighbour appends the part-of-speech features a word gives the token
// whose neighbour it is in slot s.
func posNeighbour(w *word, s int, buf []uint64) []uint64 {
	switch s {
	case slotM1:
		return append(buf, feat(pLm1, w.l), feat(pSufm1, w.suf[2]), feat(pShm1, mix(w.shape, w.flags)), feat(pCluM1, cluPrefix(w.clu, 8)))
	case slotM2:
		return append(buf, feat(pLm2, w.l))
	case slotP1:
		return append(buf, feat(pLp1, w.l), feat(pSufp1, w.suf[2]), feat(pShp1, mix(w.shape, w.flags)), feat(pCluP1, cluPrefix(w.clu, 8)))
	default:
		return append(buf, feat(pLp2, w.l))
	}
}

// posHashed appends the part-of-speech features of a word with the tag
// before it, t1 (nPOS for none, exactly at the sentence's start: i == 0),
// looked up one by one.
func posHashed(w *word, i int, t1 uint64, buf []uint64) []uint64 {
	buf = append(buf, feat(pT1L, mix(w.l, t1)))
	if i == 0 {
		buf = append(buf, feat(pInit, mix(w.shape, w.flags)))
	}
	return buf
}

// posBigrams are the features of the word with the word before and the
// word after, looked up per token.
func posBigrams(w, m1, p1 *word) [2]uint64 {
	return [2]uint64{feat(pLm1L, mix(m1.l, w.l)), feat(pLLp1, mix(w.l, p1.l))}
}

// posDense are the features of the earlier tags alone.
func posDense(t1, t2 uint64, n uint64, buf []uint64) []uint64 {
	return append(buf, feat(pT1, t1), feat(pT2, t2), feat(pT12, t1*(n+1)+t2))
}

// posRightDense are the second pass's features of the first pass's tags
// alone: r1, r2 of the tokens after (nPOS beyond the end), t1 the second
// pass's tag before, q0 the first pass's tag of the token.
func posRightDense(r1, r2, n1 uint64, buf []uint64) []uint64 {
	return append(buf, feat(pR1, r1), feat(pR2, r2), feat(pR12, r1*n1+r2))
}

func posLeftRightDense(t1, r1, n1 uint64, buf []uint64) []uint64 {
	return append(buf, feat(pT1R1, t1*n1+r1))
}

func posOwnRightDense(q0, r1, n1 uint64, buf []uint64) []uint64 {
	return append(buf, feat(pQ0, q0), feat(pQ0R1, q0*n1+r1))
}

// posRightHashed are the second pass's hashed features of the first
// pass's tags.
func posRightHashed(w *word, r1 uint64, buf []uint64) []uint64 {
	return append(buf, feat(pLR1, mix(w.l, r1)))
}

// tagAt is the tag of token j, or none (nPOS) beyond the sentence.
func tagAt(tags []uint8, j, nPOS int) uint64 {
	if j < 0 || j >= len(tags) {
		return uint64(nPOS)
	}
	return uint64(tags[j])
}

// pos2Features appends every feature of the second part-of-speech pass:
// those of the first pass (posFeatures) and those of first's tags.
func pos2Features(ws []word, tags, first []uint8, i int, nPOS int, buf []uint64) []uint64 {
	buf = posFeatures(ws, tags, i, nPOS, buf)
	n1 := uint64(nPOS + 1)
	r1, r2 := tagAt(first, i+1, nPOS), tagAt(first, i+2, nPOS)
	buf = posRightDense(r1, r2, n1, buf)
	buf = posLeftRightDense(tagAt(tags, i-1, nPOS), r1, n1, buf)
	buf = posOwnRightDense(tagAt(first, i, nPOS), r1, n1, buf)
	return posRightHashed(&ws[i], r1, buf)
}

// posFeatures appends every part-of-speech feature of token i of the
// sentence ws, given the tags before it (training uses this; the tagger
// sums the same groups from its caches).
func posFeatures(ws []word, tags []uint8, i int, nPOS int, buf []uint64) []uint64 {
	buf = posOwn(&ws[i], buf)
	for s := 0; s < nSlots; s++ {
		buf = posNeighbour(neighbour(ws, i, s), s, buf)
	}
	t1, t2 := uint64(nPOS), uint64(nPOS)
	if i >= 1 {
		t1 = uint64(tags[i-1])
		if i >= 2 {
			t2 = uint64(tags[i-2])
		}
	}
	buf = posDense(t1, t2, uint64(nPOS), buf)
	bi := posBigrams(&ws[i], neighbour(ws, i, slotM1), neighbour(ws, i, slotP1))
	return posHashed(&ws[i], i, t1, append(buf, bi[:]...))
}

func neighbour(ws []word, i, s int) *word {
	j := i + [nSlots]int{-1, -2, 1, 2}[s]
	if j < 0 || j >= len(ws) {
		return &edgeWords[s]
	}
	return &ws[j]
}

// chunkOwn and chunkNeighbour are the chunk features of words.
func chunkOwn(w *word, buf []uint64) []uint64 {
	buf = append(buf, feat(cBias, 0), feat(cL, w.l))
	if w.clu != 0 {
		buf = append(buf, feat(cClu, cluPrefix(w.clu, 6)), feat(cClu, cluPrefix(w.clu, 12)))
	}
	return buf
}

func chunkNeighbour(w *word, s int, buf []uint64) []uint64 {
	switch s {
	case slotM1:
		return append(buf, feat(cLm1, w.l))
	case slotP1:
		return append(buf, feat(cLp1, w.l))
	case slotM2:
		return append(buf, feat(cLm2, w.l))
	default:
		return append(buf, feat(cLp2, w.l))
	}
}

// posAt returns the POS id of token j, or the edge ids nPOS (before) and
// nPOS+1 (after).
func posAt(pos []uint8, j, nPOS int) uint64 {
	switch {
	case j < 0:
		return uint64(nPOS)
	case j >= len(pos):
		return uint64(nPOS + 1)
	}
	return uint64(pos[j])
}

// chunkPOSDense are the features of single POS ids and pairs, each in a
// dense table with nPOS+2 values (pairs: (nPOS+2)²).
func chunkPOSDense(pm2, pm1, p0, pp1, pp2, n2 uint64, buf []uint64) []uint64 {
	return append(buf, feat(cP0, p0), feat(cPm1, pm1), feat(cPp1, pp1), feat(cPm2, pm2), feat(cPp2, pp2),
		feat(cPm1P0, pm1*n2+p0), feat(cP0Pp1, p0*n2+pp1))
}

func chunkPOSHashed(w *word, c1, pm2, pm1, p0, pp1, pp2 uint64, buf []uint64) []uint64 {
	buf = chunkWordTags(w, c1, p0, buf)
	t3 := chunkTrigrams(pm2, pm1, p0, pp1, pp2)
	return append(buf, t3[:]...)
}

// chunkWordTags are the chunk features of the word with the chunk tag
// before it and its own POS (the tagger keeps their sum per word and pair).
func chunkWordTags(w *word, c1, p0 uint64, buf []uint64) []uint64 {
	return append(buf, feat(cC1L, mix(w.l, c1)), feat(cLP0, mix(w.l, p0)))
}

// chunkTrigrams are the features of the three POS trigrams around a token
// (the tagger keeps their rows per trigram).
func chunkTrigrams(pm2, pm1, p0, pp1, pp2 uint64) [3]uint64 {
	return [3]uint64{feat(cPm1P0Pp1, pm1<<16|p0<<8|pp1), feat(cPm2Pm1P0, pm2<<16|pm1<<8|p0), feat(cP0Pp1Pp2, p0<<16|pp1<<8|pp2)}
}

// chunkDyn are the features of the earlier chunk tags (nChunk for none).
func chunkDyn(c2, c1, p0, nC, n2 uint64, buf []uint64) []uint64 {
	return append(buf, feat(cC1, c1), feat(cC2C1, c2*(nC+1)+c1), feat(cC1P0, c1*n2+p0))
}

// chunkFeatures appends every chunk feature of token i.
func chunkFeatures(ws []word, pos, chunks []uint8, i, nPOS, nChunk int, buf []uint64) []uint64 {
	buf = chunkOwn(&ws[i], buf)
	for s := 0; s < nSlots; s++ {
		buf = chunkNeighbour(neighbour(ws, i, s), s, buf)
	}
	n2 := uint64(nPOS + 2)
	pm2, pm1, p0 := posAt(pos, i-2, nPOS), posAt(pos, i-1, nPOS), posAt(pos, i, nPOS)
	pp1, pp2 := posAt(pos, i+1, nPOS), posAt(pos, i+2, nPOS)
	buf = chunkPOSDense(pm2, pm1, p0, pp1, pp2, n2, buf)
	c1, c2 := uint64(nChunk), uint64(nChunk)
	if i >= 1 {
		c1 = uint64(chunks[i-1])
		if i >= 2 {
			c2 = uint64(chunks[i-2])
		}
	}
	buf = chunkPOSHashed(&ws[i], c1, pm2, pm1, p0, pp1, pp2, buf)
	return chunkDyn(c2, c1, p0, uint64(nChunk), n2, buf)
}

// normWord maps typographic quotes, apostrophes, dashes and the ellipsis
// to the ASCII forms of the training data.
func normWord(w string) string {
	ascii := true
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return w
	}
	var b []byte
	dash := true
	for _, r := range w {
		switch r {
		case '“', '”', '„', '‟', '«', '»', '″':
			b = append(b, '"')
			dash = false
		case '‘', '’', '‚', '‛', '′':
			b = append(b, '\'')
			dash = false
		case '–', '—', '―', '‐', '‑', '−':
			b = append(b, '-')
		case '…':
			b = append(b, "..."...)
			dash = false
		default:
			b = utf8.AppendRune(b, r)
			dash = false
		}
	}
	if dash && len(b) > 1 {
		return "-"
	}
	return string(b)
}
