package detect

import (
	"strings"
	"testing"

	"github.com/quotebench/quotebench/annot"
)

// TestAttitudeVerbsDoNotInvert: only verbs of speech put their speaker
// after them ("said Jo Doe"); a name after an attitude verb is its object,
// and the subject before it holds the attitude (scope all; the speech scope
// suggests no attitude).
func TestAttitudeVerbsDoNotInvert(t *testing.T) {
	all, err := NewWith(Options{Scope: ScopeAll})
	if err != nil {
		t.Fatal(err)
	}
	speech, err := NewWith(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ in, want, by string }{
		{"The union backed Ana Ruiz in the race for mayor.", "Ana Ruiz in the race for mayor", "The union"},
		{"Most farmers in the valley favored Jo Lund over the incumbent.", "Jo Lund over the incumbent", "Most farmers in the valley"},
	} {
		checkQuoteBy(t, all.Detect(c.in), []rune(c.in), c.in, c.want, c.by)
		if a := speech.Detect(c.in); len(a.Quotes) > 0 {
			t.Errorf("%q, scope speech: want no quote; got%s", c.in, dump([]rune(c.in), a))
		}
	}
}

// TestTopicBeforeQuotation: a topic whose words before a quotation are no
// noun ("spoke of the “countless families …”", "warned of a “…”") is the
// quotation, not a quote of the article alone; a quotation of a word or
// two runs on in the topic ("warned of the “grave danger” posed by …").
func TestTopicBeforeQuotation(t *testing.T) {
	det := mustNew(t)
	for _, in := range []string{
		`Governor Tom Lund spoke of the "countless families who had suffered so much."`,
		`The activist warned of a "deal struck behind closed doors by party insiders."`,
	} {
		a := det.Detect(in)
		runes := []rune(in)
		for _, q := range a.Quotes {
			if txt := annot.SpanText(runes, q.Parts[0]); txt == "the" || txt == "a" {
				t.Errorf("%q: a quote of the article alone:%s", in, dump(runes, a))
			}
		}
		if quoteWith(a, runes, "families") == nil && quoteWith(a, runes, "closed doors") == nil {
			t.Errorf("%q: the quotation is no quote:%s", in, dump(runes, a))
		}
	}
	// A quoted word or two runs on in the topic.
	for _, c := range []struct{ in, want string }{
		{`Ann Holt talked about the proposed "tax holiday" for families at length on Monday.`, `the proposed "tax holiday" for families`},
		{`Ann Holt warned of the "grave danger" posed by the dam.`, `the "grave danger" posed by the dam`},
	} {
		if quoteWith(det.Detect(c.in), []rune(c.in), c.want) == nil {
			t.Errorf("%q: want a quote holding %q:%s", c.in, c.want, dump([]rune(c.in), det.Detect(c.in)))
		}
	}
}

// TestDocumentsShow: a written record that "shows" states it ("Court
// documents show he used the money …"), in the speech scope too, and so
// does a poll, a survey, a study or a report, whose finding it is, as with
// "found" ("A poll by X suggested 71 per cent …"); data and research that
// show or suggest stay evidence, no speech, and so does a study denied.
func TestDocumentsShow(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"Court documents show he used much of the money to pay gambling debts.", "he used much of the money", "Court documents"},
		{"Police records show the car had been reported stolen.", "the car had been reported stolen", "Police records"},
		{"Dr. Jo Doe suggested the study was flawed.", "the study was flawed", "Jo Doe"},
		{"A new survey suggests that many Islanders feel the situation has not improved.", "many Islanders feel", "A new survey"},
		{"Exit polls suggested that turnout was down.", "turnout was down", "Exit polls"},
		{"The study revealed that teens sleep less than they did.", "teens sleep less", "The study"},
		{"A poll conducted in February by Harbour Pulse Research suggested 71 per cent of residents support the plan.", "71 per cent of residents", "Harbour Pulse Research"},
	})
	det := mustNew(t)
	for _, in := range []string{"Data from the agency shows rents fell.", "Research suggests screens hurt sleep.",
		"No study has shown that the drug works.", "The figures suggest that rents fell."} {
		if a := det.Detect(in); len(a.Quotes) > 0 {
			t.Errorf("%q: evidence reported as speech:%s", in, dump([]rune(in), a))
		}
	}
}

