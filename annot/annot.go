// Package annot is Quotebench's domain: documents, spans, mentions, entities,
// quotes and their provenance. It imports nothing of ours and nothing outside
// the standard library, so every other package can depend on it.
//
// Every offset is a Unicode code point index into Document.Text, end
// exclusive (see offsets.go for conversions to UTF-16 and bytes).
package annot

import (
	"errors"
	"fmt"
	"time"
)

// Identifiers are distinct types so that a quote id cannot be passed where a
// mention id is expected. Zero means "none". Inside an Annotations set that has
// not been stored yet, ids are local to the set (1..n).
type (
	DocID     int64
	EntityID  int64
	MentionID int64
	QuoteID   int64
)

// Status is where a document is in the analyst's workflow.
type Status string

const (
	StatusTodo       Status = "todo"
	StatusInProgress Status = "in_progress"
	StatusDone       Status = "done"
	StatusSkipped    Status = "skipped"
)

// Statuses lists every status in workflow order.
var Statuses = []Status{StatusTodo, StatusInProgress, StatusDone, StatusSkipped}

// Origin says who made an annotation.
type Origin string

const (
	OriginDetector Origin = "detector"
	OriginHuman    Origin = "human"
	OriginImport   Origin = "import"
)

// State says what the analyst decided about an annotation.
type State string

const (
	StateSuggested State = "suggested"
	StateAccepted  State = "accepted"
	StateRejected  State = "rejected"
	StateEdited    State = "edited"
)

// Kind is the kind of a quote.
type Kind string

const (
	KindDirect   Kind = "direct"
	KindMixed    Kind = "mixed"
	KindIndirect Kind = "indirect"
)

// Label is an entity type. The default set is PERSON, ORG, GPE, LOC; a
// project may add its own.
type Label string

const (
	LabelPerson Label = "PERSON"
	LabelOrg    Label = "ORG"
	LabelGPE    Label = "GPE"
	LabelLoc    Label = "LOC"
)

// DefaultLabels is the label set of a new project, in key order (1, 2, ...).
var DefaultLabels = []Label{LabelPerson, LabelOrg, LabelGPE, LabelLoc}

// MentionType tells names from descriptions and pronouns. Only names are
// entity mentions in NER exports; nominals and pronouns exist to carry
// speaker links ("he said", "the Russian president said").
type MentionType string

const (
	MentionName    MentionType = "name"
	MentionNominal MentionType = "nominal"
	MentionPronoun MentionType = "pronoun"
)

// Span is a half-open range [Start, End) of code points.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len is the number of code points in the span.
func (s Span) Len() int { return s.End - s.Start }

// Empty reports whether the span covers nothing.
func (s Span) Empty() bool { return s.End <= s.Start }

// Overlaps reports whether two spans share at least one code point.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Contains reports whether o lies within s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Intersect returns the number of code points s and o share.
func (s Span) Intersect(o Span) int {
	lo, hi := max(s.Start, o.Start), min(s.End, o.End)
	return max(0, hi-lo)
}

func (s Span) String() string { return fmt.Sprintf("[%d,%d)", s.Start, s.End) }

// Document is an imported article. Text is never modified after import: all
// offsets refer to it.
type Document struct {
	ID      DocID     `json:"-"`
	ExtID   string    `json:"id,omitempty"`
	Title   string    `json:"title,omitempty"`
	Date    string    `json:"date,omitempty"` // YYYY-MM-DD or empty
	Source  string    `json:"source,omitempty"`
	URL     string    `json:"url,omitempty"`
	Text    string    `json:"text"`
	SHA256  string    `json:"-"` // hex sha256 of Text
	Status  Status    `json:"-"`
	Created time.Time `json:"-"`
	Updated time.Time `json:"-"`
}

// Provenance is what every annotation carries: who made it, what the analyst
// decided, and how sure the detector was (0 when not from the detector).
type Provenance struct {
	Origin     Origin  `json:"origin"`
	State      State   `json:"state"`
	Confidence float64 `json:"confidence,omitempty"`
	// Annotator names who made the decision (accepted, edited, rejected
	// or added it); empty on pending suggestions.
	Annotator string `json:"annotator,omitempty"`
}

// Entity is a canonical referent within a document ("Jo Doe").
type Entity struct {
	ID    EntityID `json:"id"`
	Name  string   `json:"name"`
	Label Label    `json:"label"`
	// Speaker is the speaker registry entry (Speaker.ID) the analyst
	// confirmed this entity is; "" when none.
	Speaker string `json:"speaker_id,omitempty"`
	Provenance
}

// Mention is a span of text referring to something: a name, a description or
// a pronoun. Entity is 0 when the mention is not linked.
type Mention struct {
	ID     MentionID   `json:"id"`
	Span               // code points
	Label  Label       `json:"label"`
	Type   MentionType `json:"type"`
	Entity EntityID    `json:"entity,omitempty"`
	Provenance
}

