-- Aduan schema, version 3: searches and the recap without reading every complaint row.
-- Every DROP says IF EXISTS: files made by development builds of version 2 lack some indexes.
-- SQLite dialect. The full-text index keeps the complainant's name in one of two columns by the
-- complaint's confidentiality (public_name for 'biasa', protected_name for 'rahasia'; an
-- anonymous complainant's name is never searchable), so that a search by name needs no look at
-- the complaint row to respect confidentiality (issue 9: at a million complaints a common first
-- name matches tens of thousands). Its content comes from the view complaint_search_text. The
-- NIK and phone indexes carry the confidentiality for the same reason. For the monthly recap:
-- referrals get an index by date, and the indexes by completion and by receipt carry the columns
-- the recap counts (a month is tens of thousands of rows, read from the indexes alone); the id
-- right after the receipt keeps the register's order (received_at, id) the index's own.

DROP TRIGGER IF EXISTS complaint_fts_insert;

DROP TRIGGER IF EXISTS complaint_fts_delete;

DROP TRIGGER IF EXISTS complaint_fts_update;

DROP TABLE IF EXISTS complaint_fts;

CREATE VIEW complaint_search_text AS SELECT id, CASE WHEN confidentiality = 'biasa' THEN complainant_name END AS public_name, CASE WHEN confidentiality = 'rahasia' THEN complainant_name END AS protected_name, subject, description FROM complaint;

CREATE VIRTUAL TABLE complaint_fts USING fts5(public_name, protected_name, subject, description, content='complaint_search_text', content_rowid='id', tokenize='unicode61 remove_diacritics 2');

CREATE TRIGGER complaint_fts_insert AFTER INSERT ON complaint BEGIN INSERT INTO complaint_fts (rowid, public_name, protected_name, subject, description) VALUES (new.id, CASE WHEN new.confidentiality = 'biasa' THEN new.complainant_name END, CASE WHEN new.confidentiality = 'rahasia' THEN new.complainant_name END, new.subject, new.description); END;

CREATE TRIGGER complaint_fts_delete AFTER DELETE ON complaint BEGIN INSERT INTO complaint_fts (complaint_fts, rowid, public_name, protected_name, subject, description) VALUES ('delete', old.id, CASE WHEN old.confidentiality = 'biasa' THEN old.complainant_name END, CASE WHEN old.confidentiality = 'rahasia' THEN old.complainant_name END, old.subject, old.description); END;

CREATE TRIGGER complaint_fts_update AFTER UPDATE OF complainant_name, confidentiality, subject, description ON complaint BEGIN INSERT INTO complaint_fts (complaint_fts, rowid, public_name, protected_name, subject, description) VALUES ('delete', old.id, CASE WHEN old.confidentiality = 'biasa' THEN old.complainant_name END, CASE WHEN old.confidentiality = 'rahasia' THEN old.complainant_name END, old.subject, old.description); INSERT INTO complaint_fts (rowid, public_name, protected_name, subject, description) VALUES (new.id, CASE WHEN new.confidentiality = 'biasa' THEN new.complainant_name END, CASE WHEN new.confidentiality = 'rahasia' THEN new.complainant_name END, new.subject, new.description); END;

INSERT INTO complaint_fts (complaint_fts) VALUES ('rebuild');

DROP INDEX IF EXISTS complaint_nik;

DROP INDEX IF EXISTS complaint_phone;

CREATE INDEX complaint_nik ON complaint (complainant_nik, confidentiality);

CREATE INDEX complaint_phone ON complaint (complainant_phone, confidentiality);

CREATE INDEX referral_referred ON referral (referred_at);

DROP INDEX IF EXISTS step_record_completed;

CREATE INDEX step_record_completed ON step_record (completed_at, step_no, late, worked_seconds, complaint_id);

DROP INDEX IF EXISTS step_record_finish;

CREATE INDEX step_record_finish ON step_record (step_no, completed_at, complaint_id);

DROP INDEX IF EXISTS complaint_received;

CREATE INDEX complaint_received ON complaint (received_at, id, channel, voided_at, sop_revision_id, deadline_at, category, class_code);
