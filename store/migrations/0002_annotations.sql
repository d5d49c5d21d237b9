-- Annotations. Every one records its origin and the analyst's decision.
-- Offsets are code points of documents.text, end exclusive. Ids are never
-- reused (AUTOINCREMENT), so the journal's row images stay unambiguous.
CREATE TABLE entities (
	id         INTEGER PRIMARY KEY AUTOINCREMENT,
	doc_id     INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
	name       TEXT NOT NULL,
	label      TEXT NOT NULL,
	origin     TEXT NOT NULL CHECK (origin IN ('detector', 'human', 'import')),
	state      TEXT NOT NULL CHECK (state IN ('suggested', 'accepted', 'rejected', 'edited')),
	confidence REAL NOT NULL DEFAULT 0
);
CREATE INDEX entities_doc ON entities (doc_id);

CREATE TABLE mentions (
	id         INTEGER PRIMARY KEY AUTOINCREMENT,
	doc_id     INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
	start      INTEGER NOT NULL CHECK (start >= 0),
	"end"      INTEGER NOT NULL CHECK ("end" > start),
	label      TEXT NOT NULL,
	type       TEXT NOT NULL CHECK (type IN ('name', 'nominal', 'pronoun')),
	entity_id  INTEGER REFERENCES entities (id) ON DELETE SET NULL,
	origin     TEXT NOT NULL CHECK (origin IN ('detector', 'human', 'import')),
	state      TEXT NOT NULL CHECK (state IN ('suggested', 'accepted', 'rejected', 'edited')),
	confidence REAL NOT NULL DEFAULT 0
);
CREATE INDEX mentions_doc ON mentions (doc_id, start);
CREATE INDEX mentions_entity ON mentions (entity_id);

-- A quote: kind, cue span (0,0 when none), speaker mention or an explicit
-- "unattributed"; its content parts are in quote_parts.
CREATE TABLE quotes (
	id           INTEGER PRIMARY KEY AUTOINCREMENT,
	doc_id       INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
	kind         TEXT NOT NULL CHECK (kind IN ('direct', 'mixed', 'indirect')),
	cue_start    INTEGER NOT NULL DEFAULT 0,
	cue_end      INTEGER NOT NULL DEFAULT 0,
	speaker_id   INTEGER REFERENCES mentions (id) ON DELETE SET NULL,
	unattributed INTEGER NOT NULL DEFAULT 0 CHECK (unattributed IN (0, 1)),
	origin       TEXT NOT NULL CHECK (origin IN ('detector', 'human', 'import')),
	state        TEXT NOT NULL CHECK (state IN ('suggested', 'accepted', 'rejected', 'edited')),
	confidence   REAL NOT NULL DEFAULT 0
);
CREATE INDEX quotes_doc ON quotes (doc_id);
CREATE INDEX quotes_speaker ON quotes (speaker_id);

CREATE TABLE quote_parts (
	id       INTEGER PRIMARY KEY AUTOINCREMENT,
	quote_id INTEGER NOT NULL REFERENCES quotes (id) ON DELETE CASCADE,
	seq      INTEGER NOT NULL,
	start    INTEGER NOT NULL CHECK (start >= 0),
	"end"    INTEGER NOT NULL CHECK ("end" > start),
	UNIQUE (quote_id, seq)
);
