package agree

import (
	"fmt"
	"strings"
	"testing"

	"github.com/quotebench/quotebench/annot"
)

// BenchmarkCompare1000x50: two annotators, 1,000 shared documents of
// about 3,000 characters, 50 decided annotations each (25 quotes, 25
// names), B differing from A on every fifth. Goal ≤ 5 s per comparison.
func BenchmarkCompare1000x50(b *testing.B) {
	const docs, perDoc = 1000, 25
	sentence := "The minister said the plan would work and critics in the capital disagreed. "
	text := strings.Repeat(sentence, 40) // 3,040 characters
	mk := func(d int, shift bool) Doc {
		var a annot.Annotations
		for i := 0; i < perDoc; i++ {
			base := i * 2 * len(sentence) / 1
			base %= len(text) - len(sentence)
			end := base + 60
			if shift && i%5 == 0 {
				end -= 10
			}
			a.Entities = append(a.Entities, annot.Entity{ID: annot.EntityID(i + 1), Name: "Minister", Label: annot.LabelPerson,
				Provenance: annot.Provenance{Origin: annot.OriginDetector, State: annot.StateAccepted}})
			a.Mentions = append(a.Mentions, annot.Mention{ID: annot.MentionID(i + 1), Span: annot.Span{Start: base + 4, End: base + 12},
				Label: annot.LabelPerson, Type: annot.MentionName, Entity: annot.EntityID(i + 1),
				Provenance: annot.Provenance{Origin: annot.OriginDetector, State: annot.StateAccepted}})
			a.Quotes = append(a.Quotes, annot.Quote{ID: annot.QuoteID(i + 1), Parts: []annot.Span{{Start: base + 18, End: end}},
				Kind: annot.KindIndirect, Speaker: annot.MentionID(i + 1),
				Provenance: annot.Provenance{Origin: annot.OriginDetector, State: annot.StateAccepted}})
		}
		return Doc{ID: annot.DocID(d + 1), Title: fmt.Sprint("doc ", d), Text: fmt.Sprintf("%d ", d) + text, Ann: a}
	}
	var pa, pb Project
	pa.Name, pb.Name = "A", "B"
	for d := 0; d < docs; d++ {
		pa.Docs = append(pa.Docs, mk(d, false))
		pb.Docs = append(pb.Docs, mk(d, true))
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		rep := Compare([]Project{pa, pb}, Options{})
		if rep.Shared != docs {
			b.Fatalf("shared %d", rep.Shared)
		}
	}
}
