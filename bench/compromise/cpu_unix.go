//go:build unix

package main

import (
	"syscall"
	"time"
)

// cpuUsed is the CPU time (user + system) the process has used, or 0.
func cpuUsed() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
