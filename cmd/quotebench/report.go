package main

import (
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"sort"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/detect/feedback"
	"github.com/quotebench/quotebench/learn"
)

func init() {
	register(command{
		name:    "report",
		usage:   "report [--project P] [--json] [--cues N]",
		summary: "what the analysts' decisions on done documents say about the detector: precision per kind, cue and label, estimated recall, speaker changes, trend",
		run:     runReport,
	})
}

func runReport(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("report", stderr)
	project := fs.String("project", "", "project file (default: the default project in the user data directory)")
	asJSON := fs.Bool("json", false, "print the report as one JSON object")
	cues := fs.Int("cues", 15, "how many cue words to list (most frequent first)")
	if code, stop := parseFlags(fs, args); stop {
		return code
	}
	fail := failer("report", stderr)
	if fs.NArg() > 0 {
		return fail(2, "unexpected argument %q", fs.Arg(0))
	}
	path, err := projectPath(*project)
	if err != nil {
		return fail(1, "%v", err)
	}
	s, err := openToRead(path)
	if err != nil {
		return fail(1, "%v", err)
	}
	defer s.Close()
	r, err := learn.Report(s)
	if err != nil {
		return fail(1, "%v", err)
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(r); err != nil {
			return fail(1, "%v", err)
		}
		return 0
	}
	printReport(stdout, r, *cues)
	return 0
}

func printReport(w io.Writer, r feedback.Report, cues int) {
	if r.Documents == 0 {
		fmt.Fprintln(w, "no document is marked done yet: the report counts decisions on done documents only")
		return
	}
	fmt.Fprintf(w, "detector report over %d done documents (pending suggestions on them count as rejected)\n\n", r.Documents)
	fmt.Fprintf(w, "%-22s %9s %9s %6s %8s %8s %9s\n", "", "suggested", "accepted", "edited", "rejected", "pending", "precision")
	row := func(name string, c feedback.Counts) {
		fmt.Fprintf(w, "%-22s %9d %9d %6d %8d %8d %8.1f%%\n", name, c.Suggested, c.Accepted, c.Edited, c.Rejected, c.Pending, c.Precision())
	}
	row("quotes", r.Quotes)
	for _, k := range []annot.Kind{annot.KindDirect, annot.KindMixed, annot.KindIndirect} {
		if c, ok := r.QuoteKinds[k]; ok {
			row("  "+string(k), c)
		}
	}
	row("entity names", r.Entities)
	labels := make([]annot.Label, 0, len(r.Labels))
	for l := range r.Labels {
		labels = append(labels, l)
	}
	slices.Sort(labels)
	for _, l := range labels {
		row("  "+string(l), r.Labels[l])
	}
	fmt.Fprintf(w, "\nrecall (estimated from what analysts added): quotes %.1f%% (%d found, %d added), entity names %.1f%% (%d found, %d added)\n",
		r.QuotesFound.Recall(), r.QuotesFound.Kept, r.QuotesFound.Added, r.NamesFound.Recall(), r.NamesFound.Kept, r.NamesFound.Added)
	sp := r.Speakers
	fmt.Fprintf(w, "speakers of kept quotes: %d kept, %d changed (%.1f%% kept)", sp.Kept, sp.Changed, sp.Accuracy())
	if len(sp.ChangedTo) > 0 {
		kinds := make([]string, 0, len(sp.ChangedTo))
		for k := range sp.ChangedTo {
			kinds = append(kinds, k)
		}
		sort.Strings(kinds)
		fmt.Fprint(w, "; changed to:")
		for _, k := range kinds {
			fmt.Fprintf(w, " %s %d", k, sp.ChangedTo[k])
		}
	}
	fmt.Fprintln(w)
	if len(r.Cues) > 0 && cues > 0 {
		names := r.CueOrder()
		fmt.Fprintf(w, "\ncue words (most frequent first):\n")
		for i, c := range names {
			if i == cues {
				fmt.Fprintf(w, "  ... %d more (--cues N, or --json for all)\n", len(names)-i)
				break
			}
			name := c
			if name == "" {
				name = "(no cue)"
			}
			row("  "+name, r.Cues[c])
		}
	}
	if len(r.Trend) > 1 {
		fmt.Fprintf(w, "\nquote precision by week the documents were finished:\n")
		for _, p := range r.Trend {
			fmt.Fprintf(w, "  %s  %5.1f%%  (%d suggestions)\n", p.Week, p.Quotes.Precision(), p.Quotes.Suggested)
		}
	}
}
