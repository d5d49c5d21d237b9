package chunk

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/quotebench/quotebench/annot"
)

// names finds every "Ana Lind" as a PERSON mention of one entity, and every
// “…” as a direct quote spoken by the mention before it. It records the
// longest text it was given.
type names struct{ longest int }

func (n *names) detect(text string) annot.Annotations {
	n.longest = max(n.longest, len(text))
	var a annot.Annotations
	rs := []rune(text)
	ent := annot.EntityID(0)
	for i := 0; i+8 <= len(rs); i++ {
		if string(rs[i:i+8]) == "Ana Lind" {
			if ent == 0 {
				ent = 1
				a.Entities = append(a.Entities, annot.Entity{ID: 1, Name: "Ana Lind", Label: annot.LabelPerson})
			}
			a.Mentions = append(a.Mentions, annot.Mention{ID: annot.MentionID(len(a.Mentions) + 1), Span: annot.Span{Start: i, End: i + 8},
				Label: annot.LabelPerson, Type: annot.MentionName, Entity: ent})
		}
		if rs[i] == '“' {
			if j := indexRune(rs[i:], '”'); j > 1 {
				q := annot.Quote{ID: annot.QuoteID(len(a.Quotes) + 1), Parts: []annot.Span{{Start: i + 1, End: i + j}}, Kind: annot.KindDirect}
				if len(a.Mentions) > 0 {
					q.Speaker = a.Mentions[len(a.Mentions)-1].ID
				}
				a.Quotes = append(a.Quotes, q)
			}
		}
	}
	return a
}

func indexRune(rs []rune, r rune) int {
	for i, x := range rs {
		if x == r {
			return i
		}
	}
	return -1
}

const para = "Ana Lind spoke in Nordvik. “The harbour will reopen in May,” she said.\n\n"

// An article no longer than one piece is detected as the detector alone
// would, with no notice.
func TestShortArticleUnchanged(t *testing.T) {
	text := strings.Repeat(para, 10)
	n := &names{}
	got, notes := Detect(n.detect, text, Limits{ChunkBytes: 1 << 20, MaxQuotes: 100, MaxMentions: 100})
	if want := (&names{}).detect(text); !reflect.DeepEqual(got, want) || len(notes) != 0 {
		t.Errorf("short article changed (notes %v)", notes)
	}
}

// A long article is detected in pieces of at most ChunkBytes cut at
// paragraph ends; every suggestion lands on its own text in the whole
// article, ids stay unique and the set is valid; a notice says so.
func TestLongArticleInPieces(t *testing.T) {
	text := strings.Repeat("Überall ünd “äö” 東京. "+para, 2000)
	n := &names{}
	lim := Limits{ChunkBytes: 4 << 10, MaxQuotes: 1 << 20, MaxMentions: 1 << 20}
	a, notes := Detect(n.detect, text, lim)
	if n.longest > lim.ChunkBytes {
		t.Errorf("the detector was given %d bytes at once, limit %d", n.longest, lim.ChunkBytes)
	}
	if err := a.Validate(utf8.RuneCountInString(text)); err != nil {
		t.Fatal(err)
	}
	rs := []rune(text)
	if len(a.Mentions) != 2000 || len(a.Quotes) != 4000 {
		t.Errorf("%d mentions and %d quotes, want 2000 and 4000", len(a.Mentions), len(a.Quotes))
	}
	for _, m := range a.Mentions {
		if got := annot.SpanText(rs, m.Span); got != "Ana Lind" {
			t.Fatalf("mention %d at %v is %q", m.ID, m.Span, got)
		}
	}
	for _, q := range a.Quotes {
		got := annot.SpanText(rs, q.Parts[0])
		if got != "äö" && got != "The harbour will reopen in May," {
			t.Fatalf("quote %d at %v is %q", q.ID, q.Parts[0], got)
		}
	}
	if len(notes) != 1 || !strings.Contains(notes[0], "pieces") {
		t.Errorf("notes %q, want one saying the article was cut", notes)
	}
}

// A pathological article keeps a bounded number of suggestions, the first
// in text order with their speakers, and says what it left out.
func TestSuggestionsBounded(t *testing.T) {
	text := strings.Repeat(para, 5000) // 5,000 mentions and quotes
	for _, chunk := range []int{1 << 20, 8 << 10} {
		n := &names{}
		a, notes := Detect(n.detect, text, Limits{ChunkBytes: chunk, MaxQuotes: 300, MaxMentions: 200})
		if len(a.Quotes) > 300 || len(a.Mentions) > 200+300 {
			t.Errorf("chunk %d: kept %d quotes and %d mentions", chunk, len(a.Quotes), len(a.Mentions))
		}
		if err := a.Validate(utf8.RuneCountInString(text)); err != nil {
			t.Fatalf("chunk %d: %v", chunk, err)
		}
		if len(a.Quotes) == 0 || a.Quotes[0].Parts[0].Start != 28 {
			t.Errorf("chunk %d: the first quote is not the article's first", chunk)
		}
		for _, q := range a.Quotes {
			if q.Speaker == 0 {
				t.Fatalf("chunk %d: quote %d lost its speaker", chunk, q.ID)
			}
		}
		joined := strings.Join(notes, " | ")
		if !strings.Contains(joined, "limit") {
			t.Errorf("chunk %d: notes %q do not say what was left out", chunk, joined)
		}
	}
}