// TestSourcedDataShow: data or figures that name their source ("Statistics
// Canada data show", "Figures from Environment Canada show") state what the
// source put out, in the speech scope too, as data "from" a source do
// ("according to new data from Statistics Canada"); unnamed data stay
// evidence.
func TestSourcedDataShow(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"Statistics Canada data show that in 2022, nearly half of residents lived in food-insecure households.", "nearly half of residents", "Statistics Canada"},
		{"Figures from Environment Canada show the town received about 140 millimetres of rain.", "the town received about 140 millimetres", "Environment Canada"},
	})
	det := mustNew(t)
	// data "from" a named source: the source is the agent (dataAgent);
	// not a year
	for _, c := range []struct{ in, np, want string }{
		{"Rural areas shrank, according to new data from Statistics Canada.", "new data from Statistics Canada", "Statistics Canada"},
		{"Rural areas shrank, according to data from 2019.", "data from 2019", "data from 2019"},
		{"Algae levels are the highest on record, according to data from Lake Kestrel.", "data from Lake Kestrel", "data from Lake Kestrel"},
	} {
		r := det.run(c.in)
		x := r.x
		i := strings.Index(c.in, c.np)
		np := rng{-1, -1}
		for k := range x.toks {
			if int(x.toks[k].Start) == i {
				np.a = k
			}
			if int(x.toks[k].End) == i+len(c.np) {
				np.b = k + 1
			}
		}
		if np.a < 0 || np.b < 0 {
			t.Fatalf("%q: no tokens for %q", c.in, c.np)
		}
		if a := x.dataAgent(np); x.spanText(a.a, a.b) != c.want {
			t.Errorf("%q: agent of %q is %q, want %q", c.in, c.np, x.spanText(a.a, a.b), c.want)
		}
	}
	for _, in := range []string{"The data show that in 2022, nearly half of residents lived in food-insecure households.",
		"The figures suggest that rents fell.", "The U.S. Open draw ceremony showed both title holders would meet late.",
		"The numbers for Ontario show that rents fell sharply in the spring."} {
		if a := det.Detect(in); len(a.Quotes) > 0 {
			t.Errorf("%q: evidence reported as speech:%s", in, dump([]rune(in), a))
		}
	}
}

// TestTestsConfirm: what test results or counts "confirm" is evidence,
// not speech, in the speech scope; a body's confirmation is speech.
func TestTestsConfirm(t *testing.T) {
	det := mustNew(t)
	for in, bad := range map[string]string{
		"The order will stay in place until laboratory results confirm the water is safe, the city said.": "the water is safe, the city said",
		"For grocers, the numbers confirmed what they have been seeing on their invoices for weeks.":      "what they have been seeing",
		"Tests confirmed a blue-green algae bloom at the beach on Tuesday.":                               "a blue-green algae bloom",
	} {
		noQuoteHolding(t, det.Detect(in), in, bad)
	}
	checkSpeakers(t, []speakerCase{
		{"Police confirmed the driver was taken to hospital.", "the driver was taken to hospital", "Police"},
	})
}

// TestStudyFindingAuthorAndSequel: a study's author named in an appositive
// after it ("The report, released Tuesday by the Health Quality Council of
// Alberta, found …") speaks for it; "It also found …" right after goes on
// with the study's finding in the speech scope; and a bare plural after
// "found" opens the finding's clause ("found beds in the hallway were
// common").
func TestStudyFindingAuthorAndSequel(t *testing.T) {
	det := mustNew(t)
	in := "The report, released Tuesday by the Health Quality Council of Alberta, found the hospital ran at an average occupancy of 127 per cent.\n\nIt also found the median time patients spent in the emergency department rose."
	checkSpeakerName(t, det, in, "the hospital ran at an average occupancy of 127 per cent", "Health Quality Council of Alberta")
	checkSpeakerName(t, det, in, "the median time patients spent in the emergency department rose", "Health Quality Council of Alberta")
	checkSpeakers(t, []speakerCase{
		{"The report also found beds in the hallway were common.", "beds in the hallway were common", "The report"},
	})
	// "It also shows …" is no study's finding, "it" after no study none
	if a := det.Detect("The study found the rents had fallen. It also shows how wages rose in the spring."); quoteWith(a, []rune("The study found the rents had fallen. It also shows how wages rose in the spring."), "wages rose") != nil {
		t.Errorf("a showing verb after a finding reported as the study's")
	}
	if a := det.Detect("The crew searched the lake. It also found the boat had sunk."); len(a.Quotes) > 0 {
		t.Errorf("a search's discovery reported as speech:%s", dump([]rune("The crew searched the lake. It also found the boat had sunk."), a))
	}
}

