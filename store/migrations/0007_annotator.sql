-- Who made each decision: the annotator's name on every quote, mention and
-- entity the analyst decided (accepted, edited, rejected or added), empty
-- on pending suggestions. The name is set once per project file (setting
-- 'annotator'); without it the store uses the OS user.
ALTER TABLE entities ADD COLUMN annotator TEXT NOT NULL DEFAULT '';
ALTER TABLE mentions ADD COLUMN annotator TEXT NOT NULL DEFAULT '';
ALTER TABLE quotes ADD COLUMN annotator TEXT NOT NULL DEFAULT '';
