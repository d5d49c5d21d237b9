package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage/repository"
)

// Fyne's save dialog (v2.8.1, dialog/file.go) calls storage.Writer on the
// chosen file before our callback runs, and the file repository's Writer
// truncates: choosing the open project, or an earlier export, would empty it
// before the export could refuse. The export never writes through that
// writer (formats.Export writes a temporary file and renames it, and refuses
// project files), so while the save dialog is open the "file" scheme is
// served by saveGuard: the same repository, except that Writer opens (and
// truncates) nothing until the first Write. The dialog's callback closes the
// writer unwritten and puts the original repository back.
//
// A scheme of our own ("qbsave://") would not do: the dialog's favourites
// (Home, Documents, Computer…) are file:// URIs, so one click on them leaves
// the guarded scheme and the next save truncates again.

// fileRepo is what Fyne's file repository implements; the guard forwards
// all of it.
type fileRepo interface {
	repository.WritableRepository
	repository.AppendableRepository
	repository.HierarchicalRepository
	repository.ListableRepository
	repository.DeleteAllRepository
	repository.CopyableRepository
	repository.MovableRepository
}

type saveGuard struct {
	fileRepo
	orig repository.Repository // the repository the guard stands in for
}

// Writer returns a writer that opens the file (truncating it) only at its
// first Write; closed unwritten, it leaves the file as it was.
func (g saveGuard) Writer(u fyne.URI) (fyne.URIWriteCloser, error) {
	return &lazyWriter{uri: u, open: g.fileRepo.Writer}, nil
}

// Destroy does nothing: putting the original back (repository.Register)
// destroys the guard, and that must not destroy the original.
func (saveGuard) Destroy(string) {}

type lazyWriter struct {
	uri  fyne.URI
	open func(fyne.URI) (fyne.URIWriteCloser, error)
	w    fyne.URIWriteCloser
}

func (l *lazyWriter) URI() fyne.URI { return l.uri }

func (l *lazyWriter) Write(p []byte) (int, error) {
	if l.w == nil {
		w, err := l.open(l.uri)
		if err != nil {
			return 0, err
		}
		l.w = w
	}
	return l.w.Write(p)
}

func (l *lazyWriter) Close() error {
	if l.w == nil {
		return nil
	}
	return l.w.Close()
}

// guardFileWrites installs saveGuard for the "file" scheme and returns the
// function that puts the original back (only if the guard is still the one
// registered). ok is false when the file repository cannot be wrapped; the
// caller must then not show Fyne's save dialog.
//
// Fyne's repository table is a plain map: call this, and the restore, on the
// UI goroutine only (nothing in the app uses storage off it; Fyne's file
// dialog starts no goroutines outside Flatpak builds).
func guardFileWrites() (restore func(), ok bool) {
	orig, err := repository.ForScheme("file")
	if err != nil {
		return func() {}, false
	}
	if g, already := orig.(saveGuard); already {
		orig = g.orig // a dialog closed without its callback; put the original back this time
	}
	fr, ok := orig.(fileRepo)
	if !ok {
		return func() {}, false
	}
	repository.Register("file", saveGuard{fr, orig})
	return func() {
		if cur, err := repository.ForScheme("file"); err == nil {
			if _, isG := cur.(saveGuard); isG {
				repository.Register("file", orig)
			}
		}
	}, true
}
