package store

import (
	"bytes"
	"crypto/rand"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/quotebench/quotebench/annot"
)

// newStore opens a project on a temp file with the production DSN.
func newStore(t testing.TB) *Store {
	t.Helper()
	s, err := Open(filepath.Join(t.TempDir(), "p"+Ext), Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

const sampleText = "Ana Ferreira said: “The repairs are on schedule.” She added that “the bridge” would reopen. 😀 Bridge\r\nend"

// sampleSugg is a small suggestion set on sampleText.
func sampleSugg() *annot.Annotations {
	det := annot.Provenance{Origin: annot.OriginDetector, State: annot.StateSuggested, Confidence: 0.8}
	return &annot.Annotations{
		Entities: []annot.Entity{{ID: 1, Name: "Ana Ferreira", Label: annot.LabelPerson, Provenance: det}},
		Mentions: []annot.Mention{
			{ID: 1, Span: annot.Span{Start: 0, End: 12}, Label: annot.LabelPerson, Type: annot.MentionName, Entity: 1, Provenance: det},
			{ID: 2, Span: annot.Span{Start: 50, End: 53}, Label: annot.LabelPerson, Type: annot.MentionPronoun, Entity: 1, Provenance: det},
		},
		Quotes: []annot.Quote{
			{ID: 1, Parts: []annot.Span{{Start: 19, End: 49}}, Kind: annot.KindDirect, Cue: annot.Span{Start: 13, End: 17}, Speaker: 1, Provenance: det},
			{ID: 2, Parts: []annot.Span{{Start: 65, End: 72}, {Start: 72, End: 77}}, Kind: annot.KindMixed, Speaker: 2, Provenance: det},
		},
	}
}

func addSample(t testing.TB, s *Store) annot.DocID {
	t.Helper()
	id, err := s.AddDocument(annot.Document{Title: "Bridge", Date: "2026-03-14", Text: sampleText}, sampleSugg(), annot.OriginDetector)
	if err != nil {
		t.Fatal(err)
	}
	return id
}

// dump renders everything a user can change, deterministically, for
// before/after comparisons.
func dump(t testing.TB, db *sql.DB) string {
	t.Helper()
	var b strings.Builder
	for _, q := range []string{
		`SELECT id, ext_id, title, date, sha256, status FROM documents ORDER BY id`,
		`SELECT id, doc_id, name, label, origin, state, confidence FROM entities ORDER BY id`,
		`SELECT id, doc_id, start, "end", label, type, entity_id, origin, state, confidence FROM mentions ORDER BY id`,
		`SELECT id, doc_id, kind, cue_start, cue_end, speaker_id, unattributed, origin, state, confidence FROM quotes ORDER BY id`,
		`SELECT id, quote_id, seq, start, "end" FROM quote_parts ORDER BY id`,
		`SELECT key, name FROM labels ORDER BY key`,
	} {
		rows, err := db.Query(q)
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := rows.Columns()
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		for rows.Next() {
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			for _, v := range vals {
				if bs, ok := v.([]byte); ok {
					v = string(bs)
				}
				fmt.Fprintf(&b, "%v\t", v)
			}
			b.WriteByte('\n')
		}
		rows.Close()
		b.WriteString("--\n")
	}
	return b.String()
}

func pragma(t testing.TB, db *sql.DB, name string) string {
	t.Helper()
	var v string
	if err := db.QueryRow("PRAGMA " + name).Scan(&v); err != nil {
		t.Fatal(err)
	}
	return v
}

func TestOpenSettings(t *testing.T) {
	s := newStore(t)
	// Every pooled connection must carry the DSN settings: hold several.
	var conns []*sql.Conn
	for range 3 {
		c, err := s.db.Conn(bg)
		if err != nil {
			t.Fatal(err)
		}
		conns = append(conns, c)
	}
	want := map[string]string{"journal_mode": "wal", "foreign_keys": "1", "synchronous": "2", "busy_timeout": "5000"}
	for i, c := range conns {
		for p, w := range want {
			var v string
			if err := c.QueryRowContext(bg, "PRAGMA "+p).Scan(&v); err != nil {
				t.Fatal(err)
			}
			if v != w {
				t.Errorf("conn %d: PRAGMA %s = %s, want %s", i, p, v, w)
			}
		}
		c.Close()
	}
	if v, err := s.Version(); err != nil || v != latestVersion() || v < 1 {
		t.Errorf("Version = %d, %v; want %d", v, err, latestVersion())
	}
	if got := pragma(t, s.db, "application_id"); got != fmt.Sprint(applicationID) {
		t.Errorf("application_id = %s", got)
	}
	labels, err := s.Labels()
	if err != nil || !reflect.DeepEqual(labels, annot.DefaultLabels) {
		t.Errorf("Labels = %v, %v; want %v", labels, err, annot.DefaultLabels)
	}
}

// tablesAfter says which tables exist after each migration step.
var tablesAfter = map[int][]string{
	1: {"documents", "documents_fts", "labels"},
	2: {"documents", "documents_fts", "entities", "labels", "mentions", "quote_parts", "quotes"},
	3: {"documents", "documents_fts", "entities", "journal", "labels", "mentions", "quote_parts", "quotes"},
	4: {"documents", "documents_fts", "entities", "journal", "labels", "mentions", "quote_parts", "quotes"},
	5: {"documents", "documents_fts", "entities", "journal", "labels", "mentions", "quote_parts", "quotes"},
	6: {"documents", "documents_fts", "entities", "journal", "labels", "mentions", "quote_parts", "quotes", "settings"},
}

func tables(t *testing.T, db *sql.DB) []string {
	t.Helper()
	rows, err := db.Query(`SELECT name FROM sqlite_schema WHERE type = 'table'
		AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'documents_fts_%' ORDER BY name`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var n string
		rows.Scan(&n)
		out = append(out, n)
	}
	return out
}

// openAt creates a project migrated only up to version v.
func openAt(t *testing.T, path string, v int) *Store {
	t.Helper()
	s := &Store{path: path}
	var err error
	if s.db, err = sql.Open("sqlite3", dsn(path, false)); err != nil {
		t.Fatal(err)
	}
	if err := s.migrateTo(path, false, v); err != nil {
		t.Fatal(err)
	}
	return s
}

func TestMigrationSteps(t *testing.T) {
	if len(tablesAfter) != latestVersion() {
		t.Fatalf("tablesAfter covers %d steps, there are %d migrations", len(tablesAfter), latestVersion())
	}
	for v := 1; v <= latestVersion(); v++ {
		t.Run(fmt.Sprintf("to_%d", v), func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "p"+Ext)
			s := openAt(t, path, v)
			if got := pragma(t, s.db, "user_version"); got != fmt.Sprint(v) {
				t.Errorf("user_version = %s, want %d", got, v)
			}
			if got := tables(t, s.db); !reflect.DeepEqual(got, tablesAfter[v]) {
				t.Errorf("tables = %v, want %v", got, tablesAfter[v])
			}
			if _, err := s.db.Exec(`INSERT INTO documents (text, chars, sha256, created, updated) VALUES ('x', 1, 'h', '', '')`); err != nil {
				t.Fatal(err)
			}
			s.Close()
			// Opening an older file migrates it the rest of the way and
			// leaves a backup at the old version.
			s2, err := Open(path, Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer s2.Close()
			if got := pragma(t, s2.db, "user_version"); got != fmt.Sprint(latestVersion()) {
				t.Errorf("after reopen user_version = %s", got)
			}
			if n := len(mustDocs(t, s2)); n != 1 {
				t.Errorf("after migration %d documents, want 1", n)
			}
			bak := fmt.Sprintf("%s.bak-v%d", path, v)
			_, err = os.Stat(bak)
			if v == latestVersion() {
				if err == nil {
					t.Errorf("backup %s written without a migration", bak)
				}
				return
			}
			if err != nil {
				t.Fatalf("no backup before migrating: %v", err)
			}
			b, err := sql.Open("sqlite3", dsn(bak, true))
			if err != nil {
				t.Fatal(err)
			}
			defer b.Close()
			if got := pragma(t, b, "user_version"); got != fmt.Sprint(v) {
				t.Errorf("backup user_version = %s, want %d", got, v)
			}
		})
	}
}

func mustDocs(t testing.TB, s *Store) []annot.DocSummary {
	t.Helper()
	ds, err := s.Documents(annot.DocFilter{})
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

func fileSum(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return annot.TextHash(string(b))
}

func TestNewerVersionRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "p"+Ext)
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	newer := latestVersion() + 5
	if _, err := s.db.Exec(fmt.Sprintf("PRAGMA user_version = %d", newer)); err != nil {
		t.Fatal(err)
	}
	s.Close()
	before := fileSum(t, path)
	for _, ro := range []bool{false, true} {
		_, err = Open(path, Options{ReadOnly: ro})
		if !errors.Is(err, annot.ErrNewerVersion) {
			t.Fatalf("read-only %v: err = %v, want annot.ErrNewerVersion", ro, err)
		}
		for _, want := range []string{fmt.Sprint(newer), fmt.Sprint(latestVersion()), path} {
			if !strings.Contains(err.Error(), want) {
				t.Errorf("message %q does not name %q", err, want)
			}
		}
	}
	if fileSum(t, path) != before {
		t.Error("refused file was modified")
	}
	if _, err := os.Stat(path + ".bak-v" + fmt.Sprint(newer)); err == nil {
		t.Error("backup written for a refused file")
	}
}

