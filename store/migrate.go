package store

import (
	"embed"
	"fmt"
	"io/fs"
	"os"
	"path"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/quotebench/quotebench/annot"
)

// Migrations are numbered files migrations/NNNN_name.sql. Shipped files are
// never edited: a schema change is a new file.
//
//go:embed migrations/*.sql
var migrationFS embed.FS

type migration struct {
	version int
	name    string
	sql     string
}

var migrations = mustLoadMigrations()

func mustLoadMigrations() []migration {
	names, err := fs.Glob(migrationFS, "migrations/*.sql")
	if err != nil {
		panic(err)
	}
	var ms []migration
	for _, n := range names {
		base := path.Base(n)
		num, _, ok := strings.Cut(base, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v <= 0 {
			panic(fmt.Sprintf("store: bad migration name %q", base))
		}
		b, err := migrationFS.ReadFile(n)
		if err != nil {
			panic(err)
		}
		ms = append(ms, migration{version: v, name: base, sql: string(b)})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].version < ms[j].version })
	for i, m := range ms {
		if m.version != i+1 {
			panic(fmt.Sprintf("store: migration %q out of sequence (want %04d)", m.name, i+1))
		}
	}
	return ms
}

func latestVersion() int { return len(migrations) }

// migrationSteps are the parts of migrations that SQL cannot do, run in the
// migration's transaction after its SQL.
var migrationSteps = map[int]func(tx querier) error{
	4: fillLFHashes,
}

// fillLFHashes sets sha256_lf of the texts that hold a CR.
func fillLFHashes(tx querier) error {
	rows, err := tx.QueryContext(bg, "SELECT id, text FROM documents WHERE sha256_lf = ''")
	if err != nil {
		return err
	}
	type doc struct {
		id  int64
		sum string
	}
	var docs []doc
	for rows.Next() {
		var d doc
		var text string
		if err := rows.Scan(&d.id, &text); err != nil {
			rows.Close()
			return err
		}
		d.sum = annot.TextHash(annot.NormalizeNewlines(text))
		docs = append(docs, d)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, d := range docs {
		if _, err := tx.ExecContext(bg, "UPDATE documents SET sha256_lf = ? WHERE id = ?", d.sum, d.id); err != nil {
			return err
		}
	}
	return nil
}

// Version returns the file's schema version (PRAGMA user_version).
func (s *Store) Version() (int, error) {
	var v int
	err := s.read(func(q querier) error {
		return q.QueryRowContext(bg, "PRAGMA user_version").Scan(&v)
	})
	return v, err
}

// migrate brings the file to the latest version, each step in one
// transaction together with its PRAGMA user_version. An existing project is
// backed up first.
func (s *Store) migrate(abs string, existed bool) error {
	return s.migrateTo(abs, existed, latestVersion())
}

func (s *Store) migrateTo(abs string, existed bool, target int) error {
	var cur int
	if err := s.db.QueryRow("PRAGMA user_version").Scan(&cur); err != nil {
		return mapErr(err)
	}
	if cur > latestVersion() {
		return fmt.Errorf("%w: the file has version %d, this Quotebench supports versions up to %d; update Quotebench", annot.ErrNewerVersion, cur, latestVersion())
	}
	if cur >= target {
		return nil
	}
	if s.ro {
		return fmt.Errorf("%w: the file has version %d and needs migrating to %d", annot.ErrReadOnly, cur, target)
	}
	if existed && cur > 0 {
		bak, err := s.backup(abs, cur)
		if err != nil {
			return fmt.Errorf("backup before migrating from version %d: %w", cur, err)
		}
		_ = bak
	}
	for _, m := range migrations[cur:target] {
		err := s.write(func(tx querier) error {
			if _, err := tx.ExecContext(bg, m.sql); err != nil {
				return err
			}
			if step := migrationSteps[m.version]; step != nil {
				if err := step(tx); err != nil {
					return err
				}
			}
			if m.version == 1 {
				if _, err := tx.ExecContext(bg, fmt.Sprintf("PRAGMA application_id = %d", applicationID)); err != nil {
					return err
				}
			}
			_, err := tx.ExecContext(bg, fmt.Sprintf("PRAGMA user_version = %d", m.version))
			return err
		})
		if err != nil {
			return fmt.Errorf("migration %s: %w", m.name, err)
		}
	}
	return nil
}

// backup writes a consistent copy of the project next to it,
// "P.bak-vN" (or "P.bak-vN-TIMESTAMP" when that exists), and returns its path.
func (s *Store) backup(abs string, version int) (string, error) {
	dst := fmt.Sprintf("%s.bak-v%d", abs, version)
	if _, err := os.Stat(dst); err == nil {
		dst = fmt.Sprintf("%s.bak-v%d-%s", abs, version, time.Now().UTC().Format("20060102T150405.000000000"))
	}
	if err := s.vacuumInto(dst); err != nil {
		return "", err
	}
	return dst, nil
}

// vacuumInto writes a compact, consistent copy of the database to dst.
func (s *Store) vacuumInto(dst string) error {
	lit := "'" + strings.ReplaceAll(dst, "'", "''") + "'"
	if _, err := s.db.Exec("VACUUM INTO " + lit); err != nil {
		return mapErr(err)
	}
	return nil
}
