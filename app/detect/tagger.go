package detect

// defaultTagger returns the entity tagger the detector uses.
func defaultTagger() tagger { return capTagger{} }
