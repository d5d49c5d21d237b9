-- Adjudication: a gold project gathers each annotator's decisions on a
-- document as a layer (the annotations as JSON, read-only), and records
-- every choice the adjudicator makes on an item (journaled, so undoable).
-- What the choices add are ordinary annotations of the document: the
-- adjudicated layer, which is what exports.
CREATE TABLE layers (
	doc_id      INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
	name        TEXT NOT NULL,
	seq         INTEGER NOT NULL,
	annotations TEXT NOT NULL,
	PRIMARY KEY (doc_id, name)
);
CREATE TABLE adjudications (
	id        INTEGER PRIMARY KEY AUTOINCREMENT,
	doc_id    INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
	item      TEXT NOT NULL,
	choice    TEXT NOT NULL,
	annotator TEXT NOT NULL DEFAULT '',
	UNIQUE (doc_id, item)
);
