#include "textflag.h"

// func addInt32(dst, src *int32, n int)
// Eight lanes per step, then four, then one at a time.
TEXT ·addInt32(SB), NOSPLIT, $0-24
	MOVQ dst+0(FP), DI
	MOVQ src+8(FP), SI
	MOVQ n+16(FP), CX
loop8:
	CMPQ CX, $8
	JLT  four
	MOVOU 0(DI), X0
	MOVOU 0(SI), X2
	MOVOU 16(DI), X1
	MOVOU 16(SI), X3
	PADDL X2, X0
	PADDL X3, X1
	MOVOU X0, 0(DI)
	MOVOU X1, 16(DI)
	ADDQ $32, DI
	ADDQ $32, SI
	SUBQ $8, CX
	JMP  loop8
four:
	CMPQ CX, $4
	JLT  one
	MOVOU 0(DI), X0
	MOVOU 0(SI), X2
	PADDL X2, X0
	MOVOU X0, 0(DI)
	ADDQ $16, DI
	ADDQ $16, SI
	SUBQ $4, CX
one:
	TESTQ CX, CX
	JEQ  done
	MOVL 0(SI), AX
	ADDL AX, 0(DI)
	ADDQ $4, DI
	ADDQ $4, SI
	DECQ CX
	JMP  one
done:
	RET

// func addInt16(dst *int32, src *int16, n int)
// Widening: a word unpacked with itself into a double word and shifted
// right arithmetically by 16 is the word sign-extended.
TEXT ·addInt16(SB), NOSPLIT, $0-24
	MOVQ dst+0(FP), DI
	MOVQ src+8(FP), SI
	MOVQ n+16(FP), CX
loop8:
	CMPQ CX, $8
	JLT  four
	MOVOU 0(SI), X0
	MOVOU X0, X1
	PUNPCKLWL X0, X0
	PUNPCKHWL X1, X1
	PSRAL $16, X0
	PSRAL $16, X1
	MOVOU 0(DI), X2
	MOVOU 16(DI), X3
	PADDL X2, X0
	PADDL X3, X1
	MOVOU X0, 0(DI)
	MOVOU X1, 16(DI)
	ADDQ $32, DI
	ADDQ $16, SI
	SUBQ $8, CX
	JMP  loop8
four:
	CMPQ CX, $4
	JLT  one
	MOVQ 0(SI), X0
	PUNPCKLWL X0, X0
	PSRAL $16, X0
	MOVOU 0(DI), X2
	PADDL X2, X0
	MOVOU X0, 0(DI)
	ADDQ $16, DI
	ADDQ $8, SI
	SUBQ $4, CX
one:
	TESTQ CX, CX
	JEQ  done
	MOVWLSX 0(SI), AX
	ADDL AX, 0(DI)
	ADDQ $4, DI
	ADDQ $2, SI
	DECQ CX
	JMP  one
done:
	RET
