package main

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/quotebench/quotebench/detect"
	"github.com/quotebench/quotebench/detect/eval"
)

func init() {
	register(command{
		name:    "eval",
		usage:   "eval --gold GOLD.jsonl [--pred PRED.jsonl] [--split all|fit|tune] [--scope speech|all] [--json]",
		summary: "score quote, speaker and entity predictions against gold JSONL (runs the detector without --pred)",
		run:     runEval,
	})
}

func runEval(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("eval", stderr)
	goldPath := fs.String("gold", "", "gold JSONL file (required)")
	predPath := fs.String("pred", "", "predictions JSONL file; without it the detector runs on the gold texts")
	asJSON := fs.Bool("json", false, "print the report as JSON")
	split := fs.String("split", "all", "score only part of GOLD: all, or for PolNeAR train fit (all but the last 100) or tune (the last 100)")
	scope := fs.String("scope", "speech", "attributions the detector suggests: speech (said, told, according to) or all (also attitudes: plans, expects, supports); PolNeAR is annotated with all")
	if code, stop := parseFlags(fs, args); stop {
		return code
	}
	if *goldPath == "" || fs.NArg() > 0 {
		fs.Usage()
		return 2
	}
	gold, err := eval.ReadFile(*goldPath)
	if err == nil {
		gold, err = eval.SelectSplit(gold, *split)
	}
	if err != nil {
		fmt.Fprintf(stderr, "quotebench eval: %v\n", err)
		return 1
	}
	opts, err := detect.ParseScope(*scope)
	if err != nil {
		fmt.Fprintf(stderr, "quotebench eval: %v\n", err)
		return 2
	}
	var pred []eval.Record
	if *predPath != "" {
		if pred, err = eval.ReadFile(*predPath); err != nil {
			fmt.Fprintf(stderr, "quotebench eval: %v\n", err)
			return 1
		}
	} else {
		det, err := detect.NewWith(opts)
		if err != nil {
			fmt.Fprintf(stderr, "quotebench eval: %v\n", err)
			return 1
		}
		for _, g := range gold {
			pred = append(pred, eval.FromAnnotations(g.ID, g.Text, det.Detect(g.Text)))
		}
	}
	rep := eval.Score(gold, pred)
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(rep); err != nil {
			fmt.Fprintf(stderr, "quotebench eval: %v\n", err)
			return 1
		}
		return 0
	}
	rep.Write(stdout)
	return 0
}
