-- Aduan schema, version 2, PostgreSQL dialect: fast search and recap at a million complaints.
-- Full-text search over the complainant's name, the subject and the description: a tsvector
-- column of the complaint row (generated, so always in step with it; the SQLite dialect's FTS5
-- table and triggers do the same there) with a GIN index. Words come from the 'simple'
-- configuration (lower case, no stemming: names are not Indonesian or English words) after
-- every punctuation mark became a space, so that "0001/ADUAN/I/2016" is four words as in
-- SQLite's unicode61 tokenizer, not one path. Each column carries its own weight (A: the name,
-- B: the subject, C: the description) so that a query can name the columns it searches
-- (https://www.postgresql.org/docs/15/textsearch-controls.html#TEXTSEARCH-PARSING-QUERIES).
-- Plus an index for the voided complaints of a period and one for the steps completed per step.

CREATE FUNCTION aduan_words(words text) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURN to_tsvector('simple'::regconfig, regexp_replace(coalesce(words, ''), '[[:punct:]]+', ' ', 'g'));

ALTER TABLE complaint ADD COLUMN search_words tsvector GENERATED ALWAYS AS (setweight(aduan_words(complainant_name), 'A') || setweight(aduan_words(subject), 'B') || setweight(aduan_words(description), 'C')) STORED;

CREATE INDEX complaint_search_words ON complaint USING gin (search_words);

CREATE INDEX complaint_voided ON complaint (voided_at) WHERE voided_at IS NOT NULL;

CREATE INDEX step_record_finish ON step_record (step_no, completed_at);
