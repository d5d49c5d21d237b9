// Package vec adds integer score vectors lane by lane, the inner loops of
// the entity tagger and the syntax layer: int32 vectors to int32 vectors,
// and int16 model weights, widened, to int32 vectors. On amd64 the adds
// are SSE2 assembly (vec_amd64.s; SSE2 is part of every amd64 CPU), four
// lanes per instruction, where Go adds one lane at a time; elsewhere they
// are the Go loops below. Both wrap around on overflow, as Go's int32 does.
package vec

// AddInt32 adds src to dst: dst[i] += src[i] for every i of src. dst must
// be at least as long as src.
func AddInt32(dst, src []int32) {
	if len(dst) < len(src) {
		panic("vec: dst shorter than src")
	}
	addInt32s(dst, src)
}

// AddInt16 adds src, widened, to dst: dst[i] += int32(src[i]) for every
// i of src. dst must be at least as long as src.
func AddInt16(dst []int32, src []int16) {
	if len(dst) < len(src) {
		panic("vec: dst shorter than src")
	}
	addInt16s(dst, src)
}

// AddInt32Go and AddInt16Go are the Go loops (the other architectures'
// implementation; tests compare the assembly with them).
func AddInt32Go(dst, src []int32) {
	dst = dst[:len(src)]
	for i, v := range src {
		dst[i] += v
	}
}

func AddInt16Go(dst []int32, src []int16) {
	dst = dst[:len(src)]
	for i, v := range src {
		dst[i] += int32(v)
	}
}