// TestLongTopicRunsToItsEnd: a topic longer than fifteen words runs to its
// clause's end, not cut inside a coordination ("… on children's clothing
// and restaurant meals unchanged").
func TestLongTopicRunsToItsEnd(t *testing.T) {
	det := mustNew(t)
	checkQuotesBy(t, det, []quoteByCase{
		{"Nadine Akinyemi pointed to the budget's decision to leave the provincial sales tax on children's clothing and restaurant meals unchanged, which she said showed the government was not listening.",
			"the budget's decision to leave the provincial sales tax on children's clothing and restaurant meals unchanged", "Nadine Akinyemi"},
	})
}

// TestForecastCallsFor: a forecast's "calls for" is what it foretells,
// reported in the speech scope, and so is the weather anyone calls for
// ("calling for temperatures in the mid-30s", "snow beginning Tuesday,
// with 10 centimetres expected"); any other "calls for" stays an
// attitude.
func TestForecastCallsFor(t *testing.T) {
	checkQuotesBy(t, mustNew(t), []quoteByCase{{"Environment Canada is calling for a mix of sun and cloud through the end of the week.", "a mix of sun and cloud through the end of the week", "Environment Canada"}})
	det := mustNew(t)
	checkQuotesBy(t, det, []quoteByCase{
		{"Environment Canada's forecast calls for a chance of scattered thundershowers later this week, though little rain is expected.",
			"a chance of scattered thundershowers later this week", "Environment Canada"}, // (the body whose forecast it is)
		{"The union calls for a review of the contract.", "", ""},
		{"Environment Canada is calling for temperatures in the mid-30s through Friday.", "temperatures in the mid-30s through Friday", "Environment Canada"},
		{"The union is calling for a review of snow removal contracts.", "", ""},
		// a slash inside a word goes on: "km/h"
		{"Environment Canada is calling for wind gusts up to 60 km/h along the Larkspur coast through Saturday.",
			"wind gusts up to 60 km/h along the Larkspur coast through Saturday", "Environment Canada"},
		{"Residents called for more snow plows.", "", ""},
		// the weather a verb's "-ing" form follows, and more of the
		// forecast after ", with"
		{"The weather office is calling for snow beginning Tuesday evening, with 10 to 15 centimetres expected by Wednesday.",
			"snow beginning Tuesday evening, with 10 to 15 centimetres expected by Wednesday", "The weather office"},
		// to the next comma or clause, and only with weather early in it
		{"The weather office is calling for snow Tuesday, with 10 cm expected, but Northgate officials say the plows are ready.",
			"snow Tuesday, with 10 cm expected", "The weather office"},
		{"The weather office is calling for snow Tuesday, with 10 cm expected, but Northgate officials say the plows are ready.",
			"the plows are ready", "Northgate officials"},
		{"The weather office is calling for rain on Friday, with the Larkspur fair going ahead despite the rain.",
			"rain on Friday", "The weather office"},
		{"The weather office is calling for heavy rain on Friday, with 12 Larkspur schools already planning to close early.",
			"heavy rain on Friday", "The weather office"},
		// a low or a high "of" a temperature, and an amount after "and about"
		{"Environment Canada is forecasting a return to seasonal temperatures this week, with a low of -27 C expected in Larkspur on Wednesday and about 15 centimetres of snow on Thursday.",
			"a return to seasonal temperatures this week, with a low of -27 C expected in Larkspur on Wednesday and about 15 centimetres of snow on Thursday", "Environment Canada"},
		// an amount first; an en dash typed for a minus
		{"Environment Canada is calling for 10 to 15 centimetres of snow in the Larkspur area Tuesday night, which could make walking harder.",
			"10 to 15 centimetres of snow in the Larkspur area Tuesday night", "Environment Canada"},
		{"Residents have called for 10 years for a new bridge.", "", ""},
		// an approximate amount
		{"Environment Canada is calling for as much as 20 centimetres of snow in Lakeway.", "as much as 20 centimetres of snow in Lakeway", "Environment Canada"},
		{"Environment Canada is calling for about 10 to 15 centimetres of snow in Lakeway.", "about 10 to 15 centimetres of snow in Lakeway", "Environment Canada"},
		{"Environment Canada is forecasting as much as 20 centimetres of snow in Lakeway.", "as much as 20 centimetres of snow in Lakeway", "Environment Canada"},
		{"The union is calling for as much as 20 per cent more pay.", "", ""},
		{"Environment Canada is forecasting a wet fall for the northwest, with above-normal precipitation expected through November.",
			"a wet fall for the northwest, with above-normal precipitation expected through November", "Environment Canada"},
		{"Environment Canada is forecasting an overnight low of –9 C on Saturday, with five to 10 centimetres of snow expected in Larkspur.",
			"an overnight low of –9 C on Saturday, with five to 10 centimetres of snow expected in Larkspur", "Environment Canada"},
		// weather after a participle that modifies it; a chance of
		// something; a measure expected; not a thing expected to happen
		{"Environment Canada is calling for overnight lows near -28 C by the middle of next week, with blowing snow possible along Highway 43.",
			"overnight lows near -28 C by the middle of next week, with blowing snow possible along Highway 43", "Environment Canada"},
		{"Environment Canada is forecasting near-normal temperatures for the region through mid-February, with a chance of a milder pattern toward the end of the month.",
			"near-normal temperatures for the region through mid-February, with a chance of a milder pattern toward the end of the month", "Environment Canada"},
		{"Environment Canada is forecasting strong winds and rain on Saturday, with water levels on the river expected to stay above seasonal norms.",
			"strong winds and rain on Saturday, with water levels on the river expected to stay above seasonal norms", "Environment Canada"},
		{"Environment Canada is calling for snow on Friday, with Larkspur schools expected to close early.", "snow on Friday", "Environment Canada"},
		// a list of places, and "as early as"
		{"The agency is forecasting above-normal fire danger in parts of British Columbia, Alberta, Saskatchewan and the Northwest Territories beginning as early as May.",
			"above-normal fire danger in parts of British Columbia, Alberta, Saskatchewan and the Northwest Territories beginning as early as May", "The agency"},
		{"Environment Canada is calling for snow in Larkspur, Northgate and Lakeway on Friday.", "snow in Larkspur, Northgate and Lakeway on Friday", "Environment Canada"},
		{"The outlook shows above-normal fire risk for much of northern Alberta, northeastern B.C., southern Northwest Territories and central Saskatchewan by June.",
			"above-normal fire risk for much of northern Alberta, northeastern B.C., southern Northwest Territories and central Saskatchewan by June", "The outlook"}, // places with a compass word before them
		// a list that is a verb's subject; "as early as" a clause; a
		// measure of no weather or water; a chance of no weather
		{"Environment Canada is forecasting heavy snow for Larkspur, Northgate and Lakeway RCMP said Highway 7 could close.", "heavy snow for Larkspur", "Environment Canada"},
		{"Environment Canada is forecasting heavy snow for Larkspur, Northgate and Lakeway RCMP said Highway 7 could close.", "Highway 7 could close", "Northgate and Lakeway RCMP"},
		{"Environment Canada is forecasting rain as early as Thursday as a system moves in.", "rain as early as Thursday", "Environment Canada"},
		{"The agency is forecasting above-normal fire danger as soon as the snow melts.", "above-normal fire danger", "The agency"},
		{"The agency is forecasting above-normal fire danger as soon as Environment Canada lifts the warning.", "above-normal fire danger", "The agency"},
		{"Environment Canada is calling for heavy rain on Friday, with property tax rates expected to rise in the spring.", "heavy rain on Friday", "Environment Canada"},
		{"Environment Canada is forecasting rain on Saturday, with a chance of the game being postponed.", "rain on Saturday", "Environment Canada"},
		{"Environment Canada is calling for overnight lows near -28 C, with wind chill values expected to reach -40.", "overnight lows near -28 C, with wind chill values expected to reach -40", "Environment Canada"},
	})
}

