//go:build !unix

package formats

import "os"

// openNoWait opens path for reading. Outside unix there is no named pipe
// to replace a file with in the file system (Windows' pipes live in their
// own namespace), so a plain open does.
func openNoWait(path string) (*os.File, error) { return os.Open(path) }

// blockingReads has nothing to clear outside unix.
func blockingReads(*os.File) error { return nil }
