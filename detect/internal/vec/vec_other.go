//go:build !amd64

package vec

func addInt32s(dst, src []int32) { AddInt32Go(dst, src) }

func addInt16s(dst []int32, src []int16) { AddInt16Go(dst, src) }