func TestDamagedFilesRefused(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good"+Ext)
	s, err := Open(good, Options{})
	if err != nil {
		t.Fatal(err)
	}
	addSample(t, s)
	s.Close()
	full, _ := os.ReadFile(good)
	random := make([]byte, 8192)
	rand.Read(random)

	other := filepath.Join(dir, "other.db")
	db, _ := sql.Open("sqlite3", other)
	if _, err := db.Exec("CREATE TABLE t (x); INSERT INTO t VALUES (1)"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	otherBytes, _ := os.ReadFile(other)

	cases := []struct {
		name string
		data []byte
		want string
	}{
		{"random", random, "not an SQLite database"},
		{"text", []byte("hello, this is not a project\n"), "truncated"},
		{"truncated header", full[:60], "truncated"},
		{"truncated pages", full[:len(full)/2], "truncated"},
		{"truncated mid-page", full[:4096+100], "truncated"},
		{"other program", otherBytes, "another program"},
		{"zeroed header", append(make([]byte, 100), full[100:]...), "not an SQLite database"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "bad"+Ext)
			if err := os.WriteFile(path, c.data, 0o644); err != nil {
				t.Fatal(err)
			}
			for _, ro := range []bool{false, true} {
				_, err := Open(path, Options{ReadOnly: ro})
				if !errors.Is(err, ErrNotProject) {
					t.Fatalf("read-only %v: err = %v, want ErrNotProject", ro, err)
				}
				if !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), c.want) {
					t.Errorf("message %q should name the file and say %q", err, c.want)
				}
			}
			got, _ := os.ReadFile(path)
			if !bytes.Equal(got, c.data) {
				t.Error("refused file was modified")
			}
			for _, side := range []string{"-wal", "-shm", ".bak-v0", ".lock"} {
				if _, err := os.Stat(path + side); err == nil {
					t.Errorf("%s created next to a refused file", side)
				}
			}
		})
	}
}

