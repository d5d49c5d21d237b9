package annot

import (
	"fmt"
	"unicode/utf8"
)

// Unit is the unit in which a format counts offsets.
type Unit string

const (
	UnitCodePoint Unit = "codepoint" // Python str, spaCy, brat, doccano; Quotebench itself
	UnitUTF16     Unit = "utf16"     // JavaScript, Label Studio, Java
	UnitByte      Unit = "byte"      // UTF-8 bytes: Go strings, Rust
)

// Offsets converts code point offsets of one text to UTF-16 and byte offsets
// and back. It is the one place such conversions happen. Build it once per
// text with NewOffsets; lookups are O(log n) plus a short scan.
type Offsets struct {
	text string
	n    int     // code points
	cp   []int32 // checkpoint every offsetStep code points: byte offset
	u16  []int32 // same checkpoints: UTF-16 offset

	total16 int
}

const offsetStep = 64

// NewOffsets indexes text. Invalid UTF-8 bytes count as one code point each
// (as utf8.DecodeRuneInString does), but stored texts are valid UTF-8.
func NewOffsets(text string) *Offsets {
	o := &Offsets{text: text}
	b, u := 0, 0
	for i := 0; b < len(text); i++ {
		if i%offsetStep == 0 {
			o.cp = append(o.cp, int32(b))
			o.u16 = append(o.u16, int32(u))
		}
		r, size := utf8.DecodeRuneInString(text[b:])
		b += size
		u += utf16Len(r)
		o.n++
	}
	if o.n%offsetStep == 0 { // the end is itself a checkpoint
		o.cp = append(o.cp, int32(b))
		o.u16 = append(o.u16, int32(u))
	}
	o.total16 = u
	return o
}

func utf16Len(r rune) int {
	if r >= 0x10000 && r <= utf8.MaxRune {
		return 2
	}
	return 1
}

// Len is the number of code points.
func (o *Offsets) Len() int { return o.n }

// Byte converts a code point offset (0..Len) to a byte offset.
func (o *Offsets) Byte(cp int) (int, error) {
	if cp < 0 || cp > o.n {
		return 0, fmt.Errorf("%w: offset %d outside text of %d code points", ErrInvalid, cp, o.n)
	}
	k := cp / offsetStep
	b := int(o.cp[k])
	for i := k * offsetStep; i < cp; i++ {
		_, size := utf8.DecodeRuneInString(o.text[b:])
		b += size
	}
	return b, nil
}

// UTF16 converts a code point offset (0..Len) to a UTF-16 offset.
func (o *Offsets) UTF16(cp int) (int, error) {
	b, err := o.Byte(cp)
	if err != nil {
		return 0, err
	}
	k := cp / offsetStep
	u := int(o.u16[k])
	for p := int(o.cp[k]); p < b; {
		r, size := utf8.DecodeRuneInString(o.text[p:])
		p += size
		u += utf16Len(r)
	}
	return u, nil
}

// FromByte converts a byte offset to a code point offset. It fails when the
// byte offset is outside the text or inside a multi-byte character.
func (o *Offsets) FromByte(b int) (int, error) {
	if b < 0 || b > len(o.text) {
		return 0, fmt.Errorf("%w: byte offset %d outside text of %d bytes", ErrInvalid, b, len(o.text))
	}
	k := search32(o.cp, int32(b))
	cp, p := k*offsetStep, int(o.cp[k])
	for p < b {
		_, size := utf8.DecodeRuneInString(o.text[p:])
		p += size
		cp++
	}
	if p != b {
		return 0, fmt.Errorf("%w: byte offset %d splits a character", ErrInvalid, b)
	}
	return cp, nil
}

// FromUTF16 converts a UTF-16 offset to a code point offset. It fails when
// the offset is outside the text or between the halves of a surrogate pair.
func (o *Offsets) FromUTF16(u int) (int, error) {
	total := o.total16
	if u < 0 || u > total {
		return 0, fmt.Errorf("%w: UTF-16 offset %d outside text of %d units", ErrInvalid, u, total)
	}
	k := search32(o.u16, int32(u))
	cp, p, at := k*offsetStep, int(o.cp[k]), int(o.u16[k])
	for at < u {
		r, size := utf8.DecodeRuneInString(o.text[p:])
		p += size
		at += utf16Len(r)
		cp++
	}
	if at != u {
		return 0, fmt.Errorf("%w: UTF-16 offset %d splits a surrogate pair", ErrInvalid, u)
	}
	return cp, nil
}

// To converts a code point offset to the given unit.
func (o *Offsets) To(u Unit, cp int) (int, error) {
	switch u {
	case UnitCodePoint, "":
		if cp < 0 || cp > o.n {
			return 0, fmt.Errorf("%w: offset %d outside text of %d code points", ErrInvalid, cp, o.n)
		}
		return cp, nil
	case UnitUTF16:
		return o.UTF16(cp)
	case UnitByte:
		return o.Byte(cp)
	}
	return 0, fmt.Errorf("%w: unknown offset unit %q", ErrInvalid, u)
}

// From converts an offset in the given unit to code points.
func (o *Offsets) From(u Unit, off int) (int, error) {
	switch u {
	case UnitCodePoint, "":
		return o.To(UnitCodePoint, off)
	case UnitUTF16:
		return o.FromUTF16(off)
	case UnitByte:
		return o.FromByte(off)
	}
	return 0, fmt.Errorf("%w: unknown offset unit %q", ErrInvalid, u)
}

// Slice returns the text of a code point span.
func (o *Offsets) Slice(s Span) (string, error) {
	a, err := o.Byte(s.Start)
	if err != nil {
		return "", err
	}
	b, err := o.Byte(s.End)
	if err != nil {
		return "", err
	}
	if a > b {
		return "", fmt.Errorf("%w: span %v ends before it starts", ErrInvalid, s)
	}
	return o.text[a:b], nil
}

// search32 returns the last index i with xs[i] <= v (xs ascending, xs[0] == 0).
func search32(xs []int32, v int32) int {
	lo, hi := 0, len(xs)-1
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if xs[mid] <= v {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo
}
