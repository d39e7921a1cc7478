-- Aduan schema, version 12 (issue 22): the register's total without counting every complaint.
-- PostgreSQL dialect.
-- agenda_sequence.registered is the number of complaint rows of that agenda year (voided ones
-- included, as the register shows them): a value derived from the complaint table, kept in the
-- same transaction as the rows by the statement-level triggers below (one update per statement,
-- however many rows a bulk statement or COPY brings), recounted by the bulk writer and the copy
-- between stores (registerTotalRecount, storage/registertotal.h), and verified against the
-- complaints by `aduan-cli check` (registerTotalFindings()). The register's first page without
-- a filter reads SUM(registered) instead of counting every complaint (ComplaintStore::count()).
-- An agenda year is never changed once registered. The functions run with the rights of the
-- role that writes the complaint: a person (migration 7) may already insert and update
-- agenda_sequence, as every registration takes its number there.

ALTER TABLE agenda_sequence ADD COLUMN registered integer NOT NULL DEFAULT 0;

INSERT INTO agenda_sequence (year, last_value, registered) SELECT agenda_year, MAX(agenda_seq), COUNT(*) FROM complaint GROUP BY agenda_year ON CONFLICT (year) DO UPDATE SET registered = excluded.registered;

CREATE FUNCTION aduan_count_registered() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO agenda_sequence (year, last_value, registered)
        SELECT agenda_year, 0, COUNT(*) FROM registered_rows GROUP BY agenda_year
        ON CONFLICT (year) DO UPDATE SET registered = agenda_sequence.registered + excluded.registered;
    RETURN NULL;
END
$$;

CREATE FUNCTION aduan_uncount_registered() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE agenda_sequence a SET registered = a.registered - r.n
        FROM (SELECT agenda_year, COUNT(*) AS n FROM removed_rows GROUP BY agenda_year) r
        WHERE a.year = r.agenda_year;
    RETURN NULL;
END
$$;

CREATE TRIGGER complaint_registered_insert AFTER INSERT ON complaint REFERENCING NEW TABLE AS registered_rows FOR EACH STATEMENT EXECUTE FUNCTION aduan_count_registered();

CREATE TRIGGER complaint_registered_delete AFTER DELETE ON complaint REFERENCING OLD TABLE AS removed_rows FOR EACH STATEMENT EXECUTE FUNCTION aduan_uncount_registered();

-- A person may read and write the new column as the rest of agenda_sequence (granted on the
-- whole table in migration 7; nothing to add here).
