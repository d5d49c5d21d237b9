package ner

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"math/bits"
	"slices"

	"github.com/quotebench/quotebench/detect/internal/vec"
)

// model holds the averaged perceptron weights, quantised to int16 with one
// scale, in an open-addressing table keyed by 32-bit feature keys.
type model struct {
	table []uint64 // key<<32 | row; 0 is empty (keys are never 0)
	shift uint
	keys  []uint32 // sorted; row i has key keys[i]
	w     []int16  // rows × nTags
	trans [nTags + 1][nTags]int32
	scale float64 // weight units per integer step
	// confidence calibration per entity type:
	// p = 1 / (1 + exp(-(calA[type]*margin + calB[type])))
	calA, calB [nTypes]float64
	vt         *vtab // trans prepared for viterbi (set by readModel; see vtab)
}

// vtab returns the transitions prepared for viterbi: made when the model
// was read, or now for a model made otherwise.
func (m *model) vtab() *vtab {
	if m.vt != nil {
		return m.vt
	}
	return newVtab(&m.trans)
}

func key32(h uint64) uint32 {
	k := uint32(h>>32) ^ uint32(h)
	if k == 0 {
		k = 1
	}
	return k
}

// emitter scores the tags of one token from its feature keys.
type emitter interface {
	emit(keys []uint64, out *[nTags]int32)
}

func (m *model) emit(keys []uint64, out *[nTags]int32) {
	*out = [nTags]int32{}
	m.emitAdd(keys, out)
}

// emitAdd adds the scores of keys to out.
func (m *model) emitAdd(keys []uint64, out *[nTags]int32) {
	if len(m.table) == 0 {
		return
	}
	mask := uint32(len(m.table) - 1)
	for _, h := range keys {
		k := key32(h)
		i := (k * 2654435769) >> m.shift
		for {
			e := m.table[i]
			if e == 0 {
				break
			}
			if uint32(e>>32) == k {
				r := int(uint32(e)) * nTags
				vec.AddInt16(out[:], m.w[r:r+nTags:r+nTags])
				break
			}
			i = (i + 1) & mask
		}
	}
}

// staticTable holds, for every key of either pass, the weights of both
// passes side by side, so that the static features of a token are looked up
// once for the two passes.
type staticTable struct {
	table []uint64
	shift uint
	w     []int16 // rows × 2·nTags: first pass, then second pass
}

func newStaticTable(m1, m2 *model) *staticTable {
	var k1 []uint32
	if m1 != nil {
		k1 = m1.keys
	}
	k2 := m2.keys
	// Both key lists are sorted: merge them.
	keys := make([]uint32, 0, max(len(k1), len(k2)))
	w := make([]int16, 0, cap(keys)*2*nTags)
	i, j := 0, 0
	for i < len(k1) || j < len(k2) {
		var row [2 * nTags]int16
		var k uint32
		switch {
		case j >= len(k2) || i < len(k1) && k1[i] < k2[j]:
			k = k1[i]
			copy(row[:nTags], m1.w[i*nTags:(i+1)*nTags])
			i++
		case i >= len(k1) || k2[j] < k1[i]:
			k = k2[j]
			copy(row[nTags:], m2.w[j*nTags:(j+1)*nTags])
			j++
		default:
			k = k1[i]
			copy(row[:nTags], m1.w[i*nTags:(i+1)*nTags])
			copy(row[nTags:], m2.w[j*nTags:(j+1)*nTags])
			i++
			j++
		}
		keys = append(keys, k)
		w = append(w, row[:]...)
	}
	var tmp model
	tmp.build(keys)
	return &staticTable{table: tmp.table, shift: tmp.shift, w: w}
}

// emit sets out1 and out2 to the scores of keys in the two passes.
func (st *staticTable) emit(keys []uint64, out1, out2 *[nTags]int32) {
	*out1, *out2 = [nTags]int32{}, [nTags]int32{}
	st.emitAdd(keys, out1, out2)
}

