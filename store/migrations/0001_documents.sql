-- Documents: the imported articles. text is never modified after import;
-- every offset elsewhere is a code point index into it. chars is its length
-- in code points, so spans are checked without reading the text.
CREATE TABLE documents (
	id      INTEGER PRIMARY KEY AUTOINCREMENT,
	ext_id  TEXT NOT NULL DEFAULT '',
	title   TEXT NOT NULL DEFAULT '',
	date    TEXT NOT NULL DEFAULT '',
	source  TEXT NOT NULL DEFAULT '',
	url     TEXT NOT NULL DEFAULT '',
	text    TEXT NOT NULL,
	chars   INTEGER NOT NULL CHECK (chars > 0),
	sha256  TEXT NOT NULL UNIQUE,
	status  TEXT NOT NULL DEFAULT 'todo'
	        CHECK (status IN ('todo', 'in_progress', 'done', 'skipped')),
	created TEXT NOT NULL,
	updated TEXT NOT NULL
);
CREATE INDEX documents_ext_id ON documents (ext_id) WHERE ext_id <> '';
CREATE INDEX documents_status ON documents (status);

-- Full-text search over title and text (external content: no second copy).
CREATE VIRTUAL TABLE documents_fts USING fts5 (
	title, text, content = 'documents', content_rowid = 'id'
);
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
	INSERT INTO documents_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
	INSERT INTO documents_fts (documents_fts, rowid, title, text)
	VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
	INSERT INTO documents_fts (documents_fts, rowid, title, text)
	VALUES ('delete', old.id, old.title, old.text);
	INSERT INTO documents_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;

-- The project's label set, in key order.
CREATE TABLE labels (
	key  INTEGER PRIMARY KEY,
	name TEXT NOT NULL UNIQUE CHECK (name <> '')
);
INSERT INTO labels (key, name) VALUES (1, 'PERSON'), (2, 'ORG'), (3, 'GPE'), (4, 'LOC');
