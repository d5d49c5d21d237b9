package annot

// Speaker is an entry of the project's speaker registry: one person (or
// organisation) that speaks across the project, whatever each document
// calls them.
type Speaker struct {
	ID      string   `json:"speaker_id"` // stable: exports carry it
	Name    string   `json:"name"`       // canonical name
	Type    Label    `json:"type"`       // PERSON or ORG
	Aliases []string `json:"aliases,omitempty"`
	// Documents and Quotes count where the entry's linked entities speak
	// (quotes not rejected); Linked counts the linked entities, Suggested
	// those of them the analyst has not confirmed yet.
	Documents, Quotes, Linked, Suggested int
}

// SpeakerQuote is one quote of a registry entry somewhere in the project.
type SpeakerQuote struct {
	Doc   DocID
	Title string
	Quote QuoteID
	Text  string
	State State
}

// SpeakerLink is a speaking entity of a document and the registry entry it
// is linked to ("" when none).
type SpeakerLink struct {
	Entity    EntityID
	Doc       DocID
	Name      string
	Speaker   string // Speaker.ID
	Confirmed bool
}
