package detect

import (
	"fmt"
	"strconv"
	"strings"
)

// cueClass is the class of an attribution.
type cueClass uint8

const (
	classSpeech cueClass = iota
	classAttitude
)

// cueWord is one row of cueWords.
type cueWord struct {
	class    cueClass
	strength float64
}

// lexicon maps a lower-case word form to its row; the flag sets below are
// read from the same table.
var (
	lexicon       = map[string]cueWord{}
	cueStrength   = map[string]float64{}
	clauseOnly    = map[string]bool{}
	tellVerbs     = map[string]bool{}
	adjacentCues  = map[string]bool{}
	raisingVerbs  = map[string]bool{}
	topicVerbs    = map[string]bool{}
	speechNouns   = map[string]bool{}
	nounLike      = map[string]bool{}
	objectVerbs   = map[string]bool{}
	evidential    = map[string]bool{}
	hearsay       = map[string]bool{}
	forecastVerbs = map[string]bool{}
)

func init() {
	if err := loadCueWords(cueWords); err != nil {
		panic(err)
	}
}

func loadCueWords(table string) error {
	flags := map[string]map[string]bool{"clause": clauseOnly, "tell": tellVerbs, "adjacent": adjacentCues,
		"raising": raisingVerbs, "topic": topicVerbs, "noun": speechNouns, "nounlike": nounLike,
		"object": objectVerbs, "evidential": evidential, "hearsay": hearsay, "forecast": forecastVerbs}
	for n, line := range strings.Split(table, "\n") {
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		if len(f) < 3 {
			return fmt.Errorf("cue words line %d: want word, class, strength", n)
		}
		w := f[0]
		if _, dup := lexicon[w]; dup {
			return fmt.Errorf("cue words line %d: %q repeated", n, w)
		}
		var e cueWord
		switch f[1] {
		case "speech":
		case "attitude":
			e.class = classAttitude
		default:
			return fmt.Errorf("cue words line %d: class %q", n, f[1])
		}
		s, err := strconv.ParseFloat(f[2], 64)
		if err != nil {
			return fmt.Errorf("cue words line %d: strength: %v", n, err)
		}
		e.strength = s
		lexicon[w] = e
		if s > 0 {
			cueStrength[w] = s
		}
		for _, fl := range f[3:] {
			m, ok := flags[fl]
			if !ok {
				return fmt.Errorf("cue words line %d: flag %q", n, fl)
			}
			m[w] = true
		}
	}
	return nil
}
