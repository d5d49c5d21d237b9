package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/assets"
	"github.com/quotebench/quotebench/detect"
	"github.com/quotebench/quotebench/formats/article"
	"github.com/quotebench/quotebench/store"
)

// defaultProjectPath is the project opened when none is named:
// DATA/quotebench/default.quotebench, where DATA is $XDG_DATA_HOME (else
// ~/.local/share) on Linux and BSD, ~/Library/Application Support on macOS
// and %AppData% on Windows.
func defaultProjectPath() (string, error) {
	var dir string
	switch runtime.GOOS {
	case "windows", "darwin", "ios":
		d, err := os.UserConfigDir()
		if err != nil {
			return "", fmt.Errorf("find the user data directory: %w", err)
		}
		dir = d
	default:
		dir = os.Getenv("XDG_DATA_HOME")
		if dir == "" || !filepath.IsAbs(dir) {
			home, err := os.UserHomeDir()
			if err != nil {
				return "", fmt.Errorf("find the user data directory: %w", err)
			}
			dir = filepath.Join(home, ".local", "share")
		}
	}
	return filepath.Join(dir, "quotebench", "default"+store.Ext), nil
}

// openOrCreateProject opens the project at path, creating it (and its
// folder) when missing. The default project gets the bundled sample article,
// with detector suggestions, whenever it has no documents (first start, or a
// first start that was interrupted).
func openOrCreateProject(path string, readOnly bool) (*store.Store, error) {
	if !readOnly {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return nil, fmt.Errorf("open project %q: %w", path, err)
		}
	}
	s, err := store.Open(path, store.Options{ReadOnly: readOnly})
	if err != nil {
		return nil, err
	}
	if readOnly || !isDefaultProject(path) {
		return s, nil
	}
	docs, err := s.Documents(annot.DocFilter{})
	if err != nil {
		s.Close()
		return nil, err
	}
	if len(docs) == 0 {
		if err := importSample(s); err != nil {
			s.Close()
			return nil, fmt.Errorf("import the sample article into %q: %w", path, err)
		}
	}
	return s, nil
}

func isDefaultProject(path string) bool {
	def, err := defaultProjectPath()
	if err != nil {
		return false
	}
	a, err1 := filepath.Abs(path)
	b, err2 := filepath.Abs(def)
	return err1 == nil && err2 == nil && a == b
}

// importSample adds the bundled sample article with detector suggestions.
func importSample(s *store.Store) error {
	doc, _, err := article.ParseText(assets.Sample)
	if err != nil {
		return err
	}
	doc.ExtID = strings.TrimSuffix(assets.SampleName, filepath.Ext(assets.SampleName))
	var sugg *annot.Annotations
	if det, err := detect.New(); err == nil {
		a := det.Detect(doc.Text)
		sugg = &a
	}
	_, err = s.AddDocument(doc, sugg, annot.OriginDetector)
	if errors.Is(err, annot.ErrDuplicate) {
		return nil
	}
	return err
}

// projectPath is the --project value, or the default project.
func projectPath(flagValue string) (string, error) {
	if flagValue != "" {
		return flagValue, nil
	}
	return defaultProjectPath()
}

// openToRead opens a project for a command that only reads it: read-only,
// so that it works while the window has the project open, unless the file
// is of an older version and must be migrated first (which needs the
// writer).
func openToRead(path string) (*store.Store, error) {
	s, err := store.Open(path, store.Options{ReadOnly: true})
	if errors.Is(err, annot.ErrReadOnly) {
		// An older file must be migrated, which needs writing; if it
		// cannot be written either, say both.
		var werr error
		if s, werr = store.Open(path, store.Options{}); werr != nil {
			if errors.Is(werr, annot.ErrReadOnly) {
				return nil, fmt.Errorf("%w; and it cannot be migrated where it is: %w", err, werr)
			}
			return nil, werr
		}
		return s, nil
	}
	return s, err
}
