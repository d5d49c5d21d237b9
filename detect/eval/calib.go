package eval

import (
	"fmt"
	"io"
	"math"
)

// Calibration compares predicted confidences with how often predictions
// are right, in ten equal-width bins. ECE (expected calibration error) is
// the mean |accuracy - confidence| over bins weighted by their counts, in
// percentage points.
type Calibration struct {
	Bins [10]CalBin `json:"bins"`
	N    int        `json:"n"`
	ECE  float64    `json:"ece"`
}

// CalBin is one confidence bin.
type CalBin struct {
	N       int     `json:"n"`
	Right   int     `json:"right"`
	ConfSum float64 `json:"conf_sum"`
}

// Add records one prediction with its confidence.
func (c *Calibration) Add(conf float64, right bool) {
	i := int(conf * 10)
	i = min(max(i, 0), 9)
	b := &c.Bins[i]
	b.N++
	b.ConfSum += conf
	if right {
		b.Right++
	}
	c.N++
}

func (c *Calibration) finish() {
	c.ECE = 0
	if c.N == 0 {
		return
	}
	for _, b := range c.Bins {
		if b.N > 0 {
			acc := float64(b.Right) / float64(b.N)
			conf := b.ConfSum / float64(b.N)
			c.ECE += float64(b.N) / float64(c.N) * math.Abs(acc-conf)
		}
	}
	c.ECE *= 100
}

// write prints the calibration table.
func (c *Calibration) write(w io.Writer, name string) {
	if c.N == 0 {
		return
	}
	fmt.Fprintf(w, "  %-8s ECE %4.1f points over %d; by confidence bin (right/n):", name, c.ECE, c.N)
	for i, b := range c.Bins {
		if b.N > 0 {
			fmt.Fprintf(w, " %.1f:%d/%d", float64(i)/10, b.Right, b.N)
		}
	}
	fmt.Fprintln(w)
}
