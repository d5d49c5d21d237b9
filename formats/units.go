package formats

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/quotebench/quotebench/annot"
)

// SpanText is a span as a file states it: raw offsets in an unknown unit
// (one pair per fragment) and the text the file says they cover, fragments
// joined by Sep. Text "" means the file gives no text.
type SpanText struct {
	Parts      [][2]int
	Text       string
	Sep        string
	Start, End int // the span when Parts is nil (saves an allocation per span)
}

// Units are tried in this order; code points win when several fit (a text
// without astral or non-ASCII characters reads the same in all three).
var Units = []annot.Unit{annot.UnitCodePoint, annot.UnitUTF16, annot.UnitByte}

// DetectUnit finds the offset unit in which every span slices text to the
// text the file states for it. Spans without text are only range-checked.
// With no stated texts at all it returns code points if they fit.
func DetectUnit(text string, spans []SpanText) (annot.Unit, error) {
	o := annot.NewOffsets(text)
	var firstErr error
	for _, u := range Units {
		err := checkUnit(o, u, spans)
		if err == nil {
			return u, nil
		}
		if firstErr == nil {
			firstErr = err
		}
	}
	return "", fmt.Errorf("%w: offsets fit the text in no unit (code points, UTF-16, bytes): %v", annot.ErrInvalid, firstErr)
}

func checkUnit(o *annot.Offsets, u annot.Unit, spans []SpanText) error {
	var b strings.Builder
	for _, s := range spans {
		if s.Parts == nil {
			sp, err := ConvertSpan(o, u, s.Start, s.End)
			if err != nil {
				return err
			}
			if s.Text != "" {
				if t, _ := o.Slice(sp); t != s.Text {
					return fmt.Errorf("span %d-%d covers %q, the file says %q", s.Start, s.End, clip(t), clip(s.Text))
				}
			}
			continue
		}
		b.Reset()
		for i, p := range s.Parts {
			sp, err := ConvertSpan(o, u, p[0], p[1])
			if err != nil {
				return err
			}
			if s.Text == "" {
				continue
			}
			if i > 0 {
				b.WriteString(s.Sep)
			}
			t, _ := o.Slice(sp)
			b.WriteString(t)
		}
		if s.Text != "" && b.String() != s.Text {
			return fmt.Errorf("span %v covers %q, the file says %q", s.Parts, clip(b.String()), clip(s.Text))
		}
	}
	return nil
}

// ConvertSpan converts a span in unit u to code points and checks it.
func ConvertSpan(o *annot.Offsets, u annot.Unit, start, end int) (annot.Span, error) {
	if start > end {
		return annot.Span{}, fmt.Errorf("%w: span %d-%d ends before it starts", annot.ErrInvalid, start, end)
	}
	a, err := o.From(u, start)
	if err != nil {
		return annot.Span{}, err
	}
	b, err := o.From(u, end)
	if err != nil {
		return annot.Span{}, err
	}
	return annot.Span{Start: a, End: b}, nil
}

func clip(s string) string {
	if utf8.RuneCountInString(s) <= 40 {
		return s
	}
	r := []rune(s)
	return string(r[:37]) + "..."
}

// LFMap maps code point offsets in annot.NormalizeNewlines(orig) to offsets in
// orig: m[i] is where the i-th character of the normalised text starts in
// orig, and m[len] is the length of orig.
func LFMap(orig string) []int {
	m := make([]int, 0, len(orig)+1)
	cp := 0
	for i := 0; i < len(orig); {
		r, size := utf8.DecodeRuneInString(orig[i:])
		m = append(m, cp)
		if r == '\r' && i+1 < len(orig) && orig[i+1] == '\n' {
			i += 2
			cp += 2
			continue
		}
		i += size
		cp++
	}
	return append(m, cp)
}

// ToLFMap is the inverse: t[i] is the offset in the normalised text of
// code point i of orig (the LF of a CRLF maps with its CR).
func ToLFMap(orig string) []int {
	t := make([]int, 0, len(orig)+1)
	n := 0
	prevCR := false
	for _, r := range orig {
		if r == '\n' && prevCR {
			t = append(t, n-1)
			prevCR = false
			continue
		}
		t = append(t, n)
		n++
		prevCR = r == '\r'
	}
	return append(t, n)
}

// MapSpans rewrites every span of a through m (an offset table such as LFMap).
func MapSpans(a annot.Annotations, m []int) (annot.Annotations, error) {
	f := func(s annot.Span) (annot.Span, error) {
		if s.Start < 0 || s.End >= len(m) || s.Start > s.End {
			return s, fmt.Errorf("%w: span %v outside text of %d code points", annot.ErrInvalid, s, len(m)-1)
		}
		return annot.Span{Start: m[s.Start], End: m[s.End]}, nil
	}
	out := annot.Annotations{Entities: append([]annot.Entity(nil), a.Entities...)}
	for _, mm := range a.Mentions {
		var err error
		if mm.Span, err = f(mm.Span); err != nil {
			return out, fmt.Errorf("mention %d: %w", mm.ID, err)
		}
		out.Mentions = append(out.Mentions, mm)
	}
	for _, q := range a.Quotes {
		parts := make([]annot.Span, len(q.Parts))
		for i, p := range q.Parts {
			var err error
			if parts[i], err = f(p); err != nil {
				return out, fmt.Errorf("quote %d: %w", q.ID, err)
			}
		}
		q.Parts = parts
		if !q.Cue.Empty() {
			var err error
			if q.Cue, err = f(q.Cue); err != nil {
				return out, fmt.Errorf("quote %d cue: %w", q.ID, err)
			}
		}
		out.Quotes = append(out.Quotes, q)
	}
	return out, nil
}

// Resolve rebases a record's annotations onto the project's text of the
// same document. The record's text must be the project's text, or the
// project's text with its line breaks normalised to LF (brat's LF variant);
// a record without text is only checked against the text's length.
func Resolve(rec Record, text string) (annot.Annotations, error) {
	n := utf8.RuneCountInString(text)
	a := rec.Ann
	switch {
	case rec.Doc.Text == "" || rec.Doc.Text == text:
	case rec.Doc.Text == annot.NormalizeNewlines(text):
		var err error
		if a, err = MapSpans(a, LFMap(text)); err != nil {
			return a, err
		}
	default:
		return a, fmt.Errorf("%w: the file's text of %q differs from the project's text", annot.ErrConflict, DocName(rec.Doc))
	}
	if err := a.Validate(n); err != nil {
		return a, err
	}
	return a, nil
}
