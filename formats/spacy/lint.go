package spacy

import (
	"fmt"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/annot/tokens"
	"github.com/quotebench/quotebench/formats"
)

// lint reports spans that split a word (the export splits the token there,
// which spaCy's own tokenizer would not) and mentions that overlap another
// one: spaCy's doc.ents cannot hold them (E1010), so they go to
// doc.spans["sc"] (group "spans").
func lint(it formats.Item, _ formats.Options) []formats.Problem {
	toks := tokens.Tokenize(it.Doc.Text)
	doc := formats.DocName(it.Doc)
	var ps []formats.Problem
	check := func(what string, s annot.Span) {
		if msg := formats.TokenBoundary(toks, s); msg != "" {
			ps = append(ps, formats.Problem{Doc: doc, Check: formats.CheckTokenBoundary, Span: s,
				Message: what + " " + msg + "; the token is split there"})
		}
	}
	for _, m := range it.Ann.Mentions {
		check("mention", m.Span)
	}
	for _, q := range it.Ann.Quotes {
		for _, p := range q.Parts {
			check("quote", p)
		}
		if !q.Cue.Empty() {
			check("cue", q.Cue)
		}
	}
	task, err := Encode(it)
	if err != nil {
		return ps
	}
	var ents []Span
	for _, s := range task.Spans {
		if s.Group == GroupEnts {
			ents = append(ents, s)
		}
	}
	for _, s := range task.Spans {
		if s.Group != GroupSpans || s.Label == formats.LabelQuote || s.Label == formats.LabelCue {
			continue
		}
		for _, e := range ents {
			if s.Start < e.End && e.Start < s.End {
				ps = append(ps, formats.Problem{Doc: doc, Check: formats.CheckMentionOverlap, Span: annot.Span{Start: s.Start, End: s.End},
					Message: fmt.Sprintf("%s mention overlaps the %s mention at %d-%d: spaCy's doc.ents cannot hold both (E1010), so it goes to doc.spans[\"sc\"] (group \"spans\")", s.Label, e.Label, e.Start, e.End)})
				break
			}
		}
	}
	return ps
}
