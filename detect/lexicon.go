package detect

import (
	"fmt"
	"strings"

	"github.com/quotebench/quotebench/detect/namewords"
	"github.com/quotebench/quotebench/detect/ner"
)

// The lexicons below are general English: reporting verbs in all their
// forms, pronouns, titles and role nouns. No names, outlets or phrases from
// any corpus. The reporting verbs were chosen by how often each word form is
// an attribution cue in PolNeAR train (the share of its occurrences that are
// cues), keeping forms that are cues most of the time.

// wordClass is a set of closed word classes: prepositions, determiners,
// role nouns and the like. lexicon is the one table of them: a word has one
// entry, the union of the classes whose lists in classWords hold it, so a
// word listed under two classes is in both and no list overrides another.
// c.has(w) reports whether w is in any class of c. (The cue words have
// their own table, cueWords, with a class and a strength per word.)
type wordClass uint64

const (
	topicPreps wordClass = 1 << iota
	auxiliaries
	timeWords
	preverbAdverbs
	dayWords
	periodWords
	months
	determiners
	stops
	roleNouns
	capStop
	prepositions
	subjPronouns
	objectPronouns
	issuingVerbs
	farHeads
	placePreps
	articles
	headlineLabels
	refusals
	morePrepositions
	floating
	timeNouns
	notAppositive
	postHead
	quantityNouns
	irregularPlurals
	officeNouns
	newcomerNouns
	docNouns
	companyNouns
	companySuffixes
	anyOrgNouns
	personNouns
	relationNouns
	groupNouns
	sayForms
	approx
	subordinators
	coordinators
	whWords
	indefinite
	quantifierSubjects
	partitives
	utteranceNouns
	orgKindNouns
	officialKinds
	sourceNouns
	sentenceAdverbs
	textNouns
	verbOnly
	workNouns
	creditLabels
	evidenceNouns
	hedgeAdjectives
	negators
	sourceParticiples
	dayParts
	originHeads
	seatNouns
	kinNouns
	mediumNouns
	personalGroups
	laypeople
	numWordClasses = iota
)

func (c wordClass) has(w string) bool { return wordClasses[w]&c != 0 }

var wordClasses = buildLexicon(classWords[:])

type classList struct {
	class wordClass
	words string
}

// buildLexicon joins the class lists into one table; it refuses a class
// listed twice or a list of more than one class, and a class missing (its
// slot in the fixed-size array left empty, class zero).
func buildLexicon(lists []classList) map[string]wordClass {
	m := map[string]wordClass{}
	var seen wordClass
	for _, l := range lists {
		if l.class == 0 || l.class&(l.class-1) != 0 || seen&l.class != 0 {
			panic(fmt.Sprintf("detect: word class %b missing, listed twice or joined", l.class))
		}
		seen |= l.class
		for _, w := range strings.Fields(l.words) {
			m[w] |= l.class
		}
	}
	return m
}

