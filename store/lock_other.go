//go:build !unix && !windows

package store

import "os"

// lockFile is a no-op where no file lock is available; SQLite's own
// locking still keeps the file consistent.
func lockFile(path string) (*os.File, error) { return nil, nil }

func unlockFile(f *os.File) {}

// hardLinks is the number of names the file has (not known here).
func hardLinks(os.FileInfo) uint64 { return 1 }

// canWrite is not checked here; SQLite reports a read-only file itself.
func canWrite(string) error { return nil }
