package syntax

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"sync"

	"github.com/quotebench/quotebench/assets"
)

// WriteModel writes the models (POS first and second pass, chunks), gzipped.
func (t *Tagger) WriteModel(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.DefaultCompression)
	if err != nil {
		return err
	}
	for _, m := range t.pos {
		if err := m.write(zw); err != nil {
			return err
		}
	}
	if err := t.chunk.write(zw); err != nil {
		return err
	}
	return zw.Close()
}

// Load reads a gzipped model as written by WriteModel, and the gzipped
// word clusters it was trained with (nil: none).
func Load(r, clustersGz io.Reader) (*Tagger, error) {
	var clu *Clusters
	if clustersGz != nil {
		zc, err := gzip.NewReader(clustersGz)
		if err != nil {
			return nil, fmt.Errorf("word clusters: %w", err)
		}
		if clu, err = ParseClusters(zc, "word clusters"); err != nil {
			return nil, err
		}
	}
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("syntax model: %w", err)
	}
	br := bufio.NewReader(zr)
	var pos [2]*model
	for k := range pos {
		if pos[k], err = readModel(br); err != nil {
			return nil, fmt.Errorf("syntax model, POS pass %d: %w", k+1, err)
		}
	}
	chunk, err := readModel(br)
	if err != nil {
		return nil, fmt.Errorf("syntax model, chunks: %w", err)
	}
	if _, err := br.Peek(1); err != io.EOF {
		return nil, fmt.Errorf("syntax model: data after the chunk model")
	}
	return newTagger(pos[0], pos[1], chunk, clu)
}

// Size is the number of feature rows of both models.
func (t *Tagger) Size() int { return len(t.pos[0].keys) + len(t.pos[1].keys) + len(t.chunk.keys) }

var (
	defaultOnce   sync.Once
	defaultTagger *Tagger
	defaultErr    error
)

// Default returns the tagger built from the embedded model
// (assets.SyntaxModel) and word clusters (assets.NERClusters), loading them
// on first use.
func Default() (*Tagger, error) {
	defaultOnce.Do(func() {
		defaultTagger, defaultErr = Load(bytes.NewReader(assets.SyntaxModel), bytes.NewReader(assets.NERClusters))
		if defaultErr != nil {
			defaultErr = fmt.Errorf("load embedded syntax model: %w", defaultErr)
		}
	})
	return defaultTagger, defaultErr
}
