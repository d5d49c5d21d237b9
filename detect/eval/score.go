package eval

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode"
)

// PRF is a precision/recall/F1 count.
type PRF struct {
	TP    int     `json:"tp"`    // predictions that are right
	Pred  int     `json:"pred"`  // predictions
	Found int     `json:"found"` // gold items found
	Gold  int     `json:"gold"`  // gold items
	P     float64 `json:"precision"`
	R     float64 `json:"recall"`
	F1    float64 `json:"f1"`
}

func (s *PRF) finish() {
	s.P, s.R, s.F1 = 0, 0, 0
	if s.Pred > 0 {
		s.P = 100 * float64(s.TP) / float64(s.Pred)
	}
	if s.Gold > 0 {
		s.R = 100 * float64(s.Found) / float64(s.Gold)
	}
	if s.P+s.R > 0 {
		s.F1 = 2 * s.P * s.R / (s.P + s.R)
	}
}

// Ratio is a count of successes out of a total.
type Ratio struct {
	OK    int     `json:"ok"`
	Total int     `json:"total"`
	Pct   float64 `json:"pct"`
}

func (r *Ratio) add(ok bool) {
	r.Total++
	if ok {
		r.OK++
	}
}

func (r *Ratio) finish() {
	if r.Total > 0 {
		r.Pct = 100 * float64(r.OK) / float64(r.Total)
	}
}

// Report is the result of scoring.
type Report struct {
	Docs      int             `json:"docs"`
	Cover30   PRF             `json:"cover30"` // a gold quote is found when one prediction covers > 30% of it
	Cover80   PRF             `json:"cover80"`
	Exact     PRF             `json:"exact"`   // equal after trimming marks and edge punctuation
	ByType    map[string]*PRF `json:"by_type"` // cover30; recall by gold type, precision by predicted type
	Speaker   SpeakerScore    `json:"speaker"`
	Entities  map[string]*PRF `json:"entities"` // exact span and label; "ALL" is micro-averaged
	Unmatched int             `json:"unmatched_docs"`
	// QuoteCal: each predicted part's confidence against being right at
	// 30% cover; SpeakerCal: each found quote's speaker confidence against
	// its mention overlapping the gold speaker's.
	QuoteCal   Calibration `json:"quote_calibration"`
	SpeakerCal Calibration `json:"speaker_calibration"`
	// TextMismatch counts gold documents whose prediction has another text.
	TextMismatch int `json:"text_mismatch_docs"`
}

// SpeakerScore is speaker accuracy over gold quotes found at 30% cover that
// have a gold speaker, judged against the best-covering prediction.
type SpeakerScore struct {
	Mention Ratio `json:"mention"` // speaker mention spans overlap
	Name    Ratio `json:"name"`    // canonical names (or mention texts) match
	Either  Ratio `json:"either"`
	// GoldName: over gold speakers written as a name ("Jane Doe", "Doe",
	// "Acme Corp."), the name we resolve shares its words with it (the
	// words of one are all in the other, titles aside): a proxy for the
	// speaker's name being right, since the gold has no coreference.
	GoldName Ratio `json:"gold_name"`
}

// Score compares predictions with gold. Articles are paired by id, or by
// position when either side has no ids; a pair whose texts differ is counted
// in TextMismatch and not scored.
func Score(gold, pred []Record) *Report {
	rep := &Report{ByType: map[string]*PRF{}, Entities: map[string]*PRF{}}
	byID := map[string]int{}
	for i, p := range pred {
		if p.ID != "" {
			byID[p.ID] = i
		}
	}
	for gi, g := range gold {
		var pi int
		var ok bool
		if g.ID != "" && len(byID) > 0 {
			pi, ok = byID[g.ID] // ids on both sides: never fall back to position
		} else {
			pi, ok = gi, gi < len(pred)
		}
		if !ok {
			rep.Unmatched++
			continue
		}
		if pred[pi].Text != g.Text {
			rep.TextMismatch++ // offsets would not line up: not scored
			continue
		}
		rep.Docs++
		rep.scoreDoc(g, pred[pi])
	}
	for _, s := range []*PRF{&rep.Cover30, &rep.Cover80, &rep.Exact} {
		s.finish()
	}
	for _, s := range rep.ByType {
		s.finish()
	}
	for _, s := range rep.Entities {
		s.finish()
	}
	for _, r := range []*Ratio{&rep.Speaker.Mention, &rep.Speaker.Name, &rep.Speaker.Either, &rep.Speaker.GoldName} {
		r.finish()
	}
	rep.QuoteCal.finish()
	rep.SpeakerCal.finish()
	return rep
}

