package syntax

import "fmt"

// Scores are the accuracy of tagging and chunking against gold data.
type Scores struct {
	Tokens, POSRight        int
	Gold, Pred, Right       int // chunks of every type (exact span and type)
	NPGold, NPPred, NPRight int // noun phrases
}

// POSAccuracy is the share of tokens tagged right, in percent.
func (s Scores) POSAccuracy() float64 { return pct(s.POSRight, s.Tokens) }

// ChunkF1 is the F1 of chunks of every type, in percent (CoNLL-2000).
func (s Scores) ChunkF1() float64 { return f1(s.Right, s.Gold, s.Pred) }

// NPF1 is the F1 of noun phrases, in percent.
func (s Scores) NPF1() float64 { return f1(s.NPRight, s.NPGold, s.NPPred) }

func (s Scores) String() string {
	return fmt.Sprintf("tokens %d  POS accuracy %.2f%%  chunk F1 %.2f (P %.2f R %.2f)  NP F1 %.2f\n",
		s.Tokens, s.POSAccuracy(), s.ChunkF1(), pct(s.Right, s.Pred), pct(s.Right, s.Gold), s.NPF1())
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

func f1(right, gold, pred int) float64 {
	if gold+pred == 0 {
		return 0
	}
	return 200 * float64(right) / float64(gold+pred)
}

// Evaluate tags the sentences of docs (as words) and scores them.
func (t *Tagger) Evaluate(docs []Doc) Scores {
	var s Scores
	var a Analysis
	for _, d := range docs {
		for _, sent := range d.Sentences {
			t.Words(sent.Words, &a)
			for i, p := range a.POS {
				s.Tokens++
				if p.String() == sent.POS[i] {
					s.POSRight++
				}
			}
			gold := map[[3]string]bool{}
			for _, g := range chunkSpans(sent.Chunks) {
				gold[g] = true
				s.Gold++
				if g[2] == "NP" {
					s.NPGold++
				}
			}
			for _, c := range a.Chunks {
				k := [3]string{fmt.Sprint(c.Start), fmt.Sprint(c.End), c.Type.String()}
				s.Pred++
				if c.Type == NP {
					s.NPPred++
				}
				if gold[k] {
					s.Right++
					if c.Type == NP {
						s.NPRight++
					}
				}
			}
		}
	}
	return s
}

// Confusions counts (gold, predicted) POS pairs that differ.
func (t *Tagger) Confusions(docs []Doc) map[[2]string]int {
	out := map[[2]string]int{}
	var a Analysis
	for _, d := range docs {
		for _, sent := range d.Sentences {
			t.Words(sent.Words, &a)
			for i, p := range a.POS {
				if p.String() != sent.POS[i] {
					out[[2]string{sent.POS[i], p.String()}]++
				}
			}
		}
	}
	return out
}
