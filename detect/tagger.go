package detect

import (
	"github.com/quotebench/quotebench/annot/tokens"
	"github.com/quotebench/quotebench/detect/ner"
)

// nerTagger adapts the learned tagger of package ner.
type nerTagger struct{ t *ner.Tagger }

func (n nerTagger) names(text string, toks []tokens.Token) []nameSpan {
	ms := n.t.Tag(text, toks)
	out := make([]nameSpan, 0, len(ms))
	for _, m := range ms {
		if m.Start < 0 || m.End > len(toks) || m.Start >= m.End {
			continue
		}
		out = append(out, nameSpan{m.Start, m.End, m.Label, m.Confidence})
	}
	return out
}

// defaultTagger returns the learned tagger, or the rule fallback when its
// weights do not load.
func defaultTagger() tagger {
	if t, err := ner.Default(); err == nil && t != nil {
		return nerTagger{t}
	}
	return capTagger{}
}
