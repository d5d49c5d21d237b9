package detect

import "testing"

// TestHeTakesDescribedSpeaker: a "he" or "she" that no named person fits
// goes on with the person the last speaker's description names ("A
// trader at a bank said X. …, he said"): both mentions are one entity,
// named as the description is written.
func TestHeTakesDescribedSpeaker(t *testing.T) {
	det := mustNew(t)
	for _, in := range []string{
		"Markets were calm. A trader at a Swiss bank said the rates looked stable. Prices had barely moved since Monday, he said.",
		"The ferry hit the pier at noon, a harbour spokeswoman said. Nobody was hurt, she added.",
	} {
		a := det.Detect(in)
		if len(a.Quotes) != 2 {
			t.Fatalf("%q: want two quotes:%s", in, dump([]rune(in), a))
		}
		m1, m2 := a.Mention(a.Quotes[0].Speaker), a.Mention(a.Quotes[1].Speaker)
		if m1 == nil || m2 == nil || m1.Entity == 0 || m1.Entity != m2.Entity {
			t.Errorf("%q: want both quotes' speakers one entity:%s", in, dump([]rune(in), a))
		}
	}
}
