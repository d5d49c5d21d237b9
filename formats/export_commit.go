package formats

import (
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"runtime"
	"slices"

	"github.com/quotebench/quotebench/annot"
)

// Sidecar is a file a format writes beside its output (Label Studio's
// labeling config): OUT+Suffix for a file output, the base name Suffix
// without its leading dot inside a folder output.
type Sidecar struct {
	Suffix string
	Data   []byte
}

// SidecarPath is where a sidecar of an export to out goes.
func SidecarPath(f *Format, out string, s Sidecar) string {
	if f.Dir {
		return filepath.Join(out, s.Suffix[1:])
	}
	return out + s.Suffix
}

// commit is the last step: write the manifest and the sidecars, flush them
// and move the output into place.
func (e *exporter) commit() error {
	f, out, man := e.f, e.out, e.man
	mb, err := json.MarshalIndent(man, "", "  ")
	if err != nil {
		return err
	}
	mb = append(mb, '\n')
	var sides []Sidecar
	if f.Sidecars != nil {
		labels := slices.Clone(annot.DefaultLabels)
		for _, l := range slices.Sorted(maps.Keys(e.labels)) {
			if !slices.Contains(labels, l) {
				labels = append(labels, l)
			}
		}
		sides = f.Sidecars(e.opt, labels)
	}
	// Exported files are for other programs and people: 0644 (CreateTemp
	// and MkdirTemp make them private), and on disk (fsync) before a rename
	// replaces an earlier export, so that a crash leaves the old export or
	// the new one, never a renamed but empty file.
	dir := filepath.Dir(out)
	if f.Dir {
		sides = append(sides, Sidecar{Suffix: ".manifest.json", Data: mb})
		for _, s := range sides {
			if err := os.WriteFile(SidecarPath(f, e.tmp, s), s.Data, 0o644); err != nil {
				return fmt.Errorf("write %s: %w", s.Suffix[1:], err)
			}
		}
		if err := syncTree(e.tmp); err != nil {
			return fmt.Errorf("export %s to %q: %w", f.Name, out, err)
		}
		if fi, err := os.Stat(out); err == nil && fi.IsDir() {
			if err := os.Remove(out); err != nil { // empty, checked above
				return fmt.Errorf("replace %q: %w", out, err)
			}
		}
		if err := rename(e.tmp, out); err != nil {
			return fmt.Errorf("move export into place: %w", err)
		}
		e.done = true
		if err := syncPath(dir); err != nil {
			return fmt.Errorf("export %s to %q: sync folder: %w", f.Name, out, err)
		}
		return nil
	}
	if err := os.Chmod(e.tmp, 0o644); err != nil {
		return fmt.Errorf("export %s to %q: %w", f.Name, out, err)
	}
	if err := syncPath(e.tmp); err != nil {
		return fmt.Errorf("export %s to %q: %w", f.Name, out, err)
	}
	// Sidecars go into place before the output: they describe any export of
	// the format (a labeling config), not this one only.
	for _, s := range sides {
		p := SidecarPath(f, out, s)
		if err := writeSynced(p+".tmp", s.Data); err != nil {
			os.Remove(p + ".tmp")
			return fmt.Errorf("write %s: %w", p, err)
		}
		if err := rename(p+".tmp", p); err != nil {
			os.Remove(p + ".tmp")
			return fmt.Errorf("move %s into place: %w", p, err)
		}
	}
	mtmp := e.tmp + ".manifest"
	if err := writeSynced(mtmp, mb); err != nil {
		os.Remove(mtmp)
		return fmt.Errorf("write manifest: %w", err)
	}
	// The old manifest goes first: a failure from here on leaves the old
	// output or the new one without a manifest (read as a file of another
	// tool), never the new output beside the old manifest.
	mp := ManifestPath(f, out)
	if err := os.Remove(mp); err != nil && !errors.Is(err, os.ErrNotExist) {
		os.Remove(mtmp)
		return fmt.Errorf("replace manifest %q: %w", mp, err)
	}
	if err := rename(e.tmp, out); err != nil {
		os.Remove(mtmp)
		return fmt.Errorf("move export into place: %w", err)
	}
	e.done = true
	if err := rename(mtmp, mp); err != nil {
		os.Remove(mtmp)
		return fmt.Errorf("move manifest into place: %w", err)
	}
	if err := syncPath(dir); err != nil {
		return fmt.Errorf("export %s to %q: sync folder: %w", f.Name, out, err)
	}
	return nil
}

