package ner

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"github.com/quotebench/quotebench/detect/internal/cputime"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/annot/textlayer"
	"github.com/quotebench/quotebench/annot/tokens"
	"github.com/quotebench/quotebench/assets"
)

func mustDefault(t testing.TB) *Tagger {
	t.Helper()
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return tg
}

type found struct {
	text  string
	label annot.Label
}

func tagText(tg *Tagger, text string) []found {
	toks := tokens.Tokenize(text)
	var out []found
	for _, m := range tg.Tag(text, toks) {
		out = append(out, found{text[toks[m.Start].B0:toks[m.End-1].B1], m.Label})
	}
	return out
}

// entityCase wants the entities in want among the tagger's on text, and
// none of the strings in not tagged at all.
type entityCase struct {
	text string
	want []found
	not  []string
}

func checkEntities(t *testing.T, cases []entityCase) {
	t.Helper()
	tg := mustDefault(t)
	for _, tc := range cases {
		got := tagText(tg, tc.text)
		for _, w := range tc.want {
			if !contains(got, w) {
				t.Errorf("%q: want %s %q, got %v", tc.text, w.label, w.text, got)
			}
		}
		for _, n := range tc.not {
			for _, g := range got {
				if g.text == n {
					t.Errorf("%q: %q tagged %s, want nothing", tc.text, n, g.label)
				}
			}
		}
	}
}

// Hand-written sentences (not from any corpus): each wanted mention must be
// found with its label, and nothing listed under not may be tagged.
func TestTagSentences(t *testing.T) {
	checkEntities(t, []entityCase{
		{"Maria Lopez, the mayor of Chicago, said on Monday that the city would hire 200 workers.",
			[]found{{"Maria Lopez", annot.LabelPerson}, {"Chicago", annot.LabelGPE}}, []string{"Monday"}},
		{"The European Union and the United Nations met in Geneva on Tuesday.",
			[]found{{"European Union", annot.LabelOrg}, {"United Nations", annot.LabelOrg}, {"Geneva", annot.LabelGPE}}, nil},
		{"“We will not give up,” said Daniel Okafor, a spokesman for the Ministry of Health.",
			[]found{{"Daniel Okafor", annot.LabelPerson}, {"Ministry of Health", annot.LabelOrg}}, []string{"We"}},
		{"Prices fell across Europe and Asia after the announcement in Brazil.",
			[]found{{"Europe", annot.LabelLoc}, {"Asia", annot.LabelLoc}, {"Brazil", annot.LabelGPE}}, nil},
		{"Flooding along the Mississippi River reached Memphis on Sunday.",
			[]found{{"Mississippi River", annot.LabelLoc}, {"Memphis", annot.LabelGPE}}, []string{"Sunday"}},
		{"French voters and German companies were surveyed by Harlow Research Group.",
			[]found{{"Harlow Research Group", annot.LabelOrg}}, []string{"French", "German"}},
		{"President Ana Ferreira told reporters in Texas that Ferreira’s plan was ready.",
			[]found{{"Ana Ferreira", annot.LabelPerson}, {"Texas", annot.LabelGPE}, {"Ferreira", annot.LabelPerson}}, []string{"President"}},
	})
}

func contains(got []found, w found) bool {
	for _, g := range got {
		if g == w {
			return true
		}
	}
	return false
}

func TestDefaultLoads(t *testing.T) {
	a, b := mustDefault(t), mustDefault(t)
	if a != b {
		t.Error("Default loaded twice")
	}
	if a.Features() < 1000 || a.Gazetteer().Len() < 1000 {
		t.Errorf("embedded model has %d features and %d names", a.Features(), a.Gazetteer().Len())
	}
	if !strings.Contains(assets.NERCredits, "GeoNames") {
		t.Error("CREDITS does not credit GeoNames")
	}
}

