package store

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestParseHTML(t *testing.T) {
	body := `<p>The harbour bridge will reopen to traffic in May, the transport minister said on Friday, two years after cracks forced its closure.</p>
<p>“The repairs are on schedule and on budget,” she told reporters. Engineers said the final load tests would take three weeks.</p>`
	cases := []struct {
		name, in    string
		title, date string
		contains    string
		notice, err string
	}{
		{name: "article", in: `<html><head><title>Bridge reopens</title></head><body><article>` + body + `</article></body></html>`,
			title: "Bridge reopens", contains: "“The repairs are on schedule and on budget,” she told reporters."},
		{name: "published date", in: `<html><head><title>T</title><meta property="article:published_time" content="2024-03-05T10:00:00Z"></head><body><article>` + body + `</article></body></html>`,
			title: "T", date: "2024-03-05", contains: "load tests"},
		{name: "no title uses first line", in: `<html><body><article>` + body + `</article></body></html>`,
			title: "The harbour bridge will reopen to traffic in May, the transport minister said on Friday, two years after cracks forced its closure."},
		{name: "utf8 bom", in: "\xEF\xBB\xBF<html><head><title>B</title></head><body><article>" + body + "</article></body></html>", title: "B"},
		{name: "no body", in: `<html><head><title>Only head</title></head></html>`, err: "no article text found"},
		{name: "empty body", in: `<html><body>   </body></html>`, err: "no article text found"},
		{name: "invalid utf8", in: "<html><body>caf\xe9</body></html>", err: "invalid UTF-8"},
		{name: "empty", in: "", err: "empty"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, _, err := ParseHTML([]byte(c.in))
			if c.err != "" {
				if err == nil || !strings.Contains(err.Error(), c.err) {
					t.Fatalf("err = %v, want %q", err, c.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if d.Title != c.title || d.Date != c.date {
				t.Errorf("title %q date %q; want %q %q", d.Title, d.Date, c.title, c.date)
			}
			if !strings.Contains(d.Text, c.contains) || strings.Contains(d.Text, "<p>") {
				t.Errorf("text = %q", d.Text)
			}
		})
	}
}

func FuzzParseHTML(f *testing.F) {
	for _, s := range []string{"<html><body><p>x</p></body></html>", "<title>t</title><article><p>a b c</p></article>", "", "<", "\xff"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		d, _, err := ParseHTML(b)
		if err != nil {
			return
		}
		if !utf8.ValidString(d.Text) || strings.TrimSpace(d.Text) == "" || strings.IndexByte(d.Text, 0) >= 0 {
			t.Fatalf("accepted bad text %q", d.Text)
		}
	})
}
