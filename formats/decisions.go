package formats

import "github.com/quotebench/quotebench/annot"

// Decisions is what importing annotations as decisions (an analyst's
// earlier work, not suggestions) did, or in a dry run would do, to one
// document. Counts are of quotes, mentions and entities.
type Decisions struct {
	// Added: annotations the document did not have, added as accepted
	// decisions (origin import).
	Added int
	// Decided: pending suggestions with the same span (quote parts, or
	// mention span and label) that the import decided: accepted, or
	// edited where kind, speaker or entity differ.
	Decided int
	// Kept: annotations the analyst had already decided (accepted,
	// edited or rejected), left as they are.
	Kept int
}

// DecisionTarget is a Target that takes imported annotations as decisions.
type DecisionTarget interface {
	Target
	// AddDecisions records a as decisions on document id in one undoable
	// step; with dry it changes nothing and says what it would do.
	AddDecisions(id annot.DocID, a annot.Annotations, dry bool) (Decisions, error)
}
