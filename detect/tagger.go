package detect

import (
	"strings"
	"unicode/utf8"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/annot/tokens"
	"github.com/quotebench/quotebench/detect/ner"
)

// nerTagger adapts the learned tagger of package ner.
type nerTagger struct{ t *ner.Tagger }

func (n nerTagger) names(text string, toks []tokens.Token, sents []rng) []nameSpan {
	ss := make([][2]int, len(sents))
	for i, s := range sents {
		ss[i] = [2]int{s.a, s.b}
	}
	ms := n.t.TagSentences(text, toks, ss)
	out := make([]nameSpan, 0, len(ms))
	for _, m := range ms {
		if m.Start < 0 || m.End > len(toks) || m.Start >= m.End {
			continue
		}
		out = append(out, nameSpan{a: m.Start, b: m.End, label: m.Label, conf: m.Confidence, gaz: m.Gaz})
	}
	return out
}

// withoutLabels drops the names that are a page's labels, "Q&A" (also
// from the edge of a name: "The Theresa Fudge Q&A") and a headline label
// before a colon ("Analysis:", "Watch:"), which the tagger may read as an
// organisation.
func (d *doc) withoutLabels(names []nameSpan) []nameSpan {
	out := names[:0]
	for _, n := range names {
		for n.b > n.a && d.low[n.b-1] == "q&a" {
			n.b-- // "The Theresa Fudge Q&A"
		}
		for n.b > n.a && d.low[n.a] == "q&a" {
			n.a++
		}
		if n.b == n.a || n.b == n.a+1 && headlineLabels.has(d.low[n.a]) && n.b < len(d.toks) && d.low[n.b] == ":" {
			continue
		}
		if n.label == annot.LabelOrg && d.menuLine(n.a) && d.menuWords(n) {
			continue // a site's menu or breadcrumb: "News", "Obituaries", "News / Local News / Business"
		}
		if n.label == annot.LabelOrg && n.b == n.a+1 && kindWord(d.low[n.a]) && d.toks[n.a].Gap >= tokens.Newline && n.b < len(d.toks) && (d.low[n.b] == "says" || d.low[n.b] == "say") {
			continue // a kind alone heading a section, "Association says …": a description, no name
		}
		out = append(out, n)
	}
	return out
}

// andDistrict joins a place, "and District" (or "and Area", "and
// Region") and the organisation after it into one organisation's name,
// which the tagger splits at "and": "The Hamilton and District Rental
// Housing Providers Association", "the Kamloops and District Labour
// Council".
func (d *doc) andDistrict(names []nameSpan) []nameSpan {
	for k := 0; k < len(names); k++ {
		n := names[k]
		if n.label != annot.LabelOrg {
			continue
		}
		p := n.a - 1 // "and" before the organisation's first word, or before "District"
		if p-1 >= 0 && districtWords[d.low[p]] && d.capital(p) {
			p--
		}
		if p-1 < 0 || d.low[p] != "and" || !districtWords[d.low[p+1]] || !d.capital(p+1) || !d.capital(p-1) || d.isPunct(p-1) || !kindWord(d.low[n.b-1]) || d.low[p+2] == "of" {
			continue // (not "Squamish and District of Kitimat", "Castlegar and Area J": places)
		}
		a := p - 1
		for a-1 >= 0 && d.capital(a-1) && !d.isPunct(a-1) && d.toks[a].Gap < tokens.Newline && p-a < 4 {
			a-- // "Prince George and District"
		}
		if d.sents[d.sent[a]].a == a && d.low[a] == "the" {
			a++ // ("The" opens the sentence: no part of the name)
		}
		joined := nameSpan{a: a, b: n.b, label: annot.LabelOrg, conf: n.conf}
		out := names[:0:0]
		for _, m := range names {
			if m.b <= a || m.a >= n.b {
				out = append(out, m)
			} else if m.a == n.a {
				out = append(out, joined)
			}
		}
		names = out
		k = -1 // (restart: the list changed)
	}
	return names
}

var districtWords = wordSet(`district area region`)

