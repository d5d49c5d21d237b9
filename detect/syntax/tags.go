package syntax

// POS is a Penn Treebank part-of-speech tag, as in the CoNLL-2003 data.
type POS uint8

// The tags. Punctuation tags are named for their characters.
const (
	PosOther POS = iota // a tag the model knows and this list does not
	CC
	CD
	DT
	EX
	FW
	IN
	JJ
	JJR
	JJS
	LS
	MD
	NN
	NNS
	NNP
	NNPS
	PDT
	Possessive // POS: the possessive ending 's
	PRP
	PRPS // PRP$
	RB
	RBR
	RBS
	RP
	SYM
	TO
	UH
	VB
	VBD
	VBG
	VBN
	VBP
	VBZ
	WDT
	WP
	WPS // WP$
	WRB
	Quote    // "
	LRB      // (
	RRB      // )
	Comma    // ,
	Period   // . ! ?
	Colon    // : ; - ...
	Dollar   // $
	Hash     // #
	Backtick // ``
	Closing  // ''
	nPOSNames
)

var posNames = [nPOSNames]string{"X", "CC", "CD", "DT", "EX", "FW", "IN", "JJ", "JJR", "JJS", "LS", "MD",
	"NN", "NNS", "NNP", "NNPS", "PDT", "POS", "PRP", "PRP$", "RB", "RBR", "RBS", "RP", "SYM", "TO", "UH",
	"VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "WDT", "WP", "WP$", "WRB", `"`, "(", ")", ",", ".", ":", "$",
	"#", "``", "''"}

func (p POS) String() string {
	if p < nPOSNames {
		return posNames[p]
	}
	return "X"
}

func posByName(s string) POS {
	for i, n := range posNames {
		if n == s {
			return POS(i)
		}
	}
	return PosOther
}

// IsNoun reports common and proper nouns (NN, NNS, NNP, NNPS).
func (p POS) IsNoun() bool { return p >= NN && p <= NNPS }

// IsProperNoun reports NNP and NNPS.
func (p POS) IsProperNoun() bool { return p == NNP || p == NNPS }

// IsPronoun reports personal and wh- pronouns (PRP, WP).
func (p POS) IsPronoun() bool { return p == PRP || p == WP }

// IsVerb reports verbs and modals (VB*, MD).
func (p POS) IsVerb() bool { return p >= VB && p <= VBZ || p == MD }

// IsDeterminer reports determiners and possessive pronouns before a noun
// (DT, PDT, PRP$, WDT, WP$).
func (p POS) IsDeterminer() bool { return p == DT || p == PDT || p == PRPS || p == WDT || p == WPS }

// IsAdjective reports JJ, JJR, JJS.
func (p POS) IsAdjective() bool { return p >= JJ && p <= JJS }

// IsPunct reports punctuation tags.
func (p POS) IsPunct() bool { return p >= Quote && p <= Closing && p != Dollar && p != Hash }

// ChunkType is the type of a chunk (CoNLL-2000 phrases).
type ChunkType uint8

const (
	ChunkOther ChunkType = iota
	NP                   // noun phrase
	VP                   // verb group
	PP                   // preposition
	ADVP
	ADJP
	SBAR
	PRT
	INTJ
	CONJP
	LST
	UCP
	nChunkNames
)

var chunkNames = [nChunkNames]string{"X", "NP", "VP", "PP", "ADVP", "ADJP", "SBAR", "PRT", "INTJ", "CONJP", "LST", "UCP"}

func (c ChunkType) String() string {
	if c < nChunkNames {
		return chunkNames[c]
	}
	return "X"
}

func chunkByName(s string) ChunkType {
	for i, n := range chunkNames {
		if n == s {
			return ChunkType(i)
		}
	}
	return ChunkOther
}

// Chunk is a phrase over tokens [Start, End) of the sentence given to the
// tagger. Head is the index of its head token: for a noun phrase the last
// noun, pronoun or number (before a possessive 's, the possessor's), else
// its last token.
type Chunk struct {
	Start, End int
	Type       ChunkType
	Head       int
}

// headOf finds the head of the chunk [a, b) given the POS of the sentence.
func headOf(pos []POS, a, b int, typ ChunkType) int {
	if typ == NP || typ == ChunkOther {
		for i := b - 1; i >= a; i-- {
			if p := pos[i]; p.IsNoun() || p.IsPronoun() || p == CD || p == EX {
				return i
			}
		}
	}
	if typ == VP {
		for i := b - 1; i >= a; i-- {
			if pos[i].IsVerb() {
				return i
			}
		}
	}
	return b - 1
}
