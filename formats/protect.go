package formats

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// ErrProtected is returned when an export would write over a file it must
// never touch: the open project or one of its companions (-wal, -shm,
// -journal, .lock), under any name, through a link or a hard link; or any
// other SQLite database and its side files.
var ErrProtected = errors.New("the output would overwrite the project file")

// CheckOutput refuses out, before any export, when an export would refuse
// it: one of the protected files or any SQLite database or its side files.
func CheckOutput(out string, protect []string) error {
	return checkProtected([]string{out}, protect)
}

// checkProtected refuses outputs that name a protected file. Existing files
// are compared by identity (os.SameFile sees hard links, symbolic links and
// case-insensitive names); names that do not exist yet by their resolved
// path, and a symbolic link by the file it points to, even when that file
// does not exist at the moment (a project's -shm comes and goes).
func checkProtected(outs, protect []string) error {
	for _, out := range outs {
		if err := checkDatabase(out); err != nil {
			return err
		}
		for _, p := range protect {
			if clobbers(out, p) {
				return fmt.Errorf("%w: export to %q would replace %q; choose another name or folder", ErrProtected, out, p)
			}
		}
	}
	return nil
}

// sqliteMagic starts every SQLite database file.
const sqliteMagic = "SQLite format 3\x00"

// checkDatabase refuses an output that is any SQLite database (another
// project, perhaps open in a window), the -wal, -shm or -journal of one, or a
// file with a writer's .lock beside it: an export never replaces a database,
// whichever project it comes from.
func checkDatabase(out string) error {
	refuse := func(what string) error {
		return fmt.Errorf("%w: export to %q would replace %s; choose another name or folder", ErrProtected, out, what)
	}
	if isDatabase(out) {
		return refuse("an SQLite database (a Quotebench project?)")
	}
	for _, side := range []string{"-wal", "-shm", "-journal"} {
		if stem, ok := strings.CutSuffix(out, side); ok && isDatabase(stem) {
			return refuse("the " + side + " file of the database " + strconv.Quote(stem))
		}
	}
	if _, err := os.Lstat(out + ".lock"); err == nil {
		return refuse("a file with a project's writer lock beside it")
	}
	return nil
}

// isDatabase reports whether path is a regular file that starts as an SQLite
// database does.
func isDatabase(path string) bool {
	fi, err := os.Stat(path)
	if err != nil || !fi.Mode().IsRegular() {
		return false
	}
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	var h [len(sqliteMagic)]byte
	_, err = io.ReadFull(f, h[:])
	return err == nil && string(h[:]) == sqliteMagic
}

func clobbers(out, p string) bool {
	ro, rp := resolved(out), resolved(p)
	if ro == rp {
		return true
	}
	fo, errO := os.Stat(out)
	fp, errP := os.Stat(p)
	if errO == nil && errP == nil && os.SameFile(fo, fp) {
		return true
	}
	if t, err := os.Readlink(out); err == nil { // a link, perhaps dangling
		if !filepath.IsAbs(t) {
			t = filepath.Join(filepath.Dir(out), t)
		}
		return resolved(t) == rp
	}
	return false
}

// resolved is the absolute path with symbolic links resolved: the file's own
// when it exists, else its folder's.
func resolved(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		return filepath.Clean(path)
	}
	if r, err := filepath.EvalSymlinks(abs); err == nil {
		return r
	}
	if dir, err := filepath.EvalSymlinks(filepath.Dir(abs)); err == nil {
		return filepath.Join(dir, filepath.Base(abs))
	}
	return abs
}
