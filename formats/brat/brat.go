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
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

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

// Read reads a brat collection (a folder, with index.tsv or else every .ann
// in it and its subfolders in name order) or a single .ann or .txt file.
func Read(path string, _ formats.Options, yield func(formats.Record) bool) error {
	fi, err := os.Stat(path)
	if err != nil {
		return err
	}
	type doc struct{ base, id string }
	var docs []doc
	if !fi.IsDir() {
		base := strings.TrimSuffix(strings.TrimSuffix(path, ".ann"), ".txt")
		docs = append(docs, doc{base, filepath.Base(base)})
	} else if idx, err := formats.ReadInput(filepath.Join(path, IndexFile)); err == nil {
		for n, line := range strings.Split(strings.TrimRight(string(idx), "\n"), "\n") {
			if line == "" {
				continue
			}
			name, q, ok := strings.Cut(line, "\t")
			id, err := strconv.Unquote(q)
			if !ok || err != nil || name != filepath.Base(name) || name == "." || name == ".." {
				return fmt.Errorf("%s:%d: %w: expected NAME<TAB>\"id\"", filepath.Join(path, IndexFile), n+1, annot.ErrInvalid)
			}
			docs = append(docs, doc{filepath.Join(path, name), id})
		}
	} else if errors.Is(err, annot.ErrInvalid) {
		return err // an index that is a named pipe or a device
	} else {
		err := filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && strings.HasSuffix(p, ".ann") {
				base := strings.TrimSuffix(p, ".ann")
				docs = append(docs, doc{base, filepath.Base(base)})
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	for _, d := range docs {
		rec := formats.Record{Path: d.base + ".ann", Unit: annot.UnitCodePoint}
		rec.Doc.ExtID = d.id
		txt, err := formats.ReadInput(d.base + ".txt")
		if err != nil {
			rec.Err = fmt.Errorf("read the text: %w", err)
		} else if ann, err := formats.ReadInput(d.base + ".ann"); err != nil {
			rec.Err = fmt.Errorf("read the annotations: %w", err)
		} else if !utf8.Valid(txt) {
			rec.Path = d.base + ".txt"
			rec.Err = fmt.Errorf("%w: the text is not UTF-8", annot.ErrInvalid)
		} else {
			rec.Doc.Text = string(txt)
			rec.Ann, rec.Unit, rec.Line, rec.Err = Decode(rec.Doc.Text, string(ann))
		}
		if !yield(rec) {
			return nil
		}
	}
	return nil
}

type tline struct {
	line  int
	typ   string
	parts [][2]int
	text  string
}

// Decode parses a .ann against its text. It returns the annotations in code
// points of text, the unit found, and on error the 1-based line at fault.
func Decode(text, ann string) (annot.Annotations, annot.Unit, int, error) {
	var a annot.Annotations
	if !utf8.ValidString(ann) {
		return a, "", 0, fmt.Errorf("%w: the .ann file is not UTF-8", annot.ErrInvalid)
	}
	tidx := map[string]int{}
	var ts []tline
	type attr struct {
		line                int
		name, target, value string
	}
	var attrs []attr
	type rel struct {
		line          int
		typ, from, to string
		equiv         []string
		note          string
	}
	var rels []rel
	sc := bufio.NewScanner(strings.NewReader(ann))
	sc.Buffer(nil, 1<<26)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			continue
		}
		bad := func(format string, args ...any) (annot.Annotations, annot.Unit, int, error) {
			return a, "", n, fmt.Errorf("line %d: %w: %s", n, annot.ErrInvalid, fmt.Sprintf(format, args...))
		}
		id, rest, ok := strings.Cut(line, "\t")
		if !ok {
			return bad("no tab after the id")
		}
		if id == "" {
			return bad("empty id")
		}
		switch id[0] {
		case 'T':
			head, cover, ok := strings.Cut(rest, "\t")
			if !ok {
				return bad("text-bound annotation without covered text")
			}
			typ, offs, ok := strings.Cut(head, " ")
			if !ok {
				return bad("text-bound annotation without offsets")
			}
			t := tline{line: n, typ: typ, text: cover}
			for _, fr := range strings.Split(offs, ";") {
				f := strings.Fields(fr)
				if len(f) != 2 {
					return bad("bad fragment %q", fr)
				}
				s, err1 := strconv.Atoi(f[0])
				e, err2 := strconv.Atoi(f[1])
				if err1 != nil || err2 != nil || s < 0 || e < s {
					return bad("bad offsets %q", fr)
				}
				t.parts = append(t.parts, [2]int{s, e})
			}
			if _, dup := tidx[id]; dup {
				return bad("id %s used twice", id)
			}
			tidx[id] = len(ts)
			ts = append(ts, t)
		case 'A', 'M':
			f := strings.Fields(rest)
			if len(f) < 2 || len(f) > 3 {
				return bad("attribute needs NAME TARGET [VALUE]")
			}
			at := attr{line: n, name: f[0], target: f[1]}
			if len(f) == 3 {
				at.value = f[2]
			}
			attrs = append(attrs, at)
		case 'R':
			f := strings.Fields(rest)
			if len(f) != 3 {
				return bad("relation needs TYPE Arg1:ID Arg2:ID")
			}
			_, from, ok1 := strings.Cut(f[1], ":")
			_, to, ok2 := strings.Cut(f[2], ":")
			if !ok1 || !ok2 {
				return bad("relation needs TYPE Arg1:ID Arg2:ID")
			}
			rels = append(rels, rel{line: n, typ: f[0], from: from, to: to})
		case '*':
			f := strings.Fields(rest)
			if len(f) < 3 {
				return bad("equivalence needs TYPE ID ID...")
			}
			if f[0] == "Equiv" {
				rels = append(rels, rel{line: n, typ: "Equiv", equiv: f[1:]})
			}
		case '#':
			head, note, _ := strings.Cut(rest, "\t")
			f := strings.Fields(head)
			if len(f) == 2 && f[0] == "AnnotatorNotes" {
				rels = append(rels, rel{line: n, typ: "#", from: f[1], note: note})
			}
		case 'E', 'N':
			// events and normalisations: not part of Quotebench's model
		default:
			return bad("unknown annotation id %q", id)
		}
	}
	if err := sc.Err(); err != nil {
		return a, "", n, err
	}
	// the offset unit: as the text is, or with brat's universal newlines
	spans := make([]formats.SpanText, len(ts))
	for i, t := range ts {
		spans[i] = formats.SpanText{Parts: t.parts, Text: t.text, Sep: " "}
	}
	base, lf := text, false
	unit, err := formats.DetectUnit(base, spans)
	if err != nil && strings.Contains(text, "\r") {
		if u, err2 := formats.DetectUnit(annot.NormalizeNewlines(text), spans); err2 == nil {
			unit, err, base, lf = u, nil, annot.NormalizeNewlines(text), true
		}
	}
	if err != nil {
		return a, "", 0, err
	}
	o := annot.NewOffsets(base)
	runes := []rune(base)
	var g formats.Graph
	for _, t := range ts {
		var frags []annot.Span
		for _, p := range t.parts {
			sp, err := formats.ConvertSpan(o, unit, p[0], p[1])
			if err != nil {
				return a, unit, t.line, fmt.Errorf("line %d: %w", t.line, err)
			}
			frags = append(frags, sp)
		}
		r := formats.Region{Parts: joinLines(runes, frags), Label: t.typ}
		switch strings.ToLower(t.typ) {
		case "quote":
			r.Label = formats.LabelQuote
		case "cue":
			r.Label = formats.LabelCue
		}
		g.Regions = append(g.Regions, r)
	}
	target := func(line int, id string) (int, error) {
		i, ok := tidx[id]
		if !ok {
			return 0, fmt.Errorf("line %d: %w: %s is not a text-bound annotation", line, annot.ErrInvalid, id)
		}
		return i, nil
	}
	for _, at := range attrs {
		i, err := target(at.line, at.target)
		if err != nil {
			return a, unit, at.line, err
		}
		switch at.name {
		case AttrQuoteType:
			k := annot.Kind(strings.ToLower(at.value))
			if k != annot.KindDirect && k != annot.KindMixed && k != annot.KindIndirect {
				return a, unit, at.line, fmt.Errorf("line %d: %w: unknown quote type %q", at.line, annot.ErrInvalid, at.value)
			}
			g.Regions[i].Kind = k
		case AttrMentionType:
			g.Regions[i].Type = annot.MentionType(strings.ToLower(at.value))
		case AttrUnattrib:
			g.Regions[i].Unattributed = true
		}
	}
	for _, r := range rels {
		var err error
		var from, to int
		switch r.typ {
		case RelSaidBy, RelHasCue:
			if from, err = target(r.line, r.from); err == nil {
				to, err = target(r.line, r.to)
			}
			t := formats.RelSaidBy
			if r.typ == RelHasCue {
				t = formats.RelHasCue
			}
			g.Relations = append(g.Relations, formats.Relation{From: from, To: to, Type: t})
		case "Equiv":
			var first int
			for k, id := range r.equiv {
				var i int
				if i, err = target(r.line, id); err != nil {
					break
				}
				if k == 0 {
					first = i
				} else {
					g.Relations = append(g.Relations, formats.Relation{From: i, To: first, Type: formats.RelCoref})
				}
			}
		case "#":
			if from, err = target(r.line, r.from); err == nil {
				reg := &g.Regions[from]
				if reg.Label != formats.LabelQuote && reg.Label != formats.LabelCue {
					reg.Name = r.note
				}
			}
		}
		if err != nil {
			return a, unit, r.line, err
		}
	}
	a, err = formats.Unflatten(g, runes)
	if err != nil {
		return a, unit, 0, err
	}
	if lf {
		if a, err = formats.MapSpans(a, formats.LFMap(text)); err != nil {
			return a, unit, 0, err
		}
	}
	return a, unit, 0, nil
}
