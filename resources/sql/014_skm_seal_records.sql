-- Issue 14, second probe: the survey's (SKM) rows are sealed as one record, entity "skm"
-- (storage/rowseal.h). Database::migrate() runs sealUnsealedRecords() after a script named
-- *_seal_records.sql: the answers recorded before get their sealed entry as found. The
-- statement only makes sure the index of sealed entries is there (011_seal_records.sql).
CREATE INDEX IF NOT EXISTS audit_entry_sealed ON audit_entry (entity, entity_id, id) WHERE seal <> '';
