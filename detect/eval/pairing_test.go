package eval

import (
	"testing"

	"github.com/quotebench/quotebench/annot"
)

func TestScorePairsByIDNeverByPosition(t *testing.T) {
	a := Record{ID: "a", Text: "alpha"}
	b := Record{ID: "b", Text: "beta"}
	rep := Score([]Record{a, b}, []Record{b})
	if rep.Docs != 1 || rep.Unmatched != 1 {
		t.Errorf("gold [a b] vs pred [b]: docs %d unmatched %d, want 1 and 1", rep.Docs, rep.Unmatched)
	}
}

func TestScoreSkipsPredictionWithOtherText(t *testing.T) {
	rep := Score([]Record{{ID: "a", Text: "alpha"}}, []Record{{ID: "a", Text: "alpha, edited"}})
	if rep.Docs != 0 || rep.TextMismatch != 1 {
		t.Errorf("docs %d text mismatches %d, want 0 and 1", rep.Docs, rep.TextMismatch)
	}
}

func TestParseLineDropsByteOrderMark(t *testing.T) {
	r, err := ParseLine([]byte("\ufeff{\"id\":\"x\",\"text\":\"t\"}"))
	if err != nil || r.ID != "x" {
		t.Fatalf("ParseLine with BOM = %+v, %v", r, err)
	}
}

func TestUnlinkedPronounHasNoCanonicalSpeaker(t *testing.T) {
	text := `"Fine," he said. "Good," Jane Doe said.`
	a := annot.Annotations{
		Mentions: []annot.Mention{
			{ID: 1, Span: annot.Span{Start: 8, End: 10}, Type: annot.MentionPronoun},
			{ID: 2, Span: annot.Span{Start: 25, End: 33}, Type: annot.MentionName},
		},
		Quotes: []annot.Quote{
			{ID: 1, Parts: []annot.Span{{Start: 0, End: 7}}, Kind: annot.KindDirect, Speaker: 1},
			{ID: 2, Parts: []annot.Span{{Start: 17, End: 24}}, Kind: annot.KindDirect, Speaker: 2},
		},
	}
	r := FromAnnotations("x", text, a)
	if r.Quotes[0].Speaker != nil {
		t.Errorf("unlinked pronoun speaker = %q, want null", *r.Quotes[0].Speaker)
	}
	if m := r.Quotes[0].SpeakerMention; m == nil || *m != "he" {
		t.Errorf("speaker_mention = %v, want he", m)
	}
	if s := r.Quotes[1].Speaker; s == nil || *s != "Jane Doe" {
		t.Errorf("unlinked name speaker = %v, want Jane Doe", s)
	}
}