func TestOneWriter(t *testing.T) {
	path := filepath.Join(t.TempDir(), "p"+Ext)
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	id := addSample(t, s)
	_, err = Open(path, Options{})
	if !errors.Is(err, annot.ErrBusy) || !strings.Contains(err.Error(), path) {
		t.Fatalf("second writer: err = %v, want annot.ErrBusy naming the file", err)
	}
	ro, err := Open(path, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	if !ro.ReadOnly() {
		t.Error("ReadOnly() = false")
	}
	if n := len(mustDocs(t, ro)); n != 1 {
		t.Errorf("read-only view has %d documents, want 1", n)
	}
	if err := ro.SetStatus(id, annot.StatusDone); !errors.Is(err, annot.ErrReadOnly) {
		t.Errorf("write on read-only store: %v, want annot.ErrReadOnly", err)
	}
	// The writer's changes reach the reader.
	if err := s.SetStatus(id, annot.StatusDone); err != nil {
		t.Fatal(err)
	}
	if d, err := ro.Document(id); err != nil || d.Status != annot.StatusDone {
		t.Errorf("reader sees status %q, %v", d.Status, err)
	}
	s.Close()
	// Closing releases the lock; a leftover lock file does not block.
	if _, err := os.Stat(path + ".lock"); err != nil {
		t.Fatalf("lock file: %v", err)
	}
	s2, err := Open(path, Options{})
	if err != nil {
		t.Fatalf("reopen after close: %v", err)
	}
	s2.Close()
}

func TestReadOnlyMissing(t *testing.T) {
	path := filepath.Join(t.TempDir(), "none"+Ext)
	if _, err := Open(path, Options{ReadOnly: true}); err == nil {
		t.Fatal("read-only open of a missing file succeeded")
	}
	if _, err := os.Stat(path); err == nil {
		t.Error("read-only open created the file")
	}
}

func TestAddDocument(t *testing.T) {
	s := newStore(t)
	id := addSample(t, s)
	d, err := s.Document(id)
	if err != nil {
		t.Fatal(err)
	}
	if d.Text != sampleText || d.Title != "Bridge" || d.Date != "2026-03-14" || d.Status != annot.StatusTodo || d.SHA256 != annot.TextHash(sampleText) {
		t.Errorf("document = %+v", d)
	}
	if d.Created.IsZero() {
		t.Error("no created time")
	}
	a, err := s.Annotations(id)
	if err != nil {
		t.Fatal(err)
	}
	want := sampleSugg()
	if len(a.Entities) != 1 || len(a.Mentions) != 2 || len(a.Quotes) != 2 {
		t.Fatalf("annotations = %+v", a)
	}
	if a.Quotes[1].Parts[1] != want.Quotes[1].Parts[1] || a.Quotes[0].Cue != want.Quotes[0].Cue {
		t.Errorf("quote spans = %+v", a.Quotes)
	}
	if sp := a.Mention(a.Quotes[0].Speaker); sp == nil || sp.Span != want.Mentions[0].Span || sp.Entity != a.Entities[0].ID {
		t.Errorf("speaker link lost: %+v", a.Quotes[0])
	}
	if a.Quotes[0].Origin != annot.OriginDetector || a.Quotes[0].State != annot.StateSuggested || a.Quotes[0].Confidence != 0.8 {
		t.Errorf("provenance = %+v", a.Quotes[0].Provenance)
	}

	again, err := s.AddDocument(annot.Document{Title: "other title", Text: sampleText}, nil, annot.OriginDetector)
	if !errors.Is(err, annot.ErrDuplicate) || again != id {
		t.Errorf("duplicate: id %d, err %v; want %d, ErrDuplicate", again, err, id)
	}
	bad := &annot.Annotations{Mentions: []annot.Mention{{ID: 1, Span: annot.Span{Start: 5, End: 500}}}}
	before := dump(t, s.db)
	if _, err := s.AddDocument(annot.Document{Text: "short text"}, bad, annot.OriginDetector); !errors.Is(err, annot.ErrInvalid) {
		t.Errorf("out-of-range suggestion: %v, want ErrInvalid", err)
	}
	if _, err := s.AddDocument(annot.Document{Text: " \n "}, nil, annot.OriginDetector); !errors.Is(err, annot.ErrInvalid) {
		t.Errorf("blank text: %v, want ErrInvalid", err)
	}
	if after := dump(t, s.db); after != before {
		t.Errorf("failed adds changed the store:\n%s\n%s", before, after)
	}
	if _, err := s.Document(999); !errors.Is(err, annot.ErrNotFound) {
		t.Errorf("Document(999): %v", err)
	}
}

func TestDocumentsFilter(t *testing.T) {
	s := newStore(t)
	a := addSample(t, s)
	b, err := s.AddDocument(annot.Document{Title: "Harbour news", Text: "The mayor's office said nothing."}, nil, annot.OriginDetector)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SetStatus(b, annot.StatusDone); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		f    annot.DocFilter
		want []annot.DocID
	}{
		{"all", annot.DocFilter{}, []annot.DocID{a, b}},
		{"status", annot.DocFilter{Status: annot.StatusDone}, []annot.DocID{b}},
		{"fts text", annot.DocFilter{Query: "repairs"}, []annot.DocID{a}},
		{"fts title", annot.DocFilter{Query: "harbour"}, []annot.DocID{b}},
		{"fts syntax falls back to literal", annot.DocFilter{Query: `mayor's "office`}, []annot.DocID{b}},
		{"ids", annot.DocFilter{IDs: []annot.DocID{b}}, []annot.DocID{b}},
		{"empty ids", annot.DocFilter{IDs: []annot.DocID{}}, nil},
		{"none", annot.DocFilter{Query: "zebra"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ds, err := s.Documents(c.f)
			if err != nil {
				t.Fatal(err)
			}
			var got []annot.DocID
			for _, d := range ds {
				got = append(got, d.ID)
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("got %v, want %v", got, c.want)
			}
		})
	}
	ds := mustDocs(t, s)
	if ds[0].Quotes != 2 || ds[0].Mentions != 2 || ds[0].Pending != 4 || ds[0].Date != "2026-03-14" {
		t.Errorf("summary = %+v", ds[0])
	}
}

