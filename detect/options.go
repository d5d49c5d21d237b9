package detect

import (
	"fmt"
	"strings"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/annot/tokens"
	"github.com/quotebench/quotebench/detect/syntax"
)

// Scope selects which attributions the detector suggests.
type Scope uint8

const (
	// ScopeSpeech suggests reported speech only: said, told, wrote,
	// according to, statements, quoted words. Users ask who said what.
	ScopeSpeech Scope = iota
	// ScopeAll adds attitudes: plans, expects, supports, calls for,
	// pledges to, believes. PolNeAR is annotated this way.
	ScopeAll
)

func (s Scope) String() string {
	if s == ScopeAll {
		return "all"
	}
	return "speech"
}

// Options configure a Detector. The zero value is the default: speech
// scope. A project setting maps onto these fields.
type Options struct {
	Scope Scope
	// KeepAll keeps every candidate the rules propose, scored but not
	// thresholded (for training and calibration; see cmd/attrtrain).
	KeepAll bool
	// Model replaces the embedded attribution model when not nil.
	Model *Model
}

// ParseScope reads a --scope value: "speech" or "all".
func ParseScope(s string) (Options, error) {
	switch s {
	case "", "speech":
		return Options{Scope: ScopeSpeech}, nil
	case "all":
		return Options{Scope: ScopeAll}, nil
	}
	return Options{}, fmt.Errorf("unknown scope %q (want speech or all)", s)
}

// ruleKind names the rule that proposed a cue; the scorer sees it as a
// feature and the scope sees it as a class.
type ruleKind uint8

const (
	ruleVerb      ruleKind = iota // a reporting verb with its speaker
	ruleAdjacent                  // a verb that only introduces a quote next to it ("he continued")
	ruleAccording                 // "according to X"
	ruleAsked                     // "Asked whether X, Smith said"
	ruleNoun                      // a noun of speech with a that-clause ("her claim that")
	ruleOpinion                   // "in his view"
	ruleTopic                     // a verb with a topic preposition ("talked about")
	ruleRaising                   // "is expected to", "plans to"
	ruleColon                     // a headline colon ("Senator Smith: vote will pass")
	ruleEmbedded                  // inside a direct quote's marks ("“A,” he said, “B”")
	ruleHearsay                   // an adverb of hearsay with no source ("X reportedly did Y")
)

var ruleNames = [...]string{"verb", "adjacent", "according", "asked", "noun", "opinion", "topic", "raising", "colon", "embedded", "hearsay"}

func (r ruleKind) String() string { return ruleNames[r] }

// classify marks the attitude cues: raising verbs ("plans to", "is expected
// to"), verbs of belief, support and finding, "calls for", the nouns
// "belief" and "view" before a that-clause. Everything else is speech,
// including "in her opinion" asides, which news reports as speech.
func (d *doc) classify(cues []cue) {
	for k := range cues {
		c := &cues[k]
		w := d.low[c.a]
		switch c.rule {
		case ruleRaising:
			c.attitude = true
		case ruleTopic:
			// "called for a review" is a demand; "focused on jobs" an
			// interest, no speech ("the report focused on …").
			c.attitude = d.low[c.a+1] == "for" && callForms[w] && !d.forecastCall(*c) ||
				strings.HasPrefix(w, "focus") || strings.HasPrefix(w, "point") && d.evidenceSubject(c)
		case ruleNoun:
			c.attitude = w == "belief" || w == "view"
		case ruleVerb, ruleAdjacent:
			c.finding = (findingVerbs[w] || showingVerb(w)) && (d.studySubject(c) || d.sourcedEvidence(c) || k > 0 && d.studyGoesOn(&cues[k-1], c)) && !d.doubtedSubject(c) ||
				findingVerbs[w] && d.benchSubject(c) && !d.doubtedSubject(c)
			if c.finding {
				if st := d.studyBefore(c); st.len() > 0 {
					c.subj = st // "It found that …": the study the sentence before opens with, and its author
				}
			}
			c.attitude = !c.finding && (lexicon[w].class == classAttitude && !(strings.HasPrefix(w, "show") && d.documentSubject(c)) ||
				d.callForOverTime(c) || showingVerb(w) && d.evidenceSubject(c) || strings.HasPrefix(w, "confirm") && d.testedSubject(c))
		}
	}
}

