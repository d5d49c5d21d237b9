package store

import (
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"

	sqlite3 "github.com/mattn/go-sqlite3"

	"github.com/quotebench/quotebench/annot"
)

// resolveLinks follows the symbolic links of path as far as they go: to
// the file when it exists, else to the name a dangling link points at (a
// link whose target does not exist yet), so that opening the link and
// opening its target take one writer lock and one WAL. Relative targets
// are taken from the link's folder. It returns the last name reached.
func resolveLinks(abs string) (string, error) {
	for i := 0; i < 40; i++ {
		fi, err := os.Lstat(abs)
		if errors.Is(err, fs.ErrNotExist) {
			return abs, nil
		}
		if err != nil {
			return "", err
		}
		if fi.Mode()&fs.ModeSymlink == 0 {
			return abs, nil
		}
		to, err := os.Readlink(abs)
		if err != nil {
			return "", err
		}
		if !filepath.IsAbs(to) {
			to = filepath.Join(filepath.Dir(abs), to)
		}
		abs = filepath.Clean(to)
		if dir, err := filepath.EvalSymlinks(filepath.Dir(abs)); err == nil {
			abs = filepath.Join(dir, filepath.Base(abs))
		}
	}
	return "", fmt.Errorf("too many levels of symbolic links")
}

// emptyFile is the refusal of a 0-byte project file: it is not a project
// (Quotebench creates a project under another name and moves it into place
// only once it is whole), and treating it as a new one would hide that
// something else emptied it.
func emptyFile() error {
	return fmt.Errorf("%w: the file is empty (0 bytes), which a project never is; "+
		"if it should hold your work, look for a copy or backup (P.bak-vN); if not, delete it and open again", ErrNotProject)
}

// cannotWrite reports whether err says a file or folder cannot be written
// (permissions, a read-only file system).
func cannotWrite(err error) bool {
	if errors.Is(err, fs.ErrPermission) || errors.Is(err, syscall.EROFS) || errors.Is(err, syscall.EACCES) {
		return true
	}
	var se sqlite3.Error
	return errors.As(err, &se) && (se.Code == sqlite3.ErrReadonly || se.Code == sqlite3.ErrCantOpen || se.Code == sqlite3.ErrPerm)
}

// checkWritable refuses a writer open when the project file or its folder
// cannot be written (SQLite needs to create the -wal and -shm files beside
// it), with a message that says a read-only open works.
func checkWritable(abs string, exists bool) error {
	dir := filepath.Dir(abs)
	readOnly := func(what string, err error) error {
		return fmt.Errorf("%w: %s cannot be written (%v); open the project read-only to look at it "+
			"(quotebench list and export do), or copy it to a folder you can write", annot.ErrReadOnly, what, cleanPathErr(err))
	}
	if exists {
		if err := canWrite(abs); err != nil {
			if cannotWrite(err) {
				return readOnly("the file", err)
			}
			return err
		}
	}
	f, err := os.CreateTemp(dir, ".quotebench-write-check-*")
	if err != nil {
		if cannotWrite(err) {
			return readOnly("its folder "+dir, err)
		}
		return err
	}
	name := f.Name()
	f.Close()
	os.Remove(name)
	return nil
}

