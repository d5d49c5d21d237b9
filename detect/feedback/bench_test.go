package feedback_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/detect"
	"github.com/quotebench/quotebench/detect/feedback"
)

// BenchmarkLearn learns from done documents holding about 10,000 decisions
// (quotes and names, accepted or rejected), re-running the detector over
// them as Learn does: the goal is ≤ 5 s.
func BenchmarkLearn(b *testing.B) {
	det, err := detect.NewWith(detect.Options{KeepAll: true})
	if err != nil {
		b.Fatal(err)
	}
	var docs []feedback.Doc
	decisions := 0
	for i := 0; decisions < 10000; i++ {
		text := fmt.Sprintf("Report %d.\n\n“We will build %d homes,” said Jo Doe, the mayor of Springfield. ", i, i)
		text += strings.Repeat("Officials said the plan would cost more than the council expected. The union pledged to fight the cuts, a spokesperson told reporters on Monday. ", 5)
		a := det.Detect(text)
		for j := range a.Quotes {
			a.Quotes[j].State = []annot.State{annot.StateAccepted, annot.StateRejected}[j%2]
		}
		for j := range a.Mentions {
			a.Mentions[j].State = annot.StateAccepted
		}
		decisions += len(a.Quotes) + len(a.Mentions)
		docs = append(docs, feedback.Doc{Doc: annot.Document{ID: annot.DocID(i + 1), Text: text, Status: annot.StatusDone}, Ann: a})
	}
	b.ReportMetric(float64(decisions), "decisions")
	b.ResetTimer()
	for range b.N {
		feedback.Learn(docs, det.Detect)
	}
}
