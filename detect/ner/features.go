package ner

import (
	"github.com/quotebench/quotebench/detect/clusters"
	"github.com/quotebench/quotebench/detect/internal/gencache"

	"unicode"
	"unicode/utf8"
)

// Features are hashed: each is a 64-bit mix of a template id and the hashes
// of the values it combines, so extraction allocates nothing. The training
// data (CoNLL tokens) and the tokens of tokens.Tokenize run over raw text go
// through the same normalisation (normWord) before hashing.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func mix(a, b uint64) uint64 {
	h := a ^ (b + 0x9e3779b97f4a7c15 + a<<6 + a>>2)
	h ^= h >> 31
	h *= 0x7fb5d329728ea185
	h ^= h >> 27
	h *= 0x81dadef4bc2dd44d
	h ^= h >> 33
	return h
}

func fnv(b []byte) uint64 {
	h := uint64(fnvOffset)
	for _, c := range b {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

func fnvString(s string) uint64 { return clusters.Hash(s) }

// normWord maps typographic variants to the ASCII forms CoNLL uses: curly
// and angled quotes to `"`, curly apostrophes to `'`, dashes to "-", the
// ellipsis to "...". ASCII words are returned as they are.
func normWord(w string) string {
	ascii := true
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return w
	}
	var b []byte
	dash := true
	for _, r := range w {
		switch r {
		case '“', '”', '„', '‟', '«', '»', '″', '〝', '〞', '＂':
			b = append(b, '"')
			dash = false
		case '‘', '’', '‚', '‛', '′', '`', '＇':
			b = append(b, '\'')
			dash = false
		case '–', '—', '―', '‐', '‑', '−':
			b = append(b, '-')
		case '…':
			b = append(b, "..."...)
			dash = false
		case '\u00a0':
			b = append(b, ' ')
		default:
			b = utf8.AppendRune(b, r)
			dash = false
		}
	}
	if dash && len(b) > 1 {
		return "-" // a run of dashes is one dash, as in CoNLL
	}
	return string(b)
}

// tokInfo holds what the features need of one token.
type tokInfo struct {
	w, l, s, ss uint64    // exact word, lower case (digits as 0), shape, short shape
	pre         [3]uint64 // lower-case prefixes of 2..4 bytes (0: too short)
	suf         [4]uint64 // lower-case suffixes of 1..4 bytes
	cap         bool      // starts with an upper-case letter
	lower       bool      // starts with a lower-case letter
	gazBits     uint8     // gazetteer kinds of the match covering the token
	gazPos      uint8     // its BILOU position in that match
	mem         uint8     // 1 + the type last given to this word in the document
	lcInDoc     bool      // the word also occurs in lower case in the document
	capElse     bool      // the word occurs capitalised not at a sentence start
	clu         uint32    // word cluster code (Clusters), 0 for none
	capr        uint8     // capitalisation class of the lower-case form in the unlabelled text (Clusters.Caps), 0 for none
	rare        bool      // training only: a capitalised word seen fewer than TrainOptions.Rare times, tagged without its identity
	vote        uint8     // second pass: 1 + the commonest first-pass tag of this word in the document (1 = O, 2.. = 2+type)
}

// scratch holds reusable buffers.
type scratch struct {
	low, shp, ssh []byte
	keys          []uint64
	koff          []int
	ctx           []uint64 // the context features' keys of the document's tokens, token i's from ctxOff[i] to ctxOff[i+1]
	ctxOff        []int32
	rows          []int32                              // their rows in the static table (-1: none)
	local         *gencache.Cache[*[2][nTags]int32]    // scores of a word's local features in both passes, by word and capitals
	nbr           *gencache.Cache[*[4][2][nTags]int32] // scores of a word's neighbourKeys in both passes, by lower-case word
	nb            []*[4][2][nTags]int32                // per token: its word's entry in nbr
	shape         *gencache.Cache[*[2][nTags]int32]    // scores of shapeContext in both passes, by shapeContextKey
	infos         *gencache.Cache[*wordEntry]          // info of each word by its hash (the word features and cluster code; prepare sets the rest)
	infosClu      *Clusters                            // the clusters infos's codes are from
	emits         [][nTags]int32
	bp            [][nTags]uint8
	pred          []tag
	spans         []span
	words         []string
	sents         [][2]int
	doc           prepDoc
	lc, capNI     map[uint64]bool
	mem           map[uint64]uint8
	votes         map[uint64][1 + nTypes]int32
	docPred       []tag
	st            [2][][nTags]int32 // static emissions of the two passes, per token of the document
	aggN          map[uint64]int32  // aggregate: capitalised occurrences by lower-case word
	aggTok        []int32           // aggregate: tokens of words that occur twice or more
	sentOf        []int32           // aggregate: sentence of each token
}

func (x *scratch) info(w string) tokInfo {
	var t tokInfo
	x.low, x.shp, x.ssh = x.low[:0], x.shp[:0], x.ssh[:0]
	first := true
	var last byte
	run := 0
	for i := 0; i < len(w); {
		r := rune(w[i])
		n := 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(w[i:])
		}
		i += n
		var sc byte
		switch {
		case 'a' <= r && r <= 'z':
			sc = 'x'
			x.low = append(x.low, byte(r))
		case 'A' <= r && r <= 'Z':
			sc = 'X'
			x.low = append(x.low, byte(r+32))
		case '0' <= r && r <= '9':
			sc = 'd'
			x.low = append(x.low, '0')
		case r < utf8.RuneSelf:
			sc = byte(r)
			x.low = append(x.low, byte(r))
		case unicode.IsUpper(r):
			sc = 'X'
			x.low = utf8.AppendRune(x.low, unicode.ToLower(r))
		case unicode.IsLetter(r) || unicode.Is(unicode.Mn, r):
			sc = 'x'
			x.low = utf8.AppendRune(x.low, r)
		case unicode.IsDigit(r):
			sc = 'd'
			x.low = append(x.low, '0')
		default:
			sc = 'o'
			x.low = utf8.AppendRune(x.low, r)
		}
		if first {
			t.cap = sc == 'X'
			t.lower = sc == 'x'
			first = false
		}
		if sc == last {
			run++
		} else {
			run = 1
			x.ssh = append(x.ssh, sc)
		}
		if run <= 4 {
			x.shp = append(x.shp, sc)
		}
		last = sc
	}
	t.w = fnvString(w)
	t.l = fnv(x.low)
	t.s = fnv(x.shp)
	t.ss = fnv(x.ssh)
	for k := 2; k <= 4; k++ {
		if len(x.low) > k {
			t.pre[k-2] = fnv(x.low[:k])
		}
	}
	for k := 1; k <= 4; k++ {
		if len(x.low) > k {
			t.suf[k-1] = fnv(x.low[len(x.low)-k:])
		}
	}
	return t
}

