-- The document list reads id, ext_id, title, date and status of every
-- document. status sits after text in the row, so reading it from the table
-- walks each text's overflow pages; covering indexes hold the listed
-- columns apart from the texts, in id order and by status (which replaces
-- the plain status index). The per-document counts of quotes and mentions
-- by state are answered from (doc_id, state) indexes alone.
CREATE INDEX documents_list ON documents (id, status, ext_id, title, date);
DROP INDEX documents_status;
CREATE INDEX documents_status_list ON documents (status, id, ext_id, title, date);
CREATE INDEX quotes_doc_state ON quotes (doc_id, state);
CREATE INDEX mentions_doc_state ON mentions (doc_id, state);
