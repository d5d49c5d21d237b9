package ingest

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
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

// Importing HTML never fetches anything: images, style sheets, scripts,
// frames, media, a <base>, a meta refresh and CSS imports all point at a
// loopback server that must see no request at all.
func TestParseHTMLFetchesNothing(t *testing.T) {
	var hits atomic.Int64
	var mu sync.Mutex
	var paths []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		mu.Lock()
		paths = append(paths, r.URL.Path)
		mu.Unlock()
		w.Header().Set("Content-Type", "text/html")
		io.WriteString(w, "<html><body><p>fetched</p></body></html>")
	}))
	u := srv.URL
	page := `<!DOCTYPE html><html><head>
<base href="` + u + `/base/">
<title>Harbour bridge reopens</title>
<meta http-equiv="refresh" content="0; url=` + u + `/refresh">
<meta property="og:image" content="` + u + `/og.png">
<link rel="stylesheet" href="` + u + `/style.css">
<link rel="preload" href="` + u + `/font.woff2" as="font">
<link rel="icon" href="` + u + `/favicon.ico">
<link rel="canonical" href="` + u + `/canonical">
<style>@import url("` + u + `/import.css"); body { background: url(` + u + `/bg.png) }</style>
<script src="` + u + `/script.js"></script>
<script type="module">import "` + u + `/module.js";</script>
</head><body>
<article>
<img src="` + u + `/x" srcset="` + u + `/x2 2x" alt="bridge">
<img src="relative.png">
<picture><source srcset="` + u + `/p.webp"><img src="` + u + `/p.jpg"></picture>
<p>The harbour bridge will reopen to traffic in May, the transport minister said on Friday, two years after cracks forced its closure.</p>
<iframe src="` + u + `/frame"></iframe>
<video poster="` + u + `/poster.jpg" src="` + u + `/video.mp4"><track src="` + u + `/track.vtt"></video>
<audio src="` + u + `/audio.mp3"></audio>
<object data="` + u + `/object"></object><embed src="` + u + `/embed">
<p>“The repairs are on schedule and on budget,” she told reporters. Engineers said the final load tests would take three weeks.</p>
<a href="` + u + `/link">more</a>
<form action="` + u + `/form"><input type="image" src="` + u + `/input.png"></form>
<svg><image href="` + u + `/svg.png"/></svg>
</article>
</body></html>`
	d, _, err := ParseHTML([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(d.Text, "The repairs are on schedule") {
		t.Errorf("text = %q", d.Text)
	}
	if strings.Contains(d.Text, "fetched") {
		t.Errorf("the text holds what the server serves: %q", d.Text)
	}
	srv.Close() // waits for requests in flight
	if n := hits.Load(); n != 0 {
		t.Errorf("ParseHTML made %d requests: %v", n, paths)
	}
}

// The counting server above does see a request when one is made, so a zero
// there means something.
func TestParseHTMLFetchCounterWorks(t *testing.T) {
	var hits atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { hits.Add(1) }))
	defer srv.Close()
	resp, err := http.Get(srv.URL + "/x")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if hits.Load() != 1 {
		t.Errorf("hits = %d, want 1", hits.Load())
	}
}