func TestLoadErrors(t *testing.T) {
	gz := func(b []byte) []byte {
		var buf bytes.Buffer
		w := gzip.NewWriter(&buf)
		w.Write(b)
		w.Close()
		return buf.Bytes()
	}
	for _, tc := range []struct {
		name        string
		model, gaz  []byte
		wantInError string
	}{
		{"not gzip", []byte("plain"), assets.NERGazetteer, "model"},
		{"wrong magic", gz([]byte("hello world, not a model")), assets.NERGazetteer, "not a Quotebench NER model"},
		{"newer version", gz([]byte("QBNER9\n...")), assets.NERGazetteer, "newer"},
		{"truncated", gz(gunzip(t, assets.NERModel)[:500]), assets.NERGazetteer, "read"},
		{"bad gazetteer line", assets.NERModel, gz([]byte("city\tParis\nplanet\tMars\n")), "gazetteer:2"},
	} {
		_, err := Load(bytes.NewReader(tc.model), bytes.NewReader(tc.gaz), nil)
		if err == nil || !strings.Contains(err.Error(), tc.wantInError) {
			t.Errorf("%s: err = %v, want it to mention %q", tc.name, err, tc.wantInError)
		}
	}
}

func gunzip(t *testing.T, b []byte) []byte {
	r, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if _, err := out.ReadFrom(r); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

func TestTagDeterministicAndConcurrent(t *testing.T) {
	tg := mustDefault(t)
	text := string(assets.Sample)
	toks := tokens.Tokenize(text)
	want := tg.Tag(text, toks)
	if len(want) == 0 {
		t.Fatal("no entities in the sample article")
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 5; i++ {
				if got := tg.Tag(text, toks); !reflect.DeepEqual(got, want) {
					errs <- fmt.Sprintf("run differs: %v", got)
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// synthetic builds documents from templates with made-up names.
func synthetic(firsts, lasts, orgs, cities []string) []Doc {
	var docs []Doc
	k := 0
	for i, f := range firsts {
		for j, l := range lasts {
			o, c := orgs[(i+j)%len(orgs)], cities[(i*3+j)%len(cities)]
			var s []Sentence
			switch k % 3 {
			case 0:
				s = append(s, Sentence{Words: []string{f, l, "works", "for", o, "in", c, "."},
					Entities: []Entity{{0, 2, "PER"}, {4, 5, "ORG"}, {6, 7, "LOC"}}})
			case 1:
				s = append(s, Sentence{Words: []string{"In", c, ",", o, "hired", f, l, "."},
					Entities: []Entity{{1, 2, "LOC"}, {3, 4, "ORG"}, {5, 7, "PER"}}})
			default:
				s = append(s, Sentence{Words: []string{"The", "office", "of", o, "said", f, l, "left", "."},
					Entities: []Entity{{3, 4, "ORG"}, {5, 7, "PER"}}})
			}
			k++
			docs = append(docs, Doc{Sentences: s})
		}
	}
	return docs
}

var (
	synFirst  = []string{"Alda", "Borin", "Cesta", "Dovan", "Elmo", "Farla", "Gisli", "Harun"}
	synLast   = []string{"Quill", "Rasko", "Stenn", "Tovar", "Ulam", "Vesk"}
	synOrgs   = []string{"Zentrix", "Omnacorp", "Veltron", "Kastle"}
	synCities = []string{"Marrowby", "Quenton", "Lisk", "Dunmere", "Ravel"}
)

func TestTrainLearns(t *testing.T) {
	train := synthetic(synFirst[:6], synLast[:4], synOrgs, synCities)
	// Held out: names never seen in training.
	test := synthetic([]string{"Ingrid", "Jorvo"}, []string{"Pellam", "Okonk"}, synOrgs, synCities)
	before := newTagger(nil, &model{}, nil)
	if s := before.Evaluate(test); s.All.TP != 0 {
		t.Fatalf("an empty model found %d entities", s.All.TP)
	}
	tg := Train(train, nil, TrainOptions{Epochs: 5, Seed: 1})
	s := tg.Evaluate(test)
	if s.All.F1() < 90 {
		t.Errorf("trained on synthetic sentences, F1 on unseen names = %.1f, want ≥ 90\n%s", s.All.F1(), s)
	}
}

func TestTrainDeterministic(t *testing.T) {
	docs := synthetic(synFirst, synLast, synOrgs, synCities)
	gaz, err := ParseGazetteer(strings.NewReader("city\tMarrowby\ncountry\tLisk\n"), "test")
	if err != nil {
		t.Fatal(err)
	}
	var a, b bytes.Buffer
	if err := Train(docs, gaz, TrainOptions{Epochs: 3, Seed: 7, Calibrate: true}).WriteModel(&a); err != nil {
		t.Fatal(err)
	}
	if err := Train(docs, gaz, TrainOptions{Epochs: 3, Seed: 7, Calibrate: true}).WriteModel(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two trainings with the same seed wrote different models")
	}
	// The written model loads and tags like the trained one.
	var g bytes.Buffer
	zw := gzip.NewWriter(&g)
	zw.Write([]byte("city\tMarrowby\ncountry\tLisk\n"))
	zw.Close()
	loaded, err := Load(bytes.NewReader(a.Bytes()), &g, nil)
	if err != nil {
		t.Fatal(err)
	}
	trained := Train(docs, gaz, TrainOptions{Epochs: 3, Seed: 7, Calibrate: true})
	text := "Alda Quill works for Zentrix in Lisk ."
	if got, want := tagText(loaded, text), tagText(trained, text); !reflect.DeepEqual(got, want) || len(got) != 3 {
		t.Errorf("loaded model tags %v, trained model %v", got, want)
	}
	if got := tagText(loaded, text); len(got) == 3 && got[2].label != annot.LabelGPE {
		t.Errorf("Lisk is a country in the gazetteer: got %s, want GPE", got[2].label)
	}
}

func TestReadCoNLL(t *testing.T) {
	in := "-DOCSTART- -X- O O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP O\nGerman JJ I-NP I-MISC\n\n" +
		"Peter NNP I-NP I-PER\nBlackburn NNP I-NP I-PER\nB NNP I-NP B-PER\n\n-DOCSTART- -X- O O\n\nParis NNP I-NP I-LOC\n"
	docs, err := ReadCoNLL(strings.NewReader(in), "in")
	if err != nil {
		t.Fatal(err)
	}
	want := []Doc{
		{Sentences: []Sentence{
			{Words: []string{"EU", "rejects", "German"}, Entities: []Entity{{0, 1, "ORG"}, {2, 3, "MISC"}}},
			{Words: []string{"Peter", "Blackburn", "B"}, Entities: []Entity{{0, 2, "PER"}, {2, 3, "PER"}}},
		}},
		{Sentences: []Sentence{{Words: []string{"Paris"}, Entities: []Entity{{0, 1, "LOC"}}}}},
	}
	if !reflect.DeepEqual(docs, want) {
		t.Errorf("got %+v\nwant %+v", docs, want)
	}
	for _, bad := range []string{"EU NNP I-NP I-FOO\n", "x\n\nlonely\n"} {
		_, err := ReadCoNLL(strings.NewReader(bad), "bad.conll")
		if err == nil || !strings.Contains(err.Error(), "bad.conll:") {
			t.Errorf("ReadCoNLL(%q) = %v, want an error naming the file and line", bad, err)
		}
	}
}

// TestTagInTextLayerSentences: the tagger reads the text layer's
// sentences, so a hard line wrap inside a sentence changes nothing: the
// wrapped text gets the mentions of the unwrapped one. (A splitter that cut
// at every line break tagged "Acme Steel" a person and "Harbour Trust" a
// person in these.)
func TestTagInTextLayerSentences(t *testing.T) {
	tg := mustDefault(t)
	show := func(text string) string {
		toks := tokens.Tokenize(text)
		var out []string
		for _, m := range tg.Tag(text, toks) {
			out = append(out, fmt.Sprintf("%d-%d/%s", m.Start, m.End, m.Label))
		}
		return strings.Join(out, " ")
	}
	for _, c := range []struct{ flat, before string }{
		{"Shares of Acme Steel rose after analysts at Northwind Capital said the company would beat forecasts.", "rose"},
		{"Officials from the ministry said that Harbour Trust chairman Ray Dion would resign after the vote in Springfield.", "chairman"},
	} {
		wrapped := strings.Replace(c.flat, " "+c.before, "\n"+c.before, 1)
		if got, want := show(wrapped), show(c.flat); got != want || want == "" {
			t.Errorf("%q wrapped before %q: mentions %q, unwrapped %q", c.flat, c.before, got, want)
		}
	}
}

func TestTagsRoundTrip(t *testing.T) {
	spans := []span{{0, 2, tPER}, {2, 3, tORG}, {5, 8, tLOC}, {8, 9, tMISC}}
	tags := spansToTags(spans, 10)
	if got := tagsToSpans(tags, nil); !reflect.DeepEqual(got, spans) {
		t.Errorf("round trip: got %v, want %v", got, spans)
	}
	// Invalid sequences still give well-formed spans.
	bad := []tag{mkTag(tPER, posI), mkTag(tORG, posL), mkTag(tLOC, posB)}
	for _, s := range tagsToSpans(bad, nil) {
		if s.start >= s.end || s.end > len(bad) {
			t.Errorf("bad span %v", s)
		}
	}
}

// sharedDir finds ../shared beside the module root, or skips.
func sharedDir(t testing.TB) string {
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("skipped: go.mod not found above the working directory, so ../shared cannot be located")
		}
		dir = parent
	}
	shared := filepath.Join(dir, "..", "shared")
	if _, err := os.Stat(filepath.Join(shared, "corpus", "conll2003", "eng.testa")); err != nil {
		t.Skip("skipped: ../shared/corpus/conll2003/eng.testa is absent (the CoNLL corpus is not in this checkout)")
	}
	return shared
}

// TestEvalTesta scores the embedded model on CoNLL eng.testa (strict
// spans) and guards against regressions: each floor is 1.0 point under the
// value measured after the model's settings were chosen on the eng.train
// tune folds (overall F1 94.07 from CoNLL tokens, 93.87 from raw text; PER
// 94.92, ORG 89.47, LOC 96.48), rounded down to a tenth. A floor
// never decides a setting: a retrained tagger chosen on tune that falls
// under one gets its floors re-measured and the drop reported. It skips,
// saying so, when ../shared/corpus/conll2003 is absent.
func TestEvalTesta(t *testing.T) {
	shared := sharedDir(t)
	f, err := os.Open(filepath.Join(shared, "corpus", "conll2003", "eng.testa"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	docs, err := ReadCoNLL(f, "eng.testa")
	if err != nil {
		t.Fatal(err)
	}
	tg := mustDefault(t)
	s := tg.Evaluate(docs)
	t.Logf("eng.testa, CoNLL tokens:\n%s", s)
	raw := tg.EvaluateText(docs)
	t.Logf("eng.testa, raw text:\n%s", raw)
	floor := func(what string, sc Score, min float64) {
		if f1 := sc.F1(); f1 < min {
			t.Errorf("eng.testa %s: F1 %.2f, floor %.1f", what, f1, min)
		}
	}
	floor("overall, CoNLL tokens", s.All, 93.0)
	floor("overall, raw text", raw.All, 92.8)
	for l, min := range map[string]float64{"PER": 93.9, "ORG": 88.4, "LOC": 95.4} {
		sc, ok := s.By[l]
		if !ok {
			t.Errorf("no %s scores", l)
			continue
		}
		floor(l+", CoNLL tokens", *sc, min)
	}
}

func FuzzTag(f *testing.F) {
	for _, s := range []string{
		"Maria Lopez, the mayor of Chicago, said on Monday.",
		"“A – said X – B”", "U.S. President Joe Q. Public's aide", "\x00\xff\xfe", "", "... ... ...",
		strings.Repeat("A", 300), "BRUSSELS 1996-08-22\nThe EU said.", string(assets.Sample),
	} {
		f.Add(s)
	}
	tg := mustDefault(f)
	f.Fuzz(func(t *testing.T, text string) {
		toks := tokens.Tokenize(text)
		ms := tg.Tag(text, toks)
		prevEnd := 0
		for _, m := range ms {
			if m.Start < prevEnd || m.Start >= m.End || m.End > len(toks) {
				t.Fatalf("mention %+v out of order or range (%d tokens)", m, len(toks))
			}
			if m.Confidence < 0 || m.Confidence > 1 {
				t.Fatalf("confidence %v", m.Confidence)
			}
			prevEnd = m.End
		}
		if again := tg.Tag(text, toks); !reflect.DeepEqual(again, ms) {
			t.Fatalf("second run differs: %v vs %v", again, ms)
		}
	})
}

func BenchmarkTag(b *testing.B) {
	tg := mustDefault(b)
	text := string(assets.Sample)
	toks := tokens.Tokenize(text)
	b.ReportAllocs()
	b.ResetTimer()
	c0 := cputime.Used()
	for i := 0; i < b.N; i++ {
		tg.Tag(text, toks)
	}
	b.ReportMetric(float64(len(toks))*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	if c := cputime.Used() - c0; c > 0 {
		b.ReportMetric(float64(len(toks))*float64(b.N)/c.Seconds(), "tokens/cpu-s")
	}
}

// Degenerate inputs the detector must survive: one 2 MB token, 10,000
// unmatched quotation marks, a 100,000-word sentence of capitalised words.
func TestTagHugeInputs(t *testing.T) {
	tg := mustDefault(t)
	for name, text := range map[string]string{
		"no spaces":   strings.Repeat("abcdefghij", 200_000),
		"quotes":      strings.Repeat("“ ", 10_000),
		"capitalised": strings.Repeat("Alpha Beta Gamma Delta ", 25_000),
	} {
		toks := tokens.Tokenize(text)
		ms := tg.Tag(text, toks)
		for _, m := range ms {
			if m.Start < 0 || m.Start >= m.End || m.End > len(toks) {
				t.Fatalf("%s: bad mention %+v", name, m)
			}
		}
	}
}

// BenchmarkTagSizes tags the sample article repeated 1, 10 and 100 times
// as one document: ns/token stays flat when time grows linearly.
func BenchmarkTagSizes(b *testing.B) {
	tg := mustDefault(b)
	for _, n := range []int{1, 10, 100} {
		text := strings.Repeat(string(assets.Sample)+"\n\n", n)
		toks := tokens.Tokenize(text)
		b.Run(fmt.Sprintf("x%d", n), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				tg.Tag(text, toks)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(len(toks))/float64(b.N), "ns/token")
		})
	}
}

// BenchmarkLoad measures loading the embedded model and gazetteer (Default
// does it once per process).
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := Load(bytes.NewReader(assets.NERModel), bytes.NewReader(assets.NERGazetteer), bytes.NewReader(assets.NERTaggerClusters)); err != nil {
			b.Fatal(err)
		}
	}
}

// TestLocalCacheSameScores: the static scores decode computes with the
// per-word cache of local features equal those of all static features
// (context aggregation's included) looked up afresh, with the cache cold and warmed by another text.
func TestLocalCacheSameScores(t *testing.T) {
	tg := mustDefault(t)
	texts := []string{string(assets.Sample), "MARKETS RALLY IN ASIA AS CHINA CUTS RATES, 2 SAY\n\nShares in Asia rose 2 percent on Monday, said Jo Doe of Acme Bank in Hong Kong."}
	x := new(scratch)
	for round := 0; round < 2; round++ {
		for _, text := range texts {
			toks := tokens.Tokenize(text)
			words := make([]string, len(toks))
			for i, tk := range toks {
				words[i] = normWord(text[tk.B0:tk.B1])
			}
			var sents [][2]int
			for _, r := range textlayer.Split(text, toks).Sentences {
				sents = append(sents, [2]int{r.A, r.B})
			}
			p := x.prepare(words, sents, tg.gaz)
			tg.decode(p, x, func(int, []tag) {})
			for si, s := range p.sents {
				for i := s[0]; i < s[1]; i++ {
					keys := staticFeatures(p.ti, s[0], s[1], i, p.caps[si], nil)
					keys = append(keys, p.aggKeysOf(i)...)
					var w1, w2 [nTags]int32
					tg.st.emit(keys, &w1, &w2)
					if w1 != x.st[0][i] || w2 != x.st[1][i] {
						t.Fatalf("round %d, token %d %q: cached scores differ", round, i, words[i])
					}
				}
			}
		}
	}
}
