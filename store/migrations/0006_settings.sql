-- Project settings and what the project taught the detector: one value per
-- key (JSON or a binary model), moved with the project file. Not journaled:
-- a setting is not an annotation, and the detector's update can be reset.
CREATE TABLE settings (
    key     TEXT PRIMARY KEY,
    value   BLOB NOT NULL,
    updated TEXT NOT NULL
) STRICT;
