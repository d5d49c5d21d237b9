package detect

import "testing"

// TestRestrictiveRelativeInSubject: a verb of speech inside a relative
// clause that sits in the sentence's subject ("Residents who say X packed
// the hall") reports X only; the sentence's own verb is no part of it. The
// verbs of X's own clauses stay in it.
func TestRestrictiveRelativeInSubject(t *testing.T) {
	det := mustNew(t)
	nurse := "A retired nurse who asked that her name not be published wrote in her statement that she no longer opens the door."
	checkQuotesBy(t, det, []quoteByCase{
		{"Residents who say the plan is unsafe packed the hall on Tuesday.", "the plan is unsafe", "Residents"},
		{"Parents who say the province has failed them rallied on Tuesday.", "the province has failed them", "Parents"},
		{nurse, "she no longer opens the door", "A retired nurse"},
		// (guards: a clause inside what was said, and a relative
		// clause after the verb, keep their verbs)
		{"Residents who say they were told the school is unsafe packed the hall.", "they were told the school is unsafe", "Residents"},
		{"Council heard from residents who say the plan is unsafe and costs too much.", "the plan is unsafe and costs too much", "residents"},
		// a relative clause inside what was said keeps its verb
		{"Residents who say the people who live here deserve better packed the hall.", "the people who live here deserve better", "Residents"},
		{"Parents who say what the board did was wrong packed the school gym on Monday night.", "what the board did was wrong", "Parents"},
		// the group's report stays inside another's
		{"Residents who say the plan is unsafe packed the hall, Mayor Dan Cole said.", "the plan is unsafe", "Residents"},
	})
	// the request to go unnamed is a quote in scope all only
	all, err := NewWith(Options{Scope: ScopeAll})
	if err != nil {
		t.Fatal(err)
	}
	checkQuotesBy(t, all, []quoteByCase{{nurse, "her name not be published", "A retired nurse"}})
}

// TestRelativePronounAfterPreposition: "who" after a description that a
// preposition or a verb opens ("objections from business owners who say",
// "heard from merchants who say", "against advocates who say") is the
// description, and after a place
// the person before it ("a retired nurse from Eastern Passage who"); not
// a thing after a comma ("one Democrat familiar with the discussion, who
// added").
func TestRelativePronounAfterPreposition(t *testing.T) {
	det := mustNew(t)
	checkQuotesBy(t, det, []quoteByCase{
		{"Council voted for the lanes despite objections from business owners who say losing parking will drive customers away.", "losing parking will drive customers away", "business owners"},
		{"Council heard from merchants who say losing parking will drive customers away.", "losing parking will drive customers away", "merchants"},
		{"Council heard from a retired nurse from Eastern Passage who said the plan was bad.", "the plan was bad", "a retired nurse"},
		{"The vote ended a fight that pitted neighbours worried about traffic against advocates who say the city can't afford to turn down new housing.", "the city can't afford to turn down new housing", "advocates"},
	})
	in := "\"It wasn't a convincing argument,\" said one Democrat familiar with the discussion, who added that the White House seemed rattled."
	noQuoteBy(t, det.Detect(in), in, "the discussion")
}

// TestCalledAfterRelativeAside: "called" after a subject's relative clause
// or apposition set off by commas, with an object and quoted words ("…,
// who did not attend, called the statement “too little”", "One senator, a
// Liberal, called the program “…”"), reports the words; a name given in
// apposition ("The bakery, called the “Golden Loaf”, said") is none.
func TestCalledAfterRelativeAside(t *testing.T) {
	det := mustNew(t)
	in := "The NDP critic for Indigenous services, who also did not attend, called the statement \"too little, 12 years too late.\""
	checkQuoteBy(t, det.Detect(in), []rune(in), in, "the statement \"too little, 12 years too late.\"", "The NDP critic for Indigenous services")
	in = "One senator, a Liberal, called the program “a benefit in name only.”"
	checkQuoteBy(t, det.Detect(in), []rune(in), in, "the program “a benefit in name only.”", "One senator")
	in = "The bakery, called the “Golden Loaf”, said it would close."
	noQuoteHolding(t, det.Detect(in), in, "Golden Loaf")
}

