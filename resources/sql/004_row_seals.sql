-- Issue 14: every history entry carries the digest of the rows it speaks for (the rows of its
-- entity after the change, storage/rowseal.cpp), so that aduan-cli check can name a row changed
-- outside Aduan. Older entries keep an empty seal and their hash stays as it was.
ALTER TABLE audit_entry ADD COLUMN seal TEXT NOT NULL DEFAULT ''
