// Package store keeps a Quotebench project in one SQLite file (.quotebench):
// documents, annotations, the label set and a journal of user actions that
// drives undo/redo across restarts. It is the only importer of go-sqlite3.
//
// Guarantees:
//   - Every exported method is one transaction: it happens entirely or not at
//     all, also when the process is killed or the machine loses power.
//   - A write method that returned nil is durable: the file is in WAL mode
//     with synchronous=FULL, so the WAL is fsynced before COMMIT returns.
//   - One writer: Open takes an exclusive lock on the side file "P.lock"
//     (flock on Unix, LockFileEx on Windows). The kernel drops it when the
//     process dies, so a crashed Quotebench never blocks the next start. A
//     second writer gets annot.ErrBusy and may open the project with
//     Options.ReadOnly instead.
//   - A file that is not a Quotebench project (random bytes, truncated,
//     another program's SQLite database) is refused with a message naming
//     it, and nothing is written to it. Before migrating an existing project
//     the store writes a backup copy next to it: "P.bak-vN" (N = old version).
package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"

	sqlite3 "github.com/mattn/go-sqlite3"

	"github.com/quotebench/quotebench/annot"
)

// Store is an open project file.
type Store struct {
	path string
	db   *sql.DB
	ro   bool
	// annotator overrides the project's annotator for this session
	annotator string
	lock      *os.File
	// release forgets the file in this process's list of writers
	release func()

	mu sync.Mutex // serialises writers inside this process
}

// Options for Open.
type Options struct {
	ReadOnly bool // open without taking the writer lock; every write fails
	// Annotator, when set, is who makes this session's decisions instead
	// of the project's annotator (see Store.Annotator).
	Annotator string
}

// ErrNotProject: the file is not a Quotebench project, or is damaged.
var ErrNotProject = errors.New("not a Quotebench project file")

// Ext is the extension of project files.
const Ext = ".quotebench"

// applicationID marks Quotebench files in the SQLite header ("QBch").
const applicationID = 0x51426368

// Open opens or creates the project file at path and migrates it.
func Open(path string, opt Options) (*Store, error) {
	s, err := open(path, opt)
	if err != nil {
		return nil, fmt.Errorf("open project %q: %w", path, err)
	}
	return s, nil
}

func open(path string, opt Options) (*Store, error) {
	abs, err := realPath(path)
	if err != nil {
		return nil, err
	}
	h, err := checkHeader(abs)
	if err != nil {
		return nil, err
	}
	s, err := openReal(path, abs, h, opt)
	if err != nil {
		if fi, serr := os.Stat(abs); serr == nil && hardLinks(fi) > 1 && !errors.Is(err, annot.ErrBusy) {
			return nil, fmt.Errorf("%w: the file has %d hard links and is probably open under another of its names; "+
				"SQLite keeps a project's journal and locks by file name, so open it by one name only, or copy it (%v)", annot.ErrBusy, hardLinks(fi), err)
		}
		return nil, err
	}
	return s, nil
}

// realPath is the absolute path of the project file with symbolic links
// resolved (those of its folder when the file does not exist yet), so that
// every way of naming one file takes the same writer lock and the same
// WAL: a symlink to an open project gets annot.ErrBusy, not a second writer.
func realPath(path string) (string, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", err
	}
	if r, err := filepath.EvalSymlinks(abs); err == nil {
		return r, nil
	} else if !errors.Is(err, os.ErrNotExist) {
		return "", err
	}
	// A dangling link names the file it will create: use that name.
	if abs, err = resolveLinks(abs); err != nil {
		return "", err
	}
	if dir, err := filepath.EvalSymlinks(filepath.Dir(abs)); err == nil {
		return filepath.Join(dir, filepath.Base(abs)), nil
	}
	return abs, nil
}

func openReal(path, abs string, h header, opt Options) (*Store, error) {
	exists := h.exists
	var err error
	if opt.ReadOnly && !exists {
		return nil, fmt.Errorf("%w: cannot open read-only a project that does not exist", annot.ErrNotFound)
	}
	if exists {
		// Inspect the file read-only before anything may write to it (or
		// a lock file appear next to it).
		if err := probe(abs, opt.ReadOnly, h.short); err != nil {
			return nil, err
		}
	}
	s := &Store{path: path, ro: opt.ReadOnly, annotator: strings.TrimSpace(opt.Annotator)}
	if s.annotator != "" {
		if err := CheckAnnotator(s.annotator); err != nil {
			return nil, err
		}
	}
	if !opt.ReadOnly {
		if err := checkWritable(abs, exists); err != nil {
			return nil, err
		}
		if s.lock, err = lockFile(abs + ".lock"); err != nil {
			return nil, err
		}
	}
	ok := false
	defer func() {
		if !ok {
			s.Close()
		}
	}()
	if !exists && !opt.ReadOnly {
		if err := create(abs); err != nil {
			return nil, err
		}
		exists = true
	}
	if !opt.ReadOnly {
		if s.release, err = claimWriter(abs); err != nil {
			return nil, err
		}
	}
	if opt.ReadOnly {
		s.db, err = openReader(abs)
	} else {
		s.db, err = sql.Open("sqlite3", dsn(abs, false))
	}
	if err != nil {
		return nil, err
	}
	s.db.SetMaxOpenConns(4)
	if err := s.db.Ping(); err != nil {
		return nil, mapErr(err)
	}
	if err := s.migrate(abs, exists); err != nil {
		return nil, err
	}
	ok = true
	return s, nil
}

