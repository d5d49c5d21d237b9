package main

import (
	"strings"
	"testing"

	"github.com/quotebench/quotebench/detect/ner"
)

// A word's capitalisation class counts only the places where a sentence
// does not force a capital: not first, not after sentence punctuation, not
// in a line without lower-case words.
func TestCapClasses(t *testing.T) {
	var sents [][]string
	for _, s := range []string{
		"The board of Acme met .",
		"Shares of Acme rose , the board said .",
		"Building a board : Building works .", // after ":" a capital is forced
		"ACME BOARD WINS .",                   // a headline: not counted
		"Acme Board Wins Big Award .",         // title case: not counted
		"the Board met , a board said , and Mr. Board left , the board said .",
		"Zed said .",
	} {
		sents = append(sents, strings.Fields(s))
	}
	c := capClasses(sents)
	for w, want := range map[string]uint8{
		"acme":     6, // always capitalised where it may choose
		"board":    3, // 2 of 6: under 50%
		"the":      1, // the sentence-initial "The" is not counted
		"building": 0, // capitalised only where forced: not counted
		"wins":     0, // only in headlines
		"zed":      0, // only first
		"said":     1,
	} {
		if got := c[ner.LowerKey(w)]; got != want {
			t.Errorf("%s: class %d, want %d", w, got, want)
		}
	}
	if ner.LowerKey("Acme") != ner.LowerKey("ACME") || ner.LowerKey("Acme") != ner.LowerKey("acme") {
		t.Error("LowerKey depends on case")
	}
}
