package learn

import (
	"testing"

	"github.com/quotebench/quotebench/detect"
)

type memSettings map[string][]byte

func (m memSettings) Setting(k string) ([]byte, bool, error) { v, ok := m[k]; return v, ok, nil }
func (m memSettings) SetSetting(k string, v []byte) error {
	if v == nil {
		delete(m, k)
	} else {
		m[k] = v
	}
	return nil
}

// A project suggests speech until a scope is given; a given scope is kept
// for the commands and the window that follow; a bad one is refused.
func TestProjectScope(t *testing.T) {
	s := memSettings{}
	if o, err := ProjectScope(s, ""); err != nil || o.Scope != detect.ScopeSpeech {
		t.Errorf("new project: %v %v, want speech", o.Scope, err)
	}
	if o, err := ProjectScope(s, "all"); err != nil || o.Scope != detect.ScopeAll {
		t.Errorf("given all: %v %v", o.Scope, err)
	}
	if o, err := ProjectScope(s, ""); err != nil || o.Scope != detect.ScopeAll {
		t.Errorf("after all was given: %v %v, want all", o.Scope, err)
	}
	if _, err := ProjectScope(s, "everything"); err == nil {
		t.Error("an unknown scope was accepted")
	}
	if string(s[ScopeKey]) != "all" {
		t.Errorf("stored %q", s[ScopeKey])
	}
	s[ScopeKey] = []byte("bogus")
	if _, err := ProjectScope(s, ""); err == nil {
		t.Error("a damaged setting was accepted")
	}
}
