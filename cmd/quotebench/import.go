package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/detect"
	"github.com/quotebench/quotebench/ingest"
	"github.com/quotebench/quotebench/learn"
)

func init() {
	register(command{
		name:    "import",
		usage:   "import [--project P] [--no-detect] [--scope speech|all] PATH...",
		summary: "import articles (.txt, .html, .jsonl, folders) with detector suggestions",
		run:     runImport,
	})
}

// runImport imports files and folders into a project. It prints one line
// per added, duplicate, rejected or converted input and a summary; the exit
// status is 1 when anything was rejected.
func runImport(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("import", stderr)
	project := fs.String("project", "", "project file (default: the default project in the user data directory)")
	noDetect := fs.Bool("no-detect", false, "import without detector suggestions")
	scope := fs.String("scope", "", "attributions to suggest: speech or all; becomes the project's setting (default: the project's, else speech)")
	if code, stop := parseFlags(fs, args); stop {
		return code
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "quotebench import: no PATH given")
		fs.Usage()
		return 2
	}
	path, err := projectPath(*project)
	if err != nil {
		fmt.Fprintf(stderr, "quotebench import: %v\n", err)
		return 1
	}
	s, err := openOrCreateProject(path, false)
	if err != nil {
		fmt.Fprintf(stderr, "quotebench import: %v\n", err)
		return 1
	}
	defer s.Close()
	opts, err := learn.ProjectScope(s, *scope)
	if err != nil {
		fmt.Fprintf(stderr, "quotebench import: %v\n", err)
		return 2
	}
	var det ingest.Detector
	if !*noDetect {
		d, err := detect.NewWith(opts)
		if err != nil {
			fmt.Fprintf(stderr, "quotebench import: load the detector: %v\n", err)
			return 1
		}
		det = d.Detect
	}
	rep, err := ingest.Importer{Store: s, Detect: det}.Import(fs.Args(), nil)
	for i, id := range rep.Added {
		fmt.Fprintf(stdout, "added\t%d\t%s\n", id, fileName(rep.AddedFrom[i]))
	}
	for i, d := range rep.Duplicates {
		fmt.Fprintf(stdout, "duplicate\t%d\t%s\n", rep.DuplicateIDs[i], fileName(d))
	}
	for _, n := range rep.Notices {
		fmt.Fprintf(stderr, "notice: %s: %s\n", where(n), oneLine(n.Reason))
	}
	for _, r := range rep.Rejected {
		fmt.Fprintf(stderr, "rejected: %s: %s\n", where(r), oneLine(r.Reason))
	}
	fmt.Fprintf(stdout, "%d added, %d duplicate, %d rejected into %s\n", len(rep.Added), len(rep.Duplicates), len(rep.Rejected), fileName(path))
	if err != nil {
		fmt.Fprintf(stderr, "quotebench import: %v\n", err)
		return 1
	}
	if len(rep.Rejected) > 0 {
		return 1
	}
	return 0
}

func where(r annot.Rejected) string {
	if r.Line > 0 {
		return fmt.Sprintf("%s:%d", fileName(r.Path), r.Line)
	}
	return fileName(r.Path)
}

// cell makes a value safe for one tab-separated field.
func cell(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return ' '
		}
		return r
	}, s)
}
