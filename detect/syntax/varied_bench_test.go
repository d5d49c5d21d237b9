package syntax

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/quotebench/quotebench/detect/internal/cputime"
)

// BenchmarkAnalyzeVaried tags the sentences of the last tenth of CoNLL
// eng.train's documents (the tune split, about 20,000 tokens of varied
// news): unlike BenchmarkAnalyze's repeated sentence, most words miss the
// caches. Run with -cpu 1; skipped without ../shared.
func BenchmarkAnalyzeVaried(b *testing.B) {
	path := filepath.Join("..", "..", "..", "shared", "corpus", "conll2003", "eng.train")
	f, err := os.Open(path)
	if err != nil {
		b.Skipf("CoNLL-2003 not present (%v)", err)
	}
	defer f.Close()
	docs, err := ReadCoNLL(f, path)
	if err != nil {
		b.Fatal(err)
	}
	docs = docs[len(docs)-len(docs)/10:]
	tg := mustDefault(b)
	var a Analysis
	b.ResetTimer()
	c0 := cputime.Used()
	for k := 0; k < b.N; k++ {
		for _, d := range docs {
			for _, s := range d.Sentences {
				tg.Words(s.Words, &a)
			}
		}
	}
	n := float64(Tokens(docs)) * float64(b.N)
	b.ReportMetric(n/b.Elapsed().Seconds(), "tokens/s")
	if c := cputime.Used() - c0; c > 0 {
		b.ReportMetric(n/c.Seconds(), "tokens/cpu-s")
	}
}
