// Package learn turns a project's decisions into a better detector for the
// documents still to do: it reports how the detector did on the done
// documents (detect/feedback), trains the project's adaptation on them,
// keeps it in the project file, and replaces the undecided suggestions of
// the open documents with a new detection, one transaction per document.
// The command line (quotebench report, redetect) and the window both use it.
package learn

import (
	"encoding/json"
	"fmt"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/detect"
	"github.com/quotebench/quotebench/detect/chunk"
	"github.com/quotebench/quotebench/detect/feedback"
)

// AdaptationKey is the project setting that holds what the project taught
// the detector (feedback.Adaptation as JSON).
const AdaptationKey = "detector.adaptation"

// Store is what learning reads and writes; *store.Store satisfies it.
type Store interface {
	Documents(f annot.DocFilter) ([]annot.DocSummary, error)
	EachDocument(ids []annot.DocID, fn func(annot.Document, annot.Annotations) bool) error
	ReplaceSuggestions(id annot.DocID, a annot.Annotations) (removed, added int, err error)
	Setting(key string) ([]byte, bool, error)
	SetSetting(key string, value []byte) error
}

// Report is what the decisions on the done documents say about the detector.
func Report(s Store) (feedback.Report, error) {
	docs, err := doneDocs(s)
	if err != nil {
		return feedback.Report{}, err
	}
	return feedback.Build(docs), nil
}

func doneDocs(s Store) ([]feedback.Doc, error) {
	sums, err := s.Documents(annot.DocFilter{Status: annot.StatusDone})
	if err != nil {
		return nil, err
	}
	ids := make([]annot.DocID, len(sums))
	for i, d := range sums {
		ids[i] = d.ID
	}
	var docs []feedback.Doc
	err = s.EachDocument(ids, func(d annot.Document, a annot.Annotations) bool {
		docs = append(docs, feedback.Doc{Doc: d, Ann: a})
		return true
	})
	return docs, err
}

// Result says what a re-detection did.
type Result struct {
	Learned   *feedback.Adaptation // nil: nothing done to learn from, or reset
	Documents int                  // documents re-detected
	Left      int                  // done or skipped documents left alone
	Removed   int                  // undecided suggestions replaced
	Added     int                  // new suggestions
	Notices   []string             // long articles detected in pieces, or capped
}

// Options for Redetect.
type Options struct {
	Detect detect.Options
	Docs   []annot.DocID // only these (nil: every document)
	// Reset forgets the stored adaptation and re-detects with the detector
	// as shipped.
	Reset bool
	// Progress, when set, is called after each re-detected document.
	Progress func(done, total int)
}

// batch is how many documents are read and detected before they are written.
const batch = 256

// Redetect learns from the done documents (unless Reset), stores the
// adaptation in the project, and replaces the undecided suggestions of every
// chosen document that is not done or skipped. Each document is one
// transaction and one undo step; a failure stops with what was done so far.
func Redetect(s Store, o Options) (Result, error) {
	var res Result
	if o.Reset {
		if err := s.SetSetting(AdaptationKey, nil); err != nil {
			return res, err
		}
	} else {
		docs, err := doneDocs(s)
		if err != nil {
			return res, err
		}
		if len(docs) > 0 {
			all, err := candidates(o.Detect)
			if err != nil {
				return res, err
			}
			ad := feedback.Learn(docs, func(text string) annot.Annotations {
				a, _ := chunk.Detect(all.Detect, text, chunk.Default)
				return a
			})
			b, err := json.Marshal(ad)
			if err != nil {
				return res, err
			}
			if err := s.SetSetting(AdaptationKey, b); err != nil {
				return res, err
			}
			res.Learned = &ad
		}
	}
	det, err := detect.NewWith(o.Detect)
	if res.Learned != nil {
		det, err = candidates(o.Detect)
	}
	if err != nil {
		return res, err
	}
	ids, err := targets(s, o.Docs, &res)
	if err != nil {
		return res, err
	}
	total := len(ids)
	for len(ids) > 0 { // in batches: memory stays bounded on a large project
		part := ids[:min(len(ids), batch)]
		ids = ids[len(part):]
		type job struct {
			id annot.DocID
			a  annot.Annotations
		}
		var jobs []job
		if err := s.EachDocument(part, func(d annot.Document, _ annot.Annotations) bool {
			// a long or pathological article is detected in pieces, with
			// bounded suggestions and a notice, as on import
			a, notes := chunk.Detect(det.Detect, d.Text, chunk.Default)
			for _, n := range notes {
				res.Notices = append(res.Notices, fmt.Sprintf("document %d: %s", d.ID, n))
			}
			if res.Learned != nil {
				a = res.Learned.Apply(d.Text, a)
			}
			jobs = append(jobs, job{d.ID, a})
			return true
		}); err != nil {
			return res, err
		}
		for _, j := range jobs {
			rm, ad, err := s.ReplaceSuggestions(j.id, j.a)
			if err != nil {
				return res, fmt.Errorf("%w (%d documents were re-detected before it)", err, res.Documents)
			}
			res.Removed += rm
			res.Added += ad
			res.Documents++
			if o.Progress != nil {
				o.Progress(res.Documents, total)
			}
		}
	}
	return res, nil
}

// candidates is the detector that keeps every scored candidate.
func candidates(o detect.Options) (*detect.Detector, error) {
	o.KeepAll = true
	return detect.NewWith(o)
}

// targets lists the chosen documents that are neither done nor skipped.
func targets(s Store, only []annot.DocID, res *Result) ([]annot.DocID, error) {
	sums, err := s.Documents(annot.DocFilter{})
	if err != nil {
		return nil, err
	}
	want := map[annot.DocID]bool{}
	for _, id := range only {
		want[id] = true
	}
	var ids []annot.DocID
	for _, d := range sums {
		if only != nil && !want[d.ID] {
			continue
		}
		if d.Status == annot.StatusDone || d.Status == annot.StatusSkipped {
			res.Left++
			continue
		}
		ids = append(ids, d.ID)
	}
	return ids, nil
}

// Summary is a one-line account of a re-detection.
func (r Result) Summary() string {
	s := ""
	if r.Learned != nil {
		ad := r.Learned
		s = fmt.Sprintf("learned from %d done documents: %d candidate quotes, %d of them right; suggesting from confidence %.2f; %d confirmed names, %d names demoted\n",
			ad.Documents, ad.Examples, ad.Positives, ad.Threshold, len(ad.Names), len(ad.Rejected))
	}
	s += fmt.Sprintf("re-detected %d documents: %d undecided suggestions replaced by %d; %d done or skipped documents left as they are",
		r.Documents, r.Removed, r.Added, r.Left)
	for _, n := range r.Notices {
		s += "\nnotice: " + n
	}
	return s
}