// andInName joins the capitalised words after "the" and before "and" to
// the organisation after "and" whose name ends with a kind of body, one
// name the tagger split at "and": "the Canadian Radio-television and
// Telecommunications Commission", "the Saskatchewan Health Quality and
// Safety Council". Not two bodies ("the union and Acme Corp.": the first
// part would end with a body's kind or have no "the" before it).
func (d *doc) andInName(names []nameSpan) []nameSpan {
	for k := 0; k < len(names); k++ {
		n := names[k]
		p := n.a - 1
		if n.label != annot.LabelOrg || p < 2 || d.low[p] != "and" || n.b-n.a > 2 || !kindWord(d.low[n.b-1]) || !d.capital(p-1) || kindWord(d.low[p-1]) || strings.HasSuffix(d.low[p-1], "s") {
			continue // (a longer name after "and" is one of its own: "the Edmonton Journal and Alberta Press Council")
		}
		a := p - 1
		for a-1 >= 0 && d.capital(a-1) && !d.isPunct(a-1) && d.toks[a].Gap < tokens.Newline && p-a < 5 {
			a--
		}
		if a == 0 || d.low[a-1] != "the" || d.capital(a-1) && d.sents[d.sent[a-1]].a != a-1 {
			continue
		}
		cross := false
		for j := a; j < p; j++ {
			if w := d.toks[j].Text(d.text); len(w) > 1 && strings.ToUpper(w) == w {
				cross = true // an acronym names a body of its own: "the FBI and Justice Department"
			}
		}
		for _, m := range names {
			if m.a < a && m.b > a || m.a < p && m.b > p || m.label == annot.LabelPerson && m.b > a && m.a < p {
				cross = true // a name that runs over the run's edge, or a person in it
			}
		}
		if cross {
			continue
		}
		joined := nameSpan{a: a, b: n.b, label: annot.LabelOrg, conf: n.conf}
		out := names[:0:0]
		for _, m := range names {
			if m.b <= a || m.a >= n.b {
				out = append(out, m)
			} else if m.a == n.a {
				out = append(out, joined)
			}
		}
		names = out
		k = -1 // (restart: the list changed)
	}
	return names
}

// shopNames joins a shop's kind read as a person's name ("Store" after
// "General", a title) to the capitalised words before it, one
// organisation: "The Winlaw General Store said on its Facebook page …".
func (d *doc) shopNames(names []nameSpan) []nameSpan {
	for k := 0; k < len(names); k++ {
		n := names[k]
		if n.b != n.a+1 || !shopNouns[d.low[n.a]] || !d.capital(n.a) || n.a == 0 || !d.capital(n.a-1) || d.isPunct(n.a-1) || d.toks[n.a].Gap >= tokens.Newline {
			continue
		}
		a := n.a - 1
		for a-1 >= 0 && d.capital(a-1) && !d.isPunct(a-1) && d.toks[a].Gap < tokens.Newline && n.a-a < 4 {
			a--
		}
		if d.low[a] == "the" {
			a++
		}
		if a == n.a-1 && personTitles[d.low[a]] {
			continue // "General" alone before it: no name to join
		}
		joined := nameSpan{a: a, b: n.b, label: annot.LabelOrg, conf: n.conf}
		out := names[:0:0]
		for _, m := range names {
			if m.b <= a || m.a >= n.b {
				out = append(out, m)
			} else if m.a == n.a {
				out = append(out, joined)
			}
		}
		names = out
		k = -1 // (restart: the list changed)
	}
	return names
}

// shopNouns name a small business's kind, the last word of its name.
var shopNouns = map[string]bool{"store": true, "shop": true, "market": true, "bakery": true, "pharmacy": true, "hardware": true,
	"cafe": true, "café": true, "restaurant": true, "diner": true, "grocery": true, "mercantile": true, "emporium": true, "garage": true}

// orgsKept gives a name the tagger reads as a place, and that no
// gazetteer holds as one, the organisation label it had earlier in the
// document: one name, one sense ("bought by Gestion immobilière Boréalis,
// a Laval-based company … Boréalis has filed applications").
func (d *doc) orgsKept(names []nameSpan) []nameSpan {
	orgs := map[string]bool{}
	for k, n := range names {
		key := strings.Join(d.low[n.a:n.b], " ")
		switch {
		case n.label == annot.LabelOrg:
			orgs[key] = true
		case (n.label == annot.LabelGPE || n.label == annot.LabelLoc) && !n.place() && orgs[key]:
			names[k].label = annot.LabelOrg
		}
	}
	return names
}

// kindWord reports a noun for a kind of organisation ("association",
// "union", "council"): alone, capitalised, it names none.
func kindWord(w string) bool {
	return w == "union" || anyOrgNouns.has(w) || orgKindNouns.has(w) || officialKinds.has(w) || farHeads.has(w)
}

