package formats

import (
	"fmt"
	"strings"
)

// SafeName turns a document id into a file name that stays inside its
// folder: letters, digits, '.', '-' and '_' kept, everything else '_', no
// leading dot, at most 100 bytes. used (lower-cased names) makes names unique
// on case-insensitive file systems too.
func SafeName(id string, used map[string]bool) string {
	var b strings.Builder
	for _, r := range id {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-', r == '_', r == '.':
			b.WriteRune(r)
		default:
			b.WriteByte('_')
		}
		if b.Len() >= 100 {
			break
		}
	}
	name := strings.TrimLeft(b.String(), ".")
	if name == "" {
		name = "doc"
	}
	if used == nil {
		return name
	}
	cand := name
	for k := 2; used[strings.ToLower(cand)]; k++ {
		cand = fmt.Sprintf("%s-%d", name, k)
	}
	used[strings.ToLower(cand)] = true
	return cand
}
