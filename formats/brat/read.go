package brat

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/formats"
)

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
			rec.SpanLines = mentionLines(rec.Ann, []rune(rec.Doc.Text), string(ann))
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
	// the offset unit: as the text is (brat on Python 3), or with universal
	// newlines (brat on Python 2, and the --lf export)
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

// mentionLines finds the .ann line of each mention (a T line of its label
// and covered text), so that an import names the line of a mention it
// refuses.
func mentionLines(a annot.Annotations, text []rune, ann string) map[annot.Span]int {
	byKey := map[string][]int{} // "TYPE\tcovered text" → lines
	for n, line := range strings.Split(ann, "\n") {
		id, rest, _ := strings.Cut(strings.TrimRight(line, "\r"), "\t")
		if !strings.HasPrefix(id, "T") {
			continue
		}
		typeSpans, covered, _ := strings.Cut(rest, "\t")
		typ, _, _ := strings.Cut(typeSpans, " ")
		byKey[typ+"\t"+covered] = append(byKey[typ+"\t"+covered], n+1)
	}
	lines := map[annot.Span]int{}
	for _, m := range a.Mentions {
		key := string(m.Label) + "\t" + oneLine(annot.SpanText(text, m.Span))
		if ls := byKey[key]; len(ls) > 0 {
			lines[m.Span], byKey[key] = ls[0], ls[1:]
		}
	}
	return lines
}
