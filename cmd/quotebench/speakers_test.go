package main

import (
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/store"
)

// speakerDoc adds a document whose one quote's speaker is the entity
// named by the mention text who (type typ).
func speakerDoc(t *testing.T, s *store.Store, text, who, quote string, typ annot.MentionType) {
	t.Helper()
	i, j := strings.Index(text, who), strings.Index(text, quote)
	if i < 0 || j < 0 {
		t.Fatalf("%q or %q not in %q", who, quote, text)
	}
	acc := annot.Provenance{Origin: annot.OriginDetector, State: annot.StateAccepted}
	a := annot.Annotations{
		Entities: []annot.Entity{{ID: 1, Name: who, Label: annot.LabelPerson, Provenance: acc}},
		Mentions: []annot.Mention{{ID: 1, Span: annot.Span{Start: i, End: i + len(who)}, Label: annot.LabelPerson, Type: typ, Entity: 1, Provenance: acc}},
		Quotes:   []annot.Quote{{ID: 1, Parts: []annot.Span{{Start: j, End: j + len(quote)}}, Kind: annot.KindIndirect, Speaker: 1, Provenance: acc}},
	}
	if _, err := s.AddDocument(annot.Document{Title: who, Text: text}, &a, annot.OriginDetector); err != nil {
		t.Fatal(err)
	}
}

// The same person quoted in three documents as "Jo Doe", "Doe" and "the
// mayor" becomes one registry entry with three documents: the first two
// by name match (suggested, then confirmed), the description linked by the
// analyst. The overview counts the entry, not three strings; export and
// re-import into a new project keep the speaker_id.
func TestSpeakerRegistryAcrossDocuments(t *testing.T) {
	dir := t.TempDir()
	proj := filepath.Join(dir, "p.quotebench")
	s, err := store.Open(proj, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	speakerDoc(t, s, "Jo Doe said the bridge would open in May.", "Jo Doe", "the bridge would open in May", annot.MentionName)
	speakerDoc(t, s, "Costs rose again, Doe said on Friday.", "Doe", "Costs rose again", annot.MentionName)
	speakerDoc(t, s, "The budget is fine, the mayor said.", "the mayor", "The budget is fine", annot.MentionNominal)
	s.Close()

	code, out, errs := cli(t, "speakers", "--project", proj, "suggest")
	if code != 0 || !strings.Contains(out, "1 new registry entries; 2 links suggested") {
		t.Fatalf("suggest: exit %d\n%s%s", code, out, errs)
	}
	s, err = store.Open(proj, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	links, _ := s.SpeakerLinks()
	if len(links) != 3 || links[0].Name != "the mayor" || links[0].Speaker != "" {
		t.Fatalf("links %+v; want the mayor unlinked first", links)
	}
	sid := links[1].Speaker
	for _, l := range links[1:] {
		if l.Speaker != sid || l.Confirmed {
			t.Errorf("link %+v: want suggested to %s", l, sid)
		}
	}
	mayor := links[0].Entity
	var confirm []string
	for _, l := range links[1:] {
		confirm = append(confirm, itoaEntity(l.Entity))
	}
	s.Close()
	if code, out, errs := cli(t, append([]string{"speakers", "--project", proj, "confirm"}, confirm...)...); code != 0 {
		t.Fatalf("confirm: %d %s%s", code, out, errs)
	}
	if code, out, errs := cli(t, "speakers", "--project", proj, "link", itoaEntity(mayor), sid); code != 0 {
		t.Fatalf("link: %d %s%s", code, out, errs)
	}
	s, err = store.Open(proj, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	sp, _ := s.Speakers()
	if len(sp) != 1 || sp[0].ID != sid || sp[0].Name != "Jo Doe" || sp[0].Documents != 3 || sp[0].Quotes != 3 || sp[0].Suggested != 0 ||
		strings.Join(sp[0].Aliases, "|") != "Doe|the mayor" {
		t.Fatalf("registry %+v; want Jo Doe with 3 documents, aliases Doe and the mayor", sp)
	}
	st, _ := s.Stats()
	if len(st.Speakers) != 1 || st.Speakers[0].Name != "Jo Doe" || st.Speakers[0].Count != 3 {
		t.Errorf("who is quoted: %+v; want Jo Doe 3", st.Speakers)
	}
	// Rename across documents; the old name stays an alias; one undo.
	if err := s.RenameSpeaker(sid, "Joanna Doe"); err != nil {
		t.Fatal(err)
	}
	if st, _ := s.Stats(); st.Speakers[0].Name != "Joanna Doe" {
		t.Errorf("after rename: %+v", st.Speakers)
	}
	if _, _, err := s.Undo(); err != nil {
		t.Fatal(err)
	}
	if sp, _ := s.Speakers(); sp[0].Name != "Jo Doe" || len(sp[0].Aliases) != 2 {
		t.Errorf("after undoing the rename: %+v", sp)
	}
	qs, _ := s.SpeakerQuotes(sid)
	if len(qs) != 3 || qs[2].Text != "The budget is fine" {
		t.Errorf("quotes of the entry: %+v", qs)
	}
	s.Close()

	// Export, and import the export into a new project: the same speaker_id.
	exp := filepath.Join(dir, "out.jsonl")
	if code, out, errs := cli(t, "export", "--project", proj, "--format", "jsonl", "--out", exp); code != 0 {
		t.Fatalf("export: %d %s%s", code, out, errs)
	}
	proj2 := filepath.Join(dir, "again.quotebench")
	if code, out, errs := cli(t, "import-annotations", "--project", proj2, "--format", "jsonl", exp); code != 0 {
		t.Fatalf("re-import: %d %s%s", code, out, errs)
	}
	s2, err := store.Open(proj2, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	sp2, _ := s2.Speakers()
	if len(sp2) != 1 || sp2[0].ID != sid || sp2[0].Documents != 3 {
		t.Errorf("after re-import: %+v; want one entry %s with 3 documents", sp2, sid)
	}
}

func itoaEntity(e annot.EntityID) string { return strconv.FormatInt(int64(e), 10) }
