package agree

import (
	"math"
	"sort"

	"github.com/quotebench/quotebench/annot"
)

// Continuum is one stretch of text as several annotators unitized it for one
// category: Units[i] are annotator i's units, in code points of a text of
// Len code points. Units of one annotator may overlap; they are joined.
type Continuum struct {
	Len   int
	Units [][]annot.Span
}

// section is a stretch of one annotator's continuum: a unit of the
// category or a gap between units.
type section struct {
	begin, length int
	unit          bool
}

func (s section) end() int { return s.begin + s.length }

// sections partitions [off, off+n) into the joined units and the gaps
// between them (Krippendorff's b, l and ċ of each segment).
func sections(off, n int, units []annot.Span, into []section) []section {
	us := make([]annot.Span, 0, len(units))
	for _, u := range units {
		u.Start, u.End = max(u.Start, 0), min(u.End, n)
		if u.End > u.Start {
			us = append(us, u)
		}
	}
	sort.Slice(us, func(i, j int) bool { return us[i].Start < us[j].Start })
	pos := 0
	for i := 0; i < len(us); {
		u := us[i]
		for i++; i < len(us) && us[i].Start < u.End; i++ { // join overlapping units
			u.End = max(u.End, us[i].End)
		}
		if u.Start > pos {
			into = append(into, section{off + pos, u.Start - pos, false})
		}
		into = append(into, section{off + u.Start, u.Len(), true})
		pos = u.End
	}
	if pos < n {
		into = append(into, section{off + pos, n - pos, false})
	}
	return into
}

// AlphaU is Krippendorff's unitizing alpha for one category (Krippendorff
// 2004, "Measuring the reliability of qualitative text analysis data",
// Quality & Quantity 38): 1 − D_o/D_e, where D_o sums the squared
// distances between the annotators' overlapping segments (the differences
// of begins and ends of two overlapping units; a unit's squared length
// when it lies inside the other annotator's gap) and D_e is the same
// expected by chance. The continua are laid end to end, each keeping its
// own gaps, so that a corpus is one continuum. ok is false when alpha is
// undefined (fewer than two annotators, an empty continuum, no unit of the
// category anywhere, or no expected disagreement).
func AlphaU(cs []Continuum) (alpha float64, ok bool) {
	if len(cs) == 0 {
		return 0, false
	}
	m := len(cs[0].Units)
	if m < 2 {
		return 0, false
	}
	secs := make([][]section, m)
	L := 0
	for _, c := range cs {
		for i := 0; i < m; i++ {
			var us []annot.Span
			if i < len(c.Units) {
				us = c.Units[i]
			}
			secs[i] = sections(L, c.Len, us, secs[i])
		}
		L += c.Len
	}
	if L == 0 {
		return 0, false
	}
	// Observed: every ordered pair of annotators, every overlapping pair of
	// their segments (non-overlapping pairs are at distance 0).
	var obs float64
	for i := 0; i < m; i++ {
		for j := 0; j < m; j++ {
			if i != j {
				obs += observed(secs[i], secs[j])
			}
		}
	}
	fm, fL := float64(m), float64(L)
	do := obs / (fm * (fm - 1) * fL * fL)

	// Expected.
	var units []float64
	var gaps []float64
	for i := range secs {
		for _, s := range secs[i] {
			if s.unit {
				units = append(units, float64(s.length))
			} else {
				gaps = append(gaps, float64(s.length))
			}
		}
	}
	if len(units) == 0 {
		return 0, false
	}
	sort.Float64s(gaps)
	// suffix sums: gaps[k:] count and total length
	suf := make([]float64, len(gaps)+1)
	for k := len(gaps) - 1; k >= 0; k-- {
		suf[k] = suf[k+1] + gaps[k]
	}
	nc := float64(len(units))
	var num, den float64
	den = fm * fL * (fm*fL - 1)
	for _, l := range units {
		k := sort.SearchFloat64s(gaps, l) // first gap with length >= l
		cnt := float64(len(gaps) - k)
		within := suf[k] - (l-1)*cnt // Σ (g − l + 1) over gaps g ≥ l
		num += (nc-1)/3*(2*l*l*l-3*l*l+l) + l*l*within
		den -= l * (l - 1)
	}
	num *= 2 / fL
	if den <= 0 || num == 0 {
		return 0, false
	}
	de := num / den
	a := 1 - do/de
	if math.IsNaN(a) || math.IsInf(a, 0) {
		return 0, false
	}
	return a, true
}

// observed sums the distances δ² from every segment of a to every
// overlapping segment of b. Both partition the same continuum in order, so
// walking them together meets every overlapping pair once.
func observed(a, b []section) float64 {
	var sum float64
	for i, j := 0, 0; i < len(a) && j < len(b); {
		sum += delta(a[i], b[j])
		ae, be := a[i].end(), b[j].end()
		if ae <= be {
			i++
		}
		if be <= ae {
			j++
		}
	}
	return sum
}

// delta is Krippendorff's ᵤδ² between segment u of one annotator and an
// overlapping segment v of another.
func delta(u, v section) float64 {
	d := u.begin - v.begin
	switch {
	case u.unit && v.unit && -u.length < d && d < v.length:
		e := u.end() - v.end()
		return float64(d*d + e*e)
	case u.unit && !v.unit && v.length-u.length >= d && d >= 0:
		return float64(u.length * u.length)
	case !u.unit && v.unit && v.length-u.length <= d && d <= 0:
		return float64(v.length * v.length)
	}
	return 0
}
