package vec

func addInt32s(dst, src []int32) {
	if len(src) > 0 {
		addInt32(&dst[0], &src[0], len(src))
	}
}

func addInt16s(dst []int32, src []int16) {
	if len(src) > 0 {
		addInt16(&dst[0], &src[0], len(src))
	}
}

// addInt32 and addInt16 are in vec_amd64.s: n lanes from src added to dst.

//go:noescape
func addInt32(dst, src *int32, n int)

//go:noescape
func addInt16(dst *int32, src *int16, n int)
