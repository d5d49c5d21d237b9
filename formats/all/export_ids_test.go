package all_test

import (
	"path/filepath"
	"testing"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/formats"
	"github.com/quotebench/quotebench/formats/csv"
	"github.com/quotebench/quotebench/formats/formatstest"
)

// An analyst accepts mentions and quotes but never decides on entities (no
// action does): with --state accepted the accepted mentions keep their
// still suggested entity, so the cluster and the speaker's canonical name
// are exported.
func TestAcceptedMentionsKeepSuggestedEntity(t *testing.T) {
	it := formatstest.Article()
	for i := range it.Ann.Entities {
		it.Ann.Entities[i].State = annot.StateSuggested
	}
	for i := range it.Ann.Mentions {
		it.Ann.Mentions[i].State = annot.StateAccepted
	}
	for i := range it.Ann.Quotes {
		it.Ann.Quotes[i].State = annot.StateAccepted
	}
	opt := formats.Options{State: "accepted"}

	t.Run("jsonl", func(t *testing.T) {
		out, m := formatstest.Export(t, "jsonl", []formats.Item{it}, opt)
		if m.Counts.Entities != len(it.Ann.Entities) {
			t.Errorf("manifest counts %d entities, want %d", m.Counts.Entities, len(it.Ann.Entities))
		}
		f, _ := formats.Lookup("jsonl")
		var got annot.Annotations
		if err := f.Read(out, formats.Options{}, func(rec formats.Record) bool {
			if rec.Err != nil {
				t.Fatal(rec.Err)
			}
			got = rec.Ann
			return true
		}); err != nil {
			t.Fatal(err)
		}
		var smith *annot.Mention
		for i, mm := range got.Mentions {
			if mm.Start == it.Ann.Mentions[5].Start { // the second "Smith"
				smith = &got.Mentions[i]
			}
		}
		if smith == nil {
			t.Fatal("mention Smith not exported")
		}
		var e *annot.Entity
		for i := range got.Entities {
			if got.Entities[i].ID == smith.Entity {
				e = &got.Entities[i]
			}
		}
		if e == nil || e.Name != "Jane Smith" {
			t.Errorf("mention Smith is linked to %+v, want the entity Jane Smith", e)
		}
		n := 0
		for _, mm := range got.Mentions {
			if mm.Entity == smith.Entity {
				n++
			}
		}
		if n != 3 {
			t.Errorf("the Jane Smith cluster has %d mentions, want 3", n)
		}
	})
	t.Run("csv", func(t *testing.T) {
		out, _ := formatstest.Export(t, "csv", []formats.Item{it}, opt)
		rows, err := csv.Read(out)
		if err != nil {
			t.Fatal(err)
		}
		col := map[string]int{}
		for i, h := range csv.Header {
			col[h] = i
		}
		found := false
		for _, r := range rows {
			if r[col["speaker_mention"]] == "Smith" || r[col["speaker_mention"]] == "she" {
				found = true
				if r[col["speaker"]] != "Jane Smith" {
					t.Errorf("speaker of the quote by %q is %q, want the canonical name Jane Smith", r[col["speaker_mention"]], r[col["speaker"]])
				}
			}
		}
		if !found {
			t.Error("no quote by Smith or she exported")
		}
	})
}

// Folder imports name documents by file base name, so two documents can
// share an external id (a/story.txt and b/story.txt). Every exporter
// writes and verifies both.
func TestExportSameExternalID(t *testing.T) {
	a := formatstest.Article()
	b := formatstest.Article()
	b.Doc.ID++
	b.Doc.Text = "Strikes" + a.Doc.Text[len("Strike "):]
	b.Ann.Quotes = b.Ann.Quotes[:1] // different annotations too
	items := []formats.Item{a, b}
	for _, name := range formats.Names() {
		t.Run(name, func(t *testing.T) {
			f, err := formats.Lookup(name)
			if err != nil {
				t.Fatal(err)
			}
			out := filepath.Join(t.TempDir(), "out"+f.Ext)
			m, err := formats.Export(out, name, formatstest.Seq(items), len(items), formats.Options{State: "all"}, nil)
			if err != nil {
				t.Fatalf("export: %v", err)
			}
			if !m.Verified || m.Counts.Documents != 2 || m.Counts.Quotes != len(a.Ann.Quotes)+1 {
				t.Errorf("manifest: verified %v, counts %+v", m.Verified, m.Counts)
			}
		})
	}
}
