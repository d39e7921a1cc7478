-- Aduan schema, version 8 (issue 22): the register sorted and the recap counted at a million
-- complaints without reading every complaint row. PostgreSQL dialect.
-- complaint.closed_at is the instant the complaint's last SOP step (the highest step_no of its
-- revision) was completed, NULL while that step is not: a value derived from step_record, kept
-- in the same transaction as the step's completion (Workflow::finishStep(), the bulk writer)
-- and verified against the step records by `aduan-cli check` (closingInstantFindings()). It is
-- left out of the row seal, as it is not a fact of its own. With it, the complaints open at an
-- instant are counted from indexes alone (RecapStore::openAt()).
-- complaint_name orders the register by complainant (ComplaintStore::list()).
-- resolution_report_conveyed: the results conveyed in a period, in every recap (SkmStore::served()).

ALTER TABLE complaint ADD COLUMN closed_at timestamptz;

UPDATE complaint c SET closed_at = s.completed_at FROM step_record s WHERE s.complaint_id = c.id AND s.completed_at IS NOT NULL AND s.step_no = (SELECT MAX(ls.step_no) FROM sop_step ls WHERE ls.revision_id = c.sop_revision_id);

CREATE INDEX complaint_closed ON complaint (closed_at) INCLUDE (received_at, deadline_at, voided_at);

DROP INDEX IF EXISTS complaint_voided;

CREATE INDEX complaint_voided ON complaint (voided_at) INCLUDE (received_at, closed_at, deadline_at) WHERE voided_at IS NOT NULL;

CREATE INDEX complaint_name ON complaint (complainant_name);

-- The results conveyed in a period (the SKM report's served count, SkmStore::served()).
CREATE INDEX resolution_report_conveyed ON resolution_report (conveyed_at, complaint_id);

-- A person (migration 7) may read and write the new column as every column of the complaint
-- other than the identity (aduan_make_group_roles() grants it from then on by itself).
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = aduan_group_role('person')) THEN
        EXECUTE format('GRANT SELECT (closed_at), INSERT (closed_at), UPDATE (closed_at) ON complaint TO %I', aduan_group_role('person'));
    END IF;
END
$$;
