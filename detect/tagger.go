package detect

import (
	"strings"
	"unicode/utf8"

	"github.com/quotebench/quotebench/annot/tokens"
	"github.com/quotebench/quotebench/detect/ner"
)

// nerTagger adapts the learned tagger of package ner.
type nerTagger struct{ t *ner.Tagger }

func (n nerTagger) names(text string, toks []tokens.Token, sents []rng) []nameSpan {
	ss := make([][2]int, len(sents))
	for i, s := range sents {
		ss[i] = [2]int{s.a, s.b}
	}
	ms := n.t.TagSentences(text, toks, ss)
	out := make([]nameSpan, 0, len(ms))
	for _, m := range ms {
		if m.Start < 0 || m.End > len(toks) || m.Start >= m.End {
			continue
		}
		out = append(out, nameSpan{a: m.Start, b: m.End, label: m.Label, conf: m.Confidence, gaz: m.Gaz})
	}
	return out
}

// withoutLabels drops the names that are a page's labels, "Q&A" (also
// from the edge of a name: "The Theresa Fudge Q&A") and a headline label
// before a colon ("Analysis:", "Watch:"), which the tagger may read as an
// organisation.
func (d *doc) withoutLabels(names []nameSpan) []nameSpan {
	out := names[:0]
	for _, n := range names {
		for n.b > n.a && d.low[n.b-1] == "q&a" {
			n.b-- // "The Theresa Fudge Q&A"
		}
		for n.b > n.a && d.low[n.a] == "q&a" {
			n.a++
		}
		if n.b == n.a || n.b == n.a+1 && headlineLabels.has(d.low[n.a]) && n.b < len(d.toks) && d.low[n.b] == ":" {
			continue
		}
		out = append(out, n)
	}
	return out
}

// defaultTagger returns the learned tagger of package ner, or the error
// that kept its embedded weights from loading: there is no fallback.
func defaultTagger() (tagger, error) {
	t, err := ner.Default()
	if err != nil {
		return nil, err
	}
	return nerTagger{t}, nil
}

// maskHeader blanks the "date YYYY-MM-DD Title" first line of an article:
// it is metadata, not text to annotate. Each of its characters becomes a
// space, so that code point offsets stay as they are.
func maskHeader(text string) string {
	line, _, _ := strings.Cut(text, "\n")
	if len(line) < 16 || !strings.HasPrefix(line, "date ") || !isISODate(line[5:15]) || line[15] != ' ' {
		return text
	}
	return strings.Repeat(" ", utf8.RuneCountInString(line)) + text[len(line):]
}
