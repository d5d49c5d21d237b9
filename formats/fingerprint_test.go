package formats

import (
	"strings"
	"testing"

	"github.com/quotebench/quotebench/annot"
)

// A read-back that differs names the annotations that differ, not two
// equal counts.
func TestFingerprintDiffNamesTheAnnotation(t *testing.T) {
	ann := func(speaker annot.MentionID) annot.Annotations {
		return annot.Annotations{
			Mentions: []annot.Mention{
				{ID: 1, Span: annot.Span{Start: 0, End: 4}, Label: annot.LabelPerson, Type: annot.MentionName},
				{ID: 2, Span: annot.Span{Start: 0, End: 4}, Label: annot.LabelPerson, Type: annot.MentionName},
			},
			Quotes: []annot.Quote{{ID: 1, Parts: []annot.Span{{Start: 10, End: 20}}, Kind: annot.KindDirect, Speaker: speaker}},
		}
	}
	want, err := fingerprint(docView{Ann: ann(2)})
	if err != nil {
		t.Fatal(err)
	}
	got, _ := fingerprint(docView{Ann: ann(1)})
	same, _ := fingerprint(docView{Ann: ann(2)})
	if same.sum != want.sum || got.sum == want.sum {
		t.Fatal("fingerprints do not tell the speaker apart")
	}
	msg := want.diff(got)
	for _, w := range []string{"wrote 0 entities, 2 mentions, 1 quotes, read 0 entities, 2 mentions, 1 quotes",
		"written but not read back as written: the quote at [10,20)", "read back but not written so: the quote at [10,20)"} {
		if !strings.Contains(msg, w) {
			t.Errorf("message %q lacks %q", msg, w)
		}
	}
}
