//go:build unix

// Package cputime reads the CPU time the process has used, so that a
// benchmark on a shared, busy machine can report throughput per CPU second.
package cputime

import (
	"syscall"
	"time"
)

// Used is the CPU time (user + system) the process has used, or 0 when the
// system cannot tell.
func Used() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