// forecastCall reports a forecast's "calls for", what it foretells
// ("Environment Canada's forecast calls for scattered thundershowers"),
// and a forecaster's call for weather.
func (d *doc) forecastCall(c cue) bool {
	if !callForms[d.low[c.a]] || c.subj.len() == 0 {
		return false
	}
	if forecastNouns[d.headNoun(c.subj)] {
		return true
	}
	// the weather a forecaster calls for: "Environment Canada is calling
	// for temperatures in the mid-30s" (not "The bylaw calls for snow on
	// sidewalks to be cleared")
	if !d.forecaster(c.subj) {
		return false
	}
	for j := c.end(); j < len(d.toks) && j < c.end()+8 && !d.isPunct(j); j++ {
		if n := j + 1; weatherWords[d.low[j]] && !(n < len(d.toks) && d.posAt(n).IsNoun() && !strings.HasSuffix(d.low[n], "ing") && !dayWords.has(d.low[n]) && !timeWords.has(d.low[n]) && !months.has(d.low[n])) {
			return true // (not "more snow plows"; but "snow beginning Tuesday", "snow Tuesday")
		}
		if d.amountOpener(j) || d.low[j] == "per" && j+1 < len(d.toks) && d.low[j+1] == "cent" {
			continue // "calling for about 10 to 15 centimetres", "as much as 20 centimetres", "a 40 per cent chance of rain"
		}
		if d.posAt(j).IsVerb() || prepositions.has(d.low[j]) && d.low[j] != "to" && !(d.low[j] == "of" && j > 0 && weatherOdds[d.low[j-1]]) {
			break // (not "a review of snow removal"; but "a mix of sun and cloud", "a chance of showers")
		}
	}
	return false
}

// amountOpener reports a word at j of an approximate amount before its
// number: "about 10", "up to 20", "as much as 20" (any of its words).
func (d *doc) amountOpener(j int) bool {
	for k := j + 1; k < len(d.toks) && k <= j+3; k++ {
		if d.toks[k].Kind == tokens.Number {
			switch w := d.low[j]; {
			case approx.has(w) && k == j+1, (w == "up" || w == "to") && k <= j+2:
				return true
			case w == "as" || w == "much" || w == "many":
				return k-2 >= 0 && d.low[k-1] == "as" && (d.low[k-2] == "much" || d.low[k-2] == "many")
			}
			return false
		}
	}
	return false
}

// forecaster reports a subject that forecasts the weather: a weather
// office ("Environment Canada", "the weather service") or its people
// ("forecasters", "meteorologists").
func (d *doc) forecaster(np rng) bool {
	for j := np.a; j < np.b; j++ {
		switch d.low[j] {
		case "weather", "forecasters", "forecaster", "meteorologists", "meteorologist", "environment":
			return true
		}
	}
	return false
}

// weatherOdds come before "of" and the weather a forecast gives: "a mix
// of sun and cloud", "a chance of showers", "a risk of thunderstorms".
var weatherOdds = wordSet(`mix chance risk possibility`)

// forecastNouns head a forecast's subject.
var forecastNouns = wordSet(`forecast forecasts outlook`)

// weatherWords are what a forecast calls for.
var weatherWords = wordSet(`rain snow snowfall showers thundershowers thunderstorms flurries drizzle sleet hail fog frost
	temperatures highs lows millimetres millimeters centimetres centimeters mm cm sunshine winds gusts sun cloud clouds
	humidex precipitation rainfall`)

// evidenceSubject reports a subject that shows rather than says: "the data
// revealed that …", "it points to weakness" (an attitude: the speech scope
// drops it, PolNeAR's scope all keeps it).
func (d *doc) evidenceSubject(c *cue) bool {
	if c.subj.len() == 0 || c.inverted {
		return false
	}
	return evidenceNouns.has(d.headNoun(c.subj)) || evidenceNouns.has(d.low[c.subj.b-1])
}

// testedSubject reports a subject that is the outcome of a test or a
// count, which confirms rather than says: "until laboratory results
// confirm the water is safe", "tests confirmed a bloom" (not "police
// confirmed", nor "it confirmed").
func (d *doc) testedSubject(c *cue) bool {
	if c.subj.len() == 0 || c.inverted {
		return false
	}
	h := d.headNoun(c.subj)
	return dataNouns[h] && h != "records" || testNouns[h] || h == "evidence" // (not "Court records confirm …": a written record states)
}

