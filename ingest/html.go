package ingest

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/formats/article"
)

// ParseHTML extracts a web page's main text and title with readability
// (codeberg.org/readeck/go-readability). It parses the bytes it is given and
// never fetches anything: no page URL is passed, so nothing is resolved.
// It lives here rather than in formats/article because the library
// links net/http, which pulls cgo into the core packages.
func ParseHTML(data []byte) (annot.Document, []string, error) {
	src, notes, err := article.Decode(data)
	if err != nil {
		return annot.Document{}, notes, err
	}
	if err := checkHTMLDepth(src); err != nil {
		return annot.Document{}, notes, err
	}
	art, err := readability.FromReader(strings.NewReader(src), nil)
	if err != nil {
		return annot.Document{}, notes, fmt.Errorf("html: %v", err)
	}
	if art.Node == nil {
		return annot.Document{}, notes, errors.New("html: no article text found")
	}
	var b strings.Builder
	if err := art.RenderText(&b); err != nil {
		return annot.Document{}, notes, fmt.Errorf("html: %v", err)
	}
	text := strings.TrimSpace(b.String())
	if text == "" {
		return annot.Document{}, notes, errors.New("html: no article text found")
	}
	if !utf8.ValidString(text) || strings.IndexByte(text, 0) >= 0 {
		return annot.Document{}, notes, errors.New("html: extracted text is not valid UTF-8")
	}
	d := annot.Document{Text: text, Title: strings.TrimSpace(art.Title())}
	if d.Title == "" || utf8.RuneCountInString(d.Title) > article.MaxTitle {
		d.Title = article.FirstLine(d.Title + "\n" + text)
	}
	if t, err := art.PublishedTime(); err == nil {
		d.Date = t.Format("2006-01-02")
	}
	return d, notes, nil
}
