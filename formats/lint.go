package formats

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/annot/tokens"
)

// Problem is one thing the lint found in a document.
type Problem struct {
	Doc     string     `json:"doc"`
	Check   string     `json:"check"`
	Span    annot.Span `json:"span"`
	Message string     `json:"message"`
}

func (p Problem) String() string {
	return fmt.Sprintf("%s %v: %s: %s", p.Doc, p.Span, p.Check, p.Message)
}

// Lint checks.
const (
	CheckNoSpeaker      = "no-speaker"      // a quote without speaker, not marked unattributed
	CheckEdgeSpace      = "edge-space"      // a span that starts or ends with whitespace
	CheckOverlap        = "overlap"         // two quotes sharing text
	CheckParagraphs     = "paragraphs"      // a span running across a blank line
	CheckTokenBoundary  = "token-boundary"  // (reported by token formats) a span splitting a token
	CheckMentionOverlap = "mention-overlap" // (reported by CoNLL) overlapping name mentions
	CheckSpanOverlap    = "span-overlap"    // (reported by doccano) a span overlapping an earlier one
)

// Lint lists what a dataset consumer would trip over in one item.
func Lint(it Item) []Problem {
	o := annot.NewOffsets(it.Doc.Text)
	doc := DocName(it.Doc)
	var ps []Problem
	add := func(check string, s annot.Span, format string, args ...any) {
		ps = append(ps, Problem{Doc: doc, Check: check, Span: s, Message: fmt.Sprintf(format, args...)})
	}
	span := func(what string, s annot.Span) {
		t, err := o.Slice(s)
		if err != nil || t == "" {
			return
		}
		first, _ := utf8.DecodeRuneInString(t)
		last, _ := utf8.DecodeLastRuneInString(t)
		if unicode.IsSpace(first) || unicode.IsSpace(last) {
			add(CheckEdgeSpace, s, "%s %q starts or ends with whitespace", what, clip(t))
		}
		if crossesParagraph(t) {
			add(CheckParagraphs, s, "%s runs across a paragraph break", what)
		}
	}
	for _, m := range it.Ann.Mentions {
		span("mention", m.Span)
	}
	for i, q := range it.Ann.Quotes {
		for _, p := range q.Parts {
			span("quote", p)
		}
		if !q.Cue.Empty() {
			span("cue", q.Cue)
		}
		if q.Speaker == 0 && !q.Unattributed {
			t, _ := o.Slice(q.Extent())
			add(CheckNoSpeaker, q.Extent(), "quote %q has no speaker and is not marked unattributed", clip(t))
		}
		for _, o := range it.Ann.Quotes[i+1:] {
			if partsOverlap(q.Parts, o.Parts) {
				add(CheckOverlap, q.Extent(), "quote overlaps the quote at %v", o.Extent())
			}
		}
	}
	return ps
}

func partsOverlap(a, b []annot.Span) bool {
	for _, x := range a {
		for _, y := range b {
			if x.Overlaps(y) {
				return true
			}
		}
	}
	return false
}

// crossesParagraph reports whether s holds a blank line: two line breaks
// with only spaces or tabs between them.
func crossesParagraph(s string) bool {
	if !strings.ContainsAny(s, "\r\n") {
		return false
	}
	breaks := 0
	for i, r := range s {
		switch r {
		case '\n':
			breaks++
		case '\r':
			if i+1 < len(s) && s[i+1] == '\n' {
				continue
			}
			breaks++
		case ' ', '\t':
		default:
			breaks = 0
		}
		if breaks >= 2 {
			return true
		}
	}
	return false
}

// TokenBoundary says how a span splits a token of toks ("starts inside
// the token "Smith's""), or "" when it starts and ends on token boundaries.
func TokenBoundary(toks []tokens.Token, s annot.Span) string {
	i := sort.Search(len(toks), func(k int) bool { return int(toks[k].End) > s.Start })
	if i < len(toks) && int(toks[i].Start) < s.Start {
		return fmt.Sprintf("starts inside a token at %d-%d", toks[i].Start, toks[i].End)
	}
	j := sort.Search(len(toks), func(k int) bool { return int(toks[k].End) >= s.End })
	if j < len(toks) && int(toks[j].Start) < s.End && int(toks[j].End) > s.End {
		return fmt.Sprintf("ends inside a token at %d-%d", toks[j].Start, toks[j].End)
	}
	return ""
}