func inter(a0, a1, b0, b1 int) int { return max(0, min(a1, b1)-max(a0, b0)) }

func (rep *Report) typ(t string) *PRF {
	if t == "" {
		t = "unknown"
	}
	s := rep.ByType[t]
	if s == nil {
		s = &PRF{}
		rep.ByType[t] = s
	}
	return s
}

func (rep *Report) scoreDoc(g, p Record) {
	runes := []rune(g.Text)
	trim := func(q Quote) string {
		if q.Start < 0 || q.End > len(runes) || q.Start >= q.End {
			return ""
		}
		return strings.TrimFunc(string(runes[q.Start:q.End]), func(r rune) bool {
			return unicode.IsSpace(r) || unicode.IsPunct(r) || strings.ContainsRune("\"'“”‘’«»„‹›", r)
		})
	}
	cover := func(q, gq Quote) float64 {
		n := gq.End - gq.Start
		if n <= 0 {
			return 0
		}
		return float64(inter(q.Start, q.End, gq.Start, gq.End)) / float64(n)
	}
	for _, gq := range g.Quotes {
		best, bestCov := -1, 0.0
		exact := false
		for i, pq := range p.Quotes {
			if c := cover(pq, gq); c > bestCov {
				best, bestCov = i, c
			}
			if !exact && trim(pq) == trim(gq) && trim(gq) != "" {
				exact = true
			}
		}
		rep.Cover30.Gold++
		rep.Cover80.Gold++
		rep.Exact.Gold++
		t := rep.typ(gq.Type)
		t.Gold++
		if bestCov > 0.3 {
			rep.Cover30.Found++
			t.Found++
			if gq.Speaker != nil || gq.SpeakerStart != nil {
				rep.speaker(gq, p.Quotes[best])
			}
		}
		if bestCov > 0.8 {
			rep.Cover80.Found++
		}
		if exact {
			rep.Exact.Found++
		}
	}
	for _, pq := range p.Quotes {
		c30, c80, exact := false, false, false
		for _, gq := range g.Quotes {
			c := cover(pq, gq)
			c30 = c30 || c > 0.3
			c80 = c80 || c > 0.8
			exact = exact || trim(pq) == trim(gq) && trim(gq) != ""
		}
		rep.Cover30.Pred++
		rep.Cover80.Pred++
		rep.Exact.Pred++
		t := rep.typ(pq.Type)
		t.Pred++
		if c30 {
			rep.Cover30.TP++
			t.TP++
		}
		if pq.Confidence != nil {
			rep.QuoteCal.Add(*pq.Confidence, c30)
		}
		if c80 {
			rep.Cover80.TP++
		}
		if exact {
			rep.Exact.TP++
		}
	}
	if g.Entities == nil {
		return // no entity annotation (PolNeAR)
	}
	type key struct {
		s, e  int
		label string
	}
	gold := map[key]bool{}
	for _, e := range g.Entities {
		gold[key{e.Start, e.End, e.Label}] = true
		rep.ent(e.Label).Gold++
		rep.ent("ALL").Gold++
	}
	seen := map[key]bool{}
	for _, e := range p.Entities {
		k := key{e.Start, e.End, e.Label}
		if seen[k] {
			continue
		}
		seen[k] = true
		rep.ent(e.Label).Pred++
		rep.ent("ALL").Pred++
		if gold[k] {
			for _, l := range []string{e.Label, "ALL"} {
				s := rep.ent(l)
				s.TP++
				s.Found++
			}
		}
	}
}

