//go:build unix

package store

import (
	"errors"
	"fmt"
	"os"
	"syscall"

	"github.com/quotebench/quotebench/annot"
)

// lockFile takes an exclusive, non-blocking flock on path. The kernel
// releases it when the process exits or is killed, so a stale lock file
// never blocks the next start.
func lockFile(path string) (*os.File, error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("lock: %w", err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, fmt.Errorf("%w (lock %s held); open it read-only or close the other window", annot.ErrBusy, path)
		}
		return nil, fmt.Errorf("lock %s: %w", path, err)
	}
	return f, nil
}

func unlockFile(f *os.File) {
	syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
	f.Close()
}

// hardLinks is the number of names the file has.
func hardLinks(fi os.FileInfo) uint64 {
	if st, ok := fi.Sys().(*syscall.Stat_t); ok {
		return uint64(st.Nlink)
	}
	return 1
}

// canWrite asks the kernel whether this process may write path, without
// opening it: closing any descriptor of a file drops every POSIX lock the
// process holds on it, SQLite's included.
func canWrite(path string) error {
	if err := syscall.Access(path, 2 /* W_OK */); err != nil {
		return &os.PathError{Op: "access", Path: path, Err: err}
	}
	return nil
}