func TestStats(t *testing.T) {
	s := newStore(t)
	id := addSample(t, s)
	a, _ := s.Annotations(id)
	if err := s.SetQuoteState(a.Quotes[0].ID, annot.StateAccepted); err != nil {
		t.Fatal(err)
	}
	if err := s.SetQuoteKind(a.Quotes[1].ID, annot.KindIndirect); err != nil {
		t.Fatal(err)
	}
	if err := s.SetMentionState(a.Mentions[1].ID, annot.StateRejected); err != nil {
		t.Fatal(err)
	}
	if err := s.SetStatus(id, annot.StatusInProgress); err != nil {
		t.Fatal(err)
	}
	st, err := s.Stats()
	if err != nil {
		t.Fatal(err)
	}
	if st.ByStatus[annot.StatusInProgress] != 1 || st.ByStatus[annot.StatusTodo] != 0 {
		t.Errorf("ByStatus = %v", st.ByStatus)
	}
	// Accepting quote 1 also accepted its speaker, the pending mention 1.
	if st.DetectorAccepted != 2 || st.DetectorEdited != 1 || st.DetectorRejected != 1 || st.DetectorPending != 0 {
		t.Errorf("detector counts = %+v", st)
	}
	want := []annot.SpeakerCount{{Name: "Ana Ferreira", Count: 2}}
	if !reflect.DeepEqual(st.Speakers, want) {
		t.Errorf("Speakers = %v, want %v", st.Speakers, want)
	}
}

