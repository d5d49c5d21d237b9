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
