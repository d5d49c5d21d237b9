// Package all registers every exchange format: import it for its side
// effect where formats are chosen by name (the CLI, the GUI's export dialog).
package all

import (
	_ "github.com/quotebench/quotebench/formats/brat"
	_ "github.com/quotebench/quotebench/formats/conll"
	_ "github.com/quotebench/quotebench/formats/csv"
	_ "github.com/quotebench/quotebench/formats/doccano"
	_ "github.com/quotebench/quotebench/formats/jsonl"
	_ "github.com/quotebench/quotebench/formats/labelstudio"
	_ "github.com/quotebench/quotebench/formats/spacy"
)