// testNouns name tests and what they take.
var testNouns = wordSet(`test tests testing sample samples analysis`)

// studyGoesOn reports a finding whose subject is "it" right after a
// study's finding in the sentence before or the same one: "The report
// found … . It also found …".
func (d *doc) studyGoesOn(prev, c *cue) bool {
	return prev.finding && findingVerbs[d.low[c.a]] && c.subj.len() == 1 && d.low[c.subj.a] == "it" && !c.inverted && d.sent[c.a]-d.sent[prev.a] <= 1
}

// sourcedEvidence reports evidence that names its source, a body's or a
// person's name after its first word: "Statistics Canada data show",
// "Figures from Environment Canada show" (what the source's figures show,
// it states; "the data show" and "the numbers for Ontario show" name no
// one).
func (d *doc) sourcedEvidence(c *cue) bool {
	if c.subj.len() == 0 || c.inverted || !dataNouns[d.headNoun(c.subj)] && !dataNouns[d.low[c.subj.b-1]] {
		return false
	}
	for i := c.subj.a + 1; i < c.subj.b; i++ {
		if d.capital(i) && (d.org[i] || d.person[i]) {
			return true // (a body or a person, not a place: "The numbers for Ontario show")
		}
	}
	return false
}

// dataNouns head the evidence that a source puts out.
var dataNouns = map[string]bool{"data": true, "figures": true, "numbers": true, "statistics": true, "results": true, "findings": true, "records": true, "estimates": true}

// documentSubject reports a subject that is a written record ("court
// documents show that …", "the filing shows"): what it shows, it states,
// unlike data or a poll.
func (d *doc) documentSubject(c *cue) bool {
	if c.subj.len() == 0 || c.inverted {
		return false
	}
	h := d.low[c.subj.b-1]
	if pluralNoun(h) {
		h = strings.TrimSuffix(h, "s")
	}
	return textNouns.has(h) && h != "study" && h != "survey" && h != "poll" && h != "report"
}

// findingVerbs report what a study, survey or review found, which it
// states as a document states: "A survey by the alliance found 31 per cent
// had received notices" (classify takes the showing verbs after one too:
// "A poll by X suggested 71 per cent …", "The study revealed that …").
var findingVerbs = map[string]bool{"found": true, "finds": true, "find": true}

// studySubject reports a subject headed by a study, a survey, a poll, a
// report, a review or an audit ("A recent survey by the Island Renters'
// Alliance of 412 tenants found …").
func (d *doc) studySubject(c *cue) bool {
	if c.subj.len() == 0 || c.inverted {
		return false
	}
	// The head of the phrase's first noun phrase, before a preposition or
	// a participle ("A poll released Monday", "A survey by the alliance").
	for i := c.subj.a; i < c.subj.b; i++ {
		if w := d.low[i]; prepositions.has(w) || i > c.subj.a && d.posAt(i) == syntax.VBN {
			break
		}
		if d.low[i] == "research" && (!findingVerbs[d.low[c.a]] || d.org[i]) {
			continue // research that shows or suggests stays evidence, and a firm's name is no study ("Cedarline Research")
		}
		if studyNoun(d.low[i]) && (i+1 == c.subj.b || !d.posAt(i+1).IsNoun() || evidenceNouns.has(d.low[i+1]) && (i+2 == c.subj.b || !d.posAt(i+2).IsNoun())) {
			return true // (also a study's evidence: "National survey data released last year found")
		}
	}
	// A study its owner's name holds before it, with a preposition in the
	// name: "The Federation of Library Associations' annual survey found".
	for i := c.subj.b - 2; i > c.subj.a && i >= c.subj.b-5 && studyNoun(d.low[c.subj.b-1]); i-- {
		if possessiveMark(d.low[i]) || d.posAt(i) == syntax.Possessive {
			// (a name owns it, from the phrase's first noun on: not "The
			// author of the county's report", "The head of Acme's review")
			h := c.subj.a
			for h+1 < i && !prepositions.has(d.low[h+1]) {
				h++
			}
			return d.capital(i-1) && d.capital(h)
		}
	}
	if d.studyBefore(c).len() > 0 {
		return true
	}
	// The agent of a participle after a study opening the sentence: "A
	// poll released in November by Tidewater Research found …".
	if s := d.sents[d.sent[c.subj.a]]; c.subj.a-1 > s.a && d.low[c.subj.a-1] == "by" {
		for i := s.a; i < c.subj.a-1 && i < s.a+4; i++ {
			if studyNoun(d.low[i]) {
				return (d.posAt(i+1) == syntax.VBN || d.posAt(i+1) == syntax.VBD) && !d.finiteVerb(i+2, c.subj.a) // (the tagger may read "tabled" as a tense)
			}
		}
	}
	return false
}

