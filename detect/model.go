package detect

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"sort"

	"github.com/quotebench/quotebench/assets"
)

// Linear is a logistic-regression scorer over named binary features:
// P(right) = 1 / (1 + exp(-(Bias + Σ W[f]))). Threshold is the probability
// below which a suggestion is dropped, chosen on the tuning split.
type Linear struct {
	Bias      float64            `json:"bias"`
	W         map[string]float64 `json:"w"`
	Threshold float64            `json:"threshold"`
}

// Prob returns the model's probability for a feature list.
func (l *Linear) Prob(feats []string) float64 {
	if l == nil {
		return 0.5
	}
	z := l.Bias
	for _, f := range feats {
		z += l.W[f]
	}
	return 1 / (1 + math.Exp(-z))
}

// Model is the learned attribution model: a scorer that decides which
// proposed quotes are suggested (and how confidently), and one that scores
// each quote's speaker link. cmd/attrtrain trains it on PolNeAR train
// without its tuning split and writes assets/attr/model.json.gz.
type Model struct {
	Quote   Linear `json:"quote"`
	Speaker Linear `json:"speaker"`
	// Note says how it was trained and measured.
	Note string `json:"note,omitempty"`
}

// LoadModel reads a gzipped JSON model.
func LoadModel(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("attribution model: %w", err)
	}
	var m Model
	if err := json.NewDecoder(zr).Decode(&m); err != nil {
		return nil, fmt.Errorf("attribution model: %w", err)
	}
	return &m, nil
}

// WriteModel writes m as gzipped JSON with sorted keys (deterministic).
func WriteModel(w io.Writer, m *Model) error {
	zw, _ := gzip.NewWriterLevel(w, gzip.BestCompression)
	enc := json.NewEncoder(zw)
	enc.SetIndent("", " ")
	if err := enc.Encode(m); err != nil { // encoding/json sorts map keys
		return err
	}
	return zw.Close()
}

// defaultModel loads the embedded attribution model.
func defaultModel() (*Model, error) {
	if len(assets.AttrModel) == 0 {
		return nil, fmt.Errorf("attribution model: not embedded")
	}
	return LoadModel(bytes.NewReader(assets.AttrModel))
}

// Feature weights sorted for inspection (largest magnitude first).
func (l *Linear) Top(n int) []string {
	var ks []string
	for k := range l.W {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool {
		a, b := math.Abs(l.W[ks[i]]), math.Abs(l.W[ks[j]])
		if a != b {
			return a > b
		}
		return ks[i] < ks[j]
	})
	if len(ks) > n {
		ks = ks[:n]
	}
	out := make([]string, len(ks))
	for i, k := range ks {
		out[i] = fmt.Sprintf("%+.2f %s", l.W[k], k)
	}
	return out
}