// dsn is the one place connection options are set, so that every pooled
// connection gets them.
func dsn(abs string, readOnly bool) string {
	p := filepath.ToSlash(abs)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // Windows: file:/C:/...
	}
	p = strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(p)
	if readOnly {
		return "file:" + p + "?mode=ro&_fk=1&_busy_timeout=5000&_txlock=deferred&_stmt_cache_size=64"
	}
	return "file:" + p + "?_fk=1&_journal_mode=WAL&_busy_timeout=5000&_txlock=immediate&_sync=FULL&_stmt_cache_size=64"
}

// header is what checkHeader found.
type header struct {
	exists bool // the file exists with content
	short  bool // shorter than its header says, the rest in the WAL: SQLite must check it
}

// checkHeader refuses files that are not SQLite databases or are shorter
// than their header says with no WAL to complete them, without writing.
func checkHeader(abs string) (header, error) {
	// Stat before opening: opening a named pipe would wait for a writer.
	fi, err := os.Stat(abs)
	if errors.Is(err, os.ErrNotExist) {
		return header{}, nil
	}
	if err != nil {
		return header{}, err
	}
	if fi.IsDir() {
		return header{}, fmt.Errorf("%w: it is a folder", ErrNotProject)
	}
	if !fi.Mode().IsRegular() {
		return header{}, fmt.Errorf("%w: not a regular file (%s)", ErrNotProject, fi.Mode().Type())
	}
	if fi.Size() == 0 {
		if walFrames(abs) {
			return header{exists: true, short: true}, nil // SQLite decides, with the WAL
		}
		return header{}, emptyFile()
	}
	f, err := os.Open(abs)
	if err != nil {
		return header{}, err
	}
	defer f.Close()
	var h [100]byte
	if _, err := io.ReadFull(f, h[:]); err != nil {
		return header{}, fmt.Errorf("%w: file is truncated (%d bytes)", ErrNotProject, fi.Size())
	}
	if string(h[:16]) != "SQLite format 3\x00" {
		return header{}, fmt.Errorf("%w: not an SQLite database", ErrNotProject)
	}
	pageSize := int64(binary.BigEndian.Uint16(h[16:18]))
	if pageSize == 1 {
		pageSize = 65536
	}
	if pageSize < 512 || pageSize&(pageSize-1) != 0 {
		return header{}, fmt.Errorf("%w: damaged header (page size %d)", ErrNotProject, pageSize)
	}
	pages := int64(binary.BigEndian.Uint32(h[28:32]))
	counter, validFor := binary.BigEndian.Uint32(h[24:28]), binary.BigEndian.Uint32(h[92:96])
	short := fi.Size()%pageSize != 0 || pages > 0 && counter == validFor && fi.Size() < pages*pageSize
	if short && walFrames(abs) {
		// A checkpoint cut short (a full disk, a crash) leaves the file
		// shorter than its header says with the pages still in the WAL:
		// only SQLite can tell whether the two together are whole, and
		// probe asks it. Refusing here would lock a healthy project out.
		return header{exists: true, short: true}, nil
	}
	if fi.Size()%pageSize != 0 {
		return header{}, fmt.Errorf("%w: file is truncated or damaged (%d bytes is not a whole number of %d-byte pages, and there is no WAL to complete it)", ErrNotProject, fi.Size(), pageSize)
	}
	if short {
		return header{}, fmt.Errorf("%w: file is truncated (%d of %d bytes, and there is no WAL to complete it)", ErrNotProject, fi.Size(), pages*pageSize)
	}
	return header{exists: true}, nil
}

// walFrames reports whether the project's -wal file holds at least one
// frame (a 32-byte header and more).
func walFrames(abs string) bool {
	fi, err := os.Stat(abs + "-wal")
	return err == nil && fi.Mode().IsRegular() && fi.Size() > 32
}

