// Package brat reads and writes brat standoff: a folder with DOC.txt (the
// UTF-8 text, never modified) and DOC.ann (the annotations) per document,
// annotation.conf declaring the types, and index.tsv listing the documents
// in export order with their ids (brat ignores it).
//
// Offsets are code points of DOC.txt, CRLF counting as two: what brat on
// Python 3 reads (its codecs.open(..., 'rU') opens in binary mode and
// translates nothing; checked by running brat's annotation.py on an
// export). brat on Python 2 translated newlines, so a CRLF counted as one
// character there (brat #853): for it, export with Options.LF (--lf) to
// write the texts with LF line ends and offsets counted on them; the
// manifest then says "newlines": "lf". The
// reader accepts both: when the offsets fit the text only after its line
// ends are normalised, they are mapped back onto the text as it is.
//
// What is written:
//
//	T1  Quote 14 38;45 60  covered text   a quote; a split quote has one fragment per part
//	T2  Cue 39 43          said           the cue of a quote
//	T3  PERSON 44 54       Jane Smith     a mention, typed by its label
//	R1  SaidBy Arg1:T1 Arg2:T3            quote → speaker mention
//	R2  HasCue Arg1:T1 Arg2:T2            quote → cue
//	A1  QuoteType T1 direct               direct, mixed, indirect
//	A2  MentionType T4 pronoun            only for nominal and pronoun mentions
//	A3  Unattributed T5                   a quote marked as having no speaker
//	#1  AnnotatorNotes T3  Jane Smith     the canonical name, on an entity's first mention
//	*   Equiv T3 T6 T4                    mentions of one entity
//
// brat's .ann format is line-oriented, so a span holding a line break is
// written as fragments split at the break (brat #786); the reader joins
// fragments separated only by line breaks again.
package brat

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/formats"
)

func init() {
	formats.Register(&formats.Format{
		Name:    "brat",
		Summary: "brat standoff: .txt + .ann per document and annotation.conf (a folder)",
		Dir:     true,
		Unit:    annot.UnitCodePoint,
		Caps: formats.CapQuotes | formats.CapKinds | formats.CapCues | formats.CapSpeakers | formats.CapUnattributed |
			formats.CapMentionTypes | formats.CapEntities | formats.CapNames,
		NewWriter: NewWriter,
		Read:      Read,
		Import:    true,
		Describe: func(m *formats.Manifest, opt formats.Options) {
			if opt.LF {
				m.Newlines = formats.NewlinesLF
			}
		},
	})
}

// Type and attribute names.
const (
	TypeQuote       = "Quote"
	TypeCue         = "Cue"
	RelSaidBy       = "SaidBy"
	RelHasCue       = "HasCue"
	AttrQuoteType   = "QuoteType"
	AttrMentionType = "MentionType"
	AttrUnattrib    = "Unattributed"
	IndexFile       = "index.tsv"
	ConfFile        = "annotation.conf"
)

type writer struct {
	dir    string
	opt    formats.Options
	used   map[string]bool
	index  strings.Builder
	labels map[string]bool
}

// NewWriter writes a brat collection into the folder dir.
func NewWriter(dir string, opt formats.Options) (formats.Writer, error) {
	return &writer{dir: dir, opt: opt, used: map[string]bool{"annotation": true, "index": true, "manifest": true}, labels: map[string]bool{}}, nil
}

func (w *writer) Write(it formats.Item) error {
	id := formats.DocName(it.Doc)
	name := formats.SafeName(id, w.used)
	text := it.Doc.Text
	a := it.Ann
	if w.opt.LF {
		var err error
		if a, err = formats.MapSpans(a, formats.ToLFMap(text)); err != nil {
			return err
		}
		text = annot.NormalizeNewlines(text)
	}
	ann, err := Encode(text, a, w.labels)
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(w.dir, name+".txt"), []byte(text), 0o644); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(w.dir, name+".ann"), []byte(ann), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(&w.index, "%s\t%s\n", name, strconv.Quote(id))
	return nil
}

func (w *writer) Close() error {
	if err := os.WriteFile(filepath.Join(w.dir, IndexFile), []byte(w.index.String()), 0o644); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(w.dir, ConfFile), []byte(Conf(w.labels)), 0o644)
}

// Conf is the annotation.conf declaring the given mention labels.
func Conf(labels map[string]bool) string {
	ls := make([]string, 0, len(labels))
	for l := range labels {
		ls = append(ls, l)
	}
	sort.Strings(ls)
	arg2 := strings.Join(ls, "|")
	if arg2 == "" {
		arg2 = "<ENTITY>"
	}
	var b strings.Builder
	b.WriteString("# Written by Quotebench. Offsets are code points of the .txt files.\n[entities]\n")
	b.WriteString(TypeQuote + "\n" + TypeCue + "\n")
	for _, l := range ls {
		b.WriteString(l + "\n")
	}
	fmt.Fprintf(&b, "\n[relations]\n%s\tArg1:%s, Arg2:%s\n%s\tArg1:%s, Arg2:%s\n<OVERLAP>\tArg1:<ANY>, Arg2:<ANY>, <OVL-TYPE>:<ANY>\n",
		RelSaidBy, TypeQuote, arg2, RelHasCue, TypeQuote, TypeCue)
	fmt.Fprintf(&b, "Equiv\tArg1:%s, Arg2:%s, <REL-TYPE>:symmetric-transitive\n", arg2, arg2)
	b.WriteString("\n[events]\n\n[attributes]\n")
	fmt.Fprintf(&b, "%s\tArg:%s, Value:direct|mixed|indirect\n", AttrQuoteType, TypeQuote)
	fmt.Fprintf(&b, "%s\tArg:%s, Value:nominal|pronoun\n", AttrMentionType, arg2)
	fmt.Fprintf(&b, "%s\tArg:%s\n", AttrUnattrib, TypeQuote)
	return b.String()
}

