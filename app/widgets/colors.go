// Package widgets holds Quotebench's custom Fyne widgets: the annotated
// article view, the speaker picker and the bar chart.
package widgets

import (
	"hash/fnv"
	"image/color"

	"github.com/quotebench/quotebench/annot"
)

// Palette colours, chosen to stay readable under both light and dark text:
// the fills are drawn with alpha so the theme's background shows through.
var (
	ColorQuote   = color.NRGBA{R: 0xf5, G: 0xa6, B: 0x23, A: 0xff} // amber
	ColorCue     = color.NRGBA{R: 0x00, G: 0x96, B: 0x88, A: 0xff} // teal
	ColorSpeaker = color.NRGBA{R: 0xd8, G: 0x1b, B: 0x60, A: 0xff} // magenta
	ColorFound   = color.NRGBA{R: 0xff, G: 0xeb, B: 0x3b, A: 0xa0} // yellow: search matches
)

var labelColors = map[annot.Label]color.NRGBA{
	annot.LabelPerson: {R: 0x1e, G: 0x88, B: 0xe5, A: 0xff}, // blue
	annot.LabelOrg:    {R: 0x43, G: 0xa0, B: 0x47, A: 0xff}, // green
	annot.LabelGPE:    {R: 0x8e, G: 0x24, B: 0xaa, A: 0xff}, // purple
	annot.LabelLoc:    {R: 0x8d, G: 0x6e, B: 0x63, A: 0xff}, // brown
}

var extraColors = []color.NRGBA{
	{R: 0x3f, G: 0x51, B: 0xb5, A: 0xff},
	{R: 0x00, G: 0x97, B: 0xa7, A: 0xff},
	{R: 0x7c, G: 0xb3, B: 0x42, A: 0xff},
	{R: 0xf4, G: 0x51, B: 0x1e, A: 0xff},
	{R: 0x6d, G: 0x4c, B: 0x41, A: 0xff},
}

// LabelColor is the colour of an entity label; labels outside the default
// set get a stable colour from their name.
func LabelColor(l annot.Label) color.NRGBA {
	if c, ok := labelColors[l]; ok {
		return c
	}
	h := fnv.New32a()
	h.Write([]byte(l))
	return extraColors[int(h.Sum32()%uint32(len(extraColors)))]
}

// fill returns c with the alpha used for a state: accepted annotations are
// solid, suggestions light (and outlined by the caller).
func fill(c color.NRGBA, st annot.State) color.NRGBA {
	switch st {
	case annot.StateSuggested:
		c.A = 0x30
	default:
		c.A = 0x80
	}
	return c
}
