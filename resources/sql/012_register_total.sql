-- Aduan schema, version 12 (issue 22): the register's total without counting every complaint.
-- SQLite dialect.
-- agenda_sequence.registered is the number of complaint rows of that agenda year (voided ones
-- included, as the register shows them): a value derived from the complaint table, kept in the
-- same transaction as the rows by the triggers below (a registration already writes its year's
-- agenda_sequence row, so the total costs no page of its own), recounted by the bulk writer and
-- the copy between stores (registerTotalRecount, storage/registertotal.h), and verified against
-- the complaints by `aduan-cli check` (registerTotalFindings()). The register's first page
-- without a filter reads SUM(registered), one small table, instead of an index of every
-- complaint (ComplaintStore::count()). An agenda year is never changed once registered.

ALTER TABLE agenda_sequence ADD COLUMN registered INTEGER NOT NULL DEFAULT 0;

INSERT INTO agenda_sequence (year, last_value, registered) SELECT agenda_year, MAX(agenda_seq), COUNT(*) FROM complaint WHERE true GROUP BY agenda_year ON CONFLICT (year) DO UPDATE SET registered = excluded.registered;

CREATE TRIGGER complaint_registered_insert AFTER INSERT ON complaint BEGIN INSERT INTO agenda_sequence (year, last_value, registered) VALUES (new.agenda_year, 0, 1) ON CONFLICT (year) DO UPDATE SET registered = agenda_sequence.registered + 1; END;

CREATE TRIGGER complaint_registered_delete AFTER DELETE ON complaint BEGIN UPDATE agenda_sequence SET registered = registered - 1 WHERE year = old.agenda_year; END;
