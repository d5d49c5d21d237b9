package textlayer

import (
	"strings"
	"testing"
)

func pieces(l *Layer, rs []Range) []string {
	var out []string
	for _, r := range rs {
		var ws []string
		for i := r.A; i < r.B; i++ {
			ws = append(ws, l.Tokens[i].Text(l.Text))
		}
		out = append(out, strings.Join(ws, " "))
	}
	return out
}

func TestSplit(t *testing.T) {
	text := "date 2024-05-01 Bridge Reopens After Repairs\n\n" +
		"Council Approves Budget\nThe council voted on Monday. “It is done.” Mr. Doe said the vote was close.\n\n" +
		"The plan, he said, would cost\nmore than expected. shares fell... and rose"
	l := New(text)
	gotP := pieces(l, l.Paragraphs)
	wantP := []string{
		"date 2024-05-01",
		"Bridge Reopens After Repairs",
		"Council Approves Budget",
		"The council voted on Monday . “ It is done . ” Mr. Doe said the vote was close .",
		"The plan , he said , would cost more than expected . shares fell ... and rose",
	}
	if strings.Join(gotP, "|") != strings.Join(wantP, "|") {
		t.Errorf("paragraphs:\n got %q\nwant %q", gotP, wantP)
	}
	gotS := pieces(l, l.Sentences)
	wantS := []string{
		"date 2024-05-01",
		"Bridge Reopens After Repairs",
		"Council Approves Budget",
		"The council voted on Monday .",
		"“ It is done . ”",
		"Mr. Doe said the vote was close .",
		"The plan , he said , would cost more than expected . shares fell ... and rose",
	}
	if strings.Join(gotS, "|") != strings.Join(wantS, "|") {
		t.Errorf("sentences:\n got %q\nwant %q", gotS, wantS)
	}
	for i := range l.Tokens {
		s, p := l.Sentences[l.Sent[i]], l.Paragraphs[l.Para[i]]
		if i < s.A || i >= s.B || s.A < p.A || s.B > p.B {
			t.Fatalf("token %d: sentence %v not inside paragraph %v or not holding it", i, s, p)
		}
	}
	starts := l.SentenceStarts()
	n := 0
	for _, b := range starts {
		if b {
			n++
		}
	}
	if starts[0] || n != len(l.Sentences)-1 {
		t.Errorf("SentenceStarts: %d starts for %d sentences (first %v)", n, len(l.Sentences), starts[0])
	}
}

func TestMergeMarks(t *testing.T) {
	l := New("He said ``yes'' twice.")
	var ws []string
	for _, tk := range l.Tokens {
		ws = append(ws, tk.Text(l.Text))
	}
	if got := strings.Join(ws, " "); got != "He said `` yes '' twice ." {
		t.Errorf("tokens %q", got)
	}
}

func TestEmpty(t *testing.T) {
	for _, s := range []string{"", "   ", "\n\n"} {
		l := New(s)
		if len(l.Sentences) != 0 && len(l.Tokens) == 0 {
			t.Errorf("%q: %d sentences without tokens", s, len(l.Sentences))
		}
	}
}

// TestTypewriterCloserEndsSentence: two apostrophes closing a quote after
// its period (”…” for “…”) end the sentence like a closing mark does.
func TestTypewriterCloserEndsSentence(t *testing.T) {
	for _, in := range []string{
		"She said, ''We are done.'' He added that the vote was final.",
		"She said, “We are done.” He added that the vote was final.",
	} {
		l := New(in)
		if len(l.Sentences) != 2 {
			t.Fatalf("%q: %d sentences, want 2", in, len(l.Sentences))
		}
		if w := l.Lower[l.Sentences[1].A]; w != "he" {
			t.Errorf("%q: second sentence starts at %q, want he", in, w)
		}
	}
}