// Feature templates.
const (
	fBias uint64 = iota + 1
	fW
	fL
	fS
	fSS
	fPre
	fSuf
	fLm1
	fLm2
	fLp1
	fLp2
	fLm1L
	fLLp1
	fSSm1
	fSSp1
	fSSm1SS
	fSSSSp1
	fSStri
	fInit
	fCapsL
	fGaz
	fGazM1
	fGazP1
	fMem
	fMemSS
	fLcDoc
	fCapElse
	fCapLm1
	fCapLp1
	fSm2
	fSp2
	fVote
	fVoteSS
	fVoteMem
	fClu
	fCluM1
	fCluP1
	fOrgAhead
	fOrgBehind
	fCapR
	fCapRInit
	fAgg
)

var (
	bosHash = [2]uint64{fnvString("<s1>"), fnvString("<s2>")}
	eosHash = [2]uint64{fnvString("</s1>"), fnvString("</s2>")}
)

func feat(t, v uint64) uint64 { return mix(t*0x100000001b3, v) }

// features appends the feature keys of token i of the sentence ti[s0:s1].
func features(ti []tokInfo, s0, s1, i int, caps bool, buf []uint64) []uint64 {
	buf = staticFeatures(ti, s0, s1, i, caps, buf)
	return dynFeatures(&ti[i], caps, buf)
}

// dynFeatures are the features that depend on earlier decisions: the
// document memory and the first-pass votes.
func dynFeatures(t *tokInfo, caps bool, buf []uint64) []uint64 {
	if t.mem == 0 && t.vote == 0 {
		return buf
	}
	ss := mix(t.ss, boolU(caps))
	if t.mem != 0 {
		buf = append(buf, feat(fMem, uint64(t.mem)), feat(fMemSS, mix(uint64(t.mem), ss)))
	}
	if t.vote != 0 {
		buf = append(buf, feat(fVote, uint64(t.vote)), feat(fVoteSS, mix(uint64(t.vote), ss)),
			feat(fVoteMem, uint64(t.vote)<<8|uint64(t.mem)))
	}
	return buf
}

// staticFeatures are the features that depend on the input only.
func staticFeatures(ti []tokInfo, s0, s1, i int, caps bool, buf []uint64) []uint64 {
	buf = localFeatures(&ti[i], caps, buf)
	return contextFeatures(ti, s0, s1, i, caps, true, buf)
}

// neighbourKeys are the keys of the features a word gives the tokens
// around it by itself: as the word before (fLm1), two before (fLm2), after
// (fLp1) and two after (fLp2).
func neighbourKeys(l uint64) [4]uint64 {
	return [4]uint64{feat(fLm1, l), feat(fLm2, l), feat(fLp1, l), feat(fLp2, l)}
}

