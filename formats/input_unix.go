//go:build unix

package formats

import (
	"os"
	"syscall"
)

// openNoWait opens path for reading without waiting: a named pipe with no
// writer opens at once (O_NONBLOCK) instead of blocking the open.
func openNoWait(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
}

// blockingReads clears O_NONBLOCK on a file openNoWait opened.
func blockingReads(f *os.File) error {
	rc, err := f.SyscallConn()
	if err != nil {
		return err
	}
	var serr error
	if err := rc.Control(func(fd uintptr) { serr = syscall.SetNonblock(int(fd), false) }); err != nil {
		return err
	}
	return serr
}
