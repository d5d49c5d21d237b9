package jsonl_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/formats"
	"github.com/quotebench/quotebench/formats/formatstest"
)

// benchItems makes n news-sized documents: the test article's text 16 times
// (about 3,000 characters), its annotations on the first 4 copies (20
// quotes, 28 mentions, 12 entities).
func benchItems(n int) []formats.Item {
	base := formatstest.Article()
	size := len([]rune(base.Doc.Text))
	text := strings.Repeat(base.Doc.Text, 16)
	var a annot.Annotations
	for r := 0; r < 4; r++ {
		shift := func(s annot.Span) annot.Span {
			if s.Empty() {
				return s
			}
			return annot.Span{Start: s.Start + r*size, End: s.End + r*size}
		}
		off := annot.EntityID(r * 10)
		for _, e := range base.Ann.Entities {
			e.ID += off
			a.Entities = append(a.Entities, e)
		}
		for _, m := range base.Ann.Mentions {
			m.ID += annot.MentionID(r * 10)
			if m.Entity != 0 {
				m.Entity += off
			}
			m.Span = shift(m.Span)
			a.Mentions = append(a.Mentions, m)
		}
		for _, q := range base.Ann.Quotes {
			q.ID += annot.QuoteID(r * 10)
			if q.Speaker != 0 {
				q.Speaker += annot.MentionID(r * 10)
			}
			q.Parts = append([]annot.Span(nil), q.Parts...)
			for i := range q.Parts {
				q.Parts[i] = shift(q.Parts[i])
			}
			q.Cue = shift(q.Cue)
			a.Quotes = append(a.Quotes, q)
		}
	}
	items := make([]formats.Item, n)
	for i := range items {
		d := base.Doc
		d.ID = annot.DocID(i + 1)
		d.ExtID = fmt.Sprintf("doc-%05d", i)
		d.Text = text
		items[i] = formats.Item{Doc: d, Ann: a}
	}
	return items
}

// BenchmarkExportJSONL exports 10,000 documents to jsonl per operation,
// reading the output back and writing the manifest (the target is ≤ 5 s).
func BenchmarkExportJSONL(b *testing.B) {
	items := benchItems(10000)
	if err := items[0].Ann.Validate(len([]rune(items[0].Doc.Text))); err != nil {
		b.Fatal(err)
	}
	dir := b.TempDir()
	cpu0 := cpuTime()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		out := filepath.Join(dir, fmt.Sprintf("x%d.jsonl", i))
		m, err := formats.Export(out, "jsonl", formatstest.Seq(items), len(items), formats.Options{State: "all"}, nil)
		if err != nil {
			b.Fatal(err)
		}
		if m.Counts.Documents != 10000 || m.Counts.Quotes != 200000 {
			b.Fatalf("counts %+v", m.Counts)
		}
	}
	b.StopTimer()
	// CPU seconds per export: the machine the benchmark runs on is often
	// shared, so wall time alone says little.
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
	}
}
