// Package all registers every exchange format: import it for its side
// effect where formats are chosen by name (the CLI, the GUI's export dialog).
package all

import (
	_ "github.com/quotebench/quotebench/app/formats/brat"
	_ "github.com/quotebench/quotebench/app/formats/conll"
	_ "github.com/quotebench/quotebench/app/formats/csv"
	_ "github.com/quotebench/quotebench/app/formats/doccano"
	_ "github.com/quotebench/quotebench/app/formats/jsonl"
	_ "github.com/quotebench/quotebench/app/formats/labelstudio"
	_ "github.com/quotebench/quotebench/app/formats/spacy"
)
