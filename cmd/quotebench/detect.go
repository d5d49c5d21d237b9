package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/detect"
	"github.com/quotebench/quotebench/detect/chunk"
	"github.com/quotebench/quotebench/detect/eval"
	"github.com/quotebench/quotebench/formats"
)

func init() {
	register(command{
		name:    "detect",
		usage:   "detect [--scope speech|all] [FILE...]",
		summary: "detect quotes, speakers and entities; text files or JSONL (one article per line) or stdin in, gold-format JSONL out",
		run:     runDetect,
	})
}

// maxText is the largest plain text article detect reads.
const maxText = 256 << 20

func runDetect(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("detect", stderr)
	scope := fs.String("scope", "speech", "attributions to suggest: speech (said, told, according to) or all (also attitudes: plans, expects, supports; PolNeAR's convention)")
	if code, stop := parseFlags(fs, args); stop {
		return code
	}
	opts, err := detect.ParseScope(*scope)
	if err != nil {
		fmt.Fprintf(stderr, "quotebench detect: %v\n", err)
		return 2
	}
	det, err := detect.NewWith(opts)
	if err != nil {
		fmt.Fprintf(stderr, "quotebench detect: %v\n", err)
		return 1
	}
	out := bufio.NewWriterSize(stdout, 1<<16)
	defer out.Flush()
	// One gold line per article, written as the jsonl export writes its
	// lines (formats.MarshalLine: no HTML escapes, '\n' after each).
	enc := func(r eval.Record) error {
		b, err := formats.MarshalLine(r)
		if err == nil {
			_, err = out.Write(b)
		}
		return err
	}
	status := 0
	files := fs.Args()
	if len(files) == 0 {
		files = []string{"-"}
	}
	for _, name := range files {
		if err := detectFile(det, name, enc, stderr); err != nil {
			fmt.Fprintf(stderr, "quotebench detect: %v\n", err)
			status = 1
		}
	}
	if err := out.Flush(); err != nil {
		fmt.Fprintf(stderr, "quotebench detect: write output: %v\n", err)
		return 1
	}
	return status
}

// detectFile detects every article of one input. Bad JSONL lines are
// reported with their numbers and skipped; the error returned says how many.
func detectFile(det *detect.Detector, name string, enc func(eval.Record) error, stderr io.Writer) error {
	var r io.Reader = os.Stdin
	label := "stdin"
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		defer f.Close()
		r, label = f, name
	}
	br := bufio.NewReaderSize(r, 1<<16)
	first, _ := br.Peek(512)
	if bytes.HasPrefix(bytes.TrimLeft(first, " \t\r\n\ufeff"), []byte("{")) {
		bad := 0
		err := eval.Lines(br, func(n int, line []byte) error {
			rec, err := eval.ParseLine(line)
			if err != nil {
				fmt.Fprintf(stderr, "quotebench detect: %s:%d: %v\n", label, n, err)
				bad++
				return nil
			}
			return enc(eval.FromAnnotations(rec.ID, rec.Text, bounded(det, stderr, fmt.Sprintf("%s:%d", label, n), rec.Text)))
		})
		if err != nil {
			return fmt.Errorf("%s: %w", label, err)
		}
		if bad > 0 {
			return fmt.Errorf("%s: %d bad line(s) skipped", label, bad)
		}
		return nil
	}
	data, err := io.ReadAll(io.LimitReader(br, maxText+1))
	if err != nil {
		return fmt.Errorf("read %s: %w", label, err)
	}
	switch {
	case len(data) > maxText:
		return fmt.Errorf("%s: text larger than %d MB; split it or use JSONL", label, maxText>>20)
	case bytes.IndexByte(data, 0) >= 0:
		return fmt.Errorf("%s: binary file (NUL bytes), not text", label)
	case !utf8.Valid(data):
		return fmt.Errorf("%s: not valid UTF-8 text", label)
	}
	text := strings.TrimPrefix(string(data), "\ufeff")
	id := ""
	if name != "-" {
		id = strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
	}
	return enc(eval.FromAnnotations(id, text, bounded(det, stderr, label, text)))
}

// bounded detects text within bounded memory and output (detect/chunk),
// printing its notices (a long text cut into pieces, suggestions left out).
func bounded(det *detect.Detector, stderr io.Writer, where, text string) annot.Annotations {
	a, notes := chunk.Detect(det.Detect, text, chunk.Default)
	for _, n := range notes {
		fmt.Fprintf(stderr, "quotebench detect: %s: %s\n", where, n)
	}
	return a
}