func (rep *Report) ent(l string) *PRF {
	s := rep.Entities[l]
	if s == nil {
		s = &PRF{}
		rep.Entities[l] = s
	}
	return s
}

func norm(s *string) string {
	if s == nil {
		return ""
	}
	return strings.ToLower(strings.Join(strings.Fields(*s), " "))
}

func (rep *Report) speaker(gq, pq Quote) {
	mention := gq.SpeakerStart != nil && gq.SpeakerEnd != nil && pq.SpeakerStart != nil && pq.SpeakerEnd != nil &&
		inter(*gq.SpeakerStart, *gq.SpeakerEnd, *pq.SpeakerStart, *pq.SpeakerEnd) > 0
	gn := norm(gq.Speaker)
	name := gn != "" && (gn == norm(pq.Speaker) || gn == norm(pq.SpeakerMention))
	if gq.SpeakerStart != nil {
		rep.Speaker.Mention.add(mention)
		if pq.SpeakerConfidence != nil {
			rep.SpeakerCal.Add(*pq.SpeakerConfidence, mention)
		}
	}
	if gn != "" {
		rep.Speaker.Name.add(name)
	}
	rep.Speaker.Either.add(mention || name)
	if gw := nameWords(gq.Speaker); gw != nil {
		pn := pq.Speaker
		if pn == nil {
			pn = pq.SpeakerMention
		}
		rep.Speaker.GoldName.add(sameName(gw, nameWords(pn)))
	}
}

// Write prints the report as a table.
func (rep *Report) Write(w io.Writer) {
	fmt.Fprintf(w, "documents: %d", rep.Docs)
	if rep.TextMismatch > 0 {
		fmt.Fprintf(w, " (%d documents not scored: prediction text differs from gold)", rep.TextMismatch)
	}
	if rep.Unmatched > 0 {
		fmt.Fprintf(w, " (%d gold documents without prediction)", rep.Unmatched)
	}
	fmt.Fprintln(w)
	row := func(name string, s *PRF) {
		fmt.Fprintf(w, "  %-22s P %5.1f  R %5.1f  F1 %5.1f   (pred %d/%d right, gold %d/%d found)\n",
			name, s.P, s.R, s.F1, s.TP, s.Pred, s.Found, s.Gold)
	}
	fmt.Fprintln(w, "quotes:")
	row("cover > 30%", &rep.Cover30)
	row("cover > 80%", &rep.Cover80)
	row("exact (trimmed)", &rep.Exact)
	fmt.Fprintln(w, "quotes by type (cover > 30%; recall by gold type, precision by predicted type):")
	for _, t := range sortedKeys(rep.ByType) {
		row(t, rep.ByType[t])
	}
	sp := rep.Speaker
	fmt.Fprintln(w, "speaker accuracy over found quotes:")
	fmt.Fprintf(w, "  mention spans overlap  %5.1f  (%d/%d)\n", sp.Mention.Pct, sp.Mention.OK, sp.Mention.Total)
	fmt.Fprintf(w, "  canonical names match  %5.1f  (%d/%d)\n", sp.Name.Pct, sp.Name.OK, sp.Name.Total)
	fmt.Fprintf(w, "  either                 %5.1f  (%d/%d)\n", sp.Either.Pct, sp.Either.OK, sp.Either.Total)
	if sp.GoldName.Total > 0 {
		fmt.Fprintf(w, "  names, gold a name     %5.1f  (%d/%d)\n", sp.GoldName.Pct, sp.GoldName.OK, sp.GoldName.Total)
	}
	if rep.QuoteCal.N+rep.SpeakerCal.N > 0 {
		fmt.Fprintln(w, "calibration of confidences (quote parts right at 30% cover; speaker mentions overlapping):")
		rep.QuoteCal.write(w, "quotes")
		rep.SpeakerCal.write(w, "speakers")
	}
	if len(rep.Entities) > 0 {
		fmt.Fprintln(w, "entities (exact span and label):")
		for _, l := range sortedKeys(rep.Entities) {
			row(l, rep.Entities[l])
		}
	}
}

func sortedKeys(m map[string]*PRF) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}
