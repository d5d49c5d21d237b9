package main

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// fileName prints a file name so that it stays on its line and in its
// tab-separated field: a name with a line break, tab or other control
// character (or bytes that are not UTF-8) is printed as a Go-quoted string
// ("a\nb.txt"); every other name as it is.
func fileName(s string) string {
	if strings.ContainsFunc(s, unicode.IsControl) || !utf8.ValidString(s) {
		return strconv.Quote(s)
	}
	return s
}

// oneLine escapes the control characters of a message (which may quote a
// file name) so that it stays on one line: a line break becomes \n.
func oneLine(s string) string {
	if !strings.ContainsFunc(s, unicode.IsControl) && utf8.ValidString(s) {
		return s
	}
	q := strconv.Quote(s)
	return q[1 : len(q)-1]
}
