package main

import (
	"fmt"
	"io"

	"github.com/quotebench/quotebench/store"
)

func init() {
	register(command{
		name:    "annotator",
		usage:   "annotator [--project P] [NAME | --clear]",
		summary: "show or set who makes this project file's decisions (default: the OS user)",
		run:     runAnnotator,
	})
}

func runAnnotator(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("annotator", stderr)
	project := fs.String("project", "", "project file (default: the default project in the user data directory)")
	clear := fs.Bool("clear", false, "forget the name: decisions are named after the OS user again")
	if code, stop := parseFlags(fs, args); stop {
		return code
	}
	fail := failer("annotator", stderr)
	if fs.NArg() > 1 || (*clear && fs.NArg() > 0) {
		return fail(2, "give one NAME (quote a name with spaces) or --clear")
	}
	path, err := projectPath(*project)
	if err != nil {
		return fail(1, "%v", err)
	}
	set := fs.NArg() == 1 || *clear
	s, err := openOrCreateProject(path, !set)
	if err != nil {
		return fail(1, "%v", err)
	}
	defer s.Close()
	if set {
		name := ""
		if !*clear {
			name = fs.Arg(0)
		}
		if err := s.SetAnnotator(name); err != nil {
			return fail(1, "%v", err)
		}
	}
	name, err := s.ProjectAnnotator()
	if err != nil {
		return fail(1, "%v", err)
	}
	if name == "" {
		fmt.Fprintf(stdout, "%s (the OS user; no name set in %s)\n", store.OSUser(), path)
		return 0
	}
	fmt.Fprintf(stdout, "%s\n", name)
	return 0
}
