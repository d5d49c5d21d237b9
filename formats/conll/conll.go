// Package conll writes entity mentions in the CoNLL-2003 column layout:
//
//	-DOCSTART- -X- -X- O
//
//	Strike -X- _ O
//	Jane -X- _ B-PERSON
//	Smith -X- _ I-PERSON
//
// Four columns separated by a single space: the token, two placeholder
// columns where CoNLL-2003 has POS and chunk tags (Quotebench has neither;
// "-X- _" as Label Studio writes), and the entity tag. A blank line ends a
// sentence; -DOCSTART- starts each document, in export order (the format
// has no document ids; the manifest lists them in the same order).
//
// Tags are IOB2 by default (B- on every mention's first token, as Hugging
// Face's conll2003 and seqeval expect) or IOB1 on request (the original
// CoNLL-2003 scheme: I- throughout, B- only on a mention that directly
// follows another of the same label). Labels are the project's (PERSON,
// ORG, GPE, LOC, ...).
//
// Tokenisation is Quotebench's shared tokenizer, annot/tokens:
// whitespace separates tokens and is never part of one; words keep inner
// apostrophes, hyphens and periods ("well-known", "U.S."), numbers their
// separators ("1,000.5"); clitics split off ("Doe" "'s", "do" "n't");
// abbreviations keep their period ("Mr."); every other symbol, including
// each quotation mark, is a token. Emoji and CJK characters not separated by
// spaces form one token per run of letters (CJK) or one per symbol (emoji).
//
// Sentences end at a line break, or after . ! ? or … (and any closing
// quotation marks or brackets) followed by a space, but never inside a
// mention.
//
// Only name mentions are written (nominal and pronoun mentions are not named
// entities), no quotes, no relations. A mention that does not start or end
// on a token boundary is widened to the tokens it touches; of overlapping
// mentions the first (the longest at a position) wins; the export prints
// both as warnings. CoNLL is export-only.
package conll

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"unicode"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/annot/lines"
	"github.com/quotebench/quotebench/annot/textlayer"
	"github.com/quotebench/quotebench/annot/tokens"
	"github.com/quotebench/quotebench/formats"
)

func init() {
	formats.Register(&formats.Format{
		Name:      "conll",
		Summary:   "CoNLL-2003 columns: name mentions as IOB2 (or IOB1) tags, shared tokenizer",
		Ext:       ".conll",
		Unit:      "token",
		Caps:      0,
		NewWriter: NewWriter,
		Lint:      lint,
		Expect:    expect,
		ReadBack:  readBack,
		Describe: func(m *formats.Manifest, opt formats.Options) {
			m.Scheme = "IOB2"
			if opt.IOB1 {
				m.Scheme = "IOB1"
			}
		},
	})
}

// DocStart is the document separator line.
const DocStart = "-DOCSTART- -X- -X- O"

// Entity is a mention as token indices, end exclusive.
type Entity struct {
	Start, End int
	Label      string
}

// Sequence is a document as CoNLL sees it.
type Sequence struct {
	Tokens   []string
	Entities []Entity
}

// Entities maps the name mentions of a to token ranges, dropping overlaps.
func Entities(text string, toks []tokens.Token, a annot.Annotations) ([]Entity, error) {
	var ms []annot.Mention
	for _, m := range a.Mentions {
		if m.Type == annot.MentionName || m.Type == "" {
			ms = append(ms, m)
		}
	}
	slices.SortStableFunc(ms, func(x, y annot.Mention) int {
		if x.Start != y.Start {
			return x.Start - y.Start
		}
		return y.End - x.End
	})
	var es []Entity
	for _, m := range ms {
		if m.Label == "" || strings.ContainsFunc(string(m.Label), unicode.IsSpace) {
			return nil, fmt.Errorf("%w: label %q cannot be a CoNLL tag", annot.ErrInvalid, m.Label)
		}
		s, e, ok := tokenRange(toks, m.Span)
		if !ok {
			continue
		}
		if n := len(es); n > 0 && s < es[n-1].End {
			continue
		}
		es = append(es, Entity{s, e, string(m.Label)})
	}
	return es, nil
}

