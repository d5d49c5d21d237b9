package ingest

import (
	"encoding/json"
	"flag"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/detect"
	"github.com/quotebench/quotebench/store"
)

// writeCorpus writes n generated short news articles (about 650 bytes each,
// each with direct and indirect quotes, people, organisations and places;
// all different) as one JSONL file.
func writeCorpus(tb testing.TB, n int) string {
	tb.Helper()
	rnd := rand.New(rand.NewSource(16))
	first := []string{"Ana", "Ben", "Carla", "David", "Elena", "Farid", "Grace", "Hugo", "Irene", "Jonas", "Kemal", "Lena"}
	last := []string{"Ferreira", "Novak", "Okafor", "Lindqvist", "Haddad", "Moreau", "Tanaka", "Silva", "Kowalski", "Brennan"}
	orgs := []string{"the city council", "the ministry of transport", "the port authority", "the teachers' union", "the hospital board"}
	places := []string{"Kellan Bay", "Porto Seco", "Nordvik", "Alder Falls", "San Remo Vale"}
	topics := []string{"the bridge", "the new budget", "the strike", "the flood defences", "the school reform"}
	pick := func(xs []string) string { return xs[rnd.Intn(len(xs))] }
	path := filepath.Join(tb.TempDir(), fmt.Sprintf("corpus-%d.jsonl", n))
	f, err := os.Create(path)
	if err != nil {
		tb.Fatal(err)
	}
	enc := json.NewEncoder(f)
	for i := 0; i < n; i++ {
		p, q := pick(first)+" "+pick(last), pick(first)+" "+pick(last)
		org, pl, t, k := pick(orgs), pick(places), pick(topics), rnd.Intn(900)+2
		text := fmt.Sprintf("%s — Officials in %s on Tuesday announced changes to %s, affecting about %d residents. "+
			"“We have listened to every concern and this plan answers them,” said %s, a spokesperson for %s. "+
			"%s, who leads a local residents' group, said the proposal came too late and that %s had been neglected for %d years. "+
			"According to %s, work will begin in June and cost %d million. “It is a start,” %s added, “but we will keep watching.” Article %d.",
			strings.ToUpper(pl), pl, t, k*100, p, org, q, t, k%20+2, org, k, strings.Fields(q)[0], i)
		rec := map[string]string{"id": fmt.Sprintf("a%d", i), "title": fmt.Sprintf("%s in %s (%d)", t, pl, i), "date": "2024-05-01", "text": text}
		if err := enc.Encode(rec); err != nil {
			tb.Fatal(err)
		}
	}
	if err := f.Close(); err != nil {
		tb.Fatal(err)
	}
	return path
}

// timedStore records when each batch of documents was added.
type timedStore struct {
	*store.Store
	added []time.Time // one per document added, at its batch's commit
}

func (s *timedStore) AddDocuments(docs []annot.Document, sugg []*annot.Annotations, origin annot.Origin) ([]annot.DocID, []error, error) {
	ids, errs, err := s.Store.AddDocuments(docs, sugg, origin)
	now := time.Now()
	for range docs {
		s.added = append(s.added, now)
	}
	return ids, errs, err
}

// BenchmarkImportCorpus imports 1,000, 10,000 and 50,000 generated short
// articles into a new project, with the detector (detect=on, what
// `quotebench import` does), with the same few suggestions on every article
// (detect=fixed: the store's share) or without (detect=off). It reports
// documents per second and the cost per document of the first and of the
// last 1,000 documents (last1k/first1k shows whether the work grows with
// the project; the goal is at most 1.5). Sizes above -corpus.max (default
// 10000) are skipped: the 50,000 run takes minutes.
//
//	go test -run '^$' -bench ImportCorpus -benchtime 1x ./ingest/ -corpus.max 50000
func BenchmarkImportCorpus(b *testing.B) {
	for _, det := range []string{"on", "fixed", "off"} {
		for _, n := range []int{1000, 10000, 50000} {
			name := fmt.Sprintf("detect=%s/n=%d", det, n)
			b.Run(name, func(b *testing.B) {
				if n > *corpusMax {
					b.Skipf("%d articles: above -corpus.max %d", n, *corpusMax)
				}
				var d Detector
				switch det {
				case "on":
					dd, err := detect.New()
					if err != nil {
						b.Fatal(err)
					}
					d = dd.Detect
				case "fixed": // the store's share with suggestions, without the detector's time
					d = fixedSuggestions
				}
				path := writeCorpus(b, n)
				b.ResetTimer()
				for i := 0; i < b.N; i++ {
					b.StopTimer()
					s, err := store.Open(filepath.Join(b.TempDir(), "p"+store.Ext), store.Options{})
					if err != nil {
						b.Fatal(err)
					}
					ts := &timedStore{Store: s}
					b.StartTimer()
					start := time.Now()
					rep, err := Importer{Store: ts, Detect: d}.Import([]string{path}, nil)
					took := time.Since(start)
					b.StopTimer()
					s.Close()
					if err != nil || len(rep.Added) != n {
						b.Fatalf("added %d of %d: %v (%d rejected)", len(rep.Added), n, err, len(rep.Rejected))
					}
					b.ReportMetric(float64(n)/took.Seconds(), "docs/s")
					if n >= 2000 {
						first := ts.added[999].Sub(start)
						last := ts.added[n-1].Sub(ts.added[n-1001])
						b.ReportMetric(float64(first.Microseconds())/1000, "µs/doc-first1k")
						b.ReportMetric(float64(last.Microseconds())/1000, "µs/doc-last1k")
						b.ReportMetric(float64(last)/float64(first), "last1k/first1k")
					}
					b.StartTimer()
				}
			})
		}
	}
}

var corpusMax = flag.Int("corpus.max", 10000, "largest corpus BenchmarkImportCorpus imports")

// fixedSuggestions is a detector stand-in: a quote, its speaker mention and
// entity, and a place, on every article.
func fixedSuggestions(text string) annot.Annotations {
	det := annot.Provenance{Origin: annot.OriginDetector, State: annot.StateSuggested, Confidence: 0.9}
	return annot.Annotations{
		Entities: []annot.Entity{{ID: 1, Name: "x", Label: annot.LabelPerson, Provenance: det}},
		Mentions: []annot.Mention{
			{ID: 1, Span: annot.Span{Start: 0, End: 4}, Label: annot.LabelPerson, Type: annot.MentionName, Entity: 1, Provenance: det},
			{ID: 2, Span: annot.Span{Start: 5, End: 9}, Label: annot.LabelGPE, Type: annot.MentionName, Provenance: det},
		},
		Quotes: []annot.Quote{{ID: 1, Parts: []annot.Span{{Start: 10, End: 40}}, Kind: annot.KindDirect, Speaker: 1, Provenance: det}},
	}
}
