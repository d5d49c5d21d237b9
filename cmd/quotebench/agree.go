package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"

	"github.com/quotebench/quotebench/agree"
	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/store"
)

func init() {
	register(command{
		name:    "agree",
		usage:   "agree A.quotebench B.quotebench [C.quotebench...] [--json] [--docs ID,...]",
		summary: "inter-annotator agreement of project files over the documents they share (matched by exact text: line endings count)",
		run:     runAgree,
	})
}

func runAgree(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("agree", stderr)
	asJSON := fs.Bool("json", false, "write the figures as one JSON object (percentages 0–100; null where undefined)")
	docs := fs.String("docs", "", "only these documents of the first project (comma-separated ids or external ids) and the same texts in the others")
	var files []string
	for rest := args; ; {
		if code, stop := parseFlags(fs, rest); stop {
			return code
		}
		if fs.NArg() == 0 {
			break
		}
		files = append(files, fs.Arg(0))
		rest = fs.Args()[1:]
	}
	fail := failer("agree", stderr)
	if len(files) < 2 {
		return fail(2, "at least two project files are required")
	}
	projects := make([]agree.Project, 0, len(files))
	annotators := make([]string, len(files))
	var opt agree.Options
	for i, path := range files {
		p, ids, err := readProject(path, *docs, i == 0)
		if err != nil {
			return fail(1, "%s", oneLine(err.Error()))
		}
		if i == 0 {
			opt.Docs = ids
		}
		annotators[i] = p.Name
		projects = append(projects, p)
	}
	// Each file is named by its annotator, or by as much of its path as
	// tells it from the others (two files named project.quotebench).
	for i, n := range projectNames(files, annotators) {
		projects[i].Name = n
	}
	rep := agree.Compare(projects, opt)
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(rep); err != nil {
			return fail(1, "%v", err)
		}
		return 0
	}
	printAgreement(stdout, rep)
	return 0
}

// readProject reads one annotator's project file read-only; the project's
// Name is its annotator's ("" when not set). For the first file, list (the
// --docs flag) picks the documents compared.
func readProject(path, list string, first bool) (agree.Project, []annot.DocID, error) {
	var p agree.Project
	if _, err := os.Stat(path); err != nil {
		return p, nil, fmt.Errorf("project %s: %w", fileName(path), err)
	}
	s, err := store.Open(path, store.Options{ReadOnly: true})
	if err != nil {
		return p, nil, err
	}
	defer s.Close()
	if p.Name, err = s.ProjectAnnotator(); err != nil {
		return p, nil, fmt.Errorf("%s: %w", fileName(path), err)
	}
	sums, err := s.Documents(annot.DocFilter{})
	if err != nil {
		return p, nil, fmt.Errorf("%s: %w", fileName(path), err)
	}
	var picked []annot.DocID
	if first && list != "" {
		sel, err := pickDocs(sums, list)
		if err != nil {
			return p, nil, fmt.Errorf("%s: %w", fileName(path), err)
		}
		for _, d := range sel {
			picked = append(picked, d.ID)
		}
	}
	ids := make([]annot.DocID, len(sums))
	for i, d := range sums {
		ids[i] = d.ID
	}
	err = s.EachDocument(ids, func(d annot.Document, a annot.Annotations) bool {
		p.Docs = append(p.Docs, agree.Doc{ID: d.ID, Title: d.Title, Text: d.Text, Ann: a})
		return true
	})
	if err != nil {
		return p, nil, fmt.Errorf("%s: %w", fileName(path), err)
	}
	return p, picked, nil
}

func fmtPct(v *float64) string {
	if v == nil {
		return "–"
	}
	return strconv.FormatFloat(*v, 'f', 1, 64)
}

func printMetrics(w io.Writer, indent string, m agree.Metrics) {
	fmt.Fprintf(w, "%squotes     F1 exact %s, F1 ≥50%% overlap %s (A %d, B %d; %d exact, %d overlapping)\n", indent,
		fmtPct(m.Quotes.F1Exact), fmtPct(m.Quotes.F1Overlap), m.Quotes.A, m.Quotes.B, m.Quotes.Exact, m.Quotes.Overlap)
	fmt.Fprintf(w, "%sspeakers   agreement %s (%d of %d quotes both annotated)\n", indent,
		fmtPct(m.Speakers.Agreement), m.Speakers.Agreed, m.Speakers.Compared)
	labels := make([]string, 0, len(m.Entities.Labels))
	for l := range m.Entities.Labels {
		labels = append(labels, l)
	}
	sort.Strings(labels)
	var per []string
	for _, l := range labels {
		per = append(per, l+" "+fmtPct(m.Entities.Labels[l].F1))
	}
	fmt.Fprintf(w, "%sentities   F1 exact %s (%s)\n", indent, fmtPct(m.Entities.F1), strings.Join(per, ", "))
	cats := make([]string, 0, len(m.Alpha))
	for l := range m.Alpha {
		cats = append(cats, l)
	}
	sort.Strings(cats)
	var al []string
	for _, l := range cats {
		v := m.Alpha[l]
		al = append(al, l+" "+fmtPct(&v))
	}
	if len(al) == 0 {
		al = []string{"–"}
	}
	fmt.Fprintf(w, "%salpha (unitizing, %%) %s\n", indent, strings.Join(al, ", "))
	fmt.Fprintf(w, "%skappa      %s (accept/reject of %d suggestions both decided)\n", indent, fmtPct(m.Kappa), m.KappaItems)
}

func printAgreement(w io.Writer, rep *agree.Report) {
	fmt.Fprintf(w, "agreement of %s: human decisions only (accepted, edited, added); figures in %%\n", strings.Join(rep.Annotators, ", "))
	fmt.Fprintf(w, "documents matched by exact text (a copy with other line endings, CRLF or LF, is another document), as quotebench merge matches them\n")
	for _, p := range rep.Pairs {
		fmt.Fprintf(w, "\n%s vs %s: %d shared documents; %d only in %s, %d only in %s\n", p.A, p.B, p.Shared, len(p.OnlyA), p.A, len(p.OnlyB), p.B)
		printMetrics(w, "  ", p.Overall)
		for _, d := range p.Documents {
			fmt.Fprintf(w, "  document %d/%d %q:\n", d.A, d.B, d.Title)
			printMetrics(w, "    ", d.Metrics)
		}
		for _, t := range p.OnlyA {
			fmt.Fprintf(w, "  only in %s: %q\n", p.A, t)
		}
		for _, t := range p.OnlyB {
			fmt.Fprintf(w, "  only in %s: %q\n", p.B, t)
		}
	}
	if len(rep.Pairs) > 1 {
		fmt.Fprintf(w, "\noverall (pairs pooled; alpha over all %d annotators on the %d documents all share):\n", len(rep.Annotators), rep.Shared)
		printMetrics(w, "  ", rep.Metrics)
	}
}
