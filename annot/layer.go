package annot

// Layer is one annotator's decisions on a document of a gold project,
// gathered for adjudication (quotebench merge); read-only.
type Layer struct {
	Name string
	Ann  Annotations
}

// Pick is one adjudication choice on an item of a document: the item's
// key, the choice, and the annotations it adds to the adjudicated layer
// (ids local to the set; none for "neither").
type Pick struct {
	Item   string
	Choice string
	Add    Annotations
}
