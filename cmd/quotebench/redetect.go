package main

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/detect"
	"github.com/quotebench/quotebench/detect/feedback"
	"github.com/quotebench/quotebench/store"
)

// adaptationKey is the project setting that holds what the project taught
// the detector (feedback.Adaptation as JSON).
const adaptationKey = "detector.adaptation"

func init() {
	register(command{
		name:    "redetect",
		usage:   "redetect [--project P] [--docs ID,...] [--scope speech|all] [--reset]",
		summary: "learn from the done documents' decisions, then replace the undecided suggestions of the documents still to do (decisions are never touched; one undo step per document)",
		run:     runRedetect,
	})
}

func runRedetect(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("redetect", stderr)
	project := fs.String("project", "", "project file (default: the default project in the user data directory)")
	docs := fs.String("docs", "", "only these documents (comma-separated ids or external ids); done documents are never re-detected")
	scope := fs.String("scope", "speech", "attributions to suggest: speech or all (PolNeAR's convention)")
	reset := fs.Bool("reset", false, "forget what the project taught the detector and re-detect with the detector as shipped")
	if code, stop := parseFlags(fs, args); stop {
		return code
	}
	fail := func(code int, format string, a ...any) int {
		fmt.Fprintf(stderr, "quotebench redetect: "+format+"\n", a...)
		return code
	}
	if fs.NArg() > 0 {
		return fail(2, "unexpected argument %q", fs.Arg(0))
	}
	opts, err := detect.ParseScope(*scope)
	if err != nil {
		return fail(2, "%v", err)
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
	sums, err := s.Documents(annot.DocFilter{})
	if err != nil {
		return fail(1, "%v", err)
	}
	targets := sums
	if *docs != "" {
		if targets, err = pickDocs(sums, *docs); err != nil {
			return fail(2, "%v", err)
		}
	}
	r := redetector{s: s, opts: opts, out: stdout}
	if *reset {
		if err := s.SetSetting(adaptationKey, nil); err != nil {
			return fail(1, "%v", err)
		}
		fmt.Fprintln(stdout, "reset: the detector forgot what this project taught it")
	} else if err := r.learn(sums); err != nil {
		return fail(1, "%v", err)
	}
	if err := r.run(targets); err != nil {
		return fail(1, "%v", err)
	}
	return 0
}

// redetector learns from a project and re-detects its open documents.
type redetector struct {
	s     *store.Store
	opts  detect.Options
	out   io.Writer
	adapt *feedback.Adaptation // nil: the detector as shipped
}

// learn trains the adaptation on the done documents and stores it in the
// project; with no done document the detector stays as shipped.
func (r *redetector) learn(sums []annot.DocSummary) error {
	var ids []annot.DocID
	for _, d := range sums {
		if d.Status == annot.StatusDone {
			ids = append(ids, d.ID)
		}
	}
	if len(ids) == 0 {
		fmt.Fprintln(r.out, "no document is done yet: nothing to learn from; re-detecting with the detector as shipped")
		return nil
	}
	all, err := r.candidates()
	if err != nil {
		return err
	}
	var docs []feedback.Doc
	if err := r.s.EachDocument(ids, func(d annot.Document, a annot.Annotations) bool {
		docs = append(docs, feedback.Doc{Doc: d, Ann: a})
		return true
	}); err != nil {
		return err
	}
	ad := feedback.Learn(docs, all.Detect)
	b, err := json.Marshal(ad)
	if err != nil {
		return err
	}
	if err := r.s.SetSetting(adaptationKey, b); err != nil {
		return err
	}
	r.adapt = &ad
	fmt.Fprintf(r.out, "learned from %d done documents: %d candidate quotes, %d of them right; suggesting from confidence %.2f; %d confirmed names, %d names demoted\n",
		ad.Documents, ad.Examples, ad.Positives, ad.Threshold, len(ad.Names), len(ad.Rejected))
	return nil
}

// candidates is the detector that keeps every scored candidate.
func (r *redetector) candidates() (*detect.Detector, error) {
	o := r.opts
	o.KeepAll = true
	return detect.NewWith(o)
}

// run replaces the undecided suggestions of every target that is not done
// or skipped, one transaction (and one undo step) per document.
func (r *redetector) run(targets []annot.DocSummary) error {
	det, err := detect.NewWith(r.opts)
	if r.adapt != nil {
		det, err = r.candidates()
	}
	if err != nil {
		return err
	}
	var ids []annot.DocID
	left := 0
	for _, d := range targets {
		if d.Status == annot.StatusDone || d.Status == annot.StatusSkipped {
			left++
			continue
		}
		ids = append(ids, d.ID)
	}
	type job struct {
		id annot.DocID
		a  annot.Annotations
	}
	removed, added, done := 0, 0, 0
	for len(ids) > 0 { // in batches: memory stays bounded on a large project
		batch := ids[:min(len(ids), 256)]
		ids = ids[len(batch):]
		var jobs []job
		if err := r.s.EachDocument(batch, func(d annot.Document, _ annot.Annotations) bool {
			a := det.Detect(d.Text)
			if r.adapt != nil {
				a = r.adapt.Apply(d.Text, a)
			}
			jobs = append(jobs, job{d.ID, a})
			return true
		}); err != nil {
			return err
		}
		for _, j := range jobs {
			rm, ad, err := r.s.ReplaceSuggestions(j.id, j.a)
			if err != nil {
				return fmt.Errorf("%w (%d documents were re-detected before it)", err, done)
			}
			removed += rm
			added += ad
			done++
		}
	}
	fmt.Fprintf(r.out, "re-detected %d documents: %d undecided suggestions replaced by %d; %d done or skipped documents left as they are\n",
		done, removed, added, left)
	return nil
}
