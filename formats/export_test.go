package formats

// SetRename replaces the rename Export moves its output with, and returns
// a function that restores it.
func SetRename(f func(oldpath, newpath string) error) (restore func()) {
	old := rename
	rename = f
	return func() { rename = old }
}
