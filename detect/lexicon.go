package detect

import "strings"

// The lexicons below are general English: reporting verbs in all their
// forms, pronouns, titles and role nouns. No names, outlets or phrases from
// any corpus. The reporting verbs were chosen by how often each word form is
// an attribution cue in PolNeAR train (the share of its occurrences that are
// cues), keeping forms that are cues most of the time.

// cueStrength maps a lower-case word form to how reliably it introduces
// reported speech (1 = almost always, 0.5 = often).
var cueStrength = map[string]float64{}

// adjacentCues introduce a direct quote right next to them, and nothing
// else: "he continued", "the email read".
var adjacentCues = set(`continue continues continued read reads began begins begin offer offers offered
	insist recall interjected interrupted shouted yelled screamed whispered chimed mused noted observed
	cried pleaded sighed laughed smiled shrugged nodded concluded summed`)

// raisingVerbs attribute an attitude to their subject before "to":
// "she seemed to suggest", "he is expected to announce". PolNeAR counts
// them as attributions.
var raisingVerbs = set(`seem seems seemed appear appears appeared expected want wants wanted
	plan plans planned intend intends intended hope hopes hoped vow vows vowed pledge pledges pledged
	refuse refuses refused decline declines declined threaten threatens threatened`)

// attitudeCues switches on the attributions of an attitude rather than of
// speech: raising verbs ("seemed to", "is expected to"), support and
// opposition ("supports the bill") and belief ("thinks that"). PolNeAR
// counts them; they are emitted at a lower confidence (cue strength 0.4 to
// 0.6) than speech. Measured on PolNeAR dev (see the commit that set it).
var attitudeCues = true

// attitudeVerbs are the verbs of attitude attributions other than the
// raising verbs.
var attitudeVerbs = set(`support supports supported supporting oppose opposes opposed opposing
	backs backed backing favor favors favored favour favours favoured endorse endorses endorsed
	believe believes believed think thinks thought hope hopes hoped expect expects fear fears feared
	worry worries worried feel feels felt doubt doubts suspect suspects suspected`)

// clauseOnly verbs are cues only when a clause follows ("polls show that").
var clauseOnly = map[string]bool{}

// topicVerbs report speech about something: "talked about the economy",
// "called for a recount"; topicPreps are the prepositions they take.
var topicVerbs = set(`talk talks talked talking speak speaks spoke speaking say says said ask asks asked asking
	write writes wrote writing call calls called calling point points pointed pointing refer refers referred
	referring comment comments commented commenting complain complains complained complaining joke joked
	warn warns warned warning argue argues argued arguing testify testified boast boasted boasts
	respond responds responded responding reply replied lash lashed weigh weighed touch touched
	focus focused focuses focusing tweet tweeted tweeting`)

var topicPreps = set(`about for on of to against over`)

// speechNouns report speech or a stance with a "that" clause: "her claim
// that …".
var speechNouns = set(`statement statements claim claims assertion assertions allegation allegations
	insistence argument warning warnings suggestion contention belief view announcement accusation
	accusations admission prediction promise pledge`)

// nounLike cue words are nouns after a preposition ("in support").
var nounLike = set(`support state states report reports comment comments answer question estimate estimates
	charge echo claim claims promise promises warning mention remark remarks`)

// tellVerbs take an addressee before the content: "told reporters that".
var tellVerbs = map[string]bool{}

func init() {
	strong := `say says said saying tell tells told telling add adds added adding
		stated stating explain explains explained explaining
		stress stresses stressed stressing insist insists insisted insisting
		note notes noted noting argue argues argued arguing claim claims claimed claiming
		warn warns warned warning assert asserts asserted asserting declare declares declared declaring
		announce announces announced announcing reply replies replied replying
		respond responds responded responding answer answered answering
		acknowledge acknowledges acknowledged acknowledging admit admits admitted admitting
		recall recalls recalled recalling remark remarks remarked remarking
		observe observes observed observing comment comments commented commenting
		write writes wrote writing tweet tweets tweeted tweeting
		report reports reported reporting confirm confirms confirmed confirming
		deny denies denied denying reiterate reiterates reiterated reiterating
		emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised
		underline underlines underlined underlining underscore underscores underscored
		maintain maintains maintained contend contends contended
		predict predicts predicted predicting promise promises promised promising
		vow vows vowed vowing pledge pledges pledged pledging
		suggest suggests suggested suggesting complain complains complained complaining
		concede concedes conceded conceding conclude concludes concluded
		ask asks asked asking urge urges urged urging
		exclaim exclaims exclaimed mention mentions mentioned
		reveal reveals revealed revealing indicate indicates indicated indicating
		allege alleges alleged alleging charge charged lament laments lamented
		quip quips quipped joke joked jokes boast boasts boasted
		assure assures assured inform informs informed informing
		remind reminds reminded reminding caution cautions cautioned
		estimate estimates estimated testify testifies testified
		specify specified clarify clarified clarifies
		affirm affirms affirmed proclaim proclaimed proclaims
		echo echoed echoes
		posted`
	weak := `posted charge echo echoes echoed
		promising comment comments answer reporting estimate estimates
		report reports warning claim claims mention promise promises`
	// Acts of stance reported like speech: "called the deal a disaster",
	// "accused him of lying". Less sure than saying verbs.
	stance := `call calls called calling describe describes described describing accuse accuses accused accusing
		criticize criticizes criticized criticizing criticise criticised blast blasts blasted slam slams slammed
		denounce denounces denounced dismiss dismissed dismisses praise praises praised praising
		blame blames blamed defend defends defended defending cite cites cited citing question questioned
		reject rejects rejected express expresses expressed agree agrees agreed pointed referring referred
		mock mocks mocked tout touts touted decry decried rail railed condemn condemns condemned
		assail assailed liken likened imply implied implies wonder wondered wonders hint hinted hints
		signal signaled signalled propose proposed proposes offer offered recommend recommended
		support supports supported supporting oppose opposes opposed opposing backs backed backing
		favor favors favored favour favours favoured
		endorse endorses endorsed voiced vowed retweeted emailed shouted chanted pleaded apologized
		thank thanked thanking congratulate congratulated congratulating
		discuss discusses discussed discussing prefer prefers preferred`
	// Verbs of belief and finding count only before a clause ("found that").
	for _, w := range strings.Fields(`find finds found show shows showed shown believe believes believed
		think thinks thought hope hopes hoped expect expects expected fear fears feared worry worries worried
		know knows knew feel feels felt learn learned learns doubt doubts suspect suspects suspected
		conclude concludes concluded estimate estimates estimated predict predicts predicted
		project projects projected`) {
		clauseOnly[w] = true
		cueStrength[w] = 0.5
	}
	for _, w := range strings.Fields(stance) {
		cueStrength[w] = 0.6
	}
	for _, w := range strings.Fields(strong) {
		cueStrength[w] = 1
	}
	for _, w := range strings.Fields(weak) {
		cueStrength[w] = 0.5
	}
	// Forms that are more often nouns ("the report", "his remarks") count
	// only before a clause.
	for _, w := range strings.Fields(`state states report reports remark remarks comment comments answer question
		estimate estimates charge notes echo echoes`) {
		clauseOnly[w] = true
		if cueStrength[w] == 0 {
			cueStrength[w] = 0.5
		}
	}
	for _, w := range strings.Fields(`tell tells told telling assure assures assured inform informs informed informing
		remind reminds reminded reminding warn warns warned warning ask asks asked asking urge urges urged urging`) {
		tellVerbs[w] = true
	}
}

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

