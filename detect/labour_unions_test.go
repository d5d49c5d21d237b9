package detect

import "testing"

// TestTheUnionIsTheOneUnionNamed: "the union" is the one labour union the
// article named, however far back and over a firm named nearer; not when
// two unions were named, nor a credit union.
func TestTheUnionIsTheOneUnionNamed(t *testing.T) {
	det := mustNew(t)
	between := "\n\nThe plant builds grain augers.\n\nThe company said its offer was fair.\n\nMayor Jo Doe said the city has no role.\n\nThe plant employs 300 people.\n\n"
	quote := "it will hold a membership meeting on April 22"
	last := "The union has said it will hold a membership meeting on April 22."
	checkSpeakerNames(t, det, []nameCase{
		{"Members of Local 4412 of the Prairie Industrial Workers Union walked off the job at Cypress Implement Manufacturing on March 24." + between +
			"Cypress Implement Manufacturing said it would not return to the table.\n\n" + last, quote, "Prairie Industrial Workers Union"},
		{"Members of the Plant Workers' Alliance, Local 1172, walked off the job on Monday." + between + last, quote, "Plant Workers' Alliance"},
		{"Members of the Prairie Nurses Union rallied on Monday. Workers of the Allied Health Workers Union joined them." + between + last, quote, "The union"},
		{"The Prairie Credit Union opened a branch in 2019." + between + last, quote, "The union"},
	})
}
