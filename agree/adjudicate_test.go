package agree

import "testing"

// The two annotators of agree_test.go, item by item: Q1 agrees (same parts,
// kind and canonical speaker); Q2 differs (parts and speaker); Q3 is only
// A's and "Paris is far." only B's; the names Jo Doe and Paris agree, Ann
// Lee differs (PERSON against ORG). Pending and rejected annotations are
// not items.
func TestItems(t *testing.T) {
	items := Items(article, annotatorA(t), annotatorB(t))
	type want struct {
		text         string
		quote, agree bool
		a, b         bool
	}
	wants := []want{
		{"Jo Doe", false, true, true, true},
		{`"We will build it."`, true, true, true, true},
		{"Critics disagree.", true, false, true, false},
		{`"It is too late,"`, true, false, true, true},
		{"Ann Lee", false, false, true, true},
		{"Paris is far.", true, false, false, true},
		{"Paris", false, true, true, true},
	}
	if len(items) != len(wants) {
		for _, it := range items {
			t.Logf("%s agree=%v", it.Key, it.Agree)
		}
		t.Fatalf("%d items, want %d", len(items), len(wants))
	}
	for i, w := range wants {
		it := items[i]
		if it.Pos != span(t, article, w.text).Start || it.Quote != w.quote || it.Agree != w.agree || (it.A != nil) != w.a || (it.B != nil) != w.b {
			t.Errorf("item %d %q: %+v; want %+v", i, it.Key, it, w)
		}
	}
	// Resolve: B's version of Q2 is the narrowed quote with B's speaker
	// (Jo Doe) and entity; both versions are two quotes, two speakers;
	// neither is nothing.
	q2 := items[3]
	b := q2.Resolve(TakeB)
	if len(b.Quotes) != 1 || b.Quotes[0].Parts[0] != span(t, article, "It is too late") || b.SpeakerName([]rune(article), b.Quotes[0]) != "Jo Doe" {
		t.Errorf("take B: %+v", b)
	}
	if err := b.Validate(len(article)); err != nil {
		t.Errorf("take B is not a valid set: %v", err)
	}
	both := q2.Resolve(Both)
	if len(both.Quotes) != 2 || len(both.Mentions) != 2 || both.SpeakerName([]rune(article), both.Quotes[0]) != "Ann Lee" ||
		both.SpeakerName([]rune(article), both.Quotes[1]) != "Jo Doe" {
		t.Errorf("both: %+v", both)
	}
	if err := both.Validate(len(article)); err != nil {
		t.Errorf("both is not a valid set: %v", err)
	}
	if n := q2.Resolve(Neither); len(n.Quotes)+len(n.Mentions)+len(n.Entities) != 0 {
		t.Errorf("neither adds %+v", n)
	}
	// An item only B has: taking A adds nothing; Agreed takes
	// the side that has it.
	onlyB := items[5]
	if a := onlyB.Resolve(TakeA); len(a.Quotes) != 0 {
		t.Errorf("take A of an item only B has: %+v", a)
	}
	if got := items[1].Resolve(Agreed); len(got.Quotes) != 1 || got.Quotes[0].Parts[0] != span(t, article, `"We will build it."`) {
		t.Errorf("agreed: %+v", got)
	}
	// Keys are stable and distinct.
	seen := map[string]bool{}
	for i, it := range Items(article, annotatorA(t), annotatorB(t)) {
		if it.Key != items[i].Key || seen[it.Key] {
			t.Errorf("key %q unstable or repeated", it.Key)
		}
		seen[it.Key] = true
	}
	for _, c := range Choices {
		if !c.Valid() {
			t.Errorf("%q not valid", c)
		}
	}
	if Choice("maybe").Valid() {
		t.Error("an unknown choice is valid")
	}
}
