package ner

import (
	"io"

	"github.com/quotebench/quotebench/detect/clusters"
)

// Clusters are the tagger's word clusters (package clusters): prefixes of
// the paths of a word and its neighbours are features, so that a name never
// seen in training is tagged like the names it shares a cluster with.
type Clusters = clusters.Clusters

// ParseClusters reads a clusters file (see clusters.Parse).
func ParseClusters(r io.Reader, name string) (*Clusters, error) { return clusters.Parse(r, name) }

// WriteClusters writes paths as ParseClusters reads them (see clusters.Write).
func WriteClusters(w io.Writer, paths map[string]string) error { return clusters.Write(w, paths) }

// ClusterKey is the key WriteClusters writes for a word.
func ClusterKey(word string) string { return clusters.Key(word) }

func cluPrefix(code uint32, k int) uint64 { return clusters.Prefix(code, k) }

// NormWord maps typographic variants to the ASCII forms CoNLL uses, as the
// tagger does before looking a word up (cmd/nertrain learns clusters over
// the same forms).
func NormWord(w string) string { return normWord(w) }

// WriteCaps writes capitalisation classes by LowerKey (see clusters.WriteCaps).
func WriteCaps(w io.Writer, caps map[uint64]uint8) error { return clusters.WriteCaps(w, caps) }

// LowerKey is the key of a word's lower-case form (digits as 0) under
// which the tagger looks up its capitalisation class.
func LowerKey(w string) uint64 {
	var x scratch
	return x.info(normWord(w)).l
}