// Encode writes the .ann of one document; labels collects mention labels.
func Encode(text string, a annot.Annotations, labels map[string]bool) (string, error) {
	g := formats.Flatten(a, false, true)
	o := annot.NewOffsets(text)
	runes := []rune(text)
	var b strings.Builder
	nA, nN := 0, 0
	for i, r := range g.Regions {
		typ := r.Label
		switch r.Label {
		case formats.LabelQuote:
			typ = TypeQuote
		case formats.LabelCue:
			typ = TypeCue
		default:
			if typ == "" || strings.ContainsFunc(typ, func(c rune) bool { return c <= ' ' }) || typ == TypeQuote || typ == TypeCue {
				return "", fmt.Errorf("%w: label %q cannot be a brat type", annot.ErrInvalid, typ)
			}
			if labels != nil {
				labels[typ] = true
			}
		}
		var frags []annot.Span
		for _, p := range r.Parts {
			frags = append(frags, splitLines(runes, p)...)
		}
		if len(frags) == 0 {
			return "", fmt.Errorf("%w: span %v holds only line breaks", annot.ErrInvalid, r.Span())
		}
		var offs, cover []string
		for _, f := range frags {
			s, err := o.Slice(f)
			if err != nil {
				return "", err
			}
			offs = append(offs, fmt.Sprintf("%d %d", f.Start, f.End))
			cover = append(cover, s)
		}
		fmt.Fprintf(&b, "T%d\t%s %s\t%s\n", i+1, typ, strings.Join(offs, ";"), strings.Join(cover, " "))
	}
	for i, r := range g.Regions {
		switch {
		case r.Label == formats.LabelQuote:
			nA++
			fmt.Fprintf(&b, "A%d\t%s T%d %s\n", nA, AttrQuoteType, i+1, r.Kind)
			if r.Unattributed {
				nA++
				fmt.Fprintf(&b, "A%d\t%s T%d\n", nA, AttrUnattrib, i+1)
			}
		case r.Type != "" && r.Type != annot.MentionName:
			nA++
			fmt.Fprintf(&b, "A%d\t%s T%d %s\n", nA, AttrMentionType, i+1, r.Type)
		}
		if r.Name != "" {
			nN++
			fmt.Fprintf(&b, "#%d\tAnnotatorNotes T%d\t%s\n", nN, i+1, oneLine(r.Name))
		}
	}
	nR := 0
	groups := map[int][]int{}
	var heads []int
	for _, rel := range g.Relations {
		switch rel.Type {
		case formats.RelSaidBy:
			nR++
			fmt.Fprintf(&b, "R%d\t%s Arg1:T%d Arg2:T%d\n", nR, RelSaidBy, rel.From+1, rel.To+1)
		case formats.RelHasCue:
			nR++
			fmt.Fprintf(&b, "R%d\t%s Arg1:T%d Arg2:T%d\n", nR, RelHasCue, rel.From+1, rel.To+1)
		case formats.RelCoref:
			if _, ok := groups[rel.To]; !ok {
				heads = append(heads, rel.To)
			}
			groups[rel.To] = append(groups[rel.To], rel.From)
		}
	}
	slices.Sort(heads)
	for _, h := range heads {
		ms := append([]int{h}, groups[h]...)
		slices.Sort(ms)
		fmt.Fprintf(&b, "*\tEquiv")
		for _, m := range ms {
			fmt.Fprintf(&b, " T%d", m+1)
		}
		b.WriteByte('\n')
	}
	return b.String(), nil
}

func oneLine(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' || r == '\t' {
			return ' '
		}
		return r
	}, s)
}

func isBreak(r rune) bool { return r == '\n' || r == '\r' }

// splitLines cuts a span at line breaks, which are left out.
func splitLines(text []rune, s annot.Span) []annot.Span {
	var out []annot.Span
	start := s.Start
	for i := s.Start; i <= s.End; i++ {
		if i == s.End || i < len(text) && isBreak(text[i]) {
			if i > start {
				out = append(out, annot.Span{Start: start, End: i})
			}
			start = i + 1
		}
	}
	return out
}

// joinLines merges fragments separated only by line breaks.
func joinLines(text []rune, frags []annot.Span) []annot.Span {
	var out []annot.Span
	for _, f := range frags {
		if n := len(out); n > 0 && out[n-1].End <= f.Start && onlyBreaks(text, out[n-1].End, f.Start) {
			out[n-1].End = f.End
			continue
		}
		out = append(out, f)
	}
	return out
}

func onlyBreaks(text []rune, a, b int) bool {
	if a == b || b > len(text) {
		return false
	}
	for _, r := range text[a:b] {
		if !isBreak(r) {
			return false
		}
	}
	return true
}
