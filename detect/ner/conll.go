package ner

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Entity is an entity over tokens [Start, End) of a sentence. Type is PER,
// ORG, LOC or MISC (CoNLL types; LOC includes what Tag reports as GPE).
type Entity struct {
	Start, End int
	Type       string
}

// Sentence is a tokenised sentence with its entities.
type Sentence struct {
	Words    []string
	Entities []Entity
}

// Doc is a tokenised document.
type Doc struct {
	Sentences []Sentence
}

// Tokens counts the tokens of docs.
func Tokens(docs []Doc) int {
	n := 0
	for _, d := range docs {
		for _, s := range d.Sentences {
			n += len(s.Words)
		}
	}
	return n
}

func typeOf(name string) (etype, bool) {
	for t, n := range typeNames {
		if n == name {
			return etype(t), true
		}
	}
	return 0, false
}

// ReadCoNLL reads CoNLL-2003 data (word POS chunk NER per line, IOB1 or IOB2
// tags, blank lines between sentences, -DOCSTART- between documents). name
// is used in error messages.
func ReadCoNLL(r io.Reader, name string) ([]Doc, error) {
	var docs []Doc
	var cur Doc
	var sent Sentence
	openType, openStart := "", -1
	closeOpen := func() {
		if openStart >= 0 {
			sent.Entities = append(sent.Entities, Entity{openStart, len(sent.Words), openType})
			openStart, openType = -1, ""
		}
	}
	endSentence := func() {
		closeOpen()
		if len(sent.Words) > 0 {
			cur.Sentences = append(cur.Sentences, sent)
		}
		sent = Sentence{}
	}
	endDoc := func() {
		endSentence()
		if len(cur.Sentences) > 0 {
			docs = append(docs, cur)
		}
		cur = Doc{}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	line := 0
	for sc.Scan() {
		line++
		fields := strings.Fields(sc.Text())
		if len(fields) == 0 {
			endSentence()
			continue
		}
		if fields[0] == "-DOCSTART-" {
			endDoc()
			continue
		}
		if len(fields) < 2 {
			return nil, fmt.Errorf("%s:%d: want a word and an entity tag, got %q", name, line, sc.Text())
		}
		word, label := fields[0], fields[len(fields)-1]
		if label == "O" {
			closeOpen()
			sent.Words = append(sent.Words, word)
			continue
		}
		prefix, typ, ok := strings.Cut(label, "-")
		if _, known := typeOf(typ); !ok || !known || (prefix != "B" && prefix != "I") {
			return nil, fmt.Errorf("%s:%d: unknown entity tag %q", name, line, label)
		}
		if prefix == "B" || typ != openType {
			closeOpen()
			openType, openStart = typ, len(sent.Words)
		}
		sent.Words = append(sent.Words, word)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", name, line+1, err)
	}
	endDoc()
	return docs, nil
}
