package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/detect"
	"github.com/quotebench/quotebench/detect/eval"
	"github.com/quotebench/quotebench/formats/formatstest"
	"github.com/quotebench/quotebench/store"
)

// A simulated analyst on PolNeAR (dev by default; QB_ANALYST_SPLIT=tune runs
// it on the train tune split, where the learning parameters were chosen):
// import the articles with the detector's suggestions; for the first half
// import the gold as decisions (import-annotations --state accepted) and
// mark those documents done; redetect the rest. Two teams are simulated:
//   - one that follows PolNeAR's own convention, the one the detector was
//     trained on: there is little to learn, and F1 must not fall;
//   - one that counts speech only (quoted words, and indirect quotes with a
//     verb of saying) on a project detecting every attribution: the
//     detector must learn the convention, and F1 on the undecided half rise.
//
// In both, the report's precision equals the one counted by hand.
func TestSimulatedAnalyst(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: the simulated analyst runs the detector over a corpus split")
	}
	split := os.Getenv("QB_ANALYST_SPLIT")
	var file string
	switch split {
	case "", "dev":
		split, file = "dev", "corpus/polnear/dev.jsonl"
	case "tune":
		file = "corpus/polnear/train.jsonl"
	default:
		t.Fatalf("QB_ANALYST_SPLIT=%q: want dev or tune", split)
	}
	recs := readGold(t, formatstest.SharedPath(t, file)) // skips without ../shared
	if split == "tune" {
		recs = recs[len(recs)-eval.TuneSize:]
	}
	t.Run("polnear convention", func(t *testing.T) {
		before, after := simulateAnalyst(t, recs)
		t.Logf("PolNeAR %s, second half: quote F1 at 30%% cover %.1f (P %.1f, R %.1f) before, %.1f (P %.1f, R %.1f) after", split, before.F1, before.P, before.R, after.F1, after.P, after.R)
		if after.F1 < before.F1-1 {
			t.Errorf("F1 fell by more than a point: %.2f -> %.2f", before.F1, after.F1)
		}
	})
	t.Run("speech only", func(t *testing.T) {
		speech := make([]eval.Record, len(recs))
		for i, r := range recs {
			speech[i] = speechOnly(r)
		}
		before, after := simulateAnalyst(t, speech)
		t.Logf("PolNeAR %s, speech-only team, second half: quote F1 at 30%% cover %.1f (P %.1f, R %.1f) before, %.1f (P %.1f, R %.1f) after", split, before.F1, before.P, before.R, after.F1, after.P, after.R)
		if after.F1 < before.F1+3 {
			t.Errorf("F1 on the undecided half did not rise by 3 points: %.2f -> %.2f", before.F1, after.F1)
		}
	})
}

// saying is the simulated speech-only team's rule for indirect quotes: the
// cue is a verb of saying (its convention, not the detector's lexicon).
var saying = map[string]bool{"said": true, "says": true, "say": true, "told": true, "tells": true, "according": true,
	"stated": true, "states": true, "added": true, "adds": true, "wrote": true, "writes": true, "asked": true,
	"explained": true, "announced": true, "declared": true, "insisted": true, "argued": true, "noted": true,
	"claimed": true, "warned": true, "replied": true, "testified": true, "tweeted": true, "saying": true, "statement": true}

// speechOnly keeps the quotes a speech-only team annotates: quoted words
// (direct and mixed), and indirect ones whose cue starts with a verb of saying.
func speechOnly(r eval.Record) eval.Record {
	keep := map[string]bool{}
	for i, q := range r.Quotes {
		k := group(q, i)
		if q.Type != "indirect" {
			keep[k] = true
			continue
		}
		if q.CueStart != nil && q.CueEnd != nil {
			words := strings.Fields(strings.ToLower(annot.SpanText([]rune(r.Text), annot.Span{Start: *q.CueStart, End: *q.CueEnd})))
			if len(words) > 0 && saying[strings.Trim(words[0], ".,;:")] {
				keep[k] = true
			}
		}
	}
	out := r
	out.Quotes = nil
	for i, q := range r.Quotes {
		if keep[group(q, i)] {
			out.Quotes = append(out.Quotes, q)
		}
	}
	return out
}

func group(q eval.Quote, i int) string {
	if q.AttributionID != "" {
		return q.AttributionID
	}
	return fmt.Sprint("item ", i)
}