// studyBefore is the study that "It" opening its sentence (after "But",
// "And" or "However,") stands for when the sentence before opens with one: "The
// study, carried out last summer by …, measured arsenic in 412 children.
// ¶ It found that …" gives "The study"; else empty. Not "The study team
// visited …".
func (d *doc) studyBefore(c *cue) rng {
	if c.subj.len() != 1 || d.low[c.subj.a] != "it" || c.inverted || d.sent[c.subj.a] == 0 {
		return rng{}
	}
	s := d.sents[d.sent[c.subj.a]]
	switch a := c.subj.a; {
	case a == s.a:
	case a == s.a+1 && (d.low[s.a] == "but" || d.low[s.a] == "and"):
	case a == s.a+2 && d.low[s.a] == "however" && d.low[s.a+1] == ",":
	default:
		return rng{}
	}
	ps := d.sents[d.sent[c.subj.a]-1]
	for i := ps.a; i < ps.b && i < ps.a+3; i++ {
		if studyNoun(d.low[i]) {
			if i+1 < ps.b && !d.posAt(i+1).IsNoun() {
				return rng{ps.a, i + 1}
			}
			return rng{}
		}
	}
	return rng{}
}

// benchSubject reports a subject that rules: a court, a judge, a jury or
// an inquiry ("The majority found the search violated …", "Justice Jo Doe
// found that …"), whose finding is its ruling, stated.
func (d *doc) benchSubject(c *cue) bool {
	if c.subj.len() == 0 || c.inverted {
		return false
	}
	if benchNouns[d.low[c.subj.b-1]] {
		return true
	}
	w := d.low[c.subj.a]
	return (w == "justice" || w == "judge") && c.subj.len() > 1 && d.person[c.subj.a+1] // (not "Justice Minister Jo Doe")
}

// benchNouns head the subjects that rule.
var benchNouns = wordSet(`court courts judge justice justices majority dissent jury tribunal panel coroner arbitrator inquiry commission`)

// doubtedSubject reports a cue whose subject is denied or put in doubt: a
// question ("Did the study find that …?"), "whether" or "if" before it, or
// a subject opening with "no", "any", "neither" or "nor" ("No study has
// found that …", "Neither the audit nor the review found that …").
func (d *doc) doubtedSubject(c *cue) bool {
	s := d.sents[d.sent[c.a]]
	if e := s.b - 1; e >= s.a && (d.low[e] == "?" || isCloser(d.low[e]) && e-1 >= s.a && d.low[e-1] == "?") {
		return true
	}
	a := c.subj.a
	if a > s.a {
		switch d.low[a-1] {
		case "whether", "if", "nor", "neither", "not":
			return true
		}
	}
	switch d.low[a] {
	case "no", "any", "neither", "nor", "none":
		return true
	}
	return false
}

// studyNouns name studies, surveys, reviews and tests (in the singular).
var studyNouns = map[string]bool{"study": true, "survey": true, "poll": true, "report": true, "review": true, "audit": true, "analysis": true, "outlook": true,
	"test": true, "testing": true, "investigation": true, "inspection": true, "research": true, "evaluation": true, "assessment": true}

// investigationNouns are the studyNouns that name an inquiry or a test
// rather than a written study: "the report" is never one of them.
var investigationNouns = wordSet(`test testing investigation inspection`)

// studyNoun reports one of studyNouns or its plural ("polls",
// "studies", "analyses"; "analysis" itself, not "analysi" with its s cut
// off).
func studyNoun(w string) bool {
	switch {
	case studyNouns[w] || studyNouns[strings.TrimSuffix(w, "s")]:
		return true
	case strings.HasSuffix(w, "ies"):
		return studyNouns[strings.TrimSuffix(w, "ies")+"y"] // "studies"
	case strings.HasSuffix(w, "yses"):
		return studyNouns[strings.TrimSuffix(w, "yses")+"ysis"] // "analyses"
	}
	return false
}

