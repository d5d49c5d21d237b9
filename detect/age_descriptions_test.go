package detect

import "testing"

// Invented sentences: a definite description by age and a noun ("the
// 29-year-old defenceman") stands for the person the sentence before is
// about, else the one named last nearby (within two paragraphs), as "the
// 29-year-old" does; not a
// player titled with another position, nor someone of the other gender.
// And a present-tense verb the tagger reads as a noun after a name ("Diaz
// laughs when …") leaves the name the subject "she" goes on with.
func TestAgedDescriptionIsThePersonJustMet(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"“Mateo made the play,” Brendan Noss said.\n\nMateo Alvarez finished with a goal and two assists. The 29-year-old defenceman, who moved to Gander two years ago, said the team had let them back in it.",
			"the team had let them back in it", "Mateo Alvarez"},
		{"“He made a great draw,” Colton Yar said.\n\nMatt Gaudry, who was trying to win his first title, said he had no regrets. “That's curling,” Gaudry said.\n\nThe 33-year-old Regina skip said he was proud of his team.",
			"he was proud of his team", "The 33-year-old Regina skip"}, // "Regina" is no word of his: unnamed, not a skip from elsewhere
		{"Gerald Arsen has not had a family doctor since 2022.\n\n“I'm not one to complain,” said the 71-year-old retired fisherman.",
			"“I'm not one to complain,”", "Gerald Arsen"},
		// Another position: not the third who spoke.
		{"“That draw is the one people will talk about,” said third Tamsin Acht.\n\nThe 29-year-old skip said her team had struggled through the fall.",
			"her team had struggled through the fall", "The 29-year-old skip"},
		// Another gender: not the prince.
		{"Prince Charles visited the mission on Monday.\n\nThe 85-year-old nun said she was praying for the couple.",
			"she was praying for the couple", "The 85-year-old nun"},
		// A role: not the constable who spoke.
		{"Senior Constable Ray Dion said officers found the car in a ditch. The 19-year-old driver told police he had swerved to avoid a deer.",
			"he had swerved to avoid a deer", "The 19-year-old driver"},
		// A past the reader is told of, two paragraphs after her name: the
		// one who spoke last.
		{"Rosalie Ndiaye said she learned of the decision from a news alert.\n\n“Nobody called,” she said. “That tells you something.”\n\nThe 52-year-old former nurse said she informed the party whip on Monday night.",
			"she informed the party whip on Monday night", "Rosalie Ndiaye"},
		// Named since the last speaker spoke: the one named.
		{"“We gave them a power play,” Broncos head coach Bryce Anaquod said.\n\nAnaquod said he had no complaints about the call.\n\nTanner Nguyen finished with 38 saves. The crowd chanted his name.\n\n“I just threw everything I had over there,” said the 19-year-old from Calgary.",
			"“I just threw everything I had over there,”", "Tanner Nguyen"},
		// Not the one named in what is said.
		{"Gail Hennessey said she worked 30 years as a nurse.\n\nShe was injured in 2019.\n\nThe 30-year-old former patient said Hennessey saved her life.",
			"Hennessey saved her life", "The 30-year-old former patient"},
		// The one named two paragraphs before, with only pronouns since;
		// a participle after the tag is the speaker's, not the language's
		// ("said in French, pointing to …"), so the quote after it is too.
		{"LAKEWAY, Que. — Réjean Doucet has lived in the same brick house for 46 years. He has watched the river come into his basement.\n\nHe has no intention of leaving.\n\n“My wife and I raised four children here,” the 74-year-old said in French, pointing to the worn floor. “The river and I know each other.”",
			"“My wife and I raised four children here,”", "Réjean Doucet"},
		{"LAKEWAY, Que. — Réjean Doucet has lived in the same brick house for 46 years. He has watched the river come into his basement.\n\nHe has no intention of leaving.\n\n“My wife and I raised four children here,” the 74-year-old said in French, pointing to the worn floor. “The river and I know each other.”",
			"“The river and I know each other.”", "Réjean Doucet"},
		// Not two paragraphs back past someone brought in unnamed.
		{"Premier Anne Kowalski toured Kestrel on Monday.\n\nA young man who rented the upper unit escaped with his dog.\n\n“I lost everything,” the 19-year-old said.",
			"“I lost everything,”", "the 19-year-old"},
		// A phrase after the head: "the 44-year-old mother of two".
		{"Nathalie Bouchard — no relation — has worked on the finishing line for 19 years. The 44-year-old mother of two said she had been counting on the pension to retire at 60.",
			"she had been counting on the pension to retire at 60", "Nathalie Bouchard"},
	})
}