// TestAbbreviationKeepsItsPeriod: an abbreviation's period ends no
// sentence: "v." between the parties of a court case ("Roe v. Wade" was
// split into "… Roe v." and "Wade …") and the abbreviated ranks of police
// forces ("Const.", "Cpl.") and of councillors ("Coun."), and "ST." of a
// dateline in capitals.
func TestAbbreviationKeepsItsPeriod(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"She said the court would overturn Roe v. Wade, and left. The court met.",
			[]string{"She said the court would overturn Roe v. Wade , and left .", "The court met ."}},
		{"“We will win,” Const. Jo Brel said. Cpl. Al Roe of Kingston agreed.",
			[]string{"“ We will win , ” Const. Jo Brel said .", "Cpl. Al Roe of Kingston agreed ."}},
		{"Council voted. Coun. Jo Brel said the vote was close.",
			[]string{"Council voted .", "Coun. Jo Brel said the vote was close ."}},
		// "Saint", "Mount" and "Fort" in a dateline's capitals.
		{"ST. JOHN'S — Jordan Fewer said the shot was good. He threw it.",
			[]string{"ST. JOHN 'S — Jordan Fewer said the shot was good .", "He threw it ."}},
		// A province abbreviation may end a sentence: it is no entry.
		{"The body was found in Brockton, Ont. Officials said the cause was unknown.",
			[]string{"The body was found in Brockton , Ont .", "Officials said the cause was unknown ."}},
		// and so does a state's after its town (the tokenizer keeps its
		// period), but not before a word in lower case
		{"The body was found in Fresno, Calif. Officials said the cause was unknown.",
			[]string{"The body was found in Fresno , Calif.", "Officials said the cause was unknown ."}},
		{"A Fresno, Calif. resident said the cause was unknown.",
			[]string{"A Fresno , Calif. resident said the cause was unknown ."}},
		{"Washington, D.C. Mayor Jo Doe said the cause was unknown.",
			[]string{"Washington , D.C. Mayor Jo Doe said the cause was unknown ."}},
		{"She grew up in Fresno, Calif. She moved east in 1990.",
			[]string{"She grew up in Fresno , Calif.", "She moved east in 1990 ."}},
		// A time's abbreviation ends a pasted paragraph at its line's end,
		// not before a day on the next line.
		{"He said most residents had left by 7 a.m.\nGrande Prairie RCMP said officers set up roadblocks.",
			[]string{"He said most residents had left by 7 a.m.", "Grande Prairie RCMP said officers set up roadblocks ."}},
		{"The crews will return at 7 a.m.\nMonday to finish the job.",
			[]string{"The crews will return at 7 a.m. Monday to finish the job ."}},
		// and before a capitalised word and a word in lower case, not a
		// place's time
		{"He got behind the wheel shortly after 11 p.m. Police estimated he was travelling 138 km/h.",
			[]string{"He got behind the wheel shortly after 11 p.m.", "Police estimated he was travelling 138 km / h ."}},
		{"The polls close at 8 p.m. Halifax time on Tuesday.",
			[]string{"The polls close at 8 p.m. Halifax time on Tuesday ."}},
		{"The vote closes at 3 p.m. GMT on Friday, officials said.",
			[]string{"The vote closes at 3 p.m. GMT on Friday , officials said ."}},
		{"The market opens at 7 p.m. Thursdays at the hall.",
			[]string{"The market opens at 7 p.m. Thursdays at the hall ."}},
		// (a hard-wrapped line as long as the text's longest goes on)
		{"The councillor said the meeting would start at 7 p.m.\nSaskatchewan time and run late.\nShort line.",
			[]string{"The councillor said the meeting would start at 7 p.m. Saskatchewan time and run late .", "Short line ."}},
	} {
		l := New(c.in)
		if got := pieces(l, l.Sentences); strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%q: sentences:\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

// TestHeadingLineEndsSentence: a short line of its own opening with a
// capital, after a sentence's end, a photo's credit or a word of the page
// ("Advertisement"), is a section's heading, a sentence before the
// capitalised line after it; a deck ends before a byline's line, and a line
// opening with a quotation starts one; a line of hard-wrapped prose (a
// quotation after "said,", a narrow column) goes on.
func TestHeadingLineEndsSentence(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"The talks went on.\nAdvertisement\nDirectors caught in the middle\nThe association said its members share the concerns of the educators.",
			[]string{"The talks went on .", "Advertisement", "Directors caught in the middle", "The association said its members share the concerns of the educators ."}},
		{"The talks went on.\nDirectors caught in the middle\nThe association said it shares the concerns of the educators.",
			[]string{"The talks went on .", "Directors caught in the middle", "The association said it shares the concerns of the educators ."}},
		// after a photo's credit; a deck before a byline's line
		{"A nurse walks past the hospital. (Robert Short/CBC)\nNurses say it's not just doctors\nThe union says the closures are not only about physicians but about nurses too.",
			[]string{"A nurse walks past the hospital .", "( Robert Short / CBC )", "Nurses say it 's not just doctors", "The union says the closures are not only about physicians but about nurses too ."}},
		{"Health minister says new locum program will stabilize rural emergency rooms by spring\nAisling Dempsey · CBC News · Posted: Feb 18, 2026",
			[]string{"Health minister says new locum program will stabilize rural emergency rooms by spring", "Aisling Dempsey · CBC News · Posted : Feb 18 , 2026"}},
		// a longer heading reporting in the present, up to fourteen tokens
		{"Advertisement\nRiders say they’ll believe it when they see it\nAt the Graham Avenue transit mall on Wednesday evening, reaction from riders was mixed.",
			[]string{"Advertisement", "Riders say they ’ll believe it when they see it", "At the Graham Avenue transit mall on Wednesday evening , reaction from riders was mixed ."}},
		{"The minister said it was a first step.\nNurses’ union says staffing is the real problem\nNew Brunswick Nurses Union president Carolyn Doiron said the province can open beds.",
			[]string{"The minister said it was a first step .", "Nurses ’ union says staffing is the real problem", "New Brunswick Nurses Union president Carolyn Doiron said the province can open beds ."}},
		{"The talks went on.\nNurses say the emergency room at the regional hospital is understaffed\nThe association said its members share the concerns of the nurses and doctors.",
			[]string{"The talks went on .", "Nurses say the emergency room at the regional hospital is understaffed", "The association said its members share the concerns of the nurses and doctors ."}},
		// (a line of ten tokens without "says" goes on, and so does one
		// whose subject before "says" is long or that ends as a wrapped
		// line does)
		{"The talks went on.\nThe president of the regional labour council says the union will ask\nPremier Jo Smith for help with the costs of the strike fund this spring.",
			[]string{"The talks went on .", "The president of the regional labour council says the union will ask Premier Jo Smith for help with the costs of the strike fund this spring ."}},
		{"The talks went on.\nThe union says the province has not yet tabled\nLegislation on the strike fund, which the union wants passed before spring.",
			[]string{"The talks went on .", "The union says the province has not yet tabled Legislation on the strike fund , which the union wants passed before spring ."}},
		{"The talks went on.\nThe union and the board met again on Monday at the\nLegislative Building in the capital to discuss the offer.",
			[]string{"The talks went on .", "The union and the board met again on Monday at the Legislative Building in the capital to discuss the offer ."}},
		// a line opening with a quotation; in the lines heading a page
		// before its first sentence, a deck after a headline, and a
		// byline that is only a name or "Author of the article:" after a
		// deck, are sentences of their own
		{"Local News Wildfires\n'It came over the ridge in 20 minutes': Hundreds flee as Cherry Creek wildfire nearly triples in size\nEvacuation order expanded to 640 properties",
			[]string{"Local News Wildfires", "' It came over the ridge in 20 minutes ' : Hundreds flee as Cherry Creek wildfire nearly triples in size", "Evacuation order expanded to 640 properties"}},
		{"Hay River residents told to be ready to leave\nEvacuation alert issued; NWT Fire says winds expected to shift overnight\nMarie-Ève Sabourin\nThe fire crossed the line on Wednesday.",
			[]string{"Hay River residents told to be ready to leave", "Evacuation alert issued ; NWT Fire says winds expected to shift overnight", "Marie-Ève Sabourin", "The fire crossed the line on Wednesday ."}},
		{"Workers walk off the job\nAbout 640 members set up picket lines, saying the final offer fell short on wages\nAuthor of the article:\nPriya Ramdhanie",
			[]string{"Workers walk off the job", "About 640 members set up picket lines , saying the final offer fell short on wages", "Author of the article :", "Priya Ramdhanie"}},
		// a trailing attribution ending a headline's or a section's
		// heading line: ", expert says"
		{"Striking contractors reject offer\n'We're not going back for a deal that goes backwards,' union president says\nAuthor of the article: Denis Charbonneau",
			[]string{"Striking contractors reject offer", "' We 're not going back for a deal that goes backwards , ' union president says", "Author of the article : Denis Charbonneau"}},
		{"The talks went on.\nAdvertisement\nWeeks-long strike possible, expert says\nHélène Marchand, who studies labour relations at the university, said strikes were once unheard of.",
			[]string{"The talks went on .", "Advertisement", "Weeks-long strike possible , expert says", "Hélène Marchand , who studies labour relations at the university , said strikes were once unheard of ."}},
		// a deck reporting under its headline, after a page's first
		// sentence, and a short byline under it
		{"ALERT: Evacuation order in effect. Tap for the latest.\nEvacuation order issued as wildfire grows to 4,200 hectares\nOut-of-control fire jumped the Wapiti River overnight, Alberta Wildfire says\nStaff — Peace Country Now",
			[]string{"ALERT : Evacuation order in effect .", "Tap for the latest .", "Evacuation order issued as wildfire grows to 4,200 hectares", "Out-of-control fire jumped the Wapiti River overnight , Alberta Wildfire says", "Staff — Peace Country Now"}},
		// (not a wrapped line of a body's paragraph that goes on in lower case)
		{"Officials ordered residents out.\n\nCrews battled the blaze near the town overnight as the fire grew\nFriday to 4,200 hectares, Alberta Wildfire says\nin its latest update on the fire.",
			[]string{"Officials ordered residents out .", "Crews battled the blaze near the town overnight as the fire grew Friday to 4,200 hectares , Alberta Wildfire says in its latest update on the fire ."}},
		// (not a wrapped line's "says": "the report says\nthe plan")
		{"The talks went on.\nThe plan will cost more, the report says\nthe council was told on Monday.",
			[]string{"The talks went on .", "The plan will cost more , the report says the council was told on Monday ."}},
		// (the first sentence of hard-wrapped prose goes on after a word
		// a line of it ends with, or into a line that ends it)
		{"Mayor Jo Brel told the\nCBC on Monday that the town was out of money.",
			[]string{"Mayor Jo Brel told the CBC on Monday that the town was out of money ."}},
		{"Police said a man was arrested after a crash on Highway 2 near\nRed Deer, and that charges are pending.",
			[]string{"Police said a man was arrested after a crash on Highway 2 near Red Deer , and that charges are pending ."}},
		{"Mayor Jane Doe said Tuesday that the city would ask\nPremier John Smith for help with the flood.",
			[]string{"Mayor Jane Doe said Tuesday that the city would ask Premier John Smith for help with the flood ."}},
		// wrapped prose: a quotation after "said,", a narrow column
		{"The mayor said,\n\"We are out of money and we need help from the province.\"",
			[]string{"The mayor said , \" We are out of money and we need help from the province . \""}},
		{"The council met on Monday.\nMayor Jo Brel told the\nCBC the budget was late\nand the town would need\nhelp from the province.",
			[]string{"The council met on Monday .", "Mayor Jo Brel told the CBC the budget was late and the town would need help from the province ."}},
		// hard-wrapped prose: the line goes on from the one before
		{"Council met on Monday to discuss the\nbudget, and the mayor said\nAcme would build three parks.",
			[]string{"Council met on Monday to discuss the budget , and the mayor said Acme would build three parks ."}},
	} {
		l := New(c.in)
		if got := pieces(l, l.Sentences); strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%q: sentences:\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

// TestWordWithItsPeriodEndsBeforeAQuotation: a word that keeps its period
// ends a sentence before a quotation that opens with a capital ("posted a
// photo on X. “Call 911 …”") and the site X after "on" ends one before a
// capital; so does "p.m." or "Inc." before "But", "She" or "The";
// initials before a quoted nickname ("Gov. C.L. “Butch” Otter") and before
// a surname ("John F. Kennedy") do not.
func TestWordWithItsPeriodEndsBeforeAQuotation(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int
	}{
		{"Const. Aaron Kemp posted a photo of the truck on X. “Call 911 if you see it,” the post said.", 2},
		{"Const. Aaron Kemp posted a photo on X. Police said the truck was stolen.", 2},
		{"The group moved to the U.S. “We had no choice,” she said.", 2},
		{"His campaign was represented by Gov. C.L. “Butch” Otter, an early endorser.", 1},
		{"She later posted a photo from the picket line to X. “Fund care,” the post read.", 2},
		{"The library is named for John F. Kennedy and opened in 1979.", 1},
		// A time's or a firm's abbreviation before a word that only opens
		// sentences ends one; before a day or a time zone it does not.
		{"The alert went out at 1:20 p.m. But only 40 per cent of households signed up.", 2},
		{"Crews were called at 9 a.m. She said the road was closed.", 2},
		{"The hearing resumes at 2 p.m. Monday at city hall.", 1},
		{"The game starts at 7 p.m. ET on Saturday.", 1},
		{"The plant is owned by Acme Inc. The company said it would close.", 2},
	} {
		if l := New(c.in); len(l.Sentences) != c.want {
			t.Errorf("%q: %d sentences, want %d", c.in, len(l.Sentences), c.want)
		}
	}
}

// TestTitleCaseHeadlineKeepsItsAbbreviation: in a headline in title case
// "U.S. And" and "Inc. The" go on with one sentence.
func TestTitleCaseHeadlineKeepsItsAbbreviation(t *testing.T) {
	for _, in := range []string{
		"Trump Says U.S. And China Are Close To A Deal On Tariffs",
		"Shares Of Acme Inc. The Biggest Losers On Bay Street Today",
	} {
		if l := New(in); len(l.Sentences) != 1 {
			t.Errorf("%q: %d sentences, want 1", in, len(l.Sentences))
		}
	}
}
