package assets

import _ "embed"

// SyntaxModel is the gzipped part-of-speech tagger and chunker of
// detect/syntax, trained on the POS and chunk columns of CoNLL-2003
// eng.train by `go run ./cmd/syntaxtrain -shared ../shared -out
// assets/syntax` (make assets).
//
//go:embed syntax/model.bin.gz
var SyntaxModel []byte
