package conll_test

import (
	"bufio"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/quotebench/quotebench/annot/tokens"
	"github.com/quotebench/quotebench/formats"
	"github.com/quotebench/quotebench/formats/conll"
	"github.com/quotebench/quotebench/formats/formatstest"
)

// seqevalEntities is seqeval's get_entities (default mode, which reads IOB1
// and IOB2 alike), ported line by line: seqeval is on PyPI, which cannot be
// reached here. Sentences are joined with an "O" between them.
func seqevalEntities(sents [][]string) []conll.Entity {
	var seq []string
	for _, s := range sents {
		seq = append(seq, s...)
		seq = append(seq, "O")
	}
	split := func(chunk string) (string, string) {
		tag := chunk[:1]
		typ := chunk[1:]
		if i := strings.Index(typ, "-"); i >= 0 {
			typ = typ[i+1:]
		}
		if typ == "" {
			typ = "_"
		}
		return tag, typ
	}
	end := func(pt, t, ptyp, typ string) bool {
		switch {
		case pt == "E", pt == "S",
			pt == "B" && (t == "B" || t == "S" || t == "O"),
			pt == "I" && (t == "B" || t == "S" || t == "O"),
			pt != "O" && pt != "." && ptyp != typ:
			return true
		}
		return false
	}
	start := func(pt, t, ptyp, typ string) bool {
		switch {
		case t == "B", t == "S",
			pt == "E" && (t == "E" || t == "I"),
			pt == "S" && (t == "E" || t == "I"),
			pt == "O" && (t == "E" || t == "I"),
			t != "O" && t != "." && ptyp != typ:
			return true
		}
		return false
	}
	var chunks []conll.Entity
	prevTag, prevType, begin := "O", "", 0
	for i, c := range append(seq, "O") {
		tag, typ := split(c)
		if end(prevTag, tag, prevType, typ) {
			chunks = append(chunks, conll.Entity{Start: begin, End: i, Label: prevType})
		}
		if start(prevTag, tag, prevType, typ) {
			begin = i
		}
		prevTag, prevType = tag, typ
	}
	return chunks
}

// readSentences reads an export's documents as sentences of tags.
func readSentences(t *testing.T, path string) [][][]string {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var docs [][][]string
	var sent []string
	end := func() {
		if len(sent) > 0 {
			docs[len(docs)-1] = append(docs[len(docs)-1], sent)
			sent = nil
		}
	}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "-DOCSTART-"):
			end()
			docs = append(docs, nil)
		case line == "":
			end()
		default:
			cols := strings.Split(line, " ")
			sent = append(sent, cols[len(cols)-1])
		}
	}
	end()
	return docs
}

// seqeval reads every export, IOB2 and IOB1, as the entities the project
// holds; IOB1 writes B- only inside a sentence, after a same-type entity.
func TestSeqevalContract(t *testing.T) {
	items := append(formatstest.All(), formatstest.Contracts()...)
	for _, iob1 := range []bool{false, true} {
		out, _ := formatstest.Export(t, "conll", items, formats.Options{IOB1: iob1, State: "all"})
		docs := readSentences(t, out)
		if len(docs) != len(items) {
			t.Fatalf("%d documents for %d items", len(docs), len(items))
		}
		for d, sents := range docs {
			it := items[d]
			it.Ann = formats.Filter(it.Ann, "all")
			toks := tokens.Tokenize(it.Doc.Text)
			want, err := conll.Entities(it.Doc.Text, toks, it.Ann)
			if err != nil {
				t.Fatal(err)
			}
			got := seqevalEntities(sents)
			// seqeval counts the "O" it puts between sentences: map back.
			var back []conll.Entity
			offset, n := 0, 0
			for _, s := range sents {
				for _, e := range got {
					if e.Start >= n && e.End <= n+len(s) {
						back = append(back, conll.Entity{Start: e.Start - n + offset, End: e.End - n + offset, Label: e.Label})
					}
				}
				n += len(s) + 1
				offset += len(s)
			}
			if !slices.Equal(back, want) {
				t.Errorf("iob1=%v %s: seqeval reads %v, the project has %v", iob1, formats.DocName(it.Doc), back, want)
			}
			if !iob1 {
				continue
			}
			for _, s := range sents {
				for i, tag := range s {
					if !strings.HasPrefix(tag, "B-") {
						continue
					}
					if i == 0 || s[i-1] == "O" || s[i-1][2:] != tag[2:] {
						t.Errorf("%s: IOB1 %s at sentence token %d follows %q", formats.DocName(it.Doc), tag, i, fmt.Sprint(s[max(0, i-1)]))
					}
				}
			}
		}
	}
}
