package formats

import (
	"fmt"
	"strings"
)

// SafeName turns a document id into a file name that stays inside its
// folder: letters, digits, '.', '-' and '_' kept, everything else '_', no
// leading dot, no Windows device name (CON, aux.txt and the like get a '_'
// after the device part), at most 100 bytes. used (lower-cased names) makes names unique
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
	name = notDevice(name)
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

// windowsDevices are the names Windows keeps for devices, whatever the case
// and whatever extension follows: "nul.txt" opens the null device there.
var windowsDevices = map[string]bool{
	"CON": true, "PRN": true, "AUX": true, "NUL": true, "CONIN$": true, "CONOUT$": true,
	"COM0": true, "COM1": true, "COM2": true, "COM3": true, "COM4": true, "COM5": true, "COM6": true, "COM7": true, "COM8": true, "COM9": true,
	"LPT0": true, "LPT1": true, "LPT2": true, "LPT3": true, "LPT4": true, "LPT5": true, "LPT6": true, "LPT7": true, "LPT8": true, "LPT9": true,
}

// notDevice appends '_' to the part of name before its first dot when that
// part is a Windows device name: "CON" -> "CON_", "nul.txt" -> "nul_.txt".
func notDevice(name string) string {
	stem, _, _ := strings.Cut(name, ".")
	if windowsDevices[strings.ToUpper(stem)] {
		return stem + "_" + name[len(stem):]
	}
	return name
}
