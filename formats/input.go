package formats

import (
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/quotebench/quotebench/annot"
)

// OpenInput opens a file to import after checking that it is a regular
// file: a named pipe would block the open until some program writes to it
// (forever, for an import), and a device may never end. Anything else is
// refused with annot.ErrInvalid naming the path and what it is. The name
// may be replaced between the check and the open (by a named pipe, say):
// on unix the open does not wait (O_NONBLOCK) and the opened file is
// checked again, so such a name is refused, not waited on.
func OpenInput(path string) (*os.File, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if err := regular(path, fi); err != nil {
		return nil, err
	}
	if afterTypeCheck != nil {
		afterTypeCheck(path)
	}
	f, err := openNoWait(path)
	if err != nil {
		return nil, err
	}
	if fi, err = f.Stat(); err == nil {
		err = regular(path, fi)
	}
	if err == nil {
		err = blockingReads(f) // a regular file ignores O_NONBLOCK; cleared all the same
	}
	if err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}

// afterTypeCheck, when set (by a test), runs between OpenInput's check of
// the name and its open.
var afterTypeCheck func(path string)

// ReadInput reads a whole file to import, refusing what is not a regular
// file as OpenInput does.
func ReadInput(path string) ([]byte, error) {
	f, err := OpenInput(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(f)
}

func regular(path string, fi fs.FileInfo) error {
	if fi.Mode().IsRegular() {
		return nil
	}
	return fmt.Errorf("%w: %s is not a regular file but %s", annot.ErrInvalid, path, FileKind(fi.Mode()))
}

// FileKind names what a file that is not a regular file is.
func FileKind(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "a folder"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe (FIFO)"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeCharDevice != 0:
		return "a character device"
	case m&fs.ModeDevice != 0:
		return "a device"
	case m&fs.ModeSymlink != 0:
		return "a symbolic link"
	case m&fs.ModeIrregular != 0:
		return "an irregular file"
	}
	return "not a regular file"
}