// TestCitedReasonIsSpeech: the reason a subject gave, after "citing" or
// "cited" ("closed the pool, citing a shortage of lifeguards"), is its
// report in the speech scope too, as PolNeAR marks it; a plain object of
// another speech verb is not ("criticized the plan").
func TestCitedReasonIsSpeech(t *testing.T) {
	det := mustNew(t)
	checkQuotesBy(t, det, []quoteByCase{
		{"The town closed the pool, citing a shortage of lifeguards.", "a shortage of lifeguards", "The town"},
		{"The mayor cited rising costs as the main reason.", "rising costs as the main reason", "The mayor"},
		{"The mayor criticized the plan.", "", ""},
		// a ticket and a study's sources are no reasons
		{"Police cited the driver for careless driving.", "", ""},
		{"The study cited 40 papers on the topic.", "", ""},
	})
}

// TestDataAgentSpeaks: "according to figures released Tuesday by the
// union" is the union's report, named by the one who put the figures out
// (not its time: "by the festival in September"); data with no agent
// keep their phrase.
func TestDataAgentSpeaks(t *testing.T) {
	det := mustNew(t)
	checkQuotesBy(t, det, []quoteByCase{
		{"Paramedics spent 1,900 hours waiting outside the hospital in December, according to figures released Tuesday by the union that represents them.",
			"Paramedics spent 1,900 hours waiting outside the hospital in December", "the union"},
		{"Attendance reached about 212,000, according to figures released by the festival in September.", "Attendance reached about 212,000", "the festival"},
		{"Rents rose 8 per cent, according to data from the agency.", "Rents rose 8 per cent", "data from the agency"},
	})
}

