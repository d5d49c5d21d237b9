package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/formats"
	"github.com/quotebench/quotebench/store"
)

func init() {
	register(command{
		name:    "import-annotations",
		usage:   "import-annotations [--project P] --format F [--state suggested|accepted] [--annotator NAME] [--dry-run] [--text-key K] PATH...",
		summary: "import pre-annotations (" + strings.Join(formats.Importable(), ", ") + ") as suggestions, or earlier human annotation as decisions (--state accepted); the offset unit is detected",
		run:     runImportAnnotations,
	})
}

// The store is what formats.Import imports into.
var _ formats.Target = (*store.Store)(nil)

func runImportAnnotations(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("import-annotations", stderr)
	project := fs.String("project", "", "project file (default: the default project in the user data directory)")
	format := fs.String("format", "", "input format: "+strings.Join(formats.Importable(), ", "))
	who := fs.String("annotator", "", "name the imported decisions after this person instead of the project's annotator (see 'quotebench annotator')")
	dry := fs.Bool("dry-run", false, "report what would be imported and what is rejected; change nothing")
	textKey := fs.String("text-key", "", "labelstudio: the data key that holds the text (default text)")
	state := fs.String("state", "suggested", "suggested: pre-annotations to review; accepted: earlier human annotation, imported as decisions "+
		"(it decides the pending suggestions with the same spans, keeps the analyst's own decisions and adds the rest)")
	if code, stop := parseFlags(fs, args); stop {
		return code
	}
	fail := failer("import-annotations", stderr)
	if *format == "" || fs.NArg() == 0 {
		return fail(2, "--format and at least one PATH are required")
	}
	st := annot.State(*state)
	if st != annot.StateSuggested && st != annot.StateAccepted {
		return fail(2, "--state %q: imported annotations are suggested or accepted", *state)
	}
	f, err := formats.Lookup(*format)
	if err != nil {
		return fail(2, "%v", err)
	}
	if !f.Import {
		return fail(2, "%s cannot be imported (importable: %s)", f.Name, strings.Join(formats.Importable(), ", "))
	}
	path, err := projectPath(*project)
	if err != nil {
		return fail(1, "%v", err)
	}
	s, err := store.Open(path, store.Options{ReadOnly: *dry, Annotator: *who})
	if err != nil {
		return fail(1, "%v", err)
	}
	defer s.Close()
	verb := "imported"
	if *dry {
		verb = "would import"
	}
	decisions := st == annot.StateAccepted
	// Each record's notes follow it: labels mapped, relations linked,
	// annotations refused, and why.
	mapped, refused := 0, 0
	notes := func(o formats.Outcome) {
		for _, n := range o.Notes {
			fmt.Fprintf(stdout, "%s:   %s: %s\n", fileName(o.Where), n.Action, oneLine(n.Text))
			switch n.Action {
			case formats.NoteMapped, formats.NoteLinked:
				mapped++
			case formats.NoteRefused:
				refused++
			}
		}
	}
	sum, err := formats.ImportWith(s, f.Name, fs.Args(), formats.ImportOptions{Dry: *dry, State: st, TextKey: *textKey}, func(o formats.Outcome) {
		defer notes(o)
		if o.Err != nil {
			fmt.Fprintf(stdout, "rejected: %s: %s\n", fileName(o.Where), oneLine(o.Err.Error()))
			return
		}
		to := fmt.Sprintf("document %d", o.Doc)
		if o.New {
			to = "new document"
			if o.Doc != 0 {
				to = fmt.Sprintf("new document %d", o.Doc)
			}
		}
		if decisions {
			fmt.Fprintf(stdout, "%s: %s %q → %s as decisions: %d added, %d suggestions decided, %d of the analyst's decisions kept (offsets in %s)\n",
				fileName(o.Where), verb, o.ExtID, to, o.Decisions.Added, o.Decisions.Decided, o.Decisions.Kept, o.Unit)
			return
		}
		dups := ""
		if o.Duplicates > 0 {
			dups = fmt.Sprintf("; %d duplicates (repeats in the file or of an earlier import) left out", o.Duplicates)
		}
		fmt.Fprintf(stdout, "%s: %s %q → %s: %d quotes, %d mentions, %d entities (offsets in %s)%s\n",
			fileName(o.Where), verb, o.ExtID, to, o.Quotes, o.Mentions, o.Entities, o.Unit, dups)
	})
	if err != nil {
		return fail(1, "%v", err)
	}
	if decisions {
		fmt.Fprintf(stdout, "%s decisions on %d documents (%d new): %d annotations added, %d suggestions decided, %d of the analyst's decisions kept; %d rejected\n",
			verb, sum.Documents, sum.New, sum.Added, sum.Decided, sum.Kept, sum.Rejected)
	} else {
		fmt.Fprintf(stdout, "%s %d quotes and %d mentions on %d documents (%d new); %d duplicates left out; %d rejected\n",
			verb, sum.Quotes, sum.Mentions, sum.Documents, sum.New, sum.Duplicates, sum.Rejected)
	}
	fmt.Fprintf(stdout, "%d labels mapped or relations linked; %d annotations refused (each named above)\n", mapped, refused)
	if sum.Rejected > 0 {
		return 1
	}
	return 0
}
