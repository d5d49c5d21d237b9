//go:build !unix

package main

import "time"

// cpuUsed is 0 where the CPU time cannot be read.
func cpuUsed() time.Duration { return 0 }
