package store

import (
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/quotebench/quotebench/annot"
)

// tablesAfter says which tables exist after each migration step.
var tablesAfter = map[int][]string{
	1: {"documents", "documents_fts", "labels"},
	2: {"documents", "documents_fts", "entities", "labels", "mentions", "quote_parts", "quotes"},
	3: {"documents", "documents_fts", "entities", "journal", "labels", "mentions", "quote_parts", "quotes"},
	4: {"documents", "documents_fts", "entities", "journal", "labels", "mentions", "quote_parts", "quotes"},
	5: {"documents", "documents_fts", "entities", "journal", "labels", "mentions", "quote_parts", "quotes"},
	6: {"documents", "documents_fts", "entities", "journal", "labels", "mentions", "quote_parts", "quotes", "settings"},
	7: {"documents", "documents_fts", "entities", "journal", "labels", "mentions", "quote_parts", "quotes", "settings"},
	8: {"adjudications", "documents", "documents_fts", "entities", "journal", "labels", "layers", "mentions", "quote_parts", "quotes", "settings"},
	9: {"adjudications", "documents", "documents_fts", "entities", "journal", "labels", "layers", "mentions", "quote_parts", "quotes", "settings", "speakers"},
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

// Migrating a version 3 project fills in the normalised hash of its CRLF
// texts.
func TestMigrationFillsLFHash(t *testing.T) {
	path := filepath.Join(t.TempDir(), "p"+Ext)
	old := openAt(t, path, 3)
	crlf := "One\r\ntwo\r\n"
	if _, err := old.db.Exec(`INSERT INTO documents (text, chars, sha256, created, updated) VALUES (?, 8, ?, '', ''), ('plain', 5, ?, '', '')`,
		crlf, annot.TextHash(crlf), annot.TextHash("plain")); err != nil {
		t.Fatal(err)
	}
	old.Close()
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, text := range []string{"One\ntwo\n", crlf, "plain"} {
		if _, found, err := s.FindDocument("", annot.TextHash(text)); err != nil || !found {
			t.Errorf("%q: found %v, %v", text, found, err)
		}
	}
}
