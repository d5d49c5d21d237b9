package detect

import (
	"strings"
	"unicode/utf8"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/annot/tokens"
	"github.com/quotebench/quotebench/detect/ner"
	"github.com/quotebench/quotebench/detect/syntax"
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
		out = append(out, nameSpan{a: m.Start, b: m.End, label: m.Label, conf: m.Confidence, gaz: m.Gaz, town: m.Town})
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

// joinNames makes one organisation's name of each name that start(n)
// extends back to an earlier token (start returns the new first token, or
// -1), dropping the names it swallows; a join over a titled person's full
// name ("Mayor Jo Brel") or over the edge of a name is refused. One pass: names are in text order, so the swallowed ones are
// the last ones kept.
func (d *doc) joinNames(names []nameSpan, start func(n nameSpan) int) []nameSpan {
	out := make([]nameSpan, 0, len(names))
	for _, n := range names {
		a := start(n)
		if a < 0 {
			out = append(out, n)
			continue
		}
		k := len(out)
		for k > 0 && out[k-1].b > a {
			k--
		}
		person := false
		for _, m := range out[k:] {
			titled := m.a > 0 && personTitles[d.low[m.a-1]] && m.b-m.a >= 2                  // ("Mayor Jo Brel"; not "Prince George")
			person = person || m.label == annot.LabelPerson && titled && m.a >= a || m.a < a // (or a name running over the join's start; a town read as a person, with no title, is none)
		}
		if person {
			out = append(out, n) // "Mayor Jo Brel and District Council members": two names
			continue
		}
		out = append(out[:k], nameSpan{a: a, b: n.b, label: annot.LabelOrg, conf: n.conf})
	}
	return out
}

// orgKindTail joins to an organisation's name the capitalised words
// after it, up to two, that end with a kind of body, which the tagger
// left out ("the Canadian Interagency Forest Fire Centre" tagged only to
// "Forest" in an article about fires); not on a title-case line, nor into
// the next name. A name cut at a number's sign takes the number ("Grand
// Council Treaty #3").
func (d *doc) orgKindTail(names []nameSpan) []nameSpan {
	for k, n := range names {
		if b := n.b; n.label == annot.LabelOrg && b < len(d.low) && d.toks[b].Kind == tokens.Number && d.toks[b].Gap == tokens.NoSpace && d.low[b-1] == "#" &&
			!(k+1 < len(names) && names[k+1].a <= b) {
			names[k].b = b + 1 // a numbered name the tagger cut at its sign: "Grand Council Treaty #3"
			continue
		}
		if n.label != annot.LabelOrg || n.b-n.a < 2 || d.titleCase(d.sents[d.sent[n.a]]) {
			continue
		}
		for j := n.b; j < len(d.low) && j < n.b+2 && d.capital(j) && !d.isPunct(j) && d.toks[j].Gap < tokens.Newline && d.sent[j] == d.sent[n.a]; j++ {
			if k+1 < len(names) && names[k+1].a <= j {
				break
			}
			if kindWord(d.low[j]) && d.posAt(j).IsNoun() && !(j+1 < len(d.low) && d.capital(j+1) && !d.isPunct(j+1)) {
				names[k].b = j + 1 // (not before a title or a name: "… Police Chief Jo Doe said")
				break
			}
		}
	}
	return names
}

// givenNameJoined joins a given name the tagger left out to the surname
// after it read as a person ("“…,” Cody Wiebe said with a grin", where
// only "Wiebe" was tagged, and so went to his brother Nolan Wiebe): a
// capitalised word on the same line, outside any name, not opening its
// sentence or line, tagged as a proper noun outside a title-case line,
// that the lists of given names hold and no cue word, month, day, title,
// role or noun for a person ("Elder") is.
func (d *doc) givenNameJoined(names []nameSpan) []nameSpan {
	for k, n := range names {
		p := n.a - 1
		if n.label != annot.LabelPerson || n.b-n.a != 1 || p < 0 || k > 0 && names[k-1].b > p || !d.capital(p) || d.isPunct(p) || d.toks[n.a].Gap >= tokens.Newline {
			continue
		}
		w := foldAccents(d.low[p])
		_, cueWord := lexicon[d.low[p]]
		if (maleNames[w] || femaleNames[w] || wideMale[w] || wideFemale[w]) && !cueWord && !months.has(d.low[p]) && !dayWords.has(d.low[p]) && !personTitles[d.low[p]] && !roleNouns.has(d.low[p]) && !personNouns.has(d.low[p]) &&
			d.sents[d.sent[p]].a != p && d.toks[p].Gap < tokens.Newline && d.posAt(p) == syntax.NNP && !d.titleCase(d.sents[d.sent[p]]) {
			names[k].a = p // (not "Said Doe", nor "Young Doe supporters" opening a line)
		}
	}
	return names
}

// capitalRunBefore is the first token of the run of capitalised words on
// one line ending at token e, at most four, without a "the" before them.
func (d *doc) capitalRunBefore(e int) int {
	a := e
	for a-1 >= 0 && d.capital(a-1) && !d.isPunct(a-1) && d.toks[a].Gap < tokens.Newline && e-a < 3 {
		a--
	}
	if d.low[a] == "the" {
		a++ // ("The" opening the sentence: no part of the name)
	}
	return a
}

// andDistrict joins a place, "and District" (or "and Area", "and
// Region") and the organisation after it into one organisation's name,
// which the tagger splits at "and": "The Hamilton and District Rental
// Housing Providers Association", "the Kamloops and District Labour
// Council"; not places ("Castlegar and Area J", "Squamish and District of
// Kitimat").
func (d *doc) andDistrict(names []nameSpan) []nameSpan {
	return d.joinNames(names, func(n nameSpan) int {
		p := n.a - 1 // "and" before the organisation's first word, or before "District"
		if p-1 >= 0 && districtWords[d.low[p]] && d.capital(p) {
			p--
		}
		if n.label != annot.LabelOrg || p-1 < 0 || p+2 >= len(d.low) || d.low[p] != "and" || !districtWords[d.low[p+1]] || !d.capital(p+1) || !d.capital(p-1) || d.isPunct(p-1) || !d.kindIn(n) || d.low[p+2] == "of" {
			return -1
		}
		return d.capitalRunBefore(p - 1)
	})
}

var districtWords = wordSet(`district area region`)

// kindIn reports a kind of body among the words of name n ("Labour Council",
// "Chamber of Commerce").
func (d *doc) kindIn(n nameSpan) bool {
	for i := n.a; i < n.b; i++ {
		if kindWord(d.low[i]) || d.low[i] == "chamber" {
			return true
		}
	}
	return false
}

// andInName joins the capitalised words after "the" and before "and" to
// the organisation of two words after "and" whose name ends with a kind of
// body, one name the tagger split at "and": "the Canadian Radio-television
// and Telecommunications Commission", "the Saskatchewan Health Quality and
// Safety Council". Not two bodies: the first part ending with a body's
// kind or a plural, holding an acronym ("the FBI and Justice Department"),
// or with no "the" before it ("Unifor and the Canadian Labour Congress");
// the name after "and" longer ("the Edmonton Journal and Alberta Press
// Council").
func (d *doc) andInName(names []nameSpan) []nameSpan {
	return d.joinNames(names, func(n nameSpan) int {
		p := n.a - 1
		if n.label != annot.LabelOrg || p < 2 || d.low[p] != "and" || n.b-n.a > 2 || !kindWord(d.low[n.b-1]) || !d.capital(p-1) || kindWord(d.low[p-1]) || strings.HasSuffix(d.low[p-1], "s") {
			return -1
		}
		a := d.capitalRunBefore(p - 1)
		if a == 0 || d.low[a-1] != "the" {
			return -1
		}
		for j := a; j < p; j++ {
			if w := d.toks[j].Text(d.text); len(w) > 1 && strings.ToUpper(w) == w {
				return -1 // an acronym names a body of its own
			}
		}
		return a
	})
}

// shopNames joins a shop's kind read as a name of its own ("Store" after
// "General", a title) to the capitalised words before it, one
// organisation: "The Winlaw General Store said on its Facebook page …".
func (d *doc) shopNames(names []nameSpan) []nameSpan {
	return d.joinNames(names, func(n nameSpan) int {
		if n.b != n.a+1 || !shopNouns[d.low[n.a]] || !d.capital(n.a) || n.a == 0 || !d.capital(n.a-1) || d.isPunct(n.a-1) || d.toks[n.a].Gap >= tokens.Newline {
			return -1
		}
		a := d.capitalRunBefore(n.a - 1)
		if a == n.a-1 && personTitles[d.low[a]] {
			return -1 // "General" alone before it: no name to join
		}
		return a
	})
}

// shopNouns name a small business's kind, the last word of its name.
var shopNouns = map[string]bool{"store": true, "shop": true, "market": true, "bakery": true, "pharmacy": true, "hardware": true,
	"cafe": true, "café": true, "restaurant": true, "diner": true, "grocery": true, "mercantile": true, "emporium": true, "garage": true}

// orgsKept gives a name the tagger reads as a place, and that no
// gazetteer holds as one, the organisation label it had earlier in the
// document: one name, one sense ("bought by Gestion immobilière Boréalis,
// a Laval-based company … Boréalis has filed applications"); and so a
// word read alone as a person that opened an organisation's name "X of
// …" before, when no person's full name holds it ("the Charter of Rights
// and Freedoms … The Charter").
func (d *doc) orgsKept(names []nameSpan) []nameSpan {
	orgs := map[string]bool{}
	heads := map[string]bool{} // first words of organisations' names of three words or more
	personWords := map[string]bool{}
	for _, n := range names {
		if n.label == annot.LabelPerson && n.b-n.a > 1 {
			for i := n.a; i < n.b; i++ {
				personWords[d.low[i]] = true
			}
		}
	}
	for k, n := range names {
		key := strings.Join(d.low[n.a:n.b], " ")
		switch {
		case n.label == annot.LabelOrg:
			orgs[key] = true
			if n.b-n.a >= 3 && d.low[n.a+1] == "of" {
				heads[d.low[n.a]] = true
			}
		case (n.label == annot.LabelGPE || n.label == annot.LabelLoc) && !n.place() && orgs[key]:
			names[k].label = annot.LabelOrg
		case n.label == annot.LabelPerson && n.b-n.a == 1 && heads[key] && !personWords[key]:
			names[k].label = annot.LabelOrg // "the Charter of Rights and Freedoms … The Charter, she added, …": the Charter, no person
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
