package detect

import "testing"

// TestNearMissesOfSpeakerRules: sentences close to the ones the rules for
// possessed texts, French names, teams, ledes, participles after a text
// and a region, "described" and "shows" take, which they must leave
// alone (invented sentences).
func TestNearMissesOfSpeakerRules(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		// a possessor that is no body: the family's, not the officer named before
		{"Deputy Chief Tom Ng took questions on Friday. The victim's family's statement said they were heartbroken.", "they were heartbroken", "The victim's family's statement"},
		// a one-word French kind the tagger cut from its name holds no name
		{"The Hôpital général juif was hit by a cyberattack. The hospital said patient data was safe.", "patient data was safe", "The hospital"},
		// a search team, a medical team, a team of doctors: not the body that spoke before
		{"The RCMP said a search was underway for two hikers. The team said the hikers were found alive on Sunday.", "the hikers were found alive on Sunday", "The team"},
		{"Hockey Canada said it would review its policies. The team said it supported the review.", "it supported the review", "The team"},
		{"The Calgary Flames said forward Ian Shaw would have surgery. The medical team said he would recover fully.", "he would recover fully", "The medical team"},
		// an -ing noun before a region is no participle
		{"A report on mining in northern Quebec said the industry employs 20,000 people.", "the industry employs 20,000 people", "A report on mining in northern Quebec"},
	})
	checkQuotesBy(t, det, []quoteByCase{
		// "hearing protection" is a noun; "described X as Y" an evaluation
		{"Officials described hearing protection as mandatory on the site.", "", ""},
		{"The minister described seeing the damage as heartbreaking.", "", ""},
		// a participle whose clause another attribution ends is that one's
		{"One worker described hearing a loud crack before the scaffolding collapsed, said union rep Tim Bell.", "One worker described hearing a loud crack before the scaffolding collapsed", "Tim Bell"},
		// a letter received: its sender's, not the subject's
		{"The province received a letter from the city saying the bridge was unsafe.", "", ""},
		// a statement asked to be retracted is not the asker's
		{"The union wrote to the minister. It called on him to retract a statement saying nurses were overpaid.", "", ""},
		// "shows promise" is no finding; a year after "before" is no clause
		{"The study shows promise for treating ALS.", "", ""},
		{"The outlook shows no sign of a recovery before 2026.", "no sign of a recovery before 2026", "The outlook"},
		// an amount in what a forecast calls for
		{"The budget forecast calls for a deficit of $4.2 billion this year.", "a deficit of $4.2 billion this year", "The budget forecast"},
		// the weather's "it", a passive's subject and an absolute
		// construction's own subject give no participle to a body
		{"It rained heavily Tuesday, prompting organizers to cancel the parade, saying the grounds were unsafe.", "", ""},
		{"The hospital was locked down Tuesday, police saying a man had been seen with a rifle.", "", ""},
		{"The town was evacuated Sunday, firefighters saying the blaze was out of control.", "", ""},
	})
	// a second read of the mends: a headline's list of subjects, a prize
	// received, a body's own text taken back, an absolute construction's
	// own subject, a perception's object, a bylaw's call for snow
	checkQuotesBy(t, det, []quoteByCase{
		{"PM says Canada, allies condemn missile strike\n\nThe strike hit a hospital on Monday.", "Canada, allies condemn missile strike", "PM"},
		{"The mayor received the award Tuesday, saying the city owed its volunteers.", "the city owed its volunteers", "The mayor"},
		{"The company withdrew its news release saying the plant would close.", "the plant would close", "The company"},
		{"The city was flooded Tuesday, Hydro One officials saying power would be restored by noon.", "power would be restored by noon", "Hydro One officials"},
		{"Jo Doe described seeing smoke pour from the building.", "seeing smoke pour from the building", "Jo Doe"},
		{"The bylaw calls for snow on sidewalks to be cleared within 24 hours.", "", ""},
	})
	checkSpeakerNames(t, det, []nameCase{
		{"Mayor Jo Doe spoke on Monday.\n\nThe mayor's statement said the budget was balanced.", "the budget was balanced", "Jo Doe"},
	})
	// a French name without its accent holds "cégep"
	checkSpeakerNames(t, det, []nameCase{
		{"Students at the Cegep de Sherbrooke were hit.\n\nThe cégep sent students an email saying classes would be recorded.", "classes would be recorded", "Cegep de Sherbrooke"},
	})
}

// TestParticipleModifierIsNoCue: a past form that modifies a noun reports
// nothing: after a number ("two proposed mining projects", "won 758
// pledged delegates") or after a plural noun opening its clause, before
// the clause's modal ("Patients already admitted will not be moved");
// "Officials involved said" and "Critics already argued" still report.
func TestParticipleModifierIsNoCue(t *testing.T) {
	all, err := NewWith(Options{Scope: ScopeAll})
	if err != nil {
		t.Fatal(err)
	}
	checkQuotesBy(t, all, []quoteByCase{
		{"Traffic could rise by 30 per cent if two proposed mining projects go ahead.", "", ""},
		{"Doucet has won 758 pledged delegates, compared to 538 for Roe.", "", ""},
		{"Patients already admitted will not be moved, she said.", "Patients already admitted will not be moved", "she"},
		{"Officials involved said the plan would fail.", "the plan would fail", "Officials"},
		{"Critics already argued the plan would fail.", "the plan would fail", "Critics"},
		{"Officials warned earlier that the bridge could collapse.", "the bridge could collapse", "Officials"},
	})
	in := "Patients already admitted will not be moved, she said."
	if got := quotesBy([]rune(in), all.Detect(in)); len(got) != 1 {
		t.Errorf("%q: want one quote (hers), got %v", in, got)
	}
}
