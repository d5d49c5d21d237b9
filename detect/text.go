package detect

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quotebench/quotebench/annot/tokens"
)

// doc is the text layer: tokens, their lower-case forms, sentences and
// paragraphs, all as token index ranges [a, b).
type doc struct {
	text  string
	toks  []tokens.Token
	low   []string // lower-case token text
	sent  []int32  // sentence index of each token
	para  []int32  // paragraph index of each token
	sents []rng
	paras []rng
	quote []int32 // index of the direct quote covering each token, or -1

	person   []bool // token is inside a person name
	lastCues []cue  // every cue, including those found inside quotes
}

// rng is a half-open range of token indices.
type rng struct{ a, b int }

func (r rng) len() int { return r.b - r.a }

func newDoc(text string) *doc {
	d := &doc{text: text, toks: mergeMarks(text, tokens.Tokenize(text))}
	n := len(d.toks)
	d.low = make([]string, n)
	d.sent = make([]int32, n)
	d.para = make([]int32, n)
	d.quote = make([]int32, n)
	for i, t := range d.toks {
		d.low[i] = lower(t.Text(text))
		d.quote[i] = -1
	}
	// Paragraphs: split at blank lines; a single line break also splits when
	// the next line starts like a new paragraph after a line without final
	// punctuation (headlines).
	start := 0
	if n > 2 && d.low[0] == "date" && isISODate(d.word(1)) {
		// The "date YYYY-MM-DD Title" header line: the date is a paragraph of its own.
		d.paras = append(d.paras, rng{0, 2})
		start = 2
	}
	for i := start + 1; i <= n; i++ {
		if i == n || d.toks[i].Gap == tokens.Paragraph || d.toks[i].Gap == tokens.Newline && d.headlineBreak(i) {
			d.paras = append(d.paras, rng{start, i})
			for j := start; j < i; j++ {
				d.para[j] = int32(len(d.paras) - 1)
			}
			start = i
		}
	}
	// Sentences inside paragraphs.
	for _, p := range d.paras {
		s := p.a
		for i := p.a; i < p.b; i++ {
			if i+1 < p.b && !d.sentenceEnd(i) {
				continue
			}
			// Closing quotes and brackets after the period stay in the sentence.
			j := i + 1
			for j < p.b && d.toks[j].Gap == tokens.NoSpace && isCloser(d.low[j]) {
				j++
			}
			if j > p.b {
				j = p.b
			}
			d.sents = append(d.sents, rng{s, j})
			for k := s; k < j; k++ {
				d.sent[k] = int32(len(d.sents) - 1)
			}
			s = j
			i = j - 1
		}
		if s < p.b {
			d.sents = append(d.sents, rng{s, p.b})
			for k := s; k < p.b; k++ {
				d.sent[k] = int32(len(d.sents) - 1)
			}
		}
	}
	return d
}

// headlineBreak reports whether the single line break before token i ends a
// paragraph (rather than wrapping a line): the previous line ends a sentence,
// or it ends in a capitalised word and the next starts with one.
func (d *doc) headlineBreak(i int) bool {
	switch d.low[i-1] {
	case ".", "!", "?", "...", "”", "\"", "»", ":":
		return true
	}
	if !d.capital(i) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(d.word(i - 1))
	return !unicode.IsLower(r) // a headline ends in a name or a number, not in a lower-case word

}

// sentenceEnd reports whether a sentence ends after token i.
func (d *doc) sentenceEnd(i int) bool {
	w := d.low[i]
	if w != "." && w != "!" && w != "?" && w != "..." {
		return false
	}
	j := i + 1
	for j < len(d.toks) && d.toks[j].Gap == tokens.NoSpace && isCloser(d.low[j]) {
		j++
	}
	if j >= len(d.toks) {
		return true
	}
	if d.toks[j].Gap == tokens.NoSpace {
		return false
	}
	r, _ := utf8.DecodeRuneInString(d.toks[j].Text(d.text))
	return !unicode.IsLower(r)
}

func isCloser(w string) bool {
	switch w {
	case "”", "\"", "’", "'", "»", ")", "]", "›":
		return true
	}
	return false
}

// word returns the original text of token i.
func (d *doc) word(i int) string { return d.toks[i].Text(d.text) }

// capital reports whether token i is a word starting with an upper-case letter.
func (d *doc) capital(i int) bool {
	if d.toks[i].Kind != tokens.Word {
		return false
	}
	r, _ := utf8.DecodeRuneInString(d.word(i))
	return unicode.IsUpper(r)
}

func (d *doc) isPunct(i int) bool { return d.toks[i].Kind == tokens.Punct }

// isDashTok reports whether token i is a dash used as punctuation.
func (d *doc) isDashTok(i int) bool {
	w := d.low[i]
	return w == "–" || w == "—" || w == "-" || w == "--" || w == "―"
}

// lower is strings.ToLower without allocating for text already lower case.
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return strings.ToLower(s)
		}
	}
	return s
}

func isISODate(w string) bool {
	if len(w) != 10 || w[4] != '-' || w[7] != '-' {
		return false
	}
	for i := 0; i < 10; i++ {
		if i != 4 && i != 7 && (w[i] < '0' || w[i] > '9') {
			return false
		}
	}
	return true
}

// mergeMarks joins typewriter double quotes written as two characters,
// ” and “, into one token.
func mergeMarks(text string, toks []tokens.Token) []tokens.Token {
	out := toks[:0]
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if i+1 < len(toks) && toks[i+1].Gap == tokens.NoSpace && t.B1-t.B0 == 1 && toks[i+1].B1-toks[i+1].B0 == 1 {
			if c := text[t.B0]; (c == '\'' || c == '`') && text[toks[i+1].B0] == c {
				t.End, t.B1 = toks[i+1].End, toks[i+1].B1
				i++
			}
		}
		out = append(out, t)
	}
	return out
}
