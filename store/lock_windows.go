//go:build windows

package store

import (
	"errors"
	"fmt"
	"os"

	"github.com/quotebench/quotebench/annot"
	"golang.org/x/sys/windows"
)

// lockFile takes an exclusive, non-blocking LockFileEx on path, released by
// the system when the process ends.
func lockFile(path string) (*os.File, error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("lock: %w", err)
	}
	ol := new(windows.Overlapped)
	err = windows.LockFileEx(windows.Handle(f.Fd()), windows.LOCKFILE_EXCLUSIVE_LOCK|windows.LOCKFILE_FAIL_IMMEDIATELY, 0, 1, 0, ol)
	if err != nil {
		f.Close()
		if errors.Is(err, windows.ERROR_LOCK_VIOLATION) {
			return nil, fmt.Errorf("%w (lock %s held); open it read-only or close the other window", annot.ErrBusy, path)
		}
		return nil, fmt.Errorf("lock %s: %w", path, err)
	}
	return f, nil
}

func unlockFile(f *os.File) {
	windows.UnlockFileEx(windows.Handle(f.Fd()), 0, 1, 0, new(windows.Overlapped))
	f.Close()
}

// hardLinks is the number of names the file has (not looked up on Windows).
func hardLinks(os.FileInfo) uint64 { return 1 }

// canWrite refuses a file with the read-only attribute.
func canWrite(path string) error {
	fi, err := os.Stat(path)
	if err != nil {
		return err
	}
	if fi.Mode().Perm()&0o200 == 0 {
		return &os.PathError{Op: "open", Path: path, Err: os.ErrPermission}
	}
	return nil
}