// simulateAnalyst runs the procedure on recs and returns the quote scores
// of the second half before and after redetect.
func simulateAnalyst(t *testing.T, recs []eval.Record) (before, after eval.PRF) {
	half := len(recs) / 2
	proj := filepath.Join(t.TempDir(), "analyst"+store.Ext)
	s, err := store.Open(proj, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	det, err := detect.NewWith(detect.Options{Scope: detect.ScopeAll})
	if err != nil {
		t.Fatal(err)
	}
	ids := make([]annot.DocID, len(recs))
	for i, r := range recs {
		a := det.Detect(r.Text)
		if ids[i], err = s.AddDocument(annot.Document{ExtID: r.ID, Title: r.ID, Text: r.Text}, &a, annot.OriginDetector); err != nil {
			t.Fatal(err)
		}
	}
	// what the detector suggested in the first half, to count by hand later
	var handKept, handAll int
	for i := range half {
		a, err := s.Annotations(ids[i])
		if err != nil {
			t.Fatal(err)
		}
		k, n := handCount(a, goldPartSets(recs[i]))
		handKept += k
		handAll += n
	}
	s.Close()
	before = secondHalfF1(t, proj, ids[half:], recs[half:])

	var lines []string
	for _, r := range recs[:half] {
		b, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, string(b))
	}
	gold := filepath.Join(t.TempDir(), "first-half.jsonl")
	if err := os.WriteFile(gold, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var docs []string
	for _, id := range ids[:half] {
		docs = append(docs, fmt.Sprint(id))
	}
	for _, args := range [][]string{
		{"import-annotations", "--project", proj, "--format", "jsonl", "--state", "accepted", gold},
		{"mark", "--project", proj, "--docs", strings.Join(docs, ","), "done"},
		{"redetect", "--project", proj, "--scope", "all"},
	} {
		var stdout, stderr bytes.Buffer
		if code := run(args, &stdout, &stderr); code != 0 {
			t.Fatalf("%s: status %d: %s%s", args[0], code, stdout.String(), stderr.String())
		}
		if args[0] == "redetect" {
			t.Logf("%s: %s", args[0], strings.TrimSpace(stdout.String()))
		}
	}
	after = secondHalfF1(t, proj, ids[half:], recs[half:])

	var stdout, stderr bytes.Buffer
	if code := run([]string{"report", "--project", proj, "--json"}, &stdout, &stderr); code != 0 {
		t.Fatalf("report: %s", stderr.String())
	}
	var rep struct {
		Quotes struct {
			Suggested int
			Precision float64
		}
	}
	if err := json.Unmarshal(stdout.Bytes(), &rep); err != nil {
		t.Fatal(err)
	}
	want := math.Round(1000*float64(handKept)/float64(handAll)) / 10
	t.Logf("report: quote precision %.1f over %d suggestions; by hand from the gold %.1f (%d of %d)", rep.Quotes.Precision, rep.Quotes.Suggested, want, handKept, handAll)
	if rep.Quotes.Suggested != handAll || rep.Quotes.Precision != want {
		t.Errorf("report precision %.1f over %d, by hand %.1f over %d", rep.Quotes.Precision, rep.Quotes.Suggested, want, handAll)
	}
	return before, after
}

// goldPartSets lists the gold quotes of a record by their parts (items
// sharing an attribution_id are the parts of one quote).
func goldPartSets(r eval.Record) map[string]bool {
	byAttr := map[string][]annot.Span{}
	var keys []string
	for i, q := range r.Quotes {
		k := q.AttributionID
		if k == "" {
			k = fmt.Sprint("item ", i)
		}
		if _, ok := byAttr[k]; !ok {
			keys = append(keys, k)
		}
		byAttr[k] = append(byAttr[k], annot.Span{Start: q.Start, End: q.End})
	}
	sets := map[string]bool{}
	for _, k := range keys {
		sets[partsKey(byAttr[k])] = true
	}
	return sets
}

func partsKey(ps []annot.Span) string {
	ps = slices.Clone(ps)
	slices.SortFunc(ps, func(a, b annot.Span) int { return a.Start - b.Start })
	return fmt.Sprint(ps)
}

// handCount counts the detector's quotes in a document and those a gold
// quote decides (the same parts, as import-annotations matches them).
func handCount(a annot.Annotations, gold map[string]bool) (kept, all int) {
	for _, q := range a.Quotes {
		if q.Origin != annot.OriginDetector {
			continue
		}
		all++
		if gold[partsKey(q.Parts)] {
			kept++
		}
	}
	return kept, all
}

func readGold(t *testing.T, path string) []eval.Record {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var recs []eval.Record
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		r, err := eval.ParseLine(sc.Bytes())
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		recs = append(recs, r)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return recs
}

// secondHalfF1 scores the project's detector quotes (any state but
// rejected) on the given documents against their gold.
func secondHalfF1(t *testing.T, proj string, ids []annot.DocID, gold []eval.Record) eval.PRF {
	t.Helper()
	s, err := store.Open(proj, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var pred []eval.Record
	for i, id := range ids {
		a, err := s.Annotations(id)
		if err != nil {
			t.Fatal(err)
		}
		var keep annot.Annotations
		keep.Mentions, keep.Entities = a.Mentions, a.Entities
		for _, q := range a.Quotes {
			if q.State != annot.StateRejected {
				keep.Quotes = append(keep.Quotes, q)
			}
		}
		pred = append(pred, eval.FromAnnotations(gold[i].ID, gold[i].Text, keep))
	}
	return eval.Score(gold, pred).Cover30
}
