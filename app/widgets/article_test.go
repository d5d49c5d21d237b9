package widgets

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/annot/tokens"
)

const sample = "The minister spoke on Monday.\n\n“We will build the bridge,” she said. Critics in Port Alma disagreed.\n\nThe council said it would vote later."

// span returns the code point span of the n-th occurrence (0-based) of s.
func span(t testing.TB, text, s string) annot.Span {
	t.Helper()
	i := strings.Index(text, s)
	if i < 0 {
		t.Fatalf("%q not in text", s)
	}
	st := len([]rune(text[:i]))
	return annot.Span{Start: st, End: st + len([]rune(s))}
}

func sampleAnnotations(t testing.TB) *annot.Annotations {
	return &annot.Annotations{
		Entities: []annot.Entity{{ID: 1, Name: "minister", Label: annot.LabelPerson}},
		Mentions: []annot.Mention{
			{ID: 1, Span: span(t, sample, "she"), Label: annot.LabelPerson, Type: annot.MentionPronoun, Entity: 1,
				Provenance: annot.Provenance{Origin: annot.OriginDetector, State: annot.StateSuggested}},
			{ID: 2, Span: span(t, sample, "Port Alma"), Label: annot.LabelGPE,
				Provenance: annot.Provenance{Origin: annot.OriginDetector, State: annot.StateAccepted}},
			{ID: 3, Span: span(t, sample, "council"), Label: annot.LabelOrg,
				Provenance: annot.Provenance{Origin: annot.OriginDetector, State: annot.StateRejected}},
		},
		Quotes: []annot.Quote{{ID: 7, Parts: []annot.Span{span(t, sample, "“We will build the bridge,”")},
			Kind: annot.KindDirect, Cue: span(t, sample, "said"), Speaker: 1,
			Provenance: annot.Provenance{Origin: annot.OriginDetector, State: annot.StateSuggested}}},
	}
}

func newTestView(t *testing.T) (*ArticleView, fyne.Window) {
	test.NewTempApp(t)
	v := NewArticleView()
	w := test.NewTempWindow(t, v)
	w.Resize(fyne.NewSize(600, 400))
	v.SetDocument(sample, sampleAnnotations(t))
	return v, w
}

func TestArticleMarks(t *testing.T) {
	v, _ := newTestView(t)
	got := map[Ref]MarkKind{}
	for _, m := range v.Marks() {
		got[m.Ref] = m.Kind
	}
	tests := []struct {
		name string
		ref  Ref
		kind MarkKind
		want bool
	}{
		{"speaker mention painted as speaker", Ref{Mention: 1}, MarkSpeaker, true},
		{"plain entity", Ref{Mention: 2}, MarkEntity, true},
		{"rejected mention hidden", Ref{Mention: 3}, MarkEntity, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			k, ok := got[tc.ref]
			if ok != tc.want || ok && k != tc.kind {
				t.Errorf("mark %+v = %v, %v; want kind %v present %v", tc.ref, k, ok, tc.kind, tc.want)
			}
		})
	}
}

// posOf returns the canvas position of the middle of the token starting at
// code point off (absolute, for test.TapCanvas and test.Drag).
func posOf(t *testing.T, v *ArticleView, off int) fyne.Position {
	t.Helper()
	i := v.tokenFrom(off)
	ln := v.lay.lines[v.lay.lineOf[i]]
	o := origin().Add(fyne.CurrentApp().Driver().AbsolutePositionForObject(v.content))
	return fyne.NewPos(o.X+v.lay.x[i]+v.lay.w[i]/2, o.Y+ln.y+v.lay.lineH/2)
}

func TestArticleTapSelectsInnermost(t *testing.T) {
	v, w := newTestView(t)
	var got Ref
	v.OnSelect = func(r Ref) { got = r }
	tests := []struct {
		at   string
		want Ref
	}{
		{"bridge", Ref{Quote: 7}},
		{"she", Ref{Mention: 1}},
		{"Alma", Ref{Mention: 2}},
		{"council", Ref{}}, // rejected: nothing to select
	}
	for _, tc := range tests {
		t.Run(tc.at, func(t *testing.T) {
			test.TapCanvas(w.Canvas(), posOf(t, v, span(t, sample, tc.at).Start))
			if got != tc.want || v.Selected() != tc.want {
				t.Errorf("tap on %q selected %+v (view %+v), want %+v", tc.at, got, v.Selected(), tc.want)
			}
		})
	}
}

