-- Issue 14, PostgreSQL dialect: every history entry carries the digest of the rows it speaks for
-- (storage/rowseal.cpp). Older entries keep an empty seal.
ALTER TABLE audit_entry ADD COLUMN seal text COLLATE "C" NOT NULL DEFAULT '';
