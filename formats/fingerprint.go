package formats

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"math"
	"strings"

	"github.com/quotebench/quotebench/annot"
)

// docView is what the generic read-back compares: metadata when the format
// carries it, and the projected, canonical annotations.
type docView struct {
	Title  string            `json:"title,omitempty"`
	Date   string            `json:"date,omitempty"`
	Source string            `json:"source,omitempty"`
	URL    string            `json:"url,omitempty"`
	Ann    annot.Annotations `json:"ann"`
}

// Expected is what a format reads back for an item: metadata it carries and
// Canonical(Project(...)) of the annotations. Tests use it to check round trips.
func Expected(f *Format, it Item) any { return expectation(f, it) }

func expectation(f *Format, it Item) any {
	var text []rune // only needed to name entities of formats without names
	if f.Caps&CapNames == 0 && f.Caps&CapEntities != 0 {
		text = []rune(it.Doc.Text)
	}
	v := docView{Ann: Canonical(Project(it.Ann, text, f.Caps))}
	if f.Caps&CapMeta != 0 {
		v.Title, v.Date, v.Source, v.URL = it.Doc.Title, it.Doc.Date, it.Doc.Source, it.Doc.URL
	}
	return v
}

// print is the fingerprint of what a document reads back as: a hash of
// the whole, a summary for messages, and for documents with annotations
// one small signature per annotation, so that a mismatch names the
// annotation that differs.
type print struct {
	sum  [32]byte
	what string
	sigs []sig
}

// sig identifies one annotation: a hash of all its fields, and its kind
// and extent to name it.
type sig struct {
	h          uint32
	start, end int32
	kind       byte // 'e' entity, 'm' mention, 'q' quote
}

func (s sig) String() string {
	switch s.kind {
	case 'e':
		return "an entity"
	case 'm':
		return fmt.Sprintf("the mention at [%d,%d)", s.start, s.end)
	}
	return fmt.Sprintf("the quote at [%d,%d)", s.start, s.end)
}

// diff says how got differs from p (the expectation), naming up to three
// annotations on each side.
func (p print) diff(got print) string {
	if p.sigs == nil && got.sigs == nil {
		return fmt.Sprintf("wrote %s, read %s", p.what, got.what)
	}
	count := map[sig]int{}
	for _, s := range got.sigs {
		count[s]++
	}
	var lost, extra []string
	for _, s := range p.sigs {
		if count[s] > 0 {
			count[s]--
		} else if len(lost) < 3 {
			lost = append(lost, s.String())
		}
	}
	for _, s := range got.sigs {
		if count[s] > 0 {
			count[s]--
			if len(extra) < 3 {
				extra = append(extra, s.String())
			}
		}
	}
	var parts []string
	if len(lost) > 0 {
		parts = append(parts, "written but not read back as written: "+strings.Join(lost, ", "))
	}
	if len(extra) > 0 {
		parts = append(parts, "read back but not written so: "+strings.Join(extra, ", "))
	}
	if len(parts) == 0 { // same annotations, other metadata or order
		parts = append(parts, "the metadata or the order of annotations differ")
	}
	return fmt.Sprintf("wrote %s, read %s; %s", p.what, got.what, strings.Join(parts, "; "))
}

// fingerprint hashes an expectation and summarises it for messages.
// Views of documents are hashed field by field; other values (CoNLL
// sequences, CSV rows) as JSON.
func fingerprint(v any) (print, error) {
	dv, ok := v.(docView)
	if !ok {
		b, err := json.Marshal(v)
		if err != nil {
			return print{}, err
		}
		return print{sum: sha256.Sum256(b), what: fmt.Sprintf("%d bytes of JSON", len(b))}, nil
	}
	b := make([]byte, 0, 1024)
	str := func(s string) { b = binary.AppendUvarint(b, uint64(len(s))); b = append(b, s...) }
	num := func(n int) { b = binary.AppendVarint(b, int64(n)) }
	span := func(s annot.Span) { num(s.Start); num(s.End) }
	prov := func(p annot.Provenance) {
		str(string(p.Origin))
		str(string(p.State))
		b = binary.AppendUvarint(b, math.Float64bits(p.Confidence))
	}
	a := dv.Ann
	sigs := make([]sig, 0, len(a.Entities)+len(a.Mentions)+len(a.Quotes))
	// each adds the signature of the annotation encoded since from.
	each := func(from int, kind byte, s annot.Span) {
		h := fnv.New32a()
		h.Write(b[from:])
		sigs = append(sigs, sig{h: h.Sum32(), start: int32(s.Start), end: int32(s.End), kind: kind})
	}
	str(dv.Title)
	str(dv.Date)
	str(dv.Source)
	str(dv.URL)
	num(len(a.Entities))
	for _, e := range a.Entities {
		from := len(b)
		num(int(e.ID))
		str(e.Name)
		str(string(e.Label))
		prov(e.Provenance)
		each(from, 'e', annot.Span{})
	}
	num(len(a.Mentions))
	for _, m := range a.Mentions {
		from := len(b)
		num(int(m.ID))
		span(m.Span)
		str(string(m.Label))
		str(string(m.Type))
		num(int(m.Entity))
		prov(m.Provenance)
		each(from, 'm', m.Span)
	}
	num(len(a.Quotes))
	for _, q := range a.Quotes {
		from := len(b)
		num(int(q.ID))
		num(len(q.Parts))
		for _, p := range q.Parts {
			span(p)
		}
		str(string(q.Kind))
		span(q.Cue)
		num(int(q.Speaker))
		if q.Unattributed {
			num(1)
		} else {
			num(0)
		}
		prov(q.Provenance)
		each(from, 'q', q.Extent())
	}
	what := fmt.Sprintf("%d entities, %d mentions, %d quotes", len(a.Entities), len(a.Mentions), len(a.Quotes))
	return print{sum: sha256.Sum256(b), what: what, sigs: sigs}, nil
}
