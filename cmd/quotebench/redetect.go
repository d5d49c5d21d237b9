package main

import (
	"fmt"
	"io"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/learn"
	"github.com/quotebench/quotebench/store"
)

func init() {
	register(command{
		name:    "redetect",
		usage:   "redetect [--project P] [--docs ID,...] [--scope speech|all] [--reset] [--progress]",
		summary: "learn from the done documents' decisions, then replace the undecided suggestions of the documents still to do (decisions are never touched; one undo step per document)",
		run:     runRedetect,
	})
}

func runRedetect(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("redetect", stderr)
	project := fs.String("project", "", "project file (default: the default project in the user data directory)")
	docs := fs.String("docs", "", "only these documents (comma-separated ids or external ids); done documents are never re-detected")
	scope := fs.String("scope", "", "attributions to suggest: speech or all (PolNeAR's convention); becomes the project's setting (default: the project's, else speech)")
	reset := fs.Bool("reset", false, "forget what the project taught the detector and re-detect with the detector as shipped")
	progress := fs.Bool("progress", false, "print a line to stderr after each re-detected document (done/total)")
	if code, stop := parseFlags(fs, args); stop {
		return code
	}
	fail := failer("redetect", stderr)
	if fs.NArg() > 0 {
		return fail(2, "unexpected argument %q", fs.Arg(0))
	}
	path, err := projectPath(*project)
	if err != nil {
		return fail(1, "%v", err)
	}
	s, err := store.Open(path, store.Options{})
	if err != nil {
		return fail(1, "%v", err)
	}
	defer s.Close()
	opts, err := learn.ProjectScope(s, *scope)
	if err != nil {
		return fail(2, "%v", err)
	}
	sums, err := s.Documents(annot.DocFilter{})
	if err != nil {
		return fail(1, "%v", err)
	}
	o := learn.Options{Detect: opts, Reset: *reset}
	if *progress {
		o.Progress = func(done, total int) { fmt.Fprintf(stderr, "redetect: %d/%d\n", done, total) }
	}
	if *docs != "" {
		sums, err := pickDocs(sums, *docs)
		if err != nil {
			return fail(2, "%v", err)
		}
		o.Docs = []annot.DocID{}
		for _, d := range sums {
			o.Docs = append(o.Docs, d.ID)
		}
	}
	res, err := learn.Redetect(s, o)
	switch {
	case *reset:
		fmt.Fprintln(stdout, "reset: the detector forgot what this project taught it")
	case res.Learned == nil:
		fmt.Fprintln(stdout, "no document is done yet: nothing to learn from; re-detecting with the detector as shipped")
	}
	if err != nil {
		return fail(1, "%v", err)
	}
	fmt.Fprintln(stdout, res.Summary())
	return 0
}
