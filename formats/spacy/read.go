package spacy

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/formats"
)

var decodeLine = formats.DecodeJSONLine("", func(t Task, rec *formats.Record) {
	rec.Doc, rec.Ann, rec.Unit, rec.Err = decode(t, rec)
})

// ErrDocBin is returned for a spaCy DocBin (.spacy) file: it is binary
// (msgpack, compressed), not JSONL.
var ErrDocBin = fmt.Errorf("%w: a spaCy DocBin (.spacy) is binary, not JSONL: convert it to JSONL first (docs/formats.md, \"spaCy DocBin\", gives the few lines of Python)", annot.ErrInvalid)

// Read streams the tasks of a JSONL file.
func Read(path string, _ formats.Options, yield func(formats.Record) bool) error {
	f, err := formats.OpenInput(path)
	if err != nil {
		return err
	}
	defer f.Close()
	head := make([]byte, 2)
	n, _ := io.ReadFull(f, head)
	if isDocBin(path, head[:n]) {
		return fmt.Errorf("%s: %w", path, ErrDocBin)
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return err
	}
	return formats.ReadLines(f, path, decodeLine, yield)
}

// isDocBin recognises a DocBin: DocBin.to_disk writes zlib-compressed
// msgpack (0x78 then a check byte), and the files are named .spacy.
func isDocBin(path string, head []byte) bool {
	if len(head) == 2 && head[0] == 0x78 && (uint(head[0])<<8|uint(head[1]))%31 == 0 {
		return true
	}
	return strings.HasSuffix(strings.ToLower(path), ".spacy") && !bytes.HasPrefix(bytes.TrimLeft(head, " \t\r\n"), []byte("{"))
}

// Decode streams records from r; path names r in messages.
func Decode(r io.Reader, path string, yield func(formats.Record) bool) error {
	return formats.ReadLines(r, path, decodeLine, yield)
}

// Decoded turns a task into a document and annotations in code points.
func Decoded(t Task) (annot.Document, annot.Annotations, annot.Unit, error) {
	var rec formats.Record
	return decode(t, &rec)
}

// decode is Decoded, noting on rec what it refuses: spans whose offsets
// disagree with their tokens, relations of other tools or to refused spans.
func decode(t Task, rec *formats.Record) (annot.Document, annot.Annotations, annot.Unit, error) {
	doc := annot.Document{ExtID: t.Meta.ID, Title: t.Meta.Title, Date: t.Meta.Date, Source: t.Meta.Source, URL: t.Meta.URL, Text: t.Text}
	var a annot.Annotations
	if t.Text == "" {
		return doc, a, "", fmt.Errorf("%w: the task has no text", annot.ErrInvalid)
	}
	if t.Answer != "" && t.Answer != "accept" {
		return doc, a, "", fmt.Errorf("the answer is %q, not accept: not imported", t.Answer)
	}
	var st []formats.SpanText
	for _, tk := range t.Tokens {
		st = append(st, formats.SpanText{Parts: [][2]int{{tk.Start, tk.End}}, Text: tk.Text})
	}
	for _, s := range t.Spans {
		st = append(st, formats.SpanText{Parts: [][2]int{{s.Start, s.End}}})
	}
	unit, err := formats.DetectUnit(t.Text, st)
	if err != nil {
		return doc, a, "", err
	}
	o := annot.NewOffsets(t.Text)
	var g formats.Graph
	region := make([]int, len(t.Spans)) // span → region, -1 when refused
	for i, s := range t.Spans {
		region[i] = -1
		if msg := tokenMismatch(t.Tokens, s); msg != "" {
			rec.Notef(formats.NoteRefused, "span %d-%d %s: %s", s.Start, s.End, s.Label, msg)
			continue
		}
		sp, err := formats.ConvertSpan(o, unit, s.Start, s.End)
		if err != nil {
			return doc, a, unit, fmt.Errorf("span %d-%d: %w", s.Start, s.End, err)
		}
		region[i] = len(g.Regions)
		g.Regions = append(g.Regions, formats.Region{Parts: []annot.Span{sp}, Label: s.Label, Kind: annot.Kind(s.Kind),
			Type: annot.MentionType(s.MentionType), Name: s.EntityName, Unattributed: s.Unattributed})
	}
	for _, r := range t.Relations {
		label := strings.ToUpper(r.Label)
		if !formats.KnownRelation(label) {
			rec.Notef(formats.NoteRefused, "relation %s (token %d → %d): not one of SAID_BY, HAS_CUE, CONTINUES, COREF", r.Label, r.Head, r.Child)
			continue
		}
		h, err := findSpan(t.Spans, r.HeadSpan, r.Head, true, label)
		if err != nil {
			return doc, a, unit, err
		}
		c, err := findSpan(t.Spans, r.ChildSpan, r.Child, false, label)
		if err != nil {
			return doc, a, unit, err
		}
		if region[h] < 0 || region[c] < 0 {
			rec.Notef(formats.NoteRefused, "relation %s (token %d → %d): its span was refused", label, r.Head, r.Child)
			continue
		}
		g.Relations = append(g.Relations, formats.Relation{From: region[h], To: region[c], Type: label})
	}
	a, err = formats.Unflatten(g, []rune(t.Text))
	return doc, a, unit, err
}

// tokenMismatch says how a span's offsets disagree with the tokens its
// token_start and token_end name, or "" when they agree (or the task has
// no tokens or the span no token indices).
func tokenMismatch(toks []Token, s Span) string {
	if len(toks) == 0 || s.TokenStart == nil || s.TokenEnd == nil {
		return ""
	}
	ts, te := *s.TokenStart, *s.TokenEnd
	if ts < 0 || te >= len(toks) || te < ts {
		return fmt.Sprintf("token_start %d / token_end %d are not tokens (the task has %d)", ts, te, len(toks))
	}
	if toks[ts].Start != s.Start || toks[te].End != s.End {
		return fmt.Sprintf("the offsets disagree with token_start %d and token_end %d, which cover %d-%d: shifted?", ts, te, toks[ts].Start, toks[te].End)
	}
	return ""
}

// findSpan finds a relation's end: by its span (id, else offsets and
// label), else by token index and what the relation may join.
func findSpan(spans []Span, ref *Span, tok int, head bool, label string) (int, error) {
	if ref != nil {
		for i, s := range spans {
			if ref.ID != 0 && s.ID == ref.ID || ref.ID == 0 && s.Start == ref.Start && s.End == ref.End && s.Label == ref.Label {
				return i, nil
			}
		}
		return 0, fmt.Errorf("%w: %s relation names a span %d-%d %s that is not in spans", annot.ErrInvalid, label, ref.Start, ref.End, ref.Label)
	}
	for i, s := range spans {
		if s.TokenEnd == nil || *s.TokenEnd != tok {
			continue
		}
		isQuote := s.Label == formats.LabelQuote
		switch {
		case label == formats.RelContinues && isQuote,
			head && isQuote && label != formats.RelCoref,
			!head && label == formats.RelSaidBy && !isQuote && s.Label != formats.LabelCue,
			!head && label == formats.RelHasCue && s.Label == formats.LabelCue,
			label == formats.RelCoref && !isQuote && s.Label != formats.LabelCue:
			return i, nil
		}
	}
	return 0, fmt.Errorf("%w: %s relation: no span ends at token %d", annot.ErrInvalid, label, tok)
}
