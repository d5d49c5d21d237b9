package ner

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"github.com/quotebench/quotebench/annot/tokens"
	"github.com/quotebench/quotebench/assets"
	"github.com/quotebench/quotebench/detect/internal/gencache"
)

// TestSmallCachesSameMentions: a tagger whose per-word caches hold two
// entries per generation, so that they turn over all the time, tags every
// paragraph of the sample as a tagger with fresh caches for each text does.
func TestSmallCachesSameMentions(t *testing.T) {
	load := func() *Tagger {
		tg, err := Load(bytes.NewReader(assets.NERModel), bytes.NewReader(assets.NERGazetteer), bytes.NewReader(assets.NERTaggerClusters))
		if err != nil {
			t.Fatal(err)
		}
		return tg
	}
	small := load()
	small.pool.New = func() any {
		return &scratch{
			infos:    gencache.New[*wordEntry](2),
			infosClu: small.gaz.clusters(),
			local:    gencache.New[*[2][nTags]int32](2),
			shape:    gencache.New[*[2][nTags]int32](2),
			nbr:      gencache.New[*[4][2][nTags]int32](2),
		}
	}
	var texts []string
	for _, p := range strings.Split(strings.ReplaceAll(string(assets.Sample), "\r\n", "\n"), "\n\n") {
		if strings.TrimSpace(p) != "" {
			texts = append(texts, p)
		}
	}
	texts = append(texts, string(assets.Sample))
	found := 0
	for round := 0; round < 2; round++ {
		for i, text := range texts {
			toks := tokens.Tokenize(text)
			want := load().Tag(text, toks)
			got := small.Tag(text, toks)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("round %d, text %d: with small caches %v, with fresh ones %v", round, i, got, want)
			}
			found += len(want)
		}
	}
	if found == 0 {
		t.Fatal("no mentions in the sample: nothing compared")
	}
}
