package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/quotebench/quotebench/annot"
)

func init() {
	register(command{
		name:    "list",
		usage:   "list [--project P] [--status S] [--query Q]",
		summary: "list a project's documents: id, title, date, status, counts (tab-separated)",
		run:     runList,
	})
}

func runList(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("list", stderr)
	project := fs.String("project", "", "project file (default: the default project in the user data directory)")
	status := fs.String("status", "", "only documents with this status: todo, in_progress, done, skipped")
	query := fs.String("query", "", "only documents matching this full-text query (title and text)")
	if code, stop := parseFlags(fs, args); stop {
		return code
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "quotebench list: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	if *status != "" && !validStatus(annot.Status(*status)) {
		fmt.Fprintf(stderr, "quotebench list: unknown status %q (want todo, in_progress, done or skipped)\n", *status)
		return 2
	}
	path, err := projectPath(*project)
	if err != nil {
		fmt.Fprintf(stderr, "quotebench list: %v\n", err)
		return 1
	}
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		fmt.Fprintf(stderr, "quotebench list: no project at %s (create one with 'quotebench import --project %s FILE...' or by starting the window)\n", path, path)
		return 1
	}
	s, err := openToRead(path)
	if err != nil {
		fmt.Fprintf(stderr, "quotebench list: %v\n", err)
		return 1
	}
	defer s.Close()
	docs, err := s.Documents(annot.DocFilter{Status: annot.Status(*status), Query: *query})
	if err != nil {
		fmt.Fprintf(stderr, "quotebench list: %v\n", err)
		return 1
	}
	fmt.Fprintln(stdout, "id\ttitle\tdate\tstatus\tquotes\tmentions\tpending")
	for _, d := range docs {
		fmt.Fprintf(stdout, "%d\t%s\t%s\t%s\t%d\t%d\t%d\n", d.ID, cell(d.Title), d.Date, d.Status, d.Quotes, d.Mentions, d.Pending)
	}
	return 0
}

func validStatus(s annot.Status) bool {
	for _, x := range annot.Statuses {
		if x == s {
			return true
		}
	}
	return false
}
