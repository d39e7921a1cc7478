-- Aduan schema, version 2: fast search and recap at a million complaints.
-- SQLite dialect: full-text search over the complainant's name, the subject and the description
-- (FTS5, words with diacritics folded), kept in step with the complaint table by triggers; and an
-- index for the voided complaints of a period, and one for the steps completed per step number.

CREATE INDEX complaint_voided ON complaint (voided_at) WHERE voided_at IS NOT NULL;

CREATE INDEX step_record_finish ON step_record (step_no, completed_at);

CREATE VIRTUAL TABLE complaint_fts USING fts5(complainant_name, subject, description, content='complaint', content_rowid='id', tokenize='unicode61 remove_diacritics 2');

CREATE TRIGGER complaint_fts_insert AFTER INSERT ON complaint BEGIN INSERT INTO complaint_fts (rowid, complainant_name, subject, description) VALUES (new.id, new.complainant_name, new.subject, new.description); END;

CREATE TRIGGER complaint_fts_delete AFTER DELETE ON complaint BEGIN INSERT INTO complaint_fts (complaint_fts, rowid, complainant_name, subject, description) VALUES ('delete', old.id, old.complainant_name, old.subject, old.description); END;

CREATE TRIGGER complaint_fts_update AFTER UPDATE OF complainant_name, subject, description ON complaint BEGIN INSERT INTO complaint_fts (complaint_fts, rowid, complainant_name, subject, description) VALUES ('delete', old.id, old.complainant_name, old.subject, old.description); INSERT INTO complaint_fts (rowid, complainant_name, subject, description) VALUES (new.id, new.complainant_name, new.subject, new.description); END;

INSERT INTO complaint_fts (complaint_fts) VALUES ('rebuild');
