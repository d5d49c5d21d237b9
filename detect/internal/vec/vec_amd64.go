package vec

// addInt32 and addInt16 are in vec_amd64.s: n lanes from src added to dst.

//go:noescape
func addInt32(dst, src *int32, n int)

//go:noescape
func addInt16(dst *int32, src *int16, n int)
