//go:build !amd64

package vec

import "unsafe"

func addInt32(dst, src *int32, n int) {
	AddInt32Go(unsafe.Slice(dst, n), unsafe.Slice(src, n))
}

func addInt16(dst *int32, src *int16, n int) {
	AddInt16Go(unsafe.Slice(dst, n), unsafe.Slice(src, n))
}
