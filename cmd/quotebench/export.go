package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/formats"
	_ "github.com/quotebench/quotebench/formats/all"
)

func init() {
	register(command{
		name:    "export",
		usage:   "export [--project P] --format F --out PATH [--status S] [--state S] [--docs ID,...] [--strict] [--lf] [--iob1] [--predictions] [--unit U]",
		summary: "export a dataset (" + strings.Join(formats.Names(), ", ") + "), read it back to prove it, and write a manifest",
		run:     runExport,
	})
}

// maxWarnings is how many lint warnings the CLI prints; the manifest has all.
const maxWarnings = 20

func runExport(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("export", stderr)
	project := fs.String("project", "", "project file (default: the default project in the user data directory)")
	format := fs.String("format", "", "output format: "+strings.Join(formats.Names(), ", "))
	out := fs.String("out", "", "output file (a folder for brat); an existing file is replaced only after the new one is proved")
	status := fs.String("status", "", "only documents with this status: todo, in_progress, done, skipped")
	state := fs.String("state", "", "only annotations in this state: accepted (accepted and edited), suggested, edited, rejected, all (default: all but rejected)")
	docs := fs.String("docs", "", "only these documents: comma-separated ids or external ids")
	strict := fs.Bool("strict", false, "refuse to export while the lint finds problems")
	lf := fs.Bool("lf", false, "brat: write texts with LF line ends and count offsets on them (for brat on Python 2, which reads CRLF as one character; brat on Python 3 counts CRLF as two, as the default export does)")
	iob1 := fs.Bool("iob1", false, "conll: IOB1 tags (original CoNLL-2003) instead of IOB2")
	pred := fs.Bool("predictions", false, "labelstudio: write predictions (pre-annotations) instead of annotations")
	textKey := fs.String("text-key", "", "labelstudio: the data key that holds the text (default text); the labeling config written beside the export reads $KEY")
	unit := fs.String("unit", "", "labelstudio: offset unit codepoint (default), utf16 (Label Studio before 2022) or byte")
	if code, stop := parseFlags(fs, args); stop {
		return code
	}
	fail := failer("export", stderr)
	if fs.NArg() > 0 {
		return fail(2, "unexpected argument %q", fs.Arg(0))
	}
	if *format == "" || *out == "" {
		return fail(2, "--format and --out are required")
	}
	if _, err := formats.Lookup(*format); err != nil {
		return fail(2, "%v", err)
	}
	if *status != "" && !validStatus(annot.Status(*status)) {
		return fail(2, "unknown status %q (want todo, in_progress, done or skipped)", *status)
	}
	if err := formats.CheckState(*state); err != nil {
		return fail(2, "%v", err)
	}
	opt := formats.Options{State: *state, Strict: *strict, LF: *lf, IOB1: *iob1, Predictions: *pred, Unit: annot.Unit(*unit), TextKey: *textKey}

	path, err := projectPath(*project)
	if err != nil {
		return fail(1, "%v", err)
	}
	s, err := openToRead(path)
	if err != nil {
		return fail(1, "%v", err)
	}
	defer s.Close()
	sums, err := s.Documents(annot.DocFilter{Status: annot.Status(*status)})
	if err != nil {
		return fail(1, "%v", err)
	}
	if *docs != "" {
		if sums, err = pickDocs(sums, *docs); err != nil {
			return fail(2, "%v", err)
		}
	}
	ids := make([]annot.DocID, len(sums))
	for i, d := range sums {
		ids[i] = d.ID
	}
	items := func(yield func(formats.Item) bool) error { // one read transaction for all
		return s.EachDocument(ids, func(d annot.Document, a annot.Annotations) bool {
			return yield(formats.Item{Doc: d, Ann: a})
		})
	}
	opt.Protect = s.Files()
	m, err := formats.Export(*out, *format, items, len(sums), opt, nil)
	printLint(stderr, m.Lint, *strict)
	if err != nil {
		return fail(1, "%v", err)
	}
	f, _ := formats.Lookup(*format)
	fmt.Fprintf(stdout, "exported %d documents, %d quotes, %d mentions, %d entities to %s (%s, offsets in %s, newlines %s); read back and verified\nmanifest: %s\n",
		m.Counts.Documents, m.Counts.Quotes, m.Counts.Mentions, m.Counts.Entities, fileName(*out), m.Format, m.Unit, m.Newlines, fileName(formats.ManifestPath(f, *out)))
	return 0
}

func printLint(w io.Writer, ps []formats.Problem, strict bool) {
	what := "warning"
	if strict {
		what = "error"
	}
	for i, p := range ps {
		if i == maxWarnings {
			fmt.Fprintf(w, "... and %d more (all are listed in the manifest when the export succeeds)\n", len(ps)-i)
			break
		}
		fmt.Fprintf(w, "%s: %s\n", what, p)
	}
}

// pickDocs keeps the documents named in a comma-separated list of ids or
// external ids, in list order.
func pickDocs(sums []annot.DocSummary, list string) ([]annot.DocSummary, error) {
	byID := map[annot.DocID]annot.DocSummary{}
	byExt := map[string]annot.DocSummary{}
	for _, d := range sums {
		byID[d.ID] = d
		if d.ExtID != "" {
			byExt[d.ExtID] = d
		}
	}
	var out []annot.DocSummary
	seen := map[annot.DocID]bool{}
	for _, f := range strings.Split(list, ",") {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		d, ok := byExt[f]
		if !ok {
			if n, err := strconv.ParseInt(f, 10, 64); err == nil {
				d, ok = byID[annot.DocID(n)]
			}
		}
		if !ok {
			return nil, fmt.Errorf("--docs: no document %q (with the given --status)", f)
		}
		if !seen[d.ID] {
			seen[d.ID] = true
			out = append(out, d)
		}
	}
	return out, nil
}