// TestTellVerbBeforeModalGap: a verb that may name whom it tells ("warned",
// "told") right before a modal or a form of "be" has no addressee there:
// the modal opens what was said, whose subject is the gap of a relative
// clause ("a move local doctors warned will put lives at risk"); the
// speech scope keeps it.
func TestTellVerbBeforeModalGap(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"The clinic will close at night, a move local doctors warned will put lives at risk.", "will put lives at risk", "local doctors"},
		{"The clinic will close at night, a move that local doctors warned would put lives at risk.", "would put lives at risk", "local doctors"},
		{"The jobs, which staff warned could be lost if council waits, are at the plant.", "could be lost", "staff"},
	})
}

// TestCoordinatedThatClauseSubject: the subject right after "that" is the
// subject of the clause "that" opens, also after a first relative clause
// and "and" ("a decision that musicians welcomed Thursday and that the
// streaming industry warned could end up in court"), not the noun the
// first clause modifies.
func TestCoordinatedThatClauseSubject(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"The regulator ordered the services to feature Canadian artists, a decision that musicians welcomed Thursday and that the streaming industry warned could end up in court.", "could end up in court", "the streaming industry"},
		{"The regulator ordered the changes, a decision that the streaming industry warned could end up in court.", "could end up in court", "the streaming industry"},
		// "that" after a verb opens what was said, inside a relative clause's subject
		{"Critics who say that the province moved too fast argue the plan should wait.", "the plan should wait", "Critics"},
	})
	// a relative clause with no "that" after "a" and a noun: its subject is the plural
	checkQuotesBy(t, mustNew(t), []quoteByCase{
		{"The bill includes a clause lawyers warned would not survive a court challenge.", "would not survive a court challenge", "lawyers"},
		{"The ministry ignored a problem inspectors warned should have been fixed in 2019.", "should have been fixed in 2019", "inspectors"},
	})
}

// TestQuotedNameInFreeRelative: "rejected what the company called its
// “final offer” by 91 per cent" reports the company's words, "its “final
// offer”", not the members' rejection of a thing; the name ends at the
// adjunct after its marks.
func TestQuotedNameInFreeRelative(t *testing.T) {
	det := mustNew(t)
	in := "The company locked out its workers on Nov. 3, after members rejected what it called its \"final offer\" by 91 per cent."
	checkSpeakerName(t, det, in, `its "final offer"`, "The company")
	noQuoteBy(t, det.Detect(in), in, "members")
	checkSpeakers(t, []speakerCase{
		{"Members of the union rejected what the company called its \"final offer\" by 91 per cent in a vote last month.", `its "final offer"`, "the company"},
		// a free relative that is the subject of a clause of its own stays in what was said
		{"Mayor Jo Brel said what the paper called “a cover-up” on Monday was a simple mistake.", "was a simple mistake", "Jo Brel"},
	})
}

// TestRelativeAfterApposedDescription: "who" after an indefinite
// description set off after a name, with an age between or not, is the
// named person's ("Lorraine Jack, 58, a member of Snuneymuxw First Nation
// who said"); a description with no name before it speaks as itself (not
// as the body after its preposition).
func TestRelativeAfterApposedDescription(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Among the supporters was Lorraine Jack, 58, a member of Snuneymuxw First Nation who said she spent most of 2023 sleeping in a tent.",
			"she spent most of 2023 sleeping in a tent", "Lorraine Jack"},
		{"Among the supporters was Lorraine Jack, a member of Snuneymuxw First Nation who said she spent most of 2023 sleeping in a tent.",
			"she spent most of 2023 sleeping in a tent", "Lorraine Jack"},
		{"Among the supporters was a member of Snuneymuxw First Nation who said she spent most of 2023 sleeping in a tent.",
			"she spent most of 2023 sleeping in a tent", "a member of Snuneymuxw First Nation"},
		// (a person after the preposition is the relative's: the teen;
		// a place or a body in lower case is not)
		{"Carmen Ruiz, 45, an aunt of the teen who said he had been bullied, spoke to reporters.", "he had been bullied", "who"},
		{"Ana Ruiz, 30, a nurse at the local hospital who said she worked 16-hour shifts, spoke first.", "she worked 16-hour shifts", "Ana Ruiz"},
		{"Rita Lowe, 39, a mother of three who said she cannot afford daycare, spoke next.", "she cannot afford daycare", "Rita Lowe"},
	})
}

