package formats

import "github.com/quotebench/quotebench/annot"

// DecisionTarget is a Target that takes imported annotations as decisions.
type DecisionTarget interface {
	Target
	// AddDecisions records a as decisions on document id in one undoable
	// step; with dry it changes nothing and says what it would do.
	AddDecisions(id annot.DocID, a annot.Annotations, dry bool) (annot.Decisions, error)
}