// classWords lists the words of each class.
var classWords = [numWordClasses]classList{
	// topicPreps are the prepositions of the topic verbs ("talked about").
	{topicPreps, `about for on of to against over`},
	// auxiliaries sit between a subject and its verb: "has said", "also told".
	{auxiliaries, `has have had was were is are be been will would could can may might shall should must did does do also
		later then previously recently reportedly repeatedly publicly once already again further still just
		often never not n't n’t first later earlier privately separately long frequently quickly simply
		flatly openly`},
	// timeWords start time adjuncts after a cue: "said Friday".
	{timeWords, `today yesterday tonight monday tuesday wednesday thursday friday saturday sunday last this earlier
		later recently previously`},
	// preverbAdverbs are adverbs without -ly that stand between a subject and
	// its verb: "Doe now says", "Doe even claimed".
	{preverbAdverbs, `now even also still just already never again then once ever soon too later first always
		sometimes twice thrice seldom nevertheless nonetheless however therefore thus instead meanwhile`},
	// dayWords name a day; periodWords a span of time after "last"/"this".
	{dayWords, `today yesterday tonight monday tuesday wednesday thursday friday saturday sunday`},
	{periodWords, `night week month year morning afternoon evening weekend`},
	{months, `january february march april may june july august september october november december jan feb mar
		apr jun jul aug sep sept oct nov dec`},
	// determiners open a noun phrase.
	{determiners, `the a an this that these those another his her their its our my your some many several two three
		four five both each every other one no any most all such`},
	// stops end a subject noun phrase when scanning left from a verb.
	{stops, `that which who whom whose and or but because when while as if since than though although where
		whether so said says told after before until unless once about`},
	// roleNouns head nominal descriptions of people: "the Russian president".
	{roleNouns, `president leader head minister premier chancellor secretary spokesman spokeswoman spokesperson warden reeve
		official officials chief director chairman chairwoman chair governor mayor senator lawmaker
		congressman congresswoman representative ambassador general commander prosecutor judge attorney
		lawyer adviser advisor aide aides manager executive ceo founder candidate nominee source sources mp mpp mla mna mha
		analyst analysts expert experts economist researcher professor doctor officer councillor councilor
		member members king queen prince pope monarch diplomat envoy negotiator strategist pollster
		campaign campaigns administration government ministry police sheriff inspector coach captain player
		author co-author coauthor activist organizer organiser witness resident residents owner worker workers teacher student
		students woman man people critics critic supporters supporter opponents opponent voters voter
		democrats republicans officers investigators authorities team staff company firm spokespeople
		representatives vice-president party group committee trader traders dealer dealers broker brokers banker
		bankers researchers scientists planners executives engineers physicians nurses doctors lawyers
		prosecutors judges advisers advisors leaders ministers diplomats economists strategists pollsters
		negotiators commanders managers directors professors organizers organisers activists superintendent commissioner trustee`},
	// capStop are capitalised words that do not start names at a sentence start.
	{capStop, `the a an this that these those but and or in on at for from with by as of to if when while after
		before he she it they we i you his her their its our my your there here what who why how where
		which mr mrs ms dr yet so also then still now today yesterday tomorrow monday tuesday wednesday
		thursday friday saturday sunday january february march april may june july august september october
		november december some many most all no not one two three four five six seven eight nine ten first
		last next every each both such according among despite during under over about against between
		since until although though because however meanwhile instead indeed even just only asked said says
		read subscribe dear thank thanks please let like can will would should could did do does is are was
		were be been has have had more less much other another new old`},
	{prepositions, `in on at during to from while after before as when with for by about over via into through since
		until without within outside inside near amid among against like of`},
	{subjPronouns, `he she they we i it you who`},
	// objectPronouns are only ever objects: the one spoken to, not the speaker.
	{objectPronouns, `him her them us me`},
	// issuingVerbs make the speaker's own the noun of speech after them ("had
	// posted comments about", "renewed calls for"), unlike verbs of
	// receiving ("faced calls for", "welcomed calls for").
	// farHeads head descriptions of an institution that name the one whose
	// name holds the word even paragraphs later ("the department" for the
	// Department of Transportation, "the alliance" for the Upper Saugeen
	// Health Alliance); "the union", "the party", "the government" and
	// "police" are too often another ("Police said" in New York after the
	// Metropolitan Police in London).
	// placePreps open a place or an affiliation set off after a name ("Jo Doe,
	// 24, from Springfield, who said").
	{placePreps, `from of in at`},
	{farHeads, `department ministry agency office bureau commission court authority alliance society association coalition federation foundation institute
		service district assembly`},
	{issuingVerbs, `made posted issued offered gave delivered published wrote sent released renewed repeated voiced expressed added`},
	// articles and possessives before a past form make it an adjective ("an
	// emailed statement", "his prepared remarks"), unlike quantifiers ("many
	// said").
	{articles, `a an the his her their its our my your these those`},
	// headlineLabels are the words that label a headline before a colon
	// ("Breaking:", "Watch:"), no one speaking.
	{headlineLabels, `breaking revealed bombshell wow look watch report exclusive update updated video photos photo
		listen read opinion analysis editorial just confirmed developing alert new shocking q&a`},
	// refusals before "to" leave a verb of speech unsaid: "declined to say".
	{refusals, `declined declines declining refused refuses refusing decline refuse`},
	// morePrepositions are prepositions the scans for adjuncts do not step
	// over; their object is no speaker either.
	{morePrepositions, `under behind beyond despite across toward towards upon throughout beside besides per beneath above
		below alongside including excluding`},
	// floating quantifiers follow the phrase they quantify ("they both said").
	{floating, `both all each`},
	// timeNouns end temporal phrases: "for years", "in recent weeks".
	{timeNouns, `years months weeks days decades hours minutes times moment past`},
	// notAppositive are nouns before a name that do not rename it.
	{notAppositive, `day week month year time night morning evening afternoon way moment reason place case`},
	// postHead words end a description's head: prepositions, relative words
	// and the participles that open a modifier.
	{postHead, `of in for with at from on to by about over under who whom whose that which involved familiar close
		based working`},
	// quantityNouns head descriptions of a part of a group ("74 percent of
	// voters", "a majority of members"): as plural as the group.
	{quantityNouns, `percent per-cent majority majorities minority half most share number third quarter plurality bulk
		dozens hundreds thousands`},
	// irregularPlurals are plural nouns that no -s ends.
	{irregularPlurals, `people men women chairmen spokesmen congressmen businessmen children folks police`},
	// newcomerNouns head descriptions that usually bring in someone other
	// than the person the text is about ("Doe resigned. The spokesman said"),
	// so they do not take the subject of the sentence before.
	// officeNouns name an office: "the mayor" is whoever holds it, named with
	// the title (above), not whoever the sentence before was about ("Jo Doe
	// watched the water rise. The mayor said …").
	{officeNouns, `president minister premier chancellor secretary governor mayor senator lawmaker congressman
		congresswoman ambassador general commander prosecutor judge chief director chairman chairwoman
		chair ceo sheriff councillor councilor commissioner superintendent principal coach`},
	{newcomerNouns, `spokesman spokeswoman spokesperson witness source official aide adviser advisor analyst expert
		officer resident worker student teacher voter supporter critic opponent member representative
		lawyer attorney doctor man woman`},
	// docNouns head descriptions of a text that speaks for whoever issued it.
	{docNouns, `statement release post`},
	// companyNouns head descriptions of a business: they prefer an
	// organisation whose name ends like a company's (companySuffixes).
	{companyNouns, `company firm corporation`},
	// companySuffixes end the names of businesses: "Acme Corp.", "Acme Group".
	{companySuffixes, `corp corp. corporation inc inc. incorporated ltd ltd. limited co co. llc l.l.c. plc group holdings nv n.v. gmbh bhd oy`},
	// anyOrgNouns head descriptions that any organisation named just before
	// may take ("the company said"); the other group nouns ("the government",
	// "the police") need the word in its name.
	{anyOrgNouns, `company firm agency corporation business group organization organisation club`},
	// personNouns head descriptions of a person that no title names ("the
	// businessman"); like role nouns they stand for the person who spoke
	// last nearby. Nouns that usually introduce someone new and unnamed
	// ("the driver", "a witness", "the victim") are not among them.
	{personNouns, `businessman businesswoman billionaire millionaire actor actress singer star legend novelist writer
		entrepreneur elder`},
	// relationNouns head descriptions of a person by their tie to another
	// ("a Doe ally", "one Doe confidant"): the name before them only
	// modifies them, and they stand for no one named.
	{relationNouns, `ally allies friend friends confidant confidants confidante associate associates loyalist loyalists
		surrogate surrogates backer backers donor donors colleague colleagues staffer staffers`},
	// groupNouns head descriptions of organisations and groups ("the
	// company"): they never stand for the last person who spoke.
	{groupNouns, `company firm team party government administration ministry police campaign committee group staff
		union council board agency department court office league club corporation business organization
		organisation crowd audience delegation jury panel caucus authority service district assembly`},
	// sayForms are the forms of "say".
	{sayForms, `say says said saying`},
	// approx are the adverbs of quantity before a number: "around 300 jobs".
	{approx, `around about nearly almost roughly approximately some over just`},
	// subordinators open an adverbial clause after an object: "added a goal as
	// the side won".
	{subordinators, `as while when after before because since until if though although whereas once unless`},
	// coordinators join two verb phrases of one subject: "added a goal and had
	// two assists".
	{coordinators, `and but or`},
	// whWords open questions and free relatives.
	{whWords, `how what why whether where who which when`},
	// indefinite determiners introduce someone not named before ("An
	// official said", capitalised at a sentence's start, is no one known).
	{indefinite, `a an another one some several many two three four five most any no each every other others both all`},
	// quantifierSubjects stand alone for people as a subject ("Some say …").
	{quantifierSubjects, `some many most several others few both all`},
	// partitives take a phrase after "of" ("one of the officials").
	{partitives, `one two three four five some many most several both each all any none`},
	// utteranceNouns name what someone said ("her reply", "his words").
	{utteranceNouns, `response reply answer message statement words retort comment comments remark remarks explanation
		verdict`},
	// orgKindNouns head descriptions of an organisation by its kind ("the
	// newspaper", "the airline"), like anyOrgNouns; unlike groupNouns they
	// do not make a subject able to speak when quotes are found.
	{orgKindNouns, `newspaper paper daily magazine broadcaster network radio television station airline carrier bank
		insurer retailer association institute foundation federation commission coalition alliance society
		grocer automaker carmaker lender miner brewer railway utility manufacturer regulator watchdog chain
		college university hospital centre center division co-operative cooperative co-op collective cégep port airport library`},
	// officialKinds head the names of public bodies ("Department of Health").
	{officialKinds, `department ministry court council committee party police government administration office
		league board agency district county municipality`},
	// sourceNouns head descriptions of news organisations, which are mostly
	// the source of what a text reports.
	{sourceNouns, `newspaper paper daily magazine agency broadcaster network`},
	// textNouns head descriptions of a text that "it" goes on with as a
	// speaker ("The report said X. It said Y").
	{textNouns, `report email e-mail letter memo document affidavit post website ad advertisement sign
		filing complaint lawsuit study survey poll record`},
	// sentenceAdverbs open a sentence before its subject and a comma ("Back
	// in May, …", "Nonetheless, …"); the tagger often reads them as nouns.
	{sentenceAdverbs, `back here there nonetheless nevertheless therefore meanwhile however still instead moreover
		indeed later earlier now separately elsewhere overall afterward afterwards absent again too`},
	// verbOnly are forms of topic verbs that are never nouns, whatever the
	// tagger reads: "Residents near the plant complain of a smell".
	{verbOnly, `complain complains argue argues testify testifies respond responds refer refers speak speaks warn warns`},
	// workNouns name a work whose title may follow in quotation marks
	// ("the song “…”", "a draft of “…”"): a title, no one's words.
	{workNouns, `song songs film films movie movies book books novel novels album albums play plays poem poems
		documentary series show program programme episode podcast single track hymn anthem opera musical
		painting draft drafts recording project essay article column exhibition slogan motto`},
	// creditLabels label a source, credit or caption line, or a field of a
	// summary, before a colon ("Source: …", "Photo: …", "COMMENT: …"): a
	// label, not a speaker, in both scopes.
	{creditLabels, `source sources photo photos photograph photographs credit credits caption graphic graphics chart
		map file illustration comment comments note notes update view correction corrections clarification`},
	// evidenceNouns head subjects that show or indicate but say nothing
	// ("the data revealed that …", "the drop points to weakness"); a
	// poll's, a survey's or a study's own finding is reported as what a
	// document states (studySubject).
	{evidenceNouns, `it this that which these data figures numbers evidence results findings drop rise increase decline fall
		growth gain loss slowdown trend draw ceremony autopsy footage poll polls survey surveys study studies research`},
	// hedgeAdjectives come before "to say" in the writer's hedges, where
	// no one is reported ("it is safe to say", "too early to say").
	{hedgeAdjectives, `safe fair hard difficult impossible early soon premature accurate unfair needless possible
		easy`},
	// negators deny or restrict what follows; a sentence opening with one
	// before an aside keeps it in what was said ("Not once, he said, did …").
	{negators, `not never only rarely seldom hardly nowhere no absolutely`},
	// sourceParticiples open a sentence naming whose words follow
	// ("Quoting Doe, the mayor spoke of “…”").
	{sourceParticiples, `quoting citing echoing paraphrasing reading`},
	// dayParts follow a day in a time adjunct: "Thursday night".
	{dayParts, `morning afternoon evening night`},
	// originHeads, like an age ("the 18-year-old"), head descriptions of a
	// person by where they come from: "a resident of Gatineau, Que.", "the
	// native of Prince Albert" (the place is no speaker, even when the
	// entity tagger reads it as a person's name).
	{originHeads, `resident residents native natives`},
	// seatNouns name a member of a legislature, whatever other role the
	// member has (a minister, a critic, a whip): "the veteran MP" may be
	// the critic named before.
	{seatNouns, `mp mpp mla mna mha`},
	// mediumNouns are where words are posted: "wrote on social media that
	// …" says where, and the clause after "that" is what was written.
	{mediumNouns, `media blog website site page account feed platform channel podcast newsletter`},
	// personalGroups are groups a name before them leads rather than names:
	// "the Trump campaign", "the Obama administration".
	{personalGroups, `campaign campaigns administration government team staff`},
	// kinNouns describe a person by kinship ("her son", "his widow"): they
	// stand for a person introduced by the same noun ("her son, Dr.
	// Jo Doe,"), never for whoever spoke last.
	{kinNouns, `son daughter wife husband mother father brother sister widow widower grandson granddaughter niece nephew`},
	// laypeople head descriptions of people the news meets without an
	// office, often unnamed ("another neighbour, who declined to give her
	// name,"; "one employee"): "she" after one goes on with them.
	{laypeople, `neighbour neighbor employee parent customer patient driver passenger shopper nurse volunteer farmer
		tenant homeowner survivor victim relative friend colleague bystander commuter client fan caller participant
		protester motorist cyclist pedestrian visitor traveller traveler guest spectator attendee mourner staffer
		labourer laborer clerk cashier waitress waiter cook cleaner caregiver retiree pensioner grandmother grandfather
		local witness`},
}

