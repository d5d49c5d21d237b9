package detect

import (
	"reflect"
	"testing"
)

// TestLazySyntaxSameOutput: tagging a sentence's syntax when a rule first
// asks for it gives the same detection as tagging every sentence first:
// on the sample, on texts that exercise cues, quotes and speakers in many
// sentences, and on the first 200 PolNeAR train articles when ../shared
// is there.
func TestLazySyntaxSameOutput(t *testing.T) {
	texts := []string{
		sample(),
		"The mayor said the bridge would open in May. Workers added a second lane. “It is late,” she told reporters.\n\nIn an emailed statement, the company said it plans to appeal. He has for years been saying that the budget is too small.",
		"SPRINGFIELD, Ill. – Officials expect the vote on Tuesday. According to the council, the review will take weeks. Asked whether he would run, Doe said: “Not this year.”",
	}
	if news, err := polnearTrain(t, 200); err == nil {
		texts = append(texts, news...)
	} else {
		t.Logf("%v: they are not compared", err)
	}
	t.Cleanup(func() { eagerSyntax = false })
	for _, scope := range []Scope{ScopeSpeech, ScopeAll} {
		det, err := NewWith(Options{Scope: scope})
		if err != nil {
			t.Fatal(err)
		}
		for i, text := range texts {
			lazy := det.Detect(text)
			eagerSyntax = true
			eager := det.Detect(text)
			eagerSyntax = false
			if !reflect.DeepEqual(lazy, eager) {
				t.Fatalf("scope %v, text %d: detection differs when every sentence is tagged first", scope, i)
			}
		}
	}
}
