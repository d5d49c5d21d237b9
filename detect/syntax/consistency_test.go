package syntax

import (
	"bytes"
	"fmt"
	"math"
	"math/rand"
	"strings"
	"testing"
)

// tinyTagger trains on a few made-up sentences.
func tinyTagger(t *testing.T) *Tagger {
	t.Helper()
	return tinyTaggerBags(t, 1)
}

func tinyTaggerBags(t *testing.T, bags int) *Tagger {
	t.Helper()
	s := func(text ...string) Sentence {
		var out Sentence
		for i := 0; i+2 < len(text); i += 3 {
			out.Words = append(out.Words, text[i])
			out.POS = append(out.POS, text[i+1])
			out.Chunks = append(out.Chunks, text[i+2])
		}
		return out
	}
	docs := []Doc{{Sentences: []Sentence{
		s("The", "DT", "B-NP", "minister", "NN", "I-NP", "said", "VBD", "B-VP", "it", "PRP", "B-NP", "was", "VBD", "B-VP", "late", "JJ", "B-ADJP", ".", ".", "O"),
	}}, {Sentences: []Sentence{
		s("A", "DT", "B-NP", "union", "NN", "I-NP", "leader", "NN", "I-NP", "told", "VBD", "B-VP", "reporters", "NNS", "B-NP", "in", "IN", "B-PP", "Paris", "NNP", "B-NP", ".", ".", "O"),
	}}, {Sentences: []Sentence{
		s("The", "DT", "B-NP", "leader", "NN", "I-NP", "said", "VBD", "B-VP", "the", "DT", "B-NP", "union", "NN", "I-NP", "was", "VBD", "B-VP", "late", "JJ", "B-ADJP", ".", ".", "O"),
	}}}
	key := func(w string) string { return fmt.Sprintf("%016x", fnvString(w)) }
	clu, err := ParseClusters(strings.NewReader("0110\t"+key("minister")+"\n0111\t"+key("leader")+"\n10\t"+key("said")+"\n10\t"+key("told")+"\n"), "test clusters")
	if err != nil {
		t.Fatal(err)
	}
	tg, err := Train(docs, TrainOptions{Epochs: 3, Folds: 1, Prune: 0.01, Clusters: clu, Bags: bags})
	if err != nil {
		t.Fatal(err)
	}
	return tg
}

// The tagger's cached and dense-table scoring gives the same scores as
// summing the weights of every feature of the templates.
func TestFastScoresEqualFeatureSums(t *testing.T) {
	tg := tinyTagger(t)
	// The second POS pass keeps the first's sure tags: check with it
	// scoring every token, none, and the shipped margin.
	for _, sure := range []int32{math.MaxInt32, 0, tg.sure} {
		tg.sure = sure
		checkFastEqualsSlow(t, tg, []string{"The", "union", "said", "it", "told", "reporters", "in", "Rome", "late", "."})
		checkFastEqualsSlow(t, tg, []string{"said"})
		rng := rand.New(rand.NewSource(3))
		vocab := []string{"leader", "The", "minister", "said", "it", "was", "late", ".", "A", "union", "told", "Paris", "x", "in"}
		for k := 0; k < 50; k++ {
			n := 1 + rng.Intn(12)
			ws := make([]string, n)
			for i := range ws {
				ws[i] = vocab[rng.Intn(len(vocab))]
			}
			checkFastEqualsSlow(t, tg, ws)
		}
	}
}

// Bagged training (the mean of perceptrons trained on different document
// orders, each bag in its own goroutine) gives the same model every time,
// and one that differs from a single perceptron's; its fast scores equal
// its feature sums.
func TestBaggedTrainingIsDeterministic(t *testing.T) {
	write := func(tg *Tagger) []byte {
		var b bytes.Buffer
		if err := tg.WriteModel(&b); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	a, b := tinyTaggerBags(t, 3), tinyTaggerBags(t, 3)
	if !bytes.Equal(write(a), write(b)) {
		t.Fatal("two bagged trainings wrote different models")
	}
	if bytes.Equal(write(a), write(tinyTaggerBags(t, 1))) {
		t.Fatal("three bags wrote the same model as one")
	}
	checkFastEqualsSlow(t, a, []string{"The", "union", "said", "it", "told", "reporters", "in", "Rome", "late", "."})
}

func checkFastEqualsSlow(t *testing.T, tg *Tagger, words []string) {
	t.Helper()
	var a Analysis
	tg.Words(words, &a)
	x := tg.pool.Get().(*scratch)
	defer tg.pool.Put(x)
	// Slow path: every feature looked up.
	ws := make([]word, len(words))
	for i, w := range words {
		ws[i], _, _ = analyse(normWord(w), nil, nil)
		ws[i].clu = cluCode(tg.clu, normWord(w))
	}
	pos := make([]uint8, len(words))
	sc := make([]int32, tg.nP)
	first, margin := firstPass(tg.pos[0], ws, tg.nP)
	for i := range ws {
		clear(sc)
		tg.pos[1].addAll(pos2Features(ws, pos, first, i, tg.nP, nil), sc)
		pos[i] = uint8(argmax(sc))
		if margin[i] >= tg.sure {
			pos[i] = first[i]
		}
		if got := tg.posName[pos[i]]; got != a.POS[i] {
			t.Fatalf("%q token %d: fast POS %s, feature sum %s", words, i, a.POS[i], got)
		}
	}
	ch := make([]uint8, len(words))
	sc = make([]int32, tg.nC)
	for i := range ws {
		clear(sc)
		tg.chunk.addAll(chunkFeatures(ws, pos, ch, i, tg.nP, tg.nC, nil), sc)
		ch[i] = uint8(argmax(sc))
	}
	// Compare the chunk tags through the chunks they make.
	tg.run(x, words, &Analysis{})
	for i := range first {
		if first[i] != x.first[i] {
			t.Fatalf("%q token %d: fast first pass %s, feature sum %s", words, i, tg.pos[0].classes[x.first[i]], tg.pos[0].classes[first[i]])
		}
	}
	for i := range ch {
		if ch[i] != x.chunk[i] {
			t.Fatalf("%q token %d: fast chunk %s, feature sum %s", words, i, tg.chunk.classes[x.chunk[i]], tg.chunk.classes[ch[i]])
		}
	}
}

// TestWordCacheGenerations: after more distinct words than the word cache
// holds (it keeps two generations and drops the older), tags still equal
// the feature sums, for words kept, moved between generations and dropped.
func TestWordCacheGenerations(t *testing.T) {
	tg := tinyTagger(t)
	vocab := []string{"leader", "The", "minister", "said", "it", "was", "late", ".", "A", "union", "told", "Paris", "x", "in"}
	rng := rand.New(rand.NewSource(5))
	var a Analysis
	for k := 0; k < 3*maxCache; k += 8 {
		ws := make([]string, 8)
		for i := range ws {
			ws[i] = fmt.Sprintf("w%d", k+i)
		}
		ws[rng.Intn(len(ws))] = vocab[rng.Intn(len(vocab))]
		tg.Words(ws, &a)
		if k%(maxCache/4) == 0 {
			checkFastEqualsSlow(t, tg, ws)
			checkFastEqualsSlow(t, tg, []string{vocab[k%len(vocab)], "said", fmt.Sprintf("w%d", k/2), "late", "."})
		}
	}
	x := tg.pool.Get().(*scratch)
	defer tg.pool.Put(x)
	if n := x.words.Len(); n > maxCache {
		t.Errorf("the word cache holds %d words, more than %d", n, maxCache)
	}
}
