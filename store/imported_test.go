package store

import (
	"reflect"
	"strings"
	"testing"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/formats"
)

// Each duplicate of an import names the document it already is.
// FindDocument finds by external id, else by the hash of the text as is or
// with its line ends normalised, through indexes; a document with the
// text wins over one with the id and another text.
func TestFindDocument(t *testing.T) {
	s := newStore(t)
	crlf := "First line.\r\nSecond line.\r\n"
	a, err := s.AddDocument(annot.Document{ExtID: "a", Text: crlf}, nil, annot.OriginImport)
	if err != nil {
		t.Fatal(err)
	}
	b, err := s.AddDocument(annot.Document{Text: "Plain text."}, nil, annot.OriginImport)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, ext, sha string
		want           annot.DocID
	}{
		{"external id", "a", "", a},
		{"external id, its text", "a", annot.TextHash(crlf), a},
		{"external id, text of another document", "a", annot.TextHash("Plain text."), b}, // the text decides
		{"external id, unknown text", "a", annot.TextHash("other"), a},
		{"text", "", annot.TextHash("Plain text."), b},
		{"unknown id, known text", "zz", annot.TextHash("Plain text."), b},
		{"CRLF text as is", "", annot.TextHash(crlf), a},
		{"CRLF text read with LF", "", annot.TextHash("First line.\nSecond line.\n"), a},
		{"nothing", "zz", annot.TextHash("other"), 0},
		{"empty", "", "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, found, err := s.FindDocument(tt.ext, tt.sha)
			if err != nil {
				t.Fatal(err)
			}
			if found != (tt.want != 0) || d.ID != tt.want {
				t.Fatalf("found %v document %d, want %d", found, d.ID, tt.want)
			}
			if found && d.Text == "" {
				t.Error("the document comes without its text")
			}
		})
	}
	for _, q := range []string{
		`SELECT id, sha256, sha256_lf FROM documents WHERE ext_id = 'a' AND ext_id <> '' ORDER BY id DESC LIMIT 1`,
		`SELECT id FROM documents WHERE sha256 = 'x'`,
		`SELECT id FROM documents WHERE sha256_lf = 'x' ORDER BY id LIMIT 1`,
	} {
		var plan []string
		rows, err := s.db.Query("EXPLAIN QUERY PLAN " + q)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var id, parent, unused int
			var detail string
			if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
				t.Fatal(err)
			}
			plan = append(plan, detail)
		}
		rows.Close()
		if p := strings.Join(plan, "; "); !strings.Contains(p, "USING INDEX") && !strings.Contains(p, "USING COVERING INDEX") {
			t.Errorf("%s: plan %q uses no index", q, p)
		}
	}
}

// Importing the same annotations twice adds them once; the second time
// they come back as duplicates. New annotations that refer to a duplicate
// link to the stored row; human annotations and other kinds do not count.
func TestAddImportedTwice(t *testing.T) {
	s := newStore(t)
	id, err := s.AddDocument(annot.Document{Text: sampleText}, nil, annot.OriginImport)
	if err != nil {
		t.Fatal(err)
	}
	imp := *sampleSugg()
	formats.SetProvenance(&imp, annot.Provenance{Origin: annot.OriginImport, State: annot.StateSuggested})
	// the analyst added the same quote by hand first: not an import, so no duplicate
	if _, err := s.AddQuote(id, imp.Quotes[0].Parts, imp.Quotes[0].Kind); err != nil {
		t.Fatal(err)
	}
	dup, err := s.AddImported(id, imp)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(dup.Quotes) + len(dup.Mentions) + len(dup.Entities); n != 0 {
		t.Fatalf("first import: %d duplicates", n)
	}
	first := dump(t, s.db)
	// dry run and real run agree
	would, err := s.ImportedDuplicates(id, imp)
	if err != nil {
		t.Fatal(err)
	}
	dup, err = s.AddImported(id, imp)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(would, dup) {
		t.Errorf("dry run %+v, real %+v", would, dup)
	}
	if len(dup.Quotes) != 2 || len(dup.Mentions) != 2 || len(dup.Entities) != 1 {
		t.Errorf("second import: duplicates %d quotes %d mentions %d entities, want 2, 2, 1", len(dup.Quotes), len(dup.Mentions), len(dup.Entities))
	}
	if again := dump(t, s.db); again != first {
		t.Errorf("second import changed the project:\n%s\nwas\n%s", again, first)
	}

	// a rejected import is not suggested again
	a, err := s.Annotations(id)
	if err != nil {
		t.Fatal(err)
	}
	var rejected annot.QuoteID
	for _, q := range a.Quotes {
		if q.Origin == annot.OriginImport {
			rejected = q.ID
			break
		}
	}
	if err := s.SetQuoteState(rejected, annot.StateRejected); err != nil {
		t.Fatal(err)
	}
	// a third import with one quote of another kind and a new quote by the same speaker
	third := *sampleSugg()
	formats.SetProvenance(&third, annot.Provenance{Origin: annot.OriginImport, State: annot.StateSuggested})
	third.Quotes[1].Kind = annot.KindIndirect
	third.Quotes = append(third.Quotes, annot.Quote{ID: 3, Parts: []annot.Span{{Start: 78, End: 90}}, Kind: annot.KindIndirect, Speaker: 1})
	before, _ := s.Annotations(id)
	dup, err = s.AddImported(id, third)
	if err != nil {
		t.Fatal(err)
	}
	if len(dup.Quotes) != 1 || dup.Quotes[0].ID != 1 {
		t.Errorf("third import: duplicate quotes %+v, want quote 1 only", dup.Quotes)
	}
	after, err := s.Annotations(id)
	if err != nil {
		t.Fatal(err)
	}
	if len(after.Quotes) != len(before.Quotes)+2 || len(after.Mentions) != len(before.Mentions) || len(after.Entities) != len(before.Entities) {
		t.Fatalf("third import: %d→%d quotes, %d→%d mentions, %d→%d entities", len(before.Quotes), len(after.Quotes),
			len(before.Mentions), len(after.Mentions), len(before.Entities), len(after.Entities))
	}
	// the new quote's speaker is the mention the first import stored
	var speaker annot.MentionID
	for _, q := range before.Quotes {
		if q.Origin == annot.OriginImport && q.Kind == annot.KindDirect {
			speaker = q.Speaker
		}
	}
	for _, q := range after.Quotes {
		if len(q.Parts) == 1 && q.Parts[0] == (annot.Span{Start: 78, End: 90}) && q.Speaker != speaker {
			t.Errorf("new quote's speaker is mention %d, want the stored %d", q.Speaker, speaker)
		}
	}
	if st := after.Quotes; len(st) == 0 {
		t.Fatal("no quotes")
	}
	for _, q := range after.Quotes {
		if q.ID == rejected && q.State != annot.StateRejected {
			t.Errorf("the rejected quote is %s again", q.State)
		}
	}
}
