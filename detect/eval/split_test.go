package eval

import (
	"strconv"
	"testing"
)

func TestSplitLastHundredAreTune(t *testing.T) {
	var recs []Record
	for i := 0; i < 250; i++ {
		recs = append(recs, Record{ID: strconv.Itoa(i), Text: "x"})
	}
	fit, tune := Split(recs)
	if len(fit) != 150 || len(tune) != TuneSize {
		t.Fatalf("fit %d tune %d, want 150 and %d", len(fit), len(tune), TuneSize)
	}
	if fit[149].ID != "149" || tune[0].ID != "150" || tune[99].ID != "249" {
		t.Errorf("split boundary: fit ends %s, tune %s..%s", fit[149].ID, tune[0].ID, tune[99].ID)
	}
	grown := append(fit, Record{ID: "new"}) // capacity is capped: tune is not overwritten
	if tune[0].ID != "150" || grown[150].ID != "new" {
		t.Error("appending to fit overwrote tune")
	}
	if _, err := SelectSplit(recs, "dev"); err == nil {
		t.Error("unknown split accepted")
	}
	small, _ := SelectSplit(recs[:40], "tune")
	if len(small) != 40 {
		t.Errorf("short file: tune has %d, want all 40", len(small))
	}
}
