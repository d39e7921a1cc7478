-- Aduan schema, version 3, PostgreSQL dialect: searches and the recap without reading every
-- complaint row (see ../003_fast_reads.sql for the reasons). The full-text column keeps the
-- complainant's name under one of two weights by the complaint's confidentiality: A (public_name)
-- for 'biasa', B (protected_name) for 'rahasia'; an anonymous complainant's name is never
-- searchable. C is the subject, D the description. A search names the weights the viewer may
-- read (PostgresDialect::wordSearchValue()), so confidential names stay apart in the index itself.
-- The NIK and phone indexes carry the confidentiality; the recap's indexes carry the columns it
-- counts (INCLUDE: https://www.postgresql.org/docs/15/indexes-index-only-scans.html).

DROP INDEX complaint_search_words;

ALTER TABLE complaint DROP COLUMN search_words;

ALTER TABLE complaint ADD COLUMN search_words tsvector GENERATED ALWAYS AS (setweight(aduan_words(CASE WHEN confidentiality = 'biasa' THEN complainant_name END), 'A') || setweight(aduan_words(CASE WHEN confidentiality = 'rahasia' THEN complainant_name END), 'B') || setweight(aduan_words(subject), 'C') || setweight(aduan_words(description), 'D')) STORED;

CREATE INDEX complaint_search_words ON complaint USING gin (search_words);

DROP INDEX complaint_nik;

DROP INDEX complaint_phone;

CREATE INDEX complaint_nik ON complaint (complainant_nik, confidentiality);

CREATE INDEX complaint_phone ON complaint (complainant_phone, confidentiality);

CREATE INDEX referral_referred ON referral (referred_at);

DROP INDEX step_record_completed;

CREATE INDEX step_record_completed ON step_record (completed_at, step_no) INCLUDE (late, worked_seconds, complaint_id);

DROP INDEX step_record_finish;

CREATE INDEX step_record_finish ON step_record (step_no, completed_at, complaint_id);

DROP INDEX complaint_received;

CREATE INDEX complaint_received ON complaint (received_at, id) INCLUDE (channel, voided_at, sop_revision_id, deadline_at, category, class_code);
