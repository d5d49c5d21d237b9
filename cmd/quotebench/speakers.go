package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/store"
)

func init() {
	register(command{
		name: "speakers",
		usage: "speakers [--project P] [list | suggest | confirm ENTITY... | link ENTITY SPEAKER_ID | unlink ENTITY | " +
			"rename SPEAKER_ID NAME | merge INTO_ID FROM_ID | quotes SPEAKER_ID]",
		summary: "the speaker registry: one entry per person or organisation quoted across the project (stable speaker_id in exports)",
		run:     runSpeakers,
	})
}

func runSpeakers(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("speakers", stderr)
	project := fs.String("project", "", "project file (default: the default project in the user data directory)")
	if code, stop := parseFlags(fs, args); stop {
		return code
	}
	fail := failer("speakers", stderr)
	verb, rest := "list", []string(nil)
	if fs.NArg() > 0 {
		verb, rest = fs.Arg(0), fs.Args()[1:]
	}
	need := map[string]int{"list": 0, "suggest": 0, "link": 2, "unlink": 1, "rename": 2, "merge": 2, "quotes": 1}
	if n, ok := need[verb]; ok && len(rest) != n || !ok && verb != "confirm" || verb == "confirm" && len(rest) == 0 {
		return fail(2, "usage: quotebench %s", commands["speakers"].usage)
	}
	path, err := projectPath(*project)
	if err != nil {
		return fail(1, "%v", err)
	}
	ro := verb == "list" || verb == "quotes"
	s, err := openOrCreateProject(path, ro)
	if err != nil {
		return fail(1, "%v", err)
	}
	defer s.Close()
	entity := func(a string) (annot.EntityID, error) {
		n, err := strconv.ParseInt(a, 10, 64)
		if err != nil || n <= 0 {
			return 0, fmt.Errorf("%q is not an entity id (see: quotebench speakers list)", a)
		}
		return annot.EntityID(n), nil
	}
	switch verb {
	case "list":
		return listSpeakers(s, stdout, stderr)
	case "suggest":
		c, n, err := s.SuggestSpeakers()
		if err != nil {
			return fail(1, "%v", err)
		}
		fmt.Fprintf(stdout, "%d new registry entries; %d links suggested (confirm them: quotebench speakers confirm ENTITY...)\n", c, n)
		return 0
	case "confirm":
		for _, a := range rest {
			e, err := entity(a)
			if err == nil {
				err = s.ConfirmSpeaker(e)
			}
			if err != nil {
				return fail(1, "%v", err)
			}
		}
		fmt.Fprintf(stdout, "confirmed %d links\n", len(rest))
	case "link", "unlink":
		e, err := entity(rest[0])
		if err != nil {
			return fail(2, "%v", err)
		}
		sid := ""
		if verb == "link" {
			sid = rest[1]
		}
		if err := s.LinkSpeaker(e, sid); err != nil {
			return fail(1, "%v", err)
		}
		fmt.Fprintf(stdout, "%sed entity %d\n", verb, e)
	case "rename":
		if err := s.RenameSpeaker(rest[0], rest[1]); err != nil {
			return fail(1, "%v", err)
		}
		fmt.Fprintf(stdout, "renamed %s to %q\n", rest[0], rest[1])
	case "merge":
		if err := s.MergeSpeakers(rest[0], rest[1]); err != nil {
			return fail(1, "%v", err)
		}
		fmt.Fprintf(stdout, "merged %s into %s\n", rest[1], rest[0])
	case "quotes":
		qs, err := s.SpeakerQuotes(rest[0])
		if err != nil {
			return fail(1, "%v", err)
		}
		for _, q := range qs {
			fmt.Fprintf(stdout, "%d\t%s\t%s\t%s\n", q.Doc, q.Title, q.State, strings.Join(strings.Fields(q.Text), " "))
		}
	}
	return 0
}

func listSpeakers(s *store.Store, stdout, stderr io.Writer) int {
	sp, err := s.Speakers()
	if err != nil {
		fmt.Fprintf(stderr, "quotebench speakers: %v\n", err)
		return 1
	}
	fmt.Fprintln(stdout, "speaker_id\tname\ttype\tdocuments\tquotes\tlinked\tsuggested\taliases")
	for _, e := range sp {
		fmt.Fprintf(stdout, "%s\t%s\t%s\t%d\t%d\t%d\t%d\t%s\n", e.ID, e.Name, e.Type, e.Documents, e.Quotes, e.Linked, e.Suggested, strings.Join(e.Aliases, "; "))
	}
	links, err := s.SpeakerLinks()
	if err != nil {
		fmt.Fprintf(stderr, "quotebench speakers: %v\n", err)
		return 1
	}
	fmt.Fprintln(stdout, "\nentity\tdocument\tname\tspeaker_id\tlink")
	for _, l := range links {
		st := "confirmed"
		switch {
		case l.Speaker == "":
			st = "none"
		case !l.Confirmed:
			st = "suggested"
		}
		fmt.Fprintf(stdout, "%d\t%d\t%s\t%s\t%s\n", l.Entity, l.Doc, l.Name, l.Speaker, st)
	}
	return 0
}
