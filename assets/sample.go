package assets

import _ "embed"

// SampleName is the file name of the bundled sample article.
const SampleName = "harbour-bridge-2026-03-14.txt"

// Sample is the bundled sample article, imported into the default project on
// first start. It was written for Quotebench: direct, split and indirect
// quotes, pronoun and description speakers. It follows the
// "date YYYY-MM-DD Title" first-line convention.
//
//go:embed sample/harbour-bridge-2026-03-14.txt
var Sample []byte