// emitAdd adds the scores of keys in the two passes to out1 and out2. It
// finds the rows of up to 32 keys before adding any, so that the memory
// reads of the lookups overlap instead of waiting for one another.
func (st *staticTable) emitAdd(keys []uint64, out1, out2 *[nTags]int32) {
	mask := uint32(len(st.table) - 1)
	var rows [32]int32
	for len(keys) > 0 {
		n := min(len(keys), len(rows))
		for j, h := range keys[:n] {
			rows[j] = st.find(h, mask)
		}
		st.addRows(rows[:n], out1, out2)
		keys = keys[n:]
	}
}

// addRows adds the weights of rows (-1: none) in the two passes to out1
// and out2.
func (st *staticTable) addRows(rows []int32, out1, out2 *[nTags]int32) {
	for _, r := range rows {
		if r < 0 {
			continue
		}
		o := int(r) * 2 * nTags
		ws := st.w[o : o+2*nTags : o+2*nTags]
		vec.AddInt16(out1[:], ws[:nTags])
		vec.AddInt16(out2[:], ws[nTags:])
	}
}

// find returns the row of key h, or -1 (mask: len(st.table)-1).
func (st *staticTable) find(h uint64, mask uint32) int32 {
	k := key32(h)
	i := (k * 2654435769) >> st.shift
	for {
		e := st.table[i]
		if e == 0 {
			return -1
		}
		if uint32(e>>32) == k {
			return int32(uint32(e))
		}
		i = (i + 1) & mask
	}
}

// emitAddEach adds, for every token i, the scores of keys[off[i]:off[i+1]]
// in the two passes to out1[i] and out2[i]. All keys are looked up before
// any score is added, so that the reads of many tokens overlap. rows is a
// buffer to reuse; the grown one is returned.
func (st *staticTable) emitAddEach(keys []uint64, off []int32, out1, out2 [][nTags]int32, rows []int32) []int32 {
	rows = slices.Grow(rows[:0], len(keys))[:len(keys)]
	mask := uint32(len(st.table) - 1)
	for j, h := range keys {
		rows[j] = st.find(h, mask)
	}
	for i := 0; i+1 < len(off); i++ {
		st.addRows(rows[off[i]:off[i+1]], &out1[i], &out2[i])
	}
	return rows
}

// build makes the lookup table from sorted keys (row i has key keys[i]).
func (m *model) build(keys []uint32) {
	size := 1
	for size < 2*len(keys)+2 {
		size <<= 1
	}
	m.table = make([]uint64, size)
	m.shift = uint(32 - bits.TrailingZeros(uint(size)))
	mask := uint32(size - 1)
	for row, k := range keys {
		i := (k * 2654435769) >> m.shift
		if size == 1 {
			i = 0
		}
		for m.table[i] != 0 {
			i = (i + 1) & mask
		}
		m.table[i] = uint64(k)<<32 | uint64(row)
	}
}

const modelMagic = "QBNER2\n" // 2: calibration per entity type

// write serialises the model: magic, tag count, scale, calibration,
// transitions, then the sorted keys as varint deltas and the weights as
// varints. The caller compresses.
func (m *model) write(w io.Writer, keys []uint32) error {
	bw := bufio.NewWriter(w)
	var b []byte
	b = append(b, modelMagic...)
	b = binary.AppendUvarint(b, uint64(nTags))
	b = binary.LittleEndian.AppendUint64(b, math.Float64bits(m.scale))
	for t := range m.calA {
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(m.calA[t]))
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(m.calB[t]))
	}
	for a := range m.trans {
		for _, v := range m.trans[a] {
			b = binary.AppendVarint(b, int64(v))
		}
	}
	b = binary.AppendUvarint(b, uint64(len(keys)))
	prev := uint32(0)
	for _, k := range keys {
		b = binary.AppendUvarint(b, uint64(k-prev))
		prev = k
	}
	if _, err := bw.Write(b); err != nil {
		return err
	}
	// Weights column by column: runs of zeros compress well.
	b = b[:0]
	for t := 0; t < nTags; t++ {
		for r := 0; r < len(keys); r++ {
			b = binary.AppendVarint(b, int64(m.w[r*nTags+t]))
		}
		if _, err := bw.Write(b); err != nil {
			return err
		}
		b = b[:0]
	}
	return bw.Flush()
}