// Quote is one reported statement: one or more content parts (a quote
// interrupted by "– he said –" has two), a kind, an optional cue (the
// reporting verb or "according to") and a speaker mention.
// Speaker is 0 when unknown; Unattributed records an analyst's explicit
// decision that the quote has no speaker.
type Quote struct {
	ID           QuoteID   `json:"id"`
	Parts        []Span    `json:"parts"`
	Kind         Kind      `json:"kind"`
	Cue          Span      `json:"cue"` // empty when none
	Speaker      MentionID `json:"speaker,omitempty"`
	Unattributed bool      `json:"unattributed,omitempty"`
	// SpeakerConfidence is the detector's probability that Speaker is
	// right (0 when not scored); Provenance.Confidence is the quote's.
	SpeakerConfidence float64 `json:"speaker_confidence,omitempty"`
	Provenance
}

// Extent is the span from the first part's start to the last part's end.
func (q Quote) Extent() Span {
	if len(q.Parts) == 0 {
		return Span{}
	}
	s := q.Parts[0]
	for _, p := range q.Parts[1:] {
		s.Start = min(s.Start, p.Start)
		s.End = max(s.End, p.End)
	}
	return s
}

// Annotations is everything annotated on one document. Ids inside are
// consistent with each other: Mention.Entity names an Entity in Entities and
// Quote.Speaker a Mention in Mentions.
type Annotations struct {
	Entities []Entity  `json:"entities"`
	Mentions []Mention `json:"mentions"`
	Quotes   []Quote   `json:"quotes"`
}

// Entity returns the entity with the given id, or nil.
func (a *Annotations) Entity(id EntityID) *Entity {
	for i := range a.Entities {
		if a.Entities[i].ID == id {
			return &a.Entities[i]
		}
	}
	return nil
}

// Mention returns the mention with the given id, or nil.
func (a *Annotations) Mention(id MentionID) *Mention {
	for i := range a.Mentions {
		if a.Mentions[i].ID == id {
			return &a.Mentions[i]
		}
	}
	return nil
}

// SpeakerName returns the canonical name of a quote's speaker: the linked
// entity's name, else the mention's text, else "".
func (a *Annotations) SpeakerName(text []rune, q Quote) string {
	m := a.Mention(q.Speaker)
	if m == nil {
		return ""
	}
	if e := a.Entity(m.Entity); e != nil {
		return e.Name
	}
	return SpanText(text, m.Span)
}

// SpanText returns the text of s within text, or "" when s is empty or
// reaches outside it.
func SpanText(text []rune, s Span) string {
	if s.Start < 0 || s.End > len(text) || s.Start >= s.End {
		return ""
	}
	return string(text[s.Start:s.End])
}

// Validate checks every span against a text of n code points and every
// reference against the set. It returns the first problem found.
func (a *Annotations) Validate(n int) error {
	ents := make(map[EntityID]bool, len(a.Entities))
	for _, e := range a.Entities {
		if ents[e.ID] {
			return fmt.Errorf("%w: entity id %d used twice", ErrInvalid, e.ID)
		}
		ents[e.ID] = true
	}
	ments := make(map[MentionID]bool, len(a.Mentions))
	for _, m := range a.Mentions {
		if err := checkSpan(m.Span, n); err != nil {
			return fmt.Errorf("mention %d: %w", m.ID, err)
		}
		if m.Entity != 0 && !ents[m.Entity] {
			return fmt.Errorf("%w: mention %d links unknown entity %d", ErrInvalid, m.ID, m.Entity)
		}
		if ments[m.ID] {
			return fmt.Errorf("%w: mention id %d used twice", ErrInvalid, m.ID)
		}
		ments[m.ID] = true
	}
	for _, q := range a.Quotes {
		if len(q.Parts) == 0 {
			return fmt.Errorf("%w: quote %d has no parts", ErrInvalid, q.ID)
		}
		for _, p := range q.Parts {
			if err := checkSpan(p, n); err != nil {
				return fmt.Errorf("quote %d: %w", q.ID, err)
			}
		}
		if !q.Cue.Empty() {
			if err := checkSpan(q.Cue, n); err != nil {
				return fmt.Errorf("quote %d cue: %w", q.ID, err)
			}
		}
		if q.Speaker != 0 && !ments[q.Speaker] {
			return fmt.Errorf("%w: quote %d names unknown speaker mention %d", ErrInvalid, q.ID, q.Speaker)
		}
	}
	return nil
}

func checkSpan(s Span, n int) error {
	if s.Start < 0 || s.End > n || s.Start >= s.End {
		return fmt.Errorf("%w: span %v outside text of %d code points", ErrInvalid, s, n)
	}
	return nil
}

// Errors shared by every layer. Store and formats wrap them with context.
var (
	ErrNotFound  = errors.New("not found")
	ErrConflict  = errors.New("conflict")
	ErrInvalid   = errors.New("invalid")
	ErrDuplicate = errors.New("duplicate")
)
