package namewords

import (
	"strings"
	"testing"
)

func TestParseRefusesBadEntries(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"mayor", "want word:marks"},
		{"mayor:", "want word:marks"},
		{"Mayor:a", "lower case"},
		{"mayor:a mayor:e", "listed twice"},
		{"mayor:x", "not one of this list's"},
		{"mayor:m", "not one of this list's"},
		{"sam:mf", "both male and female"},
	} {
		allowed := Attribution | Entity
		if strings.HasPrefix(c.text, "sam") {
			allowed = Male | Female | Entity
		}
		_, err := parse("test", c.text, allowed)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("parse(%q) = %v, want an error saying %q", c.text, err, c.want)
		}
	}
	got, err := parse("test", "ada:f adam:me", Male|Female|Entity)
	if err != nil || got["ada"] != Female || got["adam"] != Male|Entity {
		t.Errorf("parse = %v, %v", got, err)
	}
}

// Each user's view is a subset of the one list, and the marks partition it
// as documented: the plain given-name list is the union of all marks.
func TestViewsComeFromOneList(t *testing.T) {
	all := GivenNames(0)
	male, female, gaz := GivenNames(Male), GivenNames(Female), GivenNames(Entity)
	union := map[string]bool{}
	for _, s := range []map[string]bool{male, female, gaz} {
		for w := range s {
			if !all[w] {
				t.Errorf("%q is in a view but not in the list", w)
			}
			union[w] = true
		}
	}
	if len(union) != len(all) || len(male) == 0 || len(female) == 0 || len(gaz) == 0 {
		t.Errorf("views: %d male, %d female, %d gazetteer, union %d, list %d", len(male), len(female), len(gaz), len(union), len(all))
	}
	for w := range male {
		if female[w] {
			t.Errorf("%q is both male and female", w)
		}
	}
	both := Titles(Attribution | Entity)
	for w := range both {
		if !Titles(Attribution)[w] || !Titles(Entity)[w] {
			t.Errorf("title %q has both marks but is missing from a view", w)
		}
	}
	for _, w := range []string{"president", "mr.", "mayor"} {
		if !both[w] {
			t.Errorf("title %q should serve both the scorer and the tagger", w)
		}
	}
}

// TestGendered: the wider list adds genders the table leaves out, and the
// table's own marks win over it.
func TestGendered(t *testing.T) {
	male, female := Gendered(Male), Gendered(Female)
	for w := range GivenNames(Male) {
		if !male[w] || female[w] {
			t.Errorf("%q: the table marks it male", w)
		}
	}
	for w := range GivenNames(Female) {
		if !female[w] || male[w] {
			t.Errorf("%q: the table marks it female", w)
		}
	}
	if len(male) < 2*len(GivenNames(Male)) || len(female) < 2*len(GivenNames(Female)) {
		t.Errorf("the wider list added too little: %d male, %d female", len(male), len(female))
	}
	for w := range male {
		if female[w] {
			t.Errorf("%q is both", w)
		}
	}
}
