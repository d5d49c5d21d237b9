//go:build !withstore

package app

import "testing"

// Without the withstore tag the window's tests run on the in-memory project
// only (while the store is being built).
func storeBackends(t *testing.T) map[string]func(t *testing.T) seeder { return nil }

func reopen(t *testing.T, p Project) Project {
	if m, ok := p.(*memProject); ok {
		return m
	}
	t.Fatalf("cannot reopen %T", p)
	return nil
}