// rename is os.Rename; tests make it fail.
var rename = os.Rename

// syncPath flushes a file or a folder (its entries: a rename in it) to
// disk. Windows cannot flush a folder; NTFS journals renames itself.
func syncPath(p string) error {
	fi, err := os.Stat(p)
	if err != nil {
		return err
	}
	var fh *os.File
	if fi.IsDir() {
		if runtime.GOOS == "windows" {
			return nil
		}
		fh, err = os.Open(p)
	} else {
		fh, err = os.OpenFile(p, os.O_RDWR, 0)
	}
	if err != nil {
		return err
	}
	if err := fh.Sync(); err != nil {
		fh.Close()
		return fmt.Errorf("sync %s: %w", p, err)
	}
	return fh.Close()
}

// syncTree makes a folder output 0755 and its files 0644, and flushes
// them and itself.
func syncTree(root string) error {
	if err := os.Chmod(root, 0o755); err != nil {
		return err
	}
	ents, err := os.ReadDir(root)
	if err != nil {
		return err
	}
	for _, e := range ents {
		if e.Type().IsRegular() {
			p := filepath.Join(root, e.Name())
			if err := os.Chmod(p, 0o644); err != nil {
				return err
			}
			if err := syncPath(p); err != nil {
				return err
			}
		}
	}
	return syncPath(root)
}

// writeSynced writes a 0644 file and flushes it.
func writeSynced(path string, b []byte) error {
	fh, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		return err
	}
	if _, err := fh.Write(b); err != nil {
		fh.Close()
		return err
	}
	if err := fh.Sync(); err != nil {
		fh.Close()
		return err
	}
	return fh.Close()
}

// checkOut refuses outputs that would clobber something unexpected.
func checkOut(f *Format, out string) error {
	fi, err := os.Stat(out)
	if errors.Is(err, os.ErrNotExist) {
		if _, err := os.Stat(filepath.Dir(out)); err != nil {
			return fmt.Errorf("export to %q: the folder %q does not exist", out, filepath.Dir(out))
		}
		return nil
	}
	if err != nil {
		return fmt.Errorf("export to %q: %w", out, err)
	}
	if f.Dir {
		if !fi.IsDir() {
			return fmt.Errorf("export %s to %q: it is a file; %s writes a folder", f.Name, out, f.Name)
		}
		ents, err := os.ReadDir(out)
		if err != nil {
			return fmt.Errorf("export to %q: %w", out, err)
		}
		if len(ents) > 0 {
			return fmt.Errorf("export %s to %q: the folder is not empty", f.Name, out)
		}
		return nil
	}
	if fi.IsDir() {
		return fmt.Errorf("export %s to %q: it is a folder; %s writes a file", f.Name, out, f.Name)
	}
	return nil
}

func makeTemp(f *Format, out string) (string, error) {
	dir, base := filepath.Split(out)
	if dir == "" {
		dir = "."
	}
	pattern := "." + base + ".tmp-*"
	if f.Dir {
		p, err := os.MkdirTemp(dir, pattern)
		if err != nil {
			return "", fmt.Errorf("export to %q: %w", out, err)
		}
		return p, nil
	}
	fh, err := os.CreateTemp(dir, pattern)
	if err != nil {
		return "", fmt.Errorf("export to %q: %w", out, err)
	}
	fh.Close()
	return fh.Name(), nil
}
