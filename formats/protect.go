package formats

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// ErrProtected is returned when an export would write over a file it must
// never touch: the open project or one of its companions (-wal, -shm,
// -journal, .lock), under any name, through a link or a hard link.
var ErrProtected = errors.New("the output would overwrite the project file")

// checkProtected refuses outputs that name a protected file. Existing files
// are compared by identity (os.SameFile sees hard links, symbolic links and
// case-insensitive names); names that do not exist yet by their resolved
// path, and a symbolic link by the file it points to, even when that file
// does not exist at the moment (a project's -shm comes and goes).
func checkProtected(outs, protect []string) error {
	for _, out := range outs {
		for _, p := range protect {
			if clobbers(out, p) {
				return fmt.Errorf("%w: export to %q would replace %q; choose another name or folder", ErrProtected, out, p)
			}
		}
	}
	return nil
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
