// Command compromise is the Go half of `make bench-compromise`: it writes
// the benchmark's articles as JSONL ({"id","text"}) and times our full
// detection (quotes, speakers, entities, with the syntax layer) over them in
// one process, the same way bench/compromise/compromise.mjs times the
// compromise npm library. See bench/compromise/run.sh.
//
//	go run ./bench/compromise -write articles.jsonl [-n 200] [-corpus train.jsonl]
//	go run ./bench/compromise -time articles.jsonl
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"runtime/pprof"
	"strings"
	"time"

	"github.com/quotebench/quotebench/annot/tokens"
	"github.com/quotebench/quotebench/assets"
	"github.com/quotebench/quotebench/detect"
)

type article struct {
	ID   string `json:"id"`
	Text string `json:"text"`
}

func main() {
	write := flag.String("write", "", "write the articles as JSONL to this file")
	n := flag.Int("n", 200, "with -write: how many articles (with -corpus, 0 takes them all)")
	corpus := flag.String("corpus", "", "with -write: take the texts from this JSONL file (fields id, text) instead of the bundled sample")
	timeIn := flag.String("time", "", "time the full detection over the articles in this JSONL file")
	cpuProf := flag.String("cpuprofile", "", "with -time: write a CPU profile of the timed loop to this file")
	flag.Parse()
	var err error
	switch {
	case *write != "":
		err = writeArticles(*write, *n, *corpus)
	case *timeIn != "":
		err = timeDetect(*timeIn, *cpuProf)
	default:
		err = fmt.Errorf("give -write FILE or -time FILE")
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench compromise:", err)
		os.Exit(1)
	}
}

// sampleArticles makes n distinct articles from the bundled sample: article
// i keeps the headline line and rotates the body's paragraphs by i, so no
// two consecutive texts are the same while the language stays news.
func sampleArticles(n int) []article {
	text := strings.ReplaceAll(string(assets.Sample), "\r\n", "\n")
	head, body, _ := strings.Cut(text, "\n\n")
	var paras []string
	for _, p := range strings.Split(body, "\n\n") {
		if strings.TrimSpace(p) != "" {
			paras = append(paras, strings.TrimSpace(p))
		}
	}
	out := make([]article, n)
	for i := range out {
		k := i % len(paras)
		rot := append(append([]string{}, paras[k:]...), paras[:k]...)
		out[i] = article{ID: fmt.Sprintf("sample-%04d", i), Text: head + "\n\n" + strings.Join(rot, "\n\n") + "\n"}
	}
	return out
}

func writeArticles(path string, n int, corpus string) error {
	var arts []article
	if corpus != "" {
		var err error
		if arts, err = readArticles(corpus); err != nil {
			return err
		}
		if n > 0 && n < len(arts) {
			arts = arts[:n]
		}
	} else {
		arts = sampleArticles(n)
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, a := range arts {
		if err := enc.Encode(a); err != nil {
			f.Close()
			return err
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func readArticles(path string) ([]article, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var arts []article
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<26)
	for line := 1; sc.Scan(); line++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var a article
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			return nil, fmt.Errorf("%s line %d: %v", path, line, err)
		}
		if a.Text == "" {
			return nil, fmt.Errorf("%s line %d: no \"text\"", path, line)
		}
		arts = append(arts, a)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	if len(arts) == 0 {
		return nil, fmt.Errorf("%s: no articles", path)
	}
	return arts, nil
}

// timeDetect loads the models (not timed), then times Detect over every
// article and prints one JSON line: articles, tokens, wall and CPU seconds,
// and what was found (so the work cannot be skipped).
func timeDetect(path, prof string) error {
	arts, err := readArticles(path)
	if err != nil {
		return err
	}
	det, err := detect.New()
	if err != nil {
		return err
	}
	// Warm-up, not timed, as in compromise.mjs: the first articles (at most
	// 20) once, so the models are loaded and paged in.
	for _, a := range arts[:min(20, len(arts))] {
		det.Detect(a.Text)
	}
	ntok := 0
	for _, a := range arts {
		ntok += len(tokens.Tokenize(a.Text))
	}
	if prof != "" {
		f, err := os.Create(prof)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	quotes, ments := 0, 0
	c0, t0 := cpuUsed(), time.Now()
	for _, a := range arts {
		an := det.Detect(a.Text)
		quotes += len(an.Quotes)
		ments += len(an.Mentions)
	}
	wall, cpu := time.Since(t0), cpuUsed()-c0
	return json.NewEncoder(os.Stdout).Encode(map[string]any{
		"tool": "quotebench", "articles": len(arts), "tokens": ntok,
		"seconds": wall.Seconds(), "cpu_seconds": cpu.Seconds(),
		"quotes": quotes, "mentions": ments,
	})
}
