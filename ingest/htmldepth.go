package ingest

import (
	"fmt"
	"strings"

	"golang.org/x/net/html"
)

// MaxHTMLDepth is how deeply a page's elements may nest. HTML parsing and
// readability's passes both take time that grows with the square of the
// depth (20,000 levels: half a minute; 200,000: more than half an hour), and
// real pages stay far below it (a news site's article: 20 to 60 levels).
const MaxHTMLDepth = 500

// voidElements never have content, so they never nest.
var voidElements = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true, "input": true,
	"link": true, "meta": true, "param": true, "source": true, "track": true, "wbr": true, "keygen": true,
}

// impliedEnd are the elements whose end tag may be left out: another of the
// same name closes the open one (a page of a thousand <p> without </p> is
// not a thousand levels deep), but not across the elements listed, which
// start a new scope (a table inside a cell has rows of its own).
var impliedEnd = map[string][]string{
	"p":  {"table", "td", "th", "caption", "button", "object", "template", "marquee", "applet"},
	"li": {"ul", "ol", "menu"}, "dt": {"dl"}, "dd": {"dl"},
	"option": {"select", "datalist"}, "optgroup": {"select"},
	"tr": {"table"}, "td": {"table"}, "th": {"table"},
	"thead": {"table"}, "tbody": {"table"}, "tfoot": {"table"}, "colgroup": {"table"},
	"rb": {"ruby"}, "rt": {"ruby"}, "rp": {"ruby"}, "rtc": {"ruby"},
}

// htmlDepth measures how deeply the elements of src nest, reading it once
// with the HTML tokenizer (linear time), and stops as soon as the depth
// passes limit. It follows the parser closely enough for a bound: end tags
// close back to their element, a start tag of an element with an optional
// end tag closes the open one of its name, and void elements do not nest.
func htmlDepth(src string, limit int) int {
	z := html.NewTokenizer(strings.NewReader(src))
	var open []string
	deepest := 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return deepest
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			tag := string(name)
			if voidElements[tag] {
				continue
			}
			if scope, ok := impliedEnd[tag]; ok {
			search:
				for i := len(open) - 1; i >= 0; i-- {
					if open[i] == tag {
						open = open[:i]
						break
					}
					for _, b := range scope {
						if open[i] == b {
							break search
						}
					}
				}
			}
			open = append(open, tag)
			if len(open) > deepest {
				deepest = len(open)
				if deepest > limit {
					return deepest
				}
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			for i := len(open) - 1; i >= 0; i-- {
				if open[i] == string(name) {
					open = open[:i]
					break
				}
			}
		}
	}
}

// checkHTMLDepth refuses a page nested deeper than MaxHTMLDepth.
func checkHTMLDepth(src string) error {
	if d := htmlDepth(src, MaxHTMLDepth); d > MaxHTMLDepth {
		return fmt.Errorf("html: elements nested more than %d levels deep; refused, because parsing such a page takes time "+
			"that grows with the square of its depth (a news article nests 20 to 60 levels)", MaxHTMLDepth)
	}
	return nil
}
