package detect

import (
	"strings"
	"testing"
)

// Every class of the closed-word table is listed once, with words, and a
// word listed under several classes belongs to all of them.
func TestWordClassTable(t *testing.T) {
	var all wordClass
	for i, l := range classWords {
		if l.class == 0 || len(strings.Fields(l.words)) == 0 {
			t.Errorf("classWords[%d]: class %b with %d words", i, l.class, len(strings.Fields(l.words)))
		}
		all |= l.class
		for _, w := range strings.Fields(l.words) {
			if !l.class.has(w) {
				t.Errorf("%q is listed in class %b but has() says no", w, l.class)
			}
		}
	}
	if all != 1<<numWordClasses-1 {
		t.Errorf("classes covered %b, want all %d", all, numWordClasses)
	}
	// "about" is a topic preposition, a preposition and a subject stop.
	for _, c := range []wordClass{topicPreps, prepositions, stops} {
		if !c.has("about") {
			t.Errorf("about: not in class %b", c)
		}
	}
	if determiners.has("about") || (prepositions | months).has("said") {
		t.Error("a word is in a class that does not list it")
	}
}

func TestWordClassTableRefusesRepeatedClass(t *testing.T) {
	for _, lists := range [][]classList{
		{{topicPreps, "about"}, {topicPreps, "over"}},
		{{topicPreps | months, "about"}},
		{{0, "about"}},
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("buildLexicon(%v) did not refuse it", lists)
				}
			}()
			buildLexicon(lists)
		}()
	}
}
