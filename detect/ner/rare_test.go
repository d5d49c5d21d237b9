package ner

import "testing"

// With TrainOptions.Rare, a capitalised word seen fewer times than Rare is
// trained without its identity features: the model has no weight for the
// exact word of a name seen once, and still learns the names seen often.
func TestTrainRareWords(t *testing.T) {
	docs := synthetic(synFirst, synLast, synOrgs, synCities)
	// One more document with a name seen once.
	docs = append(docs, Doc{Sentences: []Sentence{{
		Words:    []string{"Yorrick", "Quill", "spoke", "."},
		Entities: []Entity{{Start: 0, End: 2, Type: "PER"}},
	}}})
	count := map[string]int{}
	for _, d := range docs {
		for _, s := range d.Sentences {
			for _, w := range s.Words {
				count[w]++
			}
		}
	}
	if count["Yorrick"] != 1 || count["Quill"] < 3 {
		t.Fatalf("synthetic counts changed: Yorrick %d, Quill %d", count["Yorrick"], count["Quill"])
	}
	var x scratch
	weight := func(m *model, w string) [nTags]int32 {
		var out [nTags]int32
		m.emit([]uint64{feat(fW, x.info(w).w)}, &out)
		return out
	}
	var zero [nTags]int32
	plain := Train(docs, nil, TrainOptions{Epochs: 3, Seed: 1})
	rare := Train(docs, nil, TrainOptions{Epochs: 3, Seed: 1, Rare: 2})
	if weight(plain.m, "Yorrick") == zero {
		t.Fatal("without Rare the name seen once has no word weight: the check below cannot fail")
	}
	if got := weight(rare.m, "Yorrick"); got != zero {
		t.Errorf("with Rare 2 the name seen once has word weights %v, want none", got)
	}
	if weight(rare.m, "Quill") == zero {
		t.Error("with Rare 2 a name seen often lost its word weights")
	}
}
