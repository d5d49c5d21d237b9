package namewords

// mastheads are the nouns that end a newspaper's name: "The Hamilton
// Spectator", "the Larkspur Ledger".
var mastheads = map[string]bool{}

func init() {
	for _, w := range []string{"times", "journal", "globe", "mail", "star", "spectator", "herald", "sun", "tribune",
		"news", "press", "gazette", "chronicle", "observer", "examiner", "telegram", "telegraph", "citizen",
		"courier", "guardian", "ledger"} {
		mastheads[w] = true
	}
}

// Masthead reports whether the lower-case word w ends a newspaper's name.
func Masthead(w string) bool { return mastheads[w] }
