package ner

// wordEntry is an entry of the word-info cache: the word's tokInfo (its
// word features, cluster code and capitalisation class), and the scores
// decode has found for it (nil until first needed), so that a word seen
// before costs no lookup: of its neighbourKeys, and of its local features
// without and with capitals (by boolU(caps)). All depend on the word alone.
type wordEntry struct {
	info tokInfo
	nbrV *[4][2][nTags]int32
	locV [2]*[2][nTags]int32
}
