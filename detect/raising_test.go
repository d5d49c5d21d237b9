package detect

import (
	"strings"
	"testing"

	"github.com/quotebench/quotebench/annot"
)

// partsOf lists the text of every part of every quote in a, one quote a
// line, parts joined by " | ".
func partsOf(runes []rune, a annot.Annotations) []string {
	var out []string
	for _, q := range a.Quotes {
		var ps []string
		for _, p := range q.Parts {
			ps = append(ps, annot.SpanText(runes, p))
		}
		out = append(out, strings.Join(ps, " | "))
	}
	return out
}

// TestSourcelessRaisingKeepsSubject: in scope all, a passive raising verb
// ("is expected to") or an inference ("seems to be") reports its subject
// with the infinitive, and names no one as the source; an inference about a
// verb of speech keeps its subject as the speaker.
func TestSourcelessRaisingKeepsSubject(t *testing.T) {
	all, err := NewWith(Options{Scope: ScopeAll})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ in, want string }{
		{"The ferry service is expected to resume on Friday.", "The ferry service | resume on Friday"},
		{"A court in the capital is widely expected to rule against the port.", "A court in the capital | rule against the port"},
		{"Judge Orr lacks fame, but she’s expected to win the seat easily.", "she | win the seat easily"},
		{"He appears to be tired of the long fight over the budget.", "He | be tired of the long fight over the budget"},
		// The phrase a preposition's object modifies, at the sentence's
		// start and after "beyond".
		{"Shares in Acme are expected to rise next week.", "Shares in Acme | rise next week"},
		{"The rivals beyond the senator are expected to win the seat.", "The rivals beyond the senator | win the seat"},
	} {
		a := all.Detect(c.in)
		runes := []rune(c.in)
		got := partsOf(runes, a)
		if len(got) != 1 || got[0] != c.want || a.Quotes[0].Speaker != 0 {
			t.Errorf("%q: want one quote %q without a speaker; got%s", c.in, c.want, dump(runes, a))
		}
	}
	in := "The mayor seems to agree with the council on the budget."
	a := all.Detect(in)
	checkQuoteBy(t, a, []rune(in), in, "agree with the council", "The mayor")
}

// TestContractedAuxiliaryBeforeCue: a contracted auxiliary after a pronoun
// ("he's", "who's") is no possessive: the verb after it is a cue with the
// pronoun as its subject, in both scopes.
func TestContractedAuxiliaryBeforeCue(t *testing.T) {
	for _, opts := range []Options{{Scope: ScopeSpeech}, {Scope: ScopeAll}} {
		d, err := NewWith(opts)
		if err != nil {
			t.Fatal(err)
		}
		for _, in := range []string{
			"Ms. Lund's office was quiet, but she’s said the plant will stay open.",
			"The old coach, who's admitted the team was tired, left early.",
		} {
			a := d.Detect(in)
			runes := []rune(in)
			if q := quoteWith(a, runes, "the plant will stay open"); strings.Contains(in, "plant") && q == nil {
				t.Errorf("%q, scope %s: want the plant quote; got%s", in, opts.Scope, dump(runes, a))
			}
			if q := quoteWith(a, runes, "the team was tired"); strings.Contains(in, "team") && q == nil {
				t.Errorf("%q, scope %s: want the team quote; got%s", in, opts.Scope, dump(runes, a))
			}
		}
	}
}

// TestPromiseToIsAnAttitude: "promised to V" is an undertaking, reported in
// scope all as an attitude (as "pledged to" is), not as speech.
func TestPromiseToIsAnAttitude(t *testing.T) {
	in := "The governor promised to repair every bridge in the county by next spring."
	for _, c := range []struct {
		scope Scope
		want  int
	}{{ScopeAll, 1}, {ScopeSpeech, 0}} {
		d, err := NewWith(Options{Scope: c.scope})
		if err != nil {
			t.Fatal(err)
		}
		a := d.Detect(in)
		runes := []rune(in)
		if len(a.Quotes) != c.want || c.want == 1 && quoteWith(a, runes, "repair every bridge") == nil {
			t.Errorf("%q, scope %s: want %d quote(s) holding the repair; got%s", in, c.scope, c.want, dump(runes, a))
		}
	}
}

// TestRaisingNounIsNoCue: "aim", "plan" after an article or "no" are nouns
// ("The aim to cut costs", "has no plans to"), no raising verb with the article as its subject; the
// verb of speech in the sentence reports. (After a possessive, "his plan
// to", the holder's attitude stays: PolNeAR's scope all counts it.)
func TestRaisingNounIsNoCue(t *testing.T) {
	det := detectors(t)["all"]
	for _, c := range []struct{ in, want string }{
		{"The aim to cut costs was clear, Jo Doe said.", "The aim to cut costs was clear"},
		{"A plan to cut taxes was popular, Jo Doe said.", "A plan to cut taxes was popular"},
		{"Norland has no plans to counter the rebels, Jo Doe said.", "Norland has no plans to counter the rebels"},
	} {
		a := det.Detect(c.in)
		checkQuoteBy(t, a, []rune(c.in), c.in, c.want, "Jo Doe")
		if len(a.Quotes) != 1 {
			t.Errorf("%q: want one quote:%s", c.in, dump([]rune(c.in), a))
		}
	}
}

// TestAbsoluteWithIsNoRaisingSubject: "…, with the new line expected to be
// running by 2027" is a passive without its auxiliary in an absolute
// phrase: no one's attitude, and never "with the new line" as a speaker.
func TestAbsoluteWithIsNoRaisingSubject(t *testing.T) {
	det := detectors(t)["all"]
	for _, in := range []string{
		"Work starts in the spring, with the new bridge expected to open by the fall of 2028.",
		"Harvest in the district is a week behind, with wheat yields expected to hold steady after late rains.",
	} {
		a := det.Detect(in)
		runes := []rune(in)
		for _, q := range a.Quotes {
			if name := a.SpeakerName(runes, q); strings.HasPrefix(name, "with ") || strings.HasPrefix(name, "the new bridge") {
				t.Errorf("%q: speaker %q:%s", in, name, dump(runes, a))
			}
		}
	}
}
