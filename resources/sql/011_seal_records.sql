-- Issue 14: every record gets a sealed history entry. After this script, the program seals, in
-- the same transaction, every record that had none (written before 004_row_seals or by the demo
-- generator's bulk path) and every user sealed in the first format (storage/rowseal.h,
-- sealUnsealedRecords(); Database::migrate() runs it after a script named *_seal_records.sql).
-- The index finds each record's newest sealed entry for that and for aduan-cli check.
CREATE INDEX audit_entry_sealed ON audit_entry (entity, entity_id, id) WHERE seal <> '';
