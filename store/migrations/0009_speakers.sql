-- The speaker registry: one list of the people (and organisations) that
-- speak across the project. sid is the stable id exports carry
-- (speaker_id); aliases is a JSON list of the other names seen for the
-- entry. A document's entity links to an entry: 'suggested' (by name
-- match) until the analyst confirms it ('confirmed').
CREATE TABLE speakers (
	id      INTEGER PRIMARY KEY AUTOINCREMENT,
	sid     TEXT NOT NULL UNIQUE CHECK (sid <> ''),
	name    TEXT NOT NULL CHECK (name <> ''),
	type    TEXT NOT NULL DEFAULT 'PERSON',
	aliases TEXT NOT NULL DEFAULT '[]'
);
ALTER TABLE entities ADD COLUMN speaker_id INTEGER REFERENCES speakers (id) ON DELETE SET NULL;
ALTER TABLE entities ADD COLUMN speaker_state TEXT NOT NULL DEFAULT ''
	CHECK (speaker_state IN ('', 'suggested', 'confirmed'));
CREATE INDEX entities_speaker ON entities (speaker_id) WHERE speaker_id IS NOT NULL;
