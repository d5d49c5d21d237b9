package app

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/annot/tokens"
	"github.com/quotebench/quotebench/app/widgets"
	"github.com/quotebench/quotebench/ingest"
	"github.com/quotebench/quotebench/store"
)

// bigArticle returns about words words with n detector suggestions: a
// quote every tenth, the rest entity mentions.
func bigArticle(words, n, seed int) (string, annot.Annotations) {
	vocab := strings.Fields("the council said on Monday that a new harbour bridge would open next spring while critics warned about costs and delays in the port “we are ready” she told reporters")
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
		if i%5 == 4 && w[0] < 0x80 {
			w = fmt.Sprintf("%s%c%c%d", w, 'a'+rune(i%26), 'a'+rune((i/26)%26), seed)
		}
		b.WriteString(w)
	}
	text := b.String()
	toks := tokens.Tokenize(text)
	var a annot.Annotations
	step := len(toks) / n
	p := annot.Provenance{Origin: annot.OriginDetector, State: annot.StateSuggested, Confidence: 0.5}
	for k := 0; k < n; k++ {
		t0 := toks[k*step]
		if k%10 == 0 {
			t1 := toks[min(len(toks)-1, k*step+6)]
			a.Quotes = append(a.Quotes, annot.Quote{ID: annot.QuoteID(k + 1), Kind: annot.KindDirect,
				Parts: []annot.Span{{Start: int(t0.Start), End: int(t1.End)}}, Provenance: p})
			continue
		}
		a.Mentions = append(a.Mentions, annot.Mention{ID: annot.MentionID(k + 1), Label: annot.DefaultLabels[k%4],
			Span: annot.Span{Start: int(t0.Start), End: int(t0.End)}, Type: annot.MentionName, Provenance: p})
	}
	return text, a
}

// BenchmarkAcceptSuggestion: accepting one suggestion in a 20,000-word
// article with 2,000 suggestions — the store write (one journaled
// transaction) plus updating the view, the inspector and the list.
func BenchmarkAcceptSuggestion(b *testing.B) {
	fa := test.NewTempApp(b)
	s, err := store.Open(b.TempDir()+"/bench.quotebench", store.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	text, a := bigArticle(20000, 2000, 1)
	if _, err := s.AddDocument(annot.Document{Title: "Long", Text: text}, &a, annot.OriginDetector); err != nil {
		b.Fatal(err)
	}
	w := test.NewTempWindow(b, nil)
	w.Resize(fyne.NewSize(1280, 800))
	wb := New(fa, w, Options{})
	wb.errorf = func(err error) { b.Fatal(err) }
	wb.SetProject(&testProject{Store: s, Importer: ingest.Importer{Store: s}})
	ms := wb.ann.Mentions
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		m := ms[i%len(ms)]
		st := annot.StateAccepted
		if (i/len(ms))%2 == 1 {
			st = annot.StateRejected
		}
		wb.view.Select(widgets.Ref{Mention: m.ID}, &wb.ann)
		wb.setState(st)
	}
}

// BenchmarkShowDocument: opening a 20,000-word article with 2,000
// suggestions from the project: loading it from SQLite, laying it out,
// building the visible canvas objects and the inspector lists.
func BenchmarkShowDocument(b *testing.B) {
	fa := test.NewTempApp(b)
	s, err := store.Open(b.TempDir()+"/bench.quotebench", store.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	var ids []annot.DocID
	for k := 0; k < 4; k++ {
		text, a := bigArticle(20000, 2000, k+1)
		id, err := s.AddDocument(annot.Document{Title: fmt.Sprint("Long ", k), Text: text}, &a, annot.OriginDetector)
		if err != nil {
			b.Fatal(err)
		}
		ids = append(ids, id)
	}
	w := test.NewTempWindow(b, nil)
	w.Resize(fyne.NewSize(1280, 800))
	wb := New(fa, w, Options{})
	wb.errorf = func(err error) { b.Fatal(err) }
	wb.SetProject(&testProject{Store: s, Importer: ingest.Importer{Store: s}})
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		wb.ShowDocument(ids[i%len(ids)])
	}
}

// TestGenerateProject writes a project of QB_GEN_DOCS (default 10,000)
// sample-like documents to QB_GEN_PROJECT, for measuring the app's memory
// with a big project. It does nothing unless QB_GEN_PROJECT is set.
func TestGenerateProject(t *testing.T) {
	path := os.Getenv("QB_GEN_PROJECT")
	if path == "" {
		t.Skip("set QB_GEN_PROJECT=path to generate a big project")
	}
	n := 10000
	fmt.Sscan(os.Getenv("QB_GEN_DOCS"), &n)
	s, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for i := 0; i < n; i++ {
		text, a := bigArticle(600, 40, i+1)
		if _, err := s.AddDocument(annot.Document{Title: fmt.Sprintf("Generated article %d", i+1), Date: "2026-03-14", Text: text}, &a, annot.OriginDetector); err != nil {
			t.Fatalf("document %d: %v", i+1, err)
		}
	}
}

// benchWindow is a window on a 20,000-word article with 2,000 suggestions.
func benchWindow(b *testing.B) *Workbench {
	fa := test.NewTempApp(b)
	s, err := store.Open(b.TempDir()+"/bench.quotebench", store.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	text, a := bigArticle(20000, 2000, 1)
	if _, err := s.AddDocument(annot.Document{Title: "Long", Text: text}, &a, annot.OriginDetector); err != nil {
		b.Fatal(err)
	}
	w := test.NewTempWindow(b, nil)
	w.Resize(fyne.NewSize(1280, 800))
	wb := New(fa, w, Options{})
	wb.errorf = func(err error) { b.Fatal(err) }
	wb.SetProject(&testProject{Store: s, Importer: ingest.Importer{Store: s}})
	return wb
}

// BenchmarkKeyNextSuggestion: the N key in a 20,000-word article with 2,000
// suggestions, from the key event to the repainted article and inspector:
// finding the next suggestion, selecting it, scrolling it into view and
// rebuilding the visible lines' canvas objects (the renderers run inside
// the Refresh calls under the test driver). GPU drawing is not included.
func BenchmarkKeyNextSuggestion(b *testing.B) {
	wb := benchWindow(b)
	c := wb.view.Content()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		c.TypedRune('n')
	}
}

// BenchmarkKeyPageDown: Page Down in the same article: scroll and repaint.
func BenchmarkKeyPageDown(b *testing.B) {
	wb := benchWindow(b)
	c := wb.view.Content()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		k := fyne.KeyPageDown
		if (i/20)%2 == 1 {
			k = fyne.KeyPageUp
		}
		c.TypedKey(&fyne.KeyEvent{Name: k})
	}
}

// BenchmarkKeyNextSuggestionLeastSure: N with least-sure-first ordering.
func BenchmarkKeyNextSuggestionLeastSure(b *testing.B) {
	wb := benchWindow(b)
	wb.prefs.setLeastSureFirst(true)
	c := wb.view.Content()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		c.TypedRune('n')
	}
}