// TestActionsUndoRedo applies each user action, then checks that undo
// restores the state before it and redo the state after it, also across
// closing and reopening the file.
func TestActionsUndoRedo(t *testing.T) {
	type ids struct {
		doc    annot.DocID
		ent    annot.EntityID
		m1, m2 annot.MentionID
		q1, q2 annot.QuoteID
		ent2   annot.EntityID
	}
	cases := []struct {
		name   string
		action string
		do     func(s *Store, x ids) error
	}{
		{"status", "set status done", func(s *Store, x ids) error { return s.SetStatus(x.doc, annot.StatusDone) }},
		{"accept quote", "accept quote", func(s *Store, x ids) error { return s.SetQuoteState(x.q1, annot.StateAccepted) }},
		{"reject mention", "reject mention", func(s *Store, x ids) error { return s.SetMentionState(x.m2, annot.StateRejected) }},
		{"accept all", "accept all", func(s *Store, x ids) error { _, err := s.AcceptAll(x.doc); return err }},
		{"speaker", "set speaker", func(s *Store, x ids) error { return s.SetSpeaker(x.q1, x.m2, false) }},
		{"unattributed", "set speaker", func(s *Store, x ids) error { return s.SetSpeaker(x.q1, 0, true) }},
		{"add mention new entity", "add mention", func(s *Store, x ids) error {
			_, err := s.AddMention(x.doc, annot.Span{Start: 94, End: 100}, annot.LabelLoc, annot.MentionName, 0)
			return err
		}},
		{"add mention to entity", "add mention", func(s *Store, x ids) error {
			_, err := s.AddMention(x.doc, annot.Span{Start: 4, End: 12}, annot.LabelPerson, annot.MentionName, x.ent)
			return err
		}},
		{"add quote", "add quote", func(s *Store, x ids) error {
			_, err := s.AddQuote(x.doc, []annot.Span{{Start: 70, End: 80}, {Start: 20, End: 30}}, annot.KindDirect)
			return err
		}},
		{"quote kind", "set quote kind", func(s *Store, x ids) error { return s.SetQuoteKind(x.q2, annot.KindDirect) }},
		{"quote parts", "edit quote", func(s *Store, x ids) error {
			return s.SetQuoteParts(x.q2, []annot.Span{{Start: 65, End: 77}})
		}},
		{"mention span", "edit mention", func(s *Store, x ids) error { return s.SetMentionSpan(x.m1, annot.Span{Start: 4, End: 12}) }},
		{"mention label", "set mention label", func(s *Store, x ids) error { return s.SetMentionLabel(x.m1, annot.LabelOrg) }},
		{"delete quote", "delete quote", func(s *Store, x ids) error { return s.DeleteQuote(x.q2) }},
		{"delete speaker mention", "delete mention", func(s *Store, x ids) error { return s.DeleteMention(x.m1) }},
		{"rename entity", "rename entity", func(s *Store, x ids) error { return s.RenameEntity(x.ent, "A. Ferreira") }},
		{"merge entities", "merge entities", func(s *Store, x ids) error { return s.MergeEntities(x.ent2, x.ent) }},
		{"move mention", "move mention", func(s *Store, x ids) error { return s.MoveMention(x.m2, x.ent2) }},
		{"unlink mention", "move mention", func(s *Store, x ids) error { return s.MoveMention(x.m2, 0) }},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "p"+Ext)
			s, err := Open(path, Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer func() { s.Close() }()
			var x ids
			x.doc = addSample(t, s)
			a, _ := s.Annotations(x.doc)
			x.ent, x.m1, x.m2, x.q1, x.q2 = a.Entities[0].ID, a.Mentions[0].ID, a.Mentions[1].ID, a.Quotes[0].ID, a.Quotes[1].ID
			if err := s.AddAnnotations(x.doc, annot.Annotations{Entities: []annot.Entity{{ID: 1, Name: "Bridge", Label: annot.LabelLoc}}}); err != nil {
				t.Fatal(err)
			}
			a, _ = s.Annotations(x.doc)
			x.ent2 = a.Entities[1].ID

			before := dump(t, s.db)
			if err := c.do(s, x); err != nil {
				t.Fatal(err)
			}
			after := dump(t, s.db)
			if after == before {
				t.Fatal("action changed nothing")
			}
			j, err := s.Journal(0)
			if err != nil || len(j) != 1 || j[0].Action != c.action || j[0].Doc != x.doc {
				t.Fatalf("journal = %+v, %v; want one %q on doc %d", j, err, c.action, x.doc)
			}
			// Survives a restart.
			s.Close()
			if s, err = Open(path, Options{}); err != nil {
				t.Fatal(err)
			}
			e, ok, err := s.Undo()
			if err != nil || !ok || e.Action != c.action || !e.Undone {
				t.Fatalf("Undo = %+v, %v, %v", e, ok, err)
			}
			if got := dump(t, s.db); got != before {
				t.Errorf("after undo:\n%s\nwant:\n%s", got, before)
			}
			if _, ok, _ := s.Undo(); ok {
				t.Error("second undo did something")
			}
			s.Close()
			if s, err = Open(path, Options{}); err != nil {
				t.Fatal(err)
			}
			if _, ok, err := s.Redo(); err != nil || !ok {
				t.Fatalf("Redo: %v, %v", ok, err)
			}
			if got := dump(t, s.db); got != after {
				t.Errorf("after redo:\n%s\nwant:\n%s", got, after)
			}
			if _, ok, _ := s.Redo(); ok {
				t.Error("second redo did something")
			}
			if v := pragma(t, s.db, "integrity_check"); v != "ok" {
				t.Errorf("integrity_check = %s", v)
			}
			fk, err := s.db.Query("PRAGMA foreign_key_check")
			if err != nil {
				t.Fatal(err)
			}
			if fk.Next() {
				t.Error("foreign key violations")
			}
			fk.Close()
		})
	}
}

