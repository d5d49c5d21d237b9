package ner

import (
	"strings"

	"github.com/quotebench/quotebench/annot"
)

// shortCompanies relabels as ORG a person of one word, below placeOverrule,
// that is the first word of a company the document names with its legal
// suffix ("Bluewater" after "Bluewater Olefins Ltd."): a company's short
// name, which the tagger reads as a surname; not a given name, nor a word
// of a person's longer name in the document.
func shortCompanies(p *prepDoc, out []Mention) {
	var firsts map[string]bool
	for _, m := range out {
		if m.Label == annot.LabelOrg && m.End-m.Start >= 2 && (legalSuffix[p.words[m.End-1]] || inLower(companyEnds, p.words[m.End-1])) {
			if firsts == nil {
				firsts = map[string]bool{}
			}
			firsts[strings.ToLower(p.words[m.Start])] = true
		}
	}
	if firsts == nil {
		return
	}
	for _, m := range out {
		if m.Label == annot.LabelPerson && m.End-m.Start >= 2 {
			for i := m.Start; i < m.End; i++ {
				delete(firsts, strings.ToLower(p.words[i]))
			}
		}
	}
	for k := range out {
		m := &out[k]
		if w := p.words[m.Start]; m.Label == annot.LabelPerson && m.End-m.Start == 1 && m.Confidence < placeOverrule && firsts[strings.ToLower(w)] && !givenName(w) {
			m.Label = annot.LabelOrg
		}
	}
}

// companyEnds end companies' names: "Ltd", "Inc", "Corp", "Holdings".
var companyEnds = map[string]bool{"ltd": true, "ltd.": true, "inc": true, "inc.": true, "corp": true, "corp.": true,
	"co.": true, "holdings": true, "limited": true, "incorporated": true, "corporation": true}