func TestPronounAfterNameReadAsNounPhrase(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Carmen Diaz fled with her three kids.\n\nLorraine Bouch, 68, has volunteered for nine years.\n\n“She was so calm for the kids,” Bouch says.\n\nDiaz laughs when she hears the story.\n\n“Lorraine remembers more about that night than I do,” she says.",
			"“Lorraine remembers more about that night than I do,”", "Carmen Diaz"},
	})
}

// TestCompanyInTrailingAttributionOfItsLede: "X will cut jobs at its
// Brandon plant, the company announced" is X's, when no other
// organisation has been speaking; after another has, "the company" stays
// that one.
func TestCompanyInTrailingAttributionOfItsLede(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Northway Foods will move its Kellan Mills Inc. contract to Regina in January, the company announced Tuesday.",
			"Northway Foods will move its Kellan Mills Inc. contract to Regina in January", "Northway Foods"},
		{"Acme Corp. said on Monday it would review the deal.\n\nNorthway Foods, which supplies Acme, will move its contract to Regina in January, the company said.",
			"Northway Foods, which supplies Acme, will move its contract to Regina in January", "Acme Corp."},
	})
}

// TestReviewedAgeAndLedeCases: cases a review of these rules found.
func TestReviewedAgeAndLedeCases(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		// a description that is no business is not the lede's firm
		{"Acme Inc. will close its Windsor plant in March, the union said.", "Acme Inc. will close its Windsor plant in March", "the union"},
		{"Air Canada's pilots will walk off the job Friday, the union said.", "Air Canada's pilots will walk off the job Friday", "the union"},
		// another stated age; two people in the sentence before; a possessive
		{"Jo Dunne, 45, of Moncton, was killed. The 19-year-old driver told police he did not see her.", "he did not see her", "The 19-year-old driver"},
		{"Connor Macklin beat Thatcher Dembo twice in the third. The 31-year-old goaltender said he should have stopped both.", "he should have stopped both", "The 31-year-old goaltender"},
		{"Police arrested Mark Leland on Monday. The 34-year-old suspect's lawyer said he will plead not guilty.", "he will plead not guilty", "The 34-year-old suspect's lawyer"},
		// a role with a hyphen before an inverted speaker
		{"The study underscores the need for more family doctors, said co-author Dr. Anna Lind.", "The study underscores the need for more family doctors", "Anna Lind"},
	})
	// A survey run by a firm with "Research" in its name is still a survey.
	in := "An online survey of 1,200 adults conducted in July by Vancouver-based Cedarline Research suggests most people know smoke is harmful."
	if a := det.Detect(in); len(a.Quotes) > 0 {
		t.Errorf("%q: evidence reported as speech:%s", in, dump([]rune(in), a))
	}
}

// TestElderAndYounger: "the elder Arsenault" and "the older Penney" are
// the older of the two people the article names with the surname, when
// it tells which is which; when it does not, the link stays the one
// named first.
func TestElderAndYounger(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"“This is the hardest decision,” Nadine Arseneau said.\n\nArseneau, whose father, Gérald Arseneau, founded the company in 1978, said the line would close.\n\n“Some of these people have been with us longer than my daughter,” the elder Arseneau said.",
			"“Some of these people have been with us longer than my daughter,”", "Gérald Arseneau"},
		{"Liam Penny scored twice, and his older brother Owen Penny added the winner.\n\n“He was supposed to be at the net,” the older Penny said.",
			"“He was supposed to be at the net,”", "Owen Penny"},
		{"Liam Penny scored twice, and his older brother Owen Penny added the winner.\n\n“He was supposed to be at the net,” the younger Penny said.",
			"“He was supposed to be at the net,”", "Liam Penny"},
		// A son's stated age is no reason to prefer the father, whose
		// age is told only by a description.
		{"Wade Rideout said he and his son were planning their season. The 62-year-old skipper has fished since he was 15.\n\nHis son, Jordan Rideout, 33, took over the family's second licence.\n\n“Give us something steady,” the younger Rideout said.",
			"“Give us something steady,”", "Jordan Rideout"},
		// Kinship told in an apposition that names whose kin he is.
		{"Local president Darnell Fraser said the change would create two classes of workers.\n\nTed Fraser — Darnell Fraser's father, who retired from the mill in 2014 — stopped by with sandwiches.\n\nThe elder Fraser said he walked a picket line in the 1980s.",
			"he walked a picket line in the 1980s", "Ted Fraser"},
	})
}