// edgeHashes stand for the missing neighbours at the sentence's edges, in
// the order of neighbourKeys.
var edgeHashes = [4]uint64{bosHash[0], bosHash[1], eosHash[0], eosHash[1]}

// localFeatures are the static features that depend on the token's word
// and the sentence's capitals only, so that their scores can be kept per
// word.
func localFeatures(t *tokInfo, caps bool, buf []uint64) []uint64 {
	cb := boolU(caps)
	buf = append(buf, feat(fBias, cb))
	if !t.rare {
		buf = append(buf, feat(fW, t.w), feat(fL, t.l))
	}
	buf = append(buf, feat(fS, mix(t.s, cb)), feat(fSS, mix(t.ss, cb)))
	for k, h := range t.pre {
		if h != 0 {
			buf = append(buf, feat(fPre, mix(h, uint64(k))))
		}
	}
	for k, h := range t.suf {
		if h != 0 {
			buf = append(buf, feat(fSuf, mix(h, uint64(k))))
		}
	}
	if caps && !t.rare {
		buf = append(buf, feat(fCapsL, t.l))
	}
	if t.capr != 0 {
		buf = append(buf, feat(fCapR, uint64(t.capr)<<2|boolU(t.cap)<<1|cb))
	}
	if t.clu != 0 {
		for _, k := range cluPrefixes {
			buf = append(buf, feat(fClu, mix(cluPrefix(t.clu, k), cb)))
		}
	}
	return buf
}

// cluPrefixes are the lengths of the cluster path prefixes used as features.
var cluPrefixes = [...]int{4, 8, 12, 20}

// cluNbPrefixes are the lengths of the prefixes of the neighbours' paths.
var cluNbPrefixes = [...]int{8}

// contextFeatures are the static features that depend on the token's
// neighbours, its place in the sentence, the document or the gazetteer.
// Without nb, the features of single neighbour words (neighbourKeys) are
// left out.
func contextFeatures(ti []tokInfo, s0, s1, i int, caps, nb bool, buf []uint64) []uint64 {
	buf = wordContext(ti, s0, s1, i, caps, nb, buf)
	ssm2, ssm1, ssp1, ssp2 := shapes(ti, s0, s1, i)
	return shapeContext(ssm2, ssm1, ti[i].ss, ssp1, ssp2, boolU(caps), buf)
}

// wordContext appends the context features of token i but those of
// shapeContext.
func wordContext(ti []tokInfo, s0, s1, i int, caps, nb bool, buf []uint64) []uint64 {
	t := &ti[i]
	cb := boolU(caps)
	lm1, lm2, lp1, lp2 := bosHash[0], bosHash[1], eosHash[0], eosHash[1]
	var gm1, gp1 uint8
	if i-1 >= s0 {
		lm1, gm1 = ti[i-1].l, ti[i-1].gazBits
		if i-2 >= s0 {
			lm2 = ti[i-2].l
		}
	}
	if i+1 < s1 {
		lp1, gp1 = ti[i+1].l, ti[i+1].gazBits
		if i+2 < s1 {
			lp2 = ti[i+2].l
		}
	}
	if nb {
		buf = append(buf, feat(fLm1, lm1), feat(fLm2, lm2), feat(fLp1, lp1), feat(fLp2, lp2))
	}
	buf = append(buf, feat(fLm1L, mix(lm1, t.l)), feat(fLLp1, mix(t.l, lp1)))
	if t.cap {
		buf = append(buf, feat(fCapLm1, mix(lm1, cb)), feat(fCapLp1, mix(lp1, cb)))
		if t.lcInDoc {
			buf = append(buf, feat(fLcDoc, boolU(i == s0)))
		}
		if t.capElse && i == s0 {
			buf = append(buf, feat(fCapElse, 1))
		}
	}
	if i == s0 {
		buf = append(buf, feat(fInit, mix(t.ss, cb)))
		if t.capr != 0 {
			buf = append(buf, feat(fCapRInit, uint64(t.capr)<<1|cb))
		}
	}
	for b := uint8(1); b != 0 && b <= t.gazBits; b <<= 1 {
		if t.gazBits&b != 0 {
			buf = append(buf, feat(fGaz, uint64(b)<<8|uint64(t.gazPos)))
		}
	}
	if gm1 != 0 {
		buf = append(buf, feat(fGazM1, uint64(gm1)))
	}
	if i-1 >= s0 && ti[i-1].clu != 0 {
		for _, k := range cluNbPrefixes {
			buf = append(buf, feat(fCluM1, cluPrefix(ti[i-1].clu, k)))
		}
	}
	if i+1 < s1 && ti[i+1].clu != 0 {
		for _, k := range cluNbPrefixes {
			buf = append(buf, feat(fCluP1, cluPrefix(ti[i+1].clu, k)))
		}
	}
	if gp1 != 0 {
		buf = append(buf, feat(fGazP1, uint64(gp1)))
	}
	if t.cap {
		buf = orgWordFeatures(ti, s0, s1, i, buf)
	}
	return buf
}

