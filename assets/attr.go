package assets

import _ "embed"

// AttrModel is the gzipped JSON attribution model of detect (the quote
// scorer and the speaker-link scorer), rebuilt from ../shared by
// `go run ./cmd/attrtrain -shared ../shared -out assets/attr` (make attr-model).
//
//go:embed attr/model.json.gz
var AttrModel []byte
