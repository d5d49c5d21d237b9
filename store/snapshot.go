package store

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"time"
)

// SnapshotSuffix starts the name of a snapshot: "P.snap-20060102T150405Z".
const SnapshotSuffix = ".snap-"

// Snapshot writes a consistent, compacted copy of the project next to it
// ("P.snap-TIMESTAMP", via VACUUM INTO, while the project stays usable) and
// deletes the oldest snapshots beyond keep (keep <= 0 keeps all). It returns
// the new snapshot's path. A snapshot is an ordinary project file: open it
// to look at the project as it was.
func (s *Store) Snapshot(keep int) (string, error) {
	if s.db == nil {
		return "", fmt.Errorf("snapshot: store is closed")
	}
	abs, err := filepath.Abs(s.path)
	if err != nil {
		return "", fmt.Errorf("snapshot: %w", err)
	}
	dst := abs + SnapshotSuffix + time.Now().UTC().Format("20060102T150405.000000000Z")
	if err := s.vacuumInto(dst); err != nil {
		return "", fmt.Errorf("snapshot %q: %w", dst, err)
	}
	if keep > 0 {
		old, err := s.Snapshots()
		if err != nil {
			return dst, err
		}
		for len(old) > keep {
			if err := os.Remove(old[0]); err != nil {
				return dst, fmt.Errorf("remove old snapshot: %w", err)
			}
			old = old[1:]
		}
	}
	return dst, nil
}

// Snapshots lists the project's snapshots, oldest first.
func (s *Store) Snapshots() ([]string, error) {
	abs, err := filepath.Abs(s.path)
	if err != nil {
		return nil, err
	}
	m, err := filepath.Glob(globEscape(abs) + SnapshotSuffix + "*")
	if err != nil {
		return nil, err
	}
	var out []string
	for _, p := range m {
		if filepath.Ext(p) == ".lock" || hasSideSuffix(p) {
			continue
		}
		out = append(out, p)
	}
	sort.Strings(out) // timestamps sort in time order
	return out, nil
}

func hasSideSuffix(p string) bool {
	for _, s := range []string{"-wal", "-shm", "-journal"} {
		if len(p) > len(s) && p[len(p)-len(s):] == s {
			return true
		}
	}
	return false
}

func globEscape(p string) string {
	out := make([]byte, 0, len(p))
	for i := 0; i < len(p); i++ {
		switch p[i] {
		case '*', '?', '[', '\\':
			if filepath.Separator != '\\' || p[i] != '\\' {
				out = append(out, '\\')
			}
		}
		out = append(out, p[i])
	}
	return string(out)
}

// Backup writes a consistent copy of the project to dst (which must not
// exist), e.g. for "Save a copy".
func (s *Store) Backup(dst string) error {
	if s.db == nil {
		return fmt.Errorf("backup: store is closed")
	}
	if _, err := os.Stat(dst); err == nil {
		return fmt.Errorf("backup to %q: %w: file exists", dst, os.ErrExist)
	}
	if err := s.vacuumInto(dst); err != nil {
		return fmt.Errorf("backup to %q: %w", dst, err)
	}
	return nil
}
