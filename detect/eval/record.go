// Package eval scores quote, speaker and entity predictions against gold
// annotations in the gold JSONL format of ../shared/README.md, and converts
// detector output to that format. Pure Go.
package eval

import (
	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/formats/gold"
)

// The gold JSONL schema is defined once, in formats/gold: the detector
// writes it, the jsonl format extends it, and eval scores it.
type (
	// Record is one article in the gold JSONL format.
	Record = gold.Record
	// Quote is one contiguous part of a quote.
	Quote = gold.Quote
	// Entity is one named entity mention.
	Entity = gold.Entity
)

// FromAnnotations converts detector output on text to a Record (see
// gold.FromAnnotations).
func FromAnnotations(id, text string, a annot.Annotations) Record {
	return gold.FromAnnotations(id, text, a)
}