func TestArticleDragSnapsToTokens(t *testing.T) {
	tests := []struct {
		name, from, to, want string
	}{
		{"words", "Critics", "Port", "Critics in Port"},
		{"no widening when the mark is not adjacent", "We", "bridge", "We will build the bridge"},
		{"backwards", "Alma", "in Port", "in Port Alma"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v, w := newTestView(t)
			a := posOf(t, v, span(t, sample, tc.from).Start)
			b := posOf(t, v, span(t, sample, tc.to).Start)
			test.Drag(w.Canvas(), a, b.X-a.X, b.Y-a.Y)
			sel := v.Selection()
			got := string([]rune(sample)[sel.Start:sel.End])
			if got != tc.want {
				t.Errorf("drag %q→%q selected %q, want %q", tc.from, tc.to, got, tc.want)
			}
		})
	}
}

func TestArticleDragWidensToQuotationMarks(t *testing.T) {
	test.NewTempApp(t)
	text := `He called it “a disaster” twice.`
	v := NewArticleView()
	w := test.NewTempWindow(t, v)
	w.Resize(fyne.NewSize(600, 300))
	v.SetDocument(text, &annot.Annotations{})
	a, b := posOf(t, v, span(t, text, "a disaster").Start), posOf(t, v, span(t, text, "disaster").Start)
	test.Drag(w.Canvas(), a, b.X-a.X, b.Y-a.Y)
	sel := v.Selection()
	if got := string([]rune(text)[sel.Start:sel.End]); got != "“a disaster”" {
		t.Errorf("selected %q, want the quotation with its marks", got)
	}
}

func TestArticleKeysMoveBoundaries(t *testing.T) {
	v, _ := newTestView(t)
	v.SetSelection(span(t, sample, "Critics in"))
	c := v.content
	c.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	if got := v.Selection(); got != span(t, sample, "Critics in Port") {
		t.Errorf("Right: selection %v", got)
	}
	c.KeyDown(&fyne.KeyEvent{Name: "LeftShift"})
	c.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	c.KeyUp(&fyne.KeyEvent{Name: "LeftShift"})
	if got := v.Selection(); got != span(t, sample, "in Port") {
		t.Errorf("Shift+Right: selection %v", got)
	}
	if got := v.SnapSpan(span(t, sample, "Port Alma"), false, -1); got != span(t, sample, "Port") {
		t.Errorf("SnapSpan end -1 = %v", got)
	}
	if got := v.SnapSpan(span(t, sample, "Port"), false, -1); got != span(t, sample, "Port") {
		t.Errorf("SnapSpan never empties a span: %v", got)
	}
}

// longArticle returns about words words in paragraphs, with n annotations
// (a quote every tenth).
func longArticle(words, n int) (string, *annot.Annotations) { return longArticleSeed(words, n, 0) }

// longArticleSeed varies the distinct words with seed, so that no font
// measurement cache has seen them.
func longArticleSeed(words, n, seed int) (string, *annot.Annotations) {
	vocab := strings.Fields("the council said on Monday that a new harbour bridge would open next spring while critics warned about costs and delays in Port Alma “we are ready” she told reporters")
	var b strings.Builder
	for i := 0; i < words; i++ {
		if i > 0 {
			if i%80 == 0 {
				b.WriteString("\n\n")
			} else {
				b.WriteByte(' ')
			}
		}
		w := vocab[(i*7+i/13)%len(vocab)]
		if i%5 == 4 && w[0] < 0x80 { // about 4,000 distinct words, as in real news text
			w = fmt.Sprintf("%s%c%c%s", w, 'a'+rune(i%26), 'a'+rune((i/26)%26), seedSuffix(seed))
		}
		b.WriteString(w)
	}
	text := b.String()
	toks := tokens.Tokenize(text)
	a := &annot.Annotations{}
	step := len(toks) / n
	for k := 0; k < n; k++ {
		t0 := toks[k*step]
		st := annot.StateSuggested
		if k%3 == 0 {
			st = annot.StateAccepted
		}
		p := annot.Provenance{Origin: annot.OriginDetector, State: st}
		if k%10 == 0 {
			t1 := toks[min(len(toks)-1, k*step+6)]
			a.Quotes = append(a.Quotes, annot.Quote{ID: annot.QuoteID(k + 1), Kind: annot.KindDirect,
				Parts: []annot.Span{{Start: int(t0.Start), End: int(t1.End)}}, Provenance: p})
			continue
		}
		a.Mentions = append(a.Mentions, annot.Mention{ID: annot.MentionID(k + 1), Label: annot.DefaultLabels[k%4],
			Span: annot.Span{Start: int(t0.Start), End: int(t0.End)}, Provenance: p})
	}
	return text, a
}

