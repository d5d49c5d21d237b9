package main

import (
	"path/filepath"
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

// projectNames names each of the project files paths (one annotator's each)
// for a layer or a column of figures: the annotator's name when it is set
// and no other file has it; else the shortest tail of the path (file name,
// then folder/file name, ...) that no other file shares, after the
// annotator's name when it has one ("Ana (bo/project.quotebench)"). Names
// still equal (one file given twice) get "-2", "-3", ...
func projectNames(paths, annotators []string) []string {
	count := map[string]int{}
	for _, a := range annotators {
		if a != "" {
			count[a]++
		}
	}
	parts := make([][]string, len(paths))
	for i, p := range paths {
		parts[i] = strings.Split(filepath.ToSlash(filepath.Clean(p)), "/")
	}
	tail := func(i, k int) string {
		ps := parts[i]
		if k > len(ps) {
			k = len(ps)
		}
		return strings.Join(ps[len(ps)-k:], "/")
	}
	names := make([]string, len(paths))
	for i := range paths {
		if a := annotators[i]; a != "" && count[a] == 1 {
			names[i] = a
			continue
		}
		k := 1
		for ; k < len(parts[i]); k++ {
			unique := true
			for j := range paths {
				if j != i && tail(j, k) == tail(i, k) {
					unique = false
					break
				}
			}
			if unique {
				break
			}
		}
		names[i] = fileName(tail(i, k)) // a name with a line break is quoted
		if a := annotators[i]; a != "" {
			names[i] = a + " (" + names[i] + ")"
		}
	}
	seen := map[string]bool{}
	for i, n := range names {
		for k := 2; seen[names[i]]; k++ {
			names[i] = n + "-" + strconv.Itoa(k)
		}
		seen[names[i]] = true
	}
	return names
}
