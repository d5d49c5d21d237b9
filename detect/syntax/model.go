package syntax

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"math/bits"

	"github.com/quotebench/quotebench/detect/internal/vec"
)

// model is an averaged perceptron over hashed features: int16 weights with
// one scale, rows found through an open-addressing table of 32-bit keys.
type model struct {
	classes []string
	keys    []uint32 // sorted; row i has key keys[i]
	w       []int16  // rows × len(classes)
	scale   float64  // weight units per integer step
	table   []uint64 // key<<32 | row; 0 is empty (keys are never 0)
	shift   uint
}

func key32(h uint64) uint32 {
	k := uint32(h>>32) ^ uint32(h)
	if k == 0 {
		k = 1
	}
	return k
}

// row returns the row of feature h, or -1 if the model has none.
func (m *model) row(h uint64) int32 {
	k := key32(h)
	mask := uint32(len(m.table) - 1)
	i := (k * 2654435769) >> m.shift
	for {
		e := m.table[i]
		if e == 0 {
			return -1
		}
		if uint32(e>>32) == k {
			return int32(uint32(e))
		}
		i = (i + 1) & mask
	}
}

// addRow adds the weights of row r (from row; -1 adds nothing) to out.
func (m *model) addRow(r int32, out []int32) {
	if r < 0 {
		return
	}
	c := len(m.classes)
	o := int(r) * c
	vec.AddInt16(out, m.w[o:o+c:o+c])
}

// rows appends the row of each key (-1 for none) to out.
func (m *model) rows(keys []uint64, out []int32) []int32 {
	for _, h := range keys {
		out = append(out, m.row(h))
	}
	return out
}

// addAll adds the weights of the features keys to out. It finds the rows
// of up to 64 keys before adding any, so that the memory reads of the
// lookups overlap instead of waiting for one another.
func (m *model) addAll(keys []uint64, out []int32) {
	var rows [64]int32
	for len(keys) > 0 {
		n := min(len(keys), len(rows))
		for i, h := range keys[:n] {
			rows[i] = m.row(h)
		}
		for _, r := range rows[:n] {
			m.addRow(r, out)
		}
		keys = keys[n:]
	}
}

// build makes the lookup table from m.keys.
func (m *model) build() {
	size := 2
	for size < 2*len(m.keys)+2 {
		size <<= 1
	}
	m.table = make([]uint64, size)
	m.shift = uint(32 - bits.TrailingZeros(uint(size)))
	mask := uint32(size - 1)
	for row, k := range m.keys {
		i := (k * 2654435769) >> m.shift
		for m.table[i] != 0 {
			i = (i + 1) & mask
		}
		m.table[i] = uint64(k)<<32 | uint64(row)
	}
}

const modelMagic = "QBSYN1\n"

// write serialises the model: magic, classes, scale, the sorted keys as
// varint deltas, then the weights column by column as varints.
func (m *model) write(w io.Writer) error {
	bw := bufio.NewWriter(w)
	var b []byte
	b = append(b, modelMagic...)
	b = binary.AppendUvarint(b, uint64(len(m.classes)))
	for _, c := range m.classes {
		b = binary.AppendUvarint(b, uint64(len(c)))
		b = append(b, c...)
	}
	b = binary.LittleEndian.AppendUint64(b, math.Float64bits(m.scale))
	b = binary.AppendUvarint(b, uint64(len(m.keys)))
	prev := uint32(0)
	for _, k := range m.keys {
		b = binary.AppendUvarint(b, uint64(k-prev))
		prev = k
	}
	c := len(m.classes)
	for t := 0; t < c; t++ {
		for r := range m.keys {
			b = binary.AppendVarint(b, int64(m.w[r*c+t]))
		}
	}
	if _, err := bw.Write(b); err != nil {
		return err
	}
	return bw.Flush()
}

func readModel(br *bufio.Reader) (*model, error) {
	magic := make([]byte, len(modelMagic))
	if _, err := io.ReadFull(br, magic); err != nil || string(magic) != modelMagic {
		return nil, fmt.Errorf("not a Quotebench syntax model (want header %q)", modelMagic[:6])
	}
	nc, err := binary.ReadUvarint(br)
	if err != nil || nc == 0 || nc > 255 {
		return nil, fmt.Errorf("bad class count")
	}
	m := &model{}
	for i := 0; i < int(nc); i++ {
		n, err := binary.ReadUvarint(br)
		if err != nil || n > 64 {
			return nil, fmt.Errorf("class %d: bad name length", i)
		}
		name := make([]byte, n)
		if _, err := io.ReadFull(br, name); err != nil {
			return nil, fmt.Errorf("class %d: %w", i, err)
		}
		m.classes = append(m.classes, string(name))
	}
	var buf [8]byte
	if _, err := io.ReadFull(br, buf[:]); err != nil {
		return nil, fmt.Errorf("read scale: %w", err)
	}
	m.scale = math.Float64frombits(binary.LittleEndian.Uint64(buf[:]))
	nk, err := binary.ReadUvarint(br)
	if err != nil || nk > 1<<24 {
		return nil, fmt.Errorf("bad key count")
	}
	m.keys = make([]uint32, nk)
	prev := uint32(0)
	for i := range m.keys {
		d, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, fmt.Errorf("read keys: %w", err)
		}
		if i > 0 && d == 0 {
			return nil, fmt.Errorf("read keys: not increasing at %d", i)
		}
		prev += uint32(d)
		m.keys[i] = prev
	}
	c := len(m.classes)
	m.w = make([]int16, int(nk)*c)
	for t := 0; t < c; t++ {
		for r := 0; r < int(nk); r++ {
			v, err := binary.ReadVarint(br)
			if err != nil {
				return nil, fmt.Errorf("read weights: %w", err)
			}
			if v < math.MinInt16 || v > math.MaxInt16 {
				return nil, fmt.Errorf("read weights: %d out of range", v)
			}
			m.w[r*c+t] = int16(v)
		}
	}
	m.build()
	return m, nil
}
