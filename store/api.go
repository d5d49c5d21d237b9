package store

import "github.com/quotebench/quotebench/annot"

// Detector pre-annotates a text; the store calls it on import so a document
// and its suggestions land in one transaction. Nil means no detection.
type Detector func(text string) annot.Annotations
