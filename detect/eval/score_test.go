package eval

import (
	"strings"
	"testing"
)

func str(s string) *string { return &s }
func num(n int) *int       { return &n }

// text of 100 code points: quotes are placed by offset.
var text = strings.Repeat("abcdefghij", 10)

func TestScoreQuotes(t *testing.T) {
	gold := Record{ID: "d", Text: text, Quotes: []Quote{
		{Start: 0, End: 20, Type: "direct", Speaker: str("Ann Lee"), SpeakerStart: num(30), SpeakerEnd: num(33)},
		{Start: 40, End: 60, Type: "indirect", Speaker: str("Bob"), SpeakerStart: num(70), SpeakerEnd: num(73)},
		{Start: 80, End: 90, Type: "mixed"},
	}}
	for _, tc := range []struct {
		name                 string
		pred                 []Quote
		found30, found80, tp int
		spkMention, spkName  int
		spkTotal             int
	}{
		{"none", nil, 0, 0, 0, 0, 0, 0},
		{"exact spans", []Quote{
			{Start: 0, End: 20, Speaker: str("ann lee"), SpeakerStart: num(31), SpeakerEnd: num(32)},
			{Start: 40, End: 60, Speaker: str("Carl"), SpeakerStart: num(0), SpeakerEnd: num(3)},
		}, 2, 2, 2, 1, 1, 2},
		{"thirty percent is not enough", []Quote{{Start: 0, End: 6}}, 0, 0, 0, 0, 0, 0},
		{"over thirty, under eighty", []Quote{{Start: 0, End: 7}, {Start: 44, End: 60}}, 2, 0, 2, 0, 0, 2},
		{"one prediction covers two golds", []Quote{{Start: 0, End: 100}}, 3, 3, 1, 0, 0, 2},
		{"false positive", []Quote{{Start: 20, End: 40}}, 0, 0, 0, 0, 0, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rep := Score([]Record{gold}, []Record{{ID: "d", Text: text, Quotes: tc.pred}})
			if rep.Cover30.Found != tc.found30 || rep.Cover80.Found != tc.found80 || rep.Cover30.TP != tc.tp {
				t.Errorf("found30 %d found80 %d tp %d, want %d %d %d", rep.Cover30.Found, rep.Cover80.Found, rep.Cover30.TP, tc.found30, tc.found80, tc.tp)
			}
			if rep.Cover30.Gold != 3 || rep.Cover30.Pred != len(tc.pred) {
				t.Errorf("gold %d pred %d", rep.Cover30.Gold, rep.Cover30.Pred)
			}
			sp := rep.Speaker
			if sp.Mention.OK != tc.spkMention || sp.Name.OK != tc.spkName || sp.Either.Total != tc.spkTotal {
				t.Errorf("speaker mention %d name %d total %d, want %d %d %d", sp.Mention.OK, sp.Name.OK, sp.Either.Total, tc.spkMention, tc.spkName, tc.spkTotal)
			}
		})
	}
}

func TestScoreExactTrimsMarks(t *testing.T) {
	txt := `He said “We won.” Then`
	gold := Record{Text: txt, Quotes: []Quote{{Start: 8, End: 17, Type: "direct"}}}
	pred := Record{Text: txt, Quotes: []Quote{{Start: 9, End: 15}}} // "We won" without marks and period
	rep := Score([]Record{gold}, []Record{pred})
	if rep.Exact.Found != 1 || rep.Exact.TP != 1 {
		t.Errorf("exact found %d tp %d, want 1 1", rep.Exact.Found, rep.Exact.TP)
	}
}

func TestScoreEntities(t *testing.T) {
	gold := Record{Text: text, Entities: []Entity{{Start: 0, End: 5, Label: "PERSON"}, {Start: 10, End: 15, Label: "GPE"}}}
	pred := Record{Text: text, Entities: []Entity{{Start: 0, End: 5, Label: "PERSON"}, {Start: 10, End: 15, Label: "ORG"}, {Start: 0, End: 5, Label: "PERSON"}}}
	rep := Score([]Record{gold}, []Record{pred})
	all := rep.Entities["ALL"]
	if all.TP != 1 || all.Pred != 2 || all.Gold != 2 {
		t.Errorf("ALL %+v, want tp 1 pred 2 gold 2", all)
	}
	if p := rep.Entities["PERSON"]; p.F1 != 100 {
		t.Errorf("PERSON F1 %v, want 100", p.F1)
	}
	// Gold without an entities field is not scored for entities.
	rep = Score([]Record{{Text: text}}, []Record{pred})
	if len(rep.Entities) != 0 {
		t.Errorf("entities scored without gold entities: %v", rep.Entities)
	}
}

func TestLines(t *testing.T) {
	in := "{\"text\":\"a\"}\n\n{broken\n{\"id\":\"x\"}\n{\"text\":\"b\",\"id\":\"2\"}"
	var got []string
	err := Lines(strings.NewReader(in), func(n int, line []byte) error {
		r, err := ParseLine(line)
		if err != nil {
			got = append(got, "err@"+string(rune('0'+n)))
			return nil
		}
		got = append(got, r.Text)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(got, ",") != "a,err@3,err@4,b" {
		t.Errorf("got %v", got)
	}
}