// personTitles precede a personal name: "Mr. Smith", "President Doe".
var personTitles = set(`mr mr. mrs mrs. ms ms. dr dr. prof prof. sir dame lord lady president vice-president
	premier chancellor minister secretary senator sen sen. rep rep. gov gov. governor mayor
	judge justice general gen gen. lt. col. colonel sgt. sergeant capt. captain commissioner
	ambassador pope king queen prince princess sheikh rabbi reverend rev. father sister
	chairman chairwoman ceo coach officer detective inspector chief councillor councilor
	speaker leader spokesman spokeswoman professor dr dean cardinal bishop`)

// orgWords end organisation names: "Acme Corp", "Labour Party".
var orgWords = set(`inc inc. corp corp. co co. ltd ltd. llc plc group party committee council ministry
	department agency bank university college school association union institute foundation
	company corporation commission court congress senate parliament assembly house army navy
	police service services times post news journal press network channel tv radio herald
	tribune telegraph guardian gazette agency club league federation organization organisation
	board office bureau authority fund trust centre center hospital airlines airways
	government administration campaign church network media`)

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
// mostly of one gender (a general gazetteer: names used for both, such as
// Alex, Jordan or Jean, are in neither). They let he/she agree with a name.
var maleNames = set(`aaron abdul abdullah adam adrian ahmad ahmed alan albert alexander alexei alfred ali
	andre andrew andrei andy anthony antonio arnold arthur ben benjamin bernard bill billy bob
	boris brad bradley brandon brett brian bruce bryan carl carlos charles charlie chuck colin craig
	dale dan daniel danny darren dave david dennis derek dick dmitry don doug douglas duncan
	dwight earl eddie edward eric ernest eugene evan frank fred frederick gary george gerald gordon
	graham greg gregory harold harry henry howard hugh ian igor ivan jack jacob jake james jason
	jeff jeffrey jeremy jerry jim jimmy joe joel john johnny jon jonathan jose joseph josh joshua
	juan justin keith ken kenneth kevin kyle larry lawrence leonard lewis louis luis luke marco
	mark martin matt matthew michael miguel mike mikhail mitch mitchell mohammed muhammad nathan neil
	nicholas nick nigel oliver omar oscar patrick paul pedro pete peter phil philip pierre rafael
	ralph randy ray raymond richard rick robert rod roger ron ronald roy rudy russell ryan sam samuel
	scott sean sergei sergey shawn stanley stephen steve steven stuart ted terry thomas tim timothy
	todd tom tony travis trevor victor vincent walter wayne william willie xavier yuri
	zachary`)

var femaleNames = set(`abigail ada alice alicia alison amanda amber amy ana andrea angela angelina anita ann
	anna anne annie barbara betty beverly brenda bridget brittany carla carly carmen carol caroline
	carolyn catherine cathy charlotte cheryl christina christine cindy claire clara claudia colleen
	cynthia daisy dana deborah debbie debra denise diana diane donna doris dorothy elaine eleanor
	elena elizabeth ellen emily emma erica erin eva evelyn fatima fiona frances gabriela gail
	gillian gina gloria grace hannah heather heidi helen holly irene isabel jackie jane
	janet janice jennifer jenny jessica jill joan joanna joyce judith judy julia julie karen kate
	katherine kathleen kathryn kathy katie kelly kimberly kristen laura lauren linda lisa liz
	louise lucy lynn margaret maria marie marilyn martha mary megan melanie melissa michelle
	monica nancy natalia natalie nicole nina olga olivia pamela patricia paula rachel rebecca
	rita rose ruth sandra sara sarah sharon shirley sophia sophie stephanie susan suzanne svetlana
	tatiana teresa theresa tina valerie vanessa victoria virginia wendy yulia yvonne`)