// menuWords reports a name made only of the words of a site's sections
// ("News", "Arts & Life", "Obituaries"), not an organisation that stands
// on a line of its own ("Nova Scotia Power" in a contact block).
func (d *doc) menuWords(n nameSpan) bool {
	for k := n.a; k < n.b; k++ {
		if w := d.low[k]; !sectionWords[w] && w != "&" && w != "/" && w != "|" && w != "-" {
			return false
		}
	}
	return true
}

// sectionWords are the words of a news site's menus and section labels.
var sectionWords = wordSet(`news local sports sport opinion obituaries puzzles business life lifestyle arts culture
	entertainment weather classifieds e-edition edition podcasts podcast jobs tenders menu subscribe finance originals
	sitemap rss politics world health science technology tech travel food video videos photos home community
	contact search newsletters newsletter comments top stories latest live watch listen radio tv music mail
	investigates help account profile feedback`)

// menuLine reports that token i is on a line of a site's menu or
// breadcrumb: a line of words in title case and the separators "/", "|",
// "&", "-" only, that holds a separator (a breadcrumb, up to twelve
// tokens) or has at most five tokens and another such line right before
// or after it (a menu).
func (d *doc) menuLine(i int) bool {
	l, sep := d.lineAt(i)
	if l.len() == 0 || l.len() > 12 || !d.shortCapsLine(l) {
		return false
	}
	if sep {
		return true // "News / Local News / Business"
	}
	if l.len() > 5 {
		return false
	}
	if l.a > 0 {
		if p, _ := d.lineAt(l.a - 1); p.len() > 0 && p.len() <= 5 && d.shortCapsLine(p) {
			return true
		}
	}
	if l.b < len(d.toks) {
		if nx, _ := d.lineAt(l.b); nx.len() > 0 && nx.len() <= 5 && d.shortCapsLine(nx) {
			return true
		}
	}
	return false
}

// lineAt is the line token i is on (its tokens between line breaks), up
// to twelve tokens either side, and whether it holds a menu's separator.
func (d *doc) lineAt(i int) (rng, bool) {
	a, b := i, i+1
	for a > 0 && i-a < 12 && d.toks[a].Gap < tokens.Newline {
		a--
	}
	for b < len(d.toks) && b-i < 12 && d.toks[b].Gap < tokens.Newline {
		b++
	}
	if a > 0 && d.toks[a].Gap < tokens.Newline || b < len(d.toks) && d.toks[b].Gap < tokens.Newline {
		return rng{}, false // a longer line
	}
	sep := false
	for k := a; k < b; k++ {
		switch d.low[k] {
		case "/", "|":
			sep = true
		}
	}
	return rng{a, b}, sep
}

// shortCapsLine reports a line of words in title case (no function word,
// no word in capitals) and menu separators only.
func (d *doc) shortCapsLine(l rng) bool {
	for k := l.a; k < l.b; k++ {
		switch w := d.low[k]; {
		case w == "/" || w == "|" || w == "&" || w == "-":
		case d.toks[k].Kind == tokens.Word && d.capital(k) && (!allCaps(d.word(k)) || sectionWords[w]) && !prepositions.has(w) && !articles.has(w):
			// (in title case, or a section's word in capitals, "NEWS",
			// "SPORTS": not a table's or a sports schedule's line in
			// capitals, "CDU / CSU SPD FDP", "ST LOUIS AT COLORADO")
		default:
			return false
		}
	}
	return true
}

// defaultTagger returns the learned tagger of package ner, or the error
// that kept its embedded weights from loading: there is no fallback.
func defaultTagger() (tagger, error) {
	t, err := ner.Default()
	if err != nil {
		return nil, err
	}
	return nerTagger{t}, nil
}

// maskHeader blanks the "date YYYY-MM-DD Title" first line of an article:
// it is metadata, not text to annotate. Each of its characters becomes a
// space, so that code point offsets stay as they are.
func maskHeader(text string) string {
	line, _, _ := strings.Cut(text, "\n")
	if len(line) < 16 || !strings.HasPrefix(line, "date ") || !isISODate(line[5:15]) || line[15] != ' ' {
		return text
	}
	return strings.Repeat(" ", utf8.RuneCountInString(line)) + text[len(line):]
}
