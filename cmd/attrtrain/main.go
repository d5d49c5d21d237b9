// Command attrtrain trains the detector's attribution model: a logistic
// regression that decides which quotes the rules propose are suggested
// (and how confidently), and one that scores each quote's speaker link.
//
// Protocol: PolNeAR train is split by eval.Split into fit (all but the
// last 100 articles) and tune (the last 100). The weights are learned on
// fit; the threshold is chosen on tune (best F1 at 30% cover, scope all,
// PolNeAR's convention) and the calibration error is measured there.
// PolNeAR dev is never read. The output is deterministic for a given
// corpus.
//
//	go run ./cmd/attrtrain -shared ../shared -out assets/attr
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/quotebench/quotebench/detect"
	"github.com/quotebench/quotebench/detect/eval"
)

func main() {
	shared := flag.String("shared", "../shared", "the shared corpus directory")
	out := flag.String("out", "assets/attr", "directory for model.json.gz")
	epochs := flag.Int("epochs", 200, "training passes")
	l2 := flag.Float64("l2", 1e-4, "L2 penalty per example")
	dump := flag.String("dump", "", "also write the fit split's labelled quote examples to this file (quote|speaker, label, features), for error analysis")
	flag.Parse()
	if err := run(*shared, *out, *epochs, *l2, *dump); err != nil {
		fmt.Fprintf(os.Stderr, "attrtrain: %v\n", err)
		os.Exit(1)
	}
}

func run(shared, out string, epochs int, l2 float64, dump string) error {
	train, err := eval.ReadFile(filepath.Join(shared, "corpus", "polnear", "train.jsonl"))
	if err != nil {
		return err
	}
	fit, tune := eval.Split(train)
	fmt.Printf("PolNeAR train: %d fit, %d tune articles\n", len(fit), len(tune))
	raw, err := detect.NewWith(detect.Options{Scope: detect.ScopeAll, KeepAll: true, Model: &detect.Model{}})
	if err != nil {
		return err
	}
	qx, sx := examples(raw, fit)
	fmt.Printf("fit: %d quote-part examples (%.1f%% right), %d speaker examples (%.1f%% right)\n",
		len(qx), rightPct(qx), len(sx), rightPct(sx))
	if dump != "" {
		var b strings.Builder
		for _, x := range qx {
			fmt.Fprintf(&b, "quote\t%v\t%s\n", x.right, strings.Join(x.feats, " "))
		}
		for _, x := range sx {
			fmt.Fprintf(&b, "speaker\t%v\t%s\n", x.right, strings.Join(x.feats, " "))
		}
		if err := os.WriteFile(dump, []byte(b.String()), 0o644); err != nil {
			return err
		}
	}
	m := &detect.Model{Quote: trainLR(qx, epochs, l2), Speaker: trainLR(sx, epochs, l2)}

	// Tune: the threshold with the best F1, then the calibration there.
	scored, err := detect.NewWith(detect.Options{Scope: detect.ScopeAll, KeepAll: true, Model: m})
	if err != nil {
		return err
	}
	var pred []eval.Record
	for _, g := range tune {
		pred = append(pred, eval.FromAnnotations(g.ID, g.Text, scored.Detect(g.Text)))
	}
	best, bestF := 0.0, -1.0
	for t := 0.0; t < 0.9; t += 0.01 {
		rep := eval.Score(tune, filter(pred, t))
		fmt.Printf("  threshold %.2f: P %.1f R %.1f F1 %.2f\n", t, rep.Cover30.P, rep.Cover30.R, rep.Cover30.F1)
		if rep.Cover30.F1 > bestF+1e-9 {
			best, bestF = t, rep.Cover30.F1
		}
	}
	m.Quote.Threshold = roundTo(best)
	rep := eval.Score(tune, filter(pred, m.Quote.Threshold))
	all := eval.Score(tune, pred)
	m.Note = fmt.Sprintf("trained on PolNeAR train fit (%d articles); tune (%d): threshold %.2f, F1@30 %.1f (P %.1f R %.1f), quote ECE %.1f, speaker ECE %.1f",
		len(fit), len(tune), m.Quote.Threshold, rep.Cover30.F1, rep.Cover30.P, rep.Cover30.R, all.QuoteCal.ECE, rep.SpeakerCal.ECE)
	fmt.Println(m.Note)
	fmt.Println("strongest quote features:")
	for _, s := range m.Quote.Top(25) {
		fmt.Println("  ", s)
	}
	fmt.Println("strongest speaker features:")
	for _, s := range m.Speaker.Top(15) {
		fmt.Println("  ", s)
	}
	var buf bytes.Buffer
	if err := detect.WriteModel(&buf, m); err != nil {
		return err
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(out, "model.json.gz"), buf.Bytes(), 0o644)
}

// filter keeps the quote parts scored at least t.
func filter(recs []eval.Record, t float64) []eval.Record {
	out := make([]eval.Record, len(recs))
	for i, r := range recs {
		r2 := r
		r2.Quotes = nil
		for _, q := range r.Quotes {
			if q.Confidence == nil || *q.Confidence >= t {
				r2.Quotes = append(r2.Quotes, q)
			}
		}
		out[i] = r2
	}
	return out
}

func roundTo(x float64) float64 { return float64(int(x*100+0.5)) / 100 }