func TestFKCheckClean(t *testing.T) {
	s := newStore(t)
	id := addSample(t, s)
	a, _ := s.Annotations(id)
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(s.DeleteMention(a.Mentions[0].ID))
	must(s.DeleteQuote(a.Quotes[1].ID))
	for range 2 {
		_, _, err := s.Undo()
		must(err)
	}
	rows, err := s.db.Query("PRAGMA foreign_key_check")
	must(err)
	defer rows.Close()
	if rows.Next() {
		t.Error("foreign key violations after undo")
	}
}

func TestUndoTailDiscarded(t *testing.T) {
	s := newStore(t)
	id := addSample(t, s)
	a, _ := s.Annotations(id)
	for _, st := range []annot.State{annot.StateAccepted, annot.StateRejected} {
		if err := s.SetQuoteState(a.Quotes[0].ID, st); err != nil {
			t.Fatal(err)
		}
	}
	if _, _, err := s.Undo(); err != nil {
		t.Fatal(err)
	}
	if err := s.SetStatus(id, annot.StatusDone); err != nil {
		t.Fatal(err)
	}
	if _, ok, _ := s.Redo(); ok {
		t.Error("redo after a new action re-applied a discarded action")
	}
	j, _ := s.Journal(0)
	var got []string
	for _, e := range j {
		got = append(got, e.Action)
	}
	sort.Strings(got)
	if want := []string{"accept quote", "set status done"}; !reflect.DeepEqual(got, want) {
		t.Errorf("journal = %v, want %v", got, want)
	}
	// A no-op action leaves no entry.
	if err := s.SetStatus(id, annot.StatusDone); err != nil {
		t.Fatal(err)
	}
	if j2, _ := s.Journal(0); len(j2) != len(j) {
		t.Errorf("no-op action journaled: %d entries, want %d", len(j2), len(j))
	}
}

