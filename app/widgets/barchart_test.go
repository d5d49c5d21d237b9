package widgets

import (
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
)

func TestBarChartValues(t *testing.T) {
	test.NewTempApp(t)
	c := NewBarChart([]Bar{{Label: "Done", Value: 1234, Color: color.Black}, {Label: "To do", Color: color.Black}, {Label: "Odd", Value: -5, Color: color.Black}})
	c.Resize(fyne.NewSize(400, 100))
	var texts []string
	var widths []float32
	for _, o := range test.WidgetRenderer(c).Objects() {
		switch o := o.(type) {
		case *canvas.Text:
			texts = append(texts, o.Text)
		case *canvas.Rectangle:
			widths = append(widths, o.Size().Width)
		}
	}
	want := []string{"Done", "1234", "To do", "0", "Odd", "-5"}
	if len(texts) != len(want) {
		t.Fatalf("texts %q, want %q", texts, want)
	}
	for i := range want {
		if texts[i] != want[i] {
			t.Errorf("text %d = %q, want %q", i, texts[i], want[i])
		}
	}
	if len(widths) != 3 || widths[0] <= widths[1] {
		t.Errorf("bar widths %v: the largest value must have the longest bar", widths)
	}
}

// A bar's text (a percentage with a word) fits beside the longest bar.
func TestBarChartTextFits(t *testing.T) {
	test.NewTempApp(t)
	c := NewBarChart([]Bar{{Label: "said", Value: 100, Color: color.Black, Text: "100% kept"}, {Label: "noted", Value: 33, Color: color.Black, Text: "33% kept"}})
	c.Max = 100
	c.Resize(fyne.NewSize(400, 60))
	for _, o := range test.WidgetRenderer(c).Objects() {
		if txt, ok := o.(*canvas.Text); ok && txt.Text == "100% kept" {
			if right := txt.Position().X + txt.MinSize().Width; right > 400 {
				t.Errorf("%q ends at %.0f, past the chart's 400", txt.Text, right)
			}
			return
		}
	}
	t.Error("the bar's text is not drawn")
}
