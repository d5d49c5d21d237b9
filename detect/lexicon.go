package detect

import (
	"strings"

	"github.com/quotebench/quotebench/detect/namewords"
)

// The lexicons below are general English: reporting verbs in all their
// forms, pronouns, titles and role nouns. No names, outlets or phrases from
// any corpus. The reporting verbs were chosen by how often each word form is
// an attribution cue in PolNeAR train (the share of its occurrences that are
// cues), keeping forms that are cues most of the time.

// topicPreps are the prepositions of the topic verbs ("talked about").
var topicPreps = set(`about for on of to against over`)

// auxiliaries sit between a subject and its verb: "has said", "also told".
var auxiliaries = set(`has have had was were is are be been will would could can may might shall should
	did does do also later then previously recently reportedly repeatedly publicly once already
	again further still just often never not n't n’t first later earlier privately separately
	long frequently quickly simply flatly openly`)

// pronouns that can be speakers; the value is the gender/number class.
var pronouns = map[string]string{
	"he": "m", "she": "f", "they": "p", "we": "p", "i": "s", "it": "n",
	"him": "m", "her": "f", "his": "m", "its": "n", "their": "p", "them": "p",
}

// timeWords start time adjuncts after a cue: "said Friday".
var timeWords = set(`today yesterday tonight monday tuesday wednesday thursday friday saturday sunday
	last this earlier later recently previously`)

// preverbAdverbs are adverbs without -ly that stand between a subject and
// its verb: "Doe now says", "Doe even claimed".
var preverbAdverbs = set(`now even also still just already never again then once ever soon too later first`)

// dayWords name a day; periodWords a span of time after "last"/"this".
var (
	dayWords    = set(`today yesterday tonight monday tuesday wednesday thursday friday saturday sunday`)
	periodWords = set(`night week month year morning afternoon evening weekend`)
)

var months = set(`january february march april may june july august september october november december
	jan feb mar apr jun jul aug sep sept oct nov dec`)

// determiners open a noun phrase.
var determiners = set(`the a an this that these those another his her their its our my your some many
	several two three four five both each every other one no any most all such`)

// stops end a subject noun phrase when scanning left from a verb.
var stops = set(`that which who whom whose and or but because when while as if since than though although
	where whether so said says told after before until unless once about`)

// roleNouns head nominal descriptions of people: "the Russian president".
var roleNouns = set(`president leader head minister premier chancellor secretary spokesman spokeswoman
	spokesperson official officials chief director chairman chairwoman chair governor mayor senator
	lawmaker congressman congresswoman representative ambassador general commander prosecutor judge
	attorney lawyer adviser advisor aide aides manager executive ceo founder candidate nominee
	source sources analyst analysts expert experts economist researcher professor doctor officer
	councillor councilor member members king queen prince pope monarch diplomat envoy negotiator
	strategist pollster campaign campaigns administration government ministry police
	sheriff inspector coach captain player author activist organizer organiser witness resident residents
	owner worker workers teacher student students woman man people critics critic supporters supporter
	opponents opponent voters voter democrats republicans officers investigators authorities
	team staff company firm spokespeople representatives vice-president party group committee`)

// personTitles precede a personal name: "Mr. Smith", "President Doe"
// (package namewords holds the one list of titles).
var personTitles = namewords.Titles(namewords.Attribution)

// capStop are capitalised words that do not start names at a sentence start.
var capStop = set(`the a an this that these those but and or in on at for from with by as of to if
	when while after before he she it they we i you his her their its our my your there here
	what who why how where which mr mrs ms dr yet so also then still now today yesterday
	tomorrow monday tuesday wednesday thursday friday saturday sunday january february march
	april may june july august september october november december some many most all no not
	one two three four five six seven eight nine ten first last next every each both such
	according among despite during under over about against between since until although though
	because however meanwhile instead indeed even just only asked said says read subscribe
	dear thank thanks please let like can will would should could did do does is are was were
	be been has have had more less much other another new old`)

func set(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// maleNames and femaleNames are common given names whose bearers are
// mostly of one gender (package namewords holds the one list of given
// names). They let he/she agree with a name.
var (
	maleNames   = namewords.GivenNames(namewords.Male)
	femaleNames = namewords.GivenNames(namewords.Female)
)

// wideMale and wideFemale add the given names of a wider, less careful
// list (some names borne by both read as one gender there): they only keep
// he/she from a person whose given name is mostly the other gender's
// ("Jo Doe ... he said"), never choose one.
var (
	wideMale   = namewords.Gendered(namewords.Male)
	wideFemale = namewords.Gendered(namewords.Female)
)
