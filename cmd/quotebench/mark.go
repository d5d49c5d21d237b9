package main

import (
	"fmt"
	"io"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/store"
)

func init() {
	register(command{
		name:    "mark",
		usage:   "mark [--project P] (--docs ID,... | --all) [--status FROM] STATUS",
		summary: "set the workflow status of documents (todo, in_progress, done, skipped); each change is one undoable step",
		run:     runMark,
	})
}

func runMark(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("mark", stderr)
	project := fs.String("project", "", "project file (default: the default project in the user data directory)")
	docs := fs.String("docs", "", "these documents: comma-separated ids or external ids")
	all := fs.Bool("all", false, "every document (with --status, every document with that status)")
	from := fs.String("status", "", "only documents that now have this status")
	if code, stop := parseFlags(fs, args); stop {
		return code
	}
	fail := failer("mark", stderr)
	if fs.NArg() != 1 {
		return fail(2, "give exactly one status: todo, in_progress, done or skipped")
	}
	to := annot.Status(fs.Arg(0))
	if !validStatus(to) {
		return fail(2, "unknown status %q (want todo, in_progress, done or skipped)", to)
	}
	if *from != "" && !validStatus(annot.Status(*from)) {
		return fail(2, "unknown --status %q (want todo, in_progress, done or skipped)", *from)
	}
	if (*docs == "") == !*all {
		return fail(2, "name the documents with --docs, or --all")
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
	sums, err := s.Documents(annot.DocFilter{Status: annot.Status(*from)})
	if err != nil {
		return fail(1, "%v", err)
	}
	if *docs != "" {
		// every name is checked before anything changes
		if sums, err = pickDocs(sums, *docs); err != nil {
			return fail(2, "%v", err)
		}
	}
	changed, pending, pendingDocs := 0, 0, 0
	for _, d := range sums {
		if d.Status != to {
			if err := s.SetStatus(d.ID, to); err != nil {
				return fail(1, "document %d: %v (%d documents were marked before it)", d.ID, err, changed)
			}
			changed++
		}
		if d.Pending > 0 {
			pending += d.Pending
			pendingDocs++
		}
	}
	fmt.Fprintf(stdout, "marked %d of %d documents %s (%d already were)\n", changed, len(sums), to, len(sums)-changed)
	if to == annot.StatusDone && pending > 0 {
		fmt.Fprintf(stdout, "%d suggestions are still pending in %d of them: on a done document they count as rejected (exports with --state accepted leave them out; the detector report counts them wrong)\n", pending, pendingDocs)
	}
	return 0
}