// orgLinks are the lower-case words that may join the words of an
// organisation's name: "Ministry of Defence", "Bank for International
// Settlements", "Marks & Spencer".
var orgLinks = func() [4]uint64 {
	var x scratch
	var h [4]uint64
	for k, w := range []string{"of", "for", "and", "&"} {
		h[k] = x.info(w).l
	}
	return h
}()

func isOrgLink(l uint64) bool {
	return l == orgLinks[0] || l == orgLinks[1] || l == orgLinks[2] || l == orgLinks[3]
}

// orgWordMaxDist is how far (in tokens) a capitalised token looks for an
// organisation word (GazOrgWord) in its name.
const orgWordMaxDist = 4

// orgWordFeatures give a capitalised token the distance to the nearest
// organisation word after it ("Acme Steel Corp.") and before it
// ("Ministry of Defence"), over capitalised words and links.
func orgWordFeatures(ti []tokInfo, s0, s1, i int, buf []uint64) []uint64 {
	for j := i + 1; j < s1 && j-i <= orgWordMaxDist; j++ {
		if ti[j].gazBits&GazOrgWord != 0 && ti[j].cap {
			buf = append(buf, feat(fOrgAhead, uint64(j-i)))
			break
		}
		if !ti[j].cap && !isOrgLink(ti[j].l) {
			break
		}
	}
	for j := i - 1; j >= s0 && i-j <= orgWordMaxDist; j-- {
		if ti[j].gazBits&GazOrgWord != 0 && ti[j].cap {
			buf = append(buf, feat(fOrgBehind, uint64(i-j)))
			break
		}
		if !ti[j].cap && !isOrgLink(ti[j].l) {
			break
		}
	}
	return buf
}

// shapeContext appends the features of the short shapes around a token
// (ss) with the capitals flag cb: they depend on nothing else, and the few
// thousand shape contexts of a text recur, so the tagger keeps their sum
// by shapeContextKey.
func shapeContext(ssm2, ssm1, ss0, ssp1, ssp2, cb uint64, buf []uint64) []uint64 {
	ss := mix(ss0, cb)
	return append(buf,
		feat(fSSm1, mix(ssm1, cb)),
		feat(fSSp1, mix(ssp1, cb)),
		feat(fSSm1SS, mix(ssm1, ss)),
		feat(fSSSSp1, mix(ss, ssp1)),
		feat(fSStri, mix(mix(ssm1, ss), ssp1)),
		feat(fSm2, mix(ssm2, ss)),
		feat(fSp2, mix(ss, ssp2)),
	)
}

// shapes returns the short shapes of the two tokens on each side of token
// i in the sentence [s0, s1) (the sentence-edge stand-ins beyond it).
func shapes(ti []tokInfo, s0, s1, i int) (ssm2, ssm1, ssp1, ssp2 uint64) {
	ssm1, ssp1 = bosHash[0], eosHash[0]
	ssm2, ssp2 = bosHash[1], eosHash[1]
	if i-1 >= s0 {
		ssm1 = ti[i-1].ss
		if i-2 >= s0 {
			ssm2 = ti[i-2].ss
		}
	}
	if i+1 < s1 {
		ssp1 = ti[i+1].ss
		if i+2 < s1 {
			ssp2 = ti[i+2].ss
		}
	}
	return
}

// shapeContextKey identifies the arguments of shapeContext.
func shapeContextKey(ssm2, ssm1, ss, ssp1, ssp2, cb uint64) uint64 {
	return mix(mix(mix(ssm2, ssm1), mix(ss, cb)), mix(ssp1, ssp2))
}

func boolU(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

// allCaps reports whether a sentence is written in capitals (a headline or a
// dateline): some word has two letters or more and no word has a lower-case
// letter.
func allCaps(words []string) bool {
	long := false
	for _, w := range words {
		letters := 0
		for _, r := range w {
			if unicode.IsLower(r) {
				return false
			}
			if unicode.IsLetter(r) {
				letters++
			}
		}
		if letters >= 2 {
			long = true
		}
	}
	return long
}

// titleSmall are the words a title-case headline leaves in lower case.
var titleSmall = map[string]bool{"a": true, "an": true, "the": true, "and": true, "but": true, "or": true,
	"nor": true, "for": true, "on": true, "at": true, "to": true, "by": true, "of": true, "in": true,
	"up": true, "as": true, "vs": true, "vs.": true, "via": true, "with": true, "from": true}

// titleCase reports whether a sentence is a headline in title case: four
// capitalised words or more, and no word in lower case but the small ones.
func titleCase(words []string) bool {
	upper := 0
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r) && !titleSmall[w]:
			return false
		}
	}
	return upper >= 4
}