func cleanPathErr(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// openReader opens the read-only connection pool. In a folder the user
// cannot write, SQLite cannot create the -shm file a WAL-mode file needs
// even for reading; then, when no -wal holds committed work that would be
// skipped, the file is opened as immutable, which reads it without any side
// file (no other process can be writing it: a writer needs the folder too).
func openReader(abs string) (*sql.DB, error) {
	db, err := sql.Open("sqlite3", dsn(abs, true))
	if err != nil {
		return nil, err
	}
	var v int
	err = db.QueryRow("PRAGMA user_version").Scan(&v)
	if err == nil {
		return db, nil
	}
	db.Close()
	if !cannotWrite(err) {
		return nil, mapErr(err)
	}
	if walFrames(abs) {
		return nil, fmt.Errorf("%w: the folder cannot be written and %s-wal holds work not yet in the file; "+
			"open the project once where it can be written so that the work is folded into the file (%v)", ErrNotProject, filepath.Base(abs), err)
	}
	db, err = sql.Open("sqlite3", immutableDSN(abs))
	if err != nil {
		return nil, err
	}
	if err := db.QueryRow("PRAGMA user_version").Scan(&v); err != nil {
		db.Close()
		return nil, mapErr(err)
	}
	return db, nil
}

// immutableDSN reads the file without creating -wal or -shm files and
// without taking locks: only for files no writer has open.
func immutableDSN(abs string) string {
	return strings.Replace(dsn(abs, true), "?mode=ro&", "?mode=ro&immutable=1&", 1)
}

// create makes a new project at abs whole or not at all: it is built and
// migrated as "P.creating", checkpointed so that the main file holds
// everything, and then linked (or, where the file system has no hard
// links, renamed) to its name. A crash leaves no empty or half-made
// project under the name, only a "P.creating" the next create replaces.
// The caller holds the writer lock.
func create(abs string) error {
	tmp := abs + ".creating"
	for _, side := range []string{"", "-wal", "-shm", "-journal"} {
		if err := os.Remove(tmp + side); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("create: %w", err)
		}
	}
	db, err := sql.Open("sqlite3", dsn(tmp, false))
	if err != nil {
		return err
	}
	db.SetMaxOpenConns(1)
	t := &Store{path: tmp, db: db}
	err = t.migrate(tmp, false)
	if err == nil {
		_, err = db.Exec("PRAGMA wal_checkpoint(TRUNCATE)")
	}
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	if err == nil && walFrames(tmp) {
		err = errors.New("the new file's WAL was not folded into it")
	}
	if err == nil {
		err = syncFile(tmp)
	}
	if err != nil {
		os.Remove(tmp)
		return fmt.Errorf("create: %w", mapErr(err))
	}
	if err := os.Link(tmp, abs); err != nil {
		if _, serr := os.Lstat(abs); serr == nil {
			os.Remove(tmp)
			return fmt.Errorf("create: %s appeared while it was being created: %w", abs, fs.ErrExist)
		}
		if err := os.Rename(tmp, abs); err != nil {
			os.Remove(tmp)
			return fmt.Errorf("create: %w", err)
		}
	}
	os.Remove(tmp)
	for _, side := range []string{"-wal", "-shm"} {
		os.Remove(tmp + side)
	}
	syncDir(filepath.Dir(abs))
	return nil
}

func syncFile(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	defer f.Close()
	return f.Sync()
}

// syncDir makes a new name in dir durable (a no-op where folders cannot be
// opened for syncing, as on Windows).
func syncDir(dir string) {
	if f, err := os.Open(dir); err == nil {
		f.Sync()
		f.Close()
	}
}

// writers are the files this process has open as writers, to refuse a
// second writer that reaches one of them under another name (a hard link):
// the lock file is per name, and SQLite in one process shares its locks
// and WAL index per file, not per name.
var writers struct {
	sync.Mutex
	open []os.FileInfo
}

// claimWriter records abs as open for writing, or refuses it with annot.ErrBusy
// when this process has it open under another name. release undoes it.
func claimWriter(abs string) (release func(), err error) {
	fi, err := os.Stat(abs)
	if err != nil {
		return nil, err
	}
	writers.Lock()
	defer writers.Unlock()
	for _, o := range writers.open {
		if os.SameFile(o, fi) {
			return nil, fmt.Errorf("%w: the file is open in this Quotebench under another of its names (it has %d hard links); "+
				"SQLite keeps a project's journal and locks by file name, so open it by one name only, or copy it", annot.ErrBusy, hardLinks(fi))
		}
	}
	writers.open = append(writers.open, fi)
	return func() {
		writers.Lock()
		defer writers.Unlock()
		for i, o := range writers.open {
			if o == fi {
				writers.open = append(writers.open[:i], writers.open[i+1:]...)
				return
			}
		}
	}, nil
}
