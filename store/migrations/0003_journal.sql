-- The journal of user actions, for undo/redo (across restarts) and audit.
-- changes is a JSON list of row images {table, id, before, after}: undo
-- writes the befores back in reverse order, redo the afters in order.
-- Undone entries always form the tail; a new action deletes that tail.
CREATE TABLE journal (
	id      INTEGER PRIMARY KEY AUTOINCREMENT,
	doc_id  INTEGER NOT NULL DEFAULT 0,
	action  TEXT NOT NULL,
	at      TEXT NOT NULL,
	undone  INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1)),
	changes TEXT NOT NULL
);
CREATE INDEX journal_undone ON journal (undone, id);
