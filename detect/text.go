package detect

import (
	"unicode"
	"unicode/utf8"

	"github.com/quotebench/quotebench/annot/textlayer"
	"github.com/quotebench/quotebench/annot/tokens"
	"github.com/quotebench/quotebench/detect/syntax"
)

// doc is the detector's view of the shared text layer (annot/textlayer):
// tokens, their lower-case forms, sentences and paragraphs as token index
// ranges [a, b), and what the detector adds per token.
type doc struct {
	layer  *textlayer.Layer
	titled bool // a "date YYYY-MM-DD Title" line gave the title (masked): the first paragraph is the lede, no headline
	text   string
	toks   []tokens.Token
	low    []string // lower-case token text
	sent   []int32  // sentence index of each token
	para   []int32  // paragraph index of each token
	sents  []rng
	paras  []rng
	quote  []int32 // index of the direct quote covering each token, or -1

	// The syntax of each token (syntaxlayer.go), found per sentence when
	// first asked for: read it only with posAt and chunkAt.
	syn      *syntax.Tagger
	tagPOS   []syntax.POS       // part of speech of each token
	tagChunk []syntax.ChunkType // type of the chunk holding each token
	analysed []bool             // per sentence: pos and chunk are set
	finCum   []int32            // finite verbs from the sentence start to each token (scanindex.go)

	// Next comma, quote token and ", but/and" + cue at or after each
	// token (scanindex.go).
	nextComma, nextQuoted, nextCoord []int32
	nextSubjCoord                    []int32 // ", but/and" + a cue's subject (markOwnCues)

	person    []bool        // token is inside a person name
	org       []bool        // token is inside an organisation's name
	lastCues  []cue         // every cue, including those found inside quotes
	sentCues  [][]int32     // per sentence: its first cues in lastCues, built when an interview is read
	shortLine []bool        // per token: on a line of at most 30 tokens (onShortLine)
	stmtAt    map[int][]int // per sentence: its nouns of a text after "a"/"an" (namesStatement), found when first asked for
	ownCue    []bool        // per paragraph: it holds a cue with a speaker of its own (markOwnCues)
	link      []bool        // per token: in a link to another story, not the article's text (markLinks)
	speech    bool          // the speech scope: only reported speech is suggested
	headEnd   int           // 1 + the first token of the first line ending as a sentence does (headEnd - 1: beforeBody's bound); 0 until asked
	style     int8          // how the text quotes (singleMarkStyle): 0 until asked, 1 single marks, 2 double
}

// rng is a half-open range of token indices.
type rng struct{ a, b int }

func (r rng) len() int { return r.b - r.a }

// newDoc builds the detector's view of the shared text layer.
func newDoc(text string) *doc {
	l := textlayer.New(text)
	n := len(l.Tokens)
	d := &doc{text: text, layer: l, toks: l.Tokens, low: l.Lower, sent: l.Sent, para: l.Para, quote: make([]int32, n)}
	for i := range d.quote {
		d.quote[i] = -1
	}
	d.sents = make([]rng, len(l.Sentences))
	for i, r := range l.Sentences {
		d.sents[i] = rng{r.A, r.B}
	}
	d.paras = make([]rng, len(l.Paragraphs))
	for i, r := range l.Paragraphs {
		d.paras[i] = rng{r.A, r.B}
	}
	return d
}

// sentenceEnd reports whether a sentence ends after token i.
func (d *doc) sentenceEnd(i int) bool { return d.layer.SentenceEnd(i) }

func isCloser(w string) bool { return textlayer.IsCloser(w) }

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

// possessiveMark reports the possessive ending, with either apostrophe.
func possessiveMark(w string) bool { return w == "'s" || w == "’s" }

// personEnd is the first token at or after a, before hi, that is no word
// of a person's name.
func (d *doc) personEnd(a, hi int) int {
	for a < hi && d.person[a] {
		a++
	}
	return a
}

// isDashTok reports whether token i is a dash used as punctuation.
func (d *doc) isDashTok(i int) bool { return tokens.IsDashWord(d.low[i]) }

// isISODate reports whether w is a date written YYYY-MM-DD.
func isISODate(w string) bool { return textlayer.IsISODate(w) }

// hasWord reports whether r holds a token that is not punctuation.
func (d *doc) hasWord(r rng) bool {
	for i := r.a; i < r.b; i++ {
		if !d.isPunct(i) {
			return true
		}
	}
	return false
}