// tokenRange is the tokens [s, e) a span touches.
func tokenRange(toks []tokens.Token, sp annot.Span) (int, int, bool) {
	s, _ := slices.BinarySearchFunc(toks, sp.Start, func(t tokens.Token, v int) int {
		if int(t.End) <= v {
			return -1
		}
		return 1
	})
	e := s
	for e < len(toks) && int(toks[e].Start) < sp.End {
		e++
	}
	return s, e, e > s
}

// Tags gives each token its tag. breaks (nil for one sentence) says before
// which tokens a sentence starts: IOB1 writes B- only on an entity that
// directly follows one of the same type in the same sentence.
func Tags(n int, es []Entity, iob1 bool, breaks []bool) []string {
	tags := make([]string, n)
	for i := range tags {
		tags[i] = "O"
	}
	prevEnd, prevLabel := -1, ""
	for _, e := range es {
		for k := e.Start; k < e.End; k++ {
			tags[k] = "I-" + e.Label
		}
		if !iob1 || (prevEnd == e.Start && prevLabel == e.Label && (breaks == nil || !breaks[e.Start])) {
			tags[e.Start] = "B-" + e.Label
		}
		prevEnd, prevLabel = e.End, e.Label
	}
	return tags
}

// Decode turns the tags of one sentence back into entities.
func Decode(tags []string, iob1 bool) ([]Entity, error) { return DecodeSentences(tags, nil, iob1) }

// DecodeSentences turns tags back into entities; breaks (nil for one
// sentence) says before which tokens a sentence starts, which ends any
// entity, as seqeval reads sentences.
func DecodeSentences(tags []string, breaks []bool, iob1 bool) ([]Entity, error) {
	var es []Entity
	open := false
	for i, t := range tags {
		if breaks != nil && breaks[i] {
			open = false
		}
		if t == "O" {
			open = false
			continue
		}
		p, label, ok := strings.Cut(t, "-")
		if !ok || (p != "B" && p != "I") || label == "" {
			return nil, fmt.Errorf("%w: bad tag %q at token %d", annot.ErrInvalid, t, i+1)
		}
		if p == "I" && open && es[len(es)-1].Label == label && es[len(es)-1].End == i {
			es[len(es)-1].End = i + 1
			continue
		}
		if p == "I" && !iob1 {
			return nil, fmt.Errorf("%w: IOB2 tag %q at token %d does not continue an entity", annot.ErrInvalid, t, i+1)
		}
		es = append(es, Entity{i, i + 1, label})
		open = true
	}
	return es, nil
}

// sentenceBreaks reports before which tokens a sentence starts: where the
// shared text layer (annot/textlayer, the detector's splitter) starts one,
// and at every line break, but never inside a mention.
func sentenceBreaks(text string, toks []tokens.Token, es []Entity) []bool {
	inside := make([]bool, len(toks))
	for _, e := range es {
		for k := e.Start + 1; k < e.End; k++ {
			inside[k] = true
		}
	}
	br := textlayer.Split(text, toks).SentenceStarts()
	for i, t := range toks {
		br[i] = i > 0 && !inside[i] && (br[i] || t.Gap >= tokens.Newline)
	}
	return br
}

// Encode writes one document's block.
func Encode(b *strings.Builder, text string, a annot.Annotations, iob1 bool) error {
	toks := tokens.Tokenize(text)
	es, err := Entities(text, toks, a)
	if err != nil {
		return err
	}
	br := sentenceBreaks(text, toks, es)
	tags := Tags(len(toks), es, iob1, br)
	b.WriteString(DocStart + "\n\n")
	for i, t := range toks {
		if br[i] {
			b.WriteByte('\n')
		}
		b.WriteString(t.Text(text))
		b.WriteString(" -X- _ ")
		b.WriteString(tags[i])
		b.WriteByte('\n')
	}
	if len(toks) > 0 {
		b.WriteByte('\n')
	}
	return nil
}

type writer struct {
	f    *os.File
	w    *bufio.Writer
	iob1 bool
	b    strings.Builder
}