// showingVerb reports a verb that evidence does ("the data suggests that",
// "the figures show", "the findings underscore").
func showingVerb(w string) bool {
	for _, p := range []string{"reveal", "suggest", "show", "indicat", "underscor"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// callForOverTime reports a call for something over a time adjunct:
// "called on Tuesday for a strike", "called Monday for talks" (an attitude,
// as "called for" is).
func (d *doc) callForOverTime(c *cue) bool {
	if !callForms[d.low[c.a]] {
		return false
	}
	k, n := c.b, len(d.toks)
	if k+1 < n && d.low[k] == "on" && dayWords.has(d.low[k+1]) {
		k += 2
	} else if k < n && dayWords.has(d.low[k]) {
		k++
	}
	return k > c.b && k < n && d.low[k] == "for"
}

// inScope drops the cues outside the detector's scope.
func (d *doc) inScope(cues []cue, s Scope) []cue {
	if s == ScopeAll {
		return cues
	}
	out := cues[:0]
	for _, c := range cues {
		// Hearsay names no one who spoke: nothing to suggest for "who
		// said what" (PolNeAR, scope all, counts it), and neither does
		// a reporter's question ("Asked whether X, Smith said …"): the
		// answer is the quote.
		if !c.attitude && c.rule != ruleHearsay && c.rule != ruleAsked || c.attitude && d.quotedAfter(&c) {
			out = append(out, c)
		}
	}
	return out
}

// callOn reports "called on X to …", a call, which is an attitude as
// "called for" is: "NDP MLA Colin Reid called on the province to publish
// closure data".
func (d *doc) callOn(c cue) bool {
	on := func(i int) bool { return i < len(d.toks) && (d.low[i] == "on" || d.low[i] == "upon") }
	return callForms[d.low[c.a]] && (on(c.a+1) || on(c.b)) // (the cue may hold "on")
}

// callForms are the forms of "call".
var callForms = wordSet(`call calls called calling`)

// quotedAfter reports a quotation right after an attitude cue ("called for
// “an end to the talks”"): words in quotation marks are someone's words, so
// the speech scope keeps the cue that names whose.
func (d *doc) quotedAfter(c *cue) bool {
	e := max(c.end(), c.objEnd)
	return e < len(d.toks) && d.quote[e] >= 0
}

// withoutTopics drops the quotes whose content is only the topic of a cue
// of speech ("talked about his new novel", "pointed to an interview"): what
// was spoken of, not what was said. The speech scope keeps a topic that
// quotes someone's words ("spoke of the “countless families”"), a
// question's content ("described how the consulate was looted") and a
// clause ("warned of the risk that talks would fail"), but not a call
// ("called on the factions to hold talks", an attitude as "called for"
// is).
func (d *doc) withoutTopics(qs []quote, spk []int, cues []cue) ([]quote, []int) {
	opens := map[int]bool{} // first tokens of topic cues: "…, Doe said, referring to X"
	for _, c := range cues {
		if c.topic {
			opens[c.a] = true
		}
	}
	out, outSpk := qs[:0], spk[:0]
	for i, q := range qs {
		topic := q.cue >= 0 && cues[q.cue].topic || opens[q.first()]
		if q.kind == annot.KindIndirect && topic && !d.quotesWords(q) && !whWords.has(d.low[q.first()]) && (!d.clauseIn(q) && !(q.cue >= 0 && pointForms[d.low[cues[q.cue].a]] && d.describedAs(q.first(), q.last()+1)) || d.callOn(cues[q.cue])) && !(q.cue >= 0 && (d.askedFor(cues[q.cue]) || d.warnedOf(cues[q.cue]) || d.forecastCall(cues[q.cue]))) {
			continue
		}
		out, outSpk = append(out, q), append(outSpk, spk[i])
	}
	return out, outSpk
}

// withoutAnonymityRequests drops, in the speech scope, the quotes whose
// verb asks that the speaker go unnamed (anonymityRequest).
func (d *doc) withoutAnonymityRequests(qs []quote, spk []int, cues []cue) ([]quote, []int) {
	out, outSpk := qs[:0], spk[:0]
	for i, q := range qs {
		if c := q.cue; c >= 0 && cues[c].rule == ruleVerb && d.anonymityRequest(cues[c].a, d.sents[d.sent[cues[c].a]]) {
			continue
		}
		out, outSpk = append(out, q), append(outSpk, spk[i])
	}
	return out, outSpk
}

// askedFor reports a request that the speech scope keeps as it keeps
// "said": "The Crown asked for a sentence of six years", "The family has
// asked for privacy". Not a request for the subject's own words ("asked
// for comment") nor one put to the subject ("When asked for comment, the
// ministry said").
func (d *doc) askedFor(c cue) bool {
	i := c.a
	if !askForms[d.low[i]] || i+2 >= len(d.low) || d.low[i+1] != "for" {
		return false
	}
	if prepositions.has(d.low[i+2]) || d.isPunct(i+2) {
		return false // "more than it asked for in the new contract": nothing asked for after it
	}
	s := d.sents[d.sent[i]]
	if np := d.rightNP(i+2, s.b); commentNouns[d.low[i+2]] || np.len() > 0 && commentNouns[d.headNoun(np)] {
		return false // "asked for a response", "asked for his reaction", "asked for further comment"
	}
	if i > s.a && (d.low[i-1] == "was" || d.low[i-1] == "were" || d.low[i-1] == "been" || d.low[i-1] == "being") {
		return false // "was asked for …": put to the subject
	}
	if d.low[i] == "ask" && i > s.a && relativePronouns[d.low[i-1]] {
		return false // "be wary of contractors who ask for large cash deposits": a habit, no one's request
	}
	return i > s.a && !subordinators.has(d.low[i-1]) && d.low[i-1] != ","
}

// warnedOf reports a warning of something ("warns of strong winds
// through Friday", "warned about scams"): the danger named is what was
// said, which the speech scope keeps as it keeps "said".
func (d *doc) warnedOf(c cue) bool {
	k := c.a + 2 // (not "the change the party warned about in its report": nothing after it)
	return strings.HasPrefix(d.low[c.a], "warn") && k < len(d.low) && (d.low[k-1] == "of" || d.low[k-1] == "about") && !prepositions.has(d.low[k]) && !d.isPunct(k) &&
		!isFinite(d.posAt(k)) && d.posAt(k) != syntax.MD && !d.objectGapBefore(c) // (not "the storm that forecasters had warned of arrived Tuesday")
}

// objectGapBefore reports a cue whose subject opens a relative clause on
// the noun before it ("the storm that forecasters had warned of"), whose
// preposition is stranded: its object is that noun.
func (d *doc) objectGapBefore(c cue) bool {
	a := c.subj.a
	return c.subj.len() > 0 && !c.inverted && a-2 >= 0 && (d.low[a-1] == "that" || d.low[a-1] == "which") && d.posAt(a-2).IsNoun() && !d.capital(a-2) && !dayWords.has(d.low[a-2]) &&
		!timeUnits[strings.TrimSuffix(d.low[a-2], "s")] // (not "heard on Monday that engineers warned of cracks", "learned this week that …")
}

var (
	askForms = wordSet(`ask asks asked asking`)
	// commentNouns are what a reporter asks someone for, their words
	// ("asked for comment"), which is no request of the one who asks;
	// factNouns too, when someone is asked for them ("asked the
	// ministry for the current number"; "parents asked for an update"
	// is a request).
	commentNouns = wordSet(`comment comments response responses reaction reactions interview interviews`)
	factNouns    = wordSet(`number numbers figure figures data information details update statement`)
)

// quotesWords reports a token in quotation marks among q's parts.
func (d *doc) quotesWords(q quote) bool {
	for _, p := range q.parts {
		if d.holdsQuote(p.a, p.b) {
			return true
		}
	}
	return false
}

// clauseIn reports a verb other than a participle among q's parts.
func (d *doc) clauseIn(q quote) bool {
	for _, p := range q.parts {
		if d.clauseVerbIn(p.a, p.b) {
			return true
		}
	}
	return false
}

// clauseVerbIn reports a finite verb, a modal or a bare infinitive among
// tokens [a, b): a clause, where a participle alone makes none.
func (d *doc) clauseVerbIn(a, b int) bool {
	for j := a; j < b; j++ {
		if p := d.posAt(j); isFinite(p) || p == syntax.VB {
			return true
		}
	}
	return false
}