func TestActionErrors(t *testing.T) {
	s := newStore(t)
	id := addSample(t, s)
	other, err := s.AddDocument(annot.Document{Text: "Another text entirely."}, &annot.Annotations{
		Mentions: []annot.Mention{{ID: 1, Span: annot.Span{Start: 0, End: 7}, Label: annot.LabelPerson}},
	}, annot.OriginDetector)
	if err != nil {
		t.Fatal(err)
	}
	a, _ := s.Annotations(id)
	b, _ := s.Annotations(other)
	before := dump(t, s.db)
	cases := []struct {
		name string
		err  error
		want error
	}{
		{"missing quote", s.SetQuoteState(9999, annot.StateAccepted), annot.ErrNotFound},
		{"bad state", s.SetQuoteState(a.Quotes[0].ID, "maybe"), annot.ErrInvalid},
		{"bad status", s.SetStatus(id, "lost"), annot.ErrInvalid},
		{"missing doc", s.SetStatus(9999, annot.StatusDone), annot.ErrNotFound},
		{"speaker from other doc", s.SetSpeaker(a.Quotes[0].ID, b.Mentions[0].ID, false), annot.ErrInvalid},
		{"span past end", func() error {
			_, err := s.AddMention(id, annot.Span{Start: 5, End: 5000}, annot.LabelPerson, annot.MentionName, 0)
			return err
		}(), annot.ErrInvalid},
		{"unknown label", s.SetMentionLabel(a.Mentions[0].ID, "ALIEN"), annot.ErrInvalid},
		{"no parts", s.SetQuoteParts(a.Quotes[0].ID, nil), annot.ErrInvalid},
		{"overlapping parts", s.SetQuoteParts(a.Quotes[0].ID, []annot.Span{{Start: 1, End: 10}, {Start: 5, End: 12}}), annot.ErrInvalid},
		{"bad kind", s.SetQuoteKind(a.Quotes[0].ID, "shouted"), annot.ErrInvalid},
		{"merge self", s.MergeEntities(a.Entities[0].ID, a.Entities[0].ID), annot.ErrInvalid},
		{"move to missing entity", s.MoveMention(a.Mentions[0].ID, 9999), annot.ErrNotFound},
	}
	for _, c := range cases {
		if !errors.Is(c.err, c.want) {
			t.Errorf("%s: err = %v, want %v", c.name, c.err, c.want)
		}
	}
	if after := dump(t, s.db); after != before {
		t.Error("failed actions changed the store")
	}
	if j, _ := s.Journal(0); len(j) != 0 {
		t.Errorf("failed actions journaled: %+v", j)
	}
}