// occupations head descriptions of a person by their work ("the
// pharmacist"; titles spelt out: "the detective sergeant" for "Det. Sgt. Jo
// Doe"). Only titles that hold the word name the person (resolveNominal):
// the one who spoke last is mostly someone else, the customer, the patient
// or the victim. Not the positions of players ("the Regina skip" is one of
// two named skips) nor "elder" (a community's elders, often unnamed). (A
// map: the word classes above fill their 64 bits.)
var occupations = wordSet(`pharmacist farmer rancher fisherman fisher harvester trapper musician fiddler singer-songwriter
	artist painter photographer filmmaker architect engineer scientist physician surgeon dentist
	veterinarian technician mechanic electrician plumber carpenter contractor builder developer pilot
	firefighter paramedic chef baker merchant retailer shopkeeper landlord publisher editor journalist
	reporter columnist broadcaster historian librarian curator psychologist psychiatrist therapist
	counsellor counselor pastor priest rabbi imam bishop detective sergeant constable corporal
	lieutenant colonel superintendent trustee alderman commissioner principal dean administrator supervisor
	coordinator millwright welder machinist miner logger trucker beekeeper forecaster meteorologist climatologist
	hydrologist geologist biologist ecologist agronomist epidemiologist toxicologist pathologist`)

// wordSet is the set of the words of a space-separated list.
func wordSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// orgKinds group the kinds of organisation one description may name:
// "the newspaper" is a paper or a daily, "the company" any business.
var orgKinds = map[string]string{
	"newspaper": "press", "paper": "press", "daily": "press", "magazine": "press",
	"club": "club", "team": "club", "side": "club",
	"company": "business", "firm": "business", "corporation": "business", "group": "business", "business": "business",
	"grocer": "business", "automaker": "business", "carmaker": "business", "lender": "business", "miner": "business",
	"brewer": "business", "railway": "business", "utility": "business", "manufacturer": "business", "chain": "business", "retailer": "business",
	"agency": "public", "department": "public", "ministry": "public", "office": "public", "administration": "public",
	"regulator": "regulator", "watchdog": "regulator",
}