// NewWriter writes CoNLL to path.
func NewWriter(path string, opt formats.Options) (formats.Writer, error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	return &writer{f: f, w: bufio.NewWriterSize(f, 1<<16), iob1: opt.IOB1}, nil
}

func (w *writer) Write(it formats.Item) error {
	w.b.Reset()
	if err := Encode(&w.b, it.Doc.Text, it.Ann, w.iob1); err != nil {
		return err
	}
	_, err := w.w.WriteString(w.b.String())
	return err
}

func (w *writer) Close() error {
	err := w.w.Flush()
	if cerr := w.f.Close(); err == nil {
		err = cerr
	}
	return err
}

func lint(it formats.Item, _ formats.Options) []formats.Problem {
	text := it.Doc.Text
	toks := tokens.Tokenize(text)
	var ps []formats.Problem
	taken := []annot.Span{}
	ms := slices.Clone(it.Ann.Mentions)
	slices.SortStableFunc(ms, func(x, y annot.Mention) int {
		if x.Start != y.Start {
			return x.Start - y.Start
		}
		return y.End - x.End
	})
	for _, m := range ms {
		if m.Type != annot.MentionName && m.Type != "" {
			continue
		}
		p := formats.Problem{Doc: formats.DocName(it.Doc), Span: m.Span}
		if msg := formats.TokenBoundary(toks, m.Span); msg != "" {
			p.Check, p.Message = formats.CheckTokenBoundary, "mention "+msg+"; CoNLL widens it to whole tokens"
			ps = append(ps, p)
		}
		if n := len(taken); n > 0 && taken[n-1].Overlaps(m.Span) {
			p.Check, p.Message = formats.CheckMentionOverlap, fmt.Sprintf("mention overlaps the mention at %v; CoNLL keeps only the first", taken[n-1])
			ps = append(ps, p)
			continue
		}
		taken = append(taken, m.Span)
	}
	return ps
}

func expect(it formats.Item, _ formats.Options) (any, error) {
	toks := tokens.Tokenize(it.Doc.Text)
	es, err := Entities(it.Doc.Text, toks, it.Ann)
	if err != nil {
		return nil, err
	}
	seq := Sequence{Tokens: make([]string, len(toks)), Entities: es}
	for i, t := range toks {
		seq.Tokens[i] = t.Text(it.Doc.Text)
	}
	return seq, nil
}

// Read reads a CoNLL file: one Sequence per -DOCSTART- block (the token and
// the last column of each line).
func Read(path string, iob1 bool, yield func(seq Sequence, line int, err error) bool) error {
	f, err := formats.OpenInput(path)
	if err != nil {
		return err
	}
	defer f.Close()
	lr := lines.NewReader(f, 1<<24)
	var toks, tags []string
	var breaks []bool // a sentence starts before the token
	blank := false
	started, startLine := false, 0
	flush := func() bool {
		if !started {
			return true
		}
		es, err := DecodeSentences(tags, breaks, iob1)
		return yield(Sequence{Tokens: toks, Entities: es}, startLine, err)
	}
	for {
		b, n, err := lr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return fmt.Errorf("%s:%d: %w", path, n, err)
		}
		line := string(b)
		if line == "" {
			blank = true
			continue
		}
		if strings.HasPrefix(line, "-DOCSTART-") {
			if !flush() {
				return nil
			}
			toks, tags, breaks, started, startLine = []string{}, []string{}, []bool{}, true, n
			continue
		}
		f := strings.Split(line, " ")
		if len(f) < 2 || !started {
			return fmt.Errorf("%s:%d: %w: expected a -DOCSTART- line or TOKEN ... TAG", path, n, annot.ErrInvalid)
		}
		toks = append(toks, f[0])
		tags = append(tags, f[len(f)-1])
		breaks = append(breaks, blank && len(toks) > 1)
		blank = false
	}
	flush()
	return nil
}

func readBack(path string, opt formats.Options, yield func(string, any, error) bool) error {
	return Read(path, opt.IOB1, func(seq Sequence, line int, err error) bool {
		if err != nil {
			err = fmt.Errorf("line %d: %w", line, err)
		}
		if seq.Tokens == nil {
			seq.Tokens = []string{}
		}
		return yield("", seq, err)
	})
}
