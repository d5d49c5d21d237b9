// Command syntaxtrain rebuilds the part-of-speech tagger and chunker of
// detect/syntax from the POS and chunk columns of CoNLL-2003 eng.train.
//
//	go run ./cmd/syntaxtrain -shared ../shared -out assets/syntax          # train on eng.train, write the model
//	go run ./cmd/syntaxtrain -shared ../shared -tune                       # train on the first 90% of eng.train's documents, score the last 10%
//	go run ./cmd/syntaxtrain -shared ../shared -out assets/syntax -testa   # score the model in -out on eng.testa
//
// Features and epochs are chosen with -tune only; eng.testa is scored
// once, at the end.
package main

import (
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"time"

	"github.com/quotebench/quotebench/detect/syntax"
)

func main() {
	shared := flag.String("shared", "../shared", "the shared folder (corpus/conll2003)")
	out := flag.String("out", "assets/syntax", "where to write model.bin.gz")
	epochs := flag.Int("epochs", 10, "training epochs")
	folds := flag.Int("folds", 5, "jackknife folds that give the second POS pass first-pass tags of the training data (1: the final first pass tags its own training data)")
	prune := flag.Float64("prune", 1.0, "drop feature rows whose largest averaged weight is below this")
	seed := flag.Int64("seed", 1, "seed of the document order")
	nbags := flag.Int("bags", 3, "perceptrons per model, each trained on its own document order, averaged")
	tune := flag.Bool("tune", false, "train on the first 90% of eng.train's documents and score the last 10%; write nothing")
	testa := flag.Bool("testa", false, "do not train: score the model in -out on eng.testa")
	errs := flag.String("errors", "", "with -tune: write each wrongly tagged tune token with its sentence to this file")
	clusters := flag.String("clusters", "assets/ner/clusters.tsv.gz", "the gzipped word clusters (made by cmd/nertrain) whose prefixes are features")
	flag.Parse()
	if err := run(*shared, *out, *clusters, *errs, *tune, *testa, syntax.TrainOptions{Epochs: *epochs, Folds: *folds, Prune: *prune, Seed: *seed, Bags: *nbags, Log: os.Stdout}); err != nil {
		fmt.Fprintln(os.Stderr, "syntaxtrain:", err)
		os.Exit(1)
	}
}

func read(path string) ([]syntax.Doc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return syntax.ReadCoNLL(f, path)
}

// TuneSplit is the frozen split of eng.train: its last tenth of documents.
func tuneSplit(docs []syntax.Doc) (train, tune []syntax.Doc) {
	cut := len(docs) - len(docs)/10
	return docs[:cut], docs[cut:]
}

func run(shared, out, clusters, errs string, tune, testa bool, opt syntax.TrainOptions) error {
	conll := filepath.Join(shared, "corpus", "conll2003")
	cf, err := os.Open(clusters)
	if err != nil {
		return err
	}
	defer cf.Close()
	if testa {
		f, err := os.Open(filepath.Join(out, "model.bin.gz"))
		if err != nil {
			return err
		}
		defer f.Close()
		t, err := syntax.Load(f, cf)
		if err != nil {
			return fmt.Errorf("%s: %w", out, err)
		}
		docs, err := read(filepath.Join(conll, "eng.testa"))
		if err != nil {
			return err
		}
		fmt.Printf("eng.testa (%d documents): %s", len(docs), t.Evaluate(docs))
		return nil
	}
	docs, err := read(filepath.Join(conll, "eng.train"))
	if err != nil {
		return err
	}
	zc, err := gzip.NewReader(cf)
	if err != nil {
		return fmt.Errorf("%s: %w", clusters, err)
	}
	if opt.Clusters, err = syntax.ParseClusters(zc, clusters); err != nil {
		return err
	}
	var held []syntax.Doc
	if tune {
		docs, held = tuneSplit(docs)
	}
	fmt.Printf("training on %d documents, %d tokens\n", len(docs), syntax.Tokens(docs))
	t0 := time.Now()
	t, err := syntax.Train(docs, opt)
	if err != nil {
		return err
	}
	var mb bytes.Buffer
	if err := t.WriteModel(&mb); err != nil {
		return err
	}
	fmt.Printf("trained in %s: %d feature rows, %d bytes gzipped\n", time.Since(t0).Round(100*time.Millisecond), t.Size(), mb.Len())
	if tune {
		fmt.Printf("tune split (last %d documents of eng.train): %s", len(held), t.Evaluate(held))
		conf := t.Confusions(held)
		keys := make([][2]string, 0, len(conf))
		for k := range conf {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(i, j int) bool {
			return conf[keys[i]] > conf[keys[j]] || conf[keys[i]] == conf[keys[j]] && keys[i][0]+keys[i][1] < keys[j][0]+keys[j][1]
		})
		for _, k := range keys[:min(12, len(keys))] {
			fmt.Printf("  %s -> %s: %d\n", k[0], k[1], conf[k])
		}
		if errs != "" {
			return writeErrors(t, held, errs)
		}
		return nil
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	path := filepath.Join(out, "model.bin.gz")
	if err := os.WriteFile(path+".tmp", mb.Bytes(), 0o644); err != nil {
		return err
	}
	return os.Rename(path+".tmp", path)
}

// writeErrors writes each token of docs that t tags wrongly: the word,
// its gold and predicted tags, and the sentence with the word marked.
func writeErrors(t *syntax.Tagger, docs []syntax.Doc, path string) error {
	var b bytes.Buffer
	var a syntax.Analysis
	for _, d := range docs {
		for _, s := range d.Sentences {
			t.Words(s.Words, &a)
			for i, p := range a.POS {
				if p.String() == s.POS[i] {
					continue
				}
				fmt.Fprintf(&b, "%s\t%s\t%s\t", s.Words[i], s.POS[i], p)
				for j, w := range s.Words {
					if j == i {
						fmt.Fprintf(&b, " [[%s]]", w)
					} else {
						fmt.Fprintf(&b, " %s/%s", w, a.POS[j])
					}
				}
				b.WriteByte('\n')
			}
		}
	}
	return os.WriteFile(path, b.Bytes(), 0o644)
}