// regulatorHeads end the names of the public bodies that "the regulator"
// or "the watchdog" may stand for: "Financial Conduct Authority",
// "Securities and Exchange Commission".
var regulatorHeads = map[string]bool{
	"authority": true, "commission": true, "agency": true, "administration": true, "board": true, "bureau": true,
	"office": true, "inspectorate": true, "ombudsman": true, "regulator": true,
}

// placeKinds are the nouns that describe a place as the body that governs
// it ("the city said", "the province said"), by the gazetteer's kind of
// place they stand for.
var placeKinds = map[string]uint8{
	"city": ner.GazCity, "town": ner.GazCity, "village": ner.GazCity, "municipality": ner.GazCity, "township": ner.GazCity,
	"province": ner.GazState, "state": ner.GazState, "territory": ner.GazState,
}

// usStates and canadianProvinces are the states and the provinces and
// territories by name: "the province" is none of the former, "the state"
// none of the latter ("The province says the service between Yarmouth and
// Maine will not run": not Maine).
var usStates = map[string]bool{}
var canadianProvinces = map[string]bool{}

func init() {
	for _, n := range strings.Split(`alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington|west virginia|wisconsin|wyoming`, "|") {
		usStates[n] = true
	}
	for _, n := range strings.Split(`ontario|quebec|québec|british columbia|alberta|saskatchewan|manitoba|nova scotia|new brunswick|prince edward island|newfoundland and labrador|newfoundland|labrador|yukon|northwest territories|nunavut`, "|") {
		canadianProvinces[n] = true
	}
}

// pronouns that can be speakers; the value is the gender/number class.
var pronouns = map[string]string{
	"he": "m", "she": "f", "they": "p", "we": "p", "i": "s", "it": "n",
	"him": "m", "her": "f", "his": "m", "its": "n", "their": "p", "them": "p",
}

// personTitles precede a personal name: "Mr. Smith", "President Doe"
// (package namewords holds the one list of titles).
var personTitles = namewords.Titles(namewords.Attribution)

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
