package annot

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
)

// TextHash is the hex sha256 of a text: a document's identity for
// duplicates, in the project file and in the formats' manifests.
func TextHash(text string) string {
	h := sha256.Sum256([]byte(text))
	return hex.EncodeToString(h[:])
}

// NormalizeNewlines turns CRLF and lone CR into LF (Python's universal
// newlines, with which brat on Python 2 read .txt files; brat on Python 3
// reads them as they are).
func NormalizeNewlines(s string) string {
	if !strings.Contains(s, "\r") {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n")
}