func TestArticleVirtualised(t *testing.T) {
	test.NewTempApp(t)
	text, a := longArticle(20000, 2000)
	v := NewArticleView()
	w := test.NewTempWindow(t, v)
	w.Resize(fyne.NewSize(900, 700))
	v.SetDocument(text, a)
	objs := test.WidgetRenderer(v.content).Objects()
	texts := 0
	for _, o := range objs {
		if _, ok := o.(*canvas.Text); ok {
			texts++
		}
	}
	if texts == 0 || texts > 200 || len(v.lay.lines) < 1000 {
		t.Fatalf("%d text objects for %d lines; want only the visible ones", texts, len(v.lay.lines))
	}
	// after scrolling to the end, the last line is drawn
	end := annot.Span{Start: len([]rune(text)) - 3, End: len([]rune(text))}
	v.ScrollTo(end)
	last := v.lay.lineText(len(v.lay.lines)-1, v.text, v.toks)
	found := false
	for _, o := range test.WidgetRenderer(v.content).Objects() {
		if tx, ok := o.(*canvas.Text); ok && tx.Text == last {
			found = true
		}
	}
	if !found {
		t.Errorf("last line %q not drawn after ScrollTo", last)
	}
}

// BenchmarkOpenArticle: our part of opening a 20,000-word article with 2,000
// annotations — tokenizing, wrapping and building the visible canvas objects.
func BenchmarkOpenArticle(b *testing.B) {
	test.NewTempApp(b)
	text, a := longArticle(20000, 2000)
	v := NewArticleView()
	w := test.NewTempWindow(b, v)
	w.Resize(fyne.NewSize(1000, 800))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		v.wc = widthCache{} // a cold width cache, as for a new document
		v.SetDocument(text, a)
	}
	b.ReportMetric(float64(len(v.lay.lines)), "lines")
}

func seedSuffix(seed int) string {
	if seed == 0 {
		return ""
	}
	return fmt.Sprint(seed)
}

// BenchmarkOpenArticleCold is BenchmarkOpenArticle with words never
// measured before: every font measurement misses every cache, as for the
// first article opened after start.
func BenchmarkOpenArticleCold(b *testing.B) {
	test.NewTempApp(b)
	v := NewArticleView()
	w := test.NewTempWindow(b, v)
	w.Resize(fyne.NewSize(1000, 800))
	texts := make([]string, b.N)
	anns := make([]*annot.Annotations, b.N)
	for i := range texts {
		texts[i], anns[i] = longArticleSeed(20000, 2000, i+1)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		v.SetDocument(texts[i], anns[i])
	}
}

// BenchmarkRepaint: updating the view after one annotation changed.
func BenchmarkRepaint(b *testing.B) {
	test.NewTempApp(b)
	text, a := longArticle(20000, 2000)
	v := NewArticleView()
	w := test.NewTempWindow(b, v)
	w.Resize(fyne.NewSize(1000, 800))
	v.SetDocument(text, a)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		a.Mentions[i%len(a.Mentions)].State = annot.StateAccepted
		v.SetAnnotations(a)
	}
}

func ExampleLabelColor() {
	c := LabelColor(annot.LabelPerson)
	fmt.Println(c.A)
	// Output: 255
}

func TestArticleSuggestionsLookDifferent(t *testing.T) {
	v, _ := newTestView(t)
	// mention 1 ("she") is a suggestion, mention 2 ("Port Alma") accepted
	boxes := map[string]*canvas.Rectangle{}
	for _, o := range test.WidgetRenderer(v.content).Objects() {
		r, ok := o.(*canvas.Rectangle)
		if !ok {
			continue
		}
		for name, s := range map[string]annot.Span{"she": span(t, sample, "she"), "Port Alma": span(t, sample, "Port Alma")} {
			p := v.TokenPosition(s.Start).Subtract(fyne.CurrentApp().Driver().AbsolutePositionForObject(v.content))
			inside := r.Position().X <= p.X && p.X <= r.Position().X+r.Size().Width &&
				r.Position().Y <= p.Y && p.Y <= r.Position().Y+r.Size().Height
			if inside && r.Size().Height < v.lay.lineH-3 { // the inset mention box, not the quote's
				boxes[name] = r
			}
		}
	}
	sug, acc := boxes["she"], boxes["Port Alma"]
	if sug == nil || acc == nil {
		t.Fatalf("mention boxes not drawn: %v", boxes)
	}
	_, _, _, sa := sug.FillColor.RGBA()
	_, _, _, aa := acc.FillColor.RGBA()
	if sug.StrokeWidth == 0 || acc.StrokeWidth != 0 || sa >= aa {
		t.Errorf("suggestion stroke %v alpha %d, accepted stroke %v alpha %d: want outlined and lighter vs solid",
			sug.StrokeWidth, sa, acc.StrokeWidth, aa)
	}
}