var errFormat = errors.New("not a Quotebench NER model")

func readModel(br *bufio.Reader) (*model, error) {
	magic := make([]byte, len(modelMagic))
	if _, err := io.ReadFull(br, magic); err != nil || string(magic) != modelMagic {
		if err == nil && len(magic) >= 5 && string(magic[:5]) == modelMagic[:5] {
			return nil, fmt.Errorf("model version %q is newer than this program understands", magic[5:6])
		}
		return nil, errFormat
	}
	n, err := binary.ReadUvarint(br)
	if err != nil || n != uint64(nTags) {
		return nil, fmt.Errorf("model has %d tags, want %d", n, nTags)
	}
	m := &model{}
	var f [1 + 2*nTypes]uint64
	for i := range f {
		var buf [8]byte
		if _, err := io.ReadFull(br, buf[:]); err != nil {
			return nil, fmt.Errorf("read header: %w", err)
		}
		f[i] = binary.LittleEndian.Uint64(buf[:])
	}
	m.scale = math.Float64frombits(f[0])
	for t := range m.calA {
		m.calA[t], m.calB[t] = math.Float64frombits(f[1+2*t]), math.Float64frombits(f[2+2*t])
	}
	for a := range m.trans {
		for t := range m.trans[a] {
			v, err := binary.ReadVarint(br)
			if err != nil {
				return nil, fmt.Errorf("read transitions: %w", err)
			}
			m.trans[a][t] = int32(v)
		}
	}
	nk, err := binary.ReadUvarint(br)
	if err != nil || nk > 1<<26 {
		return nil, fmt.Errorf("read key count: bad value")
	}
	keys := make([]uint32, nk)
	prev := uint32(0)
	for i := range keys {
		d, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, fmt.Errorf("read keys: %w", err)
		}
		prev += uint32(d)
		keys[i] = prev
	}
	m.w = make([]int16, int(nk)*nTags)
	for t := 0; t < nTags; t++ {
		for r := 0; r < int(nk); r++ {
			v, err := binary.ReadVarint(br)
			if err != nil {
				return nil, fmt.Errorf("read weights: %w", err)
			}
			m.w[r*nTags+t] = int16(v)
		}
	}
	m.keys = keys
	m.build(keys)
	m.vt = newVtab(&m.trans)
	return m, nil
}

// preds[t] lists the tags that may precede t.
var preds [nTags][]uint8

// allow[a][b]: tag b may follow a (a == start: begin a sentence); b ==
// start: a may end a sentence.
var allow [nTags + 1][nTags + 1]bool

func init() {
	for a := 0; a <= nTags; a++ {
		for b := 0; b <= nTags; b++ {
			allow[a][b] = allowed(a, b)
		}
	}
	allow[start][start] = true
	for t := 0; t < nTags; t++ {
		for a := 0; a < nTags; a++ {
			if allow[a][t] {
				preds[t] = append(preds[t], uint8(a))
			}
		}
	}
	// openers: the predecessors of O; openTags: the tags with exactly
	// those predecessors (O, B-, U-).
	openers = preds[tagO]
	for t := 0; t < nTags; t++ {
		if slices.Equal(preds[t], openers) {
			opens[t] = true
			openTags = append(openTags, t)
		}
	}
}

// openers, openTags and opens: see viterbi.
var (
	openers  []uint8
	openTags []int
	opens    [nTags]bool
)
