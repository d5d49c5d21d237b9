package ingest

import (
	"strings"
	"testing"
)

// A page nested deeper than MaxHTMLDepth is refused with a reason before
// it is parsed (parsing it would take minutes); ordinary pages, also ones
// that leave out optional end tags, and nesting up to the limit parse.
func TestHTMLDepthBounded(t *testing.T) {
	page := func(body string) []byte {
		return []byte("<html><head><title>Harbour works</title></head><body>" + body + "</body></html>")
	}
	text := "<p>The mayor said the harbour works would end in May, after two years of delays and disputes.</p>"
	deep := func(tag string, n int) string {
		return strings.Repeat("<"+tag+">", n) + text + strings.Repeat("</"+tag+">", n)
	}
	for _, c := range []struct {
		name string
		body string
	}{
		{"divs", deep("div", 20000)},
		{"unclosed spans", strings.Repeat("<span>", 5000) + text},
		{"self-closing divs (HTML nests them)", strings.Repeat("<div/>", 5000) + text},
		{"table cells in cells", strings.Repeat("<table><tr><td>", 2000) + text},
	} {
		_, _, err := ParseHTML(page(c.body))
		if err == nil || !strings.Contains(err.Error(), "nested more than") {
			t.Errorf("%s: %v, want a refusal naming the nesting", c.name, err)
		}
	}
	for _, c := range []struct {
		name string
		body string
	}{
		{"at the limit", deep("div", MaxHTMLDepth-10)},
		{"thousands of unclosed paragraphs and items", "<article>" + strings.Repeat("<p>The council said the vote was close. <ul><li>one<li>two</ul>", 3000) + "</article>"},
	} {
		d, _, err := ParseHTML(page(c.body))
		if err != nil || !strings.Contains(d.Text, "council said") && !strings.Contains(d.Text, "mayor said") {
			t.Errorf("%s: %v (text %.60q)", c.name, err, d.Text)
		}
	}
}
