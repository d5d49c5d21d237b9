package detect

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
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
	if shared := sharedDir(t); shared != "" {
		if f, err := os.Open(filepath.Join(shared, "corpus", "polnear", "train.jsonl")); err == nil {
			sc := bufio.NewScanner(f)
			sc.Buffer(nil, 1<<26)
			for sc.Scan() && len(texts) < 203 {
				var a struct{ Text string }
				if json.Unmarshal(sc.Bytes(), &a) == nil {
					texts = append(texts, a.Text)
				}
			}
			f.Close()
		}
	} else {
		t.Log("../shared is absent: the PolNeAR articles are not compared")
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
