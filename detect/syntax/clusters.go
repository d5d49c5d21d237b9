package syntax

import (
	"io"

	"github.com/quotebench/quotebench/detect/clusters"
)

// Clusters are the entity tagger's word clusters (package clusters,
// assets.NERClusters): prefixes of a word's path are features, so that a
// word never seen in training is tagged like the words of its cluster.
type Clusters = clusters.Clusters

// ParseClusters reads a clusters file (see clusters.Parse).
func ParseClusters(r io.Reader, name string) (*Clusters, error) { return clusters.Parse(r, name) }

// cluCode is the code of word w, or 0.
func cluCode(c *Clusters, w string) uint32 { return c.Code(fnvString(w)) }

func cluPrefix(code uint32, k int) uint64 { return clusters.Prefix(code, k) }