// TestRelativeClauseVerbNotInSpeaker: the verb of a relative clause that
// the tagger reads as an adjective ("that represented smelter workers")
// is no part of the speaker, and neither is a noun before a relative
// clause without "that" ("a practice aviation analysts say"): a phrase
// that "a" opens cannot end in a plural. The subject inside an object
// relative ("a report that elected officials said was flawed", "the
// bylaw that concerned residents say they were never consulted on"), a
// count ("A few analysts") and a participle's object ("A charity helping
// refugees") stay.
func TestRelativeClauseVerbNotInSpeaker(t *testing.T) {
	det := mustNew(t)
	checkQuotesBy(t, det, []quoteByCase{
		{"The union local that represented smelter workers said in a statement that it welcomed the hiring target.", "it welcomed the hiring target", "The union local"},
		{"Towns have used special funds, a practice aviation analysts say can work but is rarely a long-term fix.", "can work but is rarely a long-term fix", "aviation analysts"},
		{"Council approved a report that elected officials said was badly flawed.", "was badly flawed", "elected officials"},
		{"A few analysts say it can work.", "it can work", "A few analysts"},
		{"A charity helping refugees says the shelter is full.", "the shelter is full", "A charity helping refugees"},
		{"Council passed the bylaw that concerned residents say they were never consulted on.", "they were never consulted on", "concerned residents"},
	})
}

// TestQuantifierOfWhomSpeaks: "…, many of whom said X" is a report by
// that part of the group; a relative clause set off by commas ends at
// its comma ("both of whom said X, are backing it").
func TestQuantifierOfWhomSpeaks(t *testing.T) {
	det := mustNew(t)
	checkQuotesBy(t, det, []quoteByCase{
		{"Hundreds of residents packed the hall, many of whom said the plan was rushed.", "the plan was rushed", "many of whom"},
		{"Only two councillors, both of whom said the deal was bad, are backing the measure.", "the deal was bad", "both of whom"},
		{"The council heard from 40 residents, two of whom said the plan was rushed.", "the plan was rushed", "two of whom"},
		{"Dozens of workers rallied, a few of whom said they had not been paid.", "they had not been paid", "a few of whom"},
		{"The board heard from 40 parents, half of whom said the school should stay open.", "the school should stay open", "half of whom"},
		{"Residents, a few of whom said they had not been consulted, packed the hall.", "they had not been consulted", "a few of whom"},
	})
}

// TestRelativeClauseAfterNameInSubject: a relative clause after a name
// ("a First Nation that was forced to evacuate") or holding a year after
// "since" is no part of the speaker; the noun phrase before it speaks.
// "that" before a noun or pronoun is a conjunction, not a relative.
func TestRelativeClauseAfterNameInSubject(t *testing.T) {
	det := mustNew(t)
	checkQuotesBy(t, det, []quoteByCase{
		{"Chief Dana Quon of a First Nation that was forced to evacuate twice in recent years said communities like his need more than plans on paper.", "communities like his need more than plans on paper", "Dana Quon"},
		{"The head of a company that has run the plant since 2001 said it would close.", "it would close", "The head of a company"},
		{"Dana Quon told Larkspur Radio that the plant would close.", "the plant would close", "Dana Quon"},
	})
}

// TestWhoAfterRoleWithPreposition: "who" after a role and its phrase ("a
// spokesperson for the provincial police, who said") speaks as that
// description when no entity names it.
func TestWhoAfterRoleWithPreposition(t *testing.T) {
	det := mustNew(t)
	checkQuotesBy(t, det, []quoteByCase{
		{"Police have increased patrols on the detour, according to a spokesperson for the provincial police, who said officers handed out 46 tickets in Larkspur.",
			"officers handed out 46 tickets in Larkspur", "a spokesperson for the provincial police"},
	})
}

// TestParticiplesObjectBeforeRelativeClause: a relative clause or an
// apposition after "The union representing the workers" describes the
// union, which speaks, not the workers.
func TestParticiplesObjectBeforeRelativeClause(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"The union representing the workers, which is affiliated with the CSN, said it learned of the layoffs with its members.",
			"it learned of the layoffs with its members", "The union representing the workers"},
		{"The group representing the families, affiliated with a national network, said it would appeal.",
			"it would appeal", "The group representing the families"},
	})
}
