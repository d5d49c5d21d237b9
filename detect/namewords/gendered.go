package namewords

import (
	_ "embed"
	"strings"
	"sync"
)

// givenGender is a wider list of given names with the gender most of
// their bearers have (name:m or name:f per line, # comments); see its
// header for where it comes from.
//
//go:embed givengender.txt
var givenGender string

var (
	genderedOnce sync.Once
	gendered     map[Mark]map[string]bool
)

// Gendered returns the given names whose bearers are mostly of gender m
// (Male or Female): those the table above marks so, and those of the wider
// list that the table does not mark with the other gender. The table wins
// where both speak; the wider list only adds.
func Gendered(m Mark) map[string]bool {
	genderedOnce.Do(func() {
		gendered = map[Mark]map[string]bool{Male: GivenNames(Male), Female: GivenNames(Female)}
		for _, line := range strings.Split(givenGender, "\n") {
			w, g, ok := strings.Cut(strings.TrimSpace(line), ":")
			if !ok || strings.HasPrefix(w, "#") {
				continue
			}
			mark, other := Male, Female
			if g == "f" {
				mark, other = Female, Male
			} else if g != "m" {
				continue
			}
			if !gendered[other][w] {
				gendered[mark][w] = true
			}
		}
	})
	return gendered[m]
}
