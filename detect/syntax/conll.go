package syntax

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Sentence is a tokenised sentence with its gold part-of-speech tags and
// chunk tags (IOB2: B-NP, I-NP, O...).
type Sentence struct {
	Words, POS, Chunks []string
}

// Doc is a document of sentences.
type Doc struct{ Sentences []Sentence }

// ReadCoNLL reads CoNLL-2003 columns (word POS chunk [NER], IOB1 or IOB2
// chunk tags, blank lines between sentences, -DOCSTART- between
// documents); chunk tags come back in IOB2. name is used in errors.
func ReadCoNLL(r io.Reader, name string) ([]Doc, error) {
	var docs []Doc
	var cur Doc
	var s Sentence
	endSent := func() {
		if len(s.Words) > 0 {
			toIOB2(s.Chunks)
			cur.Sentences = append(cur.Sentences, s)
			s = Sentence{}
		}
	}
	endDoc := func() {
		endSent()
		if len(cur.Sentences) > 0 {
			docs = append(docs, cur)
			cur = Doc{}
		}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			endSent()
			continue
		}
		f := strings.Fields(line)
		if f[0] == "-DOCSTART-" {
			endDoc()
			continue
		}
		if len(f) < 3 {
			return nil, fmt.Errorf("%s:%d: want word, POS and chunk columns, got %d column(s)", name, n, len(f))
		}
		c := f[2]
		if c != "O" && !(len(c) > 2 && (c[:2] == "B-" || c[:2] == "I-")) {
			return nil, fmt.Errorf("%s:%d: chunk tag %q is not O, B-X or I-X", name, n, c)
		}
		p := f[1]
		if i := strings.IndexByte(p, '|'); i > 0 {
			p = p[:i] // "NN|SYM": the first reading
		}
		s.Words = append(s.Words, f[0])
		s.POS = append(s.POS, p)
		s.Chunks = append(s.Chunks, c)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", name, n+1, err)
	}
	endDoc()
	return docs, nil
}

// toIOB2 rewrites IOB1 chunk tags in place: a chunk that starts with I-
// (not following a chunk of its type) starts with B-.
func toIOB2(tags []string) {
	prev := "O"
	for i, t := range tags {
		if t != "O" && t[:2] == "I-" && (prev == "O" || prev[2:] != t[2:]) {
			tags[i] = "B-" + t[2:]
		}
		prev = t
	}
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

// chunkSpans returns the chunks of IOB2 tags as (start, end, type name).
func chunkSpans(tags []string) [][3]string {
	var out [][3]string
	start, typ := -1, ""
	flush := func(i int) {
		if start >= 0 {
			out = append(out, [3]string{fmt.Sprint(start), fmt.Sprint(i), typ})
			start = -1
		}
	}
	for i, t := range tags {
		switch {
		case t == "O":
			flush(i)
		case t[:2] == "B-" || start < 0 || typ != t[2:]:
			flush(i)
			start, typ = i, t[2:]
		}
	}
	flush(len(tags))
	return out
}