// TestYoungestOfSeveralBearers: "the younger Szabo" among two brothers
// and their parents is the brother the article calls younger; "the elder
// Szabo" of two parents and a son says no one (two are as old).
func TestYoungestOfSeveralBearers(t *testing.T) {
	det := mustNew(t)
	in := "Tigers centre Jonas Szabo celebrates his overtime winner.\n\nFor most of Friday night, the Szabo family had plenty to worry about.\n\nJonas Szabo scored in overtime, minutes after his younger brother Eli tied it.\n\n\"He's going to tell everyone he won the game,\" the younger Szabo said.\n\nEli Szabo took a pass from his brother behind the net.\n\nKatalin Szabo, the brothers' mother, watched with her husband, Gabor Szabo."
	checkSpeakerName(t, det, in, `"He's going to tell everyone he won the game,"`, "Eli Szabo")
}

// TestElderAmongBearersOfUnknownAge: "the elder Szabo" of a father whose
// age is not told and sons of 20 and 17 may be the father: the link
// stays with the bearer named first; a stated age picks "the 67-year-old".
func TestElderAmongBearersOfUnknownAge(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Mark Szabo runs the bakery with his sons, Jonas Szabo, 20, and Peter Szabo, 17.\n\n“We get up at four every morning,” Mark Szabo said.\n\n“It's hard work, but it's ours,” the elder Szabo said.",
			"“It's hard work, but it's ours,”", "Mark Szabo"},
		{"“I couldn't manage without him,” said Maria Santos, 67. Her grandson, Leo Santos, 16, lives with her. He does the groceries and the cooking. “He's a blessing,” the 67-year-old said.",
			"“He's a blessing,”", "Maria Santos"},
	})
}

// TestAgeDescriptionIsThePersonOfThatAge: "the 29-year-old" is the person
// the article gave that age ("said Noor Amari, now 29."), not a person
// named since without an age; and one of another stated age is not taken.
func TestAgeDescriptionIsThePersonOfThatAge(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"“I was the kid who cried when she fell down,” said Noor Amari, now 29. “Every time I blow the whistle, I hear her.”\n\nAmari now coaches the club's U16 team, which played in a tournament last weekend.\n\nThe team beat a visiting team 4-2 on Sunday, with Grade 11 student Tessa Lind scoring twice.\n\n“We didn't talk about the score before the game,” the 29-year-old said.",
			"“We didn't talk about the score before the game,”", "Noor Amari"},
		{"Ravi Odum, 41, said the rink had been closed since March.\n\nHis neighbour, Jon Pell, 29, said he had stopped skating there.\n\n“It was the heart of the town,” the 41-year-old said.",
			"“It was the heart of the town,”", "Ravi Odum"},
		// The one just quoted goes first: another of that age is no better.
		{"Goalie Sam Bird, 29, made 31 saves. Forward Jo Lind scored twice.\n\nLind, who turned 29 in March, said the win was \"huge.\"\n\n\"We needed that,\" the 29-year-old said.",
			"\"We needed that,\"", "Jo Lind"},
		{"Sam Ruiz, 29, and Lee Park, 29, both testified Monday. Ruiz said the door was locked.\n\n\"I saw nothing,\" the 29-year-old said.",
			"\"I saw nothing,\"", "Sam Ruiz"},
		// The one of that age goes before a subject or speaker of none.
		{"\"I just wanted to help,\" said Samir Qureshi, now 29, who pulled two children from the water. The boy's father, Ken Lau, thanked him.\n\n\"He is a hero,\" Lau said.\n\n\"Anyone would have done it,\" the 29-year-old said.",
			"\"Anyone would have done it,\"", "Samir Qureshi"},
		{"Kira Novak, 29, was injured in the crash. Her friend, Tina Bell, said the car spun twice.\n\n\"I thought I would die,\" the 29-year-old woman said.",
			"\"I thought I would die,\"", "Kira Novak"},
	})
}

