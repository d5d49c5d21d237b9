package assets

import _ "embed"

// The entity tagger's data, rebuilt from ../shared by
// `go run ./cmd/nertrain -shared ../shared -out assets/ner` (make assets).

// NERModel is the gzipped averaged-perceptron model of detect/ner.
//
//go:embed ner/model.bin.gz
var NERModel []byte

// NERGazetteer is the gzipped gazetteer ("kind<TAB>name" lines) of
// detect/ner: GeoNames countries and cities, states and provinces,
// regions, US newspapers from Wikidata.
//
//go:embed ner/gazetteer.tsv.gz
var NERGazetteer []byte

// NERClusters is the gzipped word clusters of detect/syntax ("path<TAB>key"
// lines, the key a word's 64-bit FNV-1a hash: no words are stored), learnt
// by cmd/nertrain from the words of CoNLL-2003 eng.train and the text of
// PolNeAR's train split, for words seen 3 times or more.
//
//go:embed ner/clusters.tsv.gz
var NERClusters []byte

// NERTaggerClusters is the gzipped word clusters of detect/ner, learnt from
// the same text for words seen twice or more (the entity tagger's tune
// protocol chose 2; the syntax layer was tuned with 3).
//
//go:embed ner/tagger-clusters.tsv.gz
var NERTaggerClusters []byte

// NERPlacesCA is the list of places in Canada (one name per line, "#"
// comments) that detect/ner adds to its gazetteer when it loads: the
// gazetteer above holds only cities of 100,000 people or more.
//
//go:embed ner/places-ca.txt
var NERPlacesCA string

// NERCredits is the attribution the data sources require (GeoNames is
// CC BY 4.0); the About box shows it.
//
//go:embed ner/CREDITS
var NERCredits string
