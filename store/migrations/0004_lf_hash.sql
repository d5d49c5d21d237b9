-- sha256_lf is the hex sha256 of the text with CRLF and CR written as LF,
-- so that an export with normalised line ends (brat --lf) finds its
-- document through an index. Texts without a CR have sha256_lf = sha256;
-- the migration's Go step (store/migrate.go) fills in the others.
ALTER TABLE documents ADD COLUMN sha256_lf TEXT NOT NULL DEFAULT '';
UPDATE documents SET sha256_lf = sha256 WHERE instr(text, char(13)) = 0;
CREATE INDEX documents_sha256_lf ON documents (sha256_lf);