// TestInFavourIsNoVerb: "voted in favour of a strike mandate" has no
// verb "favour": no attitude with "members voted 94 per cent in" as its
// holder, and no content taken from the clause after the comma.
func TestInFavourIsNoVerb(t *testing.T) {
	det := detectors(t)["all"]
	for _, in := range []string{
		"Union members voted 94 per cent in favour of a strike mandate earlier this month, though Jo Doe stressed that a strike vote is a bargaining tool.",
		"Three of the four counties voted in favor, while turnout fell to 41 per cent.",
	} {
		a, runes := det.Detect(in), []rune(in)
		for _, q := range a.Quotes {
			if name := a.SpeakerName(runes, q); strings.HasSuffix(name, " in") {
				t.Errorf("%q: speaker %q:%s", in, name, dump(runes, a))
			}
		}
	}
}

// TestWeatherCallsAndWarnings: "calling for dry, warm weather" forecasts
// the whole phrase (two adjectives of one noun, not a list's comma); "a
// snowfall warning for the region" is a warning in force for a place, no
// topic of anyone's words.
func TestWeatherCallsAndWarnings(t *testing.T) {
	det := detectors(t)["all"]
	in := "Forecasters are calling for dry, warm weather through the weekend, which should let combines roll."
	checkQuoteBy(t, det.Detect(in), []rune(in), in, "dry, warm weather through the weekend", "Forecasters")
	in = "Environment Canada has issued a snowfall warning for the region, calling for 15 to 25 centimetres of snow."
	noQuoteHolding(t, det.Detect(in), in, "the region")
}

// TestForecastOddsOfWeather: the weather a forecaster calls for may come
// after its odds ("a chance of showers", "a 40 per cent chance of rain");
// odds of anything else stay an attitude.
func TestForecastOddsOfWeather(t *testing.T) {
	checkQuotesBy(t, mustNew(t), []quoteByCase{
		{"Environment Canada is calling for a chance of showers later this week.", "a chance of showers later this week", "Environment Canada"},
		{"Environment Canada is calling for a 40 per cent chance of rain on Friday.", "a 40 per cent chance of rain on Friday", "Environment Canada"},
		{"The union is calling for a chance to appeal the ruling.", "", ""},
	})
}

// TestAttitudeAfterTime: a time between a raising verb and its "to"
// ("agreed last year to extend", "plans on Tuesday to file") leaves the
// verb an attitude: none in the speech scope, the infinitive's clause in
// the scope all; "agreed last week that …" still reports.
func TestAttitudeAfterTime(t *testing.T) {
	det := mustNew(t)
	all, err := NewWith(Options{Scope: ScopeAll})
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range []string{
		"The city agreed last year to extend water and sewer services to the Larkspur site.",
		"The board voted in March to close the Kestrel branch.",
	} {
		checkQuoteTexts(t, det, in, nil)
	}
	checkQuoteTexts(t, all, "The city agreed last year to extend water and sewer services to the Larkspur site.",
		[]string{"extend water and sewer services to the Larkspur site"})
	checkQuoteTexts(t, det, "Jo Doe agreed last week that the plan was flawed.", []string{"the plan was flawed"})
	// after a time, "to" and no infinitive is an addressee
	checkQuoteTexts(t, det, "Jo Doe promised on Monday to the residents of Birchfall that a school would be built.", []string{"a school would be built"})
}
