-- Issue 14, second probe: the messages of SMS masuk (incoming_message) are sealed like
-- every other record the program writes (storage/rowseal.h). Database::migrate() runs
-- sealUnsealedRecords() after a script named *_seal_records.sql: the messages received before
-- get their sealed entry as found. The statement only makes sure the index of sealed entries is
-- there (011_seal_records.sql).
CREATE INDEX IF NOT EXISTS audit_entry_sealed ON audit_entry (entity, entity_id, id) WHERE seal <> '';