// probe reads version and identity of an existing file on a read-only
// connection. It refuses other programs' databases and damaged files; a file
// completed by its WAL (short) must also pass SQLite's quick_check.
func probe(abs string, readOnly, short bool) error {
	// Immutable when no WAL holds work: then the probe writes nothing
	// beside the file (no -wal, no -shm), also for a file it refuses.
	// (Not for a file with several names: the normal open is what finds
	// it open under another name.)
	probeDSN := immutableDSN(abs)
	if fi, err := os.Stat(abs); walFrames(abs) || err != nil || hardLinks(fi) > 1 {
		probeDSN = dsn(abs, true)
	}
	db, err := sql.Open("sqlite3", probeDSN)
	if err != nil {
		return err
	}
	defer db.Close()
	var appID, version, tables int
	if err := db.QueryRow("PRAGMA application_id").Scan(&appID); err != nil {
		return damaged(err)
	}
	if err := db.QueryRow("PRAGMA user_version").Scan(&version); err != nil {
		return damaged(err)
	}
	if err := db.QueryRow("SELECT count(*) FROM sqlite_schema").Scan(&tables); err != nil {
		return damaged(err)
	}
	if short {
		// The file and its WAL must make a whole database before anything
		// writes to it (a checkpoint would copy damage into the file).
		var res string
		if err := db.QueryRow("PRAGMA quick_check").Scan(&res); err != nil {
			return damaged(err)
		}
		if res != "ok" {
			return fmt.Errorf("%w: damaged (%s)", ErrNotProject, res)
		}
	}
	switch {
	case appID != 0 && appID != applicationID:
		return fmt.Errorf("%w: an SQLite database of another program (application id %#x)", ErrNotProject, appID)
	case appID == 0 && tables > 0:
		return fmt.Errorf("%w: an SQLite database of another program (%d schema objects, no Quotebench mark)", ErrNotProject, tables)
	case version > latestVersion():
		return fmt.Errorf("%w: the file has version %d, this Quotebench supports versions up to %d; update Quotebench", annot.ErrNewerVersion, version, latestVersion())
	case readOnly && version < latestVersion():
		return fmt.Errorf("%w: the file has version %d and needs migrating to %d, which a read-only open cannot do", annot.ErrReadOnly, version, latestVersion())
	}
	return nil
}

func damaged(err error) error {
	return fmt.Errorf("%w: %v", ErrNotProject, err)
}

// Close releases the database and the writer lock.
func (s *Store) Close() error {
	var err error
	if s.db != nil {
		err = s.db.Close()
		s.db = nil
	}
	if s.release != nil {
		s.release()
		s.release = nil
	}
	if s.lock != nil {
		unlockFile(s.lock)
		s.lock = nil
	}
	return err
}

// Path is the project file's path as given to Open.
func (s *Store) Path() string { return s.path }

// Files lists the project file and its companions (the SQLite -wal, -shm and
// -journal files and the writer's .lock), links resolved: what nothing but
// the store may ever write, such as an export (formats.Options.Protect).
func (s *Store) Files() []string {
	abs, err := realPath(s.path)
	if err != nil {
		abs = s.path
	}
	return []string{abs, abs + "-wal", abs + "-shm", abs + "-journal", abs + ".lock"}
}

// ReadOnly reports whether the store was opened read-only.
func (s *Store) ReadOnly() bool { return s.ro }

// mapErr turns driver errors into annot errors at the boundary.
func mapErr(err error) error {
	if err == nil {
		return nil
	}
	if errors.Is(err, sql.ErrNoRows) {
		return annot.ErrNotFound
	}
	var se sqlite3.Error
	if errors.As(err, &se) {
		switch se.Code {
		case sqlite3.ErrConstraint:
			if se.ExtendedCode == sqlite3.ErrConstraintUnique || se.ExtendedCode == sqlite3.ErrConstraintPrimaryKey {
				return fmt.Errorf("%w: %v", annot.ErrDuplicate, err)
			}
			return fmt.Errorf("%w: %v", annot.ErrInvalid, err)
		case sqlite3.ErrBusy, sqlite3.ErrLocked:
			return fmt.Errorf("%w: %v", annot.ErrBusy, err)
		case sqlite3.ErrReadonly:
			return fmt.Errorf("%w: %v", annot.ErrReadOnly, err)
		case sqlite3.ErrCorrupt, sqlite3.ErrNotADB:
			return fmt.Errorf("%w: %v", ErrNotProject, err)
		}
	}
	return err
}

// write runs fn in one immediate transaction.
func (s *Store) write(fn func(tx querier) error) error {
	if s.ro {
		return annot.ErrReadOnly
	}
	if s.db == nil {
		return errors.New("store is closed")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	tx, err := s.db.BeginTx(bg, nil)
	if err != nil {
		return mapErr(err)
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return mapErr(err)
	}
	return mapErr(tx.Commit())
}

// querier is what helpers need: a *sql.Tx (writes) or a *sql.Conn inside
// BEGIN DEFERRED (reads).
type querier interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

var bg = context.Background()

// read runs fn in one deferred read transaction: a consistent snapshot that
// never waits for or blocks the writer (the DSN's _txlock=immediate would).
func (s *Store) read(fn func(q querier) error) (err error) {
	if s.db == nil {
		return errors.New("store is closed")
	}
	conn, err := s.db.Conn(bg)
	if err != nil {
		return mapErr(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(bg, "BEGIN DEFERRED"); err != nil {
		return mapErr(err)
	}
	defer func() {
		if _, rerr := conn.ExecContext(bg, "ROLLBACK"); rerr != nil {
			// Never hand a connection still inside a transaction back
			// to the pool: make database/sql discard it.
			conn.Raw(func(any) error { return driver.ErrBadConn })
			if err == nil {
				err = mapErr(rerr)
			}
		}
	}()
	return mapErr(fn(conn))
}
