package learn

import (
	"fmt"

	"github.com/quotebench/quotebench/detect"
)

// ScopeKey is the project setting that says which attributions the project
// suggests: "speech" (who said what; the default) or "all" (also attitudes:
// plans, expects, supports; PolNeAR's convention).
const ScopeKey = "detector.scope"

// Settings reads and writes project settings; *store.Store satisfies it.
type Settings interface {
	Setting(key string) ([]byte, bool, error)
	SetSetting(key string, value []byte) error
}

// ProjectScope returns the detector options of a project. A scope given on
// the command line ("speech" or "all") becomes the project's and is stored;
// "" keeps the project's own (speech when none was ever set).
func ProjectScope(s Settings, given string) (detect.Options, error) {
	if given != "" {
		opts, err := detect.ParseScope(given)
		if err != nil {
			return opts, err
		}
		return opts, s.SetSetting(ScopeKey, []byte(opts.Scope.String()))
	}
	v, found, err := s.Setting(ScopeKey)
	if err != nil || !found {
		return detect.Options{}, err
	}
	opts, err := detect.ParseScope(string(v))
	if err != nil {
		return opts, fmt.Errorf("the project's setting %s: %w", ScopeKey, err)
	}
	return opts, nil
}