// TestRetiredDescriptionIsThePersonJustMet: "the retired miner" is an
// epithet for someone just met, as an age is ("Walter Pihlaja, 83, said …
// “…,” the retired miner said"), even when the sentence before names
// another person in what its speaker said, and a person, never a mining
// company; not when the sentence before is about two people ("McDavid
// beat Demko twice"). An apposition may open with "now" ("said Darlene
// MacIsaac, now a retired nurse living in Kensington").
func TestRetiredDescriptionIsThePersonJustMet(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Walter Pihlaja, 83, said he had to remortgage his home.\n\n“I worked 31 years underground,” the retired miner said.",
			"“I worked 31 years underground,”", "Walter Pihlaja"},
		{"Walter Pihlaja, 83, said he had to remortgage his home to finish a bathroom Lavallée had gutted.\n\n“I worked 31 years underground,” the retired miner said.",
			"“I worked 31 years underground,”", "Walter Pihlaja"},
		{"Another resident, Dale Whitford, said he smelled smoke in the hallway.\n\n“I knocked on a couple of doors and then I got out,” the retired bus driver said.",
			"“I knocked on a couple of doors and then I got out,”", "Dale Whitford"},
		{"“I had my brother's skates on,” said Darlene MacIsaac, now a retired nurse living in Kensington.\n\nThe coach held practice every Saturday.\n\nThe team won the provincial title in 1979.\n\nThe retired nurse said the coach ended every practice with a cheer.",
			"the coach ended every practice with a cheer", "Darlene MacIsaac"},
		{"McDavid beat Demko twice in the third.\n\nThe retired goaltender said he should have stopped both.",
			"he should have stopped both", "The retired goaltender"},
		{"The Hamilton Retired Steelworkers Union met on Monday.\n\nThe retired steelworkers union said the change would hurt members.",
			"the change would hurt members", "Hamilton Retired Steelworkers Union"}, // a union of retirees, no person
		// the one who spoke last, but never someone titled otherwise, nor
		// a daughter for "the retired fisherman"
		{"Yvonne Charbonneau built one after her husband came home from hospital.\n\n“It took me about 20 minutes,” she says.\n\nThe retired nurse says she wishes someone had told them about it earlier.",
			"she wishes someone had told them about it earlier", "Yvonne Charbonneau"},
		{"Mayor Tanya Ostrowski announced Monday that the outdoor pool would close in September.\n\n“Where are the kids supposed to go?” asked the retired lifeguard.",
			"“Where are the kids supposed to go?”", "the retired lifeguard"},
		{"Marisol Ortega, 81, has lived in the same house since 1968.\n\nHer neighbour, Coun. Dave Bryant, says the city will not expropriate it.\n\n“This is my home,” the retired seamstress said.",
			"“This is my home,”", "the retired seamstress"},
		{"Walter Kozak, a 72-year-old retired steelworker from Glace Bay, said he drove his wife to the hospital.\n\n“So we went to Sydney,” Kozak said.\n\n“I'm not angry at the nurses,” the retiree said.",
			"“I'm not angry at the nurses,”", "Walter Kozak"},
		{"Patrick Kane, 76, has lived on the island for decades.\n\nHis daughter Siobhan Kane runs the ferry.\n\n“It's a hard life but a good one,” the retired fisherman said.",
			"“It's a hard life but a good one,”", "the retired fisherman"},
	})
}

// TestPlaceEpithet: "the Surrey man", "the Moncton resident", "the
// Villeray mother" stand for the person just met, as an age does (the
// tagger may read the town as an organisation); not a title's place
// ("the Regina skip" still needs the skip's own title words).
func TestPlaceEpithet(t *testing.T) {
	det := mustNew(t)
	checkSpeakerNames(t, det, []nameCase{
		{"Jaspreet Gill lost his home in the fire.\n\n\"It was gone in an hour,\" the Surrey man said.", "\"It was gone in an hour,\"", "Jaspreet Gill"},
		{"Marie Comeau lost her home in the fire.\n\n\"It was gone in an hour,\" the Moncton resident said.", "\"It was gone in an hour,\"", "Marie Comeau"},
		{"MONTREAL — Isabelle Tremblay spent Monday night on the phone with her mother, trying to piece together a week of child care.\n\nBy Tuesday morning she had Wednesday covered.\n\n\"I have a spreadsheet,\" the Villeray mother said in French.", "\"I have a spreadsheet,\"", "Isabelle Tremblay"},
		// a man is no mother
		{"Daniel Gill lost his home in the fire.\n\n\"It was gone in an hour,\" the Surrey mother said.", "\"It was gone in an hour,\"", "the Surrey mother"},
		// a title of capitalised words, no place
		{"Pope Francis met Cardinal Michael Czerny.\n\n\"We must act,\" the Holy Father said.", "\"We must act,\"", "the Holy Father"},
		// one brought in unnamed
		{"Police say Jordan Blake, 22, was struck by a car. A Surrey man has been charged.\n\n\"I did not see him,\" the Surrey man told the court.", "\"I did not see him,\"", "the Surrey man"},
	})
}

// TestAgeBeforeSaidIsASubject: "The 54-year-old said drivers were …" is a
// person saying something, not a noun "said drivers" after its modifiers
// ("a politically charged visit", "the number of reported cases").
func TestAgeBeforeSaidIsASubject(t *testing.T) {
	det := mustNew(t)
	checkQuotesBy(t, det, []quoteByCase{
		{"The 54-year-old said drivers were leaving for trucking companies.", "drivers were leaving for trucking companies", "The 54-year-old"},
		{"The number of reported cases rose.", "", ""},
		{"A politically charged visit ended on Monday.", "", ""},
		// a past form opening the text has no word before it
		{"Reported cases rose sharply in May.", "", ""},
		{"Announced plans were shelved.", "", ""},
	})
}
